import base64
import io
import threading

from PIL import Image, ImageDraw, ImageFont

from odoo.tests import Form, tagged

from ..tools import card_photo
from ..tools.card_ocr import load_image
from ..tools.card_samples import real_photos
from ..tools.card_samples.card_photos import (
    PHOTO_FIELDS,
    expected_fields,
    load_photos,
    render_flat,
    render_photo,
    scanned_fields,
)
from .common import MtapCommon


@tagged("post_install", "-at_install")
class TestCardPhotos(MtapCommon):
    """Issue 20: generated phone photos of printed cards
    (``tools/card_samples/card_photos.py``: eight layouts, eleven fonts, accented
    names, labels, national numbers of eight countries, a desk, 10-25 degrees of
    perspective, uneven light, glare, defocus, JPEG) read through the Add Contact
    wizard, as a user's upload.

    Accuracy is asserted on the measured half of the photos only: the parser
    was tuned on the other half."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.company.country_id = cls.env.ref("base.us")
        cls.measured = load_photos("measure")
        cls.tuned = load_photos("tune")

    def _scan(self, photo):
        wizard = (
            self.env["mtap.contact.add"]
            .with_user(self.user_a)
            .new({"source": "card_scan", "scan_image": base64.b64encode(photo)})
        )
        warning = wizard._onchange_scan_image()
        return wizard, warning

    def test_measured_photos_accuracy(self):
        """Every field right on 90% of the measured photos (names and companies
        with their accents), none refused, and a wrong value always marked for
        checking."""
        self.assertGreaterEqual(len(self.measured), 24)
        hits, counts = {}, {}
        refused, wrong_unmarked, misses = [], [], []
        for entry in self.measured:
            wizard, warning = self._scan(render_photo(entry))
            if warning:
                refused.append((entry["key"], warning["warning"]["message"]))
                continue
            got = scanned_fields(wizard)
            checked = wizard.scan_check or ""
            for field, value in expected_fields(entry).items():
                counts[field] = counts.get(field, 0) + 1
                if got[field] == value:
                    hits[field] = hits.get(field, 0) + 1
                    continue
                misses.append((entry["key"], field, got[field], value))
                if got[field] and f",{PHOTO_FIELDS[field]}," not in checked:
                    wrong_unmarked.append((entry["key"], field, got[field], value))
        self.assertEqual(refused, [])
        self.assertEqual(wrong_unmarked, [])
        accuracy = {field: hits.get(field, 0) / counts[field] for field in counts}
        for field, share in accuracy.items():
            self.assertGreaterEqual(share, 0.9, f"{field}: {accuracy}, {misses}")

    def test_the_card_is_found_and_flattened(self):
        for entry in (
            self.tuned[0],
            next(e for e in self.tuned if e["effects"]["sideways"]),
        ):
            with self.subTest(entry=entry["key"]):
                photo = load_image(render_photo(entry))
                corners = card_photo.find_card(photo)
                self.assertIsNotNone(corners)
                card, found = card_photo.card_from_photo(photo)
                self.assertTrue(found)
                card, lines = card_photo.text_lines(card)
                width, height = entry["style"]["card_mm"]
                # the card's own proportions, turned so that its text is upright
                self.assertAlmostEqual(
                    card.width / card.height,
                    width / height,
                    delta=0.12 * width / height,
                )
                self.assertGreaterEqual(len(lines), 5)

    def test_the_two_readers_run_side_by_side(self):
        """A scan finds the card's lines upright and turned a quarter, then reads
        them with PP-OCR and Tesseract, each pair at once on a second thread (which
        reads PP-OCR's lines left once Tesseract is done): the two run together,
        the results come back in order, an error in the second is raised to the
        scan (for the detector, both are run again one after the other), and no
        thread outlives the step."""
        started = threading.Event()

        def first():
            # waits for the second: only true when both run at once
            return started.wait(10)

        def second():
            started.set()
            return threading.current_thread().name

        threads = threading.active_count()
        together, name = card_photo.side_by_side(first, second)
        self.assertTrue(together)
        self.assertEqual(name, "mtap-card-scan")
        self.assertEqual(threading.active_count(), threads)

        def failing():
            raise ValueError("unreadable")

        with self.assertRaisesRegex(ValueError, "unreadable"):
            card_photo.side_by_side(lambda: "read", failing)
        self.assertEqual(threading.active_count(), threads)

        # the detector's two runs: a native runtime that fails once when run
        # twice at once ("std::bad_alloc") is run once more, one after the other
        calls = []

        def fails_once():
            calls.append(threading.current_thread().name)
            if len(calls) == 1:
                raise RuntimeError("std::bad_alloc")
            return "turned"

        with self.assertLogs(card_photo.__name__, "WARNING") as logged:
            result = card_photo.side_by_side(
                lambda: "upright", fails_once, one_after_other=True
            )
        self.assertEqual(result, ("upright", "turned"))
        self.assertEqual(calls, ["mtap-card-scan", threading.current_thread().name])
        self.assertIn("one after the other", logged.output[0])
        self.assertEqual(threading.active_count(), threads)

        # PP-OCR's lines read by both threads once Tesseract is done: the same
        # readings, in the same order, as read by one
        photo = load_image(render_photo(self.tuned[0]))
        card, _found = card_photo.card_from_photo(photo)
        _card, crops = card_photo.text_lines(card)
        self.assertGreaterEqual(len(crops), 5)
        alone = card_photo.read_lines(crops)
        self.assertEqual(
            card_photo.read_lines_beside(crops, lambda: "tesseract"),
            (alone, "tesseract"),
        )
        self.assertEqual(threading.active_count(), threads)

    def test_a_coloured_panel_is_not_taken_for_the_card(self):
        """A split card on white paper: its white half hardly stands out, its
        coloured panel does. Whatever outline is found, every line of the card
        is read."""
        entry = next(e for e in self.tuned if e["layout"] == "split")
        entry = {
            **entry,
            "effects": {**entry["effects"], "desk": "white-paper", "sideways": False},
        }
        wizard, warning = self._scan(render_photo(entry))
        self.assertIsNone(warning)
        got, expected = scanned_fields(wizard), expected_fields(entry)
        for field in ("email", "phone", "website", "name", "company"):
            self.assertEqual(got[field], expected[field], field)

    def test_a_card_lying_on_a_printed_page(self):
        """Real photos of cards lying on an open book and on a magazine
        (``tools/card_samples/data/on_page``): no outline stands out of the page's
        text. The card is the block of lines that run one way, near upright,
        while the page's run another: only it is read, not the page. Before,
        the first was refused as unreadable and the second as a page of text."""
        folder = real_photos.REAL_DIR.parent / "on_page"
        photo = (folder / "coho_on_a_book.jpg").read_bytes()
        image = load_image(photo)
        self.assertIsNone(card_photo.find_card(image))
        _card, found = card_photo.card_from_photo(image)
        self.assertFalse(found)
        # the card, not the page around it
        rgb = card_photo.np.asarray(image.convert("RGB"))
        boxes = card_photo._detect(rgb, card_photo.PHOTO_DETECT_SIZE)
        corners = card_photo._card_on_page(boxes, rgb)
        self.assertIsNotNone(corners)
        area = card_photo.cv2.contourArea(corners.astype("float32"))
        self.assertLess(area, 0.5 * image.width * image.height)
        wizard, warning = self._scan(photo)
        self.assertIsNone(warning)
        self.assertEqual(wizard.company_name, "COHO")
        self.assertEqual(wizard.website, "https://coho.stanford.edu")
        # "coho@stanford.eduWeb": the next address's label read glued to it
        self.assertEqual(wizard.email, "coho@stanford.edu")
        self.assertIn("459 Lagunita No. 1", wizard.scan_text)
        wizard, warning = self._scan((folder / "cafe_on_a_magazine.jpg").read_bytes())
        self.assertIsNone(warning)
        self.assertEqual(wizard.company_name, "Printers Inc Cafe")
        self.assertEqual(wizard.phone, "+1 650-323-3347")
        self.assertNotIn("parallel", (wizard.scan_text or "").lower())

    def _beside_a_dark_card(self, entry, word, font=None):
        """The JPEG of ``entry``'s photo made small and turned on a table,
        beside a larger dark card that prints ``word`` alone."""
        image = Image.open(io.BytesIO(real_photos.photo_bytes(entry))).convert("RGB")
        image.thumbnail((640, 640))
        table = (200, 195, 185)
        card = image.rotate(20, expand=True, fillcolor=table, resample=Image.BICUBIC)
        photo = Image.new("RGB", (1600, 1067), table)
        photo.paste(card, (20, 150))
        back = Image.new("RGB", (700, 400), (25, 25, 28))
        ImageDraw.Draw(back).text(
            (120, 130) if font else (250, 170), word, fill=(240, 200, 40), font=font
        )
        photo.paste(back.rotate(15, expand=True, fillcolor=table), (810, 350))
        data = io.BytesIO()
        photo.save(data, "JPEG", quality=90)
        return data.getvalue()

    def test_a_small_card_beside_another_cards_dark_back(self):
        """A real card's photo (07.jpg, 15.jpg, tuned) made small and turned
        on a table, beside a larger dark card that prints one word (another
        card's back, or its front's wordmark printed large): the dark card's
        outline stands out and holds the word alone, the card's small lines
        were not found at the first look. The photo is looked at again, closer,
        and the lines counted (the large word outweighs them by area): the card
        is read, not the word. Before, the form came back with the word alone,
        or nothing."""
        tuned = {e["file"]: e for e in real_photos.load_photos("tune")}
        bold = ImageFont.truetype(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 110
        )
        for file, word, font in (("07.jpg", "ACME", None), ("15.jpg", "AIELLO", bold)):
            with self.subTest(file):
                entry = tuned[file]
                data = self._beside_a_dark_card(entry, word, font)
                _card, found, small = card_photo.locate_card(load_image(data))
                self.assertFalse(found)
                self.assertTrue(small)
                wizard, warning = self._scan(data)
                self.assertIsNone(warning)
                got = real_photos.scanned_fields(wizard)
                expected = real_photos.expected_fields(entry)
                for field in ("name", "phone"):
                    self.assertTrue(
                        real_photos.field_right(field, got[field], expected[field]),
                        (field, got[field]),
                    )

    def test_a_real_card_turned_a_quarter_either_way(self):
        """Real photos (99.jpg, 299.jpg, tuned) turned a quarter either way in
        their pixels, no EXIF orientation to tell (as some phones and apps
        save them): the detector finds the sideways lines as bits and slanted
        boxes, not as standing ones, so the card turned a quarter is looked at
        too and read so when it shows far more lying lines; which way up then
        is the orientation classifier's, its lines' scores weighed. Before,
        99.jpg turned left gave four bits of text and 299.jpg turned right
        gave none of its words."""
        tuned = {e["file"]: e for e in real_photos.load_photos("tune")}
        for file, fields in (
            ("99.jpg", ("name", "email", "phone")),
            ("299.jpg", ("name", "email", "website")),
        ):
            entry = tuned[file]
            image = Image.open(io.BytesIO(real_photos.photo_bytes(entry)))
            for angle in (90, 270):
                with self.subTest(file=file, angle=angle):
                    data = io.BytesIO()
                    image.convert("RGB").rotate(angle, expand=True).save(
                        data, "JPEG", quality=90
                    )
                    wizard, warning = self._scan(data.getvalue())
                    self.assertIsNone(warning)
                    got = real_photos.scanned_fields(wizard)
                    expected = real_photos.expected_fields(entry)
                    for field in fields:
                        self.assertTrue(
                            real_photos.field_right(field, got[field], expected[field]),
                            (field, got[field]),
                        )

    def test_a_flat_scan_is_read_whole(self):
        entry = self.tuned[1]
        scan = load_image(render_flat(entry))
        self.assertIsNone(card_photo.find_card(scan))
        wizard, warning = self._scan(render_flat(entry))
        self.assertIsNone(warning)
        self.assertEqual(
            scanned_fields(wizard)["email"], expected_fields(entry)["email"]
        )

    def test_the_contact_keeps_the_flattened_card(self):
        entry = self.tuned[2]
        photo = render_photo(entry)
        form = Form(
            self.env(user=self.user_a)["mtap.contact.add"].with_context(
                default_source="card_scan"
            )
        )
        form.scan_image = base64.b64encode(photo)
        card = Image.open(io.BytesIO(base64.b64decode(form.scan_card_image)))
        width, height = entry["style"]["card_mm"]
        self.assertAlmostEqual(card.width / card.height, width / height, delta=0.2)
        action = form.save().action_save()
        contact = self.env["res.partner"].browse(action["res_id"])
        kept = Image.open(io.BytesIO(base64.b64decode(contact.mtap_card_image)))
        self.assertAlmostEqual(kept.width / kept.height, width / height, delta=0.2)
        note = contact.message_ids.filtered(lambda m: "scanned business card" in m.body)
        by_name = {a.name: a for a in note.attachment_ids}
        self.assertEqual(sorted(by_name), ["Business card.jpg", "Card photo.jpg"])
        # the photo as it was taken is kept too, byte for byte
        self.assertEqual(base64.b64decode(by_name["Card photo.jpg"].datas), photo)


@tagged("post_install", "-at_install")
class TestRealCardPhotos(MtapCommon):
    """Issue 33: the real phone photos of ``tools/card_samples/data/real`` (cards
    from trade fairs and shops, photographed by people; sources and licences in
    its README) read through the Add Contact form, as a user's upload, each
    once.

    Accuracy is asserted on the measured part only (even file numbers): the scan
    was tuned on the odd ones. The thresholds are a few points (one card in 222)
    under what ``bash scripts/bench.sh cardscan`` measures, to catch a
    regression. On the tuned part no legible card comes back empty and no wrong
    value goes unmarked; on the measured part the issue's targets (90 % on every
    field, none empty, none unmarked) are not met yet, and the limits below are
    what was measured, never tuned on."""

    # what the benchmark measured on the measured part (see README) as limits: the
    # accuracy one card in 222 under it, no more wrong values unmarked, no card
    # empty
    MAX_EMPTY_MEASURED = 0
    MAX_UNMARKED_MEASURED = 6
    MIN_ACCURACY = {
        "email": 0.927,  # measured 93.2 %
        "phone": 0.932,  # 93.7 %
        "website": 0.932,  # 93.7 %
        "name": 0.851,  # 85.6 %
        "company": 0.689,  # 69.4 %
        "title": 0.869,  # 87.4 %
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.company.country_id = cls.env.ref("base.us")
        Wizard = cls.env["mtap.contact.add"].with_user(cls.user_a)
        cls.scans = []
        for entry in real_photos.load_photos():
            data = base64.b64encode(real_photos.photo_bytes(entry))
            wizard = Wizard.new({"source": "card_scan", "scan_image": data})
            warning = wizard._onchange_scan_image()
            cls.scans.append(
                {
                    "entry": entry,
                    "got": real_photos.scanned_fields(wizard),
                    "expected": real_photos.expected_fields(entry),
                    "checked": wizard.scan_check or "",
                    "warning": warning and warning["warning"]["message"],
                    "phone": wizard.phone,
                    "phone_warning": wizard.mtap_phone_warning,
                }
            )

    def _wrong(self, scans):
        """``(file, field, got, expected, marked)`` of every wrong value."""
        wrong = []
        for scan in scans:
            for field in real_photos.FIELDS:
                got, expected = scan["got"][field], scan["expected"][field]
                if not real_photos.field_right(field, got, expected):
                    form_field = real_photos.FORM_FIELDS[field]
                    marked = f",{form_field}," in scan["checked"]
                    wrong.append((scan["entry"]["file"], field, got, expected, marked))
        return wrong

    def test_the_split_is_fixed(self):
        measured = [
            s["entry"]["file"] for s in self.scans if s["entry"]["split"] == "measure"
        ]
        self.assertEqual(len(self.scans), 444)
        self.assertEqual(len(measured), 222)
        self.assertTrue(all(int(name.split(".")[0]) % 2 == 0 for name in measured))

    def _part(self, split):
        return [scan for scan in self.scans if scan["entry"]["split"] == split]

    def _empty(self, scans):
        return [
            (scan["entry"]["file"], scan["warning"])
            for scan in scans
            if real_photos.legible(scan["entry"]) and not any(scan["got"].values())
        ]

    def _unmarked(self, scans):
        return [miss for miss in self._wrong(scans) if miss[2] and not miss[4]]

    def test_no_legible_card_comes_back_empty(self):
        """On the tuned part none; on the measured part no more than the
        benchmark measured (see the class docstring), and each with the message
        that it could not be read."""
        self.assertEqual(self._empty(self._part("tune")), [])
        empty = self._empty(self._part("measure"))
        self.assertLessEqual(len(empty), self.MAX_EMPTY_MEASURED, empty)
        message = "The card could not be read; check the photo or type the details."
        self.assertEqual([warning for _file, warning in empty], [message] * len(empty))

    def test_no_wrong_value_unmarked(self):
        """A value the scan filled that is not what the card prints is shown in
        orange: always on the tuned part, on the measured part no less often
        than the benchmark measured."""
        unmarked = self._unmarked(self._part("tune"))
        self.assertEqual(unmarked, [], "\n".join(map(str, unmarked)))
        unmarked = self._unmarked(self._part("measure"))
        self.assertLessEqual(
            len(unmarked), self.MAX_UNMARKED_MEASURED, "\n".join(map(str, unmarked))
        )

    def test_a_number_no_plan_knows_is_kept_as_printed(self):
        """A São Paulo optician's card prints its numbers without the area code
        ("3569-6905"), for a user whose company is in the United States: no
        numbering plan reads them, so the phone field takes the first as printed,
        in orange, with the form's word on why it cannot be dialled."""
        scan = next(s for s in self.scans if s["entry"]["file"] == "29.jpg")
        self.assertEqual(scan["phone"], "3569-6905")
        self.assertIn(",phone,", scan["checked"])
        self.assertTrue(scan["phone_warning"])

    def test_measured_part_accuracy(self):
        measured = self._part("measure")
        wrong = self._wrong(measured)
        for field, minimum in self.MIN_ACCURACY.items():
            misses = [miss for miss in wrong if miss[1] == field]
            accuracy = 1 - len(misses) / len(measured)
            self.assertGreaterEqual(accuracy, minimum, f"{field}: {misses}")
