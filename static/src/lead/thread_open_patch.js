import { Thread } from "@mail/core/common/thread_model";
import { patch } from "@web/core/utils/patch";

/**
 * A Lead opened from a notification (the messaging menu, the inbox) opens with the
 * form its model chooses (``get_formview_action``): an mTap Lead opens on the mTap
 * Lead screen, the visitor's message first, not on the sales opportunity form.
 */
patch(Thread.prototype, {
    open(options) {
        if (this.model !== "crm.lead" || !this.id) {
            return super.open(...arguments);
        }
        const { orm, action } = this.store.env.services;
        orm.call("crm.lead", "get_formview_action", [[this.id]]).then((request) =>
            action.doAction(request)
        );
        return true;
    },
});
