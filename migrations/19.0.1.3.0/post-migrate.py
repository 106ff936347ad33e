from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """The owners' notifications moved to the Exchange service (``mtap.exchange``):
    the cron record, kept as it was on update, follows them."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    cron = env.ref("mtap_hub.ir_cron_mtap_notify", raise_if_not_found=False)
    if cron:
        cron.write(
            {
                "model_id": env.ref("mtap_hub.model_mtap_exchange").id,
                "code": "model._cron_notify()",
            }
        )
