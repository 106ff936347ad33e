from odoo.tests import Form, TransactionCase, tagged

from ..tools.exchange_form import clean_exchange_form
from .common import MtapCommon


@tagged("post_install", "-at_install")
class TestPhoneReading(MtapCommon, TransactionCase):
    """A number typed in national form is read in the Contact's or the user's
    country, or flagged; a well-formed international number is a number."""

    def test_a_german_number_typed_by_a_us_user(self):
        self.user_a.country_id = self.env.ref("base.us")  # a Belgian company
        Partner = self.env["res.partner"].with_user(self.user_a)
        # on a German contact: read in Germany, shown and dialled as such
        form = Form(Partner.with_context(default_mtap_is_contact=True))
        form.name = "Dieter Deutsch"
        form.country_id = self.env.ref("base.de")
        form.phone = "0171 2345678"
        self.assertEqual(form.phone, "+49 171 2345678")
        self.assertFalse(form.mtap_phone_warning)
        dieter = form.save()
        self.assertEqual(dieter.phone_sanitized, "+491712345678")
        # no country on the contact: read in the user's (US), where it is no number
        # -> kept as typed, and said so; an American number is read as one
        contact = Partner.create(
            {"name": "No Country", "mtap_is_contact": True, "phone": "0171 2345678"}
        )
        self.assertIn("not a phone number of United States", contact.mtap_phone_warning)
        contact.phone = "(212) 555-0100"
        self.assertFalse(contact.mtap_phone_warning)
        self.assertEqual(contact.phone_sanitized, "+12125550100")
        # the Add Contact form and a Lead's phone read it the same way
        wizard = Form(self.env["mtap.contact.add"].with_user(self.user_a))
        wizard.name = "Dieter Again"
        wizard.phone = "0171 2345678"
        self.assertIn("United States", wizard.mtap_phone_warning)
        wizard.country_id = self.env.ref("base.de")
        wizard.phone = "0171 2345678"
        self.assertEqual(wizard.phone, "+49 171 2345678")
        lead = self._exchange_lead(self.profile_a, "Lena", email="lena@x.example")
        lead.with_user(self.user_a).phone_display = "0171 2345678"
        self.assertEqual(lead.phone, "0171 2345678", "kept as typed")
        self.assertIn("United States", lead.with_user(self.user_a).mtap_phone_warning)
        lead.with_user(self.user_a).phone_display = "+49 171 2345678"
        self.assertEqual(lead.phone, "+491712345678")
        self.assertFalse(lead.mtap_phone_warning)

    def test_a_reserved_range_uk_number_on_the_public_form(self):
        values, errors = clean_exchange_form(
            {"name": "Ursula", "phone": "+44 7700 900123"}, "BE", 32
        )
        self.assertFalse(errors)
        self.assertEqual(values["phone_e164"], "+447700900123")
        self.assertEqual(
            self.env["res.partner"]._mtap_phone_display("+447700900123"),
            "+44 7700 900123",
        )
        # a number too short or with no country stays refused
        for typed in ("+44 7700 90", "+999 1234 5678"):
            self.assertEqual(
                clean_exchange_form({"name": "U", "phone": typed}, "BE", 32)[1],
                {"phone": "invalid"},
                typed,
            )
