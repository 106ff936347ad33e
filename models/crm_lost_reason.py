from odoo import fields, models


class CrmLostReason(models.Model):
    _inherit = "crm.lost.reason"

    mtap_blocks_sender = fields.Boolean(
        "Block the Sender",
        help="Archiving an mTap Lead with this reason refuses that e-mail on the "
        "owner's cards from then on (for spam).",
    )
