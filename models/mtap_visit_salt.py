import secrets
from datetime import timedelta

from odoo import api, fields, models


class MtapVisitSalt(models.Model):
    """The random salt of one day's visitor hashes. Deleted after 48 hours,
    with the day's visitors: a hash then leads back to no one."""

    _name = "mtap.visit.salt"
    _description = "mTap: salt of a day's visitor hashes"
    _log_access = False

    day = fields.Date(required=True, readonly=True)
    salt = fields.Binary(attachment=False, readonly=True)

    _day_unique = models.UniqueIndex("(day)")

    @api.model
    def _salt_of(self, cr, day):
        """The salt of ``day`` (bytes), made on first use. ``cr`` is in READ
        COMMITTED: a salt another request just made is read back."""
        cr.execute("SELECT salt FROM mtap_visit_salt WHERE day = %s", (day,))
        row = cr.fetchone()
        if not row:
            cr.execute(
                "INSERT INTO mtap_visit_salt (day, salt) VALUES (%s, %s) "
                "ON CONFLICT (day) DO NOTHING",
                (day, secrets.token_bytes(32)),
            )
            cr.execute("SELECT salt FROM mtap_visit_salt WHERE day = %s", (day,))
            row = cr.fetchone()
        return bytes(row[0])

    @api.model
    def _forget(self, today):
        """Delete the salts used over 48 hours ago and the visitors of past days."""
        self.env.cr.execute(
            "DELETE FROM mtap_visit_salt WHERE day < %s", (today - timedelta(days=1),)
        )
        self.env.cr.execute("DELETE FROM mtap_visit WHERE day < %s", (today,))
