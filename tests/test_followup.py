from datetime import date

from freezegun import freeze_time

from odoo import fields
from odoo.tests import Form

from .common import MtapCommon


class TestFollowup(MtapCommon):
    """The follow-up cadence of Leads and Contacts (issue 6), day by day."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.followup_type = cls.env.ref("mtap_hub.mail_activity_type_mtap_followup")
        cls.lead_rule = cls.env.ref("mtap_hub.mtap_followup_rule_lead")
        cls.contact_rule = cls.env.ref("mtap_hub.mtap_followup_rule_contact")
        # only the seeded rules, whatever the database holds besides
        cls.env["mtap.followup.rule"].search(
            [("id", "not in", (cls.lead_rule | cls.contact_rule).ids)]
        ).active = False

    def _run_cron(self):
        """What the cron does, without its commits (forbidden in this test)."""
        self.env["crm.lead"]._mtap_followup_run(commit=False)
        self.env["res.partner"]._mtap_followup_run(commit=False)

    def _open(self, record):
        return self.env["mail.activity"].search(
            [("res_model", "=", record._name), ("res_id", "=", record.id)]
        )

    def _done(self, record, user):
        activity = record.mtap_followup_activity_id
        self.assertTrue(activity, f"{record.display_name} has no open follow-up")
        activity.with_user(user).action_feedback(feedback="Done")

    def _contact(self, user, name="Carl Contact", **values):
        return (
            self.env["res.partner"]
            .with_user(user)
            .create(
                {
                    "name": name,
                    "email": f"{name.split()[0].lower()}@contact.example",
                    "mtap_is_contact": True,
                    **values,
                }
            )
        )

    # ------------------------------------------------------------------
    # whole cadences
    # ------------------------------------------------------------------

    def test_lead_cadence_two_followups_then_drip(self):
        with freeze_time("2026-03-02 10:00"):
            lead = self._exchange_lead(
                self.profile_a, "Lea Lead", email="lea@x.example"
            )
            activity = self._open(lead)
            # the Exchange's activity is the first follow-up, due within 24 hours
            self.assertEqual(len(activity), 1)
            self.assertEqual(lead.mtap_followup_activity_id, activity)
            self.assertEqual(activity.date_deadline, date(2026, 3, 3))
            self.assertEqual(activity.user_id, self.user_a)
            self.assertEqual(activity.summary, "Follow up (1/2)")
            self.assertIn("Lea Lead", activity.note)
            self.assertEqual(lead.mtap_followup_state, "active")
            self._run_cron()
            self.assertEqual(self._open(lead), activity, "no extra follow-up")
        with freeze_time("2026-03-03 09:00"):
            self._done(lead, self.user_a)
            self.assertEqual(lead.mtap_followup_count, 1)
            self.assertEqual(lead.mtap_followup_date, date(2026, 3, 6))
            self.assertFalse(self._open(lead))
        with freeze_time("2026-03-05 09:00"):
            self._run_cron()
            self.assertFalse(self._open(lead), "not due yet")
        with freeze_time("2026-03-06 09:00"):
            self._run_cron()
            self._run_cron()  # never twice
            second = self._open(lead)
            self.assertEqual(len(second), 1)
            self.assertEqual(second.date_deadline, date(2026, 3, 6))
            self.assertEqual(second.user_id, self.user_a)
            self.assertEqual(second.summary, "Follow up (2/2)")
        with freeze_time("2026-03-07 09:00"):
            self._done(lead, self.user_a)
            self.assertEqual(lead.mtap_followup_count, 2)
            self.assertEqual(lead.mtap_followup_state, "drip")
            self.assertIn(self.env.ref("mtap_hub.crm_tag_mtap_drip"), lead.tag_ids)
        with freeze_time("2026-04-30 09:00"):
            self._run_cron()
            self.assertFalse(self._open(lead), "no personal follow-up in drip")

    def test_contact_cadence_eight_checkins_then_drip(self):
        with freeze_time("2026-03-02 10:00"):
            contact = self._contact(self.user_a)
            self.assertEqual(contact.mtap_followup_state, "active")
            self.assertEqual(contact.mtap_followup_date, date(2026, 3, 4))
            self._run_cron()
            self.assertFalse(self._open(contact), "the first check-in is in 2 days")
        due = date(2026, 3, 4)
        for number in range(1, 9):
            with freeze_time(f"{due} 08:00"):
                self._run_cron()
                activity = self._open(contact)
                self.assertEqual(len(activity), 1, f"check-in {number}")
                self.assertEqual(activity.date_deadline, due)
                self.assertEqual(activity.user_id, self.user_a)
                self.assertEqual(activity.summary, f"Check in ({number}/8)")
                self._done(contact, self.user_a)
                self.assertEqual(contact.mtap_followup_count, number)
            due = fields.Date.add(due, days=14)
        self.assertEqual(contact.mtap_followup_state, "drip")
        self.assertIn(
            self.env.ref("mtap_hub.res_partner_category_mtap_drip"), contact.category_id
        )
        with freeze_time(f"{due} 08:00"):
            self._run_cron()
            self.assertFalse(self._open(contact))

    # ------------------------------------------------------------------
    # replies
    # ------------------------------------------------------------------

    def test_lead_reply_by_email_stops_and_flags(self):
        with freeze_time("2026-03-02 10:00"):
            lead = self._exchange_lead(
                self.profile_a, "Rita Reply", email="rita@x.example"
            )
        with freeze_time("2026-03-02 15:00"):
            # someone else writing does not count
            lead.message_post(
                body="Hello", message_type="email", email_from="other@x.example"
            )
            self.assertEqual(lead.mtap_followup_state, "active")
            lead.message_post(
                body="Thanks, call me!",
                message_type="email",
                email_from="Rita <RITA@x.example>",
            )
            self.assertEqual(lead.mtap_followup_state, "stopped")
            self.assertTrue(lead.mtap_followup_replied)
            self.assertFalse(self._open(lead), "its follow-up is cancelled")
        with freeze_time("2026-03-20 10:00"):
            self._run_cron()
            self.assertFalse(self._open(lead))

    def test_lead_logged_call_counts_as_reply(self):
        with freeze_time("2026-03-02 10:00"):
            lead = self._exchange_lead(
                self.profile_a, "Carla Call", email="c@x.example"
            )
            call = lead.activity_schedule(
                "mail.mail_activity_data_call", user_id=self.user_a.id
            )
            call.with_user(self.user_a).action_feedback(feedback="We talked")
            self.assertEqual(lead.mtap_followup_state, "stopped")
            self.assertTrue(lead.mtap_followup_replied)
            self.assertEqual(lead.mtap_followup_count, 0, "a call is not a follow-up")

    def test_contact_reply_restarts_the_interval(self):
        with freeze_time("2026-03-02 10:00"):
            contact = self._contact(self.user_a)
        with freeze_time("2026-03-04 10:00"):
            self._run_cron()
            self._done(contact, self.user_a)
            self.assertEqual(contact.mtap_followup_date, date(2026, 3, 18))
        with freeze_time("2026-03-18 10:00"):
            self._run_cron()
            self.assertEqual(self._open(contact).date_deadline, date(2026, 3, 18))
        with freeze_time("2026-03-10 11:00"):
            contact.message_post(
                body="Good to hear from you",
                message_type="email",
                email_from="carl@contact.example",
            )
            self.assertEqual(contact.mtap_followup_state, "active")
            self.assertEqual(contact.mtap_followup_date, date(2026, 3, 24))
            self.assertEqual(self._open(contact).date_deadline, date(2026, 3, 24))
            self.assertEqual(contact.mtap_followup_count, 1, "a reply is not counted")
            self.assertEqual(contact.mtap_last_interaction.date(), date(2026, 3, 10))
        with freeze_time("2026-03-11 10:00"):
            meeting = contact.activity_schedule(
                "mail.mail_activity_data_meeting", user_id=self.user_a.id
            )
            meeting.with_user(self.user_a).action_feedback(feedback="Lunch")
            self.assertEqual(contact.mtap_followup_date, date(2026, 3, 25))

    # ------------------------------------------------------------------
    # rules
    # ------------------------------------------------------------------

    def test_tag_rule_wins_over_the_default(self):
        vip = self.env["res.partner.category"].create({"name": "VIP"})
        self.env["mtap.followup.rule"].create(
            {
                "name": "VIP every week",
                "sequence": 5,
                "applies_to": "contact",
                "contact_tag_ids": [(6, 0, vip.ids)],
                "first_delay": 1,
                "interval": 7,
                "max_count": 8,
                "summary": "VIP check-in",
            }
        )
        with freeze_time("2026-03-02 10:00"):
            plain = self._contact(self.user_a, "Paul Plain")
            star = self._contact(self.user_a, "Vera Vip", category_id=[(6, 0, vip.ids)])
            self.assertEqual(plain.mtap_followup_date, date(2026, 3, 4))
            self.assertEqual(star.mtap_followup_date, date(2026, 3, 3))
        with freeze_time("2026-03-03 10:00"):
            self._run_cron()
            self.assertEqual(self._open(star).summary, "VIP check-in")
            self.assertFalse(self._open(plain))
            self._done(star, self.user_a)
            self.assertEqual(star.mtap_followup_date, date(2026, 3, 10))

    def test_rule_change_applies_to_future_followups_only(self):
        with freeze_time("2026-03-02 10:00"):
            contact = self._contact(self.user_a)
        with freeze_time("2026-03-04 10:00"):
            self._run_cron()
            activity = self._open(contact)
            self.contact_rule.write({"interval": 30, "summary": "New check-in"})
            self.assertEqual(activity.date_deadline, date(2026, 3, 4), "kept")
            self.assertEqual(activity.summary, "Check in (1/8)", "kept")
            self._done(contact, self.user_a)
            self.assertEqual(contact.mtap_followup_date, date(2026, 4, 3))
        with freeze_time("2026-04-03 10:00"):
            self._run_cron()
            self.assertEqual(self._open(contact).summary, "New check-in")

    def test_rule_form(self):
        form = Form(self.env["mtap.followup.rule"].with_user(self.manager))
        form.name = "Press every 10 days"
        form.applies_to = "contact"
        form.interval = 10
        rule = form.save()
        self.assertEqual(rule.activity_type_id, self.followup_type)
        self.assertEqual((rule.first_delay, rule.max_count), (1, 2))

    # ------------------------------------------------------------------
    # conversion, skipped records (case 31)
    # ------------------------------------------------------------------

    def test_convert_hands_over_to_the_contact_cadence(self):
        with freeze_time("2026-03-02 10:00"):
            lead = self._exchange_lead(
                self.profile_a, "Otto Over", email="otto@x.example"
            )
            self.env["mtap.lead.convert"].with_user(self.user_a).with_context(
                active_model="crm.lead", active_ids=lead.ids
            ).create({}).action_apply()
            contact = lead.mtap_contact_id
            self.assertEqual(lead.mtap_followup_state, "stopped")
            self.assertFalse(self._open(lead))
            self.assertEqual(contact.mtap_followup_state, "active")
            self.assertEqual(contact.mtap_followup_date, date(2026, 3, 4))
            self.assertEqual(contact.mtap_followup_count, 0)

    def test_archived_owner_and_deleted_record_are_skipped_and_logged(self):
        with freeze_time("2026-03-02 10:00"):
            kept = self._contact(self.user_a, "Kept Kim")
            orphan = self._contact(self.user_b, "Orphan Olga")
            gone = self._contact(self.user_a, "Gone Gus")
        self.user_b.active = False
        with freeze_time("2026-03-04 10:00"):
            batch = (kept | orphan | gone).sudo()  # as the cron
            gone.sudo().unlink()
            with self.assertLogs(
                "odoo.addons.mtap_hub.models.mtap_followup_mixin", "WARNING"
            ) as logs:
                batch._mtap_followup_schedule()
            self.assertTrue(self._open(kept))
            self.assertFalse(self._open(orphan))
            self.assertTrue(any("archived" in line for line in logs.output))
            self.assertTrue(any("deleted" in line for line in logs.output))

    def test_counts_on_my_card(self):
        with freeze_time("2026-03-02 10:00"):
            lead = self._exchange_lead(
                self.profile_a, "Cora Count", email="c@o.example"
            )
            contact = self._contact(self.user_a)
            other = self._contact(self.user_b, "Bert Other")
        with freeze_time("2026-03-04 10:00"):
            card = self.profile_a.with_user(self.user_a)
            self.assertEqual(
                (card.followup_lead_count, card.followup_contact_count), (1, 1)
            )
            self.assertEqual(card.drip_count, 0)
            action = card.action_view_followup_contacts()
            found = (
                self.env["res.partner"].with_user(self.user_a).search(action["domain"])
            )
            self.assertEqual(found, contact, "only the card owner's Contacts")
            self.assertNotIn(other, found)
            self._done(lead, self.user_a)
            lead.mtap_followup_date = "2026-03-01"
            self._run_cron()
            self._done(lead, self.user_a)
            card.invalidate_recordset()
            self.assertEqual(card.followup_lead_count, 0)
            self.assertEqual(card.drip_count, 1)
