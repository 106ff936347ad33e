import logging
import zlib
from datetime import UTC, datetime, timedelta

from psycopg2.extensions import ISOLATION_LEVEL_READ_COMMITTED

from odoo import api, fields, models, modules

from ..tools.source_marker import SOURCES, visitor_digest

_logger = logging.getLogger(__name__)

# rows of one card, day, source and event that concurrent visitors spread over:
# each transaction takes a free one, so none waits on another's row lock
SLOTS = 32

# one statement: the raw event, the visitor of the day (once), the roll-up row of
# a free slot upserted
BUMP_SQL = """
WITH slot AS (
    SELECT s FROM generate_series(0, %(slots)s - 1) AS s
    WHERE pg_try_advisory_xact_lock(%(lock_key)s, s)
    LIMIT 1
), visitor AS (
    INSERT INTO mtap_visit (day, digest)
    SELECT %(day)s, %(digest)s WHERE %(digest)s::varchar IS NOT NULL
    ON CONFLICT (day, digest) DO NOTHING
    RETURNING 1
), raw AS (
    INSERT INTO mtap_profile_stat (profile_id, kind, source, event_id, create_date)
    VALUES (%(profile_id)s, %(kind)s, %(source)s, %(event_id)s,
            now() AT TIME ZONE 'UTC')
)
INSERT INTO mtap_profile_stat_daily AS daily
    (profile_id, day, period, source, event_id, slot,
     view_count, visitor_count, vcard_count, exchange_count)
VALUES (
    %(profile_id)s, %(day)s, 'day', %(source)s, %(event_id)s,
    COALESCE((SELECT s FROM slot), %(fallback_slot)s),
    %(views)s, (SELECT count(*) FROM visitor), %(vcards)s, %(exchanges)s
)
ON CONFLICT (profile_id, day, source, COALESCE(event_id, 0), slot) DO UPDATE SET
    view_count = daily.view_count + EXCLUDED.view_count,
    visitor_count = daily.visitor_count + EXCLUDED.visitor_count,
    vcard_count = daily.vcard_count + EXCLUDED.vcard_count,
    exchange_count = daily.exchange_count + EXCLUDED.exchange_count
"""


def bump(cr, profile_id, kind, source, event_id, day, digest=None):
    """Count one ``kind`` event (``view``, ``vcard``, ``exchange``) of a card on
    ``cr`` in ONE statement; ``digest`` (a view's visitor of the day) is counted
    as a unique visitor the first time it is seen that day. Neither waits for a
    concurrent visitor of the same card: each transaction takes a roll-up slot no
    other one holds (advisory try-locks)."""
    lock_key = zlib.crc32(f"{profile_id}:{day}:{source}:{event_id or 0}".encode())
    cr.execute(
        BUMP_SQL,
        {
            "slots": SLOTS,
            # an int4 key: advisory locks of two keys take two int4
            "lock_key": lock_key - 2**31,
            "fallback_slot": SLOTS + (lock_key % SLOTS),
            "day": day,
            "digest": digest,
            "profile_id": profile_id,
            "kind": kind,
            "source": source,
            "event_id": event_id or None,
            "views": int(kind == "view"),
            "vcards": int(kind == "vcard"),
            "exchanges": int(kind == "exchange"),
        },
    )


class MtapProfileStat(models.Model):
    """One row per page view, vCard download or Exchange of a card, with where
    it came from: the raw events, kept for a configurable number of days
    (``stat_raw_days``). Cards and reports read the daily roll-ups
    (``mtap.profile.stat.daily``), written in the same statement.

    Counting runs on a cursor of its own, in READ COMMITTED and committed at once:
    a visitor's request never holds a roll-up row, and a roll-up row updated by
    another visitor never makes the request fail on its snapshot."""

    _name = "mtap.profile.stat"
    _description = "mTap Card Statistic"
    _log_access = False
    _order = "id desc"

    profile_id = fields.Many2one(
        "mtap.profile", required=True, index=True, ondelete="cascade"
    )
    kind = fields.Selection(
        [("view", "Page view"), ("vcard", "vCard download"), ("exchange", "Exchange")],
        required=True,
    )
    source = fields.Selection(SOURCES, required=True, default="direct")
    event_id = fields.Many2one(
        "mtap.event", ondelete="restrict", index="btree_not_null"
    )
    create_date = fields.Datetime(
        default=fields.Datetime.now, readonly=True, index=True
    )

    @api.model
    def _today(self):
        return datetime.now(UTC).date()

    @api.model
    def _record(self, profile, kind, source="direct", event=None):
        """Count one ``kind`` event of ``profile`` from ``source`` (at ``event``)."""
        self._count(profile.id, kind, source, event.id if event else None)

    @api.model
    def _record_view(
        self, profile, source, event, address, user_agent, anonymous, day=None
    ):
        """Count one view of ``profile``; unless the visitor asked not to be
        tracked (``anonymous``: GPC or DNT), it is also counted as a unique visitor
        of the day, known by a hash of the day's salt, the card, the address and
        the browser (none of them kept). At most two statements."""
        self._count(
            profile.id,
            "view",
            source,
            event.id if event else None,
            visitor=None if anonymous else (address, user_agent),
            day=day,
        )

    @api.model
    def _count(self, profile_id, kind, source, event_id, visitor=None, day=None):
        day = day or self._today()
        if modules.module.current_test:
            # a test's records are in its own transaction, never committed
            self._count_on(
                self.env.cr, profile_id, kind, source, event_id, day, visitor
            )
            return
        with self.env.registry.cursor() as cr:
            cr.connection.set_isolation_level(ISOLATION_LEVEL_READ_COMMITTED)
            self._count_on(cr, profile_id, kind, source, event_id, day, visitor)

    @api.model
    def _count_on(self, cr, profile_id, kind, source, event_id, day, visitor):
        digest = None
        if visitor:
            salt = self.env["mtap.visit.salt"]._salt_of(cr, day)
            digest = visitor_digest(salt, profile_id, *visitor)
        bump(cr, profile_id, kind, source, event_id, day, digest)

    @api.model
    def _cron_purge(self, today=None):
        """Hourly: delete raw events older than ``stat_raw_days``, the visitors of
        past days and the salts of over 48 hours (the roll-ups stay), and fold the
        roll-ups no visitor writes any more (``mtap.profile.stat.daily._fold``)."""
        days = self.env["mtap.settings"]._get_int("stat_raw_days")
        today = today or self._today()
        self.flush_model()
        if days > 0:
            self.env.cr.execute(
                "DELETE FROM mtap_profile_stat WHERE create_date < %s",
                (datetime.combine(today - timedelta(days=days), datetime.min.time()),),
            )
            _logger.info("mTap: %s raw card events purged", self.env.cr.rowcount)
        self.env["mtap.visit.salt"]._forget(today)
        folded = self.env["mtap.profile.stat.daily"]._fold(today)
        _logger.info("mTap: %s card statistics rows folded", folded)
