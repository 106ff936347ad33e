import base64

from odoo.tests import HttpCase, tagged

from .card_images import card_specs, render_card
from .common import MtapCommon


@tagged("post_install", "-at_install")
class TestMyCardTour(MtapCommon, HttpCase):
    def test_my_card_tour(self):
        self.start_tour("/odoo", "mtap_hub_my_card_tour", login="mtap_user_a")
        self.assertEqual(self.profile_a.job_title, "Head of Partnerships")
        self.assertEqual(
            self.profile_a.link_ids.mapped("url"),
            ["https://linkedin.com/in/a", "https://alice.example.com"],
        )
        self.assertTrue(self.profile_a.is_published)


@tagged("post_install", "-at_install")
class TestLeadConvertTour(MtapCommon, HttpCase):
    def test_lead_convert_tour(self):
        lead = self._exchange_lead(
            self.profile_a, "Tina Tour", email="tina@tour.example", company="Tour Co"
        )
        self.start_tour("/odoo", "mtap_hub_lead_convert_tour", login="mtap_user_a")
        contact = lead.mtap_contact_id
        self.assertEqual(contact.name, "Tina Tour")
        self.assertEqual(contact.email, "tina@tour.example")
        self.assertEqual(contact.parent_id.name, "Tour Co")
        self.assertEqual(lead.mtap_state, "converted")


@tagged("post_install", "-at_install")
class TestContactsTour(MtapCommon, HttpCase):
    def test_contacts_tour(self):
        """Issue 5's flows in a browser: add by hand past a duplicate warning, add
        from another card's QR code with the camera, import a .vcf."""
        shared = self.env["res.partner"].create(
            {"name": "Shared Sam", "email": "sam@shared.example"}
        )
        self.profile_a.write({"email": "alice@a.example", "is_published": True})
        self.profile_b.write({"company_name": "Bob Industries", "is_published": True})
        self.start_tour("/odoo", "mtap_hub_contacts_tour", login="mtap_user_a")
        Partner = self.env["res.partner"]
        mine = Partner.search([("mtap_owner_id", "=", self.user_a.id)])
        self.assertEqual(
            sorted(mine.mapped("name")), ["Bob Mtap", "Sam Tour", "Vera Vcard"]
        )
        sam = mine.filtered(lambda p: p.name == "Sam Tour")
        self.assertEqual(
            (sam.email, sam.mtap_source), ("sam.tour@new.example", "manual")
        )
        bob = mine.filtered(lambda p: p.name == "Bob Mtap")
        self.assertEqual(bob.mtap_source, "qr_profile")
        self.assertEqual(bob.mtap_their_profile_id, self.profile_b)
        lead = self.env["crm.lead"].search(
            [("mtap_profile_id", "=", self.profile_b.id)]
        )
        self.assertEqual(
            (lead.user_id, lead.email_from), (self.user_b, "alice@a.example")
        )
        vera = mine.filtered(lambda p: p.name == "Vera Vcard")
        self.assertEqual(vera.mtap_source, "phonebook")
        # the import keeps the file's name
        self.assertEqual(
            self.env["mtap.contact.import"].search([], limit=1).name, "phone.vcf"
        )
        self.assertEqual(vera.category_id.name, "Tour Import")
        self.assertEqual(Partner.search_count([("email", "=", shared.email)]), 1)


@tagged("post_install", "-at_install")
class TestCardScanTour(MtapCommon, HttpCase):
    def test_card_scan_tour(self):
        """Issue 7 in a browser: from the Contacts kanban, scan a card photo,
        correct a field, save, and find the card's image on the Contact."""
        self.env.company.country_id = self.env.ref("base.us")
        spec = card_specs()[0]
        self.assertEqual(spec["name"], "Jane Cooper")
        image = self.env["ir.attachment"].create(
            {
                "name": "card.png",
                "datas": base64.b64encode(render_card(spec)[0]),
                "public": True,
            }
        )
        self.env["ir.model.data"].create(
            {
                "module": "mtap_hub",
                "name": "tour_card_scan_image",
                "model": "ir.attachment",
                "res_id": image.id,
            }
        )
        self.start_tour("/odoo", "mtap_hub_card_scan_tour", login="mtap_user_a")
        contact = self.env["res.partner"].search(
            [("mtap_owner_id", "=", self.user_a.id), ("mtap_source", "=", "card_scan")]
        )
        self.assertEqual(contact.name, "Jane Cooper")
        self.assertEqual(contact.function, "Head of Sales")
        self.assertEqual(contact.email, spec["email"])
        self.assertTrue(contact.mtap_card_image)
        self.assertEqual(
            contact.message_ids.attachment_ids.mapped("name"), ["Business card.png"]
        )
