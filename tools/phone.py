"""Reading a phone number a person typed (no ORM, tested directly)."""

import re

import phonenumbers

from odoo.exceptions import UserError
from odoo.tools.translate import _lt

from odoo.addons.phone_validation.tools import phone_validation

# how a number says its own country: +, 00 or the region's exit code
_INTERNATIONAL = {
    phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN,
    phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_IDD,
}

# a number of the right length for a landline or a mobile of its country
_KINDS = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)


def _international(text, region):
    """A number written with its country code. Also a well-formed number in a
    range kept for drama and tests (``+44 7700 900123``): it says its country and
    has the right length, and a person may well own one."""
    try:
        return phone_validation.phone_parse(text, region)
    except UserError:
        try:
            parsed = phonenumbers.parse(text, region, keep_raw_input=True)
        except phonenumbers.NumberParseException:
            parsed = None
        if (
            parsed
            and parsed.country_code_source in _INTERNATIONAL
            and phonenumbers.region_code_for_country_code(parsed.country_code) != "ZZ"
            and any(
                phonenumbers.is_possible_number_for_type_with_reason(parsed, kind)
                == phonenumbers.ValidationResult.IS_POSSIBLE
                for kind in _KINDS
            )
        ):
            return parsed
        raise


def parse_phone(number, region):
    """The ``phonenumbers`` number of ``number``: with ``+``, ``00`` or the exit
    code of ``region``, the number it says; else a number of ``region`` only,
    never re-read with another country's code (``84956751201`` is no Vietnamese
    number to a German, ``0171 2345678`` no number to an American). A number
    starting with ``region``'s own code written apart (``49 631 234 341`` in
    Germany) is read as that code and a national number. Raise ``UserError`` when
    it is no number."""
    text = (number or "").strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith("+") or not region:
        return _international(text, region)
    try:
        written = phonenumbers.parse(text, region, keep_raw_input=True)
    except phonenumbers.NumberParseException as error:
        raise UserError(str(error)) from error
    if written.country_code_source in _INTERNATIONAL:
        return _international(text, region)
    calling = phonenumbers.country_code_for_region(region)
    if re.match(rf"^\(?{calling}\)?[\s./-]+\(?\d", text):
        try:
            own = phone_validation.phone_parse("+" + re.sub(r"\D", "", text), region)
        except UserError:
            own = None
        if own and own.country_code == calling:
            return own
    parsed = phone_validation.phone_parse(text, region)
    if parsed.country_code != calling:
        # Odoo's parser tried the digits as an international number
        raise UserError(
            _lt("%(number)s is no number of %(region)s.", number=number, region=region)
        )
    return parsed


def format_phone(parsed):
    """``(international, e164)`` texts of a parsed number."""
    formats = phonenumbers.PhoneNumberFormat
    return (
        phonenumbers.format_number(parsed, formats.INTERNATIONAL),
        phonenumbers.format_number(parsed, formats.E164),
    )
