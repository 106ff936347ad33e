import logging

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger(__name__)


def migrate(cr, version):
    """The card e-mailed to visitors no longer greets them by the name they typed (a
    stranger could make it carry any text): put the module's version back in place
    of the one an earlier install kept (its record is not updated on upgrade) —
    unless an administrator changed it: their text is kept, and the log says so."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    template = env.ref(
        "mtap_hub.mail_template_mtap_card_to_visitor", raise_if_not_found=False
    )
    if not template:
        return
    # the module writes its records as the superuser; anyone else is a person
    if template.write_uid.id not in (False, SUPERUSER_ID):
        _logger.warning(
            "mTap Hub: the e-mail template %r was changed by %s and is kept as it "
            "is. The module's version no longer greets visitors by the name they "
            "typed; check that yours holds nothing a visitor typed, or reset it "
            "from the template's form.",
            template.name,
            template.write_uid.login,
        )
        return
    template.reset_template()
