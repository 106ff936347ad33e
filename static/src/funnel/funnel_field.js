import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { standardFieldProps } from "@web/views/fields/standard_field_props";
import { Component } from "@odoo/owl";

/**
 * The card's funnel of the last 30 days on the share screen: one bar per step
 * (views, unique visitors, vCard saves, Exchanges, Leads, Contacts, opportunities,
 * won), as wide as its share of the views; a tap opens the full report.
 */
export class MtapFunnelField extends Component {
    static template = "mtap_hub.FunnelField";
    static props = { ...standardFieldProps };

    setup() {
        this.action = useService("action");
        this.orm = useService("orm");
    }

    get steps() {
        const steps = this.props.record.data[this.props.name] || [];
        const top = Math.max(1, ...steps.map((step) => step.value));
        return steps.map((step) => ({
            ...step,
            width: Math.max(2, Math.round((100 * step.value) / top)),
        }));
    }

    async onOpen() {
        const action = await this.orm.call("mtap.profile", "action_open_funnel", [
            [this.props.record.resId],
        ]);
        await this.action.doAction(action);
    }
}

registry.category("fields").add("mtap_funnel", {
    component: MtapFunnelField,
});
