"""One path from a card to a Contact, for every way a Contact is added.

A phone-book card, a scanned business card and a QR code are all read into the same
card dict (``tools.vcard.parse_card``); ``_mtap_card_values`` turns it into
*Contact values* (one country and state lookup, one e-mail and phone policy, what
has no field written in the note), the Add Contact form shows those values as they
will be saved, and ``_mtap_partner_values`` / ``_mtap_merge_values`` write them as a
new Contact or into an existing one. Duplicates are found with
``res.partner._mtap_match_people`` from ``_mtap_people``.

Contact values are a dict with the keys ``name``, ``company_name``, ``function``,
``email``, ``phone``, ``website``, the address fields of ``ADDRESS_FIELDS`` (ids
for the state and country), ``work_address`` (a work address), ``company_card``
(the card is the company's own: a new company gets its address), ``note`` (plain
text), ``category_ids``, ``image_1920`` (base64) and ``warnings`` (for the
import's preview).
"""

import base64

from markupsafe import Markup

from odoo import api, fields, models
from odoo.tools import email_normalize, email_split, html2plaintext, plaintext2html

from ..tools.country_names import country_codes, fold, own_script_codes
from ..tools.vcard import card_website, is_voice, main_address, readable_date
from ..tools.vcard_data import (
    IM_SERVICES,
    PROPERTY_KINDS,
    SILENT_TYPES,
    UNREADABLE,
    VENDOR_PREFIXES,
)

ADDRESS_FIELDS = ("street", "street2", "zip", "city", "state_id", "country_id")
# labels an address book gives to dates and people that have a label of ours
_LABEL_KINDS = {
    "anniversary": "anniversary",
    "birthday": "birthday",
    "spouse": "spouse",
    "assistant": "assistant",
    "manager": "manager",
}
_DATE_KINDS = ("birthday", "anniversary", "date")


class _Lookup:
    """What turning a batch of cards into Contact values looks up, each thing once:
    the countries by every name and code, the states of the countries met, the
    user's country and the note's labels."""

    def __init__(self, card_model):
        env = card_model.env
        self.env = env
        self.labels = card_model._mtap_note_labels()
        self.default_country = env.user.country_id or env.company.country_id
        countries = env["res.country"].search([])
        by_code = {country.code.upper(): country.id for country in countries}
        index = {}
        for lang in dict.fromkeys([env.lang or "en_US", "en_US"]):
            for country in countries.with_context(lang=lang):
                index.setdefault(fold(country.name), country.id)
        for code, country_id in by_code.items():
            index.setdefault(fold(code), country_id)
        languages = (env.lang or "en_US",) + tuple(
            code for code, _name in env["res.lang"].get_installed()
        )
        for key, code in country_codes(languages).items():
            if code in by_code:
                index.setdefault(key, by_code[code])
        self.countries = index
        self.by_code = by_code
        self.states = {}

    def country(self, text):
        """The id of the country ``text`` names, or False; a name in another
        script (Россия, 日本) is looked up when met."""
        if not text:
            return False
        key = fold(text)
        found = self.countries.get(key)
        if found is None and not text.isascii():
            code = own_script_codes().get(key)
            found = self.countries[key] = self.by_code.get(code, False)
        return found or False

    def state(self, text, country_id):
        """The id of the state of ``country_id`` that ``text`` names or codes."""
        if not text or not country_id:
            return False
        if country_id not in self.states:
            index = {}
            for state in self.env["res.country.state"].search(
                [("country_id", "=", country_id)]
            ):
                index.setdefault(fold(state.code), state.id)
                index.setdefault(fold(state.name), state.id)
                # some codes carry their country: DE-BY is "BY" on a card
                index.setdefault(fold(state.code.rpartition("-")[2]), state.id)
            self.states[country_id] = index
        return self.states[country_id].get(fold(text), False)


class MtapContactCard(models.AbstractModel):
    _name = "mtap.contact.card"
    _description = "mTap: a card turned into a Contact"

    # ------------------------------------------------------------
    # POLICIES
    # ------------------------------------------------------------

    @api.model
    def _mtap_email(self, value):
        """The e-mail address to save for ``value`` (as written, without a display
        name around it), or False when it is not one valid address (Odoo's own
        split finds ``@typo`` in ``pat@@typo``: a local part and a domain with a
        dot are required)."""
        emails = email_split(value or "")
        if len(emails) != 1 or value.count("@") != 1:
            return False
        local, _at, domain = emails[0].strip().rpartition("@")
        if not local or "." not in domain.strip("."):
            return False
        return emails[0].strip()

    @api.model
    def _mtap_phone(self, number, country=None):
        """``(international, e164)`` forms of ``number``, a national number being
        read in ``country`` (default: the user's country); ``(False, False)`` when
        it is not a valid number (``tools.phone.parse_phone``)."""
        return self._mtap_phone_read(number, country or self._mtap_default_country())

    @api.model
    def _mtap_default_country(self):
        """The country of national phone numbers and of states named without a
        country: the user's, else their company's."""
        return self.env.user.country_id or self.env.company.country_id

    @api.model
    def _mtap_note_labels(self):
        """The labels of the note's lines, in the user's language."""
        return {
            "email": self.env._("E-mail"),
            "phone": self.env._("Phone"),
            "fax": self.env._("Fax"),
            "pager": self.env._("Pager"),
            "address": self.env._("Address"),
            "website": self.env._("Website"),
            "name": self.env._("Name"),
            "company": self.env._("Company"),
            "department": self.env._("Department"),
            "title": self.env._("Job Title"),
            "birthday": self.env._("Birthday"),
            "anniversary": self.env._("Anniversary"),
            "date": self.env._("Date"),
            "nickname": self.env._("Nickname"),
            "role": self.env._("Role"),
            "im": self.env._("Instant Messaging"),
            "spouse": self.env._("Spouse"),
            "manager": self.env._("Manager"),
            "assistant": self.env._("Assistant"),
            "related": self.env._("Related Person"),
            "gender": self.env._("Gender"),
            "timezone": self.env._("Time Zone"),
            "location": self.env._("Location"),
            "language": self.env._("Language"),
            "freebusy": self.env._("Free/Busy Calendar"),
            "calendar": self.env._("Calendar"),
            "address_label": self.env._("Address Label"),
            "photo": self.env._("Photo"),
            "logo": self.env._("Logo"),
            "sound": self.env._("Sound"),
            "key": self.env._("Public Key"),
            "phonetic_first": self.env._("Phonetic First Name"),
            "phonetic_middle": self.env._("Phonetic Middle Name"),
            "phonetic_last": self.env._("Phonetic Last Name"),
            "maiden_name": self.env._("Maiden Name"),
            "social": self.env._("Social Profile"),
            "blog": self.env._("Blog"),
            "expertise": self.env._("Expertise"),
            "hobby": self.env._("Hobby"),
            "interest": self.env._("Interest"),
            "member": self.env._("Member"),
            "agent": self.env._("Agent"),
            "embedded": self.env._("embedded file, not kept"),
            "bad_email": self.env._("not a valid e-mail address"),
            "bad_phone": self.env._("not a valid phone number"),
            "unreadable": self.env._("Line not read"),
        }

    # ------------------------------------------------------------
    # CARD -> CONTACT VALUES
    # ------------------------------------------------------------

    @api.model
    def _mtap_lookup(self):
        """The countries, states and labels ``_mtap_card_values`` looks up, for a
        caller that turns many batches of cards into Contact values."""
        return _Lookup(self)

    @api.model
    def _mtap_card_values(self, cards, create_tags=False, lookup=None):
        """The Contact values (see the module) of each parsed card of ``cards``, in
        order. The card's tags are the existing contact tags of the same names;
        with ``create_tags``, missing ones are created. ``lookup``: see
        ``_mtap_lookup``."""
        lookup = lookup or _Lookup(self)
        Partner = self.env["res.partner"]
        tags = Partner._mtap_category_ids(
            [name for card in cards for name in card["categories"]],
            create_missing=create_tags,
        )
        return [self._mtap_one_card_values(card, lookup, tags) for card in cards]

    def _mtap_one_card_values(self, card, lookup, tags):
        labels = lookup.labels
        lines, warnings = [], list(card["warnings"])
        address, main, work, unread = self._mtap_card_address(card, lookup)
        for index, (raw, types) in enumerate(card["addresses"]):
            if index == main:
                if unread:
                    reason = self.env._(
                        "not recognised: %(texts)s", texts=", ".join(unread)
                    )
                    lines.append(self._mtap_line(labels["address"], types, raw, reason))
                    warnings.append(reason)
            else:
                lines.append(self._mtap_line(labels["address"], types, raw))
        # a national number is read in the card's country, else the user's
        phone_countries = [
            country
            for country in dict.fromkeys(
                [
                    self.env["res.country"].browse(address["country_id"]),
                    lookup.default_country,
                ]
            )
            if country
        ] or [lookup.default_country]
        email = False
        for value, types in card["emails"]:
            valid = self._mtap_email(value)
            if valid and not email:
                email = valid
                continue
            reason = False if valid else labels["bad_email"]
            lines.append(self._mtap_line(labels["email"], types, value, reason))
            if reason:
                warnings.append(f"{value}: {reason}")
        phone = phone_e164 = False
        # a form the user checks (the card scan) takes a number it cannot read
        # as printed, for the user to complete ("3569-6905": no area code)
        as_printed = self.env.context.get("mtap_phone_as_printed")
        for value, types in card["phones"]:
            for country in phone_countries:
                formatted, e164 = self._mtap_phone(value, country)
                if formatted:
                    break
            if (formatted or as_printed) and not phone and is_voice(types):
                phone, phone_e164 = formatted or value, e164 if formatted else False
                continue
            kind = next(
                (t for t in ("fax", "pager") if t in types),
                "phone",
            )
            reason = False if formatted else labels["bad_phone"]
            types = [t for t in types if t != kind]
            lines.append(
                self._mtap_line(labels[kind], types, formatted or value, reason)
            )
            if reason:
                warnings.append(f"{value}: {reason}")
        website = card_website(card)
        lines += [
            self._mtap_line(labels["website"], [], url)
            for url in card["urls"]
            if url != website
        ]
        if card["department"]:
            lines.append(self._mtap_line(labels["department"], [], card["department"]))
        if card["birthday"]:
            lines.append(
                self._mtap_line(labels["birthday"], [], readable_date(card["birthday"]))
            )
        lines += [self._mtap_extra_line(extra, labels) for extra in card["extra"]]
        warnings += [
            self.env._(
                "A line was not read (kept in the note): %(text)s",
                text=extra["value"][:80],
            )
            for extra in card["extra"]
            if extra["property"] == UNREADABLE
        ]
        categories = []
        for name in card["categories"]:
            category = tags.get(self.env["res.partner"]._mtap_fold(name))
            if category and category.id not in categories:
                categories.append(category.id)
        return {
            "name": card["name"][:256],
            "company_name": card["company"][:256] or False,
            "function": card["title"][:256] or False,
            "email": email,
            "phone": phone,
            "phone_e164": phone_e164,
            "website": website and website[:256],
            **address,
            "work_address": work,
            "company_card": bool(
                card["company"]
                and (
                    card.get("is_company")
                    or self.env["res.partner"]._mtap_fold(card["name"])
                    == self.env["res.partner"]._mtap_fold(card["company"])
                )
            ),
            "note": "\n".join(filter(None, [card["note"], "\n".join(lines)])) or False,
            "category_ids": categories,
            "image_1920": base64.b64encode(card["photo"]).decode()
            if card["photo"]
            else False,
            "warnings": warnings,
        }

    def _mtap_card_address(self, card, lookup):
        """``(address, index, work, unread)``: the Contact's address (field
        values), its index among the card's addresses (None: no address), whether
        it is a work address, and the card's texts of it that were not recognised
        (country, state)."""
        address = dict.fromkeys(ADDRESS_FIELDS, False)
        index = main_address(card["addresses"])
        if index is None:
            return address, None, False, []
        raw, types = card["addresses"][index]
        country_id = lookup.country(raw.get("country"))
        state_id = lookup.state(
            raw.get("state"), country_id or lookup.default_country.id
        )
        if state_id and not country_id:
            country_id = self.env["res.country.state"].browse(state_id).country_id.id
        address.update(
            {
                "street": raw.get("street") or False,
                "street2": raw.get("street2") or False,
                "zip": raw.get("zip") or False,
                "city": raw.get("city") or False,
                "state_id": state_id,
                "country_id": country_id,
            }
        )
        unread = [
            text
            for text, found in (
                (raw.get("country"), country_id),
                (raw.get("state"), state_id),
            )
            if text and not found
        ]
        return address, index, "work" in types, unread

    @api.model
    def _mtap_line(self, label, types, value, reason=False):
        """One line of the note: ``Label (types): value (reason)``; an address is
        written on one line."""
        if isinstance(value, dict):
            value = ", ".join(
                part
                for part in (
                    value.get("street"),
                    value.get("street2"),
                    " ".join(filter(None, [value.get("zip"), value.get("city")])),
                    value.get("state"),
                    value.get("country"),
                )
                if part
            )
        shown = [t for t in dict.fromkeys(types) if t not in SILENT_TYPES]
        line = f"{label} ({', '.join(shown)})" if shown else label
        line = f"{line}: {value}"
        return f"{line} ({reason})" if reason else line

    @api.model
    def _mtap_extra_line(self, extra, labels):
        """The note's line of a property without a Contact field."""
        prop, own_label = extra["property"], (extra["label"] or "").strip()
        # the address book's own label is among the types too: shown once
        types = [t for t in extra["types"] if t.casefold() != own_label.casefold()]
        kind = _LABEL_KINDS.get(own_label.casefold()) or PROPERTY_KINDS.get(prop)
        if kind == "im":
            service = extra["service"] or IM_SERVICES.get(prop)
            types = [service, *types] if service else types
        if not kind:
            label = own_label or self._mtap_property_label(prop)
        else:
            label = labels[kind]
            if own_label and own_label.casefold() not in _LABEL_KINDS:
                types.append(own_label)
        value = extra["value"]
        if value is None:
            value = labels["embedded"]
        elif kind in _DATE_KINDS:
            value = readable_date(value)
        return self._mtap_line(label, types, value)

    @api.model
    def _mtap_property_label(self, prop):
        """A readable label for a property nobody told us about: ``X-MS-FOO-BAR``
        gives ``Foo bar``."""
        name = prop
        for prefix in VENDOR_PREFIXES:
            if name.startswith(prefix) and len(name) > len(prefix):
                name = name[len(prefix) :]
                break
        name = name.replace("-", " ").replace("_", " ").strip().lower()
        return name[:1].upper() + name[1:]

    @api.model
    def _mtap_lead_values(self, leads):
        """The Contact values of each of ``leads`` (converting a Lead): the same
        values as a card or a typed entry give for the same person. The Lead's
        tags become the contact tags of the same names (created when missing);
        its message becomes the note. A Lead's address is the person's: it never
        goes onto their company."""
        Partner = self.env["res.partner"]
        categories = Partner._mtap_category_ids(leads.tag_ids.mapped("name"))
        result = []
        for lead in leads:
            country = lead.country_id or self._mtap_default_country()
            phone = phone_e164 = False
            if lead.phone:
                phone, phone_e164 = self._mtap_phone(lead.phone, country)
                phone = phone or lead.phone
            note = html2plaintext(lead.description or "").strip()
            answers = (lead.mtap_answers_text or "").strip()
            if answers:
                # the answers to the card's questions stay readable in the note
                note = "\n".join(filter(None, [note, answers]))
            result.append(
                {
                    "name": (
                        lead.contact_name
                        or lead.partner_name
                        or lead.email_from
                        or lead.name
                    ).strip(),
                    "company_name": (lead.partner_name or "").strip() or False,
                    "function": lead.function or False,
                    "email": self._mtap_email(lead.email_from) or False,
                    "phone": phone,
                    "phone_e164": phone_e164,
                    "website": lead.website or False,
                    "street": lead.street or False,
                    "street2": lead.street2 or False,
                    "zip": lead.zip or False,
                    "city": lead.city or False,
                    "state_id": lead.state_id.id,
                    "country_id": lead.country_id.id,
                    "work_address": False,
                    "note": note or False,
                    "mtap_answers": answers or False,
                    "category_ids": [
                        categories[Partner._mtap_fold(tag.name)].id
                        for tag in lead.tag_ids
                    ],
                    "image_1920": False,
                    "warnings": [],
                }
            )
        return result

    # ------------------------------------------------------------
    # DUPLICATES
    # ------------------------------------------------------------

    @api.model
    def _mtap_people(self, values_list, owner):
        """The people of ``res.partner._mtap_match_people`` for Contact values (or
        any dict with ``email``, ``phone``, ``name`` and ``company_name``)."""
        people = []
        for values in values_list:
            phone = values.get("phone_e164")
            if not phone and values.get("phone"):
                phone = self._mtap_phone(values["phone"])[1]
            people.append(
                {
                    "email": email_normalize(values["email"])
                    if values.get("email")
                    else False,
                    "phone": phone or False,
                    "name": values.get("name") or False,
                    "company": values.get("company_name") or False,
                    "owner": owner,
                }
            )
        return people

    # ------------------------------------------------------------
    # CONTACT VALUES -> CONTACTS
    # ------------------------------------------------------------

    @api.model
    def _mtap_address(self, source):
        """The address fields of a partner or of Contact values, comparable."""
        if isinstance(source, models.BaseModel):
            return {
                name: source[name].id
                if isinstance(source[name], models.BaseModel)
                else source[name] or False
                for name in ADDRESS_FIELDS
            }
        return {name: source.get(name) or False for name in ADDRESS_FIELDS}

    @api.model
    def _mtap_person_type(self, address, company_address):
        """The ``type`` of a person with ``address`` under a company with
        ``company_address`` (None: no company). Odoo copies a company's address
        onto its ``contact`` children, and a child's address onto a company without
        one: a person keeps their own address as an *other* address, which Odoo
        does not sync."""
        if company_address is None or not any(address.values()):
            return "contact"
        return "contact" if address == company_address else "other"

    @api.model
    def _mtap_company_evidence(self, values_list, evidence=None):
        """What the Contact values of ``values_list`` say about the addresses of
        their companies, added to ``evidence`` (JSON-able): folded company name
        -> ``{"own": the address of the company's own card or None, "work":
        [[a work address of one of its people, how many give it], ...], "bare":
        how many of its people give no address}``. A caller that turns a file
        into Contacts in batches gathers it over the whole file first (see
        ``_mtap_company_addresses``)."""
        evidence = {} if evidence is None else evidence
        Partner = self.env["res.partner"]
        for values in values_list:
            name = (values.get("company_name") or "").strip()
            if not name:
                continue
            entry = evidence.setdefault(
                Partner._mtap_fold(name), {"own": None, "work": [], "bare": 0}
            )
            address = {k: v for k, v in self._mtap_address(values).items() if v}
            if not address:
                entry["bare"] += not values.get("company_card")
                continue
            if values.get("company_card"):
                entry["own"] = entry["own"] or address
            elif values.get("work_address"):
                for pair in entry["work"]:
                    if pair[0] == address:
                        pair[1] += 1
                        break
                else:
                    entry["work"].append([address, 1])
        return evidence

    @api.model
    def _mtap_company_addresses(self, evidence):
        """The address each company of ``evidence`` (see
        ``_mtap_company_evidence``) is created with: its own card's, else its
        people's work address when they agree: all give the same one and none
        gives no address at all (a home address does not count: it stays on its
        person). Otherwise none: Odoo would show one employee's address on every
        colleague without one of their own, so each person keeps theirs."""
        result = {}
        for key, entry in evidence.items():
            work = entry["work"]
            if entry["own"]:
                result[key] = entry["own"]
            elif len(work) == 1 and not entry["bare"]:
                result[key] = work[0][0]
        return result

    @api.model
    def _mtap_companies(self, values_list, company_addresses=None):
        """The company contacts named by ``values_list`` (folded name ->
        res.partner), found by name or created with the address of
        ``company_addresses`` (folded name -> address; default: what
        ``values_list`` itself says, see ``_mtap_company_addresses``): a home
        address never goes onto a company."""
        Partner = self.env["res.partner"]
        if company_addresses is None:
            company_addresses = self._mtap_company_addresses(
                self._mtap_company_evidence(values_list)
            )
        wanted = {}
        for values in values_list:
            name = (values.get("company_name") or "").strip()
            if name:
                key = Partner._mtap_fold(name)
                wanted.setdefault(key, (name, company_addresses.get(key) or {}))
        return Partner._mtap_company_contacts(dict(wanted.values()))

    @api.model
    def _mtap_partner_values(self, values_list, owner, source, company_addresses=None):
        """``res.partner.create`` values of new Contacts from ``values_list``,
        owned by ``owner`` with the source ``source``; their companies are found
        or created on the way (``company_addresses``: see ``_mtap_companies``)."""
        companies = self._mtap_companies(values_list, company_addresses)
        company_addresses = {
            company.id: self._mtap_address(company) for company in companies.values()
        }
        result = []
        for values in values_list:
            company = companies.get(
                self.env["res.partner"]._mtap_fold(values.get("company_name"))
            )
            address = self._mtap_address(values)
            result.append(
                {
                    "name": values["name"],
                    "email": values.get("email") or False,
                    "phone": values.get("phone") or False,
                    "function": values.get("function") or False,
                    "website": values.get("website") or False,
                    **address,
                    "parent_id": company.id if company else False,
                    "type": self._mtap_person_type(
                        address, company_addresses[company.id] if company else None
                    ),
                    "comment": plaintext2html(values["note"])
                    if values.get("note")
                    else False,
                    "category_id": [fields.Command.set(values.get("category_ids", []))],
                    "image_1920": values.get("image_1920") or False,
                    "mtap_is_contact": True,
                    "mtap_source": source,
                    "mtap_owner_id": owner.id,
                    "mtap_answers": values.get("mtap_answers") or False,
                }
            )
        return result

    @api.model
    def _mtap_merge_values(self, partner, values, owner, source):
        """``write`` values merging Contact ``values`` into the existing
        ``partner``: empty fields are filled, an address is taken whole or not at
        all (never one address's street with another's city), and what differs
        from the Contact is appended to its note, as are the card's note lines it
        does not hold yet."""
        labels = self._mtap_note_labels()
        Partner = self.env["res.partner"]
        updates, lines = {}, []
        for name, label in (
            ("email", "email"),
            ("phone", "phone"),
            ("function", "title"),
            ("website", "website"),
        ):
            new = values.get(name)
            if not new:
                continue
            if not partner[name]:
                updates[name] = new
            elif not self._mtap_same(name, partner[name], new):
                lines.append(f"{labels[label]}: {new}")
        if Partner._mtap_fold(values.get("name")) != Partner._mtap_fold(partner.name):
            lines.append(f"{labels['name']}: {values['name']}")
        updates.update(self._mtap_merge_place(partner, values, lines, labels))
        note = self._mtap_note_addition(
            partner.comment, [*(values.get("note") or "").splitlines(), *lines]
        )
        if note:
            updates["comment"] = note
        answers = values.get("mtap_answers")
        if answers and answers not in (partner.mtap_answers or ""):
            updates["mtap_answers"] = "\n".join(
                filter(None, [partner.mtap_answers, answers])
            )
        if values.get("image_1920") and not partner.image_1920:
            updates["image_1920"] = values["image_1920"]
        if values.get("category_ids"):
            updates["category_id"] = [
                fields.Command.link(i) for i in values["category_ids"]
            ]
        if not partner.mtap_is_contact:
            updates.update(
                mtap_is_contact=True, mtap_source=source, mtap_owner_id=owner.id
            )
        return updates

    @api.model
    def _mtap_merge_place(self, partner, values, lines, labels):
        """The company and address part of ``_mtap_merge_values``: a company when
        ``partner`` has none, the card's address when it has none, and the
        ``type`` that keeps the person's address their own; what differs goes to
        ``lines``."""
        Partner = self.env["res.partner"]
        updates = {}
        company = partner.parent_id
        if values.get("company_name"):
            if not company and not partner.is_company:
                company = self._mtap_companies([values]).get(
                    Partner._mtap_fold(values["company_name"])
                )
                updates["parent_id"] = company.id
            elif Partner._mtap_fold(
                partner.commercial_company_name
            ) != Partner._mtap_fold(values["company_name"]):
                lines.append(f"{labels['company']}: {values['company_name']}")
        address = self._mtap_address(values)
        current = self._mtap_address(partner)
        if any(address.values()):
            if not any(current.values()):
                updates.update(address)
                current = address
            elif address != current:
                lines.append(
                    self._mtap_line(labels["address"], [], self._mtap_texts(address))
                )
        if company and partner.type == "contact":
            person_type = self._mtap_person_type(current, self._mtap_address(company))
            if person_type != partner.type:
                updates["type"] = person_type
        return updates

    @api.model
    def _mtap_same(self, name, old, new):
        if name == "email":
            return email_normalize(old) == email_normalize(new)
        if name == "phone":
            return self._mtap_phone(old)[1] == self._mtap_phone(new)[1] or old == new
        return old.strip().casefold() == new.strip().casefold()

    @api.model
    def _mtap_texts(self, address):
        """An address of field values as texts, for the note."""
        return {
            "street": address["street"],
            "street2": address["street2"],
            "zip": address["zip"],
            "city": address["city"],
            "state": self.env["res.country.state"].browse(address["state_id"]).name
            if address["state_id"]
            else False,
            "country": self.env["res.country"].browse(address["country_id"]).name
            if address["country_id"]
            else False,
        }

    @api.model
    def _mtap_note_addition(self, comment, lines):
        """``comment`` (HTML) with the ``lines`` it does not hold yet appended, or
        None when it holds them all."""
        existing = html2plaintext(comment or "")
        new = [line for line in lines if line.strip() and line.strip() not in existing]
        if not new:
            return None
        return (comment or Markup()) + plaintext2html("\n".join(new))
