"""The add-on served as in production: a separate Odoo started with ``--workers=2``
(prefork HTTP workers and the gevent websocket worker) on free local ports."""

import base64
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

import requests
import websocket

import odoo
from odoo.tests import BaseCase, get_db_name, tagged
from odoo.tools import config

from ..tools.card_samples import real_photos
from .common import delete_committed_card

SLUG = "prefork-card-k3v8"
# a real photo of a card (tuned part), scanned by a worker
PHOTO = "107.jpg"


def _answers(url):
    try:
        return requests.get(url, timeout=5).ok
    except requests.ConnectionError:
        return False


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@tagged("post_install", "-at_install")
class TestProductionServer(BaseCase):
    """``odoo --workers=2`` answers health checks, a published card, an Exchange
    and a card scan, and none of its processes logs a traceback or dies."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.registry = odoo.modules.registry.Registry(get_db_name())
        with cls.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            params = env["ir.config_parameter"]
            cls.saved_fill = params.get_param("mtap_hub.exchange_min_fill_seconds")
            params.set_param("mtap_hub.exchange_min_fill_seconds", "0")
            cls.profile_id = (
                env["mtap.profile"]
                .create(
                    {
                        "name": "Prefork Card",
                        "slug": SLUG,
                        "job_title": "Served by workers",
                        "user_id": env.ref("base.user_admin").id,
                        "is_published": True,
                    }
                )
                .id
            )
        cls.tmp = tempfile.TemporaryDirectory(prefix="mtap-prefork-")
        # Odoo starts its gevent worker by running sys.argv[0] again: a script file,
        # as odoo-bin is in production.
        launcher = os.path.join(cls.tmp.name, "odoo-launcher.py")
        with open(launcher, "w", encoding="utf-8") as handle:
            handle.write("from odoo.cli.command import main\n\nmain()\n")
        cls.http_port, cls.gevent_port = _free_port(), _free_port()
        cls.log_path = os.path.join(cls.tmp.name, "server.log")
        cls.log = open(cls.log_path, "wb")  # noqa: SIM115 (closed in tearDownClass)
        args = [
            sys.executable,
            launcher,
            # the test command's configuration: database server, addons, data dir
            "-c",
            config["config"],
            "--database",
            get_db_name(),
            f"--db-filter=^{re.escape(get_db_name())}$",
            "--workers=2",
            "--max-cron-threads=0",
            "--http-interface=127.0.0.1",
            f"--http-port={cls.http_port}",
            f"--gevent-port={cls.gevent_port}",
            "--log-level=info",
        ]
        cls.server = subprocess.Popen(
            args,
            cwd=cls.tmp.name,
            stdout=cls.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        cls.base_url = f"http://127.0.0.1:{cls.http_port}"
        cls.gevent_url = f"http://127.0.0.1:{cls.gevent_port}"
        # the HTTP workers answer first; the gevent worker is spawned after them
        deadline = time.monotonic() + 120
        for url in (f"{cls.base_url}/web/health", f"{cls.gevent_url}/websocket/health"):
            while time.monotonic() < deadline and cls.server.poll() is None:
                if _answers(url):
                    break
                time.sleep(0.5)
        if cls.server.poll() is not None:
            with open(cls.log_path, encoding="utf-8", errors="replace") as handle:
                log = handle.read()
            cls.tearDownClass()
            raise AssertionError(f"odoo --workers=2 exited at start:\n{log[-6000:]}")

    @classmethod
    def tearDownClass(cls):
        if cls.server.poll() is None:
            os.killpg(cls.server.pid, signal.SIGTERM)
            try:
                cls.server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(cls.server.pid, signal.SIGKILL)
                cls.server.wait()
        cls.log.close()
        cls.tmp.cleanup()
        with cls.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            delete_committed_card(env, cls.profile_id)
            env["ir.config_parameter"].set_param(
                "mtap_hub.exchange_min_fill_seconds", cls.saved_fill or "3"
            )
        super().tearDownClass()

    def _server_log(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as handle:
            return handle.read()

    def _assert_server_healthy(self):
        log = self._server_log()
        self.assertIsNone(self.server.poll(), f"the server exited:\n{log[-4000:]}")
        self.assertNotIn("Traceback", log, log[-6000:])
        self.assertNotRegex(log, r" (ERROR|CRITICAL) ", log[-6000:])

    def _scan_in_a_worker(self):
        """A card photo scanned through the Add Contact form by a prefork worker,
        as the web client sends it (the scan loads its models in that worker and
        reads with a second thread): the form comes back filled."""
        session = requests.Session()
        login = session.post(
            f"{self.base_url}/web/session/authenticate",
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "params": {"db": get_db_name(), "login": "admin", "password": "admin"},
            },
            timeout=30,
        )
        self.assertTrue(login.json().get("result", {}).get("uid"), login.text[-2000:])
        entry = next(e for e in real_photos.load_photos() if e["file"] == PHOTO)
        expected = real_photos.expected_fields(entry)
        photo = base64.b64encode(real_photos.photo_bytes(entry)).decode()
        fields = ("source", "scan_image", *real_photos.FORM_FIELDS.values())
        answer = session.post(
            f"{self.base_url}/web/dataset/call_kw/mtap.contact.add/onchange",
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "params": {
                    "model": "mtap.contact.add",
                    "method": "onchange",
                    "args": [
                        [],
                        {"source": "card_scan", "scan_image": photo},
                        ["scan_image"],
                        {field: {} for field in fields},
                    ],
                    "kwargs": {},
                },
            },
            timeout=120,
        ).json()
        self.assertNotIn("error", answer, str(answer)[-3000:])
        value = answer["result"]["value"]
        # the onchange answers the fields it changed
        got = real_photos.scanned_fields(
            {field: value.get(field) for field in real_photos.FORM_FIELDS.values()}
        )
        for field in ("email", "name"):
            self.assertTrue(
                real_photos.field_right(field, got[field], expected[field]),
                f"{field}: {got[field]!r}, printed {expected[field]!r}",
            )

    def test_workers_serve_card_and_exchange(self):
        health = requests.get(f"{self.base_url}/web/health", timeout=10)
        self.assertEqual(health.status_code, 200, self._server_log()[-4000:])
        self.assertEqual(health.json().get("status"), "pass")

        # the gevent worker: its own health route and a real websocket handshake
        longpolling = requests.get(f"{self.gevent_url}/websocket/health", timeout=10)
        self.assertEqual(longpolling.status_code, 200, self._server_log()[-4000:])
        ws = websocket.create_connection(
            f"ws://127.0.0.1:{self.gevent_port}/websocket",
            origin=self.base_url,
            timeout=10,
        )
        ws.close()

        session = requests.Session()
        page = session.get(f"{self.base_url}/mtap/{SLUG}", timeout=30)
        self.assertEqual(page.status_code, 200)
        self.assertIn("Served by workers", page.text)
        post = {
            "csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', page.text)[1],
            "mtap_token": re.search(r'name="mtap_token" value="([^"]+)"', page.text)[1],
            "name": "Wanda Worker",
            "email": "wanda.worker@example.com",
            "message": "Met at the prefork stand",
        }
        sent = session.post(
            f"{self.base_url}/mtap/{SLUG}/exchange", data=post, timeout=30
        )
        self.assertEqual(sent.status_code, 200, sent.text[-2000:])

        with self.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            leads = env["crm.lead"].search([("mtap_profile_id", "=", self.profile_id)])
            self.assertEqual(leads.mapped("email_from"), ["wanda.worker@example.com"])
        self._assert_server_healthy()
        self._scan_in_a_worker()
        self._assert_server_healthy()

        # stopped as a service manager stops it: every worker exits cleanly. A
        # native library whose thread pool was created in the parent before the
        # fork aborts each worker on its way out, on the server's stderr.
        self.server.send_signal(signal.SIGTERM)
        try:
            self.server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.fail("odoo --workers=2 did not stop within 60 s of SIGTERM")
        log = self._server_log()
        for line in ("terminate called", "std::system_error", "core dumped"):
            self.assertNotIn(line, log, log[-6000:])
        self.assertNotIn("Traceback", log, log[-6000:])
