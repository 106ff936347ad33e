from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain
from odoo.tools import SQL, email_normalize
from odoo.tools.mail import html_to_inner_content

from ..models.crm_lead import MTAP_SOURCES
from ..tools.exchange_form import clean_exchange_form
from ..tools.qr_payload import read_qr_payload, url_host
from ..tools.vcard import VCardError, parse_card


class MtapContactAdd(models.TransientModel):
    _name = "mtap.contact.add"
    _description = "mTap: add a Contact"
    _inherit = ["mtap.guard.mixin"]
    _mtap_guarded_links = ("duplicate_id", "contact_id")
    _mtap_guarded_images = ("image_1920",)

    name = fields.Char(required=True)
    company_name = fields.Char("Company")
    function = fields.Char("Job Title")
    email = fields.Char("E-mail")
    phone = fields.Char()
    mtap_phone_warning = fields.Char(
        "Phone Check",
        compute="_compute_mtap_phone_warning",
        help="Why the phone number typed cannot be dialled as it is.",
    )
    website = fields.Char()
    street = fields.Char()
    street2 = fields.Char()
    zip = fields.Char()
    city = fields.Char()
    state_id = fields.Many2one(
        "res.country.state", domain="[('country_id', '=?', country_id)]"
    )
    country_id = fields.Many2one("res.country")
    work_address = fields.Boolean(
        "Company Address",
        help="The address is the company's: a new company gets it. Otherwise it is "
        "the person's own address (e.g. their home) and stays on the person only.",
    )
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
    contact_id = fields.Many2one(
        "res.partner",
        string="Saved Contact",
        readonly=True,
        help="The Contact this form made: saving it again opens it, never a twin.",
    )
    duplicate_reason = fields.Char(compute="_compute_duplicate_id")
    duplicate_id = fields.Many2one(
        "res.partner",
        string="Existing Contact",
        compute="_compute_duplicate_id",
        help="A contact you can see already has this e-mail or phone, or this name "
        "and company.",
    )

    @api.depends("phone", "country_id")
    def _compute_mtap_phone_warning(self):
        Card = self.env["mtap.contact.card"]
        for wizard in self:
            country = wizard.country_id or Card._mtap_default_country()
            wizard.mtap_phone_warning = wizard._mtap_phone_warning(
                wizard.phone, country
            )

    @api.depends("email", "phone", "name", "company_name")
    def _compute_duplicate_id(self):
        people = self.env["mtap.contact.card"]._mtap_people(
            [
                {
                    "email": wizard.email,
                    "phone": wizard.phone,
                    "name": wizard.name,
                    "company_name": wizard.company_name,
                }
                for wizard in self
            ],
            self.env.user,
        )
        found = self.env["res.partner"]._mtap_match_people(people)
        for wizard, (partner, rule) in zip(self, found, strict=True):
            wizard.duplicate_id = partner
            wizard.duplicate_reason = partner and self.env[
                "res.partner"
            ]._mtap_duplicate_reason(rule)

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
        gives, its website (else its address) first, its bio and address in the
        note (its other links go there as every card's do)."""
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
        values = self.env["mtap.contact.card"]._mtap_card_values([payload])[0]
        self.update(self._form_values(values))
        return None

    @api.onchange("phone")
    def _onchange_phone(self):
        """Show the number as it will be saved (international form), as Odoo's
        contact form does; a number that cannot be read is left as typed."""
        if self.phone:
            Card = self.env["mtap.contact.card"]
            country = self.country_id or Card._mtap_default_country()
            self.phone = Card._mtap_phone(self.phone, country)[0] or self.phone

    @api.model
    def _form_values(self, values):
        """The form's fields for Contact values (see ``mtap.contact.card``): the
        form shows what will be saved."""
        return {
            "name": values["name"],
            "company_name": values["company_name"],
            "function": values["function"],
            "email": values["email"],
            "phone": values["phone"],
            "website": values["website"],
            "street": values["street"],
            "street2": values["street2"],
            "zip": values["zip"],
            "city": values["city"],
            "state_id": values["state_id"],
            "country_id": values["country_id"],
            "work_address": values["work_address"],
            "note": values["note"],
            "image_1920": values["image_1920"],
            "category_ids": [fields.Command.set(values["category_ids"])],
        }

    def _contact_values(self):
        """``res.partner.create`` values of the Contact the form describes, made as
        a card's are (``mtap.contact.card``). A typed e-mail must be valid; a
        phone number that cannot be read is kept as typed."""
        self.ensure_one()
        Card = self.env["mtap.contact.card"]
        email = (self.email or "").strip()
        if email and not Card._mtap_email(email):
            raise UserError(self.env._("%(email)s is not a valid e-mail.", email=email))
        phone = (self.phone or "").strip()
        if phone:
            country = self.country_id or Card._mtap_default_country()
            phone = Card._mtap_phone(phone, country)[0] or phone
        values = {
            "name": self.name.strip(),
            "company_name": self.company_name,
            "function": self.function,
            "email": Card._mtap_email(email),
            "phone": phone,
            "website": self.website,
            "street": self.street,
            "street2": self.street2,
            "zip": self.zip,
            "city": self.city,
            "state_id": self.state_id.id,
            "country_id": self.country_id.id,
            "work_address": self.work_address,
            "note": self.note,
            "category_ids": self.category_ids.ids,
            "image_1920": self.image_1920,
        }
        vals = Card._mtap_partner_values([values], self.env.user, self.source)[0]
        vals.update(
            mtap_met_event=self.met_event,
            mtap_met_place=self.met_place,
            mtap_met_date=self.met_date,
        )
        return vals

    def action_save(self):
        """Create the Contact (even when a duplicate was shown: the user chose to)
        and open it. From an mTap card's QR code, the card is read again here (the
        form only shows it) and, with "Send my Card Back", its owner gets a Lead."""
        self.ensure_one()
        saved = self._saved_contact()
        if saved:
            return saved.action_mtap_open_lean()
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
        twin = self._just_saved_twin(values)
        if twin:
            self.contact_id = twin
            return twin.action_mtap_open_lean()
        contact = self.env["res.partner"].create(values)
        self.contact_id = contact
        if self.source == "card_scan":
            self._attach_scan(contact)
        if exchange:
            # a blocked sender is told nothing, as on the public form
            self.env["mtap.exchange"].sudo()._record(profile, exchange)
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

    def _saved_contact(self):
        """The Contact an earlier Save of this very form made, if any. The form's
        row is locked first: a second Save sent while the first one runs (a
        double tap) waits for it, then finds its Contact (or is retried by Odoo,
        whose retry finds it)."""
        self.env.cr.execute(
            SQL(
                "SELECT id FROM %s WHERE id = %s FOR NO KEY UPDATE",
                SQL.identifier(self._table),
                self.id,
            )
        )
        self.invalidate_recordset(["contact_id"])
        return self.contact_id.exists()

    # a scan saved twice within this delay is one person saved twice
    _TWIN_DELAY = timedelta(minutes=10)

    def _just_saved_twin(self, values):
        """The Contact this user saved from the same QR code moments ago (another
        Save of the same scan: a dialog left open, then reopened), found by the
        card it came from, else its e-mail, else its name and phone; an empty
        recordset otherwise, and always for other ways in."""
        if self.source != "qr_profile":
            return self.env["res.partner"]
        if values.get("mtap_their_profile_id"):
            same = Domain("mtap_their_profile_id", "=", values["mtap_their_profile_id"])
        elif values.get("email"):
            same = Domain("email_normalized", "=", email_normalize(values["email"]))
        else:
            same = Domain("name", "=", values["name"]) & Domain(
                "phone", "=", values.get("phone") or False
            )
        return self.env["res.partner"].search(
            Domain.AND(
                [
                    same,
                    Domain("mtap_is_contact", "=", True),
                    Domain("mtap_source", "=", "qr_profile"),
                    Domain("mtap_owner_id", "=", self.env.uid),
                    Domain("create_uid", "=", self.env.uid),
                    Domain(
                        "create_date", ">=", fields.Datetime.now() - self._TWIN_DELAY
                    ),
                ]
            ),
            order="id desc",
            limit=1,
        )

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
        my_profile = self.env["mtap.profile"].search(
            [("user_id", "=", user.id)],
            order="is_published desc, sequence, id",
            limit=1,
        )
        return {
            "name": my_profile.name or user.name,
            "email": my_profile.email or user.email or "",
            "phone": my_profile.phone or user.phone or "",
            "company": my_profile.company_name or user.company_id.name or "",
            "job_title": my_profile.job_title or user.partner_id.function or "",
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
