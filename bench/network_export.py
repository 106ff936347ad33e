"""Export my network benchmark: one user with 10,000 Contacts (and 1,000 Leads)
exports their network; the .zip is read back and its vCards parsed by vobject.

Run through ``bash scripts/bench.sh network``, which prepares a throw-away database
with mtap_hub. Printed: people and file size, wall time and peak Python memory of
the export, and whether vobject read back exactly the same people (by e-mail).
"""

import argparse
import base64
import io
import time
import tracemalloc
import zipfile

import vobject

import odoo
from odoo.tests import new_test_user
from odoo.tools import config


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--contacts", type=int, default=10000)
    parser.add_argument("--leads", type=int, default=1000)
    args = parser.parse_args()
    config.parse_config(["-c", args.config, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(args.database)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        user = new_test_user(
            env, "bench_network", groups="mtap_hub.group_mtap_user", name="Bench User"
        )
        tag = env["res.partner.category"].create({"name": "Bench"})
        env["res.partner"].with_user(user).with_context(tracking_disable=True).create(
            [
                {
                    "name": f"Person{i} Bench",
                    "email": f"person{i}@bench.example",
                    "phone": f"+3247{i:07d}",
                    "mtap_is_contact": True,
                    "category_id": [(6, 0, tag.ids)],
                    "comment": f"<p>Met at booth {i % 40}</p>",
                }
                for i in range(args.contacts)
            ]
        )
        profile = env["mtap.profile"].create(
            {"name": "Bench Card", "slug": "bench-network-x7q9", "user_id": user.id}
        )
        env["crm.lead"].create(
            [
                {
                    "name": f"Lead{i} (mTap card)",
                    "type": "lead",
                    "contact_name": f"Lead{i} Bench",
                    "email_from": f"lead{i}@bench.example",
                    "user_id": user.id,
                    "mtap_profile_id": profile.id,
                }
                for i in range(args.leads)
            ]
        )
        env.flush_all()
        tracemalloc.start()
        start = time.perf_counter()
        export = env["mtap.contact.export"].with_user(user)._mtap_export_network()
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        data = export.vcf_file
        raw = base64.b64decode(data)
        archive = zipfile.ZipFile(io.BytesIO(raw))
        cards = list(
            vobject.readComponents(archive.read("contacts.vcf").decode(), validate=True)
        )
        emails = {card.email.value for card in cards}
        expected = {f"person{i}@bench.example" for i in range(args.contacts)}
        print(
            f"{args.contacts} Contacts + {args.leads} Leads: {elapsed:.1f} s, "
            f"peak {peak / 1048576:.0f} MB, zip {len(raw) / 1048576:.1f} MB"
        )
        print(f"vobject read back the same people: {emails == expected}")
        cr.rollback()


if __name__ == "__main__":
    main()
