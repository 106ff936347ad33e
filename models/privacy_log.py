import re

from odoo import models


class PrivacyLog(models.Model):
    _inherit = "privacy.log"

    def _anonymize_email(self, label):
        """A phone number (a person found by phone) is masked too: all but its
        last two digits."""
        if label and "@" not in label:
            return re.sub(r"\d(?=(?:\D*\d){2})", "*", label)
        return super()._anonymize_email(label)
