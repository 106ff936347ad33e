import * as BarcodeScanner from "@web/core/barcode/barcode_dialog";
import { isBarcodeScannerSupported } from "@web/core/barcode/barcode_video_scanner";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { TextField, textField } from "@web/views/fields/text/text_field";
import { QR_SCANNING_CLASS } from "./crop_overlay_patch";

/**
 * A text field for a QR code's content, with a button that reads the code with the
 * device's camera (the web client's barcode scanner). What was read, or pasted,
 * is sent to the server, which fills the form from it.
 */
export class MtapQrCodeField extends TextField {
    static template = "mtap_hub.QrCodeField";

    setup() {
        super.setup();
        this.notification = useService("notification");
    }

    get canScan() {
        return isBarcodeScannerSupported();
    }

    async onScan() {
        let code;
        // the scanner's frame opens square, for a QR code (see crop_overlay_patch)
        document.body.classList.add(QR_SCANNING_CLASS);
        try {
            code = await BarcodeScanner.scanBarcode(this.env);
        } catch (error) {
            this.notification.add(error?.message || _t("The camera could not be opened."), {
                type: "danger",
            });
            return;
        } finally {
            document.body.classList.remove(QR_SCANNING_CLASS);
        }
        if (!code) {
            this.notification.add(_t("No code was read. Please scan again."), {
                type: "warning",
            });
            return;
        }
        if ("vibrate" in navigator) {
            navigator.vibrate(100);
        }
        await this.props.record.update({ [this.props.name]: code });
    }
}

export const mtapQrCodeField = {
    ...textField,
    component: MtapQrCodeField,
    displayName: _t("QR code (camera or paste)"),
};

registry.category("fields").add("mtap_qr_code", mtapQrCodeField);
