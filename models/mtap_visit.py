from odoo import fields, models


class MtapVisit(models.Model):
    """A visitor of a card on one day, known only by a salted hash (see
    ``tools.source_marker.visitor_digest``): counted once a day as a unique
    visitor, then deleted."""

    _name = "mtap.visit"
    _description = "mTap: a card's visitor of the day (hashed)"
    _log_access = False

    day = fields.Date(required=True, readonly=True)
    digest = fields.Char(required=True, readonly=True)

    _day_digest_unique = models.UniqueIndex("(day, digest)")
