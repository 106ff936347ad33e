from odoo import SUPERUSER_ID, api

from odoo.addons.mtap_hub.tools.card_ocr import DEFAULT_LANGUAGES, installed_languages


def migrate(cr, version):
    """The card scan reads cards in Tesseract's Latin script model by default, which
    keeps the accents of every European language: a database still on the former
    default, English alone, moves to it when the server has it."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    params = env["ir.config_parameter"]
    if params.get_param("mtap_hub.card_scan_languages") != "eng":
        return
    if DEFAULT_LANGUAGES in installed_languages():
        params.set_param("mtap_hub.card_scan_languages", DEFAULT_LANGUAGES)
