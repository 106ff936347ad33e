from datetime import timedelta

from odoo import api, fields, models


class MtapExchangeToken(models.Model):
    """The Exchange form tokens already used, one row each: a token answers one
    Exchange only, so a page loaded once cannot post many.

    A token is claimed by inserting its nonce; two requests racing with the same token
    meet on the unique index and only one of them gets it. The claim is part of the
    request's transaction: a request Odoo replays after a serialization failure
    claims its token again. Rows older than any valid token are removed daily.
    """

    _name = "mtap.exchange.token"
    _description = "mTap Exchange Form Token"
    _log_access = False

    profile_id = fields.Many2one("mtap.profile", required=True, ondelete="cascade")
    nonce = fields.Char(required=True)
    create_date = fields.Datetime(required=True, default=fields.Datetime.now)

    _nonce_uniq = models.UniqueIndex("(nonce)")

    @api.model
    def _claim(self, profile, nonce):
        """Record ``nonce`` as used on ``profile``; False when it was used before."""
        self.env.cr.execute(
            "INSERT INTO mtap_exchange_token (profile_id, nonce, create_date) "
            "VALUES (%s, %s, now() AT TIME ZONE 'UTC') "
            "ON CONFLICT (nonce) DO NOTHING RETURNING id",
            (profile.id, nonce),
        )
        return bool(self.env.cr.fetchone())

    @api.autovacuum
    def _gc_old_tokens(self):
        """Forget tokens old enough to be refused as expired anyway."""
        self.env.cr.execute(
            "DELETE FROM mtap_exchange_token WHERE create_date < %s",
            (fields.Datetime.now() - timedelta(days=1),),
        )
