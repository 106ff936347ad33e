import { registry } from "@web/core/registry";
import { openMtapHub, setInputFile } from "./mtap_hub_tour_utils";

registry.category("web_tour.tours").add("mtap_hub_card_scan_tour", {
    url: "/odoo",
    steps: () => [
        ...openMtapHub(),
        {
            content: "Open the Contacts menu",
            trigger: ".o_main_navbar [data-menu-xmlid='mtap_hub.mtap_hub_menu_contacts']",
            run: "click",
        },
        {
            content: "Open the Contacts",
            trigger: ".dropdown-item[data-menu-xmlid='mtap_hub.mtap_hub_menu_contacts_all']",
            run: "click",
        },
        {
            content: "Switch to the cards (the view the phone shows)",
            trigger: ".o_control_panel .o_switch_view.o_kanban",
            run: "click",
        },
        {
            content: "Scan a card",
            trigger: ".o_mtap_capture_bar .o_mtap_capture_scan",
            run: "click",
        },
        {
            content: "Take the photo (the phone's camera is outside this machine: the test gives the file)",
            trigger: ".modal .o_field_widget[name=scan_image] input[type=file]",
            async run() {
                const response = await fetch("/web/content/mtap_hub.tour_card_scan_image");
                const blob = await response.blob();
                setInputFile(
                    ".modal .o_field_widget[name=scan_image] input[type=file]",
                    new File([blob], "card.png", { type: "image/png" })
                );
            },
        },
        {
            content: "The chosen photo shows at once, while the card is read",
            trigger: ".modal .o_mtap_card_photo:has(img.o_mtap_card_photo_img) .o_mtap_card_photo_reading:contains(Reading the card)",
        },
        {
            content: "The card is read into the form",
            trigger: ".modal .o_field_widget[name=name] input:value(Jane Cooper)",
            timeout: 60000,
        },
        {
            content: "The card as read is shown beside the photo",
            trigger: ".modal .o_field_widget[name=scan_card_image] img",
        },
        {
            content: "The e-mail too",
            trigger: ".modal .o_field_widget[name=email] input:value(jane.cooper@northwindlabs.com)",
        },
        {
            content: "Correct the job title",
            trigger: ".modal .o_field_widget[name=function] input",
            run: "edit Head of Sales",
        },
        {
            content: "Save",
            trigger: ".modal footer button[name=action_save]",
            run: "click",
        },
        {
            content: "Land on the new Contact",
            trigger: ".o_breadcrumb .active:contains(Jane Cooper)",
        },
        {
            content: "The card's photo is on the Contact's lean view",
            trigger: ".o_field_widget[name=mtap_card_image] img",
        },
    ],
});
