import base64

from odoo import api, fields, models


class MtapContactExport(models.TransientModel):
    """A .vcf export prepared on the server and downloaded by its id: the selection
    travels in the body of the action's call, never in an address, so it may hold
    any number of contacts. Only its creator reads it (record rule); the transient
    vacuum deletes it and its file."""

    _name = "mtap.contact.export"
    _description = "mTap: Contacts exported as a vCard file"

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

    def _mtap_download(self):
        """The action that downloads the file."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/vcf_file/{self.vcf_name}"
            "?download=true",
            "target": "download",
        }
