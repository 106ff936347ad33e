import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_utils";
import { openMtapHub } from "./mtap_hub_tour_utils";

// 1. a manager makes a card template, its company name locked
registry.category("web_tour.tours").add("mtap_hub_card_template_tour", {
    url: "/odoo",
    steps: () => [
        ...openMtapHub(),
        {
            content: "Open the configuration menu",
            trigger: ".o_main_navbar [data-menu-xmlid='mtap_hub.mtap_hub_menu_config']",
            run: "click",
        },
        {
            content: "Open the card templates",
            trigger: ".dropdown-item[data-menu-xmlid='mtap_hub.mtap_hub_menu_config_templates']",
            run: "click",
        },
        {
            content: "Create a template",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "Name it",
            trigger: ".o_field_widget[name=name] input",
            run: "edit Tour Team",
        },
        {
            content: "Give the company name of every card",
            trigger: ".o_field_widget[name=company_name] input",
            run: "edit Tour Corp",
        },
        {
            content: "The company name is locked by default",
            trigger: ".o_field_widget[name=company_name_locked] input:checked",
        },
        {
            content: "Let people change the website",
            trigger: ".o_field_widget[name=website_locked] input:checked",
            run: "click",
        },
        {
            content: "Give a default website",
            trigger: ".o_field_widget[name=website] input",
            run: "edit www.tour.example",
        },
        ...stepUtils.saveForm(),
    ],
});

// 2. from the Users list, cards for the selected people
registry.category("web_tour.tours").add("mtap_hub_card_bulk_tour", {
    url: "/odoo/action-base.action_res_users",
    steps: () => [
        {
            content: "Select Carla",
            trigger: ".o_data_row:contains(Carla Tour) .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Select Dario",
            trigger: ".o_data_row:contains(Dario Tour) .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Open the actions",
            trigger: ".o_control_panel .o_cp_action_menus button",
            run: "click",
        },
        {
            content: "Create their mTap cards",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains(Create mTap Cards)",
            run: "click",
        },
        {
            content: "The company's template is picked, two cards are to be made",
            trigger:
                ".modal .o_field_widget[name=template_id] input:value(Tour Team)",
        },
        {
            content: "Two new cards",
            trigger: ".modal .o_field_widget[name=summary]:contains(2 new cards)",
        },
        {
            content: "Create the cards",
            trigger: ".modal-footer button[name=action_apply]",
            run: "click",
        },
        {
            content: "The cards of the template are listed",
            trigger: ".o_list_view .o_data_row:contains(Dario Tour)",
        },
    ],
});

// 3. a person opens their card: the template's fields are read-only
registry.category("web_tour.tours").add("mtap_hub_locked_card_tour", {
    url: "/odoo",
    steps: () => [
        ...openMtapHub(),
        {
            content: "Open My Card",
            trigger: ".o_main_navbar [data-menu-xmlid='mtap_hub.mtap_hub_menu_my_card']",
            run: "click",
        },
        {
            content: "The company name is the template's, read-only",
            trigger:
                ".o_form_view .o_field_widget[name=company_name].o_readonly_modifier:contains(Tour Corp)",
        },
        {
            content: "It cannot be typed in",
            trigger: ".o_form_view:not(:has(.o_field_widget[name=company_name] input))",
        },
        {
            content: "The card says where its locked fields come from",
            trigger: ".o_form_view:contains(set by the card template)",
        },
        {
            content: "The default website is mine to change",
            trigger: ".o_field_widget[name=website] input",
            run: "edit https://carla.tour.example",
        },
        {
            content: "So is the job title",
            trigger: ".o_field_widget[name=job_title] input",
            run: "edit Tour Guide",
        },
        ...stepUtils.saveForm(),
    ],
});
