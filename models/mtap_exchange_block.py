from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.tools.sql import escape_psql

from ..tools.lead_score import is_free_mail


class MtapExchangeBlock(models.Model):
    _name = "mtap.exchange.block"
    _description = "mTap blocked sender"
    _order = "create_date desc, id desc"
    _rec_name = "email_normalized"
    _inherit = ["mtap.guard.mixin"]
    _mtap_guarded_links = ("lead_id",)

    user_id = fields.Many2one(
        "res.users",
        string="Card Owner",
        required=True,
        index=True,
        ondelete="cascade",
        default=lambda self: self.env.user,
        help="Exchanges from this e-mail on this user's cards are refused.",
    )
    email_normalized = fields.Char("E-mail", required=True)
    lead_id = fields.Many2one(
        "crm.lead",
        string="Archived Lead",
        ondelete="set null",
        help="The Lead archived as spam that blocked this e-mail.",
    )
    note = fields.Char()

    _user_email_uniq = models.UniqueIndex("(user_id, email_normalized)")

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("email_normalized"):
                vals["email_normalized"] = vals["email_normalized"].strip().lower()
        return super().create(vals_list)

    def _mtap_check_ownership(self, vals_list):
        """A user blocks senders on their own cards only; a manager on anyone's."""
        for vals in vals_list:
            if vals.get("user_id") and vals["user_id"] != self.env.uid:
                if not self._mtap_is_manager():
                    raise AccessError(
                        self.env._("You can only block senders on your own cards.")
                    )
                self._mtap_log_manager_gift("user_id", vals["user_id"])

    @api.model
    def _is_blocked(self, user, email):
        """True when ``user`` blocked the normalised ``email`` on their cards."""
        if not email or not user:
            return False
        return bool(
            self.sudo().search_count(
                [("user_id", "=", user.id), ("email_normalized", "=", email)], limit=1
            )
        )

    @api.model
    def _is_blocked_domain(self, user, domain):
        """True when ``user`` blocked an address at ``domain`` on their cards (a
        free-mail domain never counts: one blocked sender there says nothing of
        the others)."""
        if not domain or not user or is_free_mail(f"x@{domain}"):
            return False
        return bool(
            self.sudo().search_count(
                [
                    ("user_id", "=", user.id),
                    ("email_normalized", "=ilike", f"%@{escape_psql(domain)}"),
                ],
                limit=1,
            )
        )

    @api.model
    def _block_leads(self, leads):
        """Block the e-mail of each Lead on its card owner's cards (the caller has
        checked that the current user may archive these Leads)."""
        wanted = {}
        for lead in leads.sudo():
            owner = lead.mtap_profile_id.user_id
            if owner and lead.email_normalized:
                wanted[(owner.id, lead.email_normalized)] = lead.id
        if not wanted:
            return self.browse()
        existing = self.sudo().search(
            [
                ("user_id", "in", [user_id for user_id, _email in wanted]),
                ("email_normalized", "in", [email for _user, email in wanted]),
            ]
        )
        for block in existing:
            wanted.pop((block.user_id.id, block.email_normalized), None)
        return self.sudo().create(
            [
                {"user_id": user_id, "email_normalized": email, "lead_id": lead_id}
                for (user_id, email), lead_id in wanted.items()
            ]
        )
