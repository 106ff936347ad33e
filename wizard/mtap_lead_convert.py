from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

MATCH_RULES = [
    ("email", "Same e-mail"),
    ("phone", "Same phone"),
    ("name_company", "Same name and company"),
    ("none", "No match"),
]


class MtapLeadConvert(models.TransientModel):
    _name = "mtap.lead.convert"
    _description = "mTap: convert Leads to Contacts"
    # its Leads are read as the user when the wizard computes its lines: another
    # user's Lead is refused there (AccessError), and by ``_mtap_check_manage``
    _inherit = ["mtap.guard.mixin"]

    lead_ids = fields.Many2many(
        "crm.lead", string="Leads", context={"active_test": False}
    )
    line_ids = fields.One2many(
        "mtap.lead.convert.line",
        "wizard_id",
        string="Leads to Convert",
        compute="_compute_line_ids",
        store=True,
        readonly=False,
    )
    create_opportunity = fields.Boolean(
        "Also Create an Opportunity",
        help="Open an opportunity in the CRM pipeline for each converted Contact.",
    )
    # one Lead: a simple form instead of the table
    single_lead_id = fields.Many2one(
        "crm.lead", compute="_compute_single_lead_id", store=True
    )
    single_contact_name = fields.Char(
        related="single_lead_id.contact_name", string="Name"
    )
    single_partner_name = fields.Char(
        related="single_lead_id.partner_name", string="Company"
    )
    single_email = fields.Char(related="single_lead_id.email_from", string="E-mail")
    single_phone = fields.Char(related="single_lead_id.phone_display", string="Phone")
    single_match_partner_id = fields.Many2one(
        "res.partner",
        string="Matching Contact",
        compute="_compute_single_match",
        help="An existing contact with the same e-mail, phone, or name and company.",
    )
    single_link = fields.Boolean(
        "Link to This Contact",
        compute="_compute_single_match",
        inverse="_inverse_single_link",
        help="Add the Lead's details to the existing contact instead of creating a "
        "new one.",
    )

    @api.depends("lead_ids")
    def _compute_single_lead_id(self):
        for wizard in self:
            leads = wizard.lead_ids._origin.filtered(
                lambda lead: not lead.mtap_contact_id
            )
            wizard.single_lead_id = leads if len(leads) == 1 else False

    @api.depends("line_ids.match_partner_id", "line_ids.action")
    def _compute_single_match(self):
        for wizard in self:
            line = wizard.line_ids if len(wizard.line_ids) == 1 else False
            wizard.single_match_partner_id = line and line.match_partner_id
            wizard.single_link = bool(line and line.action == "link")

    def _inverse_single_link(self):
        for wizard in self:
            line = wizard.line_ids if len(wizard.line_ids) == 1 else False
            if line and line.match_partner_id:
                line.write(
                    {
                        "action": "link" if wizard.single_link else "create",
                        "partner_id": wizard.single_link and line.match_partner_id.id,
                    }
                )

    @api.model
    def default_get(self, fields_list):
        result = super().default_get(fields_list)
        context = self.env.context
        if (
            "lead_ids" in fields_list
            and not result.get("lead_ids")
            and context.get("active_model") == "crm.lead"
            and context.get("active_ids")
        ):
            result["lead_ids"] = [fields.Command.set(context["active_ids"])]
        return result

    @api.depends("lead_ids")
    def _compute_line_ids(self):
        for wizard in self:
            leads = wizard.lead_ids._origin.filtered(
                lambda lead: not lead.mtap_contact_id
            )
            found = self.env["res.partner"]._mtap_match_people(
                [
                    {
                        "email": lead.email_normalized,
                        "phone": lead.phone_sanitized,
                        "name": lead.contact_name,
                        "company": lead.partner_name,
                        "owner": lead.user_id,
                    }
                    for lead in leads
                ]
            )
            wizard.line_ids = [fields.Command.clear()] + [
                fields.Command.create(
                    {
                        "lead_id": lead.id,
                        "match_rule": rule,
                        "match_partner_id": partner.id,
                        "partner_id": partner.id,
                        "action": "link" if partner else "create",
                    }
                )
                for lead, (partner, rule) in zip(leads, found, strict=True)
            ]

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_apply(self):
        """Convert every line's Lead: link it to the chosen Contact or create one,
        close the Lead as converted, log it on both sides, and open the result (one
        Contact on the lean mTap form)."""
        self.ensure_one()
        contacts = self._action_convert()
        if len(contacts) == 1:
            return contacts.action_mtap_open_lean()
        return contacts._get_records_action(
            name=self.env._("Converted Contacts"), context={}
        )

    def _action_convert(self):
        lines = self.line_ids
        if not lines:
            raise UserError(self.env._("There is no Lead left to convert."))
        leads = lines.lead_id
        leads._mtap_check_manage()
        converted = leads.filtered("mtap_contact_id")
        if converted:
            raise UserError(
                self.env._(
                    "Already converted: %(leads)s",
                    leads=", ".join(converted.mapped("display_name")),
                )
            )
        for line in lines:
            if line.action == "link" and not line.partner_id:
                raise ValidationError(
                    self.env._(
                        "Choose the contact to link %(lead)s to, or create a new one.",
                        lead=line.lead_id.display_name,
                    )
                )
        to_create = lines.filtered(lambda line: line.action == "create")
        to_link = lines - to_create
        contact_by_lead = to_link._link_contacts()
        contact_by_lead.update(to_create._create_contacts())
        contacts = self.env["res.partner"].browse(
            dict.fromkeys(contact_by_lead[lead.id].id for lead in leads)
        )
        self._close_leads(leads, contact_by_lead)
        if self.create_opportunity:
            self._create_opportunities(leads, contact_by_lead)
        return contacts

    # ------------------------------------------------------------
    # BUSINESS
    # ------------------------------------------------------------

    def _close_leads(self, leads, contact_by_lead):
        # the person leaves the Lead cadence for the Contact one
        followup = self.env.ref("mtap_hub.mail_activity_type_mtap_followup")
        leads.activity_ids.filtered(
            lambda activity: activity.activity_type_id == followup
        ).unlink()
        leads._mtap_followup_stop()
        # the Contacts' links checked at once, not one Lead at a time
        leads._mtap_check_links(
            [{"mtap_contact_id": contact.id} for contact in contact_by_lead.values()]
        )
        self.env["res.partner"].browse(
            {contact.id for contact in contact_by_lead.values()}
        ).filtered(lambda c: not c.mtap_followup_state)._mtap_followup_start()
        for lead in leads:
            lead.write(
                {
                    "mtap_contact_id": contact_by_lead[lead.id].id,
                    "mtap_reviewed": True,
                    "date_closed": fields.Datetime.now(),
                }
            )
        lead_bodies, contact_bodies = {}, {}
        for lead in leads:
            contact = contact_by_lead[lead.id]
            lead_bodies[lead.id] = Markup("<p>%s</p>") % self.env._(
                "Converted to the Contact %(contact)s.",
                contact=Markup(
                    '<a href="#" data-oe-model="res.partner" data-oe-id="%s">%s</a>'
                )
                % (contact.id, contact.display_name),
            )
            line = Markup("<p>%s</p>") % self.env._(
                "Converted from the Lead %(lead)s (card %(card)s).",
                lead=Markup(
                    '<a href="#" data-oe-model="crm.lead" data-oe-id="%s">%s</a>'
                )
                % (lead.id, lead.display_name),
                # the card the Lead came through, whoever's it is now
                card=lead.sudo().mtap_profile_id.name or "-",
            )
            contact_bodies[contact.id] = contact_bodies.get(contact.id, Markup()) + line
        leads._message_log_batch(bodies=lead_bodies)
        self.env["res.partner"].browse(list(contact_bodies))._message_log_batch(
            bodies=contact_bodies
        )

    def _create_opportunities(self, leads, contact_by_lead):
        # the first stage of each team, looked up once per team instead of per Lead
        stage_by_team = {}
        for team in leads.team_id | self.env["crm.team"]:
            stage_by_team[team.id] = (
                self.env["crm.lead"]
                ._stage_find(team_id=team.id, domain=[("fold", "=", False)])
                .id
            )
        # mail.thread subscribes and logs one record at a time: do it for the batch
        Lead = self.env["crm.lead"].with_context(tracking_disable=True)
        opportunities = Lead.create(
            [
                {
                    "name": self._opportunity_name(lead),
                    "type": "opportunity",
                    "partner_id": contact_by_lead[lead.id].id,
                    "user_id": lead.user_id.id,
                    "team_id": lead.team_id.id,
                    "stage_id": stage_by_team.get(lead.team_id.id),
                    "company_id": lead.company_id.id,
                    "tag_ids": [fields.Command.set(lead.tag_ids.ids)],
                    "source_id": lead.source_id.id,
                    "medium_id": lead.medium_id.id,
                    "campaign_id": lead.campaign_id.id,
                    "description": lead.description,
                }
                for lead in leads
            ]
        )
        opportunities._message_log_batch(
            bodies={
                opportunity.id: Markup("<p>%s</p>")
                % self.env._(
                    "Opened when the mTap Lead %(lead)s was converted.",
                    lead=lead.display_name,
                )
                for opportunity, lead in zip(opportunities, leads, strict=True)
            }
        )
        by_owner = {}
        for opportunity in opportunities:
            if opportunity.user_id:
                by_owner.setdefault(opportunity.user_id.partner_id.id, []).append(
                    opportunity.id
                )
        for partner_id, opportunity_ids in by_owner.items():
            self.env["mail.followers"]._insert_followers(
                "crm.lead", opportunity_ids, [partner_id], check_existing=False
            )
        return opportunities

    def _opportunity_name(self, lead):
        if lead.partner_name:
            return self.env._("%(company)s opportunity", company=lead.partner_name)
        return self.env._("%(name)s opportunity", name=lead.contact_name or lead.name)


class MtapLeadConvertLine(models.TransientModel):
    _name = "mtap.lead.convert.line"
    _description = "mTap: one Lead to convert"
    _inherit = ["mtap.guard.mixin"]
    _mtap_guarded_links = ("wizard_id", "lead_id", "match_partner_id", "partner_id")

    wizard_id = fields.Many2one(
        "mtap.lead.convert", required=True, ondelete="cascade", index=True
    )
    lead_id = fields.Many2one("crm.lead", required=True, readonly=True)
    contact_name = fields.Char(related="lead_id.contact_name")
    email_from = fields.Char(related="lead_id.email_from")
    phone = fields.Char(related="lead_id.phone")
    partner_name = fields.Char(related="lead_id.partner_name", string="Company")
    match_rule = fields.Selection(MATCH_RULES, string="Match", readonly=True)
    match_partner_id = fields.Many2one(
        "res.partner", string="Existing Contact", readonly=True
    )
    action = fields.Selection(
        [("link", "Link to existing"), ("create", "Create new")],
        required=True,
        default="create",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Contact",
        help="The existing contact to link this Lead to.",
    )

    def _link_contacts(self):
        """Merge each Lead into the chosen existing contact, as every way in
        merges a card (``mtap.contact.card._mtap_merge_values``: empty fields
        filled, what differs and the message added to the note, tags added);
        return lead id -> contact."""
        Card = self.env["mtap.contact.card"]
        result = {}
        values_list = Card._mtap_lead_values(self.lead_id)
        for line, values in zip(self, values_list, strict=True):
            lead, partner = line.lead_id, line.partner_id
            vals = Card._mtap_merge_values(
                partner, values, lead.mtap_owner_id, "converted_lead"
            )
            if "mtap_is_contact" in vals:
                vals["mtap_profile_id"] = lead.mtap_profile_id.id
            if lead.mtap_marker and not partner.mtap_marker:
                vals.update(partner._mtap_origin_values(lead))
            partner.write({**vals, **lead._mtap_consent_record()})
            result[lead.id] = partner
        return result

    def _create_contacts(self):
        """Create one Contact per line from its Lead, as every way in creates one
        (``mtap.contact.card._mtap_partner_values``: its company found by name or
        created without the person's address); return lead id -> contact."""
        if not self:
            return {}
        Card = self.env["mtap.contact.card"]
        # mail.thread would subscribe and log one contact at a time; the conversion
        # is logged for the batch by the wizard
        Partner = self.env["res.partner"].with_context(tracking_disable=True)
        leads = self.lead_id
        # one batch: companies looked up (or created) once for all the Leads
        vals_list = Card._mtap_partner_values(
            Card._mtap_lead_values(leads), self.env.user, "converted_lead"
        )
        for lead, vals in zip(leads, vals_list, strict=True):
            vals.update(
                mtap_owner_id=lead.mtap_owner_id.id,
                mtap_profile_id=lead.mtap_profile_id.id,
                mtap_met_date=fields.Date.to_date(lead.create_date),
                **Partner._mtap_origin_values(lead),
                **lead._mtap_consent_record(),
            )
        contacts = Partner.create(vals_list)
        return {
            line.lead_id.id: contact
            for line, contact in zip(self, contacts, strict=True)
        }
