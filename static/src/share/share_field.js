import { browser } from "@web/core/browser/browser";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { standardFieldProps } from "@web/views/fields/standard_field_props";
import { Component, useState } from "@odoo/owl";

/**
 * The card's public address on the share screen: shown in full, with Copy and Share
 * (the Web Share API where the browser has it, else e-mail, SMS and WhatsApp links),
 * Write to NFC tag where the browser supports Web NFC, one button per other card
 * of the same user to switch to it, and the "at an event" switch. What is shared
 * carries its source marker (?s=link, ?s=nfc) and the event (?e=).
 */
export class MtapShareField extends Component {
    static template = "mtap_hub.ShareField";
    static props = { ...standardFieldProps };

    setup() {
        this.notification = useService("notification");
        this.action = useService("action");
        this.orm = useService("orm");
        this.state = useState({ copied: false });
    }

    get url() {
        return this.props.record.data.share_link_url || this.props.record.data[this.props.name] || "";
    }

    get nfcUrl() {
        return this.props.record.data.share_nfc_url || this.url;
    }

    get events() {
        return this.props.record.data.share_events || [];
    }

    get eventId() {
        return this.props.record.data.share_event_id?.id || false;
    }

    get name() {
        return this.props.record.data.name || "";
    }

    get otherCards() {
        return this.props.record.data.share_other_cards || [];
    }

    get canShare() {
        return Boolean(browser.navigator.share);
    }

    get canWriteNfc() {
        return "NDEFReader" in browser;
    }

    get shareText() {
        return _t("My contact card: %s", this.url);
    }

    get mailtoUrl() {
        return `mailto:?subject=${encodeURIComponent(this.name)}&body=${encodeURIComponent(
            this.shareText
        )}`;
    }

    get smsUrl() {
        return `sms:?&body=${encodeURIComponent(this.shareText)}`;
    }

    get whatsappUrl() {
        return `https://wa.me/?text=${encodeURIComponent(this.shareText)}`;
    }

    async onCopy() {
        try {
            await browser.navigator.clipboard.writeText(this.url);
            this.state.copied = true;
            this.notification.add(_t("Card address copied"), { type: "success" });
        } catch {
            this.notification.add(_t("Copying is not allowed here: select the address."), {
                type: "warning",
            });
        }
    }

    async onShare() {
        try {
            await browser.navigator.share({ title: this.name, text: this.name, url: this.url });
        } catch (error) {
            if (error?.name !== "AbortError") {
                this.notification.add(_t("Sharing failed: %s", error?.message || error), {
                    type: "warning",
                });
            }
        }
    }

    async onWriteNfc() {
        try {
            const writer = new browser.NDEFReader();
            this.notification.add(_t("Hold the NFC tag against the phone."), { type: "info" });
            await writer.write({ records: [{ recordType: "url", data: this.nfcUrl }] });
            this.notification.add(_t("The tag now opens your card."), { type: "success" });
        } catch (error) {
            this.notification.add(_t("The tag could not be written: %s", error?.message || error), {
                type: "danger",
            });
        }
    }

    async onEventChange(ev) {
        const eventId = parseInt(ev.target.value) || false;
        await this.orm.call("mtap.profile", "action_set_share_event", [
            [this.props.record.resId],
            eventId,
        ]);
        await this.props.record.load();
    }

    async onSwitch(cardId) {
        const action = await this.orm.call("mtap.profile", "action_open_share_screen", [[cardId]]);
        await this.action.doAction(action, { clearBreadcrumbs: true });
    }
}

registry.category("fields").add("mtap_share_url", {
    component: MtapShareField,
});

/** My Card: the share screen on a phone, the card's form on a computer. */
async function openMyCard(env) {
    const app = env.services.menu
        .getApps()
        .find((menu) => menu.xmlid === "mtap_hub.mtap_hub_menu_root");
    const request = await env.services.orm.call("mtap.profile", "action_open_my_card", [], {
        context: { mtap_share_screen: env.isSmall },
    });
    // a reload, bookmark or shortcut of the screen comes back through here
    request.path = "my-mtap-card";
    await env.services.action.doAction(request, {
        clearBreadcrumbs: true,
        // the card's screen belongs to the mTap Hub app (its menu bar)
        onActionReady: () => app && env.services.menu.setCurrentMenu(app),
    });
}
registry.category("actions").add("mtap_hub.my_card", openMyCard);
