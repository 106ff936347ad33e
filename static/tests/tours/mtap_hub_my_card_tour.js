import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_utils";
import { openMtapHub } from "./mtap_hub_tour_utils";

registry.category("web_tour.tours").add("mtap_hub_my_card_tour", {
    url: "/odoo",
    steps: () => [
        ...openMtapHub(),
        {
            content: "Open My Card",
            trigger: ".o_main_navbar [data-menu-xmlid='mtap_hub.mtap_hub_menu_my_card']",
            run: "click",
        },
        {
            content: "My own card is open",
            trigger: ".o_form_view .o_field_widget[name=slug] input:value(alice-mtap-x7k2)",
        },
        {
            content: "Add a link",
            trigger: ".o_field_widget[name=link_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Type the link without its scheme",
            trigger: ".o_field_widget[name=link_ids] .o_selected_row .o_field_widget[name=url] input",
            run: "edit alice.example.com",
        },
        {
            content: "Change the job title",
            trigger: ".o_field_widget[name=job_title] input",
            run: "edit Head of Partnerships",
        },
        ...stepUtils.saveForm(),
        {
            content: "The link was stored as an https address",
            trigger: ".o_field_widget[name=link_ids] .o_data_cell:contains(https://alice.example.com)",
        },
        {
            content: "Publish the card",
            trigger: ".o_field_widget[name=is_published] input:not(:checked)",
            run: "click",
        },
        {
            content: "The card is saved as published",
            trigger: ".o_form_saved .o_field_widget[name=is_published] input:checked",
        },
    ],
});
