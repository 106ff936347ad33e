from odoo import models

# the reasons a networker archives a Lead for, in their words: one tap each
MTAP_REASONS = {
    "not_a_fit": "mtap_hub.crm_lost_reason_mtap_not_a_fit",
    "spam": "mtap_hub.crm_lost_reason_mtap_spam",
    "known": "mtap_hub.crm_lost_reason_mtap_duplicate",
}


class CrmLeadLost(models.TransientModel):
    _inherit = "crm.lead.lost"

    def action_mtap_archive_as(self):
        """Archive the Leads with the reason the tapped button names (context
        ``mtap_reason``: ``not_a_fit``, ``spam`` or ``known``), and say so with an
        *Undo*."""
        self.ensure_one()
        reason = self.env.ref(MTAP_REASONS[self.env.context.get("mtap_reason")])
        self.lost_reason_id = reason
        self.action_lost_reason_apply()
        return self.lead_ids._mtap_archived_notice(reason)
