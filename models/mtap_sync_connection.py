import json
import logging
import time
from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models, tools
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL

from ..tools.crm import ADAPTERS
from ..tools.crm import base as crm
from ..tools.crm.salesforce import DEFAULT_EXTERNAL_ID
from ..tools.crm.transport import Pacer, send, send_many
from ..tools.crm.webhook import new_secret
from ..tools.crm.zoho import DATA_CENTRES
from ..tools.person_name import split_name
from .mtap_sync_mapping import SYNC_SOURCES

_logger = logging.getLogger(__name__)

# consecutive failed requests after which a connection is marked failing
FAILING_AFTER = 5
# custom fields of a Salesforce Contact or Lead that the admin creates first (see
# CONFIGURE), then sets their policy
SALESFORCE_CUSTOM_FIELDS = (
    ("tags", "mtap_tags__c", "never"),
    ("source", "mtap_source__c", "never"),
    ("met", "mtap_met__c", "never"),
    ("consent", "mtap_consent__c", "never"),
    ("consent_date", "mtap_consent_date__c", "never"),
    ("card", "mtap_card__c", "never"),
)
# the vendor's field for each Contact field, proposed for a new connection
DEFAULT_MAPPINGS = {
    "hubspot": [
        ("firstname", "firstname", "overwrite"),
        ("lastname", "lastname", "overwrite"),
        ("company", "company", "overwrite"),
        ("jobtitle", "jobtitle", "overwrite"),
        ("email", "email", "overwrite"),
        ("phone", "phone", "overwrite"),
        ("street", "address", "overwrite"),
        ("city", "city", "overwrite"),
        ("zip", "zip", "overwrite"),
        ("state", "state", "overwrite"),
        ("country", "country", "overwrite"),
        ("website", "website", "overwrite"),
        ("owner_email", "hubspot_owner_id", "fill"),
        ("tags", "mtap_tags", "overwrite"),
        ("source", "mtap_source", "fill"),
        ("met", "mtap_met", "fill"),
        ("consent", "mtap_consent", "overwrite"),
        ("consent_date", "mtap_consent_date", "overwrite"),
        ("card", "mtap_card", "fill"),
    ],
    # the fields Salesforce has on a Contact; "Account" is the company's name,
    # found or created as an Account and linked (AccountId)
    "salesforce": [
        ("firstname", "FirstName", "overwrite"),
        ("lastname", "LastName", "overwrite"),
        ("company", "Account", "overwrite"),
        ("jobtitle", "Title", "overwrite"),
        ("email", "Email", "overwrite"),
        ("phone", "Phone", "overwrite"),
        ("street", "MailingStreet", "overwrite"),
        ("city", "MailingCity", "overwrite"),
        ("zip", "MailingPostalCode", "overwrite"),
        ("state", "MailingState", "overwrite"),
        ("country", "MailingCountry", "overwrite"),
        ("owner_email", "OwnerId", "fill"),
        *SALESFORCE_CUSTOM_FIELDS,
    ],
    "salesforce_lead": [
        ("firstname", "FirstName", "overwrite"),
        ("lastname", "LastName", "overwrite"),
        ("company", "Company", "overwrite"),
        ("jobtitle", "Title", "overwrite"),
        ("email", "Email", "overwrite"),
        ("phone", "Phone", "overwrite"),
        ("street", "Street", "overwrite"),
        ("city", "City", "overwrite"),
        ("zip", "PostalCode", "overwrite"),
        ("state", "State", "overwrite"),
        ("country", "Country", "overwrite"),
        ("website", "Website", "overwrite"),
        ("owner_email", "OwnerId", "fill"),
        *SALESFORCE_CUSTOM_FIELDS,
    ],
    "zoho": [
        ("firstname", "First_Name", "overwrite"),
        ("lastname", "Last_Name", "overwrite"),
        ("company", "Account_Name", "overwrite"),
        ("jobtitle", "Title", "overwrite"),
        ("email", "Email", "overwrite"),
        ("phone", "Phone", "overwrite"),
        ("street", "Mailing_Street", "overwrite"),
        ("city", "Mailing_City", "overwrite"),
        ("zip", "Mailing_Zip", "overwrite"),
        ("state", "Mailing_State", "overwrite"),
        ("country", "Mailing_Country", "overwrite"),
        ("owner_email", "Owner", "fill"),
        ("tags", "mtap_tags", "never"),
        ("source", "mtap_source", "never"),
        ("met", "mtap_met", "never"),
        ("consent", "mtap_consent", "never"),
        ("consent_date", "mtap_consent_date", "never"),
        ("card", "mtap_card", "never"),
    ],
    # Redtail's contact fields; e-mail, phone and address go as its typed
    # sub-records
    "redtail": [
        ("firstname", "first_name", "overwrite"),
        ("lastname", "last_name", "overwrite"),
        ("company", "company_name", "overwrite"),
        ("jobtitle", "job_title", "overwrite"),
        ("email", "email", "overwrite"),
        ("phone", "phone", "overwrite"),
        ("street", "street_address", "overwrite"),
        ("city", "city", "overwrite"),
        ("zip", "zip", "overwrite"),
        ("state", "state", "overwrite"),
        ("country", "country", "overwrite"),
    ],
}
OAUTH_VENDORS = ("salesforce", "zoho")
TOKEN_VENDORS = ("salesforce", "zoho", "redtail")
# HubSpot properties the connection creates next to mtap_uid
HUBSPOT_PROPERTIES = {
    "mtap_tags": "mTap tags",
    "mtap_source": "mTap source",
    "mtap_met": "mTap how we met",
    "mtap_consent": "mTap marketing consent",
    "mtap_consent_date": "mTap consent date",
    "mtap_card": "mTap card",
}
_pacers = {}


class MtapSyncConnection(models.Model):
    """One outside CRM (or webhook) of a company, with its field mapping: what
    Contacts it receives, how it is reached, and whether it works."""

    _name = "mtap.sync.connection"
    _description = "mTap CRM connection"
    _inherit = ["mail.thread"]
    _order = "sequence, id"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True, tracking=True)
    vendor = fields.Selection(
        [(key, adapter.label) for key, adapter in ADAPTERS.items()],
        string="CRM",
        required=True,
        default="hubspot",
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    state = fields.Selection(
        [
            ("draft", "Not tested"),
            ("ok", "Working"),
            ("failing", "Keeps failing"),
            ("unauthorized", "Authorisation lost"),
        ],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
    )
    status_message = fields.Text("Last Test", readonly=True, copy=False)
    webhook_url = fields.Char(
        "Receiver Address",
        help="Where each Contact change is POSTed, signed (https; http only on "
        "this machine, 127.0.0.1).",
    )
    webhook_batch_size = fields.Integer(
        "Contacts per Delivery",
        default=1,
        help="1: one signed POST per Contact change (what Zapier, Make and n8n "
        "expect). Up to 100: a receiver of your own gets a contact.batch event "
        "with that many changes at once, for large imports.",
    )
    api_base_url = fields.Char(
        "API Address",
        groups="base.group_system",
        help="The vendor's API address; empty: the vendor's own (HubSpot: "
        "https://api.hubapi.com). Only for a proxy or a test server.",
    )
    token = fields.Char(
        "Access Token", groups="base.group_system", copy=False, tracking=False
    )
    secret = fields.Char(
        "Signing Secret",
        groups="base.group_system",
        copy=False,
        default=lambda self: new_secret(),
        help="The webhook receiver checks each delivery's signature with it "
        "(Standard Webhooks, whsec_...).",
    )
    new_token = fields.Char(
        "New Access Token",
        compute="_compute_new_token",
        inverse="_inverse_new_token",
        copy=False,
        help="Paste the private app's access token here; once saved it can be "
        "read only by system administrators.",
    )
    has_token = fields.Boolean("Token Set", compute="_compute_has_token")
    login_url = fields.Char(
        "Login Address",
        help="Salesforce: your My Domain address (https://<name>.my.salesforce.com), "
        "or https://login.salesforce.com (https://test.salesforce.com: a sandbox). "
        "Zoho CRM: empty (the data centre's accounts server).",
    )
    client_id = fields.Char(
        help="Salesforce: the connected app's Consumer Key. Zoho CRM: the self "
        "client's Client ID.",
    )
    client_secret = fields.Char(groups="base.group_system", copy=False)
    new_client_secret = fields.Char(
        compute="_compute_new_token",
        inverse="_inverse_new_token",
        copy=False,
        help="Salesforce: the connected app's Consumer Secret. Zoho CRM: the self "
        "client's Client Secret. Readable only by system administrators once saved.",
    )
    new_refresh_token = fields.Char(
        compute="_compute_new_token",
        inverse="_inverse_new_token",
        copy=False,
        help="The OAuth refresh token (see the configuration guide); readable only "
        "by system administrators once saved.",
    )
    sf_target = fields.Selection(
        [("Contact", "Contacts (with their Account)"), ("Lead", "Leads")],
        string="Send As",
        default="Contact",
        help="Salesforce: Contacts linked to an Account found or created by the "
        "company name, or Leads.",
    )
    external_id_field = fields.Char(
        default=DEFAULT_EXTERNAL_ID,
        help="Salesforce: the Text field marked External ID and Unique that holds "
        "each Contact's stable id (Test Connection says if it is missing).",
    )
    zoho_dc = fields.Selection(
        list(DATA_CENTRES.items()),
        string="Data Centre",
        default="com",
        help="Where your Zoho account lives (the address you log in at).",
    )
    redtail_environment = fields.Selection(
        [("production", "Production"), ("sandbox", "Sandbox (review)")],
        string="Redtail Server",
        default="production",
    )
    api_key = fields.Char("API Key", groups="base.group_system", copy=False)
    new_api_key = fields.Char(
        "New API Key",
        compute="_compute_new_token",
        inverse="_inverse_new_token",
        copy=False,
        help="Redtail: the partner API key Redtail issued.",
    )
    redtail_username = fields.Char(
        "Redtail User Name", help="The Redtail login the Contacts are written as."
    )
    redtail_password = fields.Char(
        compute="_compute_new_token",
        inverse="_inverse_new_token",
        copy=False,
        help="Used once, on saving, to get the user key; never stored.",
    )
    account = fields.Char("CRM Account", readonly=True, copy=False)
    ui_domain = fields.Char(readonly=True, copy=False)
    owner_map = fields.Json(readonly=True, copy=False)
    setup_done = fields.Boolean(readonly=True, copy=False)
    throttled_until = fields.Datetime(readonly=True, copy=False)
    failure_count = fields.Integer(readonly=True, copy=False)
    tag_ids = fields.Many2many(
        "res.partner.category",
        string="Only Contacts Tagged",
        help="Empty: every Contact. Otherwise only Contacts with one of these tags.",
    )
    team_id = fields.Many2one(
        "crm.team",
        string="Only This Team's",
        check_company=True,
        help="Only the Contacts owned by members of this sales team.",
    )
    mapping_ids = fields.One2many(
        "mtap.sync.mapping", "connection_id", string="Field Mapping", copy=True
    )
    pending_count = fields.Integer(compute="_compute_counts")
    failed_count = fields.Integer(compute="_compute_counts")
    can_delete = fields.Boolean(compute="_compute_can_delete")

    # ------------------------------------------------------------
    # ORM
    # ------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if "mapping_ids" not in vals:
                defaults = vals.get("vendor") or "hubspot"
                if defaults == "salesforce" and vals.get("sf_target") == "Lead":
                    defaults = "salesforce_lead"
                vals["mapping_ids"] = [
                    (0, 0, {"source": s, "remote_name": r, "policy": p, "sequence": n})
                    for n, (s, r, p) in enumerate(
                        DEFAULT_MAPPINGS.get(defaults)
                        or [(key, key, "overwrite") for key in SYNC_SOURCES]
                    )
                ]
        connections = super().create(vals_list)
        self.env.registry.clear_cache()
        return connections

    def write(self, vals):
        if {
            "token",
            "api_base_url",
            "webhook_url",
            "vendor",
            "login_url",
            "client_id",
            "client_secret",
            "api_key",
            "zoho_dc",
            "redtail_environment",
            "sf_target",
            "external_id_field",
        }.intersection(vals):
            vals.setdefault("state", "draft")
            vals.setdefault("setup_done", False)
        retarget = self.browse()
        if "sf_target" in vals and "mapping_ids" not in vals:
            retarget = self.filtered(
                lambda c: c.vendor == "salesforce" and c.sf_target != vals["sf_target"]
            )
        result = super().write(vals)
        for connection in retarget:
            # a Lead's fields are not a Contact's: the defaults of the new target
            key = "salesforce_lead" if connection.sf_target == "Lead" else "salesforce"
            connection.mapping_ids = [(5, 0, 0)] + [
                (0, 0, {"source": s, "remote_name": r, "policy": p, "sequence": n})
                for n, (s, r, p) in enumerate(DEFAULT_MAPPINGS[key])
            ]
        if {"active", "state", "company_id"}.intersection(vals):
            self.env.registry.clear_cache()
        return result

    def unlink(self):
        result = super().unlink()
        self.env.registry.clear_cache()
        return result

    @api.constrains("webhook_url", "vendor")
    def _check_webhook_url(self):
        for connection in self:
            if connection.vendor == "webhook":
                error = crm.check_url(connection.webhook_url)
                if error:
                    raise ValidationError(
                        self.env._("Receiver address: %(error)s.", error=error)
                    )

    @api.constrains("webhook_batch_size")
    def _check_webhook_batch_size(self):
        for connection in self:
            if not 1 <= connection.webhook_batch_size <= 100:
                raise ValidationError(
                    self.env._("Contacts per delivery: from 1 to 100.")
                )

    @api.constrains("api_base_url", "login_url")
    def _check_api_base_url(self):
        for connection in self.sudo():
            for url, label in (
                (connection.api_base_url, self.env._("API address")),
                (connection.login_url, self.env._("Login address")),
            ):
                error = crm.check_url(url) if url else ""
                if error:
                    raise ValidationError(
                        self.env._("%(label)s: %(error)s.", label=label, error=error)
                    )

    def _compute_new_token(self):
        self.new_token = False
        self.new_client_secret = False
        self.new_refresh_token = False
        self.new_api_key = False
        self.redtail_password = False

    def _inverse_new_token(self):
        """Store what was pasted (readable by system administrators only); a
        Redtail password is exchanged at once for the user key, then forgotten."""
        for connection in self:
            sudo = connection.sudo()
            if connection.new_token:
                sudo.token = connection.new_token.strip()
            if connection.new_client_secret:
                sudo.client_secret = connection.new_client_secret.strip()
            if connection.new_api_key:
                sudo.api_key = connection.new_api_key.strip()
            if connection.new_refresh_token:
                connection._mtap_credential().write(
                    {
                        "refresh_token": connection.new_refresh_token.strip(),
                        "access_token": False,
                        "expires_at": 0,
                    }
                )
                sudo.state = "draft"
            if connection.redtail_password:
                connection._mtap_redtail_login(connection.redtail_password)

    def _mtap_credential(self):
        """The connection's token row (created when first needed)."""
        self.ensure_one()
        Credential = self.env["mtap.sync.credential"].sudo()
        return Credential.search(
            [("connection_id", "=", self.id)], limit=1
        ) or Credential.create({"connection_id": self.id})

    def _mtap_redtail_login(self, password):
        """Exchange the Redtail login for a user key (``GET /authentication``);
        the password goes in that one request and is not kept."""
        adapter = self._mtap_adapter()
        username = (self.redtail_username or "").strip()
        if not (username and adapter.config.get("api_key")):
            raise UserError(
                self.env._("Enter the Redtail API key and user name with the password.")
            )
        answer = send(
            adapter, adapter.login_request(username, password), self._mtap_timeout()
        )
        user_key, database, message = adapter.read_login(answer)
        if not user_key:
            raise UserError(message)
        self._mtap_credential().write({"access_token": user_key, "expires_at": 0})
        self.sudo().write({"state": "draft", "account": database or False})

    def _compute_has_token(self):
        credentials = {
            c.connection_id.id: c
            for c in self.env["mtap.sync.credential"]
            .sudo()
            .search([("connection_id", "in", self.ids)])
        }
        for connection in self:
            credential = credentials.get(connection.id)
            if connection.vendor in OAUTH_VENDORS:
                connection.has_token = bool(credential and credential.refresh_token)
            elif connection.vendor == "redtail":
                connection.has_token = bool(credential and credential.access_token)
            else:
                connection.has_token = bool(connection.sudo().token)

    def _compute_counts(self):
        counts = {
            (connection, state): count
            for connection, state, count in self.env["mtap.sync.outbox"]
            .sudo()
            ._read_group(
                [("connection_id", "in", self.ids)],
                ["connection_id", "state"],
                ["__count"],
            )
        }
        for connection in self:
            connection.pending_count = counts.get((connection, "pending"), 0)
            connection.failed_count = counts.get((connection, "failed"), 0)

    @api.depends("vendor")
    def _compute_can_delete(self):
        for connection in self:
            connection.can_delete = connection._mtap_adapter_class().can_delete

    @api.model
    @tools.ormcache()
    def _mtap_watched_fields(self):
        """The res.partner fields whose change queues a Contact (mapped by an
        active connection), empty when no connection is active."""
        connections = self.sudo().search([("state", "!=", "draft")])
        if not connections:
            return frozenset()
        watched = {"active", "mtap_is_contact", "category_id", "mtap_owner_id"}
        for mapping in connections.mapping_ids:
            if mapping.policy != "never":
                watched.update(SYNC_SOURCES[mapping.source][1])
        return frozenset(watched)

    # ------------------------------------------------------------
    # ADAPTER
    # ------------------------------------------------------------

    def _mtap_adapter_class(self):
        return ADAPTERS[self.vendor or "hubspot"]

    def _mtap_adapter(self):
        self.ensure_one()
        connection = self.sudo()
        config = {
            "base_url": connection.webhook_url
            if connection.vendor == "webhook"
            else connection.api_base_url,
            "token": connection.token,
            "secret": connection.secret,
            "account": connection.account,
            "ui_domain": connection.ui_domain,
            "batch_size": connection.webhook_batch_size,
        }
        if connection.vendor in TOKEN_VENDORS:
            credential = (
                self.env["mtap.sync.credential"]
                .sudo()
                .search([("connection_id", "=", connection.id)], limit=1)
            )
            config.update(
                token=credential.access_token or "",
                refresh_token=credential.refresh_token or "",
                expires_at=credential.expires_at or 0,
                auth_url=connection.login_url or "",
                client_id=connection.client_id or "",
                client_secret=connection.client_secret or "",
                api_key=connection.api_key or "",
                dc=connection.zoho_dc or "com",
                environment=connection.redtail_environment or "production",
                target=connection.sf_target or "Contact",
                external_id=connection.external_id_field or DEFAULT_EXTERNAL_ID,
            )
            if not config["base_url"] and connection.vendor in OAUTH_VENDORS:
                config["base_url"] = credential.api_url or ""
        return self._mtap_adapter_class()(config)

    # ------------------------------------------------------------
    # TOKENS (OAuth vendors): cached, refreshed single-flight
    # ------------------------------------------------------------

    def _mtap_token(self, adapter, stale=None):
        """Give ``adapter`` a usable access token: the cached one while it is
        valid; otherwise (or when the vendor refused ``stale``) one refresh at
        a time across workers and servers, under the credential row's lock,
        taken and committed in a transaction of its own (a rotated refresh
        token is never lost with a rolled-back batch). A refresh another worker
        did meanwhile is used, not repeated; the vendor's token budget (Zoho:
        10 per 10 minutes) is never exceeded. Return ``(outcome, values)``:
        outcome None when the adapter has a token, else why not."""
        config = adapter.config
        if (
            stale is None
            and config.get("token")
            and adapter.base_url
            and (
                not config.get("expires_at") or config["expires_at"] > time.time() + 60
            )
        ):
            return None, {}
        query = (
            "SELECT id, access_token, expires_at, refresh_token, api_url, "
            "refreshed_at FROM mtap_sync_credential WHERE connection_id = %s "
            "FOR UPDATE"
        )
        with self.env.registry.cursor() as cr:
            cr.execute("SET LOCAL lock_timeout = '60s'")
            cr.execute(query, [self.id])
            row = cr.fetchone()
            if row is not None:
                # committed when the block ends: a rotated refresh token is
                # kept whatever becomes of the sender's transaction
                return self._mtap_refresh_locked(cr, row, adapter, stale)
        # the connection is not committed yet (its first test, in the
        # transaction that made it): lock it in this transaction
        self.env["mtap.sync.credential"].flush_model()
        self.env.cr.execute(query, [self.id])
        row = self.env.cr.fetchone()
        if row is None:
            return crm.Outcome(
                crm.AUTH, message=self.env._("no refresh token was given")
            ), {}
        result = self._mtap_refresh_locked(self.env.cr, row, adapter, stale)
        self.env["mtap.sync.credential"].invalidate_model()
        return result

    def _mtap_refresh_locked(self, cr, row, adapter, stale):
        credential_id, access, expires, refresh, api_url, refreshed = row
        now = time.time()
        config = adapter.config
        if access and access != stale and (not expires or expires > now + 60):
            # valid, or refreshed by another worker while this one waited
            config.update(token=access, expires_at=expires or 0)
            if not self.sudo().api_base_url:
                config["base_url"] = api_url or ""
            return None, {}
        if not refresh:
            return crm.Outcome(
                crm.AUTH, message=self.env._("no refresh token was given")
            ), {}
        budget = adapter.token_budget
        refreshed = [t for t in (refreshed or []) if not budget or now - t < budget[1]]
        if budget and len(refreshed) >= budget[0]:
            wait = budget[1] - (now - min(refreshed)) + 1
            return crm.Outcome(
                crm.THROTTLE,
                retry_after=wait,
                message=self.env._(
                    "waiting for the CRM's token limit (%(count)s per %(minutes)s "
                    "minutes)",
                    count=budget[0],
                    minutes=int(budget[1] // 60),
                ),
            ), {}
        config["refresh_token"] = refresh
        answer = send(adapter, adapter.token_request(), self._mtap_timeout())
        refreshed.append(now)
        values, outcome = adapter.read_token(answer)
        if values is None:
            cr.execute(
                "UPDATE mtap_sync_credential SET refreshed_at = %s::jsonb "
                "WHERE id = %s",
                [json.dumps(refreshed[-20:]), credential_id],
            )
            return outcome, {}
        expires_at = now + values["expires_in"] if values.get("expires_in") else 0
        # the new access token and the rotated refresh token in one statement
        cr.execute(
            "UPDATE mtap_sync_credential SET access_token = %s, expires_at = %s, "
            "refresh_token = COALESCE(%s, refresh_token), api_url = %s, "
            "refreshed_at = %s::jsonb, write_date = now() AT TIME ZONE 'UTC' "
            "WHERE id = %s",
            [
                values["access_token"],
                expires_at,
                values.get("refresh_token"),
                values.get("api_url") or api_url,
                json.dumps(refreshed[-20:]),
                credential_id,
            ],
        )
        config.update(token=values["access_token"], expires_at=expires_at)
        if values.get("refresh_token"):
            config["refresh_token"] = values["refresh_token"]
        if not self.sudo().api_base_url:
            config["base_url"] = values.get("api_url") or api_url or ""
        return None, values

    def _mtap_timeout(self):
        """Seconds a CRM has to take the connection and to answer."""
        return float(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("mtap_hub.sync_timeout_seconds", 30)
        )

    def _mtap_pacer(self):
        count, window = self._mtap_adapter_class().rate_limit
        key = (self.env.cr.dbname, self.id)
        if key not in _pacers:
            _pacers[key] = Pacer(count, window)
        return _pacers[key]

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_test(self):
        """Reach the CRM, check the authorisation, name the account and what is
        missing; prepare it (HubSpot: the mtap_uid property) when it works."""
        self.ensure_one()
        self.check_access("write")
        ok, message = self.sudo()._mtap_test()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": self.env._("Connection works")
                if ok
                else self.env._("Connection does not work"),
                "message": message,
                "type": "success" if ok else "danger",
                "sticky": not ok,
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

    def _mtap_test(self):
        adapter = self._mtap_adapter()
        messages, values = [], {}

        def failed(message):
            messages.append(message)
            self.write({"state": "draft", "status_message": " ".join(messages)})
            return False, " ".join(messages)

        if adapter.can_refresh:
            if not adapter.config.get("refresh_token"):
                return failed(
                    self.env._(
                        "Paste the refresh token, with the client id and secret, first."
                    )
                )
            outcome, found = self._mtap_token(adapter)
            if outcome:
                return failed(
                    self.env._(
                        "%(crm)s did not give an access token: %(message)s.",
                        crm=adapter.label,
                        message=outcome.message,
                    )
                )
            if found.get("account"):
                values["account"] = found["account"]
            messages.append(self.env._("Authorised by %(crm)s.", crm=adapter.label))
        elif self.vendor == "redtail" and not adapter.config.get("token"):
            return failed(
                self.env._(
                    "Enter the Redtail API key, user name and password and save: "
                    "the password is exchanged once for a user key."
                )
            )
        if not adapter.base_url:
            return failed(self.env._("Set the receiver address first."))
        for request in adapter.test_requests():
            answer = send(adapter, request, self._mtap_timeout())
            if answer.status == 401 and adapter.can_refresh:
                # an access token revoked meanwhile: refresh once
                outcome, found = self._mtap_token(
                    adapter, stale=adapter.config.get("token")
                )
                if outcome:
                    return failed(outcome.message)
                if found.get("account"):
                    values["account"] = found["account"]
                answer = send(adapter, request, self._mtap_timeout())
            ok, message, found = adapter.read_test(request, answer)
            values.update(found)
            if not ok:
                return failed(message)
            messages.append(message)
        if not values.get("account"):
            values["account"] = (
                self.account or False if self.vendor in TOKEN_VENDORS else False
            )
        if not self.setup_done:
            error = self._mtap_setup(adapter)
            if error:
                messages.append(error)
                self.write({"state": "draft", "status_message": " ".join(messages)})
                return False, " ".join(messages)
        messages.append(
            self.env._("Contacts will be sent as they are added or changed.")
        )
        self.write(
            {
                **values,
                "state": "ok",
                "status_message": " ".join(messages),
                "failure_count": 0,
                "setup_done": True,
                "throttled_until": False,
            }
        )
        self.message_post(body=self.env._("Connection tested: it works."))
        self.env["mtap.sync.outbox"]._mtap_wake()
        return True, " ".join(messages)

    def _mtap_setup(self, adapter):
        """Prepare the CRM once: its unique id property and the properties of
        the default mapping (HubSpot), its owners; an error message or ''."""
        requests_ = adapter.setup_requests()
        if self.vendor == "hubspot":
            names = set(self.mapping_ids.mapped("remote_name"))
            for request in adapter.setup_requests():
                for name, label in HUBSPOT_PROPERTIES.items():
                    if name in names:
                        requests_.append(
                            crm.Request(
                                request.method,
                                request.path,
                                json={
                                    **request.json,
                                    "name": name,
                                    "label": label,
                                    "hasUniqueValue": False,
                                    "description": label,
                                },
                                kind="setup",
                            )
                        )
        for request in requests_:
            outcome = adapter.read_setup(
                request, send(adapter, request, self._mtap_timeout())
            )
            if outcome.kind != crm.OK:
                return self.env._(
                    "Preparing the CRM failed: %(message)s", message=outcome.message
                )
        owner_map = {}
        for request in adapter.owner_requests():
            owner_map.update(
                adapter.read_owners(send(adapter, request, self._mtap_timeout()))
            )
        self.owner_map = owner_map
        return ""

    def action_send_all(self):
        """Queue every existing Contact of the company for this connection."""
        self.check_access("write")
        partners = (
            self.env["res.partner"]
            .sudo()
            .with_context(active_test=True)
            .search(
                [
                    ("mtap_is_contact", "=", True),
                    "|",
                    ("company_id", "in", self.company_id.ids),
                    ("company_id", "=", False),
                ]
            )
        )
        self.env["mtap.sync.outbox"].sudo()._mtap_queue(partners)
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "message": self.env._(
                    "%(count)s Contacts queued; they go out in the background.",
                    count=len(partners),
                ),
                "type": "info",
            },
        }

    def action_retry_failed(self):
        """Send this connection's failed rows again."""
        self.check_access("write")
        self.env["mtap.sync.outbox"].sudo().search(
            [("connection_id", "in", self.ids), ("state", "=", "failed")]
        ).action_retry()
        return True

    def action_view_problems(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.mtap_sync_outbox_action_problems"
        )
        action["domain"] = [("connection_id", "in", self.ids)]
        return action

    # ------------------------------------------------------------
    # SENDING (called by mtap.sync.outbox's sender)
    # ------------------------------------------------------------

    def _mtap_push(self, rows, clock):
        """Deliver the locked outbox ``rows`` of this connection and record the
        answers; True when the connection must stop for now (rate limit, lost
        authorisation)."""
        self.ensure_one()
        adapter = self._mtap_adapter()
        adapter.hold = None
        if adapter.can_refresh:
            outcome, _values = self._mtap_token(adapter)
            if outcome:
                return self._mtap_no_token(outcome, rows, clock)
        if not self.setup_done:
            error = self._mtap_setup(adapter)
            if error:
                rows._mtap_retry_later(clock, error)
                return True
            self.setup_done = True
        items, rows_by_key, out_of_scope = self._mtap_items(rows)
        out_of_scope.unlink()
        if adapter.search_before_create:
            self._mtap_skip_busy(items, rows_by_key, clock)
        if not items:
            return False
        used = adapter.config.get("token")
        outcomes = self._mtap_deliver(adapter, list(items.values()), items)
        refused = [o for o in outcomes if o.kind == crm.AUTH]
        if refused and adapter.can_refresh:
            # the access token expired or was revoked: one refresh, one resend
            outcome, _values = self._mtap_token(adapter, stale=used)
            outcomes = [o for o in outcomes if o.kind != crm.AUTH]
            keys = list(dict.fromkeys(o.key for o in refused))
            if outcome is None:
                outcomes += self._mtap_deliver(adapter, [items[k] for k in keys], items)
            else:
                outcomes += [
                    crm.Outcome(
                        outcome.kind,
                        key=key,
                        message=outcome.message,
                        retry_after=outcome.retry_after,
                    )
                    for key in keys
                ]
        stop = self._mtap_record(outcomes, items, rows_by_key, clock)
        if adapter.hold:
            until = clock + timedelta(seconds=adapter.hold)
            if not self.throttled_until or self.throttled_until < until:
                self.throttled_until = until
            stop = True
        return stop

    def _mtap_skip_busy(self, items, rows_by_key, clock):
        """A vendor without upsert (search, then create) must never see one
        Contact pushed by two senders at once (two newer rows of it can be
        locked by two senders): a transaction-level advisory lock per Contact
        and connection; a Contact another sender holds waits a few seconds."""
        keys = [k for k in items if isinstance(k, int)]
        if not keys:
            return
        self.env.cr.execute(
            SQL(
                "SELECT k FROM unnest(%s::int[]) AS k "
                "WHERE NOT pg_try_advisory_xact_lock(%s, k)",
                keys,
                -self.id,
            )
        )
        for (key,) in self.env.cr.fetchall():
            del items[key]
            rows_by_key.pop(key).write({"next_try": clock + timedelta(seconds=5)})

    def _mtap_no_token(self, outcome, rows, clock):
        """No access token to send with: the connection waits (its token limit,
        the vendor unreachable) or has lost its authorisation; rows wait."""
        if outcome.kind == crm.AUTH:
            self._mtap_lost_authorisation(outcome.message)
        elif outcome.kind == crm.THROTTLE:
            self.throttled_until = clock + timedelta(seconds=outcome.retry_after or 60)
        else:
            rows._mtap_retry_later(clock, outcome.message)
            self._mtap_failed_request([outcome])
        return True

    def _mtap_send_all(self, adapter, requests_):
        answers = send_many(
            adapter,
            requests_,
            workers=adapter.workers,
            pacer=self._mtap_pacer(),
            timeout=self._mtap_timeout(),
        )
        for answer in answers:
            hold = adapter.hold_seconds(answer)
            if hold:
                adapter.hold = max(getattr(adapter, "hold", None) or 0, hold)
        return answers

    def _mtap_deliver(self, adapter, item_list, items):
        """Send ``item_list`` and return their outcomes: first the vendor's
        look-ups (records to link or to find), then the pushes; a batch the
        vendor refused whole is sent again one Contact at a time."""
        outcomes = []
        for round_ in range(adapter.prepare_rounds):
            requests_ = adapter.prepare_requests(item_list, round_)
            if not requests_:
                continue
            answers = self._mtap_send_all(adapter, requests_)
            stopped = set()
            for request, answer in zip(requests_, answers, strict=True):
                for outcome in adapter.read_prepare(request, answer, items, round_):
                    keys = request.items if outcome.key is None else [outcome.key]
                    for key in keys:
                        if key in stopped:
                            continue
                        stopped.add(key)
                        outcomes.append(
                            crm.Outcome(
                                outcome.kind,
                                key=key,
                                message=outcome.message,
                                retry_after=outcome.retry_after,
                            )
                        )
            item_list = [i for i in item_list if i.key not in stopped]
        if adapter.reads_current:
            item_list, read = self._mtap_fill_empty(adapter, item_list, items)
            outcomes += read
        requests_ = adapter.push_requests(item_list)
        answers = self._mtap_send_all(adapter, requests_)
        for request, answer in zip(requests_, answers, strict=True):
            read = adapter.read_push(request, answer, items)
            if len(read) == 1 and read[0].kind == crm.SPLIT:
                for key in request.items:
                    outcomes.extend(self._mtap_deliver(adapter, [items[key]], items))
                continue
            for outcome in read:
                if outcome.key is None:
                    outcomes.extend(
                        crm.Outcome(
                            outcome.kind,
                            key=key,
                            message=outcome.message,
                            retry_after=outcome.retry_after,
                        )
                        for key in request.items
                    )
                else:
                    outcomes.append(outcome)
        return outcomes

    def _mtap_fill_empty(self, adapter, item_list, items):
        """Read what the CRM holds in the "fill only if empty" fields of
        ``item_list`` and keep only the values it has none for (all of them
        for a record it does not have yet), sent then as any other value.
        Return the items to push and the outcomes of those whose read failed
        (retried, throttled or stopped as a push would be)."""
        wanted = [i for i in item_list if i.fill and i.operation != "delete"]
        if not wanted:
            return item_list, []
        requests_ = adapter.current_requests(wanted)
        answers = self._mtap_send_all(adapter, requests_)
        failed, outcomes = set(), []
        read = {key for request in requests_ for key in request.items}
        # an item the adapter knows the CRM has no record of: a new record,
        # every value fills it
        unread = [(None, [i.key for i in wanted if i.key not in read])]
        for request, answer in [*zip(requests_, answers, strict=True), *unread]:
            if request is None:
                held, failure, keys = {}, None, answer
            else:
                held, failure = adapter.read_current(request, answer, items)
                keys = request.items
            for key in keys:
                if failure is not None:
                    failed.add(key)
                    outcomes.append(
                        crm.Outcome(
                            failure.kind,
                            key=key,
                            message=failure.message,
                            retry_after=failure.retry_after,
                        )
                    )
                    continue
                item = items[key]
                current = held.get(key) or {}
                for name, value in item.fill.items():
                    if str(current.get(name) or "").strip():
                        item.filled.add(name)  # the CRM's value stays
                    else:
                        item.properties[name] = value
                        item.filled.add(name)
                item.fill = {}
        return [i for i in item_list if i.key not in failed], outcomes

    def _mtap_items(self, rows):
        """One item per Contact (its latest operation wins) built from its
        current values; rows of Contacts outside the connection's filters."""
        mappings = self.mapping_ids.filtered(lambda m: m.policy != "never")
        has_owners = self._mtap_adapter_class().has_owners
        partners = rows.partner_id.with_context(active_test=False)
        partners.fetch(
            {f for m in mappings for f in SYNC_SOURCES[m.source][1]}
            | {"active", "mtap_is_contact", "category_id", "mtap_owner_id"}
        )
        in_scope = self._mtap_in_scope(partners)
        by_id = {partner.id: partner for partner in partners}
        prefix = self._mtap_uid_prefix()
        labels = dict(partners._fields["mtap_source"]._description_selection(self.env))
        items, rows_by_key = {}, {}
        out_of_scope = rows.browse()
        for row in rows:
            partner = row.partner_id
            if partner and partner not in in_scope and row.operation != "delete":
                out_of_scope |= row
                continue
            key = partner.id if partner else f"uid:{row.uid}"
            rows_by_key.setdefault(key, rows.browse())
            rows_by_key[key] |= row
            operation = row.operation
            if partner and not (partner.active and partner.mtap_is_contact):
                operation = "delete"
            remote_id = row.remote_id or ""
            items[key] = crm.Item(
                key=key,
                uid=row.uid or (f"{prefix}-{partner.id}" if partner else ""),
                operation=operation,
                remote_id=remote_id,
                message_id=f"msg_{prefix}_{row.id}",
            )
        states = {
            state.partner_id.id: state
            for state in self.env["mtap.sync.state"].search(
                [
                    ("connection_id", "=", self.id),
                    ("partner_id", "in", [k for k in items if isinstance(k, int)]),
                ]
            )
        }
        first_row = {
            key: min(r.id for r in krows) for key, krows in rows_by_key.items()
        }
        for key, item in items.items():
            # the same webhook-id on every retry of the same rows
            item.message_id = f"msg_{prefix}_{self.id}_{first_row[key]}"
            if not isinstance(key, int):
                continue
            state = states.get(key)
            if state and state.remote_id:
                item.remote_id = state.remote_id
                item.filled = set(filter(None, (state.filled or "").split(",")))
            if item.operation == "delete":
                continue
            partner = by_id[key]  # keeps the batch's prefetch
            values = self._mtap_values(partner, labels)
            item.email = values.get("email") or ""
            for mapping in mappings:
                value = values.get(mapping.source)
                if mapping.source == "owner_email" and has_owners:
                    value = (self.owner_map or {}).get(value or "")
                    if not value:
                        continue
                if mapping.policy == "fill":
                    # nothing to fill with, or the CRM holds it already
                    if value and mapping.remote_name not in item.filled:
                        item.fill[mapping.remote_name] = value
                else:
                    item.properties[mapping.remote_name] = value
        # nothing to delete where the CRM never had the record
        for key in [k for k, i in items.items() if i.operation == "delete"]:
            if not items[key].remote_id:
                out_of_scope |= rows_by_key.pop(key)
                del items[key]
        return items, rows_by_key, out_of_scope

    def _mtap_in_scope(self, partners):
        scope = partners.filtered(lambda p: p.mtap_is_contact)
        if self.tag_ids:
            scope = scope.filtered(lambda p: p.category_id & self.tag_ids)
        if self.team_id:
            members = self.team_id.member_ids
            scope = scope.filtered(lambda p: p.mtap_owner_id in members)
        return scope

    def _mtap_uid_prefix(self):
        uuid = self.env["ir.config_parameter"].sudo().get_param("database.uuid", "")
        return "odoo-" + uuid.split("-")[0]

    @api.model
    def _mtap_values(self, partner, source_labels):
        """Every Contact field a CRM may receive, as text."""
        _prefix, given, family, _suffix = split_name(partner.name or "")
        met = ", ".join(
            str(v)
            for v in (
                partner.mtap_met_event,
                partner.mtap_met_place,
                partner.mtap_met_date,
            )
            if v
        )
        return {
            "firstname": given or "",
            "lastname": family or ("" if given else partner.name or ""),
            "company": partner.parent_id.name or partner.company_name or "",
            "jobtitle": partner.function or "",
            "email": partner.email_normalized or (partner.email or "").strip(),
            "phone": partner.phone_sanitized or partner.phone or "",
            "street": ", ".join(v for v in (partner.street, partner.street2) if v),
            "city": partner.city or "",
            "zip": partner.zip or "",
            "state": partner.state_id.name or "",
            "country": partner.country_id.name or "",
            "website": partner.website or "",
            "tags": ";".join(sorted(partner.category_id.mapped("name"))),
            "source": source_labels.get(partner.mtap_source, ""),
            "met": met,
            "owner_email": (partner.mtap_owner_id.email or "").lower(),
            "consent": "true" if partner.mtap_consent else "false",
            "consent_date": partner.mtap_consent_date.isoformat()
            if partner.mtap_consent_date
            else "",
            "card": partner.mtap_profile_id.name or "",
            "answers": partner.mtap_answers or "",
        }

    def _mtap_record(self, outcomes, items, rows_by_key, clock):
        """Write the CRM's answers: delivered rows deleted and the remote id
        kept, transient failures backed off, refusals stopped with the vendor's
        words, a rate limit or a lost authorisation applied to the connection."""
        States = self.env["mtap.sync.state"]
        stop = False
        delivered = {}
        throttle = None
        done = self.env["mtap.sync.outbox"]
        for outcome in outcomes:
            rows = rows_by_key[outcome.key]
            item = items[outcome.key]
            if outcome.kind == crm.OK:
                delivered[outcome.key] = (item, outcome.remote_id)
                done |= rows
            elif outcome.kind == crm.THROTTLE:
                throttle = max(throttle or 0, outcome.retry_after or 0)
            elif outcome.kind == crm.AUTH:
                stop = True
                self._mtap_lost_authorisation(outcome.message)
            elif outcome.kind == crm.INVALID:
                rows.write(
                    {
                        "state": "failed",
                        "error": outcome.message,
                        "tries": rows[:1].tries + 1,
                    }
                )
            elif outcome.kind == crm.GONE:
                # deleted in the CRM: sent again at once, as a new record
                States.search(
                    [("connection_id", "=", self.id), ("partner_id", "=", outcome.key)]
                ).write({"remote_id": False, "filled": False})
                tries = rows[:1].tries + 1
                rows.write(
                    {
                        "remote_id": False,
                        "tries": tries,
                        "error": outcome.message,
                        "state": "failed" if tries >= crm.MAX_TRIES else "pending",
                    }
                )
            else:
                rows._mtap_retry_later(clock, outcome.message)
        if delivered:
            partner_keys = [k for k in delivered if isinstance(k, int)]
            # the latest state went out: an older refusal is settled with it
            done |= self.env["mtap.sync.outbox"].search(
                [
                    ("connection_id", "=", self.id),
                    ("partner_id", "in", partner_keys),
                    ("state", "=", "failed"),
                ]
            )
            self._mtap_store_states(delivered, partner_keys, clock)
        done.unlink()
        transient = any(o.kind == crm.RETRY for o in outcomes)
        if throttle is not None:
            self.throttled_until = clock + timedelta(seconds=throttle)
            stop = True
        if delivered and not transient:
            if self.failure_count or self.state == "failing":
                self.write({"failure_count": 0, "state": "ok"})
        elif transient and not delivered:
            self._mtap_failed_request(outcomes)
        return stop

    def _mtap_store_states(self, delivered, partner_keys, clock):
        """Keep the remote ids of the delivered Contacts: one UPDATE for the
        batch (the state rows were created with the outbox rows)."""
        States = self.env["mtap.sync.state"]
        States.flush_model()
        values = []
        for key in partner_keys:
            item, remote_id = delivered[key]
            deleted = item.operation == "delete"
            values.append(
                (
                    key,
                    item.uid,
                    None if deleted else remote_id,
                    None if deleted else ",".join(sorted(item.filled)) or None,
                )
            )
        self.env.cr.execute(
            SQL(
                """
                UPDATE mtap_sync_state s
                   SET uid = v.uid, remote_id = v.remote_id, filled = v.filled,
                       synced_at = %s,
                       write_date = now() AT TIME ZONE 'UTC', write_uid = %s
                  FROM unnest(%s::int[], %s::varchar[], %s::varchar[],
                              %s::varchar[])
                       AS v(partner_id, uid, remote_id, filled)
                 WHERE s.connection_id = %s AND s.partner_id = v.partner_id
             RETURNING s.partner_id
                """,
                clock,
                self.env.uid,
                [v[0] for v in values],
                [v[1] for v in values],
                [v[2] for v in values],
                [v[3] for v in values],
                self.id,
            )
        )
        updated = {row[0] for row in self.env.cr.fetchall()}
        States.invalidate_model(["uid", "remote_id", "filled", "synced_at"])
        missing = [v for v in values if v[0] not in updated]
        States.create(
            [
                {
                    "connection_id": self.id,
                    "partner_id": key,
                    "uid": uid,
                    "remote_id": remote_id,
                    "filled": filled,
                    "synced_at": clock,
                }
                for key, uid, remote_id, filled in missing
            ]
        )

    def _mtap_failed_request(self, outcomes):
        self.failure_count += 1
        if self.failure_count >= FAILING_AFTER and self.state == "ok":
            self.state = "failing"
            message = next((o.message for o in outcomes if o.message), "")
            self._mtap_notify_managers(
                self.env._(
                    "The CRM connection %(name)s keeps failing (%(message)s). "
                    "Contacts are kept and retried; see Sync Problems.",
                    name=self.name,
                    message=message,
                )
            )

    def _mtap_lost_authorisation(self, message):
        """Mark the connection (once, whichever sender sees it first) and tell
        its managers once; its rows wait, nothing is dropped."""
        self.env.cr.execute(
            "UPDATE mtap_sync_connection SET state = 'unauthorized' "
            "WHERE id = %s AND state != 'unauthorized' RETURNING id",
            [self.id],
        )
        marked = self.env.cr.fetchone()
        self.invalidate_recordset(["state"])
        if marked:
            self.env.registry.clear_cache()
            self._mtap_notify_managers(
                self.env._(
                    "The CRM connection %(name)s lost its authorisation (%(message)s). "
                    "%(fix)s and press Test connection; the Contacts waiting "
                    "meanwhile are sent then.",
                    name=self.name,
                    message=message,
                    fix=self._mtap_reauthorise_hint(),
                )
            )

    def _mtap_reauthorise_hint(self):
        if self.vendor in OAUTH_VENDORS:
            return self.env._("Paste a new refresh token")
        if self.vendor == "redtail":
            return self.env._("Enter the Redtail password again")
        return self.env._("Paste a new access token")

    def _mtap_notify_managers(self, text):
        managers = self.env.ref("mtap_hub.group_mtap_manager").user_ids.filtered(
            lambda u: self.company_id in u.company_ids and not u.share
        )
        self.message_post(
            body=Markup("<p>%s</p>") % text,
            partner_ids=managers.partner_id.ids,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
