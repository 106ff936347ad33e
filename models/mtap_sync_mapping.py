from odoo import api, fields, models

# what a Contact offers to a CRM: key -> (label, the res.partner fields it reads)
SYNC_SOURCES = {
    "firstname": ("First name", ("name",)),
    "lastname": ("Last name", ("name",)),
    "company": ("Company", ("parent_id", "company_name")),
    "jobtitle": ("Job title", ("function",)),
    "email": ("E-mail", ("email",)),
    "phone": ("Phone", ("phone",)),
    "street": ("Street", ("street", "street2")),
    "city": ("City", ("city",)),
    "zip": ("Postal code", ("zip",)),
    "state": ("State", ("state_id",)),
    "country": ("Country", ("country_id",)),
    "website": ("Website", ("website",)),
    "tags": ("Tags", ("category_id",)),
    "source": ("Source", ("mtap_source",)),
    "met": ("How we met", ("mtap_met_event", "mtap_met_place", "mtap_met_date")),
    "owner_email": ("Owner's e-mail", ("mtap_owner_id",)),
    "consent": ("Marketing consent", ("mtap_consent",)),
    "consent_date": ("Consent date", ("mtap_consent_date",)),
    "card": ("mTap card", ("mtap_profile_id",)),
    "answers": ("Answers to card questions", ("mtap_answers",)),
}


class MtapSyncMapping(models.Model):
    _name = "mtap.sync.mapping"
    _description = "mTap CRM sync field mapping"
    _order = "connection_id, sequence, id"

    connection_id = fields.Many2one(
        "mtap.sync.connection", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    source = fields.Selection(
        [(key, label) for key, (label, _fields) in SYNC_SOURCES.items()],
        string="Contact Field",
        required=True,
    )
    remote_name = fields.Char(
        "CRM Field",
        required=True,
        help="The internal name of the field (property) in the CRM.",
    )
    policy = fields.Selection(
        [
            ("overwrite", "Overwrite"),
            ("fill", "Fill only if empty"),
            ("never", "Never"),
        ],
        default="overwrite",
        required=True,
        help="Overwrite: the CRM always gets Odoo's value. Fill only if empty: the "
        "value is sent when the Contact is first created in the CRM and never "
        "changed there afterwards. Never: not sent.",
    )

    _remote_unique = models.Constraint(
        "UNIQUE(connection_id, remote_name)",
        "A CRM field is mapped once per connection.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        self.env.registry.clear_cache()  # the watched fields changed
        return records

    def write(self, vals):
        result = super().write(vals)
        self.env.registry.clear_cache()
        return result

    def unlink(self):
        result = super().unlink()
        self.env.registry.clear_cache()
        return result
