from odoo import api, fields, models

from .mtap_profile_link import LINK_KINDS

LINK_FIELDS = ("sequence", "kind", "label", "url")


class MtapCardTemplateLink(models.Model):
    """A link a card template puts on its cards: kept in step with the cards
    while the template locks its links, copied once otherwise."""

    _name = "mtap.card.template.link"
    _description = "mTap Card Template Link"
    _order = "template_id, sequence, id"

    template_id = fields.Many2one(
        "mtap.card.template", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    kind = fields.Selection(LINK_KINDS, required=True, default="website")
    label = fields.Char(help="Text of the link on the card; the kind is used if empty.")
    url = fields.Char(
        "URL", required=True, help="http://, https://, mailto: or tel: address."
    )

    @api.model_create_multi
    def create(self, vals_list):
        Link = self.env["mtap.profile.link"]
        links = super().create([Link._normalize_url(dict(v)) for v in vals_list])
        for template in links.template_id.filtered("link_ids_locked"):
            template._push_links(
                links.filtered(lambda link, t=template: link.template_id == t)
            )
        return links

    def write(self, vals):
        vals = self.env["mtap.profile.link"]._normalize_url(dict(vals))
        result = super().write(vals)
        copied = {name: vals[name] for name in LINK_FIELDS if name in vals}
        if copied:
            cards_links = (
                self.env["mtap.profile.link"]
                .sudo()
                .search([("template_link_id", "in", self.ids)])
            )
            cards_links.write(copied)
        return result

    @api.constrains("url")
    def _check_url(self):
        # create/write normalise; this guards values written any other way
        for link in self:
            self.env["mtap.profile.link"]._normalize_url({"url": link.url})

    def _card_link_values(self, locked):
        """The values of a card's link copied from this template link (``locked``:
        kept in step with it)."""
        self.ensure_one()
        values = {name: self[name] for name in LINK_FIELDS}
        if locked:
            values["template_link_id"] = self.id
        return values
