from odoo.tests import tagged

from .test_exchange import ExchangeCommon


@tagged("post_install", "-at_install")
class TestExchangeInput(ExchangeCommon):
    def test_field_errors_keep_the_visitors_input(self):
        before = self._count_side_records()
        response = self._post(
            {
                "name": "Ann Example",
                "email": "ann@@example",
                "phone": "12",
                "company": "Initech",
                "message": "Hello",
            }
        )
        html = response.text
        self.assertEqual(response.status_code, 200)
        self.assertIn("This e-mail address is not valid.", html)
        self.assertIn("This phone number is not valid.", html)
        for kept in ('value="Ann Example"', 'value="ann@@example"', 'value="Initech"'):
            self.assertIn(kept, html)
        self.assertIn(">Hello</textarea>", html)
        self.assertEqual(html.count("is-invalid"), 2)
        self.assertEqual(self._count_side_records(), before)

    def test_name_and_a_way_to_reach_are_required(self):
        before = self._count_side_records()
        html = self._post({"name": "", "email": "", "phone": ""}).text
        self.assertIn("Please enter your name.", html)
        self.assertIn("Please leave an e-mail address or a phone number.", html)
        self.assertEqual(self._count_side_records(), before)

    def test_length_and_body_limits(self):
        before = self._count_side_records()
        html = self._post({"name": "N" * 129, "email": "n@example.com"}).text
        self.assertIn("This is too long: at most 128 characters.", html)
        response = self._post(
            {"name": "Big", "email": "big@example.com", "message": "x" * 70000}
        )
        self.assertEqual(response.status_code, 413)
        self.assertEqual(self._count_side_records(), before)

    def test_markup_is_stored_as_text_and_shown_escaped(self):
        payload = "<script>alert(1)</script><img src=x onerror=alert(2)>javascript:x"
        self._post(
            {
                "name": f"Eve {payload}",
                "email": "eve@example.com",
                "company": payload,
                "message": payload,
            }
        )
        lead = self._new_leads()
        self.assertEqual(lead.contact_name, f"Eve {payload}")
        self.assertEqual(lead.partner_name, payload)
        for html in (str(lead.description), str(lead.message_ids.mapped("body"))):
            self.assertNotIn("<script", html)
            self.assertNotIn("<img", html)
        self.assertIn("&lt;script&gt;", str(lead.description))
        # the card page shows the visitor's kept input escaped as well
        html = self._post({"name": payload, "email": "bad"}).text
        self.assertNotIn("<script>alert(1)", html)

    def test_line_breaks_in_name_or_email_are_refused(self):
        before = self._count_side_records()
        for data in (
            {"name": "Eve\r\nBcc: victim@example.com", "email": "eve@example.com"},
            {"name": "Eve", "email": "eve@example.com\r\nBcc: victim@example.com"},
            {"name": "Eve\x00Nul", "email": "eve@example.com"},
        ):
            with self.subTest(data=data):
                response = self._post(data)
                self.assertEqual(response.status_code, 200)
                self.assertIn("not allowed", response.text)
        self.assertEqual(self._count_side_records(), before)

    def test_unicode_names_are_stored_faithfully(self):
        names = [
            "محمد عبد الله",
            "王小明",
            "Zoë 🚀 Ünïcødé",
            "Åsa e\u0301\u0301 combining",
            "\u202egnirts desrever",
        ]
        for i, name in enumerate(names):
            response = self._post({"name": name, "email": f"u{i}@example.com"})
            self.assertEqual(response.status_code, 200)
        # stored as written, composed (NFC), without the right-to-left override
        stored = [*names[:3], "Åsa \u00e9\u0301 combining", "gnirts desrever"]
        self.assertEqual(
            sorted(self._new_leads().mapped("contact_name")), sorted(stored)
        )

    def test_known_partner_is_a_hint_only(self):
        partner = self.env["res.partner"].create(
            {"name": "Known Person", "email": "known@example.com", "phone": "+3211"}
        )
        write_date = partner.write_date
        self._post(
            {
                "name": "Imposter",
                "email": "KNOWN@example.com",
                "phone": "+32 470 00 00 01",
            }
        )
        lead = self._new_leads()
        self.assertFalse(lead.partner_id)
        self.assertEqual(lead.mtap_known_partner_id, partner)
        partner.invalidate_recordset()
        self.assertRecordValues(
            partner,
            [{"name": "Known Person", "email": "known@example.com", "phone": "+3211"}],
        )
        self.assertEqual(partner.write_date, write_date)

    def test_same_person_twice_updates_one_lead(self):
        self._post({"name": "Rita", "email": "rita@example.com", "message": "First"})
        self._post(
            {
                "name": "Rita R.",
                "email": "RITA@example.com",
                "company": "Rita Corp",
                "message": "Second <b>try</b>",
                "consent": "1",
            }
        )
        lead = self._new_leads()
        self.assertEqual(len(lead), 1)
        self.assertEqual(lead.mtap_exchange_count, 2)
        self.assertEqual(lead.partner_name, "Rita Corp")
        self.assertTrue(lead.mtap_consent)
        self.assertEqual(len(lead.activity_ids), 1)
        last = lead.message_ids.filtered(lambda m: "again" in str(m.body))
        self.assertIn("sent the Exchange Contacts form again", str(last.body))
        self.assertIn("Second &lt;b&gt;try&lt;/b&gt;", str(last.body))
        # by phone when no e-mail is given
        self._post({"name": "Phil", "phone": "+32 470 11 22 33"})
        self._post({"name": "Phil", "phone": "0470112233"})
        self.assertEqual(len(self._new_leads()), 2)
        # a lead of the same person on another card is another lead
        self.profile_b.is_published = True
        self._post(
            {"name": "Rita", "email": "rita@example.com"},
            url=f"/mtap/{self.profile_b.slug}",
            token=self._token(profile=self.profile_b),
        )
        self.assertEqual(len(self._new_leads()), 3)

    def test_consent_only_when_ticked(self):
        self._post({"name": "No Consent", "email": "nc@example.com"})
        lead = self._new_leads()
        self.assertRecordValues(
            lead,
            [
                {
                    "mtap_consent": False,
                    "mtap_consent_text": False,
                    "mtap_consent_date": False,
                }
            ],
        )
