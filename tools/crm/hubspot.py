"""HubSpot CRM (v3) with a private app's access token.

- Test: ``GET /account-info/v3/details`` (portal id, UI domain), then
  ``GET /crm/v3/objects/contacts?limit=1`` (the contacts scope).
- Setup: ``POST /crm/v3/properties/contacts`` creates ``mtap_uid``, a unique
  text property: the stable id of a Contact without e-mail (409: it exists).
- Push: ``POST /crm/v3/objects/contacts/batch/upsert`` (100 inputs) keyed by
  ``email`` when the Contact has one, else by ``mtap_uid``; a Contact whose
  HubSpot id is known goes to ``batch/update`` by that id (an e-mail change
  then moves the same record). 200/207 answers list ``results`` (with ``new``)
  and ``errors``; a 400 ``VALIDATION_ERROR`` rejects the whole batch, which the
  sender then splits to find the one Contact at fault.
- Fill only if empty: ``POST /crm/v3/objects/contacts/batch/read`` (by id,
  ``email`` or ``mtap_uid``) reads what the records hold in those fields first;
  a value is sent only where HubSpot has none (or no record yet).
- Delete: ``POST /crm/v3/objects/contacts/batch/archive`` (204).
- 429: ``Retry-After`` and ``policyName`` (``TEN_SECONDLY_ROLLING`` or
  ``DAILY``, which waits for the next day).
"""

import datetime

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
    owner_map,
    parse_retry_after,
)

UID_PROPERTY = "mtap_uid"
CONTACTS = "/crm/v3/objects/contacts"


class HubSpotAdapter(Adapter):
    vendor = "hubspot"
    label = "HubSpot"
    batch_size = 100
    rate_limit = (100, 10.0)  # private apps: 100 requests per 10 seconds
    reads_current = True
    has_owners = True
    default_base_url = "https://api.hubapi.com"

    def auth_headers(self):
        return {"Authorization": f"Bearer {self.config.get('token') or ''}"}

    # test and setup ----------------------------------------------------------
    def test_requests(self):
        return [
            Request("GET", "/account-info/v3/details", kind="account"),
            Request("GET", f"{CONTACTS}?limit=1", kind="contacts"),
        ]

    def read_test(self, request, answer):
        """``(ok, message, account values)`` for one test request."""
        if answer.error:
            return False, f"HubSpot was not reached: {answer.error}.", {}
        body = answer.json() if isinstance(answer.json(), dict) else {}
        if answer.status == 401:
            return False, "HubSpot refused the access token (not authorised).", {}
        if answer.status == 403:
            scopes = self._missing_scopes(body)
            return (
                False,
                "The private app lacks the scope(s): %s." % (scopes or "?"),
                {},
            )
        if answer.status == 429:
            return False, "HubSpot's rate limit is reached; try again later.", {}
        if answer.status != 200:
            return False, f"HubSpot answered HTTP {answer.status}.", {}
        if request.kind == "account":
            account = {
                "account": str(body.get("portalId") or ""),
                "ui_domain": body.get("uiDomain") or "app.hubspot.com",
            }
            return True, "Reached HubSpot portal %s." % account["account"], account
        return True, "Contacts can be read and written.", {}

    @staticmethod
    def _missing_scopes(body):
        found = []
        for error in [body, *(body.get("errors") or [])]:
            context = error.get("context") or {} if isinstance(error, dict) else {}
            for key in ("requiredGranularScopes", "requiredScopes", "missingScopes"):
                found.extend(context.get(key) or [])
        return ", ".join(dict.fromkeys(found))

    def setup_requests(self):
        return [
            Request(
                "POST",
                "/crm/v3/properties/contacts",
                json={
                    "name": UID_PROPERTY,
                    "label": "mTap ID",
                    "description": "The Contact's stable id in mTap Hub (Odoo).",
                    "groupName": "contactinformation",
                    "type": "string",
                    "fieldType": "text",
                    "hasUniqueValue": True,
                    "formField": False,
                },
                kind="setup",
            )
        ]

    def read_setup(self, request, answer):
        if answer.status in (200, 201, 409):  # 409: the property exists
            return Outcome(OK)
        common = self.read_common(answer)
        if common:
            return common
        if answer.status == 403:
            return Outcome(AUTH, message=self.error_message(answer))
        return Outcome(INVALID, message=self.error_message(answer))

    def owner_requests(self):
        return [Request("GET", "/crm/v3/owners?limit=500", kind="owners")]

    def read_owners(self, answer):
        body = answer.json() if answer.status == 200 else None
        if not isinstance(body, dict):
            return {}
        return owner_map(body.get("results"), "email", "id")

    # what the CRM holds --------------------------------------------------------
    def current_requests(self, items):
        groups = {}
        for item in items:
            if item.remote_id:
                groups.setdefault("", []).append((item.remote_id, item))
            elif item.email:
                groups.setdefault("email", []).append((item.email, item))
            else:
                groups.setdefault(UID_PROPERTY, []).append((item.uid, item))
        requests = []
        for id_property, pairs in groups.items():
            names = sorted({n for _v, i in pairs for n in i.fill})
            for chunk in split_every(self.batch_size, pairs):
                body = {
                    "properties": sorted({"email", UID_PROPERTY, *names}),
                    "propertiesWithHistory": [],
                    "inputs": [{"id": value} for value, _i in chunk],
                }
                if id_property:
                    body["idProperty"] = id_property
                requests.append(
                    Request(
                        "POST",
                        f"{CONTACTS}/batch/read",
                        json=body,
                        items=[i.key for _v, i in chunk],
                        kind="read",
                    )
                )
        return requests

    def read_current(self, request, answer, items):
        if answer.error or answer.status not in (200, 207):
            failure = self.read_push(request, answer, items)[0]
            if failure.kind in (SPLIT, INVALID, GONE):
                # a refused read is no reason to refuse the Contact: try again
                failure = Outcome(
                    RETRY, message="HubSpot refused to read: %s" % failure.message
                )
            return {}, failure
        body = answer.json() or {}
        finder = ItemFinder(request, items)
        held = {}
        for result in body.get("results") or []:
            props = result.get("properties") or {}
            key = finder.find(
                remote_id=str(result.get("id")),
                uid=props.get(UID_PROPERTY),
                email=props.get("email"),
            )
            if key is not None:
                held[key] = props
        return held, None

    # pushes ----------------------------------------------------------------
    def push_requests(self, items):
        deletes = [i for i in items if i.operation == "delete" and i.remote_id]
        known = [i for i in items if i.operation != "delete" and i.remote_id]
        by_email = [
            i for i in items if i.operation != "delete" and not i.remote_id and i.email
        ]
        by_uid = [
            i
            for i in items
            if i.operation != "delete" and not i.remote_id and not i.email
        ]
        requests = []
        for chunk in split_every(self.batch_size, deletes):
            requests.append(
                Request(
                    "POST",
                    f"{CONTACTS}/batch/archive",
                    json={"inputs": [{"id": i.remote_id} for i in chunk]},
                    items=[i.key for i in chunk],
                    kind="archive",
                )
            )
        for chunk in split_every(self.batch_size, known):
            requests.append(
                Request(
                    "POST",
                    f"{CONTACTS}/batch/update",
                    json={
                        "inputs": [
                            {"id": i.remote_id, "properties": self._props(i, False)}
                            for i in chunk
                        ]
                    },
                    items=[i.key for i in chunk],
                    kind="update",
                )
            )
        for id_property, group in (("email", by_email), (UID_PROPERTY, by_uid)):
            for chunk in split_every(self.batch_size, group):
                requests.append(
                    Request(
                        "POST",
                        f"{CONTACTS}/batch/upsert",
                        json={
                            "inputs": [
                                {
                                    "id": i.email if id_property == "email" else i.uid,
                                    "idProperty": id_property,
                                    "properties": self._props(i, True),
                                }
                                for i in chunk
                            ]
                        },
                        items=[i.key for i in chunk],
                        kind="upsert",
                    )
                )
        return requests

    @staticmethod
    def _props(item, first):
        properties = {**(item.fill if first else {}), **item.properties}
        properties[UID_PROPERTY] = item.uid
        return {
            k: "" if v is None or v is False else str(v) for k, v in properties.items()
        }

    def read_push(self, request, answer, items):
        """Outcomes for ``request``'s items (``items``: key -> Item)."""
        if answer.status == 429:
            body = answer.json() or {}
            policy = body.get("policyName") if isinstance(body, dict) else None
            retry_after = parse_retry_after(answer.headers.get("retry-after"), None)
            if retry_after is None:
                retry_after = _seconds_to_midnight() if policy == "DAILY" else 10.0
            return [
                Outcome(
                    THROTTLE,
                    retry_after=retry_after,
                    message=f"HubSpot rate limit ({policy or 'unknown policy'})",
                )
            ]
        common = self.read_common(answer)
        if common:
            return [common]
        if request.kind == "archive":
            if answer.status in (200, 204):
                return [Outcome(OK, key=k) for k in request.items]
            return self._refused(request, answer)
        if answer.status == 403:
            return [Outcome(AUTH, message=self.error_message(answer))]
        if answer.status not in (200, 201, 207):
            return self._refused(request, answer)
        body = answer.json() or {}
        outcomes, done = [], set()
        finder = ItemFinder(request, items)
        for result in body.get("results") or []:
            props = result.get("properties") or {}
            key = finder.find(
                uid=props.get(UID_PROPERTY),
                remote_id=str(result.get("id")),
                email=props.get("email"),
            )
            if key is not None and key not in done:
                done.add(key)
                outcomes.append(Outcome(OK, key=key, remote_id=str(result["id"])))
        for error in body.get("errors") or []:
            ids = [str(x) for x in (error.get("context") or {}).get("ids") or []]
            message = str(error.get("message") or error.get("category") or "")
            for value in ids:
                key = finder.find(remote_id=value, uid=value, email=value)
                if key is None or key in done:
                    continue
                done.add(key)
                kind = GONE if error.get("category") == "OBJECT_NOT_FOUND" else INVALID
                outcomes.append(Outcome(kind, key=key, message=message))
        for key in request.items:
            if key not in done:
                outcomes.append(
                    Outcome(RETRY, key=key, message="HubSpot gave no result for it")
                )
        return outcomes

    def _refused(self, request, answer):
        """A 4xx for the whole request: split a batch, or stop the single item
        with HubSpot's own words."""
        if len(request.items) > 1:
            return [Outcome(SPLIT, message=self.error_message(answer))]
        body = answer.json()
        kind = INVALID
        if isinstance(body, dict) and body.get("category") == "OBJECT_NOT_FOUND":
            kind = GONE
        return [
            Outcome(kind, key=k, message=self.error_message(answer))
            for k in request.items
        ]

    def record_url(self, remote_id):
        account = self.config.get("account")
        if not (account and remote_id):
            return ""
        domain = self.config.get("ui_domain") or "app.hubspot.com"
        return f"https://{domain}/contacts/{account}/record/0-1/{remote_id}"


def _seconds_to_midnight(now=None):
    now = now or datetime.datetime.now(datetime.UTC)
    tomorrow = (now + datetime.timedelta(days=1)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return (tomorrow - now).total_seconds()
