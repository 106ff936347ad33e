import io
import re
from urllib.parse import urljoin, urlsplit

import vobject
import zxingcpp
from PIL import Image

from odoo.exceptions import ValidationError
from odoo.tests import HttpCase, tagged

from ..tools.card_page import (
    DARK_BACKGROUND,
    LIGHT_BACKGROUND,
    accent_palette,
    contrast_ratio,
)
from ..tools.vcard import parse_card
from .common import MtapCommon, image_b64

PAGE_BUDGET = 60 * 1024


@tagged("post_install", "-at_install")
class TestCardPage(MtapCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.profile_a.sudo().write(
            {
                "is_published": True,
                "job_title": "Head of Sales",
                "email": "alice@acme.example.com",
                "phone": "+32470123456",
                "website": "https://acme.example.com",
                "bio": "<p>I sell rockets.</p>",
                "image_1920": image_b64("red", (600, 600)),
                "link_ids": [
                    (0, 0, {"kind": "github", "url": "https://github.com/alice"}),
                    (0, 0, {"kind": "calendar", "url": "https://cal.example.com/a"}),
                ],
            }
        )
        cls.url = f"/mtap/{cls.profile_a.slug}"
        cls.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.exchange_min_fill_seconds", "0"
        )

    def _assets(self, html):
        """Same-origin stylesheets, scripts and fonts the page references."""
        found = re.findall(
            r'<(?:link[^>]+rel="(?:stylesheet|preload)"[^>]+href|script[^>]+src)='
            r'"([^"]+)"',
            html,
        )
        return [url for url in found if not urlsplit(url).netloc]

    def test_the_page_is_light_and_standalone(self):
        response = self.url_open(self.url)
        html = response.text
        self.assertEqual(response.status_code, 200)
        total = len(response.content) + sum(
            len(self.url_open(urljoin(self.url, asset)).content)
            for asset in self._assets(html)
        )
        self.assertLess(total, PAGE_BUDGET)
        for heavy in ("assets_frontend", "wrapwrap", "o_footer", "fontawesome", "fa-"):
            self.assertNotIn(heavy, html)
        # icons are inline, fonts the system's
        self.assertIn('<symbol viewBox="0 0 24 24" id="i-github">', html)
        self.assertIn("system-ui", html)
        # still a website page: title, description, canonical, language
        self.assertRegex(html, r'<html lang="en(-US)?"')
        self.assertIn("<title>Alice Mtap | ", html)
        self.assertIn('<meta name="description"', html)
        self.assertIn("prefers-color-scheme:dark", html)

    def test_the_photo_is_sized_for_the_page(self):
        html = self.url_open(self.url).text
        tag = re.search(r'<img class="photo"[^>]*>', html)[0]
        for attribute in ('width="112"', 'height="112"', 'loading="eager"', "2x", "3x"):
            self.assertIn(attribute, tag)
        src = re.search(r'src="([^"]+)"', tag)[1]
        response = self.url_open(src)
        self.assertEqual(response.headers["Content-Type"], "image/webp")
        self.assertIn("immutable", response.headers["Cache-Control"])
        image = Image.open(io.BytesIO(response.content))
        self.assertEqual((image.format, image.size), ("WEBP", (112, 112)))
        red, green, blue = image.convert("RGB").getpixel((56, 56))
        self.assertTrue(red > 240 and green < 16 and blue < 16)
        self.assertLess(len(response.content), 2000)
        # a browser that has it gets a 304
        again = self.url_open(src, headers={"If-None-Match": response.headers["ETag"]})
        self.assertEqual(again.status_code, 304)
        # only the sizes the page shows
        self.assertEqual(self.url_open(f"{self.url}/photo/500").status_code, 404)

    def test_cover_and_logo(self):
        self.profile_a.sudo().write(
            {
                "cover_image": image_b64("navy", (1500, 400)),
                "logo": image_b64("orange", (200, 100)),
            }
        )
        html = self.url_open(self.url).text
        cover = re.search(r'<img class="cover"[^>]*>', html)[0]
        self.assertIn("480w", cover)
        self.assertIn("1440w", cover)
        response = self.url_open(re.search(r'src="([^"]+)"', cover)[1])
        self.assertEqual(Image.open(io.BytesIO(response.content)).size, (480, 160))
        logo = re.search(r'<img class="logo"[^>]*>', html)[0]
        response = self.url_open(re.search(r'src="([^"]+)"', logo)[1])
        # fit, not cut: the logo keeps its 2:1 shape
        self.assertEqual(Image.open(io.BytesIO(response.content)).size, (32, 16))

    def test_any_accent_colour_stays_legible(self):
        for color in (
            "#ffff00",
            "#000000",
            "#ffffff",
            "#777777",
            "#ff0000",
            "#00ff00",
            "#1e90ff",
            "#714b67",
        ):
            with self.subTest(color=color):
                palette = accent_palette(color)
                self.assertGreaterEqual(
                    contrast_ratio(palette["on_accent"], palette["accent"]), 4.5
                )
                self.assertGreaterEqual(
                    contrast_ratio(palette["accent_text_light"], LIGHT_BACKGROUND), 4.5
                )
                self.assertGreaterEqual(
                    contrast_ratio(palette["accent_text_dark"], DARK_BACKGROUND), 4.5
                )
        self.profile_a.sudo().accent_color = "#ffff00"
        html = self.url_open(self.url).text
        self.assertIn("--accent:#ffff00;--on-accent:#000000", html)
        with self.assertRaises(ValidationError):
            self.profile_a.sudo().accent_color = "yellow;}body{display:none"

    def test_the_form_works_without_javascript(self):
        page = self.url_open(self.url).text
        data = {
            "csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', page)[1],
            "mtap_token": re.search(r'name="mtap_token" value="([^"]+)"', page)[1],
            "name": "Plain Paula",
            "email": "paula@example.com",
        }
        leads = self.env["crm.lead"].search_count([])
        sent = self.url_open(self.url + "/exchange", data=data, allow_redirects=False)
        # post/redirect/get: to the card, the outcome in view
        self.assertEqual(sent.status_code, 303)
        self.assertTrue(
            sent.headers["Location"].endswith(f"{self.url}#exchange-status")
        )
        shown = self.url_open(sent.headers["Location"]).text
        self.assertRegex(
            shown, r'class="alert ok o_mtap_exchange_thanks"[^>]*autofocus'
        )
        self.assertEqual(self.env["crm.lead"].search_count([]), leads + 1)
        # a refresh shows the card again and sends nothing
        again = self.url_open(self.url).text
        self.assertNotIn("o_mtap_exchange_thanks", again)
        self.assertIn("o_mtap_exchange_form", again)
        self.assertEqual(self.env["crm.lead"].search_count([]), leads + 1)

    def test_errors_come_back_in_view_with_the_first_field_focused(self):
        page = self.url_open(self.url).text
        data = {
            "csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', page)[1],
            "mtap_token": re.search(r'name="mtap_token" value="([^"]+)"', page)[1],
            "name": "Erin",
            "email": "not-an-address",
            "phone": "12",
        }
        sent = self.url_open(self.url + "/exchange", data=data, allow_redirects=False)
        self.assertEqual(sent.status_code, 303)
        # the browser scrolls to the first field to correct and focuses it
        self.assertTrue(
            sent.headers["Location"].endswith(f"{self.url}#mtap_exchange_email")
        )
        shown = self.url_open(sent.headers["Location"]).text
        email = re.search(r'<input id="mtap_exchange_email"[^>]*>', shown)[0]
        self.assertIn('autofocus="autofocus"', email)
        self.assertIn('aria-invalid="true"', email)
        self.assertIn('value="not-an-address"', email)
        phone = re.search(r'<input id="mtap_exchange_phone"[^>]*>', shown)[0]
        self.assertNotIn("autofocus", phone)
        self.assertEqual(shown.count('autofocus="autofocus"'), 1)

    def test_the_public_address_is_never_a_local_one(self):
        params = self.env["ir.config_parameter"].sudo()
        params.set_param("web.base.url", "http://localhost:0")
        profile = self.profile_a.with_user(self.user_a)
        profile.invalidate_recordset()
        self.assertIn("only works on this server", profile.public_url_warning)
        # what to do is an administrator's job: a user is told whom to ask
        self.assertIn("Ask your administrator", profile.public_url_warning)
        self.assertNotIn("web.base.url", profile.public_url_warning)
        self.assertFalse(profile.public_url_warning_admin)
        admin = self.profile_a.with_user(self.env.ref("base.user_admin"))
        self.assertIn("web.base.url.freeze", admin.public_url_warning)
        self.assertTrue(admin.public_url_warning_admin)
        # the company's website has a domain: everything uses it
        self.env["website"].search([], limit=1).write(
            {"domain": "https://cards.example.com", "company_id": self.env.company.id}
        )
        profile.invalidate_recordset()
        self.assertFalse(profile.public_url_warning)
        self.assertEqual(
            profile.public_url, f"https://cards.example.com/mtap/{profile.slug}"
        )
        html = self.url_open(self.url).text
        for tag in ('rel="canonical" href=', 'property="og:url" content='):
            self.assertIn(f'{tag}"https://cards.example.com{self.url}"', html)
        qr = self.url_open(self.url + "/qr.png").content
        self.assertEqual(
            [code.text for code in zxingcpp.read_barcodes(Image.open(io.BytesIO(qr)))],
            [f"https://cards.example.com{self.url}?s=qr"],
        )
        self.assertIn(
            f"https://cards.example.com{self.url}",
            self.url_open(self.url + "/vcard").text,
        )

    def test_the_saved_contact_is_correct(self):
        self.profile_a.sudo().write(
            {"name": "Jürgen van der Berg", "image_1920": False}
        )
        self.profile_a.sudo().image_1920 = image_b64("green", (400, 400))
        content = self.url_open(self.url + "/vcard").content
        card = vobject.readOne(content.decode("utf-8"))
        self.assertEqual(
            (card.n.value.given, card.n.value.family), ("Jürgen", "van der Berg")
        )
        self.assertEqual(card.fn.value, "Jürgen van der Berg")
        # the photo's type is its bytes' (a PNG without transparency goes as JPEG)
        self.assertEqual(card.photo.params["TYPE"], ["JPEG"])
        self.assertEqual(Image.open(io.BytesIO(card.photo.value)).format, "JPEG")
        self.assertEqual(card.tel.params["TYPE"], ["cell"])
        # links labelled as Apple Contacts reads them, the card on its public address
        labels = {line.group: line.value for line in card.contents["x-ablabel"]}
        urls = {line.group: line.value for line in card.contents["url"] if line.group}
        self.assertEqual(
            {labels[group]: url for group, url in urls.items()},
            {
                "LinkedIn": "https://linkedin.com/in/a",
                "GitHub": "https://github.com/alice",
                "Booking page": "https://cal.example.com/a",
                "mTap card": self.profile_a.public_url,
            },
        )
        self.assertTrue(self.profile_a.public_url.startswith(self.base_url()))
        # read back by the add-on's own phone-book parser
        parsed = parse_card(content.decode("utf-8"))
        self.assertEqual(parsed["name"], "Jürgen van der Berg")
        self.assertEqual(
            [email for email, _types in parsed["emails"]], ["alice@acme.example.com"]
        )
        self.assertEqual(
            [phone for phone, _types in parsed["phones"]], ["+32470123456"]
        )
        self.assertIn("https://github.com/alice", parsed["urls"])
        self.assertTrue(parsed["photo"])
