import { CropOverlay } from "@web/core/barcode/crop_overlay";
import { patch } from "@web/core/utils/patch";

/** While an mTap QR code is scanned (see ``MtapQrCodeField.onScan``). */
export const QR_SCANNING_CLASS = "o_mtap_qr_scanning";

/**
 * The camera scanner's frame is a thin strip made for 1D barcodes: nothing is
 * read from a QR code until the user finds the resize handle. For a QR code it
 * opens as a square in the middle of the picture.
 */
patch(CropOverlay.prototype, {
    computeDefaultPoint() {
        if (!document.body.classList.contains(QR_SCANNING_CLASS)) {
            return super.computeDefaultPoint(...arguments);
        }
        const style = getComputedStyle(this.cropContainerRef.el.firstChild);
        const width = parseFloat(style.width);
        const height = parseFloat(style.height);
        const side = Math.min(width, height) * 0.7;
        this.relativePosition = { x: (width + side) / 2, y: (height + side) / 2 };
    },
});
