from odoo import api, models
from odoo.exceptions import UserError

from ..tools.phone import format_phone, parse_phone


class Base(models.AbstractModel):
    _inherit = "base"

    def _mtap_phone_country(self, country=False):
        """The country a national number is read in: ``country``, else the
        record's (a Contact's, a Lead's), else the user's, else their company's."""
        if not country and len(self) == 1:
            country = self._phone_get_country().get(self.id)
        return country or self.env.user.country_id or self.env.company.country_id

    def _mtap_phone_typed_by_user(self):
        """The records of ``self`` whose numbers an mTap user types (a Lead of a
        card, an mTap Contact): without a country of their own, those are read in
        the user's country (see ``_phone_get_country``). None by default."""
        return self.browse()

    def _phone_get_country(self):
        # a number an mTap user types on a Lead or Contact without a country is
        # read in the user's country (then their company's), as everywhere in mTap
        countries = super()._phone_get_country()
        if self.env.user.country_id:
            for record in self._mtap_phone_typed_by_user():
                countries.setdefault(record.id, self.env.user.country_id)
        return countries

    def _mtap_phone_read(self, number, country=False):
        """``(international, e164)`` forms of the typed ``number`` read in
        ``_mtap_phone_country(country)``, or ``(False, False)`` when it is no
        number there (see ``tools.phone.parse_phone``)."""
        if not number:
            return False, False
        region = self._mtap_phone_country(country).code or None
        try:
            return format_phone(parse_phone(number, region))
        except UserError:
            return False, False

    def _mtap_phone_display(self, number, country=False):
        """``number`` as people read it (international format with spaces), a
        national number read as ``_mtap_phone_read`` does; the number as written
        when it cannot be read. The one display format of every mTap screen, card
        page and vCard."""
        if not number:
            return False
        return self._mtap_phone_read(number, country)[0] or number

    def _mtap_phone_e164(self, number, country=False):
        """``number`` in E.164 (``+32470123456``), as stored and compared, or
        False when it is not a valid number (see ``_mtap_phone_read``)."""
        return self._mtap_phone_read(number, country)[1]

    def _mtap_phone_warning(self, number, country=False):
        """What to tell a person who typed ``number`` that cannot be read (in the
        country ``_mtap_phone_country`` gives), else False."""
        if not number or self._mtap_phone_read(number, country)[1]:
            return False
        country = self._mtap_phone_country(country)
        if country:
            return self.env._(
                "%(number)s is not a phone number of %(country)s: type it with its "
                "country code, e.g. +49 171 2345678.",
                number=number,
                country=country.name,
            )
        return self.env._(
            "%(number)s cannot be read: type it with its country code, e.g. "
            "+49 171 2345678.",
            number=number,
        )

    @api.model
    def _additional_allowed_keys_properties_definition(self):
        # a card's Exchange question may be required (mtap.question.mixin)
        return (
            *super()._additional_allowed_keys_properties_definition(),
            "mtap_required",
        )
