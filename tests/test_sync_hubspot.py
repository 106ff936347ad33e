from datetime import timedelta

from odoo.tests import tagged

from .crm_fakes import FakeHubSpot
from .sync_common import SyncCase, SyncScenarios, SyncVendor


class HubSpotVendor(SyncVendor):
    vendor = "hubspot"

    @classmethod
    def _start_fake(cls):
        return FakeHubSpot(token="pat-eu1-test-0123456789")

    @classmethod
    def _connection_vals(cls, fake):
        return {
            "vendor": "hubspot",
            "token": fake.token,
            "api_base_url": fake.url,
        }

    def _remote(self):
        return {
            props["mtap_uid"]: props
            for props in self.fake.records.values()
            if props.get("mtap_uid")
        }

    def _pushed_uids(self):
        return [i["properties"]["mtap_uid"] for i in self.fake.upserted_inputs()]

    def _refuse_next(self, partner):
        # the fake refuses this e-mail as HubSpot does (400 VALIDATION_ERROR)
        def fix():
            partner.with_user(self.user_a).email = "bad@nowhere.example"

        return fix

    def _break_auth(self):
        token = self.fake.token
        self.fake.token = "pat-eu1-rotated"

        def repair():
            self.fake.token = token

        return repair

    def _seed_remote(self, partner, properties):
        rid = "555"
        self.fake.records[rid] = {"email": partner.email, **properties}

        def edit(name, value):
            self.fake.records[rid][name] = value

        return edit


@tagged("post_install", "-at_install")
class TestSyncHubSpot(HubSpotVendor, SyncScenarios, SyncCase):
    """The shared scenarios against the fake HubSpot, and HubSpot's own."""

    def test_test_connection_names_the_portal_and_prepares_it(self):
        self.assertEqual(self.connection.state, "ok")
        self.assertEqual(self.connection.account, "4242")
        self.assertIn("4242", self.connection.status_message)
        self.assertIn("mtap_uid", self.fake.unique_properties)
        self.assertEqual(self.connection.owner_map, {"mtap_user_a@example.com": "901"})
        self.fake.fail_next(
            (
                403,
                {},
                {
                    "status": "error",
                    "message": "This app hasn't been granted all required scopes.",
                    "category": "MISSING_SCOPES",
                    "errors": [
                        {
                            "message": "One or more of the following scopes are "
                            "required.",
                            "context": {
                                "requiredGranularScopes": ["crm.objects.contacts.write"]
                            },
                        }
                    ],
                },
            )
        )
        ok, message = self.connection._mtap_test()
        self.assertFalse(ok)
        self.assertIn("crm.objects.contacts.write", message)
        self.assertEqual(self.connection.state, "draft")

    def test_batches_of_100_keyed_by_email_or_mtap_uid_with_link_and_owner(self):
        with_email = self._mtap_contacts(
            self.user_a,
            [
                {"name": f"Batch {n}", "email": f"batch{n}@example.com"}
                for n in range(150)
            ],
        )
        no_email = self._contact("No Mail", email=False, phone="+32 470 99 88 77")
        self._send()
        upserts = [
            json_body
            for method, path, _h, json_body in self.fake.requests
            if path.endswith("/batch/upsert")
        ]
        self.assertEqual(len(upserts), 3)  # 100 + 50 by e-mail, 1 by mtap_uid
        inputs = self.fake.upserted_inputs()
        self.assertEqual(len(inputs), 151)
        by_uid = [i for i in inputs if i["idProperty"] == "mtap_uid"]
        self.assertEqual([i["id"] for i in by_uid], [self._uid(no_email)])
        self.assertEqual(len(self._remote()), 151)
        state = self._state(with_email[0])
        self.assertEqual(
            state.record_url,
            f"https://app-eu1.hubspot.com/contacts/4242/record/0-1/{state.remote_id}",
        )
        record = self._remote()[self._uid(with_email[0])]
        self.assertEqual(record["hubspot_owner_id"], "901")
        self.assertEqual(record["mtap_source"], "Manual entry")

    def test_email_change_moves_the_same_record_and_a_deleted_one_comes_back(self):
        contact = self._contact("Mover", email="old@example.com")
        self._send()
        remote_id = self._state(contact).remote_id
        contact.with_user(self.user_a).email = "new@example.com"
        self._send(1)
        self.assertEqual(self.fake.records[remote_id]["email"], "new@example.com")
        self.assertEqual(len(self._remote()), 1)
        del self.fake.records[remote_id]  # deleted by someone in HubSpot
        contact.with_user(self.user_a).function = "Back"
        self._send(2)
        self._send(3)
        record = self._remote()[self._uid(contact)]
        self.assertEqual(record["jobtitle"], "Back")
        self.assertNotEqual(self._state(contact).remote_id, remote_id)

    def test_adding_a_contact_costs_at_most_two_statements(self):
        def statements(name):
            self.env.cr.precommit.data.pop("mtap_sync_woken", None)
            self.env.flush_all()
            before = self.env.cr.sql_log_count
            self._contact(name, email=f"{name}@example.com")
            self.env.flush_all()
            return self.env.cr.sql_log_count - before

        statements("warm1")
        with_sync = statements("counted1")
        self.connection.active = False
        statements("warm2")
        without = statements("counted2")
        self.assertLessEqual(with_sync - without, 2)
        self.assertGreater(with_sync - without, 0)

    def test_daily_limit_waits_for_the_next_day(self):
        contact = self._contact("Daily", email="daily@example.com")
        self.fake.fail_next(
            (
                429,
                {},
                {
                    "status": "error",
                    "message": "You have reached your daily limit.",
                    "errorType": "RATE_LIMIT",
                    "correlationId": "c0ffee00-0000-4000-8000-000000000000",
                    "policyName": "DAILY",
                },
            )
        )
        self._send()
        throttled = self.connection.throttled_until
        midnight = (self.now + timedelta(days=1)).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        self.assertAlmostEqual((throttled - midnight).total_seconds(), 0, delta=60)
        self.fake.requests.clear()
        self._send((midnight - self.now).total_seconds() / 2)
        self.assertFalse(self.fake.requests, "nothing sent before the next day")
        self._send((midnight - self.now).total_seconds() + 1)
        self.assertIn(self._uid(contact), self._remote())

    def test_a_field_filled_once_is_not_read_again(self):
        contact = self._contact("Read Once", email="once@example.com")
        self._send()
        reads = [p for _m, p, _h, _b in self.fake.requests if p.endswith("/read")]
        self.assertEqual(len(reads), 1, "the source is filled only if empty")
        self.fake.requests.clear()
        contact.with_user(self.user_a).function = "Changed"
        self._send(1)
        paths = [p for _m, p, _h, _b in self.fake.requests]
        self.assertEqual(paths, ["/crm/v3/objects/contacts/batch/update"])
