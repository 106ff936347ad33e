from odoo.tests import TransactionCase


class TestSmoke(TransactionCase):
    def test_smoke(self):
        self.assertTrue(self.env["mtap.profile"].create({"name": "X"}).slug)
