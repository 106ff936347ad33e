from odoo import models

from .mtap_followup_mixin import CADENCE_MODELS, REPLY_ACTIVITY_XMLIDS


class MailActivity(models.Model):
    _inherit = "mail.activity"

    def unlink(self):
        # archiving a user deletes their activities; the mTap follow-ups among them
        # wait for the re-assignment of the user's cards (see res.users)
        kept = self.env.context.get("mtap_keep_activity_ids")
        activities = self - self.browse(kept) if kept else self
        return super(MailActivity, activities).unlink()

    def _action_done(self, feedback=False, attachment_ids=None):
        """A follow-up done counts in its record's cadence; a call or meeting done
        on a record in a cadence counts as the person's reply."""
        reply_types = self.env["mail.activity.type"].browse(
            [
                type_id
                for xmlid in REPLY_ACTIVITY_XMLIDS
                if (type_id := self.env["ir.model.data"]._xmlid_to_res_id(xmlid))
            ]
        )
        for model in CADENCE_MODELS:
            Model = self.env[model].sudo().with_context(active_test=False)
            mine = self.filtered(lambda activity, m=model: activity.res_model == m)
            if not mine:
                continue
            followed = Model.search([("mtap_followup_activity_id", "in", mine.ids)])
            followed._mtap_followup_done()
            talked = mine.filtered(
                lambda activity: (
                    activity.activity_type_id in reply_types
                    or activity.activity_category == "phonecall"
                )
            )
            replied = Model.browse(talked.mapped("res_id")) - followed
            replied.exists()._mtap_followup_reply()
        return super()._action_done(feedback=feedback, attachment_ids=attachment_ids)
