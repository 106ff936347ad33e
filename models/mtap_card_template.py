from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command

from ..tools import validation
from ..tools.card_page import DEFAULT_ACCENT, HEX_COLOR_RE

# The card fields a template gives its cards. Each has a "<field>_locked" flag on
# the template: a locked field is the template's on every card (users cannot change
# it), a default one is filled once when the card is made and is the user's then.
TEMPLATE_FIELDS = (
    "accent_color",
    "cover_image",
    "logo",
    "company_name",
    "website",
    "company_address",
    "link_ids",
    "consent_text",
    "team_id",
    "lead_tag_ids",
    "lead_followup_rule_id",
    "contact_followup_rule_id",
    "question_definition",
)
# Locked images are not copied to every card: the card shows the template's (one
# file, whatever the number of cards, and changed for all of them at once).
SHARED_IMAGES = ("cover_image", "logo")


def lock_field(name):
    """The name of the template's flag that locks the card field ``name``."""
    return f"{name}_locked"


class MtapCardTemplate(models.Model):
    """A company's template of mTap cards: its brand look, company details and Lead
    settings, each locked on every card built on it or given once as a default."""

    _name = "mtap.card.template"
    _description = "mTap Card Template"
    _inherit = ["mail.thread", "mtap.guard.mixin"]
    _order = "sequence, name, id"
    _check_company_auto = True
    _mtap_guarded_images = ("cover_image", "logo")

    # ------------------------------------------------------------
    # FIELDS
    # ------------------------------------------------------------

    name = fields.Char(
        "Template Name",
        required=True,
        tracking=True,
        help="e.g. Sales team, Trade show 2025. Only managers see it.",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True, tracking=True)
    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self.env.company,
        help="Cards built on this template belong to this company, and only users "
        "of this company can get one.",
    )
    accent_color = fields.Char(
        "Accent Colour",
        default=DEFAULT_ACCENT,
        tracking=True,
        help="The colour of the cards' buttons and links (#rrggbb).",
    )
    cover_image = fields.Image(
        max_width=1920,
        max_height=1080,
        help="A wide picture shown above the person's photo, e.g. the company's "
        "banner.",
    )
    logo = fields.Image(
        "Company Logo",
        max_width=512,
        max_height=512,
        help="Shown next to the company name on the cards.",
    )
    company_name = fields.Char(
        tracking=True,
        default=lambda self: self.env.company.name,
        help="The company shown on the cards.",
    )
    website = fields.Char(tracking=True, help="The company's website on the cards.")
    company_address = fields.Text(
        tracking=True, help="The company's address on the cards and their vCards."
    )
    link_ids = fields.One2many(
        "mtap.card.template.link",
        "template_id",
        string="Links",
        copy=True,
        help="Links put on every card, e.g. the company's LinkedIn page.",
    )
    consent_text = fields.Text(
        translate=True,
        default=lambda self: self.env["mtap.profile"]._default_consent_text(),
        help="The sentence visitors tick on the cards' Exchange Contacts form to "
        "accept being contacted.",
    )
    team_id = fields.Many2one(
        "crm.team",
        string="Sales Team",
        check_company=True,
        tracking=True,
        help="Sales team of the Leads the cards capture.",
    )
    lead_tag_ids = fields.Many2many(
        "crm.tag",
        "mtap_card_template_crm_tag_rel",
        "template_id",
        "tag_id",
        string="Lead Tags",
        help="Tags put on every Lead the cards capture.",
    )
    lead_followup_rule_id = fields.Many2one(
        "mtap.followup.rule",
        string="Lead Follow-up Rule",
        check_company=True,
        domain="[('applies_to', '=', 'lead')]",
        help="The follow-up rule of the Leads the cards capture; empty: the first "
        "rule that applies, as for any Lead.",
    )
    contact_followup_rule_id = fields.Many2one(
        "mtap.followup.rule",
        string="Contact Follow-up Rule",
        check_company=True,
        domain="[('applies_to', '=', 'contact')]",
        help="The follow-up rule of the Contacts converted from the cards' Leads; "
        "empty: the first rule that applies, as for any Contact.",
    )

    accent_color_locked = fields.Boolean("Lock the Accent Colour", default=True)
    cover_image_locked = fields.Boolean("Lock the Cover", default=True)
    logo_locked = fields.Boolean("Lock the Logo", default=True)
    company_name_locked = fields.Boolean("Lock the Company Name", default=True)
    website_locked = fields.Boolean("Lock the Website", default=True)
    company_address_locked = fields.Boolean("Lock the Address", default=True)
    link_ids_locked = fields.Boolean(
        "Lock the Links",
        help="Locked: the template's links are on every card and only the template "
        "changes them; people may add links of their own. Default: they are copied "
        "once to each new card.",
    )
    consent_text_locked = fields.Boolean("Lock the Consent Text", default=True)
    team_id_locked = fields.Boolean("Lock the Sales Team")
    lead_tag_ids_locked = fields.Boolean("Lock the Lead Tags")
    lead_followup_rule_id_locked = fields.Boolean("Lock the Lead Follow-up Rule")
    contact_followup_rule_id_locked = fields.Boolean("Lock the Contact Follow-up Rule")

    profile_ids = fields.One2many("mtap.profile", "template_id", string="Cards")
    card_count = fields.Integer(
        "Number of Cards",
        compute="_compute_card_count",
        help="Cards built on this template, archived ones included.",
    )
    update_notice = fields.Char(
        compute="_compute_update_notice",
        help="What saving the changes made on the form does to the cards.",
    )

    # ------------------------------------------------------------
    # COMPUTES AND CONSTRAINTS
    # ------------------------------------------------------------

    def _compute_card_count(self):
        counts = dict(
            self.env["mtap.profile"]
            .sudo()
            .with_context(active_test=False)
            ._read_group(
                [("template_id", "in", self._origin.ids)], ["template_id"], ["__count"]
            )
        )
        for template in self:
            template.card_count = counts.get(template._origin, 0)

    def _field_key(self, name):
        """A comparable form of the field ``name`` (new records of a form
        included)."""
        value = self[name]
        if name == "link_ids":
            return [(link.sequence, link.kind, link.label, link.url) for link in value]
        if isinstance(value, models.BaseModel):
            return sorted(value._origin.ids)
        return value or False

    @api.depends(
        *TEMPLATE_FIELDS,
        *(lock_field(name) for name in TEMPLATE_FIELDS),
        "link_ids.sequence",
        "link_ids.kind",
        "link_ids.label",
        "link_ids.url",
    )
    def _compute_update_notice(self):
        labels = self._fields_labels()
        for template in self:
            origin = template._origin
            count = origin.card_count if origin else 0
            changed = [
                name
                for name in TEMPLATE_FIELDS
                if count
                and (
                    template[lock_field(name)] != origin[lock_field(name)]
                    or (
                        template[lock_field(name)]
                        and template._field_key(name) != origin._field_key(name)
                    )
                )
            ]
            if not changed:
                template.update_notice = False
                continue
            fields_changed = ", ".join(labels[name] for name in changed)
            template.update_notice = (
                self.env._(
                    "Saving updates the card built on this template: %(fields)s.",
                    fields=fields_changed,
                )
                if count == 1
                else self.env._(
                    "Saving updates the %(count)s cards built on this template: "
                    "%(fields)s.",
                    count=count,
                    fields=fields_changed,
                )
            )

    def _fields_labels(self):
        return {
            name: self._fields[name]._description_string(self.env)
            for name in TEMPLATE_FIELDS
        }

    @api.constrains("accent_color")
    def _check_accent_color(self):
        for template in self:
            if template.accent_color and not HEX_COLOR_RE.fullmatch(
                template.accent_color
            ):
                raise ValidationError(
                    self.env._(
                        "The accent colour must be written #rrggbb, e.g. #714b67."
                    )
                )

    @api.constrains("lead_followup_rule_id", "contact_followup_rule_id")
    def _check_followup_rules(self):
        for template in self:
            if template.lead_followup_rule_id.applies_to not in (False, "lead") or (
                template.contact_followup_rule_id.applies_to not in (False, "contact")
            ):
                raise ValidationError(
                    self.env._(
                        "The Lead follow-up rule must be a rule for Leads, the "
                        "Contact one a rule for Contacts."
                    )
                )

    @api.constrains("company_id")
    def _check_company_of_cards(self):
        Profile = self.env["mtap.profile"].sudo().with_context(active_test=False)
        for template in self:
            if Profile.search_count(
                [
                    ("template_id", "=", template.id),
                    ("company_id", "!=", template.company_id.id),
                ],
                limit=1,
            ):
                raise ValidationError(
                    self.env._(
                        "The template %(template)s has cards of another company: "
                        "make a template for the new company instead.",
                        template=template.name,
                    )
                )

    # ------------------------------------------------------------
    # ORM
    # ------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        return super().create([self._normalize_vals(dict(v)) for v in vals_list])

    def write(self, vals):
        vals = self._normalize_vals(dict(vals))
        was_locked = {t.id: set(t._locked_fields()) for t in self}
        result = super().write(vals)
        touched = {
            name for name in TEMPLATE_FIELDS if name in vals or lock_field(name) in vals
        }
        if touched:
            for template in self:
                template._push_to_cards(touched, was_locked[template.id])
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_cards(self):
        used = self.filtered("card_count")
        if used:
            raise UserError(
                self.env._(
                    "Cards are built on %(templates)s: archive the template instead.",
                    templates=", ".join(used.mapped("name")),
                )
            )

    def _normalize_vals(self, vals):
        if vals.get("website"):
            vals["website"] = self.env["mtap.profile.link"]._normalize_website(
                vals["website"]
            )
        return vals

    # ------------------------------------------------------------
    # CARDS
    # ------------------------------------------------------------

    def _locked_fields(self):
        """The card fields this template locks."""
        self.ensure_one()
        return [name for name in TEMPLATE_FIELDS if self[lock_field(name)]]

    def _cards(self):
        """Every card built on the template, archived ones included."""
        self.ensure_one()
        return (
            self.env["mtap.profile"]
            .sudo()
            .with_context(active_test=False)
            .search([("template_id", "=", self.id)])
        )

    def _card_value(self, name):
        """The template's ``name`` as a card is written with it."""
        value = self[name]
        field = self._fields[name]
        if field.type == "many2one":
            return value.id
        if field.type == "many2many":
            return [Command.set(value.ids)]
        return value or False

    def _values_for_card(self, card=None):
        """The values a card built on the template gets: every locked field (the
        shared images apart), and the default fields the template fills, on a new
        card (``card`` not given) or where ``card`` has nothing."""
        self.ensure_one()
        values = {}
        for name in TEMPLATE_FIELDS:
            locked = self[lock_field(name)]
            if name == "link_ids":
                # an existing card gets locked links from _push_links
                if card is None or not (locked or card.link_ids):
                    values["link_ids"] = [
                        Command.create(link._card_link_values(locked))
                        for link in self.link_ids
                    ]
            elif name in SHARED_IMAGES and locked:
                continue
            elif locked or (self[name] and not (card and card[name])):
                values[name] = self._card_value(name)
        return values

    def _holds_value(self, name, value, card):
        """Whether ``card`` still has the template's ``name`` once ``value`` (in
        the format of a write) is written to it."""
        self.ensure_one()
        field = card._fields[name]
        if name in SHARED_IMAGES:
            # the card shows the template's: clearing its own copy changes nothing
            return not value
        if field.type == "many2one":
            value = value.id if isinstance(value, models.BaseModel) else value
            return (value or False) == (self[name].id or False)
        if field.type == "many2many":
            ids = field.convert_to_cache(value, card, validate=False)
            return set(ids) == set(self[name].ids)
        if name == "website" and value:
            try:
                value = validation.normalize_link_url(value)
            except ValueError:
                return False
        return (value or False) == (self[name] or False)

    def _push_to_cards(self, touched, was_locked):
        """Bring the template's cards in step with the fields ``touched`` by a
        write, in one batch whatever the number of cards (``was_locked``: the
        fields locked before it)."""
        self.ensure_one()
        cards = self._cards()
        if not cards:
            return
        locked = set(self._locked_fields())
        values = {
            name: self._card_value(name)
            for name in touched & locked
            if name not in (*SHARED_IMAGES, "link_ids")
        }
        unlocked = (was_locked - locked) & touched
        for name in unlocked.intersection(SHARED_IMAGES):
            # the cards showed the template's image: each keeps it as its own now
            values[name] = self[name]
        if values:
            cards.with_context(tracking_disable=True).write(values)
        if "link_ids" in touched and "link_ids" in locked - was_locked:
            self._push_links(self.link_ids, cards)
        elif "link_ids" in unlocked:
            # the links stay on the cards, as their owners' own
            cards.link_ids.filtered("template_link_id").write(
                {"template_link_id": False}
            )
        changed = touched & (locked | was_locked)
        if changed:
            labels = self._fields_labels()
            self._message_log(
                body=Markup("<p>%s</p>")
                % self.env._(
                    "%(count)s cards updated: %(fields)s.",
                    count=len(cards),
                    fields=", ".join(
                        labels[name] for name in TEMPLATE_FIELDS if name in changed
                    ),
                )
            )

    def _push_links(self, template_links, cards=None):
        """Put the locked ``template_links`` on the cards (all of the template's
        when ``cards`` is not given), in one batch per link. A card that already
        has a link of the same address (copied when the links were not locked)
        keeps it, now locked, rather than getting it twice."""
        self.ensure_one()
        cards = self._cards() if cards is None else cards
        Link = self.env["mtap.profile.link"].sudo()
        copies = {
            (link.profile_id.id, link.url): link.id
            for link in Link.search(
                [
                    ("profile_id", "in", cards.ids),
                    ("template_link_id", "=", False),
                    ("url", "in", template_links.mapped("url")),
                ]
            )
        }
        to_create = []
        for template_link in template_links:
            values = template_link._card_link_values(locked=True)
            adopted = []
            for card in cards:
                if link_id := copies.pop((card.id, template_link.url), None):
                    adopted.append(link_id)
                else:
                    to_create.append({**values, "profile_id": card.id})
            if adopted:
                Link.browse(adopted).write(values)
        Link.create(to_create)

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_view_cards(self):
        """Open the cards built on this template."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.mtap_profile_action"
        )
        action.update(
            {
                "name": self.env._("Cards of %s", self.name),
                "domain": [("template_id", "=", self.id)],
                "context": {"default_template_id": self.id, "active_test": False},
                "view_mode": "list,kanban,form",
                "views": [(False, "list"), (False, "kanban"), (False, "form")],
            }
        )
        return action

    def action_create_cards(self):
        """Open the wizard making cards on this template for many users at once."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.mtap_card_bulk_action"
        )
        action["context"] = {"default_template_id": self.id}
        return action
