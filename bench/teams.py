"""Team cards benchmark: the Create mTap Cards wizard for 1,000 and 10,000 users
from one card template, then a change of a locked field of that template.

Run through ``bash scripts/bench.sh teams``, which prepares a throw-away database
with mtap_hub. The users are inserted in bulk with SQL and committed (making users
is not what is measured). For each size the wizard creates, as in production, one
published card per user with their details, a random slug, the template's locked
values and link, a follower and an e-mail with the card's address (queued, not
sent); then the template's company name (a locked field) is changed, which
updates every card. Printed: wall time, queries and queries per card of both,
the 10k / 1k wall-time ratio of the creation (target <= 11) and the template
change at 10k (target <= 2 s). Each size runs ``--repeat`` times from the same
state (rolled back); the ratio uses the fastest run of each, as ``timeit`` does.
"""

import argparse
import base64
import io
import time

from PIL import Image

import odoo
from odoo.tools import SQL, config


def insert_users(env, count):
    """``count`` internal users of the main company with an mTap user's access,
    an e-mail, a phone and a job position, inserted with SQL."""
    cr = env.cr
    company = env.ref("base.main_company")
    groups = [env.ref("base.group_user").id, env.ref("mtap_hub.group_mtap_user").id]
    cr.execute(
        SQL(
            """
            INSERT INTO res_partner (name, complete_name, email, phone, function,
                   type, active, is_company, company_id, lang, create_date,
                   write_date)
            SELECT 'Team Member ' || n, 'Team Member ' || n,
                   'member' || n || '@team.example',
                   '+32 470 ' || lpad((n %% 1000000)::text, 6, '0'),
                   'Sales Representative', 'contact', true, false, %(company)s,
                   'en_US', now(), now()
              FROM generate_series(1, %(count)s) AS n
            RETURNING id
            """,
            company=company.id,
            count=count,
        )
    )
    partner_ids = [row[0] for row in cr.fetchall()]
    cr.execute(
        "UPDATE res_partner SET commercial_partner_id = id WHERE id = ANY(%s)",
        [partner_ids],
    )
    cr.execute(
        SQL(
            """
            INSERT INTO res_users (login, partner_id, company_id, active, share,
                   notification_type, create_date, write_date)
            SELECT 'member' || (row_number() OVER ()) || '@team.example', p.id,
                   %(company)s, true, false, 'email', now(), now()
              FROM unnest(%(partners)s) AS p(id)
            RETURNING id
            """,
            company=company.id,
            partners=partner_ids,
        )
    )
    user_ids = [row[0] for row in cr.fetchall()]
    cr.execute(
        "INSERT INTO res_company_users_rel (cid, user_id) SELECT %s, unnest(%s::int[])",
        [company.id, user_ids],
    )
    cr.execute(
        "INSERT INTO res_groups_users_rel (gid, uid) "
        "SELECT g, u FROM unnest(%s::int[]) AS g, unnest(%s::int[]) AS u",
        [groups, user_ids],
    )
    cr.commit()
    env.invalidate_all()
    env.registry.clear_cache()
    return env["res.users"].browse(user_ids)


def logo():
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), "navy").save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue())


def make_template(env):
    template = env["mtap.card.template"].create(
        {
            "name": "Bench Team",
            "company_name": "Bench Corporation",
            "website": "https://bench.example.com",
            "company_address": "Rue de la Loi 16\n1000 Brussels",
            "accent_color": "#0a6e4f",
            "logo": logo(),
            "link_ids_locked": True,
            "link_ids": [
                (
                    0,
                    0,
                    {"kind": "linkedin", "url": "https://linkedin.com/company/bench"},
                )
            ],
        }
    )
    env.cr.commit()
    return template


def measure(env, func):
    cr = env.cr
    env.invalidate_all()
    queries = cr.sql_log_count
    start = time.perf_counter()
    result = func()
    env.flush_all()
    elapsed = time.perf_counter() - start
    return elapsed, cr.sql_log_count - queries, result


def run(env, template, users):
    manager = env.ref("base.user_admin")
    wizard = (
        env["mtap.card.bulk"]
        .with_user(manager)
        .create({"template_id": template.id, "user_ids": [(6, 0, users.ids)]})
    )
    env.flush_all()
    create_time, create_queries, (cards, _existing) = measure(
        env, wizard._action_create_cards
    )
    if len(cards) != len(users):
        raise SystemExit(f"{len(cards)} cards for {len(users)} users")
    mails = env["mail.mail"].search_count(
        [("model", "=", "mtap.profile"), ("res_id", "in", cards.ids)]
    )
    if mails != len(users):
        raise SystemExit(f"{mails} e-mails for {len(users)} users")
    change_time, change_queries, _result = measure(
        env,
        lambda: template.with_user(manager).write({"company_name": "Bench Renamed"}),
    )
    env.cr.execute(
        "SELECT count(*) FROM mtap_profile WHERE template_id = %s "
        "AND company_name = 'Bench Renamed'",
        [template.id],
    )
    if env.cr.fetchone()[0] != len(users):
        raise SystemExit("the template change did not reach every card")
    env.cr.rollback()
    env.invalidate_all()
    return create_time, create_queries, change_time, change_queries


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs of each size (default 2)"
    )
    args = parser.parse_args()
    config.parse_config(["-c", args.config, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(args.database)
    sizes = [int(size) for size in args.sizes.split(",")]
    fastest = {}
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        users = insert_users(env, max(sizes))
        template = make_template(env)
        for count in sizes:
            for repeat in range(args.repeat):
                create_time, create_q, change_time, change_q = run(
                    env, template, users[:count]
                )
                best = fastest.setdefault(count, [create_time, change_time])
                best[0], best[1] = min(best[0], create_time), min(best[1], change_time)
                print(
                    f"{count:6d} users, run {repeat + 1}: create {create_time:7.2f} s, "
                    f"{create_q:6d} queries ({create_q / count:5.2f}/card); "
                    f"template change {change_time:6.2f} s, {change_q:4d} queries"
                )
    if len(sizes) > 1:
        small, big = sizes[0], sizes[-1]
        print(
            f"fastest runs: create {fastest[small][0]:.2f} s and "
            f"{fastest[big][0]:.2f} s; wall time {big} / {small}: "
            f"{fastest[big][0] / fastest[small][0]:.2f} "
            f"(target <= {big / small * 1.1:.0f}); template change at {big}: "
            f"{fastest[big][1]:.2f} s (target <= 2)"
        )


if __name__ == "__main__":
    main()
