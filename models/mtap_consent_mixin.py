from odoo import fields, models

CONSENT_FIELDS = (
    "mtap_consent",
    "mtap_consent_version_id",
    "mtap_consent_profile_id",
    "mtap_consent_date",
    "mtap_consent_withdrawn_date",
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
    mtap_consent_version_id = fields.Many2one(
        "mtap.consent.version",
        string="Consent Text Version",
        readonly=True,
        copy=False,
        ondelete="restrict",
        index="btree_not_null",
        help="The wording the person agreed to.",
    )
    mtap_consent_text = fields.Text(
        "Consent Text", related="mtap_consent_version_id.text"
    )
    mtap_consent_version = fields.Char(
        "Consent Version", related="mtap_consent_version_id.version"
    )
    mtap_consent_profile_id = fields.Many2one(
        "mtap.profile",
        string="Consent Given On",
        readonly=True,
        copy=False,
        ondelete="set null",
        help="The card whose form the person ticked the consent on.",
    )
    mtap_consent_date = fields.Datetime("Consent Date", readonly=True, copy=False)
    mtap_gpc = fields.Boolean(
        "Global Privacy Control",
        readonly=True,
        copy=False,
        help="The person's browser sent the Global Privacy Control signal "
        "(Sec-GPC: 1) with their details: they ask for their data not to be sold "
        "or shared.",
    )
    mtap_consent_withdrawn_date = fields.Datetime(
        "Consent Withdrawn On",
        readonly=True,
        copy=False,
        help="When the person withdrew their marketing consent (their personal "
        "link's Stop e-mails).",
    )

    def _mtap_consent_withdraw(self):
        """Record that the person withdrew their consent, now: the consent they
        gave stays as proof of what they had agreed to, and when."""
        self.write(
            {
                "mtap_consent": False,
                "mtap_consent_withdrawn_date": fields.Datetime.now(),
            }
        )

    def _mtap_consent_record(self):
        """The consent fields of this record as values to write elsewhere; empty when
        no consent was given."""
        self.ensure_one()
        if not self.mtap_consent:
            return {}
        return {
            fname: self[fname].id
            if self._fields[fname].type == "many2one"
            else self[fname]
            for fname in CONSENT_FIELDS
        }
