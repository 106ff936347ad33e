from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.mtap_followup_mixin import CADENCE_MODELS


class MtapFollowupMail(models.TransientModel):
    """The follow-up e-mail of a Today item: the template's mail, written to the
    person's address as it is (a Lead stays a Lead: no partner is made of it),
    logged on the record, and counted as the follow-up done, with an Undo."""

    _name = "mtap.followup.mail"
    _description = "mTap: a follow-up e-mail"

    res_model = fields.Selection(
        [(model, model) for model in CADENCE_MODELS], required=True, readonly=True
    )
    res_id = fields.Integer(required=True, readonly=True)
    email_to = fields.Char("To", readonly=True)
    subject = fields.Char(required=True)
    body = fields.Html(sanitize_style=True)

    @api.model
    def _values_for(self, record, template):
        """The wizard's values for ``record`` from ``template``, as rendered."""
        return {
            "res_model": record._name,
            "res_id": record.id,
            "email_to": record.email_from
            if record._name == "crm.lead"
            else record.email,
            "subject": template._render_field("subject", record.ids)[record.id],
            "body": template._render_field("body_html", record.ids)[record.id],
        }

    def _record(self):
        record = self.env[self.res_model].browse(self.res_id).exists()
        record.check_access("write")
        return record

    def action_send(self):
        """Send the e-mail, log it on the record, and mark the follow-up done."""
        self.ensure_one()
        record = self._record()
        # the person's own address, as it is now: never one written to the wizard
        email_to = record.email_from if record._name == "crm.lead" else record.email
        if not email_to:
            raise UserError(
                self.env._("%(name)s has no e-mail address.", name=record.display_name)
            )
        user = self.env.user
        message = record.message_post(
            body=self.body,
            subject=self.subject,
            subtype_xmlid="mail.mt_note",
            message_type="comment",
        )
        self.env["mail.mail"].sudo().create(
            {
                "mail_message_id": message.id,
                "email_from": user.email_formatted or message.email_from,
                "email_to": email_to,
                "body_html": self.body,
                "auto_delete": True,
            }
        )
        snapshot = record._mtap_followup_snapshot()
        if not record.mtap_followup_activity_id:
            # due, but the cron has not scheduled it yet (it runs every hour)
            record._mtap_followup_schedule()
        if record.mtap_followup_activity_id:
            record.mtap_followup_activity_id.action_feedback(
                feedback=self.env._("E-mail sent from Today.")
            )
        return {
            "type": "ir.actions.client",
            "tag": "mtap_hub.undo_notification",
            "params": {
                "message": self.env._(
                    "E-mail sent to %(name)s: follow-up done.",
                    name=record.display_name,
                ),
                "model": record._name,
                "ids": record.ids,
                "undo_method": "action_mtap_followup_undo_done",
                "undo_args": [snapshot],
                "reload": True,
            },
        }
