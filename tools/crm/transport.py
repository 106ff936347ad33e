"""The only place that talks to a CRM: one HTTP request to the connection's
own host, no redirect followed, bounded time, the answer or the failure in
plain words (never the token: it travels in a header, never in an address or
a message)."""

import json as jsonlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import requests

from .base import Answer

TIMEOUT = 30.0  # seconds to connect, and to answer
_local = threading.local()


def _session():
    session = getattr(_local, "session", None)
    if session is None:
        session = _local.session = requests.Session()
        session.trust_env = False  # no proxy or .netrc credentials from the host
    return session


def send(adapter, request, timeout=TIMEOUT):
    """Send ``request`` (tools.crm.base.Request) for ``adapter`` to its
    connection's base address; return an ``Answer``."""
    base = adapter.auth_url if request.host == "auth" else adapter.base_url
    url = base + request.path if request.path.startswith("/") else base
    if urlsplit(url).netloc != urlsplit(base).netloc:
        return Answer(0, error="refused: the address left the connection's host")
    headers = {"User-Agent": "mtap_hub-sync"}
    if request.host == "api":
        headers.update(adapter.auth_headers())
    headers.update(request.headers)
    body = request.data
    if body is None and request.json is not None:
        body = jsonlib.dumps(request.json, separators=(",", ":")).encode()
        headers.setdefault("Content-Type", "application/json")
    try:
        response = _session().request(
            request.method,
            url,
            data=body,
            headers=headers,
            timeout=timeout,
            allow_redirects=False,
        )
    except requests.Timeout:
        return Answer(0, error="no answer in time (timeout)")
    except requests.ConnectionError:
        return Answer(0, error="could not connect (connection refused or reset)")
    except requests.RequestException as error:
        return Answer(0, error=f"request failed ({type(error).__name__})")
    return Answer(
        response.status_code,
        headers={k.lower(): v for k, v in response.headers.items()},
        body=response.content,
    )


def send_many(adapter, requests_, workers=1, pacer=None, timeout=TIMEOUT):
    """Send ``requests_`` with up to ``workers`` at once, each started only when
    ``pacer`` (a ``Pacer``) allows it; return the answers in order."""
    if workers <= 1 or len(requests_) <= 1:
        answers = []
        for request in requests_:
            if pacer:
                pacer.wait()
            answers.append(send(adapter, request, timeout))
        return answers

    def one(request):
        if pacer:
            pacer.wait()
        return send(adapter, request, timeout)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, requests_))


class Pacer:
    """At most ``count`` requests per ``window`` seconds (a sliding window), so
    that a vendor's rate limit is kept rather than discovered."""

    def __init__(self, count, window):
        self.count, self.window = count, window
        self.sent = []
        self.lock = threading.Lock()

    def wait(self):
        while True:
            with self.lock:
                now = time.monotonic()
                self.sent = [t for t in self.sent if now - t < self.window]
                if len(self.sent) < self.count:
                    self.sent.append(now)
                    return
                pause = self.window - (now - self.sent[0])
            time.sleep(max(pause, 0.01))
