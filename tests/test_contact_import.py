import base64
import tracemalloc
from pathlib import Path
from unittest.mock import patch

from odoo.exceptions import UserError
from odoo.tests import tagged

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

    def test_20000_cards_in_batches_with_bounded_memory(self):
        data = "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\n"
            f"EMAIL:person{i}@big.example\r\nCATEGORIES:Big\r\nEND:VCARD\r\n"
            for i in range(20000)
        ).encode()
        job = self._import(data, run=False)
        self.assertEqual(job.new_count, 20000)
        job.action_import()
        # too many for the request: queued for the cron, nothing imported yet
        self.assertEqual(job.state, "queued")
        self.assertEqual(job.created_count, 0)
        tracemalloc.start()
        self.env["mtap.contact.import"]._cron_process()
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        self.assertEqual(job.state, "done")
        self.assertEqual(job.created_count, 20000)
        self.assertEqual(job.progress, 100)
        # one file's text and one batch in memory, not 20,000 contacts' worth
        self.assertLess(peak, 12 * len(data), f"peak {peak} for a {len(data)} file")
        summary = job.message_ids.filtered(lambda m: "20000 created" in (m.body or ""))
        self.assertTrue(summary)
