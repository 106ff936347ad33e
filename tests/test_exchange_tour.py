from odoo.tests import tagged

from .test_exchange import ExchangeCommon


class ExchangeTourCommon(ExchangeCommon):
    def _run_exchange_tour(self):
        # ?debug=tests: the card page loads the tour runner only then
        self.start_tour(f"{self.url}?debug=tests", "mtap_hub_exchange_tour")
        lead = self._new_leads()
        self.assertRecordValues(
            lead,
            [
                {
                    "contact_name": "Tour Visitor",
                    "email_from": "tour.visitor@example.com",
                    "partner_name": "Tour Co",
                    "user_id": self.user_a.id,
                    "mtap_consent": True,
                }
            ],
        )


@tagged("post_install", "-at_install")
class TestExchangeTourPhone(ExchangeTourCommon):
    browser_size = "390x844"
    touch_enabled = True

    def test_exchange_on_a_phone(self):
        self._run_exchange_tour()


@tagged("post_install", "-at_install")
class TestExchangeTourDesktop(ExchangeTourCommon):
    def test_exchange_on_a_desktop(self):
        self._run_exchange_tour()

    def test_field_error_keeps_the_input(self):
        self.start_tour(f"{self.url}?debug=tests", "mtap_hub_exchange_error_tour")
        self.assertRecordValues(
            self._new_leads(),
            [
                {
                    "contact_name": "Tour Visitor",
                    "phone": "+32470554433",
                    "function": "Tester",
                }
            ],
        )
