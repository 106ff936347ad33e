from odoo import api, models

from ..tools.card_ocr import MAX_BYTES, MAX_PIXELS

# The add-on's integer settings (``mtap_hub.<key>`` system parameters) and their
# defaults: the one place they are written. The Settings screen's fields take their
# defaults from here; everything else reads them through ``mtap.settings``.
SETTINGS = {
    "exchange_rate_limit_ip": 20,
    "exchange_rate_limit_profile": 300,
    "exchange_rate_window": 60,
    "exchange_min_fill_seconds": 3,
    "profile_miss_limit": 30,
    "profile_miss_window": 10,
    "card_mail_period_days": 30,
    "exchange_max_questions": 5,
    "privacy_link_days": 90,
    "card_scan_max_mb": MAX_BYTES // 1048576,
    "card_scan_max_megapixels": MAX_PIXELS // 1_000_000,
    # raw view/vCard/Exchange events are deleted after this many days (0: kept);
    # the daily roll-ups stay
    "stat_raw_days": 90,
    # the daily roll-ups of whole months older than this many days are folded into
    # one row per month (0: every day kept)
    "stat_daily_days": 31,
}


class MtapSettings(models.AbstractModel):
    """Reads the add-on's settings for the public routes, crons and wizards."""

    _name = "mtap.settings"
    _description = "mTap Hub settings reader"

    @api.model
    def _set_served_address(self, base_url):
        """Make ``base_url`` the database's public address (``web.base.url``), as
        ``scripts/run.sh`` does for the demo: Odoo sets it only when an
        administrator logs in, and until then the cards' addresses, vCards and QR
        codes would point to ``http://localhost:0``."""
        self.env["ir.config_parameter"].sudo().set_param("web.base.url", base_url)

    @api.model
    def _get_int(self, key):
        """The integer setting ``mtap_hub.<key>``, else its default (see
        ``SETTINGS``); a value that is not a whole number counts as unset."""
        value = self.env["ir.config_parameter"].sudo().get_param(f"mtap_hub.{key}")
        try:
            return int(value.strip())
        except (AttributeError, ValueError):  # unset (False) or not a number
            return SETTINGS[key]
