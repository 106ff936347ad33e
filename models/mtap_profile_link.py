from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import validation

LINK_KINDS = [
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
]


class MtapProfileLink(models.Model):
    """A social or other link shown on an mTap profile."""

    _name = "mtap.profile.link"
    _description = "mTap Card Link"
    _inherit = ["mtap.guard.mixin"]
    _order = "profile_id, sequence, id"

    profile_id = fields.Many2one(
        "mtap.profile", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    kind = fields.Selection(
        LINK_KINDS,
        required=True,
        default="website",
    )
    label = fields.Char(help="Text of the link on the card; the kind is used if empty.")
    url = fields.Char(
        "URL",
        required=True,
        help="http://, https://, mailto: or tel: address.",
    )
    template_link_id = fields.Many2one(
        "mtap.card.template.link",
        index="btree_not_null",
        ondelete="cascade",
        readonly=True,
        copy=False,
        help="The link of the card template this link comes from: while the template "
        "locks its links, it cannot be changed or removed on the card.",
    )

    def _mtap_check_ownership(self, vals_list):
        """A link goes on a card its writer may change: one's own (managers: any)."""
        ids = {vals["profile_id"] for vals in vals_list if vals.get("profile_id")}
        self.env["mtap.profile"].browse(ids).check_access("write")

    @api.model
    def _normalize_website(self, url):
        """``url`` as a card's or template's website: an http(s) address (``www.x``
        becomes ``https://www.x``); refused with a clear message otherwise."""
        try:
            url = validation.normalize_link_url(url)
        except ValueError as error:
            raise ValidationError(self._link_error_message(url, str(error))) from None
        if not url.startswith(("http://", "https://")):
            raise ValidationError(self.env._("The website must be an http(s) address."))
        return url

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
        vals = self._normalize_url(dict(vals))
        self._check_template_lock(vals)
        return super().write(vals)

    def _template_locked(self):
        """The links a card template locks: they come from the template of their
        card, and that template locks its links."""
        return self.filtered(
            lambda link: (
                link.sudo().template_link_id
                and link.sudo().template_link_id.template_id
                == link.sudo().profile_id.template_id
                and link.sudo().profile_id.template_id.link_ids_locked
            )
        )

    def _check_template_lock(self, vals):
        """Refuse to change a locked link (its order on the card may change)."""
        for link in self._template_locked():
            source = link.sudo().template_link_id
            changed = [
                name
                for name in ("kind", "label", "url")
                if name in vals and (vals[name] or False) != (source[name] or False)
            ]
            if changed or any(
                name in vals and vals[name] != link.sudo()[name].id
                for name in ("profile_id", "template_link_id")
            ):
                raise UserError(
                    self.env._(
                        'The link "%(link)s" comes from the card template '
                        "%(template)s, which locks it: ask an mTap manager to change "
                        "the template.",
                        link=source.label or source.url,
                        template=source.template_id.name,
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_template_locked(self):
        locked = self._template_locked()
        if locked:
            raise UserError(
                self.env._(
                    "These links come from the card template %(template)s, which "
                    "locks them: %(links)s.",
                    template=locked.sudo().profile_id.template_id[:1].name,
                    links=", ".join(locked.sudo().mapped("url")),
                )
            )

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
