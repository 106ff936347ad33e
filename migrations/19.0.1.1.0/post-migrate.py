from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """The card e-mailed to visitors no longer greets them by the name they typed (a
    stranger could make it carry any text): put the module's version back in place
    of the one an earlier install kept (its record is not updated on upgrade)."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    template = env.ref(
        "mtap_hub.mail_template_mtap_card_to_visitor", raise_if_not_found=False
    )
    if template:
        template.reset_template()
