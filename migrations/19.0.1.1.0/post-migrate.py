import logging

from odoo import SUPERUSER_ID, api

from odoo.addons.mtap_hub.tools.upgrade import reset_unchanged_templates

_logger = logging.getLogger(__name__)


def migrate(cr, version):
    """The card e-mailed to visitors no longer greets them by the name they typed (a
    stranger could make it carry any text): put the module's version back in place
    of the one an earlier install kept (its record is not updated on upgrade) —
    unless an administrator changed it: their text is kept, and the log says so."""
    reset_unchanged_templates(
        api.Environment(cr, SUPERUSER_ID, {}),
        ["mtap_hub.mail_template_mtap_card_to_visitor"],
        "The module's version no longer greets visitors by the name they typed; "
        "check that yours holds nothing a visitor typed, or reset it from the "
        "template's form.",
        _logger,
    )
