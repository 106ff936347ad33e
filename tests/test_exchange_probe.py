"""What an outside probe of the public Exchange form found (ABUSE-CASES 34-42), each
case sent over HTTP to the real routes."""

import re

from odoo.exceptions import AccessError
from odoo.tests import tagged

from ..tools.exchange_form import clean_exchange_form
from .common import image_b64
from .test_exchange import ExchangeCommon

MiB = 1024 * 1024


@tagged("post_install", "-at_install")
class TestExchangeProbe(ExchangeCommon):
    def _page_tokens(self, url=None, **kwargs):
        """Load the card page as a visitor does: its csrf_token and mtap_token."""
        html = self.url_open(url or self.url, **kwargs).text
        return (
            re.search(r'name="csrf_token" value="([^"]+)"', html)[1],
            re.search(r'name="mtap_token" value="([^"]+)"', html)[1],
        )

    def _send(self, data, csrf, token):
        return self.url_open(
            self.url + "/exchange",
            data={"csrf_token": csrf, "mtap_token": token, **data},
        )

    # 34
    def test_only_post_reaches_the_exchange(self):
        before = self._count_side_records()
        _csrf, token = self._page_tokens()
        query = {"mtap_token": token, "name": "Opt", "email": "opt@example.com"}
        for method in ("OPTIONS", "PUT", "PATCH", "DELETE", "GET"):
            with self.subTest(method=method):
                response = self.opener.request(
                    method,
                    self.base_url() + self.url + "/exchange",
                    params=query,
                    data=query if method != "GET" else None,
                    timeout=30,
                )
                self.assertEqual(response.status_code, 405)
                self.assertNotIn("Traceback", response.text)
        # the other routes of a card take GET (and HEAD) only
        views = self.profile_a.sudo().view_count
        for path in ("", "/vcard", "/qr.png", "/photo"):
            with self.subTest(path=path):
                response = self.opener.request(
                    "OPTIONS", self.base_url() + self.url + path, timeout=30
                )
                self.assertEqual(response.status_code, 405)
        self.profile_a.invalidate_recordset()
        self.assertEqual(self.profile_a.sudo().view_count, views)
        self.assertEqual(self._count_side_records(), before)

    # 35
    def test_a_form_token_answers_one_exchange(self):
        csrf, token = self._page_tokens()
        first = self._send({"name": "Ann", "email": "ann@example.com"}, csrf, token)
        self.assertIn("o_mtap_exchange_thanks", first.text)
        self.assertEqual(len(self._new_leads()), 1)
        before = self._count_side_records()
        for index in range(3):
            replay = self._send(
                {"name": "Ann", "email": f"replay{index}@example.com"}, csrf, token
            )
            # looks like a success to the robot, stores nothing
            self.assertEqual(replay.status_code, 200)
            self.assertIn("o_mtap_exchange_thanks", replay.text)
        self.assertEqual(self._count_side_records(), before)
        self.assertEqual(self._new_leads().mapped("email_from"), ["ann@example.com"])

    # 36
    def test_malformed_tokens_are_robots_and_counted(self):
        self.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.exchange_rate_limit_ip", "4"
        )
        valid = self._token()
        timestamp, nonce, signature = valid.split(".")
        before = self._count_side_records()
        tokens = [
            "².x",
            "9" * 5000 + ".x.y",
            "..",
            # non-ASCII digits that Python's int() would take
            "".join(chr(0xFF10 + int(d)) for d in timestamp) + f".{nonce}.{signature}",
        ]
        for token in tokens:
            with self.subTest(token=token[:20]):
                response = self._post(
                    {"name": "Bot", "email": "bot@example.com"}, token=token
                )
                self.assertEqual(response.status_code, 200)
                self.assertIn("o_mtap_exchange_thanks", response.text)
        # every one of them was counted: the next request is over the limit
        response = self._post({"name": "Bot", "email": "bot@example.com"}, token=valid)
        self.assertEqual(response.status_code, 429)
        self.assertEqual(self._count_side_records(), before)

    # 37
    def test_body_limit_holds_for_chunked_bodies(self):
        before = self._count_side_records()
        csrf, token = self._page_tokens()
        head = f"csrf_token={csrf}&mtap_token={token}&name=Big&email=big@example.com"

        def chunks():
            yield (head + "&message=").encode()
            for _chunk in range(5 * MiB // 65536):
                yield b"x" * 65536

        # a generator body goes out with Transfer-Encoding: chunked
        response = self.opener.post(
            self.base_url() + self.url + "/exchange",
            data=chunks(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            timeout=60,
        )
        self.assertEqual(response.status_code, 413)
        self.assertLess(len(response.content), 64 * 1024)
        # and with a Content-Length
        response = self._post(
            {"name": "Big", "email": "b@example.com", "message": "x" * 70000}
        )
        self.assertEqual(response.status_code, 413)
        self.assertLess(len(response.content), 64 * 1024)
        self.assertEqual(self._count_side_records(), before)

    def test_refused_input_is_echoed_within_the_field_limits(self):
        response = self._post(
            {"name": "N" * 5000, "email": "long@example.com", "message": "m" * 9000}
        )
        self.assertIn("This is too long", response.text)
        self.assertNotIn("N" * 129, response.text)
        self.assertNotIn("m" * 2001, response.text)
        self.assertIn("m" * 2000, response.text)

    # 38
    def test_no_traceback_for_visitors_in_debug_mode(self):
        for debug in ("1", "assets"):
            with self.subTest(debug=debug):
                # a refused CSRF token, a too large body: Odoo's own error pages
                responses = [
                    self.url_open(
                        f"{self.url}/exchange?debug={debug}",
                        data={"name": "X", "email": "x@example.com"},
                    ),
                    self.url_open(
                        f"{self.url}/exchange?debug={debug}",
                        data={"csrf_token": self._csrf(), "message": "x" * 70000},
                    ),
                    self.url_open(f"/mtap/no-such-card-zz9?debug={debug}"),
                    self._post(
                        {"name": "X", "email": "x@example.com"},
                        url=f"{self.url}",
                        token="².x",
                    ),
                ]
                self.assertEqual(
                    [r.status_code for r in responses], [400, 413, 404, 200]
                )
                for response in responses:
                    self.assertNotIn("Traceback", response.text)
                    self.assertNotIn('File "/', response.text)
                    self.assertNotIn("exception_traceback", response.text)

    # 39
    def test_invisible_characters_do_not_hide_a_sender(self):
        self.env["mtap.exchange.block"].create(
            {"user_id": self.user_a.id, "email_normalized": "blocked@example.com"}
        )
        before = self._count_side_records()
        self._post({"name": "Blocked", "email": "blocked@example.com\u200b"})
        self._post({"name": "Blocked", "email": "\ufeffBLOCKED@example.com"})
        self.assertEqual(self._count_side_records(), before)
        for email in (
            "same@example.com",
            "sa\u200bme@example.com",
            "same@exa\u200dmple.com\u2060",
            "ｓａｍｅ@example.com",  # full-width letters
        ):
            self._post({"name": "Same", "email": email})
        lead = self._new_leads()
        self.assertEqual(len(lead), 1)
        self.assertRecordValues(
            lead, [{"email_from": "same@example.com", "mtap_exchange_count": 4}]
        )

    def test_bidi_and_line_separators_are_not_stored_in_names(self):
        self._post(
            {
                "name": "Eve\u202elive\u202c\u2028Next\u3164",
                "email": "eve@example.com",
                "company": "\u2066Acme\u2069",
            }
        )
        lead = self._new_leads()
        self.assertEqual(lead.contact_name, "Evelive Next")
        self.assertEqual(lead.partner_name, "Acme")
        # joiners that shape scripts and emoji stay
        values, errors = clean_exchange_form(
            {"name": "مهر\u200cناز 👩\u200d💻", "email": "m@example.com"}
        )
        self.assertFalse(errors)
        self.assertEqual(values["name"], "مهر\u200cناز 👩\u200d💻")

    # 40
    def test_the_card_mail_carries_no_visitor_text_and_goes_once(self):
        self.profile_a.write(
            {"send_card_to_visitor": True, "email": "a@acme.example.com"}
        )
        spam = "You won! Claim at http://spam.example/x"
        self._post({"name": spam, "email": "target@example.com"})
        self.env["mtap.exchange"]._cron_notify()
        Mail = self.env["mail.mail"].sudo()
        mail = Mail.search([("email_to", "=", "target@example.com")])
        self.assertEqual(len(mail), 1)
        for text in ("You won", "spam.example"):
            self.assertNotIn(text, str(mail.body_html))
            self.assertNotIn(text, mail.subject)
        lead = self._new_leads()
        self.assertTrue(lead.mtap_card_sent_date)
        self.assertIn(
            "was e-mailed to target@example.com",
            str(lead.message_ids.mapped("body")),
        )
        # the Lead archived, the same address typed again: a new Lead, no new mail
        lead.action_set_lost()
        self._post({"name": "Again", "email": "target@example.com"})
        self.env["mtap.exchange"]._cron_notify()
        self.assertEqual(Mail.search([("email_to", "=", "target@example.com")]), mail)
        second = self._new_leads() - lead
        self.assertEqual(len(second), 1)
        self.assertIn("not e-mailed", str(second.message_ids.mapped("body")))
        # once the period is over, it may go again
        self.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.card_mail_period_days", "0"
        )
        second.action_set_lost()
        self._post({"name": "Later", "email": "target@example.com"})
        self.env["mtap.exchange"]._cron_notify()
        self.assertEqual(len(Mail.search([("email_to", "=", "target@example.com")])), 2)

    # 41
    def test_public_addresses_ignore_the_host_header(self):
        self.profile_a.image_1920 = image_b64("blue")
        response = self.url_open(self.url, headers={"Host": "evil.example"})
        self.assertEqual(response.status_code, 200)
        base = self.profile_a.get_base_url()
        self.assertNotIn("evil.example", response.text)
        for tag in ("og:url", "og:image", "twitter:image"):
            match = re.search(
                rf'<meta (?:property|name)="{tag}" content="([^"]+)"', response.text
            )
            self.assertTrue(match, tag)
            self.assertTrue(match[1].startswith(base + self.url), match[1])
        self.assertIn("private", response.headers["Cache-Control"])
        self.assertIn("no-cache", response.headers["Cache-Control"])

    # 42
    def test_a_fast_person_lands_in_the_inbox_a_fast_robot_in_quarantine(self):
        self.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.exchange_min_fill_seconds", "3"
        )
        self.profile_a.send_card_to_visitor = True
        # one-tap autofill: a valid token within the minimum fill time is a person
        response = self._post(
            {"name": "Quick Quinn", "email": "quinn@example.com"},
            token=self._token(age=0),
        )
        self.assertIn("o_mtap_exchange_thanks", response.text)
        quinn = self._new_leads()
        self.assertRecordValues(
            quinn,
            [
                {
                    "mtap_state": "new",
                    "mtap_sent_quickly": True,
                    "mtap_notify_pending": True,
                }
            ],
        )
        self.assertTrue(quinn.activity_ids)
        self.env["mtap.exchange"]._cron_notify()
        self.assertTrue(
            self.env["mail.mail"]
            .sudo()
            .search([("email_to", "=", "quinn@example.com")])
        )
        # fast and a message stuffed with links: two robot signals agree
        activities = self.env["mail.activity"].search_count([])
        self._post(
            {
                "name": "Linky",
                "email": "linky@example.com",
                "message": "cheap http://a.example http://b.example",
            },
            token=self._token(age=0),
        )
        lead = self._new_leads() - quinn
        self.assertRecordValues(
            lead,
            [
                {
                    "mtap_state": "spam",
                    "mtap_suspected_spam": True,
                    "mtap_notify_pending": False,
                }
            ],
        )
        self.assertIn("a message full of links", str(lead.message_ids.mapped("body")))
        self.assertEqual(self.profile_a.with_user(self.user_a).spam_lead_count, 1)
        self.env["mtap.exchange"]._cron_notify()
        self.assertEqual(self.env["mail.activity"].search_count([]), activities)
        self.assertFalse(
            self.env["mail.mail"]
            .sudo()
            .search([("email_to", "=", "linky@example.com")])
        )
        inbox = (
            self.env["crm.lead"]
            .with_user(self.user_a)
            .search([("mtap_state", "in", ("new", "reviewed"))])
        )
        self.assertNotIn(lead, inbox)
        # the same message sent at a person's pace is a person's
        self._post(
            {
                "name": "Slow Linky",
                "email": "slow@example.com",
                "message": "see http://a.example http://b.example",
            },
            token=self._token(age=30),
        )
        slow = self._new_leads() - quinn - lead
        self.assertEqual(slow.mtap_state, "new")
        self.assertFalse(slow.mtap_sent_quickly)
        # honeypot or forged tokens stay dropped, fast or not
        before = self._count_side_records()
        self._post(
            {"name": "Bot", "email": "bot@example.com", "website": "http://x.example"},
            token=self._token(age=0),
        )
        self.assertEqual(self._count_side_records(), before)
        # the owner says it is a person: into the inbox, notified, followed up
        lead.with_user(self.user_a).action_mtap_not_spam()
        self.assertRecordValues(
            lead,
            [
                {
                    "mtap_state": "new",
                    "mtap_suspected_spam": False,
                    "mtap_notify_pending": True,
                }
            ],
        )
        self.assertTrue(lead.activity_ids)
        self.env["mtap.exchange"]._cron_notify()
        self.assertTrue(
            self.env["mail.mail"]
            .sudo()
            .search([("email_to", "=", "linky@example.com")])
        )

    def test_a_fast_sender_of_a_blocked_domain_is_quarantined(self):
        self.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.exchange_min_fill_seconds", "3"
        )
        self.env["mtap.exchange.block"].sudo().create(
            {"user_id": self.user_a.id, "email_normalized": "old@spam.example"}
        )
        self._post(
            {"name": "New Spam", "email": "new@spam.example"},
            token=self._token(age=0),
        )
        self.assertEqual(self._new_leads().mtap_state, "spam")

    def test_suspected_spam_can_be_deleted_by_its_owner_only(self):
        self.env["ir.config_parameter"].sudo().set_param(
            "mtap_hub.exchange_min_fill_seconds", "3"
        )
        self._post(
            {"name": "Fast", "email": "fast@example.com", "message": "www.a www.b"},
            token=self._token(age=0),
        )
        lead = self._new_leads()
        with self.assertRaises(AccessError):
            lead.with_user(self.user_b).action_mtap_delete_spam()
        lead.with_user(self.user_a).action_mtap_delete_spam()
        self.assertFalse(lead.exists())
