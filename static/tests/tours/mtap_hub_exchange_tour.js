import { registry } from "@web/core/registry";

/** Fails unless the step's element is on screen and has the focus. */
function assertInViewAndFocused() {
    const box = this.anchor.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
        throw new Error(
            `Not in view after sending: top ${box.top}, bottom ${box.bottom}, ` +
                `window ${window.innerHeight}`
        );
    }
    if (document.activeElement !== this.anchor) {
        throw new Error(`Focus is on ${document.activeElement?.outerHTML.slice(0, 80)}`);
    }
}

function fill(field, value) {
    return {
        content: `Fill in ${field}`,
        trigger: `.o_mtap_exchange_form input[name=${field}]`,
        run: `edit ${value}`,
    };
}

registry.category("web_tour.tours").add("mtap_hub_exchange_tour", {
    steps: () => [
        {
            content: "The card shows its owner",
            trigger: ".o_mtap_profile h1:contains(Alice Mtap)",
        },
        {
            content: "The card can be saved as a contact",
            trigger: ".o_mtap_profile a[href$='/vcard']",
        },
        fill("name", "Tour Visitor"),
        fill("email", "Tour.Visitor@Example.com"),
        fill("company", "Tour Co"),
        {
            content: "Leave a message",
            trigger: ".o_mtap_exchange_form textarea[name=message]",
            run: "edit Nice to meet you",
        },
        {
            content: "Accept to be contacted",
            trigger: ".o_mtap_exchange_form input[name=consent]",
            run: "click",
        },
        {
            content: "Send",
            trigger: ".o_mtap_exchange_form button[type=submit]",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Thank-you on the same card, in view, with the focus",
            trigger: ".o_mtap_profile .o_mtap_exchange_thanks:contains(Thank you)",
            run: assertInViewAndFocused,
        },
    ],
});

registry.category("web_tour.tours").add("mtap_hub_exchange_error_tour", {
    steps: () => [
        fill("name", "Tour Visitor"),
        fill("phone", "12"),
        fill("job_title", "Tester"),
        {
            content: "Send",
            trigger: ".o_mtap_exchange_form button[type=submit]",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The phone is refused next to the field",
            trigger:
                ".o_mtap_exchange_form input[name=phone].is-invalid + .invalid-feedback:contains(not valid)",
        },
        {
            content: "The refused field is in view and has the focus",
            trigger: ".o_mtap_exchange_form input[name=phone].is-invalid",
            run: assertInViewAndFocused,
        },
        {
            content: "What the visitor typed is still there",
            trigger: ".o_mtap_exchange_form input[name=name]:value(Tour Visitor)",
        },
        {
            trigger: ".o_mtap_exchange_form input[name=job_title]:value(Tester)",
        },
        {
            content: "Correct the phone and send again",
            trigger: ".o_mtap_exchange_form input[name=phone]",
            run: "edit +32 470 55 44 33",
        },
        {
            trigger: ".o_mtap_exchange_form button[type=submit]",
            run: "click",
            expectUnloadPage: true,
        },
        {
            trigger: ".o_mtap_exchange_thanks",
        },
    ],
});
