"""What a card brings in: raw counting (one row per event, as before) against the
daily roll-ups, at scale.

Run through ``bash scripts/bench.sh analytics [--events N]``, which prepares a
throw-away database with mtap_hub. ``--events`` view/vCard/Exchange events
(10 million by default) over 365 days on ``--cards`` cards (1,000) of 20 owners
are inserted with SQL, with 30,000 Leads from Exchanges; the roll-ups are built
from them as the upgrade does, and folded as the hourly clean-up does (whole
months older than ``stat_daily_days`` into one row per month). Printed, for raw
counting and for the roll-ups: the time to compute a card form's counters, the
one-card funnel and the company funnel (median of ``--repeat`` runs), and the
cost of recording one view (statements and milliseconds, each view committed).
Targets: counters and the one-card funnel <= 50 ms, the company funnel <= 500
ms, <= 2 statements per view, >= 20x faster than raw counting.
"""

import argparse
import statistics
import time

import odoo
from odoo.tools import config

OWNERS = 20
FUNNEL = [
    "view_count:sum",
    "visitor_count:sum",
    "vcard_count:sum",
    "exchange_count:sum",
    "lead_count:sum",
    "contact_count:sum",
    "opportunity_count:sum",
    "won_count:sum",
    "revenue:sum",
]


def setup(env, cards, events):
    cr = env.cr
    company = env.company
    users = env["res.users"].create(
        [
            {"name": f"Bench Owner {i}", "login": f"bench_owner_{i}"}
            for i in range(OWNERS)
        ]
    )
    team = env["crm.team"].create({"name": "Bench Team"})
    profiles = env["mtap.profile"].create(
        [
            {
                "name": f"Bench Card {i}",
                "slug": f"bench-card-{i}",
                "user_id": users[i % OWNERS].id,
                "team_id": team.id,
                "is_published": True,
            }
            for i in range(cards)
        ]
    )
    ids = profiles.ids
    env["mtap.event"].create({"name": "Bench Expo", "date_begin": "2026-01-10"})
    cr.commit()
    t0 = time.perf_counter()
    # sources weighted as cards are shown: mostly the QR code
    cr.execute(
        """
        INSERT INTO mtap_profile_stat (profile_id, kind, source, create_date)
        SELECT (%(ids)s::int[])[1 + (random() * (%(n)s - 1))::int],
               CASE WHEN r < 0.9 THEN 'view' WHEN r < 0.97 THEN 'vcard'
                    ELSE 'exchange' END,
               CASE WHEN s < 0.5 THEN 'qr' WHEN s < 0.75 THEN 'direct'
                    WHEN s < 0.88 THEN 'link' WHEN s < 0.94 THEN 'signature'
                    WHEN s < 0.97 THEN 'nfc' WHEN s < 0.99 THEN 'mail'
                    ELSE 'followup' END,
               (now() AT TIME ZONE 'UTC') - random() * interval '365 days'
          FROM (SELECT random() AS r, random() AS s
                  FROM generate_series(1, %(events)s)) AS g
        """,
        {"ids": ids, "n": len(ids), "events": events},
    )
    cr.commit()
    t1 = time.perf_counter()
    cr.execute(
        """
        INSERT INTO mtap_profile_stat_daily
            (profile_id, day, period, source, event_id, slot,
             view_count, visitor_count, vcard_count, exchange_count)
        SELECT profile_id, create_date::date, 'day', source, NULL, 0,
               count(*) FILTER (WHERE kind = 'view'),
               (count(*) FILTER (WHERE kind = 'view')) * 7 / 10,
               count(*) FILTER (WHERE kind = 'vcard'),
               count(*) FILTER (WHERE kind = 'exchange')
          FROM mtap_profile_stat
         GROUP BY profile_id, create_date::date, source
        """
    )
    rollups = cr.rowcount
    cr.commit()
    t2 = time.perf_counter()
    today = env["mtap.profile.stat"]._today()
    folded = env["mtap.profile.stat.daily"]._fold(today)
    cr.execute("SELECT count(*) FROM mtap_profile_stat_daily")
    kept = cr.fetchone()[0]
    cr.commit()
    fold_seconds = time.perf_counter() - t2
    # a year folded at once leaves 90 % of the table's pages empty, which the
    # hourly folds of a live database (a day's slots, a month's days at a time)
    # never do: compact it to the size those leave once autovacuum has passed
    with odoo.sql_db.db_connect(cr.dbname).cursor() as maintenance:
        maintenance.connection.autocommit = True
        maintenance.execute("VACUUM (FULL, ANALYZE) mtap_profile_stat_daily")
    cr.execute(
        """
        INSERT INTO crm_lead (name, type, active, user_id, team_id, company_id,
               mtap_profile_id, mtap_source, mtap_marker, create_date, write_date,
               create_uid, write_uid, priority)
        SELECT 'Bench Lead ' || g, 'lead', true, p.user_id, p.team_id, %(company)s,
               p.id, 'exchange_form', 'qr',
               (now() AT TIME ZONE 'UTC') - random() * interval '365 days',
               now() AT TIME ZONE 'UTC', 1, 1, '0'
          FROM generate_series(1, 30000) g
          JOIN mtap_profile p ON p.id = (%(ids)s::int[])[1 + g %% %(n)s]
        """,
        {"ids": ids, "n": len(ids), "company": company.id},
    )
    cr.execute("ANALYZE")
    cr.commit()
    print(
        f"data: {events:,} events on {len(ids):,} cards inserted in "
        f"{t1 - t0:.0f} s; {rollups:,} daily roll-up rows, {kept:,} once the "
        f"hourly clean-up folded {folded:,} of them into months "
        f"({fold_seconds:.1f} s); 30,000 Leads"
    )
    return profiles[len(ids) // 2]


def timed(func, repeat):
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs)


def raw_counters(env, profile):
    # what the card form did before: count its raw events by kind
    return env["mtap.profile.stat"]._read_group(
        [("profile_id", "=", profile.id)], ["kind"], ["__count"]
    )


def rollup_counters(env, profile):
    profile.invalidate_recordset()
    return profile.view_count, profile.visitor_count, profile.exchange_count


def raw_funnel(env, profile=None):
    # the same funnel counted from the raw events (and the Leads, as the report)
    if profile:
        stat_domain, lead_domain = (
            [("profile_id", "=", profile.id)],
            [("mtap_profile_id", "=", profile.id)],
        )
    else:
        stat_domain = [("profile_id.company_id", "=", env.company.id)]
        lead_domain = [("company_id", "=", env.company.id)]
    stats = env["mtap.profile.stat"]._read_group(
        stat_domain, ["source", "kind"], ["__count"]
    )
    leads = env["crm.lead"]._read_group(
        [("mtap_source", "=", "exchange_form"), *lead_domain],
        ["mtap_marker"],
        ["__count", "mtap_contact_id:count"],
    )
    return stats, leads


def rollup_funnel(env, domain):
    return env["mtap.funnel.report"]._read_group(domain, ["source"], FUNNEL)


def record_views(registry, profile, count):
    statements, runs = [], []
    for index in range(count):
        with registry.cursor() as cr:
            cr.connection.set_isolation_level(1)  # READ COMMITTED, as _count does
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            t0 = time.perf_counter()
            before = cr.sql_log_count
            env["mtap.profile.stat"]._count_on(
                cr,
                profile.id,
                "view",
                "qr",
                None,
                env["mtap.profile.stat"]._today(),
                ("203.0.113.7", f"Bench browser {index}"),
            )
            statements.append(cr.sql_log_count - before)
            cr.commit()
            runs.append((time.perf_counter() - t0) * 1000)
    return max(statements[1:]), statistics.median(runs)


def record_raw_views(registry, profile, count):
    runs = []
    for _ in range(count):
        with registry.cursor() as cr:
            t0 = time.perf_counter()
            cr.execute(
                "INSERT INTO mtap_profile_stat (profile_id, kind, source, create_date) "
                "VALUES (%s, 'view', 'qr', now() AT TIME ZONE 'UTC')",
                (profile.id,),
            )
            cr.commit()
            runs.append((time.perf_counter() - t0) * 1000)
    return 1, statistics.median(runs)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    config.parse_config(["-c", args.config])
    registry = odoo.modules.registry.Registry(args.database)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        profile = setup(env, args.cards, args.events)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        profile = profile.with_env(env)
        company = [("company_id", "=", env.company.id)]
        one = [("profile_id", "=", profile.id)]
        rows = [
            (
                "card form counters",
                timed(lambda: raw_counters(env, profile), args.repeat),
                timed(lambda: rollup_counters(env, profile), args.repeat),
                50,
            ),
            (
                "one-card funnel",
                timed(lambda: raw_funnel(env, profile), args.repeat),
                timed(lambda: rollup_funnel(env, one), args.repeat),
                50,
            ),
            (
                "company funnel",
                timed(lambda: raw_funnel(env), args.repeat),
                timed(lambda: rollup_funnel(env, company), args.repeat),
                500,
            ),
        ]
    raw_statements, raw_view = record_raw_views(registry, profile, 200)
    statements, view = record_views(registry, profile, 200)
    print(f"{'':24} {'raw (ms)':>10} {'roll-ups (ms)':>14} {'faster':>8} {'target':>9}")
    for name, raw, rollup, target in rows:
        ok = "ok" if rollup <= target else "MISSED"
        print(
            f"{name:24} {raw:10.1f} {rollup:14.1f} {raw / rollup:7.0f}x "
            f"{'<=' + str(target):>6} ms {ok}"
        )
    print(
        f"{'record one view':24} {raw_view:10.2f} {view:14.2f}   "
        f"statements: raw {raw_statements}, roll-ups {statements} (target <= 2) "
        f"{'ok' if statements <= 2 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
