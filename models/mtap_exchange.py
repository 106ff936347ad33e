import base64
import logging
import re
import secrets
import time
from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models, modules
from odoo.service.model import PG_CONCURRENCY_EXCEPTIONS_TO_RETRY
from odoo.tools import consteq, plaintext2html
from odoo.tools.misc import hmac

from ..tools import exchange_questions
from ..tools.exchange_form import FIELD_LIMITS, clean_exchange_form
from ..tools.source_marker import clean_event_id, clean_source

_logger = logging.getLogger(__name__)

# An Exchange form token: when the form was shown, a one-time nonce, and their
# signature. Strictly ASCII: anything else is a robot's.
TOKEN_RE = re.compile(r"([0-9]{10})\.([A-Za-z0-9_-]{22})\.([0-9a-f]{64})")
TOKEN_MAX_AGE = 2 * 3600
# a message with this many links or more is a robot's second signal
LINK_STUFFED = 2
LINK_RE = re.compile(r"https?://|www\.", re.IGNORECASE)
# what a visitor typed -> the Lead's field it fills (create, and fill-if-empty on a
# repeat Exchange)
LEAD_FIELDS = {
    "contact_name": "name",
    "email_from": "email_normalized",
    "phone": "phone_e164",
    "partner_name": "company",
    "function": "job_title",
}


class MtapExchange(models.AbstractModel):
    """The Exchange: a visitor's details, posted on a published card's form,
    becoming one Lead of the card's owner. One entry point, ``_submit_form``, takes
    the card, the posted form and the client address, and answers an outcome the
    controller renders:

    - ``{"status": "sent", "lead": lead}``: thanked (also when nothing was stored
      because the owner blocked that e-mail);
    - ``{"status": "robot"}``: thanked the same way, nothing stored (honeypot,
      malformed, forged or replayed form token);
    - ``{"status": "errors", "values": ..., "errors": ...}``: the form comes back
      with the visitor's input and a message per field;
    - ``{"status": "too_many"}``: over a rate limit (HTTP 429).
    - ``{"status": "failed", "values": ...}``: an unexpected error; everything the
      Exchange wrote was rolled back.

    It owns the rate limits, the single-use form token, consent, the Lead's
    create/update, the owner's notification, the card mailed to the visitor and
    the card's statistics. Everything runs as superuser on a published card: the
    caller has checked that the card is published, and only the form's known
    fields are read (owner, team and company come from the card).
    """

    _name = "mtap.exchange"
    _description = "mTap: the Exchange of a card's visitor"

    HONEYPOT_FIELD = "website"

    # ------------------------------------------------------------
    # ENTRY POINT
    # ------------------------------------------------------------

    @api.model
    def _submit_form(self, profile, post, address, gpc=False):
        """Handle the form ``post`` (a dict of posted strings) sent to the
        published ``profile`` from the client ``address``; see the class.
        ``gpc``: the browser sent ``Sec-GPC: 1``, recorded on the Lead."""
        if not self._within_rate_limits(profile, address):
            return {"status": "too_many"}
        # a malformed, forged or replayed token is a robot's
        token_state = self._claim_token(profile, post.get("mtap_token"))
        if post.get(self.HONEYPOT_FIELD) or token_state == "robot":
            return {"status": "robot"}
        country = profile.user_id.company_id.country_id or profile.company_id.country_id
        values, errors = clean_exchange_form(post, country.code, country.phone_code)
        # the card's own questions, checked with the same care as the details
        questions = profile._mtap_questions()
        answers, shown, answer_errors = exchange_questions.clean_answers(
            questions, post
        )
        values.update(shown, answers=answers, **self._origin(profile, post))
        errors.update(answer_errors)
        if token_state == "expired":
            errors.setdefault("form", "expired")
        if gpc:
            values["gpc"] = True
        if errors:
            return {
                "status": "errors",
                "values": values,
                "errors": self._error_messages(errors, questions),
            }
        # too fast for a person, yet a real token and no honeypot: a browser's
        # autofill, a person. Quarantined only when a second robot signal agrees.
        quick = token_state == "too_fast"
        signals = self._robot_signals(profile, values, address) if quick else []
        try:
            with self.env.cr.savepoint():
                created = {}
                lead = self._record(
                    profile,
                    values,
                    suspected_spam=signals,
                    sent_quickly=quick,
                    created=created,
                )
        except PG_CONCURRENCY_EXCEPTIONS_TO_RETRY:
            raise  # Odoo replays the whole request
        except Exception:
            # everything the Exchange wrote is rolled back with the savepoint; the
            # visitor gets their input back, never a traceback
            _logger.exception("mTap Exchange on card %s failed", profile.id)
            return {"status": "failed", "values": values}
        # the thank-you's personal link only for a Lead this Exchange created: a
        # Lead it updated may hold what someone else typed before with that e-mail
        privacy_token = (
            self.env["mtap.privacy"]._link_token(lead) if created.get("lead") else None
        )
        return {"status": "sent", "lead": lead, "privacy_token": privacy_token}

    @api.model
    def _origin(self, profile, post):
        """Where the visitor found the card, as the form carries it from the card's
        address (``s`` and ``e``): the source marker and the event's id."""
        event = self.env["mtap.event"]._for_address(
            clean_event_id(post.get("e")), profile
        )
        return {"mtap_s": clean_source(post.get("s")), "mtap_e": event.id or False}

    @api.model
    def _record(
        self, profile, values, suspected_spam=False, sent_quickly=False, created=None
    ):
        """Record an Exchange of ``values`` (cleaned form values, see
        ``tools.exchange_form``) on ``profile`` and count it in the card's
        statistics: the Lead created or updated, or no Lead when the owner blocked
        that e-mail. ``suspected_spam``: the robot signals (texts) that quarantine a
        new Lead; ``sent_quickly``: sent within the minimum fill time; ``created``:
        a dict that receives a new Lead under ``lead``. Also used by "Send my card
        back" of the Add Contact form."""
        lead = self._lead_from_exchange(
            profile, values, suspected_spam, sent_quickly=sent_quickly, created=created
        )
        if lead:  # a blocked sender is told nothing
            self.env["mtap.profile.stat"].sudo()._record(
                profile,
                "exchange",
                values.get("mtap_s") or "direct",
                self.env["mtap.event"].browse(values.get("mtap_e")),
            )
        return lead

    # ------------------------------------------------------------
    # FORM TOKEN
    # ------------------------------------------------------------

    @api.model
    def _token_signature(self, profile, timestamp, nonce):
        return hmac(
            self.env(su=True), "mtap_exchange", f"{profile.id}:{timestamp}:{nonce}"
        )

    @api.model
    def _issue_token(self, profile, timestamp=None):
        """A token for one Exchange on ``profile``: when the form was shown (now,
        or ``timestamp``), a random nonce, and their signature."""
        timestamp = int(time.time()) if timestamp is None else timestamp
        nonce = secrets.token_urlsafe(16)
        signature = self._token_signature(profile, timestamp, nonce)
        return f"{timestamp}.{nonce}.{signature}"

    @api.model
    def _claim_token(self, profile, token):
        """Claim the form ``token`` of ``profile`` and return ``ok``, ``too_fast``
        (sent within the minimum fill time), ``expired`` (a person who left the
        page open too long; not claimed) or ``robot`` (malformed, forged, from
        another card, or already used)."""
        match = TOKEN_RE.fullmatch(token) if isinstance(token, str) else None
        if not match:
            return "robot"
        timestamp, nonce = int(match[1]), match[2]
        expected = self._token_signature(profile, timestamp, nonce)
        if not consteq(match[3], expected):
            return "robot"
        age = time.time() - timestamp
        if age > TOKEN_MAX_AGE:
            return "expired"
        if age < -60 or not self.env["mtap.exchange.token"].sudo()._claim(
            profile, nonce
        ):
            return "robot"
        if age < self.env["mtap.settings"]._get_int("exchange_min_fill_seconds"):
            return "too_fast"
        return "ok"

    # ------------------------------------------------------------
    # LIMITS AND MESSAGES
    # ------------------------------------------------------------

    @api.model
    def _robot_signals(self, profile, values, address):
        """The robot signals of a form sent faster than the minimum fill time, as
        texts for the owner: the address sent many Exchanges in the rate window
        (half its limit), the message is stuffed with links, or the e-mail's domain
        is one of an address the card's owner blocked. Speed alone is a person's
        autofill; it takes one of these to quarantine the Lead."""
        env = self.env
        signals = []
        setting = env["mtap.settings"]._get_int
        since = fields.Datetime.now() - timedelta(
            minutes=setting("exchange_rate_window")
        )
        hits = (
            env["mtap.rate.limit"]
            .sudo()
            .search_count(
                [
                    ("scope", "=", "exchange_ip"),
                    ("key", "=", address or "unknown"),
                    ("create_date", ">", since),
                ]
            )
        )
        if hits > max(setting("exchange_rate_limit_ip") // 2, 1):
            signals.append(env._("many forms sent from the same address"))
        if len(LINK_RE.findall(values.get("message") or "")) >= LINK_STUFFED:
            signals.append(env._("a message full of links"))
        email = values.get("email_normalized") or ""
        domain = email.rpartition("@")[2]
        if domain and env["mtap.exchange.block"]._is_blocked_domain(
            profile.user_id, domain
        ):
            signals.append(env._("an e-mail domain you blocked"))
        return signals

    @api.model
    def _within_rate_limits(self, profile, address):
        """Count this Exchange and tell whether the visitor's ``address`` and the
        card both stay within the configured limits (shared by all workers)."""
        setting = self.env["mtap.settings"]._get_int
        window = setting("exchange_rate_window")
        limits = self.env["mtap.rate.limit"].sudo()
        address_ok = limits._hit(
            "exchange_ip",
            address or "unknown",
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

    @api.model
    def _error_messages(self, errors, questions=()):
        """The visitor's message for each error key of ``clean_exchange_form``
        and of ``exchange_questions.clean_answers`` for the card's ``questions``
        (and ``form``: the page was open too long)."""
        env = self.env
        question_of = {exchange_questions.post_key(q["name"]): q for q in questions}
        messages = {
            "required": env._("Please enter your name."),
            "characters": env._("This field contains characters that are not allowed."),
            "contact": env._("Please leave an e-mail address or a phone number."),
            "expired": env._(
                "This page was open for too long. Please check your details and "
                "send them again."
            ),
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
            if field in question_of:
                result[field] = self._answer_error(question_of[field], error)
            elif error == "too_long":
                result[field] = env._(
                    "This is too long: at most %(max)s characters.",
                    max=FIELD_LIMITS[field],
                )
            elif error == "invalid":
                result[field] = invalid[field]
            else:
                result[field] = messages[error]
        return result

    @api.model
    def _answer_error(self, question, error):
        """The visitor's message for the ``error`` key of an answer to
        ``question``."""
        env = self.env
        if error == "too_long":
            return env._(
                "This is too long: at most %(max)s characters.",
                max=exchange_questions.ANSWER_LIMITS.get(
                    question["type"], exchange_questions.NUMBER_LIMIT
                ),
            )
        if error == "invalid":
            if question["type"] == "date":
                return env._("Please enter a date, e.g. 2026-05-31.")
            return env._("Please enter a number, e.g. 1500.")
        return {
            "required": env._("Please answer this question."),
            "characters": env._("This field contains characters that are not allowed."),
            "choice": env._("Please pick one of the choices offered."),
        }[error]

    # ------------------------------------------------------------
    # ANSWERS
    # ------------------------------------------------------------

    @api.model
    def _answer_lines(self, profile, answers):
        """``[(question, answer)]`` of the card's current questions, as texts."""
        return exchange_questions.answer_lines(
            profile.question_definition,
            answers,
            yes=self.env._("Yes"),
            no=self.env._("No"),
        )

    @api.model
    def _answer_line(self, question, answer):
        """ "Budget: 900", but "Call you back? Yes": no colon after a question's
        own mark."""
        values = {"question": question, "answer": answer}
        if question.endswith(("?", ":", "？", "：", "!")):
            return self.env._("%(question)s %(answer)s", **values)
        return self.env._("%(question)s: %(answer)s", **values)

    def _answers_text(self, lines):
        return "\n".join(self._answer_line(q, a) for q, a in lines)

    @api.model
    def _answers_html(self, lines):
        """The answers as escaped HTML: each question and answer as text."""
        if not lines:
            return Markup()
        return Markup("<p>%s</p>") % Markup("<br/>").join(
            self._answer_line(q, a) for q, a in lines
        )

    # ------------------------------------------------------------
    # THE LEAD
    # ------------------------------------------------------------

    @api.model
    def _lead_from_exchange(
        self, profile, values, suspected_spam=False, sent_quickly=False, created=None
    ):
        """The Lead of this Exchange, created or updated (as superuser), or no
        Lead when the owner blocked that e-mail. The same person (normalised
        e-mail, else phone) on the same card updates their open Lead instead of
        creating a second one. A new Lead of a ``suspected_spam`` Exchange (true, or
        the list of its robot signals) is kept quarantined: no notification, no
        follow-up, no mail to the visitor; one ``sent_quickly`` is marked so. A new
        Lead is put in ``created`` (a dict), under ``lead``."""
        Lead = self.env["crm.lead"].sudo()
        email, phone = values.get("email_normalized"), values.get("phone_e164")
        if self.env["mtap.exchange.block"]._is_blocked(profile.user_id, email):
            return Lead
        key = f"email:{email}" if email else f"phone:{phone}"
        self.env["mtap.exchange.lock"]._acquire(profile, key)
        lead = self._find_open_lead(profile, email, phone)
        consent = self._consent_values(profile, values)
        if lead:
            self._update_lead(lead, values, consent)
        else:
            lead = self._create_lead(
                profile, values, consent, suspected_spam, sent_quickly
            )
            if created is not None:
                created["lead"] = lead
        return lead

    @api.model
    def _find_open_lead(self, profile, email, phone):
        # only a Lead this card's Exchanges brought in (they count themselves,
        # as nothing else does) or that its owner made: never one another user
        # put on the card
        domain = [
            ("mtap_profile_id", "=", profile.id),
            ("type", "=", "lead"),
            ("mtap_contact_id", "=", False),
            "|",
            ("mtap_exchange_count", ">", 0),
            ("create_uid", "=", profile.user_id.id),
        ]
        if email:
            domain.append(("email_normalized", "=", email))
        else:
            domain.append(("phone_sanitized", "=", phone))
        return self.env["crm.lead"].sudo().search(domain, order="id", limit=1)

    @api.model
    def _consent_values(self, profile, values):
        if not values.get("consent"):
            return {}
        version = self.env["mtap.consent.version"]._get(profile.consent_text or "")
        return {
            "mtap_consent": True,
            "mtap_consent_version_id": version.id,
            "mtap_consent_profile_id": profile.id,
            "mtap_consent_date": fields.Datetime.now(),
            "mtap_consent_withdrawn_date": False,
        }

    @api.model
    def _lead_values(self, values, lead=None):
        """The Lead's fields from the visitor's ``values`` (``LEAD_FIELDS``): all
        of them for a new Lead, only those still empty on ``lead``."""
        return {
            field: values[key]
            for field, key in LEAD_FIELDS.items()
            if values.get(key) and (lead is None or not lead[field])
        }

    @api.model
    def _create_lead(
        self, profile, values, consent, suspected_spam, sent_quickly=False
    ):
        marker = values.get("mtap_s") or "direct"
        event = self.env["mtap.event"].sudo().browse(values.get("mtap_e"))
        answers = values.get("answers") or {}
        lines = self._answer_lines(profile, answers)
        # no assignment e-mail now: the cron notifies the owner after commit
        lead = (
            self.env["crm.lead"]
            .sudo()
            .with_context(
                mail_create_nosubscribe=True,
                mail_create_nolog=True,
                mail_auto_subscribe_no_notify=True,
            )
            .create(
                {
                    **self._lead_values(values),
                    "name": self.env._("%(name)s (mTap card)", name=values["name"]),
                    "type": "lead",
                    "description": plaintext2html(values["message"])
                    if values.get("message")
                    else False,
                    "user_id": profile.user_id.id,
                    "team_id": profile.team_id.id,
                    "company_id": profile.company_id.id,
                    "tag_ids": [fields.Command.set(profile.lead_tag_ids.ids)],
                    **self.env["crm.lead"]._mtap_utm(marker, event),
                    "mtap_marker": marker,
                    "mtap_event_id": event.id,
                    "mtap_profile_id": profile.id,
                    "mtap_source": values.get("source") or "exchange_form",
                    "mtap_exchange_count": 1,
                    "mtap_notify_pending": not suspected_spam,
                    "mtap_suspected_spam": bool(suspected_spam),
                    "mtap_sent_quickly": sent_quickly,
                    "mtap_answers": answers,
                    "mtap_answers_text": self._answers_text(lines) or False,
                    "mtap_gpc": bool(values.get("gpc")),
                    **consent,
                }
            )
        )
        lead.message_post(
            body=Markup("<p>%s</p>%s")
            % (
                self.env._(
                    "%(visitor)s left their details on your card %(card)s.",
                    visitor=values["name"],
                    card=profile.name,
                ),
                self._answers_html(lines),
            ),
            subtype_xmlid="mail.mt_note",
        )
        if suspected_spam:
            signals = suspected_spam if isinstance(suspected_spam, list) else []
            lead.message_post(
                body=Markup("<p>%s</p>")
                % self.env._(
                    "Kept as suspected spam: the form was sent faster than a person "
                    "types, and %(signals)s. Mark it as not spam to move it to your "
                    "inbox.",
                    signals=", ".join(signals) or self.env._("it looked automated"),
                ),
                subtype_xmlid="mail.mt_note",
            )
            return lead
        # its first follow-up, due within the rule's first delay; the owner is
        # notified of the Lead by the notification cron, after commit
        lead._mtap_followup_start()
        lead._mtap_followup_schedule()
        lead._mtap_followup_note_answers()
        self.env.ref("mtap_hub.ir_cron_mtap_notify")._trigger()
        return lead

    @api.model
    def _update_lead(self, lead, values, consent):
        answers = values.get("answers") or {}
        lines = self._answer_lines(lead.mtap_profile_id, answers)
        answer_values = {}
        if answers:
            # the answers to questions asked no more stay stored with the new ones
            answer_values = {
                "mtap_answers": {**(lead.mtap_answers._values or {}), **answers},
                "mtap_answers_text": self._answers_text(lines),
            }
        lead.write(
            {
                **self._lead_values(values, lead),
                **consent,
                **answer_values,
                **({"mtap_gpc": True} if values.get("gpc") else {}),
                "mtap_exchange_count": lead.mtap_exchange_count + 1,
            }
        )
        details = Markup("<br/>").join(
            self.env._("%(label)s: %(value)s", label=label, value=values[key])
            for label, key in (
                (self.env._("Name"), "name"),
                (self.env._("E-mail"), "email"),
                (self.env._("Phone"), "phone"),
                (self.env._("Company"), "company"),
                (self.env._("Job title"), "job_title"),
            )
            if values.get(key)
        )
        message = plaintext2html(values["message"]) if values.get("message") else ""
        lead.message_post(
            body=Markup("<p>%s</p><p>%s</p>%s%s")
            % (
                self.env._("The visitor sent the Exchange Contacts form again."),
                details,
                self._answers_html(lines),
                message,
            ),
            subtype_xmlid="mail.mt_note",
        )

    # ------------------------------------------------------------
    # AFTER COMMIT: THE OWNER'S NOTIFICATION, THE VISITOR'S CARD
    # ------------------------------------------------------------

    @api.model
    def _cron_notify(self, batch_size=200):
        """Send what Exchanges left to send, outside the visitors' requests: the
        owner's notification of the follow-up activity and, when the card offers it,
        the card to the visitor. Batches are committed as they are done; a Lead that
        fails is logged and skipped; Leads another worker holds are left to it."""
        auto_commit = not modules.module.current_test
        Lead = self.env["crm.lead"].sudo()
        domain = [("mtap_notify_pending", "=", True)]
        if auto_commit:
            self.env["ir.cron"]._commit_progress(remaining=Lead.search_count(domain))
        while True:
            leads = Lead.search(domain, order="id", limit=batch_size)
            leads = leads.try_lock_for_update(allow_referencing=True)
            if not leads:
                return
            for lead in leads:
                try:
                    with self.env.cr.savepoint():
                        self._notify(lead)
                except Exception:
                    _logger.exception("mTap: could not notify about lead %s", lead.id)
            leads.mtap_notify_pending = False
            if auto_commit and not self.env["ir.cron"]._commit_progress(len(leads)):
                return

    @api.model
    def _notify(self, lead):
        self._notify_owner(lead)
        if (
            lead.mtap_profile_id.send_card_to_visitor
            and lead.email_normalized
            and not lead.is_blacklisted  # they asked for no more e-mails
        ):
            self._send_card_to_visitor(lead)

    @api.model
    def _notify_owner(self, lead):
        """Tell the Lead's owner at once: a message in their Odoo inbox (with its
        live notification) and, when the card says so, an e-mail with the same
        content: who, their company, how to reach them, their message and a link
        opening the Lead."""
        owner = lead.user_id
        if not owner.partner_id:
            return
        env = self.env
        url = f"{lead.get_base_url()}/odoo/mtap-leads/{lead.id}"
        name = lead.contact_name or lead.email_from or lead.name
        subject = (
            env._(
                "New Lead: %(name)s, %(company)s", name=name, company=lead.partner_name
            )
            if lead.partner_name
            else env._("New Lead: %(name)s", name=name)
        )
        reach = Markup("<br/>").join(
            value
            for value in (lead.partner_name, lead.email_from, lead.phone_display)
            if value
        )
        answers = Markup("<br/>").join((lead.mtap_answers_text or "").splitlines())
        body = Markup(
            "<p>%s</p><p>%s</p>%s%s%s"
            '<p><a href="%s" class="btn btn-primary o_mtap_open_lead">%s</a></p>'
        ) % (
            env._(
                "%(name)s left their details on your card %(card)s.",
                name=name,
                card=lead.mtap_profile_id.name,
            ),
            reach,
            Markup("<p>%s</p>") % answers if answers else Markup(),
            Markup("<blockquote>%s</blockquote>") % lead.description
            if lead.description
            else Markup(),
            Markup("<p><em>%s</em></p>")
            % env._("Sent quickly (a browser's autofill, most likely).")
            if lead.mtap_sent_quickly
            else Markup(),
            url,
            env._("Open"),
        )
        lead.with_context(mtap_notify_inbox=True).message_notify(
            partner_ids=owner.partner_id.ids,
            subject=subject,
            body=body,
        )
        if lead.mtap_profile_id.lead_notify == "inbox_email" and owner.email:
            env["mail.mail"].sudo().create(
                {
                    "subject": subject,
                    "body_html": body,
                    "email_from": env["ir.mail_server"]._get_default_from_address()
                    or lead.company_id.email_formatted
                    or owner.email_formatted,
                    "email_to": owner.email_formatted,
                    "recipient_ids": [fields.Command.link(owner.partner_id.id)],
                    "model": "crm.lead",
                    "res_id": lead.id,
                    "auto_delete": True,
                }
            )

    @api.model
    def _card_mail_sent_recently(self, lead):
        """True when the card already went to this Lead's e-mail address within the
        configured period (``mtap_hub.card_mail_period_days``), on any Lead of the
        card: whoever types an address cannot make the card mail it again and
        again."""
        days = self.env["mtap.settings"]._get_int("card_mail_period_days")
        return bool(
            self.env["crm.lead"]
            .sudo()
            .with_context(active_test=False)
            .search_count(
                [
                    ("mtap_profile_id", "=", lead.mtap_profile_id.id),
                    ("email_normalized", "=", lead.email_normalized),
                    (
                        "mtap_card_sent_date",
                        ">",
                        fields.Datetime.now() - timedelta(days=days),
                    ),
                ],
                limit=1,
            )
        )

    @api.model
    def _send_card_to_visitor(self, lead):
        """Queue the card's e-mail, its vCard attached, to the visitor, at most once
        per address and card in the configured period, and log it on the Lead. The
        mail holds nothing the visitor typed. It is only sent by the mail queue
        after this transaction commits: a replayed request cannot send it twice."""
        profile = lead.mtap_profile_id
        if self._card_mail_sent_recently(lead):
            lead._message_log(
                body=Markup("<p>%s</p>")
                % self.env._(
                    "Your card was not e-mailed to %(email)s again: it was sent to "
                    "that address recently.",
                    email=lead.email_normalized,
                )
            )
            return
        lead.mtap_card_sent_date = fields.Datetime.now()
        lead._message_log(
            body=Markup("<p>%s</p>")
            % self.env._(
                "Your card %(card)s was e-mailed to %(email)s.",
                card=profile.name,
                email=lead.email_normalized,
            )
        )
        self.env.ref("mtap_hub.mail_template_mtap_card_to_visitor").send_mail(
            lead.id,
            force_send=False,
            email_values={
                "attachments": [
                    (
                        profile._vcard_filename(),
                        base64.b64encode(profile._get_vcard_file()),
                    )
                ]
            },
        )
