from odoo import api, fields, models
from odoo.fields import Domain

from .crm_lead import MTAP_SOURCES


def _ilike_exact(value):
    """``value`` for an ``=ilike`` leaf that matches it literally."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class ResPartner(models.Model):
    _inherit = "res.partner"

    mtap_is_contact = fields.Boolean(
        "mTap Contact",
        index=True,
        copy=False,
        help="A person this user chose to keep: added by hand, imported, scanned, "
        "taken from another card's QR code or converted from a Lead.",
    )
    mtap_source = fields.Selection(
        MTAP_SOURCES,
        string="mTap Source",
        copy=False,
        help="How the Contact was added.",
    )
    mtap_owner_id = fields.Many2one(
        "res.users",
        string="mTap Owner",
        index="btree_not_null",
        copy=False,
        help="The user who added this Contact; only they (and mTap managers) see it "
        "among mTap Contacts.",
    )
    mtap_profile_id = fields.Many2one(
        "mtap.profile",
        string="Through Card",
        index="btree_not_null",
        ondelete="set null",
        copy=False,
        help="The mTap card through which this person came in.",
    )
    mtap_met_event = fields.Char("Met at Event")
    mtap_met_place = fields.Char("Met at Place")
    mtap_met_date = fields.Date("Met on")
    mtap_last_interaction = fields.Datetime(
        "Last Interaction", copy=False, help="The last time you were in touch."
    )
    mtap_consent = fields.Boolean(
        "Marketing Consent",
        copy=False,
        help="Given on an mTap Exchange form and carried over when the Lead was "
        "converted.",
    )
    mtap_consent_text = fields.Text("Consent Text", copy=False)
    mtap_consent_version = fields.Char("Consent Version", copy=False)
    mtap_consent_date = fields.Datetime("Consent Date", copy=False)
    mtap_lead_ids = fields.One2many(
        "crm.lead", "mtap_contact_id", string="Converted Leads"
    )
    mtap_lead_count = fields.Integer(compute="_compute_mtap_lead_count")

    def _compute_mtap_lead_count(self):
        counts = dict(
            self.env["crm.lead"]
            .with_context(active_test=False)
            ._read_group(
                [("mtap_contact_id", "in", self.ids)], ["mtap_contact_id"], ["__count"]
            )
        )
        for partner in self:
            partner.mtap_lead_count = counts.get(partner, 0)

    def action_mtap_view_leads(self):
        """Open the Leads converted into this Contact."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.crm_lead_action_mtap_inbox"
        )
        action["domain"] = [("mtap_contact_id", "=", self.id)]
        action["context"] = {"active_test": False}
        return action

    @api.model
    def _mtap_match_people(self, people):
        """Find the existing contact of each person in ``people``, a list of dicts
        with the keys ``email`` (normalised), ``phone`` (E.164), ``name``,
        ``company`` and ``owner`` (res.users).

        Rules, in order: same normalised e-mail, then same sanitised phone, then
        same name and company (both compared case-insensitively). Only partners
        the current user can read and that are not another owner's mTap Contact are
        candidates; people come before companies. Return a list, in the order of
        ``people``, of ``(partner, rule)`` with rule ``email``, ``phone``,
        ``name_company`` or ``none`` (and an empty partner). Three queries at most,
        whatever the number of people.
        """
        results = [(self.browse(), "none")] * len(people)

        def candidates(partners, person):
            owner = person.get("owner") or self.env["res.users"]
            return partners.filtered(
                lambda p: not p.mtap_is_contact or p.mtap_owner_id == owner
            )[:1]

        def match(rule, key, domain_for, group_key, accept=None):
            todo = [
                i
                for i, person in enumerate(people)
                if not results[i][0] and person.get(key)
            ]
            if not todo:
                return
            partners = self.search(
                domain_for({people[i][key] for i in todo}), order="is_company, id"
            )
            grouped = {}
            for partner in partners:
                grouped.setdefault(group_key(partner), self.browse())
                grouped[group_key(partner)] |= partner
            for i in todo:
                found = grouped.get(self._mtap_fold(people[i][key]), self.browse())
                if accept:
                    found = found.filtered(lambda p, i=i: accept(p, people[i]))
                found = candidates(found, people[i])
                if found:
                    results[i] = (found, rule)

        match(
            "email",
            "email",
            lambda values: [("email_normalized", "in", list(values))],
            lambda p: p.email_normalized,
        )
        match(
            "phone",
            "phone",
            lambda values: [("phone_sanitized", "in", list(values))],
            lambda p: p.phone_sanitized,
        )
        match(
            "name_company",
            "name",
            lambda values: Domain.OR(
                [("name", "=ilike", _ilike_exact(value))] for value in values
            ),
            lambda p: self._mtap_fold(p.name),
            accept=lambda p, person: (
                bool(person.get("company"))
                and self._mtap_fold(p.commercial_company_name)
                == self._mtap_fold(person["company"])
            ),
        )
        return results

    @api.model
    def _mtap_fold(self, value):
        return (value or "").strip().casefold() if isinstance(value, str) else value
