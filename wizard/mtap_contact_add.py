import base64

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import plaintext2html
from odoo.tools.mail import html_to_inner_content

from ..models.crm_lead import MTAP_SOURCES
from ..tools.exchange_form import clean_exchange_form
from ..tools.qr_payload import read_qr_payload, url_host
from ..tools.vcard import VCardError, card_website, parse_card


class MtapContactAdd(models.TransientModel):
    _name = "mtap.contact.add"
    _description = "mTap: add a Contact"

    name = fields.Char(required=True)
    company_name = fields.Char("Company")
    function = fields.Char("Job Title")
    email = fields.Char("E-mail")
    phone = fields.Char()
    website = fields.Char()
    street = fields.Char()
    zip = fields.Char()
    city = fields.Char()
    state_id = fields.Many2one(
        "res.country.state", domain="[('country_id', '=?', country_id)]"
    )
    country_id = fields.Many2one("res.country")
    category_ids = fields.Many2many("res.partner.category", string="Tags")
    met_event = fields.Char("Event", help="Where you met: the event, fair or meeting.")
    met_place = fields.Char("Place")
    met_date = fields.Date("Met on", default=fields.Date.context_today)
    note = fields.Text()
    image_1920 = fields.Image("Photo", max_width=1920, max_height=1920)
    source = fields.Selection(MTAP_SOURCES, default="manual", required=True)
    qr_code = fields.Text(
        "QR Code",
        help="Scan the code with the camera, or paste what it holds: the address of "
        "an mTap card, a vCard or MECARD, or any web address.",
    )
    qr_card_name = fields.Char(
        "mTap Card",
        compute="_compute_qr_card_name",
        help="The published mTap card of this database the code points to.",
    )
    exchange_back = fields.Boolean(
        "Send my Card Back",
        default=True,
        help="The card's owner receives your details as a Lead, as if you had filled "
        "in the Exchange Contacts form of their card.",
    )
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

    @api.depends("qr_code")
    def _compute_qr_card_name(self):
        for wizard in self:
            try:
                profile = wizard._read_qr()[2]
            except UserError:
                profile = None
            wizard.qr_card_name = profile.name if profile else False

    def _own_hosts(self):
        """``host[:port]`` names this database answers on: its base URL and the
        domains of its websites."""
        urls = [self.env["ir.config_parameter"].sudo().get_param("web.base.url")]
        urls += self.env["website"].sudo().search([]).mapped("domain")
        hosts = set()
        for url in filter(None, urls):
            url = url if "://" in url else f"https://{url}"
            hosts.add(url_host(url))
        return hosts

    def _read_qr(self):
        """``(kind, payload, profile)`` for the wizard's QR code: ``kind`` is
        ``profile`` (``profile`` is then a published mTap card of this database,
        as superuser), ``card`` (``payload`` is a parsed vCard or MECARD) or ``url``.
        Raise ``UserError`` for anything else, an unknown or unpublished card, and
        the user's own card."""
        self.ensure_one()
        try:
            kind, payload = read_qr_payload(self.qr_code, self._own_hosts())
        except VCardError as error:
            raise UserError(str(error)) from error
        if kind != "profile":
            return kind, payload, None
        profile = self.env["mtap.profile"]._get_published(payload)
        if not profile:
            raise UserError(
                self.env._(
                    "This mTap card does not exist or is not published: only a "
                    "published card can be added."
                )
            )
        if profile.user_id == self.env.user:
            raise UserError(self.env._("This is your own card."))
        return kind, payload, profile

    def _profile_card(self, profile):
        """The published data of ``profile`` as a parsed card: what its vCard
        gives, its website (else its address) first, its bio, address and other
        links in the note."""
        profile = profile.with_context(bin_size=False)
        card = parse_card(profile._get_vcard_file().decode())
        card_url = f"{profile.get_base_url()}{profile.website_url}"
        card["urls"] = [profile.website or card_url] + [
            url for url in card["urls"] if url not in (profile.website, card_url)
        ]
        card["note"] = "\n".join(
            filter(
                None,
                [
                    html_to_inner_content(profile.bio).strip(),
                    self.env._("mTap card: %(url)s", url=card_url),
                    *card["urls"][1:],
                ],
            )
        )
        return card

    @api.onchange("qr_code")
    def _onchange_qr_code(self):
        """Fill the form from the code; the user checks it before saving."""
        if not self.qr_code:
            return None
        try:
            kind, payload, profile = self._read_qr()
        except UserError as error:
            return {
                "warning": {
                    "title": self.env._("This code cannot be added"),
                    "message": error.args[0],
                }
            }
        if kind == "url":
            self.website = payload
            return None
        if profile:
            payload = self._profile_card(profile)
        Partner = self.env["res.partner"]
        categories = Partner._mtap_category_ids(
            payload["categories"], create_missing=False
        )
        self.update(
            {
                "name": payload["name"],
                "company_name": payload["company"] or False,
                "function": payload["title"] or False,
                "email": payload["emails"][0][0] if payload["emails"] else False,
                "phone": payload["phones"][0][0] if payload["phones"] else False,
                "website": card_website(payload),
                **self._address_values(payload["address"]),
                "note": Partner._mtap_card_note(payload) or False,
                "image_1920": base64.b64encode(payload["photo"])
                if payload["photo"]
                else False,
                "category_ids": [
                    fields.Command.set([c.id for c in categories.values()])
                ],
            }
        )
        return None

    def _address_values(self, address):
        """Wizard values of a parsed address (``street``, ``zip``, ``city``,
        ``state``, ``country``: texts); the country and state are looked up by
        name or code."""
        if not address:
            return {}
        Country = self.env["res.country"]
        country_text = (address.get("country") or "").strip()
        country = Country
        if country_text:
            country = Country.search(
                [
                    "|",
                    ("name", "=ilike", country_text),
                    ("code", "=ilike", country_text),
                ],
                limit=1,
            )
        state = self.env["res.country.state"]
        state_text = (address.get("state") or "").strip()
        if state_text:
            state = state.search(
                [
                    "|",
                    ("code", "=ilike", state_text),
                    ("name", "=ilike", state_text),
                    ("country_id", "in", (country or self.env.company.country_id).ids),
                ],
                limit=1,
            )
            country = country or state.country_id
        return {
            "street": ", ".join(
                filter(None, [address.get("street"), address.get("street2")])
            )
            or False,
            "zip": address.get("zip") or False,
            "city": address.get("city") or False,
            "state_id": state.id,
            "country_id": country.id,
        }

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
            "street": self.street,
            "zip": self.zip,
            "city": self.city,
            "state_id": self.state_id.id,
            "country_id": self.country_id.id,
            "image_1920": self.image_1920,
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
        and open it. From an mTap card's QR code, the card is read again here (the
        form only shows it) and, with "Send my Card Back", its owner gets a Lead."""
        self.ensure_one()
        profile = None
        if self.source == "qr_profile":
            if not (self.qr_code or "").strip():
                raise UserError(self.env._("Scan or paste a QR code first."))
            profile = self._read_qr()[2]
        if self.source == "card_scan":
            self._check_scan_images()
        # checked before anything is written: a refusal leaves nothing behind
        exchange = (
            self._exchange_back_values(profile)
            if profile and self.exchange_back
            else None
        )
        values = self._contact_values()
        if profile:
            values["mtap_their_profile_id"] = profile.id
        contact = self.env["res.partner"].create(values)
        if self.source == "card_scan":
            self._attach_scan(contact)
        if exchange:
            lead = self.env["crm.lead"].sudo()._mtap_exchange(profile, exchange)
            if lead:  # a blocked sender is told nothing, as on the public form
                self.env["mtap.profile.stat"].sudo()._record(profile, "exchange")
        if profile:
            message = (
                self.env._(
                    "Added from the mTap card %(card)s; your card was sent back to "
                    "its owner.",
                    card=profile.name,
                )
                if exchange
                else self.env._("Added from the mTap card %(card)s.", card=profile.name)
            )
            contact.message_post(
                body=Markup("<p>%s</p>") % message, subtype_xmlid="mail.mt_note"
            )
        return contact.action_mtap_open_lean()

    def action_save_and_new(self):
        """Save this Contact and open an empty form for the next one (same source,
        same event and place)."""
        self.ensure_one()
        self.action_save()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Add Contact"),
            "res_model": self._name,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": {
                "default_source": self.source,
                "default_met_event": self.met_event,
                "default_met_place": self.met_place,
                "default_met_date": self.met_date,
            },
        }

    def _my_card_values(self):
        """What the Exchange Contacts form would receive from this user: their
        (first) mTap card, else their own contact details."""
        user = self.env.user
        card = self.env["mtap.profile"].search(
            [("user_id", "=", user.id)],
            order="is_published desc, sequence, id",
            limit=1,
        )
        return {
            "name": card.name or user.name,
            "email": card.email or user.email or "",
            "phone": card.phone or user.phone or "",
            "company": card.company_name or user.company_id.name or "",
            "job_title": card.job_title or user.partner_id.function or "",
            "message": self.env._(
                "Added your card from its QR code%(event)s.",
                event=self.env._(" at %(e)s", e=self.met_event)
                if self.met_event
                else "",
            ),
        }

    def _exchange_back_values(self, profile):
        """This user's details for ``profile``'s Exchange, cleaned exactly as the
        public form cleans a visitor's; ``UserError`` when they are not enough."""
        country = profile.user_id.company_id.country_id or profile.company_id.country_id
        values, errors = clean_exchange_form(
            self._my_card_values(), country.code, country.phone_code
        )
        if errors:
            raise UserError(
                self.env._(
                    "Your card cannot be sent back: it needs your name and a valid "
                    "e-mail or phone (%(fields)s). Complete My Card, or untick "
                    '"Send my Card Back".',
                    fields=", ".join(sorted(errors)),
                )
            )
        values["source"] = "qr_profile"
        return values

    def action_open_duplicate(self):
        """Open the existing contact instead of creating a second one."""
        self.ensure_one()
        return self.duplicate_id._get_records_action(context={})
