import base64
import io
import time
from datetime import timedelta

import zxingcpp
from PIL import Image

from odoo import fields
from odoo.tests import HttpCase, tagged

from .common import MtapCommon


class PhoneScreensCommon(MtapCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.context_today(cls.env["res.partner"])
        cls.profile_a.is_published = True
        cls.dora = cls._exchange_lead(
            cls.profile_a,
            "Dora Due",
            email="dora@due.example",
            phone="+32470112233",
            message="Let us talk about pumps <script>alert(1)</script>",
        )
        cls.nina = cls._exchange_lead(
            cls.profile_a, "Nina Notdue", email="nina@x.example"
        )
        cls.bobs = cls._exchange_lead(cls.profile_b, "Bob's Lead", email="bl@x.example")
        cls.dora.mtap_followup_date = cls.today - timedelta(days=1)
        cls.nina.mtap_followup_date = cls.today + timedelta(days=5)
        cls.bobs.mtap_followup_date = cls.today
        cls.connie = cls.env["res.partner"].create(
            {
                "name": "Connie Contact",
                "email": "connie@c.example",
                "mtap_is_contact": True,
                "mtap_owner_id": cls.user_a.id,
            }
        )
        cls.connie.write(
            {
                "mtap_followup_state": "active",
                "mtap_followup_date": cls.today,
                "mtap_met_event": "Expo Ghent",
            }
        )

    def _today_items(self, user=None):
        Today = self.env["mtap.today"].with_user(user or self.user_a)
        Today.invalidate_model()
        return Today.search(Today._today_domain())


@tagged("post_install", "-at_install")
class TestToday(PhoneScreensCommon):
    def test_today_lists_my_due_leads_and_contacts(self):
        items = self._today_items()
        self.assertEqual(
            {(item.kind, item.name) for item in items},
            {("lead", "Dora Due"), ("contact", "Connie Contact")},
        )
        dora = items.filtered(lambda item: item.lead_id == self.dora)
        self.assertIn("Let us talk about pumps", dora.snippet)
        self.assertEqual(dora.phone_display, "+32 470 11 22 33")
        # another user's follow-ups are not mine
        self.assertEqual(self._today_items(self.user_b).mapped("name"), ["Bob's Lead"])

    def test_done_moves_the_cadence_on(self):
        dora = self._today_items().filtered(lambda item: item.lead_id == self.dora)
        result = dora.action_done()
        self.assertIn("Next follow-up of Dora Due", result["params"]["message"])
        self.assertEqual(self.dora.mtap_followup_count, 1)
        self.assertGreater(self.dora.mtap_followup_date, self.today)
        self.assertNotIn("Dora Due", self._today_items().mapped("name"))

    def test_snooze_puts_it_off_to_tomorrow(self):
        connie = self._today_items().filtered(lambda item: item.kind == "contact")
        connie.action_snooze()
        self.assertEqual(self.connie.mtap_followup_date, self.today + timedelta(days=1))
        self.assertNotIn("Connie Contact", self._today_items().mapped("name"))

    def test_email_quotes_the_visitor_escaped_and_completes_the_followup(self):
        dora = self._today_items().filtered(lambda item: item.lead_id == self.dora)
        self.assertEqual(dora.reason, "Left their details on your card Alice Mtap")
        partners = self.env["res.partner"].search_count([])
        action = dora.action_email()
        mail = self.env["mtap.followup.mail"].browse(action["res_id"])
        self.assertEqual(mail.email_to, "dora@due.example")
        self.assertIn("Hello Dora Due", mail.body)
        self.assertIn("Let us talk about pumps", mail.body)
        self.assertIn("&lt;script&gt;", mail.body)
        self.assertNotIn("<script", mail.body)
        self.assertIn("to talk about it", mail.body)
        notice = mail.action_send()
        self.assertEqual(
            notice["params"]["message"],
            "E-mail sent to Dora Due (mTap card): follow-up done.",
        )
        sent = self.env["mail.mail"].search([("email_to", "=", "dora@due.example")])
        self.assertEqual(sent.subject, "Following up on our exchange")
        # the Lead stays a Lead: no partner made of it, its score unchanged
        self.assertEqual(self.env["res.partner"].search_count([]), partners)
        self.assertFalse(self.dora.partner_id)
        self.assertEqual(self.dora.mtap_followup_count, 1)
        self.assertNotIn("Dora Due", self._today_items().mapped("name"))
        # Undo: due again, its follow-up open
        self.dora.action_mtap_followup_undo_done(*notice["params"]["undo_args"])
        self.assertEqual(self.dora.mtap_followup_count, 0)
        self.assertTrue(self.dora.mtap_followup_activity_id)
        self.assertIn("Dora Due", self._today_items().mapped("name"))
        # no message, no "talk about it"; a date you met as people write it
        template = self.env.ref("mtap_hub.mail_template_mtap_followup_lead")
        body = template._render_field("body_html", self.nina.ids)[self.nina.id]
        self.assertNotIn("talk about it", body)
        self.connie.mtap_met_date = "2026-05-01"
        contact_template = self.env.ref("mtap_hub.mail_template_mtap_followup_contact")
        body = contact_template._render_field("body_html", self.connie.ids)[
            self.connie.id
        ]
        self.assertIn("Hello Connie Contact", body)
        self.assertIn("05/01/2026", body)


@tagged("post_install", "-at_install")
class TestShareScreen(PhoneScreensCommon):
    def test_share_screen_and_counters(self):
        profile = self.profile_a.with_user(self.user_a)
        action = profile.with_context(mtap_share_screen=True).action_open_my_card()
        self.assertEqual(
            action["views"][0][0],
            self.env.ref("mtap_hub.mtap_profile_view_form_share").id,
        )
        # right after Exchanges: the Leads waiting for their first follow-up count
        self.assertEqual(profile.waiting_lead_count, 2)
        qr = Image.open(io.BytesIO(base64.b64decode(profile.qr_image)))
        self.assertEqual(
            [code.text for code in zxingcpp.read_barcodes(qr)],
            [f"{profile.public_url}?s=qr"],
        )
        # on a computer, My Card stays the card's form
        action = profile.action_open_my_card()
        self.assertEqual(action["views"], [(False, "form")])

    def test_convert_one_lead_with_the_simple_form(self):
        wizard = (
            self.env["mtap.lead.convert"]
            .with_user(self.user_a)
            .create({"lead_ids": [(6, 0, self.nina.ids)]})
        )
        self.assertEqual(wizard.single_lead_id, self.nina)
        self.assertFalse(wizard.single_match_partner_id)
        self.assertFalse(wizard.single_link, "no 'link' offered without a match")
        action = wizard.action_apply()
        self.assertEqual(
            action["views"][0][0],
            self.env.ref("mtap_hub.res_partner_view_form_mtap_lean").id,
        )
        self.assertEqual(self.nina.mtap_contact_id.name, "Nina Notdue")
        # a match: linked to it when the user keeps the switch on
        known = self.env["res.partner"].create(
            {"name": "Dora D.", "email": "dora@due.example"}
        )
        wizard = (
            self.env["mtap.lead.convert"]
            .with_user(self.user_a)
            .create({"lead_ids": [(6, 0, self.dora.ids)]})
        )
        self.assertEqual(wizard.single_match_partner_id, known)
        self.assertTrue(wizard.single_link)
        wizard.action_apply()
        self.assertEqual(self.dora.mtap_contact_id, known)


@tagged("post_install", "-at_install")
class TestContactScreens(PhoneScreensCommon):
    def test_contacts_open_on_their_own_light_form(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.res_partner_action_mtap_contacts"
        )
        lean = self.env.ref("mtap_hub.res_partner_view_form_mtap_lean")
        self.assertIn((lean.id, "form"), action["views"])
        Partner = self.env["res.partner"].with_user(self.user_a)
        form = Partner.get_views([(lean.id, "form")])["views"]["form"]["arch"]
        # the name wraps (no one-line company search box), and no second "New"
        self.assertIn('name="name" widget="text"', form)
        self.assertIn('create="0"', form)
        kanban = Partner.get_views(
            [({mode: view for view, mode in action["views"]}["kanban"], "kanban")]
        )["views"]["kanban"]["arch"]
        self.assertIn('create="0"', kanban)
        # elsewhere, the stock partner form, and partners are created as ever
        stock = Partner.get_views([(False, "form")])["views"]["form"]
        self.assertEqual(stock["id"], self.env.ref("base.view_partner_form").id)
        partner = Partner.create({"name": "Made Elsewhere"})
        self.assertTrue(partner.exists())
        # the person first in the Contacts' titles, "Company, Name" elsewhere
        pumps = self.env["res.partner"].create({"name": "Pumps", "is_company": True})
        max_ = self._mtap_contacts(
            self.user_a, [{"name": "Max", "parent_id": pumps.id}]
        )
        self.assertEqual(max_.display_name, "Pumps, Max")
        context = action["context"]
        self.assertIn("mtap_person_first", context)
        self.assertEqual(max_.with_context(mtap_person_first=True).display_name, "Max")


@tagged("post_install", "-at_install")
class TestPhoneTours(PhoneScreensCommon, HttpCase):
    browser_size = "390x844"
    touch_enabled = True

    def test_share_screen_tour(self):
        self.env["mtap.profile"].with_user(self.user_a).create(
            {"name": "Alice at Events", "slug": "alice-events-q2w8"}
        )
        # the address a phone bookmarks or puts on its home screen
        self.env["ir.config_parameter"].sudo().set_param(
            "web.base.url", "http://localhost:8069"
        )
        expo = self.env["mtap.event"].create(
            {"name": "Expo Tour", "date_begin": fields.Date.today(), "cost": 100}
        )
        self.start_tour(
            "/odoo/my-mtap-card", "mtap_hub_phone_share_tour", login="mtap_user_a"
        )
        # the QR code shown from now on says: scanned at the Expo
        profile = self.env["mtap.profile"].search([("slug", "=", "alice-mtap-x7k2")])
        self.assertEqual(profile.share_event_id, expo)
        qr = Image.open(io.BytesIO(base64.b64decode(profile.qr_image)))
        self.assertEqual(
            [code.text for code in zxingcpp.read_barcodes(qr)],
            [f"{profile.public_url}?s=qr&e={expo.id}"],
        )

    def test_today_tour(self):
        self.start_tour(
            "/odoo/mtap-today", "mtap_hub_phone_today_tour", login="mtap_user_a"
        )
        self.assertEqual(self.dora.mtap_followup_count, 1)
        self.assertEqual(self.connie.mtap_followup_count, 1)
        self.assertTrue(
            self.env["mail.mail"].search([("email_to", "=", "connie@c.example")])
        )

    def test_capture_tour(self):
        self.start_tour(
            "/odoo/mtap-contacts", "mtap_hub_phone_capture_tour", login="mtap_user_a"
        )
        mine = self.env["res.partner"].search(
            [
                ("mtap_owner_id", "=", self.user_a.id),
                ("name", "in", ("Anna First", "Ben Second")),
            ]
        )
        self.assertEqual(sorted(mine.mapped("name")), ["Anna First", "Ben Second"])
        # a national number typed on the phone gets the user's country
        ben = mine.filtered(lambda partner: partner.name == "Ben Second")
        self.assertEqual(ben.phone_sanitized, "+32470123456")

    def test_contacts_tour(self):
        pumps = self.env["res.partner"].create(
            {"name": "Vandenberghe Industrial Pumps", "is_company": True}
        )
        self._mtap_contacts(
            self.user_a,
            [
                {
                    "name": "Maximiliane Vandenberghe-Oosterlinck",
                    "parent_id": pumps.id,
                    "function": "Head of Procurement",
                    "email": "max@vip.example",
                    "phone": "+32 470 99 88 77",
                    "mtap_met_event": "Pump Expo",
                    "mtap_followup_state": "active",
                    "mtap_followup_date": self.today,
                }
            ],
        )
        self.start_tour(
            "/odoo/mtap-contacts", "mtap_hub_phone_contacts_tour", login="mtap_user_a"
        )
        twice = self.env["res.partner"].search(
            [("mtap_owner_id", "=", self.user_a.id), ("name", "=", "Twice Tap")]
        )
        self.assertEqual(len(twice), 1, "a double tap on Save makes one Contact")

    def test_import_tour(self):
        self.env["res.partner"].create(
            {"name": "Shared Sam", "email": "sam@shared.example"}
        )
        self.start_tour(
            "/odoo/action-mtap_hub.mtap_contact_import_action",
            "mtap_hub_phone_import_tour",
            login="mtap_user_a",
        )
        vera = self.env["res.partner"].search([("name", "=", "Vera Vcard")])
        self.assertRecordValues(
            vera, [{"mtap_owner_id": self.user_a.id, "mtap_source": "phonebook"}]
        )

    def test_signature_tour(self):
        self.start_tour(
            f"/odoo/action-mtap_hub.mtap_profile_action/{self.profile_a.id}",
            "mtap_hub_phone_signature_tour",
            login="mtap_user_a",
        )

    def test_convert_one_lead_tour(self):
        carla = self._exchange_lead(
            self.profile_a,
            "Carla Convert",
            email="carla@convert.example",
            message="Send me the catalogue",
        )
        self.start_tour(
            "/odoo/mtap-leads", "mtap_hub_phone_convert_tour", login="mtap_user_a"
        )
        self.assertEqual(carla.mtap_contact_id.name, "Carla Convert")

    def test_inbox_and_due_today_tour(self):
        self.dora.mtap_followup_date = self.today
        self.start_tour(
            "/odoo/mtap-leads", "mtap_hub_phone_due_filter_tour", login="mtap_user_a"
        )

    def test_new_lead_tour(self):
        # one-tap autofill: sent one second after the form was shown
        Exchange = self.env["mtap.exchange"].sudo()
        token = Exchange._issue_token(self.profile_a, timestamp=int(time.time()) - 1)
        outcome = Exchange._submit_form(
            self.profile_a,
            {
                "mtap_token": token,
                "name": "Quick Quinn",
                "email": "quinn@q.example",
                "phone": "0470 55 66 77",
                "company": "Quinn Pumps",
                "message": "Need 40 pumps by May",
            },
            "10.1.1.1",
        )
        self.assertTrue(outcome["lead"].mtap_sent_quickly)
        self.profile_a.lead_notify = "inbox"
        Exchange._cron_notify()
        self.assertFalse(
            self.env["mail.mail"].search(
                [("recipient_ids", "in", self.user_a.partner_id.ids)]
            ),
            "the card asks for no e-mail",
        )
        self.start_tour(
            "/odoo/mtap-leads", "mtap_hub_phone_new_lead_tour", login="mtap_user_a"
        )
        # archived as Not a fit, then undone
        lead = outcome["lead"]
        self.assertRecordValues(lead, [{"active": True, "lost_reason_id": False}])
        self.assertIn("Archive undone.", str(lead.message_ids.mapped("body")))
