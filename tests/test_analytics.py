import base64
import io
import re
import threading
import time
from datetime import date, timedelta

import zxingcpp
from PIL import Image

import odoo
from odoo import fields
from odoo.tests import BaseCase, Form, HttpCase, get_db_name, tagged

from ..models.mtap_profile_stat import bump
from ..tools.source_marker import neutralise_cell
from .common import MtapCommon

DAY = date(2026, 3, 10)


class AnalyticsCommon(MtapCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.team = cls.env["crm.team"].create(
            {"name": "Fair Team", "user_id": cls.user_b.id}
        )
        cls.profile_a.write({"is_published": True, "team_id": cls.team.id})
        cls.profile_b.is_published = True
        cls.url = f"/mtap/{cls.profile_a.slug}"
        cls.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.exchange_min_fill_seconds", "0"
        )
        cls.expo = cls.env["mtap.event"].create(
            {"name": "Expo", "date_begin": DAY, "cost": 600}
        )
        cls.Stat = cls.env["mtap.profile.stat"].sudo()

    def _daily(self, profile, **domain):
        rows = self.env["mtap.profile.stat.daily"].search(
            [("profile_id", "=", profile.id)]
            + [(key, "=", value) for key, value in domain.items()]
        )
        return {
            name: sum(rows.mapped(name))
            for name in ("view_count", "visitor_count", "vcard_count", "exchange_count")
        }

    def _submit(self, profile, email, **post):
        token = self.env["mtap.exchange"]._issue_token(
            profile, timestamp=int(time.time()) - 10
        )
        outcome = (
            self.env["mtap.exchange"]
            .sudo()
            ._submit_form(
                profile,
                {"mtap_token": token, "name": email.split("@")[0], "email": email}
                | post,
                "10.0.0.9",
            )
        )
        self.assertEqual(outcome["status"], "sent", outcome)
        return outcome["lead"]

    def _convert(self, leads, user):
        form = Form(
            self.env(user=user)["mtap.lead.convert"].with_context(
                active_model="crm.lead", active_ids=leads.ids
            )
        )
        form.create_opportunity = True
        form.save().action_apply()
        return self.env["crm.lead"].search(
            [
                ("type", "=", "opportunity"),
                ("partner_id", "in", leads.mtap_contact_id.ids),
            ]
        )


@tagged("post_install", "-at_install")
class TestSourceMarkers(AnalyticsCommon):
    def test_each_entry_point_carries_its_marker(self):
        card = self.profile_a
        card.with_user(self.user_a).action_set_share_event(self.expo.id)
        base = card.public_url
        suffix = f"&e={self.expo.id}"
        self.assertEqual(card.share_link_url, f"{base}?s=link{suffix}")
        self.assertEqual(card.share_nfc_url, f"{base}?s=nfc{suffix}")
        qr = Image.open(io.BytesIO(base64.b64decode(card.qr_image)))
        self.assertEqual(
            [code.text for code in zxingcpp.read_barcodes(qr)], [f"{base}?s=qr{suffix}"]
        )
        self.assertIn(f'href="{base}?s=signature"', card._signature_html())
        lead = self._exchange_lead(card, "Mia Mail", email="mia@example.com")
        for xmlid, record, marker in (
            ("mail_template_mtap_card_to_visitor", lead, "mail"),
            ("mail_template_mtap_followup_lead", lead, "followup"),
        ):
            body = self.env.ref(f"mtap_hub.{xmlid}")._render_field(
                "body_html", record.ids
            )[record.id]
            self.assertIn(f'href="{base}?s={marker}"', str(body), xmlid)
        contact = self._mtap_contacts(self.user_a, [{"name": "Carl Contact"}])
        contact.sudo().mtap_profile_id = card
        body = self.env.ref(
            "mtap_hub.mail_template_mtap_followup_contact"
        )._render_field("body_html", contact.ids)[contact.id]
        self.assertIn(f'href="{base}?s=followup"', str(body))

    def test_marker_goes_from_the_visit_to_the_won_opportunity(self):
        html = self.url_open(f"{self.url}?s=nfc&e={self.expo.id}").text
        # the form and the save button carry where the visitor came from
        self.assertIn('name="s" value="nfc"', html)
        self.assertIn(f'name="e" value="{self.expo.id}"', html)
        vcard = re.search(r'href="([^"]+/vcard[^"]*)"', html).group(1)
        self.assertEqual(vcard, f"{self.url}/vcard?s=nfc&amp;e={self.expo.id}")
        self.url_open(vcard.replace("&amp;", "&"))
        lead = self._submit(
            self.profile_a, "nina@example.com", s="nfc", e=str(self.expo.id)
        )
        self.assertEqual(
            self._daily(self.profile_a, source="nfc", event_id=self.expo.id),
            {
                "view_count": 1,
                "visitor_count": 1,
                "vcard_count": 1,
                "exchange_count": 1,
            },
        )
        nfc = self.env.ref("mtap_hub.utm_medium_mtap_nfc")
        self.assertRecordValues(
            lead,
            [
                {
                    "mtap_marker": "nfc",
                    "mtap_event_id": self.expo.id,
                    "source_id": self.env.ref("mtap_hub.utm_source_mtap_profile").id,
                    "medium_id": nfc.id,
                    "campaign_id": self.expo.campaign_id.id,
                }
            ],
        )
        opportunity = self._convert(lead, self.user_a)
        self.assertRecordValues(
            lead.mtap_contact_id,
            [{"mtap_marker": "nfc", "mtap_event_id": self.expo.id}],
        )
        self.assertRecordValues(
            opportunity,
            [{"medium_id": nfc.id, "campaign_id": self.expo.campaign_id.id}],
        )
        # an opportunity opened later for that Contact keeps it too
        later = self.env["crm.lead"].create(
            {
                "name": "Second deal",
                "type": "opportunity",
                "partner_id": lead.mtap_contact_id.id,
            }
        )
        self.assertEqual(later.medium_id, nfc)
        # an old QR code has no marker; a made-up marker or another company's event
        # count as nothing
        other = self.env["res.company"].create({"name": "Other Co"})
        foreign = self.env["mtap.event"].create(
            {"name": "Theirs", "date_begin": DAY, "company_id": other.id}
        )
        self.url_open(self.url)
        self.url_open(f"{self.url}?s=<script>&e={foreign.id}")
        self.assertEqual(
            self._daily(self.profile_a, source="direct", event_id=False)["view_count"],
            2,
        )
        direct = self._submit(self.profile_a, "olga@example.com")
        self.assertEqual(
            direct.medium_id, self.env.ref("mtap_hub.utm_medium_mtap_direct")
        )


@tagged("post_install", "-at_install")
class TestUniqueVisitors(AnalyticsCommon):
    def test_a_visitor_counts_once_a_day_and_is_forgotten(self):
        card = self.profile_a

        def view(ua, day=DAY, anonymous=False):
            self.Stat._record_view(
                card, "qr", None, "192.0.2.1", ua, anonymous, day=day
            )

        view("Firefox")  # the day's salt is made
        count = self.env.cr.sql_log_count
        view("Firefox")
        self.assertLessEqual(self.env.cr.sql_log_count - count, 2, "statements")
        view("Safari")
        view("Firefox", anonymous=True)
        self.assertEqual(
            self._daily(card, day=DAY),
            {
                "view_count": 4,
                "visitor_count": 2,
                "vcard_count": 0,
                "exchange_count": 0,
            },
        )
        # the next day, with its own salt, the same visitor is new again
        view("Firefox", day=DAY + timedelta(days=1))
        self.assertEqual(
            self._daily(card, day=DAY + timedelta(days=1))["visitor_count"], 1
        )
        # nothing about the visitor is stored: a hash, under a salt of the day
        Salt = self.env["mtap.visit.salt"].sudo()
        self.assertEqual(len(Salt.search([])), 2)
        self.assertNotIn(
            "192.0.2.1", str(self.env["mtap.visit"].sudo().search([]).mapped("digest"))
        )
        # 48 hours later the first day's salt and the past days' visitors are gone
        self.env["ir.config_parameter"].sudo().set_param("mtap_hub.stat_raw_days", "1")
        self.Stat.search([]).write({"create_date": fields.Datetime.to_datetime(DAY)})
        self.Stat._cron_purge(today=DAY + timedelta(days=2))
        self.assertEqual(Salt.search([]).day, DAY + timedelta(days=1))
        self.assertFalse(self.env["mtap.visit"].sudo().search([]))
        self.assertFalse(self.Stat.search([("profile_id", "=", card.id)]))
        # the card still counts them: it reads the roll-ups
        card.invalidate_recordset()
        self.assertEqual((card.view_count, card.visitor_count), (5, 3))

    def test_old_days_fold_into_months_and_nothing_is_lost(self):
        card = self.profile_b
        Daily = self.env["mtap.profile.stat.daily"].sudo()
        today = date(2026, 6, 15)

        def row(day, source, slot, views, vcards=0):
            Daily.create(
                {
                    "profile_id": card.id,
                    "day": day,
                    "source": source,
                    "slot": slot,
                    "view_count": views,
                    "visitor_count": views,
                    "vcard_count": vcards,
                }
            )

        row(date(2026, 3, 3), "qr", 0, 2)
        row(date(2026, 3, 20), "qr", 3, 1, vcards=1)
        row(date(2026, 3, 20), "link", 0, 4)
        row(date(2026, 5, 20), "qr", 0, 8)  # within 31 days of June's first
        row(date(2026, 6, 14), "qr", 0, 16)
        row(date(2026, 6, 14), "qr", 7, 32)  # a past day's second slot
        row(today, "qr", 4, 64)  # today's slots are still being written
        card.invalidate_recordset()
        before = (card.view_count, card.visitor_count, card.vcard_count)
        report = self.env["mtap.funnel.report"]
        funnel = report._read_group(
            [("profile_id", "=", card.id)], ["source"], ["view_count:sum"]
        )

        self.assertEqual(Daily._fold(today), 4)
        rows = {
            (r.day, r.source, r.slot): (r.period, r.view_count, r.vcard_count)
            for r in Daily.search([("profile_id", "=", card.id)])
        }
        self.assertEqual(
            rows,
            {
                (date(2026, 3, 1), "qr", 0): ("month", 3, 1),
                (date(2026, 3, 1), "link", 0): ("month", 4, 0),
                (date(2026, 5, 20), "qr", 0): ("day", 8, 0),
                (date(2026, 6, 14), "qr", 0): ("day", 48, 0),
                (today, "qr", 4): ("day", 64, 0),
            },
        )
        card.invalidate_recordset()
        self.assertEqual(
            (card.view_count, card.visitor_count, card.vcard_count), before
        )
        report.invalidate_model()
        self.assertEqual(
            report._read_group(
                [("profile_id", "=", card.id)], ["source"], ["view_count:sum"]
            ),
            funnel,
        )
        # what was folded is not folded again; 0 keeps every day
        self.assertEqual(Daily._fold(today), 0)
        self.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.stat_daily_days", "0"
        )
        row(date(2026, 2, 2), "qr", 0, 1)
        self.assertEqual(Daily._fold(today), 0)

    def test_gpc_visitor_is_a_view_only(self):
        self.url_open(self.url, headers={"Sec-GPC": "1"})
        self.url_open(self.url, headers={"DNT": "1", "User-Agent": "Other"})
        self.assertEqual(self._daily(self.profile_a)["view_count"], 2)
        self.assertEqual(self._daily(self.profile_a)["visitor_count"], 0)
        self.assertFalse(self.env["mtap.visit"].sudo().search([]))


@tagged("post_install", "-at_install")
class TestFunnel(AnalyticsCommon):
    def test_funnel_of_a_scripted_history_matches_by_hand(self):
        card = self.profile_a
        for ua in ("A", "B", "C", "A"):
            self.Stat._record_view(card, "qr", self.expo, "10.1.1.1", ua, False)
        self.Stat._record_view(card, "link", None, "10.1.1.2", "D", False)
        self.Stat._record(card, "vcard", "qr", self.expo)
        at_expo = self._submit(card, "ann@example.com", s="qr", e=str(self.expo.id))
        at_expo |= self._submit(card, "ben@example.com", s="qr", e=str(self.expo.id))
        by_link = self._submit(card, "cid@example.com", s="link")
        opportunities = self._convert(at_expo, self.user_a)
        opportunities[0].write({"expected_revenue": 5000})
        opportunities[0].action_set_won()
        # one follow-up done (the first), one Lead due today
        by_link.activity_ids.action_feedback("Called")
        by_link.mtap_followup_date = fields.Date.today()
        Report = self.env["mtap.funnel.report"]
        measures = [
            f"{name}:sum"
            for name in (
                *Report._FUNNEL_STEPS,
                "revenue",
                "followup_done",
                "followup_due",
            )
        ]
        rows = {
            source: values
            for source, *values in Report._read_group(
                [("profile_id", "=", card.id)], ["source"], measures
            )
        }
        #                views uniq vcard exch leads contacts opps won revenue done due
        self.assertEqual(rows["qr"], [4, 3, 1, 2, 2, 2, 2, 1, 5000.0, 0, 0])
        self.assertEqual(rows["link"], [1, 1, 0, 1, 1, 0, 0, 0, 0.0, 1, 1])
        [[hours]] = Report._read_group(
            [("lead_id", "=", by_link.id)], [], ["first_followup_hours:avg"]
        )
        self.assertGreaterEqual(hours, 0)
        # done within the second the Lead came in: a message's date is kept to
        # the second, the Lead's creation is not; that is no time, never less
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE crm_lead SET create_date = date_trunc('second', create_date)"
            " + interval '900 milliseconds' WHERE id = %s",
            [by_link.id],
        )
        self.env.cr.execute(
            "UPDATE mail_message SET date = (SELECT date_trunc('second', create_date)"
            " FROM crm_lead WHERE id = %s) WHERE model = 'crm.lead' AND res_id = %s"
            " AND mail_activity_type_id IS NOT NULL",
            [by_link.id, by_link.id],
        )
        self.env.invalidate_all()
        [[hours]] = Report._read_group(
            [("lead_id", "=", by_link.id)], [], ["first_followup_hours:avg"]
        )
        self.assertEqual(hours, 0.0)
        # the event: 600 for 2 Leads, 2 Contacts and 5000 won
        self.expo.invalidate_recordset()
        self.assertRecordValues(
            self.expo,
            [
                {
                    "lead_count": 2,
                    "contact_count": 2,
                    "won_count": 1,
                    "revenue": 5000.0,
                    "cost_per_lead": 300.0,
                    "cost_per_contact": 300.0,
                    "roi": (5000 - 600) / 600 * 100,
                }
            ],
        )
        # the share screen's funnel says the same
        card.invalidate_recordset()
        funnel = {step["key"]: step["value"] for step in card.share_funnel}
        self.assertEqual(funnel["lead_count"], 3)
        self.assertEqual(funnel["won_count"], 1)

    def test_manager_sees_the_team_a_user_only_their_own(self):
        self.Stat._record_view(self.profile_a, "qr", None, "10.0.0.1", "A", False)
        self.Stat._record_view(self.profile_b, "link", None, "10.0.0.2", "B", False)
        Report = self.env["mtap.funnel.report"]
        both = self.profile_a | self.profile_b
        self.assertEqual(
            Report.with_user(self.user_a).search([]).profile_id, self.profile_a
        )
        # Bob leads the sales team of Alice's card: he sees his card and his team's
        self.assertEqual(Report.with_user(self.user_b).search([]).profile_id, both)
        self.assertEqual(
            Report.with_user(self.manager)
            .search([("profile_id", "in", both.ids)])
            .profile_id,
            both,
        )
        self.profile_a.team_id = False
        self.assertEqual(
            Report.with_user(self.user_b).search([]).profile_id, self.profile_b
        )

    def test_export_neutralises_formulas(self):
        self.assertEqual(neutralise_cell("=1+2"), "'=1+2")
        for cell in ("+1", "-1", "@SUM(A1)", "\tx", "\rx"):
            self.assertEqual(neutralise_cell(cell), "'" + cell)
        self.assertEqual(neutralise_cell("Expo"), "Expo")
        self.expo.name = '=HYPERLINK("http://evil.example","x")'
        self.manager.group_ids += self.env.ref("base.group_allow_export")
        self.Stat._record_view(self.profile_a, "qr", self.expo, "10.0.0.1", "A", False)
        rows = (
            self.env["mtap.funnel.report"]
            .with_user(self.manager)
            .search([("event_id", "=", self.expo.id)])
            .export_data(["event_id", "view_count"])["datas"]
        )
        self.assertEqual(rows, [['\'=HYPERLINK("http://evil.example","x")', 1]])
        rows = self.expo.with_user(self.manager).export_data(["name"])["datas"]
        self.assertEqual(rows, [['\'=HYPERLINK("http://evil.example","x")']])


@tagged("post_install", "-at_install")
class TestViewConcurrency(BaseCase):
    """20 visitors of one card counted at the same moment, each in its own real
    transaction held open until all counted: none fails, none waits on a lock."""

    VISITORS = 20

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.registry = odoo.modules.registry.Registry(get_db_name())
        with cls.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            cls.profile_id = (
                env["mtap.profile"]
                .create(
                    {
                        "name": "Busy Card",
                        "slug": "busy-card-k3v9",
                        "user_id": env.ref("base.user_admin").id,
                    }
                )
                .id
            )

    @classmethod
    def tearDownClass(cls):
        with cls.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            env["mtap.profile"].browse(cls.profile_id).unlink()
            cr.execute("DELETE FROM mtap_visit WHERE day = %s", (DAY,))
            cr.execute("DELETE FROM mtap_visit_salt WHERE day = %s", (DAY,))
        super().tearDownClass()

    def test_twenty_concurrent_views_never_wait(self):
        barrier = threading.Barrier(self.VISITORS, timeout=30)
        errors = []

        def visit(index):
            try:
                with self.registry.cursor() as cr:
                    # any wait on a row lock fails: the others hold theirs open
                    cr.execute("SET LOCAL lock_timeout = '2s'")
                    bump(cr, self.profile_id, "view", "qr", None, DAY, f"v{index}")
                    barrier.wait()
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(repr(error))
                barrier.abort()

        threads = [
            threading.Thread(target=visit, args=(i,)) for i in range(self.VISITORS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(errors, [])
        with self.registry.cursor() as cr:
            cr.execute(
                "SELECT sum(view_count), sum(visitor_count), count(*) "
                "FROM mtap_profile_stat_daily WHERE profile_id = %s",
                (self.profile_id,),
            )
            self.assertEqual(cr.fetchone(), (20, 20, 20))
