import logging

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger(__name__)


def migrate(cr, version):
    """The follow-up e-mails no longer offer to "talk about it" when the visitor
    wrote nothing, and show the date you met as people write it: put the module's
    versions in place of the ones an earlier install kept (their records are not
    updated on upgrade), unless an administrator changed them."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    for xmlid in (
        "mtap_hub.mail_template_mtap_followup_lead",
        "mtap_hub.mail_template_mtap_followup_contact",
    ):
        template = env.ref(xmlid, raise_if_not_found=False)
        if not template:
            continue
        # the module writes its records as the superuser; anyone else is a person
        if template.write_uid.id not in (False, SUPERUSER_ID):
            _logger.warning(
                "mTap Hub: the e-mail template %r was changed by %s and is kept as "
                "it is; reset it from the template's form to get the module's "
                "new text.",
                template.name,
                template.write_uid.login,
            )
            continue
        template.reset_template()
