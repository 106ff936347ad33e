from odoo import api, fields, models


class MtapExchangeLock(models.Model):
    """One row per (profile, visitor e-mail or phone) that ever exchanged.

    Before an Exchange looks for an open Lead to update, it upserts its row here. Two
    Exchanges of the same person on the same card at the same time thus meet on this
    row: the second waits, then fails with a serialization error and Odoo replays the
    whole request, which then finds the Lead of the first. Exchanges of different
    people touch different rows and never wait on each other.
    """

    _name = "mtap.exchange.lock"
    _description = "mTap Exchange Lock"
    _log_access = False

    profile_id = fields.Many2one("mtap.profile", required=True, ondelete="cascade")
    key = fields.Char(required=True)
    last_date = fields.Datetime()

    _profile_key_uniq = models.UniqueIndex("(profile_id, key)")

    @api.model
    def _acquire(self, profile, key):
        """Lock ``key`` on ``profile`` until the end of the transaction."""
        self.env.cr.execute(
            "INSERT INTO mtap_exchange_lock (profile_id, key, last_date) "
            "VALUES (%s, %s, now() AT TIME ZONE 'UTC') "
            "ON CONFLICT (profile_id, key) "
            "DO UPDATE SET last_date = EXCLUDED.last_date",
            (profile.id, key),
        )
