"""The one check every image sent by a client passes before the server decodes it.

A PNG or JPEG header declares the picture's size: a file of a few hundred KB may
declare 50,000 x 50,000 pixels and need gigabytes once decoded (an image bomb).
``open_image`` reads only the header (Pillow opens lazily), refuses what is not an
image or declares more than ``max_pixels``, and returns the image still undecoded.
No ORM: the models turn ``ImageRefused`` into a message for the user.
"""

import base64
import binascii
import io
import re
import warnings

from PIL import Image, UnidentifiedImageError

# a 48-megapixel phone camera takes 8,000 x 6,000 = 48 million pixels; a card, a
# photo or a logo needs far less
MAX_PIXELS = 50_000_000
MAX_BYTES = 20 * 1024 * 1024
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "MPO", "ICO")


# what Pillow raises for a file that is not an image it can read
DECODE_ERRORS = (
    UnidentifiedImageError,
    Image.DecompressionBombError,
    Image.DecompressionBombWarning,
    OSError,
    ValueError,
    SyntaxError,
)


class ImageRefused(ValueError):
    """An image refused from its header. ``key``: ``not_image``, ``too_large``
    (bytes) or ``too_many_pixels``; ``params`` for the message."""

    def __init__(self, key, **params):
        super().__init__(key)
        self.key = key
        self.params = params


def open_image(data, max_bytes=MAX_BYTES, max_pixels=MAX_PIXELS):
    """The image in ``data`` (bytes), opened but not decoded, or ``ImageRefused``
    when it is too large, declares too many pixels or is not an image."""
    check_bytes(data, max_bytes)
    try:
        with warnings.catch_warnings():
            # Pillow's own bomb check warns, then raises, at its (higher) limits;
            # its warning is no refusal for a caller whose limit is higher still
            # (the card scan's, for a JPEG it decodes scaled down)
            higher = Image.MAX_IMAGE_PIXELS and max_pixels > Image.MAX_IMAGE_PIXELS
            warnings.simplefilter(
                "ignore" if higher else "error", Image.DecompressionBombWarning
            )
            image = Image.open(io.BytesIO(data))
            width, height = image.size
    except DECODE_ERRORS as error:
        if isinstance(
            error, (Image.DecompressionBombError, Image.DecompressionBombWarning)
        ):
            # Pillow names the declared size: "Image size (2500000000 pixels)..."
            found = re.search(r"\((\d+) pixels\)", str(error))
            pixels = int(found.group(1)) if found else 0
            raise ImageRefused(
                "too_many_pixels", megapixels=pixels / 1e6, limit=max_pixels / 1e6
            ) from error
        raise ImageRefused("not_image") from error
    if image.format not in FORMATS:
        raise ImageRefused("not_image")
    check_pixels(width, height, max_pixels)
    return image


def check_bytes(data, max_bytes=MAX_BYTES):
    """``ImageRefused`` for a file of more than ``max_bytes``."""
    if len(data) > max_bytes:
        raise ImageRefused(
            "too_large", size=len(data) / 1048576, limit=max_bytes / 1048576
        )


def check_pixels(width, height, max_pixels=MAX_PIXELS):
    """``ImageRefused`` for an image that declares more than ``max_pixels``."""
    if width * height > max_pixels:
        raise ImageRefused(
            "too_many_pixels",
            width=width,
            height=height,
            megapixels=width * height / 1e6,
            limit=max_pixels / 1e6,
        )


def check_image_field(value, max_bytes=MAX_BYTES, max_pixels=MAX_PIXELS):
    """Check the value of a binary field (base64 text or bytes, as a client sends
    it) with ``open_image``; an empty value passes. An SVG is not decoded by the
    server and passes as Odoo's image fields take it."""
    if not value:
        return
    if isinstance(value, str):
        value = value.encode()
    try:
        data = base64.b64decode(value, validate=False)
    except (binascii.Error, ValueError) as error:
        raise ImageRefused("not_image") from error
    if data.lstrip()[:5] in (b"<?xml", b"<svg ") or data.lstrip()[:4] == b"<svg":
        return
    open_image(data, max_bytes=max_bytes, max_pixels=max_pixels)
