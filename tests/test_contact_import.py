import base64
import tracemalloc
from pathlib import Path
from unittest.mock import patch

from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools import html2plaintext

from odoo.addons.mtap_hub.models import mtap_contact_import

from .common import MtapCommon

DATA = Path(__file__).parent / "data" / "vcards"
# a 1x1 PNG
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


@tagged("post_install", "-at_install")
class TestContactImport(MtapCommon):
    def _import(self, data, user=None, duplicate_action="skip", run=True):
        job = (
            self.env["mtap.contact.import"]
            .with_user(user or self.user_a)
            .create({"file": base64.b64encode(data), "name": "contacts.vcf"})
        )
        job.action_preview()
        job.duplicate_action = duplicate_action
        if run:
            job.action_import()
        return job

    def _contacts(self, job):
        return job.line_ids.filtered(lambda l: l.result == "created").partner_id

    def _file(self, name):
        return (DATA / name).read_bytes()

    # ------------------------------------------------------------------
    # real exports
    # ------------------------------------------------------------------

    def test_android_vcard_21_quoted_printable(self):
        job = self._import(self._file("John_Doe_ANDROID.vcf"))
        self.assertEqual(job.state, "done")
        self.assertEqual(
            (job.card_count, job.created_count, job.failed_count), (6, 6, 0)
        )
        contacts = self._contacts(job)
        by_name = {c.name: c for c in contacts}
        self.assertIn("john.doe@company.com", by_name)
        self.assertEqual(by_name["john.doe@company.com"].email, "john.doe@company.com")
        self.assertEqual(
            by_name["john.doe@company.com"].category_id.mapped("name"), ["My Contacts"]
        )
        # QUOTED-PRINTABLE UTF-8, with soft line breaks
        self.assertIn("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", by_name)
        long_one = by_name["Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"]
        # no number of the card is a valid one: none is the phone, all are kept
        self.assertFalse(long_one.phone)
        self.assertIn(
            "Phone (cell): 123456 (not a valid phone number)", long_one.comment
        )
        self.assertIn("ÑÑ Ñ", long_one.comment)
        bob = by_name["Ñ Ñ Ñ Ñ"]
        self.assertEqual(bob.email, "bob@company.com")
        self.assertEqual(bob.parent_id.name, "ÑÑÑÑÑÑÑÑÑÑÑÑ")
        # its PHOTO is cut short in the file: imported without, and said so
        self.assertFalse(bob.image_1920)
        line = job.line_ids.filtered(lambda l: l.partner_id == bob)
        self.assertIn("photo", line.message)
        self.assertTrue(all(c.mtap_source == "phonebook" for c in contacts))
        self.assertTrue(all(c.mtap_owner_id == self.user_a for c in contacts))

    def test_iphone_vcard_30_item_groups_and_photo(self):
        job = self._import(self._file("John_Doe_IPHONE.vcf"))
        contact = self._contacts(job)
        self.assertEqual(len(contact), 1)
        self.assertEqual(contact.name, "Mr. John Richter James Doe Sr.")
        self.assertEqual(contact.email, "john.doe@ibm.com")
        # a national number, read in the country of the card's address
        self.assertEqual(contact.phone, "+1 905-555-1234")
        self.assertEqual(contact.function, "Money Counter")
        self.assertEqual(contact.parent_id.name, "IBM")
        self.assertEqual(contact.website, "http://www.ibm.com")
        self.assertEqual(contact.city, "New York")
        self.assertTrue(contact.image_1920)
        # the other numbers, with their Apple labels, are kept in the notes
        self.assertIn("905-222-1234", contact.comment)
        self.assertIn("assistantphone", contact.comment)
        self.assertIn("Accounting", contact.comment)

    def test_outlook_gmail_evolution_fullcontact_rfc(self):
        expected = {
            "John_Doe_MS_OUTLOOK.vcf": (
                "Mr. John Richter James Doe Sr.",
                "john.doe@ibm.cm",
                "IBM",
                "Money Counter",
                True,
            ),
            "John_Doe_GMAIL.vcf": (
                "Mr. John Richter, James Doe Sr.",
                "john.doe@ibm.com",
                "IBM",
                "Money Counter",
                False,
            ),
            "John_Doe_EVOLUTION.vcf": (
                "Mr. John Richter, James Doe Sr.",
                "john.doe@ibm.com",
                "IBM",
                "Money Counter",
                False,
            ),
            "fullcontact.vcf": (
                "Prefix FirstName MiddleName LastName Suffix",
                "home@example.com",
                "Organization1",
                "Title1",
                False,
            ),
            "outlook-2007.vcf": (
                "Mr. Michael Angstadt Jr.",
                "mike.angstadt@gmail.com",
                "TheCompany",
                "TheJobTitle",
                True,
            ),
            "rfc6350-example.vcf": (
                "Simon Perreault",
                "simon.perreault@viagenie.ca",
                "Viagenie",
                False,
                False,
            ),
        }
        for name, (full_name, email, company, title, photo) in expected.items():
            with self.subTest(file=name):
                # each file on its own: the same John Doe is in several of them
                job = self._import(self._file(name), duplicate_action="create")
                contact = self._contacts(job)
                self.assertEqual(len(contact), 1)
                self.assertEqual(contact.name, full_name)
                self.assertEqual(contact.email, email)
                self.assertEqual(contact.parent_id.name, company)
                self.assertEqual(contact.function, title)
                self.assertEqual(bool(contact.image_1920), photo)
        fullcontact = self.env["res.partner"].search(
            [("email", "=", "home@example.com")]
        )
        self.assertEqual(fullcontact.category_id.mapped("name"), ["Tag"])
        self.assertIn("Notes line 1", fullcontact.comment)
        self.assertIn("work@example.com", fullcontact.comment)
        evolution = self.env["res.partner"].search(
            [("email", "=", "john.doe@ibm.com"), ("category_id.name", "=", "VIP")]
        )
        self.assertEqual(len(evolution), 1)

    def test_gmail_list_several_cards(self):
        job = self._import(self._file("gmail-list.vcf"))
        self.assertEqual(
            sorted(self._contacts(job).mapped("email")),
            ["asmithk@gmail.com", "chrisy55d@yahoo.com", "dwhite@gmail.com"],
        )

    # ------------------------------------------------------------------
    # bad files (cases 26-28)
    # ------------------------------------------------------------------

    def test_malformed_cards_fail_alone(self):
        data = (
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No End\r\nEMAIL:noend@x.example\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nEMAIL:good@x.example\r\n"
            b"NOTE:folded\r\n  across lines\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
            b"N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=ZZ=C3=A9t=C3=A9;Bad QP\r\n"
            b"TEL:0470 12 34 56\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nthis line has no colon\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n"
        )
        partners_before = self.env["res.partner"].search_count([])
        job = self._import(data)
        statuses = job.line_ids.mapped(lambda l: (l.number, l.status, l.result))
        self.assertEqual(
            statuses,
            [
                (1, "error", "failed"),
                (2, "new", "created"),
                (3, "new", "created"),
                (4, "error", "failed"),
                (5, "error", "failed"),
                (6, "error", "failed"),
            ],
        )
        self.assertIn("END:VCARD", job.line_ids[0].message)
        good = job.line_ids[1].partner_id
        self.assertEqual(good.name, "Good One")
        self.assertIn("folded across lines", good.comment)
        self.assertEqual(job.line_ids[2].partner_id.name, "Bad QP =ZZété")
        # only the two good cards became contacts, nothing half-written
        self.assertEqual(self.env["res.partner"].search_count([]), partners_before + 2)
        self.assertEqual((job.created_count, job.failed_count), (2, 4))

    def test_bom_and_utf16(self):
        card = (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ünïcode\r\n"
            "EMAIL:zoe@x.example\r\nEND:VCARD\r\n"
        )
        for encoded in (
            b"\xef\xbb\xbf" + card.encode(),
            card.encode("utf-16"),
            card.encode("utf-16-le"),
            card.encode("cp1252"),
        ):
            with self.subTest(encoded=encoded[:4]):
                job = self._import(encoded, duplicate_action="create")
                self.assertEqual(self._contacts(job).name, "Zoë Ünïcode")

    def test_not_a_vcard_and_oversized_file(self):
        with self.assertRaises(UserError):
            self._import(b"%PDF-1.4 not a phone book")
        with (
            patch.object(mtap_contact_import, "MAX_FILE_BYTES", 100),
            self.assertRaises(UserError),
        ):
            self._import(self._file("gmail-list.vcf"))

    def test_oversized_photo_is_dropped_not_the_card(self):
        big = base64.b64encode(b"\xff" * 2_800_000).decode()  # over the photo limit
        data = (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nEMAIL:big@x.example\r\n"
            f"PHOTO;ENCODING=b;TYPE=JPEG:{big}\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Small Photo\r\n"
            f"PHOTO:data:image/png;base64,{base64.b64encode(PIXEL).decode()}\r\n"
            "END:VCARD\r\n"
        ).encode()
        job = self._import(data)
        big_line, small_line = job.line_ids
        self.assertEqual(big_line.result, "created")
        self.assertFalse(big_line.partner_id.image_1920)
        self.assertIn("too large", big_line.message)
        self.assertTrue(small_line.partner_id.image_1920)

    def test_broken_photo_fails_only_its_card(self):
        data = (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fake Photo\r\n"
            f"PHOTO;ENCODING=b:{base64.b64encode(b'not an image').decode()}\r\n"
            "END:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fine\r\nEND:VCARD\r\n"
        ).encode()
        job = self._import(data)
        self.assertEqual(job.line_ids.mapped("result"), ["failed", "created"])
        self.assertFalse(self.env["res.partner"].search([("name", "=", "Fake Photo")]))

    def test_properties_cannot_touch_other_users_or_companies(self):
        contact_b = (
            self.env["res.partner"]
            .with_user(self.user_b)
            .create(
                {"name": "B's", "email": "b-friend@x.example", "mtap_is_contact": True}
            )
        )
        data = (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Planted\r\nEMAIL:b-friend@x.example\r\n"
            f"X-OWNER:{self.user_b.id}\r\nX-ODOO-OWNER-ID:{self.user_b.id}\r\n"
            "X-COMPANY-ID:2\r\nUID:__export__.res_partner_1\r\n"
            f"X-ODOO-ID:{contact_b.id}\r\nEND:VCARD\r\n"
        ).encode()
        job = self._import(data, duplicate_action="update")
        created = self._contacts(job)
        self.assertEqual(created.name, "Planted")
        self.assertEqual(created.mtap_owner_id, self.user_a)
        self.assertFalse(created.company_id)
        self.assertEqual(contact_b.name, "B's")
        self.assertEqual(contact_b.mtap_owner_id, self.user_b)

    # ------------------------------------------------------------------
    # duplicates and round trip
    # ------------------------------------------------------------------

    def test_duplicates_skip_update_create(self):
        existing = self.env["res.partner"].create(
            {"name": "Arnold S.", "email": "asmithk@gmail.com"}
        )
        data = self._file("gmail-list.vcf")
        preview = self._import(data, run=False)
        self.assertEqual(preview.line_ids[0].status, "duplicate")
        self.assertEqual(preview.line_ids[0].partner_id, existing)
        self.assertEqual((preview.new_count, preview.duplicate_count), (2, 1))
        preview.action_import()
        self.assertEqual((preview.created_count, preview.skipped_count), (2, 1))
        self.assertEqual(existing.name, "Arnold S.")
        again = self._import(data, duplicate_action="update")
        self.assertEqual((again.created_count, again.updated_count), (0, 3))
        # an update fills empty fields: the name the contact has stays, the card's
        # is in the note
        self.assertEqual(existing.name, "Arnold S.")
        self.assertIn("Name: Arnold Smith", existing.comment)
        self.assertTrue(existing.mtap_is_contact)
        third = self._import(data, duplicate_action="create")
        self.assertEqual(third.created_count, 3)

    def test_duplicate_inside_the_file(self):
        card = (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Twin\r\n"
            "EMAIL:twin@x.example\r\nEND:VCARD\r\n"
        )
        job = self._import((card * 2).encode())
        self.assertEqual(job.line_ids.mapped("status"), ["new", "duplicate"])
        self.assertEqual(job.line_ids.mapped("result"), ["created", "skipped"])

    def test_export_then_import_gives_the_same_contacts(self):
        vip = self.env["res.partner.category"].create({"name": "VIP"})
        Partner = self.env["res.partner"].with_user(self.user_a)
        contacts = Partner.create(
            [
                {
                    "name": "Ada Lovelace",
                    "email": "ada@analytical.example",
                    "phone": "+442079460958",
                    "function": "Engineer",
                    "category_id": [(6, 0, vip.ids)],
                    "comment": "<p>Met at Expo</p>",
                    "image_1920": base64.b64encode(PIXEL),
                    "mtap_is_contact": True,
                },
                {"name": "Bo Phone", "phone": "+32470112233", "mtap_is_contact": True},
            ]
        )
        data = Partner._mtap_export_vcf(contacts.ids)
        self.assertEqual(data.count(b"BEGIN:VCARD"), 2)
        self.assertIn(b"VERSION:3.0", data)
        self.assertIn(b"PHOTO", data)
        count = self.env["res.partner"].search_count([])
        job = self._import(data)
        self.assertEqual(job.duplicate_count, 2)
        self.assertEqual(self.env["res.partner"].search_count([]), count)
        # into an empty book, the same contacts come back
        contacts.sudo().unlink()
        job = self._import(data)
        ada = self.env["res.partner"].search([("email", "=", "ada@analytical.example")])
        self.assertEqual(ada.name, "Ada Lovelace")
        self.assertEqual(ada.phone, "+44 20 7946 0958")
        self.assertEqual(ada.function, "Engineer")
        self.assertEqual(ada.category_id, vip)
        self.assertIn("Met at Expo", ada.comment)
        self.assertTrue(ada.image_1920)
        self.assertEqual(job.created_count, 2)

    # ------------------------------------------------------------------
    # big files (case 27)
    # ------------------------------------------------------------------

    def _big_import_peak(self, count, first):
        """Import ``count`` generated cards through the cron; return the job
        and the peak of Python memory while it ran."""
        data = "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\n"
            f"EMAIL:person{i}@big.example\r\nCATEGORIES:Big\r\nEND:VCARD\r\n"
            for i in range(first, first + count)
        ).encode()
        job = self._import(data, run=False)
        self.assertEqual(job.new_count, count)
        job.action_import()
        # too many for the request: queued for the cron, nothing imported yet
        self.assertEqual(job.state, "queued")
        self.assertEqual(job.created_count, 0)
        self.env.invalidate_all()
        tracemalloc.start()
        self.env["mtap.contact.import"]._cron_process()
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        self.assertEqual(job.state, "done")
        self.assertEqual(job.created_count, count)
        self.assertEqual(job.progress, 100)
        summary = job.message_ids.filtered(
            lambda m: f"{count} created" in (m.body or "")
        )
        self.assertTrue(summary)
        return job, peak

    def test_big_files_in_batches_with_bounded_memory(self):
        """Four times the cards, not four times the memory: one batch of cards
        in memory at a time (the 100,000-card run is ``bench.sh import``)."""
        _job, small = self._big_import_peak(700, 0)
        _job, big = self._big_import_peak(2800, 10**5)
        self.assertLess(big, 2 * small, f"peak {big} for 2800 cards, {small} for 700")


@tagged("post_install", "-at_install")
class TestContactImportWorld(MtapCommon):
    """Issue 28: phone books from the whole world, every card of every real file
    arrives, in its own script (cases 47-50)."""

    _import = TestContactImport._import
    _contacts = TestContactImport._contacts
    _file = TestContactImport._file

    def _one(self, job):
        contact = self._contacts(job)
        self.assertEqual(len(contact), 1, job.line_ids.mapped("message"))
        return contact

    def _note(self, partner):
        return html2plaintext(partner.comment or "")

    def _set_country(self, user, code):
        user.partner_id.sudo().country_id = self.env.ref(f"base.{code}")

    # ------------------------------------------------------------------
    # encodings (case 47)
    # ------------------------------------------------------------------

    def test_shift_jis_raw_and_quoted_printable_in_one_card(self):
        job = self._import(self._file("docomo-shift_jis.vcf"))
        self.assertEqual(job.encoding, "cp932")
        ando = self._one(job)
        # the raw value (was "ˆÀ“¡ ƒ�ƒCƒh") and the QP ones, all in Shift_JIS
        self.assertEqual(ando.name, "安藤 メイド")
        self.assertEqual(ando.street, "千代田区丸の内1-1")
        self.assertEqual(ando.city, "東京都")
        self.assertIn("展示会で名刺交換", self._note(ando))
        self.assertIn("ｱﾝﾄﾞｳ", self._note(ando))
        self.assertEqual(ando.email, "maid.ando@docomo.ne.jp")
        # the country in its own script, and the number read there
        self.assertEqual(ando.country_id.code, "JP")
        self.assertEqual(ando.phone, "+81 90-1234-5678")

    def test_fold_inside_a_utf8_letter(self):
        job = self._import(self._file("owncloud-fold-utf8.vcf"))
        self.assertFalse(job.encoding)  # UTF-8, once unfolded
        person = self._one(job)
        self.assertEqual(person.name, "Αλέξανδρος Παπαδόπουλος-Βασιλόπουλος")
        self.assertIn(
            "Встретились на выставке в Москве; хочет демонстрацию продукта в январе.",
            self._note(person),
        )
        self.assertNotIn("\ufffd", self._note(person))

    def test_legacy_encodings_and_charset_names(self):
        cards = {
            "koi8_r": "Иван Петров",
            "cp1251": "Ольга Смирнова",
            "cp1250": "Łukasz Żółć",
            "cp1253": "Αλέξανδρος Νικολάου",
            "cp1252": "François Lefèvre",
        }
        for codec, name in cards.items():
            with self.subTest(codec=codec):
                # a file in one legacy encoding, no CHARSET anywhere
                data = (
                    f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:{name}\r\n"
                    f"NOTE:{name} — {name}\r\nEND:VCARD\r\n"
                ).encode(codec, errors="replace")
                job = self._import(data, duplicate_action="create")
                self.assertEqual(self._one(job).name, name)
        # a CHARSET names the encoding of its own value, raw or QP, by any alias
        data = (
            b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
            b"FN;CHARSET=WINDOWS-1251:" + "Иван".encode("cp1251") + b"\r\n"
            b"ORG;CHARSET=ISO-8859-2;ENCODING=QUOTED-PRINTABLE:=A3=F3d=BC\r\n"
            b"TITLE;CHARSET=KOI8-R:" + "Директор".encode("koi8_r") + b"\r\n"
            b"NOTE;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:"
            + "".join(f"={b:02X}" for b in "北京".encode("gb2312")).encode()
            + b"\r\nX-CITY;CHARSET=BIG5:"
            + "台北".encode("big5")
            + b"\r\nX-ALIAS;CHARSET=ISO-2022-JP:"
            + "東京".encode("iso2022_jp")
            + b"\r\nEND:VCARD\r\n"
        )
        person = self._one(self._import(data))
        self.assertEqual(
            (person.name, person.parent_id.name, person.function),
            ("Иван", "Łódź", "Директор"),
        )
        note = self._note(person)
        for text in ("北京", "台北", "東京"):
            self.assertIn(text, note)

    # ------------------------------------------------------------------
    # lines a parser cannot read (case 48)
    # ------------------------------------------------------------------

    def test_backslash_continuation_android(self):
        job = self._import(self._file("android-backslash.vcf"))
        lena = self._one(job)
        self.assertEqual(
            (lena.street, lena.street2, lena.zip, lena.city, lena.country_id.code),
            ("Hauptstraße 12", "Hinterhaus", "10115", "Berlin", "DE"),
        )
        self.assertEqual(lena.email, "lena.berger@example.de")
        self.assertEqual(lena.phone, "+49 170 1234567")
        self.assertEqual(job.warning_count, 0)

    def test_quoted_printable_continued_without_soft_break(self):
        job = self._import(self._file("sonyericsson-qp-next-line.vcf"))
        sergey = self._one(job)
        self.assertEqual(sergey.name, "Сергей Иванов")
        self.assertEqual(sergey.email, "s.ivanov@example.ru")

    def test_bare_label_lines_and_a_stray_line(self):
        job = self._import(self._file("mac-latin1-label.vcf"))
        self.assertEqual(job.encoding, "cp1252")
        juergen = self._one(job)
        self.assertEqual(juergen.name, "Jürgen Müller")
        self.assertEqual(juergen.parent_id.name, "Bäckerei Müller")
        note = self._note(juergen)
        self.assertIn(
            "Bäckerei Müller, Hohe Straße 5, 50667 Köln", note.replace("\n", ", ")
        )
        self.assertIn("Brötchen für die Messe bestellen", note)
        # the line that continues nothing is kept, and the preview says so
        self.assertIn("Line not read: ohne Doppelpunkt: ?", note)
        line = job.line_ids
        self.assertTrue(line.has_warnings)
        self.assertIn("ohne Doppelpunkt", line.message)
        self.assertEqual((job.warning_count, job.error_count), (1, 0))

    def test_qp_soft_break_keeps_its_space_and_no_stray_carriage_return(self):
        claire = self._one(self._import(self._file("outlook-qp-soft-breaks.vcf")))
        self.assertEqual(claire.street, "12 rue de la Paix")
        self.assertEqual(claire.street2, "Bâtiment B")
        self.assertIn("Would like to come to the fair in March", self._note(claire))
        self.assertFalse(any("\r" in (claire[f] or "") for f in ("street", "street2")))

    def test_windows_address_book_export(self):
        maxl = self._one(self._import(self._file("wab-outlook-express-v2_1.vcf")))
        self.assertEqual(maxl.parent_id.name, "Firma")
        self.assertEqual(maxl.street, "Firmenstraße")
        note = self._note(maxl)
        self.assertIn("Führungsetage", note)
        self.assertIn("ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ üüüüüü ßßßßßß", note)

    def test_5000_cards_with_1_percent_malformed_lines(self):
        shapes = [
            "ADR;HOME:;;Long Street 1\\\r\nBack House;Springfield;;12345;USA",
            "N;ENCODING=QUOTED-PRINTABLE:\r\nDoe=20{i};Jane;;;",
            "LABEL;TYPE=HOME:Long Street 1\r\nSpringfield 12345",
            "this line means nothing {i}",
        ]
        cards = []
        for i in range(5000):
            extra = shapes[i // 100 % 4].format(i=i) + "\r\n" if i % 100 == 7 else ""
            cards.append(
                f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Person {i}\r\n{extra}"
                f"EMAIL:person{i}@world.example\r\nEND:VCARD\r\n"
            )
        job = self._import("".join(cards).encode(), run=False)
        self.assertEqual(
            (job.card_count, job.new_count, job.error_count), (5000, 5000, 0)
        )
        # only the line that continues nothing is a warning: 12 cards of the 50
        self.assertEqual(job.warning_count, 12)
        job.action_import()
        self.env["mtap.contact.import"]._cron_process()
        self.assertEqual(
            (job.state, job.created_count, job.failed_count), ("done", 5000, 0)
        )
        lines = self.env["mtap.contact.import.line"].search(
            [("import_id", "=", job.id), ("has_warnings", "=", True)]
        )
        self.assertEqual(len(lines), 12)
        self.assertTrue(all("this line means nothing" in l.message for l in lines))
        self.assertIn("this line means nothing 307", self._note(lines[0].partner_id))
        # the continued values arrived whole
        springfield = self.env["res.partner"].search(
            [("email", "=", "person7@world.example")]
        )
        self.assertEqual(
            (springfield.street, springfield.street2, springfield.city),
            ("Long Street 1", "Back House", "Springfield"),
        )
        self.assertEqual(
            self.env["res.partner"]
            .search([("email", "=", "person107@world.example")])
            .name,
            "Person 107",
        )

    # ------------------------------------------------------------------
    # national numbers (case 49)
    # ------------------------------------------------------------------

    def test_national_numbers_in_the_card_or_user_country(self):
        self._set_country(self.user_a, "de")
        job = self._import(
            self._file("national-numbers.vcf"), duplicate_action="create"
        )
        people = {p.name: p for p in self._contacts(job)}
        # a Russian address: the domestic 8 is Russia's
        self.assertEqual(people["Ольга Смирнова"].phone, "+7 495 675-12-01")
        # no address, a German user: no German number, kept as written, never +84
        pavel = people["Pavel Sokolov"]
        self.assertFalse(pavel.phone)
        self.assertIn("84956751201 (not a valid phone number)", self._note(pavel))
        self.assertNotIn("+84", self._note(pavel))
        # a German user: 49 is their own country's code
        self.assertEqual(people["Klaus Weber"].phone, "+49 631 234341")
        # a French user: not a French number, kept as written, not made German
        self._set_country(self.user_b, "fr")
        job = self._import(
            self._file("national-numbers.vcf"),
            user=self.user_b,
            duplicate_action="create",
        )
        klaus = self._contacts(job).filtered(lambda p: p.name == "Klaus Weber")
        self.assertFalse(klaus.phone)
        self.assertIn("49 631 234 341 (not a valid phone number)", self._note(klaus))
        self.assertIn("49 631 234 341", job.line_ids[2].message)
        self.assertTrue(job.line_ids[2].has_warnings)

    # ------------------------------------------------------------------
    # company addresses (case 50)
    # ------------------------------------------------------------------

    def test_company_address_only_from_its_own_card_or_when_people_agree(self):
        job = self._import(self._file("company-colleagues.vcf"))
        people = {p.name: p for p in self._contacts(job)}
        anna, ben, chloe, dev = (
            people[n]
            for n in ("Anna Hughes", "Ben Okafor", "Chloé Martin", "Dev Patel")
        )
        sap = anna.parent_id
        self.assertEqual((ben | chloe | dev).parent_id, sap)
        # one employee's office is not SAP's, nor her colleagues'
        self.assertFalse(sap.street or sap.city)
        self.assertEqual(
            (anna.street, anna.city), ("Clockhouse Place, Bedfont Road", "Feltham")
        )
        self.assertFalse(ben.street or ben.city or chloe.street or chloe.city)
        self.assertEqual(dev.city, "Edinburgh")
        # two colleagues at the same office: the company's
        erik, fatima = people["Erik Lund"], people["Fatima Haddad"]
        self.assertEqual(erik.parent_id.city, "Walldorf")
        self.assertEqual((erik.city, fatima.city), ("Walldorf", "Walldorf"))
        # two offices: each keeps theirs, the company has none
        greta, hugo = people["Greta Schulz"], people["Hugo Roux"]
        self.assertFalse(greta.parent_id.city)
        self.assertEqual((greta.city, hugo.city), ("Paris", "Lyon"))
        # the company's own card gives it its address, and its people without one
        ivan = people["Ivan Petrov"]
        self.assertEqual(ivan.parent_id.street, "742 Evergreen Terrace")
        self.assertEqual(ivan.city, "Springfield")
        # later changes of a company's address reach only those at its address
        sap.write({"street": "Hasso-Plattner-Ring 7", "city": "Walldorf"})
        self.assertEqual(anna.city, "Feltham")
        self.assertEqual(dev.city, "Edinburgh")

    def test_company_rule_holds_across_batches(self):
        # the agreeing and the differing colleague are in different batches
        cards = [
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Early {i}\r\nORG:Umbrella\r\n"
            f"EMAIL:early{i}@umbrella.example\r\n"
            "ADR;TYPE=WORK:;;1 Hive Road;Raccoon City;;10001;USA\r\nEND:VCARD\r\n"
            for i in range(600)
        ]
        cards.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Late Bare\r\nORG:Umbrella\r\n"
            "EMAIL:late@umbrella.example\r\nEND:VCARD\r\n"
        )
        job = self._import("".join(cards).encode(), run=False)
        job.action_import()
        self.env["mtap.contact.import"]._cron_process()
        late = self.env["res.partner"].search([("email", "=", "late@umbrella.example")])
        self.assertFalse(late.parent_id.city)
        self.assertFalse(late.city)

    # ------------------------------------------------------------------
    # the preview (what each card will do, the cards with warnings)
    # ------------------------------------------------------------------

    def test_preview_stays_in_place_and_import_closes_onto_the_contacts(self):
        existing = self.env["res.partner"].create(
            {"name": "Jürgen M.", "email": "juergen@baeckerei-mueller.example"}
        )
        data = self._file("mac-latin1-label.vcf") + self._file("android-backslash.vcf")
        job = (
            self.env["mtap.contact.import"]
            .with_user(self.user_a)
            .create({"file": base64.b64encode(data), "name": "phone.vcf"})
        )
        # the form reloads where it is: no screen stacked for the preview
        self.assertIs(job.action_preview(), True)
        notice = job.action_import()
        self.assertEqual(notice["tag"], "display_notification")
        self.assertEqual(
            notice["params"]["message"],
            "1 created, 0 updated, 1 skipped, 0 failed.",
        )
        # it closes onto the Contacts it made, with no breadcrumb of its steps
        contacts = notice["params"]["next"]
        self.assertEqual(contacts["target"], "main")
        self.assertEqual(contacts["name"], "Imported from phone.vcf")
        self.assertEqual(contacts["res_model"], "res.partner")
        made = self.env["res.partner"].search(contacts["domain"])
        self.assertEqual(made, self._contacts(job))
        self.assertNotIn(existing, made, "a skipped duplicate was not imported")

    def test_preview_says_what_each_card_will_do_and_filters_warnings(self):
        existing = self.env["res.partner"].create(
            {"name": "Jürgen M.", "email": "juergen@baeckerei-mueller.example"}
        )
        data = self._file("mac-latin1-label.vcf") + self._file("android-backslash.vcf")
        job = self._import(data, run=False)
        self.assertEqual(job.line_ids.mapped("plan"), ["Skipped", "Created"])
        job.duplicate_action = "update"
        job.import_new = False
        self.assertEqual(
            job.line_ids.mapped("plan"), ["Merged into the contact", "Skipped"]
        )
        self.assertEqual(job.line_ids[0].partner_id, existing)
        action = job.action_view_lines()
        self.assertEqual(action["res_model"], "mtap.contact.import.line")
        self.assertEqual(action["context"]["search_default_filter_warnings"], 1)
        search = self.env.ref("mtap_hub.mtap_contact_import_line_view_search")
        self.assertIn('name="filter_warnings"', search.arch)
        warned = self.env["mtap.contact.import.line"].search(
            action["domain"] + [("has_warnings", "=", True)]
        )
        self.assertEqual(warned, job.line_ids[0])
        self.assertEqual(job.warning_count, 1)
