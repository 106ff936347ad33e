import re
import threading

import requests

import odoo
from odoo.tests import BaseCase, get_db_name, tagged
from odoo.tools import config

from .common import delete_committed_card


@tagged("post_install", "-at_install")
class TestExchangeConcurrency(BaseCase):
    """Real concurrent Exchanges through the HTTP server, each request in its own
    committed transaction (no shared test cursor), as in production."""

    CLIENTS = 8

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.registry = odoo.modules.registry.Registry(get_db_name())
        cls.base_url = f"http://127.0.0.1:{config['http_port']}"
        with cls.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            params = env["ir.config_parameter"]
            cls.saved_params = {
                key: params.get_param(key)
                for key in (
                    "mtap_hub.exchange_min_fill_seconds",
                    "mtap_hub.exchange_rate_limit_ip",
                )
            }
            params.set_param("mtap_hub.exchange_min_fill_seconds", "0")
            params.set_param("mtap_hub.exchange_rate_limit_ip", "1000")
            cls.profile_id = (
                env["mtap.profile"]
                .create(
                    {
                        "name": "Concurrent Card",
                        "slug": "concurrent-card-zq81",
                        "user_id": env.ref("base.user_admin").id,
                        "is_published": True,
                        "send_card_to_visitor": True,
                    }
                )
                .id
            )

    @classmethod
    def tearDownClass(cls):
        with cls.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            delete_committed_card(env, cls.profile_id)
            for key, value in cls.saved_params.items():
                env["ir.config_parameter"].set_param(key, value)
        super().tearDownClass()

    def _exchange_in_parallel(self, emails):
        url = f"{self.base_url}/mtap/concurrent-card-zq81"
        sessions = []
        for _email in emails:
            session = requests.Session()
            response = session.get(url, timeout=30)
            html = response.text
            self.assertIn("mtap_token", html, f"{response.status_code} {response.url}")
            sessions.append(
                (
                    session,
                    re.search(r'name="csrf_token" value="([^"]+)"', html).group(1),
                    re.search(r'name="mtap_token" value="([^"]+)"', html).group(1),
                )
            )
        barrier = threading.Barrier(len(emails))
        statuses = [None] * len(emails)

        def post(index):
            session, csrf, token = sessions[index]
            barrier.wait()
            response = session.post(
                f"{url}/exchange",
                data={
                    "csrf_token": csrf,
                    "mtap_token": token,
                    "name": f"Visitor {index}",
                    "email": emails[index],
                },
                timeout=60,
            )
            statuses[index] = (
                response.status_code,
                "o_mtap_exchange_thanks" in response.text,
            )

        threads = [threading.Thread(target=post, args=(i,)) for i in range(len(emails))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return statuses

    def _leads(self, email):
        with self.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            leads = env["crm.lead"].search(
                [
                    ("mtap_profile_id", "=", self.profile_id),
                    ("email_from", "ilike", email),
                ]
            )
            return [(lead.email_from, lead.mtap_exchange_count) for lead in leads]

    def test_distinct_visitors_each_get_one_lead(self):
        emails = [f"distinct{i}@example.com" for i in range(self.CLIENTS)]
        statuses = self._exchange_in_parallel(emails)
        self.assertEqual(statuses, [(200, True)] * self.CLIENTS)
        self.assertEqual(
            sorted(self._leads("distinct")), [(email, 1) for email in sorted(emails)]
        )

    def test_one_visitor_many_times_gets_one_lead(self):
        statuses = self._exchange_in_parallel(["same@example.com"] * self.CLIENTS)
        self.assertEqual(statuses, [(200, True)] * self.CLIENTS)
        self.assertEqual(self._leads("same@"), [("same@example.com", self.CLIENTS)])
        # the requests that met on the lock were replayed: still one of each effect
        with self.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            env["mtap.exchange"]._cron_notify()
            lead = env["crm.lead"].search(
                [
                    ("mtap_profile_id", "=", self.profile_id),
                    ("email_from", "=", "same@example.com"),
                ]
            )
            self.assertEqual(len(lead.activity_ids), 1)
            bodies = [str(body) for body in lead.message_ids.mapped("body")]
            self.assertEqual(sum("left their details" in b for b in bodies), 1)
            owner = env.ref("base.user_admin").partner_id
            notifications = env["mail.message"].search_count(
                [
                    ("model", "=", "crm.lead"),
                    ("res_id", "=", lead.id),
                    ("partner_ids", "in", owner.ids),
                ]
            )
            self.assertEqual(notifications, 1)
            self.assertEqual(sum("form again" in b for b in bodies), self.CLIENTS - 1)
            self.assertEqual(
                env["mail.mail"].search_count([("email_to", "=", "same@example.com")]),
                1,
            )
