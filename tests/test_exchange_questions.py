import re

import vobject

from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command
from odoo.tests import BaseCase, tagged

from ..tools.exchange_questions import answer_lines, clean_answers
from .test_exchange import ExchangeCommon

INJECTION = '<script>alert("q")</script><img src=x onerror=alert(1)>'
ESCAPED = "&lt;script&gt;alert("
# the five questions of the tests' card, as its owner types them in the editor
QUESTIONS = [
    {
        "label": "What are you looking for?",
        "kind": "selection",
        "required": True,
        "choices": "A demo\nA quote",
    },
    {"label": "Which products?", "kind": "tags", "choices": "Rockets\nSatellites"},
    {"label": "Best time to call?", "kind": "char"},
    {"label": "Call you back?", "kind": "boolean"},
    {"label": "Budget?", "kind": "float"},
]


def edit_questions(record, user, lines):
    """Write the questions ``lines`` on ``record`` with the editor, as ``user``:
    a line with ``was`` (a question's label) changes that question, the others
    are new; the questions not kept are removed."""
    editor = record.env["mtap.question.editor"].with_user(user)
    editor = editor._mtap_open(record.with_user(user))
    existing = {line.label: line for line in editor.line_ids}
    commands = []
    for number, line in enumerate(lines):
        values = {k: v for k, v in line.items() if k != "was"}
        values["sequence"] = number
        if line.get("was") in existing:
            commands.append(Command.update(existing.pop(line["was"]).id, values))
        else:
            commands.append(Command.create(values))
    commands += [Command.delete(line.id) for line in existing.values()]
    editor.line_ids = commands
    return editor.action_save()


def question_names(record):
    return {q["string"]: q["name"] for q in record.question_definition}


class TestAnswerCleaning(BaseCase):
    """Every question type, read as the server reads a posted form."""

    DEFINITION = [
        {"name": "a", "string": "Text", "type": "char", "mtap_required": True},
        {"name": "b", "string": "Long", "type": "text"},
        {
            "name": "c",
            "string": "One",
            "type": "selection",
            "selection": [["x", "X"], ["y", "Y"]],
        },
        {
            "name": "d",
            "string": "Many",
            "type": "tags",
            "tags": [["r", "R", 0], ["s", "S", 0]],
        },
        {"name": "e", "string": "Yes?", "type": "boolean"},
        {"name": "f", "string": "When", "type": "date"},
        {"name": "g", "string": "Budget", "type": "float"},
    ]

    def test_every_type(self):
        answers, _shown, errors = clean_answers(
            self.DEFINITION,
            {
                "q_a": " Hi ",
                "q_b": "line 1\nline 2",
                "q_c": "y",
                "q_d__1": "s",
                "q_e": "no",
                "q_f": "2026-05-31",
                "q_g": "1 500,5",
            },
        )
        self.assertEqual(errors, {})
        self.assertEqual(
            answers,
            {
                "a": "Hi",
                "b": "line 1\nline 2",
                "c": "y",
                "d": ["s"],
                "e": False,
                "f": "2026-05-31",
                "g": 1500.5,
            },
        )
        self.assertEqual(
            answer_lines(self.DEFINITION, answers)[2:],
            [
                ("One", "Y"),
                ("Many", "S"),
                ("Yes?", "No"),
                ("When", "2026-05-31"),
                ("Budget", "1500.5"),
            ],
        )
        _answers, shown, errors = clean_answers(
            self.DEFINITION,
            {
                "q_a": "x\r\nBcc: a@b.c",
                "q_b": "b" * 2001,
                "q_c": "z",
                "q_d__0": "s",
                "q_e": "maybe",
                "q_f": "31/05/2026",
                "q_g": "inf",
            },
        )
        self.assertEqual(
            errors,
            {
                "q_a": "characters",
                "q_b": "too_long",
                "q_c": "choice",
                "q_d": "choice",
                "q_e": "choice",
                "q_f": "invalid",
                "q_g": "invalid",
            },
        )
        self.assertEqual(len(shown["q_b"]), 2000)
        self.assertEqual(clean_answers(self.DEFINITION, {})[2], {"q_a": "required"})


@tagged("post_install", "-at_install")
class TestExchangeQuestions(ExchangeCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        edit_questions(cls.profile_a, cls.user_a, QUESTIONS)
        cls.q = question_names(cls.profile_a)
        cls.looking = cls.q["What are you looking for?"]
        cls.choices = {
            label: value
            for value, label in cls.profile_a.question_definition[0]["selection"]
        }

    def _form(self, **answers):
        return {f"q_{self.q[label]}": value for label, value in answers.items()}

    def _lead(self, profile, email, answers):
        """A Lead of an Exchange on ``profile`` with the questions' ``answers``
        (already cleaned: name -> value)."""
        values = {
            "name": email.split("@")[0],
            "email": email,
            "email_normalized": email,
            "answers": answers,
        }
        return self.env["mtap.exchange"].sudo()._lead_from_exchange(profile, values)

    def test_questions_on_a_card_and_on_a_template(self):
        self.assertEqual(list(self.q), [line["label"] for line in QUESTIONS])
        self.assertIn("A demo, A quote, required", self.profile_a.question_summary)
        # at most five by default: a sixth is refused, and allowed by the setting
        sixth = [*QUESTIONS, {"label": "Where did we meet?", "kind": "char"}]
        with self.assertRaises(ValidationError):
            edit_questions(self.profile_a, self.user_a, sixth)
        # a locked template's questions are every card's, changed on the template
        question = [{"label": "Team size?", "kind": "float", "required": True}]
        template = self.env["mtap.card.template"].create(
            {"name": "Fair", "question_definition_locked": True}
        )
        edit_questions(template, self.manager, question)
        card = (
            self.env["mtap.profile"]
            .with_user(self.user_b)
            .create({"name": "Bob Fair", "template_id": template.id})
        )
        self.assertEqual(card.question_definition, template.question_definition)
        with self.assertRaises(UserError):
            edit_questions(card, self.user_b, [{"label": "Mine?", "kind": "char"}])
        edit_questions(template, self.manager, [*question, QUESTIONS[2]])
        self.assertEqual(
            list(question_names(card)), ["Team size?", QUESTIONS[2]["label"]]
        )
        # a default: copied once, then the card's own
        template.question_definition_locked = False
        own = (
            self.env["mtap.profile"]
            .with_user(self.user_b)
            .create({"name": "Bob Own", "template_id": template.id})
        )
        edit_questions(own, self.user_b, [{"label": "Mine?", "kind": "char"}])
        self.assertEqual(list(question_names(own)), ["Mine?"])
        self.assertEqual(len(template.question_definition), 2)

    def test_the_page_asks_them_without_javascript_within_its_budget(self):
        response = self.url_open(self.url)
        html = response.text
        self.assertLess(len(response.content), 60 * 1024)  # five questions
        self.assertNotIn("<script", html)
        key = f"q_{self.looking}"
        self.assertRegex(
            html,
            rf'<label for="mtap_exchange_{key}">\s*What are you looking for\?'
            r'<span class="req" aria-hidden="true"> \*</span>',
        )
        select = re.search(rf'<select id="mtap_exchange_{key}"[^>]*>', html)[0]
        self.assertIn('required="required"', select)
        self.assertIn('<option value="">', html)
        self.assertRegex(html, r"<legend>Which products\?</legend>")
        tags = re.findall(r"<(?:input|select|textarea)\b[^>]*>", html)

        def has(*parts):
            return any(all(part in tag for part in parts) for tag in tags)

        self.assertTrue(has('type="checkbox"', '__1"', 'value="satellites"'))
        self.assertTrue(has('type="radio"', 'value="no"', 'name="q_'))
        self.assertTrue(has('type="number"', 'step="any"', 'name="q_'))
        self.assertTrue(has('type="text"', 'maxlength="128"', 'name="q_'))

    def test_answers_are_checked_on_the_server_and_kept_when_refused(self):
        before = self._count_side_records()
        sent = self._post(
            {
                "name": "Quinn",
                "email": "quinn@example.com",
                **self._form(**{"Best time to call?": INJECTION, "Budget?": "lots"}),
                f"q_{self.q['Which products?']}__0": "everything",
            }
        )
        self.assertEqual(self._count_side_records(), before)
        self.assertTrue(sent.url.endswith(f"#mtap_exchange_q_{self.looking}"))
        html = sent.text
        self.assertIn("Please answer this question.", html)
        self.assertIn("Please pick one of the choices offered.", html)
        self.assertIn("Please enter a number", html)
        # the visitor's input is back, escaped
        self.assertIn('value="quinn@example.com"', html)
        self.assertIn(f'value="{ESCAPED}', html)
        self.assertNotIn(INJECTION, html)
        self.assertIn('value="lots"', html)
        select = re.search(r"<select [^>]*>", html)[0]
        self.assertIn('autofocus="autofocus"', select)
        # a choice not in the list, a too long answer
        sent = self._post(
            {
                "name": "Quinn",
                "email": "quinn@example.com",
                **self._form(
                    **{
                        "What are you looking for?": "a-bribe",
                        "Best time to call?": "x" * 129,
                    }
                ),
            }
        )
        self.assertIn("Please pick one of the choices offered.", sent.text)
        self.assertIn("at most 128 characters", sent.text)
        self.assertEqual(self._count_side_records(), before)

    def test_answers_on_the_lead_and_escaped_in_every_sink(self):
        self._post(
            {
                "name": "Ann Swer",
                "email": "ann@example.com",
                **self._form(
                    **{
                        "What are you looking for?": self.choices["A quote"],
                        "Best time to call?": INJECTION,
                        "Call you back?": "yes",
                        "Budget?": "2500",
                    }
                ),
                f"q_{self.q['Which products?']}__1": "satellites",
            }
        )
        lead = self._new_leads()
        self.assertEqual(len(lead), 1)
        stored = {
            p["string"]: p["value"]
            for p in lead.read(["mtap_answers"])[0]["mtap_answers"]
        }
        self.assertEqual(
            stored,
            {
                "What are you looking for?": self.choices["A quote"],
                "Which products?": ["satellites"],
                "Best time to call?": INJECTION,
                "Call you back?": True,
                "Budget?": 2500.0,
            },
        )
        self.assertEqual(
            lead.mtap_answers_text.splitlines(),
            [
                "What are you looking for? A quote",
                "Which products? Satellites",
                f"Best time to call? {INJECTION}",
                "Call you back? Yes",
                "Budget? 2500",
            ],
        )
        # chatter and the owner's notification
        note = lead.message_ids.filtered(lambda m: "left their details" in m.body)
        self.assertIn(ESCAPED, note.body)
        self.assertNotIn("<script", note.body)
        self.env["mtap.exchange"]._cron_notify()
        notification = self.env["mail.message"].search(
            [
                ("model", "=", "crm.lead"),
                ("res_id", "=", lead.id),
                ("partner_ids", "in", self.user_a.partner_id.ids),
            ]
        )
        self.assertEqual(len(notification), 1)
        self.assertIn("Budget? 2500", notification.body)
        self.assertIn(ESCAPED, notification.body)
        self.assertNotIn("<script", notification.body)
        # the follow-up template and the rule's placeholder
        template = self.env.ref("mtap_hub.mail_template_mtap_followup_lead")
        body = template._render_field("body_html", lead.ids)[lead.id]
        self.assertIn("Call you back? Yes", body)
        self.assertNotIn("<script", body)
        rule = self.env["mtap.followup.rule"].new({"note": "<p>{answers}</p>"})
        rendered = rule._render(rule.note, {"answers": lead.mtap_answers_text}, True)
        self.assertIn("A quote<br/>Which products?", rendered)
        self.assertNotIn("<script", rendered)
        # the Contact it becomes: its note, its answers and its vCard
        wizard = (
            self.env["mtap.lead.convert"]
            .with_user(self.user_a)
            .create({"lead_ids": [Command.set(lead.ids)]})
        )
        wizard.action_apply()
        contact = lead.mtap_contact_id
        self.assertEqual(contact.mtap_answers, lead.mtap_answers_text)
        self.assertIn("Budget? 2500", contact.comment)
        self.assertIn(ESCAPED, contact.comment)
        self.assertNotIn("<script", contact.comment)
        vcard = vobject.readOne(
            self.env["res.partner"]._mtap_export_vcf(contact.ids).decode()
        )
        self.assertIn(f"Best time to call? {INJECTION}", vcard.note.value)
        self.assertEqual(len(vcard.contents["note"]), 1)

    def test_two_cards_and_changed_questions(self):
        edit_questions(
            self.profile_b,
            self.user_b,
            [{"label": "Which product?", "kind": "char", "required": True}],
        )
        product = question_names(self.profile_b)["Which product?"]
        lead_a = self._lead(
            self.profile_a,
            "a@example.com",
            {self.looking: self.choices["A demo"], self.q["Budget?"]: 900.0},
        )
        lead_b = self._lead(self.profile_b, "b@example.com", {product: "Rockets"})
        read = {
            lead: [
                (p["string"], p.get("value"))
                for p in lead.read(["mtap_answers"])[0]["mtap_answers"]
            ]
            for lead in lead_a | lead_b
        }
        self.assertEqual(read[lead_b], [("Which product?", "Rockets")])
        self.assertEqual(
            [label for label, _v in read[lead_a]], [line["label"] for line in QUESTIONS]
        )
        # the owner renames the first question and drops the budget
        changed = [
            {**QUESTIONS[0], "label": "Your goal?", "was": QUESTIONS[0]["label"]},
            *({**line, "was": line["label"]} for line in QUESTIONS[1:4]),
        ]
        edit_questions(self.profile_a, self.user_a, changed)
        lead_a.invalidate_recordset()
        self.assertEqual(
            lead_a.mtap_answers_text,
            "What are you looking for? A demo\nBudget? 900",
        )
        now = {
            p["string"]: p.get("value")
            for p in lead_a.read(["mtap_answers"])[0]["mtap_answers"]
        }
        self.assertEqual(now["Your goal?"], self.choices["A demo"])
        self.assertNotIn("Budget?", now)
        self.env.flush_all()
        self.env.cr.execute(
            "SELECT mtap_answers FROM crm_lead WHERE id = %s", [lead_a.id]
        )
        self.assertEqual(self.env.cr.fetchone()[0][self.q["Budget?"]], 900.0)
        # a second Exchange of the same person keeps the answer no more asked
        again = self._lead(
            self.profile_a, "a@example.com", {self.looking: self.choices["A quote"]}
        )
        self.assertEqual(again, lead_a)
        self.env.flush_all()
        self.env.cr.execute(
            "SELECT mtap_answers FROM crm_lead WHERE id = %s", [lead_a.id]
        )
        self.assertEqual(
            self.env.cr.fetchone()[0],
            {self.looking: self.choices["A quote"], self.q["Budget?"]: 900.0},
        )
        self.assertEqual(lead_a.mtap_answers_text, "Your goal? A quote")

    def test_leads_filtered_and_grouped_by_an_answer(self):
        for number, choice in enumerate(("A demo", "A demo", "A quote")):
            self._lead(
                self.profile_a,
                f"g{number}@example.com",
                {self.looking: self.choices[choice]},
            )
        Lead = self.env["crm.lead"].with_user(self.user_a)
        key = f"mtap_answers.{self.looking}"
        self.assertEqual(len(Lead.search([(key, "=", self.choices["A demo"])])), 2)
        groups = Lead.formatted_read_group(
            [("mtap_profile_id", "=", self.profile_a.id)], [key], ["__count"]
        )
        self.assertEqual(
            {g[key]: g["__count"] for g in groups},
            {self.choices["A demo"]: 2, self.choices["A quote"]: 1},
        )
        # another user's Leads stay out of reach
        self.assertFalse(
            self.env["crm.lead"].with_user(self.user_b).search([(key, "!=", False)])
        )


@tagged("post_install", "-at_install")
class TestExchangeQuestionsTour(ExchangeCommon):
    browser_size = "390x844"
    touch_enabled = True

    def test_a_phone_fills_the_questions(self):
        edit_questions(self.profile_a, self.user_a, QUESTIONS)
        self.start_tour(f"{self.url}?debug=tests", "mtap_hub_exchange_questions_tour")
        lead = self._new_leads()
        self.assertEqual(
            lead.mtap_answers_text.splitlines(),
            [
                "What are you looking for? A demo",
                "Which products? Rockets",
                "Best time to call? Mornings",
                "Call you back? Yes",
                "Budget? 1200",
            ],
        )
