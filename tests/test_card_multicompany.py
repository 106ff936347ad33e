from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import MtapTeamsCommon


@tagged("post_install", "-at_install")
class TestCardMultiCompany(MtapTeamsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company_b = cls.env["res.company"].create({"name": "Company B"})
        cls.template_b = cls.env["mtap.card.template"].create(
            {"name": "B Team", "company_id": cls.company_b.id, "company_name": "B Inc"}
        )
        cls.user_b_company = new_test_user(
            cls.env,
            "mtap_user_company_b",
            name="Bea B",
            groups="mtap_hub.group_mtap_user",
            company_id=cls.company_b.id,
            company_ids=[(6, 0, cls.company_b.ids)],
        )
        cls.manager_ab = new_test_user(
            cls.env,
            "mtap_manager_ab",
            name="Max Both",
            groups="mtap_hub.group_mtap_manager",
            company_ids=[(6, 0, (cls.env.company | cls.company_b).ids)],
        )

    def test_manager_of_a_cannot_pick_a_template_of_b(self):
        Template = self.env["mtap.card.template"].with_user(self.manager)
        self.assertEqual(Template.search([]), self.template)
        with self.assertRaises(AccessError):
            self.template_b.with_user(self.manager).read(["name"])
        # refused by the wizard's company check (UserError) or the template's
        # record rule (AccessError, a UserError too)
        with self.assertRaises(UserError):
            self._bulk_create(self.user_c, template=self.template_b)
        with self.assertRaises(AccessError):
            self.env["mtap.profile"].with_user(self.manager).create(
                {
                    "name": "Carla",
                    "user_id": self.user_c.id,
                    "template_id": self.template_b.id,
                }
            )
        with self.assertRaises(UserError):
            self.profile_a.with_user(self.manager).write(
                {"template_id": self.template_b.id}
            )
        self.assertFalse(self.profile_a.template_id)

    def test_card_and_template_of_different_companies_refused(self):
        # even where record rules do not apply, the companies must match
        with self.assertRaisesRegex(UserError, "company inconsistencies"):
            self.profile_a.with_env(self.env).write({"template_id": self.template_b.id})
        with self.assertRaisesRegex(UserError, "company inconsistencies"):
            self.env["mtap.profile"].create(
                {
                    "name": "Bea on A",
                    "user_id": self.user_b_company.id,
                    "company_id": self.env.company.id,
                }
            )

    def test_user_of_b_gets_a_card_of_b_only(self):
        cards, _existing = self._bulk_create(
            self.user_b_company | self.user_c,
            template=self.template_b,
            as_user=self.manager_ab,
            company_id=self.company_b.id,
        )
        self.assertEqual(cards.user_id, self.user_b_company)
        self.assertEqual(cards.company_id, self.company_b)
        self.assertEqual(cards.company_name, "B Inc")
        # user C (company A only) is left out; the template of B is not theirs
        with self.assertRaises(AccessError):
            self.template_b.with_user(self.user_c).read(["name"])

    def test_template_company_cannot_change_under_its_cards(self):
        self._bulk_create(self.user_c)
        with self.assertRaisesRegex(Exception, "cards of another company"):
            self.template.company_id = self.company_b
