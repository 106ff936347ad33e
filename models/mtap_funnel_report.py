from odoo import api, fields, models, tools
from odoo.tools import SQL

from ..tools.source_marker import SOURCES


class MtapFunnelReport(models.Model):
    """What cards bring in, from a scan to won revenue: one row per card, day,
    source and event for the visits (the daily roll-ups), one per Lead an
    Exchange brought in (converted to a Contact or not, its follow-ups), and one
    per opportunity of a Contact converted from such a Lead (won or not, its
    revenue). Built from parts as ``crm.activity.report`` is: ``_select_*``,
    ``_from``... per part, joined with UNION ALL.

    Lead rows are dated when the Lead came in, opportunity rows when the
    opportunity was opened."""

    _name = "mtap.funnel.report"
    _inherit = ["mtap.safe.export.mixin"]
    _description = "mTap Funnel Analysis"
    _auto = False
    _rec_name = "profile_id"
    _order = "date desc"

    # the funnel's steps, in order (the share screen and the graph show them)
    _FUNNEL_STEPS = (
        "view_count",
        "visitor_count",
        "vcard_count",
        "exchange_count",
        "lead_count",
        "contact_count",
        "opportunity_count",
        "won_count",
    )

    date = fields.Date(
        readonly=True,
        help="The day of the visits, of the Lead's arrival or of the opportunity's "
        "opening. Visits of whole months older than the Settings' delay are added "
        "up per month, on its first day.",
    )
    profile_id = fields.Many2one("mtap.profile", "Card", readonly=True)
    user_id = fields.Many2one("res.users", "Owner", readonly=True)
    team_id = fields.Many2one("crm.team", "Sales Team", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    source = fields.Selection(SOURCES, readonly=True)
    event_id = fields.Many2one("mtap.event", readonly=True)
    lead_id = fields.Many2one("crm.lead", "Lead or Opportunity", readonly=True)
    view_count = fields.Integer("Views", readonly=True)
    visitor_count = fields.Integer("Unique Visitors", readonly=True)
    vcard_count = fields.Integer("vCard Saves", readonly=True)
    exchange_count = fields.Integer("Exchanges", readonly=True)
    lead_count = fields.Integer("Leads", readonly=True)
    contact_count = fields.Integer("Contacts", readonly=True)
    opportunity_count = fields.Integer("Opportunities", readonly=True)
    won_count = fields.Integer("Won", readonly=True)
    revenue = fields.Float("Won Revenue", readonly=True)
    followup_done = fields.Integer("Follow-ups Done", readonly=True)
    followup_due = fields.Integer(
        "Follow-ups Due",
        readonly=True,
        help="Leads whose next follow-up is due today or overdue.",
    )
    replied_count = fields.Integer(
        "Replied", readonly=True, help="Leads that answered a follow-up."
    )
    first_followup_hours = fields.Float(
        "Hours to First Follow-up",
        aggregator="avg",
        readonly=True,
        help="From the Lead's arrival to its first follow-up done, on average.",
    )

    @api.model
    def _flush_sources(self):
        """Write what is pending on the tables the view reads, before reading it
        in the same transaction."""
        for model in (
            "mtap.profile",
            "mtap.profile.stat.daily",
            "crm.lead",
            "res.partner",
        ):
            self.env[model].flush_model()

    @api.model
    def _search(self, domain, *args, **kwargs):
        # the view reads other models' tables: what is pending there first
        self._flush_sources()
        return super()._search(domain, *args, **kwargs)

    @api.model
    def _funnel_labels(self):
        return {
            name: self._fields[name]._description_string(self.env)
            for name in self._FUNNEL_STEPS
        }

    # ------------------------------------------------------------
    # THE VIEW, IN PARTS
    # ------------------------------------------------------------

    def _select_visits(self):
        # one row per roll-up slot: summing them is the report's own GROUP BY
        return """
            SELECT d.id * 3 AS id, d.day AS date, d.profile_id, p.user_id,
                   p.team_id, p.company_id, d.source, d.event_id,
                   NULL::integer AS lead_id,
                   d.view_count, d.visitor_count, d.vcard_count, d.exchange_count,
                   0 AS lead_count, 0 AS contact_count, 0 AS opportunity_count,
                   0 AS won_count, 0.0 AS revenue, 0 AS followup_done,
                   0 AS followup_due, 0 AS replied_count,
                   NULL::float AS first_followup_hours
              FROM mtap_profile_stat_daily d
              JOIN mtap_profile p ON p.id = d.profile_id
        """

    def _select_leads(self):
        # the first follow-up done: joined only when asked for (PostgreSQL drops
        # an unused LEFT JOIN on a grouped key)
        return """
            SELECT l.id * 3 + 1, l.create_date::date, p.id, p.user_id,
                   p.team_id, p.company_id, COALESCE(l.mtap_marker, 'direct'),
                   l.mtap_event_id, l.id,
                   0, 0, 0, 0,
                   1, (l.mtap_contact_id IS NOT NULL)::integer, 0, 0, 0.0,
                   COALESCE(l.mtap_followup_count, 0),
                   (l.active AND l.mtap_contact_id IS NULL
                    AND l.mtap_followup_state = 'active'
                    AND l.mtap_followup_date <= CURRENT_DATE)::integer,
                   COALESCE(l.mtap_followup_replied, FALSE)::integer,
                   -- a message's date is kept to the second, create_date is not
                   EXTRACT(EPOCH FROM f.first_date
                                      - date_trunc('second', l.create_date))
                       / 3600.0
              FROM crm_lead l
              JOIN mtap_profile p ON p.id = l.mtap_profile_id
              LEFT JOIN (
                  SELECT m.res_id, min(m.date) AS first_date
                    FROM mail_message m
                    JOIN ir_model_data x
                      ON x.model = 'mail.activity.type'
                     AND x.res_id = m.mail_activity_type_id
                     AND x.module = 'mtap_hub'
                     AND x.name = 'mail_activity_type_mtap_followup'
                   WHERE m.model = 'crm.lead'
                   GROUP BY m.res_id
              ) f ON f.res_id = l.id
             WHERE l.mtap_source = 'exchange_form'
               AND NOT COALESCE(l.mtap_suspected_spam, FALSE)
        """

    def _select_opportunities(self):
        return """
            SELECT o.id * 3 + 2, o.create_date::date, p.id, p.user_id,
                   p.team_id, p.company_id, c.mtap_marker, c.mtap_event_id, o.id,
                   0, 0, 0, 0, 0, 0, 1,
                   (o.won_status = 'won')::integer,
                   CASE WHEN o.won_status = 'won'
                        THEN COALESCE(o.expected_revenue, 0) ELSE 0 END,
                   0, 0, 0, NULL
              FROM crm_lead o
              JOIN res_partner c ON c.id = o.partner_id
              JOIN mtap_profile p ON p.id = c.mtap_profile_id
             WHERE o.type = 'opportunity' AND c.mtap_marker IS NOT NULL
        """

    def _parts(self):
        return [
            self._select_visits(),
            self._select_leads(),
            self._select_opportunities(),
        ]

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        # ids stable across reads: one kind of row per residue of 3
        self.env.cr.execute(
            SQL(
                "CREATE OR REPLACE VIEW %s AS (%s)",
                SQL.identifier(self._table),
                SQL(" UNION ALL ").join(SQL(part) for part in self._parts()),
            )
        )
