from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    mtap_erase_mode = fields.Selection(
        [("anonymize", "Anonymise"), ("delete", "Delete")],
        string="mTap Erasure",
        default="delete",
        required=True,
        help="What erasing a person does to their Lead or Contact: delete it, or "
        "keep it anonymised (no name, e-mail, phone, address or notes) so that "
        "your counts stay right. Their messages, activities and queued e-mails "
        "are deleted either way.",
    )
    mtap_retention_lead_months = fields.Integer(
        "Keep Unconverted Leads (months)",
        default=12,
        help="Leads from cards that were not converted into Contacts are erased "
        "this many months after they came in (0: kept). Their owner is warned a "
        "week before when a follow-up is still open.",
    )
    mtap_retention_spam_days = fields.Integer(
        "Keep Suspected Spam (days)",
        default=30,
        help="Suspected spam is erased this many days after it came in (0: kept).",
    )
