from odoo.tests import Form, HttpCase, tagged

from .common import MtapTeamsCommon


@tagged("post_install", "-at_install")
class TestCardManagers(MtapTeamsCommon, HttpCase):
    """A manager's bulk update shows and asks before changing a published card; a
    re-assigned card may get a new address, the old one leading to it."""

    def test_bulk_update_asks_before_changing_a_published_phone(self):
        (card,), _existing = self._bulk_create(self.user_c, publish=True)
        # the card publishes a phone its owner's user record no longer has
        self.user_c.partner_id.phone = "+32 2 555 12 12"
        card.with_context(mtap_person_sync=True).phone = "+32 470 11 11 11"
        form = Form(
            self.env["mtap.card.bulk"]
            .with_user(self.manager)
            .with_context(active_model="res.users", active_ids=self.user_c.ids)
        )
        form.template_id = self.template
        self.assertIn("+32 470 11 11 11", form.published_changes)
        self.assertIn("+32 2 555 12 12", form.published_changes)
        self.assertFalse(form.update_published)
        form.save().action_apply()
        self.assertEqual(card.phone, "+32470111111", "kept: the manager did not say so")
        form = Form(
            self.env["mtap.card.bulk"]
            .with_user(self.manager)
            .with_context(active_model="res.users", active_ids=self.user_c.ids)
        )
        form.template_id = self.template
        form.update_published = True
        form.save().action_apply()
        self.assertEqual(card.phone, "+3225551212")

    def test_reassign_gives_a_new_address_the_old_one_redirects(self):
        (card,), _existing = self._bulk_create(self.user_c, publish=True)
        old_slug = card.slug
        form = Form(
            self.env["mtap.card.reassign"]
            .with_user(self.manager)
            .with_context(active_model="mtap.profile", active_ids=card.ids)
        )
        form.user_id = self.user_d
        form.new_address = True
        self.assertIn("keeps working", form.summary)
        notice = form.save().action_apply()
        self.assertIn("re-assigned to Dario Team", notice["params"]["message"])
        self.assertTrue(card.slug.startswith("dario-team-"))
        self.assertEqual(card.former_slugs, old_slug)
        # the old address (and the QR printed with it) leads to the new one
        response = self.url_open(f"/mtap/{old_slug}?s=qr", allow_redirects=False)
        self.assertEqual(response.status_code, 301)
        self.assertTrue(
            response.headers["Location"].endswith(f"/mtap/{card.slug}?s=qr"),
            response.headers["Location"],
        )
        self.assertEqual(self.url_open(f"/mtap/{card.slug}").status_code, 200)
        # an unpublished card is not found by its old address either
        card.is_published = False
        self.assertEqual(
            self.url_open(f"/mtap/{old_slug}", allow_redirects=False).status_code, 404
        )


@tagged("post_install", "-at_install")
class TestCardManagersPhone(MtapTeamsCommon, HttpCase):
    browser_size = "390x844"
    touch_enabled = True

    def test_bulk_preview_tour(self):
        """On a phone: the manager picks two people in one go; the preview lists
        the published phone Create Cards would change, and leaves that card alone
        until the box is ticked."""
        (card,), _existing = self._bulk_create(self.user_c, publish=True)
        self.user_c.partner_id.phone = "+32 2 555 12 12"
        card.with_context(mtap_person_sync=True).phone = "+32 470 11 11 11"
        self.start_tour(
            f"/odoo/action-mtap_hub.mtap_card_template_action/{self.template.id}",
            "mtap_hub_phone_bulk_preview_tour",
            login="mtap_manager",
        )
        cards = self.env["mtap.profile"].search(
            [("template_id", "=", self.template.id)]
        )
        self.assertEqual(cards.user_id, self.user_c | self.user_d, "picked together")
        # the first round left Carla's card alone (the second one's preview still
        # listed its phone), the second, box ticked, changed it
        self.assertEqual(card.phone, "+3225551212")
