import base64
import hashlib
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
    def _submit_form(self, profile, post, address):
        """Handle the form ``post`` (a dict of posted strings) sent to the
        published ``profile`` from the client ``address``; see the class."""
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
        if errors:
            return {
                "status": "errors",
                "values": values,
                "errors": self._error_messages(errors, questions),
            }
        try:
            with self.env.cr.savepoint():
                # too fast for a person, yet a real token and no honeypot: often a
                # browser's autofill; kept in quarantine for the owner to judge
                lead = self._record(
                    profile, values, suspected_spam=token_state == "too_fast"
                )
        except PG_CONCURRENCY_EXCEPTIONS_TO_RETRY:
            raise  # Odoo replays the whole request
        except Exception:
            # everything the Exchange wrote is rolled back with the savepoint; the
            # visitor gets their input back, never a traceback
            _logger.exception("mTap Exchange on card %s failed", profile.id)
            return {"status": "failed", "values": values}
        return {"status": "sent", "lead": lead}

    @api.model
    def _origin(self, profile, post):
        """Where the visitor found the card, as the form carries it from the card's
        address (``s`` and ``e``): the source marker and the event's id."""
        event = self.env["mtap.event"]._for_address(
            clean_event_id(post.get("e")), profile
        )
        return {"mtap_s": clean_source(post.get("s")), "mtap_e": event.id or False}

    @api.model
    def _record(self, profile, values, suspected_spam=False):
        """Record an Exchange of ``values`` (cleaned form values, see
        ``tools.exchange_form``) on ``profile`` and count it in the card's
        statistics: the Lead created or updated, or no Lead when the owner blocked
        that e-mail. Also used by "Send my card back" of the Add Contact form."""
        lead = self._lead_from_exchange(profile, values, suspected_spam)
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
    def _lead_from_exchange(self, profile, values, suspected_spam=False):
        """The Lead of this Exchange, created or updated (as superuser), or no
        Lead when the owner blocked that e-mail. The same person (normalised
        e-mail, else phone) on the same card updates their open Lead instead of
        creating a second one. A new Lead of a ``suspected_spam`` Exchange is kept
        quarantined: no notification, no follow-up, no mail to the visitor."""
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
            lead = self._create_lead(profile, values, consent, suspected_spam)
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
        text = profile.consent_text or ""
        return {
            "mtap_consent": True,
            "mtap_consent_text": text,
            "mtap_consent_version": hashlib.sha256(text.encode()).hexdigest()[:12],
            "mtap_consent_date": fields.Datetime.now(),
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
    def _create_lead(self, profile, values, consent, suspected_spam):
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
                    "mtap_suspected_spam": suspected_spam,
                    "mtap_answers": answers,
                    "mtap_answers_text": self._answers_text(lines) or False,
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
            lead.message_post(
                body=Markup("<p>%s</p>")
                % self.env._(
                    "Kept as suspected spam: the form was sent faster than a person "
                    "usually types (a browser's autofill can do that). Mark it as not "
                    "spam to move it to your inbox."
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
        followup = self.env.ref("mtap_hub.mail_activity_type_mtap_followup")
        lead.activity_ids.filtered(
            lambda a: a.activity_type_id == followup
        ).action_notify()
        if lead.mtap_profile_id.send_card_to_visitor and lead.email_normalized:
            self._send_card_to_visitor(lead)

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
                    (f"{profile.slug}.vcf", base64.b64encode(profile._get_vcard_file()))
                ]
            },
        )
