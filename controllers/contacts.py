from odoo import http
from odoo.http import content_disposition, request


class MtapContactsExport(http.Controller):
    @http.route("/mtap/contacts/export.vcf", type="http", auth="user", methods=["GET"])
    def export_vcf(self, ids="", **kwargs):
        """The selected contacts as one .vcf file (only those the user may read)."""
        partner_ids = [int(i) for i in ids.split(",") if i.strip().isdigit()][:10000]
        content = request.env["res.partner"]._mtap_export_vcf(partner_ids)
        return request.make_response(
            content,
            [
                ("Content-Type", "text/vcard; charset=utf-8"),
                ("Content-Disposition", content_disposition("contacts.vcf")),
            ],
        )
