import base64
import importlib.util
import io
import os

from PIL import Image

from odoo.modules.module import get_module_path
from odoo.tests import new_test_user

from odoo.addons.base.tests.common import BaseCommon
from odoo.addons.mtap_hub.tools.exchange_form import clean_exchange_form


def load_migration(version, step="post"):
    """The add-on's migration script ``migrations/<version>/<step>-migrate.py``,
    loaded as a module (its ``migrate(cr, version)`` to call)."""
    path = os.path.join(
        get_module_path("mtap_hub"), "migrations", version, f"{step}-migrate.py"
    )
    name = f"mtap_hub_migration_{version.replace('.', '_')}_{step}"
    spec = importlib.util.spec_from_file_location(name, path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    return migration


def image_b64(color="red", size=(300, 300), image_format="PNG", mode="RGB"):
    """A plain image, base64-encoded as Odoo's image fields take it."""
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, format=image_format)
    return base64.b64encode(buffer.getvalue())


def delete_committed_card(env, profile_id):
    """Remove a card committed by a test that serves real requests, with its Leads
    and their queued mails."""
    leads = (
        env["crm.lead"]
        .with_context(active_test=False)
        .search([("mtap_profile_id", "=", profile_id)])
    )
    env["mail.mail"].search(
        [("model", "=", "crm.lead"), ("res_id", "in", leads.ids)]
    ).unlink()
    leads.unlink()
    env["mtap.profile"].browse(profile_id).unlink()
    env.cr.execute("DELETE FROM mtap_rate_limit")


# what a person typed, scanned or converted keeps: compared field by field
PERSON_FIELDS = (
    "name",
    "email",
    "phone",
    "function",
    "website",
    "street",
    "street2",
    "zip",
    "city",
    "state_id",
    "country_id",
    "type",
    "comment",
)


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

    @classmethod
    def _exchange_lead(cls, profile, name, **fields):
        """A Lead as the public Exchange form creates it: the posted ``fields``
        (email, phone, company, job_title, message, consent) go through the same
        cleaning and the same ``mtap.exchange`` the controller uses."""
        country = profile.company_id.country_id or cls.env.company.country_id
        values, errors = clean_exchange_form(
            {"name": name, **fields}, country.code, country.phone_code
        )
        if errors:
            raise AssertionError(f"bad test input {fields}: {errors}")
        return cls.env["mtap.exchange"].sudo()._lead_from_exchange(profile, values)

    @classmethod
    def _mtap_contacts(cls, user, vals_list):
        """mTap Contacts of ``user`` created in one batch, as that user."""
        return (
            cls.env["res.partner"]
            .with_user(user)
            .with_context(tracking_disable=True)
            .create([{**vals, "mtap_is_contact": True} for vals in vals_list])
        )


class MtapTeamsCommon(MtapCommon):
    """A card template of the company (locked company details, a locked link) and
    two more users without a card, for the team tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tag_event = cls.env["crm.tag"].create({"name": "Team Event"})
        cls.team = cls.env["crm.team"].create({"name": "Team Sales"})
        cls.template = cls.env["mtap.card.template"].create(
            {
                "name": "Sales Team",
                "company_name": "Acme Corporation",
                "website": "www.acme.example",
                "company_address": "Rue de la Loi 16\n1000 Brussels",
                "accent_color": "#0a6e4f",
                "logo": image_b64("navy", (200, 200)),
                "team_id": cls.team.id,
                "lead_tag_ids": [(6, 0, cls.tag_event.ids)],
                "link_ids_locked": True,
                "link_ids": [
                    (
                        0,
                        0,
                        {
                            "kind": "linkedin",
                            "label": "Acme on LinkedIn",
                            "url": "https://linkedin.com/company/acme",
                        },
                    )
                ],
            }
        )
        cls.user_c = new_test_user(
            cls.env,
            "mtap_user_c",
            groups="mtap_hub.group_mtap_user",
            name="Carla Team",
            email="carla@acme.example",
        )
        cls.user_d = new_test_user(
            cls.env,
            "mtap_user_d",
            groups="mtap_hub.group_mtap_user",
            name="Dario Team",
            email="dario@acme.example",
        )

    @classmethod
    def _bulk_create(cls, users, template=None, as_user=None, **options):
        """Run the Create mTap Cards wizard for ``users`` (as ``as_user``, the
        manager by default) and return the new cards and the existing ones."""
        wizard = (
            cls.env["mtap.card.bulk"]
            .with_user(as_user or cls.manager)
            .create(
                {
                    "template_id": (template or cls.template).id,
                    "user_ids": [(6, 0, users.ids)],
                    **options,
                }
            )
        )
        return wizard._action_create_cards()
