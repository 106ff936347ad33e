import { stepUtils } from "@web_tour/tour_utils";

/** The steps that open the mTap Hub app from the home menu. */
export function openMtapHub() {
    return [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the mTap Hub app",
            trigger: ".o_app[data-menu-xmlid='mtap_hub.mtap_hub_menu_root']",
            run: "click",
        },
    ];
}

/**
 * Give ``file`` to the file input of ``selector`` as if the user had picked it (a
 * tour cannot open the system's file dialog, or a phone's camera).
 */
export function setInputFile(selector, file) {
    const input = document.querySelector(selector);
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
}
