import hashlib

from odoo import api, fields, models
from odoo.tools import SQL


class MtapConsentVersion(models.Model):
    """One wording of the consent sentence, as visitors saw it on an Exchange
    form: each Lead points to the version it agreed to (never a copy of the text
    per Lead), so that the proof of consent (GDPR art. 7(1)) survives any later
    change of the card's sentence. Versions are only ever added."""

    _name = "mtap.consent.version"
    _description = "mTap Consent Text Version"
    _order = "id desc"
    _rec_name = "version"

    text = fields.Text(required=True, readonly=True)
    version = fields.Char(
        required=True,
        readonly=True,
        help="The first 12 hexadecimal digits of the text's SHA-256: the same "
        "text is always the same version.",
    )
    lead_count = fields.Integer("Leads", compute="_compute_lead_count")

    _version_uniq = models.UniqueIndex("(version)")

    @api.model
    def _hash(self, text):
        return hashlib.sha256(text.encode()).hexdigest()[:12]

    @api.model
    def _get(self, text):
        """The version of ``text``, added the first time it is used (one
        statement: two Exchanges at once meet on the unique index)."""
        version = self._hash(text)
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO mtap_consent_version (text, version, create_uid,
                    create_date, write_uid, write_date)
                VALUES (%(text)s, %(version)s, %(uid)s, now() AT TIME ZONE 'UTC',
                        %(uid)s, now() AT TIME ZONE 'UTC')
                ON CONFLICT (version) DO NOTHING
                """,
                text=text,
                version=version,
                uid=self.env.uid,
            )
        )
        return self.sudo().search([("version", "=", version)], limit=1)

    def _compute_lead_count(self):
        counts = dict(
            self.env["crm.lead"]
            .with_context(active_test=False)
            ._read_group(
                [("mtap_consent_version_id", "in", self.ids)],
                ["mtap_consent_version_id"],
                ["__count"],
            )
        )
        for version in self:
            version.lead_count = counts.get(version, 0)
