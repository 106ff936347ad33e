"""Pieces of the public card page that need no ORM: accent colours that stay legible,
the icons it draws, and its images resized to the size shown."""

import io
import re

# Odoo registers only the image formats it reads; the card page writes WebP
from PIL import (
    Image,
    ImageOps,
    WebPImagePlugin,  # noqa: F401  pylint: disable=unused-import
)

HEX_COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")
DEFAULT_ACCENT = "#714b67"
LIGHT_BACKGROUND = "#ffffff"
DARK_BACKGROUND = "#16181d"
AA_NORMAL_TEXT = 4.5


def _channels(color):
    return [int(color[i : i + 2], 16) for i in (1, 3, 5)]


def _hex(channels):
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in channels)


def relative_luminance(color):
    """WCAG 2 relative luminance of a ``#rrggbb`` colour."""

    def linear(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in _channels(color))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first, second):
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    lighter, darker = sorted(
        (relative_luminance(first), relative_luminance(second)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def text_on(color):
    """Black or white, whichever reads better on ``color``: one of the two always
    reaches at least 4.58:1, above WCAG AA for normal text."""
    return max(("#ffffff", "#000000"), key=lambda text: contrast_ratio(text, color))


def legible_on(color, background, minimum=AA_NORMAL_TEXT):
    """``color`` as close to itself as possible, darkened or lightened towards the
    end opposite to ``background`` until it reaches ``minimum`` contrast with it:
    the accent used as text or as the edge of a control."""
    if contrast_ratio(color, background) >= minimum:
        return color.lower()
    target = (0, 0, 0) if relative_luminance(background) > 0.5 else (255, 255, 255)
    start = _channels(color)
    for step in range(1, 21):
        share = step / 20
        mixed = _hex([c + (t - c) * share for c, t in zip(start, target, strict=True)])
        if contrast_ratio(mixed, background) >= minimum:
            return mixed
    return _hex(target)


def accent_palette(color):
    """The CSS colours of a card's accent: the accent itself behind its text colour,
    and the accent as text on the light and on the dark background."""
    accent = (
        color.lower() if color and HEX_COLOR_RE.fullmatch(color) else DEFAULT_ACCENT
    )
    return {
        "accent": accent,
        "on_accent": text_on(accent),
        "accent_text_light": legible_on(accent, LIGHT_BACKGROUND),
        "accent_text_dark": legible_on(accent, DARK_BACKGROUND),
    }


def resized_image(data, width, height=None, crop=True, image_format="WEBP"):
    """``data`` (image bytes) at ``width`` x ``height`` pixels (square by default):
    turned as the camera meant (EXIF), cut to fill the box when ``crop`` (else fit
    inside it), transparency laid on white, saved as WebP (or JPEG)."""
    height = height or width
    with Image.open(io.BytesIO(data)) as source:
        image = ImageOps.exif_transpose(source)
        if image.mode in ("RGBA", "LA", "P"):
            image = image.convert("RGBA")
            flat = Image.new("RGB", image.size, "white")
            flat.paste(image, mask=image.getchannel("A"))
            image = flat
        else:
            image = image.convert("RGB")
        if crop:
            image = ImageOps.fit(image, (width, height), Image.LANCZOS)
        else:
            image.thumbnail((width, height), Image.LANCZOS)
        out = io.BytesIO()
        image.save(out, format=image_format, quality=80)
    return out.getvalue(), image.size


# Line icons drawn on a 24x24 grid, stroked with the current colour (from Feather,
# MIT licence); the page embeds the ones it uses once, as <symbol> elements.
ICONS = {
    "phone": '<path d="M22 16.92v3a2 2 0 0 1-2.18 2 19.79 19.79 0 0 1-8.63-3.07 '
    "19.5 19.5 0 0 1-6-6 19.79 19.79 0 0 1-3.07-8.67A2 2 0 0 1 4.11 2h3a2 2 0 0 1 2 "
    "1.72 12.84 12.84 0 0 0 .7 2.81 2 2 0 0 1-.45 2.11L8.09 9.91a16 16 0 0 0 6 6l1.27"
    '-1.27a2 2 0 0 1 2.11-.45 12.84 12.84 0 0 0 2.81.7A2 2 0 0 1 22 16.92z"/>',
    "email": '<path d="M4 4h16c1.1 0 2 .9 2 2v12c0 1.1-.9 2-2 2H4c-1.1 0-2-.9-2-2V6'
    'c0-1.1.9-2 2-2z"/><path d="M22 6l-10 7L2 6"/>',
    "website": '<circle cx="12" cy="12" r="10"/><path d="M2 12h20"/><path d="M12 2a15.3'
    " 15.3 0 0 1 4 10 15.3 15.3 0 0 1-4 10 15.3 15.3 0 0 1-4-10 15.3 15.3 0 0 1 "
    '4-10z"/>',
    "other": '<path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/>'
    '<path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/>',
    "linkedin": '<path d="M16 8a6 6 0 0 1 6 6v7h-4v-7a2 2 0 0 0-4 0v7h-4v-7a6 6 0 0 1 '
    '6-6z"/><path d="M2 9h4v12H2z"/><circle cx="4" cy="4" r="2"/>',
    "x": '<path d="M4 4l16 16M20 4L4 20"/>',
    "instagram": '<rect x="2" y="2" width="20" height="20" rx="5"/><circle cx="12" '
    'cy="12" r="4"/><path d="M17.5 6.5h.01"/>',
    "facebook": '<path d="M18 2h-3a5 5 0 0 0-5 5v3H7v4h3v8h4v-8h3l1-4h-4V7a1 1 0 0 1 '
    '1-1h3z"/>',
    "youtube": '<path d="M22.54 6.42a2.78 2.78 0 0 0-1.94-2C18.88 4 12 4 12 4s-6.88 0-'
    "8.6.46a2.78 2.78 0 0 0-1.94 2A29 29 0 0 0 1 11.75a29 29 0 0 0 .46 5.33A2.78 2.78 "
    "0 0 0 3.4 19c1.72.46 8.6.46 8.6.46s6.88 0 8.6-.46a2.78 2.78 0 0 0 1.94-2 29 29 0 "
    '0 0 .46-5.25 29 29 0 0 0-.46-5.33z"/><path d="M9.75 15.02l5.75-3.27-5.75-3.27z"/>',
    "tiktok": '<path d="M9 18V5l12-2v13"/><circle cx="6" cy="18" r="3"/><circle '
    'cx="18" cy="16" r="3"/>',
    "github": '<path d="M9 19c-5 1.5-5-2.5-7-3m14 6v-3.87a3.37 3.37 0 0 0-.94-2.61c3.14'
    "-.35 6.44-1.54 6.44-7A5.44 5.44 0 0 0 20 4.77 5.07 5.07 0 0 0 19.91 1S18.73.65 16"
    " 2.48a13.38 13.38 0 0 0-7 0C6.27.65 5.09 1 5.09 1A5.07 5.07 0 0 0 5 4.77a5.44 "
    '5.44 0 0 0-1.5 3.78c0 5.42 3.3 6.61 6.44 7A3.37 3.37 0 0 0 9 18.13V22"/>',
    "whatsapp": '<path d="M21 11.5a8.38 8.38 0 0 1-.9 3.8 8.5 8.5 0 0 1-7.6 4.7 8.38 '
    "8.38 0 0 1-3.8-.9L3 21l1.9-5.7a8.38 8.38 0 0 1-.9-3.8 8.5 8.5 0 0 1 4.7-7.6 8.38 "
    '8.38 0 0 1 3.8-.9h.5a8.48 8.48 0 0 1 8 8v.5z"/>',
    "calendar": '<rect x="3" y="4" width="18" height="18" rx="2"/><path d="M16 2v4M8 '
    '2v4M3 10h18"/>',
    "save": '<path d="M16 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2"/><circle cx="8.5" '
    'cy="7" r="4"/><path d="M20 8v6M23 11h-6"/>',
}
