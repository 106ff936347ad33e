import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { getDataURLFromFile } from "@web/core/utils/urls";
import { standardFieldProps } from "@web/views/fields/standard_field_props";
import { Component, onWillUnmount, useState } from "@odoo/owl";

/**
 * The photo of a paper card: the whole placeholder opens the camera (the file
 * chooser on a computer) on the first tap; the chosen photo shows at once, with
 * "Reading the card..." over it until the form is filled from it.
 */
export class MtapCardPhotoField extends Component {
    static template = "mtap_hub.CardPhotoField";
    static props = {
        ...standardFieldProps,
        placeholder: { type: String, optional: true },
    };

    setup() {
        this.state = useState({ preview: null, reading: false });
        onWillUnmount(() => this.state.preview && URL.revokeObjectURL(this.state.preview));
    }

    get src() {
        const value = this.props.record.data[this.props.name];
        if (this.state.reading || !value) {
            return this.state.reading ? this.state.preview : null;
        }
        return `data:image/png;base64,${value}`;
    }

    get placeholderText() {
        return this.props.placeholder || _t("Take a photo of the card");
    }

    async onChange(ev) {
        const file = ev.target.files[0];
        ev.target.value = "";
        if (!file) {
            return;
        }
        if (this.state.preview) {
            URL.revokeObjectURL(this.state.preview);
        }
        this.state.preview = URL.createObjectURL(file);
        this.state.reading = true;
        try {
            const data = (await getDataURLFromFile(file)).split(",")[1];
            // the Contact names the photo itself ("Card photo"), not after the
            // phone's IMG_1234.jpg
            await this.props.record.update({ [this.props.name]: data });
        } finally {
            this.state.reading = false;
        }
    }
}

registry.category("fields").add("mtap_card_photo", {
    component: MtapCardPhotoField,
    displayName: _t("Photo of a card (camera)"),
    supportedTypes: ["binary"],
    extractProps: ({ placeholder }) => ({ placeholder }),
});
