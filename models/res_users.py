from odoo import models

from .mtap_followup_mixin import CADENCE_MODELS


class ResUsers(models.Model):
    _inherit = "res.users"

    def write(self, vals):
        archived = restored = self.browse()
        if "active" in vals:
            if vals["active"]:
                restored = self.filtered(lambda user: not user.active)
            else:
                archived = self.filtered("active")
        result = super().write(vals)
        if archived:
            self.env["mtap.profile"]._owners_archived(archived)
        if restored:
            self.env["mtap.profile"]._owners_restored(restored)
        return result

    def action_archive(self):
        """Archive the users. Odoo deletes the activities of archived users; those
        on mTap Leads and Contacts are kept for whoever the user's cards are
        re-assigned to (see ``mtap.card.reassign``): nothing is orphaned."""
        kept = self._mtap_open_activities()
        return super(
            ResUsers, self.with_context(mtap_keep_activity_ids=kept.ids)
        ).action_archive()

    def _mtap_open_activities(self):
        """The open activities of these users on mTap Leads and Contacts."""
        activities = (
            self.env["mail.activity"]
            .sudo()
            .search(
                [
                    ("user_id", "in", self.ids),
                    ("res_model", "in", list(CADENCE_MODELS)),
                ]
            )
        )
        if not activities:
            return activities
        kept = {}
        for model, mtap_domain in CADENCE_MODELS.items():
            res_ids = activities.filtered(lambda a, m=model: a.res_model == m).mapped(
                "res_id"
            )
            kept[model] = set(
                self.env[model]
                .sudo()
                .with_context(active_test=False)
                .search([("id", "in", res_ids), *mtap_domain])
                .ids
            )
        return activities.filtered(lambda a: a.res_id in kept[a.res_model])
