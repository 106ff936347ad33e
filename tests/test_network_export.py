import csv
import io
import zipfile

import vobject

from odoo.tests import HttpCase, tagged

from .common import MtapCommon

# enough to show batching and no cross-user leak in tests; the 10,000 of the
# issue run in bench/network_export.py
SIZE = 1000


@tagged("post_install", "-at_install")
class TestNetworkExport(MtapCommon, HttpCase):
    def test_my_network_in_one_zip_of_vcards_and_csv_only_mine(self):
        tag = self.env["res.partner.category"].create({"name": "Expo"})
        contacts = self._mtap_contacts(
            self.user_a,
            [
                {
                    "name": f"Person{i} Network",
                    "email": f"person{i}@network.example",
                    "category_id": [(6, 0, tag.ids)],
                }
                for i in range(SIZE)
            ],
        )
        contacts[0].write(
            {"name": '=HYPERLINK("http://evil.example","x")', "comment": "@SUM(1)"}
        )
        contacts[1].activity_schedule(
            "mail.mail_activity_data_todo", summary="Call back", user_id=self.user_a.id
        )
        self._exchange_lead(self.profile_a, "Lena Lead", email="lena@lead.example")
        self._mtap_contacts(
            self.user_b, [{"name": "Bob Friend", "email": "b@b.example"}]
        )
        self._exchange_lead(self.profile_b, "Bob Lead", email="bl@lead.example")
        self.authenticate("mtap_user_a", "mtap_user_a")
        action = self.env.ref("mtap_hub.mtap_contact_export_action_network")
        notice = self.make_jsonrpc_request(
            "/web/action/run", {"action_id": action.id}, timeout=300
        )
        response = self.url_open(notice["params"]["next"]["url"], timeout=300)
        self.assertEqual(response.headers["Content-Type"], "application/zip")
        archive = zipfile.ZipFile(io.BytesIO(response.content))
        self.assertEqual(
            sorted(archive.namelist()),
            sorted(
                [
                    "contacts.vcf",
                    "leads.vcf",
                    "contacts.csv",
                    "leads.csv",
                    "cards.csv",
                    "follow-ups.csv",
                    "notes.csv",
                ]
            ),
        )
        cards = list(
            vobject.readComponents(archive.read("contacts.vcf").decode(), validate=True)
        )
        self.assertEqual(
            {card.email.value for card in cards},
            {f"person{i}@network.example" for i in range(SIZE)},
        )
        leads = list(vobject.readComponents(archive.read("leads.vcf").decode()))
        self.assertEqual([card.fn.value for card in leads], ["Lena Lead"])
        rows = list(
            csv.DictReader(
                io.StringIO(archive.read("contacts.csv").decode("utf-8-sig"))
            )
        )
        self.assertEqual(len(rows), SIZE)
        formula = next(r for r in rows if "HYPERLINK" in r["Name"])
        self.assertEqual(formula["Name"][0], "'")  # neutralised
        self.assertEqual(formula["Notes"], "'@SUM(1)")
        everything = b"".join(archive.read(name) for name in archive.namelist())
        for other in (b"Bob Friend", b"b@b.example", b"Bob Lead", b"bl@lead.example"):
            self.assertNotIn(other, everything)
        self.assertIn(b"Call back", archive.read("follow-ups.csv"))
        self.assertIn(b"alice-mtap-x7k2", archive.read("cards.csv"))
