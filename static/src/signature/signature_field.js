import { browser } from "@web/core/browser/browser";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { standardFieldProps } from "@web/views/fields/standard_field_props";
import { Component, markup, useRef } from "@odoo/owl";

/**
 * An e-mail signature as it will look, with one Copy button that copies it as rich
 * text (the HTML, and its plain text for programs that only take text): pasted in
 * Gmail, Outlook or Apple Mail's signature settings it keeps its look.
 */
export class MtapSignatureField extends Component {
    static template = "mtap_hub.SignatureField";
    static props = { ...standardFieldProps };

    setup() {
        this.notification = useService("notification");
        this.preview = useRef("preview");
    }

    get html() {
        const value = this.props.record.data[this.props.name] || "";
        return typeof value === "string" ? markup(value) : value;
    }

    async onCopy() {
        const html = String(this.props.record.data[this.props.name] || "");
        const text = this.preview.el.innerText;
        const clipboard = browser.navigator.clipboard;
        try {
            if (clipboard.write && window.ClipboardItem) {
                await clipboard.write([
                    new window.ClipboardItem({
                        "text/html": new Blob([html], { type: "text/html" }),
                        "text/plain": new Blob([text], { type: "text/plain" }),
                    }),
                ]);
            } else {
                await clipboard.writeText(html);
            }
        } catch {
            this.notification.add(
                _t("This browser did not let the signature be copied: copy the HTML below instead."),
                { type: "warning" }
            );
            return;
        }
        this.notification.add(
            _t("Signature copied: paste it in your mail program's signature settings."),
            { type: "success" }
        );
    }
}

registry.category("fields").add("mtap_signature", {
    component: MtapSignatureField,
    supportedTypes: ["html"],
});
