import logging

from odoo import SUPERUSER_ID, api

from odoo.addons.mtap_hub.tools.upgrade import reset_unchanged_templates

_logger = logging.getLogger(__name__)


def migrate(cr, version):
    """The Lead follow-up e-mail now quotes the answers the visitor gave to the
    card's questions: put the module's version in place of the one an earlier
    install kept (its record is not updated on upgrade), unless an administrator
    changed it: their text is kept, and the log says how to add the answers."""
    reset_unchanged_templates(
        api.Environment(cr, SUPERUSER_ID, {}),
        ["mtap_hub.mail_template_mtap_followup_lead"],
        "The module's version now quotes the visitor's answers to the card's "
        "questions; reset it from the template's form to get them.",
        _logger,
    )
