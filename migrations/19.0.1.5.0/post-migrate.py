from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """Each distinct consent text kept by the pre-migration becomes one version,
    the records point to it, and the copies are dropped; the card's e-mail to
    visitors gains their personal link."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    Version = env["mtap.consent.version"]
    for table in ("crm_lead", "res_partner"):
        cr.execute(
            """
            SELECT 1 FROM information_schema.columns
             WHERE table_name = %s AND column_name = 'mtap_consent_text_old'
            """,
            (table,),
        )
        if not cr.fetchone():
            continue
        cr.execute(
            f"SELECT DISTINCT mtap_consent_text_old FROM {table} "
            "WHERE mtap_consent_text_old IS NOT NULL"
        )
        for (text,) in cr.fetchall():
            cr.execute(
                f"UPDATE {table} SET mtap_consent_version_id = %s "
                "WHERE mtap_consent_text_old = %s",
                (Version._get(text).id, text),
            )
        cr.execute(
            f"UPDATE {table} SET mtap_consent_profile_id = mtap_profile_id "
            "WHERE mtap_consent AND mtap_consent_profile_id IS NULL"
        )
        cr.execute(f"ALTER TABLE {table} DROP COLUMN mtap_consent_text_old")
        cr.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS mtap_consent_version")
    template = env.ref(
        "mtap_hub.mail_template_mtap_card_to_visitor", raise_if_not_found=False
    )
    if template and "mtap_privacy_url" not in (template.body_html or ""):
        body = str(template.body_html)
        link = (
            '<p t-if="object.mtap_privacy_url" style="font-size: 13px; color: #555;">'
            '<a t-att-href="object.mtap_privacy_url">See, download or erase the '
            "details you left, or stop e-mails</a>: this link is yours only.</p>"
        )
        cut = body.rfind("</div>")
        template.body_html = body[:cut] + link + body[cut:] if cut >= 0 else body + link
