import base64
import re
import urllib.parse

from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError
from odoo.http import request
from odoo.tools import email_normalize
from odoo.tools.mail import html_to_inner_content

from ..tools import validation
from ..tools.card_page import (
    DEFAULT_ACCENT,
    HEX_COLOR_RE,
    ICONS,
    accent_palette,
    resized_image,
)
from ..tools.qr_payload import qr_png
from ..tools.source_marker import marked_url
from ..tools.vcard_write import fold_lines

BIO_MAX_LENGTH = 600
DESCRIPTION_MAX_LENGTH = 160
# user-typed values cleaned up (or refused) before they are written
NORMALIZED_FIELDS = {"slug", "email", "phone", "website"}
# The sizes (CSS pixels, then 2x and 3x) the card page shows its images at; the
# cover is three times as wide as high.
IMAGE_SIZES = {
    "image_1920": (112, 224, 336),
    "cover_image": (480, 960, 1440),
    "logo": (32, 64, 96),
}


class MtapProfile(models.Model):
    """A public digital business card of one user (a user may own several)."""

    _name = "mtap.profile"
    _description = "mTap Card"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "image.mixin",
        "website.published.mixin",
        "website.seo.metadata",
        "mtap.guard.mixin",
    ]
    _order = "sequence, name, id"
    _check_company_auto = True
    _mtap_guarded_links = ("template_id", "team_id")
    _mtap_guarded_images = ("image_1920", "cover_image", "logo")

    # ------------------------------------------------------------
    # FIELDS
    # ------------------------------------------------------------

    name = fields.Char(
        "Card Name",
        required=True,
        tracking=True,
        help="The name shown in large on the card, usually your full name.",
    )
    sequence = fields.Integer(default=10)
    color = fields.Integer("Color Index")
    active = fields.Boolean(default=True, tracking=True)
    user_id = fields.Many2one(
        "res.users",
        string="Owner",
        required=True,
        index=True,
        tracking=True,
        ondelete="cascade",
        default=lambda self: self.env.user,
        domain="[('share', '=', False)]",
        help="The user whose card this is: Leads captured by the card are assigned "
        "to this user.",
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    former_slugs = fields.Char(
        "Former Addresses",
        copy=False,
        readonly=True,
        help="Slugs this card had before (space-separated): their addresses, and the "
        "QR codes printed with them, lead to the card's address now.",
    )
    slug = fields.Char(
        "URL Slug",
        required=True,
        copy=False,
        tracking=True,
        default=lambda self: validation.random_slug(self.env.user.name),
        help="The last part of the card's web address. Lower-case letters, digits "
        "and dashes; generated with a random part so cards cannot be found by "
        "guessing.",
    )
    job_title = fields.Char(tracking=True)
    company_name = fields.Char(
        tracking=True,
        default=lambda self: self.env.company.name,
        help="The company shown on the card.",
    )
    email = fields.Char(
        tracking=True,
        default=lambda self: self.env.user.email,
        help="Public e-mail address shown on the card.",
    )
    phone = fields.Char(
        tracking=True,
        help="Public phone number shown on the card, stored in international format.",
    )
    website = fields.Char(help="Public website shown on the card.")
    bio = fields.Html(
        "Short Bio",
        sanitize=True,
        sanitize_overridable=False,
        sanitize_style=True,
        help=f"A few lines about you, at most {BIO_MAX_LENGTH} characters.",
    )
    link_ids = fields.One2many(
        "mtap.profile.link", "profile_id", string="Links", copy=True
    )
    team_id = fields.Many2one(
        "crm.team",
        string="Sales Team",
        check_company=True,
        help="Sales team of the Leads captured by this card.",
    )
    lead_tag_ids = fields.Many2many(
        "crm.tag",
        string="Lead Tags",
        help="Tags put on every Lead captured by this card, e.g. the event it is "
        "used at.",
    )
    send_card_to_visitor = fields.Boolean(
        "Send my Card to Visitors",
        help="Visitors who leave an e-mail address on the Exchange Contacts form "
        "receive this card by e-mail, with its vCard attached.",
    )
    lead_notify = fields.Selection(
        [
            ("inbox", "In Odoo"),
            ("inbox_email", "In Odoo and by e-mail"),
        ],
        "Tell Me of New Leads",
        required=True,
        default="inbox_email",
        help="How you hear of a new Lead at once: a message in your Odoo inbox "
        "(with its alert on the phone), and if you like an e-mail with the visitor's "
        "name, company, message and a link to open the Lead.",
    )
    consent_text = fields.Text(
        translate=True,
        default=lambda self: self._default_consent_text(),
        help="The sentence visitors tick on the Exchange Contacts form to accept "
        "being contacted.",
    )

    accent_color = fields.Char(
        "Accent Colour",
        default=DEFAULT_ACCENT,
        help="The colour of the card's buttons and links (#rrggbb). Text on it is "
        "black or white, whichever reads better, and links are darkened or lightened "
        "as needed to stay legible in light and dark mode.",
    )
    cover_image = fields.Image(
        max_width=1920,
        max_height=1080,
        help="A wide picture shown above your photo, e.g. your company's banner.",
    )
    logo = fields.Image(
        "Company Logo",
        max_width=512,
        max_height=512,
        help="Shown next to the company name on the card.",
    )
    public_base_url = fields.Char(
        "Public Address Base",
        compute="_compute_public_base_url",
        help="Where the card's address, QR code and saved contact point to: the "
        "domain of the company's website, else the server's base URL.",
    )
    public_url = fields.Char(
        "Card Address", compute="_compute_public_base_url", help="The card's address."
    )
    public_url_warning = fields.Char(compute="_compute_public_base_url")
    public_url_warning_admin = fields.Boolean(compute="_compute_public_base_url")
    qr_image = fields.Binary(
        "QR Code",
        compute="_compute_qr_image",
        help="The card's address as a QR code, to show to the person in front of you.",
    )
    share_other_cards = fields.Json(compute="_compute_share_other_cards")
    share_event_id = fields.Many2one(
        "mtap.event",
        string="At an Event",
        check_company=True,
        domain="[('company_id', '=', company_id)]",
        help="While set, the card's QR code, shared link and NFC tag say that the "
        "people you meet found you at this event.",
    )
    share_link_url = fields.Char("Shared Link", compute="_compute_share_urls")
    share_nfc_url = fields.Char("NFC Tag Address", compute="_compute_share_urls")
    mail_url = fields.Char(
        "Address in Card Mails",
        compute="_compute_share_urls",
        help="The card's address in the mail a visitor receives after an Exchange.",
    )
    followup_url = fields.Char(
        "Address in Follow-up Mails",
        compute="_compute_share_urls",
        help="The card's address in the follow-up mails of Today.",
    )
    share_events = fields.Json(compute="_compute_share_events")
    share_funnel = fields.Json(
        compute="_compute_share_funnel",
        help="The card's funnel over the last 30 days, for the share screen.",
    )
    visitor_count = fields.Integer("Unique Visitors", compute="_compute_stats")
    waiting_lead_count = fields.Integer(
        "Leads Waiting",
        compute="_compute_waiting_lead_count",
        help="Leads of this card in the inbox that had no follow-up yet.",
    )
    spam_lead_count = fields.Integer(
        "Suspected Spam",
        compute="_compute_spam_lead_count",
        help="Leads of this card kept out of the inbox as suspected spam, to review.",
    )
    view_count = fields.Integer("Page Views", compute="_compute_stats")
    vcard_count = fields.Integer("vCard Downloads", compute="_compute_stats")
    exchange_count = fields.Integer("Exchanges", compute="_compute_stats")
    lead_count = fields.Integer("Leads", compute="_compute_lead_count")
    followup_lead_count = fields.Integer(
        "Lead Follow-ups Due",
        compute="_compute_followup_counts",
        help="Leads of this card whose follow-up is due today or overdue.",
    )
    followup_contact_count = fields.Integer(
        "Contact Follow-ups Due",
        compute="_compute_followup_counts",
        help="Contacts of the card's owner whose check-in is due today or overdue.",
    )
    drip_count = fields.Integer(
        "In Drip",
        compute="_compute_followup_counts",
        help="Leads of this card and Contacts of its owner that had every follow-up "
        "and only get campaigns now.",
    )

    @api.constrains("accent_color")
    def _check_accent_color(self):
        for profile in self:
            if profile.accent_color and not HEX_COLOR_RE.fullmatch(
                profile.accent_color
            ):
                raise ValidationError(
                    self.env._(
                        "The accent colour must be written #rrggbb, e.g. #714b67."
                    )
                )

    _slug_unique = models.UniqueIndex(
        "(slug)", "This URL slug is already used by another card."
    )

    @api.model
    def _default_consent_text(self):
        return self.env["ir.config_parameter"].sudo().get_param(
            "mtap_hub.default_consent_text"
        ) or self.env._(
            "I agree that the owner of this card stores my details and contacts me "
            "about their products and services."
        )

    # ------------------------------------------------------------
    # COMPUTES
    # ------------------------------------------------------------

    @api.depends("slug", "company_id")
    @api.depends_context("uid")
    def _compute_public_base_url(self):
        bases = {}  # one look-up per company, whatever the number of cards
        # the fix is an administrator's: others are told whom to ask, briefly
        admin = self.env.user.has_group("base.group_system")
        for profile in self:
            profile.public_url_warning_admin = admin
            if profile.company_id not in bases:
                bases[profile.company_id] = profile._website_base_url()
            base = bases[profile.company_id]
            profile.public_base_url = base
            profile.public_url = f"{base}{profile.website_url}"
            problem = validation.local_base_url_problem(base)
            if problem and not admin:
                profile.public_url_warning = profile.env._(
                    "The card's address, %(url)s, only works on this server: its QR "
                    "code leads nowhere from another phone. Ask your administrator to "
                    "set the public address of the website.",
                    url=profile.public_url,
                )
                continue
            profile.public_url_warning = (
                problem
                and profile.env._(
                    "This card's address, %(url)s, only works on this server: its QR "
                    "code and saved contacts would lead nowhere. An administrator can "
                    "set the domain of the company's website (Website > Configuration "
                    "> Settings), or set the system parameter web.base.url to the "
                    "public address and add web.base.url.freeze = True so that it "
                    "does not change at the next login.",
                    url=profile.public_url,
                )
            ) or False

    @api.depends("public_url", "share_event_id")
    def _compute_qr_image(self):
        for profile in self:
            profile.qr_image = base64.b64encode(
                qr_png(profile._marked_url("qr", profile.share_event_id), box_size=10)
            )

    @api.depends("public_url", "share_event_id")
    def _compute_share_urls(self):
        for profile in self:
            profile.share_link_url = profile._marked_url("link", profile.share_event_id)
            profile.share_nfc_url = profile._marked_url("nfc", profile.share_event_id)
            profile.mail_url = profile._marked_url("mail")
            profile.followup_url = profile._marked_url("followup")

    @api.depends("company_id")
    def _compute_share_events(self):
        today = fields.Date.context_today(self)
        for profile in self:
            # the events of the card's company that are not over
            events = (
                self.env["mtap.event"].search(
                    [
                        ("company_id", "=", profile.company_id.id),
                        "|",
                        ("date_end", ">=", today),
                        "&",
                        ("date_end", "=", False),
                        ("date_begin", ">=", today),
                    ],
                    limit=20,
                )
                | profile.share_event_id
            )
            profile.share_events = [
                {"id": event.id, "name": event.name} for event in events
            ]

    def _compute_share_funnel(self):
        Report = self.env["mtap.funnel.report"]
        since = fields.Date.subtract(fields.Date.context_today(self), days=29)
        rows = {
            profile.id: values
            for profile, *values in Report._read_group(
                [("profile_id", "in", self.ids), ("date", ">=", since)],
                ["profile_id"],
                [f"{name}:sum" for name in Report._FUNNEL_STEPS],
            )
        }
        labels = Report._funnel_labels()
        for profile in self:
            values = rows.get(profile.id) or [0] * len(labels)
            profile.share_funnel = [
                {"key": key, "label": labels[key], "value": value or 0}
                for key, value in zip(Report._FUNNEL_STEPS, values, strict=True)
            ]

    @api.depends("user_id")
    def _compute_share_other_cards(self):
        for profile in self:
            others = self.search(
                [("user_id", "=", profile.user_id.id), ("id", "!=", profile.id or 0)]
            )
            profile.share_other_cards = [
                {"id": other.id, "name": other.name} for other in others
            ]

    def _compute_waiting_lead_count(self):
        counts = dict(
            self.env["crm.lead"]._read_group(
                [
                    ("mtap_profile_id", "in", self.ids),
                    ("mtap_state", "in", ("new", "reviewed")),
                    ("mtap_followup_count", "=", 0),
                ],
                ["mtap_profile_id"],
                ["__count"],
            )
        )
        for profile in self:
            profile.waiting_lead_count = counts.get(profile, 0)

    def _compute_spam_lead_count(self):
        counts = dict(
            self.env["crm.lead"]._read_group(
                [("mtap_profile_id", "in", self.ids), ("mtap_state", "=", "spam")],
                ["mtap_profile_id"],
                ["__count"],
            )
        )
        for profile in self:
            profile.spam_lead_count = counts.get(profile, 0)

    @api.depends("slug")
    def _compute_website_url(self):
        for profile in self:
            profile.website_url = f"/mtap/{profile.slug}" if profile.slug else "#"

    def _compute_stats(self):
        # the roll-ups (a few hundred rows a card, folded per month): as fast after
        # years of visits as on the first day. Summed in one statement, as the
        # card form reads them on every display.
        names = ("view_count", "visitor_count", "vcard_count", "exchange_count")
        ids = [profile_id for profile_id in self.ids if profile_id]
        counts = {}
        if ids:
            self.env["mtap.profile.stat.daily"].flush_model()
            self.env.cr.execute(
                """
                SELECT profile_id, sum(view_count), sum(visitor_count),
                       sum(vcard_count), sum(exchange_count)
                  FROM mtap_profile_stat_daily
                 WHERE profile_id = ANY(%s)
                 GROUP BY profile_id
                """,
                (ids,),
            )
            counts = {
                profile_id: values for profile_id, *values in self.env.cr.fetchall()
            }
        for profile in self:
            values = counts.get(profile.id) or (0,) * len(names)
            for name, value in zip(names, values, strict=True):
                profile[name] = value

    def _marked_url(self, source, event=None):
        """The card's address with the source marker ``source`` (see
        ``tools.source_marker.SOURCES``) and ``event``: where its visitors come
        from is counted, and kept on the Leads they become."""
        self.ensure_one()
        return marked_url(self.public_url, source, event.id if event else None)

    def _compute_lead_count(self):
        counts = dict(
            self.env["crm.lead"]
            .with_context(active_test=False)
            ._read_group(
                [("mtap_profile_id", "in", self.ids)], ["mtap_profile_id"], ["__count"]
            )
        )
        for profile in self:
            profile.lead_count = counts.get(profile, 0)

    def _followup_domain(self, kind, state="due"):
        """Leads of the card, or Contacts of its owner, due (today or overdue) or
        in drip."""
        self.ensure_one()
        if state == "due":
            domain = self.env["mtap.followup.mixin"]._mtap_followup_due_domain()
        else:
            domain = [("mtap_followup_state", "=", "drip")]
        if kind == "lead":
            return [("mtap_profile_id", "=", self.id), *domain]
        return [
            ("mtap_is_contact", "=", True),
            ("mtap_owner_id", "=", self.user_id.id),
            *domain,
        ]

    def _compute_followup_counts(self):
        Lead, Partner = self.env["crm.lead"], self.env["res.partner"]
        for profile in self:
            if not profile.id:
                profile.followup_lead_count = profile.followup_contact_count = 0
                profile.drip_count = 0
                continue
            profile.followup_lead_count = Lead.search_count(
                profile._followup_domain("lead")
            )
            profile.followup_contact_count = Partner.search_count(
                profile._followup_domain("contact")
            )
            profile.drip_count = Lead.search_count(
                profile._followup_domain("lead", "drip")
            ) + Partner.search_count(profile._followup_domain("contact", "drip"))

    # ------------------------------------------------------------
    # CONSTRAINTS
    # ------------------------------------------------------------

    @api.constrains("slug")
    def _check_slug(self):
        # create/write validate before writing; this guards values set any other way
        for profile in self:
            self._validate_slug(profile.slug)

    @api.constrains("bio")
    def _check_bio(self):
        for profile in self:
            if len(html_to_inner_content(profile.bio).strip()) > BIO_MAX_LENGTH:
                raise ValidationError(
                    self.env._(
                        "The short bio is limited to %(max)s characters.",
                        max=BIO_MAX_LENGTH,
                    )
                )

    # ------------------------------------------------------------
    # ORM
    # ------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_owner_change(vals.get("user_id", self.env.uid))
            self._normalize_vals(vals)
        self._check_slug_free([vals["slug"] for vals in vals_list if vals.get("slug")])
        return super().create(vals_list)

    def write(self, vals):
        if "user_id" in vals:
            self._check_owner_change(vals["user_id"])
        if vals.get("slug"):
            self._check_slug_free([vals["slug"].strip().lower()] * len(self))
        if NORMALIZED_FIELDS.intersection(vals):
            if vals.get("phone") and len(self.company_id) > 1:
                # a national number is read in the country of each card's company
                for profile in self:
                    super(MtapProfile, profile).write(
                        profile._normalize_vals(dict(vals))
                    )
                return True
            vals = self._normalize_vals(dict(vals))
        return super().write(vals)

    def copy_data(self, default=None):
        vals_list = super().copy_data(default=default)
        for profile, vals in zip(self, vals_list, strict=True):
            if "name" not in (default or {}):
                vals["name"] = self.env._("%s (copy)", profile.name)
            vals.setdefault("slug", validation.random_slug(profile.name))
        return vals_list

    # ------------------------------------------------------------
    # BUSINESS
    # ------------------------------------------------------------

    def _normalize_vals(self, vals):
        """Clean the user-typed values of ``vals`` in place and return it.

        Raises a ``ValidationError`` naming the field when a value is unusable.
        """
        if vals.get("slug"):
            vals["slug"] = vals["slug"].strip().lower()
            self._validate_slug(vals["slug"])
        if vals.get("email"):
            normalized = email_normalize(vals["email"].strip())
            if not normalized:
                raise ValidationError(
                    self.env._(
                        'The e-mail "%(email)s" is not a valid address.',
                        email=vals["email"],
                    )
                )
            vals["email"] = normalized
        if vals.get("phone"):
            vals["phone"] = self._normalize_phone(vals["phone"], vals.get("company_id"))
        if vals.get("website"):
            vals["website"] = self.env["mtap.profile.link"]._normalize_website(
                vals["website"]
            )
        return vals

    @api.model
    def _validate_slug(self, slug):
        """Raise a ``ValidationError`` saying why ``slug`` is not a usable URL part."""
        reason = validation.slug_error(slug or "")
        if not reason:
            return
        reasons = {
            "length": self.env._(
                "A URL slug has %(min)s to %(max)s characters.",
                min=validation.SLUG_MIN_LENGTH,
                max=validation.SLUG_MAX_LENGTH,
            ),
            "characters": self.env._(
                "A URL slug may only contain lower-case letters (a-z), digits and "
                "single dashes, and cannot start or end with a dash."
            ),
            "reserved": self.env._("This word is reserved by the website."),
        }
        raise ValidationError(
            self.env._(
                'The URL slug "%(slug)s" cannot be used: %(reason)s',
                slug=slug,
                reason=reasons[reason],
            )
        )

    def _check_slug_free(self, slugs):
        """Raise a ``ValidationError`` when one of ``slugs`` is given twice or is
        used by a card other than ``self`` (archived or another user's included)."""
        if not slugs:
            return
        # Slugs are unique across all users: look past the record rules.
        taken = (
            self.sudo()
            .with_context(active_test=False)
            .search_count([("slug", "in", slugs), ("id", "not in", self.ids)], limit=1)
        )
        if taken or len(set(slugs)) < len(slugs):
            raise ValidationError(
                self.env._("This URL slug is already used by another card.")
            )

    def _normalize_phone(self, number, company_id=False):
        """Return ``number`` in E.164, reading national numbers in the country of the
        card's company; raise a ``ValidationError`` when it is not a phone number."""
        company = (
            self.env["res.company"].browse(company_id)
            if company_id
            else (self[:1].company_id or self.env.company)
        )
        country = company.country_id or self.env.company.country_id
        formatted = self._mtap_phone_e164(number.strip(), country)
        if not formatted:
            raise ValidationError(
                self.env._(
                    'The phone number "%(phone)s" is not valid. Use the international '
                    "format, e.g. +32 470 12 34 56.",
                    phone=number,
                )
            )
        return formatted

    def _check_owner_change(self, user_id):
        """Only a manager may give a card to (or create one for) another user."""
        if self._mtap_is_manager():
            return
        if user_id != self.env.uid or any(p.user_id != self.env.user for p in self):
            raise AccessError(
                self.env._(
                    "Only an mTap manager can create or move a card for another user."
                )
            )

    # ------------------------------------------------------------
    # PUBLIC CARD
    # ------------------------------------------------------------

    def get_base_url(self):
        """The card's public base URL: the domain of its company's website (the first
        one with a domain), else ``web.base.url``. Its QR code, saved contact,
        canonical and social tags and e-mails all use it, never the Host header a
        request came with. Read from ``public_base_url``: computed for a whole batch
        of cards at once (mails render many cards, calling this for each)."""
        self.ensure_one()
        return self.public_base_url

    def _website_base_url(self):
        """The public base URL of the card's company (see ``get_base_url``)."""
        self.ensure_one()
        website = (
            self.env["website"]
            .sudo()
            .search(
                [("company_id", "=", self.company_id.id), ("domain", "!=", False)],
                order="sequence, id",
                limit=1,
            )
        )
        if website:
            return website.get_base_url()
        return super().get_base_url()

    def _card_image(self, field, width):
        """The image ``field`` as the card page shows it at ``width`` pixels (WebP):
        the photo cut square, the cover cut 3:1, the logo fit in a square. Read
        from the smallest stored size that is large enough."""
        self.ensure_one()
        source = field
        if field == "image_1920":
            source = next(
                f"image_{size}" for size in (128, 256, 512, 1024, 1920) if size >= width
            )
        data = base64.b64decode(self[source])
        if field == "cover_image":
            return resized_image(data, width, width // 3)[0]
        return resized_image(data, width, crop=field != "logo")[0]

    def _card_phone_display(self):
        """The card's phone as people read it: international format with spaces."""
        self.ensure_one()
        return self._mtap_phone_display(self.phone) or ""

    def _card_palette(self):
        """The card page's colours, legible whatever accent was chosen."""
        self.ensure_one()
        return accent_palette(self.accent_color)

    @api.model
    def _get_published(self, slug):
        """The published card of ``slug``, as superuser, or no card: unknown,
        unpublished and archived cards, and cards of archived users, are all
        "not found". Only published data may be read from it."""
        if validation.slug_error(slug):
            return self.browse()
        return self.sudo().search(
            [
                ("slug", "=", slug),
                ("is_published", "=", True),
                ("user_id.active", "=", True),
            ],
            limit=1,
        )

    @api.model
    def _get_renamed(self, slug):
        """The published card that had the address ``slug`` before (see
        ``former_slugs``), when no card has it now; as ``_get_published``."""
        if validation.slug_error(slug) or self._get_published(slug):
            return self.browse()
        # slugs are lower-case letters, digits and dashes: no LIKE wildcard
        return (
            self.sudo()
            .search(
                [
                    ("former_slugs", "=like", f"%{slug}%"),
                    ("is_published", "=", True),
                    ("user_id.active", "=", True),
                ],
                limit=1,
            )
            .filtered(lambda card: slug in card.former_slugs.split())
        )

    def _get_public_description(self):
        """Return the one-line description of the card for search engines and
        link previews: title, company and the start of the bio."""
        self.ensure_one()
        bio = " ".join(html_to_inner_content(self.bio).split())
        text = " · ".join(filter(None, [self.job_title, self.company_name, bio]))
        if len(text) > DESCRIPTION_MAX_LENGTH:
            text = text[: DESCRIPTION_MAX_LENGTH - 1].rstrip() + "…"
        return text

    def get_website_meta(self):
        """The card's title, description and social tags, on its own public address
        (see ``get_base_url``), never on the Host header of the request."""
        self.ensure_one()
        return self._card_meta(self.get_base_url(), self._card_image_versions())

    def _card_meta(self, base, image_versions):
        """``get_website_meta`` from the card's public ``base`` URL and its image
        versions (see ``_card_image_versions``): read once by the card page. The SEO
        title, description and image set on the card win, as on any website page."""
        self.ensure_one()
        description = self.website_meta_description or self._get_public_description()
        title = self.website_meta_title or self.name
        if self.website_meta_og_img:
            path = urllib.parse.urlsplit(self.website_meta_og_img).path
            image = f"{base}{path}"
        elif "image_1920" in image_versions:
            image = f"{base}{self.website_url}/photo"
        else:
            image = f"{base}/web/image/website/{request.website.id}/logo"
        return {
            "opengraph_meta": {
                "og:type": "profile",
                "og:title": title,
                "og:site_name": request.website.name,
                "og:url": f"{base}{self.website_url}",
                "og:image": image,
                "og:description": description,
            },
            "twitter_meta": {
                "twitter:card": "summary",
                "twitter:title": title,
                "twitter:image": image,
                "twitter:description": description,
            },
            "meta_description": description,
        }

    def _card_image_versions(self):
        """``{field: version}`` of the card's images that are set (photo, cover,
        logo), in one query: each version is the start of the file's checksum, so
        the image URLs change when the image does."""
        self.ensure_one()
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .search_read(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "=", self.id),
                    ("res_field", "in", list(IMAGE_SIZES)),
                ],
                ["res_field", "checksum"],
            )
        )
        return {a["res_field"]: (a["checksum"] or "0")[:10] for a in attachments}

    def _get_public_links(self):
        """Return the links shown on the public card, each a dict with ``label``,
        ``url`` and ``icon``; URLs are re-checked so that only allowed schemes
        reach the page whatever wrote them."""
        self.ensure_one()
        kinds = dict(
            self.env["mtap.profile.link"]
            ._fields["kind"]
            ._description_selection(self.env)
        )
        links = []
        for link in self.link_ids:
            try:
                url = validation.normalize_link_url(link.url)
            except ValueError:
                continue
            links.append(
                {
                    "label": link.label or kinds.get(link.kind) or url,
                    "url": url,
                    "icon": link.kind if link.kind in ICONS else "other",
                }
            )
        return links

    def _build_vcard(self):
        """Return the card as a vCard built by ``res.partner._build_vcard`` from the
        published fields only, plus the card's links, address and bio."""
        self.ensure_one()
        partner = self.env["res.partner"].new(
            {
                "name": self.name,
                "email": self.email,
                "phone": self.phone,
                "website": self.website,
                "function": self.job_title,
                "company_name": self.company_name,
                "image_1920": self.image_1920,
            }
        )
        vcard = partner._build_vcard()
        if not vcard:
            return False
        # the card's phone is its owner's own line: filed as a mobile
        for tel in vcard.contents.get("tel", []):
            tel.type_param = "cell"
        # each link labelled as Apple Contacts reads it (itemN.URL + itemN.X-ABLabel);
        # other readers still get the URL
        links = [
            (link["label"], link["url"])
            for link in self._get_public_links()
            if link["url"].startswith(("http://", "https://"))
        ]
        links.append((self.env._("mTap card"), f"{self.public_url}"))
        for index, (label, url) in enumerate(links, start=1):
            vcard.add("url", group=f"item{index}").value = url
            vcard.add("x-ablabel", group=f"item{index}").value = label
        bio = html_to_inner_content(self.bio).strip()
        if bio:
            vcard.add("note").value = bio
        return vcard

    def _vcard_filename(self):
        """The vCard's file name: the person's name, as a phone book files it."""
        self.ensure_one()
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", self.name or "").strip()
        return f"{' '.join(name.split()) or self.slug}.vcf"

    def _get_vcard_file(self):
        """Return the serialised vCard of the card (bytes)."""
        vcard = self._build_vcard()
        return fold_lines(vcard.serialize()).encode() if vcard else b""

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_view_leads(self):
        """Open the Leads this card brought in."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("crm.crm_lead_all_leads")
        action.update(
            {
                "domain": [("mtap_profile_id", "=", self.id)],
                "context": {"active_test": False, "create": False},
                "name": self.env._("Leads of %s", self.name),
            }
        )
        return action

    def _followup_action(self, xmlid, kind, name):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action.update(domain=self._followup_domain(kind), name=name)
        return action

    def action_view_followup_leads(self):
        """The Leads of this card to follow up now."""
        action = self._followup_action(
            "mtap_hub.crm_lead_action_mtap_inbox",
            "lead",
            self.env._("Leads to Follow Up"),
        )
        action["context"] = {"default_type": "lead"}
        return action

    def action_view_followup_contacts(self):
        """The owner's Contacts to check in with now."""
        return self._followup_action(
            "mtap_hub.res_partner_action_mtap_contacts",
            "contact",
            self.env._("Contacts to Follow Up"),
        )

    def action_open_share_screen(self):
        """The share screen of this card: its QR code big, its address to copy or
        share, the counters; how a card is shown to the person in front of you."""
        self.ensure_one()
        share = self.env.ref("mtap_hub.mtap_profile_view_form_share")
        return self._get_records_action(
            name=self.name, views=[(share.id, "form")], context={"create": False}
        )

    def action_set_share_event(self, event_id):
        """Show this card "at an event" (``event_id``), or at none (``False``):
        its QR code, shared link and NFC tag then carry the event."""
        self.ensure_one()
        event = self.env["mtap.event"].browse(event_id or [])
        if event:
            event.check_access("read")
        self.share_event_id = event
        return True

    def action_open_funnel(self):
        """The funnel of this card."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.mtap_funnel_report_action"
        )
        action["domain"] = [("profile_id", "=", self.id)]
        action["context"] = {"search_default_group_by_source": 1}
        return action

    def action_show_qr_fullscreen(self):
        """The QR code alone, as large as the screen allows."""
        self.ensure_one()
        return self._get_records_action(
            name=self.env._("Scan to open my card"),
            views=[(self.env.ref("mtap_hub.mtap_profile_view_form_qr").id, "form")],
            target="new",
            context={"dialog_size": "fullscreen"},
        )

    def action_edit_card(self):
        """The card's form, to change what it shows."""
        self.ensure_one()
        return self._get_records_action(name=self.name, context={})

    def action_open_public_card(self):
        """The public card, as visitors see it."""
        self.ensure_one()
        return {"type": "ir.actions.act_url", "url": self.public_url, "target": "new"}

    def action_view_waiting_leads(self):
        """The Leads of this card in the inbox that had no follow-up yet."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.crm_lead_action_mtap_inbox"
        )
        action.update(
            domain=[
                ("mtap_profile_id", "=", self.id),
                ("mtap_state", "in", ("new", "reviewed")),
                ("mtap_followup_count", "=", 0),
            ],
            name=self.env._("Leads Waiting"),
            context={"create": False},
        )
        return action

    def action_view_spam_leads(self):
        """The Leads of this card kept as suspected spam, to review."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.crm_lead_action_mtap_inbox"
        )
        action.update(
            domain=[
                ("mtap_profile_id", "=", self.id),
                ("mtap_state", "=", "spam"),
            ],
            name=self.env._("Suspected Spam"),
            context={"create": False},
        )
        return action

    @api.model
    def action_open_my_card(self):
        """Open the current user's card: its form when there is one (its share
        screen on a phone: context ``mtap_share_screen``), the list of their cards
        when there are several, a new card otherwise."""
        profiles = self.search([("user_id", "=", self.env.uid)])
        if profiles and self.env.context.get("mtap_share_screen"):
            return profiles[0].action_open_share_screen()
        action = {
            "type": "ir.actions.act_window",
            "name": self.env._("My Card"),
            "res_model": "mtap.profile",
            "context": {"default_user_id": self.env.uid},
        }
        if len(profiles) > 1:
            return action | {
                "view_mode": "kanban,list,form",
                "views": [(False, "kanban"), (False, "list"), (False, "form")],
                "domain": [("user_id", "=", self.env.uid)],
                "name": self.env._("My Cards"),
            }
        return action | {
            "view_mode": "form",
            "views": [(False, "form")],
            "res_id": profiles.id or False,
        }
