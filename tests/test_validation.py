from odoo.tests import BaseCase

from ..tools import validation
from ..tools.exchange_form import clean_exchange_form


class TestSlugHelpers(BaseCase):
    def test_random_slug_keeps_readable_part_and_adds_random_suffix(self):
        slug = validation.random_slug("Jöhn Doe & Co.")
        self.assertRegex(slug, r"^john-doe-co-[a-z0-9]{8}$")
        self.assertIsNone(validation.slug_error(slug))
        slugs = {validation.random_slug("Jöhn Doe") for _ in range(50)}
        self.assertEqual(len(slugs), 50, "suffixes are random, not a counter")

    def test_random_slug_of_non_latin_name_is_still_valid(self):
        slug = validation.random_slug("王小明")
        self.assertRegex(slug, r"^[a-z0-9]{8}$")
        self.assertIsNone(validation.slug_error(slug))

    def test_slug_error(self):
        self.assertIsNone(validation.slug_error("jane-doe-2"))
        for slug, reason in [
            ("ab", "length"),
            ("a" * 65, "length"),
            ("Jane", "characters"),
            ("jane doe", "characters"),
            ("jane_doe", "characters"),
            ("jané", "characters"),
            ("-jane", "characters"),
            ("jane-", "characters"),
            ("jane--doe", "characters"),
            ("jane/../x", "characters"),
            ("admin", "reserved"),
            ("vcard", "reserved"),
        ]:
            with self.subTest(slug=slug):
                self.assertEqual(validation.slug_error(slug), reason)


class TestLinkHelpers(BaseCase):
    def test_allowed_links(self):
        for url, expected in [
            ("https://www.example.com/a?b=c", "https://www.example.com/a?b=c"),
            ("HTTP://example.com", "http://example.com"),
            ("www.example.com", "https://www.example.com"),
            ("linkedin.com/in/jane", "https://linkedin.com/in/jane"),
            ("mailto:jane@example.com", "mailto:jane@example.com"),
            ("tel:+32470123456", "tel:+32470123456"),
        ]:
            with self.subTest(url=url):
                self.assertEqual(validation.normalize_link_url(url), expected)

    def test_refused_links(self):
        for url, reason in [
            ("javascript:alert(1)", "scheme"),
            ("JaVaScRiPt:alert(1)", "scheme"),
            ("java\tscript:alert(1)", "characters"),
            ("java\nscript:alert(1)", "characters"),
            ("vbscript:msgbox(1)", "scheme"),
            ("data:text/html,<script>alert(1)</script>", "scheme"),
            ("file:///etc/passwd", "scheme"),
            ("//evil.example.com", "scheme"),
            ("just words", "characters"),
            ("http://", "host"),
            ("mailto:", "empty"),
            ("", "empty"),
            ("https://example.com/" + "a" * 2100, "length"),
        ]:
            with self.subTest(url=url), self.assertRaises(ValueError) as caught:
                validation.normalize_link_url(url)
            self.assertEqual(str(caught.exception), reason)


class TestExchangeFormCleaning(BaseCase):
    def test_valid_form(self):
        values, errors = clean_exchange_form(
            {
                "name": " Ann ",
                "email": "Ann@Example.com",
                "phone": "0470 12 34 56",
                "message": "Hi\r\nthere",
                "consent": "1",
                "user_id": "2",
            },
            "BE",
            32,
        )
        self.assertEqual(errors, {})
        self.assertEqual(values["name"], "Ann")
        self.assertEqual(values["email_normalized"], "ann@example.com")
        self.assertEqual(values["phone_e164"], "+32470123456")
        self.assertTrue(values["consent"])
        self.assertNotIn("user_id", values)

    def test_errors(self):
        for params, expected in [
            ({"email": "a@b.co"}, {"name": "required"}),
            ({"name": "A"}, {"email": "contact"}),
            ({"name": "A", "email": "ann@@example.com"}, {"email": "invalid"}),
            ({"name": "A", "email": "ann@example"}, {"email": "invalid"}),
            ({"name": "A", "email": "Ann <ann@example.com>"}, {"email": "invalid"}),
            ({"name": "A", "phone": "12"}, {"phone": "invalid"}),
            ({"name": "A\nB", "phone": "+32470123456"}, {"name": "characters"}),
            (
                {"name": "A", "email": "a@b.co", "message": "x\x00"},
                {"message": "characters"},
            ),
            ({"name": "A" * 129, "email": "a@b.co"}, {"name": "too_long"}),
        ]:
            with self.subTest(params=params):
                self.assertEqual(clean_exchange_form(params, "BE", 32)[1], expected)
