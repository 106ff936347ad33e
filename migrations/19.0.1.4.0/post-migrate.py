import logging

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger(__name__)


def migrate(cr, version):
    """The Lead follow-up e-mail now quotes the answers the visitor gave to the
    card's questions: put the module's version in place of the one an earlier
    install kept (its record is not updated on upgrade), unless an administrator
    changed it: their text is kept, and the log says how to add the answers."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    template = env.ref(
        "mtap_hub.mail_template_mtap_followup_lead", raise_if_not_found=False
    )
    if not template:
        return
    # the module writes its records as the superuser; anyone else is a person
    if template.write_uid.id not in (False, SUPERUSER_ID):
        _logger.warning(
            "mTap Hub: the e-mail template %r was changed by %s and is kept as it "
            "is. The module's version now quotes the visitor's answers to the "
            "card's questions; reset it from the template's form to get them.",
            template.name,
            template.write_uid.login,
        )
        return
    template.reset_template()
