from odoo import api, fields, models


class MtapEvent(models.Model):
    """Where cards were shown: a fair or a meeting with its dates and cost. A card
    shared "at an event" carries it in its address (``?e=<id>``); the views, Leads,
    Contacts and won opportunities it brings in are counted against its cost."""

    _name = "mtap.event"
    _inherit = ["mtap.safe.export.mixin"]
    _description = "mTap Event"
    _order = "date_begin desc, id desc"
    _check_company_auto = True

    name = fields.Char(required=True, translate=False)
    date_begin = fields.Date("Start", required=True, default=fields.Date.context_today)
    date_end = fields.Date("End")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    cost = fields.Monetary(help="What being there cost: stand, travel, printing.")
    user_id = fields.Many2one(
        "res.users",
        "Organiser",
        default=lambda self: self.env.user,
        check_company=True,
        help="Who added the event; they and mTap managers may change it.",
    )
    campaign_id = fields.Many2one(
        "utm.campaign",
        "UTM Campaign",
        readonly=True,
        copy=False,
        help="The campaign of the Leads and opportunities this event brings in.",
    )
    active = fields.Boolean(default=True)
    lead_count = fields.Integer("Leads", compute="_compute_results")
    contact_count = fields.Integer("Contacts", compute="_compute_results")
    won_count = fields.Integer("Won", compute="_compute_results")
    revenue = fields.Monetary("Won Revenue", compute="_compute_results")
    cost_per_lead = fields.Monetary("Cost per Lead", compute="_compute_results")
    cost_per_contact = fields.Monetary("Cost per Contact", compute="_compute_results")
    roi = fields.Float(
        "Return (%)",
        compute="_compute_results",
        help="Won revenue less the cost, as a percentage of the cost.",
    )

    _dates = models.Constraint(
        "CHECK(date_end IS NULL OR date_end >= date_begin)",
        "An event cannot end before it starts.",
    )
    _cost_positive = models.Constraint(
        "CHECK(cost IS NULL OR cost >= 0)", "An event's cost cannot be negative."
    )

    @api.model_create_multi
    def create(self, vals_list):
        events = super().create(vals_list)
        campaigns = (
            self.env["utm.campaign"]
            .sudo()
            .create([{"name": event.name} for event in events])
        )
        for event, campaign in zip(events, campaigns, strict=True):
            event.sudo().campaign_id = campaign
        return events

    def write(self, vals):
        result = super().write(vals)
        if "name" in vals:
            self.sudo().campaign_id.write({"name": vals["name"]})
        return result

    def _compute_results(self):
        """What each event brought in, company-wide (the report as superuser: an
        event's return does not depend on whose cards were shown there)."""
        rows = (
            self.env["mtap.funnel.report"]
            .sudo()
            ._read_group(
                [("event_id", "in", self.ids)],
                ["event_id"],
                ["lead_count:sum", "contact_count:sum", "won_count:sum", "revenue:sum"],
            )
        )
        results = {event.id: values for event, *values in rows}
        for event in self:
            leads, contacts, won, revenue = results.get(event.id, (0, 0, 0, 0.0))
            event.lead_count = leads
            event.contact_count = contacts
            event.won_count = won
            event.revenue = revenue
            event.cost_per_lead = event.cost / leads if leads else 0.0
            event.cost_per_contact = event.cost / contacts if contacts else 0.0
            event.roi = (revenue - event.cost) / event.cost * 100 if event.cost else 0.0

    @api.model
    def _for_address(self, event_id, profile):
        """The event an address's ``?e=`` names, if it is one of the card's
        company (a made-up id counts as no event)."""
        if not event_id:
            return self.browse()
        event = self.sudo().browse(event_id).exists()
        if not event or event.company_id != profile.company_id:
            return self.browse()
        return event

    def action_open_report(self):
        """The funnel of this event."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.mtap_funnel_report_action"
        )
        action["domain"] = [("event_id", "=", self.id)]
        action["context"] = {"search_default_group_by_user": 1}
        return action
