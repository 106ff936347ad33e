import io
import re

import vobject
import zxingcpp
from PIL import Image

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from .common import MtapCommon, image_b64


@tagged("post_install", "-at_install")
class TestPublicProfile(MtapCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # private data of the owner that the card must never show
        cls.user_a.partner_id.write(
            {
                "email": "alice.private@example.com",
                "phone": "+32 2 555 55 55",
                "street": "1 Secret Lane",
                "city": "Hiddenville",
            }
        )
        cls.profile_a.write(
            {
                "job_title": "Head of Sales",
                "company_name": "Acme",
                "email": "alice@acme.example.com",
                "phone": "+32 470 12 34 56",
                "website": "https://acme.example.com",
                "bio": "<p>I sell <b>rockets</b>.<script>alert(1)</script></p>",
                "image_1920": image_b64("red"),
                "is_published": True,
            }
        )
        cls.url = f"/mtap/{cls.profile_a.slug}"

    def test_published_card_page(self):
        response = self.url_open(self.url)
        self.assertEqual(response.status_code, 200)
        html = response.text
        for expected in (
            "Alice Mtap",
            "Head of Sales",
            "Acme",
            "alice@acme.example.com",
            "+32470123456",
            "https://linkedin.com/in/a",
            f'href="{self.url}/vcard"',
            f'src="{self.url}/qr.png"',
            f'src="{self.url}/photo/112?v=',
            "<b>rockets</b>",
            "<title>Alice Mtap | ",
            '<meta property="og:type" content="profile"',
            '<meta property="og:title" content="Alice Mtap"',
            f'<meta property="og:image" content="{self.base_url()}{self.url}/photo"',
            f'<link rel="canonical" href="{self.base_url()}{self.url}"',
            '<meta name="description" content="Head of Sales · Acme · I sell rockets."',
        ):
            self.assertIn(expected, html)
        for private in ("alice.private@example.com", "Secret Lane", "<script>alert(1)"):
            self.assertNotIn(private, html)

    def test_card_text_is_escaped(self):
        self.profile_a.sudo().write(
            {
                "name": "<script>alert('n')</script>",
                "job_title": '"><img src=x onerror=alert(1)>',
            }
        )
        html = self.url_open(self.url).text
        self.assertNotIn("<script>alert('n')", html)
        self.assertNotIn("<img src=x onerror", html)
        self.assertIn("&lt;script&gt;alert(&#39;n&#39;)&lt;/script&gt;", html)

    def test_only_safe_link_schemes_reach_the_page(self):
        # a value written around the ORM checks is still not rendered
        link = self.profile_a.link_ids
        self.env.cr.execute(
            "UPDATE mtap_profile_link SET url = %s WHERE id = %s",
            ("javascript:alert(document.cookie)", link.id),
        )
        link.invalidate_recordset()
        html = self.url_open(self.url).text
        self.assertNotIn("javascript:", html)
        self.assertNotIn("o_mtap_profile_link", html)

    def _not_found_page(self, url):
        response = self.url_open(url)
        self.assertEqual(response.status_code, 404, url)
        # the page differs only by the requested address and the per-request CSRF token
        page = response.text.replace(url, "URL")
        return re.sub(r'csrf_token: "[^"]*"', "", page)

    def test_hidden_cards_get_the_same_404(self):
        unknown = self._not_found_page("/mtap/no-such-card-zz9")
        self.assertNotIn("Bob Mtap", unknown)
        self.assertFalse(self.profile_b.is_published)
        cases = {"unpublished": f"/mtap/{self.profile_b.slug}"}
        archived = self.env["mtap.profile"].create(
            {"name": "Gone", "slug": "gone-card-1", "is_published": True}
        )
        archived.action_archive()
        cases["archived"] = "/mtap/gone-card-1"
        owner_left = self.env["mtap.profile"].create(
            {
                "name": "Left",
                "slug": "left-card-1",
                "is_published": True,
                "user_id": self.internal.id,
            }
        )
        owner_left.user_id.action_archive()
        cases["archived owner"] = "/mtap/left-card-1"
        cases["malformed slug"] = "/mtap/Not_A_Slug"
        for case, url in cases.items():
            with self.subTest(case=case):
                self.assertEqual(self._not_found_page(url), unknown)
                for suffix in ("/vcard", "/qr.png", "/photo"):
                    self.assertEqual(self.url_open(url + suffix).status_code, 404)

    def test_guessing_slugs_is_throttled(self):
        self.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.profile_miss_limit", 3
        )
        for i in range(3):
            self.assertEqual(self.url_open(f"/mtap/guess-{i}-abc").status_code, 404)
        self.assertEqual(self.url_open("/mtap/guess-9-abc").status_code, 429)
        self.assertEqual(self.url_open(f"/mtap/{self.profile_b.slug}").status_code, 429)
        # a published card is still served to that address
        self.assertEqual(self.url_open(self.url).status_code, 200)

    def test_public_user_cannot_read_cards_directly(self):
        public = self.env.ref("base.public_user")
        with self.assertRaises(AccessError):
            self.env["mtap.profile"].with_user(public).search([])
        with self.assertRaises(AccessError):
            self.profile_a.with_user(public).read(["email"])
        # while the page, behind its published check, shows the published fields
        self.assertIn("alice@acme.example.com", self.url_open(self.url).text)

    def test_vcard_has_published_fields_only(self):
        response = self.url_open(self.url + "/vcard")
        self.assertEqual(response.status_code, 200)
        self.assertIn("text/vcard", response.headers["Content-Type"])
        # filed under the person's name, not the address's random part
        self.assertIn(
            "filename*=UTF-8''Alice%20Mtap.vcf",
            response.headers["Content-Disposition"],
        )
        card = vobject.readOne(response.content.decode())
        self.assertEqual(card.fn.value, "Alice Mtap")
        self.assertEqual([e.value for e in card.email_list], ["alice@acme.example.com"])
        self.assertEqual([t.value for t in card.tel_list], ["+32470123456"])
        self.assertEqual(card.org.value, ["Acme"])
        self.assertEqual(card.title.value, "Head of Sales")
        self.assertEqual(card.note.value, "I sell rockets.")
        self.assertEqual(
            {u.value for u in card.url_list},
            {
                "https://acme.example.com",
                "https://linkedin.com/in/a",
                f"{self.base_url()}{self.url}",
            },
        )
        # filed by family name; the photo typed as its bytes are
        self.assertEqual((card.n.value.given, card.n.value.family), ("Alice", "Mtap"))
        self.assertEqual(card.photo.params["TYPE"], ["JPEG"])
        self.assertTrue(card.photo.value.startswith(b"\xff\xd8\xff"))
        serialized = response.content.decode()
        for private in ("alice.private", "Secret Lane", "Hiddenville", "555 55 55"):
            self.assertNotIn(private, serialized)
        self.assertNotIn("adr", card.contents)

    def test_vcard_without_photo_has_no_placeholder(self):
        self.profile_a.image_1920 = False
        card = vobject.readOne(self.url_open(self.url + "/vcard").content.decode())
        self.assertNotIn("photo", card.contents)
        self.assertEqual(self.url_open(self.url + "/photo").status_code, 404)

    def test_vcard_cannot_be_injected(self):
        self.profile_a.sudo().write(
            {
                "name": "Eve\r\nEMAIL:evil@example.com\r\nX-EVIL:1",
                "company_name": "A;B,C:D\nTEL:+1",
                "job_title": "Boss\nEND:VCARD\nBEGIN:VCARD\nFN:Other",
            }
        )
        content = self.url_open(self.url + "/vcard").content.decode()
        cards = list(vobject.readComponents(content))
        self.assertEqual(len(cards), 1)
        card = cards[0]
        self.assertEqual([e.value for e in card.email_list], ["alice@acme.example.com"])
        self.assertEqual([t.value for t in card.tel_list], ["+32470123456"])
        self.assertNotIn("x-evil", card.contents)
        self.assertIn("EMAIL:evil@example.com", card.fn.value)
        self.assertEqual(card.org.value, ["A;B,C:D\nTEL:+1"])

    def test_qr_code_holds_the_card_address(self):
        response = self.url_open(self.url + "/qr.png")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "image/png")
        decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(response.content)))
        self.assertEqual(
            [code.text for code in decoded], [f"{self.base_url()}{self.url}?s=qr"]
        )

    def test_photo(self):
        response = self.url_open(self.url + "/photo")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.headers["Content-Type"].startswith("image/"))
        self.assertEqual(
            Image.open(io.BytesIO(response.content)).getpixel((5, 5))[:3], (255, 0, 0)
        )
