import logging
import time
from datetime import timedelta

import psycopg2.errors

from odoo import api, fields, models, modules
from odoo.tools import SQL

from ..tools.crm import base as crm

_logger = logging.getLogger(__name__)

FETCH = 1000  # rows looked at per round (locked: a batch's worth)


class MtapSyncOutbox(models.Model):
    """What is still to be sent to a connection. A row is written in the same
    transaction as the Contact's change (one INSERT for any number of Contacts
    and connections), so a rolled-back change is never sent and a committed one
    never lost; the sender takes rows with ``FOR UPDATE SKIP LOCKED``, sends the
    Contact's state at that moment (several rows of a Contact: one push) and
    deletes them in the transaction that records the CRM's answer."""

    _name = "mtap.sync.outbox"
    _description = "mTap CRM sync outbox"
    _order = "id"
    _rec_name = "partner_id"

    connection_id = fields.Many2one(
        "mtap.sync.connection", required=True, ondelete="cascade", readonly=True
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Contact",
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
    )
    operation = fields.Selection(
        [("upsert", "Add or update"), ("delete", "Delete")],
        required=True,
        default="upsert",
        readonly=True,
    )
    uid = fields.Char("Stable Id", readonly=True)
    remote_id = fields.Char("Id in the CRM", readonly=True)
    state = fields.Selection(
        [("pending", "Pending"), ("failed", "Failed")],
        required=True,
        default="pending",
        readonly=True,
    )
    tries = fields.Integer(readonly=True)
    next_try = fields.Datetime(
        readonly=True, default=lambda self: fields.Datetime.now()
    )
    error = fields.Text("CRM's Answer", readonly=True)

    _send_idx = models.Index("(connection_id, next_try, id) WHERE state = 'pending'")

    # ------------------------------------------------------------
    # QUEUE (called from res.partner)
    # ------------------------------------------------------------

    @api.model
    def _mtap_queue(self, partners, operation="upsert", vals=None):
        """Queue ``partners`` (res.partner) for every active connection of their
        company: the one entry point of the add-on's Contact paths. ``vals``: the
        values written, when called from ``write`` (nothing is queued unless a
        mapped field changed; an archive queues a delete). Only mTap Contacts
        are queued; a delete only where the CRM holds the record. One INSERT,
        plus one cron trigger per transaction; no query at all when no
        connection is active."""
        ids = [i for i in partners.ids if isinstance(i, int)]
        watched = self.env["mtap.sync.connection"]._mtap_watched_fields()
        if not ids or not watched:
            return
        if vals is not None and not watched.intersection(vals):
            return
        if vals is not None and "active" in vals and not vals["active"]:
            operation = "delete"  # archived: the CRM's delete/archive
        partners.flush_recordset(["mtap_is_contact", "company_id", "mtap_owner_id"])
        self.flush_model()
        self.env["mtap.sync.state"].flush_model(["remote_id"])
        where_delete = SQL(
            "AND s.remote_id IS NOT NULL" if operation == "delete" else ""
        )
        # the Contact's state line is created with its first row, in the same
        # statement
        self.env.cr.execute(
            SQL(
                """
                WITH queued AS (
                    INSERT INTO mtap_sync_outbox (connection_id, partner_id,
                        operation, uid, remote_id, state, tries, next_try,
                        create_uid, create_date, write_uid, write_date)
                    SELECT c.id, p.id, %(op)s, s.uid, s.remote_id, 'pending', 0,
                           now() AT TIME ZONE 'UTC', %(user)s,
                           now() AT TIME ZONE 'UTC', %(user)s,
                           now() AT TIME ZONE 'UTC'
                      FROM res_partner p
                      JOIN mtap_sync_connection c
                        ON c.active AND c.state != 'draft'
                      LEFT JOIN mtap_sync_state s
                             ON s.connection_id = c.id AND s.partner_id = p.id
                     WHERE p.id = ANY(%(ids)s) AND p.mtap_is_contact
                       AND (p.company_id = c.company_id
                            OR (p.company_id IS NULL AND EXISTS (
                                SELECT 1 FROM res_company_users_rel r
                                 WHERE r.user_id = p.mtap_owner_id
                                   AND r.cid = c.company_id)))
                       %(where_delete)s
                    RETURNING connection_id, partner_id
                ), states AS (
                    INSERT INTO mtap_sync_state (connection_id, partner_id,
                        create_uid, create_date, write_uid, write_date)
                    SELECT DISTINCT connection_id, partner_id, %(user)s,
                           now() AT TIME ZONE 'UTC', %(user)s,
                           now() AT TIME ZONE 'UTC'
                      FROM queued q
                     WHERE NOT EXISTS (
                        SELECT 1 FROM mtap_sync_state e
                         WHERE e.connection_id = q.connection_id
                           AND e.partner_id = q.partner_id)
                    -- a state the sender is writing is never touched (no wait,
                    -- no serialization failure in the user's request)
                    ON CONFLICT (connection_id, partner_id) DO NOTHING
                ), woken AS (
                    INSERT INTO ir_cron_trigger (cron_id, call_at, create_uid,
                        create_date, write_uid, write_date)
                    SELECT %(cron)s, now() AT TIME ZONE 'UTC', %(user)s,
                           now() AT TIME ZONE 'UTC', %(user)s,
                           now() AT TIME ZONE 'UTC'
                     WHERE %(wake)s AND EXISTS (SELECT 1 FROM queued)
                )
                SELECT count(*) FROM queued
                """,
                op=operation,
                user=self.env.uid,
                ids=ids,
                where_delete=where_delete,
                cron=self.env["ir.model.data"]._xmlid_to_res_id(
                    "mtap_hub.ir_cron_mtap_sync"
                ),
                wake=not self.env.cr.precommit.data.get("mtap_sync_woken"),
            )
        )
        if self.env.cr.fetchone()[0] and not self.env.cr.precommit.data.get(
            "mtap_sync_woken"
        ):
            # the cron's trigger row went in with the rows (ir.cron._trigger's
            # own insert, without its extra read): wake the workers after commit
            self.env.cr.precommit.data["mtap_sync_woken"] = True
            self.env.cr.postcommit.add(self.env["ir.cron"]._notifydb)

    @api.model
    def _mtap_wake(self, at=None):
        """Wake the sender right after this transaction commits (once per
        transaction), or at ``at``."""
        if at is None:
            data = self.env.cr.precommit.data
            if data.get("mtap_sync_woken"):
                return
            data["mtap_sync_woken"] = True
        self.env.ref("mtap_hub.ir_cron_mtap_sync").sudo()._trigger(at)

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_retry(self):
        """Send these rows again now, from the first try (after a fix)."""
        self.check_access("read")
        rows = self.sudo().filtered(lambda r: r.state == "failed" or r.tries)
        rows.write(
            {
                "state": "pending",
                "tries": 0,
                "next_try": fields.Datetime.now(),
                "error": False,
            }
        )
        if rows:
            self._mtap_wake()
        return True

    # ------------------------------------------------------------
    # SENDER
    # ------------------------------------------------------------

    @api.model
    def _cron_send(self):
        """The sender cron: every connection's due rows, batch by batch, each
        batch committed with the CRM's answer."""
        self._mtap_send(auto_commit=not modules.module.current_test)

    @api.model
    def _mtap_send(self, auto_commit=False, now=None, max_wait=10.0, connections=None):
        """Send the due rows of ``connections`` (all active ones by default).
        ``now``: the clock (tests move it); ``max_wait``: seconds the run may
        sleep for a rate limit before leaving the rest to a later run. Return
        the number of rows settled."""
        Connection = self.env["mtap.sync.connection"].sudo()
        if connections is None:
            connections = Connection.search(
                [("state", "in", ("ok", "failing"))], order="id"
            )
        settled = 0
        for connection in connections.sudo():
            settled += self._mtap_send_connection(
                connection, auto_commit, now, max_wait
            )
        return settled

    def _mtap_send_connection(self, connection, auto_commit, now, max_wait):
        settled = 0
        while True:
            clock = now or fields.Datetime.now()
            if connection.throttled_until and connection.throttled_until > clock:
                wait = (connection.throttled_until - clock).total_seconds()
                if now is None and wait <= max_wait:
                    time.sleep(wait)
                    continue
                self._mtap_wake(connection.throttled_until)
                return settled
            if connection.state not in ("ok", "failing"):
                return settled
            rows = self._mtap_lock_batch(connection, clock, auto_commit)
            if rows is None:
                continue  # a concurrent sender changed them: look again
            if not rows:
                return settled
            stop = connection._mtap_push(rows, clock)
            settled += len(rows)
            if auto_commit:
                if not self.env["ir.cron"]._commit_progress(len(rows)):
                    return settled
                self.env.invalidate_all()
            if stop:
                return settled

    def _mtap_lock_batch(self, connection, clock, auto_commit):
        """Due rows of ``connection``, as many as the CRM takes in a few
        requests, locked for this transaction (rows another sender holds are
        skipped); None when a concurrent commit made the snapshot stale."""
        adapter = connection._mtap_adapter()
        # a few requests' worth per transaction (for one-by-one deliveries,
        # sent several at once: a hundred): fewer rounds and commits
        size = adapter.batch_size * (5 if adapter.batch_size > 1 else 100)
        rows = self.search(
            [
                ("connection_id", "=", connection.id),
                ("state", "=", "pending"),
                ("next_try", "<=", clock),
            ],
            order="id",
            limit=FETCH,
        )
        if not rows:
            return rows
        try:
            with self.env.cr.savepoint(flush=False):
                return rows.try_lock_for_update(limit=size)
        except psycopg2.errors.SerializationFailure:
            if not auto_commit:
                raise
            self.env.cr.rollback()
            self.env.invalidate_all()
            return None

    def _mtap_retry_later(self, clock, message):
        """Back off (30 s x 2^n with jitter, capped at an hour); after the last
        try the rows stop as failed, with ``message``."""
        base = float(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("mtap_hub.sync_retry_base_seconds", crm.RETRY_BASE_SECONDS)
        )
        for row in self:
            tries = row.tries + 1
            if tries >= crm.MAX_TRIES:
                row.write({"tries": tries, "state": "failed", "error": message})
            else:
                delay = crm.retry_delay(tries, base=base)
                row.write(
                    {
                        "tries": tries,
                        "next_try": clock + timedelta(seconds=delay),
                        "error": message,
                    }
                )
