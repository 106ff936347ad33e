from odoo.tests import tagged

from .crm_fakes import FakeSalesforce
from .sync_common import SyncCase, SyncScenarios, SyncVendor


class SalesforceVendor(SyncVendor):
    vendor = "salesforce"
    throttle_seconds = 5  # REQUEST_LIMIT_EXCEEDED, the concurrent-request limit

    @classmethod
    def _start_fake(cls):
        return FakeSalesforce()

    @classmethod
    def _connection_vals(cls, fake):
        return {
            "vendor": "salesforce",
            "login_url": fake.url,
            "client_id": fake.client_id,
            "new_client_secret": fake.client_secret,
            "new_refresh_token": fake.refresh_token,
        }

    def setUp(self):
        super().setUp()
        if getattr(type(self), "connection", None):
            # the test before rolled back the refresh token the fake rotated
            credential = self.connection._mtap_credential()
            credential.refresh_token = self.fake.refresh_token
            self.fake.access_tokens.add(credential.access_token)

    def _remote(self):
        return {
            rec[FakeSalesforce.EXTERNAL_ID]: {
                "firstname": rec.get("FirstName"),
                "lastname": rec.get("LastName"),
                "email": rec.get("Email"),
                "phone": rec.get("Phone"),
                "jobtitle": rec.get("Title"),
                "city": rec.get("MailingCity"),
                **rec,
            }
            for rec in self.fake.records.values()
            if rec.get(FakeSalesforce.EXTERNAL_ID)
        }

    def _pushed_uids(self):
        return [r[FakeSalesforce.EXTERNAL_ID] for r in self.fake.upserted_records()]

    def _refuse_next(self, partner):
        # INVALID_EMAIL_ADDRESS for that record only, in a 200 with the others
        def fix():
            partner.with_user(self.user_a).email = "bad@nowhere.example"

        return fix

    def _break_auth(self):
        return self.fake.revoke()

    def _expire_token(self):
        self.fake.expire_sessions()

    def _token_requests(self):
        return self.fake.token_requests

    def _seed_remote(self, partner, properties):
        # the record of this Contact, as a Salesforce user has kept it
        names = {"jobtitle": "Title", "city": "MailingCity"}
        rid = "003000000000555AAA"
        self.fake.records[rid] = {
            "_type": "Contact",
            "Email": partner.email,
            FakeSalesforce.EXTERNAL_ID: self._uid(partner),
            **{names[k]: v for k, v in properties.items()},
        }

        def edit(name, value):
            self.fake.records[rid][names[name]] = value

        return edit


@tagged("post_install", "-at_install")
class TestSyncSalesforce(SalesforceVendor, SyncScenarios, SyncCase):
    """The shared scenarios against the fake Salesforce, and its own."""

    def _credential(self):
        self.env.invalidate_all()
        return (
            self.env["mtap.sync.credential"]
            .sudo()
            .search([("connection_id", "=", self.connection.id)])
        )

    def test_test_connection_names_the_org_and_a_missing_external_id(self):
        self.assertEqual(self.connection.state, "ok")
        self.assertEqual(self.connection.account, "00D000000000001EAA")
        self.assertEqual(
            self.connection.owner_map, {"mtap_user_a@example.com": "005000000000001AAA"}
        )
        self.fake.missing_external_id = True
        try:
            ok, message = self.connection._mtap_test()
        finally:
            self.fake.missing_external_id = False
        self.assertFalse(ok)
        self.assertIn("mtap_uid__c is missing on Contact", message)
        self.assertIn("External ID", message)
        self.assertEqual(self.connection.state, "draft")

    def test_expired_session_refreshes_once_and_stores_the_rotated_token(self):
        first = self._contact("Rotated One", email="rot1@example.com")
        self._send()
        old_refresh = self._credential().refresh_token
        self.assertEqual(old_refresh, self.fake.refresh_token)
        self.fake.expire_sessions()
        self.fake.token_requests = 0
        second = self._contact("Rotated Two", email="rot2@example.com")
        self._send(1)
        self.assertEqual(self.fake.token_requests, 1, "one refresh for the 401")
        credential = self._credential()
        self.assertNotEqual(credential.refresh_token, old_refresh, "rotated")
        self.assertEqual(credential.refresh_token, self.fake.refresh_token, "kept")
        self.assertIn(credential.access_token, self.fake.access_tokens)
        self.assertIn(self._uid(second), self._remote())
        self.assertIn(self._uid(first), self._remote())
        self.assertEqual(self.connection.state, "ok")
        # the next refresh works with the rotated token
        self.fake.expire_sessions()
        second.with_user(self.user_a).function = "Rotated twice"
        self._send(2)
        self.assertEqual(self._remote()[self._uid(second)]["Title"], "Rotated twice")

    def test_batches_of_200_link_an_account_found_or_created_by_name(self):
        existing = "001000000000000XYZ"
        self.fake.accounts[existing] = "Acme O'Hara"
        acme = self.env["res.partner"].create(
            {"name": "Acme O'Hara", "is_company": True}
        )
        contacts = self._mtap_contacts(
            self.user_a,
            [
                {
                    "name": f"Person {n}",
                    "email": f"person{n}@example.com",
                    "parent_id": acme.id if n % 2 else False,
                    "company_name": False if n % 2 else "Newco",
                }
                for n in range(205)
            ],
        )
        self._send()
        patches = [r for r in self.fake.requests if r[0] == "PATCH"]
        self.assertEqual(
            [len(__import__("json").loads(b)["records"]) for _m, _p, _h, b in patches],
            [200, 5],
        )
        self.assertTrue(all("allOrNone" in b.decode() for _m, _p, _h, b in patches))
        self.assertEqual(sorted(self.fake.accounts.values()), ["Acme O'Hara", "Newco"])
        newco = next(a for a, n in self.fake.accounts.items() if n == "Newco")
        remote = self._remote()
        self.assertEqual(len(remote), 205)
        self.assertEqual(remote[self._uid(contacts[1])]["AccountId"], existing)
        self.assertEqual(remote[self._uid(contacts[0])]["AccountId"], newco)
        self.assertEqual(
            remote[self._uid(contacts[0])]["OwnerId"], "005000000000001AAA"
        )
        state = self._state(contacts[0])
        self.assertEqual(
            state.record_url,
            f"{self.fake.url}/lightning/r/Contact/{state.remote_id}/view",
        )

    def test_duplicates_are_a_conflict_shown_never_created(self):
        self.fake.duplicate_emails.add("twin@example.com")
        twin = self._contact("Twin", email="twin@example.com")
        shared = self._contact("Shared Uid", email="shared@example.com")
        for _n in range(2):  # two records already share its external id
            rid = self.fake._id("003")
            self.fake.records[rid] = {
                "_type": "Contact",
                "LastName": "Old",
                FakeSalesforce.EXTERNAL_ID: self._uid(shared),
            }
        fine = self._contact("Fine", email="fine@example.com")
        self._send()
        self.assertIn(self._uid(fine), self._remote())
        self.assertFalse(self.fake.find("Email", "twin@example.com"))
        for partner in (twin, shared):
            state = self._state(partner)
            self.assertEqual(state.status, "failed")
            self.assertIn("Conflict", state.message)
        self.assertEqual(
            len(self.fake.find(FakeSalesforce.EXTERNAL_ID, self._uid(shared))), 2
        )
        self.fake.requests.clear()
        self._send(3600)
        self.assertFalse(self._pushed_uids(), "a conflict waits for a person")

    def test_request_limit_and_limit_info_slow_the_connection(self):
        # the next two calls (the read of what Salesforce holds in the "fill
        # only if empty" fields, the upsert) are the last of the day's allowance
        self.fake.api_used, self.fake.api_limit = 97, 99
        near = self._contact("Near Limit", email="near@example.com")
        self._send()
        self.assertIn(self._uid(near), self._remote())
        hold = (self.connection.throttled_until - self.now).total_seconds()
        self.assertAlmostEqual(hold, 600, delta=1, msg="98% of the daily use: slowed")
        over = self._contact("Over Limit", email="over@example.com")
        self._send(601)
        self.assertNotIn(self._uid(over), self._remote())
        hold = (self.connection.throttled_until - self.now).total_seconds()
        self.assertAlmostEqual(hold, 601 + 3600, delta=1, msg="daily limit: an hour")
        self.assertEqual(self._rows(over).tries, 0)
        self.fake.api_limit = 1_000_000
        self._send(601 + 3601)
        self.assertIn(self._uid(over), self._remote())

    def test_lead_target_sends_leads_with_their_company(self):
        connection = self.env["mtap.sync.connection"].create(
            {
                "name": "Leads",
                "sf_target": "Lead",
                **self._connection_vals(self.fake),
                "new_refresh_token": self.fake.refresh_token,
            }
        )
        self.assertIn(
            "Company", connection.mapping_ids.mapped("remote_name"), "Lead defaults"
        )
        ok, message = connection._mtap_test()
        self.assertTrue(ok, message)
        self.connection.active = False
        lead = self._contact(
            "Lena Lead", email="lena@example.com", company_name="Leadco"
        )
        self.env.invalidate_all()
        self.env["mtap.sync.outbox"]._mtap_send(
            now=self.now, max_wait=0, connections=connection
        )
        record = next(
            r
            for r in self.fake.records.values()
            if r.get(FakeSalesforce.EXTERNAL_ID) == self._uid(lead)
        )
        self.assertEqual(record["_type"], "Lead")
        self.assertEqual(record["Company"], "Leadco")
        self.assertFalse(self.fake.accounts, "a Lead needs no Account")
        connection.sf_target = "Contact"
        self.assertIn("MailingCity", connection.mapping_ids.mapped("remote_name"))
        self.assertEqual(connection.state, "draft", "tested again")
