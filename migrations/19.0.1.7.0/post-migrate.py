import logging

from odoo import SUPERUSER_ID, api

from odoo.addons.mtap_hub.tools.upgrade import reset_unchanged_templates

_logger = logging.getLogger(__name__)

TEMPLATES = (
    "mtap_hub.mail_template_mtap_card_to_visitor",
    "mtap_hub.mail_template_mtap_followup_lead",
    "mtap_hub.mail_template_mtap_followup_contact",
)


def migrate(cr, version):
    """Cards now read their counters from daily roll-ups: roll up the events
    counted so far (as "direct", the only source there was). The card mail and the
    follow-up mails now link to the card with their source marker: put the
    module's version in place of the one an earlier install kept, unless an
    administrator changed it."""
    cr.execute(
        """
        INSERT INTO mtap_profile_stat_daily
            (profile_id, day, period, source, event_id, slot,
             view_count, visitor_count, vcard_count, exchange_count)
        SELECT profile_id, create_date::date, 'day', 'direct', NULL, 0,
               count(*) FILTER (WHERE kind = 'view'), 0,
               count(*) FILTER (WHERE kind = 'vcard'),
               count(*) FILTER (WHERE kind = 'exchange')
          FROM mtap_profile_stat
         GROUP BY profile_id, create_date::date
        ON CONFLICT DO NOTHING
        """
    )
    _logger.info("mTap Hub: %s days of card statistics rolled up", cr.rowcount)
    reset_unchanged_templates(
        api.Environment(cr, SUPERUSER_ID, {}),
        TEMPLATES,
        "The module's version now links to the card with where the visit came "
        "from; reset it from the template's form to get it.",
        _logger,
    )
