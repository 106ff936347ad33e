"""Business card scan benchmark: every generated card of the tests
(``tests/card_images.py``: layouts, fonts, sizes, rotations, skew, noise, low
contrast, QR codes) read through the Add Contact wizard's scan, as the form does
when a photo is uploaded (OCR, QR decoding, parsing, duplicate check).

Run through ``bash scripts/bench.sh cardscan``. Printed: seconds per card (median,
p95, slowest), the field accuracy table (share of cards whose field came out
exactly as printed) and the cards that missed a field. Stock Odoo Community has
no card scan to run beside it: the figures are mtap_hub's own.
"""

import argparse
import base64
import statistics
import time

import odoo
from odoo.tools import config

TARGETS = {"email": 0.9, "phone": 0.9, "website": 0.9, "name": 0.8, "company": 0.8}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", required=True)
    parser.add_argument("--database", required=True)
    args = parser.parse_args()
    config.parse_config(["-c", args.config, "--log-level=warn"])
    from odoo.addons.mtap_hub.tests.card_images import (
        FIELDS,
        card_specs,
        expected_fields,
        render_card,
        scanned_fields,
    )

    registry = odoo.modules.registry.Registry(args.database)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        env.company.country_id = env.ref("base.us")
        Wizard = env["mtap.contact.add"].with_context(default_source="card_scan")
        times, hits, misses = [], dict.fromkeys(FIELDS, 0), []
        specs = card_specs()
        for spec in specs:
            sides = [base64.b64encode(side) for side in render_card(spec)]
            start = time.perf_counter()
            wizard = Wizard.new(
                {
                    "scan_image": sides[0],
                    "scan_image_back": sides[1] if len(sides) > 1 else False,
                }
            )
            warning = wizard._onchange_scan_image()
            elapsed = time.perf_counter() - start
            times.append(elapsed)
            if warning:
                raise SystemExit(f"{spec['key']}: {warning['warning']['message']}")
            got = scanned_fields(
                {
                    field: wizard[field]
                    for field in ("name", "company_name", "email", "phone", "website")
                }
            )
            expected = expected_fields(spec)
            wrong = [field for field in FIELDS if got[field] != expected[field]]
            for field in FIELDS:
                hits[field] += field not in wrong
            print(
                f"{spec['key']:55s} {elapsed:5.2f} s  "
                + ("missed " + ", ".join(wrong) if wrong else "ok")
            )
            misses += [
                (spec["key"], field, got[field], expected[field]) for field in wrong
            ]
        cr.rollback()
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print()
    print(
        f"{len(specs)} cards: median {statistics.median(times):.2f} s, "
        f"p95 {p95:.2f} s, "
        f"slowest {times[-1]:.2f} s per card"
    )
    print(f"{'field':10s} {'right':>7s} {'accuracy':>9s} {'target':>7s}")
    for field in FIELDS:
        accuracy = hits[field] / len(specs)
        print(
            f"{field:10s} {hits[field]:3d}/{len(specs):<3d} {accuracy:9.1%} "
            f"{TARGETS[field]:7.0%}"
            f"  {'met' if accuracy >= TARGETS[field] else 'MISSED'}"
        )
    if misses:
        print("\nmisses (card, field, read, printed):")
        for miss in misses:
            print("  " + " | ".join(miss))


if __name__ == "__main__":
    main()
