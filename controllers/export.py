import base64

from werkzeug.exceptions import NotFound

from odoo import http
from odoo.http import content_disposition, request


class MtapExportController(http.Controller):
    @http.route(
        "/mtap/export/<int:export_id>",
        type="http",
        auth="user",
        methods=["GET"],
        readonly=False,
    )
    def mtap_export_download(self, export_id):
        """Download an export of Contacts once: it is deleted as it is sent, and an
        export over an hour old is gone. Only its creator finds it (record rule):
        anyone else, and an expired or downloaded export, get the same 404."""
        export = request.env["mtap.contact.export"].search([("id", "=", export_id)])
        if not export or export._mtap_expired():
            export.sudo().unlink()
            raise NotFound()
        data = base64.b64decode(export.vcf_file or b"")
        name = export.vcf_name or "contacts.vcf"
        mimetype = export.mimetype
        export.unlink()
        return request.make_response(
            data,
            headers=[
                ("Content-Type", mimetype or "text/vcard; charset=utf-8"),
                ("Content-Disposition", content_disposition(name)),
                ("Content-Length", str(len(data))),
                ("Cache-Control", "no-store"),
            ],
        )
