from odoo.tests import HttpCase, tagged

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
