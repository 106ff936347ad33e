import { registry } from "@web/core/registry";
import { kanbanView } from "@web/views/kanban/kanban_view";
import { KanbanController } from "@web/views/kanban/kanban_controller";

/**
 * The mTap Contacts kanban: Scan Card, Add Contact and Add from QR Code as a bar of
 * buttons above the cards, in view on a phone (where the control panel folds its
 * buttons into a menu).
 */
export class MtapContactsKanbanController extends KanbanController {
    static template = "mtap_hub.ContactsKanbanView";

    async onCapture(xmlid) {
        await this.actionService.doAction(xmlid, {
            onClose: () => this.model.load(),
        });
    }
}

registry.category("views").add("mtap_contacts_kanban", {
    ...kanbanView,
    Controller: MtapContactsKanbanController,
});
