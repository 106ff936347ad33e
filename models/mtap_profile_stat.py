from odoo import api, fields, models


class MtapProfileStat(models.Model):
    """One row per page view, vCard download or Exchange of a card.

    Rows are only inserted, never updated: concurrent visitors of one card never wait
    on or conflict over a shared counter row. The card sums them when displayed.
    """

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
    create_date = fields.Datetime(default=fields.Datetime.now, readonly=True)

    @api.model
    def _record(self, profile, kind):
        """Count one ``kind`` event of ``profile``."""
        self.env.cr.execute(
            "INSERT INTO mtap_profile_stat (profile_id, kind, create_date) "
            "VALUES (%s, %s, now() AT TIME ZONE 'UTC')",
            (profile.id, kind),
        )
