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
    _inherit = ["mtap.guard.mixin"]
    _mtap_guarded_links = ("lead_ids",)

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
                card=lead.mtap_profile_id.name or "-",
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

    @api.model
    def _contact_categories(self, leads):
        """The contact tags named like the Leads' tags (``crm.tag``), created when
        missing: a dict crm.tag id -> res.partner.category."""
        Partner = self.env["res.partner"]
        by_name = Partner._mtap_category_ids(leads.tag_ids.mapped("name"))
        return {tag.id: by_name[Partner._mtap_fold(tag.name)] for tag in leads.tag_ids}


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
        """Update the chosen existing contacts from their Leads (empty fields only,
        tags added, the message appended to the notes); return lead id -> contact."""
        categories = self.env["mtap.lead.convert"]._contact_categories(self.lead_id)
        result = {}
        for line in self:
            lead, partner = line.lead_id, line.partner_id
            vals = {
                field: lead[lead_field]
                for field, lead_field in (
                    ("email", "email_from"),
                    ("phone", "phone"),
                    ("function", "function"),
                )
                if lead[lead_field] and not partner[field]
            }
            if not partner.mtap_is_contact:
                vals.update(
                    mtap_is_contact=True,
                    mtap_source="converted_lead",
                    mtap_owner_id=lead.user_id.id,
                    mtap_profile_id=lead.mtap_profile_id.id,
                )
            if lead.description:
                vals["comment"] = (partner.comment or Markup()) + lead.description
            vals.update(lead._mtap_consent_record())
            new_categories = [categories[tag.id].id for tag in lead.tag_ids]
            if new_categories:
                vals["category_id"] = [fields.Command.link(c) for c in new_categories]
            partner.write(vals)
            result[lead.id] = partner
        return result

    def _create_contacts(self):
        """Create one contact per line from its Lead, under its company contact
        (found by name or created); return lead id -> contact."""
        if not self:
            return {}
        leads = self.lead_id
        # mail.thread would subscribe and log one contact at a time; the conversion
        # is logged for the batch by the wizard
        Partner = self.env["res.partner"].with_context(tracking_disable=True)
        categories = self.env["mtap.lead.convert"]._contact_categories(leads)
        companies = self._company_contacts()
        vals_list = []
        for line in self:
            lead = line.lead_id
            company = companies.get(Partner._mtap_fold(lead.partner_name))
            vals = lead._prepare_customer_values(
                lead.contact_name or lead.partner_name or lead.email_from or lead.name,
                is_company=False,
                parent_id=company.id if company else False,
            )
            vals.update(
                mtap_is_contact=True,
                mtap_source="converted_lead",
                mtap_owner_id=lead.user_id.id,
                mtap_profile_id=lead.mtap_profile_id.id,
                mtap_met_date=fields.Date.to_date(lead.create_date),
                category_id=[
                    fields.Command.set([categories[tag.id].id for tag in lead.tag_ids])
                ],
                **lead._mtap_consent_record(),
            )
            vals_list.append(vals)
        contacts = Partner.create(vals_list)
        return {
            line.lead_id.id: contact
            for line, contact in zip(self, contacts, strict=True)
        }

    def _company_contacts(self):
        """Company contacts for the Leads' company names (found by name or created
        with the Lead's address); a dict folded name -> res.partner."""
        values_by_name = {}
        for lead in self.lead_id:
            if lead.partner_name and lead.partner_name not in values_by_name:
                values_by_name[lead.partner_name] = {
                    **lead._prepare_customer_values(
                        lead.partner_name.strip(), is_company=True
                    ),
                    # the person's own details stay on the person
                    "email": False,
                    "phone": False,
                    "function": False,
                    "comment": False,
                }
        return self.env["res.partner"]._mtap_company_contacts(values_by_name)
