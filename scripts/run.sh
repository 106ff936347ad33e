#!/usr/bin/env bash
# Sets everything up, creates or updates the demo database with mtap_hub and its demo
# data, and serves Odoo on http://127.0.0.1:8069 until interrupted.
#
#   bash scripts/run.sh            (MTAP_DB=name to pick the database, default mtap_demo)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DB="${MTAP_DB:-mtap_demo}"
PORT="${MTAP_HTTP_PORT:-8069}"

ensure_odoo
ensure_system
ensure_python
ensure_postgres
trap stop_postgres EXIT
write_odoo_config "$PORT"

exists="$(cd / && "$PYTHON" - "$ODOO_CONF" "$DB" <<'PY'
import sys
from odoo.tools import config
from odoo.service import db
config.parse_config(["-c", sys.argv[1]])
print(int(sys.argv[2] in db.list_dbs(force=True)))
PY
)"
if [ "$exists" = 1 ]; then
    log "updating mtap_hub in $DB"
    odoo_cmd -c "$ODOO_CONF" -d "$DB" -u mtap_hub --stop-after-init --log-level=warn --http-port=0
else
    log "creating $DB with mtap_hub and demo data"
    odoo_cmd -c "$ODOO_CONF" -d "$DB" -i mtap_hub --with-demo --stop-after-init --log-level=warn --http-port=0
fi

url="$(cd / && "$PYTHON" - "$ODOO_CONF" "$DB" "$PORT" <<'PY'
import sys
import odoo
from odoo.tools import config
config.parse_config(["-c", sys.argv[1]])
with odoo.modules.registry.Registry(sys.argv[2]).cursor() as cr:
    env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
    profile = env.ref("mtap_hub.mtap_profile_demo_admin", raise_if_not_found=False)
    if not profile:
        sys.exit(f"the demo data of mtap_hub is not in {sys.argv[2]}: drop that database "
                 "or pick another one with MTAP_DB=...")
    # the cards' addresses, vCards and QR codes point where the demo is served
    base = f"http://127.0.0.1:{sys.argv[3]}"
    env["mtap.settings"]._set_served_address(base)
    print(f"{base}/odoo/action-mtap_hub.mtap_profile_action/{profile.id}")
PY
)"
log "Odoo is starting on http://127.0.0.1:$PORT (database $DB)"
log "log in as admin / admin; the demo profile: $url"
odoo_cmd -c "$ODOO_CONF" -d "$DB" --db-filter="^$DB\$" --http-port="$PORT"
