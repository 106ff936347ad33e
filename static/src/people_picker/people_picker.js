import { Dialog } from "@web/core/dialog/dialog";
import { Domain } from "@web/core/domain";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { useDebounced } from "@web/core/utils/timing";
import {
    Many2ManyTagsAvatarField,
    many2ManyTagsAvatarField,
} from "@web/views/fields/many2many_tags_avatar/many2many_tags_avatar_field";
import { Component, onWillStart, useState } from "@odoo/owl";

const LIMIT = 200;

/**
 * Everyone the field may hold, each with a box to tick: several people picked in
 * one go, on a phone as on a computer (Odoo's own "Search more" dialog picks one
 * person per trip on a phone).
 */
export class MtapPeopleDialog extends Component {
    static template = "mtap_hub.PeopleDialog";
    static components = { Dialog };
    static props = {
        close: Function,
        resModel: String,
        domain: Array,
        context: Object,
        title: String,
        onAdd: Function,
    };

    setup() {
        this.orm = useService("orm");
        this.state = useState({ people: [], selected: new Set(), search: "", more: false });
        this.onSearch = useDebounced((ev) => {
            this.state.search = ev.target.value;
            this.load();
        }, 250);
        onWillStart(() => this.load());
    }

    async load() {
        const search = this.state.search.trim();
        const domain = search
            ? Domain.and([
                  this.props.domain,
                  ["|", ["name", "ilike", search], ["email", "ilike", search]],
              ]).toList()
            : this.props.domain;
        const people = await this.orm.searchRead(
            this.props.resModel,
            domain,
            ["display_name", "email"],
            { limit: LIMIT + 1, order: "name", context: this.props.context }
        );
        this.state.more = people.length > LIMIT;
        this.state.people = people.slice(0, LIMIT);
    }

    get allShownTicked() {
        return (
            this.state.people.length > 0 &&
            this.state.people.every((person) => this.state.selected.has(person.id))
        );
    }

    get addLabel() {
        const count = this.state.selected.size;
        return count === 1 ? _t("Add 1 Person") : _t("Add %s People", count);
    }

    toggle(id) {
        if (this.state.selected.has(id)) {
            this.state.selected.delete(id);
        } else {
            this.state.selected.add(id);
        }
    }

    toggleAllShown() {
        const tick = !this.allShownTicked;
        for (const person of this.state.people) {
            if (tick) {
                this.state.selected.add(person.id);
            } else {
                this.state.selected.delete(person.id);
            }
        }
    }

    async add() {
        await this.props.onAdd([...this.state.selected]);
        this.props.close();
    }
}

/** The people of a many2many as tags, plus "Pick People" to tick several at once. */
export class MtapPeoplePickerField extends Many2ManyTagsAvatarField {
    static template = "mtap_hub.PeoplePickerField";

    setup() {
        super.setup();
        this.dialog = useService("dialog");
    }

    onPickPeople() {
        const current = this.props.record.data[this.props.name].currentIds;
        this.dialog.add(MtapPeopleDialog, {
            resModel: this.relation,
            domain: Domain.and([this.getDomain(), [["id", "not in", current]]]).toList(),
            context: this.props.context,
            title: _t("Pick People"),
            onAdd: (ids) => this.update(ids.map((id) => ({ id }))),
        });
    }
}

registry.category("fields").add("mtap_people_picker", {
    ...many2ManyTagsAvatarField,
    component: MtapPeoplePickerField,
});
