from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, HttpCase, new_test_user, tagged

from .common import MtapTeamsCommon


@tagged("post_install", "-at_install")
class TestCardDeparture(MtapTeamsCommon, HttpCase):
    def setUp(self):
        super().setUp()
        cards, _existing = self._bulk_create(self.user_c, notify=False)
        self.card = cards
        self.card.write({"phone": "+32 470 11 22 33"})
        Partner = self.env["res.partner"]
        # Carla's work: two open Leads (one followed up), a converted Lead, two
        # Contacts with a follow-up each, and a blocked sender
        self.lead_open = self._exchange_lead(
            self.card, "Olive Open", email="olive@o.example"
        )
        self.lead_other = self._exchange_lead(
            self.card, "Otto Other", email="otto@o.example"
        )
        self.lead_won = self._exchange_lead(
            self.card, "Vera Won", email="vera@o.example"
        )
        self.lead_won.action_set_won()
        self.contacts = self._mtap_contacts(
            self.user_c,
            [
                {"name": "Cora Contact", "email": "cora@c.example"},
                {"name": "Carl Contact", "email": "carl@c.example"},
            ],
        ).with_env(self.env)
        self.contacts._mtap_followup_schedule()
        (self.lead_open | self.lead_other)._mtap_followup_schedule()
        for record in [self.lead_open, *self.contacts]:
            record.activity_schedule(
                "mail.mail_activity_data_call", summary="Call", user_id=self.user_c.id
            )
        self.env["mtap.exchange.block"].create(
            {"user_id": self.user_c.id, "email_normalized": "spam@s.example"}
        )
        self.Partner = Partner

    def _carla_counts(self):
        """What Carla owns and what the new owner owns: Leads, Contacts and open
        activities."""
        Activity = self.env["mail.activity"]
        records = [
            ("crm.lead", (self.lead_open | self.lead_other).ids),
            ("res.partner", self.contacts.ids),
        ]
        domain = [
            "|",
            "&",
            ("res_model", "=", records[0][0]),
            ("res_id", "in", records[0][1]),
            "&",
            ("res_model", "=", records[1][0]),
            ("res_id", "in", records[1][1]),
        ]
        return {
            user.name: (
                self.env["crm.lead"].search_count(
                    [("user_id", "=", user.id), ("mtap_profile_id", "=", self.card.id)]
                ),
                self.Partner.search_count([("mtap_owner_id", "=", user.id)]),
                Activity.search_count([("user_id", "=", user.id), *domain]),
            )
            for user in self.user_c | self.user_d
        }

    def test_archived_owner_card_is_unknown_then_reassigned(self):
        self.card.is_published = True
        self.assertEqual(self.url_open(f"/mtap/{self.card.slug}").status_code, 200)
        before = self._carla_counts()
        self.assertEqual(before, {"Carla Team": (3, 2, 7), "Dario Team": (0, 0, 0)})

        self.user_c.action_archive()
        self.assertFalse(self.card.is_published)
        self.assertTrue(self.card.departure_unpublished)
        self.assertEqual(self.url_open(f"/mtap/{self.card.slug}").status_code, 404)
        self.assertEqual(
            self.url_open(f"/mtap/{self.card.slug}/qr.png").status_code, 404
        )
        # the follow-ups of the leaver wait for the re-assignment: nothing deleted
        self.assertEqual(self._carla_counts(), before)
        self.assertIn("was archived", self.card.message_ids[0].body)

        form = Form(
            self.env["mtap.card.reassign"]
            .with_user(self.manager)
            .with_context(active_model="mtap.profile", active_ids=self.card.ids)
        )
        self.assertTrue(form.publish)
        form.user_id = self.user_d
        wizard = form.save()
        self.assertEqual(wizard.previous_user_ids, self.user_c)
        # the open Leads (not the won one), the Contacts, their open activities
        self.assertEqual(
            (wizard.lead_count, wizard.contact_count, wizard.activity_count),
            (2, 2, 7),
        )
        wizard.action_apply()

        after = self._carla_counts()
        self.assertEqual(after, {"Carla Team": (1, 0, 0), "Dario Team": (2, 2, 7)})
        self.assertEqual(self.lead_won.user_id, self.user_c)  # history stays
        self.assertEqual(self.card.user_id, self.user_d)
        self.assertEqual(self.card.name, "Dario Team")
        self.assertEqual(self.card.email, "dario@acme.example")
        self.assertFalse(self.card.phone)  # Dario's, not Carla's
        self.assertTrue(self.card.is_published)
        self.assertFalse(self.card.departure_unpublished)
        # same address, now Dario's card
        page = self.url_open(f"/mtap/{self.card.slug}")
        self.assertEqual(page.status_code, 200)
        self.assertIn("Dario Team", page.text)
        self.assertNotIn("Carla Team", page.text)
        # every chatter says so, the new owner is told
        message = self.card.message_ids[0]
        self.assertIn("re-assigned from Carla Team to Dario Team", message.body)
        self.assertEqual(message.partner_ids, self.user_d.partner_id)
        for record in [self.lead_open, self.lead_other, *self.contacts]:
            self.assertIn("Moved to Dario Team", record.message_ids[0].body)
            self.assertIn(self.user_d.partner_id, record.message_partner_ids)
        self.assertEqual(self.lead_open.team_id, self.team)
        self.assertTrue(
            self.env["mtap.exchange.block"]._is_blocked(self.user_d, "spam@s.example")
        )
        # the cron schedules the next follow-ups for the new owner
        self.assertEqual(self.lead_open.mtap_followup_activity_id.user_id, self.user_d)

    def test_reassign_only_what_is_chosen(self):
        self.user_c.action_archive()
        wizard = (
            self.env["mtap.card.reassign"]
            .with_user(self.manager)
            .create(
                {
                    "profile_ids": [(6, 0, self.card.ids)],
                    "user_id": self.user_d.id,
                    "move_contacts": False,
                    "use_owner_details": False,
                    "publish": False,
                }
            )
        )
        wizard.action_apply()
        self.assertEqual(
            self._carla_counts(), {"Carla Team": (1, 2, 4), "Dario Team": (2, 0, 3)}
        )
        self.assertEqual(self.card.name, "Carla Team")
        self.assertFalse(self.card.is_published)

    def test_whoever_archives_gets_a_to_do(self):
        self.card.is_published = True
        admin = new_test_user(
            self.env,
            "mtap_admin",
            name="Ada Admin",
            groups="base.group_erp_manager,mtap_hub.group_mtap_manager",
        )
        self.user_c.with_user(admin).action_archive()
        todo = self.card.activity_ids
        self.assertEqual(todo.user_id, admin)
        self.assertEqual(todo.summary, "Re-assign this card")

    def test_owner_back_publishes_again(self):
        self.card.is_published = True
        self.user_c.action_archive()
        self.assertFalse(self.card.is_published)
        self.user_c.action_unarchive()
        self.assertTrue(self.card.is_published)
        self.assertFalse(self.card.departure_unpublished)

    def test_only_managers_reassign_within_the_company(self):
        with self.assertRaises(AccessError):
            self.env["mtap.card.reassign"].with_user(self.user_c).create(
                {"profile_ids": [(6, 0, self.card.ids)], "user_id": self.user_d.id}
            )
        other_company = self.env["res.company"].create({"name": "Other Co"})
        outsider = new_test_user(
            self.env,
            "mtap_outsider2",
            name="Omar Outsider",
            company_id=other_company.id,
            company_ids=[(6, 0, other_company.ids)],
        )
        wizard = (
            self.env["mtap.card.reassign"]
            .with_user(self.manager)
            .create({"profile_ids": [(6, 0, self.card.ids)], "user_id": outsider.id})
        )
        with self.assertRaisesRegex(UserError, "cannot own cards of"):
            wizard.action_apply()
        self.assertEqual(self.card.user_id, self.user_c)
