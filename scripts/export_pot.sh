#!/usr/bin/env bash
# Regenerates i18n/mtap_hub.pot from a throw-away database with mtap_hub installed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_odoo
ensure_system
ensure_python
ensure_postgres
DB="mtap_pot_$$"
cleanup() {
    "$(pg_bindir)/dropdb" -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" --if-exists "$DB" || true
    stop_postgres
}
trap cleanup EXIT
write_odoo_config 0
odoo_cmd -c "$ODOO_CONF" -d "$DB" -i mtap_hub --stop-after-init --log-level=warn
odoo_cmd i18n export -c "$ODOO_CONF" -d "$DB" -o "$ROOT/i18n/mtap_hub.pot" mtap_hub
log "wrote i18n/mtap_hub.pot"
