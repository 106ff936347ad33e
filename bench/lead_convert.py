"""Convert benchmark: mtap_hub's Convert to Contact wizard against stock Odoo's
``crm.lead2opportunity.partner.mass`` (create-customer mode), on the same Leads.

Run through ``bash scripts/bench.sh convert``, which prepares a throw-away database
with mtap_hub. This script creates the Leads once and commits them; each run then
converts all of them in its own transaction, which is rolled back, so both tools
work on exactly the same data. Printed: wall time and queries of each run, the
medians and the stock / mtap_hub ratios (target: at least 2), for the wizard alone
and with its "also create an opportunity" option, which matches what stock does.
"""

import argparse
import statistics
import time

import odoo
from odoo.tools import config


def create_leads(env, count):
    profile = env["mtap.profile"].search([("slug", "=", "bench-card-x7q9")], limit=1)
    if not profile:
        profile = env["mtap.profile"].create(
            {
                "name": "Bench Card",
                "slug": "bench-card-x7q9",
                "is_published": True,
                "user_id": env.ref("base.user_admin").id,
            }
        )
    tags = env["crm.tag"].create([{"name": f"Bench tag {i}"} for i in range(5)])
    leads = env["crm.lead"].create(
        [
            {
                "name": f"Bench Person {i} (mTap card)",
                "type": "lead",
                "contact_name": f"Bench Person {i}",
                "email_from": f"bench.person.{i}@company{i % 50}.example",
                "phone": f"+3247{i:07d}",
                "partner_name": f"Bench Company {i % 50}",
                "function": "Buyer",
                "description": f"<p>Met at the booth, wants a demo ({i})</p>",
                "user_id": profile.user_id.id,
                "team_id": profile.team_id.id,
                "tag_ids": [(6, 0, tags[i % 5 : i % 5 + 2].ids)],
                "mtap_profile_id": profile.id,
                "mtap_source": "exchange_form",
            }
            for i in range(count)
        ]
    )
    return leads.ids


def convert_mtap(env, ids, opportunity=False):
    wizard = env["mtap.lead.convert"].create(
        {"lead_ids": [(6, 0, ids)], "create_opportunity": opportunity}
    )
    wizard.action_apply()
    leads = env["crm.lead"].browse(ids)
    assert all(leads.mapped("mtap_contact_id")), "mtap_hub left Leads unconverted"


def convert_stock(env, ids):
    wizard = (
        env["crm.lead2opportunity.partner.mass"]
        .with_context(active_model="crm.lead", active_ids=ids, active_id=ids[0])
        .create({"name": "convert", "action": "create", "deduplicate": False})
    )
    wizard.action_mass_convert()
    leads = env["crm.lead"].browse(ids)
    assert all(leads.mapped("partner_id")), "stock left Leads without customer"


def measure(registry, ids, convert):
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        env = env(user=env.ref("base.user_admin"))
        env.invalidate_all()
        queries = cr.sql_log_count
        start = time.perf_counter()
        convert(env, ids)
        env.flush_all()
        elapsed = time.perf_counter() - start
        queries = cr.sql_log_count - queries
        cr.rollback()
    return elapsed, queries


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--leads", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    config.parse_config(["-c", args.config, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(args.database)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        ids = create_leads(env, args.leads)
    print(f"{len(ids)} Leads, {args.rounds} rounds each (rolled back after each)")
    runs = (
        ("mtap_hub", convert_mtap),
        # stock also turns each Lead into an opportunity: the same work for mtap_hub
        ("mtap+opp", lambda env, ids: convert_mtap(env, ids, opportunity=True)),
        ("stock", convert_stock),
    )
    results = {name: [] for name, _convert in runs}
    for round_ in range(args.rounds):
        for name, convert in runs:
            elapsed, queries = measure(registry, ids, convert)
            results[name].append((elapsed, queries))
            print(
                f"  round {round_ + 1} {name:9} {elapsed:7.2f} s {queries:7d} queries"
            )
    medians = {
        name: (
            statistics.median(e for e, _q in runs),
            statistics.median(q for _e, q in runs),
        )
        for name, runs in results.items()
    }
    for name, (elapsed, queries) in medians.items():
        print(
            f"{name:9} median {elapsed:7.2f} s, {queries:7.0f} queries, "
            f"{len(ids) / elapsed:7.1f} Leads/s, {queries / len(ids):6.1f} queries/Lead"
        )
    for name in ("mtap_hub", "mtap+opp"):
        ratio = medians["stock"][0] / medians[name][0]
        print(
            f"stock / {name} wall time: {ratio:.2f}x (target >= 2), queries: "
            f"{medians['stock'][1] / medians[name][1]:.1f}x"
        )


if __name__ == "__main__":
    main()
