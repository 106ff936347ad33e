from odoo import fields, models

from ..tools.source_marker import SOURCES


class MtapProfileStatDaily(models.Model):
    """What a card counted in one day, from one source, at one event: one row per
    slot (see ``mtap_profile_stat.SLOTS``), upserted with ``ON CONFLICT`` as
    visitors come. A card's counters and the funnel sum these rows, whatever the
    raw events' history."""

    _name = "mtap.profile.stat.daily"
    _description = "mTap Card Statistics per Day"
    _log_access = False
    _order = "day desc"

    profile_id = fields.Many2one(
        "mtap.profile", required=True, ondelete="cascade", readonly=True
    )
    day = fields.Date(required=True, readonly=True)
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
