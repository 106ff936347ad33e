import re

from werkzeug.exceptions import RequestEntityTooLarge

from odoo import models
from odoo.http import request

MTAP_PATH_RE = re.compile(r"^(/[a-z]{2,3}(_[A-Za-z0-9]{2,8})*)?/mtap(/|$)")


class _CappedStream:
    """A request body read through this raises a 413 once more than ``limit``
    bytes came, whatever the request announced."""

    def __init__(self, stream, limit):
        self._stream = stream
        self._left = limit

    def _count(self, data):
        self._left -= len(data)
        if self._left < 0:
            raise RequestEntityTooLarge()
        return data

    def read(self, *args):  # pylint: disable=method-required-super
        return self._count(self._stream.read(*args))

    def readline(self, *args):
        return self._count(self._stream.readline(*args))

    def __iter__(self):
        return iter(self.readline, b"")


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    @classmethod
    def _pre_dispatch(cls, rule, args):
        """Hold the body limit (``max_content_length`` of the route) for chunked
        bodies too: Werkzeug checks it against Content-Length only and reads a
        chunked body whole. The body is read, and refused, after this."""
        result = super()._pre_dispatch(rule, args)
        limit = rule.endpoint.routing.get("max_content_length")
        httprequest = request.httprequest
        if (
            limit
            and MTAP_PATH_RE.match(httprequest.path)
            and httprequest.content_length is None
        ):
            # the WSGI environ the body is read from; Odoo's request only shows a
            # copy without the wsgi.* keys
            environ = httprequest._HTTPRequest__environ
            environ["wsgi.input"] = _CappedStream(environ["wsgi.input"], limit)
        return result

    @classmethod
    def _get_exception_code_values(cls, exception):
        """No error page of the add-on's routes shows a traceback or an exception's
        text to someone who is not an internal user, in ``debug`` mode too: the
        public card is the one door strangers push on."""
        code, values = super()._get_exception_code_values(exception)
        if MTAP_PATH_RE.match(request.httprequest.path) and not (
            request.env.user and request.env.user._is_internal()
        ):
            values.update(traceback="", qweb_exception=None, exception=None)
        return code, values
