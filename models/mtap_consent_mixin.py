from odoo import fields, models

CONSENT_FIELDS = (
    "mtap_consent",
    "mtap_consent_text",
    "mtap_consent_version",
    "mtap_consent_date",
)


class MtapConsentMixin(models.AbstractModel):
    """The consent record a visitor gives on an Exchange form: kept on the Lead and
    carried over to the Contact it becomes."""

    _name = "mtap.consent.mixin"
    _description = "mTap marketing consent record"

    mtap_consent = fields.Boolean(
        "Marketing Consent",
        readonly=True,
        copy=False,
        help="Ticked by the visitor on an mTap Exchange Contacts form, and carried "
        "over when the Lead is converted.",
    )
    mtap_consent_text = fields.Text("Consent Text", readonly=True, copy=False)
    mtap_consent_version = fields.Char("Consent Version", readonly=True, copy=False)
    mtap_consent_date = fields.Datetime("Consent Date", readonly=True, copy=False)

    def _mtap_consent_record(self):
        """The consent fields of this record as values to write elsewhere; empty when
        no consent was given."""
        self.ensure_one()
        if not self.mtap_consent:
            return {}
        return {fname: self[fname] for fname in CONSENT_FIELDS}
