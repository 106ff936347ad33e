import base64

from odoo.tests import HttpCase, new_test_user, tagged

from ..tools.card_samples.card_images import card_specs, render_card
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
            sorted(contact.message_ids.attachment_ids.mapped("name")),
            ["Business card.jpg", "Card photo.png"],
        )


@tagged("post_install", "-at_install")
class TestTeamsTour(MtapCommon, HttpCase):
    def test_teams_tour(self):
        """Issue 18 in a browser: a manager makes a template, creates the cards of
        two users selected in the Users list; one of them opens My Card and finds
        the locked fields read-only."""
        people = self.env["res.users"]
        for login, name in (("carla", "Carla Tour"), ("dario", "Dario Tour")):
            people |= new_test_user(
                self.env,
                f"mtap_tour_{login}",
                groups="mtap_hub.group_mtap_user",
                name=name,
                email=f"{login}@tour.example",
            )
        self.start_tour("/odoo", "mtap_hub_card_template_tour", login="admin")
        template = self.env["mtap.card.template"].search([("name", "=", "Tour Team")])
        self.assertEqual(template.company_name, "Tour Corp")
        self.assertTrue(template.company_name_locked)
        self.assertFalse(template.website_locked)

        self.start_tour(
            "/odoo/action-base.action_res_users",
            "mtap_hub_card_bulk_tour",
            login="admin",
        )
        cards = self.env["mtap.profile"].search([("template_id", "=", template.id)])
        self.assertEqual(cards.user_id, people)

        self.start_tour("/odoo", "mtap_hub_locked_card_tour", login="mtap_tour_carla")
        card = cards.filtered(lambda c: c.user_id == people[0])
        self.assertEqual(
            (card.company_name, card.website, card.job_title),
            ("Tour Corp", "https://carla.tour.example", "Tour Guide"),
        )
