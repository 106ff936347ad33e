import { registry } from "@web/core/registry";
import { openMtapHub, setInputFile } from "./mtap_hub_tour_utils";

// three cards: a new person, someone already in the contacts, and a card naming nobody
export const PHONE_BOOK = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Vera Vcard",
    "ORG:Vcard Works",
    "EMAIL;TYPE=work:vera@vcard.example",
    "TEL;TYPE=cell:+32 470 99 88 77",
    "CATEGORIES:Tour Import",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Sam Again",
    "EMAIL:sam@shared.example",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "NOTE:nobody",
    "END:VCARD",
    "",
].join("\r\n");

function openContactsMenu(xmlid, content) {
    return [
        {
            content: "Open the Contacts menu",
            trigger: ".o_main_navbar [data-menu-xmlid='mtap_hub.mtap_hub_menu_contacts']",
            run: "click",
        },
        {
            content,
            trigger: `.dropdown-item[data-menu-xmlid='mtap_hub.${xmlid}']`,
            run: "click",
        },
    ];
}

registry.category("web_tour.tours").add("mtap_hub_contacts_tour", {
    url: "/odoo",
    steps: () => [
        ...openMtapHub(),
        // 1. by hand, with the duplicate warning
        ...openContactsMenu("mtap_hub_menu_contacts_add", "Add a contact by hand"),
        {
            content: "Type the name",
            trigger: ".modal .o_field_widget[name=name] input",
            run: "edit Sam Tour",
        },
        {
            content: "Type an e-mail someone already has",
            trigger: ".modal .o_field_widget[name=email] input",
            run: "edit SAM@shared.example",
        },
        {
            content: "Leave the field",
            trigger: ".modal .o_field_widget[name=phone] input",
            run: "click",
        },
        {
            content: "Warned before saving, with who has it",
            trigger: ".modal .alert-warning:contains(Same e-mail as):contains(Shared Sam)",
        },
        {
            content: "Use another address",
            trigger: ".modal .o_field_widget[name=email] input",
            run: "edit sam.tour@new.example",
        },
        {
            content: "Leave the field",
            trigger: ".modal .o_field_widget[name=phone] input",
            run: "click",
        },
        {
            content: "The warning is gone",
            trigger: ".modal:not(:has(.alert-warning)) .o_field_widget[name=email] input:value(sam.tour@new.example)",
        },
        {
            content: "Save",
            trigger: ".modal footer button[name=action_save]",
            run: "click",
        },
        {
            content: "Land on the new Contact",
            trigger: ".o_breadcrumb .active:contains(Sam Tour)",
        },
        // 2. from another profile's QR code, read by the camera
        ...openContactsMenu("mtap_hub_menu_contacts_add_qr", "Add a contact from a QR code"),
        {
            content: "The phone's camera reads Bob's card (the camera is outside this machine)",
            trigger: ".modal .o_field_widget[name=qr_code] textarea",
            run() {
                const scanner = odoo.loader.modules.get("@web/core/barcode/barcode_dialog");
                scanner.scanBarcode = async () => `${window.location.origin}/mtap/bob-mtap-q9z4`;
            },
        },
        {
            content: "Scan with the camera",
            trigger: ".modal .o_mtap_qr_scan",
            run: "click",
        },
        {
            content: "The form is filled from Bob's published card",
            trigger: ".modal .o_field_widget[name=name] input:value(Bob Mtap)",
        },
        {
            content: "It is an mTap card: I can send mine back",
            trigger: ".modal .alert-info:contains(Bob Mtap) .o_field_widget[name=exchange_back] input:checked",
        },
        {
            content: "Save",
            trigger: ".modal footer button[name=action_save]",
            run: "click",
        },
        {
            content: "Land on Bob's Contact",
            trigger: ".o_breadcrumb .active:contains(Bob Mtap)",
        },
        // 3. a phone book
        ...openContactsMenu("mtap_hub_menu_contacts_import", "Import a phone book"),
        {
            content: "Start an import",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "Upload the .vcf file",
            trigger: ".o_field_widget[name=file] input[type=file]:not(:visible)",
            run() {
                setInputFile(
                    ".o_field_widget[name=file] input[type=file]",
                    new File([PHONE_BOOK], "phone.vcf", { type: "text/vcard" })
                );
            },
        },
        {
            content: "The file is there",
            trigger: ".o_field_widget[name=file] input:value(phone.vcf)",
        },
        {
            content: "Preview it",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_preview]",
            run: "click",
        },
        {
            content: "A new card",
            trigger: ".o_data_row:has(.o_data_cell[name=name]:contains(Vera Vcard)) .o_field_widget[name=status]:contains(New)",
        },
        {
            content: "A duplicate, with who it is",
            trigger: ".o_data_row:has(.o_data_cell[name=name]:contains(Sam Again)):has(.o_data_cell[name=partner_id]:contains(Shared Sam)) .o_field_widget[name=status]:contains(Duplicate)",
        },
        {
            content: "A card that cannot be imported, and why",
            trigger: ".o_data_row:has(.o_data_cell[name=message]:contains(no name)) .o_field_widget[name=status]:contains(Error)",
        },
        {
            content: "Import",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_import]",
            run: "click",
        },
        {
            content: "Done: one created, one skipped, one failed",
            trigger: ".o_notification:contains(1 created, 0 updated, 1 skipped, 1 failed)",
        },
        {
            content: "The import closed onto the Contact it made",
            trigger: ".o_list_view .o_data_row .o_data_cell:contains(Vera Vcard)",
        },
        {
            content: "Nothing of the import's screens left behind it",
            trigger: ".o_breadcrumb:not(:has(.breadcrumb-item:not(.active))) .active:contains(Imported from phone.vcf)",
        },
    ],
});
