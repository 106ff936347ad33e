from odoo import api, fields, models


class MtapSyncState(models.Model):
    """A Contact's record in one connection's CRM: its id there and when it was
    last delivered (written by the sender), and the state shown on the Contact:
    synced (with a link), pending, or failed with the CRM's words and Retry,
    read from the Contact's outbox rows. Created with the first outbox row, in
    the same statement."""

    _name = "mtap.sync.state"
    _description = "mTap CRM sync state of a Contact"
    _order = "connection_id"
    _rec_name = "connection_id"

    connection_id = fields.Many2one(
        "mtap.sync.connection", required=True, ondelete="cascade", readonly=True
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Contact",
        required=True,
        index=True,
        ondelete="cascade",
        readonly=True,
    )
    uid = fields.Char("Stable Id", readonly=True)
    remote_id = fields.Char("Id in the CRM", readonly=True)
    synced_at = fields.Datetime("Last Sent", readonly=True)
    filled = fields.Char(
        "Filled in the CRM",
        readonly=True,
        help="The 'fill only if empty' fields the CRM holds a value for: not "
        "read nor sent again.",
    )
    status = fields.Selection(
        [
            ("synced", "Synced"),
            ("pending", "Pending"),
            ("failed", "Failed"),
            ("none", "Not sent"),
        ],
        compute="_compute_status",
    )
    message = fields.Text("CRM's Answer", compute="_compute_status")
    record_url = fields.Char("Open in the CRM", compute="_compute_status")

    _connection_partner_unique = models.Constraint(
        "UNIQUE(connection_id, partner_id)",
        "A Contact has one record per connection.",
    )

    @api.depends("remote_id")
    def _compute_status(self):
        rows = (
            self.env["mtap.sync.outbox"]
            .sudo()
            .search_fetch(
                [("partner_id", "in", self.partner_id.ids)],
                ["partner_id", "connection_id", "state", "error"],
                order="id",
            )
        )
        by_key = {}
        for row in rows:
            key = (row.partner_id.id, row.connection_id.id)
            if by_key.get(key, (None,))[0] != "failed":
                by_key[key] = (row.state, row.error)
        for state in self:
            connection = state.connection_id.sudo()
            row_state, error = by_key.get(
                (state.partner_id.id, connection.id), (None, None)
            )
            state.record_url = (
                connection._mtap_adapter().record_url(state.remote_id) or False
            )
            if row_state == "failed":
                state.status, state.message = "failed", error
            elif row_state == "pending":
                state.status, state.message = "pending", error or False
            elif state.remote_id:
                state.status, state.message = "synced", False
            else:
                state.status, state.message = "none", False

    def action_retry(self):
        """Send this Contact to this connection again now; when nothing is
        queued for it, queue it."""
        self.partner_id.check_access("write")
        Outbox = self.env["mtap.sync.outbox"].sudo()
        for state in self:
            rows = Outbox.search(
                [
                    ("partner_id", "=", state.partner_id.id),
                    ("connection_id", "=", state.connection_id.id),
                ]
            )
            if rows:
                rows.action_retry()
            else:
                Outbox._mtap_queue(state.partner_id)
        return True
