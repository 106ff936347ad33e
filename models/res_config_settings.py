from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mtap_default_consent_text = fields.Char(
        "Default Consent Text",
        config_parameter="mtap_hub.default_consent_text",
        help="Consent sentence given to new cards; each card can change its own.",
    )
    mtap_exchange_rate_limit_ip = fields.Integer(
        "Exchanges per Visitor Address",
        config_parameter="mtap_hub.exchange_rate_limit_ip",
        default=20,
        help="Exchange forms one network address may send in the window, all cards "
        "together. Visitors at one event often share an address: keep it generous.",
    )
    mtap_exchange_rate_limit_profile = fields.Integer(
        "Exchanges per Card",
        config_parameter="mtap_hub.exchange_rate_limit_profile",
        default=300,
        help="Exchange forms one card may receive in the window.",
    )
    mtap_exchange_rate_window = fields.Integer(
        "Window (minutes)",
        config_parameter="mtap_hub.exchange_rate_window",
        default=60,
    )
    mtap_exchange_min_fill_seconds = fields.Integer(
        "Minimum Fill Time (seconds)",
        config_parameter="mtap_hub.exchange_min_fill_seconds",
        default=3,
        help="Forms sent faster than this after the page was opened are taken for "
        "robots: they get a thank-you and nothing is stored.",
    )
