def migrate(cr, version):
    """Consent texts became versions (``mtap.consent.version``) that Leads and
    Contacts point to: the copies each record held are kept aside under another
    name for the post-migration to turn into versions."""
    for table in ("crm_lead", "res_partner"):
        cr.execute(
            """
            SELECT 1 FROM information_schema.columns
             WHERE table_name = %s AND column_name = 'mtap_consent_text'
            """,
            (table,),
        )
        if cr.fetchone():
            cr.execute(
                f"ALTER TABLE {table} "
                "RENAME COLUMN mtap_consent_text TO mtap_consent_text_old"
            )
