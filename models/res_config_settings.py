from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.card_ocr import DEFAULT_LANGUAGES, installed_languages
from .mtap_guard_mixin import is_mtap_manager
from .mtap_settings import SETTINGS


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
        default=SETTINGS["exchange_rate_limit_ip"],
        help="Exchange forms one network address may send in the window, all cards "
        "together. Visitors at one event often share an address: keep it generous.",
    )
    mtap_exchange_rate_limit_profile = fields.Integer(
        "Exchanges per Card",
        config_parameter="mtap_hub.exchange_rate_limit_profile",
        default=SETTINGS["exchange_rate_limit_profile"],
        help="Exchange forms one card may receive in the window.",
    )
    mtap_exchange_rate_window = fields.Integer(
        "Window (minutes)",
        config_parameter="mtap_hub.exchange_rate_window",
        default=SETTINGS["exchange_rate_window"],
    )
    mtap_exchange_min_fill_seconds = fields.Integer(
        "Minimum Fill Time (seconds)",
        config_parameter="mtap_hub.exchange_min_fill_seconds",
        default=SETTINGS["exchange_min_fill_seconds"],
        help="Forms sent faster than this after the page was opened are kept as "
        "suspected spam: out of the inbox, no notification and no follow-up until "
        "you mark them as not spam.",
    )
    mtap_card_mail_period_days = fields.Integer(
        "Card E-mail Period (days)",
        config_parameter="mtap_hub.card_mail_period_days",
        default=SETTINGS["card_mail_period_days"],
        help="A card that sends itself to its visitors e-mails one address at most "
        "once in this period, however often that address is typed into its form.",
    )
    mtap_stat_raw_days = fields.Integer(
        "Keep Raw Card Events (days)",
        config_parameter="mtap_hub.stat_raw_days",
        default=SETTINGS["stat_raw_days"],
        help="Each view, vCard save and Exchange is kept this many days (0: for "
        "ever); the daily totals the cards and reports read stay.",
    )
    mtap_stat_daily_days = fields.Integer(
        "Card Statistics Day by Day (days)",
        config_parameter="mtap_hub.stat_daily_days",
        default=SETTINGS["stat_daily_days"],
        help="Card statistics are kept per day for at least this many days (31 "
        "at least); the days of older whole months are added up per month (0: "
        "every day kept). "
        "Totals do not change; a report by day shows an older month on its first "
        "day.",
    )
    mtap_exchange_max_questions = fields.Integer(
        "Questions per Card",
        config_parameter="mtap_hub.exchange_max_questions",
        default=SETTINGS["exchange_max_questions"],
        help="The most questions a card's Exchange Contacts form may ask: each "
        "question costs answers.",
    )
    mtap_privacy_link_days = fields.Integer(
        "Personal Link Validity (days)",
        config_parameter="mtap_hub.privacy_link_days",
        default=SETTINGS["privacy_link_days"],
        help="How long the personal link given to a visitor works.",
    )
    mtap_erase_mode = fields.Selection(
        related="company_id.mtap_erase_mode", readonly=False
    )
    mtap_retention_lead_months = fields.Integer(
        related="company_id.mtap_retention_lead_months", readonly=False
    )
    mtap_retention_spam_days = fields.Integer(
        related="company_id.mtap_retention_spam_days", readonly=False
    )
    mtap_card_scan_languages = fields.Char(
        "OCR Languages",
        config_parameter="mtap_hub.card_scan_languages",
        default=DEFAULT_LANGUAGES,
        help="Tesseract languages the cards are read in, joined by +. Latin (the "
        "default) reads every European language with its accents; eng, eng+fra, "
        "deu+eng... are faster on cards in those languages. Each one needs its "
        "Debian package on the server (tesseract-ocr-fra for fra, "
        "tesseract-ocr-script-latn for Latin).",
    )
    mtap_card_scan_max_mb = fields.Integer(
        "Largest Photo (MB)",
        config_parameter="mtap_hub.card_scan_max_mb",
        default=SETTINGS["card_scan_max_mb"],
    )
    mtap_card_scan_max_megapixels = fields.Integer(
        "Largest Photo (megapixels)",
        config_parameter="mtap_hub.card_scan_max_megapixels",
        default=SETTINGS["card_scan_max_megapixels"],
    )

    @api.model
    def default_get(self, fields):
        """The add-on's limits (rates, fill time, scan sizes) are for those who may
        read the settings: ``default_get`` checks no access right, and any internal
        or portal user could otherwise read them to tune a spam run just under
        them."""
        result = super().default_get(fields)
        if not (
            is_mtap_manager(self.env) or self.env.user.has_group("base.group_system")
        ):
            for name in [name for name in result if name.startswith("mtap_")]:
                del result[name]
        return result

    def set_values(self):
        self._check_mtap_card_scan()
        return super().set_values()

    def _check_mtap_card_scan(self):
        """Refuse limits below 1, and OCR languages the server does not have (only
        when they change: a server without Tesseract can still save settings)."""
        for settings in self:
            if (
                settings.mtap_card_scan_max_mb < 1
                or settings.mtap_card_scan_max_megapixels < 1
            ):
                raise ValidationError(
                    self.env._(
                        "The largest photo must be at least 1 MB and 1 megapixel."
                    )
                )
            languages = (settings.mtap_card_scan_languages or "").strip()
            current = (
                self.env["ir.config_parameter"]
                .sudo()
                .get_param("mtap_hub.card_scan_languages", DEFAULT_LANGUAGES)
            )
            if languages == current:
                continue
            wanted = [lang for lang in languages.split("+") if lang]
            if not wanted:
                raise ValidationError(self.env._("Give at least one OCR language."))
            installed = installed_languages()
            unknown = [lang for lang in wanted if lang not in installed]
            if unknown:
                raise ValidationError(
                    self.env._(
                        "OCR languages not installed on the server: %(unknown)s. "
                        "Installed: %(installed)s.",
                        unknown=", ".join(unknown),
                        installed=", ".join(installed) or self.env._("none"),
                    )
                )
