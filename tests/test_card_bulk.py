from odoo.tests import Form, new_test_user, tagged

from .common import MtapTeamsCommon, image_b64

SLUG_RE = r"^person-\d{3}-[a-z0-9]{8}$"
# the cards, their links and followers, the e-mails and the chatter are written in
# batches (of 100 rows, of 50 e-mails): a few queries per batch, none per person
QUERIES_PER_PERSON = 0.2


@tagged("post_install", "-at_install")
class TestCardBulk(MtapTeamsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.people = (
            cls.env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                [
                    {
                        "name": f"Person {n:03d}",
                        "login": f"person{n:03d}@acme.example",
                        "email": f"person{n:03d}@acme.example",
                        "phone": f"0470 12 34 {n % 100:02d}",
                        "function": "Sales Representative",
                    }
                    for n in range(225)
                ]
            )
        )

    def _run(self, users, **options):
        self.env.invalidate_all()
        start = self.env.cr.sql_log_count
        cards, existing = self._bulk_create(users, **options)
        self.env.flush_all()
        return cards, existing, self.env.cr.sql_log_count - start

    def test_cards_for_200_people_in_bounded_queries(self):
        warm_up, few, many = self.people[220:], self.people[:20], self.people[20:220]
        self._run(warm_up)  # caches of a first run (groups, mail template, ...)
        cards_few, _existing, queries_few = self._run(few)
        cards, existing, queries_many = self._run(many)
        self.assertEqual(len(cards), 200)
        self.assertFalse(existing)
        self.assertLessEqual(
            queries_many,
            queries_few + QUERIES_PER_PERSON * (len(many) - len(few)),
            f"{queries_few} queries for 20 people, {queries_many} for 200",
        )
        card = cards.filtered(lambda c: c.user_id == many[0])
        self.assertEqual(card.name, "Person 020")
        self.assertEqual(card.job_title, "Sales Representative")
        self.assertEqual(card.phone, "+32470123420")
        self.assertEqual(card.email, "person020@acme.example")
        self.assertEqual(card.company_name, "Acme Corporation")
        self.assertEqual(card.template_id, self.template)
        self.assertTrue(card.is_published)
        self.assertTrue(card.person_sync)
        self.assertEqual(len(cards.link_ids), 200)
        self.assertEqual(card.message_partner_ids, many[0].partner_id)
        for slug in (cards | cards_few).mapped("slug"):
            self.assertRegex(slug, SLUG_RE)
        self.assertEqual(len(set((cards | cards_few).mapped("slug"))), 220)

    def test_running_again_makes_no_second_card(self):
        people = self.people[:30]
        cards, _existing = self._bulk_create(people, publish=False)
        cards[0].write({"job_title": "Changed on the card"})
        people[1].write({"function": "Head of Sales"})
        again, existing = self._bulk_create(people | self.user_c)
        self.assertEqual(existing, cards)
        self.assertEqual(again.user_id, self.user_c)
        Profile = self.env["mtap.profile"].with_context(active_test=False)
        self.assertEqual(
            Profile.search_count([("template_id", "=", self.template.id)]), 31
        )
        # brought up to date, published as asked, what the card changed kept
        self.assertTrue(all(cards.mapped("is_published")))
        self.assertEqual(cards[1].job_title, "Head of Sales")
        self.assertEqual(cards[0].job_title, "Changed on the card")

    def test_people_get_an_email_with_their_link(self):
        people = self.people[:3]
        cards, _existing = self._bulk_create(people)
        mails = self.env["mail.mail"].search(
            [("model", "=", "mtap.profile"), ("res_id", "in", cards.ids)]
        )
        self.assertEqual(len(mails), 3)
        for card in cards:
            mail = mails.filtered(lambda m, c=card: m.res_id == c.id)
            self.assertEqual(mail.recipient_ids, card.user_id.partner_id)
            self.assertIn(card.public_url, mail.body_html)
        self.assertIn("e-mailed to its owner", cards[0].message_ids[0].body)
        silent, _existing = self._bulk_create(self.people[3:5], notify=False)
        self.assertFalse(
            self.env["mail.mail"].search_count([("res_id", "in", silent.ids)])
        )

    def test_who_cannot_have_a_card_is_left_out(self):
        # (users of another company: see test_card_multicompany)
        wizard = Form(self.env["mtap.card.bulk"].with_user(self.manager))
        wizard.template_id = self.template
        for user in self.people[:2] | self.portal:
            wizard.user_ids.add(user)
        self.assertIn("2 new cards", wizard.summary)
        self.assertIn("Pat Portal", wizard.summary)
        # without the right to grant it, the manager is told who has no access
        self.assertIn("Without mTap access", wizard.summary)
        wizard.save().action_apply()
        cards = self.env["mtap.profile"].search(
            [("template_id", "=", self.template.id)]
        )
        self.assertEqual(cards.user_id, self.people[:2])

    def test_access_given_by_an_administrator(self):
        admin = new_test_user(
            self.env,
            "mtap_admin",
            groups="mtap_hub.group_mtap_manager,base.group_erp_manager",
        )
        group = self.env.ref("mtap_hub.group_mtap_user")
        self.assertNotIn(group, self.people[0].all_group_ids)
        self._bulk_create(self.people[:2], as_user=admin)
        self.assertIn(group, self.people[0].all_group_ids)
        self.assertEqual(
            self.env["mtap.profile"]
            .with_user(self.people[0])
            .action_open_my_card()["res_id"],
            self.env["mtap.profile"].search([("user_id", "=", self.people[0].id)]).id,
        )

    def test_users_list_opens_the_wizard_with_the_selection(self):
        action = self.env.ref("mtap_hub.mtap_card_bulk_action_users")
        self.assertEqual(action.binding_model_id.model, "res.users")
        wizard = (
            self.env["mtap.card.bulk"]
            .with_user(self.manager)
            .with_context(active_model="res.users", active_ids=self.people[:4].ids)
            .create({})
        )
        self.assertEqual(wizard.user_ids, self.people[:4])
        self.assertEqual(wizard.template_id, self.template)

    def test_default_images_are_copied(self):
        self.template.write({"cover_image": image_b64("teal", (600, 200))})
        self.template.cover_image_locked = False
        cards, _existing = self._bulk_create(self.people[:2])
        self.assertTrue(all(cards.mapped("cover_image")))
        self.assertEqual(cards[0]._card_image_holders(), {"logo": self.template})

    def test_photos_cost_a_bounded_number_of_queries_each(self):
        """A photo is stored with its smaller sizes (Odoo's image mixin): a few
        attachments per person, never more."""
        people = self.people[:45]
        for n, user in enumerate(people):
            user.image_1920 = image_b64((n * 5, 80, 120), (96, 96))
        self._run(people[40:])
        _cards, _existing, queries_few = self._run(people[:10])
        cards, _existing, queries_many = self._run(people[10:40])
        self.assertLessEqual(queries_many, queries_few + 5 * 20)
        self.assertEqual(cards[0].image_1920, cards[0].user_id.image_1920)
