"""One door for Leads (``mtap.exchange``), one for Contacts (``mtap.contact.card``),
and the facts each lives in one place."""

import logging
import time
from datetime import timedelta

import vobject

from odoo import fields
from odoo.tests import Form, tagged

from ..models.mtap_settings import SETTINGS
from .common import PERSON_FIELDS, MtapCommon, image_b64, load_migration


@tagged("post_install", "-at_install")
class TestExchangeService(MtapCommon):
    """The Exchange service on its own: each outcome of ``_submit_form``."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.profile_a.is_published = True
        cls.Exchange = cls.env["mtap.exchange"].sudo()
        cls.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.exchange_min_fill_seconds", "2"
        )

    def _post(self, age=10, **fields_):
        token = self.Exchange._issue_token(
            self.profile_a, timestamp=int(time.time()) - age
        )
        return {"mtap_token": token, "name": "Ada Lovelace", **fields_}

    def _leads(self):
        return self.env["crm.lead"].search_count([("mtap_profile_id", "!=", False)])

    def test_sent_creates_one_lead_then_updates_it(self):
        outcome = self.Exchange._submit_form(
            self.profile_a, self._post(email="ada@example.com"), "10.0.0.1"
        )
        self.assertEqual(outcome["status"], "sent")
        lead = outcome["lead"]
        self.assertEqual(lead.mtap_owner_id, self.user_a)
        self.assertEqual(lead.email_from, "ada@example.com")
        self.assertEqual(self.profile_a.exchange_count, 1)
        again = self.Exchange._submit_form(
            self.profile_a,
            self._post(email="ada@example.com", company="Engines"),
            "10.0.0.1",
        )
        self.assertEqual(again["lead"], lead)
        self.assertEqual(lead.partner_name, "Engines")
        self.assertEqual(lead.mtap_exchange_count, 2)

    def test_robot_is_thanked_and_nothing_is_stored(self):
        before = self._leads()
        for post in (
            self._post(email="a@example.com", website="spam"),  # honeypot
            {"name": "Bot", "email": "b@example.com", "mtap_token": "1.2.3"},
        ):
            outcome = self.Exchange._submit_form(self.profile_a, post, "10.0.0.2")
            self.assertEqual(outcome["status"], "robot")
        replayed = self._post(email="c@example.com")
        self.Exchange._submit_form(self.profile_a, replayed, "10.0.0.2")
        replayed["email"] = "d@example.com"
        outcome = self.Exchange._submit_form(self.profile_a, replayed, "10.0.0.2")
        self.assertEqual(outcome["status"], "robot")
        self.assertEqual(self._leads(), before + 1)

    def test_errors_come_back_with_the_input_and_a_message(self):
        outcome = self.Exchange._submit_form(
            self.profile_a, self._post(email="not-an-email", company="Acme"), "x"
        )
        self.assertEqual(outcome["status"], "errors")
        self.assertEqual(outcome["values"]["company"], "Acme")
        self.assertIn("not valid", outcome["errors"]["email"])
        expired = self.Exchange._submit_form(
            self.profile_a, self._post(age=3 * 3600, email="a@example.com"), "x"
        )
        self.assertIn("open for too long", expired["errors"]["form"])

    def test_too_fast_is_a_person_unless_a_second_signal_agrees(self):
        outcome = self.Exchange._submit_form(
            self.profile_a, self._post(age=0, email="fast@example.com"), "x"
        )
        self.assertEqual(outcome["status"], "sent")
        self.assertFalse(outcome["lead"].mtap_suspected_spam)
        self.assertTrue(outcome["lead"].mtap_sent_quickly)
        # the same address, many times fast within the window: quarantined
        self.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.exchange_rate_limit_ip", "4"
        )
        for n in range(2):
            outcome = self.Exchange._submit_form(
                self.profile_a, self._post(age=0, email=f"f{n}@example.com"), "x"
            )
        self.assertTrue(outcome["lead"].mtap_suspected_spam)

    def test_too_many_over_the_rate_limit(self):
        self.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.exchange_rate_limit_ip", "1"
        )
        first = self.Exchange._submit_form(
            self.profile_a, self._post(email="one@example.com"), "10.9.9.9"
        )
        self.assertEqual(first["status"], "sent")
        second = self.Exchange._submit_form(
            self.profile_a, self._post(email="two@example.com"), "10.9.9.9"
        )
        self.assertEqual(second["status"], "too_many")

    def test_failed_rolls_everything_back(self):
        before = self._leads()
        self.env.ref("mtap_hub.ir_cron_mtap_notify").unlink()
        with self.assertLogs("odoo.addons.mtap_hub.models.mtap_exchange", "ERROR"):
            outcome = self.Exchange._submit_form(
                self.profile_a, self._post(email="boom@example.com"), "x"
            )
        self.assertEqual(outcome["status"], "failed")
        self.assertEqual(outcome["values"]["email"], "boom@example.com")
        self.assertEqual(self._leads(), before)


@tagged("post_install", "-at_install")
class TestOneWayToAContact(MtapCommon):
    """A converted Lead becomes a Contact exactly as a typed one does."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.profile_a.is_published = True
        cls.vip_tag = cls.env["crm.tag"].create({"name": "VIP"})
        cls.vip = cls.env["res.partner.category"].create({"name": "VIP"})
        cls.country = cls.env.ref("base.fr")

    def _lead(self, email, company="Ada Engines"):
        lead = self._exchange_lead(
            self.profile_a,
            "Ada Lovelace",
            email=email,
            phone="+33 1 23 45 67 89",
            company=company,
            job_title="Engineer",
            message="Let's talk",
        )
        lead.sudo().write(
            {
                "tag_ids": [(6, 0, self.vip_tag.ids)],
                "street": "1 Rue de la Paix",
                "zip": "75002",
                "city": "Paris",
                "country_id": self.country.id,
            }
        )
        return lead

    def _convert(self, lead):
        wizard = (
            self.env["mtap.lead.convert"]
            .with_user(self.user_a)
            .with_context(default_lead_ids=lead.ids)
            .create({})
        )
        wizard.line_ids.action = "create"
        wizard.action_apply()
        return lead.mtap_contact_id

    def _typed(self, email, company="Ada Engines"):
        form = Form(self.env["mtap.contact.add"].with_user(self.user_a))
        form.name = "Ada Lovelace"
        form.email = email
        form.phone = "+33 1 23 45 67 89"
        form.company_name = company
        form.function = "Engineer"
        form.street = "1 Rue de la Paix"
        form.zip = "75002"
        form.city = "Paris"
        form.country_id = self.country
        form.note = "Let's talk"
        form.category_ids.add(self.vip)
        wizard = form.save()
        wizard.action_save()
        return self.env["res.partner"].search(
            [("email", "=", email), ("mtap_is_contact", "=", True)]
        )

    def test_converted_and_typed_give_the_same_contact(self):
        converted = self._convert(self._lead("ada1@engines.example"))
        typed = self._typed("ada2@engines.example")
        for name in PERSON_FIELDS:
            with self.subTest(field=name):
                if name == "email":
                    continue
                self.assertEqual(converted[name], typed[name])
        self.assertEqual(converted.parent_id, typed.parent_id, "one company")
        self.assertEqual(converted.category_id, typed.category_id)
        self.assertEqual(converted.mtap_owner_id, typed.mtap_owner_id)
        # a person's own address is kept as theirs, and not put on the company
        self.assertEqual(converted.type, "other")
        self.assertFalse(converted.parent_id.street)

    def test_same_duplicate_decision_whichever_way(self):
        known = self._mtap_contacts(
            self.user_a, [{"name": "Ada L.", "email": "ada@engines.example"}]
        )
        Card = self.env["mtap.contact.card"].with_user(self.user_a)
        lead = self._lead("ada@engines.example")
        from_lead = Card._mtap_people(Card._mtap_lead_values(lead), self.user_a)
        form = Form(self.env["mtap.contact.add"].with_user(self.user_a))
        form.name = "Ada Lovelace"
        form.email = "ada@engines.example"
        self.assertEqual(form.duplicate_id, known)
        found = self.env["res.partner"]._mtap_match_people(from_lead)
        self.assertEqual(found[0][0], known)

    def test_an_existing_company_is_linked_and_keeps_its_address(self):
        company = self.env["res.partner"].create(
            {"name": "Globex", "is_company": True, "street": "Globex Way 1"}
        )
        contact = self._convert(self._lead("otto@globex.example", company="globex"))
        self.assertEqual(contact.parent_id, company)
        self.assertEqual(company.street, "Globex Way 1")
        self.assertEqual(contact.street, "1 Rue de la Paix")
        new_company = self._convert(
            self._lead("x@initech.example", company="Initech")
        ).parent_id
        self.assertTrue(new_company.is_company)
        self.assertFalse(new_company.street, "a Lead's address is the person's")


@tagged("post_install", "-at_install")
class TestOneFactOnePlace(MtapCommon):
    def test_a_salesperson_change_moves_the_lead(self):
        lead = self._exchange_lead(self.profile_a, "Vera", email="vera@x.example")
        self.assertEqual(lead.mtap_owner_id, self.user_a)
        Lead = self.env["crm.lead"]
        self.assertIn(lead, Lead.with_user(self.user_a).search([]))
        self.assertNotIn(lead, Lead.with_user(self.user_b).search([]))
        lead.with_user(self.manager).user_id = self.user_b
        self.assertEqual(lead.mtap_owner_id, self.user_b)
        self.assertIn(lead, Lead.with_user(self.user_b).search([]))
        self.assertNotIn(lead, Lead.with_user(self.user_a).search([]))
        today = self.env["mtap.today"].with_user(self.user_b).search([])
        self.assertIn(lead, today.lead_id)

    def test_the_due_rule_is_one_in_the_domain_and_the_sql(self):
        today = fields.Date.context_today(self.env["crm.lead"])
        people = self._mtap_contacts(
            self.user_a, [{"name": f"Edge {i}"} for i in range(6)]
        )
        edges = [
            ("active", today),
            ("active", today - timedelta(days=1)),
            ("active", today + timedelta(days=1)),
            ("stopped", today - timedelta(days=1)),
            ("drip", False),
            ("active", today),
        ]
        for person, (state, date) in zip(people, edges, strict=True):
            person.write(
                {
                    "mtap_followup_state": state,
                    "mtap_followup_date": date,
                    "mtap_followup_activity_id": False,
                }
            )
        people[5].active = False
        Partner = self.env["res.partner"]
        by_domain = Partner.search(
            [("id", "in", people.ids), *Partner._mtap_followup_to_schedule()]
        )
        by_sql = Partner.browse(Partner._mtap_followup_due_ids(people[0].id - 1, 100))
        self.assertEqual(by_domain, people[:2])
        self.assertEqual(by_sql & people, by_domain)
        self.assertEqual(
            Partner.search_count(
                [("id", "in", people.ids), *Partner._mtap_followup_due_domain()]
            ),
            2,
        )
        self.env.flush_all()
        today_items = self.env["mtap.today"].search(
            [("partner_id", "in", people.ids), ("is_due", "=", True)]
        )
        self.assertEqual(today_items.partner_id, people[:2])

    def test_settings_defaults_are_the_screen_defaults(self):
        params = self.env["ir.config_parameter"].sudo()
        params.search([("key", "=like", "mtap_hub.exchange%")]).unlink()
        settings = self.env["res.config.settings"].create({})
        for key in ("exchange_rate_limit_ip", "exchange_min_fill_seconds"):
            self.assertEqual(settings[f"mtap_{key}"], SETTINGS[key])
            self.assertEqual(self.env["mtap.settings"]._get_int(key), SETTINGS[key])


@tagged("post_install", "-at_install")
class TestSmallDefects(MtapCommon):
    def test_the_served_address_is_the_cards_address(self):
        self.env["mtap.settings"]._set_served_address("http://127.0.0.1:8123")
        self.profile_a.is_published = True
        self.assertEqual(
            self.profile_a.public_url,
            f"http://127.0.0.1:8123/mtap/{self.profile_a.slug}",
        )
        vcard = self.profile_a._get_vcard_file().decode()
        self.assertIn("http://127.0.0.1:8123/mtap/", vcard.replace("\r\n ", ""))
        self.assertNotIn("localhost:0", vcard)

    def test_vcard_lines_are_folded_at_75_octets(self):
        photo = image_b64("navy", (400, 400), image_format="JPEG")
        self.profile_a.write(
            {"image_1920": photo, "bio": "Ça va très bien, ünïcödé " * 10}
        )
        data = self.profile_a._get_vcard_file()
        self.assertTrue(all(len(line) <= 75 for line in data.split(b"\r\n")))
        card = vobject.readOne(data.decode())
        self.assertEqual(card.fn.value, "Alice Mtap")
        self.assertTrue(card.photo.value)
        contact = self._mtap_contacts(
            self.user_a, [{"name": "Photo Person", "image_1920": photo}]
        )
        exported = contact._get_vcard_file()
        self.assertTrue(all(len(line) <= 75 for line in exported.split(b"\r\n")))
        self.assertTrue(vobject.readOne(exported.decode()).photo.value)

    def test_the_lead_form_shows_and_takes_the_international_phone(self):
        lead = self._exchange_lead(
            self.profile_a, "Vera", email="vera@x.example", phone="+32470112233"
        )
        self.assertEqual(lead.phone, "+32470112233")
        self.assertEqual(lead.phone_display, "+32 470 11 22 33")
        form = Form(
            lead.with_user(self.user_a),
            view="mtap_hub.crm_lead_view_form_mtap",
        )
        self.assertEqual(form.phone_display, "+32 470 11 22 33")
        form.phone_display = "+32 471 00 00 01"
        form.save()
        self.assertEqual(lead.phone, "+32471000001")

    def test_an_edited_visitor_mail_template_is_kept_on_upgrade(self):
        migration = load_migration("19.0.1.1.0")
        template = self.env.ref("mtap_hub.mail_template_mtap_card_to_visitor")
        template.with_user(self.manager).sudo().write({"subject": "My own subject"})
        with self.assertLogs(migration.__name__, logging.WARNING):
            migration.migrate(self.env.cr, "19.0.1.0.0")
        self.assertEqual(template.subject, "My own subject")
        template.sudo().write({"subject": "Untouched"})
        template.invalidate_recordset()
        self.env.cr.execute(
            "UPDATE mail_template SET write_uid = 1 WHERE id = %s", [template.id]
        )
        template.invalidate_recordset()
        migration.migrate(self.env.cr, "19.0.1.0.0")
        template.invalidate_recordset()
        self.assertNotEqual(template.subject, "Untouched")

    def test_the_lead_follow_up_mail_gains_the_answers_on_upgrade(self):
        migration = load_migration("19.0.1.4.0")
        template = self.env.ref("mtap_hub.mail_template_mtap_followup_lead")
        old_body = "<p>Hello, thank you for leaving your details on my card.</p>"
        template.with_user(self.manager).sudo().write({"body_html": old_body})
        with self.assertLogs(migration.__name__, logging.WARNING):
            migration.migrate(self.env.cr, "19.0.1.3.0")
        self.assertIn("thank you for leaving", template.body_html, "theirs is kept")
        self.assertNotIn("Your answers", template.body_html)
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE mail_template SET write_uid = 1 WHERE id = %s", [template.id]
        )
        template.invalidate_recordset()
        migration.migrate(self.env.cr, "19.0.1.3.0")
        template.invalidate_recordset()
        self.assertIn("Your answers", template.body_html)
