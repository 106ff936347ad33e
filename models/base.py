from odoo import api, models


class Base(models.AbstractModel):
    _inherit = "base"

    @api.model
    def _mtap_phone_display(self, number, country=False):
        """``number`` as people read it (international format with spaces), a
        national number read in ``country`` (else the record's country, see
        ``phone_validation``); the number as written when it cannot be read. The
        one display format of every mTap screen, card page and vCard."""
        if not number:
            return False
        return (
            self._phone_format(
                number=number, country=country, force_format="INTERNATIONAL"
            )
            or number
        )

    @api.model
    def _mtap_phone_e164(self, number, country=False):
        """``number`` in E.164 (``+32470123456``), as stored and compared, or
        False when it is not a valid number (see ``_mtap_phone_display``)."""
        if not number:
            return False
        return (
            self._phone_format(number=number, country=country, force_format="E164")
            or False
        )

    @api.model
    def _additional_allowed_keys_properties_definition(self):
        # a card's Exchange question may be required (mtap.question.mixin)
        return (
            *super()._additional_allowed_keys_properties_definition(),
            "mtap_required",
        )
