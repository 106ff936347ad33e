"""Nothing about a visitor in the server's logs: while a public ``/mtap/``
request is served, the records of the loggers it goes through (the add-on's, the
HTTP layer's and the database's "bad query") are written with every e-mail
address, phone number and value the visitor posted replaced by ``[redacted]``,
in the message and in the traceback alike."""

import logging
import re

from odoo.http import request

REDACTED = "[redacted]"
EMAIL_RE = re.compile(r"[^\s@<>()\"',;:]+@[^\s@<>()\"',;:]+\.[A-Za-z]{2,}")
# seven digits or more, with the separators people type: phones, not line numbers
PHONE_RE = re.compile(r"\+?\d(?:[\s().-]*\d){6,}")
LOGGERS = (
    "odoo.http",
    "odoo.sql_db",
    "odoo.addons.mtap_hub.controllers.main",
    "odoo.addons.mtap_hub.controllers.privacy",
    "odoo.addons.mtap_hub.models.mtap_exchange",
    "odoo.addons.mtap_hub.models.mtap_privacy",
)


def redact(text, values=()):
    """``text`` without the ``values`` (longest first), e-mails and phones."""
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, REDACTED)
    text = EMAIL_RE.sub(REDACTED, text)
    return PHONE_RE.sub(REDACTED, text)


def _public_request_values():
    """The posted values of the public ``/mtap/`` request being served, or None
    outside one."""
    try:
        path = request.httprequest.path
    except (AttributeError, RuntimeError):  # no request in this thread
        return None
    if not path.startswith("/mtap/") or path.startswith("/mtap/export/"):
        return None
    params = getattr(request, "params", None) or {}
    return [
        v.strip() for v in params.values() if isinstance(v, str) and len(v.strip()) > 2
    ]


class VisitorRedactFilter(logging.Filter):
    def filter(self, record):
        values = _public_request_values()
        if values is None:
            return True
        record.msg = redact(record.getMessage(), values)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(
                logging.Formatter().formatException(record.exc_info), values
            )
        if record.stack_info:
            record.stack_info = redact(record.stack_info, values)
        return True


def install():
    """Put the filter on the loggers a public request goes through (once)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, VisitorRedactFilter) for f in logger.filters):
            logger.addFilter(VisitorRedactFilter())
