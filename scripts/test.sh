#!/usr/bin/env bash
# Sets everything up, installs mtap_hub in a fresh throw-away database and runs the whole
# test suite through pytest-odoo (models, HttpCase and browser tours), plus ruff and
# pylint-odoo. Exits non-zero on any failure, and when a browser test could not run.
#
#   bash scripts/test.sh [extra pytest arguments, e.g. -k test_slug]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_odoo
ensure_system test
ensure_python test

# Odoo skips browser tests silently without these two: refuse to start instead.
command -v chromium >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 \
    || command -v chromium-browser >/dev/null 2>&1 || die "Chromium is not installed: browser tours cannot run"
"$PYTHON" -c 'import websocket' 2>/dev/null || die "websocket-client is not importable: browser tours cannot run"

status=0
log "ruff"
(cd "$ROOT" && "$PYTHON" -m ruff check --no-fix . && "$PYTHON" -m ruff format --check .) || status=1
log "pylint-odoo"
link_addon
(cd "$ADDONS_DIR" && "$PYTHON" -m pylint --rcfile="$ROOT/.pylintrc-mandatory" mtap_hub) || status=1
[ "$status" = 0 ] || log "lint failed; running the tests anyway"

ensure_postgres
DB="mtap_test_$(date +%Y%m%d%H%M%S)_$$"
cleanup() {
    (cd / && "$PYTHON" - "$ODOO_CONF" "$DB" <<'PY' >/dev/null 2>&1) || true
import sys
from odoo.tools import config
from odoo.service import db
config.parse_config(["-c", sys.argv[1]])
db.exp_drop(sys.argv[2])
PY
    # still there (a connection left open): force it
    "$(pg_bindir)/dropdb" -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" --if-exists --force "$DB" \
        >/dev/null 2>&1 || true
    stop_postgres
}
trap cleanup EXIT
write_odoo_config 0

log "installing mtap_hub in the throw-away database $DB"
odoo_cmd -c "$ODOO_CONF" -d "$DB" -i mtap_hub --stop-after-init --log-level=warn --http-port=0 \
    || die "mtap_hub did not install"

log "pytest-odoo"
report="$STATE/pytest-report.xml"
rm -f "$report"
set +e
(cd "$STATE" && "$PYTHON" -m pytest -p no:cacheprovider --rootdir="$ADDONS_DIR/mtap_hub" \
    --odoo-config="$ODOO_CONF" --odoo-database="$DB" --odoo-http --odoo-log-level=warn \
    -rs --junitxml="$report" "$@" "$ADDONS_DIR/mtap_hub/tests")
rc=$?
set -e
[ "$rc" = 0 ] || status=1
# Every collected test must have run: a skip (no browser, no websocket) is a failure here.
"$PYTHON" - "$report" <<'PY' || status=1
import sys
import xml.etree.ElementTree as ET

suite = ET.parse(sys.argv[1]).getroot()
suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
tests, skipped = int(suite.get("tests")), int(suite.get("skipped"))
if tests == 0:
    sys.exit("[mtap_hub] ERROR: no test ran")
if skipped:
    sys.exit(f"[mtap_hub] ERROR: {skipped} test(s) skipped; every test must run")
PY
exit "$status"
