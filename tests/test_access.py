from xmlrpc.client import Fault

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from .common import MtapCommon

ACCESS_DENIED = r"doesn't have '\w+' access"


@tagged("post_install", "-at_install")
class TestProfileAccess(MtapCommon):
    def test_user_sees_only_own_cards(self):
        Profile = self.env["mtap.profile"].with_user(self.user_a)
        self.assertEqual(Profile.search([]), self.profile_a)
        self.assertEqual(Profile.search_count([("slug", "=", "bob-mtap-q9z4")]), 0)
        groups = Profile.formatted_read_group([], ["user_id"], ["__count"])
        self.assertEqual(
            [(g["user_id"][0], g["__count"]) for g in groups], [(self.user_a.id, 1)]
        )
        Link = self.env["mtap.profile.link"].with_user(self.user_a)
        self.assertEqual(Link.search([]), self.profile_a.link_ids)

    def test_user_cannot_touch_another_users_card(self):
        theirs = self.profile_b.with_user(self.user_a)
        with self.assertRaises(AccessError):
            theirs.read(["name"])
        with self.assertRaises(AccessError):
            theirs.check_access("read")
        with self.assertRaises(AccessError):
            theirs.write({"name": "Hacked"})
        with self.assertRaises(AccessError):
            theirs.unlink()
        with self.assertRaises(AccessError):
            self.profile_b.link_ids.with_user(self.user_a).write({"url": "https://a.b"})
        with self.assertRaises(AccessError):
            self.env["mtap.profile.link"].with_user(self.user_a).create(
                {"profile_id": self.profile_b.id, "url": "https://evil.example.com"}
            )
        self.assertEqual(self.profile_b.name, "Bob Mtap")
        self.assertEqual(len(self.profile_b.link_ids), 1)

    def test_manager_reads_writes_and_deletes_every_card(self):
        Profile = self.env["mtap.profile"].with_user(self.manager)
        self.assertEqual(
            Profile.search([("id", "in", (self.profile_a | self.profile_b).ids)]),
            self.profile_a | self.profile_b,
        )
        self.profile_b.with_user(self.manager).write({"name": "Bob Renamed"})
        self.assertEqual(self.profile_b.name, "Bob Renamed")
        self.profile_a.with_user(self.manager).unlink()
        self.assertFalse(self.profile_a.exists())

    def test_portal_public_and_non_mtap_users_have_no_access(self):
        public = self.env.ref("base.public_user")
        for user in (self.portal, public, self.internal):
            for model in ("mtap.profile", "mtap.profile.link"):
                with self.subTest(user=user.login, model=model):
                    records = self.env[model].with_user(user)
                    for operation in ("read", "write", "create", "unlink"):
                        self.assertFalse(records.has_access(operation))
                    with self.assertRaises(AccessError):
                        records.search([])


@tagged("post_install", "-at_install")
class TestProfileRpcAccess(MtapCommon, HttpCase):
    def _rpc(self, login, method, *args, **kwargs):
        uid = self.xmlrpc_common.authenticate(self.env.cr.dbname, login, login, {})
        self.assertTrue(uid, f"{login} could not log in")
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname, uid, login, "mtap.profile", method, list(args), kwargs
        )

    def test_rpc_respects_ownership(self):
        found = self._rpc("mtap_user_a", "search_read", [], fields=["slug"])
        self.assertEqual([r["slug"] for r in found], ["alice-mtap-x7k2"])
        with self.assertRaisesRegex(Fault, ACCESS_DENIED):
            self._rpc("mtap_user_a", "read", [self.profile_b.id], ["name", "email"])
        with self.assertRaisesRegex(Fault, ACCESS_DENIED):
            self._rpc("mtap_user_a", "write", [self.profile_b.id], {"name": "Hacked"})
        with self.assertRaisesRegex(Fault, ACCESS_DENIED):
            self._rpc("mtap_user_a", "unlink", [self.profile_b.id])
        self.assertEqual(self.profile_b.name, "Bob Mtap")
        found = self._rpc("mtap_manager", "search_read", [], fields=["slug"])
        self.assertEqual(
            {r["slug"] for r in found}, {"alice-mtap-x7k2", "bob-mtap-q9z4"}
        )

    def test_rpc_portal_user_is_refused(self):
        with self.assertRaisesRegex(Fault, "not allowed to access 'mTap Card'"):
            self._rpc("mtap_portal", "search_read", [], fields=["slug"])
        with self.assertRaisesRegex(Fault, "not allowed to access 'mTap Card'"):
            self._rpc("mtap_portal", "read", [self.profile_a.id], ["name"])
