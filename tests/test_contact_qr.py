import base64
import socket
import threading

import requests

import odoo
from odoo.exceptions import UserError
from odoo.tests import (
    BaseCase,
    Form,
    TransactionCase,
    get_db_name,
    new_test_user,
    tagged,
)
from odoo.tools import SQL, config

from odoo.addons.mtap_hub.tools.qr_payload import read_qr_payload, url_host
from odoo.addons.mtap_hub.tools.vcard import VCardError

from .common import MtapCommon
from .test_contact_import import PIXEL

HOSTS = {"crm.example.com", "localhost:8069"}


class TestQrPayload(TransactionCase):
    """What a QR code holds, without the ORM."""

    def test_own_profile_addresses(self):
        for url in (
            "https://crm.example.com/mtap/jane-doe-4k2p",
            "https://CRM.example.com:443/mtap/jane-doe-4k2p/",
            "https://crm.example.com/fr/mtap/jane-doe-4k2p?utm_source=qr",
            "http://localhost:8069/pt_BR/mtap/jane-doe-4k2p",
            "  crm.example.com/mtap/jane-doe-4k2p\n",
        ):
            self.assertEqual(
                read_qr_payload(url, HOSTS), ("profile", "jane-doe-4k2p"), url
            )

    def test_other_addresses_are_kept_as_they_are(self):
        # another database's card, another path of ours, any site: a web address
        for url, expected in (
            ("https://other.example/mtap/jane", "https://other.example/mtap/jane"),
            ("http://localhost:8070/mtap/jane", "http://localhost:8070/mtap/jane"),
            ("https://crm.example.com/mtap/jane/vcard", None),
            ("https://crm.example.com/shop", None),
            ("www.jane.example/about", "https://www.jane.example/about"),
        ):
            self.assertEqual(read_qr_payload(url, HOSTS), ("url", expected or url))

    def test_vcard_payload(self):
        kind, card = read_qr_payload(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\n"
            "ORG:Doe Labs\r\nTITLE:CTO\r\nEMAIL;TYPE=work:jane@doe.example\r\n"
            "TEL;TYPE=cell:+32 470 12 34 56\r\nURL:https://doe.example\r\n"
            "END:VCARD",
            HOSTS,
        )
        self.assertEqual(kind, "card")
        self.assertEqual(card["name"], "Jane Doe")
        self.assertEqual(card["company"], "Doe Labs")
        self.assertEqual(card["title"], "CTO")
        self.assertEqual(card["emails"][0][0], "jane@doe.example")
        self.assertEqual(card["phones"][0][0], "+32 470 12 34 56")
        self.assertEqual(card["urls"], ["https://doe.example"])

    def test_mecard_payload(self):
        kind, card = read_qr_payload(
            r"MECARD:N:Doe,Jane;ORG:Doe\; Sons;TEL:+3247012345;TEL:+3222223333;"
            r"EMAIL:jane@doe.example;URL:https\://doe.example;NOTE:Met at Expo;"
            r"BDAY:19800101;;",
            HOSTS,
        )
        self.assertEqual(kind, "card")
        self.assertEqual(card["name"], "Jane Doe")
        self.assertEqual(card["company"], "Doe; Sons")
        self.assertEqual(
            [p for p, _t in card["phones"]], ["+3247012345", "+3222223333"]
        )
        self.assertEqual(card["emails"][0][0], "jane@doe.example")
        self.assertEqual(card["urls"], ["https://doe.example"])
        self.assertEqual(card["note"], "Met at Expo")
        self.assertEqual(card["birthday"], "19800101")

    def test_what_cannot_be_added(self):
        for text in (
            "",
            "   ",
            "Hello, I am Jane",
            "mailto:jane@doe.example",
            "javascript:alert(1)",
            "MECARD:;;",
            "BEGIN:VCARD\nVERSION:3.0\nFN:Jane",
            "https://" + "a" * 9000 + ".example",
            "https://crm.example.com/mtap/jane\x00",
        ):
            with self.assertRaises(VCardError, msg=repr(text[:40])):
                read_qr_payload(text, HOSTS)

    def test_url_host(self):
        self.assertEqual(url_host("https://A.example:443/x"), "a.example")
        self.assertEqual(url_host("http://a.example:8069"), "a.example:8069")
        self.assertEqual(url_host("http://a.example:99999"), "")


class TestContactQr(MtapCommon):
    """Adding a Contact from a QR code (issue 5, point 5)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param(
            "web.base.url", "https://crm.example.com"
        )
        cls.profile_a.write(
            {
                "email": "alice@a.example",
                "phone": "+32 470 11 22 33",
                "job_title": "Founder",
                "company_name": "Alice Co",
                "is_published": True,
            }
        )
        cls.profile_b.write(
            {
                "email": "bob@b.example",
                "phone": "+32 470 44 55 66",
                "job_title": "Buyer",
                "company_name": "Bob Industries",
                "website": "https://bob.example",
                "bio": "<p>I buy <b>engines</b>.</p>",
                "image_1920": base64.b64encode(PIXEL),
                "is_published": True,
            }
        )
        cls.url_b = "https://crm.example.com/mtap/bob-mtap-q9z4"

    def _qr_form(self, code, user=None):
        form = Form(
            self.env["mtap.contact.add"]
            .with_user(user or self.user_a)
            .with_context(default_source="qr_profile")
        )
        form.qr_code = code
        return form

    def _save(self, form):
        action = form.save().action_save()
        return self.env["res.partner"].browse(action["res_id"])

    def _leads_of(self, profile):
        return self.env["crm.lead"].search([("mtap_profile_id", "=", profile.id)])

    def test_profile_url_gives_the_published_card(self):
        form = self._qr_form(self.url_b)
        self.assertEqual(form.qr_card_name, "Bob Mtap")
        self.assertEqual(form.name, "Bob Mtap")
        self.assertEqual(form.company_name, "Bob Industries")
        self.assertEqual(form.function, "Buyer")
        self.assertEqual(form.email, "bob@b.example")
        self.assertEqual(form.phone, "+32 470 44 55 66")
        self.assertEqual(form.website, "https://bob.example")
        self.assertIn("I buy engines.", form.note)
        self.assertIn("mTap card: " + self.url_b, form.note)
        self.assertIn("https://x.com/bob", form.note)
        self.assertTrue(form.image_1920)
        form.met_event = "Expo 2026"
        form.exchange_back = False
        contact = self._save(form)
        self.assertRecordValues(
            contact,
            [
                {
                    "name": "Bob Mtap",
                    "email": "bob@b.example",
                    "function": "Buyer",
                    "website": "https://bob.example",
                    "mtap_is_contact": True,
                    "mtap_source": "qr_profile",
                    "mtap_owner_id": self.user_a.id,
                    "mtap_their_profile_id": self.profile_b.id,
                    "mtap_met_event": "Expo 2026",
                }
            ],
        )
        self.assertEqual(contact.parent_id.name, "Bob Industries")
        self.assertTrue(contact.image_1920)
        self.assertFalse(self._leads_of(self.profile_b), "no exchange back asked")

    def test_exchange_back_gives_the_other_owner_a_lead(self):
        form = self._qr_form(self.url_b)
        self.assertTrue(form.exchange_back, "on by default")
        form.met_event = "Expo 2026"
        contact = self._save(form)
        lead = self._leads_of(self.profile_b)
        self.assertRecordValues(
            lead,
            [
                {
                    "contact_name": "Alice Mtap",
                    "email_from": "alice@a.example",
                    "phone": "+32470112233",
                    "partner_name": "Alice Co",
                    "function": "Founder",
                    "user_id": self.user_b.id,
                    "type": "lead",
                    "mtap_source": "qr_profile",
                    "mtap_consent": False,
                }
            ],
        )
        self.assertIn("Expo 2026", lead.description)
        self.assertEqual(lead.activity_ids.user_id, self.user_b)
        self.assertEqual(self.profile_b.exchange_count, 1)
        self.assertIn(
            "your card was sent back", contact.message_ids[0].body, "logged on it"
        )
        # user A still cannot read B's Leads: the Lead is B's
        self.assertFalse(
            self.env["crm.lead"].with_user(self.user_a).search([("id", "=", lead.id)])
        )
        # scanned again moments later: the same Contact, nothing sent twice
        self.assertEqual(self._save(self._qr_form(self.url_b)), contact)
        self.assertEqual(lead.mtap_exchange_count, 1)
        # scanned again later: B's open Lead is updated, no other one is created
        self.env.cr.execute(
            SQL(
                "UPDATE res_partner SET create_date = create_date - interval '1 hour' "
                "WHERE id = %s",
                contact.id,
            )
        )
        contact.invalidate_recordset(["create_date"])
        self.assertNotEqual(self._save(self._qr_form(self.url_b)), contact)
        self.assertEqual(self._leads_of(self.profile_b), lead)
        self.assertEqual(lead.mtap_exchange_count, 2)

    def test_exchange_back_needs_a_way_to_reach_the_user(self):
        self.profile_a.write({"email": False, "phone": False})
        self.user_a.write({"email": False})
        form = self._qr_form(self.url_b)
        wizard = form.save()
        count = self.env["res.partner"].search_count([])
        with self.assertRaisesRegex(UserError, "cannot be sent back"):
            wizard.action_save()
        self.assertEqual(self.env["res.partner"].search_count([]), count)
        self.assertFalse(self._leads_of(self.profile_b))

    def test_unpublished_or_unknown_card_is_refused(self):
        self.profile_b.is_published = False
        for url in (self.url_b, "https://crm.example.com/mtap/nobody-here-1234"):
            form = self._qr_form(url)
            self.assertFalse(form.qr_card_name)
            self.assertFalse(form.name, "nothing of the card is shown")
            form.name = "Bob"
            wizard = form.save()
            with self.assertRaisesRegex(UserError, "not published"):
                wizard.action_save()
        self.assertFalse(
            self.env["res.partner"].search([("mtap_source", "=", "qr_profile")])
        )
        # the onchange tells the user at once
        wizard = (
            self.env["mtap.contact.add"]
            .with_user(self.user_a)
            .new({"source": "qr_profile", "qr_code": self.url_b})
        )
        self.assertIn("not published", wizard._onchange_qr_code()["warning"]["message"])

    def test_card_unpublished_after_the_scan_is_refused_on_save(self):
        form = self._qr_form(self.url_b)
        self.assertEqual(form.name, "Bob Mtap")
        wizard = form.save()
        self.profile_b.is_published = False
        with self.assertRaisesRegex(UserError, "not published"):
            wizard.action_save()

    def test_own_card_is_refused(self):
        form = self._qr_form("https://crm.example.com/mtap/alice-mtap-x7k2")
        form.name = "Me"
        with self.assertRaisesRegex(UserError, "your own card"):
            form.save().action_save()

    def test_vcard_payload(self):
        tag = self.env["res.partner.category"].create({"name": "Investors"})
        form = self._qr_form(
            "BEGIN:VCARD\nVERSION:3.0\nFN:Jane Doe\nORG:Doe Labs\nTITLE:CTO\n"
            "EMAIL:jane@doe.example\nEMAIL:jane@home.example\nTEL:+32 2 555 12 12\n"
            "CATEGORIES:investors,Unknown Tag\nNOTE:Met at the bar\nEND:VCARD"
        )
        self.assertFalse(form.qr_card_name, "not an mTap card: no exchange back")
        contact = self._save(form)
        self.assertRecordValues(
            contact,
            [
                {
                    "name": "Jane Doe",
                    "email": "jane@doe.example",
                    "phone": "+32 2 555 12 12",
                    "function": "CTO",
                    "mtap_source": "qr_profile",
                    "mtap_their_profile_id": False,
                }
            ],
        )
        self.assertEqual(contact.parent_id.name, "Doe Labs")
        self.assertEqual(contact.category_id, tag, "existing tags only, none created")
        self.assertIn("Met at the bar", contact.comment)
        self.assertIn("jane@home.example", contact.comment)
        self.assertFalse(
            self.env["res.partner.category"].search([("name", "=", "Unknown Tag")])
        )

    def test_saving_the_same_scan_again_makes_no_second_contact(self):
        # Save, then Save again in the same dialog (left open, or a double tap)
        wizard = self._qr_form(self.url_b).save()
        first = wizard.action_save()
        again = wizard.action_save()
        self.assertEqual(again["res_id"], first["res_id"])
        mine = [("mtap_owner_id", "=", self.user_a.id)]
        bobs = self.env["res.partner"].search(mine + [("name", "=", "Bob Mtap")])
        self.assertEqual(bobs.ids, [first["res_id"]])
        self.assertEqual(len(self._leads_of(self.profile_b)), 1, "my card sent once")
        # the same code scanned again in a new dialog moments later
        self.assertEqual(self._save(self._qr_form(self.url_b)), bobs)
        self.assertEqual(len(self._leads_of(self.profile_b)), 1)
        # a vCard code: the same person found by their e-mail
        code = (
            "BEGIN:VCARD\nVERSION:3.0\nFN:Jane Doe\nEMAIL:Jane@Doe.example\nEND:VCARD"
        )
        jane = self._save(self._qr_form(code))
        self.assertEqual(self._save(self._qr_form(code)), jane)
        # another user scanning the same card gets their own Contact
        carl = new_test_user(
            self.env, "mtap_qr_carl", groups="mtap_hub.group_mtap_user"
        )
        form = self._qr_form(self.url_b, user=carl)
        form.exchange_back = False
        theirs = self._save(form)
        self.assertNotEqual(theirs, bobs)
        self.assertEqual(theirs.mtap_owner_id, carl)
        # typed in by hand, the same e-mail twice is the user's choice: two Contacts
        typed = self.env["mtap.contact.add"].with_user(self.user_a)
        for _i in range(2):
            typed.create(
                {"name": "Jane Doe", "email": "jane@doe.example"}
            ).action_save()
        self.assertEqual(
            self.env["res.partner"].search_count(
                mine + [("email_normalized", "=", "jane@doe.example")]
            ),
            3,
        )

    def test_mecard_payload(self):
        form = self._qr_form(
            "MECARD:N:Doe,John;TEL:+3222223333;EMAIL:john@doe.example;"
            "URL:https://john.example;;"
        )
        contact = self._save(form)
        self.assertRecordValues(
            contact,
            [
                {
                    "name": "John Doe",
                    "email": "john@doe.example",
                    "phone": "+32 2 222 33 33",
                    "website": "https://john.example",
                    "mtap_source": "qr_profile",
                }
            ],
        )

    def test_foreign_url_is_stored_never_fetched(self):
        # a server on this machine that records any visit
        with socket.create_server(("127.0.0.1", 0)) as server:
            url = f"http://127.0.0.1:{server.getsockname()[1]}/jane"
            form = self._qr_form(url)
            self.assertEqual(form.website, url)
            self.assertFalse(form.name, "a web address names nobody")
            form.name = "Jane From The Web"
            contact = self._save(form)
            server.settimeout(0.2)
            with self.assertRaises(TimeoutError):
                server.accept()
        self.assertEqual(contact.website, url)
        self.assertEqual(contact.mtap_source, "qr_profile")

    def test_garbage_is_refused(self):
        form = self._qr_form("Hello, I am Jane")
        form.name = "Jane"
        with self.assertRaisesRegex(UserError, "neither a contact card"):
            form.save().action_save()
        form = Form(
            self.env["mtap.contact.add"]
            .with_user(self.user_a)
            .with_context(default_source="qr_profile")
        )
        form.name = "Jane"
        with self.assertRaisesRegex(UserError, "Scan or paste"):
            form.save().action_save()

    def test_duplicate_warning_on_qr(self):
        mine = (
            self.env["res.partner"]
            .with_user(self.user_a)
            .create({"name": "Bob", "email": "BOB@b.example", "mtap_is_contact": True})
        )
        form = self._qr_form(self.url_b)
        self.assertEqual(form.duplicate_id, mine)
        form = self._qr_form("MECARD:N:Bob;EMAIL:bob@b.example;;")
        self.assertEqual(form.duplicate_id, mine)

    def test_blocked_sender_gets_no_lead_but_keeps_the_contact(self):
        self.env["mtap.exchange.block"].create(
            {"user_id": self.user_b.id, "email_normalized": "alice@a.example"}
        )
        contact = self._save(self._qr_form(self.url_b))
        self.assertTrue(contact)
        self.assertFalse(self._leads_of(self.profile_b))


@tagged("post_install", "-at_install")
class TestQrSaveRace(BaseCase):
    """Save tapped twice at once on one QR dialog: two real requests, each in its
    own committed transaction, as in production."""

    TAPS = 4

    def setUp(self):
        super().setUp()
        self.registry = odoo.modules.registry.Registry(get_db_name())
        with self.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            user = new_test_user(
                env, "mtap_qr_racer", groups="mtap_hub.group_mtap_user"
            )
            self.user_id = user.id
            self.wizard_id = (
                env["mtap.contact.add"]
                .with_user(user)
                .create(
                    {
                        "source": "qr_profile",
                        "qr_code": "MECARD:N:Race,Rita;EMAIL:rita@race.example;;",
                        "name": "Rita Race",
                        "email": "rita@race.example",
                    }
                )
                .id
            )
        self.addCleanup(self._clean)

    def _clean(self):
        with self.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            env["mtap.contact.add"].browse(self.wizard_id).unlink()
            env["res.partner"].search([("mtap_owner_id", "=", self.user_id)]).unlink()
            env["res.users"].browse(self.user_id).unlink()

    def test_two_saves_at_once_make_one_contact(self):
        base_url = f"http://127.0.0.1:{config['http_port']}"
        sessions = []
        for _tap in range(self.TAPS):
            session = requests.Session()
            response = session.post(
                f"{base_url}/web/session/authenticate",
                json={
                    "jsonrpc": "2.0",
                    "params": {
                        "db": get_db_name(),
                        "login": "mtap_qr_racer",
                        "password": "mtap_qr_racer",
                    },
                },
                timeout=30,
            )
            self.assertEqual(response.json()["result"]["uid"], self.user_id)
            sessions.append(session)
        barrier = threading.Barrier(self.TAPS)
        opened = [None] * self.TAPS

        def save(index):
            barrier.wait()
            response = sessions[index].post(
                f"{base_url}/web/dataset/call_button/mtap.contact.add/action_save",
                json={
                    "jsonrpc": "2.0",
                    "params": {
                        "model": "mtap.contact.add",
                        "method": "action_save",
                        "args": [[self.wizard_id]],
                        "kwargs": {},
                    },
                },
                timeout=60,
            )
            opened[index] = response.json().get("result", {}).get("res_id")

        threads = [threading.Thread(target=save, args=(i,)) for i in range(self.TAPS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with self.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            contacts = env["res.partner"].search([("mtap_owner_id", "=", self.user_id)])
            self.assertEqual(contacts.mapped("name"), ["Rita Race"])
            self.assertEqual(opened, [contacts.id] * self.TAPS, "each Save opens it")
