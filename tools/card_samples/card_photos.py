"""Phone photos of printed business cards, for measuring the card scan end to end
(flattening the card, OCR and the parser filling the contact's fields).

``build_entries()`` draws 48 cards from seeded pools: eight countries (US, GB, FR,
DE, ES, IT, PL, CZ) with their names, titles, companies, addresses and phone numbers
printed in the national way; eight layouts (right-aligned, split colour panel, top
band, footer band, two columns, portrait, classic with a logo, centred); eleven font
families; labels as letters, words or small icons. Each card is then photographed
on a desk (wood, dark, grey fabric or white paper) seen 10-25 degrees off the
normal, with uneven light, sometimes the shadow of a hand, a glare spot, defocus,
sensor noise, a colour cast and JPEG compression.

The truth lives in ``data/card_photos.json``: rendering reads nothing but an entry,
so the file stays the reference even if the pools change. Entries with an even
index (seed 1101, 1103, ...) form the "tune" split and the odd ones "measure";
each half holds every layout, every country and every kind of effect.

Regenerate the truth with ``python3 tools/card_samples/card_photos.py
--write-truth`` and look at the photos with ``python3
tools/card_samples/card_photos.py --out /tmp/photos [--split measure] [--flat]``.
"""

import argparse
import io
import json
import math
import random
import unicodedata
from pathlib import Path

import cv2
import numpy as np
import phonenumbers
from PIL import Image, ImageDraw, ImageFont

PHOTOS_JSON = Path(__file__).resolve().parent / "data" / "card_photos.json"
POOL_SEED = 20240611
FIRST_SEED = 1101

FONT_ROOT = "/usr/share/fonts/"
FONTS = {  # family: (regular, bold, italic)
    "lato": (
        "truetype/lato/Lato-Regular.ttf",
        "truetype/lato/Lato-Bold.ttf",
        "truetype/lato/Lato-Italic.ttf",
    ),
    "opensans": (
        "truetype/open-sans/OpenSans-Regular.ttf",
        "truetype/open-sans/OpenSans-Bold.ttf",
        "truetype/open-sans/OpenSans-Italic.ttf",
    ),
    "notosans": (
        "truetype/noto/NotoSans-Regular.ttf",
        "truetype/noto/NotoSans-Bold.ttf",
        "truetype/noto/NotoSans-Italic.ttf",
    ),
    "notoserif": (
        "truetype/noto/NotoSerif-Regular.ttf",
        "truetype/noto/NotoSerif-Bold.ttf",
        "truetype/noto/NotoSerif-Italic.ttf",
    ),
    "ebgaramond": (
        "opentype/ebgaramond/EBGaramond12-Regular.otf",
        "opentype/ebgaramond/EBGaramond12-Regular.otf",  # the bold lacks accents
        "opentype/ebgaramond/EBGaramond12-Italic.otf",
    ),
    "roboto": (
        "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
        "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
        "truetype/roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
    ),
    "carlito": (
        "truetype/crosextra/Carlito-Regular.ttf",
        "truetype/crosextra/Carlito-Bold.ttf",
        "truetype/crosextra/Carlito-Italic.ttf",
    ),
    "p052": (
        "opentype/urw-base35/P052-Roman.otf",
        "opentype/urw-base35/P052-Bold.otf",
        "opentype/urw-base35/P052-Italic.otf",
    ),
    "c059": (
        "opentype/urw-base35/C059-Roman.otf",
        "opentype/urw-base35/C059-Bold.otf",
        "opentype/urw-base35/C059-Italic.otf",
    ),
    "nimbussans": (
        "opentype/urw-base35/NimbusSans-Regular.otf",
        "opentype/urw-base35/NimbusSans-Bold.otf",
        "opentype/urw-base35/NimbusSans-Italic.otf",
    ),
    "urwgothic": (
        "opentype/urw-base35/URWGothic-Book.otf",
        "opentype/urw-base35/URWGothic-Demi.otf",
        "opentype/urw-base35/URWGothic-BookOblique.otf",
    ),
}
FONT_ORDER = sorted(FONTS)
# x-height over em of each family: contact lines are sized so that it stays legible
X_HEIGHT = {"ebgaramond": 0.40, "p052": 0.47, "c059": 0.47, "notoserif": 0.54}

LAYOUTS = (
    "right",
    "split",
    "band",
    "footer",
    "columns",
    "portrait",
    "classic",
    "centred",
)
COUNTRIES = ("US", "GB", "FR", "DE", "ES", "IT", "PL", "CZ")
DESKS = ("wood", "dark", "grey-fabric")
LABEL_STYLES = ("none", "letters", "letters-colon", "words", "icons")
LOGOS = ("circle", "ring", "square", "diamond", "triangle", "bars", "overlap")
# indices of the 48 entries with a particular treatment (even: tune, odd: measure)
LIGHT_ON_LIGHT = (12, 31, 32)
DARK_CARDS = (9, 10, 14, 24, 45)
SIDEWAYS = (2, 21, 40)
SINGLE_COLUMN = ("right", "centred")  # layouts with room for two items on a line
TWO_COLUMNS = ("band", "footer", "classic")  # contacts beside the address
CONTACT_LINES = {
    "right": 6,
    "split": 6,
    "columns": 6,
    "centred": 5,
    "portrait": 7,
    "band": 7,
    "footer": 7,
    "classic": 7,
}
HEADER = ("name", "title", "company")
ADDRESS = ("street", "city", "address", "country")

PEOPLE = {
    "US": [
        ("Jennifer", "Carter"),
        ("Michael", "Nguyen"),
        ("Zoë", "Whitfield"),
        ("Tyler", "O'Brien"),
        ("Ashley", "Ramirez"),
        ("David", "Kowalski"),
        ("Renée", "Delgado"),
    ],
    "GB": [
        ("Oliver", "Ashworth"),
        ("Siobhan", "McAllister"),
        ("Zoë", "Pemberton"),
        ("Rhys", "Fairbairn"),
        ("Harriet", "Okafor"),
        ("Callum", "Thistlethwaite"),
        ("Chloë", "Hargreaves"),
    ],
    "FR": [
        ("Amélie", "Lefèvre"),
        ("François", "Bérard"),
        ("Hélène", "Moreau"),
        ("Jérôme", "Chevalier"),
        ("Gaëlle", "Fontaine"),
        ("Benoît", "Mercier"),
        ("Loïc", "Gérard"),
    ],
    "DE": [
        ("Jürgen", "Weiß"),
        ("Björn", "Schäfer"),
        ("Ulrike", "Krüger"),
        ("Sören", "Groß"),
        ("Katrin", "Köhler"),
        ("Jörg", "Hoffmann"),
        ("Maximilian", "Bäumer"),
    ],
    "ES": [
        ("José", "Muñoz"),
        ("Begoña", "Ibáñez"),
        ("Álvaro", "Fernández"),
        ("Núria", "Castaño"),
        ("Iñigo", "García"),
        ("Sofía", "Peña"),
        ("María José", "Córdoba"),
    ],
    "IT": [
        ("Niccolò", "Bianchi"),
        ("Giulia", "De Luca"),
        ("Lucrezia", "Galli"),
        ("Federico", "Mancini"),
        ("Chiara", "Santoro"),
        ("Nicolò", "Lombardi"),
        ("Andrea", "Ferraù"),
    ],
    "PL": [
        ("Łukasz", "Wróbel"),
        ("Małgorzata", "Zielińska"),
        ("Paweł", "Szymański"),
        ("Agnieszka", "Wójcik"),
        ("Michał", "Dąbrowski"),
        ("Zofia", "Kamińska"),
        ("Wojciech", "Lewandowski"),
    ],
    "CZ": [
        ("Jiří", "Dvořák"),
        ("Tereza", "Nováková"),
        ("Ondřej", "Černý"),
        ("Kateřina", "Procházková"),
        ("Lukáš", "Kučera"),
        ("Zuzana", "Svobodová"),
        ("Tomáš", "Růžička"),
    ],
}
TITLES = {
    "US": [
        "Senior Account Executive",
        "Director of Sales",
        "Operations Manager",
        "Chief Financial Officer",
        "Principal Architect",
        "VP, Business Development",
    ],
    "GB": [
        "Managing Director",
        "Head of Partnerships",
        "Senior Quantity Surveyor",
        "Client Services Manager",
        "Finance Director",
        "Lead Engineer",
    ],
    "FR": [
        "Directeur commercial|Directrice commerciale",
        "Responsable des achats",
        "Chef de projet",
        "Gérant|Gérante",
        "Directeur général|Directrice générale",
        "Chargé d'affaires|Chargée d'affaires",
    ],
    "DE": [
        "Leiter Vertrieb|Leiterin Vertrieb",
        "Geschäftsführer|Geschäftsführerin",
        "Projektleiter|Projektleiterin",
        "Einkaufsleiter|Einkaufsleiterin",
        "Key Account Manager",
        "Technische Leitung",
    ],
    "ES": [
        "Director Comercial|Directora Comercial",
        "Jefe de Proyecto|Jefa de Proyecto",
        "Responsable de Compras",
        "Gerente",
        "Director de Marketing|Directora de Marketing",
        "Técnico Comercial|Técnica Comercial",
    ],
    "IT": [
        "Responsabile Commerciale",
        "Direttore Tecnico|Direttrice Tecnica",
        "Amministratore Delegato",
        "Project Manager",
        "Responsabile Acquisti",
        "Ufficio Vendite",
    ],
    "PL": [
        "Kierownik Sprzedaży|Kierowniczka Sprzedaży",
        "Dyrektor Zarządzający",
        "Specjalista ds. Zakupów",
        "Kierownik Projektu",
        "Prezes Zarządu",
        "Główny Księgowy|Główna Księgowa",
    ],
    "CZ": [
        "Obchodní ředitel|Obchodní ředitelka",
        "Jednatel společnosti|Jednatelka společnosti",
        "Vedoucí projektu",
        "Manažer nákupu|Manažerka nákupu",
        "Technický ředitel|Technická ředitelka",
        "Obchodní zástupce|Obchodní zástupkyně",
    ],
}
COMPANIES = {  # (printed name, domain, top-level domain)
    "US": [
        ("Northfield Analytics LLC", "northfieldanalytics", "com"),
        ("Granite Peak Partners Inc.", "granitepeak", "com"),
        ("Bluewater Freight Co.", "bluewaterfreight", "com"),
        ("Harbor & Vine Design LLC", "harborandvine", "com"),
        ("Cobalt Ridge Software, Inc.", "cobaltridge", "com"),
        ("Maple Street Dental Group", "maplestreetdental", "com"),
    ],
    "GB": [
        ("Ashdown Engineering Ltd", "ashdown-engineering", "co.uk"),
        ("Kingsgate Property Services Ltd", "kingsgateproperty", "co.uk"),
        ("Fenwick & Hale LLP", "fenwickhale", "co.uk"),
        ("Brightwater Marine Ltd", "brightwatermarine", "co.uk"),
        ("Thornbury Print Co. Ltd", "thornburyprint", "co.uk"),
        ("Redbrick Digital Ltd", "redbrickdigital", "com"),
    ],
    "FR": [
        ("Lumière & Fils SAS", "lumiere-fils", "fr"),
        ("Atelier Bérard SARL", "atelier-berard", "fr"),
        ("Rhône Logistique SAS", "rhone-logistique", "fr"),
        ("Boulangeries Mercier SA", "boulangeries-mercier", "fr"),
        ("Cabinet Fontaine & Associés", "cabinet-fontaine", "fr"),
        ("Éclat Conseil SAS", "eclat-conseil", "fr"),
    ],
    "DE": [
        ("Weiß & Söhne GmbH", "weiss-soehne", "de"),
        ("Nordlicht Solartechnik GmbH", "nordlicht-solar", "de"),
        ("Bäckerei Köhler KG", "baeckerei-koehler", "de"),
        ("Grünwald Maschinenbau AG", "gruenwald-maschinenbau", "de"),
        ("Hoffmann Logistik GmbH & Co. KG", "hoffmann-logistik", "de"),
        ("Brückner IT-Service GmbH", "brueckner-it", "de"),
    ],
    "ES": [
        ("Construcciones Ibáñez S.L.", "construccionesibanez", "es"),
        ("Bodegas Peña Alta S.A.", "penaalta", "es"),
        ("Muñoz Asesores S.L.", "munozasesores", "es"),
        ("Transportes Castaño S.L.", "transportescastano", "es"),
        ("Diseño Norte S.L.U.", "disenonorte", "es"),
        ("Clínica Dental Sonrisa S.L.", "clinicasonrisa", "com"),
    ],
    "IT": [
        ("Bianchi Arredamenti S.r.l.", "bianchiarredamenti", "it"),
        ("Officine Meccaniche Galli S.p.A.", "officinegalli", "it"),
        ("Studio Lombardi & Associati", "studiolombardi", "it"),
        ("Caffè Santoro S.r.l.", "caffesantoro", "it"),
        ("Tessitura Mancini S.r.l.", "tessituramancini", "it"),
        ("Edilizia Ferraù S.r.l.", "ediliziaferrau", "it"),
    ],
    "PL": [
        ("Wróbel Transport sp. z o.o.", "wrobeltransport", "pl"),
        ("Zakłady Mięsne Kowalczyk sp. z o.o.", "zmkowalczyk", "pl"),
        ("Biuro Rachunkowe Żak s.c.", "biurozak", "pl"),
        ("Dąbrowski Budownictwo S.A.", "dabrowski-budownictwo", "pl"),
        ("Polskie Okna Łódź sp. z o.o.", "polskieokna", "com.pl"),
        ("Ogrody Świerk sp. j.", "ogrodyswierk", "pl"),
    ],
    "CZ": [
        ("Dvořák Stavby s.r.o.", "dvorakstavby", "cz"),
        ("Pivovar Černá Hora a.s.", "pivovarcernahora", "cz"),
        ("Růžička & syn s.r.o.", "ruzickasyn", "cz"),
        ("Kučera Elektro s.r.o.", "kucera-elektro", "cz"),
        ("Účetnictví Svoboda s.r.o.", "ucetnictvi-svoboda", "cz"),
        ("Moravské vinařství Novák s.r.o.", "vinarstvinovak", "cz"),
    ],
}
ADDRESSES = {  # (street, postcode, city, fixed-line area code)
    "US": [
        ("1450 Broadway", "10018", "New York, NY", "212"),
        ("233 S Wacker Dr", "60606", "Chicago, IL", "312"),
        ("88 Kearny Street", "94108", "San Francisco, CA", "415"),
        ("1201 Elm Street", "75270", "Dallas, TX", "214"),
        ("500 Boylston St", "02116", "Boston, MA", "617"),
        ("2200 Western Ave", "98121", "Seattle, WA", "206"),
    ],
    "GB": [
        ("14 Wharf Road", "N1 7GR", "London", "20"),
        ("3 Piccadilly Place", "M1 3BN", "Manchester", "161"),
        ("10 Brindleyplace", "B1 2JB", "Birmingham", "121"),
        ("22 Park Row", "LS1 5JF", "Leeds", "113"),
        ("45 George Street", "EH2 2HT", "Edinburgh", "131"),
        ("1 Temple Quay", "BS1 6DZ", "Bristol", "117"),
    ],
    "FR": [
        ("12 rue de la Paix", "75002", "Paris", "1"),
        ("3 place Bellecour", "69002", "Lyon", "4"),
        ("27 quai des Chartrons", "33000", "Bordeaux", "5"),
        ("150 rue Nationale", "59000", "Lille", "3"),
        ("8 allée Jean Jaurès", "31000", "Toulouse", "5"),
        ("45 boulevard Guist'hau", "44000", "Nantes", "2"),
    ],
    "DE": [
        ("Sendlinger Straße 12", "80331", "München", "89"),
        ("Friedrichstraße 68", "10117", "Berlin", "30"),
        ("Am Sandtorkai 41", "20457", "Hamburg", "40"),
        ("Schildergasse 72", "50667", "Köln", "221"),
        ("Königstraße 26", "70173", "Stuttgart", "711"),
        ("Große Fleischergasse 4", "04109", "Leipzig", "341"),
    ],
    "ES": [
        ("Calle de Alcalá, 45", "28014", "Madrid", "91"),
        ("Passeig de Gràcia, 21", "08007", "Barcelona", "93"),
        ("Calle Colón, 18", "46004", "Valencia", "96"),
        ("Calle Sierpes, 8", "41004", "Sevilla", "95"),
        ("Gran Vía, 31", "48001", "Bilbao", "94"),
        ("Calle Larios, 5", "29005", "Málaga", "95"),
    ],
    "IT": [
        ("Via Torino 21", "20123", "Milano", "02"),
        ("Via del Corso 154", "00186", "Roma", "06"),
        ("Via Garibaldi 7", "10122", "Torino", "011"),
        ("Piazza della Signoria 5", "50122", "Firenze", "055"),
        ("Via dell'Indipendenza 44", "40121", "Bologna", "051"),
        ("Via Toledo 156", "80134", "Napoli", "081"),
    ],
    "PL": [
        ("ul. Marszałkowska 84/92", "00-514", "Warszawa", "22"),
        ("ul. Floriańska 15", "31-019", "Kraków", "12"),
        ("ul. Piotrkowska 104", "90-926", "Łódź", "42"),
        ("ul. Świdnicka 8", "50-067", "Wrocław", "71"),
        ("ul. Długa 22/24", "80-831", "Gdańsk", "58"),
        ("al. Niepodległości 18", "61-713", "Poznań", "61"),
    ],
    "CZ": [
        ("Vinohradská 1511/230", "100 00", "Praha", "2"),
        ("Masarykova 427/31", "602 00", "Brno", "5"),
        ("Náměstí Republiky 12", "301 00", "Plzeň", "37"),
        ("Nádražní 1542/6", "702 00", "Ostrava", "59"),
        ("Lannova 63", "370 01", "České Budějovice", "38"),
        ("Šaldova 34", "460 01", "Liberec", "48"),
    ],
}
FEMALE = {
    "Jennifer",
    "Zoë",
    "Ashley",
    "Renée",
    "Siobhan",
    "Harriet",
    "Chloë",
    "Amélie",
    "Hélène",
    "Gaëlle",
    "Ulrike",
    "Katrin",
    "Begoña",
    "Núria",
    "Sofía",
    "María José",
    "Giulia",
    "Lucrezia",
    "Chiara",
    "Małgorzata",
    "Agnieszka",
    "Zofia",
    "Tereza",
    "Kateřina",
    "Zuzana",
}  # the titles written "masculine|feminine" agree with them
PROVINCES = {
    "Milano": "MI",
    "Roma": "RM",
    "Torino": "TO",
    "Firenze": "FI",
    "Bologna": "BO",
    "Napoli": "NA",
}
COUNTRY_NAMES = {
    "US": "USA",
    "GB": "United Kingdom",
    "FR": "France",
    "DE": "Deutschland",
    "ES": "España",
    "IT": "Italia",
    "PL": "Polska",
    "CZ": "Česká republika",
}
WORD_LABELS = {  # mobile, office, fax, e-mail, web
    "US": ("Cell", "Office", "Fax", "Email", "Web"),
    "GB": ("Mobile", "Tel", "Fax", "Email", "Web"),
    "FR": ("Mob.", "Tél.", "Fax", "E-mail :", "Web"),
    "DE": ("Mobil", "Tel.", "Fax", "E-Mail", "Web"),
    "ES": ("Móvil", "Tel.", "Fax", "Email", "Web"),
    "IT": ("Cell.", "Tel.", "Fax", "E-mail", "Web"),
    "PL": ("kom.", "tel.", "faks", "e-mail", "www"),
    "CZ": ("mobil", "tel.", "fax", "e-mail", "web"),
}
LETTER_LABELS = ("M", "T", "F", "E", "W")
LABEL_KEYS = ("mobile", "office", "fax", "email", "web")
PHONE_CODES = {
    "US": "1",
    "GB": "44",
    "FR": "33",
    "DE": "49",
    "ES": "34",
    "IT": "39",
    "PL": "48",
    "CZ": "420",
}
MOBILE_PREFIXES = {
    "GB": ["74", "75", "77", "78", "79"],
    "FR": ["6", "7"],
    "DE": ["151", "152", "157", "160", "170", "171", "175", "176", "179"],
    "ES": ["6"],
    "IT": ["320", "328", "333", "340", "347", "349", "366", "388"],
    "PL": ["50", "51", "53", "57", "60", "66", "69", "72", "79", "88"],
    "CZ": ["60", "72", "73", "77", "79"],
}
NSN_LENGTHS = {
    "US": (10,),
    "GB": (10,),
    "FR": (9,),
    "DE": (10, 11),
    "ES": (9,),
    "IT": (10,),
    "PL": (9,),
    "CZ": (9,),
}

LIGHT_BACKGROUNDS = ("#ffffff", "#fbf8f1", "#f6f6f2", "#f3f5f8")
DARK_BACKGROUNDS = ("#17203a", "#1b1b1d", "#16332b")
TEXT_COLOURS = ("#2b2b30", "#1c2a4a", "#3a3a3a")
ACCENTS = ("#00707a", "#8a1c32", "#d2691e", "#2e6e3f", "#1f55a8", "#a8842f", "#5b3a86")
PANEL_ACCENTS = ("#00606a", "#7a1a2e", "#24563a", "#1d4b8f", "#4a2f70", "#2d3540")
LIGHT_ACCENTS = ("#d3b16a", "#8fd0cc", "#e7c08a")


# -- content --------------------------------------------------------------------


def _fold(text, umlauts=False):
    """ASCII form of a name for an e-mail address or a domain."""
    if umlauts:
        for src, dst in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
            text = text.replace(src, dst)
    text = text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and c.isalnum()).lower()


def _group(digits, sizes, sep=" "):
    parts, pos = [], 0
    for size in sizes:
        parts.append(digits[pos : pos + size])
        pos += size
    if pos < len(digits):
        parts.append(digits[pos:])
    return sep.join(p for p in parts if p)


def _formats_us(nsn, _cut, _mobile):
    a, b, c = nsn[:3], nsn[3:6], nsn[6:]
    return (
        [f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"{a}-{b}-{c}"],
        [f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"+1 {a}.{b}.{c}"],
    )


def _formats_gb(nsn, cut, _mobile):
    head, tail = nsn[:cut], nsn[cut:]
    tail = tail if cut == 4 else _group(tail, (len(tail) - 4, 4))
    return [f"0{head} {tail}"], [f"+44 {head} {tail}", f"+44 (0){head} {tail}"]


def _formats_fr(nsn, _cut, _mobile):
    pairs = _group(nsn[1:], (2, 2, 2, 2))
    return (
        [_group("0" + nsn, (2, 2, 2, 2)), _group("0" + nsn, (2, 2, 2, 2), ".")],
        [f"+33 {nsn[0]} {pairs}", f"+33 (0){nsn[0]} {pairs}"],
    )


def _formats_de(nsn, cut, _mobile):
    head, tail = nsn[:cut], nsn[cut:]
    spaced = _group(tail, (4,)) if len(tail) > 5 else tail
    return (
        [f"0{head} {spaced}", f"0{head}/{tail}", f"0{head} {tail}"],
        [f"+49 {head} {spaced}", f"+49 (0){head} {spaced}", f"+49 {head} {tail}"],
    )


def _formats_es(nsn, cut, mobile):
    if mobile:
        national = [_group(nsn, (3, 3)), _group(nsn, (3, 2, 2))]
    else:
        national = [_group(nsn, (3, 3)), _group(nsn, (cut, 3, 2))]
    return national, [f"+34 {n}" for n in national]


def _formats_it(nsn, cut, mobile):
    head, tail = nsn[:cut], nsn[cut:]
    if mobile:
        national = [_group(nsn, (3, 3)), f"{head} {tail}"]
    else:
        national = [f"{head} {_group(tail, (len(tail) - 4,))}", f"{head} {tail}"]
    return national, [f"+39 {n}" for n in national]


def _formats_pl(nsn, _cut, mobile):
    if not mobile:
        tail = _group(nsn[2:], (3, 2))
        national = [f"{nsn[:2]} {tail}", f"({nsn[:2]}) {tail}"]
        return national, [f"+48 {nsn[:2]} {tail}"]
    national = [_group(nsn, (3, 3)), _group(nsn, (3, 3), "-")]
    return national, [f"+48 {national[0]}"]


def _formats_cz(nsn, _cut, _mobile):
    national = _group(nsn, (3, 3))
    return [national], [f"+420 {national}"]


PHONE_FORMATS = {
    "US": _formats_us,
    "GB": _formats_gb,
    "FR": _formats_fr,
    "DE": _formats_de,
    "ES": _formats_es,
    "IT": _formats_it,
    "PL": _formats_pl,
    "CZ": _formats_cz,
}


def _phone(rng, country, area, mobile, international):
    """A valid number as printed on a card of the country and its E.164 form."""
    for _attempt in range(200):
        head = rng.choice(MOBILE_PREFIXES.get(country, [area])) if mobile else area
        lengths = NSN_LENGTHS[country]
        length = rng.choice(lengths) if mobile else min(lengths)
        nsn = head + str(rng.randint(2, 9))
        nsn += "".join(str(rng.randint(0, 9)) for _ in range(length - len(nsn)))
        cut = 4 if country == "GB" and mobile else len(head)
        national, intl = PHONE_FORMATS[country](nsn, cut, mobile)
        printed = rng.choice(intl if international else national)
        number = phonenumbers.parse(printed, country)
        kind = phonenumbers.number_type(number)
        wanted_mobile = kind in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )
        if phonenumbers.is_valid_number(number) and (wanted_mobile or not mobile):
            e164 = phonenumbers.PhoneNumberFormat.E164
            return printed, phonenumbers.format_number(number, e164)
    raise ValueError(f"no valid {country} number from area {area}")


def _email(rng, first, last, domain, country):
    umlauts = country == "DE" and rng.random() < 0.5
    first, last = _fold(first, umlauts), _fold(last, umlauts)
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}.{last}",
            f"{first[0]}.{last}",
            first,
            f"{first[0]}{last}",
        ]
    )
    return f"{local}@{domain}"


def _website(rng, domain):
    return rng.choice(["www.", "www.", "www.", "", "https://www.", "https://"]) + domain


def _labels(country, label_style):
    if label_style in ("none", "icons"):  # a fax number always says so
        return dict.fromkeys(LABEL_KEYS, "") | {"fax": "Fax "}
    if label_style == "words":
        return {
            k: w + " " for k, w in zip(LABEL_KEYS, WORD_LABELS[country], strict=True)
        }
    sep = ": " if label_style == "letters-colon" else " "
    return {k: w + sep for k, w in zip(LABEL_KEYS, LETTER_LABELS, strict=True)}


def _contact_lines(rng, card, layout, label_style):
    """(role, label, icon, text) of the phone, e-mail and web lines, and the truth."""
    country, address = card["country"], card["address"]
    labels = _labels(country, label_style)
    icons = label_style == "icons"
    intl = rng.random() < 0.4
    phones = []
    has_mobile = rng.random() < 0.75
    if has_mobile:
        phones.append(("mobile", *_phone(rng, country, address[3], True, intl)))
    if not has_mobile or rng.random() < 0.4:
        phones.append(("office", *_phone(rng, country, address[3], False, intl)))
    if not icons and rng.random() < 0.2:
        phones.append(("fax", *_phone(rng, country, address[3], False, intl)))
    truth = {
        "email": card["email"],
        "phone": phones[0][2],
        "phone_printed": phones[0][1],
        "website": card["domain"],
    }
    email, web = card["email"], _website(rng, card["domain"])
    combine = None
    if layout in SINGLE_COLUMN and not icons:
        combine = rng.choice([None, None, "email+web", "phone+email"])
    if combine == "phone+email" and len(phones) > 1:
        combine = "email+web"
    if (
        combine
        and len(email) + len(web if combine == "email+web" else phones[0][1]) > 38
    ):
        combine = None
    lines = []
    sep = rng.choice([" · ", " | ", "  |  "])
    for kind, printed, _e164 in phones:
        if combine == "phone+email":
            lines.append(("phone+email", labels[kind], None, printed + sep + email))
        else:
            role = "fax" if kind == "fax" else "phone"
            lines.append((role, labels[kind], "phone" if icons else None, printed))
    if combine == "email+web":
        lines.append(("email+web", labels["email"], None, email + sep + web))
    else:
        if combine is None:
            lines.append(("email", labels["email"], "email" if icons else None, email))
        lines.append(("web", labels["web"], "web" if icons else None, web))
    return lines, truth


def _address_lines(rng, card, layout, icons):
    street, postcode, city, _area = card["address"]
    country = card["country"]
    if country in ("GB", "US"):
        city_line = f"{city} {postcode}"
    elif country == "IT" and rng.random() < 0.5:
        city_line = f"{postcode} {city} ({PROVINCES[city]})"
    else:
        city_line = f"{postcode} {city}"
    icon = "pin" if icons else None
    if layout in SINGLE_COLUMN and rng.random() < 0.35:
        lines = [("address", "", icon, f"{street}, {city_line}")]
    else:
        lines = [("street", "", icon, street), ("city", "", None, city_line)]
    if rng.random() < 0.3:
        lines.append(("country", "", None, COUNTRY_NAMES[country]))
    truth = {
        "street": street,
        "zip": postcode,
        "city": city.split(",")[0],
        "country": country,
    }
    return lines, truth


def _too_many(rows, layout):
    first = [row for row in rows if row[0] not in ADDRESS]
    return len(rows) > CONTACT_LINES[layout] or (
        layout in TWO_COLUMNS and len(first) > 4
    )


def _trim(rows, layout):
    """Drops the country line, then a fax, then a second phone until all fit."""
    for role in ("country", "fax", "phone"):
        while _too_many(rows, layout):
            found = [k for k, row in enumerate(rows) if row[0] == role]
            if len(found) < (2 if role == "phone" else 1):
                break
            del rows[found[-1]]
    return rows


def _header_lines(rng, card, layout, style):
    name = ("name", "", None, card["name"])
    company = card["company"].upper() if style["company_caps"] else card["company"]
    company = ("company", "", None, company)
    title = [("title", "", None, card["title"])] if card["title"] else []
    if layout == "classic" or (
        layout in ("right", "centred", "portrait", "footer") and rng.random() < 0.5
    ):
        return [company, name, *title]
    return [name, *title, company]


def _style(rng, index, layout):
    dark = index in DARK_CARDS
    accent = rng.choice(LIGHT_ACCENTS if dark else ACCENTS)
    if layout == "portrait":
        card_mm, card_px = (54, 85), rng.randrange(760, 901, 10)
    else:
        card_mm = rng.choice([(85, 55), (90, 50)])
        card_px = rng.randrange(1000, 1401, 10)
    caps = rng.random() < 0.3
    return {
        "card_mm": list(card_mm),
        "card_px": card_px,
        "dark": dark,
        "background": rng.choice(DARK_BACKGROUNDS if dark else LIGHT_BACKGROUNDS),
        "text": "#efece4" if dark else rng.choice(TEXT_COLOURS),
        "accent": accent,
        "panel": rng.choice(PANEL_ACCENTS),
        "panel_side": rng.choice(["left", "right"]),
        "company_caps": caps,
        "company_tracking": rng.choice([0.0, 0.08, 0.15]) if caps else 0.0,
        "logo": rng.choice(LOGOS)
        if layout == "classic" or rng.random() < 0.4
        else None,
        "title_italic": rng.random() < 0.3,
        "name_mm": round(rng.uniform(4.3, 5.2), 2),
        "contact_mm": round(rng.uniform(2.55, 2.9), 2),
    }


def _effects(rng, index, portrait):
    pair, half = divmod(index, 2)
    sideways = index in SIDEWAYS
    roll = rng.uniform(-12, 12) + (rng.choice([-90, 90]) if sideways else 0)
    portrait_frame = portrait != sideways
    width = (
        rng.randrange(1500, 2401, 4) if portrait_frame else rng.randrange(1200, 3001, 4)
    )
    low = max(0.45, 900 / width)
    high = 0.62 if portrait_frame else 0.8
    return {
        "tilt": round(rng.uniform(10, 25), 1),
        "tilt_axis": round(rng.uniform(0, 360), 1),
        "roll": round(roll, 1),
        "sideways": sideways,
        "desk": "white-paper"
        if index in LIGHT_ON_LIGHT
        else DESKS[(pair + half) % len(DESKS)],
        "light": ("linear", "radial")[(pair // 2 + half) % 2],
        "light_strength": round(rng.uniform(0.2, 0.45), 2),
        "hand_shadow": index % 5 == 2,
        "glare": index % 3 == 1,
        "white_balance": rng.choice(["warm", "cool", "neutral"]),
        "defocus": round(rng.uniform(0.5, 1.5), 2),
        "noise": round(rng.uniform(2, 6), 1),
        "jpeg_quality": rng.randint(60, 80),
        "width_px": width,
        "card_fraction": round(rng.uniform(low, max(low, high)), 3),
    }


def _pools(rng):
    pools = {}
    for country in COUNTRIES:
        pools[country] = list(
            zip(
                rng.sample(PEOPLE[country], 6),
                rng.sample(TITLES[country], 6),
                rng.sample(COMPANIES[country], 6),
                rng.sample(ADDRESSES[country], 6),
                strict=True,
            )
        )
    return pools


def _entry(rng, index, country, person):
    pair, half = divmod(index, 2)
    layout = LAYOUTS[pair % len(LAYOUTS)]
    (first, last), title, (company, stem, tld), address = person
    domain = f"{stem}.{tld}"
    style = _style(rng, index, layout)
    title = title.split("|")[-1 if first in FEMALE else 0]
    card = {
        "country": country,
        "name": f"{first} {last}",
        "title": title if rng.random() < 0.85 else None,
        "company": company,
        "domain": domain,
        "address": address,
        "email": _email(rng, first, last, domain, country),
    }
    label_style = LABEL_STYLES[(pair + 2 * half) % len(LABEL_STYLES)]
    if len(company) > 26:  # long names stay in lower case
        style |= {"company_caps": False, "company_tracking": 0.0}
    header = _header_lines(rng, card, layout, style)
    contacts, truth = _contact_lines(rng, card, layout, label_style)
    if rng.random() < (0.45 if layout == "centred" else 0.8):
        address_lines, address_truth = _address_lines(
            rng, card, layout, label_style == "icons"
        )
        contacts += address_lines
        truth |= address_truth
    truth = {
        "name": card["name"],
        **({"title": title} if card["title"] else {}),
        "company": company,
        **truth,
    }
    rows = header + _trim(contacts, layout)
    style |= {
        "label_style": label_style,
        "roles": [r[0] for r in rows],
        "labels": [r[1] for r in rows],
        "icons": [r[2] for r in rows],
    }
    font = FONT_ORDER[index % len(FONT_ORDER)]
    return {
        "key": f"p{index + 1:02d}-{country.lower()}-{layout}-{font}",
        "seed": FIRST_SEED + index,
        "split": "measure" if half else "tune",
        "country": country,
        "layout": layout,
        "font": font,
        "orientation": "portrait" if layout == "portrait" else "landscape",
        "effects": _effects(rng, index, layout == "portrait"),
        "style": style,
        "truth": truth,
        "lines": [r[1] + r[3] for r in rows],
    }


def build_entries():
    """The 48 seeded entries written to ``card_photos.json``."""
    rng = random.Random(POOL_SEED)
    pools = _pools(rng)
    entries = []
    for index in range(48):
        pair, half = divmod(index, 2)
        country = COUNTRIES[(pair + pair // 8 + 3 * half) % len(COUNTRIES)]
        entries.append(_entry(rng, index, country, pools[country].pop()))
    return entries


def load_photos(split=None):
    """The entries of ``card_photos.json``, optionally only one split."""
    entries = json.loads(PHOTOS_JSON.read_text(encoding="utf-8"))
    return [e for e in entries if split is None or e["split"] == split]


# -- the printed card -------------------------------------------------------------


def _rgb(colour):
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


class _Card:
    """Draws an entry's lines on a card ``width`` pixels wide; sizes are in mm."""

    def __init__(self, entry, width):
        self.entry, self.style = entry, entry["style"]
        self.w, self.h = self.style["card_mm"]
        self.u = width / self.w
        self.img = Image.new(
            "RGB", (width, round(self.h * self.u)), self.style["background"]
        )
        self.draw = ImageDraw.Draw(self.img)
        self.fonts = {}
        text, bg = _rgb(self.style["text"]), _rgb(self.style["background"])
        self.colours = {
            "text": text,
            "muted": _mix(text, bg, 0.3),
            "accent": _rgb(self.style["accent"]),
        }
        white = (255, 255, 255)
        self.on_panel = {"text": white, "muted": (226, 230, 234), "accent": white}
        contact = self.style["contact_mm"] * 0.5 / X_HEIGHT.get(entry["font"], 0.5)
        name = self.style["name_mm"]
        self.sizes = {
            "name": name,
            "title": max(contact * 1.05, name * 0.62),
            "company": name * (0.62 if self.style["company_caps"] else 0.78),
        }
        self.contact = contact

    # measuring and drawing one line

    def _font(self, weight, size):
        px = max(8, round(size * self.u))
        key = (weight, px)
        if key not in self.fonts:
            path = FONT_ROOT + FONTS[self.entry["font"]][weight]
            self.fonts[key] = ImageFont.truetype(path, px)
        return self.fonts[key]

    def _spec(self, i):
        role = self.style["roles"][i]
        if role == "name":
            return 1, self.sizes["name"], "text", 0.0
        if role == "title":
            return (
                (2 if self.style["title_italic"] else 0),
                self.sizes["title"],
                "muted",
                0.0,
            )
        if role == "company":
            weight = 0 if self.style["company_tracking"] else 1
            return (
                weight,
                self.sizes["company"],
                "accent",
                self.style["company_tracking"],
            )
        return 0, self.contact, "text", 0.0

    def _parts(self, i, scale):
        weight, size, colour, tracking = self._spec(i)
        label = self.style["labels"][i]
        text = self.entry["lines"][i][len(label) :]
        font = self._font(weight, size * scale)
        label_font = self._font(1, size * scale)
        track = tracking * size * scale * self.u
        width = (
            sum(font.getlength(c) + track for c in text)
            if track
            else font.getlength(text)
        )
        width += label_font.getlength(label)
        icon = size * scale * self.u * 1.6 if self.style["icons"][i] else 0
        return font, label_font, label, text, track, width + icon, colour

    def _height(self, i, scale):
        size = self._spec(i)[1] * scale
        return size * (1.5 if self.style["roles"][i] in HEADER else 1.36)

    def block(self, rows, x, box, align="l", colours=None, valign="top"):
        """Draws lines ``rows`` from x (mm) in the vertical box (top, bottom)."""
        if not rows:
            return box[0]
        top, bottom = box[:2]
        max_w = (box[2] if len(box) > 2 else self.w - 12) * self.u
        fit = min(1.0, (bottom - top) / sum(self._height(i, 1.0) for i in rows))
        scales = [min(fit, max_w / self._parts(i, 1.0)[5]) for i in rows]
        total = sum(self._height(i, k) for i, k in zip(rows, scales, strict=True))
        y = {
            "top": top,
            "bottom": bottom - total,
            "middle": (top + bottom - total) / 2,
        }[valign]
        for i, scale in zip(rows, scales, strict=True):
            self._line(i, x, y, scale, align, colours or self.colours)
            y += self._height(i, scale)
        return y

    def _line(self, i, x, y, scale, align, colours):
        font, label_font, label, text, track, width, colour = self._parts(i, scale)
        size = self._spec(i)[1] * scale
        px = x * self.u - {"l": 0, "m": width / 2, "r": width}[align]
        base = (y + size * 1.02) * self.u
        icon = self.style["icons"][i]
        icon_w = size * self.u * 1.6 if icon else 0
        if icon and align != "r":
            self._icon(
                icon,
                px + size * self.u * 0.55,
                base - size * self.u * 0.36,
                size * self.u * 0.42,
                colours["accent"],
            )
            px += icon_w
        if label:
            self.draw.text(
                (px, base), label, font=label_font, fill=colours["accent"], anchor="ls"
            )
            px += label_font.getlength(label)
        if track:
            for char in text:
                self.draw.text(
                    (px, base), char, font=font, fill=colours[colour], anchor="ls"
                )
                px += font.getlength(char) + track
        else:
            self.draw.text(
                (px, base), text, font=font, fill=colours[colour], anchor="ls"
            )
            px += font.getlength(text)
        if icon and align == "r":
            self._icon(
                icon,
                px + icon_w - size * self.u * 0.55,
                base - size * self.u * 0.36,
                size * self.u * 0.42,
                colours["accent"],
            )

    # shapes

    def _icon(self, kind, cx, cy, r, colour):
        d, w = self.draw, max(2, round(r * 0.22))
        if kind == "phone":
            d.rounded_rectangle(
                (cx - r * 0.6, cy - r, cx + r * 0.6, cy + r),
                radius=r * 0.25,
                outline=colour,
                width=w,
            )
            d.line(
                (cx - r * 0.2, cy + r * 0.65, cx + r * 0.2, cy + r * 0.65),
                fill=colour,
                width=w,
            )
        elif kind == "email":
            box = (cx - r, cy - r * 0.7, cx + r, cy + r * 0.7)
            d.rectangle(box, outline=colour, width=w)
            d.line(
                (box[0], box[1], cx, cy + r * 0.1, box[2], box[1]), fill=colour, width=w
            )
        elif kind == "web":
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=w)
            d.ellipse(
                (cx - r * 0.4, cy - r, cx + r * 0.4, cy + r), outline=colour, width=w
            )
            d.line((cx - r, cy, cx + r, cy), fill=colour, width=w)
        else:  # pin
            d.ellipse((cx - r * 0.75, cy - r, cx + r * 0.75, cy + r * 0.5), fill=colour)
            d.polygon(
                [(cx - r * 0.6, cy), (cx + r * 0.6, cy), (cx, cy + r * 1.1)],
                fill=colour,
            )

    def logo(self, cx, cy, size, colour=None):
        """A geometric mark of ``size`` mm centred on (cx, cy) mm."""
        colour = colour or self.colours["accent"]
        c, r, d = (cx * self.u, cy * self.u), size * self.u / 2, self.draw
        box = (c[0] - r, c[1] - r, c[0] + r, c[1] + r)
        shape = self.style["logo"]
        if shape == "circle":
            d.ellipse(box, fill=colour)
        elif shape == "ring":
            d.ellipse(box, outline=colour, width=max(3, round(r * 0.3)))
        elif shape == "square":
            d.rectangle(box, outline=colour, width=max(3, round(r * 0.18)))
            d.rectangle(
                (c[0] - r * 0.45, c[1] - r * 0.45, c[0] + r * 0.45, c[1] + r * 0.45),
                fill=colour,
            )
        elif shape == "diamond":
            d.polygon(
                [(c[0], box[1]), (box[2], c[1]), (c[0], box[3]), (box[0], c[1])],
                fill=colour,
            )
        elif shape == "triangle":
            d.polygon([(c[0], box[1]), (box[2], box[3]), (box[0], box[3])], fill=colour)
        elif shape == "bars":
            for k in range(3):
                x0 = box[0] + k * r * 0.72
                d.rectangle(
                    (x0, box[3] - r * (0.8 + 0.6 * k), x0 + r * 0.5, box[3]),
                    fill=colour,
                )
        else:  # overlap
            d.ellipse(
                (box[0], box[1] + r * 0.3, c[0] + r * 0.3, box[3] - r * 0.1),
                outline=colour,
                width=max(3, round(r * 0.22)),
            )
            d.ellipse(
                (c[0] - r * 0.3, box[1] + r * 0.1, box[2], box[3] - r * 0.3),
                outline=colour,
                width=max(3, round(r * 0.22)),
            )

    def rect(self, box, colour):
        self.draw.rectangle(tuple(v * self.u for v in box), fill=colour)

    def natural(self, rows):
        """Width in mm of the widest of ``rows`` at full size."""
        return max((self._parts(i, 1.0)[5] for i in rows), default=0) / self.u

    def rows(self, *roles, exclude=False):
        wanted = set(roles)
        return [
            i for i, r in enumerate(self.style["roles"]) if (r in wanted) != exclude
        ]


def _two_columns(card, x, box, colours=None):
    """Phone/e-mail/web lines in a first column and the address in a second."""
    top, bottom = box[:2]
    width = box[2] if len(box) > 2 else card.w - 2 * x
    first = card.rows(*HEADER, *ADDRESS, exclude=True)
    second = card.rows(*ADDRESS)
    if not second and len(first) < 5:
        card.block(first, x, (top, bottom, width), colours=colours, valign="middle")
        return
    if not second:
        half = (len(first) + 1) // 2
        first, second = first[:half], first[half:]
    gap = 4
    wide, narrow = card.natural(first), card.natural(second)
    if wide + gap + narrow > width:
        wide = (width - gap) * wide / (wide + narrow)
    col = min(max(wide, width * 0.5 - gap), width - narrow - gap)
    card.block(first, x, (top, bottom, col), colours=colours, valign="middle")
    card.block(
        second,
        x + col + gap,
        (top, bottom, width - col - gap),
        colours=colours,
        valign="middle",
    )


def _layout_right(card):
    w, h, m = card.w, card.h, 6
    text_w = w - 2 * m
    if card.style["logo"]:
        card.logo(m + 7, m + 7, 13)
        text_w -= 18
    header = card.rows(*HEADER)
    bottom = card.block(header, w - m, (m, h * 0.45, text_w), "r")
    card.rect((w - m - 14, bottom + 0.6, w - m, bottom + 1.1), card.colours["accent"])
    card.block(
        card.rows(*HEADER, exclude=True),
        w - m,
        (bottom + 3, h - m, text_w),
        "r",
        valign="bottom",
    )


def _layout_split(card):
    w, h, m = card.w, card.h, 5
    header, contacts = card.rows(*HEADER), card.rows(*HEADER, exclude=True)
    wide, narrow = card.natural(header), card.natural(contacts)
    panel = min(max(wide * (w - 4 * m) / (wide + narrow) + 2 * m, w * 0.36), w * 0.5)
    left = card.style["panel_side"] == "left"
    x0 = 0 if left else w - panel
    card.rect((x0, 0, x0 + panel, h), card.style["panel"])
    top = m
    if card.style["logo"]:
        card.logo(x0 + m + 4, m + 4, 8, (255, 255, 255))
        top += 11
    card.block(
        header,
        x0 + m,
        (top, h - m, panel - 2 * m),
        colours=card.on_panel,
        valign="middle",
    )
    x1 = panel + m if left else m
    card.block(
        contacts,
        x1,
        (m, h - m, w - panel - 2 * m),
        valign="middle",
    )


def _layout_band(card):
    w, h, m = card.w, card.h, 6
    band = h * 0.42
    card.rect((0, 0, w, band), card.style["panel"])
    text_w = w - 2 * m
    if card.style["logo"]:
        card.logo(w - m - 5, band / 2, 10, (255, 255, 255))
        text_w -= 14
    card.block(
        card.rows(*HEADER),
        m,
        (3, band - 3, text_w),
        colours=card.on_panel,
        valign="middle",
    )
    _two_columns(card, m, (band + 2.5, h - 3.5))


def _layout_footer(card):
    w, h, m = card.w, card.h, 6
    footer = h * 0.42
    card.rect((0, h - footer, w, h), card.style["panel"])
    text_w = w - 2 * m
    if card.style["logo"]:
        card.logo(w - m - 5, m + 5, 10)
        text_w -= 14
    card.block(
        card.rows(*HEADER), m, (m - 1, h - footer - 2.5, text_w), valign="middle"
    )
    accent = _rgb(card.style["accent"]) if card.style["dark"] else (255, 255, 255)
    colours = {"text": (255, 255, 255), "muted": (230, 230, 230), "accent": accent}
    _two_columns(card, m, (h - footer + 2.5, h - 2.5), colours)


def _layout_columns(card):
    w, h, m = card.w, card.h, 6
    divider = w * 0.47
    card.rect((divider, h * 0.2, divider + 0.3, h * 0.8), card.colours["accent"])
    top = m
    if card.style["logo"]:
        card.logo(m + 4, m + 4, 8)
        top += 10
    card.block(card.rows(*HEADER), m, (top, h - m, divider - m - 3), valign="middle")
    card.block(
        card.rows(*HEADER, exclude=True),
        divider + 3.5,
        (m, h - m, w - divider - 3.5 - m + 1),
        valign="middle",
    )


def _layout_portrait(card):
    w, h, m = card.w, card.h, 5
    top = m + 2
    if card.style["logo"]:
        card.logo(w / 2, m + 7, 12)
        top += 16
    bottom = card.block(card.rows(*HEADER), w / 2, (top, h * 0.55, w - 2 * m), "m")
    card.rect(
        (w / 2 - 6, bottom + 1.5, w / 2 + 6, bottom + 1.9), card.colours["accent"]
    )
    card.block(
        card.rows(*HEADER, exclude=True),
        w / 2,
        (bottom + 4, h - m, w - 2 * m),
        "m",
        valign="middle",
    )


def _layout_classic(card):
    w, h, m = card.w, card.h, 6
    size = 9
    card.logo(m + size / 2, m + size / 2, size)
    company = card.rows("company")
    card.block(
        company, m + size + 3, (m, m + size, w - 2 * m - size - 3), valign="middle"
    )
    bottom = card.block(card.rows("name", "title"), m, (m + size + 3, h * 0.62))
    _two_columns(card, m, (bottom + 1, h - 4))


def _layout_centred(card):
    w, h, m = card.w, card.h, 6
    top = m
    if card.style["logo"]:
        card.logo(w / 2, m + 3.5, 7)
        top += 9
    bottom = card.block(card.rows(*HEADER), w / 2, (top, h * 0.58, w - 2 * m), "m")
    card.block(
        card.rows(*HEADER, exclude=True),
        w / 2,
        (bottom + 3, h - m + 1, w - 2 * m),
        "m",
        valign="middle",
    )


LAYOUT_PAINTERS = {
    "right": _layout_right,
    "split": _layout_split,
    "band": _layout_band,
    "footer": _layout_footer,
    "columns": _layout_columns,
    "portrait": _layout_portrait,
    "classic": _layout_classic,
    "centred": _layout_centred,
}


def _card_image(entry, width):
    card = _Card(entry, width)
    LAYOUT_PAINTERS[entry["layout"]](card)
    return card.img


def render_flat(entry):
    """PNG bytes of the card as a flat scan, without photo effects."""
    buffer = io.BytesIO()
    _card_image(entry, entry["style"]["card_px"]).save(buffer, format="PNG")
    return buffer.getvalue()


# -- the photo ----------------------------------------------------------------------


def _smooth_noise(rng, shape, cells):
    """Low-frequency noise in [-1, 1] of ``shape`` (h, w)."""
    h, w = shape
    grid = rng.uniform(-1, 1, (cells, max(2, round(cells * w / h)))).astype(np.float32)
    return cv2.resize(grid, (w, h), interpolation=cv2.INTER_CUBIC)


def _wood(rng, h, w):
    base = np.array(
        rng.choice([(160, 112, 72), (104, 70, 46), (196, 164, 122), (138, 92, 58)]),
        np.float32,
    )
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    period = rng.uniform(7, 16)
    plank_h = h / rng.uniform(2.2, 4.0)
    plank = np.floor(yy / plank_h)
    wobble = _smooth_noise(rng, (h, w), 4) * rng.uniform(20, 45)
    wave = 6 * np.sin(xx / rng.uniform(120, 260) + plank * 1.7)
    rings = 0.5 + 0.5 * np.sin((yy + wobble + wave + plank * 37) * 2 * np.pi / period)
    streaks = cv2.resize(
        rng.normal(0, 1, (h, max(2, w // 40))).astype(np.float32),
        (w, h),
        interpolation=cv2.INTER_LINEAR,
    )
    shade = 0.86 + 0.12 * rings**2.5 + 0.035 * streaks
    shade *= 1 + 0.08 * np.sin(plank * 2.3 + rng.uniform(0, 6))
    seam = np.abs((yy % plank_h) - plank_h / 2) > plank_h / 2 - 1.2
    shade = np.where(seam, shade * 0.55, shade)
    return shade[..., None] * base


def _dark_desk(rng, h, w):
    base = np.array(rng.choice([(38, 38, 42), (30, 28, 27), (44, 40, 36)]), np.float32)
    shade = 1 + 0.12 * _smooth_noise(rng, (h, w), 3)
    shade += 0.04 * rng.normal(0, 1, (h, w)).astype(np.float32)
    return shade[..., None] * base


def _fabric(rng, h, w):
    base = np.array(
        rng.choice([(128, 128, 132), (112, 116, 122), (140, 136, 130)]), np.float32
    )
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    period = rng.uniform(3.0, 4.5)
    weave = np.sin(xx * 2 * np.pi / period) * np.sin(yy * 2 * np.pi / period)
    fibres = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 0.8)
    shade = 1 + 0.06 * weave + 0.05 * fibres + 0.06 * _smooth_noise(rng, (h, w), 3)
    return shade[..., None] * base


def _paper(rng, h, w):
    base = np.array(
        rng.choice([(236, 236, 231), (240, 238, 232), (232, 234, 236)]), np.float32
    )
    shade = 1 + 0.025 * _smooth_noise(rng, (h, w), 4)
    shade += 0.012 * rng.normal(0, 1, (h, w)).astype(np.float32)
    return shade[..., None] * base


DESK_TEXTURES = {
    "wood": _wood,
    "dark": _dark_desk,
    "grey-fabric": _fabric,
    "white-paper": _paper,
}


def _rotation(axis_deg, angle_deg):
    """Rodrigues rotation about the in-plane unit vector at ``axis_deg``."""
    a, t = math.radians(axis_deg), math.radians(angle_deg)
    k = np.array([math.cos(a), math.sin(a), 0.0])
    kx = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
    return np.eye(3) + math.sin(t) * kx + (1 - math.cos(t)) * kx @ kx


def _card_quad(entry, rng, frame_w, frame_h):
    """Corners (clockwise from top-left) of the card seen by the phone."""
    fx = entry["effects"]
    w, h = entry["style"]["card_mm"]
    corners = np.array(
        [[-w / 2, -h / 2, 0], [w / 2, -h / 2, 0], [w / 2, h / 2, 0], [-w / 2, h / 2, 0]]
    )
    roll = math.radians(fx["roll"])
    spin = np.array(
        [
            [math.cos(roll), -math.sin(roll), 0],
            [math.sin(roll), math.cos(roll), 0],
            [0, 0, 1],
        ]
    )
    points = corners @ spin.T @ _rotation(fx["tilt_axis"], fx["tilt"]).T
    distance = max(w, h) * rng.uniform(1.3, 1.8)  # a phone 11-15 cm above a card
    quad = points[:, :2] / (points[:, 2:] + distance)
    size = quad.max(axis=0) - quad.min(axis=0)
    scale = min(fx["card_fraction"] * frame_w / size[0], 0.9 * frame_h / size[1])
    quad = (quad - quad.min(axis=0)) * scale
    room = np.array([frame_w, frame_h]) - size * scale
    offset = room * np.array([rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7)])
    return (quad + offset).astype(np.float32)


def _blurred_small(mask, sigma, shape):
    """A blur of a full-size mask computed at a quarter of its size."""
    h, w = shape
    small = cv2.resize(mask, (w // 4, h // 4), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), max(1.0, sigma / 4))
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def _light_field(entry, rng, quad, shape):
    """Multiplicative light over the frame: gradient, vignette, hand shadow."""
    fx, (h, w) = entry["effects"], shape
    sh, sw = h // 4, w // 4
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    xx, yy = xx / sw, yy / sh
    strength = fx["light_strength"]
    if fx["light"] == "linear":
        a = rng.uniform(0, 2 * math.pi)
        t = xx * math.cos(a) + yy * math.sin(a)
        t = (t - t.min()) / (t.max() - t.min())
    else:
        cx, cy = rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8)
        t = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
        t = (t / t.max()) ** 1.4
    field = (1 - strength * t) * rng.uniform(0.95, 1.08)
    if fx["hand_shadow"]:
        corner = quad[rng.randrange(4)] / 4
        centre = quad.mean(axis=0) / 4
        spot = corner + (corner - centre) * rng.uniform(0.1, 0.5)
        radius = np.linalg.norm(corner - centre) * rng.uniform(0.7, 1.0)
        blob = np.zeros((sh, sw), np.float32)
        cv2.ellipse(
            blob,
            (int(spot[0]), int(spot[1])),
            (int(radius), int(radius * rng.uniform(0.4, 0.7))),
            rng.uniform(0, 180),
            0,
            360,
            1.0,
            -1,
        )
        blob = cv2.GaussianBlur(blob, (0, 0), radius * 0.25)
        field *= 1 - rng.uniform(0.25, 0.4) * blob
    return cv2.resize(field, (w, h), interpolation=cv2.INTER_LINEAR)


def _glare(rng, quad, shape):
    """Soft white ellipse inside the card, alpha in [0, 1] over the frame."""
    h, w = shape
    sh, sw = h // 4, w // 4
    weights = np.array([rng.random() for _ in range(4)]) ** 2
    centre = (weights / weights.sum()) @ (quad / 4)
    card_w = np.linalg.norm(quad[1] - quad[0]) / 4
    axes = card_w * rng.uniform(0.07, 0.15), card_w * rng.uniform(0.04, 0.09)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    angle = math.radians(rng.uniform(0, 180))
    dx, dy = xx - centre[0], yy - centre[1]
    u = (dx * math.cos(angle) + dy * math.sin(angle)) / axes[0]
    v = (-dx * math.sin(angle) + dy * math.cos(angle)) / axes[1]
    alpha = rng.uniform(0.5, 0.72) * np.exp(-(u**2 + v**2))
    return cv2.resize(alpha, (w, h), interpolation=cv2.INTER_LINEAR)


def render_photo(entry):
    """JPEG bytes of a phone photo of the entry's card lying on a desk."""
    fx = entry["effects"]
    rng = random.Random(entry["seed"])
    noise = np.random.default_rng(entry["seed"])
    portrait_frame = (entry["orientation"] == "portrait") != fx["sideways"]
    w = fx["width_px"]
    h = w * 4 // 3 if portrait_frame else w * 3 // 4
    quad = _card_quad(entry, rng, w, h)
    card_px = round(float(np.linalg.norm(quad[1] - quad[0])) * 1.15)
    card = np.asarray(_card_image(entry, card_px), np.float32)
    ch, cw = card.shape[:2]
    source = np.float32([[0, 0], [cw, 0], [cw, ch], [0, ch]])
    homography = cv2.getPerspectiveTransform(source, quad)
    warped = cv2.warpPerspective(card, homography, (w, h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ch, cw), np.float32), homography, (w, h))
    desk = DESK_TEXTURES[fx["desk"]](noise, h // 2, w // 2)
    desk = cv2.resize(desk, (w, h), interpolation=cv2.INTER_LINEAR)
    shift = np.float32(
        [[1, 0, w * rng.uniform(-0.012, 0.012)], [0, 1, h * rng.uniform(0.004, 0.016)]]
    )
    shadow = cv2.warpAffine(mask, shift, (w, h))
    shadow = _blurred_small(shadow, w * rng.uniform(0.006, 0.014), (h, w))
    desk *= (1 - rng.uniform(0.35, 0.55) * shadow)[..., None]
    photo = desk + (warped - desk) * mask[..., None]
    photo *= _light_field(entry, rng, quad, (h, w))[..., None]
    if fx["glare"]:
        alpha = _glare(rng, quad, (h, w))[..., None]
        photo += (255 - photo).clip(0) * alpha
    gains = {
        "warm": (0.9, 1.0, 1.08),
        "cool": (1.07, 1.0, 0.92),
        "neutral": (1.0, 1.0, 1.0),
    }[fx["white_balance"]]  # BGR order below
    photo = cv2.cvtColor(photo.clip(0, 255), cv2.COLOR_RGB2BGR) * np.float32(gains)
    photo = cv2.GaussianBlur(photo, (0, 0), fx["defocus"])
    grain = noise.standard_normal((h, w), np.float32) * fx["noise"]
    chroma = noise.standard_normal((h // 2, w // 2, 3), np.float32) * fx["noise"] * 0.5
    photo += grain[..., None] + cv2.resize(chroma, (w, h))
    ok, jpeg = cv2.imencode(
        ".jpg",
        photo.clip(0, 255).astype(np.uint8),
        [cv2.IMWRITE_JPEG_QUALITY, fx["jpeg_quality"]],
    )
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return jpeg.tobytes()


# -- what a scan should give -------------------------------------------------------

# the fields compared, and the scan form's field of each
PHOTO_FIELDS = {
    "email": "email",
    "phone": "phone",
    "website": "website",
    "name": "name",
    "company": "company_name",
    "title": "function",
}


def expected_fields(entry):
    """The entry's printed fields as ``scanned_fields`` writes them (the title
    only when the card prints one)."""
    truth = entry["truth"]
    expected = {
        "email": truth["email"].lower(),
        "phone": truth["phone"],
        "website": truth["website"].lower(),
        "name": " ".join(truth["name"].split()).casefold(),
        "company": " ".join(truth["company"].split()).casefold(),
    }
    if truth.get("title"):
        expected["title"] = " ".join(truth["title"].split()).casefold()
    return expected


def e164(text):
    """``text`` as an E.164 phone number, or "" when it is none."""
    try:
        number = phonenumbers.parse(text or "", None)
    except phonenumbers.NumberParseException:
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def scanned_fields(form):
    """The fields of a scan form (anything with the fields of ``PHOTO_FIELDS``)
    in the shape of ``expected_fields``: accents kept, case and spaces not
    compared, the phone in E.164, the web address as its host."""

    values = {key: form[field] or "" for key, field in PHOTO_FIELDS.items()}
    website = values["website"].lower().split("://")[-1]
    return {
        "email": values["email"].lower(),
        "phone": e164(values["phone"]),
        "website": website.removeprefix("www.").rstrip("/"),
        "name": " ".join(values["name"].split()).casefold(),
        "company": " ".join(values["company"].split()).casefold(),
        "title": " ".join(values["title"].split()).casefold(),
    }


# -- command line -------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--write-truth",
        action="store_true",
        help=f"rewrite {PHOTOS_JSON.name} from the seeded pools",
    )
    parser.add_argument("--out", type=Path, help="directory for the photos")
    parser.add_argument("--split", choices=("tune", "measure"))
    parser.add_argument(
        "--flat", action="store_true", help="also write the flat card as <key>_flat.png"
    )
    args = parser.parse_args()
    if args.write_truth:
        text = json.dumps(build_entries(), ensure_ascii=False, indent=1)
        PHOTOS_JSON.write_text(text + "\n", encoding="utf-8")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for entry in load_photos(args.split):
            (args.out / f"{entry['key']}.jpg").write_bytes(render_photo(entry))
            if args.flat:
                (args.out / f"{entry['key']}_flat.png").write_bytes(render_flat(entry))
    if not (args.write_truth or args.out):
        parser.print_help()


if __name__ == "__main__":
    main()
