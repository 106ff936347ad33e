from odoo.exceptions import AccessError
from odoo.tests import Form, tagged

from .common import MtapTeamsCommon


@tagged("post_install", "-at_install")
class TestCardSignature(MtapTeamsCommon):
    def setUp(self):
        super().setUp()
        self.profile_a.write(
            {
                "name": 'Alice <script>alert("x")</script> & Co',
                "job_title": '<img src=x onerror="alert(1)">',
                "company_name": 'Smith & "Sons" <b>',
                "email": "alice@a.example",
                "phone": "+32 470 12 34 56",
                "is_published": True,
            }
        )

    def _wizard(self, user, **values):
        form = Form(
            self.env["mtap.card.signature"]
            .with_user(user)
            .with_context(default_profile_id=self.profile_a.id)
        )
        for name, value in values.items():
            setattr(form, name, value)
        return form.save()

    def test_signature_is_escaped_and_set(self):
        wizard = self._wizard(self.user_a)
        html = wizard.signature_source
        self.assertNotIn("<script", html)
        self.assertNotIn("<img src=x", html)
        self.assertNotIn("<b>", html)
        self.assertIn('Alice &lt;script&gt;alert("x")&lt;/script&gt; &amp; Co', html)
        self.assertIn('&lt;img src=x onerror="alert(1)"&gt;', html)
        self.assertIn('Smith &amp; "Sons" &lt;b&gt;', html)
        self.assertIn("+32 470 12 34 56", html)
        url = self.profile_a.public_url
        # the link says it came from the signature; the QR image is the card's
        self.assertIn(f'href="{url}?s=signature"', html)
        self.assertIn(f'src="{url}/qr.png"', html)
        wizard.action_set_signature()
        # what is shown to copy is exactly what Odoo stores and sends
        self.assertEqual(str(self.user_a.signature), html)

    def test_without_qr_and_unpublished(self):
        self.profile_a.is_published = False
        wizard = self._wizard(self.user_a, include_qr=False)
        self.assertNotIn("qr.png", wizard.signature_source)
        self.assertIn("not published", wizard.warning)

    def test_only_the_owner_sets_it(self):
        wizard = self._wizard(self.manager)
        self.assertFalse(wizard.is_owner)
        with self.assertRaisesRegex(AccessError, "Only the card's owner"):
            wizard.action_set_signature()
        self.assertFalse(str(self.manager.signature or "").count("qr.png"))
