import re
import time
from datetime import timedelta

from odoo import fields
from odoo.tests import HttpCase, tagged
from odoo.tools import config

from .common import MtapCommon


class ExchangeCommon(MtapCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.team = cls.env["crm.team"].create({"name": "Event Team"})
        cls.tag = cls.env["crm.tag"].create({"name": "Expo 2026"})
        cls.profile_a.write(
            {
                "is_published": True,
                "team_id": cls.team.id,
                "lead_tag_ids": [(6, 0, cls.tag.ids)],
                "consent_text": "You may contact me about Acme products.",
            }
        )
        cls.url = f"/mtap/{cls.profile_a.slug}"
        params = cls.env["ir.config_parameter"].sudo()
        # the minimum fill time has its own test; others post at once
        params.set_param("mtap_hub.exchange_min_fill_seconds", "0")

    def setUp(self):
        super().setUp()
        self.leads_before = self._leads()

    def _leads(self):
        return self.env["crm.lead"].with_context(active_test=False).search([])

    def _new_leads(self):
        return self._leads() - self.leads_before

    def _count_side_records(self):
        return {
            model: self.env[model].sudo().search_count([])
            for model in ("res.partner", "ir.attachment", "mail.mail", "crm.lead")
        }

    def _token(self, profile=None, age=10):
        """A new form token of ``profile``, as if its page was shown ``age`` seconds
        ago."""
        profile = profile or self.profile_a
        return self.env["mtap.exchange"]._issue_token(
            profile, timestamp=int(time.time()) - age
        )

    def _csrf(self, url=None):
        html = self.url_open(url or self.url).text
        return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)

    def _post(self, data, url=None, token=None, headers=None, csrf=True):
        payload = {"mtap_token": token or self._token(), **data}
        if csrf:
            payload["csrf_token"] = self._csrf()
        return self.url_open(
            (url or self.url) + "/exchange", data=payload, headers=headers
        )


@tagged("post_install", "-at_install")
class TestExchange(ExchangeCommon):
    def test_exchange_creates_a_lead_of_the_cards_owner(self):
        partners = self.env["res.partner"].search_count([])
        response = self._post(
            {
                "name": "Véronique Visitor",
                "email": "  Veronique.Visitor@Example.COM ",
                "phone": "0470 99 88 77",
                "company": "Globex",
                "job_title": "Buyer",
                "message": "Call me\nabout rockets",
                "consent": "1",
            }
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("o_mtap_exchange_thanks", response.text)
        lead = self._new_leads()
        self.assertEqual(len(lead), 1)
        self.assertRecordValues(
            lead,
            [
                {
                    "type": "lead",
                    "contact_name": "Véronique Visitor",
                    "email_from": "veronique.visitor@example.com",
                    "phone": "+32470998877",
                    "partner_name": "Globex",
                    "function": "Buyer",
                    "user_id": self.user_a.id,
                    "team_id": self.team.id,
                    "company_id": self.profile_a.company_id.id,
                    "mtap_profile_id": self.profile_a.id,
                    "mtap_source": "exchange_form",
                    "mtap_exchange_count": 1,
                    "partner_id": False,
                    "mtap_consent": True,
                    "mtap_consent_text": "You may contact me about Acme products.",
                }
            ],
        )
        self.assertEqual(lead.tag_ids, self.tag)
        self.assertEqual(
            lead.source_id, self.env.ref("mtap_hub.utm_source_mtap_profile")
        )
        self.assertIn("Call me<br>about rockets", str(lead.description))
        self.assertTrue(lead.mtap_consent_version)
        self.assertTrue(lead.mtap_consent_date)
        self.assertEqual(self.env["res.partner"].search_count([]), partners)
        activity = lead.activity_ids
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.user_a)
        # the first follow-up of the Lead cadence, due within 24 hours
        self.assertEqual(activity.summary, "Follow up (1/2)")
        self.assertEqual(activity.date_deadline, fields.Date.today() + timedelta(1))
        self.assertEqual(lead.mtap_followup_activity_id, activity)
        self.assertEqual(
            activity.activity_type_id,
            self.env.ref("mtap_hub.mail_activity_type_mtap_followup"),
        )
        self.assertIn(
            "Véronique Visitor left their details", str(lead.message_ids.body)
        )
        # the owner's notification is sent by the cron, outside the request
        self.assertTrue(lead.mtap_notify_pending)
        self.env["mtap.exchange"]._cron_notify()
        self.assertFalse(lead.mtap_notify_pending)
        notice = self._owner_notifications(lead)
        self.assertEqual(len(notice), 1)
        # in the owner's Odoo inbox at once: who, company, phone, message, Open
        self.assertEqual(notice.notification_ids.notification_type, "inbox")
        self.assertEqual(notice.subject, "New Lead: Véronique Visitor, Globex")
        for text in ("Globex", "+32 470 99 88 77", "Call me<br>about rockets"):
            self.assertIn(text, str(notice.body))
        self.assertIn(f"/odoo/mtap-leads/{lead.id}", str(notice.body))
        # and by e-mail with the same content, not the generic activity mail
        mail = self.env["mail.mail"].search(
            [("recipient_ids", "in", notice.partner_ids.ids)]
        )
        self.assertEqual(mail.subject, notice.subject)
        self.assertIn("Call me<br>about rockets", str(mail.body_html))
        self.assertNotIn("assigned you", str(mail.body_html))
        self.env["mtap.exchange"]._cron_notify()
        self.assertEqual(
            len(self._owner_notifications(lead)), 1, "a second run notifies nobody"
        )

    def _owner_notifications(self, lead):
        return self.env["mail.message"].search(
            [
                ("model", "=", "crm.lead"),
                ("res_id", "=", lead.id),
                ("partner_ids", "in", self.user_a.partner_id.ids),
            ]
        )

    def test_posted_owner_team_company_and_links_are_ignored(self):
        other_team = self.env["crm.team"].create({"name": "Other"})
        other_company = self.env["res.company"].create({"name": "Other Co"})
        victim = self.env["res.partner"].create({"name": "Victim"})
        self._post(
            {
                "name": "Mallory",
                "email": "mallory@example.com",
                "user_id": self.user_b.id,
                "team_id": other_team.id,
                "company_id": other_company.id,
                "stage_id": self.env["crm.stage"]
                .search([], limit=1, order="id desc")
                .id,
                "partner_id": victim.id,
                "mtap_profile_id": self.profile_b.id,
                "type": "opportunity",
                "mtap_source": "manual",
                "probability": "100",
            }
        )
        lead = self._new_leads()
        self.assertRecordValues(
            lead,
            [
                {
                    "user_id": self.user_a.id,
                    "team_id": self.team.id,
                    "company_id": self.profile_a.company_id.id,
                    "partner_id": False,
                    "mtap_profile_id": self.profile_a.id,
                    "type": "lead",
                    "mtap_source": "exchange_form",
                }
            ],
        )

    def test_hidden_cards_refuse_exchanges(self):
        archived = self.env["mtap.profile"].create(
            {"name": "Gone", "slug": "gone-card-2", "is_published": True}
        )
        archived.action_archive()
        before = self._count_side_records()
        for url in (
            f"/mtap/{self.profile_b.slug}",
            "/mtap/gone-card-2",
            "/mtap/nope-123",
        ):
            with self.subTest(url=url):
                response = self._post({"name": "X", "email": "x@example.com"}, url=url)
                self.assertEqual(response.status_code, 404)
        self.assertEqual(self._count_side_records(), before)

    def test_robots_get_a_thank_you_and_nothing_is_stored(self):
        params = self.env["ir.config_parameter"].sudo()
        params.set_param("mtap_hub.exchange_min_fill_seconds", "3")
        before = self._count_side_records()
        data = {"name": "Bot", "email": "bot@example.com"}
        for case, kwargs in {
            "honeypot": {"data": {**data, "website": "http://spam.example.com"}},
            "honeypot, sent too fast": {
                "data": {**data, "website": "http://spam.example.com"},
                "token": self._token(age=0),
            },
            "forged token": {
                "data": data,
                "token": self._token()[:-4] + "beef",
            },
            "token of another card": {
                "data": data,
                "token": self._token(profile=self.profile_b),
            },
        }.items():
            with self.subTest(case=case):
                response = self._post(**kwargs)
                self.assertEqual(response.status_code, 200)
                self.assertIn("o_mtap_exchange_thanks", response.text)
        self.assertEqual(self._count_side_records(), before)
        # a person taking their time is accepted
        self._post(data, token=self._token(age=5))
        self.assertEqual(len(self._new_leads()), 1)

    def test_expired_form_asks_again_and_keeps_the_input(self):
        before = self._count_side_records()
        response = self._post(
            {"name": "Slow Sam", "email": "sam@example.com"},
            token=self._token(age=3 * 3600),
        )
        self.assertIn("open for too long", response.text)
        self.assertIn('value="Slow Sam"', response.text)
        self.assertEqual(self._count_side_records(), before)

    def test_missing_csrf_token_is_refused(self):
        before = self._count_side_records()
        response = self._post({"name": "X", "email": "x@example.com"}, csrf=False)
        self.assertEqual(response.status_code, 400)
        self.assertEqual(self._count_side_records(), before)

    def test_get_on_the_form_route_is_405_without_traceback(self):
        response = self.url_open(self.url + "/exchange")
        self.assertEqual(response.status_code, 405)
        self.assertNotIn("Traceback", response.text)


@tagged("post_install", "-at_install")
class TestExchangeRateLimits(ExchangeCommon):
    def _proxy_mode(self):
        previous = config["proxy_mode"]
        config["proxy_mode"] = True
        self.addCleanup(config.__setitem__, "proxy_mode", previous)

    def _set_limits(self, per_ip, per_card):
        params = self.env["ir.config_parameter"].sudo()
        params.set_param("mtap_hub.exchange_rate_limit_ip", str(per_ip))
        params.set_param("mtap_hub.exchange_rate_limit_profile", str(per_card))

    def test_address_limit(self):
        self._set_limits(2, 100)
        for i in range(2):
            self._post({"name": f"V{i}", "email": f"v{i}@example.com"})
        before = self._count_side_records()
        response = self._post({"name": "V3", "email": "v3@example.com"})
        self.assertEqual(response.status_code, 429)
        self.assertIn("o_mtap_exchange_too_many", response.text)
        self.assertEqual(self._count_side_records(), before)
        self.assertEqual(len(self._new_leads()), 2)

    def test_card_limit_counts_every_address(self):
        self._set_limits(100, 2)
        self._proxy_mode()
        for i in range(2):
            self._post(
                {"name": f"V{i}", "email": f"v{i}@example.com"},
                headers={"X-Forwarded-For": f"198.51.100.{i}", "X-Forwarded-Host": "x"},
            )
        response = self._post(
            {"name": "V9", "email": "v9@example.com"},
            headers={"X-Forwarded-For": "198.51.100.9", "X-Forwarded-Host": "x"},
        )
        self.assertEqual(response.status_code, 429)
        self.assertEqual(len(self._new_leads()), 2)

    def test_behind_a_proxy_each_client_address_is_limited(self):
        self._set_limits(1, 100)
        self._proxy_mode()

        def post(address, email):
            return self._post(
                {"name": "V", "email": email},
                headers={"X-Forwarded-For": address, "X-Forwarded-Host": "x"},
            )

        self.assertEqual(post("203.0.113.1", "a@example.com").status_code, 200)
        self.assertEqual(post("203.0.113.2", "b@example.com").status_code, 200)
        self.assertEqual(post("203.0.113.1", "c@example.com").status_code, 429)
        self.assertEqual(
            sorted(self._new_leads().mapped("email_from")),
            ["a@example.com", "b@example.com"],
        )


@tagged("post_install", "-at_install")
class TestExchangeCardByMail(ExchangeCommon):
    def _visitor_mails(self):
        self.env["mtap.exchange"]._cron_notify()
        return (
            self.env["mail.mail"].sudo().search([("email_to", "=", "vic@example.com")])
        )

    def test_visitor_receives_the_card_when_the_card_offers_it(self):
        self.profile_a.write(
            {"send_card_to_visitor": True, "email": "a@acme.example.com"}
        )
        self._post(
            {"name": "Vic <b>Bold</b><script>x()</script>", "email": "vic@example.com"}
        )
        mail = self._visitor_mails()
        self.assertEqual(len(mail), 1)
        # nothing the visitor typed is in the e-mail
        self.assertNotIn("Vic", str(mail.body_html))
        self.assertNotIn("<script", str(mail.body_html))
        self.assertEqual(mail.email_to, "vic@example.com")
        self.assertEqual(mail.state, "outgoing", "queued, sent after commit")
        self.assertIn("Alice Mtap", mail.subject)
        self.assertEqual(mail.attachment_ids.name, "Alice Mtap.vcf")
        self.assertIn(b"FN:Alice Mtap", mail.attachment_ids.raw)
        # the same visitor again: the Lead is updated, no second e-mail
        self._post({"name": "Vic", "email": "vic@example.com"})
        self.assertEqual(self._visitor_mails(), mail)

    def test_a_failure_inside_the_exchange_leaves_nothing_behind(self):
        # without its notification cron the Exchange fails after the Lead, its
        # message and its activity were written: all of it must go
        self.env.ref("mtap_hub.ir_cron_mtap_notify").unlink()
        before = self._count_side_records()
        messages = self.env["mail.message"].search_count([])
        activities = self.env["mail.activity"].search_count([])
        with self.assertLogs("odoo.addons.mtap_hub.models.mtap_exchange", "ERROR"):
            response = self._post({"name": "Vic", "email": "vic@example.com"})
        self.assertEqual(response.status_code, 500)
        self.assertNotIn("Traceback", response.text)
        self.assertIn("could not be saved", response.text)
        self.assertIn('value="Vic"', response.text)
        self.assertEqual(self._count_side_records(), before)
        self.assertEqual(self.env["mail.message"].search_count([]), messages)
        self.assertEqual(self.env["mail.activity"].search_count([]), activities)

    def test_a_failing_notification_is_logged_and_skipped(self):
        self.profile_a.write({"send_card_to_visitor": True})
        self.env.ref(
            "mtap_hub.mail_template_mtap_card_to_visitor"
        ).body_html = '<p t-out="object.no_such_field"/>'
        self._post({"name": "Vic", "email": "vic@example.com"})
        self._post({"name": "Ada", "email": "ada@example.com"})
        leads = self._new_leads()
        with self.assertLogs(
            "odoo.addons.mtap_hub.models.mtap_exchange", "ERROR"
        ) as logs:
            self.env["mtap.exchange"]._cron_notify()
        self.assertEqual(len(logs.output), 2)
        self.assertEqual(len(leads), 2)
        self.assertFalse(any(leads.mapped("mtap_notify_pending")))
        self.assertFalse(
            self.env["mail.mail"]
            .sudo()
            .search([("email_to", "in", ["vic@example.com", "ada@example.com"])])
        )

    def test_no_mail_when_the_card_does_not_offer_it(self):
        self._post({"name": "Vic", "email": "vic@example.com"})
        self.assertTrue(self._new_leads())
        self.assertFalse(self._visitor_mails())


@tagged("post_install", "-at_install")
class TestProfileCounters(ExchangeCommon):
    def test_views_downloads_and_exchanges_are_counted(self):
        self.url_open(self.url)
        self.url_open(self.url + "/vcard")
        self._post({"name": "Counted", "email": "counted@example.com"})
        self._post({"name": "Counted", "email": "counted@example.com"})
        self.url_open("/mtap/no-such-card-zz9")
        profile = self.profile_a.with_user(self.user_a)
        profile.invalidate_recordset()
        # each _post opens the page once to read its CSRF token; the page its POST
        # redirects to, with the thank-you, is not counted again
        self.assertRecordValues(
            profile,
            [{"view_count": 3, "vcard_count": 1, "exchange_count": 2, "lead_count": 1}],
        )
        action = profile.action_view_leads()
        self.assertEqual(
            self.env["crm.lead"].search(action["domain"]), self._new_leads()
        )
        # user B sees no statistics of A's card
        self.assertFalse(
            self.env["mtap.profile.stat"].with_user(self.user_b).search([])
        )
