"""Zoho CRM (API v8) with a self client's OAuth refresh token.

- Token: ``POST https://accounts.zoho.<dc>/oauth/v2/token`` with
  ``grant_type=refresh_token``; the answer gives the ``access_token`` for
  ``expires_in`` seconds (an hour) and the ``api_domain`` (the API host of the
  data centre). Zoho issues at most 10 access tokens per refresh token in 10
  minutes (then ``Access Denied``: "too many requests"): the connection keeps
  its token for its hour and refreshes it single-flight (a row lock), counting
  its refreshes so that the tenth is the last in any 10 minutes.
- Test: ``GET /crm/v8/org`` (the organisation), ``GET
  /crm/v8/settings/fields?module=Contacts`` (the unique ``mtap_uid`` field).
- Push: ``POST /crm/v8/Contacts/upsert`` (100 records, ``duplicate_check_fields``
  Email then mtap_uid); a Contact whose Zoho id is known goes to ``PUT
  /crm/v8/Contacts`` by id. The answer (200, or 207 when some failed) has one
  entry per record, in order: ``SUCCESS`` with ``action`` insert/update and the
  id, or ``DUPLICATE_DATA``, ``INVALID_DATA``, ``MANDATORY_NOT_FOUND``...,
  each handled on its own (``RECORD_LOCKED`` is retried, the others stop that
  Contact with Zoho's words).
- Fill only if empty: ``POST /crm/v8/coql`` reads the records (by id, Email
  or mtap_uid) first; a "fill" value goes only where Zoho holds none.
- Delete: ``DELETE /crm/v8/Contacts?ids=...``.
- 429 (``TOO_MANY_REQUESTS``, the credit or the concurrency limit):
  ``Retry-After`` or ``X-RATELIMIT-RESET`` pause the connection.
"""

import time
from urllib.parse import urlsplit

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
    parse_retry_after,
)

API = "/crm/v8"
UID_FIELD = "mtap_uid"
DATA_CENTRES = {
    "com": "United States (zoho.com)",
    "eu": "Europe (zoho.eu)",
    "in": "India (zoho.in)",
    "com.au": "Australia (zoho.com.au)",
    "jp": "Japan (zoho.jp)",
    "ca": "Canada (zohocloud.ca)",
    "com.cn": "China (zoho.com.cn)",
}
TRANSIENT = {"RECORD_LOCKED", "INTERNAL_ERROR", "LIMIT_EXCEEDED"}


def coql_quote(value):
    """A COQL string literal."""
    return "'%s'" % str(value).replace("\\", "\\\\").replace("'", "\\'")


def accounts_url(dc):
    if dc == "ca":
        return "https://accounts.zohocloud.ca"
    return f"https://accounts.zoho.{dc or 'com'}"


def allowed_api_domain(url):
    parts = urlsplit(url)
    host = parts.hostname or ""
    if is_loopback(host):
        return parts.scheme in ("http", "https")
    return parts.scheme == "https" and (
        ".zohoapis." in f".{host}" or host.endswith(".zohocloud.ca")
    )


class ZohoAdapter(Adapter):
    vendor = "zoho"
    label = "Zoho CRM"
    batch_size = 100
    # Zoho counts credits per day and limits concurrent calls; a steady pace
    reads_current = True
    rate_limit = (10, 1.0)
    can_refresh = True
    token_path = "/oauth/v2/token"
    token_budget = (10, 600.0)  # access tokens per refresh token per 10 min
    has_owners = True

    @property
    def auth_url(self):
        return (
            self.config.get("auth_url") or accounts_url(self.config.get("dc"))
        ).rstrip("/")

    def auth_headers(self):
        return {"Authorization": f"Zoho-oauthtoken {self.config.get('token') or ''}"}

    # token -------------------------------------------------------------
    def read_token(self, answer):
        if answer.error:
            return None, Outcome(
                RETRY, message=f"Zoho's accounts server was not reached: {answer.error}"
            )
        body = answer.json() if isinstance(answer.json(), dict) else {}
        if answer.status == 200 and body.get("access_token"):
            domain = (body.get("api_domain") or "").rstrip("/")
            if not allowed_api_domain(domain):
                return None, Outcome(
                    AUTH, message="Zoho named an unexpected API address"
                )
            return {
                "access_token": body["access_token"],
                "refresh_token": None,
                "expires_in": float(body.get("expires_in") or 3600),
                "api_url": domain,
            }, None
        description = body.get("error_description") or ""
        if "too many requests" in description.lower():
            return None, Outcome(
                THROTTLE,
                retry_after=600.0,
                message="Zoho refuses more access tokens for now (10 per 10 minutes)",
            )
        if answer.status >= 500:
            return None, Outcome(
                RETRY, message=f"Zoho's accounts server answered HTTP {answer.status}"
            )
        # Zoho answers 200 {"error": "invalid_code"} for a revoked refresh token
        return None, Outcome(
            AUTH,
            message="Zoho refused the refresh token (%s)"
            % (body.get("error") or f"HTTP {answer.status}"),
        )

    # test ----------------------------------------------------------------
    def test_requests(self):
        return [
            Request("GET", f"{API}/org", kind="org"),
            Request("GET", f"{API}/settings/fields?module=Contacts", kind="fields"),
        ]

    def read_test(self, request, answer):
        if answer.error:
            return False, f"Zoho CRM was not reached: {answer.error}.", {}
        body = answer.json() if isinstance(answer.json(), dict) else {}
        if answer.status == 401:
            return False, "Zoho CRM refused the access token (not authorised).", {}
        if answer.status == 403 or body.get("code") == "OAUTH_SCOPE_MISMATCH":
            return (
                False,
                (
                    "The refresh token lacks a scope: ZohoCRM.modules.contacts.ALL, "
                    "ZohoCRM.settings.fields.READ, ZohoCRM.org.READ and "
                    "ZohoCRM.users.READ are needed."
                ),
                {},
            )
        if answer.status != 200:
            return False, f"Zoho CRM answered HTTP {answer.status}.", {}
        if request.kind == "org":
            org = (body.get("org") or [{}])[0]
            account = str(org.get("company_name") or org.get("id") or "")
            return (
                True,
                f"Reached the Zoho CRM organisation {account}.",
                {"account": account},
            )
        names = {f.get("api_name"): f for f in body.get("fields") or []}
        field = names.get(UID_FIELD)
        if not field or not field.get("unique"):
            return (
                False,
                (
                    "The unique field mtap_uid is missing on Contacts. In Zoho CRM: "
                    "Setup, Modules and Fields, Contacts, Layouts, drag a Single Line "
                    "field named mtap_uid, tick Do not allow duplicate values; check "
                    "its API name is mtap_uid; then test again."
                ),
                {},
            )
        return True, "Contacts can be read and written.", {}

    def owner_requests(self):
        return [Request("GET", f"{API}/users?type=ActiveUsers", kind="owners")]

    def read_owners(self, answer):
        body = answer.json() if answer.status == 200 else None
        if not isinstance(body, dict):
            return {}
        return owner_map(body.get("users"), "email", "id")

    # what the CRM holds ----------------------------------------------------------
    def current_requests(self, items):
        """COQL (``POST /crm/v8/coql``): the records of ``items`` by id, e-mail
        or mtap_uid, with the "fill only if empty" fields (50 at a time: the
        values an ``in`` takes)."""
        requests = []
        for chunk in split_every(50, items):
            names = sorted({n for i in chunk for n in i.fill} | {"Email", UID_FIELD})
            criteria = []
            for field, values in (
                ("id", [i.remote_id for i in chunk if i.remote_id]),
                ("Email", [i.email for i in chunk if not i.remote_id and i.email]),
                (UID_FIELD, [i.uid for i in chunk if not i.remote_id]),
            ):
                if values:
                    listed = ", ".join(coql_quote(v) for v in values)
                    criteria.append(f"({field} in ({listed}))")
            query = "select id, %s from Contacts where %s limit 200" % (
                ", ".join(names),
                " or ".join(criteria),
            )
            requests.append(
                Request(
                    "POST",
                    f"{API}/coql",
                    json={"select_query": query},
                    items=[i.key for i in chunk],
                    kind="read",
                )
            )
        return requests

    def read_current(self, request, answer, items):
        if answer.status == 204:  # no record matches
            return {}, None
        if answer.status != 200:
            failure = self.read_push(request, answer, items)[0]
            if failure.kind not in (AUTH, THROTTLE, RETRY):
                failure = Outcome(RETRY, message=self.error_message(answer))
            return {}, failure
        body = answer.json() if isinstance(answer.json(), dict) else {}
        finder = ItemFinder(request, items)
        held = {}
        for record in body.get("data") or []:
            key = finder.find(
                remote_id=str(record.get("id")),
                uid=record.get(UID_FIELD),
                email=record.get("Email"),
            )
            if key is not None and key not in held:
                held[key] = record
        return held, None

    # pushes ----------------------------------------------------------------
    def push_requests(self, items):
        deletes = [i for i in items if i.operation == "delete" and i.remote_id]
        known = [i for i in items if i.operation != "delete" and i.remote_id]
        new = [i for i in items if i.operation != "delete" and not i.remote_id]
        requests = []
        for chunk in split_every(self.batch_size, deletes):
            ids = ",".join(i.remote_id for i in chunk)
            requests.append(
                Request(
                    "DELETE",
                    f"{API}/Contacts?ids={ids}",
                    items=[i.key for i in chunk],
                    kind="delete",
                )
            )
        for chunk in split_every(self.batch_size, known):
            requests.append(
                Request(
                    "PUT",
                    f"{API}/Contacts",
                    json={
                        "data": [
                            {"id": i.remote_id, **self._record(i, False)} for i in chunk
                        ]
                    },
                    items=[i.key for i in chunk],
                    kind="update",
                )
            )
        for chunk in split_every(self.batch_size, new):
            requests.append(
                Request(
                    "POST",
                    f"{API}/Contacts/upsert",
                    json={
                        "data": [self._record(i, True) for i in chunk],
                        "duplicate_check_fields": ["Email", UID_FIELD],
                    },
                    items=[i.key for i in chunk],
                    kind="upsert",
                )
            )
        return requests

    @staticmethod
    def _record(item, first):
        values = {**(item.fill if first else {}), **item.properties}
        record = {}
        for name, value in values.items():
            value = None if value in (None, False, "") else str(value)
            if name in ("Owner", "Account_Name"):
                if value:
                    record[name] = {"id": value} if name == "Owner" else {"name": value}
                continue
            record[name] = value
        if not record.get("Last_Name"):
            record["Last_Name"] = record.get("First_Name") or "-"
        record[UID_FIELD] = item.uid
        return record

    def read_push(self, request, answer, items):
        if answer.status == 429:
            return [
                Outcome(
                    THROTTLE,
                    retry_after=self._retry_after(answer),
                    message="Zoho CRM rate limit (%s)" % self.error_message(answer),
                )
            ]
        if answer.status == 401:
            return [Outcome(AUTH, message=self.error_message(answer))]
        common = self.read_common(answer)
        if common:
            return [common]
        body = answer.json()
        data = body.get("data") if isinstance(body, dict) else None
        if answer.status not in (200, 201, 202, 207, 400) or not isinstance(data, list):
            if len(request.items) > 1 and 400 <= answer.status < 500:
                # refused whole: sent again one by one to find the one at fault
                return [Outcome(SPLIT, message=self.error_message(answer))]
            return [
                Outcome(INVALID, key=k, message=self.error_message(answer))
                for k in request.items
            ]
        outcomes = []
        for key, result in zip(request.items, data, strict=False):
            code = result.get("code") or ""
            details = result.get("details") or {}
            message = "%s: %s" % (code, result.get("message") or "")
            if details.get("api_name"):
                message += " (%s)" % details["api_name"]
            if code == "SUCCESS":
                outcomes.append(
                    Outcome(OK, key=key, remote_id=str(details.get("id") or ""))
                )
            elif code in TRANSIENT:
                outcomes.append(Outcome(RETRY, key=key, message=message))
            elif request.kind == "delete" and code == "INVALID_DATA":
                outcomes.append(Outcome(OK, key=key))  # already gone
            elif (
                request.kind == "update"
                and code == "INVALID_DATA"
                and (details.get("api_name") == "id")
            ):
                outcomes.append(Outcome(GONE, key=key, message=message))
            elif code == "DUPLICATE_DATA":
                outcomes.append(
                    Outcome(
                        INVALID,
                        key=key,
                        message="Conflict: Zoho CRM already has another record "
                        "with this value (%s); merge them in Zoho CRM, then "
                        "press Retry." % (details.get("api_name") or "?"),
                    )
                )
            else:
                outcomes.append(Outcome(INVALID, key=key, message=message))
        for key in request.items[len(data) :]:
            outcomes.append(Outcome(RETRY, key=key, message="Zoho gave no result"))
        return outcomes

    @staticmethod
    def _retry_after(answer):
        headers = answer.headers or {}
        if headers.get("retry-after"):
            return parse_retry_after(headers["retry-after"])
        reset = headers.get("x-ratelimit-reset")
        try:
            reset = float(reset)
        except (TypeError, ValueError):
            return 60.0
        if reset > 1e11:  # epoch milliseconds
            return max(1.0, reset / 1000 - time.time())
        return max(1.0, reset)

    def error_message(self, answer):
        body = answer.json()
        if isinstance(body, dict) and (body.get("message") or body.get("code")):
            return str(body.get("message") or body.get("code"))[:1000]
        return f"HTTP {answer.status}"

    def record_url(self, remote_id):
        if not remote_id:
            return ""
        dc = self.config.get("dc") or "com"
        host = "crm.zohocloud.ca" if dc == "ca" else f"crm.zoho.{dc}"
        return f"https://{host}/crm/tab/Contacts/{remote_id}"
