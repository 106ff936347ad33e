from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import plaintext2html

from ..models.crm_lead import MTAP_SOURCES


class MtapContactAdd(models.TransientModel):
    _name = "mtap.contact.add"
    _description = "mTap: add a Contact"

    name = fields.Char(required=True)
    company_name = fields.Char("Company")
    function = fields.Char("Job Title")
    email = fields.Char("E-mail")
    phone = fields.Char()
    website = fields.Char()
    category_ids = fields.Many2many("res.partner.category", string="Tags")
    met_event = fields.Char("Event", help="Where you met: the event, fair or meeting.")
    met_place = fields.Char("Place")
    met_date = fields.Date("Met on", default=fields.Date.context_today)
    note = fields.Text()
    source = fields.Selection(MTAP_SOURCES, default="manual", required=True)
    duplicate_id = fields.Many2one(
        "res.partner",
        string="Existing Contact",
        compute="_compute_duplicate_id",
        help="A contact you can see already has this e-mail or phone.",
    )

    @api.depends("email", "phone")
    def _compute_duplicate_id(self):
        Partner = self.env["res.partner"]
        found = Partner._mtap_match_people(
            [
                {
                    "email": Partner._mtap_normalize_email(wizard.email),
                    "phone": Partner._mtap_sanitize_phone(wizard.phone),
                    "owner": self.env.user,
                }
                for wizard in self
            ]
        )
        for wizard, (partner, _rule) in zip(self, found, strict=True):
            wizard.duplicate_id = partner

    def _contact_values(self):
        self.ensure_one()
        Partner = self.env["res.partner"]
        email = self.email and self.email.strip()
        if email and not Partner._mtap_normalize_email(email):
            raise UserError(self.env._("%(email)s is not a valid e-mail.", email=email))
        company = Partner._mtap_company_contacts({self.company_name: {}}).get(
            Partner._mtap_fold(self.company_name)
        )
        return {
            "name": self.name.strip(),
            "parent_id": company.id if company else False,
            "function": self.function,
            "email": email or False,
            "phone": self.phone,
            "website": self.website,
            "category_id": [fields.Command.set(self.category_ids.ids)],
            "comment": plaintext2html(self.note) if self.note else False,
            "mtap_is_contact": True,
            "mtap_source": self.source,
            "mtap_owner_id": self.env.user.id,
            "mtap_met_event": self.met_event,
            "mtap_met_place": self.met_place,
            "mtap_met_date": self.met_date,
        }

    def action_save(self):
        """Create the Contact (even when a duplicate was shown: the user chose to)
        and open it."""
        self.ensure_one()
        contact = self.env["res.partner"].create(self._contact_values())
        return contact._get_records_action(context={})

    def action_open_duplicate(self):
        """Open the existing contact instead of creating a second one."""
        self.ensure_one()
        return self.duplicate_id._get_records_action(context={})
