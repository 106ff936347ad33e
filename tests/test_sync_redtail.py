from odoo.exceptions import UserError
from odoo.tests import tagged

from .crm_fakes import FakeRedtail
from .sync_common import SyncCase, SyncScenarios, SyncVendor


def _first(records, key):
    return (records or [{}])[0].get(key)


class RedtailVendor(SyncVendor):
    vendor = "redtail"

    @classmethod
    def _start_fake(cls):
        return FakeRedtail()

    @classmethod
    def _connection_vals(cls, fake):
        return {
            "vendor": "redtail",
            "api_base_url": fake.url,
            "new_api_key": fake.api_key,
            "redtail_username": fake.username,
            "redtail_password": fake.password,
        }

    def _remote(self):
        return {
            rec["referred_by"].removeprefix("mTap "): {
                "firstname": rec.get("first_name"),
                "lastname": rec.get("last_name"),
                "email": _first(rec.get("emails"), "address"),
                "phone": _first(rec.get("phones"), "number"),
                "jobtitle": rec.get("job_title"),
                "city": _first(rec.get("addresses"), "city"),
                **rec,
            }
            for rec in self.fake.records.values()
            if (rec.get("referred_by") or "").startswith("mTap ")
        }

    def _pushed_uids(self):
        return [b["referred_by"].removeprefix("mTap ") for b in self.fake.pushed()]

    def _refuse_next(self, partner):
        # Redtail answers 422 {"errors": {"emails.address": ["is invalid"]}}
        def fix():
            partner.with_user(self.user_a).email = "bad@nowhere.example"

        return fix

    def _break_auth(self):
        return self.fake.revoke()

    def _seed_remote(self, partner, properties):
        # a contact someone made in Redtail with this e-mail
        rid = 555
        record = {
            "id": rid,
            "type": "Crm::Contact::Individual",
            "last_name": "Someone",
            "emails": [{"address": partner.email, "email_type": 2, "is_primary": True}],
            "phones": [],
            "addresses": [],
        }
        self.fake.records[rid] = record

        def edit(name, value):
            if name == "city":
                record["addresses"] = [
                    {**(record["addresses"] or [{}])[0], "city": value}
                ]
            else:
                record["job_title" if name == "jobtitle" else name] = value

        for name, value in properties.items():
            edit(name, value)
        return edit


@tagged("post_install", "-at_install")
class TestSyncRedtail(RedtailVendor, SyncScenarios, SyncCase):
    """The shared scenarios against the fake Redtail, and its own."""

    def test_login_keeps_the_user_key_never_the_password(self):
        self.assertEqual(self.connection.account, "4711")
        credential = (
            self.env["mtap.sync.credential"]
            .sudo()
            .search([("connection_id", "=", self.connection.id)])
        )
        self.assertIn(credential.access_token, self.fake.user_keys)
        self.env.flush_all()
        self.env.cr.execute(
            "SELECT (SELECT count(*) FROM mtap_sync_connection c "
            "         WHERE row_to_json(c)::text LIKE %s), "
            "       (SELECT count(*) FROM mtap_sync_credential k "
            "         WHERE row_to_json(k)::text LIKE %s)",
            [f"%{self.fake.password}%"] * 2,
        )
        self.assertEqual(self.env.cr.fetchone(), (0, 0), "the password is not kept")
        with (
            self.assertRaisesRegex(UserError, "refused the login"),
            self.env.cr.savepoint(),
        ):
            self.connection.redtail_password = "wrong"
        self.assertEqual(self.connection.state, "ok")

    def test_an_existing_redtail_contact_is_found_not_created_twice(self):
        self.fake.records[7] = {
            "id": 7,
            "first_name": "Ada",
            "last_name": "Old",
            "emails": [{"address": "ada@example.com", "email_type": 2}],
        }
        contact = self._contact("Ada Lovelace", email="ada@example.com")
        self._send()
        self.assertFalse(self.fake.created(), "searched by e-mail, then PUT")
        self.assertEqual(self.fake.records[7]["last_name"], "Lovelace")
        self.assertEqual(self._state(contact).remote_id, "7")
        puts = [b for m, p, _h, b in self.fake.requests if m == "PUT"]
        body = __import__("json").loads(puts[0])
        self.assertEqual(body["emails"][0]["address"], "ada@example.com")
        self.assertEqual(body["emails"][0]["email_type"], 2)

    def test_a_lost_create_answer_is_not_duplicated(self):
        partners = []
        for after, vals in (
            (0, {"name": "Lost Answer", "email": "lost@example.com"}),
            (
                100,
                {"name": "No Mail Lost", "email": False, "phone": "+32 470 55 44 33"},
            ),
        ):
            partner = self._contact(**vals)
            partners.append(partner)
            self.fake.drop_next_create = True
            self.fake.requests.clear()
            self._send(after)
            self.assertEqual(len(self.fake.created()), 1, "Redtail created it")
            self.assertEqual(self._rows(partner).tries, 1, "but the answer was lost")
            self._send(after + 31)
        with_mail, without = partners
        self.assertEqual(
            len(self.fake.records), 2, "found on the retry, not re-created"
        )
        self.assertFalse(self._rows(with_mail | without))
        remote = self._remote()
        self.assertEqual(remote[self._uid(with_mail)]["email"], "lost@example.com")
        self.assertEqual(remote[self._uid(without)]["phone"], "+32470554433")
        for partner in with_mail | without:
            self.assertEqual(self._state(partner).status, "synced")
