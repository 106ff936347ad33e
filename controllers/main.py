import functools
import io
import logging

import qrcode
from werkzeug.exceptions import HTTPException

from odoo import http
from odoo.http import content_disposition, request
from odoo.service.model import PG_CONCURRENCY_EXCEPTIONS_TO_RETRY

from ..tools.exchange_form import FIELD_LIMITS, clean_exchange_form

_logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
MAX_BODY_BYTES = 64 * 1024
# a card page is one visitor's: its form carries their session's tokens
PAGE_CACHE_CONTROL = "private, no-cache"


def guarded(*methods):
    """Serve the decorated route for ``methods`` only, and never let an error reach
    the visitor as a traceback.

    Odoo adds OPTIONS to every route, does not check CSRF for it and still runs the
    handler: any other method than ``methods`` (HEAD goes with GET) gets a 405 before
    the handler runs. An unexpected error is logged and answered by a plain 500
    page, whatever the ``debug`` mode; HTTP errors and the database conflicts that
    Odoo answers by replaying the request go on as usual.
    """
    allowed = {*methods, "HEAD"} if "GET" in methods else set(methods)

    def decorator(func):
        @functools.wraps(func)
        def wrapper(self, *args, **kwargs):
            if request.httprequest.method not in allowed:
                return request.make_response(
                    "Method Not Allowed",
                    [("Content-Type", "text/plain"), ("Allow", ", ".join(allowed))],
                    status=405,
                )
            try:
                return func(self, *args, **kwargs)
            except (HTTPException, *PG_CONCURRENCY_EXCEPTIONS_TO_RETRY):
                raise
            except Exception:
                _logger.exception("mTap: %s failed", request.httprequest.path)
                return request.make_response(
                    request.env._("Something went wrong. Please try again later."),
                    [("Content-Type", "text/plain; charset=utf-8")],
                    status=500,
                )

        return wrapper

    return decorator


class MtapProfileController(http.Controller):
    """Public pages of a published mTap profile: the card, its vCard, photo and QR."""

    def _get_published_profile(self, slug):
        """Return the published card of ``slug`` (as superuser), or an empty
        recordset: the caller then answers with ``_not_found_response()``.

        Unknown, unpublished and archived cards, and cards of archived users, all get
        the same 404. The superuser read is safe: only published data leaves this
        controller and the card is found by its slug only.
        """
        return request.env["mtap.profile"]._get_published(slug)

    def _not_found_response(self, page=True):
        """The same 404 page for every missing card, or a 429 once the visitor's
        address asked for too many missing cards: guessing slugs is throttled.

        Returned rather than raised, so that the counted miss is committed.
        """
        setting = request.env["mtap.profile"]._mtap_param_int
        allowed = (
            request.env["mtap.rate.limit"]
            .sudo()
            ._hit(
                "profile_miss",
                request.httprequest.remote_addr or "unknown",
                setting("profile_miss_limit"),
                setting("profile_miss_window"),
            )
        )
        if not allowed:
            return request.make_response(
                request.env._("Too many requests. Please try again later."),
                [("Content-Type", "text/plain; charset=utf-8")],
                status=429,
            )
        if not page:
            return request.make_response(
                "Not Found", [("Content-Type", "text/plain")], status=404
            )
        return request.render("website.page_404", {}, status=404)

    @http.route(
        "/mtap/<string:slug>",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
        methods=["GET"],
    )
    @guarded("GET")
    def profile_page(self, slug, **kwargs):
        """The public card page."""
        profile = self._get_published_profile(slug)
        if not profile:
            return self._not_found_response()
        request.env["mtap.profile.stat"].sudo()._record(profile, "view")
        return self._render_card(profile)

    def _render_card(self, profile, status=200, **values):
        """Render the card page; ``values`` set the state of its Exchange form:
        ``sent``, ``too_many``, or ``values``/``errors`` of a refused form."""
        response = request.render(
            "mtap_hub.profile_page",
            {
                "profile": profile,
                "main_object": profile,
                "photo_url": profile.image_128 and f"{profile.website_url}/photo",
                "links": profile._get_public_links(),
                "form_token": profile._exchange_form_token(),
                "honeypot_field": HONEYPOT_FIELD,
                "limits": FIELD_LIMITS,
                "values": {},
                "errors": {},
                **values,
            },
            status=status,
        )
        response.headers["Cache-Control"] = PAGE_CACHE_CONTROL
        return response

    # ------------------------------------------------------------
    # EXCHANGE
    # ------------------------------------------------------------

    def _error_messages(self, errors):
        env = request.env
        messages = {
            "required": env._("Please enter your name."),
            "characters": env._("This field contains characters that are not allowed."),
            "contact": env._("Please leave an e-mail address or a phone number."),
        }
        invalid = {
            "email": env._("This e-mail address is not valid."),
            "phone": env._(
                "This phone number is not valid. Include the country code, e.g. "
                "+32 470 12 34 56."
            ),
        }
        result = {}
        for field, error in errors.items():
            if error == "too_long":
                result[field] = env._(
                    "This is too long: at most %(max)s characters.",
                    max=FIELD_LIMITS[field],
                )
            elif error == "invalid":
                result[field] = invalid[field]
            else:
                result[field] = messages[error]
        return result

    def _within_rate_limits(self, profile):
        """Count this Exchange and tell whether the visitor's address and the card
        both stay within the configured limits (shared by all workers)."""
        setting = request.env["mtap.profile"]._mtap_param_int
        window = setting("exchange_rate_window")
        limits = request.env["mtap.rate.limit"].sudo()
        # with proxy_mode, Odoo already put the client address in remote_addr
        address_ok = limits._hit(
            "exchange_ip",
            request.httprequest.remote_addr or "unknown",
            setting("exchange_rate_limit_ip"),
            window,
        )
        card_ok = limits._hit(
            "exchange_profile",
            str(profile.id),
            setting("exchange_rate_limit_profile"),
            window,
        )
        return address_ok and card_ok

    @http.route(
        "/mtap/<string:slug>/exchange",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
        methods=["POST"],
        # refused while the body is read, chunked or not, before the form is parsed
        max_content_length=MAX_BODY_BYTES,
    )
    @guarded("POST")
    def profile_exchange(self, slug, **post):
        """The Exchange Contacts form: the visitor's details become a Lead of the card's
        owner. Only the known form fields are read; owner, team and company come
        from the card."""
        profile = self._get_published_profile(slug)
        if not profile:
            return self._not_found_response()
        if not self._within_rate_limits(profile):
            return self._render_card(profile, status=429, too_many=True)
        # a malformed, forged or replayed token is a robot's
        token_state = profile._check_exchange_form_token(post.get("mtap_token"))
        if post.get(HONEYPOT_FIELD) or token_state == "robot":
            # look the same as a success, store nothing
            return self._render_card(profile, sent=True)
        country = profile.user_id.company_id.country_id or profile.company_id.country_id
        values, errors = clean_exchange_form(post, country.code, country.phone_code)
        if token_state == "expired":
            errors.setdefault("form", "expired")
        if errors:
            messages = self._error_messages(
                {field: error for field, error in errors.items() if field != "form"}
            )
            if errors.get("form"):
                messages["form"] = request.env._(
                    "This page was open for too long. Please check your details and "
                    "send them again."
                )
            return self._render_card(profile, values=values, errors=messages)
        try:
            with request.env.cr.savepoint():
                # too fast for a person, yet a real token and no honeypot: often a
                # browser's autofill; kept in quarantine for the owner to judge
                lead = (
                    request.env["crm.lead"]
                    .sudo()
                    ._mtap_exchange(
                        profile, values, suspected_spam=token_state == "too_fast"
                    )
                )
                if lead:  # a blocked sender sees the same thank-you, nothing stored
                    request.env["mtap.profile.stat"].sudo()._record(profile, "exchange")
        except PG_CONCURRENCY_EXCEPTIONS_TO_RETRY:
            raise  # Odoo replays the whole request
        except Exception:
            # everything the Exchange wrote is rolled back with the savepoint; the
            # visitor gets their input back, never a traceback
            _logger.exception("mTap Exchange on card %s failed", profile.id)
            return self._render_card(
                profile,
                status=500,
                values=values,
                errors={
                    "form": request.env._(
                        "Your details could not be saved. Please try again later."
                    )
                },
            )
        return self._render_card(profile, sent=True)

    @http.route(
        "/mtap/<string:slug>/vcard",
        type="http",
        auth="public",
        methods=["GET"],
    )
    @guarded("GET")
    def profile_vcard(self, slug, **kwargs):
        """The card as a .vcf file, holding only what the card publishes."""
        profile = self._get_published_profile(slug)
        if not profile:
            return self._not_found_response(page=False)
        request.env["mtap.profile.stat"].sudo()._record(profile, "vcard")
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
    )
    @guarded("GET")
    def profile_photo(self, slug, **kwargs):
        """The card's photo (512 px)."""
        profile = self._get_published_profile(slug)
        if not profile:
            return self._not_found_response(page=False)
        if not profile.image_512:
            raise request.not_found()
        stream = request.env["ir.binary"]._get_image_stream_from(profile, "image_512")
        return stream.get_response(max_age=3600)

    @http.route(
        "/mtap/<string:slug>/qr.png",
        type="http",
        auth="public",
        methods=["GET"],
    )
    @guarded("GET")
    def profile_qr(self, slug, **kwargs):
        """A QR code of the card's canonical address."""
        profile = self._get_published_profile(slug)
        if not profile:
            return self._not_found_response(page=False)
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
