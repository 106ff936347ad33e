import base64
from collections import defaultdict

import vobject
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Command
from odoo.tools import email_normalize
from odoo.tools.mimetypes import guess_mimetype

from ..tools.card_page import DEFAULT_ACCENT, HEX_COLOR_RE, resized_image
from ..tools.vcard import split_address
from .mtap_card_template import SHARED_IMAGES, TEMPLATE_FIELDS, lock_field
from .mtap_guard_mixin import is_mtap_manager

# The card fields that are the person's: on a card that follows its owner they
# follow the owner's user, except those changed on the card.
PERSON_FIELDS = ("name", "image_1920", "job_title", "phone", "email")
# The fields of a user's partner they come from (a user's name, photo and e-mail
# are its partner's).
PERSON_SOURCE_FIELDS = frozenset({"name", "image_1920", "function", "phone", "email"})
SVG_MIMETYPE = "image/svg+xml"
# the size of the QR code in the e-mail signature (CSS pixels)
SIGNATURE_QR_SIZE = 80


class MtapProfileTemplate(models.Model):
    """mTap cards in a team: built on a company's card template, following their
    owner's user, unpublished when the owner leaves and re-assigned with what they
    brought in (see ``mtap.card.template`` and the wizards ``mtap.card.bulk`` and
    ``mtap.card.reassign``)."""

    _inherit = "mtap.profile"

    # ------------------------------------------------------------
    # FIELDS
    # ------------------------------------------------------------

    user_id = fields.Many2one(check_company=True)
    template_id = fields.Many2one(
        "mtap.card.template",
        string="Card Template",
        index="btree_not_null",
        check_company=True,
        ondelete="restrict",
        tracking=True,
        help="The company template this card is built on: the fields it locks are "
        "the template's and only an mTap manager changes them, on the template.",
    )
    template_locked_fields = fields.Json(
        compute="_compute_template_locked_fields",
        help="The card fields its template locks.",
    )
    template_cover_image = fields.Image(
        related="template_id.cover_image", string="Template Cover"
    )
    template_logo = fields.Image(related="template_id.logo", string="Template Logo")
    company_address = fields.Text(
        help="The company's address, shown under its name on the card and put in "
        "the saved contact."
    )
    lead_followup_rule_id = fields.Many2one(
        "mtap.followup.rule",
        string="Lead Follow-up Rule",
        check_company=True,
        domain="[('applies_to', '=', 'lead')]",
        help="The follow-up rule of the Leads this card captures; empty: the first "
        "rule that applies.",
    )
    contact_followup_rule_id = fields.Many2one(
        "mtap.followup.rule",
        string="Contact Follow-up Rule",
        check_company=True,
        domain="[('applies_to', '=', 'contact')]",
        help="The follow-up rule of the Contacts converted from this card's Leads; "
        "empty: the first rule that applies.",
    )
    person_sync = fields.Boolean(
        "Follow the Owner's Details",
        copy=False,
        help="The name, photo, job title, phone and e-mail follow later changes of "
        "the owner's user (or employee), except those changed on this card.",
    )
    person_overrides = fields.Char(
        "Changed on the Card",
        copy=False,
        readonly=True,
        help="The owner's details changed on this card: they no longer follow the "
        "user.",
    )
    person_override_labels = fields.Char(
        "Not Following",
        compute="_compute_person_override_labels",
        help="The owner's details changed on this card, which no longer follow the "
        "user.",
    )
    owner_active = fields.Boolean(
        related="user_id.active", string="Owner Active", readonly=True
    )
    departure_unpublished = fields.Boolean(
        "Unpublished at Departure",
        copy=False,
        readonly=True,
        help="The card was unpublished because its owner's user was archived: "
        "re-assign it to publish it again with the same address and QR code.",
    )

    @api.depends(
        "template_id",
        *(f"template_id.{lock_field(name)}" for name in TEMPLATE_FIELDS),
    )
    def _compute_template_locked_fields(self):
        for card in self:
            template = card.sudo().template_id
            card.template_locked_fields = template._locked_fields() if template else []

    @api.depends("person_overrides")
    def _compute_person_override_labels(self):
        for card in self:
            card.person_override_labels = ", ".join(
                self._fields[name]._description_string(self.env)
                for name in PERSON_FIELDS
                if name in card._person_overrides()
            )

    # ------------------------------------------------------------
    # ORM
    # ------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        templates = self.env["mtap.card.template"].browse(
            {vals["template_id"] for vals in vals_list if vals.get("template_id")}
        )
        # reading the templates checks that the user may use them (their company)
        templates.check_access("read")
        values_of = {t.id: t.sudo()._values_for_card() for t in templates}
        for vals in vals_list:
            if not vals.get("template_id"):
                continue
            template = templates.browse(vals["template_id"])
            vals.setdefault("company_id", template.company_id.id)
            values = dict(values_of[template.id])
            # each card its own commands: the ORM may complete them
            template_links = [
                Command.create(dict(command[2]))
                for command in values.pop("link_ids", None) or []
            ]
            for name, value in values.items():
                if name not in vals or template[lock_field(name)]:
                    vals[name] = list(value) if isinstance(value, list) else value
            if template.link_ids_locked:
                # the template's links, then the card's own (a form shows the
                # template's too: they are not given twice)
                own = [
                    command
                    for command in vals.get("link_ids") or []
                    if not (
                        isinstance(command, list | tuple)
                        and command[0] == 0
                        and command[2].get("template_link_id")
                    )
                ]
                vals["link_ids"] = template_links + own
            elif "link_ids" not in vals and template_links:
                vals["link_ids"] = template_links
        return super().create(vals_list)

    def write(self, vals):
        if "template_id" in vals:
            self._check_template_change()
            previous = {card.id: card.sudo().template_id for card in self}
        else:
            self._check_template_locks(vals)
        overridden = set()
        if not self.env.context.get("mtap_person_sync"):
            overridden = set(PERSON_FIELDS).intersection(vals)
        result = super().write(vals)
        if "template_id" in vals:
            self._on_template_changed(previous)
        if overridden:
            self.filtered("person_sync")._add_person_overrides(overridden)
        return result

    def copy_data(self, default=None):
        vals_list = super().copy_data(default=default)
        for card, vals in zip(self, vals_list, strict=True):
            # a copy gets the template's locked links from create, not twice
            if card.template_id.link_ids_locked and "link_ids" in vals:
                vals["link_ids"] = [
                    command
                    for command, link in zip(
                        vals["link_ids"], card.link_ids, strict=True
                    )
                    if not link.template_link_id
                ]
        return vals_list

    # ------------------------------------------------------------
    # TEMPLATE
    # ------------------------------------------------------------

    @api.onchange("template_id")
    def _onchange_template_id(self):
        template = self.template_id
        if template:
            self.update(template._values_for_card(self if self._origin else None))

    def _check_template_change(self):
        """Only an mTap manager moves a card to another template or off its
        template (a user would escape the locked fields)."""
        if self._mtap_is_manager():
            return
        raise AccessError(
            self.env._("Only an mTap manager can change the template of a card.")
        )

    def _check_template_locks(self, vals):
        """Refuse to change a field the card's template locks: writing the
        template's own value (as the template does) is allowed."""
        names = [name for name in vals if name in TEMPLATE_FIELDS]
        if not names:
            return
        cards_by_template = defaultdict(list)
        for card in self.sudo():
            if card.template_id:
                cards_by_template[card.template_id].append(card)
        for template, cards in cards_by_template.items():
            for name in names:
                if not template[lock_field(name)] or name == "link_ids":
                    continue  # locked links are guarded one by one
                if not all(
                    template._holds_value(name, vals[name], card) for card in cards
                ):
                    raise UserError(
                        self.env._(
                            "%(field)s is locked by the card template %(template)s: "
                            "ask an mTap manager to change it on the template.",
                            field=self._fields[name]._description_string(self.env),
                            template=template.name,
                        )
                    )

    def _on_template_changed(self, previous):
        """Cards moved to another template (or off one, ``previous``: their
        templates before) take the new template's locked fields and the defaults
        they have no value for; they keep what the former template showed."""
        Link = self.env["mtap.profile.link"].sudo()
        for card in self.sudo():
            old, new = previous[card.id], card.template_id
            if old == new:
                continue
            if old:
                kept = {
                    name: old[name]
                    for name in SHARED_IMAGES
                    if old[lock_field(name)]
                    and old[name]
                    and not card[name]
                    and not (new and new[lock_field(name)])
                }
                if kept:
                    card.write(kept)
                Link.search(
                    [("profile_id", "=", card.id), ("template_link_id", "!=", False)]
                ).write({"template_link_id": False})
            if new:
                values = new._values_for_card(card)
                links = values.pop("link_ids", None)
                if values:
                    card.write(values)
                if new.link_ids_locked:
                    new._push_links(new.link_ids, card)
                elif links:
                    card.write({"link_ids": links})

    def _card_image_holders(self):
        """``{field: template}`` for the images the card shows from its template."""
        self.ensure_one()
        template = self.template_id
        return {
            name: template
            for name in SHARED_IMAGES
            if template and template[lock_field(name)]
        }

    def _card_image_versions(self):
        holders = self._card_image_holders()
        if not holders:
            return super()._card_image_versions()
        template = self.template_id
        own = [name for name in ("image_1920", *SHARED_IMAGES) if name not in holders]
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .search_read(
                [
                    "|",
                    "&",
                    "&",
                    ("res_model", "=", self._name),
                    ("res_id", "=", self.id),
                    ("res_field", "in", own),
                    "&",
                    "&",
                    ("res_model", "=", template._name),
                    ("res_id", "=", template.id),
                    ("res_field", "in", list(holders)),
                ],
                ["res_field", "checksum"],
            )
        )
        return {a["res_field"]: (a["checksum"] or "0")[:10] for a in attachments}

    def _card_image(self, field, width):
        holder = self._card_image_holders().get(field)
        if not holder:
            return super()._card_image(field, width)
        data = base64.b64decode(holder[field])
        if field == "cover_image":
            return resized_image(data, width, width // 3)[0]
        return resized_image(data, width, crop=False)[0]

    def _build_vcard(self):
        vcard = super()._build_vcard()
        address = (self.company_address or "").strip()
        if vcard and address:
            if "adr" in vcard.contents:
                del vcard.contents["adr"]
            adr = vcard.add("adr")
            adr.value = vobject.vcard.Address(**split_address(address))
            adr.type_param = "work"
        return vcard

    # ------------------------------------------------------------
    # THE OWNER'S DETAILS
    # ------------------------------------------------------------

    @api.model
    def _person_values(self, user, company, image=True):
        """The card values of ``user`` as a person: name, photo, job title, phone
        and e-mail. With Employees installed, the employee's job title, work phone
        and work e-mail come first. A phone or e-mail that a card would refuse is
        left out rather than stopping a whole batch."""
        user = user.sudo()
        partner = user.partner_id

        def employee(name):
            return user[name] if name in user._fields else False

        phone = employee("work_phone") or partner.phone
        if phone:
            try:
                phone = self._normalize_phone(phone, company.id)
            except ValidationError:
                phone = False
        email = employee("work_email") or partner.email
        values = {
            "name": user.name,
            "job_title": employee("job_title") or partner.function or False,
            "phone": phone or False,
            "email": email_normalize(email or "") or False,
        }
        if image:
            values["image_1920"] = self._person_photo(partner)
        return values

    @api.model
    def _person_photo(self, partner):
        """The photo of ``partner``, or nothing for the initials Odoo draws for
        users without one (an SVG: the card shows no photo rather than that)."""
        image = partner.image_1920
        if not image or guess_mimetype(base64.b64decode(image)) == SVG_MIMETYPE:
            return False
        return image

    def _person_overrides(self):
        self.ensure_one()
        return set(filter(None, (self.person_overrides or "").split(",")))

    def _add_person_overrides(self, names):
        groups = defaultdict(list)
        for card in self:
            overrides = ",".join(sorted(card._person_overrides() | names))
            if overrides != card.person_overrides:
                groups[overrides].append(card.id)
        for overrides, ids in groups.items():
            self.browse(ids).with_context(mtap_person_sync=True).write(
                {"person_overrides": overrides}
            )

    def _sync_person(self):
        """Bring the owner's details of these cards (those that follow their owner)
        in step with the owner's user, except those changed on the card. Photos are
        compared by checksum, without reading them."""
        cards = self.sudo().filtered("person_sync")
        if not cards:
            return
        user_sums = self._image_checksums("res.partner", cards.user_id.partner_id.ids)
        card_sums = self._image_checksums(self._name, cards.ids)
        for card in cards:
            values = self._person_values(card.user_id, card.company_id, image=False)
            overrides = card._person_overrides()
            changes = {
                name: value
                for name, value in values.items()
                if name not in overrides and (card[name] or False) != value
            }
            if "image_1920" not in overrides and user_sums.get(
                card.user_id.partner_id.id
            ) != card_sums.get(card.id):
                changes["image_1920"] = self._person_photo(card.user_id.partner_id)
            if changes:
                card.with_context(mtap_person_sync=True).write(changes)

    @api.model
    def _image_checksums(self, model, ids):
        """``{id: checksum}`` of the photos (``image_1920``) of records of
        ``model``, in one query; Odoo's drawn initials are no photo."""
        return {
            attachment["res_id"]: attachment["checksum"]
            for attachment in self.env["ir.attachment"]
            .sudo()
            .search_read(
                [
                    ("res_model", "=", model),
                    ("res_field", "=", "image_1920"),
                    ("res_id", "in", ids),
                ],
                ["res_id", "checksum", "mimetype"],
            )
            if attachment["mimetype"] != SVG_MIMETYPE
        }

    @api.model
    def _sync_person_of_partners(self, partners):
        """The partners of users changed: their cards that follow them follow."""
        cards = (
            self.sudo()
            .with_context(active_test=False)
            .search(
                [
                    ("person_sync", "=", True),
                    ("user_id.partner_id", "in", partners.ids),
                ]
            )
        )
        cards._sync_person()

    def action_follow_owner(self):
        """Make the card follow its owner's details again, those changed on the
        card included."""
        self.write({"person_sync": True, "person_overrides": False})
        self._sync_person()

    # ------------------------------------------------------------
    # DEPARTURES
    # ------------------------------------------------------------

    @api.model
    def _owners_archived(self, users):
        """The ``users`` were archived: their published cards are unpublished
        (their page answers as an unknown card), marked to be re-assigned, and
        whoever archived them gets a to-do to re-assign them."""
        cards = self.sudo().search(
            [("user_id", "in", users.ids), ("is_published", "=", True)]
        )
        if not cards:
            return
        cards.write({"is_published": False, "departure_unpublished": True})
        cards._message_log_batch(
            bodies={
                card.id: Markup("<p>%s</p>")
                % self.env._(
                    "Unpublished: its owner %(user)s was archived. Re-assign the card "
                    "to publish it again with the same address and QR code.",
                    user=card.user_id.name,
                )
                for card in cards
            }
        )
        archiver = self.env.user
        if not self.env.su and is_mtap_manager(self.env, archiver):
            for card in cards:
                card.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=self.env._("Re-assign this card"),
                    user_id=archiver.id,
                )

    @api.model
    def _owners_restored(self, users):
        """The ``users`` are active again: the cards their departure unpublished
        are published again."""
        cards = self.sudo().search(
            [("user_id", "in", users.ids), ("departure_unpublished", "=", True)]
        )
        cards.write({"is_published": True, "departure_unpublished": False})

    # ------------------------------------------------------------
    # E-MAIL SIGNATURE
    # ------------------------------------------------------------

    def _signature_html(self, include_qr=True):
        """A compact e-mail signature of the card: name, title and company, phone
        and e-mail, the card's link and, with ``include_qr``, a small QR code.
        Inline styles only (mail programs drop style sheets); every value is
        escaped."""
        self.ensure_one()
        url = self._marked_url("signature")
        accent = (
            self.accent_color
            if HEX_COLOR_RE.fullmatch(self.accent_color or "")
            else DEFAULT_ACCENT
        )
        lines = [Markup("<strong>%s</strong>") % self.name]
        for parts in (
            [self.job_title, self.company_name],
            [self._card_phone_display(), self.email],
        ):
            text = " · ".join(filter(None, parts))
            if text:
                lines.append(text)
        lines.append(
            Markup('<a href="%s" style="color:%s;">%s</a>')
            % (url, accent, self.env._("My digital business card"))
        )
        qr = ""
        if include_qr:
            qr = Markup(
                '<td style="padding-right:12px;vertical-align:top;">'
                '<a href="%s"><img src="%s/qr.png" width="%s" height="%s" alt="%s" '
                'style="display:block;border:0;"></a></td>'
            ) % (
                url,
                self.public_url,
                SIGNATURE_QR_SIZE,
                SIGNATURE_QR_SIZE,
                self.env._("QR code of my card"),
            )
        return Markup(
            '<table cellpadding="0" cellspacing="0" border="0" style="font-family:'
            'Arial,Helvetica,sans-serif;font-size:13px;line-height:1.4;color:#333333;">'
            '<tr>%s<td style="vertical-align:top;border-left:3px solid %s;'
            'padding-left:10px;">%s</td></tr></table>'
        ) % (qr, accent, Markup("<br>").join(lines))

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_open_reassign(self):
        """Open the wizard giving these cards to another user."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Re-assign Cards"),
            "res_model": "mtap.card.reassign",
            "view_mode": "form",
            "target": "new",
            "context": {"default_profile_ids": self.ids},
        }

    def action_open_signature(self):
        """Open the e-mail signature of this card."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("E-mail Signature"),
            "res_model": "mtap.card.signature",
            "view_mode": "form",
            "target": "new",
            "context": {"default_profile_id": self.id},
        }
