import base64
import io

from PIL import Image

from odoo.tests import Form, tagged

from ..tools import card_photo
from ..tools.card_ocr import load_image
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
    """Issue 20: phone photos of printed cards (``tools/card_samples/card_photos.py``: eight
    layouts, eleven fonts, accented names, labels, national numbers of eight
    countries, a desk, 10-25 degrees of perspective, uneven light, glare,
    defocus, JPEG) read through the Add Contact wizard, as a user's upload.

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
