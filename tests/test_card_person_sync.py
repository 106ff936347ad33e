from odoo.tests import tagged

from .common import MtapTeamsCommon, image_b64


@tagged("post_install", "-at_install")
class TestCardPersonSync(MtapTeamsCommon):
    def setUp(self):
        super().setUp()
        Profile = self.env["mtap.profile"]
        self.card_c, self.card_d = (
            Profile.create(
                {
                    **Profile._person_values(user, self.env.company),
                    "user_id": user.id,
                    "template_id": self.template.id,
                    "person_sync": True,
                }
            )
            for user in (self.user_c, self.user_d)
        )

    def test_card_follows_its_owner(self):
        self.user_c.write(
            {
                "name": "Carla Newname",
                "phone": "+32 470 99 88 77",
                "function": "Head of Sales",
                "email": "carla.new@acme.example",
                "image_1920": image_b64("green", (300, 300)),
            }
        )
        card = self.card_c
        self.assertEqual(card.name, "Carla Newname")
        self.assertEqual(card.phone, "+32470998877")
        self.assertEqual(card.job_title, "Head of Sales")
        self.assertEqual(card.email, "carla.new@acme.example")
        self.assertEqual(card.image_1920, self.user_c.image_1920)
        # the partner changed directly (e.g. from Contacts) counts too
        self.user_c.partner_id.write({"function": "Sales Director"})
        self.assertEqual(card.job_title, "Sales Director")
        # another user's card does not move
        self.assertEqual(self.card_d.name, "Dario Team")

    def test_what_the_card_changed_stays(self):
        self.card_c.with_user(self.user_c).write({"job_title": "Chief Handshaker"})
        self.assertEqual(self.card_c.person_overrides, "job_title")
        self.user_c.write({"function": "Buyer", "name": "Carla Renamed"})
        self.assertEqual(self.card_c.job_title, "Chief Handshaker")
        self.assertEqual(self.card_c.name, "Carla Renamed")
        self.card_c.with_user(self.manager).action_follow_owner()
        self.assertEqual(self.card_c.job_title, "Buyer")
        self.assertFalse(self.card_c.person_overrides)

    def test_a_phone_a_card_would_refuse_is_left_out(self):
        self.user_c.write({"phone": "not a phone"})
        self.assertFalse(self.card_c.phone)

    def test_cards_made_by_hand_do_not_follow(self):
        self.user_a.write({"name": "Alice Renamed"})
        self.assertEqual(self.profile_a.name, "Alice Mtap")
