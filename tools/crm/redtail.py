"""Redtail CRM (public API v1) with the partner API key and a user key.

- Login, once: ``GET /authentication`` with ``Authorization: Basic
  base64(APIKey:username:password)`` answers the ``user_key``; every call then
  carries ``Authorization: Userkeyauth base64(APIKey:UserKey)``. The password
  is used for that one request and never stored.
- No upsert exists, so exactness is ours: the Redtail id is kept per Contact; a
  Contact without one is first searched (``GET /contacts/search``) by e-mail,
  or, without e-mail, by the marker ``mTap <stable id>`` the connection writes
  in the contact's *Referred By* text, then by phone; it is created (``POST
  /contacts``) only when nothing matches. A create whose answer was lost is
  thus found on the retry instead of being created twice. Updates are ``PUT
  /contacts/{id}`` with e-mails, phones and addresses as typed sub-records.
- Fill only if empty: a contact found or sent before is read (``GET
  /contacts/{id}``) and a "fill" value goes only where Redtail holds none; a
  sub-record the push does not carry is left as Redtail keeps it.
- Delete: ``DELETE /contacts/{id}``. One contact per call (8 at once).
"""

import base64
from urllib.parse import quote

from .base import (
    AUTH,
    GONE,
    INVALID,
    OK,
    RETRY,
    THROTTLE,
    Adapter,
    Outcome,
    Request,
)

HOSTS = {
    "production": "https://smf.crm3.redtailtechnology.com/api/public/v1",
    "sandbox": "https://review.crm.redtailtechnology.com/api/public/v1",
}
MARKER_FIELD = "referred_by"
# Redtail's type codes of a contact's sub-records
EMAIL_WORK, PHONE_WORK, ADDRESS_WORK = 2, 2, 2
ADDRESS_KEYS = ("street_address", "city", "state", "zip", "country")


def marker(uid):
    return f"mTap {uid}"


class RedtailAdapter(Adapter):
    vendor = "redtail"
    label = "Redtail CRM"
    batch_size = 1  # no batch API: one contact per call
    # no published limit: at most 40 calls a second, 8 at once
    rate_limit = (40, 1.0)
    prepare_rounds = 2
    search_before_create = True
    reads_current = True

    @property
    def base_url(self):
        return (
            self.config.get("base_url")
            or HOSTS.get(self.config.get("environment") or "production")
        ).rstrip("/")

    def auth_headers(self):
        pair = f"{self.config.get('api_key') or ''}:{self.config.get('token') or ''}"
        return {
            "Authorization": "Userkeyauth " + base64.b64encode(pair.encode()).decode()
        }

    # login -----------------------------------------------------------------
    def login_request(self, username, password):
        triple = f"{self.config.get('api_key') or ''}:{username}:{password}"
        return Request(
            "GET",
            "/authentication",
            headers={
                "Authorization": "Basic " + base64.b64encode(triple.encode()).decode()
            },
            host="login",
            kind="login",
        )

    @staticmethod
    def read_login(answer):
        """``(user_key, database id, message)``; an empty key: refused, in
        plain words."""
        if answer.error:
            return "", "", f"Redtail was not reached: {answer.error}."
        body = answer.json() if isinstance(answer.json(), dict) else {}
        user = body.get("authenticated_user") or {}
        if answer.status == 200 and user.get("user_key"):
            return user["user_key"], str(user.get("database_id") or ""), ""
        if answer.status in (401, 403):
            return (
                "",
                "",
                (
                    "Redtail refused the login: check the API key, the user name and "
                    "the password."
                ),
            )
        return "", "", f"Redtail answered HTTP {answer.status}."

    # test ----------------------------------------------------------------
    def test_requests(self):
        return [Request("GET", "/contacts?page=1", kind="contacts")]

    def read_test(self, request, answer):
        if answer.error:
            return False, f"Redtail was not reached: {answer.error}.", {}
        if answer.status in (401, 403):
            return (
                False,
                (
                    "Redtail refused the user key: enter the Redtail password again "
                    "to log in."
                ),
                {},
            )
        if answer.status != 200:
            return False, f"Redtail answered HTTP {answer.status}.", {}
        return True, "Contacts can be read and written.", {}

    # search before create ---------------------------------------------------
    def prepare_requests(self, items, round_):
        requests = []
        for item in items:
            if round_ == 1 and self._partial_address(item):
                # an address is one sub-record: read what Redtail keeps of it
                requests.append(
                    Request(
                        "GET",
                        f"/contacts/{item.remote_id}",
                        items=[item.key],
                        kind="read",
                    )
                )
                continue
            if item.operation == "delete" or item.remote_id or item.extra.get("found"):
                continue
            phone = str(item.properties.get("phone") or item.fill.get("phone") or "")
            if round_ == 0:
                query = (
                    f"email={quote(item.email)}"
                    if item.email
                    else f"{MARKER_FIELD}={quote(marker(item.uid))}"
                )
            elif not item.email and phone:
                query = f"phone_number={quote(phone)}"
            else:
                continue
            requests.append(
                Request(
                    "GET", f"/contacts/search?{query}", items=[item.key], kind="search"
                )
            )
        return requests

    @staticmethod
    def _partial_address(item):
        """Whether the push would carry some fields of the address but not
        all, and Redtail's own are not known yet."""
        if item.operation == "delete" or not item.remote_id:
            return False
        if "current" in item.extra or any(k in item.fill for k in ADDRESS_KEYS):
            return False
        sent = [k for k in ADDRESS_KEYS if k in item.properties]
        return 0 < len(sent) < len(ADDRESS_KEYS)

    @staticmethod
    def _flatten(contact):
        flat = {k: v for k, v in contact.items() if not isinstance(v, list | dict)}
        for name, sub, field in (
            ("email", "emails", "address"),
            ("phone", "phones", "number"),
        ):
            values = contact.get(sub) or []
            if values:
                flat[name] = values[0].get(field)
        addresses = contact.get("addresses") or []
        if addresses:
            flat.update({k: addresses[0].get(k) for k in ADDRESS_KEYS})
        return flat

    def read_prepare(self, request, answer, items, round_):
        common = self._failed(answer)
        if common:
            return common
        key = request.items[0]
        item = items[key]
        if request.kind == "read":
            if answer.status == 200:
                contact = (answer.json() or {}).get("contact") or {}
                item.extra["current"] = self._flatten(contact)
            return []
        if answer.status == 404:
            return []
        if answer.status != 200:
            return [Outcome(INVALID, key=key, message=self.error_message(answer))]
        body = answer.json() if isinstance(answer.json(), dict) else {}
        found = body.get("contacts") or []
        if not found:
            return []
        ours = [c for c in found if c.get(MARKER_FIELD) == marker(item.uid)]
        if len(ours) == 1 or len(found) == 1:
            item.remote_id = str((ours or found)[0]["id"])
            item.extra["found"] = True
            return []
        return [
            Outcome(
                INVALID,
                key=key,
                message="Conflict: %d Redtail contacts match this Contact; merge "
                "them in Redtail (or give this Contact its own e-mail), then "
                "press Retry." % len(found),
            )
        ]

    # what the CRM holds ----------------------------------------------------------
    def current_requests(self, items):
        # a Contact found by the search or sent before: its record as it is
        return [
            Request("GET", f"/contacts/{i.remote_id}", items=[i.key], kind="read")
            for i in items
            if i.remote_id
        ]

    def read_current(self, request, answer, items):
        key = request.items[0]
        if answer.status == 404:
            return {}, None  # gone: the push finds out and sends it as new
        failed = self._failed(answer)
        if failed:
            return {}, failed[0]
        if answer.status != 200:
            return {}, Outcome(RETRY, message=self.error_message(answer))
        contact = (answer.json() or {}).get("contact") or {}
        flat = self._flatten(contact)
        # an address is one sub-record: what the CRM keeps of it is sent back
        items[key].extra["current"] = flat
        return {key: flat}, None

    # pushes ----------------------------------------------------------------
    def push_requests(self, items):
        requests = []
        for item in items:
            if item.operation == "delete":
                if item.remote_id:
                    requests.append(
                        Request(
                            "DELETE",
                            f"/contacts/{item.remote_id}",
                            items=[item.key],
                            kind="delete",
                        )
                    )
                continue
            first = not item.remote_id or item.extra.get("found")
            body = self._record(item, first)
            if item.remote_id:
                requests.append(
                    Request(
                        "PUT",
                        f"/contacts/{item.remote_id}",
                        json=body,
                        items=[item.key],
                        kind="update",
                    )
                )
            else:
                requests.append(
                    Request("POST", "/contacts", json=body, items=[item.key])
                )
        return requests

    @staticmethod
    def _record(item, first):
        values = {**(item.fill if first else {}), **item.properties}
        record = {"type": "Crm::Contact::Individual"}
        has_email, has_phone = "email" in values, "phone" in values
        email = values.pop("email", None)
        phone = values.pop("phone", None)
        address = {k: values.pop(k) for k in ADDRESS_KEYS if k in values}
        for name, value in values.items():
            record[name] = "" if value in (None, False) else str(value)
        # a sub-record the mapping does not send (never, or held by the CRM
        # for "fill only if empty") is left out: Redtail keeps its own
        if has_email:
            record["emails"] = (
                [{"address": email, "email_type": EMAIL_WORK, "is_primary": True}]
                if email
                else []
            )
        if has_phone:
            record["phones"] = (
                [{"number": phone, "phone_type": PHONE_WORK, "is_primary": True}]
                if phone
                else []
            )
        if address:
            current = item.extra.get("current") or {}
            address = {
                k: address[k] if k in address else current.get(k)
                for k in ADDRESS_KEYS
                if k in address or current.get(k)
            }
            record["addresses"] = (
                [
                    {
                        **{k: str(v or "") for k, v in address.items()},
                        "address_type": ADDRESS_WORK,
                        "is_primary": True,
                    }
                ]
                if any(address.values())
                else []
            )
        if not record.get("last_name"):
            record["last_name"] = record.get("first_name") or "-"
        record[MARKER_FIELD] = marker(item.uid)
        return record

    def read_push(self, request, answer, items):
        key = request.items[0]
        if request.kind == "delete" and answer.status in (200, 204, 404):
            return [Outcome(OK, key=key)]
        failed = self._failed(answer)
        if failed:
            return failed
        if answer.status == 404 and request.kind == "update":
            return [Outcome(GONE, key=key, message="deleted in Redtail")]
        if answer.status not in (200, 201):
            return [Outcome(INVALID, key=key, message=self.error_message(answer))]
        body = answer.json() if isinstance(answer.json(), dict) else {}
        contact = body.get("contact") or {}
        remote_id = str(contact.get("id") or items[key].remote_id or "")
        return [Outcome(OK, key=key, remote_id=remote_id)]

    def _failed(self, answer):
        if answer.status in (401, 403):
            return [Outcome(AUTH, message=self.error_message(answer))]
        if answer.status == 429:
            common = self.read_common(answer)
            return [
                Outcome(
                    THROTTLE,
                    retry_after=common.retry_after,
                    message="Redtail rate limit",
                )
            ]
        common = self.read_common(answer)
        return [common] if common else []

    def error_message(self, answer):
        body = answer.json()
        if isinstance(body, dict):
            errors = body.get("errors")
            if isinstance(errors, list) and errors:
                return "; ".join(str(e) for e in errors)[:1000]
            if isinstance(errors, dict):
                return "; ".join(f"{k} {v}" for k, v in errors.items())[:1000]
            if body.get("message"):
                return str(body["message"])[:1000]
        return f"HTTP {answer.status}"

    def record_url(self, remote_id):
        if not remote_id:
            return ""
        sandbox = self.config.get("environment") == "sandbox"
        host = (
            "review.crm.redtailtechnology.com"
            if sandbox
            else "crm.redtailtechnology.com"
        )
        return f"https://{host}/contacts/{remote_id}"
