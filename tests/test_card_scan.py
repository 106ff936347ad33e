import base64
import io
import os
from unittest.mock import patch

from PIL import Image, ImageDraw, ImageFont

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from ..tools import card_ocr
from ..tools.card_samples import not_cards, real_photos
from ..tools.card_samples.card_images import (
    FIELDS,
    card_specs,
    expected_fields,
    render_card,
    scanned_fields,
)
from ..tools.card_text import (
    low_confidence_fields,
    parse_card_text,
)
from ..wizard import mtap_contact_add_scan as scan_wizard
from .common import MtapCommon, load_migration


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


class TestCardTextParser(MtapCommon):
    """``tools.card_text.parse_card_text`` on raw OCR text."""

    def test_typical_card(self):
        card = parse_card_text(
            "Jane Cooper\nSales Director\nNorthwind Labs\n"
            "Mobile: (415) 555-0132\njane.cooper@northwindlabs.com\n"
            "www.northwindlabs.com\n100 Market Street\nSan Francisco, CA 94105\n",
            region="US",
        )
        self.assertEqual(card["name"], "Jane Cooper")
        self.assertEqual(card["title"], "Sales Director")
        self.assertEqual(card["company"], "Northwind Labs")
        self.assertEqual(card["emails"][0][0], "jane.cooper@northwindlabs.com")
        self.assertEqual(card["phones"], [("+1 415-555-0132", ["cell"])])
        self.assertEqual(card["urls"], ["https://www.northwindlabs.com"])
        self.assertEqual(
            card["addresses"],
            [
                (
                    {
                        "street": "100 Market Street",
                        "city": "San Francisco",
                        "state": "CA",
                        "zip": "94105",
                        # the state and ZIP code say the country
                        "country": "US",
                    },
                    ["work"],
                )
            ],
        )
        self.assertEqual(low_confidence_fields(card), [])

    def test_a_qr_page_deeper_in_the_own_site_is_a_link(self):
        """The card's QR code that opens a page deeper in the card's own site
        ("www.yokogawa.com/bh/contact" beside the printed
        "www.yokogawa.com/bh", real card 13's text) is kept in the note; the
        printed address stays the website. The site's home, or any own page
        when the card prints no address, is the website; a link service's is
        a link."""
        wizard = self.env["mtap.contact.add"].new({"source": "card_scan"})
        text = (
            "Lalit Rai\nSourcing Department Head\n"
            "Email: l.rai@yokogawa.com | www.yokogawa.com/bh\n"
        )
        card = parse_card_text(text, region="US")
        wizard._merge_qr(card, "https://www.yokogawa.com/bh/contact")
        self.assertEqual(card["urls"][0], "https://www.yokogawa.com/bh")
        self.assertIn("QR code: https://www.yokogawa.com/bh/contact", card["note"])
        card = parse_card_text(text, region="US")
        wizard._merge_qr(card, "https://yokogawa.com")
        self.assertEqual(card["urls"][0], "https://yokogawa.com")
        self.assertNotIn("website", low_confidence_fields(card))
        # the code spells the address the OCR misread ("/bn" for "/bh")
        card = parse_card_text(text.replace("/bh", "/bn"), region="US")
        wizard._merge_qr(card, "https://www.yokogawa.com/bh")
        self.assertEqual(card["urls"][0], "https://www.yokogawa.com/bh")
        card = parse_card_text("Lalit Rai\nl.rai@yokogawa.com\n", region="US")
        wizard._merge_qr(card, "https://www.yokogawa.com/bh/contact")
        self.assertEqual(card["urls"], ["https://www.yokogawa.com/bh/contact"])
        card = parse_card_text(text, region="US")
        wizard._merge_qr(card, "https://qrco.de/bd9W7S")
        self.assertEqual(card["urls"][0], "https://www.yokogawa.com/bh")
        self.assertIn("QR code: https://qrco.de/bd9W7S", card["note"])

    def test_what_only_the_qr_code_gives_is_to_be_checked(self):
        """The QR code of "Victor Wasonga" / "Swiftlnk" (a printer's card in
        Nairobi, SwiftInk's; victor@swiftink.co.ke) is a vCard whose maker
        typed "Victor" for the name and "Vic" for the title: the card prints
        no title "Vic", so it is the code's, to be checked; what the card
        prints as the code gives it is sure. A card the OCR read nothing of
        leaves the code's fields as they are."""
        wizard = self.env["mtap.contact.add"].new({"source": "card_scan"})
        text = (
            "Victor Wasonga\nSwiftlnk\n0111 506 710\nvictor@swiftink.co.ke\n"
            "Nairobi, Kenya\nPrinting & Design Services\n"
        )
        vcard = (
            "BEGIN:VCARD\nVERSION:3.0\nN:;Victor;;;\nFN:Victor\nTITLE:Vic\n"
            "EMAIL:victor@swiftink.co.ke\nEND:VCARD"
        )
        card = parse_card_text(text, region="KE")
        wizard._merge_qr(card, vcard, text)
        self.assertEqual(card["title"], "Vic")
        self.assertIn("title", low_confidence_fields(card))
        self.assertNotIn("email", low_confidence_fields(card))
        card = parse_card_text("", region="KE")
        wizard._merge_qr(card, vcard, "")
        self.assertNotIn("title", low_confidence_fields(card))

    def test_a_link_in_the_qr_codes_title_is_no_title(self):
        """The QR code of an Antep steel firm's card (423.jpg, OMSAŞ's) is a
        vCard whose maker typed the firm's web address for the title: no role,
        kept in the note; the name it gives stays."""
        wizard = self.env["mtap.contact.add"].new({"source": "card_scan"})
        text = (
            "OMSAS\nORTADOĞU METAL SAN. VE TIC. A.Ş.\nSerhat Saka\n"
            "Gsm: +90.533 429 6912\nwww.omsasmetal.com.tr\n"
            "e-mail: serhat.saka@omsasmetal.com\n"
        )
        vcard = (
            "BEGIN:VCARD\nVERSION:2.1\nFN:SERHAT SAKA\nN:SAKA;SERHAT\n"
            "TITLE:https://www.omsasmetal.com \nTEL;CELL:+90.533  429 6912\n"
            "EMAIL;HOME;INTERNET:serhat.saka@omsasmetal.com \n"
            "NOTE:Kalıp ve metal işleri\nEND:VCARD"
        )
        card = parse_card_text(text, region="TR")
        wizard._merge_qr(card, vcard, text)
        self.assertEqual(card["title"], "")
        # the link is kept beside the code's own note
        self.assertIn("https://www.omsasmetal.com", card["note"])
        self.assertIn("Kalıp ve metal işleri", card["note"])
        self.assertEqual(card["name"], "SERHAT SAKA")

    def test_several_phones_international_formats(self):
        card = parse_card_text(
            "Amélie Durand\nDirectrice Commerciale\nFabrikam SAS\n"
            "T +33 (0)1 42 68 53 00\nM +33 6 12 34 56 78\nFax +33 1 42 68 53 01\n"
            "Tel. +44 20 7946 0958\namelie.durand@fabrikam.fr\n",
            region="US",
        )
        numbers = [(number, types) for number, types in card["phones"]]
        self.assertEqual(
            numbers,
            [
                ("+33 6 12 34 56 78", ["cell"]),
                ("+33 1 42 68 53 00", ["work"]),
                ("+44 20 7946 0958", ["work"]),
                ("+33 1 42 68 53 01", ["fax"]),
            ],
        )
        self.assertEqual(card["company"], "Fabrikam SAS")
        self.assertEqual(card["title"], "Directrice Commerciale")
        self.assertGreaterEqual(card["confidence"]["phone"], 0.9)

    def test_c_labels_the_mobile(self):
        card = parse_card_text(
            "Lucía Gómez\nT: +34 91 123 45 67\nC: +34 612 34 56 78\nlucia@gomez.es",
            region="ES",
        )
        self.assertEqual(
            card["phones"],
            [("+34 612 34 56 78", ["cell"]), ("+34 911 23 45 67", ["work"])],
        )

    def test_national_number_needs_the_region(self):
        text = (
            "Grace Kim\nOrbit Logistics\n(212) 555-0187\ngrace.kim@orbitlogistics.com"
        )
        self.assertEqual(
            parse_card_text(text, region="US")["phones"][0][0], "+1 212-555-0187"
        )
        # read in France, no numbering plan knows it: kept as printed, to check
        card = parse_card_text(text, region="FR")
        self.assertEqual(card["phones"], [("(212) 555-0187", ["work"])])
        self.assertIn("phone", low_confidence_fields(card))

    def test_phone_on_the_line_of_the_email(self):
        card = parse_card_text(
            "Jennifer Park\nPark & Lane Realty\nM 212.555.0171 | jen@parklane.com\n",
            region="US",
        )
        self.assertEqual(card["phones"][0][0], "+1 212-555-0171")
        self.assertEqual(card["emails"][0][0], "jen@parklane.com")

    def test_email_and_website_glued_by_a_separator(self):
        for separator in ("·", "-", "•"):
            with self.subTest(separator=separator):
                card = parse_card_text(
                    "Giulia Bianchi\nFerro e Vetro\n"
                    f"giulia.bianchi@ferroevetro.it{separator}ferroevetro.it\n"
                )
                self.assertEqual(
                    [email for email, _t in card["emails"]],
                    ["giulia.bianchi@ferroevetro.it"],
                )
                self.assertEqual(card["urls"], ["https://ferroevetro.it"])

    def test_national_numbers_in_the_cards_own_country(self):
        # the user's company is in the US; the card's domain says Italy, France
        card = parse_card_text(
            "Giulia Bianchi\nMob. 341 505 5635\ngiulia@ferroevetro.it\n", region="US"
        )
        self.assertEqual(card["phones"][0][0], "+39 341 505 5635")
        card = parse_card_text(
            "Claire Martin\nTél. 06 72 57 60 05\nwww.atelier-martin.fr\n", region="US"
        )
        self.assertEqual(card["phones"][0][0], "+33 6 72 57 60 05")
        # a generic domain leaves the user's country
        card = parse_card_text("Grace Kim\n(212) 555-0187\ngrace@orbit.com", "US")
        self.assertEqual(card["phones"][0][0], "+1 212-555-0187")

    def test_two_emails_and_ocr_slips(self):
        card = parse_card_text(
            "DANIEL OKAFOR\nAccount Executive\nBrightline Media\n"
            "daniel.okafor @ brightline-media.com\nsales@brightline-media.com\n"
            "+1 415 555 O199\nbrightline-media.com\n",
            region="US",
        )
        self.assertEqual(card["name"], "Daniel Okafor")
        self.assertEqual(
            [email for email, _types in card["emails"]],
            ["daniel.okafor@brightline-media.com", "sales@brightline-media.com"],
        )
        self.assertEqual(card["phones"][0][0], "+1 415-555-0199")
        self.assertEqual(card["urls"], ["https://brightline-media.com"])
        self.assertEqual(card["company"], "Brightline Media")

    def test_no_name_line(self):
        card = parse_card_text(
            "Helix Analytics\nResearch Scientist\nelena.petrova@helixanalytics.com\n"
            "+1 617 555 0143\n",
            region="US",
        )
        # the e-mail gives the name, and the form asks to check it
        self.assertEqual(card["name"], "Elena Petrova")
        self.assertEqual(card["company"], "Helix Analytics")
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text("info@helixanalytics.com\n+1 617 555 0143", region="US")
        self.assertEqual(card["name"], "")
        # a domain is no company name: left empty rather than guessed
        self.assertEqual(card["company"], "")

    def test_european_address_and_country(self):
        card = parse_card_text(
            "Lukas Becker\nHead of Operations\nGlobex GmbH\nFriedrichstraße 12\n"
            "10117 Berlin\nGermany\nlukas.becker@globex.de\n+49 30 901820\n",
            region="DE",
            countries={"germany": "Germany"},
        )
        self.assertEqual(
            card["addresses"],
            [
                (
                    {
                        "street": "Friedrichstraße 12",
                        "zip": "10117",
                        "city": "Berlin",
                        "country": "Germany",
                    },
                    ["work"],
                )
            ],
        )
        self.assertEqual(card["name"], "Lukas Becker")

    def test_nothing_to_read(self):
        card = parse_card_text("~~ ..\n\n|||\n", region="US")
        self.assertEqual(card["name"], "")
        self.assertEqual(card["emails"], [])
        self.assertEqual(card["confidence"], {})

    def test_labels_in_several_languages(self):
        card = parse_card_text(
            "Jörg Hoffmann\nLeiter Vertrieb\nNordlicht Solartechnik GmbH\n"
            "Mobil 0176/4324284\nTél. +33 3 21 25 38 25\nKom. +48 512 345 678\n"
            "Móvil +34 660 26 80 00\nTelefax +49 40 1234567\n"
            "E-Mail: j.hoffmann@nordlicht-solar.de\nWeb www.nordlicht-solar.de\n",
            region="US",
        )
        self.assertEqual(
            card["phones"],
            [
                ("+49 176 4324284", ["cell"]),
                ("+48 512 345 678", ["cell"]),
                ("+34 660 26 80 00", ["cell"]),
                ("+33 3 21 25 38 25", ["work"]),
                ("+49 40 1234567", ["fax"]),
            ],
        )
        self.assertEqual(card["name"], "Jörg Hoffmann")
        self.assertEqual(card["title"], "Leiter Vertrieb")
        self.assertEqual(card["company"], "Nordlicht Solartechnik GmbH")
        self.assertEqual(card["lines"], [])  # no label left over as a line

    def test_titles_and_names_in_several_languages(self):
        for name, title, company in (
            ("Lukáš Kučera", "Technický ředitel", "Dvořák Stavby s.r.o."),
            ("Paweł Szymański", "Główny Księgowy", "Biuro Rachunkowe Żak S.C."),
            ("Núria Castaño", "Jefa de Proyecto", "Muñoz Asesores S.L."),
            ("Niccolò Ferri", "Amministratore Delegato", "Ferri & Figli S.r.l."),
            ("Björn Schäfer", "Vertriebsleiter", "Brückner IT-Service GmbH"),
        ):
            with self.subTest(name=name):
                card = parse_card_text(
                    f"{company}\n{name}\n{title}\n+420 602 123 456\n", region="CZ"
                )
                self.assertEqual(
                    (card["name"], card["title"], card["company"]),
                    (name, title, company),
                )

    def test_the_cards_country_line_gives_its_national_numbers(self):
        card = parse_card_text(
            "José Muñoz\nTransportes Castaño S.L.\n637 20 50 95\n"
            "jose@castano-group.com\nCalle Larios, 5\n29005 Málaga\nEspaña\n",
            region="US",
        )
        self.assertEqual(card["phones"][0][0], "+34 637 20 50 95")
        self.assertNotIn("phone", low_confidence_fields(card))
        # an address without a country line is in the country its domain says
        card = parse_card_text(
            "Jérôme Chevalier\n06 28 28 76 23\njerome@rhone-logistique.fr\n"
            "8 allée Jean Jaurès\n31000 Toulouse\n",
            region="US",
        )
        self.assertEqual(card["phones"][0][0], "+33 6 28 28 76 23")
        self.assertEqual(card["addresses"][0][0]["country"], "FR")

    def test_a_national_number_guessed_from_the_users_country_is_checked(self):
        # nothing on the card says its country: the number is read as the
        # user's, and the form asks to check it
        card = parse_card_text("Grace Kim\n(212) 555-0187\ngrace@orbit.com", "US")
        self.assertEqual(card["phones"][0][0], "+1 212-555-0187")
        self.assertIn("phone", low_confidence_fields(card))

    def test_legal_forms_as_written(self):
        for line, company in (
            ("Polskie Okna Łódź sp. z 0.0.", "Polskie Okna Łódź sp. z o.o."),
            ("Wróbel Transport sp.z o.o.", "Wróbel Transport sp. z o.o."),
            ("Muñoz Asesores S.L", "Muñoz Asesores S.L."),
            ("Pivovar Černá Hora a.s.", "Pivovar Černá Hora a.s."),
        ):
            with self.subTest(line=line):
                card = parse_card_text(f"Anna Nowak\n{line}\n", region="PL")
                self.assertEqual(card["company"], company)
        # a logo's letters are no company, even when they spell a legal form
        card = parse_card_text(
            "Liam O'Brien\nSC\nShamrock Capital\nliam@shamrockcapital.ie\n"
        )
        self.assertEqual(card["company"], "Shamrock Capital")

    def test_an_email_domain_misread_takes_the_web_address(self):
        card = parse_card_text(
            "Nicolò Lombardi\nStudio Lombardi & Associati\n"
            "n.lombardi@studiolombaraint\nstudiolombardi.it\n",
            region="IT",
        )
        self.assertEqual(card["emails"][0][0], "n.lombardi@studiolombardi.it")
        self.assertIn("email", low_confidence_fields(card))
        card = parse_card_text(
            "Tereza Nováková\ntereza@ruzickasym.cz\nwww.ruzickasyn.cz\n", "CZ"
        )
        self.assertEqual(card["emails"][0][0], "tereza@ruzickasyn.cz")
        self.assertEqual(
            {"email", "website"} & set(low_confidence_fields(card)),
            {"email", "website"},
        )
        # a web address that is itself broken repairs nothing
        card = parse_card_text(
            "Sofia Lindqvist\nsofia.lindqvist@blueharbor.io\nwww.blueharbor.i0\n"
        )
        self.assertEqual(card["emails"][0][0], "sofia.lindqvist@blueharbor.io")
        self.assertEqual(card["urls"], ["https://www.blueharbor.io"])

    def test_a_phone_icon_read_as_a_digit(self):
        card = parse_card_text(
            "Nicolò Lombardi\n1051 606 4603\nstudiolombardi.it\n", region="US"
        )
        self.assertEqual(card["phones"][0][0], "+39 051 606 4603")
        self.assertIn("phone", low_confidence_fields(card))

    def test_a_field_from_an_unsure_ocr_line_is_checked(self):
        text = "Loic Gérard\nChef de projet\nBoulangeries Mercier SA\n"
        text += "E: loic.gerard@boulangeries-mercier.fr\n"
        card = parse_card_text(text, region="FR")
        self.assertNotIn("name", low_confidence_fields(card))
        card = parse_card_text(
            text,
            region="FR",
            line_confidence={
                "Loic Gérard": 0.75,
                "E: loic.gerard@boulangeries-mercier.fr": 0.9,
            },
        )
        self.assertEqual(card["name"], "Loic Gérard")
        self.assertEqual(low_confidence_fields(card), ["name"])

    def test_two_readers_of_a_line(self):
        """PP-OCRv6 reads each line, Tesseract too: PP-OCRv6's text is taken, sure
        when both read the same; a line they read otherwise (letters, spaces,
        punctuation or accents) is to be checked; a letter PP-OCRv6 does not know
        (it drops it) is Tesseract's."""
        sure = card_ocr.SURE_LINE
        same = card_ocr._cross_check(("Jürgen Weiß", 0.9), ("Jürgen Weiß", 0.95))
        self.assertEqual(same, ("Jürgen Weiß", 0.95))
        for other in ("Jurgen Weil", "Jürgen  Weiß-", "Jùrgen Weiß"):
            text, confidence = card_ocr._cross_check(
                ("Jürgen Weiß", 0.99), (other, 0.99)
            )
            self.assertEqual(text, "Jürgen Weiß", other)
            self.assertLess(confidence, sure, other)
        # spaces count: "General Manager-Owner" is not "General Manager - Owner"
        _text, confidence = card_ocr._cross_check(
            ("General Manager-Owner", 0.99), ("General Manager - Owner", 0.96)
        )
        self.assertLess(confidence, sure)
        # Tesseract's accents where PP-OCRv6 read none are not taken ("Asšociatë")
        text, _confidence = card_ocr._cross_check(
            ("Market Research Associate", 0.97), ("Market Research Asšociatë", 0.9)
        )
        self.assertEqual(text, "Market Research Associate")
        known = frozenset("abcdefghijklmnopqrstuvwxyzHLTn ")
        text, confidence = card_ocr._cross_check(
            ("Hunh Th T Loan", 0.99), ("Huỳnh Thị Tố Loan", 0.9), known
        )
        self.assertEqual(text, "Huỳnh Thị Tố Loan")
        self.assertLess(confidence, sure)

    def test_a_turkish_g_the_other_reader_read(self):
        """427.jpg, 423.jpg (Kayseri and Istanbul firms' cards): PP-OCRv6 reads
        a Turkish Ğ as Č ("iskender DOČAN", "ORTADOČU METAL"), Tesseract reads
        "DOĞAN": the word takes the Ğ, to be checked. A Czech Č Tesseract reads
        so stays, and so does a word Tesseract read otherwise ("Rajesh Mehta"
        is not made "Menta", a word of the lists, on Tesseract's word)."""
        sure = card_ocr.SURE_LINE
        for reading, other, mended in (
            ("iskender DOČAN", "iskender DOĞAN", "iskender DOĞAN"),
            ("ORTADOČU METAL", "ORTADOĞU METAL", "ORTADOĞU METAL"),
            ("Petr Čech", "Petr Cech", "Petr Čech"),
            ("Rajesh Mehta", "Rajesh Menta", "Rajesh Mehta"),
        ):
            with self.subTest(reading):
                text, confidence = card_ocr._cross_check((reading, 0.99), (other, 0.6))
                self.assertEqual(text, mended)
                self.assertLess(confidence, sure)

    def test_turkish_letters_the_other_reader_read(self):
        """391.jpg (an Istanbul steel trader's card): PP-OCRv6 reads "Kerem
        OGUZMAN", Tesseract "Kerem OĞUZMAN"; on a card both read Turkish letters
        on ("Satış"), the word takes Tesseract's "ğ", "ı" or "ş", to be
        checked. Not a word Tesseract begins with a "Ğ" ("Genel" / "Ğenel", 383.jpg),
        nor on a card with no Turkish word both read ("Gêneral" is no
        Turkish letter either)."""
        sure = card_ocr.SURE_LINE
        pairs = [
            (("Kerem OGUZMAN", 0.99), ("Kerem OĞUZMAN", 0.87)),
            (("İstanbul Satış Ofisi:", 0.97), ("İstanbul Satış Ofisi:", 0.92)),
        ]
        self.assertTrue(card_ocr._reads_turkish(pairs))
        self.assertFalse(card_ocr._reads_turkish(pairs[:1]))
        for reading, other, turkish, mended in (
            ("Kerem OGUZMAN", "Kerem OĞUZMAN", True, "Kerem OĞUZMAN"),
            ("Yazilim Uzmani", "Yazılım Uzmanı", True, "Yazılım Uzmanı"),
            ("Genel Müdür", "Ğenel Müdür", True, "Genel Müdür"),
            # no English word, no address (the review's)
            ("Business Manager", "Busıness Manager", True, "Business Manager"),
            ("ayse@yazilim.com.tr", "ayse@yazılım.com.tr", True, "ayse@yazilim.com.tr"),
            ("Kerem OGUZMAN", "Kerem OĞUZMAN", False, "Kerem OGUZMAN"),
        ):
            with self.subTest(other):
                text, confidence = card_ocr._cross_check(
                    (reading, 0.99), (other, 0.9), turkish=turkish
                )
                self.assertEqual(text, mended)
                self.assertLess(confidence, sure)

    def test_a_box_with_no_text_is_no_line(self):
        """PP-OCRv6 reads something in any box the detector found (a texture, a
        logo): where Tesseract reads nothing, a reading of fewer than two
        letters or an unsure one is no line."""
        self.assertTrue(card_ocr._noise(("多", 0.25), ("", 0)))
        self.assertTrue(card_ocr._noise(("O", 0.97), ("", 0)))
        self.assertTrue(card_ocr._noise(("Mlnnw", 0.4), (" ", 0)))
        self.assertFalse(card_ocr._noise(("Acme", 0.97), ("", 0)))
        self.assertFalse(card_ocr._noise(("O", 0.2), ("O", 0.9)))

    def test_accents_come_back_on_pp_ocr_lines(self):
        # PP-OCR reads the line right but folds accents: Tesseract's accents go
        # back where both agree, never into an e-mail or web address
        self.assertEqual(
            card_ocr._restore_accents("Jurgen WeiB", "Jürgen Weiß"), "Jürgen WeiB"
        )
        self.assertEqual(
            card_ocr._second_opinion(
                ("Jérôme Chevalier jérôme@rhône.fr", 0.6),
                ("Jerome Chevalier jerome@rhone-logistique.fr", 0.95),
            ),
            ("Jérôme Chevalier jerome@rhone-logistique.fr", 0.6),
        )
        # the same text but for accents: Tesseract's, as unsure as it was
        self.assertEqual(
            card_ocr._second_opinion(("Loic Gérard", 0.75), ("Loic Gerard", 0.99)),
            ("Loic Gérard", 0.75),
        )


@tagged("post_install", "-at_install")
class TestCardScan(MtapCommon):
    """The scan through the Add Contact wizard: real Tesseract, real images."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.company.country_id = cls.env.ref("base.us")
        cls.specs = {spec["key"]: spec for spec in card_specs()}

    def _scan_form(self, sides, user=None):
        env = self.env(user=user or self.user_a)
        form = Form(env["mtap.contact.add"].with_context(default_source="card_scan"))
        form.scan_image = base64.b64encode(sides[0])
        if len(sides) > 1:
            form.scan_image_back = base64.b64encode(sides[1])
        return form

    def _wizard(self, front, back=None):
        return (
            self.env["mtap.contact.add"]
            .with_user(self.user_a)
            .new(
                {
                    "source": "card_scan",
                    "scan_image": base64.b64encode(front)
                    if front is not None
                    else False,
                    "scan_image_back": base64.b64encode(back) if back else False,
                }
            )
        )

    def test_generated_cards_accuracy(self):
        """At least 20 varied cards: e-mail, phone and website read right on 90%,
        name and company on 80%."""
        specs = list(self.specs.values())
        self.assertGreaterEqual(len(specs), 20)
        hits = dict.fromkeys(FIELDS, 0)
        misses = []
        for spec in specs:
            form = self._scan_form(render_card(spec))
            got = scanned_fields(
                {
                    field: form[field]
                    for field in ("name", "company_name", "email", "phone", "website")
                }
            )
            expected = expected_fields(spec)
            for field in FIELDS:
                if got[field] == expected[field]:
                    hits[field] += 1
                else:
                    misses.append((spec["key"], field, got[field], expected[field]))
        accuracy = {field: hits[field] / len(specs) for field in FIELDS}
        message = f"accuracy {accuracy}, misses {misses}"
        for field in ("email", "phone", "website"):
            self.assertGreaterEqual(accuracy[field], 0.9, message)
        for field in ("name", "company"):
            self.assertGreaterEqual(accuracy[field], 0.8, message)

    def test_qr_code_wins_over_the_text(self):
        # the card prints only the name, title and company: the rest is in its QR
        spec = next(s for s in self.specs.values() if s["qr"] == "qr_only")
        form = self._scan_form(render_card(spec))
        self.assertEqual(form.email, spec["email"])
        # shown in international form, as it is saved
        self.assertEqual(scanned_fields({"phone": form.phone})["phone"], spec["phone"])
        self.assertIn(" ", form.phone)
        self.assertEqual(form.website, f"https://{spec['website']}")
        self.assertEqual(form.name, spec["name"])
        self.assertFalse(form.scan_check)
        # a QR code on the back counts too
        spec = next(s for s in self.specs.values() if s["qr"] == "back")
        sides = render_card(spec)
        self.assertEqual(len(sides), 2)
        form = self._scan_form(sides)
        self.assertEqual(form.email, spec["email"])
        self.assertEqual(form.company_name, spec["company"])

    def test_scan_correct_save_keeps_the_card(self):
        spec = self.specs[next(iter(self.specs))]
        sides = render_card(spec)
        form = self._scan_form(sides)
        self.assertEqual(form.name, spec["name"])
        self.assertIn(spec["email"], form.scan_text)
        form.function = "Head of Sales"
        wizard = form.save()
        action = wizard.action_save()
        contact = self.env["res.partner"].browse(action["res_id"])
        self.assertEqual(contact.name, spec["name"])
        self.assertEqual(contact.function, "Head of Sales")
        self.assertEqual(contact.email, spec["email"])
        self.assertEqual(contact.mtap_source, "card_scan")
        self.assertEqual(contact.mtap_owner_id, self.user_a)
        self.assertTrue(contact.mtap_card_image)
        self.assertEqual(contact.parent_id.name, spec["company"])
        note = contact.message_ids.filtered(lambda m: "scanned business card" in m.body)
        self.assertEqual(len(note), 1)
        self.assertIn(spec["email"], note.body)
        # the card as read and the photo as it was taken
        by_name = {a.name: a for a in note.attachment_ids}
        self.assertEqual(sorted(by_name), ["Business card.jpg", "Card photo.png"])
        self.assertEqual(base64.b64decode(by_name["Card photo.png"].datas), sides[0])
        self.assertEqual(note.attachment_ids.mapped("res_id"), [contact.id] * 2)
        self.assertEqual(contact.mtap_card_image, by_name["Business card.jpg"].datas)

    def test_a_correction_survives_the_back_side(self):
        spec = next(s for s in self.specs.values() if s["qr"] == "back")
        front, back = render_card(spec)
        form = self._scan_form([front])
        form.name = "Samuel K. Osei"
        form.scan_image_back = base64.b64encode(back)
        self.assertEqual(form.name, "Samuel K. Osei")  # kept, not the QR's
        self.assertEqual(form.email, spec["email"])

    def test_duplicate_warning(self):
        spec = self.specs[next(iter(self.specs))]
        existing = (
            self.env["res.partner"]
            .with_user(self.user_a)
            .create(
                {"name": "J. Cooper", "email": spec["email"], "mtap_is_contact": True}
            )
        )
        form = self._scan_form(render_card(spec))
        self.assertEqual(form.duplicate_id, existing)

    def test_low_confidence_fields_are_marked(self):
        image = Image.new("RGB", (1050, 600), "white")
        draw = ImageDraw.Draw(image)
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
        draw.text((60, 80), "jane.doe@quartzlabs.io", font=font, fill="black")
        draw.text((60, 160), "+1 415 555 0175", font=font, fill="black")
        form = self._scan_form([_png(image)])
        self.assertEqual(form.email, "jane.doe@quartzlabs.io")
        # the name guessed from the e-mail address only: to be checked
        self.assertEqual(form.name, "Jane Doe")
        self.assertIn(",name,", form.scan_check)
        # no line names the company: a domain is no company name, left empty
        self.assertFalse(form.company_name)

    def _assert_refused(self, data, message):
        wizard = self._wizard(data)
        result = wizard._onchange_scan_image()
        if data:
            self.assertIn(message, result["warning"]["message"])
        else:
            self.assertIsNone(result)
            self.assertFalse(wizard.scan_image)
            self.assertFalse(wizard.name)
        partners = self.env["res.partner"].search_count([])
        saved = (
            self.env["mtap.contact.add"]
            .with_user(self.user_a)
            .create(
                {
                    "source": "card_scan",
                    "name": "Somebody",
                    "scan_image": base64.b64encode(data) if data else False,
                }
            )
        )
        with self.assertRaisesRegex(
            UserError, message if data else "photo of the card"
        ):
            saved.action_save()
        self.assertEqual(self.env["res.partner"].search_count([]), partners)

    def test_a_pdf_renamed_jpg_is_refused(self):
        pdf = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        self._assert_refused(pdf, "not an image")

    def test_an_empty_file_is_refused(self):
        # nothing uploaded (the web client itself refuses a 0-byte file)
        self._assert_refused(b"", "photo of the card")
        # a file cut off after its first bytes
        self._assert_refused(b"\xff\xd8\xff", "not an image")

    def test_a_60_megapixel_image_is_refused(self):
        data = _png(Image.new("L", (9487, 6325), 255))
        self.assertLess(len(data), 20 * 1048576)  # small file, huge picture
        self._assert_refused(data, "60 megapixels, over the limit of 50")

    def _assert_read_right(self, form, entry, fields):
        """The scan ``form`` read ``fields`` of the real photo ``entry`` right."""
        got = real_photos.scanned_fields(form)
        expected = real_photos.expected_fields(entry)
        for field in fields:
            self.assertTrue(
                real_photos.field_right(field, got[field], expected[field]),
                (field, got[field], expected[field]),
            )

    def test_a_108_megapixel_phone_photo_is_read_and_a_larger_one_refused(self):
        """A phone's 108-megapixel mode (12,000 x 9,000 pixels): over the limit
        of 50, but a JPEG, decoded at a quarter of its size and read. A JPEG
        that declares more than three times the limit is refused from its
        header, in the limit's words."""
        entry = next(e for e in real_photos.load_photos() if e["file"] == "01.jpg")
        photo = Image.open(real_photos.REAL_DIR / "01.jpg").convert("L")
        large = photo.resize((12000, 9000), Image.Resampling.BILINEAR)
        buffer = io.BytesIO()
        large.save(buffer, "JPEG", quality=80)
        del large
        data = buffer.getvalue()
        self.assertEqual(card_ocr.load_image(data).size, (3000, 2250))
        form = self._scan_form([data])
        self._assert_read_right(form, entry, ("name", "phone"))
        # a small JPEG whose header declares 20,000 x 10,000 pixels
        small = io.BytesIO()
        Image.new("L", (16, 16), 255).save(small, "JPEG")
        header = bytearray(small.getvalue())
        sof = header.index(b"\xff\xc0")
        header[sof + 5 : sof + 9] = (10000).to_bytes(2, "big") + (20000).to_bytes(
            2, "big"
        )
        self._assert_refused(bytes(header), "200 megapixels, over the limit of 50")

    def test_a_48_megapixel_phone_photo_is_read(self):
        """A phone's 48-megapixel mode (8,000 x 6,000 pixels): the photo is
        taken, decoded at half its size, and the card read from it."""
        entry = next(e for e in real_photos.load_photos() if e["file"] == "01.jpg")
        photo = Image.open(real_photos.REAL_DIR / "01.jpg")
        scale = (48_000_000 / (photo.width * photo.height)) ** 0.5
        large = photo.resize((round(photo.width * scale), round(photo.height * scale)))
        self.assertGreater(large.width * large.height, 47_000_000)
        buffer = io.BytesIO()
        large.save(buffer, "JPEG", quality=85)
        self.assertLess(len(buffer.getvalue()), 20 * 1048576)
        decoded = card_ocr.load_image(buffer.getvalue())
        self.assertEqual(decoded.size, (large.width // 2, large.height // 2))
        form = self._scan_form([buffer.getvalue()])
        self._assert_read_right(form, entry, ("email", "phone", "name", "company"))

    def test_a_file_over_the_size_limit_is_refused(self):
        self.env["ir.config_parameter"].sudo().set_param("mtap_hub.card_scan_max_mb", 1)
        noise = Image.effect_noise((1200, 1200), 80)
        data = _png(noise)
        self.assertGreater(len(data), 1048576)
        self._assert_refused(data, "over the 1 MB limit")

    def test_a_blank_image_is_refused(self):
        self._assert_refused(
            _png(Image.new("RGB", (1050, 600), "white")), "Nothing could be read"
        )

    def test_ocr_languages_setting(self):
        settings = self.env["res.config.settings"].create({})
        self.assertEqual(settings.mtap_card_scan_languages, "Latin")
        settings.mtap_card_scan_languages = "eng+klingon"
        with self.assertRaisesRegex(
            ValidationError, "not installed on the server: klingon"
        ):
            settings.execute()
        settings = self.env["res.config.settings"].create(
            {"mtap_card_scan_languages": "eng+fra"}
        )
        settings.execute()
        self.assertEqual(
            self.env["ir.config_parameter"].get_param("mtap_hub.card_scan_languages"),
            "eng+fra",
        )
        spec = next(s for s in self.specs.values() if s["region"] == "FR")
        form = self._scan_form(render_card(spec))
        self.assertEqual(form.name, spec["name"])
        self.assertEqual(form.email, spec["email"])

    def _assert_upgrade_moves_default(self, versions, key, values):
        """The upgrade ``versions`` (from, to) moves the parameter ``key`` from
        its former default to the new one, and leaves a value of the
        administrator's own alone (``values``: former, new, own)."""
        previous, version = versions
        former, new, own = values
        migration = load_migration(version)
        params = self.env["ir.config_parameter"].sudo()
        for before, after in ((former, new), (own, own)):
            params.set_param(key, before)
            migration.migrate(self.env.cr, previous)
            self.assertEqual(params.get_param(key), after)

    def test_upgrade_moves_the_former_default_language_to_latin(self):
        self._assert_upgrade_moves_default(
            ("19.0.1.1.0", "19.0.1.2.0"),
            "mtap_hub.card_scan_languages",
            ("eng", "Latin", "eng+fra"),
        )

    def test_upgrade_moves_the_former_megapixel_default_to_50(self):
        self._assert_upgrade_moves_default(
            ("19.0.1.7.0", "19.0.1.8.0"),
            "mtap_hub.card_scan_max_megapixels",
            ("40", "50", "30"),
        )

    def test_a_server_without_tesseract_says_so(self):
        spec = self.specs[next(iter(self.specs))]
        path = os.environ["PATH"]
        os.environ["PATH"] = "/nonexistent"
        try:
            result = self._wizard(render_card(spec)[0])._onchange_scan_image()
        finally:
            os.environ["PATH"] = path
        self.assertIn("tesseract", result["warning"]["message"])

    def test_a_photo_without_text_says_so(self):
        wizard = self._wizard(not_cards.photo_without_text())
        result = wizard._onchange_scan_image()
        self.assertIn("Nothing could be read", result["warning"]["message"])
        self.assertFalse(wizard.name or wizard.email or wizard.company_name)

    def test_a_receipt_is_no_contact(self):
        wizard = self._wizard(not_cards.receipt_photo())
        result = wizard._onchange_scan_image()
        self.assertIn("a receipt, not a business card", result["warning"]["message"])
        self.assertFalse(wizard.name or wizard.phone or wizard.company_name)
        self.assertFalse(wizard.scan_image)

    def test_a_chat_screenshot_is_no_contact(self):
        wizard = self._wizard(not_cards.chat_screenshot())
        result = wizard._onchange_scan_image()
        self.assertIn("a screenshot of a conversation", result["warning"]["message"])
        self.assertFalse(wizard.name or wizard.phone or wizard.company_name)

    def test_a_card_read_empty_says_so(self):
        """Text, but nothing a field takes: a clear message, not an empty form."""
        image = Image.new("RGB", (1050, 600), "white")
        draw = ImageDraw.Draw(image)
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 44)
        draw.text((60, 120), "tudo é possível", font=font, fill="black")
        draw.text((60, 220), "àquele que crê", font=font, fill="black")
        wizard = self._wizard(_png(image))
        result = wizard._onchange_scan_image()
        message = "The card could not be read; check the photo or type the details."
        self.assertEqual(result["warning"]["message"], message)
        self.assertEqual(wizard.scan_message, message)
        self.assertFalse(wizard.name or wizard.company_name or wizard.email)
        # the photo stays: the user types the details beside it
        self.assertTrue(wizard.scan_image)

    def test_an_iphone_heic_photo_is_read_as_its_jpeg(self):
        """An iPhone takes its photos in HEIC: the form turns one into the JPEG
        it shows and keeps, and reads the card from it; a broken HEIC file is
        refused with a message."""
        import pillow_heif

        entry = next(e for e in real_photos.load_photos() if e["file"] == "01.jpg")
        photo = Image.open(real_photos.REAL_DIR / "01.jpg")
        buffer = io.BytesIO()
        pillow_heif.from_pillow(photo).save(buffer, quality=90)
        heic = buffer.getvalue()
        self.assertTrue(card_ocr.is_heif(heic))
        self.assertFalse(card_ocr.is_heif(real_photos.photo_bytes(entry)))
        form = Form(
            self.env(user=self.user_a)["mtap.contact.add"].with_context(
                default_source="card_scan"
            )
        )
        form.scan_image = base64.b64encode(heic)
        shown = Image.open(io.BytesIO(base64.b64decode(form.scan_image)))
        self.assertEqual((shown.format, shown.size), ("JPEG", photo.size))
        self._assert_read_right(form, entry, ("email", "phone", "name"))
        form.save().action_save()
        contact = self.env["res.partner"].search([("email", "=", form.email)])
        self.assertEqual(len(contact), 1)
        attached = self.env["ir.attachment"].search(
            [("res_model", "=", "res.partner"), ("res_id", "=", contact.id)]
        )
        self.assertIn("Card photo.jpg", attached.mapped("name"))
        # the size is checked from the header, before the picture is decoded
        with self.assertRaises(card_ocr.CardImageError) as refused:
            card_ocr.heif_as_jpeg(heic, max_pixels=1_000_000)
        self.assertEqual(refused.exception.key, "too_many_pixels")
        # a HEIC file cut short: said, and the photo taken back
        wizard = self._wizard(heic[: len(heic) // 3])
        result = wizard._onchange_scan_image()
        self.assertIn("not an image", result["warning"]["message"])
        self.assertFalse(wizard.scan_image)

    def test_a_16_bit_grey_scan_is_read_as_its_tones(self):
        """A scanner app's 16-bit grey PNG: read as the same photo in 8 bits,
        not taken for a blank page (its tones clipped to white)."""
        import numpy

        entry = next(e for e in real_photos.load_photos() if e["file"] == "37.jpg")
        grey = Image.open(real_photos.REAL_DIR / "37.jpg").convert("L")
        deep = Image.fromarray(numpy.asarray(grey).astype(numpy.uint16) * 257)
        data = _png(deep)
        self.assertIn(Image.open(io.BytesIO(data)).mode, ("I", "I;16"))
        loaded = card_ocr.load_image(data)
        self.assertEqual(loaded.getextrema(), grey.getextrema())
        self._assert_read_right(self._scan_form([data]), entry, ("email", "name"))

    def test_a_first_reading_with_nothing_is_read_again(self):
        """When the lines read give nothing the form has a field for (a card the
        line finder misread), the photo is read again by Tesseract's own page
        layout; what that second reading gives fills the form, every field of
        it marked to be checked, and a number only the first reading found is
        kept (sweep image TG Flash's card: its two São Paulo mobiles, which no
        plan of the company's country reads, were lost to the second
        reading's stray name)."""
        image = Image.new("RGB", (1050, 600), "white")
        draw = ImageDraw.Draw(image)
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 48)
        draw.text((60, 100), "Anna Weber", font=font, fill="black")
        draw.text((60, 200), "Sales Manager", font=font, fill="black")
        draw.text((60, 300), "anna@weber-logistik.de", font=font, fill="black")
        scan = scan_wizard.scan_card_images

        def misreading(first_text, engines):
            """The real scan, but the first reading's lines lost (what a line
            finder that missed the card's text gives): ``first_text`` instead;
            the engines used noted in ``engines``."""

            def misread_lines(images, **settings):
                engines.append(settings["engine"])
                result = scan(images, **settings)
                if settings["engine"] != "tesseract":
                    lines = [(text, 0.4, 1.0) for text in first_text.splitlines()]
                    result = dict(result, text=first_text, lines=lines)
                return result

            return misread_lines

        # the first reading's lines: noise, or noise and a run of digits that
        # no numbering plan reads (no reason to trust that reading either)
        for first_text in ("~ :: ~", "~ :: ~\n2685-2862"):
            engines = []
            misread_lines = misreading(first_text, engines)
            with self.subTest(first_text=first_text):
                wizard = self._wizard(_png(image))
                with patch.object(scan_wizard, "scan_card_images", misread_lines):
                    result = wizard._onchange_scan_image()
                self.assertIsNone(result)
                self.assertEqual(engines, [card_ocr.ENGINE, "tesseract"])
                self.assertEqual(wizard.name, "Anna Weber")
                self.assertEqual(wizard.email, "anna@weber-logistik.de")
                for field in ("name", "email", "function"):
                    self.assertIn(f",{field},", wizard.scan_check)
                if "2685-2862" in first_text:
                    # the number the first reading found is not dropped: the
                    # second reading's own first, then it, in the note
                    self.assertIn("2685-2862", f"{wizard.phone}\n{wizard.note}")
