import { registry } from "@web/core/registry";
import { PHONE_BOOK } from "./mtap_hub_contacts_tour";
import { setInputFile } from "./mtap_hub_tour_utils";

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
            content: "A user is told in one line, folded, to ask their administrator",
            trigger: ".o_mtap_share_screen details.o_mtap_public_url_warning_short:not([open]) summary",
            run() {
                const details = this.anchor.closest("details");
                if (!details.textContent.includes("Ask your administrator")) {
                    throw new Error("No 'ask your administrator'");
                }
                if (details.getBoundingClientRect().height > 80) {
                    throw new Error("The folded warning takes too much room");
                }
                if (document.querySelector(".o_mtap_share_screen").textContent.includes("web.base.url")) {
                    throw new Error("The administrator's text is shown");
                }
            },
        },
        {
            content: "The bookmarkable address stays My Card's",
            trigger: ".o_mtap_share_screen",
            run() {
                if (!window.location.pathname.startsWith("/odoo/my-mtap-card")) {
                    throw new Error(`Address: ${window.location.pathname}`);
                }
            },
        },
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
            content: "Dora left Today, Connie the Contact stays, saying where we met",
            trigger: ".o_mtap_today_kanban:not(:has(.o_kanban_record:contains(Dora Due))) .o_kanban_record:contains(Connie Contact) .o_mtap_today_reason:contains(Met: Expo Ghent)",
        },
        {
            content: "No '0 done' on a first follow-up",
            trigger: ".o_mtap_today_kanban .o_kanban_record:contains(Connie Contact):not(:contains(0 done))",
        },
        {
            content: "E-mail Connie",
            trigger: ".o_mtap_today_kanban .o_kanban_record:contains(Connie Contact) .o_mtap_today_email",
            run: "click",
        },
        {
            content: "The check-in e-mail, written for her",
            trigger: ".modal .o_mtap_followup_mail .o_field_widget[name=body]:contains(Hello Connie Contact)",
        },
        {
            content: "Send",
            trigger: ".modal .o_mtap_followup_send",
            run: "click",
        },
        {
            content: "Sending it was the follow-up: done, with Undo",
            trigger: ".o_mtap_undo_notification:contains(follow-up done) button:contains(Undo)",
        },
        {
            content: "Connie left Today",
            trigger: ".o_mtap_today_kanban:not(:has(.o_kanban_record:contains(Connie Contact)))",
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
            content: "The big placeholder opens the camera on the first tap",
            trigger: ".modal .o_mtap_card_scan .o_mtap_card_photo_placeholder",
            run() {
                const input = document.querySelector(
                    ".modal .o_field_widget[name=scan_image] input[type=file]"
                );
                if (input.accept !== "image/*" || input.getAttribute("capture") !== "environment") {
                    throw new Error(`Input: ${input.outerHTML}`);
                }
                if (this.anchor.getBoundingClientRect().height < 100) {
                    throw new Error("The placeholder is no big target");
                }
                let opened = false;
                // the phone's camera is outside this machine: note the tap, open nothing
                input.addEventListener(
                    "click",
                    (ev) => {
                        opened = true;
                        ev.preventDefault();
                    },
                    { once: true }
                );
                this.anchor.click();
                if (!opened) {
                    throw new Error("Tapping the placeholder opened no camera");
                }
            },
        },
        {
            trigger: ".modal-footer button:contains(Discard)",
            run: "click",
        },
        {
            content: "Add from a QR code",
            trigger: ".o_mtap_capture_bar .o_mtap_capture_qr",
            run: "click",
        },
        {
            content: "A camera for the scanner (the phone's is outside this machine)",
            trigger: ".modal .o_mtap_qr_scan",
            run() {
                const canvas = document.createElement("canvas");
                canvas.width = 640;
                canvas.height = 480;
                const context = canvas.getContext("2d");
                window.mtapCamera = setInterval(() => {
                    context.fillStyle = "#888";
                    context.fillRect(0, 0, 640, 480);
                }, 50);
                navigator.mediaDevices.getUserMedia = async () => canvas.captureStream(20);
            },
        },
        {
            content: "Scan with the camera",
            trigger: ".modal .o_mtap_qr_scan",
            run: "click",
        },
        {
            content: "The scanner's frame is a square, for a QR code",
            trigger: ".o-barcode-modal .o_crop_container:has(.o_crop_overlay)",
            run() {
                const style = getComputedStyle(this.anchor);
                const overlay = this.anchor.querySelector(".o_crop_overlay").getBoundingClientRect();
                const width = overlay.width - 2 * parseFloat(style.getPropertyValue("--o-crop-x"));
                const height = overlay.height - 2 * parseFloat(style.getPropertyValue("--o-crop-y"));
                clearInterval(window.mtapCamera);
                if (!(width > 150 && Math.abs(width - height) < 3)) {
                    throw new Error(`Frame ${width} x ${height}`);
                }
            },
        },
        {
            trigger: ".o-barcode-modal button[aria-label=Close]",
            run: "click",
        },
        {
            trigger: ".modal-footer button:contains(Discard)",
            run: "click",
        },
        {
            content: "Add opens the short Add Contact form",
            trigger: ".o_mtap_capture_bar .o_mtap_capture_add",
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
            trigger: ".o_mtap_contact_lean .o_field_widget[name=name] textarea:value(Ben Second)",
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
            trigger: ".o_mtap_contact_lean .o_field_widget[name=name] textarea:value(Carla Convert)",
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

registry.category("web_tour.tours").add("mtap_hub_phone_new_lead_tour", {
    steps: () => [
        {
            content: "The autofilled Exchange is in the inbox, marked sent quickly",
            trigger: ".o_mtap_lead_kanban .o_kanban_record:contains(Quick Quinn) .o_mtap_sent_quickly",
        },
        {
            content: "Open the notifications",
            trigger: ".o_menu_systray i[aria-label='Messages']",
            run: "click",
        },
        {
            content: "The new Lead's notice arrives with the visitor's message",
            trigger: ".o-mail-NotificationItem:contains(Quick Quinn):contains(Need 40 pumps by May)",
            run: "click",
        },
        {
            content: "The notice, in full, has a one-tap Open",
            trigger: ".o-mail-Message:contains(Quinn Pumps) a.o_mtap_open_lead",
            run: "click",
        },
        {
            content: "It opens the mTap Lead screen, the message first",
            trigger: ".o_mtap_lead_form .o_mtap_lead_message:contains(Need 40 pumps by May)",
            run: assertOnScreen,
        },
        {
            content: "The phone is shown readable, with a tap to call",
            trigger: ".o_mtap_lead_form .o_field_widget[name=phone_display]:has(a[href='tel:+32470556677']) input",
            run() {
                if (this.anchor.value !== "+32 470 55 66 77") {
                    throw new Error(`Phone shown as ${this.anchor.value}`);
                }
            },
        },
        {
            content: "Archive (from the header's menu when the phone folds it)",
            trigger: ".o_mtap_lead_form .o_statusbar_buttons",
            run() {
                if (!document.querySelector("button[name=action_mtap_archive]")) {
                    this.anchor.querySelector(".dropdown-toggle").click();
                }
            },
        },
        {
            content: "Archive",
            trigger: "button[name=action_mtap_archive]",
            run: "click",
        },
        {
            content: "It asks why, in a networker's words",
            trigger: ".modal .o_mtap_archive_reasons:contains(Spam):contains(Already known) .o_mtap_archive_not_a_fit",
            run: "click",
        },
        {
            content: "Archived, said with an Undo",
            trigger: ".o_mtap_undo_notification:contains(Quick Quinn archived: Not a fit) button:contains(Undo)",
        },
        {
            content: "The Lead shows it is archived",
            trigger: ".o_mtap_lead_form .ribbon:contains(Archived)",
        },
        {
            content: "Undo",
            trigger: ".o_mtap_undo_notification button:contains(Undo)",
            run: "click",
        },
        {
            content: "Back in the inbox",
            trigger: ".o_mtap_lead_form:not(:has(.ribbon:contains(Archived))) .o_mtap_lead_message",
        },
    ],
});

registry.category("web_tour.tours").add("mtap_hub_phone_contacts_tour", {
    steps: () => [
        {
            content: "A Contact's card: the person's name first, in full, company and job under it",
            trigger: ".o_kanban_record:has(.o_mtap_contact_card_name:contains(Maximiliane))",
            run() {
                const name = this.anchor.querySelector(".o_mtap_contact_card_name");
                const text = this.anchor.querySelector("main").innerText.trim();
                if (!text.startsWith("Maximiliane Vandenberghe-Oosterlinck")) {
                    throw new Error(`The card starts with: ${text}`);
                }
                if (name.scrollWidth > name.clientWidth + 1 || name.getBoundingClientRect().right > window.innerWidth) {
                    throw new Error("The name is cut");
                }
                const company = this.anchor.querySelector(".o_mtap_contact_card_company");
                const job = this.anchor.querySelector(".o_mtap_contact_card_job");
                if (!company?.innerText.includes("Vandenberghe Industrial Pumps") || !job?.innerText.includes("Head of Procurement")) {
                    throw new Error(`Company and job: ${company?.innerText} / ${job?.innerText}`);
                }
                if (name.getBoundingClientRect().top >= company.getBoundingClientRect().top) {
                    throw new Error("The company is not under the name");
                }
            },
        },
        {
            content: "One way to add a Contact: Add in the bar, no second New",
            trigger: ".o_mtap_capture_bar .o_mtap_capture_add",
            run() {
                assertOnScreen.call(this);
                if (document.querySelector(".o_control_panel .o-kanban-button-new")) {
                    throw new Error("New is shown next to Add");
                }
                const again = [...document.querySelectorAll(".o_control_panel button")].filter(
                    (button) => /Scan Card|Add Contact|QR Code/.test(button.innerText)
                );
                if (again.length) {
                    throw new Error(`Twice: ${again.map((button) => button.innerText)}`);
                }
            },
        },
        {
            content: "Open the Contact",
            trigger: ".o_kanban_record .o_mtap_contact_card_name:contains(Maximiliane)",
            run: "click",
        },
        {
            content: "The light mTap Contact screen, the name whole",
            trigger: ".o_mtap_contact_lean .o_field_widget[name=name] textarea:value(Maximiliane Vandenberghe-Oosterlinck)",
            run() {
                const box = this.anchor.getBoundingClientRect();
                if (this.anchor.scrollHeight > this.anchor.clientHeight + 2 || box.right > window.innerWidth) {
                    throw new Error("The name is cut");
                }
            },
        },
        {
            content: "Its company and job",
            trigger: ".o_mtap_contact_lean:has(.o_field_widget[name=parent_id]:contains(Vandenberghe Industrial Pumps)) .o_field_widget[name=function] input:value(Head of Procurement)",
        },
        {
            content: "The phone is one tap to call",
            trigger: ".o_mtap_contact_lean .o_field_widget[name=phone] a[href='tel:+32470998877']",
        },
        {
            content: "The e-mail one tap to write",
            trigger: ".o_mtap_contact_lean .o_field_widget[name=email] a[href='mailto:max@vip.example']",
        },
        {
            content: "When to follow up, and where we met",
            trigger: ".o_mtap_contact_lean:has(.o_field_widget[name=mtap_followup_date]:visible):has(.o_field_widget[name=mtap_met_event] input:value(Pump Expo)) .o_field_widget[name=comment]",
        },
        {
            content: "No Odoo partner form, no New on it; the title names the person",
            trigger: ".o_mtap_contact_lean",
            run() {
                if (this.anchor.querySelector(".o_notebook") || document.querySelector(".o_form_button_create")) {
                    throw new Error("The full partner form, or New");
                }
                const title = document.querySelector(".o_control_panel .o_breadcrumb, .o_main_navbar .o_breadcrumb, .o_breadcrumb");
                if (title && !title.innerText.trim().startsWith("Maximiliane")) {
                    throw new Error(`Title: ${title.innerText}`);
                }
            },
        },
        {
            content: "Back to the Contacts",
            trigger: "button.o_back_button",
            run: "click",
        },
        {
            content: "Add from a QR code",
            trigger: ".o_mtap_capture_bar .o_mtap_capture_qr",
            run: "click",
        },
        {
            content: "Paste what the code holds",
            trigger: ".modal .o_field_widget[name=qr_code] textarea",
            run: "edit MECARD:N:Tap,Twice;EMAIL:twice@tap.example;;",
        },
        {
            trigger: ".modal .o_field_widget[name=met_event] input",
            run: "click",
        },
        {
            content: "The form is filled from the code",
            trigger: ".modal .o_field_widget[name=name] input:value(Twice Tap)",
        },
        {
            content: "Save, twice in a row (a double tap)",
            trigger: ".modal-footer button[name=action_save]",
            run() {
                this.anchor.click();
                this.anchor.click();
            },
        },
        {
            content: "The new Contact, and the dialog closed",
            trigger: "body:not(:has(.modal)) .o_mtap_contact_lean .o_field_widget[name=name] textarea:value(Twice Tap)",
        },
    ],
});

/** Tap the header button ``name``, from the header's menu when the phone folds it. */
function headerButton(name, content) {
    return [
        {
            content: `${content} (from the header's menu when the phone folds it)`,
            trigger: ".o_form_view .o_statusbar_buttons",
            run() {
                if (!document.querySelector(`.o_statusbar_buttons button[name=${name}]`)) {
                    this.anchor.querySelector(".dropdown-toggle").click();
                }
            },
        },
        {
            content,
            trigger: `button[name=${name}]`,
            run: "click",
        },
    ];
}

registry.category("web_tour.tours").add("mtap_hub_phone_import_tour", {
    steps: () => [
        {
            content: "Start an import",
            trigger: ".o_control_panel .o_list_button_add",
            run: "click",
        },
        {
            content: "Upload the phone book",
            trigger: ".o_field_widget[name=file] input[type=file]:not(:visible)",
            run() {
                setInputFile(
                    ".o_field_widget[name=file] input[type=file]",
                    new File([PHONE_BOOK], "phone.vcf", { type: "text/vcard" })
                );
            },
        },
        {
            trigger: ".o_field_widget[name=file] input:value(phone.vcf)",
        },
        ...headerButton("action_preview", "Preview it"),
        {
            content: "Each person is a card: name, company, e-mail and phone, what will happen",
            trigger: ".o_field_widget[name=line_ids] .o_kanban_record:contains(Vera Vcard):contains(Vcard Works):contains(vera@vcard.example):contains(+32 470 99 88 77):contains(New):contains(Will be: Created)",
        },
        {
            content: "A duplicate, with who it is and that it will be skipped",
            trigger: ".o_field_widget[name=line_ids] .o_kanban_record:contains(Sam Again):contains(Duplicate):contains(Shared Sam):contains(Will be: Skipped)",
        },
        {
            content: "A card that cannot be imported, and why",
            trigger: ".o_field_widget[name=line_ids] .o_kanban_record:contains(Error):contains(Not imported) .o_mtap_import_card_message:contains(no name)",
        },
        {
            content: "No table to scroll sideways",
            trigger: ".o_form_view .o_mtap_import_cards",
            run() {
                const page = document.querySelector(".o_action_manager .o_content") || document.scrollingElement;
                if (page.scrollWidth > window.innerWidth || document.scrollingElement.scrollWidth > window.innerWidth) {
                    throw new Error(`The page is ${page.scrollWidth} px wide`);
                }
                if (document.querySelector(".o_field_widget[name=line_ids] table")) {
                    throw new Error("The cards are a table");
                }
            },
        },
        {
            content: "One tap back leaves the import",
            trigger: "button.o_back_button",
            run: "click",
        },
        {
            content: "The imports, this one waiting in its preview",
            trigger: ".o_list_view .o_data_row:contains(phone.vcf):contains(Preview) .o_data_cell[name=name]",
            run: "click",
        },
        ...headerButton("action_import", "Import"),
        {
            content: "It says what was done",
            trigger: ".o_notification:contains(1 created, 0 updated, 1 skipped, 1 failed)",
        },
        {
            content: "It closed onto the Contact it made, no import screen behind",
            trigger: "body:not(:has(button.o_back_button)) .o_kanban_record:contains(Vera Vcard)",
        },
    ],
});

registry.category("web_tour.tours").add("mtap_hub_phone_signature_tour", {
    steps: () => [
        ...headerButton("action_open_signature", "E-mail Signature"),
        {
            content: "The signature as it will look, not its code, within the screen",
            trigger: ".modal .o_mtap_signature_preview:contains(Alice Mtap)",
            run() {
                if (!this.anchor.querySelector("a[href*='?s=signature']") || this.anchor.innerText.includes("<a")) {
                    throw new Error(`Preview: ${this.anchor.innerHTML}`);
                }
                const box = this.anchor.getBoundingClientRect();
                if (box.left < 0 || box.right > window.innerWidth) {
                    throw new Error(`Preview off screen: ${JSON.stringify(box)}`);
                }
            },
        },
        {
            content: "The HTML code is folded away",
            trigger: ".modal details.o_mtap_signature_html:not([open])",
            run() {
                if (this.anchor.querySelector(".o_mtap_signature_source").checkVisibility()) {
                    throw new Error("The code is shown");
                }
            },
        },
        {
            content: "Watch the clipboard (the phone's own service)",
            trigger: ".modal .o_mtap_signature_copy",
            run() {
                navigator.clipboard.write = async (items) => {
                    window.mtapCopied = {
                        types: [...items[0].types],
                        html: await (await items[0].getType("text/html")).text(),
                        text: await (await items[0].getType("text/plain")).text(),
                    };
                };
            },
        },
        {
            content: "Copy the signature",
            trigger: ".modal .o_mtap_signature_copy",
            run: "click",
        },
        {
            content: "Copied as rich text, and as text",
            trigger: ".o_notification:contains(Signature copied)",
            run() {
                const copied = window.mtapCopied;
                if (!copied?.html.includes("?s=signature") || !copied.text.includes("Alice Mtap") || copied.text.includes("<")) {
                    throw new Error(`Copied: ${JSON.stringify(copied)}`);
                }
            },
        },
        {
            content: "Unfold the code, for who needs it",
            trigger: ".modal details.o_mtap_signature_html summary",
            run: "click",
        },
        {
            content: "The code, wrapped within the screen",
            trigger: ".modal .o_mtap_signature_source:visible:contains(s=signature)",
            run() {
                if (this.anchor.getBoundingClientRect().right > window.innerWidth) {
                    throw new Error("The code runs off the screen");
                }
            },
        },
    ],
});

/** From the card template, Create Cards, then tick ``names`` in Pick People in one go. */
function createCardsFor(names) {
    const steps = [
        ...headerButton("action_create_cards", "Create Cards from the template"),
        {
            content: "Pick several people at once",
            trigger: ".modal .o_field_widget[name=user_ids] .o_mtap_pick_people",
            run: "click",
        },
    ];
    for (const name of names) {
        steps.push({
            content: `Tick ${name}`,
            trigger: `.o_mtap_people_dialog .o_mtap_people_row:contains(${name}) input[type=checkbox]`,
            run: "click",
        });
    }
    steps.push(
        {
            content: "Add them together",
            trigger:
                ".o_mtap_people_dialog .o_mtap_people_add:contains(" +
                (names.length === 1 ? "Add 1 Person" : "Add " + names.length + " People") +
                ")",
            run: "click",
        },
        {
            content: "They are all picked",
            trigger: `.modal:not(:has(.o_mtap_people_dialog)) .o_field_widget[name=user_ids]${names
                .map((name) => `:contains(${name})`)
                .join("")}`,
        }
    );
    return steps;
}

registry.category("web_tour.tours").add("mtap_hub_phone_bulk_preview_tour", {
    steps: () => [
        ...createCardsFor(["Carla Team", "Dario Team"]),
        {
            content: "The preview lists the published phone that would change",
            trigger: ".modal .o_mtap_bulk_published_changes:contains(Carla Team):contains(+32 470 11 11 11):contains(+32 2 555 12 12)",
            run: assertOnScreen,
        },
        {
            content: "The card is left alone unless the box is ticked",
            trigger: ".modal .o_mtap_bulk_published_changes .o_field_widget[name=update_published] input:not(:checked)",
        },
        {
            content: "One new card for Dario",
            trigger: ".modal .o_field_widget[name=summary]:contains(1 new card)",
        },
        {
            content: "Create the cards",
            trigger: ".modal-footer button[name=action_apply]",
            run: "click",
        },
        {
            content: "The cards made are shown",
            trigger: "body:not(:has(.modal)) .o_kanban_record:contains(Dario Team)",
        },
        {
            content: "Back to the template",
            trigger: "button.o_back_button",
            run: "click",
        },
        ...createCardsFor(["Carla Team"]),
        {
            content: "Carla's card was left alone: its phone would still change",
            trigger: ".modal .o_mtap_bulk_published_changes:contains(+32 470 11 11 11)",
        },
        {
            content: "This time, change the published card too",
            trigger: ".modal .o_mtap_bulk_published_changes .o_field_widget[name=update_published] input",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=update_published] input:checked",
        },
        {
            content: "Update it",
            trigger: ".modal-footer button[name=action_apply]",
            run: "click",
        },
        {
            trigger: "body:not(:has(.modal)) .o_kanban_record:contains(Carla Team)",
        },
    ],
});
