"""Salesforce (REST API) with a connected app's OAuth 2.0 refresh token.

- Token: ``POST <login or My Domain>/services/oauth2/token`` with
  ``grant_type=refresh_token``; the answer names the ``instance_url`` (the API
  host) and, when the connected app rotates refresh tokens, a new
  ``refresh_token`` (the old one stops working: it is stored at once). Access
  tokens carry no lifetime: a ``401 INVALID_SESSION_ID`` refreshes once.
- Test: ``GET /services/data/vXX.X/sobjects/<Contact|Lead>/describe``: the
  external-id field (default ``mtap_uid__c``) must exist, be an External ID.
- Push: ``PATCH /services/data/vXX.X/composite/sobjects/<Contact|Lead>/<ExtId>``
  (sObject Collections upsert, 200 records, ``allOrNone: false``): the answer
  lists one ``UpsertResult`` per record, in order (``success``, ``created``,
  ``errors[].statusCode``). ``DUPLICATES_DETECTED`` (a duplicate rule),
  ``DUPLICATE_VALUE``/``DUPLICATE_EXTERNAL_ID`` and a ``300 Multiple Choices``
  are a conflict for a person to resolve: the Contact stops, nothing is created.
- Accounts (target Contact): found by name with one SOQL query per batch
  (``GET .../query?q=SELECT Id, Name FROM Account WHERE Name IN (...)``), the
  missing ones created (``POST .../composite/sobjects``), then linked by
  ``AccountId``. A create whose answer was lost is found by the next query.
- Fill only if empty: one SOQL query (by Id, else by the external id) reads
  the records first; a "fill" value goes only where Salesforce holds none.
- Delete: ``DELETE .../composite/sobjects?ids=...&allOrNone=false``.
- Limits: ``403 REQUEST_LIMIT_EXCEEDED`` pauses the connection (an hour for the
  daily limit, 5 s for the concurrent one); ``Sforce-Limit-Info:
  api-usage=used/limit`` slows it when the daily use nears the limit.
"""

from urllib.parse import quote

from odoo.tools import split_every

from .base import (
    AUTH,
    GONE,
    INVALID,
    OK,
    RETRY,
    SPLIT,
    THROTTLE,
    Adapter,
    ItemFinder,
    Outcome,
    Request,
    is_loopback,
    owner_map,
)

API_VERSION = "v62.0"
DEFAULT_EXTERNAL_ID = "mtap_uid__c"
MAX_QUERY_CHARS = 8000
CONFLICTS = {"DUPLICATES_DETECTED", "DUPLICATE_VALUE", "DUPLICATE_EXTERNAL_ID"}
ALREADY_GONE = {"ENTITY_IS_DELETED", "INVALID_CROSS_REFERENCE_KEY"}
CONFLICT_MESSAGE = (
    "Conflict: Salesforce matched several records or a duplicate rule "
    "blocked it ({detail}). Nothing was created; merge or fix the records in "
    "Salesforce, then press Retry."
)


def soql_quote(value):
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


class SalesforceAdapter(Adapter):
    vendor = "salesforce"
    label = "Salesforce"
    batch_size = 200
    # no per-second limit: a daily allowance (Sforce-Limit-Info) and 25
    # concurrent long requests; the pacer keeps a steady pace
    rate_limit = (25, 1.0)
    can_refresh = True
    token_path = "/services/oauth2/token"
    has_owners = True
    prepare_rounds = 2
    reads_current = True
    default_base_url = ""
    default_auth_url = "https://login.salesforce.com"

    @property
    def auth_url(self):
        return (self.config.get("auth_url") or self.default_auth_url).rstrip("/")

    @property
    def target(self):
        return self.config.get("target") or "Contact"

    @property
    def external_id(self):
        return self.config.get("external_id") or DEFAULT_EXTERNAL_ID

    def _data(self, path):
        return f"/services/data/{API_VERSION}{path}"

    def auth_headers(self):
        return {"Authorization": f"Bearer {self.config.get('token') or ''}"}

    # token -------------------------------------------------------------
    def read_token(self, answer):
        if answer.error:
            return None, Outcome(
                RETRY, message=f"Salesforce's login was not reached: {answer.error}"
            )
        body = answer.json() if isinstance(answer.json(), dict) else {}
        if answer.status == 200 and body.get("access_token"):
            instance = (body.get("instance_url") or "").rstrip("/")
            if not allowed_instance(instance):
                return None, Outcome(
                    AUTH, message="Salesforce named an unexpected API address"
                )
            identity = body.get("id") or ""
            parts = identity.rstrip("/").split("/")
            return {
                "access_token": body["access_token"],
                "refresh_token": body.get("refresh_token") or None,
                "expires_in": None,
                "api_url": instance,
                "account": parts[-2] if len(parts) >= 2 else "",
            }, None
        if answer.status == 429 or answer.status >= 500:
            return None, Outcome(
                RETRY, message=f"Salesforce's login answered HTTP {answer.status}"
            )
        error = body.get("error") or f"HTTP {answer.status}"
        detail = body.get("error_description") or ""
        return None, Outcome(
            AUTH,
            message=f"Salesforce refused the refresh token ({error}: {detail})"
            if detail
            else f"Salesforce refused the refresh token ({error})",
        )

    # test ----------------------------------------------------------------
    def test_requests(self):
        return [Request("GET", self._data(f"/sobjects/{self.target}/describe"))]

    def read_test(self, request, answer):
        if answer.error:
            return False, f"Salesforce was not reached: {answer.error}.", {}
        if answer.status == 401:
            return False, "Salesforce refused the access (not authorised).", {}
        if answer.status == 403:
            return (
                False,
                "The Salesforce user may not use the API or the %s object "
                "(its profile needs API Enabled and Create/Edit on %s)."
                % (self.target, self.target),
                {},
            )
        if answer.status == 404:
            return False, f"Salesforce has no {self.target} object here.", {}
        if answer.status != 200:
            return False, f"Salesforce answered HTTP {answer.status}.", {}
        body = answer.json() or {}
        fields = {f.get("name"): f for f in body.get("fields") or []}
        field = fields.get(self.external_id)
        if not field or not field.get("externalId"):
            return (
                False,
                "The external-id field %(field)s is missing on %(target)s. In "
                "Salesforce Setup: Object Manager, %(target)s, Fields & "
                "Relationships, New, Text (255), field name %(name)s, tick "
                "Unique and External ID, visible to the connection's user; then "
                "test again."
                % {
                    "field": self.external_id,
                    "target": self.target,
                    "name": self.external_id.removesuffix("__c"),
                },
                {},
            )
        return (
            True,
            "Contacts go to Salesforce %s records, keyed by %s."
            % (self.target, self.external_id),
            {},
        )

    def owner_requests(self):
        query = "SELECT Id, Email FROM User WHERE IsActive = true"
        return [Request("GET", self._data("/query?q=" + quote(query)), kind="owners")]

    def read_owners(self, answer):
        body = answer.json() if answer.status == 200 else None
        if not isinstance(body, dict):
            return {}
        return owner_map(body.get("records"), "Email", "Id")

    # accounts ------------------------------------------------------------
    @staticmethod
    def _company(item):
        return str(item.properties.get("Account") or item.fill.get("Account") or "")

    def prepare_requests(self, items, round_):
        if self.target != "Contact":
            return []
        wanted = {}
        for item in items:
            name = self._company(item).strip()[:255]
            if item.operation != "delete" and name and "AccountId" not in item.extra:
                wanted.setdefault(name.lower(), (name, []))[1].append(item.key)
        names = list(wanted.values())
        requests = []
        if round_ == 0:
            # as many names per query as a URL comfortably holds (16 KB max)
            chunk, length = [], 0
            for name, keys in [*names, (None, None)]:
                size = len(quote(soql_quote(name or ""))) + 6
                if chunk and (name is None or length + size > MAX_QUERY_CHARS):
                    query = "SELECT Id, Name FROM Account WHERE Name IN (%s)" % (
                        ", ".join(soql_quote(n) for n, _k in chunk)
                    )
                    requests.append(
                        Request(
                            "GET",
                            self._data("/query?q=" + quote(query)),
                            items=[k for _n, ks in chunk for k in ks],
                            kind="accounts",
                        )
                    )
                    chunk, length = [], 0
                if name is not None:
                    chunk.append((name, keys))
                    length += size
        else:
            for chunk in split_every(self.batch_size, names):
                requests.append(
                    Request(
                        "POST",
                        self._data("/composite/sobjects"),
                        json={
                            "allOrNone": False,
                            "records": [
                                {"attributes": {"type": "Account"}, "Name": name}
                                for name, _keys in chunk
                            ],
                        },
                        items=[k for _n, keys in chunk for k in keys],
                        kind="new_accounts",
                    )
                )
        return requests

    def read_prepare(self, request, answer, items, round_):
        failed = self._failed(answer)
        if failed:
            return failed
        if answer.status not in (200, 201):
            return [
                Outcome(INVALID, key=k, message=self.error_message(answer))
                for k in request.items
            ]
        body = answer.json()
        by_name = {}
        for key in request.items:
            by_name.setdefault(
                self._company(items[key]).strip()[:255].lower(), []
            ).append(key)
        outcomes = []
        if request.kind == "accounts":
            for record in (body or {}).get("records") or []:
                for key in by_name.get((record.get("Name") or "").lower(), []):
                    items[key].extra.setdefault("AccountId", record["Id"])
            return outcomes
        names = [r["Name"] for r in request.json["records"]]
        for name, result in zip(names, body or [], strict=False):
            keys = by_name.get(name.lower(), [])
            if result.get("success"):
                for key in keys:
                    items[key].extra["AccountId"] = result["id"]
                continue
            message = self._errors_text(result)
            codes = {e.get("statusCode") for e in result.get("errors") or []}
            for key in keys:
                outcomes.append(
                    Outcome(
                        INVALID,
                        key=key,
                        message=CONFLICT_MESSAGE.format(detail=f"Account: {message}")
                        if codes & CONFLICTS
                        else f"Salesforce refused the Account {name!r}: {message}",
                    )
                )
        return outcomes

    # what the CRM holds ----------------------------------------------------------
    def current_requests(self, items):
        """One SOQL query per 100 Contacts: their records (by id, else by the
        external id) with the "fill only if empty" fields."""
        requests = []
        for chunk in split_every(100, items):
            names = sorted({n for i in chunk for n in i.fill if n != "Account"})
            fields = ", ".join(["Id", self.external_id, *names])
            criteria = []
            for field, values in (
                ("Id", [i.remote_id for i in chunk if i.remote_id]),
                (self.external_id, [i.uid for i in chunk if not i.remote_id]),
            ):
                if values:
                    listed = ", ".join(soql_quote(v) for v in values)
                    criteria.append(f"{field} IN ({listed})")
            query = "SELECT %s FROM %s WHERE %s" % (
                fields,
                self.target,
                " OR ".join(criteria),
            )
            requests.append(
                Request(
                    "GET",
                    self._data("/query?q=" + quote(query)),
                    items=[i.key for i in chunk],
                    kind="read",
                )
            )
        return requests

    def read_current(self, request, answer, items):
        failed = self._failed(answer)
        if failed:
            return {}, failed[0]
        if answer.status != 200:
            return {}, Outcome(RETRY, message=self.error_message(answer))
        body = answer.json() if isinstance(answer.json(), dict) else {}
        finder = ItemFinder(request, items)
        held = {}
        for record in body.get("records") or []:
            key = finder.find(
                remote_id=record.get("Id"), uid=record.get(self.external_id)
            )
            if key is not None:
                held[key] = record
        return held, None

    # pushes ----------------------------------------------------------------
    def push_requests(self, items):
        deletes = [i for i in items if i.operation == "delete" and i.remote_id]
        upserts = [i for i in items if i.operation != "delete"]
        requests = []
        for chunk in split_every(self.batch_size, deletes):
            ids = ",".join(i.remote_id for i in chunk)
            requests.append(
                Request(
                    "DELETE",
                    self._data(f"/composite/sobjects?ids={ids}&allOrNone=false"),
                    items=[i.key for i in chunk],
                    kind="delete",
                )
            )
        for chunk in split_every(self.batch_size, upserts):
            requests.append(
                Request(
                    "PATCH",
                    self._data(f"/composite/sobjects/{self.target}/{self.external_id}"),
                    json={
                        "allOrNone": False,
                        "records": [self._record(i) for i in chunk],
                    },
                    items=[i.key for i in chunk],
                    kind="upsert",
                )
            )
        return requests

    def _record(self, item):
        values = {**(item.fill if not item.remote_id else {}), **item.properties}
        company = str(values.pop("Account", "") or "")
        record = {"attributes": {"type": self.target}}
        for name, value in values.items():
            record[name] = None if value in (None, False, "") else str(value)
        if self.target == "Contact" and item.extra.get("AccountId"):
            record["AccountId"] = item.extra["AccountId"]
        if self.target == "Lead":
            # a Lead's Company is required; Salesforce's own forms use this
            record["Company"] = record.get("Company") or company or "[not provided]"
        if not record.get("LastName"):
            record["LastName"] = record.get("FirstName") or "[not provided]"
        record[self.external_id] = item.uid
        return record

    def read_push(self, request, answer, items):
        if answer.status == 300 and request.kind == "upsert":
            return [
                Outcome(
                    INVALID,
                    key=k,
                    message=CONFLICT_MESSAGE.format(detail="300 Multiple Choices"),
                )
                for k in request.items
            ]
        failed = self._failed(answer)
        if failed:
            return failed
        body = answer.json()
        if answer.status != 200 or not isinstance(body, list):
            if len(request.items) > 1 and 400 <= answer.status < 500:
                # refused whole: sent again one by one to find the one at fault
                return [Outcome(SPLIT, message=self.error_message(answer))]
            return [
                Outcome(INVALID, key=k, message=self.error_message(answer))
                for k in request.items
            ]
        outcomes = []
        for key, result in zip(request.items, body, strict=False):
            codes = {e.get("statusCode") for e in result.get("errors") or []}
            if result.get("success") or (
                request.kind == "delete" and codes & ALREADY_GONE
            ):
                outcomes.append(Outcome(OK, key=key, remote_id=result.get("id") or ""))
            elif codes & CONFLICTS:
                outcomes.append(
                    Outcome(
                        INVALID,
                        key=key,
                        message=CONFLICT_MESSAGE.format(
                            detail=self._errors_text(result)
                        ),
                    )
                )
            elif codes & {"UNABLE_TO_LOCK_ROW", "SERVER_UNAVAILABLE"}:
                outcomes.append(
                    Outcome(RETRY, key=key, message=self._errors_text(result))
                )
            elif codes & ALREADY_GONE:
                outcomes.append(
                    Outcome(GONE, key=key, message=self._errors_text(result))
                )
            else:
                outcomes.append(
                    Outcome(INVALID, key=key, message=self._errors_text(result))
                )
        for key in request.items[len(body) :]:
            outcomes.append(
                Outcome(RETRY, key=key, message="Salesforce gave no result")
            )
        return outcomes

    def _failed(self, answer):
        """Outcomes of an answer that failed as a whole, [] otherwise."""
        if answer.status == 403 and self._code(answer) == "REQUEST_LIMIT_EXCEEDED":
            message = self.error_message(answer)
            wait = 5.0 if "Concurrent" in message else 3600.0
            return [
                Outcome(
                    THROTTLE,
                    retry_after=wait,
                    message=f"Salesforce API limit: {message}",
                )
            ]
        if answer.status == 401:
            return [Outcome(AUTH, message=self.error_message(answer))]
        common = self.read_common(answer)
        return [common] if common else []

    def hold_seconds(self, answer):
        value = (answer.headers or {}).get("sforce-limit-info") or ""
        for part in value.split(","):
            name, _, usage = part.strip().partition("=")
            if name != "api-usage":
                continue
            used, _, limit = usage.partition("/")
            try:
                ratio = int(used) / max(int(limit), 1)
            except ValueError:
                return None
            if ratio >= 0.98:
                return 600.0
            if ratio >= 0.9:
                return 60.0
        return None

    @staticmethod
    def _code(answer):
        body = answer.json()
        if isinstance(body, list) and body and isinstance(body[0], dict):
            return body[0].get("errorCode") or ""
        return ""

    @staticmethod
    def _errors_text(result):
        return (
            "; ".join(
                "%s: %s" % (e.get("statusCode"), e.get("message"))
                for e in result.get("errors") or []
            )
            or "refused"
        )

    def error_message(self, answer):
        body = answer.json()
        if isinstance(body, list) and body and isinstance(body[0], dict):
            first = body[0]
            return str(first.get("message") or first.get("errorCode"))[:1000]
        return super().error_message(answer)

    def record_url(self, remote_id):
        base = self.base_url
        if not (base and remote_id):
            return ""
        return f"{base}/lightning/r/{self.target}/{remote_id}/view"


def allowed_instance(url):
    """An instance address Salesforce may name: https on its own domains, or
    this machine (the tests)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    if is_loopback(host):
        return parts.scheme in ("http", "https")
    return parts.scheme == "https" and host.endswith(
        (".salesforce.com", ".force.com", ".salesforce.mil", ".sfcrmapps.cn")
    )
