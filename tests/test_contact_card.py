"""Issue 16: one path from a card to a Contact (phone-book import, card scan, QR code),
and nothing a card holds is lost (cases 43-46)."""

import base64
import io

import qrcode
from PIL import Image

from odoo.tests import Form, TransactionCase, tagged
from odoo.tools import html2plaintext

from odoo.addons.mtap_hub.tools.country_names import country_codes, fold
from odoo.addons.mtap_hub.tools.vcard import main_address, parse_card

from .common import PERSON_FIELDS, MtapCommon
from .test_contact_import import PIXEL

PIXEL_B64 = base64.b64encode(PIXEL).decode()


def vcf(*cards):
    """A .vcf file of ``cards``, each a list of property lines, as phones write it
    (CRLF line ends)."""
    return "".join(
        "\r\n".join(["BEGIN:VCARD", *card, "END:VCARD", ""]) for card in cards
    ).encode()


class TestCardParser(TransactionCase):
    """``tools.vcard.parse_card`` on what real address books write."""

    def test_type_lists_in_every_form(self):
        card = parse_card(
            vcf(
                [
                    "VERSION:3.0",
                    "FN:Types",
                    "TEL;TYPE=work,fax:+32 2 000 00 01",
                    "TEL;TYPE=work;TYPE=fax:+32 2 000 00 02",
                    'TEL;TYPE="work,fax":+32 2 000 00 03',
                    "TEL;WORK;FAX:+32 2 000 00 04",
                    "tel;type=PAGER:+32 2 000 00 05",
                    "TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+32-470-00-00-06",
                    "TEL;TYPE=HOME:+32 2 000 00 07",
                ]
            ).decode()
        )
        # a fax or pager comes after every number one can call
        self.assertEqual(
            card["phones"],
            [
                ("+32-470-00-00-06", ["cell", "pref"]),
                ("+32 2 000 00 07", ["home"]),
                ("+32 2 000 00 01", ["work", "fax"]),
                ("+32 2 000 00 02", ["work", "fax"]),
                ("+32 2 000 00 03", ["work", "fax"]),
                ("+32 2 000 00 04", ["work", "fax"]),
                ("+32 2 000 00 05", ["pager"]),
            ],
        )

    def test_bare_21_parameters(self):
        """Case 44: ``BASE64``, ``QUOTED-PRINTABLE`` and ``QP`` without a name."""
        card = parse_card(
            "\r\n".join(
                [
                    "BEGIN:VCARD",
                    "VERSION:2.1",
                    "N;CHARSET=UTF-8;QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen",
                    "FN;CHARSET=UTF-8;QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller",
                    "NOTE;QP:caf=C3=A9 =",
                    " cr=C3=A8me",
                    "PHOTO;JPEG;BASE64:",
                    "  " + PIXEL_B64[:40],
                    "  " + PIXEL_B64[40:],
                    "",
                    "END:VCARD",
                ]
            )
        )
        self.assertEqual(card["name"], "Jürgen Müller")
        self.assertEqual(card["note"], "café crème")
        self.assertEqual(card["photo"], PIXEL)

    def test_main_address(self):
        street_only = ({"street": "1 First Street"}, ["home"])
        complete = (
            {"street": "2 Main St", "city": "Gent", "zip": "9000", "country": "BE"},
            ["home"],
        )
        work = (dict(complete[0], street="3 Work St"), ["work"])
        preferred = (dict(complete[0], street="4 Pref St"), ["home", "pref"])
        self.assertIsNone(main_address([]))
        self.assertEqual(main_address([street_only, complete]), 1)
        self.assertEqual(main_address([street_only, complete, work]), 2)
        self.assertEqual(main_address([work, preferred]), 1)
        self.assertEqual(main_address([complete, complete]), 0)


class TestCountryNames(TransactionCase):
    """``tools.country_names``: what people write for a country."""

    def test_names_codes_and_aliases(self):
        codes = country_codes(("fr_BE",))
        for text, code in (
            ("USA", "US"),
            ("U.S.A.", "US"),
            ("United States of America", "US"),
            ("united states", "US"),
            ("UK", "GB"),
            ("Great Britain", "GB"),
            ("Deutschland", "DE"),
            ("Allemagne", "DE"),
            ("DEU", "DE"),
            ("Belgique", "BE"),
            ("België", "BE"),
            ("Côte d’Ivoire", "CI"),
            ("The Netherlands", "NL"),
        ):
            self.assertEqual(codes.get(fold(text)), code, text)
        self.assertNotIn(fold("Narnia"), codes)


@tagged("post_install", "-at_install")
class TestContactCard(MtapCommon):
    def _import(self, data, duplicate_action="skip", user=None):
        job = (
            self.env["mtap.contact.import"]
            .with_user(user or self.user_a)
            .create({"file": base64.b64encode(data), "name": "cards.vcf"})
        )
        job.action_preview()
        job.duplicate_action = duplicate_action
        job.action_import()
        return job

    def _created(self, job):
        return job.line_ids.filtered(lambda l: l.result == "created").partner_id

    def _by_name(self, job):
        return {partner.name: partner for partner in self._created(job)}

    def _note(self, partner):
        return html2plaintext(partner.comment or "")

    def _address(self, partner):
        return (
            partner.street,
            partner.street2,
            partner.zip,
            partner.city,
            partner.state_id.code,
            partner.country_id.code,
        )

    # ------------------------------------------------------------------
    # addresses (case 43)
    # ------------------------------------------------------------------

    def test_people_of_one_company_keep_their_own_addresses(self):
        """Case 43: Odoo's address sync from the company never overwrites a
        person's address, and a home address never goes onto the company."""
        initech = self.env["res.partner"].create(
            {
                "name": "Initech",
                "is_company": True,
                "street": "1 Initech Way",
                "city": "Austin",
                "country_id": self.env.ref("base.us").id,
            }
        )
        job = self._import(
            vcf(
                [
                    "VERSION:3.0",
                    "FN:Alice Home",
                    "ORG:Globex",
                    "EMAIL:alice@globex.example",
                    "ADR;TYPE=HOME:;;12 Rue Privée;Ixelles;;1050;Belgium",
                ],
                [
                    "VERSION:3.0",
                    "FN:Bob Office",
                    "ORG:Globex",
                    "EMAIL:bob@globex.example",
                    "ADR;TYPE=WORK:;Floor 3;100 Avenue Louise;Brussels;;1000;Belgium",
                ],
                [
                    "VERSION:3.0",
                    "FN:Carol Antwerp",
                    "ORG:GLOBEX",
                    "EMAIL:carol@globex.example",
                    "ADR;TYPE=WORK:;;5 Meir;Antwerpen;;2000;Belgium",
                ],
                [
                    "VERSION:3.0",
                    "FN:Dan Nowhere",
                    "ORG:Globex",
                    "EMAIL:dan@globex.example",
                ],
                [
                    "VERSION:3.0",
                    "FN:Erin Initech",
                    "ORG:Initech",
                    "EMAIL:erin@initech.example",
                    "ADR;TYPE=HOME:;;7 Elm St;Dallas;TX;75201;USA",
                ],
            )
        )
        people = self._by_name(job)
        alice, bob = people["Alice Home"], people["Bob Office"]
        carol, dan, erin = (
            people["Carol Antwerp"],
            people["Dan Nowhere"],
            people["Erin Initech"],
        )
        globex = bob.parent_id
        self.assertEqual((alice | carol | dan).parent_id, globex)
        # two offices and a colleague without an address: the company takes
        # none of them (issue 28), never a home one
        self.assertEqual(self._address(globex), (False,) * 6)
        self.assertEqual(
            self._address(bob),
            ("100 Avenue Louise", "Floor 3", "1000", "Brussels", False, "BE"),
        )
        self.assertEqual(bob.type, "other")
        # the others keep the address of their card
        self.assertEqual(
            self._address(alice),
            ("12 Rue Privée", False, "1050", "Ixelles", False, "BE"),
        )
        self.assertEqual(
            self._address(carol), ("5 Meir", False, "2000", "Antwerpen", False, "BE")
        )
        self.assertEqual((alice.type, carol.type), ("other", "other"))
        # a person without an address is not given a colleague's
        self.assertEqual((dan.type, self._address(dan)), ("contact", (False,) * 6))
        # an existing company is not changed by a card
        self.assertEqual(erin.parent_id, initech)
        self.assertEqual(
            self._address(erin), ("7 Elm St", False, "75201", "Dallas", "TX", "US")
        )
        self.assertEqual(
            self._address(initech),
            ("1 Initech Way", False, False, "Austin", False, "US"),
        )
        # and later changes of the company's address do not overwrite theirs
        globex.write({"street": "200 Avenue Louise"})
        self.assertEqual(alice.street, "12 Rue Privée")
        self.assertEqual(carol.street, "5 Meir")
        self.assertEqual(bob.street, "100 Avenue Louise")
        self.assertEqual(dan.street, "200 Avenue Louise")

    def test_home_and_work_addresses(self):
        job = self._import(
            vcf(
                [
                    "VERSION:2.1",
                    "FN:Frank Two Homes",
                    "ORG:Umbrella",
                    "EMAIL:frank@umbrella.example",
                    # the first address is only a street, the second is complete
                    "ADR;HOME:;;1 First Street;;;;",
                    "ADR;WORK:;;9 Main Street;Springfield;IL;62701;USA",
                    "ADR;POSTAL:;;PO Box 12;Springfield;;62705;USA",
                ],
                [
                    "VERSION:3.0",
                    "FN:Grace Home",
                    "ORG:Umbrella",
                    "EMAIL:grace@umbrella.example",
                    "ADR;TYPE=HOME,PREF:;;3 Oak Road;London;Greater London;SW1A 1AA;UK",
                    "ADR;TYPE=WORK:;;Umbrella House;London;;EC1A 1BB;UK",
                ],
            )
        )
        people = self._by_name(job)
        frank, grace = people["Frank Two Homes"], people["Grace Home"]
        # the most complete address is the main one; a work one goes to the company
        self.assertEqual(
            self._address(frank),
            ("9 Main Street", False, "62701", "Springfield", "IL", "US"),
        )
        self.assertEqual(self._address(frank.parent_id), self._address(frank))
        self.assertIn("Address (home): 1 First Street", self._note(frank))
        self.assertIn("Address: PO Box 12, 62705 Springfield, USA", self._note(frank))
        # Grace's preferred home address is hers, and only hers
        self.assertEqual(
            self._address(grace),
            ("3 Oak Road", False, "SW1A 1AA", "London", False, "GB"),
        )
        self.assertEqual(grace.type, "other")
        self.assertNotEqual(grace.parent_id.street, "3 Oak Road")
        self.assertIn(
            "Address (work): Umbrella House, EC1A 1BB London, UK", self._note(grace)
        )
        # a region that is no state of the country is kept, and said so
        self.assertIn("(not recognised: Greater London)", self._note(grace))
        line = job.line_ids.filtered(lambda l: l.partner_id == grace)
        self.assertIn("Greater London", line.message)

    def test_countries_written_every_way(self):
        countries = {
            "USA": "US",
            "U.S.A.": "US",
            "United States of America": "US",
            "Deutschland": "DE",
            "UK": "GB",
            "DEU": "DE",
            "Belgique": "BE",
            "united kingdom": "GB",
        }
        cards = [
            [
                "VERSION:3.0",
                f"FN:Person {index}",
                f"EMAIL:person{index}@countries.example",
                f"ADR;TYPE=HOME:;;{index} Some Street;Some City;;1000;{name}",
            ]
            for index, name in enumerate(countries)
        ]
        cards.append(
            [
                "VERSION:3.0",
                "FN:Nadia Narnia",
                "EMAIL:nadia@narnia.example",
                "ADR;TYPE=HOME:;;Lamp Post 1;Cair Paravel;Bayern;;Narnia",
            ]
        )
        job = self._import(vcf(*cards))
        people = self._by_name(job)
        for index, (name, code) in enumerate(countries.items()):
            with self.subTest(country=name):
                self.assertEqual(people[f"Person {index}"].country_id.code, code)
        nadia = people["Nadia Narnia"]
        self.assertFalse(nadia.country_id)
        self.assertIn(
            "Lamp Post 1, Cair Paravel, Bayern, Narnia (not recognised: Narnia, "
            "Bayern)",
            self._note(nadia),
        )

    def test_state_by_name_or_code(self):
        job = self._import(
            vcf(
                [
                    "VERSION:3.0",
                    "FN:Hans Bayern",
                    "ADR;TYPE=WORK:;;Marienplatz 1;München;BY;80331;Deutschland",
                ],
                [
                    "VERSION:3.0",
                    "FN:Nina York",
                    "ADR;TYPE=WORK:;;1 Broadway;New York;new york;10004;",
                ],
            )
        )
        people = self._by_name(job)
        self.assertEqual(
            people["Hans Bayern"].state_id, self.env.ref("base.state_de_by")
        )
        # a state without a country is looked up in the user's country, else kept
        self.assertFalse(people["Nina York"].state_id)
        self.assertIn("not recognised: new york", self._note(people["Nina York"]))

    # ------------------------------------------------------------------
    # re-import (case 46)
    # ------------------------------------------------------------------

    def test_reimport_in_skip_mode_creates_nothing(self):
        """Case 46: the same file imported twice, skipping duplicates."""
        data = vcf(
            ["VERSION:3.0", "FN:Ivy Mail", "EMAIL:ivy@mail.example"],
            # a number with no valid E.164 form, no e-mail: name and company
            ["VERSION:3.0", "FN:Jack Badphone", "ORG:Hooli", "TEL:555-0199"],
            # a name and nothing else
            ["VERSION:3.0", "FN:Kim Alone"],
            ["VERSION:2.1", "N:Lone;Leo", "TEL;CELL:12"],
            # a national number, read in the user's country (Belgium)
            ["VERSION:3.0", "FN:Mia Mobile", "TEL;TYPE=CELL:0470 12 34 56"],
            ["VERSION:4.0", "FN:Ned Org", "ORG:Pied Piper", "TITLE:CEO"],
        )
        first = self._import(data)
        self.assertEqual(first.created_count, 6)
        mia = self.env["res.partner"].search([("name", "=", "Mia Mobile")])
        self.assertEqual(mia.phone, "+32 470 12 34 56")
        count = self.env["res.partner"].search_count([])
        again = self._import(data)
        self.assertEqual(again.duplicate_count, 6)
        self.assertEqual(
            (again.created_count, again.skipped_count, again.failed_count), (0, 6, 0)
        )
        self.assertEqual(self.env["res.partner"].search_count([]), count)
        jack = self.env["res.partner"].search([("name", "=", "Jack Badphone")])
        self.assertEqual(
            again.line_ids.filtered(lambda l: l.name == "Jack Badphone").partner_id,
            jack,
        )
        # the number is not lost
        self.assertIn("Phone: 555-0199 (not a valid phone number)", self._note(jack))

    def test_name_and_company_rule_in_the_add_form(self):
        grace = self.env["res.partner"].create(
            {
                "name": "Grace Hopper",
                "parent_id": self.env["res.partner"]
                .create({"name": "Navy", "is_company": True})
                .id,
            }
        )
        form = Form(self.env["mtap.contact.add"].with_user(self.user_a))
        form.name = "grace hopper"
        self.assertFalse(form.duplicate_id, "a name alone is not her: no company")
        form.company_name = "NAVY "
        self.assertEqual(form.duplicate_id, grace)
        form.company_name = "Army"
        self.assertFalse(form.duplicate_id)

    # ------------------------------------------------------------------
    # vCard 2.1 (case 44) and phones
    # ------------------------------------------------------------------

    def test_vcard_21_bare_parameters(self):
        """Case 44, through the import: a photo and an accented name."""
        data = vcf(
            [
                "VERSION:2.1",
                "N;CHARSET=UTF-8;QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen",
                "FN;CHARSET=UTF-8;QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller",
                "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:B=C3=A4ckerei",
                "TEL;WORK;FAX:+49 30 1234567",
                "TEL;HOME:+49 151 23456789",
                "PHOTO;JPEG;BASE64:",
                "  " + PIXEL_B64[:40],
                "  " + PIXEL_B64[40:],
                "",
            ],
            [
                "VERSION:2.1",
                "FN:Otto Photo",
                "PHOTO;BASE64:",
                "  " + PIXEL_B64,
                "",
            ],
        )
        job = self._import(data)
        people = self._by_name(job)
        jurgen = people["Jürgen Müller"]
        self.assertEqual(jurgen.parent_id.name, "Bäckerei")
        self.assertTrue(jurgen.image_1920)
        self.assertTrue(people["Otto Photo"].image_1920)
        # a fax listed first is never the main phone, and the preview showed the
        # number as saved
        self.assertEqual(jurgen.phone, "+49 1512 3456789")
        self.assertIn("Fax (work): +49 30 1234567", self._note(jurgen))
        line = job.line_ids.filtered(lambda l: l.partner_id == jurgen)
        self.assertEqual(line.phone, jurgen.phone)
        self.assertFalse(line.message)

    def test_invalid_email_and_phone_are_kept_with_a_reason(self):
        job = self._import(
            vcf(
                [
                    "VERSION:3.0",
                    "FN:Pat Typo",
                    "EMAIL;TYPE=WORK:pat@@typo",
                    "EMAIL;TYPE=HOME:pat@home.example",
                    "TEL;TYPE=CELL:12",
                ]
            )
        )
        pat = self._created(job)
        self.assertEqual(pat.email, "pat@home.example")
        self.assertFalse(pat.phone)
        self.assertIn(
            "E-mail (work): pat@@typo (not a valid e-mail address)", self._note(pat)
        )
        self.assertIn("Phone (cell): 12 (not a valid phone number)", self._note(pat))
        self.assertIn("pat@@typo", job.line_ids.message)
        self.assertEqual(job.line_ids.email, "pat@home.example")

    # ------------------------------------------------------------------
    # nothing lost (case 45)
    # ------------------------------------------------------------------

    def test_properties_without_a_field_are_kept_in_the_note(self):
        """Case 45: nickname, role, anniversary, IM handles, spouse, X- properties,
        other links, all readable in the note."""
        job = self._import(
            vcf(
                [
                    "VERSION:3.0",
                    "PRODID:-//Apple Inc.//iOS 17//EN",
                    "UID:1234-5678",
                    "REV:2024-01-01T00:00:00Z",
                    "N:Quinn;Rosa;;;",
                    "FN:Rosa Quinn",
                    "NICKNAME:Ro",
                    "ROLE:Keynote speaker",
                    "ORG:Initrode;Research",
                    "TITLE:Chief Scientist",
                    "EMAIL;TYPE=WORK:rosa@initrode.example",
                    "URL;TYPE=WORK:https://initrode.example",
                    "URL;TYPE=HOME:https://rosa.example/blog",
                    "BDAY:19800322",
                    "ANNIVERSARY:20100612",
                    "X-MS-ANNIVERSARY:20100612",
                    "IMPP;X-SERVICE-TYPE=Skype:skype:rosa.quinn",
                    "X-AIM;TYPE=HOME:rosaq",
                    "X-MS-SPOUSE:Sam Quinn",
                    "item1.X-ABRELATEDNAMES:Tom Quinn",
                    "item1.X-ABLabel:_$!<Brother>!$_",
                    "item2.X-ABDATE:2015-05-05",
                    "item2.X-ABLabel:_$!<Anniversary>!$_",
                    "X-FAVOURITE-COLOUR:Teal",
                    "GEO:geo:50.85,4.35",
                    "NOTE:Met at the summit.",
                ]
            )
        )
        rosa = self._created(job)
        self.assertEqual(rosa.website, "https://initrode.example")
        self.assertEqual(rosa.function, "Chief Scientist")
        note = self._note(rosa)
        for line in (
            "Met at the summit.",
            "Website: https://rosa.example/blog",
            "Department: Research",
            "Birthday: 1980-03-22",
            "Nickname: Ro",
            "Role: Keynote speaker",
            "Anniversary: 2010-06-12",
            "Instant Messaging (Skype): skype:rosa.quinn",
            "Instant Messaging (AIM, home): rosaq",
            "Spouse: Sam Quinn",
            "Related Person (Brother): Tom Quinn",
            "Anniversary: 2015-05-05",
            "Favourite colour: Teal",
            "Location: geo:50.85,4.35",
        ):
            self.assertIn(line, note)
        # what is about the file, not the person, stays out
        for text in ("1234-5678", "Apple", "2024-01-01"):
            self.assertNotIn(text, note)

    # ------------------------------------------------------------------
    # update mode
    # ------------------------------------------------------------------

    def test_update_fills_empty_fields_and_appends_to_the_note(self):
        existing = (
            self.env["res.partner"]
            .with_user(self.user_a)
            .create(
                {
                    "name": "Sara Update",
                    "email": "sara@update.example",
                    "street": "1 Old Street",
                    "city": "Gent",
                    "country_id": self.env.ref("base.be").id,
                    "comment": "<p>Met at Expo</p>",
                    "mtap_is_contact": True,
                }
            )
        )
        bare = (
            self.env["res.partner"]
            .with_user(self.user_a)
            .create(
                {
                    "name": "Tom Bare",
                    "email": "tom@update.example",
                    "mtap_is_contact": True,
                }
            )
        )
        data = vcf(
            [
                "VERSION:3.0",
                "FN:Sara Update",
                "EMAIL:SARA@update.example",
                "TITLE:Buyer",
                "TEL;TYPE=CELL:+32 470 11 11 11",
                "ADR;TYPE=HOME:;Flat 2;9 New Street;Leuven;;3000;Belgium",
                "NOTE:Likes tea.",
            ],
            [
                "VERSION:3.0",
                "FN:Tom Bare",
                "EMAIL:tom@update.example",
                "ADR;TYPE=HOME:;Flat 5;5 Tom Street;Namur;;5000;Belgium",
            ],
        )
        job = self._import(data, duplicate_action="update")
        self.assertEqual(job.updated_count, 2)
        self.assertRecordValues(
            existing,
            [
                {
                    "email": "sara@update.example",
                    "function": "Buyer",
                    "phone": "+32 470 11 11 11",
                    # the address is the contact's, whole: never mixed with the card's
                    "street": "1 Old Street",
                    "street2": False,
                    "city": "Gent",
                    "zip": False,
                }
            ],
        )
        self.assertIn("Met at Expo", self._note(existing))
        self.assertIn("Likes tea.", self._note(existing))
        self.assertIn(
            "Address: 9 New Street, Flat 2, 3000 Leuven, Belgium", self._note(existing)
        )
        # a contact without an address gets the card's, whole
        self.assertEqual(
            self._address(bare),
            ("5 Tom Street", "Flat 5", "5000", "Namur", False, "BE"),
        )
        # updating again adds nothing twice
        comment = existing.comment
        self._import(data, duplicate_action="update")
        self.assertEqual(existing.comment, comment)

    # ------------------------------------------------------------------
    # one path: import, scan and QR give the same Contact
    # ------------------------------------------------------------------

    def test_same_card_through_import_scan_and_qr(self):
        tag = self.env["res.partner.category"].create({"name": "Partners"})
        card = "\r\n".join(
            [
                "BEGIN:VCARD",
                "VERSION:3.0",
                "N:Varga;Vera;;;",
                "FN:Vera Varga",
                "ORG:Vargatech;Sales",
                "TITLE:Sales Director",
                "EMAIL;TYPE=WORK:vera@vargatech.example",
                "TEL;TYPE=WORK,FAX:02 555 12 12",
                "TEL;TYPE=CELL:0470 55 44 33",
                "ADR;TYPE=WORK:;Floor 2;10 Rue Haute;Bruxelles;;1000;Belgique",
                "URL:https://vargatech.example",
                "URL:https://vera.example",
                "NICKNAME:V",
                "CATEGORIES:partners",
                "NOTE:Met at the fair.",
                f"PHOTO;ENCODING=b;TYPE=PNG:{PIXEL_B64}",
                "END:VCARD",
                "",
            ]
        )
        fields = [
            *(f for f in PERSON_FIELDS if f != "comment"),
            "parent_id",
            "comment",
            "category_id",
            "image_1920",
        ]
        imported = self._created(self._import(card.encode()))
        self.assertEqual(imported.country_id.code, "BE")
        self.assertEqual(imported.phone, "+32 470 55 44 33")
        self.assertIn("Fax (work): +32 2 555 12 12", self._note(imported))
        self.assertEqual(imported.category_id, tag)
        expected = imported.read(fields)[0]
        del expected["id"]

        form = Form(
            self.env["mtap.contact.add"]
            .with_user(self.user_a)
            .with_context(default_source="qr_profile")
        )
        form.qr_code = card
        self.assertEqual(form.duplicate_id, imported)
        from_qr = self.env["res.partner"].browse(form.save().action_save()["res_id"])

        code = qrcode.QRCode(border=4, box_size=8)
        code.add_data(card)
        code.make(fit=True)
        buffer = io.BytesIO()
        image = code.make_image(fill_color="black", back_color="white").convert("RGB")
        page = Image.new("RGB", (image.width + 400, image.height + 200), "white")
        page.paste(image, (200, 100))
        page.save(buffer, "PNG")
        form = Form(
            self.env["mtap.contact.add"]
            .with_user(self.user_a)
            .with_context(default_source="card_scan")
        )
        form.scan_image = base64.b64encode(buffer.getvalue())
        scanned = self.env["res.partner"].browse(form.save().action_save()["res_id"])

        for contact, source in ((from_qr, "qr_profile"), (scanned, "card_scan")):
            with self.subTest(source=source):
                values = contact.read(fields)[0]
                del values["id"]
                self.assertEqual(values, expected)
                self.assertEqual(contact.mtap_source, source)
