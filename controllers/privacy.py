import json

from odoo import http
from odoo.http import content_disposition, request

from ..tools.card_page import accent_palette
from .main import guarded, throttled_miss

ROUTE = "/mtap/me/<string:token>"


class MtapPrivacyController(http.Controller):
    """The personal link of a visitor who left their details on a card: what is
    held about them, their files, stop e-mails, erase me (see ``mtap.privacy``).
    No login: the signed token is the key, and every bad one gets the same
    answer."""

    def _person(self, token):
        return request.env["mtap.privacy"]._lead_of_token(token)

    def _refused(self):
        """One answer for a malformed, forged, expired, another person's or
        erased link; guessing is throttled with the missing cards."""
        return throttled_miss("privacy_miss") or self._render(
            None, "refused", status=404
        )

    def _render(self, lead, state, status=200, token=None):
        profile = lead.mtap_profile_id if lead else None
        lang = request.env["res.lang"]._get_data(code=request.env.lang or "en_US")
        response = request.render(
            "mtap_hub.privacy_page",
            {
                "state": state,
                "lang_code": (lang.iso_code or "en").replace("_", "-"),
                "rtl": lang.direction == "rtl",
                "token": token,
                "held": request.env["mtap.privacy"]._held(lead)
                if lead and state in ("show", "confirm", "stopped")
                else None,
                "palette": accent_palette(profile.accent_color if profile else None),
            },
            status=status,
        )
        response.headers["Cache-Control"] = "no-store"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Robots-Tag"] = "noindex"
        return response

    @http.route(
        ROUTE,
        type="http",
        auth="public",
        website=True,
        sitemap=False,
        methods=["GET"],
    )
    @guarded("GET")
    def privacy_page(self, token, **kwargs):
        """What the card's owner holds about the person of this link."""
        lead = self._person(token)
        if not lead:
            return self._refused()
        return self._render(lead, "show", token=token)

    @http.route(
        [f"{ROUTE}/vcard", f"{ROUTE}/json"],
        type="http",
        auth="public",
        sitemap=False,
        methods=["GET"],
    )
    @guarded("GET")
    def privacy_download(self, token, **kwargs):
        """The person's data as a vCard or as JSON (everything the page shows)."""
        lead = self._person(token)
        if not lead:
            return self._refused()
        privacy = request.env["mtap.privacy"]
        if request.httprequest.path.endswith("/vcard"):
            content, mimetype, name = (
                privacy._vcard(lead),
                "text/vcard; charset=utf-8",
                "my-details.vcf",
            )
        else:
            content = json.dumps(
                privacy._held(lead), ensure_ascii=False, indent=2
            ).encode()
            mimetype, name = "application/json; charset=utf-8", "my-details.json"
        return request.make_response(
            content,
            [
                ("Content-Type", mimetype),
                ("Content-Disposition", content_disposition(name)),
                ("Cache-Control", "no-store"),
            ],
        )

    @http.route(
        f"{ROUTE}/stop",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
        methods=["POST"],
    )
    @guarded("POST")
    def privacy_stop(self, token, **kwargs):
        """Stop e-mails: the person is blacklisted, their follow-ups stop."""
        lead = self._person(token)
        if not lead:
            return self._refused()
        request.env["mtap.privacy"]._stop_emails(lead)
        return self._render(lead, "stopped", token=token)

    @http.route(
        f"{ROUTE}/erase",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
        methods=["POST"],
    )
    @guarded("POST")
    def privacy_erase(self, token, confirm=None, **kwargs):
        """Erase me: the first click asks to confirm, the second erases at once."""
        lead = self._person(token)
        if not lead:
            return self._refused()
        if confirm != "1":
            return self._render(lead, "confirm", token=token)
        request.env["mtap.privacy"]._erase(lead, how="visitor")
        return self._render(None, "erased")
