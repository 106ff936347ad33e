from odoo import fields, models


class MtapSyncCredential(models.Model):
    """The tokens of an OAuth or user-key connection, in a row of their own:
    only system administrators read it, and a refresh writes it in a
    transaction of its own (committed at once, so that a rotated refresh token
    is never lost), under its row lock (one refresh at a time across workers
    and servers), without touching the connection row the senders write."""

    _name = "mtap.sync.credential"
    _description = "mTap CRM connection tokens"
    _rec_name = "connection_id"

    connection_id = fields.Many2one(
        "mtap.sync.connection", required=True, ondelete="cascade", readonly=True
    )
    access_token = fields.Char(readonly=True)
    expires_at = fields.Float(
        "Expires (Unix time)", readonly=True, help="0: no known lifetime."
    )
    refresh_token = fields.Char(readonly=True)
    api_url = fields.Char(
        "API Address", readonly=True, help="Named by the vendor's token answer."
    )
    refreshed_at = fields.Json(
        readonly=True, help="Unix times of the last token requests (the budget)."
    )

    _connection_unique = models.Constraint(
        "UNIQUE(connection_id)", "A connection has one set of tokens."
    )
