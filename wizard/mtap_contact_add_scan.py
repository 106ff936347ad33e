import base64
import binascii
import io
import json
import re

from markupsafe import Markup
from PIL import Image

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..tools.card_ocr import (
    DEFAULT_LANGUAGES,
    ENGINE,
    ENGINES,
    MAX_BYTES,
    MAX_PIXELS,
    CardImageError,
    heif_as_jpeg,
    is_blank,
    is_heif,
    load_image,
    missing_tools,
    scan_card_images,
)
from ..tools.card_text import (
    AS_PRINTED,
    LOW_CONFIDENCE,
    low_confidence_fields,
    not_a_card,
    parse_card_text,
    qr_is_website,
)
from ..tools.country_names import ALIASES, fold
from ..tools.image_guard import ImageRefused, open_image
from ..tools.qr_payload import read_qr_payload
from ..tools.vcard import VCardError

# wizard field of each field the parser gives a confidence for
# a web or e-mail address, where a name, a role or a firm's name belongs
_LINK = re.compile(r"(?i)^\s*(?:https?://|www\.)\S+\s*$|^\s*\S+@\S+\.\w+\s*$")

_CHECKED_FIELDS = {
    "name": ("name",),
    "title": ("function",),
    "company": ("company_name",),
    "email": ("email",),
    "phone": ("phone",),
    "website": ("website",),
    "address": ("street", "street2", "zip", "city", "state_id", "country_id"),
}
_SCANNED_FIELDS = [
    *(field for names in _CHECKED_FIELDS.values() for field in names),
    "work_address",
    "note",
]


def _file_type(data):
    """The file name extension of the image in ``data`` (base64): jpg, png..."""
    try:
        kind = Image.open(io.BytesIO(base64.b64decode(data or b""))).format or ""
    except (OSError, ValueError, binascii.Error):
        kind = ""
    return {"JPEG": "jpg", "MPO": "jpg", "": "png"}.get(kind, kind.lower())


def _has_fields(card, sure=False):
    """Whether a scanned ``card`` gives anything the form has a field for; with
    ``sure``, not counting phone numbers no numbering plan knows (a stray run of
    digits is no reason to trust a reading)."""
    if any(card[key] for key in ("name", "company", "title", "emails", "urls")):
        return True
    if sure:
        return (
            bool(card["phones"]) and card["confidence"].get("phone", 1.0) > AS_PRINTED
        )
    return bool(card["phones"])


def _keep_first_reading(card, first):
    """Add to ``card``, the second reading of a photo, the numbers, e-mail
    addresses and web addresses that the ``first`` reading found and it lacks
    (a number no numbering plan knows, read well the first time): nothing the
    scan read is dropped."""

    def plain(item):
        value = item if isinstance(item, str) else item[0]
        return re.sub(r"\W", "", value.lower())

    for key, check in (("phones", "phone"), ("emails", "email"), ("urls", "website")):
        seen = {plain(item) for item in card[key]}
        for item in first[key]:
            if plain(item) in seen:
                continue
            if not card[key] and check in first["confidence"]:
                card["confidence"][check] = first["confidence"][check]
            card[key].append(item)


def _printed_in(value, text):
    """Whether every word of ``value`` (two letters or more) is in ``text``, the
    card's printed text, whatever the case and accents."""
    printed = set(re.findall(r"\w{2,}", fold(text or "")))
    words = re.findall(r"\w{2,}", fold(value))
    return bool(words) and all(word in printed for word in words)


class MtapContactAddScan(models.TransientModel):
    """Business card scan: the photo of a paper card (front, and back if it has
    one) fills the Add Contact form; the user checks it and saves."""

    _inherit = "mtap.contact.add"
    # the photos are read by the scan (``load_image``: the same header check, with
    # the scan's limits) when chosen and again on save; the card as read is never
    # read by the scan, but kept as the Contact's image: checked when written
    _mtap_guarded_images = ("image_1920", "scan_card_image")

    scan_image = fields.Binary(
        "Card",
        attachment=False,
        help="A photo of the front of the card. On a phone, this opens the camera.",
    )
    scan_image_name = fields.Char("Card File Name")
    scan_image_back = fields.Binary(
        "Back of the Card",
        attachment=False,
        help="If the back of the card has details too (or a QR code).",
    )
    scan_image_back_name = fields.Char("Back File Name")
    scan_card_image = fields.Binary(
        "Card as Read",
        attachment=False,
        help="The card found in the photo, straightened and evened out: what is kept "
        "on the Contact.",
    )
    scan_text = fields.Text(
        "Text Read on the Card",
        help="What the OCR read, kept in a note on the Contact.",
    )
    scan_check = fields.Char(
        help="Fields the scan is not sure of, between commas: the form shows them in "
        "orange."
    )
    scan_message = fields.Char(
        help="Why the last scan filled nothing: shown above the form."
    )
    scan_filled = fields.Text(
        help="What the last scan put in each field (JSON), so that a new scan does "
        "not undo the user's corrections."
    )

    # --- settings ---------------------------------------------------------------

    def _scan_settings(self):
        params = self.env["ir.config_parameter"].sudo()
        setting = self.env["mtap.settings"]._get_int
        max_mb = setting("card_scan_max_mb")
        max_mp = setting("card_scan_max_megapixels")
        engine = self.env.context.get("mtap_card_scan_engine")
        return {
            "languages": params.get_param("mtap_hub.card_scan_languages")
            or DEFAULT_LANGUAGES,
            "max_bytes": max_mb * 1048576 if max_mb > 0 else MAX_BYTES,
            "max_pixels": max_mp * 1_000_000 if max_mp > 0 else MAX_PIXELS,
            # the benchmark compares the OCR candidates through the form
            "engine": engine if engine in ENGINES else ENGINE,
        }

    def _mtap_check_image(self, name, value):
        """The card as read is a 1,600 px image the scan made: anything much
        larger was not made by it, and is refused in the scan's words."""
        if name != "scan_card_image":
            return super()._mtap_check_image(name, value)
        settings = self._scan_settings()
        try:
            data = base64.b64decode(value, validate=False)
            open_image(data, max_bytes=settings["max_bytes"], max_pixels=4_000_000)
        except ImageRefused as error:
            raise UserError(
                self._scan_error_message(CardImageError(error.key, **error.params))
            ) from error
        except (binascii.Error, ValueError) as error:
            raise UserError(
                self._scan_error_message(CardImageError("not_image"))
            ) from error
        return None

    def _scan_error_message(self, error):
        params = error.params
        if error.key in ("empty", "not_image", "too_large", "too_many_pixels"):
            return self._mtap_image_refusal(error.key, params)
        messages = {
            "blank": self.env._(
                "Nothing could be read on this image. Is the card in the photo, in "
                "focus and well lit?"
            ),
            "language": self.env._(
                'The OCR languages "%(languages)s" are not valid: ask an administrator '
                "to correct them in the mTap Hub settings.",
                languages=params.get("languages", ""),
            ),
            "ocr": self.env._(
                "The text of the card could not be read (%(reason)s).",
                reason=params.get("reason", ""),
            ),
        }
        return messages[error.key]

    def _check_scan_tools(self):
        missing = missing_tools()
        if missing:
            raise UserError(
                self.env._(
                    "Scanning cards needs %(tools)s on the server. Ask your "
                    "administrator to install Debian's tesseract-ocr package and the "
                    "Python packages of the add-on's requirements.txt.",
                    tools=", ".join(missing),
                )
            )

    def _scan_images(self):
        """The bytes of the card's sides, front first; ``UserError`` for data
        that is not base64."""
        images = []
        for value in (self.scan_image, self.scan_image_back):
            if not value:
                continue
            try:
                images.append(base64.b64decode(value, validate=True))
            except (binascii.Error, ValueError) as error:
                raise UserError(self._mtap_image_refusal("not_image", {})) from error
        return images

    # --- reading the card --------------------------------------------------------

    def _countries_by_name(self):
        """What a line of the card may say to name a country (the names, codes
        and aliases the Contacts' one country lookup knows, ``mtap.contact.card``,
        folded as the parser compares lines) to the country's name the address
        keeps. A two- or three-letter code is too short to tell a country on a
        card ("de", "can"), unless it is a known alias."""
        lookup = self.env["mtap.contact.card"]._mtap_lookup()
        names = {
            country.id: country.name for country in self.env["res.country"].search([])
        }
        return {
            key: names[country_id]
            for key, country_id in lookup.countries.items()
            if len(key) > 3 or key in ALIASES
        }

    def _heif_as_jpeg(self, settings):
        """An iPhone's HEIC photo of a side, turned into the JPEG the form shows,
        scans and keeps; ``UserError`` for one that cannot be read."""
        for field in ("scan_image", "scan_image_back"):
            try:
                data = base64.b64decode(self[field] or b"", validate=True)
            except (binascii.Error, ValueError):
                continue  # said by the scan
            if not is_heif(data):
                continue
            try:
                jpeg = heif_as_jpeg(data, settings["max_bytes"], settings["max_pixels"])
            except CardImageError as error:
                raise UserError(self._scan_error_message(error)) from error
            self[field] = base64.b64encode(jpeg)

    def _scan_card(self):
        """``(card, text, image)``: the card read from the images (see
        ``tools.card_text.parse_card_text``), where a vCard, MECARD or address in
        a QR code of the card wins for the fields it gives, and ``image`` the
        first side as read (flattened, upright; JPEG bytes) or None. ``UserError``
        with a message for the user for an image that cannot be read."""
        self._check_scan_tools()
        settings = self._scan_settings()
        self._heif_as_jpeg(settings)
        images = self._scan_images()
        try:
            result = scan_card_images(images, **settings)
        except CardImageError as error:
            if error.key != "blank" or settings["engine"] == "tesseract":
                raise UserError(self._scan_error_message(error)) from error
            result = None
        card = result and self._read_scan(result)
        retry = settings["engine"] != "tesseract"
        if retry and not (card and _has_fields(card, sure=True)):
            # nothing the form has a field for: the photo read again another
            # way, Tesseract's own page layout over the whole card, every field
            # it gives to be checked
            try:
                again = scan_card_images(images, **dict(settings, engine="tesseract"))
            except CardImageError as error:
                if result is None:
                    raise UserError(self._scan_error_message(error)) from error
                again = None
            second = again and self._read_scan(again)
            if second and _has_fields(second, sure=True):
                first = card
                result, card = again, second
                if first:
                    _keep_first_reading(card, first)
                for field in card["confidence"]:
                    card["confidence"][field] = min(
                        card["confidence"][field], LOW_CONFIDENCE - 0.1
                    )
            elif result is None:
                result, card = again, second
        image = None
        if result["cards"]:
            buffer = io.BytesIO()
            result["cards"][0].save(buffer, "JPEG", quality=88)
            image = buffer.getvalue()
        return card, result["text"], image

    def _read_scan(self, result):
        """The card parsed from a scan's ``result`` (see ``scan_card_images``),
        merged with its QR codes; ``UserError`` for a receipt, a chat or a page."""
        kind = not_a_card(result["text"], result["qr_codes"])
        if kind:
            raise UserError(self._not_a_card_message(kind))
        card = parse_card_text(
            result["text"],
            self.env.company.country_id.code or None,
            self._countries_by_name(),
            line_confidence={line[0]: line[1] for line in result["lines"]},
            line_heights={line[0]: line[2] for line in result["lines"]},
        )
        for code in result["qr_codes"]:
            self._merge_qr(card, code, result["text"])
        return card

    def _not_a_card_message(self, kind):
        what = {
            "receipt": self.env._("a receipt"),
            "chat": self.env._("a screenshot of a conversation"),
            "document": self.env._("a page of text"),
        }[kind]
        return self.env._(
            "This looks like %(what)s, not a business card. Take a photo of the "
            "card, or type the details.",
            what=what,
        )

    def _merge_qr(self, card, code, text=""):
        """Let what the QR code ``code`` says replace what the OCR read: every
        field the code gives is the code's; the numbers, addresses and links the
        OCR found besides are kept after the code's. A name, title or company
        the card does not print (``text``: what the OCR read, when it read
        any word) is to be checked: the code may carry what its maker filled
        in, not the card's."""
        try:
            kind, payload = read_qr_payload(code, self._own_hosts())
        except VCardError:
            return  # a code that is no card (a payment, a menu...) is ignored
        confidence = card["confidence"]
        if kind == "url":
            if not qr_is_website(card, payload):
                # a digital card, a page elsewhere or deeper in the card's own
                # site: a link of the card, kept in the note; the printed web
                # address stays the website
                link = self.env._("QR code: %(url)s", url=payload)
                card["note"] = "\n".join(filter(None, [card["note"], link]))
                return
            card["urls"] = [payload] + [url for url in card["urls"] if url != payload]
            confidence["website"] = 1.0
            return
        if kind == "profile":
            profile = self.env["mtap.profile"]._get_published(payload)
            if not profile:
                return
            payload = self._profile_card(profile)
        links = []
        for key, check in (
            ("name", "name"),
            ("title", "title"),
            ("company", "company"),
            ("department", None),
            ("note", None),
            ("birthday", None),
            ("photo", None),
        ):
            if payload[key] and check and _LINK.search(payload[key]):
                # "TITLE:https://www.omsasmetal.com": a link its maker typed
                # into the wrong field of the code, kept in the note
                links.append(payload[key].strip())
                continue
            if payload[key]:
                printed = card[key]
                card[key] = payload[key]
                if check:
                    # the code says otherwise than the card ("Vice President"
                    # for a printed "VP"): the code's, to be checked
                    differs = printed and fold(printed) != fold(payload[key])
                    unprinted = (
                        not printed
                        and re.search(r"\w{2,}", text or "")
                        and not _printed_in(payload[key], text)
                    )
                    confidence[check] = (
                        LOW_CONFIDENCE - 0.1 if differs or unprinted else 1.0
                    )
        if links:
            card["note"] = "\n".join(filter(None, [card["note"], *links]))
        for key, check in (
            ("emails", "email"),
            ("phones", "phone"),
            ("addresses", "address"),
        ):
            if payload[key]:
                card[key] = payload[key] + [
                    item
                    for item in card[key]
                    if item[0] not in [value for value, _types in payload[key]]
                ]
                confidence[check] = 1.0
        for key in ("urls", "categories", "extra", "warnings"):
            card[key] = payload[key] + [
                item for item in card[key] if item not in payload[key]
            ]
        if payload["urls"]:
            confidence["website"] = 1.0

    def _scan_values(self, card):
        """Form values of a scanned ``card``: its Contact values, as every card's."""
        values = (
            self.env["mtap.contact.card"]
            .with_context(mtap_phone_as_printed=True)
            ._mtap_card_values([card])[0]
        )
        return self._form_values(values)

    @api.onchange("scan_image", "scan_image_back")
    def _onchange_scan_image(self):
        """Read the card and fill the form. A field the user changed since the
        last scan keeps the user's value."""
        if not (self.scan_image or self.scan_image_back):
            return None
        try:
            card, text, image = self._scan_card()
        except UserError as error:
            # the image that was just given is the one to take back
            changed = "scan_image_back" if self.scan_image_back else "scan_image"
            self[changed] = False
            self[f"{changed}_name"] = False
            return {
                "warning": {
                    "title": self.env._("This image cannot be scanned"),
                    "message": error.args[0],
                }
            }
        if not _has_fields(card):
            # text, but nothing the form has a field for: said, not an empty form
            message = self.env._(
                "The card could not be read; check the photo or type the details."
            )
            self.update(
                {
                    "scan_text": text,
                    "scan_card_image": base64.b64encode(image) if image else False,
                    "scan_message": message,
                    "scan_check": False,
                }
            )
            return {
                "warning": {
                    "title": self.env._("The card could not be read"),
                    "message": message,
                }
            }
        values = self._scan_values(card)
        previous = json.loads(self.scan_filled or "{}")
        update = {}
        filled = {}
        for field in _SCANNED_FIELDS:
            current = self[field]
            current = current.id if isinstance(current, models.BaseModel) else current
            if not current or current == previous.get(field):
                update[field] = values[field]
            filled[field] = values[field]
        # a photo or tags from the card's QR code, when the form has none
        for field in ("image_1920", "category_ids"):
            if not self[field]:
                update[field] = values[field]
        checks = low_confidence_fields(card)
        self.update(
            {
                **update,
                "scan_text": text,
                "scan_card_image": base64.b64encode(image) if image else False,
                "scan_filled": json.dumps(filled),
                "scan_message": False,
                "scan_check": ",%s,"
                % ",".join(name for check in checks for name in _CHECKED_FIELDS[check])
                if checks
                else False,
            }
        )
        return None

    # --- saving ------------------------------------------------------------------

    def _check_scan_images(self):
        """The images are checked again on save: the form only shows them."""
        settings = self._scan_settings()
        images = self._scan_images()
        if not images:
            raise UserError(self.env._("Take or upload a photo of the card first."))
        for data in images:
            try:
                if is_blank(
                    load_image(data, settings["max_bytes"], settings["max_pixels"])
                ):
                    raise CardImageError("blank")
            except CardImageError as error:
                raise UserError(self._scan_error_message(error)) from error

    def _attach_scan(self, contact):
        """Keep the card on the Contact: the card as read (flattened) as its
        business card image, it and the photos of every side attached to a note
        with the text the OCR read."""
        sides = [
            (self.scan_card_image, False, self.env._("Business card.jpg")),
            (
                self.scan_image,
                self.scan_image_name,
                self.env._("Card photo.%(type)s", type=_file_type(self.scan_image)),
            ),
            (
                self.scan_image_back,
                self.scan_image_back_name,
                self.env._(
                    "Card photo (back).%(type)s", type=_file_type(self.scan_image_back)
                ),
            ),
        ]
        attachments = self.env["ir.attachment"].create(
            [
                {
                    "name": name or default,
                    "datas": data,
                    "res_model": "res.partner",
                    "res_id": contact.id,
                }
                for data, name, default in sides
                if data
            ]
        )
        contact.mtap_card_image = (
            self.scan_card_image or self.scan_image or self.scan_image_back
        )
        body = Markup("<p>%s</p>") % self.env._("Added from a scanned business card.")
        if self.scan_text:
            body += Markup("<p>%s</p><pre>%s</pre>") % (
                self.env._("Text read on the card:"),
                self.scan_text,
            )
        contact.message_post(
            body=body, attachment_ids=attachments.ids, subtype_xmlid="mail.mt_note"
        )
