from odoo import models


class CrmLeadLost(models.TransientModel):
    _inherit = "crm.lead.lost"

    def action_lost_reason_apply(self):
        """Archiving mTap Leads is checked before the closing note is logged."""
        self.lead_ids.filtered("mtap_profile_id")._mtap_check_manage()
        return super().action_lost_reason_apply()
