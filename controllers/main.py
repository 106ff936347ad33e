import functools
import logging
from urllib.parse import urlencode

from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from odoo import http
from odoo.http import content_disposition, request
from odoo.service.model import PG_CONCURRENCY_EXCEPTIONS_TO_RETRY

from ..models.mtap_profile import IMAGE_SIZES
from ..tools import exchange_questions
from ..tools.card_page import ICONS
from ..tools.exchange_form import FIELD_LIMITS
from ..tools.qr_payload import qr_png
from ..tools.source_marker import clean_event_id, clean_source, refuses_tracking

_logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
# a card page is one visitor's: its form carries their session's tokens
PAGE_CACHE_CONTROL = "private, no-cache"
# the outcome of an Exchange, kept in the session for the page the POST redirects to
EXCHANGE_OUTCOME_KEY = "mtap_exchange_outcome"
IMAGE_ROUTES = {"image_1920": "photo", "cover_image": "cover", "logo": "logo"}


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


def throttled_miss(kind):
    """Count a miss (a card or a personal link that does not exist) of the
    visitor's address; the 429 answer once it asked for too many, else None."""
    setting = request.env["mtap.settings"]._get_int
    allowed = (
        request.env["mtap.rate.limit"]
        .sudo()
        ._hit(
            kind,
            request.httprequest.remote_addr or "unknown",
            setting("profile_miss_limit"),
            setting("profile_miss_window"),
        )
    )
    if allowed:
        return None
    return request.make_response(
        request.env._("Too many requests. Please try again later."),
        [("Content-Type", "text/plain; charset=utf-8")],
        status=429,
    )


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

    def _origin(self, profile, params):
        """Where the visitor found the card: the source marker (``s``, "direct"
        without one) and the event (``e``) of its address."""
        event = request.env["mtap.event"]._for_address(
            clean_event_id(params.get("e")), profile
        )
        return clean_source(params.get("s")), event

    def _not_found_response(self, page=True):
        """The same 404 page for every missing card, or a 429 once the visitor's
        address asked for too many missing cards: guessing slugs is throttled.

        Returned rather than raised, so that the counted miss is committed.
        """
        too_many = throttled_miss("profile_miss")
        if too_many:
            return too_many
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
        """The public card page; after an Exchange, the same page with its outcome
        in view (kept in the visitor's session by the POST: a refresh never sends
        the form again)."""
        profile = self._get_published_profile(slug)
        if not profile:
            # a re-assigned card's former address (and its printed QR code)
            renamed = request.env["mtap.profile"]._get_renamed(slug)
            if renamed:
                query = request.httprequest.query_string.decode()
                target = renamed.website_url + (f"?{query}" if query else "")
                return request.redirect(target, code=301, local=True)
            return self._not_found_response()
        source, event = self._origin(profile, kwargs)
        outcome = request.session.pop(EXCHANGE_OUTCOME_KEY, None)
        if not isinstance(outcome, dict) or outcome.get("profile_id") != profile.id:
            outcome = {}
            # the page shown after an Exchange is not one more view
            httprequest = request.httprequest
            request.env["mtap.profile.stat"].sudo()._record_view(
                profile,
                source,
                event,
                httprequest.remote_addr,
                httprequest.headers.get("User-Agent"),
                anonymous=refuses_tracking(httprequest.headers),
            )
        else:  # the form carried where the visitor came from
            values = outcome.get("values") or {}
            source = values.get("mtap_s") or source
            event = request.env["mtap.event"].sudo().browse(values.get("mtap_e"))
        return self._render_card(
            profile,
            origin={"s": source, "e": event.id or ""},
            sent=outcome.get("sent", False),
            privacy_token=outcome.get("privacy_token"),
            values=outcome.get("values") or {},
            errors=outcome.get("errors") or {},
        )

    def _image_sources(self, profile, field, versions, height_ratio=1):
        """``src`` and ``srcset`` of one of the card's images at the CSS width of
        ``IMAGE_SIZES`` and its 2x/3x densities (or widths when ``height_ratio``
        differs from 1), or ``(False, False)`` without an image."""
        if field not in versions:
            return False, False
        widths = IMAGE_SIZES[field]
        urls = [
            f"{profile.website_url}/{IMAGE_ROUTES[field]}/{width}?v={versions[field]}"
            for width in widths
        ]
        if height_ratio == 1:
            descriptors = [f"{n}x" for n in range(1, len(widths) + 1)]
        else:
            descriptors = [f"{width}w" for width in widths]
        return urls[0], ", ".join(
            f"{url} {descriptor}"
            for url, descriptor in zip(urls, descriptors, strict=True)
        )

    def _form_order(self, profile):
        """The form's fields in the order the page shows them: the details, the
        card's questions, the message."""
        details = [f for f in FIELD_LIMITS if f != "message"]
        return [
            *details,
            *(
                exchange_questions.post_key(q["name"])
                for q in profile._mtap_questions()
            ),
            "message",
        ]

    def _questions(self, profile):
        """The card's questions as the page renders them."""
        result = []
        for question in profile._mtap_questions():
            name, kind = question["name"], question["type"]
            options = exchange_questions.options(question)
            result.append(
                {
                    "key": exchange_questions.post_key(name),
                    "label": question["string"],
                    "type": kind,
                    "required": bool(question.get(exchange_questions.REQUIRED_KEY)),
                    "options": options,
                    "tag_keys": [
                        exchange_questions.tag_key(name, index)
                        for index in range(len(options))
                    ],
                    "limit": exchange_questions.ANSWER_LIMITS.get(
                        kind, exchange_questions.NUMBER_LIMIT
                    ),
                }
            )
        return result

    def _render_card(self, profile, status=200, **values):
        """Render the card page; ``values`` set the state of its Exchange form:
        ``sent``, ``too_many``, or ``values``/``errors`` of a refused form."""
        errors = values.get("errors") or {}
        origin = values.pop("origin", None) or {"s": "direct", "e": ""}
        origin = {key: value for key, value in origin.items() if value}
        # the Save contact link of a direct visit stays the plain address
        marked = {k: v for k, v in origin.items() if (k, v) != ("s", "direct")}
        vcard_query = f"?{urlencode(marked)}" if marked else ""
        links = profile._get_public_links()
        versions = profile._card_image_versions()
        photo_src, photo_srcset = self._image_sources(profile, "image_1920", versions)
        cover_src, cover_srcset = self._image_sources(
            profile, "cover_image", versions, height_ratio=3
        )
        logo_src, logo_srcset = self._image_sources(profile, "logo", versions)
        base = profile.get_base_url()
        used_icons = {"save", "phone", "email", "website"} | {
            link["icon"] for link in links
        }
        debug = request.session.debug or ""
        headers = request.httprequest.headers
        # Global Privacy Control (and Do Not Track): nothing ticked for the
        # visitor, said on the form; the page gives no identifier either way
        gpc = headers.get("Sec-GPC") == "1" or headers.get("DNT") == "1"
        response = request.render(
            "mtap_hub.profile_page",
            {
                "profile": profile,
                "page_title": f"{profile.name} | {request.website.name}",
                "meta": profile._card_meta(base, versions),
                "canonical": f"{base}{profile.website_url}",
                "palette": profile._card_palette(),
                "phone_display": profile._card_phone_display(),
                "icons": {name: Markup(ICONS[name]) for name in sorted(used_icons)},
                "photo_src": photo_src,
                "photo_srcset": photo_srcset,
                "cover_src": cover_src,
                "cover_srcset": cover_srcset,
                "logo_src": logo_src,
                "logo_srcset": logo_srcset,
                "links": links,
                "form_token": request.env["mtap.exchange"]._issue_token(profile),
                "honeypot_field": request.env["mtap.exchange"].HONEYPOT_FIELD,
                "limits": FIELD_LIMITS,
                "questions": self._questions(profile),
                "values": {},
                "errors": {},
                "privacy_token": None,
                "gpc": gpc,
                "first_error": next(
                    (f for f in (*self._form_order(profile), "form") if f in errors),
                    None,
                ),
                # the tour runner, only in ?debug=tests
                "test_assets": "tests" in debug,
                **values,
                "origin": origin,
                "vcard_url": f"{profile.website_url}/vcard{vcard_query}",
            },
            status=status,
        )
        response.headers["Cache-Control"] = PAGE_CACHE_CONTROL
        return response

    def _after_exchange(self, profile, **outcome):
        """Answer a sent form with a redirect to the card, its outcome in view
        (post/redirect/get): the thank-you, or the errors and what was typed."""
        request.session[EXCHANGE_OUTCOME_KEY] = {"profile_id": profile.id, **outcome}
        # the browser scrolls to the fragment's element and, being focusable, focuses
        # it: the thank-you, or the first field to correct, without any script
        errors = outcome.get("errors") or {}
        first = next((f for f in self._form_order(profile) if f in errors), None)
        anchor = f"mtap_exchange_{first}" if first else "exchange-status"
        return request.redirect(f"{profile.website_url}#{anchor}", code=303)

    # ------------------------------------------------------------
    # EXCHANGE
    # ------------------------------------------------------------

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
        owner (see ``mtap.exchange``); the outcome is shown on the card page."""
        profile = self._get_published_profile(slug)
        if not profile:
            return self._not_found_response()
        # with proxy_mode, Odoo already put the client address in remote_addr
        outcome = (
            request.env["mtap.exchange"]
            .sudo()
            ._submit_form(
                profile,
                post,
                request.httprequest.remote_addr,
                gpc=request.httprequest.headers.get("Sec-GPC") == "1",
            )
        )
        status = outcome["status"]
        if status == "too_many":
            return self._render_card(profile, status=429, too_many=True)
        if status == "errors":
            return self._after_exchange(
                profile, values=outcome["values"], errors=outcome["errors"]
            )
        if status == "failed":
            return self._render_card(
                profile,
                status=500,
                origin={
                    "s": outcome["values"].get("mtap_s"),
                    "e": outcome["values"].get("mtap_e"),
                },
                values=outcome["values"],
                errors={
                    "form": request.env._(
                        "Your details could not be saved. Please try again later."
                    )
                },
            )
        # sent, or a robot: the same thank-you (with the personal link of a new Lead)
        return self._after_exchange(
            profile, sent=True, privacy_token=outcome.get("privacy_token")
        )

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
        source, event = self._origin(profile, kwargs)
        request.env["mtap.profile.stat"].sudo()._record(profile, "vcard", source, event)
        content = profile._get_vcard_file()
        return request.make_response(
            content,
            [
                ("Content-Type", "text/vcard; charset=utf-8"),
                ("Content-Disposition", content_disposition(profile._vcard_filename())),
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
        """The card's photo (512 px), for link previews."""
        profile = self._get_published_profile(slug)
        if not profile:
            return self._not_found_response(page=False)
        if not profile.image_512:
            raise request.not_found()
        stream = request.env["ir.binary"]._get_image_stream_from(profile, "image_512")
        return stream.get_response(max_age=3600)

    @http.route(
        [
            "/mtap/<string:slug>/photo/<int:width>",
            "/mtap/<string:slug>/cover/<int:width>",
            "/mtap/<string:slug>/logo/<int:width>",
        ],
        type="http",
        auth="public",
        methods=["GET"],
    )
    @guarded("GET")
    def profile_image(self, slug, width, v=None, **kwargs):
        """One of the card's images at one of the sizes the page shows, as WebP:
        cached for a year when asked for by its version (the page always does)."""
        profile = self._get_published_profile(slug)
        if not profile:
            return self._not_found_response(page=False)
        field = next(
            f
            for f, route in IMAGE_ROUTES.items()
            if request.httprequest.path.rsplit("/", 2)[-2] == route
        )
        version = profile._card_image_versions().get(field)
        if width not in IMAGE_SIZES[field] or not version:
            raise request.not_found()
        headers = [
            ("Content-Type", "image/webp"),
            ("ETag", f'"{version}-{width}"'),
            (
                "Cache-Control",
                "public, max-age=31536000, immutable"
                if v == version
                else "public, max-age=3600",
            ),
        ]
        if request.httprequest.if_none_match.contains(f"{version}-{width}"):
            return request.make_response(b"", headers, status=304)
        return request.make_response(profile._card_image(field, width), headers)

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
        return request.make_response(
            qr_png(profile._marked_url("qr")),
            [("Content-Type", "image/png"), ("Cache-Control", "public, max-age=3600")],
        )
