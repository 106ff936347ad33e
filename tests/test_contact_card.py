"""Issue 16: one path from a card to a Contact (phone-book import, card scan, QR code),
and nothing a card holds is lost (cases 43-46)."""

import base64

from odoo.tests import TransactionCase

from odoo.addons.mtap_hub.tools.country_names import country_codes, fold
from odoo.addons.mtap_hub.tools.vcard import main_address, parse_card

from .test_contact_import import PIXEL

PIXEL_B64 = base64.b64encode(PIXEL).decode()


def vcf(*cards):
    """A .vcf file of ``cards``, each a list of property lines, as phones write it
    (CRLF line ends)."""
    return "".join(
        "\r\n".join(["BEGIN:VCARD", *card, "END:VCARD", ""]) for card in cards
    ).encode()


class TestCardParser(TransactionCase):
    """``tools.vcard.parse_card`` on what real address books write."""

    def test_type_lists_in_every_form(self):
        card = parse_card(
            vcf(
                [
                    "VERSION:3.0",
                    "FN:Types",
                    "TEL;TYPE=work,fax:+32 2 000 00 01",
                    "TEL;TYPE=work;TYPE=fax:+32 2 000 00 02",
                    'TEL;TYPE="work,fax":+32 2 000 00 03',
                    "TEL;WORK;FAX:+32 2 000 00 04",
                    "tel;type=PAGER:+32 2 000 00 05",
                    "TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+32-470-00-00-06",
                    "TEL;TYPE=HOME:+32 2 000 00 07",
                ]
            ).decode()
        )
        # a fax or pager comes after every number one can call
        self.assertEqual(
            card["phones"],
            [
                ("+32-470-00-00-06", ["cell", "pref"]),
                ("+32 2 000 00 07", ["home"]),
                ("+32 2 000 00 01", ["work", "fax"]),
                ("+32 2 000 00 02", ["work", "fax"]),
                ("+32 2 000 00 03", ["work", "fax"]),
                ("+32 2 000 00 04", ["work", "fax"]),
                ("+32 2 000 00 05", ["pager"]),
            ],
        )

    def test_bare_21_parameters(self):
        """Case 44: ``BASE64``, ``QUOTED-PRINTABLE`` and ``QP`` without a name."""
        card = parse_card(
            "\r\n".join(
                [
                    "BEGIN:VCARD",
                    "VERSION:2.1",
                    "N;CHARSET=UTF-8;QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen",
                    "FN;CHARSET=UTF-8;QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller",
                    "NOTE;QP:caf=C3=A9 =",
                    " cr=C3=A8me",
                    "PHOTO;JPEG;BASE64:",
                    "  " + PIXEL_B64[:40],
                    "  " + PIXEL_B64[40:],
                    "",
                    "END:VCARD",
                ]
            )
        )
        self.assertEqual(card["name"], "Jürgen Müller")
        self.assertEqual(card["note"], "café crème")
        self.assertEqual(card["photo"], PIXEL)

    def test_main_address(self):
        street_only = ({"street": "1 First Street"}, ["home"])
        complete = (
            {"street": "2 Main St", "city": "Gent", "zip": "9000", "country": "BE"},
            ["home"],
        )
        work = (dict(complete[0], street="3 Work St"), ["work"])
        preferred = (dict(complete[0], street="4 Pref St"), ["home", "pref"])
        self.assertIsNone(main_address([]))
        self.assertEqual(main_address([street_only, complete]), 1)
        self.assertEqual(main_address([street_only, complete, work]), 2)
        self.assertEqual(main_address([work, preferred]), 1)
        self.assertEqual(main_address([complete, complete]), 0)


class TestCountryNames(TransactionCase):
    """``tools.country_names``: what people write for a country."""

    def test_names_codes_and_aliases(self):
        codes = country_codes(("fr_BE",))
        for text, code in (
            ("USA", "US"),
            ("U.S.A.", "US"),
            ("United States of America", "US"),
            ("united states", "US"),
            ("UK", "GB"),
            ("Great Britain", "GB"),
            ("Deutschland", "DE"),
            ("Allemagne", "DE"),
            ("DEU", "DE"),
            ("Belgique", "BE"),
            ("België", "BE"),
            ("Côte d’Ivoire", "CI"),
            ("The Netherlands", "NL"),
        ):
            self.assertEqual(codes.get(fold(text)), code, text)
        self.assertNotIn(fold("Narnia"), codes)
