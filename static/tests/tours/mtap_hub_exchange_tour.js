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

/** A phone fills the card's own questions: a choice, several choices, a text,
 * yes/no and a number, with the browser's own inputs (the page has no script). */
registry.category("web_tour.tours").add("mtap_hub_exchange_questions_tour", {
    steps: () => [
        fill("name", "Quest Visitor"),
        fill("email", "quest@example.com"),
        {
            content: "Pick what they are looking for",
            trigger: ".o_mtap_exchange_form .o_mtap_question select",
            run: "select a_demo",
        },
        {
            content: "Tick one product",
            trigger: ".o_mtap_exchange_form .o_mtap_question label:contains(Rockets)",
            run: "click",
        },
        {
            content: "Best time to call",
            trigger: ".o_mtap_exchange_form .o_mtap_question input[type=text]",
            run: "edit Mornings",
        },
        {
            content: "Yes, call back",
            trigger: ".o_mtap_exchange_form .o_mtap_question input[type=radio][value=yes]",
            run: "click",
        },
        {
            content: "The budget",
            trigger: ".o_mtap_exchange_form .o_mtap_question input[type=number]",
            run: "edit 1200",
        },
        {
            content: "Send",
            trigger: ".o_mtap_exchange_form button[type=submit]",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Thank-you on the same card",
            trigger: ".o_mtap_profile .o_mtap_exchange_thanks:contains(Thank you)",
        },
    ],
});
