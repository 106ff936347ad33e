import base64
from datetime import timedelta

from odoo import api, fields, models

# an export is a transient copy of personal data: gone an hour after it was made
EXPORT_LIFETIME = timedelta(hours=1)


class MtapContactExport(models.TransientModel):
    """A .vcf export prepared on the server and downloaded by its id: the selection
    travels in the body of the action's call, never in an address, so it may hold
    any number of contacts. Only its creator reads it (record rule); it is deleted
    once downloaded (``/mtap/export/<id>``) or an hour after it was made, whichever
    comes first (``_gc_mtap_exports``, hourly)."""

    _name = "mtap.contact.export"
    _description = "mTap: Contacts exported as a vCard file"
    _transient_max_hours = 1.0

    vcf_file = fields.Binary("vCard File", readonly=True, attachment=True)
    vcf_name = fields.Char("File Name", readonly=True, default="contacts.vcf")
    contact_count = fields.Integer("Contacts", readonly=True)

    @api.model
    def _mtap_export(self, partners):
        """An export holding ``partners`` as one .vcf file (see
        ``res.partner._mtap_export_vcf``: every one must be readable)."""
        data = self.env["res.partner"]._mtap_export_vcf(partners.ids)
        return self.create(
            {"vcf_file": base64.b64encode(data), "contact_count": len(partners)}
        )

    def _mtap_expired(self):
        self.ensure_one()
        return self.create_date < fields.Datetime.now() - EXPORT_LIFETIME

    def _mtap_download(self):
        """Download the file at once, and say how long it is kept."""
        self.ensure_one()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "info",
                "title": self.env._(
                    "%(count)s contacts exported", count=self.contact_count
                ),
                "message": self.env._(
                    "The file downloads now. It is deleted from the server once "
                    "downloaded, or after an hour."
                ),
                "next": {
                    "type": "ir.actions.act_url",
                    "url": f"/mtap/export/{self.id}",
                    "target": "download",
                },
            },
        }

    @api.model
    def _gc_mtap_exports(self):
        """Delete the exports over an hour old, downloaded or not (hourly cron)."""
        self.sudo().search(
            [("create_date", "<", fields.Datetime.now() - EXPORT_LIFETIME)]
        ).unlink()
