from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, users

from .common import MtapCommon


class TestLeadConvert(MtapCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.profile_a.consent_text = "You may e-mail me about Acme products."
        cls.tag_vip = cls.env["crm.tag"].create({"name": "VIP"})
        cls.tag_expo = cls.env["crm.tag"].create({"name": "Expo 2026"})
        # an existing contact tag with the same name, other case: reused, not doubled
        cls.category_vip = cls.env["res.partner.category"].create({"name": "vip"})
        cls.known = cls.env["res.partner"].create(
            {
                "name": "Karl Known",
                "email": "karl@known.example",
                "phone": "+32 470 11 22 33",
            }
        )
        cls.known_company = cls.env["res.partner"].create(
            {"name": "Globex", "is_company": True}
        )
        cls.known_employee = cls.env["res.partner"].create(
            {"name": "Nora Name", "parent_id": cls.known_company.id}
        )

    def _lead(self, name, profile=None, tags=None, **fields):
        lead = self._exchange_lead(profile or self.profile_a, name, **fields)
        if tags:
            lead.tag_ids = tags
        return lead

    def _wizard(self, leads, user=None):
        env = self.env(user=user or self.user_a)
        return Form(
            env["mtap.lead.convert"].with_context(
                active_model="crm.lead", active_ids=leads.ids
            )
        )

    def _apply(self, form):
        wizard = form.save()
        return wizard.action_apply(), wizard

    # ------------------------------------------------------------------
    # matching rules
    # ------------------------------------------------------------------

    def test_match_rules(self):
        by_email = self._lead("K. Known", email="KARL@known.example")
        by_phone = self._lead("Karl", email="karl@other.example", phone="0470 11 22 33")
        by_name = self._lead("nora name", email="nora@new.example", company="GLOBEX")
        name_only = self._lead(
            "Nora Name", email="nora2@new.example", company="Initech"
        )
        nobody = self._lead("Zed Nobody", email="zed@nobody.example")
        leads = by_email | by_phone | by_name | name_only | nobody
        form = self._wizard(leads)
        expected = {
            by_email: ("email", self.known),
            by_phone: ("phone", self.known),
            by_name: ("name_company", self.known_employee),
            name_only: ("none", self.env["res.partner"]),
            nobody: ("none", self.env["res.partner"]),
        }
        self.assertEqual(len(form.line_ids), 5)
        for index in range(5):
            with form.line_ids.edit(index) as line:
                rule, partner = expected[line.lead_id]
                self.assertEqual(line.match_rule, rule, line.lead_id.contact_name)
                self.assertEqual(line.partner_id, partner)
                self.assertEqual(line.action, "link" if partner else "create")

    def test_link_existing_contact(self):
        lead = self._lead(
            "K. Known",
            email="karl@known.example",
            job_title="Buyer",
            message="Call me about the <b>offer</b>",
            tags=self.tag_vip,
        )
        action, _wizard = self._apply(self._wizard(lead))
        self.assertEqual(action["res_id"], self.known.id)
        self.assertEqual(lead.mtap_contact_id, self.known)
        self.assertEqual(lead.mtap_state, "converted")
        self.assertTrue(self.known.mtap_is_contact)
        self.assertEqual(self.known.mtap_source, "converted_lead")
        self.assertEqual(self.known.mtap_owner_id, self.user_a)
        # empty fields filled, existing ones kept
        self.assertEqual(self.known.function, "Buyer")
        self.assertEqual(self.known.phone, "+32 470 11 22 33")
        self.assertIn("Call me about the &lt;b&gt;offer&lt;/b&gt;", self.known.comment)
        self.assertEqual(self.known.category_id, self.category_vip)

    def test_override_link_to_create(self):
        lead = self._lead("K. Known", email="karl@known.example")
        form = self._wizard(lead)
        # one Lead: the simple form's switch
        self.assertEqual(form.single_match_partner_id, self.known)
        self.assertTrue(form.single_link)
        form.single_link = False
        partners_before = self.env["res.partner"].search_count([])
        action, _wizard = self._apply(form)
        contact = lead.mtap_contact_id
        self.assertNotEqual(contact, self.known)
        self.assertEqual(action["res_id"], contact.id)
        self.assertEqual(contact.email, "karl@known.example")
        self.assertEqual(self.env["res.partner"].search_count([]), partners_before + 1)

    def test_override_create_to_link(self):
        lead = self._lead("Zed Nobody", email="zed@nobody.example")
        # several Leads: the table, where any contact can be chosen
        form = self._wizard(lead | self._lead("Other One", email="o@other.example"))
        with form.line_ids.edit(0) as line:
            self.assertEqual(line.action, "create")
            line.action = "link"
            line.partner_id = self.known_employee
        self._apply(form)
        self.assertEqual(lead.mtap_contact_id, self.known_employee)
        self.assertEqual(self.known_employee.email, "zed@nobody.example")

    def test_link_without_contact_is_refused(self):
        lead = self._lead("Zed Nobody", email="zed@nobody.example")
        form = self._wizard(lead | self._lead("Other One", email="o@other.example"))
        with self.assertRaises(AssertionError), form.line_ids.edit(0) as line:
            line.action = "link"  # the form asks for the contact
        wizard = (
            self.env["mtap.lead.convert"]
            .with_user(self.user_a)
            .create({"lead_ids": [(6, 0, lead.ids)]})
        )
        wizard.line_ids.action = "link"
        with self.assertRaises(ValidationError):
            wizard.action_apply()
        self.assertFalse(lead.mtap_contact_id)
        self.assertEqual(lead.mtap_state, "new")

    def test_create_contact_with_company_tags_and_consent(self):
        lead = self._lead(
            "Ada Lovelace",
            email="ada@analytical.example",
            phone="+44 20 7946 0958",
            company="Analytical Engines",
            job_title="Engineer",
            message="Let's talk",
            consent="1",
            tags=self.tag_vip | self.tag_expo,
        )
        self.assertTrue(lead.mtap_consent)
        categories_before = self.env["res.partner.category"].search_count([])
        action, _wizard = self._apply(self._wizard(lead))
        contact = lead.mtap_contact_id
        self.assertEqual(action["res_model"], "res.partner")
        self.assertEqual(action["res_id"], contact.id)
        self.assertEqual(contact.name, "Ada Lovelace")
        self.assertFalse(contact.is_company)
        self.assertEqual(contact.email, "ada@analytical.example")
        # as a typed or scanned Contact's: the international form
        self.assertEqual(contact.phone, "+44 20 7946 0958")
        self.assertEqual(contact.function, "Engineer")
        self.assertIn("Let's talk", contact.comment)
        self.assertTrue(contact.mtap_is_contact)
        self.assertEqual(contact.mtap_source, "converted_lead")
        self.assertEqual(contact.mtap_owner_id, self.user_a)
        self.assertEqual(contact.mtap_profile_id, self.profile_a)
        # a company contact, as Odoo's own conversion does
        company = contact.parent_id
        self.assertTrue(company.is_company)
        self.assertEqual(company.name, "Analytical Engines")
        self.assertFalse(company.email)
        # tags mapped: "VIP" onto the existing "vip", "Expo 2026" created
        self.assertEqual(
            sorted(contact.category_id.mapped("name")), ["Expo 2026", "vip"]
        )
        self.assertEqual(
            self.env["res.partner.category"].search_count([]), categories_before + 1
        )
        # the consent record travels with the person
        self.assertTrue(contact.mtap_consent)
        self.assertEqual(contact.mtap_consent_text, lead.mtap_consent_text)
        self.assertEqual(contact.mtap_consent_version, lead.mtap_consent_version)
        self.assertEqual(contact.mtap_consent_date, lead.mtap_consent_date)
        # the Lead is kept, out of the inbox, without its follow-up
        self.assertTrue(lead.active)
        self.assertEqual(lead.mtap_state, "converted")
        self.assertFalse(lead.activity_ids)
        inbox = self.env["crm.lead"].search([("mtap_state", "in", ("new", "reviewed"))])
        self.assertNotIn(lead, inbox)

    def test_existing_company_contact_is_reused(self):
        lead = self._lead("Otto New", email="otto@globex.example", company="globex")
        self._apply(self._wizard(lead))
        self.assertEqual(lead.mtap_contact_id.parent_id, self.known_company)

    def test_chatter_on_both_sides(self):
        lead = self._lead("Ada Lovelace", email="ada@analytical.example")
        self._apply(self._wizard(lead))
        contact = lead.mtap_contact_id
        lead_note = lead.message_ids.filtered(
            lambda m: "Converted to the Contact" in m.body
        )
        contact_note = contact.message_ids.filtered(
            lambda m: "Converted from the Lead" in m.body
        )
        self.assertEqual(len(lead_note), 1)
        self.assertIn(f'data-oe-id="{contact.id}"', lead_note.body)
        self.assertEqual(len(contact_note), 1)
        self.assertIn(f'data-oe-id="{lead.id}"', contact_note.body)
        self.assertIn(self.profile_a.name, contact_note.body)

    def test_opportunity_option(self):
        lead = self._lead(
            "Ada Lovelace",
            email="ada@analytical.example",
            company="Analytical Engines",
            tags=self.tag_vip,
        )
        form = self._wizard(lead)
        form.create_opportunity = True
        self._apply(form)
        opportunity = self.env["crm.lead"].search(
            [("type", "=", "opportunity"), ("partner_id", "=", lead.mtap_contact_id.id)]
        )
        self.assertEqual(len(opportunity), 1)
        self.assertEqual(opportunity.user_id, self.user_a)
        self.assertEqual(opportunity.tag_ids, self.tag_vip)
        self.assertIn("Analytical Engines", opportunity.name)

    def test_no_opportunity_by_default(self):
        lead = self._lead("Ada Lovelace", email="ada@analytical.example")
        self._apply(self._wizard(lead))
        self.assertFalse(
            self.env["crm.lead"].search_count(
                [("partner_id", "=", lead.mtap_contact_id.id)]
            )
        )

    def test_converted_lead_is_not_converted_twice(self):
        lead = self._lead("Ada Lovelace", email="ada@analytical.example")
        self._apply(self._wizard(lead))
        form = self._wizard(lead)
        self.assertEqual(len(form.line_ids), 0)
        with self.assertRaises(UserError):
            form.save().action_apply()
        # a wizard made for it before the first conversion refuses it too
        again = self._lead("Bo Twice", email="bo@twice.example")
        stale = (
            self.env["mtap.lead.convert"]
            .with_user(self.user_a)
            .create({"lead_ids": [(6, 0, again.ids)]})
        )
        self._apply(self._wizard(again))
        with self.assertRaises(UserError):
            stale.action_apply()

    def test_same_person_again_after_conversion_is_a_new_lead(self):
        lead = self._lead("Ada Lovelace", email="ada@analytical.example")
        self._apply(self._wizard(lead))
        again = self._lead("Ada Lovelace", email="ada@analytical.example")
        self.assertNotEqual(again, lead)
        self.assertEqual(again.mtap_known_partner_id, lead.mtap_contact_id)
        self.assertEqual(again.mtap_state, "new")

    # ------------------------------------------------------------------
    # access
    # ------------------------------------------------------------------

    def test_user_cannot_convert_someone_elses_lead(self):
        lead_b = self._lead("Bea", profile=self.profile_b, email="bea@b.example")
        with self.assertRaises(AccessError):
            self.env["mtap.lead.convert"].with_user(self.user_a).create(
                {"lead_ids": [(6, 0, lead_b.ids)]}
            ).action_apply()
        # even with "all documents" in Sales, another owner's mTap Lead stays closed
        self.user_a.group_ids |= self.env.ref(
            "sales_team.group_sale_salesman_all_leads"
        )
        with self.assertRaises(AccessError):
            lead_b.with_user(self.user_a).action_mtap_archive()
        with self.assertRaises(AccessError):
            lead_b.with_user(self.user_a).action_mtap_convert()
        self.assertFalse(lead_b.mtap_contact_id)

    def test_manager_converts_anyones_lead(self):
        lead_b = self._lead("Bea", profile=self.profile_b, email="bea@b.example")
        self._apply(self._wizard(lead_b, user=self.manager))
        contact = lead_b.mtap_contact_id
        self.assertTrue(contact)
        # the Contact is the Lead's owner's, not the manager's
        self.assertEqual(contact.mtap_owner_id, self.user_b)

    @users("mtap_user_a")
    def test_batch_queries_do_not_grow_per_lead(self):
        def convert(count, prefix):
            leads = (
                self.env["crm.lead"]
                .sudo()
                .create(
                    [
                        {
                            "name": f"{prefix} {i}",
                            "type": "lead",
                            "contact_name": f"{prefix} Person {i}",
                            "email_from": f"{prefix.lower()}{i}@corp{i % 7}.example",
                            "phone": f"+3247{i:07d}",
                            "partner_name": f"{prefix} Corp {i % 7}",
                            "user_id": self.user_a.id,
                            "mtap_profile_id": self.profile_a.id,
                            "mtap_source": "exchange_form",
                            "tag_ids": [(6, 0, (self.tag_vip | self.tag_expo).ids)],
                        }
                        for i in range(count)
                    ]
                )
            )
            leads = leads.with_env(self.env)
            self.env.invalidate_all()
            start = self.env.cr.sql_log_count
            wizard = self.env["mtap.lead.convert"].create(
                {"lead_ids": [(6, 0, leads.ids)]}
            )
            wizard.action_apply()
            self.env.flush_all()
            self.assertTrue(all(leads.mapped("mtap_contact_id")))
            return self.env.cr.sql_log_count - start

        convert(5, "Warm")  # fill the caches
        small = convert(20, "Small")
        large = convert(200, "Large")
        per_lead = (large - small) / 180
        # no N+1: 180 more Leads cost a bounded number of queries each, far from
        # what one write, message and partner per query would give
        self.assertLess(per_lead, 1.5, f"20 Leads: {small} queries, 200: {large}")
