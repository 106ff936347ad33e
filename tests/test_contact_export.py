import base64
import io

import vobject
from PIL import Image

from odoo.tests import BaseCase, HttpCase, JsonRpcException, tagged

from ..tools.person_name import split_name
from .common import MtapCommon, image_b64

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"></svg>'


def _cards(data):
    """The cards of a .vcf file, read by vobject with validation: a file a strict
    reader refuses fails here."""
    return {
        card.fn.value: card
        for card in vobject.readComponents(data.decode(), validate=True)
    }


class TestSplitName(BaseCase):
    def test_split_name(self):
        for name, parts in [
            ("Chidi Okafor", ("", "Chidi", "Okafor", "")),
            ("Ludwig van Beethoven", ("", "Ludwig", "van Beethoven", "")),
            ("Maria de la Cruz", ("", "Maria", "de la Cruz", "")),
            ("Jan van der Berg", ("", "Jan", "van der Berg", "")),
            ("Ursula von der Leyen", ("", "Ursula", "von der Leyen", "")),
            ("Jean-Claude Van Damme", ("", "Jean-Claude", "Van Damme", "")),
            ("Pablo Ruiz y Picasso", ("", "Pablo", "Ruiz y Picasso", "")),
            ("Mary Ann  Evans", ("", "Mary Ann", "Evans", "")),
            ("Ben Smith", ("", "Ben", "Smith", "")),
            ("Okafor, Chidi", ("", "Chidi", "Okafor", "")),
            ("Dr. Martin Luther King, Jr.", ("Dr.", "Martin Luther", "King", "Jr.")),
            ("Madonna", ("", "Madonna", "", "")),
            ("", ("", "", "", "")),
            (False, ("", "", "", "")),
        ]:
            with self.subTest(name=name):
                self.assertEqual(split_name(name), parts)


@tagged("post_install", "-at_install")
class TestContactExport(MtapCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.vip, cls.expo = cls.env["res.partner.category"].create(
            [{"name": "VIP"}, {"name": "Expo 2026"}]
        )
        cls.acme = cls.env["res.partner"].create({"name": "Acme", "is_company": True})
        cls.chidi, cls.ludwig, cls.maria, cls.madonna, cls.vector = cls._mtap_contacts(
            cls.user_a,
            [
                {
                    # no photo, no address, no country: the company's (Belgium)
                    "name": "Chidi Okafor",
                    "email": "chidi@okafor.example",
                    "phone": "0470 12 34 56",
                    "category_id": [(6, 0, (cls.vip | cls.expo).ids)],
                    "comment": "<p>Met at the <b>Expo</b></p>",
                },
                {
                    "name": "Ludwig van Beethoven",
                    "phone": "030 1234567",
                    "street": "Bonngasse 20",
                    "zip": "53111",
                    "city": "Bonn",
                    "country_id": cls.env.ref("base.de").id,
                    "parent_id": cls.acme.id,
                    "function": "Composer",
                    "image_1920": image_b64("red", (900, 600), "JPEG"),
                },
                {
                    "name": "Maria de la Cruz",
                    "phone": "06 12 34 56 78",
                    "country_id": cls.env.ref("base.fr").id,
                    "image_1920": image_b64("blue", (400, 400), "PNG"),
                },
                {
                    "name": "Madonna",
                    "phone": "+44 20 7946 0958",
                    "image_1920": image_b64((0, 0, 0, 0), (300, 300), "PNG", "RGBA"),
                },
                {"name": "Vera Vector", "function": " "},
            ],
        )
        # only an administrator may give a partner an SVG picture
        cls.vector.sudo().image_1920 = base64.b64encode(SVG)
        cls.contacts = cls.chidi | cls.ludwig | cls.maria | cls.madonna | cls.vector

    def _export(self, partners=None, user=None):
        partners = self.contacts if partners is None else partners
        Partner = self.env["res.partner"].with_user(user or self.user_a)
        return Partner._mtap_export_vcf(partners.ids)

    def test_names_are_filed_by_family_name(self):
        cards = _cards(self._export())
        self.assertEqual(len(cards), 5)
        for fn, family, given in [
            ("Chidi Okafor", "Okafor", "Chidi"),
            ("Ludwig van Beethoven", "van Beethoven", "Ludwig"),
            ("Maria de la Cruz", "de la Cruz", "Maria"),
            ("Madonna", "", "Madonna"),
        ]:
            with self.subTest(fn=fn):
                self.assertEqual(cards[fn].n.value.family, family)
                self.assertEqual(cards[fn].n.value.given, given)
        # a company is filed under its whole name
        acme = _cards(self._export(self.acme))["Acme"]
        self.assertEqual((acme.n.value.family, acme.n.value.given), ("Acme", ""))

    def test_photo_only_when_real_and_typed_from_its_bytes(self):
        data = self._export()
        self.assertNotIn(b"TYPE=JPG", data)
        cards = _cards(data)
        # no picture (the placeholder avatar is an SVG) and an SVG picture: no PHOTO
        self.assertNotIn("photo", cards["Chidi Okafor"].contents)
        self.assertNotIn("photo", cards["Vera Vector"].contents)
        for fn, photo_type, magic, color in [
            ("Ludwig van Beethoven", "JPEG", b"\xff\xd8\xff", (255, 0, 0)),
            # an opaque PNG goes out as JPEG, a transparent one stays PNG
            ("Maria de la Cruz", "JPEG", b"\xff\xd8\xff", (0, 0, 255)),
            ("Madonna", "PNG", b"\x89PNG", None),
        ]:
            with self.subTest(fn=fn):
                photo = cards[fn].photo
                self.assertEqual(photo.params["TYPE"], [photo_type])
                self.assertTrue(photo.value.startswith(magic))
                image = Image.open(io.BytesIO(photo.value))
                self.assertLessEqual(max(image.size), 256)
                if color:
                    pixel = image.convert("RGB").getpixel((10, 10))
                    for got, want in zip(pixel, color, strict=True):
                        self.assertAlmostEqual(got, want, delta=8)
                else:
                    self.assertEqual(image.convert("RGBA").getpixel((10, 10))[3], 0)

    def test_no_empty_properties(self):
        data = self._export()
        self.assertNotIn(b"ADR:;;;;;;\r\n", data)
        cards = _cards(data)
        for fn in ("Chidi Okafor", "Madonna", "Vera Vector"):
            with self.subTest(fn=fn):
                self.assertNotIn("adr", cards[fn].contents)
                self.assertNotIn("org", cards[fn].contents)
        # a country alone is an address
        self.assertEqual(cards["Maria de la Cruz"].adr.value.country, "France")
        self.assertFalse(cards["Maria de la Cruz"].adr.value.street)
        self.assertNotIn("title", cards["Vera Vector"].contents)
        self.assertNotIn("tel", cards["Vera Vector"].contents)
        ludwig = cards["Ludwig van Beethoven"]
        self.assertEqual(ludwig.adr.value.street, "Bonngasse 20")
        self.assertEqual(ludwig.adr.value.city, "Bonn")
        self.assertEqual(ludwig.adr.value.code, "53111")
        self.assertEqual(ludwig.adr.value.country, "Germany")
        self.assertEqual(ludwig.org.value, ["Acme"])
        self.assertEqual(ludwig.title.value, "Composer")

    def test_phones_in_international_form(self):
        cards = _cards(self._export())
        for fn, phone in [
            # the contact's country, else the user's company's (Belgium)
            ("Chidi Okafor", "+32470123456"),
            ("Ludwig van Beethoven", "+49301234567"),
            ("Maria de la Cruz", "+33612345678"),
            ("Madonna", "+442079460958"),
        ]:
            with self.subTest(fn=fn):
                self.assertEqual([tel.value for tel in cards[fn].tel_list], [phone])
                self.assertEqual(cards[fn].tel.params["TYPE"], ["work"])

    def test_card_without_photo_or_address(self):
        """A national phone, tags and a note, no photo, no address: the card as a
        phone book reads it, line by line."""
        data = self._export(self.chidi)
        self.assertEqual(list(_cards(data)), ["Chidi Okafor"])
        self.assertEqual(
            data.decode().split("\r\n"),
            [
                "BEGIN:VCARD",
                "VERSION:3.0",
                "CATEGORIES:Expo 2026,VIP",
                "EMAIL;TYPE=INTERNET:chidi@okafor.example",
                "FN:Chidi Okafor",
                "N:Okafor;Chidi;;;",
                "NOTE:Met at the *Expo*",
                "TEL;TYPE=work:+32470123456",
                "END:VCARD",
                "",
            ],
        )
        madonna = _cards(self._export(self.madonna))["Madonna"]
        self.assertNotIn("categories", madonna.contents)
        self.assertNotIn("note", madonna.contents)


@tagged("post_install", "-at_install")
class TestContactExportDownload(MtapCommon, HttpCase):
    """The Export as vCard action as the web client runs it: the selection posted
    to ``/web/action/run``, then the file downloaded from the address it answers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.action = cls.env.ref("mtap_hub.res_partner_action_mtap_export_vcf")
        cls.contact_b = cls._mtap_contacts(cls.user_b, [{"name": "Bob's Friend"}])

    def _run_export(self, partners, login="mtap_user_a"):
        """The download action the export answers (after its notice that the file
        is deleted once downloaded)."""
        self.authenticate(login, login)
        notice = self.make_jsonrpc_request(
            "/web/action/run",
            {
                "action_id": self.action.id,
                "context": {
                    "active_model": "res.partner",
                    "active_id": partners[:1].id,
                    "active_ids": partners.ids,
                },
            },
            timeout=300,
        )
        self.assertEqual(notice["tag"], "display_notification")
        return notice["params"]["next"]

    def test_export_5000_contacts_as_one_file(self):
        tag = self.env["res.partner.category"].create({"name": "Big"})
        contacts = self._mtap_contacts(
            self.user_a,
            [
                {
                    "name": f"Person{i} van Bench{i % 97}",
                    "email": f"person{i}@big.example",
                    "phone": f"0470 {i:06d}",
                    "category_id": [(6, 0, tag.ids)],
                }
                for i in range(5000)
            ],
        )
        action = self._run_export(contacts)
        self.assertEqual(action["type"], "ir.actions.act_url")
        # the selection is not in the address: it stays short whatever its size
        self.assertLess(len(action["url"]), 200)
        self.assertNotIn(str(contacts[-1].id), action["url"].split("/mtap/export/")[1])
        response = self.url_open(action["url"], timeout=300)
        self.assertEqual(response.status_code, 200)
        self.assertIn("text/vcard", response.headers["Content-Type"])
        self.assertIn("contacts.vcf", response.headers["Content-Disposition"])
        cards = list(vobject.readComponents(response.content.decode(), validate=True))
        self.assertEqual(len(cards), 5000)
        self.assertEqual(
            [card.fn.value for card in cards[:2]],
            ["Person0 van Bench0", "Person1 van Bench1"],
        )
        last = cards[-1]
        self.assertEqual(last.n.value.family, "van Bench52")
        self.assertEqual(last.n.value.given, "Person4999")
        self.assertEqual(last.tel.value, "+32470004999")
        self.assertEqual(last.categories.value, ["Big"])

    def test_another_users_contact_is_refused(self):
        mine = self._mtap_contacts(self.user_a, [{"name": "Mine"}])
        exports = self.env["mtap.contact.export"].search_count([])
        with self.assertRaisesRegex(JsonRpcException, "AccessError"):
            self._run_export(mine | self.contact_b)
        self.assertEqual(self.env["mtap.contact.export"].search_count([]), exports)
        # the owner exports it
        action = self._run_export(self.contact_b, login="mtap_user_b")
        cards = _cards(self.url_open(action["url"]).content)
        self.assertEqual(list(cards), ["Bob's Friend"])

    def test_only_its_creator_downloads_an_export(self):
        mine = self._mtap_contacts(self.user_a, [{"name": "Mine"}])
        action = self._run_export(mine)
        for login in ("mtap_user_b", "mtap_manager"):
            with self.subTest(login=login):
                self.authenticate(login, login)
                response = self.url_open(action["url"])
                self.assertEqual(response.status_code, 404)
                self.assertNotIn(b"BEGIN:VCARD", response.content)
        self.authenticate(None, None)
        self.assertNotIn(b"BEGIN:VCARD", self.url_open(action["url"]).content)
        self.authenticate("mtap_user_a", "mtap_user_a")
        self.assertIn(b"FN:Mine", self.url_open(action["url"]).content)
        # once downloaded, it is gone
        self.assertEqual(self.url_open(action["url"]).status_code, 404)
