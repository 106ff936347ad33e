from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError


class MtapCardSignature(models.TransientModel):
    """A compact e-mail signature pointing to a card: set as the owner's Odoo
    signature in one click, and shown as HTML to paste into another mail program.
    Everything the card holds is escaped."""

    _name = "mtap.card.signature"
    _description = "mTap Card E-mail Signature"
    _inherit = ["mtap.guard.mixin"]
    _mtap_guarded_links = ("profile_id",)

    profile_id = fields.Many2one("mtap.profile", string="Card", required=True)
    include_qr = fields.Boolean(
        "Add the QR Code",
        default=True,
        help="A small QR code of the card, served by the card's address (only "
        "while the card is published).",
    )
    signature = fields.Html(
        "Preview",
        compute="_compute_signature",
        sanitize=False,
        help="The signature as Odoo stores it.",
    )
    signature_source = fields.Text(
        "HTML",
        compute="_compute_signature",
        help="Copy this HTML into the signature settings of another mail program.",
    )
    is_owner = fields.Boolean(compute="_compute_signature")
    warning = fields.Char(compute="_compute_signature")

    @api.depends("profile_id", "include_qr")
    def _compute_signature(self):
        for wizard in self:
            card = wizard.profile_id
            if not card:
                wizard.signature = wizard.signature_source = False
                wizard.is_owner = False
                wizard.warning = False
                continue
            html = wizard._stored_signature(card._signature_html(wizard.include_qr))
            wizard.signature = html
            wizard.signature_source = str(html)
            wizard.is_owner = card.user_id == self.env.user
            wizard.warning = (
                not card.is_published
                and self.env._(
                    "This card is not published: its link and QR code lead nowhere "
                    "until it is."
                )
            ) or False

    def _stored_signature(self, html):
        """``html`` as Odoo stores a user's signature (through the field's own
        sanitizer): what is shown to copy is exactly what Odoo sends."""
        field = self.env["res.users"]._fields["signature"]
        return Markup(field.convert_to_cache(html, self.env.user) or "")

    def action_set_signature(self):
        """Make this signature the user's Odoo e-mail signature."""
        self.ensure_one()
        if self.profile_id.user_id != self.env.user:
            raise AccessError(
                self.env._("Only the card's owner can make it their signature.")
            )
        self.env.user.signature = self.signature
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._("Your e-mail signature now shows your card."),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }
