from datetime import timedelta

from odoo import api, fields, models


class MtapRateLimit(models.Model):
    """One row per counted public request, shared by every worker.

    Rows are only ever inserted (never updated), so concurrent visitors never wait on
    or conflict over one row; counting is backed by the (scope, key, create_date)
    index. Old rows are removed by a daily cron.
    """

    _name = "mtap.rate.limit"
    _description = "mTap Rate Limit Hit"
    _log_access = False

    scope = fields.Char(required=True)
    key = fields.Char(required=True)
    create_date = fields.Datetime(required=True, default=fields.Datetime.now)

    _scope_key_date_idx = models.Index("(scope, key, create_date)")

    @api.model
    def _hit(self, scope, key, limit, window_minutes):
        """Count one hit for ``key`` in ``scope`` and return whether the hits of the
        last ``window_minutes`` (this one included) stay within ``limit``."""
        since = fields.Datetime.now() - timedelta(minutes=window_minutes)
        self.env.cr.execute(
            "SELECT count(*) FROM mtap_rate_limit "
            "WHERE scope = %s AND key = %s AND create_date > %s",
            (scope, key, since),
        )
        count = self.env.cr.fetchone()[0]
        self.env.cr.execute(
            "INSERT INTO mtap_rate_limit (scope, key, create_date) "
            "VALUES (%s, %s, now() AT TIME ZONE 'UTC')",
            (scope, key),
        )
        return count < limit

    @api.autovacuum
    def _gc_old_hits(self):
        """Remove hits older than any window worth keeping (two days)."""
        self.env.cr.execute(
            "DELETE FROM mtap_rate_limit WHERE create_date < %s",
            (fields.Datetime.now() - timedelta(days=2),),
        )
