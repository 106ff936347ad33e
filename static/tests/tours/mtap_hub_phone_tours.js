import { registry } from "@web/core/registry";

/** Fails unless the step's element is fully on screen. */
function assertOnScreen() {
    const box = this.anchor.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) {
        throw new Error(`Not on screen: ${JSON.stringify(box)}`);
    }
}

registry.category("web_tour.tours").add("mtap_hub_phone_share_tour", {
    steps: () => [
        {
            content: "My Card opens on the share screen with the QR code in view",
            trigger: ".o_mtap_share_screen .o_mtap_share_qr img",
            run: assertOnScreen,
        },
        {
            content: "The full public address is shown",
            trigger: ".o_mtap_share_url:contains(/mtap/alice-mtap-x7k2)",
        },
        {
            content: "The counters are in view",
            trigger: ".o_mtap_share_screen .o_mtap_counter:contains(Leads Waiting):contains(2)",
        },
        {
            content: "Tap the QR code",
            trigger: ".o_mtap_share_qr",
            run: "click",
        },
        {
            content: "The QR code alone, full screen",
            trigger: ".modal .o_mtap_qr_fullscreen .o_mtap_qr_big img",
        },
        {
            content: "Close it",
            trigger: ".modal-footer button:contains(Close)",
            run: "click",
        },
        {
            content: "Watch the clipboard (the phone's own service)",
            trigger: ".o_mtap_share_copy",
            run() {
                navigator.clipboard.writeText = async (text) => {
                    window.mtapCopied = text;
                };
            },
        },
        {
            content: "Copy the address",
            trigger: ".o_mtap_share_copy",
            run: "click",
        },
        {
            content: "What was copied is the full address",
            trigger: ".o_mtap_share_copy",
            run() {
                // the shared link says it is one
                if (!window.mtapCopied?.endsWith("/mtap/alice-mtap-x7k2?s=link")) {
                    throw new Error(`Copied: ${window.mtapCopied}`);
                }
            },
        },
        {
            content: "The address was copied",
            trigger: ".o_notification:contains(Card address copied)",
        },
        {
            content: "The card's funnel: the two Leads its Exchanges brought in",
            trigger:
                ".o_mtap_funnel .o_mtap_funnel_step[data-step=lead_count] .o_mtap_funnel_value:contains(2)",
        },
        {
            content: "Show the card at an event",
            trigger: ".o_mtap_share_event select",
            run() {
                const option = [...this.anchor.options].find((o) => o.text === "Expo Tour");
                this.anchor.value = option.value;
                this.anchor.dispatchEvent(new Event("change"));
            },
        },
        {
            content: "The shared link now carries the event",
            trigger: ".o_mtap_share_url:contains(?s=link&e=)",
        },
        {
            content: "Switch to the other card in one tap",
            trigger: ".o_mtap_share_switch button:contains(Alice at Events)",
            run: "click",
        },
        {
            content: "The other card's share screen",
            trigger: ".o_mtap_share_url:contains(/mtap/alice-events-q2w8)",
        },
    ],
});

registry.category("web_tour.tours").add("mtap_hub_phone_today_tour", {
    steps: () => [
        {
            content: "Today lists the Lead due, with what the visitor wrote",
            trigger: ".o_mtap_today_kanban .o_kanban_record:contains(Dora Due):contains(Let us talk about pumps)",
        },
        {
            trigger: ".o_mtap_today_kanban .o_kanban_record:contains(Dora Due) .o_mtap_today_call",
        },
        {
            content: "Mark it done in one tap",
            trigger: ".o_mtap_today_kanban .o_kanban_record:contains(Dora Due) .o_mtap_today_done",
            run: "click",
        },
        {
            content: "The next follow-up is announced",
            trigger: ".o_notification:contains(Next follow-up of Dora Due)",
        },
        {
            content: "Dora left Today, Connie the Contact stays",
            trigger: ".o_mtap_today_kanban:not(:has(.o_kanban_record:contains(Dora Due))) .o_kanban_record:contains(Connie Contact)",
        },
    ],
});

registry.category("web_tour.tours").add("mtap_hub_phone_capture_tour", {
    steps: () => [
        {
            content: "Scan Card is one tap away on the Contacts screen",
            trigger: ".o_mtap_capture_bar .o_mtap_capture_scan",
            run: assertOnScreen,
        },
        {
            content: "Add from QR Code too",
            trigger: ".o_mtap_capture_bar .o_mtap_capture_qr",
            run: assertOnScreen,
        },
        {
            content: "Scan Card opens the scan form at once",
            trigger: ".o_mtap_capture_bar .o_mtap_capture_scan",
            run: "click",
        },
        {
            trigger: ".modal .o_mtap_card_scan",
        },
        {
            trigger: ".modal-footer button:contains(Discard)",
            run: "click",
        },
        {
            content: "New opens the short Add Contact form",
            trigger: ".o_control_panel .o-kanban-button-new",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=name] input",
            run: "edit Anna First",
        },
        {
            trigger: ".modal .o_field_widget[name=email] input",
            run: "edit anna.first@example.com",
        },
        {
            content: "Save and add another",
            trigger: ".modal .o_mtap_save_and_new",
            run: "click",
        },
        {
            content: "A new empty form",
            trigger: ".modal:not(:has(input:value(Anna First))) .o_field_widget[name=email] input",
        },
        {
            trigger: ".modal .o_field_widget[name=name] input",
            run: "edit Ben Second",
        },
        {
            trigger: ".modal .o_field_widget[name=phone] input",
            run: "edit 0470 12 34 56",
        },
        {
            trigger: ".modal-footer button[name=action_save]",
            run: "click",
        },
        {
            content: "The lean Contact view, with the full form one tap away",
            trigger: ".o_mtap_contact_lean .o_field_widget[name=name] input:value(Ben Second)",
        },
        {
            trigger: ".o_mtap_contact_lean button[name=action_mtap_open_full_form]",
        },
    ],
});

registry.category("web_tour.tours").add("mtap_hub_phone_convert_tour", {
    steps: () => [
        {
            content: "The Lead card shows what the visitor wrote",
            trigger: ".o_mtap_lead_kanban .o_kanban_record:contains(Carla Convert):contains(Send me the catalogue)",
        },
        {
            content: "Convert in one tap",
            trigger: ".o_mtap_lead_kanban .o_kanban_record:contains(Carla Convert) .o_mtap_kanban_convert",
            run: "click",
        },
        {
            content: "One Lead: a simple form, no table",
            trigger: ".modal .o_mtap_convert_single:contains(Carla Convert)",
        },
        {
            trigger: ".modal:not(:has(.o_field_widget[name=line_ids]:visible))",
        },
        {
            trigger: ".modal-footer button[name=action_apply]",
            run: "click",
        },
        {
            content: "The new Contact on the lean view",
            trigger: ".o_mtap_contact_lean .o_field_widget[name=name] input:value(Carla Convert)",
        },
    ],
});

registry.category("web_tour.tours").add("mtap_hub_phone_due_filter_tour", {
    steps: () => [
        {
            content: "The inbox shows both Leads",
            trigger: ".o_mtap_lead_kanban:has(.o_kanban_record:contains(Dora Due)):has(.o_kanban_record:contains(Nina Notdue))",
        },
        {
            content: "Show the search bar",
            trigger: ".o_control_panel button:has(.fa-search)",
            run: "click",
        },
        {
            content: "Open the filters",
            trigger: ".o_searchview_dropdown_toggler",
            run: "click",
        },
        {
            content: "Add Follow-up Due Today",
            trigger: ".o_filter_menu .o_menu_item:contains(Follow-up Due Today)",
            run: "click",
        },
        {
            content: "Inbox and Due Today together: only the due Lead",
            trigger: ".o_mtap_lead_kanban:has(.o_kanban_record:contains(Dora Due)):not(:has(.o_kanban_record:contains(Nina Notdue)))",
        },
    ],
});
