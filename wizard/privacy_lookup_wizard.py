from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import SQL, email_normalize

# what an mTap manager who is not a system administrator finds and acts on
MTAP_LOOKUP_MODELS = (
    "crm.lead",
    "res.partner",
    "mail.message",
    "mtap.exchange.lock",
    "mtap.exchange.block",
)


class PrivacyLookupWizard(models.TransientModel):
    """Odoo's person search (``privacy_lookup``), extended: a phone number finds
    a person too, the add-on's own rows keyed by e-mail or phone are found, and an
    mTap manager who is not a system administrator searches the add-on's data
    only (Leads, Contacts, their messages and the Exchange's rows)."""

    _inherit = "privacy.lookup.wizard"

    name = fields.Char(required=False)
    email = fields.Char(required=False)
    phone = fields.Char(help="Finds Leads and Contacts by their phone number.")

    def _mtap_phone(self):
        """The searched phone in E.164 (read in the company's country), or
        None."""
        if not self.phone:
            return None
        number = self.env["res.partner"]._phone_format(
            number=self.phone.strip(), country=self.env.company.country_id
        )
        if not number:
            raise UserError(self.env._("Invalid phone number “%s”", self.phone.strip()))
        return number

    def _mtap_line(self, model_name, where, active=True):
        Model = self.env[model_name]
        return SQL(
            "SELECT %s AS res_model_id, id AS res_id, %s AS is_active FROM %s WHERE %s",
            self.env["ir.model"]._get_id(model_name),
            SQL.identifier("active") if active and "active" in Model else True,
            SQL.identifier(Model._table),
            where,
        )

    def _mtap_query(self, email, phone):
        """The add-on's own data about the person: Leads and Contacts by
        e-mail, phone or exact name, messages on them or written by them, the
        Exchange's lock and block rows."""
        name = (self.name or "").strip()
        keys = [f"email:{email}"] * bool(email) + [f"phone:{phone}"] * bool(phone)
        person = []
        if email:
            person.append(SQL("email_normalized = %s", email))
        if phone:
            person.append(SQL("phone_sanitized = %s", phone))
        if name:
            person.append(SQL("name ILIKE %s", name))
        person = SQL(" OR ").join(person)
        lead_person = SQL("(%s) OR contact_name ILIKE %s", person, name or "-")
        parts = [
            self._mtap_line(
                "crm.lead",
                SQL("mtap_profile_id IS NOT NULL AND (%s)", lead_person),
            ),
            self._mtap_line("res.partner", SQL("mtap_is_contact AND (%s)", person)),
            self._mtap_line(
                "mail.message",
                SQL(
                    "author_id IN (SELECT id FROM res_partner WHERE mtap_is_contact "
                    "AND (%s))",
                    person,
                ),
            ),
        ]
        if keys:
            parts.append(
                self._mtap_line("mtap.exchange.lock", SQL("key = ANY(%s)", keys))
            )
        if email:
            parts.append(
                self._mtap_line(
                    "mtap.exchange.block", SQL("email_normalized = %s", email)
                )
            )
        return SQL(" UNION ALL ").join(parts)

    def _get_query(self):
        if not (self.email or self.phone):
            raise UserError(self.env._("Enter an e-mail address or a phone number."))
        email = email_normalize(self.email.strip()) if self.email else None
        if self.email and not email:
            raise UserError(self.env._("Invalid email address “%s”", self.email))
        phone = self._mtap_phone()
        if not self.name:
            # the log needs a name; the person's own address or number, masked
            self.name = self.email or self.phone
        queries = [self._mtap_query(email, phone)]
        if self.env.user.has_group("base.group_system"):
            if email:
                queries.append(super()._get_query())
            if phone:
                queries.append(self._mtap_phone_query(phone))
        # the add-on's rows come first; the same record found twice is one line
        return SQL(
            "SELECT DISTINCT ON (res_model_id, res_id) * FROM (%s) AS found",
            SQL(" UNION ALL ").join(queries),
        )

    def _mtap_phone_query(self, phone):
        """Every other model that stores a sanitised phone (``mail.thread.phone``)
        holding this number."""
        parts = []
        for model_name in self.env:
            Model = self.env[model_name]
            field = Model._fields.get("phone_sanitized")
            if Model._transient or not Model._auto or not (field and field.store):
                continue
            if model_name in ("crm.lead", "res.partner"):
                continue  # in the add-on's part, and below for the others
            parts.append(
                self._mtap_line(model_name, SQL("phone_sanitized = %s", phone))
            )
        parts.append(
            self._mtap_line(
                "crm.lead",
                SQL("mtap_profile_id IS NULL AND phone_sanitized = %s", phone),
            )
        )
        parts.append(
            self._mtap_line(
                "res.partner",
                SQL("NOT mtap_is_contact AND phone_sanitized = %s", phone),
            )
        )
        return SQL(" UNION ALL ").join(parts)

    def _post_log(self):
        # a person searched by phone only is logged by their masked number
        for wizard in self:
            if not wizard.email and wizard.phone and not wizard.log_id:
                wizard.email = wizard.phone
        return super()._post_log()


class PrivacyLookupWizardLine(models.TransientModel):
    """What a line's Archive and Delete do: the user's own rights on the record
    (Odoo's wizard acts as superuser, meant for system administrators only); an
    mTap Lead or Contact is erased as *Erase this person* does, so that its
    messages, queued e-mails and CRM copies go with it."""

    _inherit = "privacy.lookup.wizard.line"

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.user.has_group("base.group_system"):
            allowed = {self.env["ir.model"]._get_id(m) for m in MTAP_LOOKUP_MODELS}
            if any(vals.get("res_model_id") not in allowed for vals in vals_list):
                raise AccessError(
                    self.env._("You may only look people up in mTap's data.")
                )
        return super().create(vals_list)

    def _mtap_check(self, operation):
        if self.env.user.has_group("base.group_system"):
            return
        for line in self:
            self.env[line.res_model].browse(line.res_id).check_access(operation)

    def _mtap_person_records(self):
        self.ensure_one()
        if self.res_model not in ("crm.lead", "res.partner"):
            return None
        record = self.env[self.res_model].sudo().browse(self.res_id).exists()
        if not record:
            return None
        if self.res_model == "crm.lead" and record.mtap_profile_id:
            return record
        if self.res_model == "res.partner" and record.mtap_is_contact:
            return record
        return None

    def action_unlink(self):
        record = self._mtap_person_records()
        if record is None or self.is_unlinked:
            self._mtap_check("unlink")
            return super().action_unlink()
        record.with_env(self.env)._mtap_check_erase()
        leads = record if record._name == "crm.lead" else record.browse()
        partners = record if record._name == "res.partner" else None
        self.env["mtap.privacy"]._erase(leads, partners, how="owner", log=False)
        self.execution_details = self.env._(
            "Erased %(model)s #%(id)s", model=self.res_model_id.name, id=self.res_id
        )
        self.is_unlinked = True
        return None

    @api.onchange("is_active")
    def _onchange_is_active(self):
        self._mtap_check("write")
        return super()._onchange_is_active()

    def write(self, vals):
        if "is_active" in vals:
            self._mtap_check("write")
        return super().write(vals)
