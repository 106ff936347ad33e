import base64

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from .common import MtapTeamsCommon, image_b64


@tagged("post_install", "-at_install")
class TestCardTemplate(MtapTeamsCommon):
    def _template_cards(self, count, template=None):
        """``count`` cards of ``template`` (the common one by default), of as many
        new users."""
        template = template or self.template
        users = self.env["res.users"].create(
            [
                {
                    "name": f"Temp User {template.id}-{n}",
                    "login": f"temp_{template.id}_{n}@acme.example",
                }
                for n in range(count)
            ]
        )
        return self.env["mtap.profile"].create(
            [
                {"name": user.name, "user_id": user.id, "template_id": template.id}
                for user in users
            ]
        )

    def test_new_card_takes_the_template(self):
        card = self.env["mtap.profile"].create(
            {
                "name": "Carla Team",
                "user_id": self.user_c.id,
                "template_id": self.template.id,
            }
        )
        self.assertEqual(card.company_name, "Acme Corporation")
        self.assertEqual(card.website, "https://www.acme.example")
        self.assertEqual(card.company_address, "Rue de la Loi 16\n1000 Brussels")
        self.assertEqual(card.accent_color, "#0a6e4f")
        self.assertEqual(card.team_id, self.team)
        self.assertEqual(card.lead_tag_ids, self.tag_event)
        self.assertEqual(
            card.link_ids.mapped("url"), ["https://linkedin.com/company/acme"]
        )
        self.assertEqual(card.link_ids.template_link_id, self.template.link_ids)
        # the locked logo is the template's, not a copy per card
        self.assertFalse(card.logo)
        # the cover is locked too: the card shows the template's (none)
        self.assertEqual(
            card._card_image_holders(),
            {"logo": self.template, "cover_image": self.template},
        )
        self.assertEqual(list(card._card_image_versions()), ["logo"])
        self.assertTrue(card._card_image("logo", 32).startswith(b"RIFF"))
        self.assertIn("company_name", card.template_locked_fields)
        self.assertNotIn("team_id", card.template_locked_fields)

    def test_locked_field_refused_for_the_user(self):
        card = self.env["mtap.profile"].create(
            {
                "name": "Carla Team",
                "user_id": self.user_c.id,
                "template_id": self.template.id,
            }
        )
        mine = card.with_user(self.user_c)
        with self.assertRaisesRegex(
            UserError, "locked by the card template Sales Team"
        ):
            mine.write({"company_name": "Carla's Side Business"})
        with self.assertRaisesRegex(UserError, "locked"):
            mine.write({"website": "https://carla.example"})
        with self.assertRaisesRegex(UserError, "locked"):
            mine.write({"logo": image_b64("red", (64, 64))})
        # a manager changes the template, not one card
        with self.assertRaisesRegex(UserError, "locked"):
            card.with_user(self.manager).write({"accent_color": "#ff0000"})
        self.assertEqual(card.company_name, "Acme Corporation")
        # the template's own value, and what is not locked, may be written
        mine.write({"company_name": "Acme Corporation", "website": "www.acme.example"})
        mine.write({"job_title": "Buyer", "team_id": False, "lead_tag_ids": [(5,)]})
        self.assertEqual((card.job_title, card.team_id.id), ("Buyer", False))
        # only a manager takes a card off its template (it would escape the locks)
        with self.assertRaisesRegex(AccessError, "Only an mTap manager"):
            mine.write({"template_id": False})

    def test_locked_links_stay_and_own_links_are_free(self):
        card = self.env["mtap.profile"].create(
            {
                "name": "Carla Team",
                "user_id": self.user_c.id,
                "template_id": self.template.id,
            }
        )
        mine = card.with_user(self.user_c)
        locked = mine.link_ids
        with self.assertRaisesRegex(UserError, "locks it"):
            locked.write({"url": "https://linkedin.com/in/carla"})
        with self.assertRaisesRegex(UserError, "locks them"):
            locked.unlink()
        with self.assertRaisesRegex(UserError, "locks"):
            mine.write({"link_ids": [(2, locked.id)]})
        locked.write({"sequence": 50})  # the order is the person's
        mine.write({"link_ids": [(0, 0, {"kind": "x", "url": "https://x.com/carla"})]})
        own = mine.link_ids - locked
        own.write({"url": "https://x.com/carla2"})
        own.unlink()
        # the template changes its link, and adds one: on every card
        self.template.link_ids.write({"url": "https://linkedin.com/company/acme-corp"})
        self.template.write(
            {
                "link_ids": [
                    (0, 0, {"kind": "website", "url": "https://acme.example/jobs"})
                ]
            }
        )
        self.assertEqual(
            sorted(card.link_ids.mapped("url")),
            ["https://acme.example/jobs", "https://linkedin.com/company/acme-corp"],
        )
        # unlocked: the links stay on the card, as its owner's
        self.template.link_ids_locked = False
        self.assertFalse(card.link_ids.template_link_id)
        mine.link_ids[0].write({"label": "Mine now"})

    def test_default_field_filled_once(self):
        self.template.write({"website_locked": False, "team_id_locked": False})
        card = self.env["mtap.profile"].create(
            {
                "name": "Carla Team",
                "user_id": self.user_c.id,
                "template_id": self.template.id,
            }
        )
        self.assertEqual(card.website, "https://www.acme.example")
        card.with_user(self.user_c).write({"website": "https://carla.example"})
        self.template.write({"website": "https://acme.example/new"})
        self.assertEqual(card.website, "https://carla.example")
        # locking it again makes it the template's on every card
        self.template.website_locked = True
        self.assertEqual(card.website, "https://acme.example/new")

    def test_template_change_reaches_all_cards_in_one_batch(self):
        """Changing locked fields costs the same number of queries for 5 cards
        and for 60: one batch, not one update per card."""
        self.template.lead_tag_ids_locked = True
        big_template = self.template.copy({"name": "Big Team"})
        small = self._template_cards(5)
        big = self._template_cards(60, big_template)

        def change(template, name):
            self.env.invalidate_all()
            start = self.env.cr.sql_log_count
            template.write(
                {
                    "company_name": name,
                    "accent_color": "#123456",
                    "lead_tag_ids": [(6, 0, [])],
                    "consent_text": "I agree to hear from Acme.",
                }
            )
            self.env.flush_all()
            return self.env.cr.sql_log_count - start

        queries_small = change(self.template, "Acme Small")
        queries_big = change(big_template, "Acme Big")
        self.assertEqual(set(small.mapped("company_name")), {"Acme Small"})
        self.assertEqual(set(big.mapped("company_name")), {"Acme Big"})
        self.assertEqual(set(big.mapped("accent_color")), {"#123456"})
        self.assertFalse(big.lead_tag_ids)
        self.assertEqual(
            set(big.mapped("consent_text")), {"I agree to hear from Acme."}
        )
        self.assertLessEqual(queries_big, queries_small, "queries grew with the cards")
        self.assertIn("60 cards updated", big_template.message_ids[0].body)

    def test_update_notice_counts_the_cards_before_saving(self):
        self._template_cards(3)
        with Form(self.template.with_user(self.manager)) as form:
            self.assertFalse(form.update_notice)
            form.company_name = "Acme Renamed"
            self.assertIn("Saving updates the 3 cards", form.update_notice)
            self.assertIn("Company Name", form.update_notice)
            form.company_name = "Acme Corporation"
            self.assertFalse(form.update_notice)
            form.team_id_locked = True
            self.assertIn("Sales Team", form.update_notice)

    def test_shared_image_unlocked_becomes_each_cards_own(self):
        card = self._template_cards(1)
        self.assertFalse(card.logo)
        self.template.logo_locked = False
        self.assertEqual(card.logo, self.template.logo)
        self.assertEqual(card._card_image_holders(), {"cover_image": self.template})
        # and it may be changed on the card now
        card.write({"logo": image_b64("red", (64, 64))})
        self.assertNotEqual(card.logo, self.template.logo)

    def test_card_moved_to_a_template_and_off_it(self):
        self.profile_a.write({"company_name": "Alice Ltd", "website": False})
        self.profile_a.with_user(self.manager).write({"template_id": self.template.id})
        self.assertEqual(self.profile_a.company_name, "Acme Corporation")
        self.assertIn(
            "https://linkedin.com/company/acme", self.profile_a.link_ids.mapped("url")
        )
        self.profile_a.with_user(self.manager).write({"template_id": False})
        # it keeps what the template showed, as its own
        self.assertEqual(self.profile_a.logo, self.template.logo)
        self.assertFalse(self.profile_a.link_ids.template_link_id)
        self.profile_a.with_user(self.user_a).write({"company_name": "Alice Ltd"})

    def test_template_with_cards_is_archived_not_deleted(self):
        self._template_cards(1)
        with self.assertRaisesRegex(UserError, "archive the template"):
            self.template.unlink()
        self.template.action_archive()
        self.assertFalse(self.template.active)

    def test_card_page_and_vcard_show_the_address(self):
        card = self._template_cards(1)
        vcard = card._get_vcard_file().decode()
        # in its parts, as phone books file it
        self.assertIn("ADR;TYPE=work:;;Rue de la Loi 16;Brussels;;1000;", vcard)

    def test_template_follow_up_rule_for_leads(self):
        rule = self.env["mtap.followup.rule"].create(
            {
                "name": "Team Leads",
                "applies_to": "lead",
                "first_delay": 5,
                "sequence": 999,
            }
        )
        self.template.write(
            {"lead_followup_rule_id": rule.id, "lead_followup_rule_id_locked": True}
        )
        card = self._template_cards(1)
        card.is_published = True
        self.assertEqual(card.lead_followup_rule_id, rule)
        lead = self._exchange_lead(card, "Vic Visitor", email="vic@visitor.example")
        self.assertEqual(lead.mtap_followup_rule_id, rule)
        other = self._exchange_lead(self.profile_a, "Ola Other", email="ola@o.example")
        self.assertNotEqual(other.mtap_followup_rule_id, rule)

    def test_bad_values_refused(self):
        with self.assertRaisesRegex(Exception, "#rrggbb"):
            self.template.accent_color = "red"
        rule = self.env["mtap.followup.rule"].search(
            [("applies_to", "=", "contact")], limit=1
        )
        with self.assertRaisesRegex(Exception, "rule for Leads"):
            self.template.lead_followup_rule_id = rule
        with self.assertRaisesRegex(Exception, "refused"):
            self.template.website = "javascript:alert(1)"

    def test_user_reads_but_cannot_edit_templates(self):
        as_user = self.template.with_user(self.user_c)
        self.assertEqual(as_user.name, "Sales Team")
        with self.assertRaises(AccessError):
            as_user.write({"company_name": "Mine"})
        with self.assertRaises(AccessError):
            self.env["mtap.card.template"].with_user(self.user_c).create({"name": "X"})
        self.assertTrue(base64.b64decode(self.template.logo))
