import base64
from datetime import timedelta

import vobject.vcard

from odoo import api, fields, models, tools
from odoo.exceptions import AccessError, UserError
from odoo.fields import Domain
from odoo.tools import SQL, split_every
from odoo.tools.image import ImageProcess
from odoo.tools.mimetypes import guess_mimetype

from ..tools.person_name import split_name
from ..tools.source_marker import SOURCES
from ..tools.vcard_write import fold_lines
from .crm_lead import MTAP_SOURCES
from .mtap_profile_template import PERSON_SOURCE_FIELDS

# vCard properties left out when they hold nothing (N and FN are required)
_VCARD_OPTIONAL = ("adr", "org", "title", "email", "tel", "url", "note", "categories")
_VCARD_PHOTO_SIZE = 256
_VCARD_BATCH = 500


def _vcard_value_empty(value):
    """Whether a vCard property's value (text, list, or vobject's structured
    ``Name`` / ``Address``) holds nothing but blanks."""
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return all(_vcard_value_empty(part) for part in value)
    if isinstance(value, vobject.vcard.Name | vobject.vcard.Address):
        return all(_vcard_value_empty(part) for part in vars(value).values())
    return not value


def _ilike_exact(value):
    """``value`` for an ``=ilike`` leaf that matches it literally."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class ResPartner(models.Model):
    _name = "res.partner"
    _inherit = [
        "res.partner",
        "mtap.consent.mixin",
        "mtap.followup.mixin",
        "mtap.guard.mixin",
    ]
    _mtap_guarded_links = ("parent_id", "mtap_profile_id", "mtap_their_profile_id")
    _mtap_guarded_images = ("image_1920", "mtap_card_image")

    mtap_is_contact = fields.Boolean(
        "mTap Contact",
        index=True,
        copy=False,
        help="A person this user chose to keep: added by hand, imported, scanned, "
        "taken from another card's QR code or converted from a Lead.",
    )
    mtap_source = fields.Selection(
        MTAP_SOURCES,
        string="mTap Source",
        copy=False,
        help="How the Contact was added.",
    )
    mtap_owner_id = fields.Many2one(
        "res.users",
        string="mTap Owner",
        index="btree_not_null",
        copy=False,
        help="The user who added this Contact; only they (and mTap managers) see it "
        "among mTap Contacts.",
    )
    mtap_profile_id = fields.Many2one(
        "mtap.profile",
        string="Through Card",
        index="btree_not_null",
        ondelete="set null",
        copy=False,
        help="The mTap card through which this person came in.",
    )
    mtap_their_profile_id = fields.Many2one(
        "mtap.profile",
        string="Their mTap Card",
        index="btree_not_null",
        ondelete="set null",
        copy=False,
        help="The mTap card of this database whose QR code this Contact was taken "
        "from.",
    )
    mtap_card_image = fields.Image(
        "Business Card",
        max_width=1920,
        max_height=1920,
        copy=False,
        help="The paper card this Contact was scanned from, as read: found in the "
        "photo and straightened.",
    )
    mtap_met_event = fields.Char("Met at Event")
    mtap_marker = fields.Selection(
        SOURCES,
        string="Came Through",
        readonly=True,
        help="Where the Lead this Contact was converted from found the card.",
    )
    mtap_event_id = fields.Many2one(
        "mtap.event",
        string="mTap Event",
        readonly=True,
        index="btree_not_null",
        ondelete="set null",
        help="The event the card was shown at when this person found it.",
    )
    mtap_met_place = fields.Char("Met at Place")
    mtap_met_date = fields.Date("Met on")
    mtap_answers = fields.Text(
        "Answers to Card Questions",
        help="What the person answered to the questions of the card they left "
        "their details on, one per line (from the converted Lead).",
    )
    mtap_last_interaction = fields.Datetime(
        "Last Interaction", copy=False, help="The last time you were in touch."
    )
    mtap_lead_ids = fields.One2many(
        "crm.lead", "mtap_contact_id", string="Converted Leads"
    )
    mtap_lead_count = fields.Integer(compute="_compute_mtap_lead_count")
    mtap_phone_warning = fields.Char(
        "Phone Check",
        compute="_compute_mtap_phone_warning",
        help="Why the phone number typed cannot be dialled as it is.",
    )
    mtap_duplicate_reason = fields.Char(compute="_compute_mtap_duplicate_id")
    mtap_duplicate_id = fields.Many2one(
        "res.partner",
        string="Possible Duplicate",
        compute="_compute_mtap_duplicate_id",
        help="Another contact with the same e-mail or phone.",
    )

    mtap_sync_state_ids = fields.One2many(
        "mtap.sync.state", "partner_id", string="CRM Sync", readonly=True
    )

    _mtap_owner_idx = models.Index("(mtap_owner_id, id) WHERE mtap_is_contact")
    # the follow-up cron's query
    _mtap_followup_due_idx = models.Index(
        "(id) WHERE mtap_followup_state = 'active' "
        "AND mtap_followup_activity_id IS NULL AND active"
    )

    # ------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("mtap_is_contact") and not vals.get("mtap_owner_id"):
                vals["mtap_owner_id"] = self.env.user.id
            if vals.get("mtap_is_contact") and not vals.get("mtap_source"):
                vals["mtap_source"] = "manual"
        self._mtap_check_owner(vals_list)
        partners = super().create(vals_list)
        # every new mTap Contact enters the Contact follow-up cadence
        partners.filtered("mtap_is_contact")._mtap_followup_start()
        self.env["mtap.sync.outbox"]._mtap_queue(partners)
        return partners

    def write(self, vals):
        starting = self.browse()
        if vals.get("mtap_is_contact"):
            unowned = self.filtered(lambda p: not p.mtap_owner_id)
            if unowned and "mtap_owner_id" not in vals:
                super(ResPartner, unowned).write({"mtap_owner_id": self.env.user.id})
            starting = self.filtered(
                lambda p: not p.mtap_is_contact and not p.mtap_followup_state
            )
        if "mtap_owner_id" in vals:
            self._mtap_check_owner([vals])
        result = super().write(vals)
        if starting:
            starting._mtap_followup_start()
        if PERSON_SOURCE_FIELDS.intersection(vals):
            # a user's name, photo, title, phone or e-mail: the cards following them
            self.env["mtap.profile"]._sync_person_of_partners(self)
        self.env["mtap.sync.outbox"]._mtap_queue(self, vals=vals)
        return result

    def unlink(self):
        self.env["mtap.sync.outbox"]._mtap_queue(self, operation="delete")
        return super().unlink()

    def _mtap_linkable(self, name, targets):
        """A Contact names a card its user can read, a published card (the QR of
        another user's card), or the card of a Lead the user converts."""
        linkable = super()._mtap_linkable(name, targets)
        rest = targets - linkable
        if not rest:
            return linkable
        if name == "mtap_their_profile_id":
            published = rest.sudo().filtered(lambda c: c.is_published and c.active)
            return linkable | rest.browse(published.ids)
        if name == "mtap_profile_id":
            leads = self.env["crm.lead"].search([("mtap_profile_id", "in", rest.ids)])
            return linkable | rest.browse(leads.sudo().mtap_profile_id.ids)
        return linkable

    def _mtap_check_owner(self, vals_list):
        """Only an mTap manager gives a Contact to someone else (case 22: nobody
        takes another user's Contact either, the record rules see to that)."""
        if self._mtap_is_manager():
            return
        for vals in vals_list:
            owner = vals.get("mtap_owner_id")
            if owner and owner != self.env.user.id:
                raise AccessError(
                    self.env._(
                        "Only an mTap manager can give a Contact to another user."
                    )
                )

    def _compute_mtap_lead_count(self):
        counts = dict(
            self.env["crm.lead"]
            .with_context(active_test=False)
            ._read_group(
                [("mtap_contact_id", "in", self.ids)], ["mtap_contact_id"], ["__count"]
            )
        )
        for partner in self:
            partner.mtap_lead_count = counts.get(partner, 0)

    @api.depends("phone", "country_id")
    def _compute_mtap_phone_warning(self):
        for partner in self:
            partner.mtap_phone_warning = (
                partner.mtap_is_contact and partner._mtap_phone_warning(partner.phone)
            )

    def _mtap_phone_typed_by_user(self):
        return self.filtered("mtap_is_contact")

    @api.depends("email", "phone", "name", "parent_id", "company_name")
    def _compute_mtap_duplicate_id(self):
        people = [
            {
                "email": partner.email_normalized
                or self.env["res.partner"]._mtap_normalize_email(partner.email),
                "phone": partner._mtap_sanitize_phone(partner.phone),
                "name": not partner.is_company and partner.name,
                "company": partner.parent_id.name or partner.company_name,
                "owner": partner.mtap_owner_id or self.env.user,
            }
            for partner in self
        ]
        found = self.env["res.partner"]._mtap_match_people(people, exclude=self._origin)
        for partner, (duplicate, rule) in zip(self, found, strict=True):
            partner.mtap_duplicate_id = duplicate
            partner.mtap_duplicate_reason = duplicate and self._mtap_duplicate_reason(
                rule
            )

    @api.model
    def _mtap_duplicate_reason(self, rule):
        """What a duplicate ``rule`` of ``_mtap_match_people`` matched, in words."""
        return {
            "email": self.env._("Same e-mail as"),
            "phone": self.env._("Same phone as"),
            "name_company": self.env._("Same name and company as"),
        }.get(rule, self.env._("Same person as"))

    @api.model
    def _mtap_normalize_email(self, email):
        return tools.email_normalize(email) if email else False

    def _mtap_sanitize_phone(self, phone):
        return self._mtap_phone_e164(phone)

    def action_mtap_open_duplicate(self):
        """Open the existing contact this one duplicates."""
        self.ensure_one()
        return self.mtap_duplicate_id._get_records_action(context={})

    def _mtap_utm_values(self):
        """The UTM fields an opportunity of this Contact starts with: where the
        Lead it was converted from found the card."""
        self.ensure_one()
        return self.env["crm.lead"]._mtap_utm(self.mtap_marker, self.mtap_event_id)

    @api.model
    def _mtap_origin_values(self, lead):
        """Where a Contact converted from ``lead`` came from."""
        return {
            "mtap_marker": lead.mtap_marker,
            "mtap_event_id": lead.mtap_event_id.id,
        }

    # ------------------------------------------------------------
    # VIEWS
    # ------------------------------------------------------------

    @api.depends_context(
        "show_address",
        "partner_show_db_id",
        "show_email",
        "show_vat",
        "lang",
        "formatted_display_name",
        "mtap_person_first",
    )
    def _compute_display_name(self):
        """In the mTap Contacts (``mtap_person_first`` in the context), a person
        is named by their own name: "Company, Name" cut the name on a phone's
        title bar."""
        res = super()._compute_display_name()
        if self.env.context.get("mtap_person_first"):
            for partner in self:
                if partner.name and not partner.is_company:
                    partner.display_name = partner.name
        return res

    @api.model
    def _get_view(self, view_id=None, view_type="form", **options):
        """The mTap Contact form shows a person's name whole, wrapping on a phone:
        company look-up by name (``partner_autocomplete`` makes every partner
        name a one-line company search box) is for companies, not people."""
        arch, view = super()._get_view(view_id, view_type, **options)
        if view == self.env.ref(
            "mtap_hub.res_partner_view_form_mtap_lean", raise_if_not_found=False
        ):
            for node in arch.xpath("//field[@name='name'][hasclass('o_mtap_name')]"):
                node.set("widget", "text")
        return arch, view

    # ------------------------------------------------------------
    # VCARD EXPORT
    # ------------------------------------------------------------

    def _build_vcard(self):
        """Odoo's vCard as phone books file it: ``N`` in its parts, phones in
        international form, the partner's own picture only (never the placeholder
        avatar), no empty property; plus the Contact's tags and notes for an mTap
        Contact, so that an export imported again gives the same Contact."""
        vcard = super()._build_vcard()
        if not vcard:
            return vcard
        if self.name and not self.is_company:  # a company is filed under its name
            prefix, given, family, suffix = split_name(self.name)
            vcard.contents.get("n")[0].value = vobject.vcard.Name(
                family=family, given=given, prefix=prefix, suffix=suffix
            )
        for tel in vcard.contents.get("tel", []):
            tel.value = self._mtap_phone_e164(tel.value) or tel.value
        if "photo" in vcard.contents:  # Odoo's avatar, a placeholder if none
            del vcard.contents["photo"]
        photo, photo_type = self._mtap_vcard_photo()
        if photo:
            line = vcard.add("photo")
            line.value = photo
            line.encoding_param = "B"
            line.type_param = photo_type
        if self.mtap_is_contact:
            if self.category_id:
                vcard.add("categories").value = self.category_id.sorted().mapped("name")
            note = tools.html2plaintext(self.comment or "").strip()
            if note:
                vcard.add("note").value = note
        for name in _VCARD_OPTIONAL:
            lines = vcard.contents.get(name, [])
            if lines and all(_vcard_value_empty(line.value) for line in lines):
                del vcard.contents[name]
        return vcard

    def _mtap_vcard_photo(self):
        """``(bytes, type)`` of the partner's own picture for a phone book, at most
        256 px, type ``JPEG`` or ``PNG`` as the bytes are (PNG only to keep a
        transparent background); ``(None, None)`` without a picture. Read from
        ``image_256``, which the ORM resizes from ``image_1920``: empty when the
        partner has no picture, where ``avatar_*`` would give a generated SVG."""
        if not self.image_256:
            return None, None
        try:
            image = ImageProcess(base64.b64decode(self.image_256))
        except UserError:
            return None, None
        if not image.image:  # SVG or WebP, which Odoo does not convert
            return None, None
        transparent = "transparency" in image.image.info or (
            image.image.mode in ("RGBA", "LA")
            and image.image.getchannel("A").getextrema()[0] < 255
        )
        image.resize(max_width=_VCARD_PHOTO_SIZE, max_height=_VCARD_PHOTO_SIZE)
        photo = image.image_quality(
            quality=0 if transparent else 90,
            output_format="PNG" if transparent else "JPEG",
        )
        photo_type = {"image/jpeg": "JPEG", "image/png": "PNG"}.get(
            guess_mimetype(photo)
        )
        return (photo, photo_type) if photo_type else (None, None)

    @api.model
    def _get_vcard_file(self):
        """The vCard with its long lines (a photo) folded at 75 octets."""
        vcard = self._build_vcard()
        return fold_lines(vcard.serialize()).encode() if vcard else False

    def _mtap_export_vcf(self, partner_ids):
        """One .vcf (vCard 3.0, photos included) holding the partners of
        ``partner_ids``, in that order; raise ``AccessError`` when one of them
        cannot be read by the current user. Built a batch at a time, each batch's
        pictures dropped from the cache once written."""
        partners = self.browse(partner_ids).exists()
        partners.check_access("read")
        chunks = []
        for ids in split_every(_VCARD_BATCH, partners.ids):
            batch = self.browse(ids)
            chunks.extend(partner._get_vcard_file() or b"" for partner in batch)
            batch.invalidate_recordset(["image_256", "image_512", "avatar_512"])
        return b"".join(chunks)

    def action_mtap_export_vcf(self):
        """Download the selected contacts as one .vcf file, prepared on the server
        and downloaded by its id: the selection does not travel in the address, so
        it may hold any number of contacts."""
        return self.env["mtap.contact.export"]._mtap_export(self)._mtap_download()

    def _mtap_check_erase(self):
        """Only the owner of a Contact or an mTap manager may erase it."""
        self.check_access("write")
        if not self._mtap_is_manager() and any(
            p.mtap_owner_id != self.env.user for p in self
        ):
            raise AccessError(
                self.env._(
                    "Only the owner of a Contact or an mTap manager can erase it."
                )
            )

    def action_mtap_erase_person(self):
        """Erase these Contacts' people at once (GDPR art. 17), with the Leads
        they came from: see ``mtap.privacy._erase``. Only their owner or an mTap
        manager may. Back to the Contacts."""
        self._mtap_check_erase()
        self.env["mtap.privacy"]._erase(self.sudo().mtap_lead_ids, self, how="owner")
        return self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.res_partner_action_mtap_contacts"
        )

    def action_mtap_open_lean(self):
        """The Contact on the lean mTap form (what a networker reads on a phone);
        the full contact form is one tap away."""
        return self._mtap_open_form("mtap_hub.res_partner_view_form_mtap_lean")

    def action_mtap_open_full_form(self):
        """The Contact on Odoo's full contact form."""
        return self._mtap_open_form("base.view_partner_form")

    def _mtap_open_form(self, view_xmlid):
        self.ensure_one()
        view = self.env.ref(view_xmlid)
        return self._get_records_action(
            name=self.display_name, views=[(view.id, "form")], context={}
        )

    def action_mtap_view_leads(self):
        """Open the Leads converted into this Contact."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.crm_lead_action_mtap_inbox"
        )
        action["domain"] = [("mtap_contact_id", "=", self.id)]
        action["context"] = {"active_test": False}
        return action

    @api.model
    def _mtap_match_people(self, people, exclude=None):
        """Find the existing contact of each person in ``people``, a list of dicts
        with the keys ``email`` (normalised), ``phone`` (E.164), ``name``,
        ``company`` and ``owner`` (res.users).

        Rules, in order: same normalised e-mail, then same sanitised phone, then
        same name and company (both compared case-insensitively); a person with
        neither e-mail nor phone and no company is the contact of that name with
        no company. Only partners the current user can read and that are not
        another owner's mTap Contact are candidates; people come before
        companies. Return a list, in the order of ``people``, of ``(partner,
        rule)`` with rule ``email``, ``phone``, ``name_company`` or ``none`` (and
        an empty partner). Three queries at most, whatever the number of people;
        partners in ``exclude`` are never returned. ``_mtap_person_keys`` gives
        the same rules as keys, for people not saved yet.
        """
        excluded = [i for i in (exclude or self.browse()).ids if isinstance(i, int)]
        results = [(self.browse(), "none")] * len(people)

        def candidates(partners, person):
            owner = person.get("owner") or self.env["res.users"]
            return partners.filtered(
                lambda p: not p.mtap_is_contact or p.mtap_owner_id == owner
            )[:1]

        def match(rule, key, domain_for, group_key, accept=None):
            todo = [
                i
                for i, person in enumerate(people)
                if not results[i][0] and self._mtap_person_key(rule, person)
            ]
            if not todo:
                return
            domain = Domain(domain_for({people[i][key] for i in todo}))
            if excluded:
                domain &= Domain("id", "not in", excluded)
            partners = self.search(domain, order="is_company, id")
            grouped = {}
            for partner in partners:
                grouped.setdefault(group_key(partner), self.browse())
                grouped[group_key(partner)] |= partner
            for i in todo:
                found = grouped.get(self._mtap_fold(people[i][key]), self.browse())
                if accept:
                    found = found.filtered(lambda p, i=i: accept(p, people[i]))
                found = candidates(found, people[i])
                if found:
                    results[i] = (found, rule)

        def same_name(values):
            names = sorted({value.strip().lower() for value in values})
            # one hashed comparison per row, where an "=ilike" per name would scan
            # the table once per name
            return Domain.custom(
                to_sql=lambda model, alias, query: SQL(
                    "lower(btrim(%s)) = ANY(%s)",
                    model._field_to_sql(alias, "name", query),
                    names,
                )
            )

        match(
            "email",
            "email",
            lambda values: [("email_normalized", "in", list(values))],
            lambda p: p.email_normalized,
        )
        match(
            "phone",
            "phone",
            lambda values: [("phone_sanitized", "in", list(values))],
            lambda p: p.phone_sanitized,
        )
        match(
            "name_company",
            "name",
            same_name,
            lambda p: self._mtap_fold(p.name),
            accept=lambda p, person: (
                self._mtap_fold(p.commercial_company_name or "")
                == self._mtap_fold(person.get("company") or "")
            ),
        )
        return results

    @api.model
    def _mtap_person_key(self, rule, person):
        """The key by which ``rule`` (see ``_mtap_match_people``) finds
        ``person``, or False when it cannot."""
        if rule in ("email", "phone"):
            return person.get(rule) or False
        name = self._mtap_fold(person.get("name") or "")
        company = self._mtap_fold(person.get("company") or "")
        if name and (company or not (person.get("email") or person.get("phone"))):
            return (name, company)
        return False

    @api.model
    def _mtap_person_keys(self, person):
        """Every key by which ``_mtap_match_people``'s rules find ``person``:
        two people sharing one are the same person (a card met twice in a file)."""
        return [
            (rule, key)
            for rule in ("email", "phone", "name_company")
            if (key := self._mtap_person_key(rule, person))
        ]

    @api.model
    def _mtap_company_contacts(self, values_by_name):
        """Company contacts for the names in ``values_by_name`` (name -> values to
        create it with): the existing company with that name (case-insensitive),
        else a new one. Return a dict folded name -> res.partner; two queries."""
        wanted = {}
        for name, vals in values_by_name.items():
            if name and name.strip():
                wanted.setdefault(self._mtap_fold(name), (name.strip(), vals))
        if not wanted:
            return {}
        companies = {}
        domain = Domain("is_company", "=", True) & Domain.OR(
            Domain("name", "=ilike", _ilike_exact(name))
            for name, _vals in wanted.values()
        )
        for company in self.search(domain, order="id"):
            companies.setdefault(self._mtap_fold(company.name), company)
        missing = [key for key in wanted if key not in companies]
        created = self.with_context(tracking_disable=True).create(
            [
                {**wanted[key][1], "name": wanted[key][0], "is_company": True}
                for key in missing
            ]
        )
        companies.update(zip(missing, created, strict=True))
        return companies

    @api.model
    def _mtap_category_ids(self, names, create_missing=True):
        """Contact tags (``res.partner.category``) for ``names``, matched
        case-insensitively, created when missing (unless ``create_missing`` is
        False): a dict folded name -> category."""
        wanted = {}
        for name in names:
            if name and name.strip():
                wanted.setdefault(self._mtap_fold(name), name.strip())
        if not wanted:
            return {}
        Category = self.env["res.partner.category"]
        found = {}
        for category in Category.search(
            Domain.OR(
                Domain("name", "=ilike", _ilike_exact(n)) for n in wanted.values()
            ),
            order="id",
        ):
            found.setdefault(self._mtap_fold(category.name), category)
        missing = [key for key in wanted if key not in found]
        if not create_missing:
            return found
        found.update(
            zip(
                missing,
                Category.create([{"name": wanted[key]} for key in missing]),
                strict=True,
            )
        )
        return found

    # ------------------------------------------------------------
    # FOLLOW-UP CADENCE (see mtap.followup.mixin)
    # ------------------------------------------------------------

    _mtap_followup_kind = "contact"
    _mtap_followup_tag_field = "category_id"
    _mtap_followup_drip_tag_xmlid = "mtap_hub.res_partner_category_mtap_drip"

    def _mtap_followup_owner(self):
        return self.mtap_owner_id

    def _mtap_followup_person_name(self):
        return self.name

    def _mtap_followup_company_name(self):
        return self.parent_id.name or self.company_name or ""

    def _mtap_followup_answers(self):
        return self.mtap_answers or ""

    def _mtap_followup_on_reply(self):
        """The interval starts again from today; the open follow-up moves there."""
        rules = self.env["mtap.followup.rule"]._get_rules()
        today = fields.Date.context_today(self)
        for contact in self:
            contact.mtap_last_interaction = fields.Datetime.now()
            rule = contact._mtap_followup_rule(rules)
            if contact.mtap_followup_state != "active" or not rule:
                continue
            date = today + timedelta(days=rule.interval)
            contact.mtap_followup_date = date
            if contact.mtap_followup_activity_id:
                contact.mtap_followup_activity_id.sudo().date_deadline = date

    def _message_post_after_hook(self, message, msg_vals):
        result = super()._message_post_after_hook(message, msg_vals)
        self._mtap_followup_check_reply(message)
        return result

    @api.model
    def _mtap_fold(self, value):
        return (value or "").strip().casefold() if isinstance(value, str) else value
