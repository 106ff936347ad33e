import { registry } from "@web/core/registry";
import { openMtapHub } from "./mtap_hub_tour_utils";

registry.category("web_tour.tours").add("mtap_hub_lead_convert_tour", {
    url: "/odoo",
    steps: () => [
        ...openMtapHub(),
        {
            content: "Open the Leads inbox",
            trigger: ".o_main_navbar [data-menu-xmlid='mtap_hub.mtap_hub_menu_leads']",
            run: "click",
        },
        {
            content: "Open the Lead left on my card",
            trigger: ".o_data_row .o_data_cell[name=contact_name]:contains(Tina Tour)",
            run: "click",
        },
        {
            content: "Everything the visitor left is on the form",
            trigger: ".o_form_view .o_field_widget[name=email_from] input:value(tina@tour.example)",
        },
        {
            content: "Convert it",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_mtap_convert]",
            run: "click",
        },
        {
            content: "No existing contact matches: a new one will be created",
            trigger: ".modal .o_mtap_convert_single:contains(a new Contact will be created)",
        },
        {
            content: "Confirm",
            trigger: ".modal footer button[name=action_apply]",
            run: "click",
        },
        {
            content: "Land on the new Contact",
            trigger: ".o_breadcrumb .active:contains(Tour Co, Tina Tour)",
        },
        {
            content: "It is an mTap Contact, converted from the Lead, on the lean view",
            trigger: ".o_form_view .o_field_widget[name=mtap_source]:contains(Converted Lead)",
        },
    ],
});
