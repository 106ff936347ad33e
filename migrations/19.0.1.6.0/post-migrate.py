import logging

from odoo import SUPERUSER_ID, api

from odoo.addons.mtap_hub.tools.upgrade import reset_unchanged_templates

_logger = logging.getLogger(__name__)


def migrate(cr, version):
    """The follow-up e-mails no longer offer to "talk about it" when the visitor
    wrote nothing, and show the date you met as people write it: put the module's
    versions in place of the ones an earlier install kept (their records are not
    updated on upgrade), unless an administrator changed them."""
    reset_unchanged_templates(
        api.Environment(cr, SUPERUSER_ID, {}),
        [
            "mtap_hub.mail_template_mtap_followup_lead",
            "mtap_hub.mail_template_mtap_followup_contact",
        ],
        "Reset it from the template's form to get the module's new text.",
        _logger,
    )
