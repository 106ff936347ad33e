"""Phone-book import benchmark: the same contacts imported as a .vcf through mtap_hub
and as a .csv through Odoo's stock ``base_import``, in one run.

Run through ``bash scripts/bench.sh import``, which prepares a throw-away database
with mtap_hub. Each import runs in its own Python process (so that one cannot reuse
the memory the other freed) and commits as production does (mtap_hub: the preview,
then each background batch; stock: each batch its screen sends); what it created is
deleted afterwards, so both start from the same database. Printed for each file
size: wall time, queries and peak memory (resident memory above what the process
held before the import) of each, the ratios, and the peak memory per byte of file.

- mtap_hub: ``action_preview`` (every card parsed and checked for duplicates) then
  ``action_import`` and the background batches the cron would run (``_process``).
- stock: ``base_import.import.execute_import`` batch after batch, as its screen
  calls it (2,000 rows a call, tracking off), with "create missing" on for the
  company and tags, so both create the same companies and tags. Stock's optional
  test run is not counted; mtap_hub's preview is.
"""

import argparse
import base64
import csv
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TAGS = ["Customer", "Supplier", "Press", "Investor", "Friend"]
COMPANIES = 500


def person(i):
    return {
        "given": f"Person{i}",
        "family": f"Bench{i % 997}",
        "email": f"person.{i}@company{i % COMPANIES}.example",
        "phone": f"+32 470 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d}",
        "company": f"Bench Company {i % COMPANIES}",
        "title": ["Buyer", "CTO", "Sales Manager", "Founder"][i % 4],
        "street": f"{i % 300 + 1} Rue de la Loi",
        "city": "Brussels",
        "zip": f"{1000 + i % 200}",
        "country": "Belgium",
        "note": f"Met at the fair, stand {i % 120}; wants a demo.",
        "tags": [TAGS[i % 5], TAGS[(i + 2) % 5]],
    }


def write_files(count, folder):
    """The same ``count`` contacts as a vCard 3.0 file and as a CSV file."""
    vcf, rows = [], []
    for i in range(count):
        p = person(i)
        name = f"{p['given']} {p['family']}"
        note = p["note"].replace(";", "\\;")
        vcf += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{p['family']};{p['given']};;;",
            f"FN:{name}",
            f"ORG:{p['company']}",
            f"TITLE:{p['title']}",
            f"EMAIL;TYPE=INTERNET,WORK:{p['email']}",
            f"TEL;TYPE=CELL:{p['phone']}",
            f"ADR;TYPE=WORK:;;{p['street']};{p['city']};;{p['zip']};{p['country']}",
            f"NOTE:{note}",
            f"CATEGORIES:{','.join(p['tags'])}",
            "END:VCARD",
        ]
        rows.append(
            [
                name,
                p["email"],
                p["phone"],
                p["title"],
                p["company"],
                p["street"],
                p["city"],
                p["zip"],
                p["country"],
                p["note"],
                ",".join(p["tags"]),
                "True",
                "phonebook",
            ]
        )
    vcf_path = Path(folder, f"contacts-{count}.vcf")
    vcf_path.write_text("\r\n".join(vcf) + "\r\n", encoding="utf-8")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    csv_path = Path(folder, f"contacts-{count}.csv")
    csv_path.write_text(buffer.getvalue(), encoding="utf-8")
    return vcf_path, csv_path


CSV_COLUMNS = [
    "Name",
    "Email",
    "Phone",
    "Job Position",
    "Company",
    "Street",
    "City",
    "Zip",
    "Country",
    "Notes",
    "Tags",
    "mTap Contact",
    "mTap Source",
]
CSV_FIELDS = [
    "name",
    "email",
    "phone",
    "function",
    "parent_id",
    "street",
    "city",
    "zip",
    "country_id",
    "comment",
    "category_id",
    "mtap_is_contact",
    "mtap_source",
]


# ----------------------------------------------------------------------
# one measured import, in a child process
# ----------------------------------------------------------------------


def _status_kb(key):
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def _reset_peak():
    """Start the resident-memory high-water mark again from now (Linux >= 4.0)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        pass


def import_mtap(env, path):
    data = Path(path).read_bytes()
    job = env["mtap.contact.import"].create(
        {"file": base64.b64encode(data), "name": Path(path).name}
    )
    job.action_preview()
    job.action_import()  # more than a few hundred cards: queued for the cron
    env.cr.commit()  # the preview is one request, the import runs in the cron
    job._process(auto_commit=True)  # what the cron runs: batches, each committed
    return job.created_count


def import_stock(env, path):
    importer = env["base_import.import"].create(
        {
            "res_model": "res.partner",
            "file": Path(path).read_bytes(),
            "file_name": Path(path).name,
            "file_type": "text/csv",
        }
    )
    created, skip = 0, 0
    while True:
        options = {
            "has_headers": True,
            "quoting": '"',
            "separator": ",",
            "encoding": "utf-8",
            "limit": 2000,
            "skip": skip,
            "name_create_enabled_fields": {"parent_id": True, "category_id": True},
            "import_set_empty_fields": [],
            "import_skip_records": [],
            "fallback_values": {},
            "date_format": "",
            "datetime_format": "",
            "float_thousand_separator": ",",
            "float_decimal_separator": ".",
            "advanced": False,
        }
        result = importer.with_context(tracking_disable=True).execute_import(
            CSV_FIELDS, CSV_COLUMNS, options
        )
        errors = [m for m in result.get("messages", []) if m.get("type") == "error"]
        if errors:
            raise RuntimeError(f"base_import refused the file: {errors[:3]}")
        created += len(result["ids"] or [])
        env.cr.commit()  # each batch is a request of the import screen
        skip = result.get("nextrow") or 0
        if not skip:
            return created


def _last_ids(env):
    cr = env.cr
    last = {}
    for table in ("res_partner", "res_partner_category", "mtap_contact_import"):
        cr.execute(f"SELECT coalesce(max(id), 0) FROM {table}")
        last[table] = cr.fetchone()[0]
    return last


def _remove_imported(env, last):
    """Both imports commit as they go, as in production: what they created is
    removed afterwards so that the next import starts from the same database."""
    env.invalidate_all()
    imports = env["mtap.contact.import"]
    imports.search([("id", ">", last["mtap_contact_import"])]).unlink()
    partners = (
        env["res.partner"]
        .with_context(active_test=False)
        .search([("id", ">", last["res_partner"])])
    )
    children = partners.filtered("parent_id")
    companies = partners - children
    children.unlink()
    companies.unlink()
    env["res.partner.category"].search(
        [("id", ">", last["res_partner_category"])]
    ).unlink()
    env.cr.commit()


def child(args):
    import odoo
    from odoo.tools import config

    config.parse_config(["-c", args.config, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(args.database)
    run = {"mtap": import_mtap, "stock": import_stock}[args.child]
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        env = env(user=env.ref("base.user_admin"))
        env["res.partner"].search_count([])  # warm the connection and caches
        last = _last_ids(env)
        base = _status_kb("VmRSS")
        _reset_peak()
        queries = cr.sql_log_count
        start = time.perf_counter()
        created = run(env, args.file)
        env.flush_all()
        elapsed = time.perf_counter() - start
        queries = cr.sql_log_count - queries
        peak = max(_status_kb("VmHWM"), _status_kb("VmRSS")) - base
        cr.commit()
        _remove_imported(env, last)
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "queries": queries,
                "peak_kb": peak,
                "created": created,
            }
        )
    )


# ----------------------------------------------------------------------
# the run
# ----------------------------------------------------------------------


def measure(args, tool, path):
    output = subprocess.run(
        [
            sys.executable,
            __file__,
            "--config",
            args.config,
            "--database",
            args.database,
            "--child",
            tool,
            "--file",
            str(path),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument(
        "--contacts",
        default="2500,10000",
        help="comma-separated file sizes, in contacts (default: 2500,10000)",
    )
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--child", choices=["mtap", "stock"], help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    sizes = [int(size) for size in args.contacts.split(",")]
    summary = []
    with tempfile.TemporaryDirectory() as folder:
        for count in sizes:
            vcf, csv_file = write_files(count, folder)
            print(
                f"{count} contacts: .vcf {vcf.stat().st_size / 1e6:.1f} MB, "
                f".csv {csv_file.stat().st_size / 1e6:.1f} MB; {args.rounds} round(s), "
                "each in a fresh process, committing as it goes, then removed"
            )
            results = {"mtap": [], "stock": []}
            for round_ in range(args.rounds):
                for tool, path in (("mtap", vcf), ("stock", csv_file)):
                    result = measure(args, tool, path)
                    if result["created"] != count:
                        raise SystemExit(
                            f"{tool} created {result['created']} of {count} contacts"
                        )
                    results[tool].append(result)
                    print(
                        f"  round {round_ + 1} {tool:5} {result['seconds']:7.2f} s "
                        f"{result['queries']:7d} queries "
                        f"peak +{result['peak_kb'] / 1024:6.1f} MB"
                    )
            median = {
                tool: {
                    key: statistics.median(r[key] for r in runs)
                    for key in ("seconds", "queries", "peak_kb")
                }
                for tool, runs in results.items()
            }
            for tool, size in (("mtap", vcf), ("stock", csv_file)):
                m = median[tool]
                rate = count / m["seconds"]
                print(
                    f"  {tool:5} median {m['seconds']:7.2f} s, {rate:6.0f} contacts/s, "
                    f"{m['queries'] / count:5.2f} queries/contact, peak "
                    f"+{m['peak_kb'] / 1024:.1f} MB = "
                    f"{m['peak_kb'] * 1024 / size.stat().st_size:.1f}x its file"
                )
            ratio = median["stock"]["seconds"] / median["mtap"]["seconds"]
            memory = median["mtap"]["peak_kb"] / max(median["stock"]["peak_kb"], 1)
            print(
                f"  stock / mtap_hub wall time: {ratio:.2f}x (target >= 1); "
                f"mtap_hub / stock peak memory: {memory:.2f}x"
            )
            summary.append((count, median, vcf.stat().st_size))
    if len(summary) > 1:
        (small, m_small, f_small), (big, m_big, f_big) = summary[0], summary[-1]
        growth = {
            tool: m_big[tool]["peak_kb"] / max(m_small[tool]["peak_kb"], 1)
            for tool in ("mtap", "stock")
        }
        print(
            f"{small} -> {big} contacts: .vcf {f_big / f_small:.1f}x larger, peak "
            f"memory mtap_hub {growth['mtap']:.1f}x, stock {growth['stock']:.1f}x"
        )
    return None


if __name__ == "__main__":
    main()
