"""What every CRM adapter shares: the request it builds, the outcome it reads
from an answer, the item (one Contact's state) it sends, the retry schedule and
the address check. No ORM, no network here."""

import ipaddress
import random
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

# retry schedule of a failed push: 30 s x 2^n, jittered, capped at an hour
RETRY_BASE_SECONDS = 30
RETRY_CAP_SECONDS = 3600
MAX_TRIES = 8

# outcome kinds
OK = "ok"  # delivered; remote_id may be set
RETRY = "retry"  # transient (timeout, refused, 5xx): back off, try again
THROTTLE = "throttle"  # 429: slow the whole connection down until retry_after
AUTH = "auth"  # 401/403 token: the connection needs a new authorisation
INVALID = "invalid"  # the vendor refused this record (4xx validation): stop it
SPLIT = "split"  # the vendor refused a whole batch: send its items one by one
GONE = "gone"  # the record was deleted in the CRM: send it again as new


@dataclass
class Request:
    """One HTTP request of an adapter; ``items`` are the keys of the items it
    carries, in the order their results are read."""

    method: str
    path: str
    json: object = None
    data: bytes | None = None
    headers: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
    kind: str = "upsert"
    # "api": the connection's API host; "auth": its login (token) host
    host: str = "api"


@dataclass
class Item:
    """One Contact as an adapter sends it: ``key`` identifies it in the outbox,
    ``uid`` is the stable id (``mtap_uid``), ``email`` the vendor's natural key,
    ``remote_id`` what the CRM answered last time, ``properties`` the mapped
    values to overwrite and ``fill`` those to set only where the CRM has none."""

    key: object
    uid: str
    email: str = ""
    remote_id: str = ""
    properties: dict = field(default_factory=dict)
    fill: dict = field(default_factory=dict)
    message_id: str = ""
    operation: str = "upsert"
    # "fill only if empty" fields the CRM is known to hold (not read again)
    filled: set = field(default_factory=set)
    # what an adapter learns on the way (an Account id, a record found)
    extra: dict = field(default_factory=dict)


@dataclass
class Outcome:
    """What an answer means for one item (or, with ``key`` None, for the whole
    request: throttle, auth, retry)."""

    kind: str
    key: object = None
    remote_id: str = ""
    message: str = ""
    retry_after: float | None = None


@dataclass
class Answer:
    """An HTTP answer as the transport got it, or its failure (``status`` 0 and
    ``error`` set: timeout, refused, redirected elsewhere)."""

    status: int
    headers: dict = field(default_factory=dict)
    body: bytes = b""
    error: str = ""

    def json(self):
        import json

        try:
            return json.loads(self.body or b"null")
        except ValueError:
            return None


class ItemFinder:
    """Which item of a request a CRM's record names: by its id in the CRM, its
    stable id or its e-mail, in the order the caller asks."""

    def __init__(self, request, items):
        keys = request.items
        self.by = {
            "remote_id": {items[k].remote_id: k for k in keys},
            "uid": {items[k].uid: k for k in keys},
            "email": {(items[k].email or "").lower(): k for k in keys},
        }

    def find(self, **values):
        """The key of the first of ``values`` (``remote_id``, ``uid``,
        ``email``) that names an item, else None."""
        for name, value in values.items():
            if name == "email":
                value = (value or "").lower()
            key = self.by[name].get(value)
            if key is not None:
                return key
        return None


def owner_map(records, email_key, id_key):
    """``{e-mail: owner id}`` of a CRM's users (``records``, dicts)."""
    return {
        (user.get(email_key) or "").lower(): str(user[id_key])
        for user in records or []
        if user.get(email_key) and user.get(id_key)
    }


def retry_delay(tries, base=RETRY_BASE_SECONDS, cap=RETRY_CAP_SECONDS, rand=None):
    """Seconds to wait before try number ``tries + 1``: ``base`` x 2^(tries-1),
    capped at ``cap``, with full jitter on the upper half (so that a burst of
    failures does not come back as a burst)."""
    rand = rand or random.random
    delay = min(cap, base * 2 ** max(tries - 1, 0))
    return delay / 2 + rand() * delay / 2


def parse_retry_after(value, default=10.0):
    """Seconds of a ``Retry-After`` header (delta-seconds; an HTTP date or junk
    gives ``default``)."""
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return default


def is_loopback(host):
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url):
    """The error (plain words) that keeps ``url`` from being a connection's
    address, or '' when it may be used: ``https`` is required except on the
    loopback (a receiver on this machine, the tests), no user or password in it."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return "not a web address"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not a web address"
    if parts.username or parts.password:
        return "a user name or password in the address is not allowed"
    if parts.scheme != "https" and not is_loopback(parts.hostname):
        return "https is required outside this machine (127.0.0.1)"
    return ""


class Adapter:
    """The contract of a vendor adapter; ``config`` is a dict of the connection's
    settings (``base_url``, ``token``, ``secret``, ``account``, ``uid_ready``).
    Subclasses set ``vendor``, ``label``, ``batch_size`` and the request
    builders and answer readers below."""

    vendor = ""
    label = ""
    batch_size = 100
    # requests sent at once
    workers = 1
    # requests per window (seconds) the vendor allows a connection
    rate_limit = (100, 10.0)
    # whether the vendor has a delete/archive call
    can_delete = True
    # whether a 401 can be cured by refreshing the token (OAuth vendors)
    can_refresh = False
    # whether the CRM's current values can be read before a push, so that a
    # "fill only if empty" field is filled only where the CRM holds nothing;
    # without it such a field goes only into a record the push creates
    reads_current = False
    # access tokens per window (seconds) the vendor issues a refresh token
    token_budget = None
    # whether Contacts have an owner the CRM's users map to (by e-mail)
    has_owners = False
    # rounds of requests before the pushes (look-ups, linked records)
    prepare_rounds = 0
    # no upsert: a record is searched, then created (one sender per Contact)
    search_before_create = False
    default_base_url = ""

    # OAuth vendors: where a refresh token is exchanged (on the login host)
    token_path = ""

    def __init__(self, config):
        self.config = config
        self.hold = None  # seconds the connection pauses after this run

    @property
    def base_url(self):
        return (self.config.get("base_url") or self.default_base_url).rstrip("/")

    @property
    def auth_url(self):
        """The login (token) host of OAuth vendors."""
        return (self.config.get("auth_url") or "").rstrip("/")

    def auth_headers(self):
        return {}

    # tokens (OAuth vendors) ------------------------------------------------
    def token_request(self):
        """The OAuth 2.0 refresh-token grant (RFC 6749, section 6), as a form
        to the login host."""
        return Request(
            "POST",
            self.token_path,
            data=urlencode(
                {
                    "grant_type": "refresh_token",
                    "refresh_token": self.config.get("refresh_token") or "",
                    "client_id": self.config.get("client_id") or "",
                    "client_secret": self.config.get("client_secret") or "",
                }
            ).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            host="auth",
            kind="token",
        )

    def read_token(self, answer):
        """``(values, None)`` with ``access_token``, ``expires_in`` (seconds or
        None), ``refresh_token`` (when rotated), ``api_url``; or ``(None,
        outcome)`` in plain words."""
        raise NotImplementedError

    def hold_seconds(self, answer):
        """Seconds the connection should pause after a successful ``answer``
        (a vendor saying its limit is near), or None."""
        return

    # look-ups before the pushes ------------------------------------------
    def prepare_requests(self, items, round_):
        return []

    def read_prepare(self, request, answer, items, round_):
        """Outcomes of the items a look-up could not serve (the others go on)."""
        common = self.read_common(answer)
        return [common] if common else []

    # setup and test -------------------------------------------------------
    def test_requests(self):
        """The requests *Test connection* sends, in order."""
        raise NotImplementedError

    def read_test(self, request, answer):
        """``(ok, message, values)`` in plain words for the ``answer`` to one of
        ``test_requests``; the first not ok stops the test."""
        raise NotImplementedError

    def setup_requests(self):
        """Requests that prepare the vendor once (e.g. a unique property)."""
        return []

    def read_setup(self, request, answer):
        return self.read_common(answer) or Outcome(OK)

    def owner_requests(self):
        """Requests listing the CRM's users (owners), for vendors that have them."""
        return []

    def read_owners(self, answer):
        """``{e-mail: owner id}`` from an answer of ``owner_requests``."""
        return {}

    # pushes ----------------------------------------------------------------
    def push_requests(self, items):
        """The requests that deliver ``items`` (upserts and deletes)."""
        raise NotImplementedError

    def read_push(self, request, answer, items):
        """A list of outcomes: one per item of ``request`` (``items``: key ->
        Item), or one without key for the whole request."""
        raise NotImplementedError

    def current_requests(self, items):
        """Requests reading, for ``items`` (with "fill only if empty" values),
        what the CRM holds in those fields (``reads_current`` adapters)."""
        return []

    def read_current(self, request, answer, items):
        """``(held, failure)``: ``{key: {name: value}}`` for the records of
        ``request`` the CRM has (a key absent: no record yet), or ``failure``
        (an Outcome for the whole request) when the read failed."""
        return {}, None

    def record_url(self, remote_id):
        return ""

    # shared reading ----------------------------------------------------------
    def read_common(self, answer):
        """The outcome every vendor shares for a failed answer, None otherwise."""
        if answer.error:
            return Outcome(RETRY, message=answer.error)
        if answer.status == 429:
            return Outcome(
                THROTTLE,
                retry_after=parse_retry_after(answer.headers.get("retry-after")),
                message="rate limited",
            )
        if answer.status == 401:
            return Outcome(AUTH, message=self.error_message(answer))
        if answer.status in (408, 425) or answer.status >= 500:
            return Outcome(RETRY, message=f"HTTP {answer.status}")
        if 300 <= answer.status < 400:
            return Outcome(
                RETRY, message=f"HTTP {answer.status}: redirect not followed"
            )
        return None

    def error_message(self, answer):
        body = answer.json()
        if isinstance(body, dict) and body.get("message"):
            return str(body["message"])[:1000]
        return f"HTTP {answer.status}"
