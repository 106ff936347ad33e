"""Reading a photo of a business card: checks on the file, the card found in the
photo and flattened (``card_photo``), its lines of text found by PP-OCR's
detector and read twice, by PP-OCRv6's recogniser (accents kept) and by Tesseract
OCR in the configured languages, a line the two read otherwise to be checked
(``_cross_check``), and QR codes decoded with zxing-cpp. No ORM:
``scan_card_images`` is called by the scan wizard and by the benchmark, which also
compares the other ``ENGINES``.

Tesseract is Debian's ``tesseract-ocr``: the lines of a card are read through its
library (``libtesseract``), its model loaded once per process, lazily, in the
worker that scans (loading the Latin model takes longer than reading a card);
the orientation and whole-page readings of the other ``ENGINES`` run the command
in a subprocess with a time limit. ``CardImageError`` carries a message key for
what the user sent wrong.
"""

import atexit
import ctypes
import ctypes.util
import difflib
import functools
import importlib.util
import io
import logging
import os
import re
import shutil
import subprocess
import threading
import unicodedata

from PIL import (
    Image,
    ImageChops,
    ImageFilter,
    ImageOps,
    ImageStat,
)

from . import card_photo
from .given_names import common_word
from .image_guard import (
    DECODE_ERRORS,
    ImageRefused,
    check_bytes,
    check_pixels,
    open_image,
)

_logger = logging.getLogger(__name__)

# how the text is read (see ``read_card``): the default, and the ones the
# benchmark compares
ENGINE = "pp-det+v6+tesseract"
ENGINES = (
    "pp-det+v6+tesseract",
    "pp-det+v6",
    "pp-det+tesseract+pp-rec",
    "pp-det+tesseract2+rec",
    "pp-det+tesseract+rec",
    "pp-det+tesseract",
    "rapidocr",
    "tesseract",
)
# the height of a line of text Tesseract reads (and the second size it may read)
LINE_HEIGHTS = (44, 60)
# a line read with less confidence than this is to be checked (the readers
# disagree); in the former readers, Tesseract's line below it gets PP-OCR's second
# opinion
SURE_LINE = 0.85
# in the former reader (``pp-det+tesseract+pp-rec``), a line Tesseract reads with
# this confidence is taken as read; below, PP-OCR's recogniser reads it too
# (``_agree``)
SURE_READING = 0.93

MAX_BYTES = 20 * 1024 * 1024
# a 48- or 50-megapixel phone camera (8,000 x 6,000 pixels) is taken; its JPEG
# is decoded at half its size, a larger JPEG scaled further (see ``load_image``)
MAX_PIXELS = 50_000_000
# a JPEG of more pixels than this is decoded at half its size, or a quarter: the
# JPEG's own scaling, as many pixels as a 12-megapixel photo
DRAFT_PIXELS = 24_000_000
# a JPEG may declare up to this many times the limit (a phone's 108-megapixel
# mode): it is decoded scaled down, within the limit
JPEG_OVER_LIMIT = 3
OCR_TIMEOUT = 30
# Tesseract page segmentation: automatic layout, as a card has blocks anywhere
PSM = 3
GRAIN_BLUR = 1.5
# OCR works on this many pixels along the longer side
WORK_SIZE = 2000
# letters of the Latin script that no European card prints (Latvian, Maltese,
# pinyin, Vietnamese, Esperanto...): what Tesseract's Latin model reads for a
# smudged a, i or o is never one of them
RARE_LETTERS = (
    "āēīōūǎǐǒǔĀĒĪŌŪǍǏǑǓȧḃċḋėḟġḣṁṅȯṗṙṡṫẇẋẏĠĦħĶķĻļŅņŖŗŦŧŊŋĉĝĥĵŝŭĈĜĤĴŜŬạẹịọụỳỹẽĩũơư"
)
# Tesseract's model of the Latin script: the letters of every European language
DEFAULT_LANGUAGES = "Latin"
_LANGUAGE = re.compile(r"^[A-Za-z_]+(?:\+[A-Za-z_]+)*$")


class CardImageError(ValueError):
    """An image that cannot be scanned. ``key``: ``empty``, ``not_image``,
    ``too_large`` (bytes), ``too_many_pixels``, ``blank``, ``language``,
    ``ocr``; ``params`` for the message."""

    def __init__(self, key, **params):
        super().__init__(key)
        self.key = key
        self.params = params


def missing_tools():
    """What this server lacks for scanning: ``tesseract``, ``zxingcpp``,
    ``opencv`` and/or ``rapidocr-onnxruntime``."""
    missing = []
    if not shutil.which("tesseract"):
        missing.append("tesseract")
    if importlib.util.find_spec("zxingcpp") is None:
        missing.append("zxingcpp")
    return missing + card_photo.missing()


def installed_languages():
    """Tesseract's installed languages (``eng``, ``fra``...), without ``osd``."""
    if not shutil.which("tesseract"):
        return []
    result = subprocess.run(
        ["tesseract", "--list-langs"],
        capture_output=True,
        text=True,
        timeout=OCR_TIMEOUT,
        check=False,
    )
    return [
        line.strip()
        for line in result.stdout.splitlines()[1:]
        if line.strip() and line.strip() != "osd"
    ]


def is_heif(data):
    """Whether ``data`` (bytes) is a HEIF image: an iPhone's HEIC photo."""
    # an ISO base media file whose brand is one of HEIF's still images
    return (
        len(data) > 12
        and data[4:8] == b"ftyp"
        and data[8:12] in (b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1")
    )


def heif_as_jpeg(data, max_bytes=MAX_BYTES, max_pixels=MAX_PIXELS):
    """The HEIF image ``data`` (bytes) as JPEG bytes, upright (HEIF's own
    rotation applied), or ``CardImageError``: too large, too many pixels, not
    readable, or no HEIF support on the server (``pillow-heif``)."""
    try:
        import pillow_heif
    except ImportError as error:
        raise CardImageError("not_image") from error
    try:
        check_bytes(data, max_bytes)
        heif = pillow_heif.open_heif(data, convert_hdr_to_8bit=True)
        # the size from the header, before the picture is decoded
        check_pixels(*heif.size, max_pixels)
        image = heif.to_pillow().convert("RGB")
    except ImageRefused as error:
        raise CardImageError(error.key, **error.params) from error
    except (ValueError, RuntimeError, OSError, SyntaxError) as error:
        raise CardImageError("not_image") from error
    output = io.BytesIO()
    image.save(output, "JPEG", quality=92)
    return output.getvalue()


def load_image(data, max_bytes=MAX_BYTES, max_pixels=MAX_PIXELS):
    """The image in ``data`` (bytes), turned as its EXIF says, or
    ``CardImageError``. The size in pixels is checked from the header, before the
    image is decoded: within ``max_pixels``, or for a JPEG (a phone's 48- or
    108-megapixel photo) within ``JPEG_OVER_LIMIT`` times it, decoded at a half,
    a quarter or an eighth of its size by the JPEG's own scaling."""
    if not data:
        raise CardImageError("empty")
    try:
        image = open_image(
            data, max_bytes=max_bytes, max_pixels=max_pixels * JPEG_OVER_LIMIT
        )
        pixels = image.width * image.height
        jpeg = image.format in ("JPEG", "MPO")
        target = min(DRAFT_PIXELS, max_pixels)
        factor = 1
        while jpeg and pixels / factor**2 > target and factor < 8:
            factor *= 2
        # what is decoded (the JPEG scaled down by ``factor``) within the limit;
        # the message names the limit itself (below)
        check_pixels(image.width, image.height, max_pixels * factor**2)
        if factor > 1:
            image.draft(image.mode, (image.width // factor, image.height // factor))
        image.load()
    except ImageRefused as error:
        # the limit the user set, not the one a JPEG is read within
        params = error.params
        if error.key == "too_many_pixels":
            params = dict(params, limit=max_pixels / 1e6)
        raise CardImageError(error.key, **params) from error
    except DECODE_ERRORS as error:
        raise CardImageError("not_image") from error
    image = ImageOps.exif_transpose(image)
    if image.mode in ("I", "F") or image.mode.startswith("I;16"):
        # a 16-bit grey scan: its tones brought to 8 bits, not clipped to white
        image = image.convert("F")
        top = 65535.0 if image.getextrema()[1] > 255 else 255.0
        image = image.point(lambda value: value * 255.0 / top).convert("L")
    if image.mode not in ("RGB", "L"):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    return image


def _gray(image):
    """Grey, at the working size, contrast stretched, dark text on light paper."""
    gray = image.convert("L")
    longer = max(gray.size)
    if longer > WORK_SIZE or longer < WORK_SIZE // 2:
        scale = WORK_SIZE / longer
        gray = gray.resize(
            (max(1, round(gray.width * scale)), max(1, round(gray.height * scale))),
            Image.Resampling.LANCZOS,
        )
    # photo grain and print dots: a median filter keeps the strokes and edges,
    # a wider one for a grainy photo
    grain = ImageStat.Stat(
        ImageChops.difference(gray, gray.filter(ImageFilter.MedianFilter(3)))
    )
    gray = gray.filter(ImageFilter.MedianFilter(3))
    if grain.mean[0] > 4:
        gray = gray.filter(ImageFilter.GaussianBlur(GRAIN_BLUR))
    gray = ImageOps.autocontrast(gray, cutoff=1)
    # light text on a dark card: judged on the middle of the photo, where the
    # card is (a dark table around it must not count)
    width, height = gray.size
    middle = gray.crop((width // 4, height // 4, width * 3 // 4, height * 3 // 4))
    if ImageStat.Stat(middle).median[0] < 110:
        gray = ImageOps.invert(gray)
    return gray


def is_blank(image):
    """Nothing printed: the image is one flat tone, give or take noise."""
    small = image.convert("L").resize(
        (200, max(1, round(200 * image.height / image.width)))
    )
    small = small.filter(ImageFilter.MedianFilter(3))
    low, high = small.getextrema()
    return high - low < 40 or ImageStat.Stat(small).stddev[0] < 4


def _profile_score(binary, angle):
    """How sharply the dark rows stand out when ``binary`` is turned by ``angle``:
    text lines give peaks and gaps, so the straight angle scores highest."""
    turned = binary.rotate(
        angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=0
    )
    rows = turned.resize((1, turned.height), Image.Resampling.BOX)
    values = list(rows.getdata())
    mean = sum(values) / len(values)
    return sum((value - mean) ** 2 for value in values) / len(values)


def _ink(gray):
    """A small copy of ``gray`` where the strokes of the text are white on black:
    pixels darker than the paper around them. Flat areas (the table around the
    card, a coloured band) stay black."""
    small = gray.copy()
    small.thumbnail((600, 600))
    paper = small.filter(ImageFilter.MaxFilter(9))
    ink = ImageChops.subtract(paper, small)
    return ink.point(lambda value: 255 if value > 60 else 0)


def level_angle(gray, limit=20, across=True):
    """The angle (degrees, counter-clockwise) that puts the text lines of
    ``gray`` level, by the projection profile of its ink: near 0 for text
    already across; with ``across=False`` near 90 too, for text that may run up
    or down (which way up is left to the orientation detection)."""
    ink = _ink(gray)
    coarse = list(range(-limit, limit + 1, 2))
    if not across:
        coarse += range(90 - limit, 90 + limit + 1, 2)
    scores = {angle: _profile_score(ink, angle) for angle in coarse}
    best = max(scores, key=scores.get)
    if scores[best] < 1.15 * scores[0]:
        return 0  # no clear lines (noise, a photo without text): leave it
    fine = [best + step / 2 for step in range(-3, 4)]
    angle = max(fine, key=lambda a: _profile_score(ink, a))
    return 0 if abs(angle) < 0.5 else angle


# Tesseract's library: its models by languages, and the lock one model is read
# under (a server without workers scans in threads)
_API_LOCK = threading.Lock()
_APIS = {}
# the resolution Tesseract takes for an image that states none (as the command
# does for the line sheets, PNG without one)
_SOURCE_DPI = 70


@functools.cache
def _library():
    """Tesseract's C API, or None where the library is not installed (the
    ``tesseract`` command is run then)."""
    name = ctypes.util.find_library("tesseract")
    if not name:
        return None
    # one thread per recognition: a worker serves one request at a time
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    handle, text = ctypes.c_void_p, ctypes.c_char_p
    signatures = {
        "TessBaseAPICreate": (handle, []),
        "TessBaseAPIInit3": (ctypes.c_int, [handle, text, text]),
        "TessBaseAPISetVariable": (ctypes.c_int, [handle, text, text]),
        "TessBaseAPISetPageSegMode": (None, [handle, ctypes.c_int]),
        "TessBaseAPISetImage": (
            None,
            [handle, text, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int],
        ),
        "TessBaseAPISetSourceResolution": (None, [handle, ctypes.c_int]),
        "TessBaseAPIRecognize": (ctypes.c_int, [handle, handle]),
        "TessBaseAPIGetTsvText": (handle, [handle, ctypes.c_int]),
        "TessDeleteText": (None, [handle]),
        "TessBaseAPIClear": (None, [handle]),
        "TessBaseAPIEnd": (None, [handle]),
        "TessBaseAPIDelete": (None, [handle]),
    }
    for function, (result, arguments) in signatures.items():
        getattr(lib, function).restype = result
        getattr(lib, function).argtypes = arguments
    atexit.register(_end_apis)
    return lib


def _end_apis():
    lib = _library()
    with _API_LOCK:
        while _APIS:
            _languages, api = _APIS.popitem()
            lib.TessBaseAPIEnd(api)
            lib.TessBaseAPIDelete(api)


def _api(lib, languages):
    """Tesseract's model of ``languages``, loaded on the first scan (a change of
    the languages setting loads the new one in its place). Under ``_API_LOCK``."""
    api = _APIS.get(languages)
    if api:
        return api
    for other in list(_APIS):
        lib.TessBaseAPIEnd(_APIS[other])
        lib.TessBaseAPIDelete(_APIS.pop(other))
    api = lib.TessBaseAPICreate()
    if lib.TessBaseAPIInit3(api, None, languages.encode()):
        lib.TessBaseAPIDelete(api)
        raise CardImageError("ocr", reason=f"Failed loading language '{languages}'")
    lib.TessBaseAPISetVariable(api, b"tessedit_char_blacklist", RARE_LETTERS.encode())
    _APIS[languages] = api
    return api


def _tesseract_tsv(lib, image, languages, psm):
    """Tesseract's TSV of ``image`` (grey), as the command writes it, read by
    its library."""
    gray = image.convert("L")
    with _API_LOCK:
        api = _api(lib, languages)
        lib.TessBaseAPISetPageSegMode(api, psm)
        lib.TessBaseAPISetImage(
            api, gray.tobytes(), gray.width, gray.height, 1, gray.width
        )
        lib.TessBaseAPISetSourceResolution(api, _SOURCE_DPI)
        if lib.TessBaseAPIRecognize(api, None):
            lib.TessBaseAPIClear(api)
            raise CardImageError("ocr", reason="failed")
        pointer = lib.TessBaseAPIGetTsvText(api, 0)
        try:
            tsv = ctypes.string_at(pointer).decode(errors="replace") if pointer else ""
        finally:
            if pointer:
                lib.TessDeleteText(pointer)
            lib.TessBaseAPIClear(api)
    header = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\t"
        "width\theight\tconf\ttext"
    )
    return f"{header}\n{tsv}"


def _tesseract(image, languages, psm, config="tsv"):
    lib = _library() if config == "tsv" and languages != "osd" else None
    if lib is not None:
        return _tesseract_tsv(lib, image, languages, psm)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    command = ["tesseract", "stdin", "stdout", "-l", languages, "--psm", str(psm)]
    if languages != "osd":
        command += ["-c", f"tessedit_char_blacklist={RARE_LETTERS}"]
    if config:
        command.append(config)
    try:
        result = subprocess.run(
            command,
            input=buffer.getvalue(),
            capture_output=True,
            timeout=OCR_TIMEOUT,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise CardImageError("ocr", reason="time limit") from error
    if result.returncode:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        raise CardImageError("ocr", reason=message[-1] if message else "failed")
    return result.stdout.decode(errors="replace")


def _read_tsv(tsv):
    """``(text, mean confidence, words)``: the lines in reading order."""
    lines = {}
    confidences = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or not cells[11].strip():
            continue
        confidence = float(cells[10])
        if confidence < 0:
            continue
        key = tuple(int(cell) for cell in cells[1:5])
        lines.setdefault(key, []).append(cells[11].strip())
        confidences.append(confidence)
    text = "\n".join(" ".join(words) for _key, words in sorted(lines.items()))
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return text, mean, len(confidences)


def _orientation(gray):
    """Degrees to turn ``gray`` counter-clockwise so that its text is upright,
    as Tesseract's orientation detection says; ``None`` when it cannot tell."""
    try:
        output = _tesseract(gray, "osd", 0, config="")
    except CardImageError:
        return None
    rotate = re.search(r"Rotate: (\d+)", output)
    sure = re.search(r"Orientation confidence: ([\d.]+)", output)
    if not rotate or not sure or float(sure.group(1)) < 2:
        return None
    return -int(rotate.group(1)) % 360


def _ocr_upright(gray, languages):
    """``(text, confidence)`` of ``gray``, tried the other way up when the first
    reading is poor."""
    text, confidence, words = _read_tsv(_tesseract(gray, languages, PSM))
    if confidence >= 75 and words >= 4:
        return text, confidence
    flipped = gray.rotate(180, expand=True)
    other = _read_tsv(_tesseract(flipped, languages, PSM))
    if other[1] * max(other[2], 1) ** 0.5 > confidence * max(words, 1) ** 0.5:
        return other[0], other[1]
    return text, confidence


def upright(image):
    """``image`` in grey, turned upright and level, ready for OCR."""
    gray = _gray(image)
    # Tesseract's orientation detection first (it reads letter shapes); the ink
    # profile when it cannot tell
    turn = _orientation(gray)
    if turn:
        gray = gray.rotate(turn, expand=True, fillcolor=255)
    angle = level_angle(gray, across=turn is not None)
    if angle:
        gray = gray.rotate(
            angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255
        )
    if turn is None:
        turn = _orientation(gray)
        if turn:
            gray = gray.rotate(turn, expand=True, fillcolor=255)
    return gray


def _sheet_lines(sheet, tops, height, languages):
    """``[(text, confidence 0..1)]`` of each line of a ``line_sheet``, as
    Tesseract reads the sheet in one go (a block of uniform lines)."""
    words = [[] for _top in tops]
    for row in _tesseract(sheet, languages, 6).splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or not cells[11].strip() or float(cells[10]) < 0:
            continue
        left, top, _width, word_height = (int(cell) for cell in cells[6:10])
        middle = top + word_height / 2
        index = min(range(len(tops)), key=lambda i: abs(tops[i] + height / 2 - middle))
        words[index].append((left, cells[11].strip(), float(cells[10])))
    lines = []
    for found in words:
        found.sort()
        text = " ".join(word for _left, word, _conf in found)
        confidence = (
            sum(conf for _left, _word, conf in found) / len(found) / 100 if found else 0
        )
        lines.append((text, confidence))
    return lines


def _read_sheet(crops, height, languages):
    sheet, tops = card_photo.line_sheet(crops, height=height)
    return _sheet_lines(sheet, tops, height, languages)


_ACCENTED = re.compile(r"[^\W\d_a-zA-Z]")


def _two_sizes(first, second):
    """One line read by Tesseract at two sizes: the same text, or the surer
    reading, then unsure (two readings that differ are to be checked)."""
    if first[0].split() == second[0].split():
        return first[0], max(first[1], second[1])
    if len(first[0]) == len(second[0]) and _fold_text(first[0]) == _fold_text(
        second[0]
    ):
        # the same letters, accents aside: an accent both sizes read is kept, one
        # only one of them saw is a smudge (the line stays to be checked)
        text = "".join(
            mine if mine == other else _fold_char(mine)
            for mine, other in zip(first[0], second[0], strict=True)
        )
        return text, min(first[1], second[1], SURE_LINE - 0.01)
    text, confidence = max(first, second, key=lambda line: line[1])
    return text, min(confidence, SURE_LINE - 0.01)


def _fold_char(char):
    """``char`` without its accent, one character for one."""
    return unicodedata.normalize("NFKD", char.translate(_UNSPLIT))[:1] or char


_UNSPLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "s"})


def _restore_accents(plain, accented):
    """``plain`` (PP-OCR's reading: no accents) with the accented letters of
    ``accented`` (Tesseract's reading of the same line) where the two agree."""
    folded = "".join(_fold_char(char) for char in accented)
    matcher = difflib.SequenceMatcher(
        None, plain.casefold(), folded.casefold(), autojunk=False
    )
    result = list(plain)
    # no accents in e-mail and web addresses, numbers
    ascii_only = set()
    for match in re.finditer(r"\S+", plain):
        if re.search(r"[@./:\d]", match.group()):
            ascii_only.update(range(*match.span()))
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            char = accented[block.b + offset]
            if char != folded[block.b + offset] and block.a + offset not in ascii_only:
                mine = plain[block.a + offset]
                result[block.a + offset] = char.upper() if mine.isupper() else char
    return "".join(result)


def _second_opinion(tesseract, pp_ocr):
    """One line read by Tesseract, unsure, and by PP-OCR (better on photos, but
    it folds accents): Tesseract's when both say the same, else PP-OCR's with
    Tesseract's accents. The line stays as unsure as Tesseract was: an accent
    both may have missed is not checked."""
    text, confidence = tesseract
    other, other_confidence = pp_ocr
    if _fold_text(text) == _fold_text(other) or other_confidence < 0.8:
        return text, confidence
    return _restore_accents(other, text), min(other_confidence, confidence)


def _fold_text(text):
    folded = "".join(_fold_char(char) for char in text)
    return re.sub(r"\s+", "", folded.casefold())


def _agree(tesseract, pp_ocr):
    """One line read by Tesseract and by PP-OCR's recogniser: when both read the
    same letters and digits (accents, case, spaces and punctuation aside), the
    line is as sure as the surer of the two and keeps Tesseract's accents; when
    they differ, the surer reading (PP-OCR's with Tesseract's accents, or
    Tesseract's) and the line is to be checked."""
    text, confidence = tesseract
    other, other_confidence = pp_ocr
    if re.sub(r"\W", "", _fold_text(text)) == re.sub(r"\W", "", _fold_text(other)):
        return text, max(confidence, other_confidence)
    if other_confidence >= 0.8 and other_confidence >= confidence - 0.1:
        text = _restore_accents(other, text) if text else other
        return text, min(other_confidence, SURE_LINE - 0.01)
    return text, min(confidence, SURE_LINE - 0.01)


def _breve_g(text, other):
    """``text`` (PP-OCRv6's reading of a line) with the "Č" it reads for a
    Turkish "Ğ" made "Ğ" where Tesseract (``other``) read that word with a "Ğ"
    there, all its other letters the same ("DOČAN" and "DOĞAN", "ORTADOČU" and
    "ORTADOĞU"); a Czech or Croatian "Č" Tesseract reads so is kept."""
    if "č" not in text.casefold() or "ğ" not in other.casefold():
        return text
    theirs = set(re.findall(r"[^\W\d_]+", other))

    def mended(match):
        word = match.group()
        turkish = word.replace("Č", "Ğ").replace("č", "ğ")
        return turkish if turkish != word and turkish in theirs else word

    return re.sub(r"[^\W\d_]+", mended, text)


# the Turkish letters and the plain ones PP-OCRv6 reads for them
_TURKISH_PLAIN = str.maketrans("ğĞışŞ", "gGisS")


def _turkish_letters(text, other):
    """``text`` (PP-OCRv6's reading of a line) with each word of three letters or
    more that Tesseract (``other``) read with a Turkish "ğ", "ı" or "ş" where
    it read the plain letter, all else the same, as Tesseract read it
    ("OGUZMAN" and "OĞUZMAN", "Yazilim" and "Yazılım"); no word begins with a
    "ğ" ("Genel" is not "Ğenel"), and no English word ("Business" is not
    "Busıness") nor an e-mail or web address takes one."""
    if re.search(r"@|(?i:www\.|https?:)", text):
        return text
    theirs = {}
    for word in re.findall(r"[^\W\d_]+", other):
        plain = word.translate(_TURKISH_PLAIN)
        if (
            plain != word
            and len(word) >= 3
            and word[0] not in "ğĞ"
            and not common_word(plain.lower())
            and not re.search(r"[^\x00-\x7fçÇöÖüÜğĞışŞİ]", word)
        ):
            theirs.setdefault(plain, set()).add(word)

    def mended(match):
        found = theirs.get(match.group(), ())
        return next(iter(found)) if len(found) == 1 else match.group()

    return re.sub(r"[^\W\d_]+", mended, text)


def _reads_turkish(pairs):
    """Whether both readers read a Turkish letter ("ş", "ğ", "ı") in one word of
    the card's lines (``pairs`` of PP-OCRv6's and Tesseract's readings): a
    Turkish card."""
    for (text, _c), (other, _o) in pairs:
        words = set(re.findall(r"[^\W\d_]+", text)) & set(
            re.findall(r"[^\W\d_]+", other)
        )
        if any(re.search("[şŞğĞı]", word) for word in words):
            return True
    return False


def _cross_check(reading, other, known=None, turkish=False):
    """``(text, confidence)`` of a line from PP-OCRv6's ``reading`` and
    Tesseract's ``other``: PP-OCRv6's text, or Tesseract's where only their
    spaces differ (PP-OCRv6 drops a narrow one: "GranitePeak"), sure when both
    read the same, spaces and punctuation too ("General Manager-Owner" and
    "General Manager - Owner" differ), accents too. Tesseract's accents are not
    taken (it reads some where none is printed: "Market Research Asšociatë"),
    but for the letters PP-OCRv6 does not know (``known``: its characters),
    which it drops ("Huỳnh" read "Hunh"): those are Tesseract's, and the line is
    to be checked. On a Turkish card (``turkish``), the Turkish letters
    Tesseract reads in a word PP-OCRv6 reads without them are taken
    (``_turkish_letters``), to be checked."""
    text, confidence = reading
    if text != other[0] and re.sub(r"\s", "", text) == re.sub(r"\s", "", other[0]):
        # the same characters, other spaces: PP-OCRv6 drops a narrow space
        # that Tesseract keeps ("GranitePeak Partners", "General Manager-Owner")
        return other[0], min(confidence, SURE_LINE - 0.01)
    mended = _breve_g(text, other[0])
    if turkish and mended == text:
        mended = _turkish_letters(text, other[0])
    if mended != text:
        # "DOČAN" where Tesseract read "DOĞAN": a Turkish Ğ, to be checked
        return mended, min(confidence, SURE_LINE - 0.01)
    filled = _fill_unknown(text, other[0], known) if known else text
    if filled != text:
        return filled, min(confidence, other[1], SURE_LINE - 0.01)
    if _spaced(text) == _spaced(other[0]):
        if _accents(text) != _accents(other[0]):
            # the same letters, other accents ("NGUYÊN" and "NGUYÉN"): the
            # letters are sure, the accents to be checked
            return text, min(confidence, SURE_LINE - 0.01)
        return text, max(confidence, other[1])
    return text, min(confidence, SURE_LINE - 0.01)


def _accents(text):
    """The accented letters of ``text``, in order, without case."""
    return [
        char for char in text.casefold() if char.isalpha() and char != _fold_char(char)
    ]


def _fill_unknown(text, other, known):
    """``text`` with the letters of ``other`` that are not in ``known`` put where
    they fall: inserted where ``text`` has nothing there ("Hunh" and "Huỳnh"), or
    for the letter ``text`` has there when both are the same letter, accents
    aside ("giói" and "giới")."""
    if all(char in known for char in other):
        return text
    matcher = difflib.SequenceMatcher(
        None, _fold_text_keep(text), _fold_text_keep(other), autojunk=False
    )
    result = []
    for tag, start, end, other_start, other_end in matcher.get_opcodes():
        mine, theirs = text[start:end], other[other_start:other_end]
        unknown = theirs and all(
            char.isalpha() and char not in known for char in theirs
        )
        if tag == "insert" and unknown:
            result.append(theirs)
        elif tag == "equal":
            result.append(
                "".join(
                    their if their not in known and their.isalpha() else my
                    for my, their in zip(mine, theirs, strict=True)
                )
            )
        else:
            result.append(mine)
    return "".join(result)


def _fold_text_keep(text):
    """``text`` without accents and case, one character for one."""
    return "".join(_fold_char(char).casefold()[:1] or char for char in text)


def _noise(reading, other):
    """Whether a "line" is none: Tesseract reads nothing there, and PP-OCRv6
    (which reads something in any box) fewer than two letters or digits, or
    unsure (a texture, a logo: "多", "O")."""
    return not other[0].strip() and (
        reading[1] < 0.5 or len(re.findall(r"[^\W_]", reading[0])) < 2
    )


def _spaced(text):
    """``text`` without accents and case, its spaces collapsed."""
    return re.sub(r"\s+", " ", _fold_text_keep(text)).strip()


def read_card(image, languages="eng", engine=ENGINE):
    """What is printed on the card in the photo ``image`` (PIL):
    ``{"text", "confidence", "card", "lines"}`` with ``card`` the card found in
    the photo, flattened and upright (PIL, RGB), and ``lines`` the lines read,
    ``(text, confidence 0..1, height)``, the height of the line's box against
    the card's usual line. ``engine``: one of ``ENGINES``."""
    if not _LANGUAGE.match(languages or ""):
        raise CardImageError("language", languages=languages)
    card, found, small = card_photo.locate_card(image)
    if engine == "tesseract":
        gray = upright(card_photo.even_light(card))
        text, confidence = _ocr_upright(gray, languages)
        lines = [(line, confidence / 100, 1.0) for line in text.splitlines()]
        return {"text": text, "confidence": confidence, "card": card, "lines": lines}
    card, crops = card_photo.text_lines(card, image if found else None, small)
    if not crops:
        return {"text": "", "confidence": 0.0, "card": card, "lines": []}
    if engine == "rapidocr":
        lines = card_photo.recognise(crops)
    elif engine == "pp-det+v6+tesseract":
        # two readers of every line: PP-OCRv6's text is taken (accents kept);
        # where Tesseract reads the line otherwise, it is to be checked
        known = card_photo.known_characters()
        pairs = list(
            zip(
                *card_photo.read_lines_beside(
                    crops, lambda: _read_sheet(crops, LINE_HEIGHTS[0], languages)
                ),
                strict=True,
            )
        )
        turkish = _reads_turkish(pairs)
        lines = [
            ("", 0.0)
            if _noise(line, other)
            else _cross_check(line, other, known, turkish)
            for line, other in pairs
        ]
    elif engine == "pp-det+v6":
        lines = card_photo.read_lines(crops)
    elif engine == "pp-det+tesseract+pp-rec":
        lines = _read_sheet(crops, LINE_HEIGHTS[0], languages)
        unsure = [i for i, (_t, conf) in enumerate(lines) if conf < SURE_READING]
        others = card_photo.recognise([crops[i] for i in unsure])
        for index, other in zip(unsure, others, strict=True):
            lines[index] = _agree(lines[index], other)
        # PP-OCR's recogniser folds accents: an accent Tesseract read is
        # checked by Tesseract itself at the second size
        accented = [i for i, (text, _c) in enumerate(lines) if _ACCENTED.search(text)]
        if accented:
            again = _read_sheet(
                [crops[i] for i in accented], LINE_HEIGHTS[1], languages
            )
            for index, other in zip(accented, again, strict=True):
                lines[index] = _two_sizes(lines[index], other)
    else:
        lines = _read_sheet(crops, LINE_HEIGHTS[0], languages)
        if engine == "pp-det+tesseract2+rec":
            lines = [
                _two_sizes(line, other)
                for line, other in zip(
                    lines, _read_sheet(crops, LINE_HEIGHTS[1], languages), strict=True
                )
            ]
        unsure = [i for i, (_t, conf) in enumerate(lines) if conf < SURE_LINE]
        if engine.endswith("+rec") and unsure:
            others = card_photo.recognise([crops[i] for i in unsure])
            for index, other in zip(unsure, others, strict=True):
                lines[index] = _second_opinion(lines[index], other)
    # the height of each line's box against the card's usual line: the largest
    # lines are the name and the company
    heights = sorted(crop.shape[0] for crop in crops)
    usual = heights[len(heights) // 2] or 1
    lines = [
        (text.strip(), conf, round(crop.shape[0] / usual, 2))
        for (text, conf), crop in zip(lines, crops, strict=True)
        if text.strip()
    ]
    confidence = 100 * sum(line[1] for line in lines) / len(lines) if lines else 0.0
    return {
        "text": "\n".join(line[0] for line in lines),
        "confidence": confidence,
        "card": card,
        "lines": lines,
    }


def decode_qr_codes(image):
    """The texts of the QR codes on ``image``, at any angle."""
    if importlib.util.find_spec("zxingcpp") is None:
        return []
    # imported in the process that scans (see ``card_photo.load``)
    import zxingcpp

    found = []
    gray = ImageOps.autocontrast(image.convert("L"), cutoff=1)
    for candidate in (image, gray):
        for result in zxingcpp.read_barcodes(
            candidate, formats=zxingcpp.BarcodeFormat.QRCode, try_rotate=True
        ):
            if result.text and result.text not in found:
                found.append(result.text)
        if found:
            break
    return found


def scan_card_images(
    images, languages="eng", max_bytes=MAX_BYTES, max_pixels=MAX_PIXELS, engine=ENGINE
):
    """Read the images of one card (front, then back): ``{"text", "qr_codes",
    "confidence", "cards"}``, the text of all sides one after the other and
    ``cards`` the sides as read (flattened, upright: PIL images, blank sides
    left out) and ``lines`` the lines read, ``(text, confidence 0..1, height)``
    (see ``read_card``). Raise
    ``CardImageError`` for a bad file, or when no side has anything to read."""
    texts, codes, confidences, cards, lines = [], [], [], [], []
    loaded = [load_image(data, max_bytes, max_pixels) for data in images if data]
    if not loaded:
        raise CardImageError("empty")
    for image in loaded:
        if is_blank(image):
            continue
        codes += [code for code in decode_qr_codes(image) if code not in codes]
        read = read_card(image, languages, engine)
        cards.append(read["card"])
        lines += read["lines"]
        if read["text"].strip():
            texts.append(read["text"])
            confidences.append(read["confidence"])
    if not texts and not codes:
        raise CardImageError("blank")
    return {
        "text": "\n\n".join(texts),
        "qr_codes": codes,
        "confidence": sum(confidences) / len(confidences) if confidences else 0.0,
        "cards": cards,
        "lines": lines,
    }
