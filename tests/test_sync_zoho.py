import time

from odoo.tests import tagged

from .crm_fakes import FakeZoho
from .sync_common import SyncCase, SyncScenarios, SyncVendor


class ZohoVendor(SyncVendor):
    vendor = "zoho"

    @classmethod
    def _start_fake(cls):
        return FakeZoho()

    @classmethod
    def _connection_vals(cls, fake):
        return {
            "vendor": "zoho",
            "zoho_dc": "eu",
            "login_url": fake.accounts.url,
            "client_id": fake.accounts.client_id,
            "new_client_secret": fake.accounts.client_secret,
            "new_refresh_token": fake.accounts.refresh_token,
        }

    def setUp(self):
        super().setUp()
        if getattr(type(self), "connection", None):
            # the test before may have revoked the tokens of this transaction
            credential = self.connection._mtap_credential()
            credential.refresh_token = self.fake.accounts.refresh_token
            self.fake.tokens[credential.access_token] = time.time() + 3600

    def _remote(self):
        return {
            rec["mtap_uid"]: {
                "firstname": rec.get("First_Name"),
                "lastname": rec.get("Last_Name"),
                "email": rec.get("Email"),
                "phone": rec.get("Phone"),
                "jobtitle": rec.get("Title"),
                "city": rec.get("Mailing_City"),
                **rec,
            }
            for rec in self.fake.records.values()
            if rec.get("mtap_uid")
        }

    def _pushed_uids(self):
        return [r["mtap_uid"] for r in self.fake.upserted_records()]

    def _refuse_next(self, partner):
        # INVALID_DATA for that record, SUCCESS for the others, in a 207
        def fix():
            partner.with_user(self.user_a).email = "bad@nowhere.example"

        return fix

    def _break_auth(self):
        return self.fake.accounts.revoke()

    def _expire_token(self):
        self.fake.expire_tokens()

    def _token_requests(self):
        return self.fake.accounts.token_requests

    def _seed_remote(self, partner, properties):
        # a contact someone made in Zoho with this e-mail
        names = {"jobtitle": "Title", "city": "Mailing_City"}
        rid = "4150868000000555001"
        self.fake.records[rid] = {
            "Email": partner.email,
            "Last_Name": "Someone",
            **{names[k]: v for k, v in properties.items()},
        }

        def edit(name, value):
            self.fake.records[rid][names[name]] = value

        return edit


@tagged("post_install", "-at_install")
class TestSyncZoho(ZohoVendor, SyncScenarios, SyncCase):
    """The shared scenarios against the fake Zoho CRM, and its own."""

    def test_test_connection_names_the_org_and_the_data_centre(self):
        self.assertEqual(self.connection.state, "ok")
        self.assertEqual(self.connection.account, "Fake Zoho Org")
        adapter = self.connection.copy({"login_url": False})._mtap_adapter()
        self.assertEqual(adapter.auth_url, "https://accounts.zoho.eu")
        contact = self._contact("Linked", email="linked@example.com")
        self._send()
        state = self._state(contact)
        self.assertEqual(
            state.record_url, f"https://crm.zoho.eu/crm/tab/Contacts/{state.remote_id}"
        )
        upsert = next(
            __import__("json").loads(b)
            for m, p, _h, b in self.fake.requests
            if p.endswith("/Contacts/upsert")
        )
        self.assertEqual(upsert["duplicate_check_fields"], ["Email", "mtap_uid"])
        self.assertEqual(
            upsert["data"][0]["Owner"], {"id": "4150868000000225001"}, "owner by e-mail"
        )

    def test_token_is_cached_and_the_ten_per_ten_minutes_limit_never_hit(self):
        contact = self._contact("Cached", email="cached@example.com")
        for n in range(5):
            contact.with_user(self.user_a).function = f"Title {n}"
            self._send(n)
        self.assertEqual(self._token_requests(), 0, "the token of the test is kept")
        # every access token revoked at once, again and again: one refresh per
        # refusal until the budget is spent, then the connection waits
        for n in range(14):
            self._expire_token()
            contact.with_user(self.user_a).function = f"Again {n}"
            self._send(10 + n)
        self.assertLessEqual(self._token_requests(), 10)
        self.assertEqual(self.fake.accounts.too_many, 0, "Zoho never had to refuse")
        self.assertTrue(self.connection.throttled_until)
        self.assertEqual(self.connection.state, "ok", "waiting, not unauthorised")
        self.assertTrue(self._rows(contact), "the change waits, kept")

    def test_partial_failures_of_a_207_are_retried_alone(self):
        contacts = self._mtap_contacts(
            self.user_a,
            [{"name": f"Part {n}", "email": f"part{n}@example.com"} for n in range(5)],
        )
        locked = contacts[1] | contacts[3]
        self.fake.lock_once.update(self._uid(p) for p in locked)
        self._send()
        remote = self._remote()
        self.assertEqual(
            {self._uid(p) for p in contacts - locked}, set(remote), "3 of 5 went"
        )
        self.assertEqual(self._rows(locked).mapped("tries"), [1, 1])
        self.assertFalse(self._rows(contacts - locked))
        self.fake.requests.clear()
        self._send(31)
        self.assertEqual(
            sorted(self._pushed_uids()), sorted(self._uid(p) for p in locked)
        )
        self.assertEqual(len(self._remote()), 5)
        self.assertFalse(self._rows(contacts))

    def test_duplicate_data_and_a_missing_mandatory_field_stop_that_contact(self):
        twin_a = self.fake.next_id
        for n in range(2):
            self.fake.records[str(twin_a + n)] = {"Email": "twin@example.com"}
        self.fake.next_id += 2
        twin = self._contact("Twin", email="twin@example.com")
        ok = self._contact("Other", email="other@example.com")
        self._send()
        self.assertIn(self._uid(ok), self._remote())
        state = self._state(twin)
        self.assertEqual(state.status, "failed")
        self.assertIn("Conflict", state.message)
        self.assertEqual(len(self.fake.find("Email", "twin@example.com")), 2)
