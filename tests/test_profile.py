from odoo.exceptions import AccessError, ValidationError
from odoo.tests import Form, tagged

from .common import MtapCommon


@tagged("post_install", "-at_install")
class TestProfileSlug(MtapCommon):
    def test_new_card_gets_random_readable_slug(self):
        Profile = self.env["mtap.profile"].with_user(self.user_a)
        first = Profile.create({"name": "Alice Second"})
        second = Profile.create({"name": "Alice Third"})
        for profile in first | second:
            self.assertRegex(profile.slug, r"^alice-mtap-[a-z0-9]{8}$")
            self.assertNotIn(str(profile.id), profile.slug.split("-"))
        self.assertNotEqual(first.slug, second.slug)
        self.assertEqual(first.website_url, f"/mtap/{first.slug}")

    def test_slug_is_cleaned_and_editable(self):
        self.profile_a.write({"slug": "  Alice-Events "})
        self.assertEqual(self.profile_a.slug, "alice-events")
        self.assertEqual(self.profile_a.website_url, "/mtap/alice-events")

    def test_bad_slugs_are_refused_with_a_reason(self):
        for slug, message in [
            ("alice doe", "lower-case letters"),
            ("alice_doe", "lower-case letters"),
            ("alicé", "lower-case letters"),
            ("alice/../admin", "lower-case letters"),
            ("-alice", "cannot start or end with a dash"),
            ("al", "3 to 64 characters"),
            ("admin", "reserved"),
            ("vcard", "reserved"),
        ]:
            with (
                self.subTest(slug=slug),
                self.assertRaisesRegex(ValidationError, message),
            ):
                self.profile_a.write({"slug": slug})
        self.assertEqual(self.profile_a.slug, "alice-mtap-x7k2")

    def test_slug_taken_by_another_users_card_is_refused(self):
        # user A cannot see B's card, the check must still find it
        with self.assertRaisesRegex(ValidationError, "already used"):
            self.profile_a.with_user(self.user_a).write({"slug": "bob-mtap-q9z4"})
        self.profile_b.action_archive()
        with self.assertRaisesRegex(ValidationError, "already used"):
            self.env["mtap.profile"].with_user(self.user_a).create(
                {"name": "Again", "slug": "BOB-mtap-q9z4"}
            )
        with self.assertRaisesRegex(ValidationError, "already used"):
            self.env["mtap.profile"].create(
                [
                    {"name": "One", "slug": "twin-slug"},
                    {"name": "Two", "slug": "twin-slug"},
                ]
            )

    def test_duplicate_card_gets_a_new_slug(self):
        copy = self.profile_a.with_user(self.user_a).copy()
        self.assertNotEqual(copy.slug, self.profile_a.slug)
        self.assertEqual(copy.name, "Alice Mtap (copy)")
        self.assertEqual(copy.link_ids.url, "https://linkedin.com/in/a")


@tagged("post_install", "-at_install")
class TestProfileValues(MtapCommon):
    def test_javascript_link_is_refused_with_a_clear_error(self):
        with self.assertRaisesRegex(
            ValidationError, "Only links starting with one of http, https, mailto, tel"
        ):
            self.profile_a.write(
                {"link_ids": [(0, 0, {"kind": "other", "url": "javascript:alert(1)"})]}
            )
        link = self.profile_a.link_ids
        for url in ("data:text/html,x", "java\tscript:alert(1)", "vbscript:x"):
            with self.subTest(url=url), self.assertRaises(ValidationError):
                link.write({"url": url})
        self.assertEqual(link.url, "https://linkedin.com/in/a")

    def test_allowed_links_are_stored_normalised(self):
        self.profile_a.write(
            {
                "link_ids": [
                    (0, 0, {"kind": "website", "url": "www.alice.example.com"}),
                    (0, 0, {"kind": "email", "url": "mailto:alice@example.com"}),
                    (0, 0, {"kind": "phone", "url": "tel:+32470123456"}),
                ]
            }
        )
        self.assertEqual(
            self.profile_a.link_ids.mapped("url"),
            [
                "https://linkedin.com/in/a",
                "https://www.alice.example.com",
                "mailto:alice@example.com",
                "tel:+32470123456",
            ],
        )

    def test_phone_is_stored_in_international_format(self):
        self.profile_a.phone = "0470 12 34 56"
        self.assertEqual(self.profile_a.phone, "+32470123456")
        self.profile_a.phone = "+33 1 23 45 67 89"
        self.assertEqual(self.profile_a.phone, "+33123456789")
        with self.assertRaisesRegex(ValidationError, "is not valid"):
            self.profile_a.phone = "call me maybe"
        self.assertEqual(self.profile_a.phone, "+33123456789")

    def test_phone_national_format_follows_the_cards_company(self):
        french = self.env["res.company"].create(
            {"name": "FR Co", "country_id": self.env.ref("base.fr").id}
        )
        # a card's owner belongs to the card's company
        self.manager.company_ids |= french
        profile = self.env["mtap.profile"].create(
            {
                "name": "Claire",
                "user_id": self.manager.id,
                "company_id": french.id,
                "phone": "01 23 45 67 89",
            }
        )
        self.assertEqual(profile.phone, "+33123456789")

    def test_email_and_website_are_normalised(self):
        self.profile_a.write(
            {"email": "  Alice.Mtap@Example.COM ", "website": "alice.example.com"}
        )
        self.assertEqual(self.profile_a.email, "alice.mtap@example.com")
        self.assertEqual(self.profile_a.website, "https://alice.example.com")
        with self.assertRaisesRegex(ValidationError, "not a valid address"):
            self.profile_a.email = "alice@"
        with self.assertRaisesRegex(ValidationError, "http"):
            self.profile_a.website = "mailto:alice@example.com"
        with self.assertRaisesRegex(ValidationError, "refused"):
            self.profile_a.website = "javascript:alert(1)"

    def test_bio_is_sanitised_and_short(self):
        self.profile_a.bio = (
            "<p>Hi<script>alert(1)</script><img src=x onerror=alert(2)>"
            '<a href="javascript:alert(3)">me</a></p>'
        )
        bio = str(self.profile_a.bio)
        self.assertIn("Hi", bio)
        for forbidden in ("<script", "onerror", "javascript:"):
            self.assertNotIn(forbidden, bio)
        with self.assertRaisesRegex(ValidationError, "limited to 600"):
            self.profile_a.bio = "<p>%s</p>" % ("x" * 601)

    def test_new_card_defaults_come_from_the_user(self):
        self.user_a.email = "alice@example.com"
        with Form(self.env["mtap.profile"].with_user(self.user_a)) as form:
            form.name = "Alice at Expo"
        profile = form.record
        self.assertEqual(profile.user_id, self.user_a)
        self.assertEqual(profile.email, "alice@example.com")
        self.assertEqual(profile.company_id, self.env.company)
        self.assertTrue(profile.consent_text)
        self.assertFalse(profile.is_published)

    def test_default_consent_text_comes_from_settings(self):
        settings = self.env["res.config.settings"].create(
            {"mtap_default_consent_text": "You may call me."}
        )
        settings.execute()
        profile = self.env["mtap.profile"].create({"name": "New"})
        self.assertEqual(profile.consent_text, "You may call me.")


@tagged("post_install", "-at_install")
class TestProfilePublication(MtapCommon):
    def test_owner_publishes_and_unpublishes(self):
        profile = self.profile_a.with_user(self.user_a)
        self.assertFalse(profile.is_published)
        self.assertTrue(profile.can_publish)
        self.assertTrue(profile.website_publish_button())
        self.assertTrue(profile.is_published)
        self.assertFalse(profile.website_publish_button())
        self.assertFalse(profile.is_published)

    def test_other_user_cannot_publish(self):
        with self.assertRaises(AccessError):
            self.profile_b.with_user(self.user_a).write({"is_published": True})
        self.assertFalse(self.profile_b.is_published)


@tagged("post_install", "-at_install")
class TestProfileOwner(MtapCommon):
    def test_user_cannot_give_or_create_a_card_for_someone_else(self):
        with self.assertRaisesRegex(AccessError, "Only an mTap manager"):
            self.profile_a.with_user(self.user_a).write({"user_id": self.user_b.id})
        with self.assertRaisesRegex(AccessError, "Only an mTap manager"):
            self.env["mtap.profile"].with_user(self.user_a).create(
                {"name": "Fake Bob", "user_id": self.user_b.id}
            )
        self.assertEqual(self.profile_a.user_id, self.user_a)

    def test_manager_moves_a_card(self):
        self.profile_a.with_user(self.manager).write({"user_id": self.user_b.id})
        self.assertEqual(self.profile_a.user_id, self.user_b)
        created = (
            self.env["mtap.profile"]
            .with_user(self.manager)
            .create({"name": "For Bob", "user_id": self.user_b.id})
        )
        self.assertEqual(created.user_id, self.user_b)


@tagged("post_install", "-at_install")
class TestMyCard(MtapCommon):
    def test_my_card_opens_the_only_card(self):
        action = self.env["mtap.profile"].with_user(self.user_a).action_open_my_card()
        self.assertEqual(action["res_id"], self.profile_a.id)
        self.assertEqual(action["view_mode"], "form")

    def test_my_card_lists_several_cards(self):
        second = (
            self.env["mtap.profile"].with_user(self.user_a).create({"name": "Alice 2"})
        )
        action = self.env["mtap.profile"].with_user(self.user_a).action_open_my_card()
        self.assertEqual(
            self.env["mtap.profile"].with_user(self.user_a).search(action["domain"]),
            self.profile_a | second,
        )

    def test_my_card_without_card_opens_a_new_one(self):
        action = self.env["mtap.profile"].with_user(self.manager).action_open_my_card()
        self.assertFalse(action["res_id"])
        self.assertEqual(action["context"]["default_user_id"], self.manager.id)

    def test_my_card_server_action(self):
        action = self.env.ref("mtap_hub.mtap_profile_action_my_card")
        result = action.with_user(self.user_b).run()
        self.assertEqual(result["res_id"], self.profile_b.id)
