import json
import re
import time
from datetime import timedelta

import vobject

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged
from odoo.tools import SQL
from odoo.tools.sql import escape_psql

from odoo.addons.mtap_hub.wizard.privacy_lookup_wizard import (
    MTAP_LOOKUP_MODELS as MTAP_MODELS,
)

from .common import MtapCommon
from .sync_common import SyncCase
from .test_exchange import ExchangeCommon
from .test_sync_hubspot import HubSpotVendor

EMAIL = "erin.erasure@visitor.example"
PHONE = "+32 470 99 88 77"
PHONE_NEEDLES = ("+32470998877", PHONE, "470 99 88 77", "470998877")
OTHER_EMAIL = "olga.other@visitor.example"


def sweep(env, *needles):
    """Every (table, column) of the database, among its text, varchar and jsonb
    columns, that holds one of ``needles``."""
    env.flush_all()
    cr = env.cr
    cr.execute(
        """
        SELECT c.table_name, array_agg(c.column_name::text)
          FROM information_schema.columns c
          JOIN information_schema.tables t
            ON t.table_schema = c.table_schema AND t.table_name = c.table_name
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
           AND c.data_type IN ('text', 'character varying', 'jsonb')
         GROUP BY c.table_name
        """
    )
    patterns = [f"%{escape_psql(n)}%" for n in needles]
    hits = []
    for table, columns in cr.fetchall():
        for column in columns:
            cr.execute(
                SQL(
                    "SELECT 1 FROM %s WHERE %s LIMIT 1",
                    SQL.identifier(table),
                    SQL(" OR ").join(
                        SQL("%s::text ILIKE %s", SQL.identifier(column), p)
                        for p in patterns
                    ),
                )
            )
            if cr.fetchone():
                hits.append(f"{table}.{column}")
    return hits


def exchange_erin(case):
    """Erin's Lead, as the Exchange form of card A makes it."""
    return case._exchange_lead(
        case.profile_a,
        "Erin Erasure",
        email=EMAIL,
        phone=PHONE,
        message="Call me about the expo.",
        consent="1",
    )


def personal_link(case, lead, **kwargs):
    return "/mtap/me/" + case.env["mtap.privacy"]._link_token(lead, **kwargs)


def page_csrf(case, url):
    html = case.url_open(url).text
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def erase_me(case, url):
    """Erase me, confirmed by the second click; the answer of the second."""
    csrf = page_csrf(case, url)
    first = case.url_open(url + "/erase", data={"csrf_token": csrf})
    case.assertIn("o_mtap_privacy_confirm", first.text)
    case.assertTrue(case.env["mtap.privacy"]._lead_of_token(url.rsplit("/", 1)[1]))
    return case.url_open(url + "/erase", data={"csrf_token": csrf, "confirm": "1"})


@tagged("post_install", "-at_install")
class TestPrivacyLink(ExchangeCommon):
    def test_bad_links_get_one_answer_and_a_link_shows_one_person(self):
        erin = exchange_erin(self)
        olga = self._exchange_lead(self.profile_a, "Olga Other", email=OTHER_EMAIL)
        url = personal_link(self, erin)
        page = self.url_open(url)
        self.assertEqual(page.status_code, 200)
        self.assertLess(len(page.content), 60 * 1024)  # as light as the card page
        self.assertNotIn("<script", page.text)
        self.assertIn(EMAIL, page.text)
        self.assertIn("Call me about the expo.", page.text)
        self.assertIn("You may contact me about Acme products.", page.text)
        self.assertNotIn(OTHER_EMAIL, page.text)
        lead_id, expires, signature = url.rsplit("/", 1)[1].split(".")
        forged = f"{lead_id}.{expires}.{'0' * 64}"
        others = f"{olga.id}.{expires}.{signature}"
        longer = f"{lead_id}.{int(expires) + 86400}.{signature}"
        expired = personal_link(self, erin, now=time.time() - 91 * 86400).rsplit(
            "/", 1
        )[1]
        refusals = [
            self.url_open(f"/mtap/me/{token}")
            for token in (forged, others, longer, expired, "1.2.3")
        ]
        self.assertEqual(erase_me(self, url).status_code, 200)
        refusals.append(self.url_open(url))  # replayed after erasure
        refusals.append(self.url_open(url + "/json"))
        self.assertEqual({r.status_code for r in refusals}, {404})
        self.assertEqual(len({r.text for r in refusals[:-1]}), 1)
        self.assertNotIn(EMAIL, "".join(r.text for r in refusals))
        self.assertTrue(olga.exists())

    def test_downloads_hold_the_persons_data(self):
        erin = exchange_erin(self)
        url = personal_link(self, erin)
        card = vobject.readOne(self.url_open(url + "/vcard").text)
        self.assertEqual(card.fn.value, "Erin Erasure")
        self.assertEqual(card.email.value, EMAIL)
        self.assertEqual(card.tel.value, "+32470998877")
        held = json.loads(self.url_open(url + "/json").content)
        values = {row["field"]: row["value"] for row in held["lead"]}
        self.assertEqual(values["email_from"], EMAIL)
        self.assertEqual(values["description"], "Call me about the expo.")
        self.assertEqual(held["consent"]["text"], self.profile_a.consent_text)
        self.assertTrue(held["consent"]["date"])

    def test_stop_emails_blacklists_stops_follow_ups_and_the_card_mail(self):
        self.profile_a.send_card_to_visitor = True
        erin = exchange_erin(self)
        self.assertEqual(erin.mtap_followup_state, "active")
        self.assertTrue(erin.mtap_followup_activity_id)
        url = personal_link(self, erin)
        page = self.url_open(url + "/stop", data={"csrf_token": page_csrf(self, url)})
        self.assertIn("o_mtap_privacy_stopped", page.text)
        self.assertTrue(self.env["mail.blacklist"].search([("email", "=", EMAIL)]))
        self.env.invalidate_all()
        self.assertEqual(erin.mtap_followup_state, "stopped")
        self.assertFalse(erin.mtap_followup_activity_id)
        self.assertFalse(erin.mtap_consent)
        self.assertTrue(erin.mtap_consent_withdrawn_date)
        mails = self.env["mail.mail"].search_count([("email_to", "ilike", EMAIL)])
        self.env["mtap.exchange"]._cron_notify()
        self.assertEqual(
            self.env["mail.mail"].search_count([("email_to", "ilike", EMAIL)]), mails
        )
        self.assertIn("o_mtap_privacy_withdrawn", self.url_open(url).text)

    def test_thank_you_carries_the_link_of_a_new_lead_only(self):
        page = self._post({"name": "Erin Erasure", "email": EMAIL}).text
        token = re.search(r'href="/mtap/me/([^"]+)"', page).group(1)
        lead = self.env["mtap.privacy"]._lead_of_token(token)
        self.assertEqual(lead.email_normalized, EMAIL)
        # the same e-mail again updates that Lead: no link to what it holds
        again = self._post({"name": "Someone Else", "email": EMAIL}).text
        self.assertIn("o_mtap_exchange_thanks", again)
        self.assertNotIn("/mtap/me/", again)


@tagged("post_install", "-at_install")
class TestPrivacyErasure(HubSpotVendor, SyncCase, HttpCase):
    def test_erase_me_leaves_no_trace_and_reaches_the_crm(self):
        self.profile_a.write({"is_published": True, "send_card_to_visitor": True})
        erin = exchange_erin(self)
        olga = self._exchange_lead(
            self.profile_a, "Olga Other", email=OTHER_EMAIL, phone="+32470111222"
        )
        self.env["mtap.exchange"]._cron_notify()  # the card mail, queued
        contact = self._contact("Erin Erasure", email=EMAIL, phone=PHONE)
        erin.mtap_contact_id = contact
        other = self._contact("Olga Other", email=OTHER_EMAIL)
        self._send()
        erased_uid = self._uid(contact)
        self.assertIn(erased_uid, self._remote())
        # what the owner gathered meanwhile
        self.env["ir.attachment"].create(
            {
                "name": f"{EMAIL}.txt",
                "raw": f"{PHONE}".encode(),
                "res_model": "crm.lead",
                "res_id": erin.id,
            }
        )
        erin.message_post(
            body="Thanks, see you!",
            message_type="email",
            email_from=f"Erin <{EMAIL}>",
            subtype_xmlid="mail.mt_comment",
        )
        contact.activity_schedule(
            "mail.mail_activity_data_todo", note=f"Call {PHONE}", user_id=self.user_a.id
        )
        before = set(sweep(self.env, EMAIL, *PHONE_NEEDLES))
        expected = {
            "crm_lead.email_from",
            "res_partner.email",
            "mail_mail.email_to",  # the card mail, queued
            "ir_attachment.name",
            "mail_activity.note",
            "mail_message.email_from",
            "mtap_exchange_lock.key",
        }
        self.assertLessEqual(expected, before)
        url = personal_link(self, erin)
        self.url_open(url + "/stop", data={"csrf_token": page_csrf(self, url)})
        done = erase_me(self, url)
        self.assertIn("o_mtap_privacy_erased", done.text)
        self.assertEqual(sweep(self.env, EMAIL, *PHONE_NEEDLES), [])
        self.assertTrue(olga.exists() and other.exists())
        self.assertTrue(sweep(self.env, OTHER_EMAIL))
        self.assertTrue(self.env["privacy.log"].search([], limit=1))
        self._send(1)
        self.assertNotIn(erased_uid, self._remote())
        self.assertIn(self._uid(other), self._remote())

    def test_erase_this_person_anonymises_as_the_company_chose(self):
        self.env.company.mtap_erase_mode = "anonymize"
        erin = exchange_erin(self)
        contact = self._contact("Erin Erasure", email=EMAIL, phone=PHONE)
        erin.mtap_contact_id = contact
        # the answers to the card's questions are the person's too
        answer = "Erin answers 7731"
        erin.mtap_answers_text = f"Best time to call? {answer}"
        contact.mtap_answers = f"Best time to call? {answer}"
        other = self._contact("Olga Other", email=OTHER_EMAIL)
        self._send()
        erased_uid = self._uid(contact)
        contact.message_post(body=f"Met at the expo, {PHONE}")
        with self.assertRaises(AccessError):  # another user's Contact
            contact.with_user(self.user_b).action_mtap_erase_person()
        contact.with_user(self.user_a).action_mtap_erase_person()
        self.assertEqual(sweep(self.env, EMAIL, *PHONE_NEEDLES, answer), [])
        # kept for the counts, as the company chose, with nothing of the person
        erin = erin.with_context(active_test=False).exists()
        self.assertEqual((erin.name, erin.active), ("Erased person", False))
        self.assertFalse(contact.with_context(active_test=False).active)
        self._send(1)
        self.assertNotIn(erased_uid, self._remote())
        self.assertIn(self._uid(other), self._remote())


@tagged("post_install", "-at_install")
class TestPrivacyLookup(MtapCommon):
    def test_manager_finds_a_person_by_phone_in_mtap_data_only(self):
        erin = exchange_erin(self)
        olga = self._exchange_lead(self.profile_a, "Olga Other", email=OTHER_EMAIL)
        Wizard = self.env["privacy.lookup.wizard"]
        with self.assertRaises(AccessError):
            Wizard.with_user(self.user_a).create({"phone": PHONE})
        wizard = Wizard.with_user(self.manager).create({"phone": "0470 99 88 77"})
        wizard.action_lookup()
        found = {(line.res_model, line.res_id) for line in wizard.line_ids}
        self.assertIn(("crm.lead", erin.id), found)
        self.assertNotIn(("crm.lead", olga.id), found)
        by_email = Wizard.with_user(self.manager).create({"email": EMAIL.upper()})
        by_email.action_lookup()
        models = {line.res_model for line in by_email.line_ids}
        self.assertIn("mtap.exchange.lock", models)  # the add-on's own rows
        self.assertEqual(found, {(m, i) for m, i in found if m in MTAP_MODELS})
        with self.assertRaises(AccessError):  # no line on other models
            wizard.line_ids.create(
                {
                    "wizard_id": wizard.id,
                    "res_model_id": self.env["ir.model"]._get_id("res.users"),
                    "res_id": self.user_b.id,
                }
            )
        line = wizard.line_ids.filtered(lambda x: x.res_model == "crm.lead")
        line.action_unlink()  # erased as Erase this person does
        self.assertFalse(erin.exists())
        self.assertTrue(olga.exists())
        self.assertFalse(
            self.env["mail.message"].search(
                [("model", "=", "crm.lead"), ("res_id", "=", line.res_id)]
            )
        )
        self.env.flush_all()  # the wizard logs as a request ends
        log = self.env["privacy.log"].search([], order="id desc", limit=1)
        self.assertNotIn("470998877", log.anonymized_email)
        self.assertIn("Erased", log.execution_details)


@tagged("post_install", "-at_install")
class TestRetention(MtapCommon):
    def _lead(self, name, days_old, **values):
        lead = self._exchange_lead(
            self.profile_a, name, email=f"{name.split()[0].lower()}@old.example"
        )
        lead.write(values)
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE crm_lead SET create_date = %s WHERE id = %s",
            (self.now - timedelta(days=days_old), lead.id),
        )
        lead.invalidate_recordset(["create_date"])
        return lead

    def test_warning_first_then_only_old_unconverted_leads_and_spam_go(self):
        self.now = fields.Datetime.now()
        self.env.company.write(
            {"mtap_retention_lead_months": 12, "mtap_retention_spam_days": 30}
        )
        quiet = self._lead("Quiet Old", 400)
        quiet.activity_ids.unlink()  # no open follow-up: no warning needed
        followed = self._lead("Followed Old", 400)
        self.assertTrue(followed.activity_ids)
        young = self._lead("Young Lead", 330)
        contact = self._mtap_contacts(self.user_a, [{"name": "Conv Person"}])
        converted = self._lead("Conv Person", 400, mtap_contact_id=contact.id)
        spam = self._lead("Spamold Visitor", 31, mtap_suspected_spam=True)
        fresh_spam = self._lead("Spamnew Visitor", 29, mtap_suspected_spam=True)
        privacy = self.env["mtap.privacy"]
        privacy._cron_retention(now=self.now)
        self.assertFalse(quiet.exists(), "old, unconverted, no follow-up")
        self.assertFalse(spam.exists(), "old spam")
        self.assertTrue(followed.exists() and young.exists() and converted.exists())
        self.assertTrue(fresh_spam.exists())
        warning = followed.message_ids.filtered(lambda m: "retention" in (m.body or ""))
        self.assertIn(self.user_a.partner_id, warning.partner_ids)
        log = self.env["privacy.log"].search([], order="id desc", limit=1)
        self.assertIn("leads_removed: 1", log.execution_details)
        self.assertIn("spam_removed: 1", log.execution_details)
        self.assertNotIn("Quiet", log.execution_details)
        # a day later: still within the week of the warning
        privacy._cron_retention(now=self.now + timedelta(days=1))
        self.assertTrue(followed.exists())
        privacy._cron_retention(now=self.now + timedelta(days=8))
        self.assertFalse(followed.exists())
        self.assertTrue(young.exists() and converted.exists())


@tagged("post_install", "-at_install")
class TestConsentAndGpc(ExchangeCommon):
    def test_leads_point_to_the_version_they_agreed_to_and_gpc_is_honoured(self):
        first = exchange_erin(self)
        self.profile_a.consent_text = "You may e-mail me the Acme newsletter."
        second = self._exchange_lead(
            self.profile_a, "Olga Other", email=OTHER_EMAIL, consent="1"
        )
        third = self._exchange_lead(
            self.profile_a, "Tom Third", email="tom@visitor.example", consent="1"
        )
        self.assertNotEqual(
            first.mtap_consent_version_id, second.mtap_consent_version_id
        )
        self.assertEqual(second.mtap_consent_version_id, third.mtap_consent_version_id)
        self.assertEqual(
            first.mtap_consent_text, "You may contact me about Acme products."
        )
        self.assertEqual(first.mtap_consent_profile_id, self.profile_a)
        # a browser sending Sec-GPC: 1 gets nothing ticked and no identifier
        page = self.url_open(self.url, headers={"Sec-GPC": "1"})
        self.assertIn("o_mtap_gpc", page.text)
        self.assertNotRegex(page.text, r'name="consent"[^>]*checked')
        # the session (the form's CSRF token) and the language, no visitor id
        self.assertLessEqual(set(page.cookies.keys()), {"session_id", "frontend_lang"})
        self.assertNotIn("o_mtap_gpc", self.url_open(self.url).text)
        self._post(
            {"name": "Gina Gpc", "email": "gina@visitor.example"},
            headers={"Sec-GPC": "1"},
        )
        lead = self._new_leads().filtered(
            lambda x: x.email_normalized == "gina@visitor.example"
        )
        self.assertTrue(lead.mtap_gpc)
        self.assertFalse(lead.mtap_consent)

    def test_a_failing_exchange_logs_nothing_about_the_visitor(self):
        # a real database refusal, whose message quotes the whole row
        self.env.cr.execute(
            "ALTER TABLE crm_lead ADD CONSTRAINT mtap_test_refuse "
            "CHECK (contact_name IS DISTINCT FROM 'Fail Visitor')"
        )
        visitor = {
            "name": "Fail Visitor",
            "email": "fail.visitor@visitor.example",
            "phone": "+32 470 55 44 33",
            "company": "Visiting Widgets",
        }
        with self.assertLogs("odoo", level="WARNING") as logs:
            response = self._post(visitor)
        self.assertEqual(response.status_code, 500)
        output = "\n".join(logs.output)
        self.assertIn("mTap Exchange on card", output)
        self.assertIn("mtap_test_refuse", output)  # what went wrong is still told
        for needle in (*visitor.values(), "+32470554433", "fail.visitor"):
            self.assertNotIn(needle, output)
