"""Business card images drawn with Pillow and Debian's fonts, each with the fields
it carries, for the scan tests and ``bench/card_scan.py``. Deterministic: the
same cards every run.

``CARDS`` lists the specifications: the person, the layout (left, centred, two
columns, name at the bottom, logo block), the font and the size of the card, and
what happens to the photo (turned by 90/180/270 degrees, skewed, low contrast,
noise, blur, light text on a dark card, the card lying on a table), and for some
a QR code holding the person's vCard. ``render_card(spec)`` gives the PNG bytes
of its sides and ``scanned_fields`` / ``expected_fields`` the values compared.
"""

import io
import random
import re

import phonenumbers
import qrcode
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .card_photos import e164

FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu/",
    "/usr/share/fonts/truetype/liberation/",
)
FONTS = {
    "dejavu-sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "dejavu-serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "dejavu-condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "liberation-sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "liberation-serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "liberation-mono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
}
FIELDS = ("email", "phone", "website", "name", "company")

PEOPLE = [
    ("Jane Cooper", "Sales Director", "Northwind Labs", "northwindlabs.com", "US"),
    (
        "Marcus Webb",
        "Chief Technology Officer",
        "Acme Robotics Inc.",
        "acmerobotics.com",
        "US",
    ),
    (
        "Sofia Lindqvist",
        "Marketing Manager",
        "Blue Harbor Consulting",
        "blueharbor.io",
        "SE",
    ),
    (
        "Oliver Grant",
        "Senior Software Engineer",
        "Kestrel Systems Ltd",
        "kestrelsystems.co.uk",
        "GB",
    ),
    ("Amélie Durand", "Directrice Commerciale", "Fabrikam SAS", "fabrikam.fr", "FR"),
    ("Lukas Becker", "Head of Operations", "Globex GmbH", "globex.de", "DE"),
    ("Priya Raman", "Product Designer", "Lumen Studio", "lumenstudio.design", "US"),
    (
        "Daniel Okafor",
        "Account Executive",
        "Brightline Media",
        "brightline-media.com",
        "US",
    ),
    (
        "Elena Petrova",
        "Research Scientist",
        "Helix Analytics",
        "helixanalytics.com",
        "US",
    ),
    ("Tom Van Dijk", "Founder & CEO", "Tulip Ventures BV", "tulipventures.nl", "NL"),
    (
        "Grace Kim",
        "Business Development Lead",
        "Orbit Logistics",
        "orbitlogistics.com",
        "US",
    ),
    ("Hugo Martin", "Consultant", "Sequoia Partners", "sequoia-partners.be", "BE"),
    (
        "Nora Castillo",
        "Gerente de Ventas",
        "Solaria Energía SL",
        "solariaenergia.es",
        "ES",
    ),
    (
        "William Hayes",
        "Attorney at Law",
        "Hayes Whitfield LLP",
        "hayeswhitfield.com",
        "US",
    ),
    ("Chloe Bennett", "Recruiter", "Talentbridge Group", "talentbridge.com", "GB"),
    (
        "Rafael Costa",
        "Project Manager",
        "Atlas Engineering",
        "atlas-engineering.pt",
        "PT",
    ),
    ("Mia Schneider", "Art Director", "Pixelhaus Design", "pixelhaus.de", "DE"),
    ("Ethan Brooks", "VP of Sales", "Cobalt Software Corp", "cobaltsoftware.com", "US"),
    ("Isabella Rossi", "Architect", "Rossi Architects", "rossiarchitects.it", "IT"),
    ("Noah Fischer", "Data Analyst", "Quantix AG", "quantix.ch", "CH"),
    (
        "Zoe Anderson",
        "Customer Success Manager",
        "Evergreen Solutions",
        "evergreen-solutions.com",
        "US",
    ),
    (
        "Liam O'Brien",
        "Financial Advisor",
        "Shamrock Capital",
        "shamrockcapital.ie",
        "IE",
    ),
    (
        "Hannah Wright",
        "Operations Coordinator",
        "Meridian Hotels",
        "meridianhotels.com",
        "US",
    ),
    (
        "Samuel Osei",
        "Managing Partner",
        "Osei & Mensah Associates",
        "oseimensah.com",
        "GB",
    ),
]

# (layout, font, width, effects, qr) for each person above
STYLES = [
    ("left", "dejavu-sans", 1050, (), None),
    ("center", "liberation-sans", 1050, (), None),
    ("two_column", "dejavu-serif", 1400, (), None),
    ("bottom_name", "liberation-serif", 1050, (), None),
    ("logo", "dejavu-condensed", 1050, (), None),
    ("left", "liberation-sans", 700, (), None),
    ("center", "dejavu-sans", 1050, ("rotate90",), None),
    ("two_column", "liberation-sans", 1050, ("rotate180",), None),
    ("left", "dejavu-serif", 1050, ("rotate270",), None),
    ("logo", "liberation-sans", 1400, ("skew:5",), None),
    ("left", "dejavu-sans", 1050, ("skew:-8",), None),
    ("center", "liberation-serif", 1050, ("low_contrast",), None),
    ("two_column", "dejavu-sans", 1050, ("noise",), None),
    ("bottom_name", "dejavu-sans", 1050, ("blur",), None),
    ("left", "liberation-sans", 1050, ("dark",), None),
    ("logo", "dejavu-serif", 1050, ("on_table", "skew:3"), None),
    ("center", "liberation-mono", 1200, (), None),
    ("left", "dejavu-condensed", 1050, ("noise", "low_contrast"), None),
    ("two_column", "liberation-serif", 1050, ("upper_name",), None),
    ("left", "dejavu-sans", 1050, (), "front"),
    ("center", "liberation-sans", 1050, ("rotate90",), "front"),
    ("logo", "dejavu-sans", 1050, (), "back"),
    ("left", "liberation-serif", 1050, ("skew:4",), "qr_only"),
    ("two_column", "dejavu-sans", 1050, ("noise",), "front"),
]


def _phone(region, seed):
    """A valid number of ``region``, different for each seed."""
    example = phonenumbers.example_number_for_type(
        region, phonenumbers.PhoneNumberType.MOBILE
    ) or phonenumbers.example_number(region)
    national = str(example.national_number)
    rng = random.Random(seed)
    for _attempt in range(200):
        digits = national[:3] + "".join(str(rng.randint(0, 9)) for _d in national[3:])
        number = phonenumbers.parse(f"+{example.country_code}{digits}")
        if phonenumbers.is_valid_number(number):
            return number
    return example


def _address(region, seed):
    rng = random.Random(seed)
    number = rng.randint(2, 480)
    if region == "US":
        return [
            f"{number} Market Street",
            f"San Francisco, CA 94{rng.randint(100, 199)}",
        ]
    if region == "GB":
        return [f"{number} Baker Street", "London NW1 6XE"]
    if region == "FR":
        return [f"{number} rue de Rivoli", "75001 Paris"]
    if region == "DE":
        return [f"Friedrichstraße {number}", "10117 Berlin"]
    return [f"{number} Harbour Road", f"{rng.randint(1000, 9999)} Centre"]


def card_specs():
    """The cards, each a dict of what is printed and how."""
    specs = []
    for index, ((name, title, company, domain, region), style) in enumerate(
        zip(PEOPLE, STYLES, strict=True)
    ):
        layout, font, width, effects, qr = style
        local = ".".join(
            re.sub(r"[^a-z]", "", part) for part in name.lower().split()[:2]
        )
        number = _phone(region, index)
        national = region == "US" and index % 2 == 0
        phone_text = phonenumbers.format_number(
            number,
            phonenumbers.PhoneNumberFormat.NATIONAL
            if national
            else phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        )
        specs.append(
            {
                "key": f"card{index + 1:02d}-{layout}-{font}"
                + "".join(f"-{e.replace(':', '')}" for e in effects)
                + (f"-qr_{qr}" if qr else ""),
                "name": name,
                "title": title,
                "company": company,
                "email": f"{local}@{domain}",
                "website": f"www.{domain}",
                "phone": phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.E164
                ),
                "phone_text": phone_text,
                "phone_label": ("Mobile: ", "T ", "Tel. ", "", "M ")[index % 5],
                "address": _address(region, index) if index % 3 != 2 else [],
                "region": region,
                "layout": layout,
                "font": font,
                "width": width,
                "effects": effects,
                "qr": qr,
                "seed": index,
            }
        )
    return specs


def _font(spec, bold, size):
    regular, heavy = FONTS[spec["font"]]
    filename = heavy if bold else regular
    for folder in FONT_DIRS:
        try:
            return ImageFont.truetype(folder + filename, size)
        except OSError:
            continue
    raise OSError(
        f"font {filename} not found: install fonts-dejavu-core and fonts-liberation"
    )


def vcard_text(spec):
    family = spec["name"].split()[-1]
    given = " ".join(spec["name"].split()[:-1])
    return "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{family};{given};;;",
            f"FN:{spec['name']}",
            f"ORG:{spec['company']}",
            f"TITLE:{spec['title']}",
            f"EMAIL;TYPE=work:{spec['email']}",
            f"TEL;TYPE=cell:{spec['phone']}",
            f"URL:https://{spec['website']}",
            "END:VCARD",
        ]
    )


def _qr_image(spec, size):
    code = qrcode.QRCode(border=2, box_size=10)
    code.add_data(vcard_text(spec))
    code.make(fit=True)
    return (
        code.make_image(fill_color="black", back_color="white")
        .convert("RGB")
        .resize((size, size), Image.Resampling.NEAREST)
    )


def _lines(spec):
    """``(text, role)`` printed on the front, by role: name, title, company,
    contact."""
    name = spec["name"].upper() if "upper_name" in spec["effects"] else spec["name"]
    contact = [
        f"{spec['phone_label']}{spec['phone_text']}",
        spec["email"],
        spec["website"],
        *spec["address"],
    ]
    if spec["qr"] == "qr_only":  # the code carries the rest
        contact = []
    return name, spec["title"], spec["company"], contact


def _draw_front(spec):
    width = spec["width"]
    height = round(width * 4 / 7)
    dark = "dark" in spec["effects"]
    low = "low_contrast" in spec["effects"]
    paper = (28, 40, 64) if dark else ((214, 212, 204) if low else (252, 251, 247))
    ink = (236, 236, 230) if dark else ((140, 138, 132) if low else (25, 25, 35))
    accent = (180, 200, 240) if dark else ((120, 130, 150) if low else (20, 70, 140))
    image = Image.new("RGB", (width, height), paper)
    draw = ImageDraw.Draw(image)
    unit = height / 100
    name_font = _font(spec, True, round(9 * unit))
    title_font = _font(spec, False, round(5.2 * unit))
    company_font = _font(spec, True, round(6.2 * unit))
    contact_font = _font(spec, False, round(4.6 * unit))
    name, title, company, contact = _lines(spec)
    margin = round(7 * unit)
    gap = round(1.8 * unit)

    def block(x, y, rows, anchor="la"):
        for text, font, color in rows:
            draw.text((x, y), text, font=font, fill=color, anchor=anchor)
            y += font.size + gap
        return y

    person = [(name, name_font, ink), (title, title_font, ink)]
    firm = [(company, company_font, accent)]
    contacts = [(text, contact_font, ink) for text in contact]
    layout = spec["layout"]
    if layout == "left":
        y = block(margin, margin, person)
        block(margin, y + gap, firm)
        block(
            margin,
            height - margin - len(contacts) * (contact_font.size + gap),
            contacts,
        )
    elif layout == "center":
        y = block(width // 2, margin, firm, "ma")
        y = block(width // 2, y + 2 * gap, person, "ma")
        block(width // 2, y + 2 * gap, contacts, "ma")
    elif layout == "two_column":
        y = block(margin, margin, person)
        block(margin, y + 3 * gap, firm)
        block(width // 2 + margin, margin + name_font.size, contacts)
    elif layout == "bottom_name":
        y = block(margin, margin, firm)
        block(margin, y + 2 * gap, contacts)
        block(
            width - margin,
            height - margin - name_font.size - title_font.size - gap,
            person,
            "ra",
        )
    else:  # logo
        side = round(30 * unit)
        draw.rectangle((margin, margin, margin + side, margin + side), fill=accent)
        initials = "".join(word[0] for word in company.split()[:2])
        draw.text(
            (margin + side / 2, margin + side / 2),
            initials,
            font=_font(spec, True, round(side * 0.4)),
            fill=paper,
            anchor="mm",
        )
        left = margin * 2 + side
        y = block(left, margin, person)
        y = block(left, y + gap, firm)
        block(left, y + 2 * gap, contacts)
    if spec["qr"] in ("front", "qr_only"):
        side = round(34 * unit)
        image.paste(
            _qr_image(spec, side), (width - margin - side, height - margin - side)
        )
    return image


def _draw_back(spec):
    width = spec["width"]
    height = round(width * 4 / 7)
    image = Image.new("RGB", (width, height), (252, 251, 247))
    side = round(height * 0.55)
    image.paste(_qr_image(spec, side), ((width - side) // 2, (height - side) // 2))
    return image


def _noise(size, rng, spread):
    """Grain around mid-grey, the same for the same ``rng`` (``effect_noise`` is
    not seeded)."""
    width, height = size
    flat = Image.frombytes("L", size, rng.randbytes(width * height))
    # the average of two uniform draws leans to the middle like sensor noise
    other = Image.frombytes("L", size, rng.randbytes(width * height))
    grain = Image.blend(flat, other, 0.5)
    return grain.point(
        lambda v: max(0, min(255, 128 + (v - 128) * spread // 64))
    ).convert("RGB")


def _photograph(image, spec):
    """What the phone's photo does to the card."""
    rng = random.Random(spec["seed"])
    for effect in spec["effects"]:
        if effect == "on_table":
            table = Image.new(
                "RGB",
                (round(image.width * 1.3), round(image.height * 1.4)),
                (92, 74, 58),
            )
            table.paste(image, (round(image.width * 0.15), round(image.height * 0.2)))
            image = table
        elif effect.startswith("skew:"):
            image = image.rotate(
                float(effect[5:]),
                resample=Image.Resampling.BICUBIC,
                expand=True,
                fillcolor=(120, 120, 120),
            )
    for effect in spec["effects"]:
        if effect == "noise":
            image = Image.blend(image, _noise(image.size, rng, 120), 0.22)
        elif effect == "blur":
            image = image.filter(ImageFilter.GaussianBlur(1.6))
        elif effect.startswith("rotate"):
            image = image.rotate(int(effect[6:]), expand=True)
    if rng.random() < 0.5:  # a little sensor noise on some photos
        image = Image.blend(image, _noise(image.size, rng, 40), 0.06)
    return image


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def render_card(spec):
    """The PNG bytes of the card's sides: the front, and the back when it has one."""
    sides = [_photograph(_draw_front(spec), spec)]
    if spec["qr"] == "back":
        sides.append(_photograph(_draw_back(spec), spec))
    return [_png(side) for side in sides]


def expected_fields(spec):
    return {
        "email": spec["email"].lower(),
        "phone": spec["phone"],
        "website": spec["website"].removeprefix("www.").lower(),
        "name": spec["name"].casefold(),
        "company": spec["company"].casefold(),
    }


def scanned_fields(values):
    """The fields of a scan result, as ``expected_fields`` writes them; ``values``
    has ``name``, ``company_name``, ``email``, ``phone`` and ``website``."""
    website = re.sub(r"^https?://", "", (values.get("website") or "").lower())
    return {
        "email": (values.get("email") or "").lower(),
        "phone": e164(values.get("phone")),
        "website": website.removeprefix("www.").rstrip("/"),
        "name": " ".join((values.get("name") or "").split()).casefold(),
        "company": " ".join((values.get("company_name") or "").split()).casefold(),
    }
