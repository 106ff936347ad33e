"""CRM sync benchmark: 10,000 Contacts added by one phone-book import, pushed to
a local fake HubSpot (50 ms per request, 100 inputs per batch, 100 requests per
10 s, its documented answers) and, separately, to a Standard Webhooks receiver
(50 ms per request), one Contact per POST and 100 per POST (``webhook-batch``),
then the same with the fake answering 429 to every 10th request and 500 to every
20th. ``--vendor all`` adds the fake Salesforce (200 records per upsert,
Accounts found or created by name, its daily allowance),
Zoho CRM (100 per upsert, 10 concurrent calls, 10 access tokens per 10 minutes
on its accounts server) and Redtail (one contact per call, searched before it
is created); each vendor's "429" is its own rate-limit answer (Salesforce: 403
REQUEST_LIMIT_EXCEEDED).

Run through ``bash scripts/bench.sh sync`` (a throw-away database with
mtap_hub). The fakes are the tests' (``tests/crm_fakes.py``), real HTTP servers
on 127.0.0.1. The sender runs in a process of its own with its own cursor, as a
cron worker does, starting a run whenever the previous one found work and polling every
0.2 s otherwise (Odoo's cron workers are woken by the trigger's NOTIFY at
commit; the poll stands in for it). Printed per target:

- extra statements per Contact on the add path: one Contact added by hand, and
  a 500-card phone-book import, each with and without an active connection
  (rolled back);
- the 10,000-card import with the sender running alongside: wall time, p50/p95
  from the Contact's transaction (its ``create_date``, before the commit, so
  the figure is an upper bound) to the fake CRM's 2xx;
- *Send all existing Contacts* of the 10,000, clean and with faults: Contacts
  per second, requests made, and whether every Contact is exactly once in the
  CRM (HubSpot: one record per ``mtap_uid``; webhook: one accepted
  ``webhook-id`` per Contact and run; Salesforce, Zoho, Redtail: one record per
  stable id);
- for the OAuth vendors, the access tokens requested (token refreshes) over the
  vendor's three runs.
"""

import argparse
import base64
import datetime
import multiprocessing
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path


def vcf(count, start=0):
    lines = []
    for i in range(start, start + count):
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:Bench{i % 997};Person{i};;;",
            f"FN:Person{i} Bench{i % 997}",
            f"ORG:Bench Company {i % 500}",
            f"TITLE:{['Buyer', 'CTO', 'Sales Manager', 'Founder'][i % 4]}",
            f"EMAIL;TYPE=INTERNET,WORK:person.{i}@company{i % 500}.example",
            f"TEL;TYPE=CELL:+32 470 {i // 100 % 100:02d} {i % 100:02d} {i % 89:02d}",
            f"ADR;TYPE=WORK:;;{i % 300 + 1} Rue de la Loi;Brussels;;1000;Belgium",
            "END:VCARD",
        ]
    return ("\r\n".join(lines) + "\r\n").encode()


def sender_loop(config_path, database, connection_id, stop, profile):
    """A cron worker: its own process and cursor, a run whenever the last one
    found work, a poll every 0.2 s otherwise."""
    import odoo
    from odoo.tools import config

    config.parse_config(["-c", config_path, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(database)

    def loop():
        while not stop.is_set():
            try:
                with registry.cursor() as cr:
                    env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
                    connection = env["mtap.sync.connection"].browse(connection_id)
                    settled = env["mtap.sync.outbox"]._mtap_send(
                        auto_commit=True, max_wait=10.0, connections=connection
                    )
            except Exception as error:  # noqa: BLE001 (a bench reports, goes on)
                print("sender error:", repr(error), flush=True)
                settled = 0
            if not settled:
                time.sleep(0.2)

    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(loop)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    else:
        loop()


class Sender:
    """The sender in a separate process, as Odoo's cron workers are."""

    def __init__(self, args, connection_id):
        context = multiprocessing.get_context("spawn")
        self.stop = context.Event()
        self.process = context.Process(
            target=sender_loop,
            args=(
                args.config,
                args.database,
                connection_id,
                self.stop,
                bool(os.environ.get("MTAP_BENCH_PROFILE")),
            ),
            daemon=True,
        )

    def start(self):
        self.process.start()

    def join(self, timeout):
        self.stop.set()
        self.process.join(timeout)


def import_file(env, data, auto_commit):
    job = env["mtap.contact.import"].create(
        {"file": base64.b64encode(data), "name": "bench.vcf"}
    )
    job.action_preview()
    job.action_import()
    if auto_commit:
        env.cr.commit()
    job._process(auto_commit=auto_commit)
    return job


def statements(env, connection, data):
    """Statements of adding one Contact and of importing ``data``, with the
    connection active and without (each rolled back)."""
    out = {}
    for active in (True, False):
        connection.active = active
        env.cr.commit()
        env.registry.clear_cache()
        env["res.partner"].create({"name": "Warm", "mtap_is_contact": True})
        env.flush_all()
        env.cr.precommit.data.pop("mtap_sync_woken", None)
        before = env.cr.sql_log_count
        env["res.partner"].create(
            {"name": "One Person", "email": "one@example.com", "mtap_is_contact": True}
        )
        env.flush_all()
        single = env.cr.sql_log_count - before
        env.cr.rollback()
        env.invalidate_all()
        before = env.cr.sql_log_count
        job = import_file(env, data, auto_commit=False)
        env.flush_all()
        bulk = (env.cr.sql_log_count - before, job.created_count)
        env.cr.rollback()
        env.invalidate_all()
        out[active] = (single, bulk)
    connection.active = True
    env.cr.commit()
    env.registry.clear_cache()
    (single_on, (bulk_on, count)), (single_off, (bulk_off, _c)) = out[True], out[False]
    return single_on - single_off, (bulk_on - bulk_off) / max(count, 1)


def wait_delivered(fake, uids, sender, timeout=900):
    start = time.time()
    while time.time() - start < timeout and sender.process.is_alive():
        if uids <= set(fake.first_ok):
            return True
        time.sleep(0.2)
    return False


def remote_uids(vendor, fake):
    """The stable id of every record the fake CRM holds."""
    key = {
        "hubspot": "mtap_uid",
        "salesforce": "mtap_uid__c",
        "zoho": "mtap_uid",
    }.get(vendor)
    if key:
        return [p.get(key) for p in fake.records.values()]
    return [
        (p.get("referred_by") or "").removeprefix("mTap ")
        for p in fake.records.values()
    ]


def exactly_once(vendor, fake, uids):
    if vendor != "webhook":
        found = Counter(remote_uids(vendor, fake))
        return all(found[u] == 1 for u in uids) and len(found) == len(uids)
    found = Counter(fake.accepted.values())
    return all(found[u] == 1 for u in uids)


def token_requests(vendor, fake):
    if vendor == "salesforce":
        return fake.token_requests
    if vendor == "zoho":
        return fake.accounts.token_requests
    return 0


def make_fake(vendor):
    from odoo.addons.mtap_hub.tests import crm_fakes
    from odoo.addons.mtap_hub.tools.crm.webhook import new_secret

    if vendor == "hubspot":
        fake = crm_fakes.FakeHubSpot(token="pat-bench")
        vals = {"vendor": "hubspot", "token": fake.token, "api_base_url": fake.url}
    elif vendor == "salesforce":
        fake = crm_fakes.FakeSalesforce()
        vals = {
            "vendor": "salesforce",
            "login_url": fake.url,
            "client_id": fake.client_id,
            "new_client_secret": fake.client_secret,
            "new_refresh_token": fake.refresh_token,
        }
    elif vendor == "zoho":
        fake = crm_fakes.FakeZoho()
        fake.accounts.latency = 0.05
        vals = {
            "vendor": "zoho",
            "login_url": fake.accounts.url,
            "client_id": fake.accounts.client_id,
            "new_client_secret": fake.accounts.client_secret,
            "new_refresh_token": fake.accounts.refresh_token,
        }
    elif vendor == "redtail":
        fake = crm_fakes.FakeRedtail()
        vals = {
            "vendor": "redtail",
            "api_base_url": fake.url,
            "new_api_key": fake.api_key,
            "redtail_username": fake.username,
            "redtail_password": fake.password,
        }
    else:
        fake = crm_fakes.FakeWebhook(secret=new_secret())
        vals = {"vendor": "webhook", "webhook_url": fake.url, "secret": fake.secret}
        if vendor == "webhook-batch":  # a receiver of one's own: 100 per POST
            vals["webhook_batch_size"] = 100
    return fake, vals


def run_target(env, args, vendor, fakes):
    fake, vals = make_fake(vendor)
    fakes.append(fake)
    fake.latency = 0.05
    fake.retry_after = "1"  # HubSpot's ten-secondly limit answers within seconds
    connection = env["mtap.sync.connection"].create({"name": f"Bench {vendor}", **vals})
    ok, message = connection._mtap_test()
    assert ok, message
    env.cr.commit()
    single, per_contact = statements(env, connection, vcf(500, 10**6))
    print(f"\n== {vendor} ==")
    print(f"extra statements, one Contact added by hand: {single}")
    print(
        f"extra statements per Contact, 500-card phone-book import: {per_contact:.3f}"
    )

    contacts = args.contacts
    tokens = token_requests(vendor, fake)
    sender = Sender(args, connection.id)
    sender.start()
    fake.reset()
    start = time.time()
    job = import_file(env, vcf(contacts), auto_commit=True)
    imported = time.time() - start
    partners = job.line_ids.partner_id
    prefix = connection._mtap_uid_prefix()
    uids = {f"{prefix}-{pid}" for pid in partners.ids}
    created = {
        f"{prefix}-{p.id}": p.create_date.replace(tzinfo=datetime.UTC).timestamp()
        for p in partners
    }
    done = wait_delivered(fake, uids, sender)
    lat = sorted(fake.first_ok[u] - created[u] for u in uids if u in fake.first_ok)
    lat = lat or [0.0]
    print(
        f"import of {len(uids)} cards with the sender alongside: {imported:.1f} s; "
        f"all delivered: {done}; exactly once: {exactly_once(vendor, fake, uids)}"
    )
    print(
        f"  transaction start -> CRM 2xx: p50 {statistics.median(lat):.1f} s, "
        f"p95 {lat[int(len(lat) * 0.95) - 1]:.1f} s, max {lat[-1]:.1f} s"
    )
    for label, faults in (
        ("clean", {}),
        ("429 every 10th, 500 every 20th", {429: 10, 500: 20}),
    ):
        tokens += token_requests(vendor, fake)
        fake.reset(keep_records=True)  # the same CRM: the records are updated
        if vendor != "hubspot":
            fake.accepted.clear()  # exactly once per run: this run's deliveries
        fake.fail_every = dict(faults)
        start = time.time()
        connection.action_send_all()
        env.cr.commit()
        done = wait_delivered(fake, uids, sender)
        elapsed = time.time() - start
        fake.fail_every = {}
        print(
            f"send all existing ({label}): {len(uids) / elapsed:.0f} Contacts/s, "
            f"{elapsed:.1f} s, {fake.count} requests; all delivered: {done}; "
            f"exactly once: {exactly_once(vendor, fake, uids)}"
        )
    tokens += token_requests(vendor, fake)
    if vendor in ("salesforce", "zoho"):
        extra = ""
        if vendor == "zoho":
            extra = f"; refused by the accounts server: {fake.accounts.too_many}"
        print(
            f"token refreshes over the three runs: {tokens - 1} (+1 at the test){extra}"
        )
    sender.join(60)
    connection.active = False
    env.cr.commit()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--contacts", type=int, default=10000)
    parser.add_argument(
        "--vendor",
        "--targets",
        dest="targets",
        default="hubspot,webhook,webhook-batch",
        help="comma-separated: hubspot, webhook, webhook-batch, salesforce, zoho, "
        "redtail; or all",
    )
    args = parser.parse_args()
    if args.targets == "all":
        args.targets = "hubspot,webhook,webhook-batch,salesforce,zoho,redtail"
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import odoo
    from odoo.tools import config

    config.parse_config(["-c", args.config, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(args.database)
    fakes = []
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        env = env(user=env.ref("base.user_admin"))
        env["ir.config_parameter"].set_param("mtap_hub.sync_timeout_seconds", "30")
        env.cr.commit()
        try:
            for vendor in args.targets.split(","):
                run_target(env, args, vendor, fakes)
                env.cr.execute("DELETE FROM res_partner WHERE mtap_is_contact")
                env.cr.commit()
        finally:
            for fake in fakes:
                fake.stop()


if __name__ == "__main__":
    main()
