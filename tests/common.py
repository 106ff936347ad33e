from odoo.tests import new_test_user

from odoo.addons.base.tests.common import BaseCommon


class MtapCommon(BaseCommon):
    """Users, a Belgian company and one card per user, shared by the mTap tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.company.country_id = cls.env.ref("base.be")
        cls.user_a = new_test_user(
            cls.env, "mtap_user_a", groups="mtap_hub.group_mtap_user", name="Alice Mtap"
        )
        cls.user_b = new_test_user(
            cls.env, "mtap_user_b", groups="mtap_hub.group_mtap_user", name="Bob Mtap"
        )
        cls.manager = new_test_user(
            cls.env,
            "mtap_manager",
            groups="mtap_hub.group_mtap_manager",
            name="Mona Mtap",
        )
        cls.internal = new_test_user(
            cls.env, "mtap_internal", groups="base.group_user", name="Ian Internal"
        )
        cls.portal = new_test_user(
            cls.env, "mtap_portal", groups="base.group_portal", name="Pat Portal"
        )
        Profile = cls.env["mtap.profile"]
        cls.profile_a = Profile.with_user(cls.user_a).create(
            {
                "name": "Alice Mtap",
                "slug": "alice-mtap-x7k2",
                "link_ids": [
                    (0, 0, {"kind": "linkedin", "url": "https://linkedin.com/in/a"})
                ],
            }
        )
        cls.profile_b = Profile.with_user(cls.user_b).create(
            {
                "name": "Bob Mtap",
                "slug": "bob-mtap-q9z4",
                "link_ids": [(0, 0, {"kind": "x", "url": "https://x.com/bob"})],
            }
        )
