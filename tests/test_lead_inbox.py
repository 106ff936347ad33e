from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import Form, tagged
from odoo.tools.safe_eval import datetime as safe_datetime
from odoo.tools.safe_eval import dateutil as safe_dateutil
from odoo.tools.safe_eval import safe_eval

from .common import MtapCommon
from .test_exchange import ExchangeCommon


class TestLeadInbox(MtapCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.spam = cls.env.ref("mtap_hub.crm_lost_reason_mtap_spam")
        cls.not_a_fit = cls.env.ref("mtap_hub.crm_lost_reason_mtap_not_a_fit")

    def _archive(self, leads, reason, user=None):
        form = Form(
            self.env["crm.lead.lost"]
            .with_user(user or self.user_a)
            .with_context(default_lead_ids=leads.ids)
        )
        form.lost_reason_id = reason
        form.lost_feedback = "<p>Seen at the booth</p>"
        return form.save().action_lost_reason_apply()

    def _filter_domain(self, name):
        """The domain of a filter of the inbox's search view, evaluated as the web
        client does."""
        view = self.env.ref("mtap_hub.crm_lead_view_search_mtap")
        node = view._get_combined_arch().xpath(f"//filter[@name='{name}']")[0]
        return safe_eval(
            node.get("domain"),
            {
                "context_today": lambda: fields.Date.context_today(self.env.user),
                "relativedelta": safe_dateutil.relativedelta.relativedelta,
                "datetime": safe_datetime,
                "uid": self.env.uid,
            },
        )

    def _inbox(self, filter_name, user=None):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.crm_lead_action_mtap_inbox"
        )
        domain = safe_eval(action["domain"]) + self._filter_domain(filter_name)
        return (
            self.env["crm.lead"]
            .with_user(user or self.user_a)
            .search(domain, order="id")
        )

    # ------------------------------------------------------------------
    # score
    # ------------------------------------------------------------------

    def test_score_is_stored_explained_and_sortable(self):
        good = self._exchange_lead(
            self.profile_a,
            "Ada Lovelace",
            email="ada@analytical.example",
            phone="+44 20 7946 0958",
            company="Analytical Engines",
            job_title="Engineer",
            message="Let's talk",
            consent="1",
        )
        weak = self._exchange_lead(self.profile_a, "Bo", email="bo@gmail.com")
        self.assertEqual(good.mtap_score, 85)  # all but "known contact"
        self.assertEqual(weak.mtap_score, 12 + 5)
        self.assertIn("A valid phone number", good.mtap_score_explanation)
        self.assertIn("85 / 100", good.mtap_score_explanation)
        ranked = self.env["crm.lead"].search(
            [("id", "in", (good | weak).ids)], order="mtap_score desc"
        )
        self.assertEqual(ranked.ids, [good.id, weak.id])
        self.assertEqual(self._inbox("filter_good_score"), good)
        # a known contact is worth more, and the hint points at it
        partner = self.env["res.partner"].create(
            {"name": "Bo", "email": "bo@gmail.com"}
        )
        weak.email_from = "BO@gmail.com"
        self.assertEqual(weak.mtap_known_partner_id, partner)
        self.assertEqual(weak.mtap_score, 12 + 5 + 15)

    def test_known_contact_by_phone_ignores_other_owners_contacts(self):
        self.env["res.partner"].create(
            {
                "name": "Bob's friend",
                "phone": "+32470112233",
                "mtap_is_contact": True,
                "mtap_owner_id": self.user_b.id,
            }
        )
        lead = self._exchange_lead(self.profile_a, "Friend", phone="0470 11 22 33")
        self.assertFalse(lead.mtap_known_partner_id)
        mine = self.env["res.partner"].create(
            {"name": "Friend", "phone": "+32470112233"}
        )
        lead.phone = "+32 470 11 22 33"
        self.assertEqual(lead.mtap_known_partner_id, mine)

    # ------------------------------------------------------------------
    # states and filters
    # ------------------------------------------------------------------

    def test_states_and_filters(self):
        new = self._exchange_lead(self.profile_a, "New One", email="new@x.example")
        reviewed = self._exchange_lead(self.profile_a, "Seen", email="seen@x.example")
        archived = self._exchange_lead(self.profile_a, "Gone", email="gone@x.example")
        converted = self._exchange_lead(self.profile_a, "Kept", email="kept@x.example")
        old = self._exchange_lead(self.profile_a, "Old", email="old@x.example")
        self.env.cr.execute(
            "UPDATE crm_lead SET create_date = now() - interval '30 days' "
            "WHERE id = %s",
            [old.id],
        )
        old.invalidate_recordset(["create_date"])
        reviewed.with_user(self.user_a).action_mtap_mark_reviewed()
        self._archive(archived, self.not_a_fit)
        self.env["mtap.lead.convert"].with_user(self.user_a).create(
            {"lead_ids": [(6, 0, converted.ids)]}
        ).action_apply()
        self.assertEqual(new.mtap_state, "new")
        self.assertEqual(reviewed.mtap_state, "reviewed")
        self.assertEqual(archived.mtap_state, "archived")
        self.assertEqual(converted.mtap_state, "converted")
        self.assertEqual(self._inbox("filter_open"), new | reviewed | old)
        self.assertEqual(self._inbox("filter_new"), new | old)
        self.assertEqual(self._inbox("filter_converted"), converted)
        self.assertEqual(self._inbox("filter_archived"), archived)
        self.assertEqual(self._inbox("filter_this_week"), new | reviewed | converted)
        # follow-ups: the Exchange's first one is due tomorrow; converted and
        # archived Leads are no longer followed up
        self.assertFalse(self._inbox("filter_followup_today"))
        self.assertFalse(self._inbox("filter_followup_overdue"))
        (new | old | converted).mtap_followup_date = fields.Date.today()
        reviewed.mtap_followup_date = fields.Date.today() - timedelta(1)
        self.assertEqual(self._inbox("filter_followup_today"), new | old)
        self.assertEqual(self._inbox("filter_followup_overdue"), reviewed)
        # restoring an archived Lead puts it back in the inbox
        archived.with_user(self.user_a).action_restore()
        self.assertEqual(archived.mtap_state, "new")
        self.assertIn(archived, self._inbox("filter_open"))

    def test_group_by_profile_source_tag_and_state(self):
        tag = self.env["crm.tag"].create({"name": "Expo"})
        lead = self._exchange_lead(self.profile_a, "Ann", email="ann@x.example")
        lead.tag_ids = tag
        self._exchange_lead(self.profile_a, "Ben", email="ben@x.example")
        Lead = self.env["crm.lead"].with_user(self.user_a)
        domain = [("mtap_profile_id", "!=", False)]
        for group_by, expected in (
            ("mtap_profile_id", [(self.profile_a.id, 2)]),
            ("mtap_source", [("exchange_form", 2)]),
            ("tag_ids", [(tag.id, 1), (False, 1)]),
            ("mtap_state", [("new", 2)]),
        ):
            with self.subTest(group_by=group_by):
                groups = Lead.formatted_read_group(domain, [group_by], ["__count"])
                got = [
                    (
                        g[group_by][0]
                        if isinstance(g[group_by], tuple)
                        else g[group_by],
                        g["__count"],
                    )
                    for g in groups
                ]
                self.assertEqual(got, expected)

    def test_inbox_opens_on_kanban_on_a_phone(self):
        action = self.env.ref("mtap_hub.crm_lead_action_mtap_inbox")
        self.assertEqual(action.mobile_view_mode, "kanban")
        self.assertEqual(action.view_mode.split(",")[0], "list")

    # ------------------------------------------------------------------
    # archive
    # ------------------------------------------------------------------

    def test_archive_with_reason_and_note(self):
        lead = self._exchange_lead(self.profile_a, "Gone", email="gone@x.example")
        self._archive(lead, self.not_a_fit)
        self.assertFalse(lead.active)
        self.assertEqual(lead.mtap_state, "archived")
        self.assertEqual(lead.lost_reason_id, self.not_a_fit)
        self.assertFalse(self.env["mtap.exchange.block"].sudo().search_count([]))
        # not spam: the same person may come back
        again = self._exchange_lead(self.profile_a, "Gone", email="gone@x.example")
        self.assertTrue(again)

    def test_archive_as_spam_then_undo(self):
        lead = self._exchange_lead(self.profile_a, "Spammy", email="s@spam.example")
        action = lead.with_user(self.user_a).action_mtap_archive()
        wizard = (
            self.env["crm.lead.lost"]
            .with_user(self.user_a)
            .with_context(action["context"], mtap_reason="spam")
            .create({})
        )
        notice = wizard.action_mtap_archive_as()
        self.assertEqual(notice["params"]["message"], "Spammy archived: Spam.")
        self.assertEqual(lead.mtap_state, "archived")
        Block = self.env["mtap.exchange.block"].sudo()
        self.assertTrue(Block.search_count([("lead_id", "=", lead.id)]))
        # Undo: back in the inbox, the sender no longer blocked
        lead.with_user(self.user_a).action_mtap_undo_archive()
        self.assertRecordValues(lead, [{"active": True, "lost_reason_id": False}])
        self.assertIn(lead.mtap_state, ("new", "reviewed"))
        self.assertFalse(Block.search_count([("lead_id", "=", lead.id)]))
        # only its owner (or a manager) undoes it
        lead.with_user(self.user_a).action_set_lost(lost_reason_id=self.not_a_fit.id)
        with self.assertRaises(AccessError):
            lead.with_user(self.user_b).action_mtap_undo_archive()
        self.assertFalse(lead.active)

    def test_custom_reason(self):
        reason = self.env["crm.lost.reason"].create({"name": "Competitor"})
        lead = self._exchange_lead(self.profile_a, "Gone", email="gone@x.example")
        self._archive(lead, reason)
        self.assertEqual(lead.mtap_state, "archived")
        self.assertEqual(lead.lost_reason_id, reason)

    def test_spam_blocks_the_sender_on_the_owners_cards(self):
        second_card = (
            self.env["mtap.profile"]
            .with_user(self.user_a)
            .create({"name": "Alice at Expo", "slug": "alice-expo-p3m8"})
        )
        lead = self._exchange_lead(self.profile_a, "Spammer", email="Spam@Bad.example")
        self._archive(lead, self.spam)
        block = self.env["mtap.exchange.block"].with_user(self.user_a).search([])
        self.assertEqual(block.email_normalized, "spam@bad.example")
        self.assertEqual(block.lead_id, lead)
        leads_before = (
            self.env["crm.lead"].with_context(active_test=False).search_count([])
        )
        for card in (self.profile_a, second_card):
            self.assertFalse(
                self._exchange_lead(card, "Spammer", email="spam@bad.example")
            )
        self.assertEqual(
            self.env["crm.lead"].with_context(active_test=False).search_count([]),
            leads_before,
        )
        # another owner's card still takes it
        self.assertTrue(
            self._exchange_lead(self.profile_b, "Spammer", email="spam@bad.example")
        )
        # archiving spam twice does not fail on the unique index
        other = self._exchange_lead(self.profile_a, "Spammer", phone="0470 00 00 01")
        other.email_from = "spam@bad.example"
        self._archive(other, self.spam)
        self.assertEqual(self.env["mtap.exchange.block"].sudo().search_count([]), 1)

    def test_only_owner_or_manager_archives(self):
        lead_b = self._exchange_lead(self.profile_b, "Bea", email="bea@b.example")
        with self.assertRaises(AccessError):
            self._archive(lead_b, self.spam, user=self.user_a)
        with self.assertRaises(AccessError):
            lead_b.with_user(self.user_a).action_set_lost(lost_reason_id=self.spam.id)
        self.assertTrue(lead_b.active)
        self.assertFalse(self.env["mtap.exchange.block"].sudo().search_count([]))
        self._archive(lead_b, self.spam, user=self.manager)
        self.assertFalse(lead_b.active)
        block = self.env["mtap.exchange.block"].sudo().search([])
        self.assertEqual(block.user_id, self.user_b)

    # ------------------------------------------------------------------
    # access (cases 18, 19, 22)
    # ------------------------------------------------------------------

    def test_user_sees_only_leads_of_own_cards(self):
        lead_a = self._exchange_lead(self.profile_a, "Ann", email="ann@x.example")
        lead_b = self._exchange_lead(self.profile_b, "Ben", email="ben@x.example")
        Lead = self.env["crm.lead"].with_user(self.user_a)
        mtap = [("mtap_profile_id", "!=", False)]
        self.assertEqual(Lead.search(mtap), lead_a)
        self.assertEqual(
            [g["__count"] for g in Lead.formatted_read_group(mtap, [], ["__count"])],
            [1],
        )
        with self.assertRaises(AccessError):
            lead_b.with_user(self.user_a).read(["email_from"])
        with self.assertRaises(AccessError):
            lead_b.with_user(self.user_a).write({"user_id": self.user_a.id})
        # what an export of all (ids from a search) would get
        self.assertEqual(
            Lead.search_read(mtap, ["email_from"])[0]["email_from"], "ann@x.example"
        )
        self.assertEqual(len(Lead.search_read(mtap, ["email_from"])), 1)
        self.assertEqual(
            self.env["crm.lead"].with_user(self.manager).search(mtap), lead_a | lead_b
        )

    def test_ownerless_and_archived_owner_leads_stay_hidden(self):
        ownerless = self._exchange_lead(self.profile_b, "Ned", email="ned@x.example")
        ownerless.user_id = False
        archived_owner = self._exchange_lead(
            self.profile_b, "Oda", email="oda@x.example"
        )
        self.user_b.action_archive()
        salesman = self.env["crm.lead"].with_user(self.user_a)
        self.assertFalse(
            salesman.search([("id", "in", (ownerless | archived_owner).ids)])
        )
        # a plain CRM Lead without owner stays visible as CRM intends
        plain = self.env["crm.lead"].create(
            {"name": "Walk-in", "type": "lead", "user_id": False}
        )
        self.assertEqual(salesman.search([("id", "=", plain.id)]), plain)
        self.assertEqual(
            self.env["crm.lead"]
            .with_user(self.manager)
            .search([("id", "in", (ownerless | archived_owner).ids)]),
            ownerless | archived_owner,
        )


@tagged("post_install", "-at_install")
class TestSpamBlocksExchange(ExchangeCommon):
    def test_blocked_sender_gets_a_thank_you_and_nothing_is_stored(self):
        lead = self._exchange_lead(self.profile_a, "Spammer", email="spam@bad.example")
        lead.with_user(self.user_a).action_set_lost(
            lost_reason_id=self.env.ref("mtap_hub.crm_lost_reason_mtap_spam").id
        )
        self.leads_before = self._leads()
        before = self._count_side_records()
        response = self._post({"name": "Spammer", "email": "SPAM@bad.example"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("o_mtap_exchange_thanks", response.text)
        self.assertFalse(self._new_leads())
        self.assertEqual(self._count_side_records(), before)
        # someone else is still welcome
        self._post({"name": "Fine", "email": "fine@good.example"})
        self.assertEqual(len(self._new_leads()), 1)
