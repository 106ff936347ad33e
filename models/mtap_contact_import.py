import base64
import logging
import re

from markupsafe import Markup

from odoo import api, fields, models, modules
from odoo.exceptions import AccessError, UserError

from ..tools.vcard import decode_file, iter_cards

_logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024
_BEGIN_VCARD = re.compile("BEGIN:VCARD", re.IGNORECASE)
SYNC_LIMIT = 500  # more cards than this are imported in the background
BATCH_SIZE = 200
PREVIEW_CHUNK = 1000


class MtapContactImport(models.Model):
    _name = "mtap.contact.import"
    _description = "mTap phone-book import"
    _inherit = ["mail.thread", "mtap.guard.mixin"]
    _order = "id desc"

    # set by the upload widget from the file's own name, so not readonly
    name = fields.Char("File Name")
    user_id = fields.Many2one(
        "res.users",
        string="Imported by",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.user,
        ondelete="cascade",
    )
    file = fields.Binary("Phone Book (.vcf)", attachment=True)
    state = fields.Selection(
        [
            ("draft", "Upload"),
            ("preview", "Preview"),
            ("queued", "Importing"),
            ("done", "Done"),
        ],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
    )
    duplicate_action = fields.Selection(
        [
            ("skip", "Skip them"),
            ("update", "Update the existing contact"),
            ("create", "Create a new contact anyway"),
        ],
        string="Cards of Known Contacts",
        default="skip",
        required=True,
        help="What to do with a card whose e-mail, phone, or name and company belong "
        "to a contact. Updating fills the contact's empty fields and adds the rest "
        "to its note.",
    )
    import_new = fields.Boolean("Import New Cards", default=True)
    line_ids = fields.One2many("mtap.contact.import.line", "import_id", readonly=True)
    card_count = fields.Integer("Cards", readonly=True)
    new_count = fields.Integer("New", readonly=True)
    duplicate_count = fields.Integer("Duplicates", readonly=True)
    error_count = fields.Integer("Errors", readonly=True)
    warning_count = fields.Integer(
        "With Warnings",
        readonly=True,
        help="Cards that will be imported with something to check: a line that "
        "could not be read (kept in the note), an invalid e-mail or phone number, "
        "a country or state not recognised, a photo left out.",
    )
    encoding = fields.Char(
        "File Encoding",
        readonly=True,
        help="The encoding of the values that say none, for a file that is not "
        "UTF-8 (found in the file; a value's own CHARSET comes first).",
    )
    # folded company name -> the address a new company gets (see
    # mtap.contact.card._mtap_company_addresses), judged on the whole file
    company_addresses = fields.Json(readonly=True, copy=False)
    next_offset = fields.Integer(readonly=True, copy=False)
    next_number = fields.Integer(default=1, readonly=True, copy=False)
    created_count = fields.Integer("Created", readonly=True)
    updated_count = fields.Integer("Updated", readonly=True)
    skipped_count = fields.Integer("Skipped", readonly=True)
    failed_count = fields.Integer("Failed", readonly=True)
    progress = fields.Float(compute="_compute_progress")

    @api.depends("next_number", "card_count", "state")
    def _compute_progress(self):
        for job in self:
            if job.state == "done":
                job.progress = 100
            elif job.card_count:
                job.progress = 100 * (job.next_number - 1) / job.card_count
            else:
                job.progress = 0

    def _mtap_check_ownership(self, vals_list):
        """An import is its creator's: it runs as them whatever is written later
        (see ``_cron_process``), and only a manager names another user on it."""
        for vals in vals_list:
            if "user_id" not in vals:
                continue
            if self._mtap_is_manager():
                self._mtap_log_manager_gift("user_id", vals["user_id"])
            elif vals["user_id"] != self.env.uid or any(
                job.user_id != self.env.user for job in self
            ):
                raise AccessError(
                    self.env._("A phone-book import can only be your own.")
                )

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_preview(self):
        """Read the file and list every card as new, duplicate or error."""
        self.ensure_one()
        if not self.file:
            raise UserError(self.env._("Choose a .vcf file first."))
        data = base64.b64decode(self.file)
        if len(data) > MAX_FILE_BYTES:
            raise UserError(
                self.env._(
                    "The file is larger than %(limit)s MB: export the phone book in "
                    "several parts.",
                    limit=MAX_FILE_BYTES // 1024 // 1024,
                )
            )
        text, encoding = decode_file(data)
        del data  # the file is held once, as text, from here on
        if not _BEGIN_VCARD.search(text):
            raise UserError(
                self.env._("This is not a vCard (.vcf) file: no card in it.")
            )
        if "\n" not in text.strip() and "\r" not in text.strip():
            raise UserError(
                self.env._(
                    "This file is one single line: a phone book has one line per "
                    "detail, and no card can be read from it. Export the contacts "
                    "from the phone or address book again as a .vcf file."
                )
            )
        self.line_ids.unlink()
        # kept as UTF-8 text (bytes of a legacy encoding as they are, see
        # decode_file), whatever the phone wrote, so batches can resume by offset
        self.file = base64.b64encode(text.encode(errors="surrogateescape"))
        self.invalidate_recordset(["file"])
        counts = {"new": 0, "duplicate": 0, "error": 0, "warning": 0}
        chunk = []
        total = 0
        lookup = self.env["mtap.contact.card"]._mtap_lookup()
        evidence = {}
        for number, card, error, _end in iter_cards(text, 0, encoding):
            total += 1
            chunk.append((number, card, error))
            if len(chunk) >= PREVIEW_CHUNK:
                self._preview_chunk(chunk, counts, lookup, evidence)
                chunk = []
        self._preview_chunk(chunk, counts, lookup, evidence)
        if not total:
            raise UserError(
                self.env._(
                    "No card could be read in this file: each card starts with "
                    "BEGIN:VCARD and ends with END:VCARD on lines of their own. "
                    "Export the contacts again as a .vcf file."
                )
            )
        self.write(
            {
                "state": "preview",
                "card_count": total,
                "new_count": counts["new"],
                "duplicate_count": counts["duplicate"],
                "error_count": counts["error"],
                "warning_count": counts["warning"],
                "encoding": encoding or False,
                "company_addresses": self.env[
                    "mtap.contact.card"
                ]._mtap_company_addresses(evidence),
                "next_offset": 0,
                "next_number": 1,
            }
        )
        return self._reopen()

    def action_import(self):
        """Import the previewed cards: at once for a small file, else in the
        background (the form shows the progress)."""
        self.ensure_one()
        if self.state != "preview":
            raise UserError(self.env._("Preview the file before importing it."))
        self.state = "queued"
        if self.card_count > SYNC_LIMIT:
            self.env.ref("mtap_hub.ir_cron_mtap_contact_import")._trigger()
            return self._reopen()
        self._process()
        return self._finished()

    def action_view_contacts(self):
        """The Contacts this import created or updated."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.res_partner_action_mtap_contacts"
        )
        made = self.line_ids.filtered(
            lambda line: line.result in ("created", "updated")
        )
        action["domain"] = [("id", "in", made.partner_id.ids)]
        return action

    def action_view_lines(self):
        """The cards of the file in a list that can be filtered (by default: the
        cards with warnings)."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.mtap_contact_import_line_action"
        )
        action["domain"] = [("import_id", "=", self.id)]
        action["context"] = {
            "search_default_filter_warnings": 1,
            "default_import_id": self.id,
        }
        action["display_name"] = self.name or action["name"]
        return action

    def _reopen(self):
        """Show the import again where it is: the form reloads in place, no
        screen is stacked on the previous one (one tap back leaves it)."""
        return True

    def _finished(self):
        """Once imported: say what was done and close onto the Contacts it
        created or updated, in place of the import's screens."""
        action = self.action_view_contacts()
        action["name"] = action["display_name"] = self.env._(
            "Imported from %(file)s", file=self.name or ""
        )
        action["target"] = "main"  # no breadcrumb of the import's steps
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success" if not self.failed_count else "warning",
                "message": self.env._(
                    "%(created)s created, %(updated)s updated, %(skipped)s skipped, "
                    "%(failed)s failed.",
                    created=self.created_count,
                    updated=self.updated_count,
                    skipped=self.skipped_count,
                    failed=self.failed_count,
                ),
                "next": action,
            },
        }

    # ------------------------------------------------------------
    # BUSINESS
    # ------------------------------------------------------------

    def _card_people(self, cards, lookup, create_tags=False):
        """``(values, people, found)`` of ``cards``: their Contact values (see
        ``mtap.contact.card``), the people to match and the existing contact of
        each, ``(partner, rule)``."""
        Card = self.env["mtap.contact.card"]
        values = Card._mtap_card_values(cards, create_tags=create_tags, lookup=lookup)
        people = Card._mtap_people(values, self.create_uid)
        return values, people, self.env["res.partner"]._mtap_match_people(people)

    def _preview_chunk(self, chunk, counts, lookup, evidence):
        if not chunk:
            return
        Partner = self.env["res.partner"]
        cards = [card for _number, card, _error in chunk if card]
        values, people, found = self._card_people(cards, lookup)
        self.env["mtap.contact.card"]._mtap_company_evidence(values, evidence)
        values, people, found = iter(values), iter(people), iter(found)
        seen = {}
        vals_list = []
        for number, _card, error in chunk:
            vals = {"import_id": self.id, "number": number}
            if error:
                vals.update(status="error", message=error)
                counts["error"] += 1
                vals_list.append(vals)
                continue
            contact, person, (partner, _rule) = next(values), next(people), next(found)
            keys = Partner._mtap_person_keys(person)
            first = next((seen[key] for key in keys if key in seen), None)
            # what will be saved, as it will be saved
            vals.update(
                name=contact["name"],
                email=contact["email"],
                phone=contact["phone"],
                company=contact["company_name"],
                message="; ".join(contact["warnings"])[:500] or False,
                has_warnings=bool(contact["warnings"]),
            )
            counts["warning"] += bool(contact["warnings"])
            if partner:
                vals.update(status="duplicate", partner_id=partner.id)
            elif first:
                vals.update(
                    status="duplicate",
                    message=self.env._("Same person as card %(n)s", n=first),
                )
            else:
                vals["status"] = "new"
            for key in keys:
                seen.setdefault(key, number)
            counts[vals["status"]] += 1
            vals_list.append(vals)
        self.env["mtap.contact.import.line"].create(vals_list)
        # written: the lines need not stay in memory until the whole file is read
        self.env.flush_all()
        self.env.invalidate_all()

    @api.model
    def _cron_process(self):
        """Import the queued phone books in batches, committing as it goes."""
        auto_commit = not modules.module.current_test
        jobs = self.search([("state", "=", "queued")], order="id")
        if auto_commit:
            self.env["ir.cron"]._commit_progress(
                remaining=sum(job.card_count - job.next_number + 1 for job in jobs)
            )
        for job in jobs:
            if not job.try_lock_for_update():
                continue
            # as the user who made it: a later write of ``user_id`` does not
            # change whose Contacts the file creates or updates
            if not job.with_user(job.create_uid)._process(auto_commit=auto_commit):
                return

    def _process(self, auto_commit=False):
        """Import cards batch by batch from where the last batch stopped; with
        ``auto_commit`` (the cron), each batch is committed and the run stops when
        the cron's time is up (False is returned, the next run goes on)."""
        self.ensure_one()
        text = base64.b64decode(self.file).decode(errors="surrogateescape")
        self.invalidate_recordset(["file"])  # the text is all the batches need
        lookup = self.env["mtap.contact.card"]._mtap_lookup()
        while self.state == "queued":
            batch, end = [], self.next_offset
            for number, card, error, card_end in iter_cards(
                text, self.next_offset, self.encoding or None
            ):
                batch.append((self.next_number + number - 1, card, error))
                end = card_end
                if len(batch) >= BATCH_SIZE:
                    break
            self._import_batch(batch, lookup)
            done = not batch or end >= len(text.rstrip())
            self.write(
                {
                    "next_offset": end,
                    "next_number": self.next_number + len(batch),
                    "state": "done" if done else "queued",
                }
            )
            if done:
                self._post_summary()
            if auto_commit and not self.env["ir.cron"]._commit_progress(len(batch)):
                return False
            # the cache would otherwise hold every contact of the file
            self.env.flush_all()
            self.env.invalidate_all()
        return True

    def _post_summary(self):
        self.message_post(
            body=Markup("<p>%s</p>")
            % self.env._(
                "Import of %(file)s finished: %(created)s created, %(updated)s "
                "updated, %(skipped)s skipped, %(failed)s failed.",
                file=self.name or "",
                created=self.created_count,
                updated=self.updated_count,
                skipped=self.skipped_count,
                failed=self.failed_count,
            ),
            partner_ids=self.create_uid.partner_id.ids,
            subtype_xmlid="mail.mt_comment",
        )

    def _import_batch(self, batch, lookup):
        if not batch:
            return
        Partner = self.env["res.partner"]
        lines = {
            line.number: line
            for line in self.line_ids.search(
                [
                    ("import_id", "=", self.id),
                    ("number", "in", [number for number, _c, _e in batch]),
                ]
            )
        }
        cards = [(number, card) for number, card, error in batch if card]
        values_list, people, found = self._card_people(
            [card for _number, card in cards], lookup, create_tags=True
        )
        results = {number: ("failed", error) for number, card, error in batch if error}
        to_create, created_keys = [], {}
        for (number, _card), values, person, (partner, _rule) in zip(
            cards, values_list, people, found, strict=True
        ):
            keys = Partner._mtap_person_keys(person)
            twin = any(key in created_keys for key in keys)
            if partner or twin:
                if self.duplicate_action == "skip":
                    results[number] = ("skipped", False)
                    continue
                if self.duplicate_action == "update" and partner:
                    results[number] = self._update_partner(partner, values)
                    continue
                if self.duplicate_action == "update":
                    results[number] = ("skipped", False)
                    continue
            elif not self.import_new:
                results[number] = ("skipped", False)
                continue
            to_create.append((number, values))
            for key in keys:
                created_keys.setdefault(key, number)
        results.update(self._create_partners(to_create))
        totals = {"created": 0, "updated": 0, "skipped": 0, "failed": 0}
        for number, (result, detail) in results.items():
            totals[result] += 1
            line = lines.get(number)
            if line:
                values = {"result": result}
                if isinstance(detail, models.BaseModel):
                    values["partner_id"] = detail.id
                elif detail:
                    values["message"] = detail
                line.write(values)
        self.write(
            {
                f"{key}_count": self[f"{key}_count"] + count
                for key, count in totals.items()
            }
        )

    def _update_partner(self, partner, values):
        """Merge a card's Contact values into ``partner`` (see
        ``mtap.contact.card._mtap_merge_values``)."""
        try:
            with self.env.cr.savepoint():
                partner.write(
                    self.env["mtap.contact.card"]._mtap_merge_values(
                        partner, values, self.create_uid, "phonebook"
                    )
                )
        except Exception as error:  # noqa: BLE001 - reported on the card's line
            _logger.info("mTap import: card not merged into %s: %s", partner.id, error)
            return "failed", str(error)[:500]
        return "updated", partner

    def _create_partners(self, to_create):
        """Create the batch's contacts at once from their Contact values; when that
        fails, one by one, each in its own savepoint, so a bad card fails alone
        and leaves nothing behind."""
        if not to_create:
            return {}
        Partner = self.env["res.partner"].with_context(tracking_disable=True)
        vals_list = self.env["mtap.contact.card"]._mtap_partner_values(
            [values for _number, values in to_create],
            self.create_uid,
            "phonebook",
            # judged on the whole file by the preview
            self.company_addresses or {},
        )
        to_create = [
            (number, vals)
            for (number, _values), vals in zip(to_create, vals_list, strict=True)
        ]
        try:
            with self.env.cr.savepoint():
                partners = Partner.create([vals for _number, vals in to_create])
            return {
                number: ("created", partner)
                for (number, _vals), partner in zip(to_create, partners, strict=True)
            }
        except Exception:  # noqa: BLE001 - retried card by card below
            _logger.info("mTap import: batch failed, retrying card by card")
        results = {}
        for number, vals in to_create:
            try:
                with self.env.cr.savepoint():
                    results[number] = ("created", Partner.create(vals))
            except Exception as error:  # noqa: BLE001 - reported on the card's line
                message = getattr(error, "args", [str(error)])[0]
                results[number] = ("failed", str(message)[:500])
        return results


class MtapContactImportLine(models.Model):
    _name = "mtap.contact.import.line"
    _inherit = ["mtap.guard.mixin"]
    _mtap_guarded_links = ("import_id", "partner_id")
    _description = "mTap phone-book import: one card"
    _order = "import_id, number"

    import_id = fields.Many2one(
        "mtap.contact.import", required=True, ondelete="cascade", index=True
    )
    number = fields.Integer("Card", required=True)
    name = fields.Char()
    email = fields.Char("E-mail")
    phone = fields.Char()
    company = fields.Char()
    status = fields.Selection(
        [("new", "New"), ("duplicate", "Duplicate"), ("error", "Error")],
        required=True,
    )
    partner_id = fields.Many2one("res.partner", string="Contact", ondelete="set null")
    message = fields.Char()
    has_warnings = fields.Boolean(
        "With Warnings", help="Something on the card is to be checked: see its message."
    )
    plan = fields.Char(
        "Will Be",
        compute="_compute_plan",
        help="What the import will do with the card, with the choices above.",
    )
    result = fields.Selection(
        [
            ("created", "Created"),
            ("updated", "Updated"),
            ("skipped", "Skipped"),
            ("failed", "Failed"),
        ]
    )

    _import_number_idx = models.Index("(import_id, number)")

    @api.depends(
        "status", "partner_id", "import_id.duplicate_action", "import_id.import_new"
    )
    def _compute_plan(self):
        plans = {
            "create": self.env._("Created"),
            "skip": self.env._("Skipped"),
            "update": self.env._("Merged into the contact"),
            "error": self.env._("Not imported"),
        }
        for line in self:
            job = line.import_id
            if line.status == "error":
                plan = "error"
            elif line.status == "new":
                plan = "create" if job.import_new else "skip"
            elif job.duplicate_action == "update":
                # a second card of a person of the file is not merged into the first
                plan = "update" if line.partner_id else "skip"
            else:
                plan = job.duplicate_action
            line.plan = plans[plan]
