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
