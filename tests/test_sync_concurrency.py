"""The sender on committed data, as in production: two senders at once (two
cursors, two threads) and a sender killed between the CRM's answer and its
commit, for every adapter."""

import datetime
import threading
from collections import Counter

import odoo
from odoo.tests import BaseCase, get_db_name, tagged

from .crm_fakes import FakeSalesforce, webhook_events
from .test_sync_hubspot import HubSpotVendor
from .test_sync_redtail import RedtailVendor
from .test_sync_salesforce import SalesforceVendor
from .test_sync_webhook import WebhookVendor
from .test_sync_zoho import ZohoVendor


class SyncConcurrencyScenarios:
    CONTACTS = 120

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.registry = odoo.modules.registry.Registry(get_db_name())
        cls.fake = cls._start_fake()
        cls.addClassCleanup(cls.fake.stop)

    def setUp(self):
        super().setUp()
        self.fake.reset()
        with self.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            params = env["ir.config_parameter"]
            self.saved_timeout = params.get_param("mtap_hub.sync_timeout_seconds")
            params.set_param("mtap_hub.sync_timeout_seconds", "5")
            connection = env["mtap.sync.connection"].create(
                {"name": "Concurrent", **self._connection_vals(self.fake)}
            )
            ok, message = connection._mtap_test()
            self.assertTrue(ok, message)
            self.connection_id = connection.id
            self.prefix = connection._mtap_uid_prefix()
            partners = (
                env["res.partner"]
                .with_context(tracking_disable=True)
                .create(
                    [
                        {
                            "name": f"Race {n}",
                            "email": f"race{n}@example.com",
                            "mtap_is_contact": True,
                            "mtap_owner_id": odoo.SUPERUSER_ID,
                        }
                        for n in range(self.CONTACTS)
                    ]
                )
            )
            self.partner_ids = partners.ids
            self.uids = {f"{self.prefix}-{pid}" for pid in partners.ids}
        self.addCleanup(self._cleanup)

    def _cleanup(self):
        with self.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            env["mtap.sync.connection"].browse(self.connection_id).unlink()
            env["res.partner"].browse(self.partner_ids).unlink()
            env["ir.config_parameter"].set_param(
                "mtap_hub.sync_timeout_seconds", self.saved_timeout or ""
            )

    def _run_sender(self, commit=True):
        with self.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            connection = env["mtap.sync.connection"].browse(self.connection_id)
            env["mtap.sync.outbox"]._mtap_send(
                auto_commit=commit, max_wait=0, connections=connection
            )
            if not commit:
                cr.rollback()  # killed before its commit

    def _left(self):
        with self.registry.cursor() as cr:
            cr.execute(
                "SELECT count(*) FROM mtap_sync_outbox WHERE connection_id = %s",
                [self.connection_id],
            )
            return cr.fetchone()[0]

    def _left_errors(self):
        """What the rows left say (a delivery that failed tells why)."""
        with self.registry.cursor() as cr:
            cr.execute(
                "SELECT DISTINCT coalesce(error, state) FROM mtap_sync_outbox "
                "WHERE connection_id = %s",
                [self.connection_id],
            )
            return [error for (error,) in cr.fetchall()]

    def test_two_senders_at_once_never_send_a_row_twice(self):
        self.fake.latency = 0.05
        # OAuth vendors: the access token is refused, both senders need a new
        # one at once; one refresh serves both (a row lock, not a Python lock)
        self._expire_token()
        tokens_before = self._token_requests()
        barrier = threading.Barrier(2)
        errors = []

        def run():
            try:
                barrier.wait()
                self._run_sender()
            except Exception as error:  # noqa: BLE001 (reported in the test thread)
                errors.append(error)

        threads = [threading.Thread(target=run) for _ in range(2)]
        try:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)
        finally:
            self.fake.latency = 0
        self.assertFalse(errors)
        refreshes = self._token_requests() - tokens_before
        oauth = self.vendor in ("salesforce", "zoho")
        self.assertEqual(refreshes, 1 if oauth else 0, "one refresh for both")
        pushed = Counter(u for u in self._pushed_uids() if u in self.uids)
        self.assertEqual(
            set(pushed),
            self.uids,
            f"every Contact delivered; left: {self._left_errors()}",
        )
        self.assertEqual(set(pushed.values()), {1}, "no Contact sent twice")
        self.assertEqual(self._left(), 0)
        self.assertEqual(set(self._remote()) & self.uids, self.uids)

    def test_sender_killed_after_the_crm_answered_leaves_one_record(self):
        self._run_sender(commit=False)
        first = Counter(u for u in self._pushed_uids() if u in self.uids)
        self.assertEqual(set(first), self.uids, "the CRM had answered")
        self.assertEqual(self._left(), self.CONTACTS, "but nothing was committed")
        self._run_sender()
        self.assertEqual(self._left(), 0)
        self.assertEqual(set(self._remote()) & self.uids, self.uids)
        self._assert_no_second_record()


@tagged("post_install", "-at_install")
class TestSyncConcurrencyHubSpot(HubSpotVendor, SyncConcurrencyScenarios, BaseCase):
    def _assert_no_second_record(self):
        uids = [p.get("mtap_uid") for p in self.fake.records.values()]
        self.assertEqual(Counter(u for u in uids if u in self.uids), Counter(self.uids))
        second = self.fake.upserted_inputs()[-self.CONTACTS :]
        self.assertEqual({i["properties"]["mtap_uid"] for i in second}, self.uids)


@tagged("post_install", "-at_install")
class TestSyncConcurrencyWebhook(WebhookVendor, SyncConcurrencyScenarios, BaseCase):
    def _assert_no_second_record(self):
        ids = Counter(
            h["webhook-id"]
            for h, event in webhook_events(self.fake)
            if event["data"]["id"] in self.uids
        )
        self.assertEqual(len(ids), self.CONTACTS, "the re-run repeats the same ids")
        self.assertEqual(set(ids.values()), {2})


def _once(test, uids):
    found = Counter(u for u in uids if u in test.uids)
    test.assertEqual(found, Counter(test.uids), "one record per Contact")


@tagged("post_install", "-at_install")
class TestSyncConcurrencySalesforce(
    SalesforceVendor, SyncConcurrencyScenarios, BaseCase
):
    def _assert_no_second_record(self):
        _once(
            self,
            [r.get(FakeSalesforce.EXTERNAL_ID) for r in self.fake.records.values()],
        )


@tagged("post_install", "-at_install")
class TestSyncConcurrencyZoho(ZohoVendor, SyncConcurrencyScenarios, BaseCase):
    def _assert_no_second_record(self):
        _once(self, [r.get("mtap_uid") for r in self.fake.records.values()])


@tagged("post_install", "-at_install")
class TestSyncConcurrencyRedtail(RedtailVendor, SyncConcurrencyScenarios, BaseCase):
    CONTACTS = 40  # one call per Contact

    def test_a_contact_another_sender_holds_waits_instead_of_a_second_create(self):
        held = self.partner_ids[0]
        with self.registry.cursor() as other:
            # another sender is searching/creating this Contact right now
            other.execute(
                "SELECT pg_advisory_xact_lock(%s, %s)", [-self.connection_id, held]
            )
            self._run_sender()
            remote = set(self._remote())
            self.assertNotIn(f"{self.prefix}-{held}", remote, "left to the other")
            self.assertEqual(len(remote), self.CONTACTS - 1)
            self.assertEqual(self._left(), 1, "it waits, kept")
        with self.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            env["mtap.sync.outbox"]._mtap_send(
                auto_commit=True,
                max_wait=0,
                now=odoo.fields.Datetime.now() + datetime.timedelta(seconds=6),
                connections=env["mtap.sync.connection"].browse(self.connection_id),
            )
        self.assertEqual(self._left(), 0)
        self._assert_no_second_record()

    def _assert_no_second_record(self):
        _once(
            self,
            [
                (r.get("referred_by") or "").removeprefix("mTap ")
                for r in self.fake.records.values()
            ],
        )
