import io

import qrcode

from odoo import http
from odoo.http import content_disposition, request

from ..tools import validation


class MtapProfileController(http.Controller):
    """Public pages of a published mTap profile: the card, its vCard, photo and QR."""

    def _get_published_profile(self, slug):
        """Return the published card of ``slug`` (as superuser) or raise a 404.

        Unknown, unpublished and archived cards, and cards of archived users, all get
        the same 404. The superuser read is safe: only published data leaves this
        controller and the card is found by its slug only.
        """
        if validation.slug_error(slug):
            raise request.not_found()
        profile = (
            request.env["mtap.profile"]
            .sudo()
            .search(
                [
                    ("slug", "=", slug),
                    ("is_published", "=", True),
                    ("user_id.active", "=", True),
                ],
                limit=1,
            )
        )
        if not profile:
            raise request.not_found()
        return profile

    @http.route(
        "/mtap/<string:slug>",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
        methods=["GET"],
        readonly=True,
    )
    def profile_page(self, slug, **kwargs):
        """The public card page."""
        profile = self._get_published_profile(slug)
        return request.render(
            "mtap_hub.profile_page",
            {
                "profile": profile,
                "main_object": profile,
                "photo_url": profile.image_128 and f"{profile.website_url}/photo",
                "links": profile._get_public_links(),
            },
        )

    @http.route(
        "/mtap/<string:slug>/vcard",
        type="http",
        auth="public",
        methods=["GET"],
        readonly=True,
    )
    def profile_vcard(self, slug, **kwargs):
        """The card as a .vcf file, holding only what the card publishes."""
        profile = self._get_published_profile(slug)
        content = profile._get_vcard_file()
        return request.make_response(
            content,
            [
                ("Content-Type", "text/vcard; charset=utf-8"),
                ("Content-Disposition", content_disposition(f"{profile.slug}.vcf")),
                ("Cache-Control", "no-store"),
            ],
        )

    @http.route(
        "/mtap/<string:slug>/photo",
        type="http",
        auth="public",
        methods=["GET"],
        readonly=True,
    )
    def profile_photo(self, slug, **kwargs):
        """The card's photo (512 px)."""
        profile = self._get_published_profile(slug)
        if not profile.image_512:
            raise request.not_found()
        stream = request.env["ir.binary"]._get_image_stream_from(profile, "image_512")
        return stream.get_response(max_age=3600)

    @http.route(
        "/mtap/<string:slug>/qr.png",
        type="http",
        auth="public",
        methods=["GET"],
        readonly=True,
    )
    def profile_qr(self, slug, **kwargs):
        """A QR code of the card's canonical address."""
        profile = self._get_published_profile(slug)
        image = qrcode.make(
            f"{profile.get_base_url()}{profile.website_url}",
            error_correction=qrcode.constants.ERROR_CORRECT_M,
            box_size=8,
            border=2,
        )
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return request.make_response(
            buffer.getvalue(),
            [("Content-Type", "image/png"), ("Cache-Control", "public, max-age=3600")],
        )
