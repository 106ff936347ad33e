from datetime import date, timedelta

from odoo import api, fields, models

from ..tools.source_marker import SOURCES

# the fewest days kept day by day, whatever the setting says
MIN_DAILY_DAYS = 31

# what is folded: past days' slots into one row, and the days of whole months
# older than the cut into one row per month (dated the month's first day)
FOLD_SQL = """
CREATE TEMP TABLE mtap_fold ON COMMIT DROP AS
WITH old AS (
    DELETE FROM mtap_profile_stat_daily
     WHERE (period = 'day' AND day < %(cut)s)
        OR (slot <> 0 AND day < %(today)s)
    RETURNING profile_id, day, period, source, event_id,
              view_count, visitor_count, vcard_count, exchange_count
)
SELECT profile_id,
       CASE WHEN day < %(cut)s THEN date_trunc('month', day)::date ELSE day END
           AS day,
       CASE WHEN day < %(cut)s THEN 'month' ELSE period END AS period,
       source, event_id,
       sum(view_count) AS view_count, sum(visitor_count) AS visitor_count,
       sum(vcard_count) AS vcard_count, sum(exchange_count) AS exchange_count,
       count(*) AS folded
  FROM old
 GROUP BY 1, 2, 3, 4, 5
"""

MERGE_SQL = """
INSERT INTO mtap_profile_stat_daily AS daily
    (profile_id, day, period, source, event_id, slot,
     view_count, visitor_count, vcard_count, exchange_count)
SELECT profile_id, day, period, source, event_id, 0,
       view_count, visitor_count, vcard_count, exchange_count
  FROM mtap_fold
ON CONFLICT (profile_id, day, source, COALESCE(event_id, 0), slot) DO UPDATE SET
    period = EXCLUDED.period,
    view_count = daily.view_count + EXCLUDED.view_count,
    visitor_count = daily.visitor_count + EXCLUDED.visitor_count,
    vcard_count = daily.vcard_count + EXCLUDED.vcard_count,
    exchange_count = daily.exchange_count + EXCLUDED.exchange_count
"""


class MtapProfileStatDaily(models.Model):
    """What a card counted in one day (or, once folded, one month), from one
    source, at one event, upserted with ``ON CONFLICT`` as visitors come: one row
    per slot (see ``mtap_profile_stat.SLOTS``) while the day lasts. A card's
    counters and the funnel sum these rows, whatever the raw events' history.

    The hourly clean-up (``_fold``) keeps their number from growing with
    history: a past day's slots become one row, and the days of whole months older
    than ``stat_daily_days`` become one row per month."""

    _name = "mtap.profile.stat.daily"
    _description = "mTap Card Statistics per Day"
    _log_access = False
    _order = "day desc"

    profile_id = fields.Many2one(
        "mtap.profile", required=True, ondelete="cascade", readonly=True
    )
    day = fields.Date(
        required=True,
        readonly=True,
        help="The day counted, or the first day of the month counted.",
    )
    period = fields.Selection(
        [("day", "Day"), ("month", "Month")],
        required=True,
        default="day",
        readonly=True,
        help="Days of whole months older than the Settings' delay are counted "
        "together, per month.",
    )
    source = fields.Selection(SOURCES, required=True, readonly=True)
    event_id = fields.Many2one("mtap.event", ondelete="restrict", readonly=True)
    slot = fields.Integer(required=True, readonly=True)
    view_count = fields.Integer("Views", readonly=True)
    visitor_count = fields.Integer("Unique Visitors", readonly=True)
    vcard_count = fields.Integer("vCard Saves", readonly=True)
    exchange_count = fields.Integer("Exchanges", readonly=True)

    _key_unique = models.UniqueIndex(
        "(profile_id, day, source, COALESCE(event_id, 0), slot)"
    )
    _event_index = models.Index("(event_id) WHERE event_id IS NOT NULL")

    @api.model
    def _fold_cut(self, today):
        """The first day still counted day by day: the first of the month that
        holds ``today`` minus ``stat_daily_days`` (``None``: days are kept)."""
        days = self.env["mtap.settings"]._get_int("stat_daily_days")
        if days <= 0:
            return None
        # the share screen's funnel reads the last 30 days, day by day
        days = max(days, MIN_DAILY_DAYS)
        return (today - timedelta(days=days)).replace(day=1)

    @api.model
    def _fold(self, today):
        """Fold what no visitor writes any more: the slots of past days into one
        row each, and the days before ``_fold_cut`` into one row per card, month,
        source and event. Totals are unchanged; returns how many rows were
        folded."""
        self.flush_model()
        cr = self.env.cr
        cut = self._fold_cut(today) or date.min
        cr.execute("DROP TABLE IF EXISTS mtap_fold")
        cr.execute(FOLD_SQL, {"cut": cut, "today": today})
        cr.execute("SELECT coalesce(sum(folded), 0)::bigint FROM mtap_fold")
        folded = cr.fetchone()[0]
        cr.execute(MERGE_SQL)
        cr.execute("DROP TABLE mtap_fold")
        self.invalidate_model()
        return folded
