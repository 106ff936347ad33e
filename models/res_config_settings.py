from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    mtap_default_consent_text = fields.Char(
        "Default Consent Text",
        config_parameter="mtap_hub.default_consent_text",
        help="Consent sentence given to new cards; each card can change its own.",
    )
