"""Fake CRMs for the sync tests and the benchmark: real HTTP servers on
127.0.0.1 (threads) answering with the vendors' documented shapes, status codes
and headers, recording what they received. Faults are scripted per request
(``fail_next``) or periodic (``fail_every``).

- ``FakeHubSpot``: CRM v3 contacts (batch upsert / update / archive, 200 or 207
  with ``results`` (``new``) and ``errors``), the properties API (``mtap_uid``
  is unique: 409 when it exists), owners, account-info; 401
  ``INVALID_AUTHENTICATION`` for a wrong token; 400 ``VALIDATION_ERROR`` for an
  invalid e-mail (the whole batch, as HubSpot does); 429 with ``Retry-After``
  and ``policyName`` past 100 requests per 10 s (``TEN_SECONDLY_ROLLING``).
- ``FakeWebhook``: a Standard Webhooks receiver that verifies signatures,
  drops repeated ``webhook-id`` and keeps the latest state per Contact.
"""

import json
import re
import threading
import time
import uuid
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from odoo.addons.mtap_hub.tools.crm.webhook import verify

NOT_FOUND = "Could not get some CONTACT objects, they may be deleted or not exist."
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _serve(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        fake = self.server.fake
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, extra, payload = fake._handle(self.command, self.path, headers, body)
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        if status == 204:
            data = b""
        # one request per connection: a stopped server refuses at once
        self.close_connection = True
        try:
            self.send_response(status)
            for key, value in extra.items():
                self.send_header(key, value)
            if data:
                self.send_header("Content-Type", "application/json;charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (a timeout)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve


class FakeServer:
    """A threaded HTTP server on 127.0.0.1 that can be stopped and started
    again on its port (a refused connection in between)."""

    latency = 0.0
    retry_after = "7"  # seconds, in a scripted or periodic 429

    def __init__(self):
        self.lock = threading.Lock()
        self.requests = []  # (method, path, headers, body) as received
        self.first_ok = {}  # contact uid -> time of its first 2xx (benchmark)
        self.script = deque()  # faults for the next requests
        self.fail_every = {}  # status -> n: every n-th request answers status
        self.count = 0
        self.port = 0
        self.server = None
        self.start()

    def start(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), _Handler)
        self.server.daemon_threads = True
        self.server.fake = self
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def reset(self, keep_records=False):
        """Forget what was received and stored (a new test); with
        ``keep_records``, only the requests (a new run on the same CRM)."""
        with self.lock:
            self.requests.clear()
            self.script.clear()
            self.fail_every = {}
            self.count = 0
            self.first_ok.clear()
            if not keep_records:
                self.records.clear()
                self._reset()

    def _reset(self):
        pass

    def fail_next(self, *faults):
        """Answer the next requests with these faults: ``429``, ``500``,
        ``timeout:<seconds>``, ``401``, ``400``, or a (status, headers, body)."""
        self.script.extend(faults)

    def _fault(self, fault):
        if isinstance(fault, tuple):
            return fault
        if fault == 429:
            return (
                429,
                {"Retry-After": self.retry_after},
                {
                    "status": "error",
                    "message": "You have reached your ten_secondly_rolling limit.",
                    "errorType": "RATE_LIMIT",
                    "correlationId": str(uuid.uuid4()),
                    "policyName": "TEN_SECONDLY_ROLLING",
                },
            )
        if fault == 500:
            return (
                500,
                {},
                {
                    "status": "error",
                    "message": "internal error",
                    "correlationId": str(uuid.uuid4()),
                    "category": "INTERNAL_ERROR",
                },
            )
        if fault == 401:
            return self._unauthorized()
        if isinstance(fault, str) and fault.startswith("timeout:"):
            time.sleep(float(fault.split(":")[1]))
            return None  # then answer normally (too late for the client)
        raise ValueError(fault)

    def _unauthorized(self):
        return (
            401,
            {},
            {
                "status": "error",
                "message": "Authentication credentials not found.",
                "correlationId": str(uuid.uuid4()),
                "category": "INVALID_AUTHENTICATION",
            },
        )

    def _handle(self, method, path, headers, body):
        if self.latency:
            time.sleep(self.latency)
        with self.lock:
            self.count += 1
            self.requests.append((method, path, headers, body))
            fault = self.script.popleft() if self.script else None
            if fault is None:
                for status, every in self.fail_every.items():
                    if every and self.count % every == 0:
                        fault = status
                        break
        if fault is not None:
            answer = self._fault(fault)
            if answer is not None:
                return answer
        return self.handle(method, path, headers, body)


class FakeHubSpot(FakeServer):
    def __init__(self, token="pat-test-token", limit=(100, 10.0)):
        self.token = token
        self.limit = limit
        self.window = deque()
        self.records = {}  # id -> properties
        self.archived = {}
        # HubSpot's own contact properties (mtap_* are created by the connection)
        self.properties = {
            "email",
            "firstname",
            "lastname",
            "phone",
            "company",
            "jobtitle",
            "address",
            "city",
            "zip",
            "state",
            "country",
            "website",
            "hubspot_owner_id",
        }
        self.unique_properties = set()
        self.owners = [{"id": "901", "email": "mtap_user_a@example.com"}]
        self.next_id = 1000
        super().__init__()

    def _reset(self):
        self.archived.clear()
        self.window.clear()

    # what the tests read
    def find(self, prop, value):
        return [rid for rid, props in self.records.items() if props.get(prop) == value]

    def upserted_inputs(self):
        """Every contact input received by batch upsert/update, in order."""
        inputs = []
        for method, path, _headers, body in self.requests:
            if method == "POST" and re.search(r"/batch/(upsert|update)$", path):
                inputs.extend(json.loads(body)["inputs"])
        return inputs

    def handle(self, method, path, headers, body):
        if headers.get("authorization") != f"Bearer {self.token}":
            return self._unauthorized()
        with self.lock:
            now = time.monotonic()
            count, window = self.limit
            while self.window and now - self.window[0] > window:
                self.window.popleft()
            if len(self.window) >= count:
                return (
                    429,
                    {"Retry-After": "1"},
                    {
                        "status": "error",
                        "message": "You have reached your ten_secondly_rolling limit.",
                        "errorType": "RATE_LIMIT",
                        "correlationId": str(uuid.uuid4()),
                        "policyName": "TEN_SECONDLY_ROLLING",
                    },
                )
            self.window.append(now)
        data = json.loads(body) if body else {}
        route = path.split("?")[0]
        if route == "/account-info/v3/details":
            return (
                200,
                {},
                {
                    "portalId": 4242,
                    "accountType": "STANDARD",
                    "timeZone": "Europe/Brussels",
                    "companyCurrency": "EUR",
                    "additionalCurrencies": [],
                    "utcOffset": "+01:00",
                    "utcOffsetMilliseconds": 3600000,
                    "uiDomain": "app-eu1.hubspot.com",
                    "dataHostingLocation": "eu1",
                },
            )
        if route == "/crm/v3/objects/contacts" and method == "GET":
            return 200, {}, {"results": []}
        if route == "/crm/v3/owners":
            return 200, {}, {"results": self.owners}
        if route == "/crm/v3/properties/contacts" and method == "POST":
            with self.lock:
                if data["name"] in self.properties:
                    return (
                        409,
                        {},
                        {
                            "status": "error",
                            "message": "Property named '%s' already exists."
                            % data["name"],
                            "correlationId": str(uuid.uuid4()),
                            "category": "OBJECT_ALREADY_EXISTS",
                        },
                    )
                self.properties.add(data["name"])
                if data.get("hasUniqueValue"):
                    self.unique_properties.add(data["name"])
            return 201, {}, {**data, "createdAt": "2026-12-03T10:00:00Z"}
        if route.endswith("/batch/archive"):
            with self.lock:
                for item in data["inputs"]:
                    self.archived[item["id"]] = self.records.pop(item["id"], None)
            return 204, {}, b""
        if route.endswith("/batch/read"):
            return self._read(data)
        if route.endswith(("/batch/upsert", "/batch/update")):
            return self._batch(route.endswith("/batch/upsert"), data)
        return (
            404,
            {},
            {"status": "error", "message": "Not found", "category": "OBJECT_NOT_FOUND"},
        )

    def _invalid(self, properties):
        for name, value in properties.items():
            if name not in self.properties:
                return (
                    f'Property values were not valid: [{{"isValid":false,'
                    f'"message":"Property \\"{name}\\" does not exist",'
                    f'"error":"PROPERTY_DOESNT_EXIST","name":"{name}"}}]'
                )
            if name == "email" and value and not EMAIL.match(value):
                return (
                    'Property values were not valid: [{"isValid":false,'
                    f'"message":"Email address {value} is invalid",'
                    '"error":"INVALID_EMAIL","name":"email"}]'
                )
        return ""

    def _read(self, data):
        """Batch read by id or a unique property: the asked properties of the
        records found; 207 with OBJECT_NOT_FOUND for the others."""
        id_property = data.get("idProperty")
        names = data.get("properties") or []
        results, missing = [], []
        with self.lock:
            for item in data.get("inputs") or []:
                if id_property:
                    found = self.find(id_property, item["id"])
                    rid = found[0] if found else None
                else:
                    rid = item["id"] if item["id"] in self.records else None
                if rid is None:
                    missing.append(item["id"])
                    continue
                record = self.records[rid]
                results.append(
                    {
                        "id": rid,
                        "properties": {
                            "hs_object_id": rid,
                            **{n: record.get(n) for n in names},
                        },
                        "createdAt": "2026-12-03T10:00:00Z",
                        "updatedAt": "2026-12-03T10:00:00Z",
                        "archived": False,
                    }
                )
        body = {
            "status": "COMPLETE",
            "results": results,
            "startedAt": "2026-12-03T10:00:00Z",
            "completedAt": "2026-12-03T10:00:01Z",
        }
        if missing:
            body.update(
                numErrors=1,
                errors=[
                    {
                        "status": "error",
                        "category": "OBJECT_NOT_FOUND",
                        "message": NOT_FOUND,
                        "context": {"ids": missing},
                    }
                ],
            )
            return 207, {}, body
        return 200, {}, body

    def _batch(self, upsert, data):
        inputs = data.get("inputs") or []
        if len(inputs) > 100:
            return (
                400,
                {},
                {
                    "status": "error",
                    "message": "Too many inputs",
                    "category": "VALIDATION_ERROR",
                },
            )
        for item in inputs:
            problem = self._invalid(item.get("properties") or {})
            if problem:  # HubSpot refuses the whole batch
                return (
                    400,
                    {},
                    {
                        "status": "error",
                        "message": problem,
                        "correlationId": str(uuid.uuid4()),
                        "category": "VALIDATION_ERROR",
                    },
                )
        results, errors = [], []
        with self.lock:
            for item in inputs:
                props = dict(item.get("properties") or {})
                if upsert:
                    id_property = item.get("idProperty") or "hs_object_id"
                    if (
                        id_property != "email"
                        and id_property not in self.unique_properties
                    ):
                        return (
                            400,
                            {},
                            {
                                "status": "error",
                                "message": f"{id_property} is not a unique property",
                                "category": "VALIDATION_ERROR",
                            },
                        )
                    props.setdefault(id_property, item["id"])
                    found = self.find(id_property, item["id"])
                    new = not found
                    rid = found[0] if found else str(self.next_id)
                    if new:
                        self.next_id += 1
                        self.records[rid] = {}
                else:
                    rid = str(item["id"])
                    if rid not in self.records:
                        errors.append(
                            {
                                "status": "error",
                                "category": "OBJECT_NOT_FOUND",
                                "message": NOT_FOUND,
                                "context": {"ids": [rid]},
                            }
                        )
                        continue
                    new = False
                self.records[rid].update(props)
                if props.get("mtap_uid"):
                    self.first_ok.setdefault(props["mtap_uid"], time.time())
                result = {
                    "id": rid,
                    "properties": dict(self.records[rid]),
                    "createdAt": "2026-12-03T10:00:00Z",
                    "updatedAt": "2026-12-03T10:00:00Z",
                    "archived": False,
                }
                if upsert:
                    result["new"] = new
                results.append(result)
        body = {
            "status": "COMPLETE",
            "results": results,
            "startedAt": "2026-12-03T10:00:00Z",
            "completedAt": "2026-12-03T10:00:01Z",
        }
        if errors:
            body.update(errors=errors, numErrors=len(errors))
            return 207, {}, body
        return 200, {}, body


class FakeWebhook(FakeServer):
    def __init__(self, secret=""):
        self.secret = secret
        self.deliveries = []  # (headers, body, verified)
        self.seen_ids = set()
        self.accepted = {}  # webhook-id -> contact uid, first delivery only
        self.records = {}  # contact uid -> properties (latest)
        self.status = 200
        self.refuse = set()  # contact uids answered 422
        super().__init__()

    def _reset(self):
        self.deliveries.clear()
        self.seen_ids.clear()
        self.accepted.clear()
        self.refuse.clear()
        self.status = 200

    def handle(self, method, path, headers, body):
        verified = verify(self.secret, headers, body)
        with self.lock:
            self.deliveries.append((headers, body, verified))
            if not verified:
                return 401, {}, {"error": "bad signature"}
            if self.status != 200:
                return self.status, {}, {"error": f"refused with {self.status}"}
            event = json.loads(body)
            if event["type"] == "ping":
                return 200, {}, {"ok": True}
            if event["type"] == "contact.batch":
                # one delivery, several events: each deduplicated by its own id
                events = [(e["event_id"], e) for e in event["data"]]
            else:
                events = [(headers["webhook-id"], event)]
            if any(e["data"]["id"] in self.refuse for _i, e in events):
                return 422, {}, {"error": "phone is required by this receiver"}
            if headers["webhook-id"] in self.seen_ids:
                return 200, {}, {"ok": True, "repeat": True}
            self.seen_ids.add(headers["webhook-id"])
            for event_id, one in events:
                if event_id in self.accepted:
                    continue  # a repeat inside a new batch
                self._apply(event_id, one)
        return 200, {}, {"ok": True}

    def _apply(self, event_id, event):
        uid = event["data"]["id"]
        self.accepted[event_id] = uid
        self.first_ok.setdefault(uid, time.time())
        if event["type"] == "contact.updated":
            record = self.records.setdefault(uid, {})
            record.update(event["data"]["properties"])
            for name, value in event["data"].get("fill_if_empty", {}).items():
                if not record.get(name):
                    record[name] = value
        elif event["type"] == "contact.deleted":
            self.records.pop(uid, None)


def webhook_events(fake):
    """The events of every request the webhook fake received, in order (those
    of a contact.batch one by one, with the batch's headers)."""
    events = []
    for method, _path, headers, body in list(fake.requests):
        event = json.loads(body) if method == "POST" and body else {}
        if event.get("type") == "contact.batch":
            events.extend((headers, one) for one in event["data"])
        elif event.get("data"):
            events.append((headers, event))
    return events
