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
