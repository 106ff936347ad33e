"""Exchange benchmark: mtap_hub's /mtap/<slug>/exchange against stock Odoo's
/website/form/crm.lead (website_crm), on one Odoo served with --workers=2.

Run through ``bash scripts/bench.sh exchange``, which prepares the database and the
server; this script only talks HTTP to http://127.0.0.1:<port> and reads the database
to check that every 2xx produced exactly one Lead.

Printed: requests/s, p50 and p95 latency of both endpoints and their ratios, then the
mtap_hub run again with 1,000,000 existing Leads and its p95 against the first run.
The Exchange answers with a redirect to the card (post/redirect/get): the POST is
timed alone, as stock's; the GET of the page it redirects to (with the thank-you) is
timed and printed separately. The card asks five questions of its own (the
default maximum) and every mtap_hub submission answers them.
"""

import argparse
import re
import statistics
import sys
import threading
import time

import psycopg2
import requests

MARK = "o_mtap_exchange_thanks"
THANKS_ANCHOR = "#exchange-status"


def percentile(values, pct):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


TOKEN_RE = re.compile(r'name="mtap_token" value="([^"]+)"')


def run_load(base, clients, total, make_request, follow=False):
    """Send ``total`` requests with ``clients`` threads; return (seconds, latencies,
    statuses). ``make_request(session, csrf, token, index)`` returns a response.

    A form token answers one Exchange, as each visitor loads the card before sending
    its form: the ``total`` pages are loaded before the clock starts, which times
    the POSTs only, as for stock's form. An Exchange is accepted when it redirects
    to its thank-you (``#exchange-status``). With ``follow``, each redirect is
    followed and only that GET is timed (its page must show the thank-you)."""
    sessions = []
    for _ in range(clients):
        session = requests.Session()
        html = session.get(f"{base}/mtap/bench-card-x7q9", timeout=30).text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
        sessions.append((session, csrf))
    tokens = [
        TOKEN_RE.search(
            sessions[0][0].get(f"{base}/mtap/bench-card-x7q9", timeout=30).text
        ).group(1)
        for _ in range(total)
    ]
    latencies, statuses = [], []
    lock = threading.Lock()
    counter = iter(range(total))

    def worker(session, csrf):
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                return
            start = time.perf_counter()
            response = make_request(session, csrf, tokens[index], index)
            elapsed = time.perf_counter() - start
            ok = response.headers.get("Location", "").endswith(THANKS_ANCHOR)
            if follow and response.is_redirect:
                start = time.perf_counter()
                shown = session.get(
                    requests.compat.urljoin(base, response.headers["Location"]),
                    timeout=60,
                )
                elapsed = time.perf_counter() - start
                ok = MARK in shown.text
            with lock:
                latencies.append(elapsed)
                statuses.append((response.status_code, ok))

    threads = [threading.Thread(target=worker, args=args) for args in sessions]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, latencies, statuses


def mtap_request(base, prefix):
    def send(session, csrf, token, index):
        return session.post(
            f"{base}/mtap/bench-card-x7q9/exchange",
            data={
                "csrf_token": csrf,
                "mtap_token": token,
                "name": f"Visitor {index}",
                "email": f"{prefix}{index}@example.com",
                "phone": "+32 470 12 34 56",
                "company": "Bench Co",
                "message": "Hello from the benchmark",
                "consent": "1",
                # the card's five questions (see scripts/bench.sh)
                "q_goal": "demo",
                "q_products__1": "satellites",
                "q_best_time": "Mornings",
                "q_callback": "yes",
                "q_budget": "1500",
            },
            timeout=60,
            allow_redirects=False,
        )

    return send


def stock_request(base, prefix):
    def send(session, csrf, token, index):
        return session.post(
            f"{base}/website/form/crm.lead",
            data={
                "csrf_token": csrf,
                "contact_name": f"Visitor {index}",
                "email_from": f"{prefix}{index}@example.com",
                "phone": "+32 470 12 34 56",
                "partner_name": "Bench Co",
                "name": "Benchmark",
                "description": "Hello from the benchmark",
            },
            timeout=60,
        )

    return send


def count_leads(dsn, prefix):
    with psycopg2.connect(dsn) as conn, conn.cursor() as cr:
        cr.execute(
            "SELECT count(*), count(DISTINCT email_from) FROM crm_lead "
            "WHERE email_from LIKE %s",
            (f"{prefix}%@example.com",),
        )
        return cr.fetchone()


def report(name, seconds, latencies, ok):
    result = {
        "rps": len(latencies) / seconds,
        "p50": statistics.median(latencies),
        "p95": percentile(latencies, 95),
        "ok": ok,
    }
    print(
        f"{name:<28} {result['rps']:8.1f} req/s   p50 {result['p50'] * 1000:7.1f} ms"
        f"   p95 {result['p95'] * 1000:7.1f} ms   accepted {ok}/{len(latencies)}"
    )
    return result


def measure(args, name, request_factory, prefix, is_ok, follow_sample=0):
    seconds, latencies, statuses = run_load(
        args.url, args.clients, args.requests, request_factory(args.url, prefix)
    )
    ok = sum(1 for status in statuses if is_ok(status))
    result = report(name, seconds, latencies, ok)
    expected = ok
    if follow_sample:
        _seconds, followups, shown = run_load(
            args.url,
            args.clients,
            follow_sample,
            request_factory(args.url, f"{prefix}follow-"),
            follow=True,
        )
        expected += sum(1 for _status, thanks in shown if thanks)
        print(
            f"  the GET its redirect leads to ({follow_sample} more Exchanges, the "
            f"GET alone timed): p50 {statistics.median(followups) * 1000:.1f} ms"
            f"   p95 {percentile(followups, 95) * 1000:.1f} ms"
            f"   thank-you shown {sum(1 for _s, t in shown if t)}/{follow_sample}"
        )
    leads, distinct = count_leads(args.dsn, prefix)
    if leads != expected or distinct != expected:
        print(f"  MISMATCH: {expected} accepted, {leads} Leads ({distinct} distinct)")
        result["mismatch"] = True
    else:
        print(f"  every accepted request is exactly one Lead ({leads})")
    return result


def insert_leads(dsn, profile_id, count):
    with psycopg2.connect(dsn) as conn, conn.cursor() as cr:
        cr.execute(
            """
            INSERT INTO crm_lead (name, type, active, email_from, email_normalized,
                                  mtap_profile_id, mtap_source, create_date, write_date)
            SELECT 'Old lead ' || n, 'lead', true, 'old' || n || '@example.com',
                   'old' || n || '@example.com', %s, 'exchange_form',
                   now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
              FROM generate_series(1, %s) AS n
            """,
            (profile_id, count),
        )
        cr.execute("ANALYZE crm_lead")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--profile-id", type=int, required=True)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--existing", type=int, default=1_000_000)
    parser.add_argument("--skip-existing", action="store_true")
    args = parser.parse_args()

    def mtap_ok(status):
        return status[0] == 303 and status[1]

    def stock_ok(status):
        return 200 <= status[0] < 300

    print(
        f"{args.requests} submissions, {args.clients} concurrent clients, --workers=2"
    )
    mtap = measure(
        args, "mtap_hub exchange", mtap_request, "mtap-a-", mtap_ok, follow_sample=200
    )
    stock = measure(
        args, "stock /website/form/crm.lead", stock_request, "stock-", stock_ok
    )
    print(
        f"throughput ratio mtap/stock: {mtap['rps'] / stock['rps']:.2f} (target >= 2)"
    )
    print(
        f"p95 ratio mtap/stock:        {mtap['p95'] / stock['p95']:.2f} (target <= 0.8)"
    )

    if args.skip_existing:
        sys.exit(1 if mtap.get("mismatch") or stock.get("mismatch") else 0)
    print(f"inserting {args.existing:,} existing Leads on the card ...")
    started = time.perf_counter()
    insert_leads(args.dsn, args.profile_id, args.existing)
    print(f"  done in {time.perf_counter() - started:.0f} s")
    big = measure(
        args, f"mtap_hub with {args.existing:,} Leads", mtap_request, "mtap-b-", mtap_ok
    )
    print(
        f"p95 ratio {args.existing:,} Leads / first run: {big['p95'] / mtap['p95']:.2f}"
        "   (target <= 1.2)"
    )
    failed = any(result.get("mismatch") for result in (mtap, stock, big))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
