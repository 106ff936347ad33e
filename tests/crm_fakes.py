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
- ``FakeSalesforce``: the OAuth token endpoint (refresh-token rotation: each
  refresh issues a new refresh token and retires the old one), sObject
  Collections upsert/create/delete with per-record ``UpsertResult``s,
  ``DUPLICATES_DETECTED`` (a duplicate rule on e-mails) and
  ``DUPLICATE_EXTERNAL_ID`` (several records share the external id), SOQL on
  Account and User, describe, ``401 INVALID_SESSION_ID``, ``403
  REQUEST_LIMIT_EXCEEDED`` past the daily allowance, ``Sforce-Limit-Info`` on
  every answer.
- ``FakeZohoAccounts`` + ``FakeZoho``: the accounts server (10 access tokens
  per refresh token per 10 minutes, then ``Access Denied``, counted in
  ``too_many``) and the CRM API (v8 upsert with ``duplicate_check_fields``,
  per-record results in a 207, update by id, delete, 401 ``INVALID_TOKEN``,
  429 ``TOO_MANY_REQUESTS`` past its concurrency limit).
- ``FakeRedtail``: ``/authentication`` (Basic APIKey:user:password answers a
  user key), ``Userkeyauth`` on every call, contacts create/PUT/delete/search
  by e-mail, phone or *Referred By*; ``drop_next_create`` creates the contact,
  then drops the connection before answering (a lost answer).
"""

import base64
import json
import re
import threading
import time
import uuid
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

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
        if status is None:
            # the request was processed, its answer is lost: the connection
            # drops before a byte of it is sent
            self.close_connection = True
            return
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


class _Server(ThreadingHTTPServer):
    """A vendor's front end listens with a deep queue; socketserver's default
    of 5 drops connections while the test process is busy (16 deliveries at
    once from two senders: a dropped SYN twice is a 5 s connect timeout)."""

    request_queue_size = 128
    daemon_threads = True


class FakeServer:
    """A threaded HTTP server on 127.0.0.1 that can be stopped and started
    again on its port (a refused connection in between)."""

    latency = 0.0
    retry_after = "7"  # seconds, in a scripted or periodic 429

    def __init__(self):
        self.lock = threading.Lock()
        self.requests = []  # (method, path, headers, body) as received
        self.unauthorised = {}  # id() -> the requests answered 401 (kept alive)
        self.first_ok = {}  # contact uid -> time of its first 2xx (benchmark)
        self.script = deque()  # faults for the next requests
        self.fail_every = {}  # status -> n: every n-th request answers status
        self.count = 0
        self.port = 0
        self.server = None
        self.start()

    def start(self):
        self.server = _Server(("127.0.0.1", self.port), _Handler)
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
            entry = (method, path, headers, body)
            self.requests.append(entry)
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
        answer = self.handle(method, path, headers, body)
        if answer[0] == 401:
            with self.lock:
                # the entry is kept: its id is never another request's
                self.unauthorised[id(entry)] = entry
        return answer

    def accepted_requests(self):
        """The requests received, but those refused for their token."""
        with self.lock:
            return [r for r in self.requests if id(r) not in self.unauthorised]


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


def _email_ok(value):
    return not value or bool(EMAIL.match(value))


class FakeSalesforce(FakeServer):
    EXTERNAL_ID = "mtap_uid__c"

    def __init__(self, client_id="3MVG9fake", client_secret="sf-secret", rotate=True):
        self.client_id, self.client_secret = client_id, client_secret
        self.rotate = rotate
        self.refresh_token = "5Aep861fake.refresh.0"
        self.access_tokens = set()
        self.records = {}  # id -> fields (Contact and Lead)
        self.accounts = {}  # id -> Name
        self.duplicate_emails = set()  # a duplicate rule blocks these e-mails
        self.api_limit = 1_000_000
        self.api_used = 0
        self.token_requests = 0
        self.missing_external_id = False
        self.next_id = 1
        super().__init__()

    def _reset(self):
        self.accounts.clear()
        self.duplicate_emails.clear()
        self.api_used = 0
        self.token_requests = 0

    def _id(self, prefix):
        self.next_id += 1
        return f"{prefix}{self.next_id:015d}"

    def _unauthorized(self):
        return (
            401,
            {},
            [
                {
                    "message": "Session expired or invalid",
                    "errorCode": "INVALID_SESSION_ID",
                }
            ],
        )

    def _fault(self, fault):
        if fault == 429:
            return (
                403,
                {"Sforce-Limit-Info": f"api-usage={self.api_used}/{self.api_limit}"},
                [
                    {
                        "message": "ConcurrentPerOrgLongTxn Limit exceeded.",
                        "errorCode": "REQUEST_LIMIT_EXCEEDED",
                    }
                ],
            )
        if fault == 500:
            return (
                500,
                {},
                [
                    {
                        "message": "An unexpected error occurred.",
                        "errorCode": "UNKNOWN_EXCEPTION",
                    }
                ],
            )
        return super()._fault(fault)

    def revoke(self):
        """Revoke the connected app's tokens; return a function that restores."""
        saved = self.refresh_token
        with self.lock:
            self.refresh_token = None
            self.access_tokens.clear()

        def restore():
            self.refresh_token = saved

        return restore

    def expire_sessions(self):
        with self.lock:
            self.access_tokens.clear()

    def _token(self, body):
        form = dict(parse_qsl(body.decode()))
        with self.lock:
            self.token_requests += 1
            if form.get("grant_type") != "refresh_token" or (
                form.get("client_id"),
                form.get("client_secret"),
            ) != (self.client_id, self.client_secret):
                return (
                    400,
                    {},
                    {
                        "error": "invalid_client",
                        "error_description": "invalid client credentials",
                    },
                )
            if (
                not self.refresh_token
                or form.get("refresh_token") != self.refresh_token
            ):
                return (
                    400,
                    {},
                    {
                        "error": "invalid_grant",
                        "error_description": "expired access/refresh token",
                    },
                )
            access = "00Dfake!" + uuid.uuid4().hex
            self.access_tokens.add(access)
            answer = {
                "access_token": access,
                "signature": "c2lnbmF0dXJl",
                "scope": "api refresh_token",
                "instance_url": self.url,
                "id": f"{self.url}/id/00D000000000001EAA/005000000000001AAA",
                "token_type": "Bearer",
                "issued_at": str(int(time.time() * 1000)),
            }
            if self.rotate:
                self.refresh_token = "5Aep861fake.refresh." + uuid.uuid4().hex[:8]
                answer["refresh_token"] = self.refresh_token
        return 200, {}, answer

    def find(self, field, value, sobject=None):
        return [
            rid
            for rid, rec in self.records.items()
            if rec.get(field) == value and (sobject is None or rec["_type"] == sobject)
        ]

    def upserted_records(self):
        out = []
        for method, path, _headers, body in self.accepted_requests():
            if method == "PATCH" and "/composite/sobjects/" in path:
                out.extend(json.loads(body)["records"])
        return out

    def handle(self, method, path, headers, body):
        route, _, query = path.partition("?")
        if route == "/services/oauth2/token" and method == "POST":
            return self._token(body)
        token = (headers.get("authorization") or "").removeprefix("Bearer ")
        with self.lock:
            if token not in self.access_tokens:
                return self._unauthorized()
            self.api_used += 1
            usage = {"Sforce-Limit-Info": f"api-usage={self.api_used}/{self.api_limit}"}
            if self.api_used > self.api_limit:
                return (
                    403,
                    usage,
                    [
                        {
                            "message": "TotalRequests Limit exceeded.",
                            "errorCode": "REQUEST_LIMIT_EXCEEDED",
                        }
                    ],
                )
        data = json.loads(body) if body else None
        prefix = "/services/data/v62.0"
        if not route.startswith(prefix):
            return (
                404,
                usage,
                [
                    {
                        "errorCode": "NOT_FOUND",
                        "message": "The requested resource does not exist",
                    }
                ],
            )
        route = route[len(prefix) :]
        match = re.match(r"^/sobjects/(Contact|Lead)/describe$", route)
        if match:
            fields = [
                {"name": n, "externalId": False}
                for n in ("Id", "FirstName", "LastName", "Email")
            ]
            if not self.missing_external_id:
                fields.append(
                    {"name": self.EXTERNAL_ID, "externalId": True, "unique": True}
                )
            return 200, usage, {"name": match.group(1), "fields": fields}
        if route == "/query":
            return self._query(dict(parse_qsl(query))["q"], usage)
        if route == "/composite/sobjects" and method == "POST":
            return self._create(data, usage)
        if route == "/composite/sobjects" and method == "DELETE":
            ids = dict(parse_qsl(query))["ids"].split(",")
            results = []
            with self.lock:
                for rid in ids:
                    if self.records.pop(rid, None) is None:
                        results.append(
                            {
                                "id": rid,
                                "success": False,
                                "errors": [
                                    {
                                        "statusCode": "ENTITY_IS_DELETED",
                                        "message": "entity is deleted",
                                        "fields": [],
                                    }
                                ],
                            }
                        )
                    else:
                        results.append({"id": rid, "success": True, "errors": []})
            return 200, usage, results
        match = re.match(r"^/composite/sobjects/(Contact|Lead)/(\w+)$", route)
        if match and method == "PATCH":
            return self._upsert(match.group(1), match.group(2), data, usage)
        return (
            404,
            usage,
            [
                {
                    "errorCode": "NOT_FOUND",
                    "message": "The requested resource does not exist",
                }
            ],
        )

    def _query(self, soql, usage):
        match = re.match(r"SELECT (.+?) FROM (Contact|Lead) WHERE (.+)$", soql)
        if match:
            names = [n.strip() for n in match.group(1).split(",")]
            wanted = {
                field: {
                    v.replace("\\'", "'").replace("\\\\", "\\")
                    for v in re.findall(r"'((?:[^'\\]|\\.)*)'", values)
                }
                for field, values in re.findall(r"(\w+) IN \(([^)]*)\)", match.group(3))
            }
            with self.lock:
                records = [
                    {
                        "attributes": {"type": rec["_type"]},
                        **{n: rid if n == "Id" else rec.get(n) for n in names},
                    }
                    for rid, rec in self.records.items()
                    if rec["_type"] == match.group(2)
                    and any(
                        (rid if f == "Id" else rec.get(f)) in v
                        for f, v in wanted.items()
                    )
                ]
            return (
                200,
                usage,
                {"totalSize": len(records), "done": True, "records": records},
            )
        if soql.startswith("SELECT Id, Email FROM User"):
            records = [
                {
                    "attributes": {"type": "User"},
                    "Id": "005000000000001AAA",
                    "Email": "mtap_user_a@example.com",
                }
            ]
        else:
            names = {
                n.replace("\\'", "'").replace("\\\\", "\\")
                for n in re.findall(r"'((?:[^'\\]|\\.)*)'", soql)
            }
            with self.lock:
                records = [
                    {"attributes": {"type": "Account"}, "Id": aid, "Name": name}
                    for aid, name in self.accounts.items()
                    if name in names
                ]
        return 200, usage, {"totalSize": len(records), "done": True, "records": records}

    def _create(self, data, usage):
        results = []
        with self.lock:
            for record in data["records"]:
                aid = self._id("001")
                self.accounts[aid] = record["Name"]
                results.append({"id": aid, "success": True, "errors": []})
        return 200, usage, results

    def _upsert(self, sobject, field, data, usage):
        records = data.get("records") or []
        if len(records) > 200:
            return (
                400,
                usage,
                [
                    {
                        "message": "Maximum 200 records allowed",
                        "errorCode": "EXCEEDED_ID_LIMIT",
                    }
                ],
            )
        if field != self.EXTERNAL_ID or self.missing_external_id:
            return (
                404,
                usage,
                [
                    {
                        "errorCode": "NOT_FOUND",
                        "message": "Provided external ID field does not exist or is "
                        f"not accessible: {field}",
                    }
                ],
            )
        results = []
        with self.lock:
            # the external id's index, once per request (10,000 records: fast)
            index = {}
            for rid, rec in self.records.items():
                if rec["_type"] == sobject and rec.get(field):
                    index.setdefault(rec[field], []).append(rid)
            for record in records:
                value = record.get(field)
                fields = {k: v for k, v in record.items() if k != "attributes"}
                found = list(index.get(value) or [])
                if len(found) > 1:
                    results.append(
                        {
                            "success": False,
                            "errors": [
                                {
                                    "statusCode": "DUPLICATE_EXTERNAL_ID",
                                    "message": "Duplicate external id specified: "
                                    f"{value}",
                                    "fields": [field],
                                }
                            ],
                        }
                    )
                    continue
                if not _email_ok(fields.get("Email")):
                    results.append(
                        {
                            "success": False,
                            "errors": [
                                {
                                    "statusCode": "INVALID_EMAIL_ADDRESS",
                                    "message": "Email: invalid email address: "
                                    + fields["Email"],
                                    "fields": ["Email"],
                                }
                            ],
                        }
                    )
                    continue
                if not found and fields.get("Email") in self.duplicate_emails:
                    results.append(
                        {
                            "success": False,
                            "errors": [
                                {
                                    "statusCode": "DUPLICATES_DETECTED",
                                    "message": "Use one of these records?",
                                    "fields": [],
                                }
                            ],
                        }
                    )
                    continue
                if not fields.get("LastName") and not found:
                    results.append(
                        {
                            "success": False,
                            "errors": [
                                {
                                    "statusCode": "REQUIRED_FIELD_MISSING",
                                    "message": "Required fields are missing: "
                                    "[LastName]",
                                    "fields": ["LastName"],
                                }
                            ],
                        }
                    )
                    continue
                rid = (
                    found[0]
                    if found
                    else self._id("003" if sobject == "Contact" else "00Q")
                )
                self.records.setdefault(rid, {"_type": sobject}).update(fields)
                if not found:
                    index.setdefault(value, []).append(rid)
                self.first_ok.setdefault(value, time.time())
                results.append(
                    {"id": rid, "success": True, "errors": [], "created": not found}
                )
        return 200, usage, results


class FakeZohoAccounts(FakeServer):
    """accounts.zoho.<dc>: refresh token -> access token, 10 per 10 minutes."""

    def __init__(self, api, client_id="1000.FAKE", client_secret="zoho-secret"):
        self.api = api
        self.client_id, self.client_secret = client_id, client_secret
        self.refresh_token = "1000.fake.refresh"
        self.issued = deque()  # times of the tokens issued (the 10-minute window)
        self.token_requests = 0
        self.too_many = 0
        self.expires_in = 3600
        self.records = {}
        super().__init__()

    def _reset(self):
        self.issued.clear()
        self.token_requests = 0
        self.too_many = 0

    def revoke(self):
        saved = self.refresh_token
        self.refresh_token = None
        self.api.tokens.clear()

        def restore():
            self.refresh_token = saved

        return restore

    def handle(self, method, path, headers, body):
        if method != "POST" or path.split("?")[0] != "/oauth/v2/token":
            return 404, {}, {"error": "not found"}
        form = dict(parse_qsl(body.decode()))
        with self.lock:
            self.token_requests += 1
            now = time.monotonic()
            while self.issued and now - self.issued[0] > 600:
                self.issued.popleft()
            if len(self.issued) >= 10:
                self.too_many += 1
                return (
                    400,
                    {},
                    {
                        "error_description": "You have made too many requests "
                        "continuously. Please try again after some time.",
                        "error": "Access Denied",
                        "status": "failure",
                    },
                )
            if (form.get("client_id"), form.get("client_secret")) != (
                self.client_id,
                self.client_secret,
            ):
                return 200, {}, {"error": "invalid_client"}
            if (
                not self.refresh_token
                or form.get("refresh_token") != self.refresh_token
            ):
                return 200, {}, {"error": "invalid_code"}
            self.issued.append(now)
            access = "1000." + uuid.uuid4().hex
            self.api.tokens[access] = time.time() + self.expires_in
        return (
            200,
            {},
            {
                "access_token": access,
                "api_domain": self.api.url,
                "token_type": "Bearer",
                "expires_in": self.expires_in,
            },
        )


class FakeZoho(FakeServer):
    """The Zoho CRM API (v8) of one organisation."""

    def __init__(self, concurrency=10):
        self.tokens = {}  # access token -> expiry (epoch)
        self.records = {}  # id -> fields
        self.concurrency = concurrency
        self.in_flight = 0
        self.lock_once = set()  # mtap_uid answered RECORD_LOCKED once
        self.next_id = 5_000_000
        super().__init__()
        self.accounts = FakeZohoAccounts(self)

    def start(self):
        result = super().start()
        if getattr(self, "accounts", None):
            self.accounts.start()
        return result

    def stop(self):
        result = super().stop()
        if getattr(self, "accounts", None):
            self.accounts.stop()
        return result

    def _reset(self):
        self.lock_once.clear()

    def reset(self, keep_records=False):
        result = super().reset(keep_records)
        if getattr(self, "accounts", None):
            self.accounts.reset()
        return result

    def _unauthorized(self):
        return (
            401,
            {},
            {
                "code": "INVALID_TOKEN",
                "details": {},
                "message": "invalid oauth token",
                "status": "error",
            },
        )

    def _fault(self, fault):
        if fault == 429:
            reset = int((time.time() + float(self.retry_after)) * 1000)
            return (
                429,
                {
                    "X-RATELIMIT-LIMIT": "100",
                    "X-RATELIMIT-REMAINING": "0",
                    "X-RATELIMIT-RESET": str(reset),
                },
                {
                    "code": "TOO_MANY_REQUESTS",
                    "details": {},
                    "message": "The API call limit has been exceeded",
                    "status": "error",
                },
            )
        if fault == 500:
            return (
                500,
                {},
                {
                    "code": "INTERNAL_ERROR",
                    "details": {},
                    "message": "Internal Server Error",
                    "status": "error",
                },
            )
        return super()._fault(fault)

    def expire_tokens(self):
        with self.lock:
            for token in self.tokens:
                self.tokens[token] = 0

    def find(self, field, value):
        return [
            rid
            for rid, rec in self.records.items()
            if value and rec.get(field) == value
        ]

    def upserted_records(self):
        out = []
        for method, path, _headers, body in self.accepted_requests():
            if method in ("POST", "PUT") and path.split("?")[0] in (
                "/crm/v8/Contacts/upsert",
                "/crm/v8/Contacts",
            ):
                out.extend(json.loads(body)["data"])
        return out

    def handle(self, method, path, headers, body):
        token = (headers.get("authorization") or "").removeprefix("Zoho-oauthtoken ")
        with self.lock:
            if self.tokens.get(token, 0) < time.time():
                return self._unauthorized()
            if self.in_flight >= self.concurrency:
                return self._fault(429)
            self.in_flight += 1
        try:
            return self._route(method, path, json.loads(body) if body else None)
        finally:
            with self.lock:
                self.in_flight -= 1

    def _route(self, method, path, data):
        route, _, query = path.partition("?")
        if route == "/crm/v8/org":
            return (
                200,
                {},
                {
                    "org": [
                        {
                            "id": "4150868000000225013",
                            "company_name": "Fake Zoho Org",
                            "zgid": "648000001",
                        }
                    ]
                },
            )
        if route == "/crm/v8/settings/fields":
            return (
                200,
                {},
                {
                    "fields": [
                        {"api_name": n, "unique": n == "mtap_uid"}
                        for n in ("First_Name", "Last_Name", "Email", "mtap_uid")
                    ]
                },
            )
        if route == "/crm/v8/users":
            return (
                200,
                {},
                {
                    "users": [
                        {
                            "id": "4150868000000225001",
                            "email": "mtap_user_a@example.com",
                            "status": "active",
                        }
                    ]
                },
            )
        if route == "/crm/v8/coql" and method == "POST":
            return self._coql(data["select_query"])
        if route == "/crm/v8/Contacts/upsert" and method == "POST":
            return self._write(data, upsert=True)
        if route == "/crm/v8/Contacts" and method == "PUT":
            return self._write(data, upsert=False)
        if route == "/crm/v8/Contacts" and method == "DELETE":
            ids = dict(parse_qsl(query))["ids"].split(",")
            out = []
            with self.lock:
                for rid in ids:
                    if self.records.pop(rid, None) is None:
                        out.append(
                            {
                                "code": "INVALID_DATA",
                                "details": {"id": rid},
                                "message": "the related id given seems to be invalid",
                                "status": "error",
                            }
                        )
                    else:
                        out.append(
                            {
                                "code": "SUCCESS",
                                "details": {"id": rid},
                                "message": "record deleted",
                                "status": "success",
                            }
                        )
            return 200, {}, {"data": out}
        return (
            404,
            {},
            {
                "code": "INVALID_URL_PATTERN",
                "details": {},
                "message": "Please check if the URL trying to access is a correct one",
                "status": "error",
            },
        )

    def _coql(self, query):
        """``select <fields> from Contacts where (<field> in (...)) or ...``:
        the records matching any list; 204 without content when none does."""
        match = re.match(r"select (.+?) from Contacts where (.+) limit \d+$", query)
        if not match:
            return 400, {}, {"code": "SYNTAX_ERROR", "message": "bad query"}
        names = [n.strip() for n in match.group(1).split(",")]
        wanted = {
            field: {
                v.replace("\\'", "'").replace("\\\\", "\\")
                for v in re.findall(r"'((?:[^'\\]|\\.)*)'", values)
            }
            for field, values in re.findall(r"(\w+) in \(([^)]*)\)", match.group(2))
        }
        with self.lock:
            found = [
                {n: rid if n == "id" else rec.get(n) for n in names}
                for rid, rec in self.records.items()
                if any(
                    (rid if f == "id" else rec.get(f)) in v for f, v in wanted.items()
                )
            ]
        if not found:
            return 204, {}, b""
        info = {"count": len(found), "more_records": False}
        return 200, {}, {"data": found, "info": info}

    def _indexes(self, checks):
        """The duplicate-check fields' indexes, once per request."""
        indexes = {field: {} for field in checks}
        for rid, rec in self.records.items():
            self._reindex(indexes, rid, rec)
        return indexes

    @staticmethod
    def _reindex(indexes, rid, fields):
        for field, index in indexes.items():
            value = fields.get(field)
            if value and rid not in index.get(value, []):
                index.setdefault(value, []).append(rid)

    def _write(self, data, upsert):
        records = data.get("data") or []
        if len(records) > 100:
            return (
                400,
                {},
                {
                    "code": "LIMIT_EXCEEDED",
                    "details": {"limit": 100},
                    "message": "the limit has been exceeded",
                    "status": "error",
                },
            )
        checks = data.get("duplicate_check_fields") or ["Email"]
        out = []
        with self.lock:
            indexes = self._indexes(checks)
            for record in records:
                uid = record.get("mtap_uid")
                if uid in self.lock_once:
                    self.lock_once.discard(uid)
                    out.append(
                        {
                            "code": "RECORD_LOCKED",
                            "details": {},
                            "message": "the record is locked",
                            "status": "error",
                        }
                    )
                    continue
                if not _email_ok(record.get("Email")):
                    out.append(
                        {
                            "code": "INVALID_DATA",
                            "details": {
                                "expected_data_type": "email",
                                "api_name": "Email",
                            },
                            "message": "invalid data",
                            "status": "error",
                        }
                    )
                    continue
                if upsert:
                    found, field = [], None
                    for field in checks:
                        found = list(indexes[field].get(record.get(field)) or [])
                        if found:
                            break
                    if len(found) > 1:
                        out.append(
                            {
                                "code": "DUPLICATE_DATA",
                                "details": {"api_name": field, "id": found[0]},
                                "message": "duplicate data",
                                "status": "error",
                            }
                        )
                        continue
                    if not found and not record.get("Last_Name"):
                        out.append(
                            {
                                "code": "MANDATORY_NOT_FOUND",
                                "details": {"api_name": "Last_Name"},
                                "message": "required field not found",
                                "status": "error",
                            }
                        )
                        continue
                    rid = found[0] if found else str(self.next_id)
                    if not found:
                        self.next_id += 1
                    action = "update" if found else "insert"
                else:
                    rid = str(record.get("id"))
                    if rid not in self.records:
                        out.append(
                            {
                                "code": "INVALID_DATA",
                                "details": {"api_name": "id"},
                                "message": "the id given seems to be invalid",
                                "status": "error",
                            }
                        )
                        continue
                    action, field = "update", None
                fields = {k: v for k, v in record.items() if k != "id"}
                self.records.setdefault(rid, {}).update(fields)
                self._reindex(indexes, rid, fields)
                if uid:
                    self.first_ok.setdefault(uid, time.time())
                out.append(
                    {
                        "code": "SUCCESS",
                        "duplicate_field": field
                        if action == "update" and upsert
                        else None,
                        "action": action,
                        "details": {
                            "id": rid,
                            "Modified_Time": "2026-12-03T10:00:00+00:00",
                        },
                        "message": "record updated"
                        if action == "update"
                        else "record added",
                        "status": "success",
                    }
                )
        failed = sum(1 for r in out if r["status"] == "error")
        status = 200 if not failed else (400 if failed == len(out) else 207)
        return status, {}, {"data": out}


class FakeRedtail(FakeServer):
    def __init__(self, api_key="rt-api-key", username="advisor", password="s3cret"):
        self.api_key, self.username, self.password = api_key, username, password
        self.user_keys = set()
        self.records = {}  # id -> contact
        self.drop_next_create = False
        self.logins = 0
        self.next_id = 100
        super().__init__()

    def _reset(self):
        self.drop_next_create = False

    def _unauthorized(self):
        return 401, {}, {"errors": ["Unauthorized"]}

    def revoke(self):
        saved = set(self.user_keys)
        self.user_keys.clear()

        def restore():
            self.user_keys.update(saved)

        return restore

    def created(self):
        return [
            json.loads(b)
            for m, p, _h, b in self.requests
            if m == "POST" and p == "/contacts"
        ]

    def pushed(self):
        return [
            json.loads(b)
            for m, p, _h, b in self.requests
            if (m == "POST" and p == "/contacts")
            or (m == "PUT" and p.startswith("/contacts/"))
        ]

    def handle(self, method, path, headers, body):
        auth = headers.get("authorization") or ""
        route, _, query = path.partition("?")
        if route == "/authentication" and auth.startswith("Basic "):
            triple = base64.b64decode(auth[6:]).decode()
            with self.lock:
                self.logins += 1
                if triple != f"{self.api_key}:{self.username}:{self.password}":
                    return 401, {}, {"errors": ["Invalid credentials"]}
                key = uuid.uuid4().hex.upper()
                self.user_keys.add(key)
            return (
                200,
                {},
                {
                    "authenticated_user": {
                        "id": 1,
                        "user_key": key,
                        "database_id": 4711,
                        "first_name": "Ada",
                        "last_name": "Advisor",
                    }
                },
            )
        if not auth.startswith("Userkeyauth "):
            return self._unauthorized()
        api_key, _, user_key = base64.b64decode(auth[12:]).decode().partition(":")
        if api_key != self.api_key or user_key not in self.user_keys:
            return self._unauthorized()
        data = json.loads(body) if body else None
        if route == "/contacts" and method == "GET":
            return (
                200,
                {},
                {
                    "contacts": [],
                    "meta": {"total_records": len(self.records), "total_pages": 1},
                },
            )
        if route == "/contacts/search" and method == "GET":
            return self._search(dict(parse_qsl(query)))
        if route == "/contacts" and method == "POST":
            problem = self._invalid(data)
            if problem:
                return 422, {}, {"errors": problem}
            with self.lock:
                rid = self.next_id = self.next_id + 1
                self.records[rid] = {**data, "id": rid}
                self.first_ok.setdefault(
                    (data.get("referred_by") or "").removeprefix("mTap "),
                    time.time(),
                )
                if self.drop_next_create:
                    self.drop_next_create = False
                    return None, {}, b""
            return 201, {}, {"contact": self.records[rid]}
        match = re.match(r"^/contacts/(\d+)$", route)
        if match:
            rid = int(match.group(1))
            with self.lock:
                if rid not in self.records:
                    return 404, {}, {"errors": ["Record not found"]}
                if method == "GET":
                    return 200, {}, {"contact": dict(self.records[rid])}
                if method == "DELETE":
                    del self.records[rid]
                    return 200, {}, {"contact": {"id": rid, "deleted": True}}
                if method == "PUT":
                    problem = self._invalid(data)
                    if problem:
                        return 422, {}, {"errors": problem}
                    self.records[rid].update(data)
                    self.first_ok.setdefault(
                        (data.get("referred_by") or "").removeprefix("mTap "),
                        time.time(),
                    )
                    return 200, {}, {"contact": self.records[rid]}
        return 404, {}, {"errors": ["Not found"]}

    @staticmethod
    def _invalid(data):
        for email in data.get("emails") or []:
            if not _email_ok(email.get("address")):
                return {"emails.address": ["is invalid"]}
        if not data.get("last_name"):
            return {"last_name": ["can't be blank"]}
        return None

    def _search(self, params):
        def matches(contact):
            if "email" in params:
                return any(
                    e.get("address") == params["email"]
                    for e in contact.get("emails") or []
                )
            if "phone_number" in params:
                return any(
                    p.get("number") == params["phone_number"]
                    for p in contact.get("phones") or []
                )
            if "referred_by" in params:
                return contact.get("referred_by") == params["referred_by"]
            return False

        with self.lock:
            found = [dict(c) for c in self.records.values() if matches(c)]
        return (
            200,
            {},
            {
                "contacts": found,
                "meta": {"total_records": len(found), "total_pages": 1},
            },
        )
