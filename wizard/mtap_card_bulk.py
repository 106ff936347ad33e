from markupsafe import Markup

from odoo import api, fields, models
from odoo.fields import Command

from ..tools import validation


class MtapCardBulk(models.TransientModel):
    """Create the mTap cards of many users at once, on one card template.

    Running it again for the same people does not make second cards: their card of
    the template is brought in step with their user instead (and published, when
    asked)."""

    _name = "mtap.card.bulk"
    _description = "Create mTap Cards"
    _check_company_auto = True

    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    template_id = fields.Many2one(
        "mtap.card.template",
        string="Card Template",
        required=True,
        check_company=True,
        default=lambda self: self._default_template(),
        domain="[('company_id', '=', company_id)]",
    )
    user_ids = fields.Many2many(
        "res.users",
        string="People",
        default=lambda self: self._default_users(),
        domain="[('share', '=', False), ('company_ids', 'in', company_id)]",
        help="Internal users of the template's company; each gets one card of the "
        "template.",
    )
    publish = fields.Boolean(
        "Publish the Cards",
        default=True,
        help="Publish the cards at once: their address and QR code work right away.",
    )
    notify = fields.Boolean(
        "E-mail Each Person",
        default=True,
        help="Each person gets an e-mail with the address of their new card.",
    )
    grant_access = fields.Boolean(
        "Give mTap Access",
        default=True,
        help="People without mTap access become mTap users, so that they find their "
        "card under mTap Hub > My Card.",
    )
    summary = fields.Html(compute="_compute_summary", sanitize=False)
    published_changes = fields.Html(
        "Changes to Published Cards",
        compute="_compute_summary",
        sanitize=False,
        help="What bringing the existing published cards up to date would change on "
        "them.",
    )
    update_published = fields.Boolean(
        "Also Change the Published Cards Above",
        help="Off: the published cards listed keep what they show; only the others "
        "are brought up to date.",
    )

    @api.model
    def _default_template(self):
        return self.env["mtap.card.template"].search(
            [("company_id", "=", self.env.company.id)], limit=1
        )

    @api.model
    def _default_users(self):
        context = self.env.context
        if context.get("active_model") == "res.users" and context.get("active_ids"):
            return [Command.set(context["active_ids"])]
        return []

    def _split_users(self):
        """The chosen users in three: who gets a new card, the cards of the
        template they already have, and who cannot have one (portal users, users
        of another company)."""
        self.ensure_one()
        template = self.template_id._origin
        users = self.user_ids._origin
        refused = users.filtered(
            lambda user: user.share or template.company_id not in user.company_ids
        )
        users -= refused
        existing = (
            self.env["mtap.profile"]
            .sudo()
            .with_context(active_test=False)
            .search([("template_id", "=", template.id), ("user_id", "in", users.ids)])
        )
        return users - existing.user_id, existing, refused

    def _published_changes(self, existing):
        """``{card: [(label, shown, new)]}``: what syncing the owner's details
        would change on each published card of ``existing``."""
        Profile = self.env["mtap.profile"]
        labels = {
            name: Profile._fields[name].get_description(self.env)["string"]
            for name in ("name", "job_title", "phone", "email")
        }
        changes = {}
        for card in existing.filtered(
            lambda card: card.is_published and card.person_sync
        ):
            values = Profile._person_values(card.user_id, card.company_id, image=False)
            overrides = card._person_overrides()
            shown = card._mtap_phone_display
            lines = [
                (
                    labels[name],
                    (shown(card[name]) if name == "phone" else card[name]) or "",
                    (shown(value) if name == "phone" else value) or "",
                )
                for name, value in values.items()
                if name in labels
                and name not in overrides
                and (card[name] or False) != value
            ]
            if lines:
                changes[card] = lines
        return changes

    @api.depends("template_id", "user_ids", "grant_access")
    def _compute_summary(self):
        group = self.env.ref("mtap_hub.group_mtap_user")
        for wizard in self:
            wizard.published_changes = False
            if not wizard.template_id or not wizard.user_ids:
                wizard.summary = False
                continue
            new, existing, refused = wizard._split_users()
            changes = wizard._published_changes(existing)
            if changes:
                wizard.published_changes = Markup("<ul class='mb-0'>%s</ul>") % Markup(
                    ""
                ).join(
                    Markup("<li><b>%s</b>: %s</li>")
                    % (
                        card.name,
                        Markup("; ").join(
                            self.env._(
                                "%(field)s %(shown)s → %(new)s",
                                field=label,
                                shown=shown or self.env._("(none)"),
                                new=value or self.env._("(none)"),
                            )
                            for label, shown, value in lines
                        ),
                    )
                    for card, lines in changes.items()
                )
            lines = [
                self.env._("1 new card.")
                if len(new) == 1
                else self.env._("%(count)s new cards.", count=len(new))
            ]
            if existing:
                lines.append(
                    self.env._(
                        "Already a card of this template (not made twice, its details "
                        "are brought up to date): %(names)s.",
                        names=wizard._people(existing.user_id),
                    )
                )
            if refused:
                lines.append(
                    self.env._(
                        "Left out (portal users, or not in %(company)s): %(names)s.",
                        company=wizard.template_id.company_id.name,
                        names=wizard._people(refused),
                    )
                )
            no_access = new.filtered(lambda user: group not in user.all_group_ids)
            if no_access and not (wizard.grant_access and wizard._can_grant()):
                lines.append(
                    self.env._(
                        "Without mTap access, they will not see their card in Odoo: "
                        "%(names)s.",
                        names=wizard._people(no_access),
                    )
                )
            wizard.summary = Markup("<ul>%s</ul>") % Markup("").join(
                Markup("<li>%s</li>") % line for line in lines
            )

    def _people(self, users, most=5):
        """The names of ``users``, or their number when there are many."""
        if len(users) > most:
            return self.env._("%(count)s people", count=len(users))
        return ", ".join(users.mapped("name"))

    def _can_grant(self):
        return self.env.user.has_group("base.group_erp_manager")

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_apply(self):
        """Create the cards and show them."""
        self.ensure_one()
        cards, existing = self._action_create_cards()
        template = self.template_id
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "%(new)s cards created, %(existing)s brought up to date.",
                    new=len(cards),
                    existing=len(existing),
                ),
                "next": template.action_view_cards(),
            },
        }

    def _action_create_cards(self):
        """Create the cards of the people who have none of the template, bring the
        others' up to date; return both (as superuser)."""
        self.ensure_one()
        # as the user: a template of a company they may not use is refused here
        template = self.template_id
        template.check_access("read")
        new_users, existing, _refused = self._split_users()
        Profile = self.env["mtap.profile"]
        company = template.company_id
        cards = Profile.with_context(
            tracking_disable=True, mail_create_nosubscribe=True
        ).create(
            [
                {
                    **Profile._person_values(user, company),
                    "user_id": user.id,
                    "company_id": company.id,
                    "template_id": template.id,
                    "slug": validation.random_slug(user.name),
                    "is_published": self.publish,
                    "person_sync": True,
                }
                for user in new_users
            ]
        )
        cards = cards.sudo()
        self._subscribe_owners(cards)
        if not self.update_published:
            # what their owners see published changes only when the manager says so
            existing -= existing.browse(
                [card.id for card in self._published_changes(existing)]
            )
        existing._sync_person()
        if self.publish:
            existing.filtered(
                lambda card: (
                    card.active and not card.is_published and card.user_id.active
                )
            ).write({"is_published": True})
        if self.grant_access and self._can_grant():
            group = self.env.ref("mtap_hub.group_mtap_user")
            missing = new_users.filtered(lambda user: group not in user.all_group_ids)
            if missing:
                group.write({"user_ids": [Command.link(user.id) for user in missing]})
        notified = cards.filtered(lambda card: card.user_id.email)
        if self.notify and notified:
            self.env.ref(
                "mtap_hub.mail_template_mtap_card_ready"
            ).sudo().send_mail_batch(notified.ids)
        author = self.env.user.name
        cards._message_log_batch(
            bodies={
                card.id: Markup("<p>%s</p>")
                % (
                    self.env._(
                        "Card made from the template %(template)s by %(author)s; its "
                        "address was e-mailed to its owner.",
                        template=template.name,
                        author=author,
                    )
                    if self.notify and card in notified
                    else self.env._(
                        "Card made from the template %(template)s by %(author)s.",
                        template=template.name,
                        author=author,
                    )
                )
                for card in cards
            }
        )
        return cards, existing

    def _subscribe_owners(self, cards):
        """Each owner follows their card, in one batch."""
        subtypes = self.env["mail.message.subtype"].default_subtypes(cards._name)[0]
        self.env["mail.followers"].sudo().create(
            [
                {
                    "res_model": cards._name,
                    "res_id": card.id,
                    "partner_id": card.user_id.partner_id.id,
                    "subtype_ids": [Command.set(subtypes.ids)],
                }
                for card in cards
            ]
        )
        cards.invalidate_recordset(["message_follower_ids", "message_partner_ids"])
