from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools import validation


class MtapProfileLink(models.Model):
    """A social or other link shown on an mTap profile."""

    _name = "mtap.profile.link"
    _description = "mTap Profile Link"
    _order = "profile_id, sequence, id"

    profile_id = fields.Many2one(
        "mtap.profile", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    kind = fields.Selection(
        [
            ("website", "Website"),
            ("linkedin", "LinkedIn"),
            ("x", "X (Twitter)"),
            ("instagram", "Instagram"),
            ("facebook", "Facebook"),
            ("youtube", "YouTube"),
            ("tiktok", "TikTok"),
            ("github", "GitHub"),
            ("whatsapp", "WhatsApp"),
            ("calendar", "Booking page"),
            ("email", "E-mail"),
            ("phone", "Phone"),
            ("other", "Other"),
        ],
        required=True,
        default="website",
    )
    label = fields.Char(help="Text of the link on the card; the kind is used if empty.")
    url = fields.Char(
        "URL",
        required=True,
        help="http://, https://, mailto: or tel: address.",
    )

    @api.model
    def _link_error_message(self, url, reason):
        """Return the message explaining why ``url`` was refused for ``reason``."""
        allowed = ", ".join(validation.ALLOWED_LINK_SCHEMES)
        messages = {
            "empty": self.env._("The link is empty."),
            "length": self.env._(
                "The link is longer than %(max)s characters.",
                max=validation.LINK_MAX_LENGTH,
            ),
            "characters": self.env._("The link contains spaces or control characters."),
            "scheme": self.env._(
                "Only links starting with one of %(allowed)s are allowed.",
                allowed=allowed,
            ),
            "host": self.env._("The link has no domain name."),
        }
        return self.env._(
            'The link "%(url)s" is refused: %(reason)s',
            url=url,
            reason=messages.get(reason, reason),
        )

    @api.model
    def _normalize_url(self, vals):
        if vals.get("url"):
            try:
                vals["url"] = validation.normalize_link_url(vals["url"])
            except ValueError as error:
                raise ValidationError(
                    self._link_error_message(vals["url"], str(error))
                ) from None
        return vals

    @api.model_create_multi
    def create(self, vals_list):
        return super().create([self._normalize_url(dict(vals)) for vals in vals_list])

    def write(self, vals):
        return super().write(self._normalize_url(dict(vals)))

    @api.constrains("url")
    def _check_url(self):
        # create/write normalise; this guards values written any other way
        for link in self:
            try:
                validation.normalize_link_url(link.url)
            except ValueError as error:
                raise ValidationError(
                    self._link_error_message(link.url, str(error))
                ) from None
