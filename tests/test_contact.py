from odoo.exceptions import AccessError, UserError
from odoo.tests import Form

from .common import MtapCommon


class TestContact(MtapCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.contact_b = (
            cls.env["res.partner"]
            .with_user(cls.user_b)
            .create(
                {
                    "name": "Bob's Friend",
                    "email": "friend@b.example",
                    "mtap_is_contact": True,
                }
            )
        )
        cls.shared = cls.env["res.partner"].create(
            {
                "name": "Shared Sam",
                "email": "sam@shared.example",
                "phone": "+32470556677",
            }
        )

    def _add_form(self, user=None):
        return Form(self.env["mtap.contact.add"].with_user(user or self.user_a))

    def test_add_contact_manually(self):
        vip = self.env["res.partner.category"].create({"name": "VIP"})
        form = self._add_form()
        form.name = "Ada Lovelace"
        form.company_name = "Analytical Engines"
        form.function = "Engineer"
        form.email = "Ada@Analytical.example"
        form.phone = "+44 20 7946 0958"
        form.category_ids.add(vip)
        form.met_event = "Expo 2026"
        form.met_place = "Brussels"
        form.note = "Loves <b>engines</b>"
        self.assertFalse(form.duplicate_id)
        action = form.save().action_save()
        contact = self.env["res.partner"].browse(action["res_id"])
        self.assertRecordValues(
            contact,
            [
                {
                    "name": "Ada Lovelace",
                    "function": "Engineer",
                    "email": "Ada@Analytical.example",
                    "mtap_is_contact": True,
                    "mtap_source": "manual",
                    "mtap_owner_id": self.user_a.id,
                    "mtap_met_event": "Expo 2026",
                    "mtap_met_place": "Brussels",
                }
            ],
        )
        self.assertEqual(contact.category_id, vip)
        self.assertEqual(contact.parent_id.name, "Analytical Engines")
        self.assertTrue(contact.parent_id.is_company)
        self.assertIn("Loves &lt;b&gt;engines&lt;/b&gt;", contact.comment)
        self.assertTrue(contact.mtap_met_date)

    def test_duplicate_warning_before_saving(self):
        form = self._add_form()
        form.name = "Sam"
        form.email = " SAM@shared.example "
        self.assertEqual(form.duplicate_id, self.shared)
        form.email = "other@x.example"
        self.assertFalse(form.duplicate_id)
        form.phone = "0470 55 66 77"  # national format, same number
        self.assertEqual(form.duplicate_id, self.shared)
        wizard = form.save()
        action = wizard.action_open_duplicate()
        self.assertEqual(action["res_id"], self.shared.id)

    def test_other_users_contact_is_not_offered_as_duplicate(self):
        form = self._add_form()
        form.name = "Friend"
        form.email = "friend@b.example"
        self.assertFalse(form.duplicate_id)

    def test_duplicate_banner_on_the_contact_form(self):
        contact = (
            self.env["res.partner"]
            .with_user(self.user_a)
            .create(
                {
                    "name": "Sam Again",
                    "phone": "+32 470 55 66 77",
                    "mtap_is_contact": True,
                }
            )
        )
        self.assertEqual(contact.mtap_duplicate_id, self.shared)

    def test_invalid_email_is_refused(self):
        form = self._add_form()
        form.name = "Bad"
        form.email = "not an e-mail"
        count = self.env["res.partner"].search_count([])
        with self.assertRaises(UserError):
            form.save().action_save()
        self.assertEqual(self.env["res.partner"].search_count([]), count)

    # ------------------------------------------------------------------
    # access (cases 18, 22)
    # ------------------------------------------------------------------

    def test_user_cannot_see_or_edit_another_users_contacts(self):
        Partner = self.env["res.partner"].with_user(self.user_a)
        self.assertFalse(Partner.search([("id", "=", self.contact_b.id)]))
        self.assertFalse(Partner.search([("email", "=", "friend@b.example")]))
        with self.assertRaises(AccessError):
            self.contact_b.with_user(self.user_a).read(["email"])
        with self.assertRaises(AccessError):
            self.contact_b.with_user(self.user_a).write(
                {"mtap_owner_id": self.user_a.id}
            )
        # the shared partner book is untouched
        self.assertEqual(Partner.search([("id", "=", self.shared.id)]), self.shared)
        self.assertEqual(self.contact_b.mtap_owner_id, self.user_b)

    def test_user_cannot_give_or_take_ownership(self):
        mine = (
            self.env["res.partner"]
            .with_user(self.user_a)
            .create({"name": "Mine", "mtap_is_contact": True})
        )
        self.assertEqual(mine.mtap_owner_id, self.user_a)
        with self.assertRaises(AccessError):
            mine.with_user(self.user_a).write({"mtap_owner_id": self.user_b.id})
        with self.assertRaises(AccessError):
            self.env["res.partner"].with_user(self.user_a).create(
                {
                    "name": "Planted",
                    "mtap_is_contact": True,
                    "mtap_owner_id": self.user_b.id,
                }
            )

    def test_manager_sees_and_reassigns_all(self):
        Partner = self.env["res.partner"].with_user(self.manager)
        self.assertEqual(
            Partner.search([("id", "=", self.contact_b.id)]), self.contact_b
        )
        self.contact_b.with_user(self.manager).write({"mtap_owner_id": self.user_a.id})
        self.assertEqual(
            self.env["res.partner"]
            .with_user(self.user_a)
            .search([("id", "=", self.contact_b.id)]),
            self.contact_b,
        )
