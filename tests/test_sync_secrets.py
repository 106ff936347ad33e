from odoo.exceptions import AccessError
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestSyncSecrets(HttpCase):
    """A CRM token or webhook secret is readable by system administrators only:
    not by an mTap manager, through the ORM or JSON-RPC (case 55)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(
            cls.env,
            "sync_manager",
            groups="mtap_hub.group_mtap_manager,base.group_allow_export",
            password="sync_manager_pw1",
        )
        cls.connection = cls.env["mtap.sync.connection"].create(
            {"name": "Secret HubSpot", "vendor": "hubspot", "token": "pat-na1-SECRET"}
        )

    def test_manager_cannot_read_the_token_through_the_orm(self):
        connection = self.connection.with_user(self.manager)
        self.assertEqual(connection.name, "Secret HubSpot")
        for field in ("token", "secret", "api_base_url"):
            with self.assertRaises(AccessError):
                connection.read([field])
        values = connection.read()[0]
        self.assertNotIn("token", values)
        self.assertNotIn("pat-na1-SECRET", str(values))
        self.assertTrue(connection.has_token)
        # a manager sets a new token without ever reading it back
        connection.new_token = "pat-na1-NEWER"
        self.assertEqual(self.connection.token, "pat-na1-NEWER")
        connection.invalidate_recordset(["new_token"])
        self.assertFalse(connection.new_token, "never shown back")
        with self.assertRaises(AccessError):
            connection.export_data(["token"])

    def test_manager_cannot_read_oauth_secrets_or_their_tokens(self):
        connection = (
            self.env["mtap.sync.connection"]
            .create(
                {
                    "name": "Secret Zoho",
                    "vendor": "zoho",
                    "client_id": "1000.CLIENT",
                    "new_client_secret": "zoho-CLIENT-SECRET",
                    "new_refresh_token": "1000.REFRESH-SECRET",
                }
            )
            .with_user(self.manager)
        )
        self.assertTrue(connection.has_token)
        self.assertEqual(connection.client_id, "1000.CLIENT")
        for field in ("client_secret", "api_key"):
            with self.assertRaises(AccessError):
                connection.read([field])
        self.assertNotIn("SECRET", str(connection.read()))
        with self.assertRaises(AccessError):
            self.env["mtap.sync.credential"].with_user(self.manager).search([])
        # a manager replaces the refresh token without reading it
        connection.new_refresh_token = "1000.NEWER"
        credential = self.env["mtap.sync.credential"].search(
            [("connection_id", "=", connection.id)]
        )
        self.assertEqual(credential.refresh_token, "1000.NEWER")

    def test_manager_cannot_read_the_token_through_json_rpc(self):
        self.authenticate("sync_manager", "sync_manager_pw1")

        def call(method, args, kwargs):
            return self.url_open(
                "/web/dataset/call_kw",
                json={
                    "jsonrpc": "2.0",
                    "method": "call",
                    "params": {
                        "model": "mtap.sync.connection",
                        "method": method,
                        "args": args,
                        "kwargs": kwargs,
                    },
                },
            ).json()

        answer = call("read", [[self.connection.id], ["token"]], {})
        self.assertIn("error", answer)
        self.assertNotIn("pat-na1-SECRET", str(answer))
        answer = call(
            "search_read", [[("id", "=", self.connection.id)]], {"fields": ["token"]}
        )
        self.assertIn("error", answer)
        self.assertNotIn("pat-na1-SECRET", str(answer))
        answer = call(
            "web_read", [[self.connection.id]], {"specification": {"name": {}}}
        )
        self.assertEqual(answer["result"][0]["name"], "Secret HubSpot")
        self.assertNotIn("pat-na1-SECRET", str(answer))
