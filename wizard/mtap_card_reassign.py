from collections import defaultdict

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain

from ..tools import validation


class MtapCardReassign(models.TransientModel):
    """Give cards to another user (someone left, or changed jobs): same address,
    same printed QR code, and, as chosen, the open Leads the cards brought in, the
    previous owner's mTap Contacts and the open activities on both, logged in
    every chatter."""

    _name = "mtap.card.reassign"
    _description = "Re-assign mTap Cards"

    profile_ids = fields.Many2many(
        "mtap.profile",
        string="Cards",
        required=True,
        default=lambda self: self._default_profiles(),
    )
    previous_user_ids = fields.Many2many(
        "res.users",
        string="Previous Owners",
        compute="_compute_previous_user_ids",
        # they have usually left: archived
        context={"active_test": False},
    )
    company_ids = fields.Many2many("res.company", compute="_compute_previous_user_ids")
    user_id = fields.Many2one(
        "res.users",
        string="New Owner",
        required=True,
        domain="[('share', '=', False), ('company_ids', 'in', company_ids), "
        "('id', 'not in', previous_user_ids)]",
    )
    move_leads = fields.Boolean(
        "Move the Open Leads",
        default=True,
        help="The cards' Leads neither converted nor archived go to the new owner.",
    )
    move_contacts = fields.Boolean(
        "Move the Contacts",
        default=True,
        help="Every mTap Contact of the previous owners goes to the new owner.",
    )
    move_activities = fields.Boolean(
        "Move the Open Activities",
        default=True,
        help="The previous owners' open activities (follow-ups included) on the "
        "Leads and Contacts that move go to the new owner.",
    )
    use_owner_details = fields.Boolean(
        "Show the New Owner's Details",
        default=True,
        help="The cards show the new owner's name, photo, job title, phone and "
        "e-mail, and follow them from now on.",
    )
    publish = fields.Boolean(
        "Publish the Cards",
        compute="_compute_publish",
        store=True,
        readonly=False,
        help="Publish the cards for the new owner: printed QR codes and shared links "
        "work again.",
    )
    new_address = fields.Boolean(
        "Give Them a New Address",
        help="A new address in the new owner's name; the old one (and the QR codes "
        "printed with it) keeps working, leading to the new address.",
    )
    summary = fields.Html(compute="_compute_summary", sanitize=False)
    lead_count = fields.Integer(compute="_compute_counts")
    contact_count = fields.Integer(compute="_compute_counts")
    activity_count = fields.Integer(compute="_compute_counts")

    @api.model
    def _default_profiles(self):
        context = self.env.context
        if context.get("active_model") == "mtap.profile" and context.get("active_ids"):
            return [fields.Command.set(context["active_ids"])]
        return []

    @api.depends("profile_ids")
    def _compute_previous_user_ids(self):
        for wizard in self:
            cards = wizard.profile_ids._origin.sudo()
            wizard.previous_user_ids = cards.user_id
            wizard.company_ids = cards.company_id

    @api.depends("profile_ids")
    def _compute_publish(self):
        for wizard in self:
            wizard.publish = any(
                card.is_published or card.departure_unpublished
                for card in wizard.profile_ids
            )

    @api.depends("profile_ids", "move_leads", "move_contacts", "move_activities")
    def _compute_counts(self):
        for wizard in self:
            leads, contacts, activities = wizard._records_to_move()
            wizard.lead_count = len(leads)
            wizard.contact_count = len(contacts)
            wizard.activity_count = len(activities)

    def _records_to_move(self):
        """The Leads, Contacts and activities that go with the cards, as chosen
        (as superuser: the wizard is for mTap managers)."""
        cards = self.profile_ids._origin.sudo()
        previous = cards.user_id
        leads = self.env["crm.lead"].sudo()
        contacts = self.env["res.partner"].sudo()
        activities = self.env["mail.activity"].sudo()
        if not cards:
            return leads, contacts, activities
        if self.move_leads:
            leads = leads.search(
                [
                    ("mtap_profile_id", "in", cards.ids),
                    ("mtap_contact_id", "=", False),
                    ("won_status", "=", "pending"),
                ]
            )
        if self.move_contacts:
            contacts = contacts.with_context(active_test=False).search(
                [("mtap_is_contact", "=", True), ("mtap_owner_id", "in", previous.ids)]
            )
        if self.move_activities and (leads or contacts):
            activities = activities.search(
                Domain("user_id", "in", previous.ids)
                & (
                    (
                        Domain("res_model", "=", "crm.lead")
                        & Domain("res_id", "in", leads.ids)
                    )
                    | (
                        Domain("res_model", "=", "res.partner")
                        & Domain("res_id", "in", contacts.ids)
                    )
                )
            )
        return leads, contacts.with_context(active_test=True), activities

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    @api.depends("profile_ids", "user_id", "new_address", "lead_count", "contact_count")
    def _compute_summary(self):
        for wizard in self:
            if not wizard.user_id or not wizard.profile_ids:
                wizard.summary = False
                continue
            lines = [
                self.env._(
                    "%(cards)s go to %(user)s, with %(leads)s open Leads and "
                    "%(contacts)s Contacts (as ticked below).",
                    cards=", ".join(wizard.profile_ids.mapped("name")),
                    user=wizard.user_id.name,
                    leads=wizard.lead_count if wizard.move_leads else 0,
                    contacts=wizard.contact_count if wizard.move_contacts else 0,
                )
            ]
            lines += [
                self.env._(
                    "%(old)s becomes %(new)s; %(old)s keeps working.",
                    old=card.website_url,
                    new=f"/mtap/{wizard._new_slug_base()}-…",
                )
                if wizard.new_address
                else self.env._("%(url)s stays the address.", url=card.website_url)
                for card in wizard.profile_ids
            ]
            wizard.summary = Markup("<ul class='mb-0'>%s</ul>") % Markup("").join(
                Markup("<li>%s</li>") % line for line in lines
            )

    def _new_slug_base(self):
        return validation.slug_base(self.user_id.name)

    def action_apply(self):
        """Re-assign the cards and what goes with them, and say it was done."""
        self.ensure_one()
        self._action_reassign()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "%(cards)s re-assigned to %(user)s.",
                    cards=", ".join(self.profile_ids.mapped("name")),
                    user=self.user_id.name,
                ),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

    def _action_reassign(self):
        self.ensure_one()
        # as the user: only a manager may give cards to someone else
        cards = self.profile_ids
        cards.check_access("write")
        new = self.user_id
        foreign = cards.filtered(lambda card: card.company_id not in new.company_ids)
        if foreign:
            raise UserError(
                self.env._(
                    "%(user)s cannot own cards of %(companies)s: give them access to "
                    "that company first.",
                    user=new.name,
                    companies=", ".join(foreign.company_id.mapped("name")),
                )
            )
        leads, contacts, activities = self._records_to_move()
        previous = {card.id: card.user_id for card in cards}
        Profile = self.env["mtap.profile"]
        for card in cards.filtered(lambda card: card.user_id != new):
            values = {"user_id": new.id, "departure_unpublished": False}
            if self.use_owner_details:
                values.update(
                    Profile._person_values(new, card.company_id),
                    person_sync=True,
                    person_overrides=False,
                )
            if self.publish:
                values["is_published"] = True
            if self.new_address:
                # the old address leads to the new one (see the card page's route)
                values["former_slugs"] = " ".join(
                    filter(None, [card.former_slugs, card.slug])
                )
                values["slug"] = validation.random_slug(new.name)
            card.with_context(mtap_person_sync=True).write(values)
        self._move_leads(leads, new)
        if contacts:
            contacts.write({"mtap_owner_id": new.id})
            contacts.message_subscribe(partner_ids=new.partner_id.ids)
        if activities:
            activities.with_context(mail_activity_quick_update=True).write(
                {"user_id": new.id}
            )
        self._copy_blocked_senders(cards, previous, new)
        self._log(cards, previous, leads, contacts, activities)

    def _move_leads(self, leads, new):
        if not leads:
            return
        # the Leads stay in their team (Odoo would pick one of the new owner's)
        by_team = defaultdict(list)
        for lead in leads:
            by_team[lead.team_id.id].append(lead.id)
        for team_id, ids in by_team.items():
            leads.browse(ids).write({"user_id": new.id, "team_id": team_id})
        leads.message_subscribe(partner_ids=new.partner_id.ids)

    def _copy_blocked_senders(self, cards, previous, new):
        """The senders the previous owners blocked stay blocked on the cards."""
        Block = self.env["mtap.exchange.block"].sudo()
        owners = self.env["res.users"].union(*previous.values()) - new
        blocked = set(
            Block.search([("user_id", "=", new.id)]).mapped("email_normalized")
        )
        to_create = []
        for block in Block.search([("user_id", "in", owners.ids)]):
            if block.email_normalized not in blocked:
                blocked.add(block.email_normalized)
                to_create.append(
                    {"user_id": new.id, "email_normalized": block.email_normalized}
                )
        Block.create(to_create)

    def _log(self, cards, previous, leads, contacts, activities):
        new, manager = self.user_id, self.env.user
        for card in cards.sudo():
            card.message_post(
                body=Markup("<p>%s</p>")
                % self.env._(
                    "Card re-assigned from %(previous)s to %(new)s by %(manager)s, "
                    "with %(leads)s Leads, %(contacts)s Contacts and %(activities)s "
                    "activities. Its address and QR code are unchanged.",
                    previous=previous[card.id].name,
                    new=new.name,
                    manager=manager.name,
                    leads=len(
                        leads.filtered(lambda lead, c=card: lead.mtap_profile_id == c)
                    ),
                    contacts=len(contacts),
                    activities=len(activities),
                ),
                partner_ids=new.partner_id.ids,
                subtype_xmlid="mail.mt_note",
            )
        for records in (leads, contacts):
            if records:
                records._message_log_batch(
                    bodies=dict.fromkeys(
                        records.ids,
                        Markup("<p>%s</p>")
                        % self.env._(
                            "Moved to %(new)s with the card %(cards)s (re-assigned by "
                            "%(manager)s).",
                            new=new.name,
                            cards=", ".join(cards.sudo().mapped("name")),
                            manager=manager.name,
                        ),
                    )
                )
