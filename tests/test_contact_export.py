from odoo.tests import BaseCase

from ..tools.person_name import split_name


class TestSplitName(BaseCase):
    def test_split_name(self):
        for name, parts in [
            ("Chidi Okafor", ("", "Chidi", "Okafor", "")),
            ("Ludwig van Beethoven", ("", "Ludwig", "van Beethoven", "")),
            ("Maria de la Cruz", ("", "Maria", "de la Cruz", "")),
            ("Jan van der Berg", ("", "Jan", "van der Berg", "")),
            ("Ursula von der Leyen", ("", "Ursula", "von der Leyen", "")),
            ("Jean-Claude Van Damme", ("", "Jean-Claude", "Van Damme", "")),
            ("Pablo Ruiz y Picasso", ("", "Pablo", "Ruiz y Picasso", "")),
            ("Mary Ann  Evans", ("", "Mary Ann", "Evans", "")),
            ("Ben Smith", ("", "Ben", "Smith", "")),
            ("Okafor, Chidi", ("", "Chidi", "Okafor", "")),
            ("Dr. Martin Luther King, Jr.", ("Dr.", "Martin Luther", "King", "Jr.")),
            ("Madonna", ("", "Madonna", "", "")),
            ("", ("", "", "", "")),
            (False, ("", "", "", "")),
        ]:
            with self.subTest(name=name):
                self.assertEqual(split_name(name), parts)
