import json
from collections import Counter

import requests

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from odoo.addons.mtap_hub.tools.crm.webhook import new_secret, sign, verify

from .crm_fakes import FakeWebhook, webhook_events
from .sync_common import SyncCase, SyncScenarios, SyncVendor


class WebhookVendor(SyncVendor):
    vendor = "webhook"

    @classmethod
    def _start_fake(cls):
        return FakeWebhook(secret=new_secret())

    @classmethod
    def _connection_vals(cls, fake):
        return {
            "vendor": "webhook",
            "webhook_url": f"{fake.url}/hooks/mtap",
            "secret": fake.secret,
        }

    def _remote(self):
        return self.fake.records

    def _pushed_uids(self):
        return [
            event["data"]["id"]
            for _headers, event in webhook_events(self.fake)
            if event["type"] == "contact.updated"
        ]

    def _refuse_next(self, partner):
        uid = self._uid(partner)
        self.fake.refuse.add(uid)

        def fix():
            self.fake.refuse.discard(uid)

        return fix

    def _seed_remote(self, partner, properties):
        record = self.fake.records.setdefault(self._uid(partner), {})
        record.update(email=partner.email, **properties)

        def edit(name, value):
            record[name] = value

        return edit

    def _break_auth(self):
        self.fake.status = 410

        def repair():
            self.fake.status = 200

        return repair


@tagged("post_install", "-at_install")
class TestSyncWebhook(WebhookVendor, SyncScenarios, SyncCase):
    """The shared scenarios against a Standard Webhooks receiver, and the
    signature's own."""

    def test_signature_verifies_and_tamper_or_replay_fails(self):
        contact = self._contact("Signed", email="signed@example.com")
        self._send()
        headers, body = next(
            (h, b) for m, _p, h, b in self.fake.requests if m == "POST" and b
        )
        secret = self.fake.secret
        self.assertTrue(verify(secret, headers, body))
        # the documented algorithm, by hand: base64 HMAC-SHA256 of id.timestamp.body
        self.assertEqual(
            headers["webhook-signature"],
            sign(
                secret, headers["webhook-id"], int(headers["webhook-timestamp"]), body
            ),
        )
        self.assertTrue(headers["webhook-signature"].startswith("v1,"))
        self.assertEqual(json.loads(body)["data"]["id"], self._uid(contact))
        tampered = body.replace(b"Signed", b"Forged")
        self.assertFalse(verify(secret, headers, tampered))
        self.assertFalse(verify(new_secret(), headers, body))
        old = int(headers["webhook-timestamp"]) + 301
        self.assertFalse(verify(secret, headers, body, now=old), "a replay is refused")
        # the receiver refuses a forged delivery
        answer = requests.post(
            f"{self.fake.url}/hooks/mtap",
            data=tampered,
            headers={k: v for k, v in headers.items() if k.startswith("webhook-")},
            timeout=5,
        )
        self.assertEqual(answer.status_code, 401)
        self.assertNotIn("Forged", str(self.fake.records))

    def test_card_answers_go_as_a_mapped_custom_field(self):
        mapping = self.connection.mapping_ids.filtered(lambda m: m.source == "answers")
        mapping.remote_name = "mtap_answers"
        contact = self._contact(
            "Ann Swer", email="ann@example.com", mtap_answers="Budget?: 2500"
        )
        self._send()
        record = self._remote()[self._uid(contact)]
        self.assertEqual(record["mtap_answers"], "Budget?: 2500")
        self.assertNotIn("answers", record)

    def test_a_repeat_carries_the_same_webhook_id(self):
        contact = self._contact("Repeated", email="repeat@example.com")
        self.fake.fail_next(500)
        self._send()
        self._send(31)
        ids = [
            h["webhook-id"]
            for h, event in webhook_events(self.fake)
            if event["type"] == "contact.updated"
        ]
        self.assertEqual(len(ids), 2)
        self.assertEqual(ids[0], ids[1])
        self.assertIn(self._uid(contact), self.fake.records)

    def test_receiver_address_must_be_https_outside_this_machine(self):
        with self.assertRaises(ValidationError), self.env.cr.savepoint():
            self.connection.webhook_url = "http://hooks.example.com/x"
        self.connection.webhook_url = "https://hooks.example.com/x"
        self.assertEqual(self.connection.state, "draft", "a new address is tested")

    def test_batched_deliveries_carry_each_change_once(self):
        self.connection.webhook_batch_size = 50
        contacts = self._mtap_contacts(
            self.user_a,
            [{"name": f"Batch {n}", "email": f"wb{n}@example.com"} for n in range(50)],
        )
        fix = self._refuse_next(contacts[7])
        self.fake.fail_next(500)  # the first batch's first try
        self._send()
        self._send(31)
        posts = [
            (h, json.loads(b)) for m, _p, h, b in self.fake.requests if m == "POST"
        ]
        batches = [(h, e) for h, e in posts if len(e["data"]) > 1]
        self.assertEqual([len(e["data"]) for _h, e in batches], [50, 50])
        self.assertTrue(all(e["type"] == "contact.batch" for _h, e in posts))
        self.assertTrue(all(v for _h, _b, v in self.fake.deliveries))
        self.assertEqual(
            batches[0][0]["webhook-id"],
            batches[1][0]["webhook-id"],
            "a retried batch keeps its id",
        )
        self.assertEqual(len(posts), 2 + 50, "then one by one to find the refused")
        # the refused Contact was found by sending its batch one by one
        remote = self._remote()
        self.assertNotIn(self._uid(contacts[7]), remote)
        self.assertEqual(self._state(contacts[7]).status, "failed")
        delivered = Counter(self.fake.accepted.values())
        self.assertEqual(len(delivered), 49)
        self.assertEqual(set(delivered.values()), {1}, "each change applied once")
        fix()
        self._state(contacts[7]).with_user(self.user_a).action_retry()
        self._send(32)
        self.assertIn(self._uid(contacts[7]), self._remote())
        with self.assertRaises(ValidationError), self.env.cr.savepoint():
            self.connection.webhook_batch_size = 101
