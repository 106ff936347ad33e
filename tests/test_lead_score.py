from odoo.tests import BaseCase

from ..tools.lead_score import RULES, is_free_mail, score_lead

FULL = {
    "name": "Ada Lovelace",
    "email": "ada@analytical.example",
    "phone": "+442079460958",
    "valid_phone": True,
    "company": "Analytical Engines",
    "job_title": "Engineer",
    "message": "Let's talk",
    "consent": True,
    "known_contact": True,
}


class TestLeadScore(BaseCase):
    def test_maxima_add_up_to_100(self):
        self.assertEqual(sum(maximum for _key, maximum in RULES), 100)
        self.assertEqual(score_lead(FULL)[0], 100)

    def test_each_rule_counts(self):
        expected_loss = {
            "name": 6,
            "job_title": 6,
            "valid_phone": 15,
            "message": 10,
            "consent": 10,
            "known_contact": 15,
        }
        for key, loss in expected_loss.items():
            with self.subTest(key=key):
                data = {**FULL, key: False if isinstance(FULL[key], bool) else ""}
                self.assertEqual(score_lead(data)[0], 100 - loss)

    def test_free_mail_counts_less_than_company_mail(self):
        free, _parts = score_lead({**FULL, "email": "ada@Gmail.com"})
        none, _parts = score_lead({**FULL, "email": ""})
        self.assertEqual(free, 100 - 15)
        # no e-mail: also one detail fewer
        self.assertEqual(none, 100 - 20 - 6)
        self.assertTrue(is_free_mail("someone@hotmail.com"))
        self.assertFalse(is_free_mail("someone@acme.example"))
        self.assertFalse(is_free_mail(""))

    def test_parts_explain_the_score(self):
        score, parts = score_lead({"name": "Ada", "email": "ada@gmail.com"})
        self.assertEqual([key for key, _p, _m in parts], [key for key, _m in RULES])
        self.assertEqual(score, sum(points for _k, points, _m in parts))
        self.assertEqual({k: p for k, p, _m in parts}["company_email"], 5)
        self.assertEqual(score, 12 + 5)

    def test_whitespace_is_not_content(self):
        self.assertEqual(score_lead({"name": "  ", "message": "\n"})[0], 0)
