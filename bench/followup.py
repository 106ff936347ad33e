"""Follow-up cron benchmark: mtap_hub's cron over 10,000 and 100,000 due records
(half Leads, half Contacts), and stock Odoo scheduling the same activities one
record at a time with ``activity_schedule`` (what a stock automated action does).

Run through ``bash scripts/bench.sh followup``, which prepares a throw-away
database with mtap_hub. For each size the due records are inserted in bulk and
committed, then the cron runs as in production (each batch committed). Printed:
wall time, records per second, total queries and queries per batch of each size,
the 100k / 10k wall-time ratio (target <= 11), and the stock comparison on the
smaller size (rolled back). Each size is run ``--repeat`` times from the same
state; the ratio uses the fastest run of each size, as ``timeit`` does, so that
another process of the machine does not decide it.
"""

import argparse
import time
from datetime import timedelta

import psycopg2

import odoo
from odoo import fields
from odoo.tools import SQL, config

BATCH = 500


def insert_due(env, count):
    """``count`` due records, half Leads of a card, half Contacts, inserted with
    SQL (creating them is not what is measured)."""
    cr = env.cr
    owner = env.ref("base.user_admin")
    profile = env["mtap.profile"].search([("slug", "=", "bench-card-x7q9")], limit=1)
    if not profile:
        profile = env["mtap.profile"].create(
            {"name": "Bench Card", "slug": "bench-card-x7q9", "user_id": owner.id}
        )
    rules = env["mtap.followup.rule"]
    lead_rule = rules.search([("applies_to", "=", "lead")], limit=1)
    contact_rule = rules.search([("applies_to", "=", "contact")], limit=1)
    due = fields.Date.today() - timedelta(days=1)
    leads = count // 2
    cr.execute(
        SQL(
            """
            INSERT INTO crm_lead (name, contact_name, email_from, type, active,
                   user_id, company_id, mtap_profile_id, mtap_source, priority,
                   mtap_followup_state, mtap_followup_date, mtap_followup_rule_id,
                   mtap_followup_count, create_date, write_date, create_uid,
                   write_uid)
            SELECT 'Bench Lead ' || n, 'Bench Lead ' || n,
                   'lead' || n || '@bench.example', 'lead', true, %(owner)s,
                   %(company)s, %(profile)s, 'exchange_form', '0', 'active', %(due)s,
                   %(rule)s, 0, now(), now(), %(owner)s, %(owner)s
              FROM generate_series(1, %(count)s) AS n
            """,
            owner=owner.id,
            company=owner.company_id.id,
            profile=profile.id,
            due=due,
            rule=lead_rule.id,
            count=leads,
        )
    )
    cr.execute(
        SQL(
            """
            INSERT INTO res_partner (name, complete_name, email, type, active,
                   is_company, mtap_is_contact, mtap_owner_id, mtap_source,
                   mtap_followup_state, mtap_followup_date, mtap_followup_rule_id,
                   mtap_followup_count, create_date, write_date, create_uid,
                   write_uid)
            SELECT 'Bench Contact ' || n, 'Bench Contact ' || n,
                   'contact' || n || '@bench.example', 'contact', true, false, true,
                   %(owner)s, 'manual', 'active', %(due)s, %(rule)s, 0, now(), now(),
                   %(owner)s, %(owner)s
              FROM generate_series(1, %(count)s) AS n
            """,
            owner=owner.id,
            due=due,
            rule=contact_rule.id,
            count=count - leads,
        )
    )
    cr.execute(
        "UPDATE res_partner SET commercial_partner_id = id "
        "WHERE commercial_partner_id IS NULL AND mtap_is_contact"
    )
    # as in real life, the owner follows their Leads and Contacts (the Exchange
    # and the Add Contact form subscribe them)
    cr.execute(
        SQL(
            """
            INSERT INTO mail_followers (res_model, res_id, partner_id)
            SELECT 'crm.lead', id, %(partner)s FROM crm_lead
             WHERE name LIKE 'Bench Lead %%'
             UNION ALL
            SELECT 'res.partner', id, %(partner)s FROM res_partner
             WHERE name LIKE 'Bench Contact %%'
            ON CONFLICT DO NOTHING
            """,
            partner=owner.partner_id.id,
        )
    )
    cr.commit()
    settle(env)


def settle(env):
    """Vacuum and analyze the tables the run works on, and checkpoint, so that
    neither autovacuum nor a checkpoint of the bulk insert runs during the
    measure (each size starts from the same state)."""
    _db, info = odoo.sql_db.connection_info_for(env.cr.dbname)
    connection = psycopg2.connect(**info)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(
                "VACUUM ANALYZE crm_lead, res_partner, mail_activity, mail_followers"
            )
            try:
                cursor.execute("CHECKPOINT")
            except psycopg2.Error:
                pass  # not a superuser: the vacuum is what matters
    finally:
        connection.close()


def clear(env):
    cr = env.cr
    cr.execute(
        "DELETE FROM mail_activity WHERE res_model IN ('crm.lead', 'res.partner') "
        "AND res_id IN (SELECT id FROM crm_lead WHERE name LIKE 'Bench Lead %%' "
        "UNION SELECT id FROM res_partner WHERE name LIKE 'Bench Contact %%')"
    )
    cr.execute(
        "DELETE FROM mail_followers WHERE (res_model = 'crm.lead' AND res_id IN "
        "(SELECT id FROM crm_lead WHERE name LIKE 'Bench Lead %%')) OR "
        "(res_model = 'res.partner' AND res_id IN "
        "(SELECT id FROM res_partner WHERE name LIKE 'Bench Contact %%'))"
    )
    cr.execute("DELETE FROM crm_lead WHERE name LIKE 'Bench Lead %%'")
    cr.execute("DELETE FROM res_partner WHERE name LIKE 'Bench Contact %%'")
    cr.commit()
    env.invalidate_all()


def run_mtap(env, count):
    cr = env.cr
    queries = cr.sql_log_count
    start = time.perf_counter()
    env["crm.lead"]._mtap_followup_run(BATCH)
    env["res.partner"]._mtap_followup_run(BATCH)
    elapsed = time.perf_counter() - start
    queries = cr.sql_log_count - queries
    cr.execute(
        "SELECT count(*) FROM mail_activity WHERE res_model IN "
        "('crm.lead', 'res.partner') AND res_id IN (SELECT id FROM crm_lead "
        "WHERE name LIKE 'Bench Lead %%' UNION SELECT id FROM res_partner "
        "WHERE name LIKE 'Bench Contact %%')"
    )
    scheduled = cr.fetchone()[0]
    if scheduled != count:
        raise SystemExit(f"mtap_hub scheduled {scheduled} activities for {count}")
    # a batch of each model is cut at its end: count them as they ran
    batches = -(-(count // 2) // BATCH) + -(-(count - count // 2) // BATCH)
    return elapsed, queries, batches


def run_stock(env, count):
    """The same activities, one record at a time, rolled back."""
    cr = env.cr
    activity_type = env.ref("mtap_hub.mail_activity_type_mtap_followup")
    owner = env.ref("base.user_admin")
    records = [
        env["crm.lead"].search([("name", "like", "Bench Lead %")]),
        env["res.partner"].search([("name", "like", "Bench Contact %")]),
    ]
    queries = cr.sql_log_count
    start = time.perf_counter()
    for model_records in records:
        for record in model_records:
            record.activity_schedule(
                activity_type_id=activity_type.id,
                summary="Follow up",
                date_deadline=fields.Date.today(),
                user_id=owner.id,
            )
    env.flush_all()
    elapsed = time.perf_counter() - start
    queries = cr.sql_log_count - queries
    cr.rollback()
    env.invalidate_all()
    settle(env)  # the rolled-back activities leave dead rows
    done = sum(len(r) for r in records)
    if done != count:
        raise SystemExit(f"stock scheduled {done} activities for {count}")
    return elapsed, queries


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument(
        "--no-stock", action="store_true", help="skip the stock comparison"
    )
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs of each size (default 2)"
    )
    args = parser.parse_args()
    config.parse_config(["-c", args.config, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(args.database)
    sizes = [int(size) for size in args.sizes.split(",")]
    results = {}
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        clear(env)
        runs = [(count, run) for count in sizes for run in range(args.repeat)]
        for position, (count, run) in enumerate(runs):
            insert_due(env, count)
            stock = None
            if count == sizes[0] and not run and not args.no_stock:
                stock = run_stock(env, count)
            elapsed, queries, batches = run_mtap(env, count)
            results[count] = min(results.get(count, elapsed), elapsed)
            print(
                f"{count:7d} due, run {run + 1}: {elapsed:7.2f} s, "
                f"{count / elapsed:7.0f} records/s, {queries:7d} queries, "
                f"{batches:4d} batches of {BATCH}, "
                f"{queries / batches:5.1f} queries/batch"
            )
            if stock:
                print(
                    f"{count:7d} stock activity_schedule: {stock[0]:7.2f} s, "
                    f"{count / stock[0]:7.0f} records/s, {stock[1]:7d} queries; "
                    f"stock / mtap_hub wall time {stock[0] / elapsed:.1f}x"
                )
            if position != len(runs) - 1:  # the database is thrown away after
                clear(env)
    if len(sizes) > 1:
        small, big = sizes[0], sizes[-1]
        print(
            f"fastest runs: {results[small]:.2f} s and {results[big]:.2f} s; "
            f"wall time {big} / {small}: {results[big] / results[small]:.2f} "
            f"(target <= {big / small * 1.1:.0f}), records/s at {big}: "
            f"{big / results[big]:.0f} (target >= 1000)"
        )


if __name__ == "__main__":
    main()
