"""The sync scenarios, written once and run for every CRM adapter: a test class
of a vendor gives its fake server and its connection (``SyncVendor``), and
inherits the scenarios (``SyncScenarios``, in one transaction;
``SyncConcurrencyScenarios``, committed, several cursors). A new vendor is one
adapter in ``tools/crm/`` and one fake in ``crm_fakes.py``."""

from datetime import timedelta
from urllib.parse import urlsplit

from odoo import fields
from odoo.tests.common import _super_send

from .common import MtapCommon

# seconds a fake CRM has to answer in the tests
TIMEOUT = 2


class SyncVendor:
    """What a vendor's test class provides."""

    vendor = None
    # seconds the connection pauses on the fake's scripted rate-limit answer
    throttle_seconds = 7

    def _expire_token(self):
        """Make the fake refuse the current access token (OAuth vendors)."""

    def _token_requests(self):
        """Access tokens the fake's token endpoint was asked for."""
        return 0

    @classmethod
    def _start_fake(cls):
        raise NotImplementedError

    @classmethod
    def _connection_vals(cls, fake):
        raise NotImplementedError

    def _remote(self):
        """The fake CRM's records: stable uid -> properties."""
        raise NotImplementedError

    def _pushed_uids(self):
        """The uid of every Contact pushed (upserted), one entry per push."""
        raise NotImplementedError

    def _refuse_next(self, partner):
        """Make the fake refuse ``partner`` (a validation error); return a
        function that fixes it."""
        raise NotImplementedError

    def _break_auth(self):
        """Make the fake refuse the authorisation; return a function that
        repairs it."""
        raise NotImplementedError

    def _seed_remote(self, partner, properties):
        """Put a record of ``partner`` in the fake CRM as someone made it there
        (matched by its e-mail); return a function that sets a property of it
        later, as a CRM user does."""
        raise NotImplementedError


class SyncCase(MtapCommon):
    """A running fake CRM and a tested connection to it (one transaction)."""

    @classmethod
    def _request_handler(cls, session, request, /, **kw):
        """Odoo's tests raise any timeout under 10 s to 10 s: the requests to
        the fakes on 127.0.0.1 keep the sync's own (real HTTP all the same);
        anything else goes through Odoo's guard."""
        if urlsplit(request.url).hostname == "127.0.0.1":
            return _super_send(session, request, **kw)
        return super()._request_handler(session, request, **kw)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_a.email = "mtap_user_a@example.com"
        cls.fake = cls._start_fake()
        cls.addClassCleanup(cls.fake.stop)
        params = cls.env["ir.config_parameter"].sudo()
        # the fakes answer in milliseconds: a timeout is shown in seconds
        params.set_param("mtap_hub.sync_timeout_seconds", str(TIMEOUT))
        cls.connection = cls.env["mtap.sync.connection"].create(
            {"name": f"Test {cls.vendor}", **cls._connection_vals(cls.fake)}
        )
        ok, message = cls.connection._mtap_test()
        assert ok, message

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.registry.clear_cache()  # the watched fields of a rolled-back connection

    def setUp(self):
        super().setUp()
        self.now = fields.Datetime.now()
        self.fake.reset()

    def _uid(self, partner):
        return f"{self.connection._mtap_uid_prefix()}-{partner.id}"

    def _contact(self, name="Ada Lovelace", email="ada@example.com", **vals):
        return self._mtap_contacts(
            self.user_a, [{"name": name, "email": email, **vals}]
        )

    def _send(self, after=0):
        """Run the sender as the cron does (one transaction here), ``after``
        seconds from the test's start."""
        self.env.invalidate_all()
        return self.env["mtap.sync.outbox"]._mtap_send(
            now=self.now + timedelta(seconds=after),
            max_wait=0,
            connections=self.connection,
        )

    def _rows(self, partners=None):
        domain = [("connection_id", "=", self.connection.id)]
        if partners is not None:
            domain.append(("partner_id", "in", partners.ids))
        return self.env["mtap.sync.outbox"].sudo().search(domain)

    def _state(self, partner):
        self.env.invalidate_all()
        return partner.sudo().mtap_sync_state_ids.filtered(
            lambda s: s.connection_id == self.connection
        )


class SyncScenarios:
    """What every adapter must pass (on top of ``SyncCase`` + ``SyncVendor``)."""

    # ---------------------------------------------------------------- ways in
    def test_added_contact_is_sent_once_with_its_mapped_fields(self):
        contact = self._contact(
            "Ada Lovelace", phone="+32 470 12 34 56", function="Analyst", city="Gent"
        )
        self.assertEqual(len(self._rows(contact)), 1, "queued with the Contact")
        self.assertEqual(self._state(contact).status, "pending")
        self._send()
        record = self._remote()[self._uid(contact)]
        self.assertEqual(record["firstname"], "Ada")
        self.assertEqual(record["lastname"], "Lovelace")
        self.assertEqual(record["email"], "ada@example.com")
        self.assertEqual(record["phone"], "+32470123456")
        self.assertEqual(record["jobtitle"], "Analyst")
        self.assertEqual(record["city"], "Gent")
        self.assertFalse(self._rows(contact))
        state = self._state(contact)
        self.assertEqual(state.status, "synced")
        self.assertTrue(state.remote_id)
        # sending again sends nothing
        self.fake.requests.clear()
        self._send(60)
        self.assertFalse(self._pushed_uids())

    def test_every_way_in_queues_and_a_lead_waits_for_conversion(self):
        typed = self._contact("Typed Person", email="typed@example.com")
        job = (
            self.env["mtap.contact.import"]
            .with_user(self.user_a)
            .create(
                {
                    "name": "book.vcf",
                    "file": __import__("base64").b64encode(
                        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Phone Book\r\n"
                        b"EMAIL:book@example.com\r\nEND:VCARD\r\n"
                    ),
                }
            )
        )
        job.action_preview()
        job.action_import()
        imported = job.line_ids.partner_id
        self.assertTrue(imported)
        lead = self._exchange_lead(
            self.profile_a, "Leah Lead", email="leah@example.com", company="Leadco"
        )
        self.assertTrue(self._rows(typed))
        self.assertTrue(self._rows(imported))
        self.assertFalse(self._rows(lead.partner_id | lead.mtap_contact_id))
        self._send()
        self.assertNotIn("leah@example.com", str(self._remote()), "a Lead never goes")
        existing = self.env["res.partner"].create({"name": "Plain Partner"})
        self.assertFalse(self._rows(existing), "not an mTap Contact")
        existing.with_user(self.manager).mtap_is_contact = True
        self.assertTrue(self._rows(existing), "made a Contact")
        wizard = (
            self.env["mtap.lead.convert"]
            .with_user(self.user_a)
            .with_context(active_model="crm.lead", active_ids=lead.ids)
            .create({})
        )
        wizard.action_apply()
        converted = lead.mtap_contact_id
        self.assertTrue(converted.mtap_is_contact)
        self.assertTrue(self._rows(converted), "a converted Lead is queued")
        self._send(1)
        remote = self._remote()
        for partner in (typed | imported | existing | converted).sudo():
            self.assertIn(self._uid(partner), remote, partner.name)
        self.assertEqual(remote[self._uid(converted)]["email"], "leah@example.com")

    def test_rolled_back_contact_is_never_sent(self):
        with self.assertRaises(ZeroDivisionError), self.env.cr.savepoint():
            ghost = self._contact("Ghost", email="ghost@example.com")
            ghost_id = ghost.id
            self.assertTrue(self._rows(ghost))
            _ = 1 / 0
        self.assertFalse(
            self.env["mtap.sync.outbox"].sudo().search([("partner_id", "=", ghost_id)])
        )
        self._send()
        self.assertNotIn("ghost@example.com", str(self._remote()))

    def test_ten_edits_before_the_sender_runs_are_one_push(self):
        contact = self._contact("Edit Me", email="edit@example.com")
        for n in range(10):
            contact.with_user(self.user_a).function = f"Title {n}"
        self.fake.requests.clear()
        self._send()
        self.assertEqual(self._pushed_uids(), [self._uid(contact)])
        self.assertEqual(self._remote()[self._uid(contact)]["jobtitle"], "Title 9")

    def test_unmapped_change_queues_nothing_and_policies_hold(self):
        contact = self._contact("Quiet One", email="quiet@example.com")
        self._send()
        contact.with_user(self.user_a).mtap_last_interaction = fields.Datetime.now()
        self.assertFalse(self._rows(contact), "not a mapped field")
        mapping = self.connection.mapping_ids.filtered(lambda m: m.source == "jobtitle")
        mapping.policy = "never"
        contact.with_user(self.user_a).write({"function": "Secret", "city": "Liege"})
        self._send(1)
        record = self._remote()[self._uid(contact)]
        self.assertEqual(record["city"], "Liege")
        self.assertNotEqual(record.get("jobtitle"), "Secret")

    def test_tag_filter_keeps_other_contacts_home(self):
        tag = self.env["res.partner.category"].create({"name": "CRM"})
        self.connection.tag_ids = tag
        tagged = self._contact(
            "Tagged", email="tagged@example.com", category_id=tag.ids
        )
        untagged = self._contact("Untagged", email="untagged@example.com")
        self._send()
        remote = self._remote()
        self.assertIn(self._uid(tagged), remote)
        self.assertNotIn(self._uid(untagged), remote)
        self.assertFalse(self._rows(untagged))

    def test_fill_only_if_empty_keeps_what_the_crm_holds(self):
        for mapping in self.connection.mapping_ids:
            if mapping.source in ("jobtitle", "city"):
                mapping.policy = "fill"
        contact = self._contact(
            "Filler Person", email="filler@example.com", function="Odoo Title"
        )
        edit = self._seed_remote(contact, {"jobtitle": "CRM Title"})
        self._send()
        record = self._remote()[self._uid(contact)]
        self.assertEqual(record["jobtitle"], "CRM Title", "the CRM's value stays")
        self.assertEqual(record["lastname"], "Person", "overwrite fields go")
        self.assertFalse(record.get("city"))
        # filled where the CRM has nothing, once; never changed there afterwards
        contact.with_user(self.user_a).write({"city": "Gent", "function": "New"})
        self._send(1)
        record = self._remote()[self._uid(contact)]
        self.assertEqual(record["city"], "Gent")
        self.assertEqual(record["jobtitle"], "CRM Title")
        edit("city", "Antwerpen")  # a CRM user changes it
        contact.with_user(self.user_a).write({"city": "Brugge", "name": "Filler P"})
        self._send(2)
        record = self._remote()[self._uid(contact)]
        self.assertEqual(record["city"], "Antwerpen")
        self.assertEqual(record["lastname"], "P")

    def test_team_filter_sends_only_the_teams_contacts(self):
        team = self.env["crm.team"].create(
            {"name": "Fair Team", "member_ids": [(6, 0, self.user_a.ids)]}
        )
        self.connection.team_id = team
        ours = self._contact("Team Member's", email="ours@example.com")
        theirs = self._mtap_contacts(
            self.user_b, [{"name": "Outsider's", "email": "theirs@example.com"}]
        )
        self._send()
        remote = self._remote()
        self.assertIn(self._uid(ours), remote)
        self.assertNotIn(self._uid(theirs), remote)
        self.assertFalse(self._rows(theirs), "not kept pending for ever")
        # joining the team later: the next change goes
        team.member_ids = [(4, self.user_b.id)]
        theirs.with_user(self.user_b).function = "Joined"
        self._send(1)
        self.assertIn(self._uid(theirs), self._remote())

    # ---------------------------------------------------------------- faults
    def test_rate_limit_slows_the_whole_connection(self):
        first = self._contact("First", email="first@example.com")
        self.fake.fail_next(429)
        self._send()
        self.assertNotIn(self._uid(first), self._remote())
        self.assertEqual(self._rows(first).tries, 0, "a 429 is not the row's fault")
        throttled = self.connection.throttled_until
        wait = self.throttle_seconds
        self.assertAlmostEqual((throttled - self.now).total_seconds(), wait, delta=1)
        second = self._contact("Second", email="second@example.com")
        self.fake.requests.clear()
        self._send(wait / 2)
        self.assertFalse(self.fake.requests, "the connection waits for Retry-After")
        self._send(wait + 1)
        remote = self._remote()
        self.assertIn(self._uid(first), remote)
        self.assertIn(self._uid(second), remote)
        self.assertEqual(
            self._pushed_uids().count(self._uid(first)),
            1,
            [(m, p) for m, p, _h, _b in self.fake.requests],
        )

    def _assert_retried_once(self, fault, name):
        contact = self._contact(name, email=f"{name.lower()}@example.com")
        if fault == "refused":
            self.fake.stop()
        else:
            self.fake.fail_next(fault)
        try:
            self._send()
        finally:
            if fault == "refused":
                self.fake.start()
        row = self._rows(contact)
        self.assertEqual(row.tries, 1, fault)
        self.assertEqual(row.state, "pending")
        self.assertTrue(row.error)
        self.assertNotIn(self._uid(contact), self._remote())
        delay = (row.next_try - self.now).total_seconds()
        self.assertTrue(15 <= delay <= 31, f"backs off 30 s with jitter: {delay}")
        self.fake.requests.clear()
        self._send(5)
        self.assertFalse(self._pushed_uids(), "not before its time")
        self._send(31)
        self.assertIn(self._uid(contact), self._remote(), fault)
        self.assertEqual(self._pushed_uids(), [self._uid(contact)])
        self.assertFalse(self._rows(contact))

    def test_server_error_is_retried_and_delivered_once(self):
        self._assert_retried_once(500, "Fivehundred")

    def test_timeout_is_retried_and_delivered_once(self):
        self._assert_retried_once(f"timeout:{TIMEOUT + 0.5}", "Slowpoke")

    def test_refused_connection_is_retried_and_delivered_once(self):
        self._assert_retried_once("refused", "Refused")

    def test_transient_failures_stop_as_failed_after_the_last_try(self):
        contact = self._contact("Unlucky", email="unlucky@example.com")
        self.fake.fail_every = {500: 1}
        try:
            for hour in range(9):
                self._send(hour * 3600 + 1)
        finally:
            self.fake.fail_every = {}
        row = self._rows(contact)
        self.assertEqual(row.state, "failed")
        self.assertEqual(row.tries, 8)
        self.assertEqual(self._state(contact).status, "failed")

    def test_refused_contact_shows_the_crm_words_then_retry_after_fix(self):
        good = self._contact("Good One", email="good@example.com")
        bad = self._contact("Bad One", email="bad@nowhere")
        fix = self._refuse_next(bad)
        self._send()
        self.assertIn(self._uid(good), self._remote(), "the rest of the batch goes")
        state = self._state(bad)
        self.assertEqual(state.status, "failed")
        self.assertTrue(state.message)
        problems = (
            self.env["mtap.sync.outbox"]
            .with_user(self.manager)
            .search([("state", "=", "failed")])
        )
        self.assertIn(bad, problems.partner_id, "listed in Sync Problems")
        fix()
        state.with_user(self.user_a).action_retry()
        self._send(1)
        self.assertIn(self._uid(bad), self._remote())
        self.assertEqual(self._state(bad).status, "synced")
        self.assertFalse(self._rows(bad))

    def test_lost_authorisation_marks_the_connection_and_notifies_once(self):
        contacts = self._mtap_contacts(
            self.user_a,
            [
                {"name": f"Waiting {n}", "email": f"wait{n}@example.com"}
                for n in range(3)
            ],
        )
        repair = self._break_auth()
        before = len(self.connection.message_ids)
        self._send()
        self._send(60)
        self.assertEqual(self.connection.state, "unauthorized")
        notes = self.connection.message_ids[: len(self.connection.message_ids) - before]
        self.assertEqual(len(notes), 1, "managers are told once, not per Contact")
        self.assertIn(self.manager.partner_id, notes.partner_ids)
        self.assertEqual(len(self._rows(contacts)), 3, "nothing is dropped")
        self.assertEqual(set(self._rows(contacts).mapped("state")), {"pending"})
        token = self.connection.sudo().token
        if token:
            self.assertNotIn(token, notes.body)
        repair()
        ok, message = self.connection._mtap_test()
        self.assertTrue(ok, message)
        self._send(120)
        for contact in contacts:
            self.assertIn(self._uid(contact), self._remote())

    def test_archive_and_erase_reach_the_crm(self):
        kept = self._contact("Archived Soon", email="arch@example.com")
        erased = self._contact("Erased Soon", email="erase@example.com")
        self._send()
        self.assertIn(self._uid(kept), self._remote())
        kept.with_user(self.user_a).action_archive()
        # erasure, as an administrator does it
        self.env["res.partner"].browse(erased.id).unlink()
        self._send(1)
        remote = self._remote()
        self.assertNotIn(self._uid(kept), remote)
        self.assertNotIn(self._uid(erased), remote)
        self.assertFalse(self._rows())
