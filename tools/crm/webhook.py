"""A generic webhook (Zapier, Make, n8n, a company's own service): one signed
JSON POST per Contact change to the configured address, as Standard Webhooks
1.0 describes (https://www.standardwebhooks.com/):

- ``webhook-id``: the outbox row's id, the same on every retry of it, so a
  receiver drops repeats;
- ``webhook-timestamp``: Unix seconds of this attempt;
- ``webhook-signature``: ``v1,`` + base64 HMAC-SHA256 of
  ``<webhook-id>.<webhook-timestamp>.<body>``, keyed with the base64-decoded
  secret (the secret reads ``whsec_<base64>``).

Body: ``{"type": "contact.updated" | "contact.deleted", "data": {"id": uid,
"properties": {...}, "fill_if_empty": {...}}}``: the receiver overwrites with
``properties`` and sets a ``fill_if_empty`` value only where it holds none.
With "Contacts per delivery" above 1, one POST carries ``{"type":
"contact.batch", "data": [<event>, ...]}``, each event with its own
``event_id`` (the id it has when sent alone). Any 2xx is a delivery;
404/410 mean the address is gone (the connection stops); other 4xx stop that
Contact with the receiver's words.
"""

import base64
import hashlib
import hmac
import json
import secrets
import time

from odoo.tools import split_every

from .base import AUTH, INVALID, OK, SPLIT, Adapter, Outcome, Request

SECRET_PREFIX = "whsec_"
TOLERANCE_SECONDS = 300


def new_secret():
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def _key(secret):
    value = secret.removeprefix(SECRET_PREFIX)
    return base64.b64decode(value)


def sign(secret, message_id, timestamp, body):
    """The ``webhook-signature`` value of ``body`` (bytes)."""
    signed = b"%s.%d.%s" % (message_id.encode(), int(timestamp), body)
    digest = hmac.new(_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def verify(secret, headers, body, now=None, tolerance=TOLERANCE_SECONDS):
    """Whether a delivery is genuine and fresh, as a receiver checks it:
    ``headers`` (lower-case names) and the raw ``body`` bytes. A timestamp more
    than ``tolerance`` seconds away from ``now`` is refused (a replay)."""
    message_id = headers.get("webhook-id") or ""
    timestamp = headers.get("webhook-timestamp") or ""
    signatures = (headers.get("webhook-signature") or "").split()
    if not (message_id and timestamp.isdigit() and signatures):
        return False
    now = time.time() if now is None else now
    if abs(now - int(timestamp)) > tolerance:
        return False
    expected = sign(secret, message_id, int(timestamp), body)
    return any(hmac.compare_digest(expected, given) for given in signatures)


class WebhookAdapter(Adapter):
    vendor = "webhook"
    label = "Webhook"
    batch_size = 1  # one delivery per Contact change, sent several at once
    workers = 8  # deliveries at once
    rate_limit = (100, 1.0)  # deliveries per second

    def __init__(self, config):
        super().__init__(config)
        # a receiver of one's own may take a contact.batch event of up to 100
        self.batch_size = max(1, min(100, int(config.get("batch_size") or 1)))

    @property
    def base_url(self):
        return self.config.get("base_url") or ""

    def _request(self, message_id, payload, keys, kind):
        body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
        timestamp = int(time.time())
        return Request(
            "POST",
            "",
            data=body,
            headers={
                "Content-Type": "application/json",
                "webhook-id": message_id,
                "webhook-timestamp": str(timestamp),
                "webhook-signature": sign(
                    self.config.get("secret") or "", message_id, timestamp, body
                ),
            },
            items=keys,
            kind=kind,
        )

    def test_requests(self):
        return [
            self._request(
                "msg_test_%s" % secrets.token_hex(8), {"type": "ping"}, [], "ping"
            )
        ]

    def read_test(self, request, answer):
        if answer.error:
            return False, f"The receiver was not reached: {answer.error}.", {}
        if 200 <= answer.status < 300:
            return True, f"The receiver answered HTTP {answer.status}.", {}
        return False, f"The receiver answered HTTP {answer.status}.", {}

    @staticmethod
    def _event(item):
        deleted = item.operation == "delete"
        return {
            "type": "contact.deleted" if deleted else "contact.updated",
            "data": {
                "id": item.uid,
                "properties": {} if deleted else item.properties,
                "fill_if_empty": {} if deleted else item.fill,
            },
        }

    def push_requests(self, items):
        if self.batch_size == 1:
            return [
                self._request(
                    item.message_id, self._event(item), [item.key], item.operation
                )
                for item in items
            ]
        requests = []
        for chunk in split_every(self.batch_size, items):
            ids = ",".join(sorted(item.message_id for item in chunk))
            # the same changes retried together keep their webhook-id; each
            # event keeps its own id whatever batch carries it
            message_id = "msg_batch_" + hashlib.sha256(ids.encode()).hexdigest()[:32]
            events = [
                {"event_id": item.message_id, **self._event(item)} for item in chunk
            ]
            requests.append(
                self._request(
                    message_id,
                    {"type": "contact.batch", "data": events},
                    [item.key for item in chunk],
                    "batch",
                )
            )
        return requests

    def read_push(self, request, answer, items):
        common = self.read_common(answer)
        if common:
            return [common]
        if 200 <= answer.status < 300:
            return [Outcome(OK, key=k, remote_id=items[k].uid) for k in request.items]
        text = answer.body[:300].decode(errors="replace").strip()
        if answer.status in (403, 404, 410):
            return [
                Outcome(
                    AUTH,
                    message=f"The receiver answered HTTP {answer.status}: "
                    "the address refuses or no longer exists.",
                )
            ]
        if len(request.items) > 1:  # find the Contact the receiver refuses
            return [Outcome(SPLIT, message=f"HTTP {answer.status}: {text}")]
        return [
            Outcome(INVALID, key=k, message=f"HTTP {answer.status}: {text}")
            for k in request.items
        ]
