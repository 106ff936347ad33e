"""The public card page against stock Odoo's /contactus, served by the same Odoo.

Lighthouse (mobile preset, simulated slow 4G and 4x CPU slowdown) on both pages:
the four category scores, requests, transferred bytes, first and largest contentful
paint. Then the GET throughput and p95 of both pages with concurrent clients.
Targets of the card page: Performance >= 95, Accessibility 100, Best Practices >= 95,
SEO 100, LCP <= 1.5 s, <= 60 KB transferred on a cold load, GET throughput >= 3x
/contactus.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

import requests

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage "
    "--no-first-run --disable-background-networking --disable-component-update "
    "--disable-sync"
)


def lighthouse(binary, url):
    """Run Lighthouse's mobile preset on ``url``; return its figures."""
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.json")
        subprocess.run(
            [
                binary,
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                f"--chrome-flags={CHROME_FLAGS}",
                f"--only-categories={','.join(CATEGORIES)}",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "")},
            timeout=300,
        )
        with open(report, encoding="utf-8") as handle:
            data = json.load(handle)
    audits = data["audits"]
    failed = sorted(
        audit_id
        for category in CATEGORIES
        for ref in data["categories"][category]["auditRefs"]
        if ref["weight"]
        and (audit_id := ref["id"]) in audits
        and audits[audit_id]["score"] is not None
        and audits[audit_id]["score"] < 1
    )
    return {
        **{c: round(data["categories"][c]["score"] * 100) for c in CATEGORIES},
        "requests": len(audits["network-requests"]["details"]["items"]),
        "bytes": audits["total-byte-weight"]["numericValue"],
        "fcp": audits["first-contentful-paint"]["numericValue"] / 1000,
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "failed": failed,
    }


def percentile(values, pct):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def get_load(url, clients, total):
    """GET ``url`` ``total`` times with ``clients`` threads, each with its own
    session; return (requests per second, p95 in ms, non-200 answers)."""
    latencies, bad = [], []
    lock = threading.Lock()
    counter = iter(range(total))

    def worker():
        session = requests.Session()
        while True:
            with lock:
                if next(counter, None) is None:
                    return
            start = time.perf_counter()
            response = session.get(url, timeout=60)
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                if response.status_code != 200:
                    bad.append(response.status_code)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    return total / seconds, percentile(latencies, 95) * 1000, len(bad)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--slug", required=True)
    parser.add_argument("--lighthouse", required=True)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    pages = {
        "card": f"{args.url}/mtap/{args.slug}",
        "/contactus": f"{args.url}/contactus",
    }
    for url in pages.values():  # warm the caches and the asset bundles
        requests.get(url, timeout=60)

    results = {name: lighthouse(args.lighthouse, url) for name, url in pages.items()}
    print("Lighthouse 12, mobile preset (slow 4G, 4x CPU slowdown), cold load")
    print(f"{'':12}" + "".join(f"{name:>14}" for name in pages))
    rows = [
        ("Performance", "performance", "{:.0f}"),
        ("Accessibility", "accessibility", "{:.0f}"),
        ("Best Practices", "best-practices", "{:.0f}"),
        ("SEO", "seo", "{:.0f}"),
        ("requests", "requests", "{:.0f}"),
        ("KB", "bytes", "{:.1f}"),
        ("FCP s", "fcp", "{:.2f}"),
        ("LCP s", "lcp", "{:.2f}"),
    ]
    for label, key, fmt in rows:
        values = [
            results[name][key] / 1024 if key == "bytes" else results[name][key]
            for name in pages
        ]
        print(f"{label:14}" + "".join(f"{fmt.format(v):>14}" for v in values))
    for name in pages:
        if results[name]["failed"]:
            print(f"  {name} audits below 100: {', '.join(results[name]['failed'])}")

    print(
        f"\nGET throughput, {args.requests} requests, {args.clients} clients, "
        "--workers=2"
    )
    load = {}
    for name, url in pages.items():
        rps, p95, bad = get_load(url, args.clients, args.requests)
        load[name] = (rps, p95)
        print(f"  {name:12} {rps:7.1f} req/s   p95 {p95:7.1f} ms   non-200 {bad}")
    ratio = load["card"][0] / load["/contactus"][0]
    print(f"  throughput ratio card / contactus: {ratio:.2f} (target >= 3)")

    card = results["card"]
    checks = {
        "Performance >= 95": card["performance"] >= 95,
        "Accessibility 100": card["accessibility"] == 100,
        "Best Practices >= 95": card["best-practices"] >= 95,
        "SEO 100": card["seo"] == 100,
        "LCP <= 1.5 s": card["lcp"] <= 1.5,
        "<= 60 KB transferred": card["bytes"] <= 60 * 1024,
        "GET throughput >= 3x /contactus": ratio >= 3,
    }
    print(
        "\ntargets: "
        + "; ".join(f"{k}: {'met' if v else 'MISSED'}" for k, v in checks.items())
    )
    sys.exit(0 if all(checks.values()) else 1)


if __name__ == "__main__":
    main()
