"""The outside probe's holes, written the way it found them: as B, an ordinary mTap
user, through the ORM with B's user and through ``/web/dataset/call_kw`` with B's
session, against A's card, Leads, Contacts, imports and wizards. Each test asserts
the refusal and that the database is unchanged."""

import base64
import contextlib
import functools
import io
import logging
import struct
import zlib
from datetime import timedelta

from PIL import Image

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from .common import MtapCommon, image_b64

GUARD_LOGGER = "odoo.addons.mtap_hub.models.mtap_guard_mixin"
CARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:%s\r\nEMAIL:%s\r\nTITLE:%s\r\nEND:VCARD\r\n"


def _png_chunk(kind, data):
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


@functools.cache
def declared_png(width, height, full=False):
    """A PNG whose header declares ``width`` x ``height`` pixels (RGB). With
    ``full``, its pixel data is all there (black: it compresses ~1000:1, so a file
    of a few hundred KB decodes to hundreds of MB, as an image bomb does); else
    the data stops after a few rows (the header alone is the threat)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    compressor = zlib.compressobj(9)
    row = b"\0" * (1 + 3 * width)
    rows = height if full else 4
    parts = []
    block = row * max(1, min(rows, 4_000_000 // len(row)))
    done = 0
    while done < rows:
        count = min(rows - done, len(block) // len(row))
        parts.append(compressor.compress(block[: count * len(row)]))
        done += count
    parts.append(compressor.flush())
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", b"".join(parts))
        + _png_chunk(b"IEND", b"")
    )


def _rss_kib(key):
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key):
                return int(line.split()[1])
    return 0


class ProbeCommon(MtapCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lead_a = cls._exchange_lead(
            cls.profile_a, "Vera Visitor", email="vera@visitor.example"
        )
        cls.lead_b = cls._exchange_lead(
            cls.profile_b, "Bert Visitor", email="bert@visitor.example"
        )
        cls.contact_a = cls._mtap_contacts(
            cls.user_a,
            [
                {
                    "name": "Alice's Client",
                    "email": "client@alice.example",
                    "phone": "+32 470 11 22 33",
                    "street": "Rue Secrète 1",
                    "function": "Buyer",
                }
            ],
        )
        cls.contact_b = cls._mtap_contacts(cls.user_b, [{"name": "Bob's Friend"}])
        cls.profile_a.is_published = False

    def as_b(self, model):
        return self.env[model].with_user(self.user_b)


@tagged("post_install", "-at_install")
class TestOwnershipFields(ProbeCommon):
    # hole 1: a Lead planted on A's card, and the Exchange that followed it
    def test_b_cannot_plant_a_lead_on_as_card(self):
        count = self.env["crm.lead"].search_count([])
        with self.assertRaisesRegex(ValidationError, "no access"):
            self.as_b("crm.lead").create(
                {
                    "name": "Planted",
                    "email_from": "planted@x.example",
                    "mtap_profile_id": self.profile_a.id,
                }
            )
        self.assertEqual(self.env["crm.lead"].search_count([]), count)

    def test_an_exchange_never_merges_into_a_lead_another_user_put_on_the_card(self):
        # a Lead already on A's card made by B (as the hole allowed before)
        planted = (
            self.env["crm.lead"]
            .with_user(self.user_b)
            .sudo()
            .create(
                {
                    "name": "Planted",
                    "type": "lead",
                    "email_from": "planted@x.example",
                    "user_id": self.user_b.id,
                    "mtap_profile_id": self.profile_a.id,
                }
            )
        )
        self.assertEqual(planted.create_uid, self.user_b)
        self.profile_a.is_published = True
        lead = self._exchange_lead(
            self.profile_a, "Real Visitor", email="planted@x.example"
        )
        self.assertNotEqual(lead, planted)
        self.assertEqual(lead.user_id, self.user_a)
        self.assertEqual(planted.mtap_exchange_count, 0)
        # A's own Leads and the Exchanges' Leads are still merged
        again = self._exchange_lead(
            self.profile_a, "Real Visitor", email="planted@x.example"
        )
        self.assertEqual(again, lead)
        self.assertEqual(lead.mtap_exchange_count, 2)

    # hole 2: moving records onto A's card, import and user
    def test_b_cannot_move_own_lead_onto_as_card(self):
        with self.assertRaisesRegex(ValidationError, "no access"):
            self.lead_b.with_user(self.user_b).write(
                {"mtap_profile_id": self.profile_a.id}
            )
        self.assertEqual(self.lead_b.mtap_profile_id, self.profile_b)
        # writing back the card it has (a form does) is fine
        self.lead_b.with_user(self.user_b).write(
            {"mtap_profile_id": self.profile_b.id, "description": "ok"}
        )

    def _import(self, user, data, duplicate_action="skip"):
        job = (
            self.env["mtap.contact.import"]
            .with_user(user)
            .create({"file": base64.b64encode(data), "name": "book.vcf"})
        )
        job.action_preview()
        job.duplicate_action = duplicate_action
        return job

    def test_b_cannot_push_a_line_into_as_import_nor_hand_a_job_to_a(self):
        job_a = self._import(self.user_a, CARD % (b"Ann", b"ann@a.example", b"CEO"))
        job_b = self._import(self.user_b, CARD % (b"Ben", b"ben@b.example", b"CTO"))
        line_b = job_b.line_ids
        with self.assertRaisesRegex(ValidationError, "no access"):
            line_b.with_user(self.user_b).write({"import_id": job_a.id})
        self.assertEqual(line_b.import_id, job_b)
        with self.assertRaisesRegex(AccessError, "your own"):
            job_b.with_user(self.user_b).write(
                {"user_id": self.user_a.id, "state": "queued"}
            )
        self.assertEqual(job_b.user_id, self.user_b)
        self.assertEqual(job_b.state, "preview")
        with self.assertRaisesRegex(AccessError, "your own"):
            self.as_b("mtap.contact.import").create(
                {"name": "x.vcf", "user_id": self.user_a.id}
            )

    def test_an_import_runs_as_its_creator_whatever_is_written_later(self):
        # B's file names A's Contact: in update mode it must not change it
        data = CARD % (b"Alice's Client", b"client@alice.example", b"Hacked Title")
        job = self._import(self.user_b, data, duplicate_action="update")
        # a manager re-labels the job (allowed, logged): it still runs as B
        with self.assertLogs(GUARD_LOGGER, logging.INFO):
            job.with_user(self.manager).write({"user_id": self.user_a.id})
        job.state = "queued"
        self.env["mtap.contact.import"]._cron_process()
        self.assertEqual(job.state, "done")
        self.assertEqual(self.contact_a.function, "Buyer")
        self.assertFalse(self.contact_a.comment)
        created = job.line_ids.partner_id
        self.assertEqual(len(created), 1)
        self.assertEqual(created.mtap_owner_id, self.user_b)

    # hole 4: links that reveal
    def test_b_cannot_link_own_records_to_as_records(self):
        cases = [
            (self.lead_b, "partner_id", self.contact_a.id),
            (self.contact_b, "parent_id", self.contact_a.id),
            (self.contact_b, "mtap_profile_id", self.profile_a.id),
            (self.contact_b, "mtap_their_profile_id", self.profile_a.id),
        ]
        for record, name, value in cases:
            with self.subTest(field=name):
                before = record[name]
                with self.assertRaisesRegex(ValidationError, "no access"):
                    record.with_user(self.user_b).write({name: value})
                self.assertEqual(record[name], before)
        # nothing of A's Contact came through a compute
        self.assertNotEqual(self.lead_b.email_from, "client@alice.example")
        self.assertFalse(self.contact_b.street)
        block = self.as_b("mtap.exchange.block").create(
            {"email_normalized": "spam@x.example"}
        )
        with self.assertRaisesRegex(ValidationError, "no access"):
            block.with_user(self.user_b).write({"lead_id": self.lead_a.id})
        with self.assertRaisesRegex(AccessError, "own cards"):
            self.as_b("mtap.exchange.block").create(
                {"email_normalized": "x@x.example", "user_id": self.user_a.id}
            )

    def test_a_published_card_and_a_converted_leads_card_may_be_linked(self):
        self.profile_a.is_published = True
        self.contact_b.with_user(self.user_b).mtap_their_profile_id = self.profile_a
        self.assertEqual(self.contact_b.mtap_their_profile_id, self.profile_a)
        self.profile_a.is_published = False
        # a Lead of A's card assigned to B (by a manager) converts, with its card
        self.lead_a.with_user(self.manager).user_id = self.user_b
        wizard = (
            self.env["mtap.lead.convert"]
            .with_user(self.user_b)
            .with_context(default_lead_ids=self.lead_a.ids)
            .create({})
        )
        wizard.action_apply()
        self.assertEqual(self.lead_a.mtap_contact_id.mtap_profile_id, self.profile_a)

    # hole 5: giving an mTap Lead to a colleague
    def test_only_managers_give_an_mtap_lead_away(self):
        with self.assertRaisesRegex(AccessError, "Only an mTap manager"):
            self.lead_b.with_user(self.user_b).write({"user_id": self.user_a.id})
        self.assertEqual(self.lead_b.user_id, self.user_b)
        with self.assertRaisesRegex(AccessError, "Only an mTap manager"):
            self.as_b("crm.lead").create(
                {
                    "name": "Gift",
                    "user_id": self.user_a.id,
                    "mtap_profile_id": self.profile_b.id,
                }
            )
        with self.assertLogs(GUARD_LOGGER, logging.INFO):
            self.lead_b.with_user(self.manager).write({"user_id": self.user_a.id})
        self.assertEqual(self.lead_b.user_id, self.user_a)
        # a Lead that did not come through a card follows CRM's own rules
        plain = self.as_b("crm.lead").create({"name": "Plain", "type": "lead"})
        plain.write({"user_id": self.user_a.id})
        self.assertEqual(plain.user_id, self.user_a)


@tagged("post_install", "-at_install")
class TestWizardsAreTheirCreators(ProbeCommon):
    """Hole 3: every transient model of the add-on read, written and used by
    another user."""

    def _wizards_of_a(self):
        env = self.env(user=self.user_a)
        scan = env["mtap.contact.add"].create(
            {
                "name": "Scanned Person",
                "email": "scanned@card.example",
                "source": "card_scan",
                "scan_text": "Scanned Person\nscanned@card.example",
                "scan_image": image_b64("white", (400, 240)),
            }
        )
        convert = (
            env["mtap.lead.convert"]
            .with_context(default_lead_ids=self.lead_a.ids)
            .create({})
        )
        signature = env["mtap.card.signature"].create({"profile_id": self.profile_a.id})
        export = env["mtap.contact.export"]._mtap_export(self.contact_a)
        env_m = self.env(user=self.manager)
        template = self.env["mtap.card.template"].create({"name": "Probe"})
        bulk = env_m["mtap.card.bulk"].create(
            {"template_id": template.id, "user_ids": [(6, 0, self.user_a.ids)]}
        )
        reassign = env_m["mtap.card.reassign"].create(
            {"profile_ids": [(6, 0, self.profile_a.ids)], "user_id": self.user_b.id}
        )
        questions = env["mtap.question.editor"].create(
            {
                "profile_id": self.profile_a.id,
                "line_ids": [
                    (0, 0, {"label": "What brings you here?", "kind": "char"})
                ],
            }
        )
        mail = env["mtap.followup.mail"].create(
            {
                "res_model": "crm.lead",
                "res_id": self.lead_a.id,
                "email_to": "visitor@example.com",
                "subject": "Good to meet you",
            }
        )
        return {
            "mtap.followup.mail": mail,
            "mtap.question.editor": questions,
            "mtap.question.editor.line": questions.line_ids,
            "mtap.contact.add": scan,
            "mtap.lead.convert": convert,
            "mtap.lead.convert.line": convert.line_ids,
            "mtap.card.signature": signature,
            "mtap.contact.export": export,
            "mtap.card.bulk": bulk,
            "mtap.card.reassign": reassign,
        }

    def test_every_wizard_is_its_creators_only(self):
        wizards = self._wizards_of_a()
        transient = {
            model.model
            for model in self.env["ir.model"].search(
                [("transient", "=", True), ("model", "=like", "mtap.%")]
            )
        }
        self.assertEqual(set(wizards), transient, "a wizard of the add-on is untested")
        manager_2 = new_test_user(
            self.env, "mtap_manager_2", groups="mtap_hub.group_mtap_manager"
        )
        for model, records in wizards.items():
            self.assertTrue(records, model)
            for user in (self.user_b, self.manager, manager_2):
                if user == records.create_uid[:1]:
                    continue
                with self.subTest(model=model, user=user.login):
                    as_user = records.with_user(user)
                    try:
                        found = as_user.search([("id", "in", records.ids)])
                    except AccessError:  # the wizards for managers only
                        found = as_user.browse()
                    self.assertFalse(found)
                    with self.assertRaises(AccessError):
                        as_user.read(["display_name"])
                    with self.assertRaises(AccessError):
                        as_user.unlink()
        # the creator still uses them
        self.assertTrue(wizards["mtap.contact.add"].with_user(self.user_a).name)

    def test_b_cannot_save_as_scan_wizard(self):
        scan = self._wizards_of_a()["mtap.contact.add"]
        contacts = self.env["res.partner"].search_count([])
        with self.assertRaises(AccessError):
            scan.with_user(self.user_b).action_save()
        self.assertEqual(self.env["res.partner"].search_count([]), contacts)

    def test_a_wizard_cannot_name_records_of_another_user(self):
        with self.assertRaises(AccessError):
            self.env["mtap.lead.convert"].with_user(self.user_b).create(
                {"lead_ids": [(6, 0, self.lead_a.ids)]}
            )
        with self.assertRaisesRegex(ValidationError, "no access"):
            self.env["mtap.card.signature"].with_user(self.user_b).create(
                {"profile_id": self.profile_a.id}
            )


@tagged("post_install", "-at_install")
class TestSettingsDefaults(MtapCommon):
    """Hole 6: the add-on's limits are for those who may read the settings."""

    def test_limits_are_hidden_from_users_and_portal(self):
        Settings = self.env["res.config.settings"]
        names = ["mtap_exchange_rate_limit_ip", "mtap_exchange_min_fill_seconds"]
        for user in (self.user_b, self.internal, self.portal):
            with self.subTest(user=user.login):
                defaults = Settings.with_user(user).default_get(names)
                self.assertFalse({name for name in defaults if "mtap" in name})
        for user in (self.manager, self.env.ref("base.user_admin")):
            with self.subTest(user=user.login):
                self.assertEqual(
                    Settings.with_user(user).default_get(names)[names[0]], 20
                )


@tagged("post_install", "-at_install")
class TestImagesCheckedFromTheirHeader(ProbeCommon):
    """Hole 7: every image a client sends is refused from its header when it
    declares too many pixels, before anything decodes it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.giant = base64.b64encode(declared_png(50_000, 50_000))
        # a full 13,000 x 13,000 picture (~500 MB decoded) in a few hundred KB
        cls.bomb = base64.b64encode(declared_png(13_000, 13_000, full=True))

    def _targets(self):
        scan = (
            self.env["mtap.contact.add"]
            .with_user(self.user_a)
            .create({"name": "Scan", "source": "card_scan"})
        )
        return [
            (scan, "scan_card_image"),
            (scan, "image_1920"),
            (self.contact_a.with_user(self.user_a), "image_1920"),
            (self.contact_a.with_user(self.user_a), "mtap_card_image"),
            (self.profile_a.with_user(self.user_a), "image_1920"),
            (self.profile_a.with_user(self.user_a), "cover_image"),
            (self.profile_a.with_user(self.user_a), "logo"),
            (self.env["mtap.card.template"].create({"name": "T"}), "logo"),
            (self.env["mtap.card.template"].create({"name": "T2"}), "cover_image"),
        ]

    def _refused_within_bounded_memory(self, call, pattern):
        # reset the peak (a kernel without it: the peak since the start counts)
        with (
            contextlib.suppress(OSError),
            open("/proc/self/clear_refs", "w", encoding="ascii") as refs,
        ):
            refs.write("5")
        rss = _rss_kib("VmRSS")
        with self.assertRaisesRegex(UserError, pattern):
            call()
        self.assertLess(_rss_kib("VmHWM") - rss, 40 * 1024)

    def test_every_image_field_refuses_a_bomb_from_its_header(self):
        for record, name in self._targets():
            for label, data in (("50000", self.giant), ("13000", self.bomb)):
                with self.subTest(model=record._name, field=name, size=label):
                    before = record[name]
                    self._refused_within_bounded_memory(
                        lambda r=record, n=name, d=data: r.write({n: d}), "pixels"
                    )
                    self.assertEqual(record[name], before)

    def test_the_scan_photos_are_refused_from_their_header(self):
        """The photos of a card are read by the scan itself: refused from their
        header when chosen (onchange) and when the form is saved."""
        buffer = io.BytesIO()
        Image.effect_noise((400, 240), 60).save(buffer, format="PNG")
        front = base64.b64encode(buffer.getvalue())  # a photo with something on it
        for name in ("scan_image", "scan_image_back"):
            for label, data in (("50000", self.giant), ("13000", self.bomb)):
                with self.subTest(field=name, size=label):
                    vals = {
                        "name": "Scan",
                        "source": "card_scan",
                        "scan_image": front,
                        name: data,
                    }
                    Scan = self.env["mtap.contact.add"].with_user(self.user_a)
                    warning = Scan.create(vals)._onchange_scan_image()
                    self.assertIn("megapixels", warning["warning"]["message"])
                    scan = Scan.create(vals)
                    contacts = self.env["res.partner"].search_count([])
                    self._refused_within_bounded_memory(scan.action_save, "megapixels")
                    self.assertEqual(self.env["res.partner"].search_count([]), contacts)

    def test_a_normal_image_is_taken(self):
        self.profile_a.with_user(self.user_a).logo = image_b64("navy", (200, 200))
        self.assertTrue(self.profile_a.logo)

    def test_a_vcard_photo_bomb_is_not_kept_and_said(self):
        photo = base64.b64encode(declared_png(13_000, 13_000, full=True))
        data = (
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pic Person\r\nEMAIL:pic@x.example\r\n"
            b"PHOTO;ENCODING=b;TYPE=PNG:" + photo + b"\r\nEND:VCARD\r\n"
        )
        job = (
            self.env["mtap.contact.import"]
            .with_user(self.user_a)
            .create({"file": base64.b64encode(data), "name": "pic.vcf"})
        )
        job.action_preview()
        self.assertEqual(job.line_ids.status, "new")
        self.assertIn("photo", job.line_ids.message.lower())
        job.action_import()
        partner = job.line_ids.partner_id
        self.assertEqual(partner.name, "Pic Person")
        self.assertFalse(partner.image_1920)


@tagged("post_install", "-at_install")
class TestFilesAndExports(ProbeCommon, HttpCase):
    """Hole 8: a file with no line break, and exports that outlive their use."""

    def test_a_one_line_file_is_refused_with_a_message(self):
        data = b"BEGIN:VCARD VERSION:3.0 FN:" + b"x" * 10_000_000 + b" END:VCARD"
        job = (
            self.env["mtap.contact.import"]
            .with_user(self.user_a)
            .create({"file": base64.b64encode(data), "name": "one.vcf"})
        )
        with self.assertRaisesRegex(UserError, "one single line"):
            job.action_preview()
        self.assertEqual(job.state, "draft")
        self.assertFalse(job.line_ids)

    def test_a_file_without_a_readable_card_is_refused_with_a_message(self):
        job = (
            self.env["mtap.contact.import"]
            .with_user(self.user_a)
            .create(
                {
                    "file": base64.b64encode(b"hello\nBEGIN:VCARDS\nnothing\n"),
                    "name": "none.vcf",
                }
            )
        )
        with self.assertRaisesRegex(UserError, "No card could be read"):
            job.action_preview()

    def test_an_export_is_deleted_once_downloaded(self):
        action = self.contact_a.with_user(self.user_a).action_mtap_export_vcf()
        self.assertIn("deleted", action["params"]["message"])
        url = action["params"]["next"]["url"]
        export_id = int(url.rsplit("/", 1)[1])
        self.authenticate("mtap_user_a", "mtap_user_a")
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200)
        self.assertIn(b"FN:Alice's Client", response.content)
        self.assertFalse(self.env["mtap.contact.export"].browse(export_id).exists())
        self.assertEqual(self.url_open(url).status_code, 404)

    def test_an_export_is_gone_after_an_hour(self):
        export = (
            self.env["mtap.contact.export"]
            .with_user(self.user_a)
            ._mtap_export(self.contact_a)
        )
        fresh = (
            self.env["mtap.contact.export"]
            .with_user(self.user_a)
            ._mtap_export(self.contact_a)
        )
        self.env.cr.execute(
            "UPDATE mtap_contact_export SET create_date = %s WHERE id = %s",
            (fields.Datetime.now() - timedelta(minutes=61), export.id),
        )
        export.invalidate_recordset()
        self.authenticate("mtap_user_a", "mtap_user_a")
        self.assertEqual(self.url_open(f"/mtap/export/{export.id}").status_code, 404)
        self.env["mtap.contact.export"]._gc_mtap_exports()
        self.assertFalse(export.exists())
        self.assertTrue(fresh.exists())


@tagged("post_install", "-at_install")
class TestProbeOverJsonRpc(ProbeCommon, HttpCase):
    """The same holes through ``/web/dataset/call_kw`` with B's session."""

    def _call(self, model, method, args, kwargs=None, login="mtap_user_b"):
        self.authenticate(login, login)
        return self.make_jsonrpc_request(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    @mute_logger("odoo.http")
    def test_b_over_json_rpc(self):
        leads = self.env["crm.lead"].search_count([])
        with self.assertRaisesRegex(JsonRpcException, "ValidationError"):
            self._call(
                "crm.lead",
                "create",
                [{"name": "Planted", "mtap_profile_id": self.profile_a.id}],
            )
        self.assertEqual(self.env["crm.lead"].search_count([]), leads)
        with self.assertRaisesRegex(JsonRpcException, "ValidationError"):
            self._call(
                "crm.lead",
                "write",
                [self.lead_b.ids, {"partner_id": self.contact_a.id}],
            )
        with self.assertRaisesRegex(JsonRpcException, "AccessError"):
            self._call(
                "crm.lead", "write", [self.lead_b.ids, {"user_id": self.user_a.id}]
            )
        self.assertEqual(self.lead_b.user_id, self.user_b)
        scan = (
            self.env["mtap.contact.add"]
            .with_user(self.user_a)
            .create({"name": "Scanned Person", "email": "scanned@card.example"})
        )
        found = self._call(
            "mtap.contact.add", "search_read", [[]], {"fields": ["name", "email"]}
        )
        self.assertNotIn(scan.id, [row["id"] for row in found])
        with self.assertRaisesRegex(JsonRpcException, "AccessError"):
            self._call("mtap.contact.add", "action_save", [scan.ids])
        for login in ("mtap_user_b", "mtap_portal"):
            defaults = self._call(
                "res.config.settings",
                "default_get",
                [["mtap_exchange_rate_limit_ip", "mtap_exchange_min_fill_seconds"]],
                login=login,
            )
            self.assertFalse({name for name in defaults if "mtap" in name}, login)
