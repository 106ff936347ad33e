"""Images a user may send to the card scan that are no business card: a photo
without any text, a till receipt photographed on a table, a screenshot of a chat.
Drawn with Pillow and Debian's DejaVu fonts; the same images every run."""

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def _font(name, size):
    return ImageFont.truetype(FONT_DIR + name, size)


def _jpeg(image, quality=85):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def _noise(image, rng, spread=6):
    noise = Image.effect_noise(image.size, spread).convert("RGB")
    return Image.blend(image, noise, 0.08 + rng.random() * 0.02)


def photo_without_text(seed=7):
    """A table with a mug and a plant seen from above: shapes and shading, no
    letters."""
    rng = random.Random(seed)
    image = Image.new("RGB", (1600, 1200), (150, 112, 80))
    draw = ImageDraw.Draw(image)
    for y in range(0, 1200, 9):  # wood grain
        tone = 140 + rng.randint(-12, 12)
        draw.line([(0, y), (1600, y + rng.randint(-6, 6))], (tone, tone - 38, 70), 4)
    draw.ellipse((300, 300, 700, 700), fill=(235, 235, 230), outline=(90, 90, 90))
    draw.ellipse((380, 380, 620, 620), fill=(70, 40, 25))
    draw.ellipse((950, 250, 1400, 700), fill=(40, 110, 50))
    for _leaf in range(25):
        x, y = rng.randint(950, 1350), rng.randint(250, 650)
        draw.ellipse((x, y, x + 80, y + 40), fill=(50, 140 + rng.randint(0, 40), 60))
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    return _jpeg(_noise(image, rng))


RECEIPT = [
    ("CAFE LUMIERE", "c"),
    ("12 Rue des Lilas, 75011 Paris", "c"),
    ("", ""),
    ("Ticket 0042      03/12/2026 12:41", "l"),
    ("2 x Espresso              5,00 EUR", "l"),
    ("1 x Croissant             1,90 EUR", "l"),
    ("1 x Jus d'orange          4,50 EUR", "l"),
    ("1 x Tartine               6,80 EUR", "l"),
    ("SOUS-TOTAL HT            15,17 EUR", "l"),
    ("TVA 10%                   1,52 EUR", "l"),
    ("TOTAL TTC                18,20 EUR", "l"),
    ("CB VISA                  18,20 EUR", "l"),
    ("", ""),
    ("Merci de votre visite", "c"),
]


def receipt_photo(seed=11):
    """A till receipt lying on a dark table, photographed from above."""
    rng = random.Random(seed)
    paper = Image.new("RGB", (620, 1000), (246, 244, 238))
    draw = ImageDraw.Draw(paper)
    font = _font("DejaVuSansMono.ttf", 26)
    bold = _font("DejaVuSansMono-Bold.ttf", 32)
    y = 50
    for text, align in RECEIPT:
        face = bold if y == 50 else font
        width = draw.textlength(text, font=face)
        x = (620 - width) / 2 if align == "c" else 30
        draw.text((x, y), text, fill=(40, 40, 45), font=face)
        y += 58
    paper = paper.rotate(rng.uniform(-6, 6), expand=True, fillcolor=(60, 55, 52))
    photo = Image.new("RGB", (1200, 1600), (60, 55, 52))
    photo.paste(paper, ((1200 - paper.width) // 2, (1600 - paper.height) // 2))
    photo = photo.filter(ImageFilter.GaussianBlur(0.8))
    return _jpeg(_noise(photo, rng))


CHAT = [
    ("Anna", "Are we still on for lunch tomorrow?", "09:12"),
    ("me", "Yes! 12:30 at the usual place?", "09:14"),
    ("Anna", "Perfect. Can you bring the slides?", "09:15"),
    ("me", "Sure, I will print them tonight", "09:17"),
    ("Anna", "Thanks, see you there", "09:18"),
    ("me", "See you", "09:20"),
]


def chat_screenshot():
    """A phone screenshot of a messaging app: bubbles, times, a header."""
    image = Image.new("RGB", (1080, 2340), (236, 229, 221))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1080, 230), fill=(7, 94, 84))
    draw.text((40, 60), "09:21", fill="white", font=_font("DejaVuSans.ttf", 38))
    draw.text(
        (160, 130), "Anna Weber", fill="white", font=_font("DejaVuSans-Bold.ttf", 46)
    )
    draw.text((160, 185), "online", fill="white", font=_font("DejaVuSans.ttf", 30))
    font, small = _font("DejaVuSans.ttf", 42), _font("DejaVuSans.ttf", 28)
    y = 320
    draw.text((440, y), "TODAY", fill=(90, 90, 90), font=small)
    y += 90
    for who, text, time in CHAT:
        width = draw.textlength(text, font=font) + 170
        left = 40 if who == "Anna" else 1040 - width
        colour = (255, 255, 255) if who == "Anna" else (220, 248, 198)
        draw.rounded_rectangle((left, y, left + width, y + 120), 24, fill=colour)
        draw.text((left + 30, y + 22), text, fill=(20, 20, 20), font=font)
        draw.text((left + width - 110, y + 80), time, fill=(110, 110, 110), font=small)
        y += 170
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
