import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";

/**
 * A done thing said in a notification with an Undo: ``params.message``, and
 * ``params.undo_method`` of ``params.model`` called on ``params.ids`` when the user
 * taps Undo (then the screen reloads). Closes the dialog it came from (and
 * reloads the screen below with ``params.reload``).
 */
async function undoNotification(env, action) {
    const { message, model, ids, undo_method: undoMethod, undo_args: args } = action.params;
    const close = env.services.notification.add(message, {
        type: "success",
        className: "o_mtap_undo_notification",
        buttons: [
            {
                name: _t("Undo"),
                primary: true,
                onClick: async () => {
                    close();
                    await env.services.orm.call(model, undoMethod, [ids, ...(args || [])]);
                    await env.services.action.doAction({
                        type: "ir.actions.client",
                        tag: "soft_reload",
                    });
                },
            },
        ],
    });
    if (action.params.reload) {
        // from a dialog: close it, then show the screen below as it is now
        await env.services.action.doAction({ type: "ir.actions.act_window_close" });
        return { type: "ir.actions.client", tag: "soft_reload" };
    }
    return action.params.next || { type: "ir.actions.act_window_close" };
}

registry.category("actions").add("mtap_hub.undo_notification", undoNotification);
