#!/usr/bin/env bash
# Benchmarks against stock Odoo, each in a throw-away database:
#   bash scripts/bench.sh exchange   # bench/exchange.py: Exchange form vs /website/form/crm.lead
#   bash scripts/bench.sh convert    # bench/lead_convert.py: Convert to Contact vs stock mass convert
#   bash scripts/bench.sh import     # bench/contact_import.py: .vcf import vs stock CSV base_import
#   bash scripts/bench.sh followup   # bench/followup.py: follow-up cron on 10k and 100k due records
#   bash scripts/bench.sh teams      # bench/teams.py: cards for 1k and 10k users, then a template change
#   bash scripts/bench.sh cardscan   # bench/card_scan.py: seconds per card and field accuracy
#   bash scripts/bench.sh cardpage   # bench/card_page.py: Lighthouse and GET load, card vs /contactus
#   bash scripts/bench.sh sync       # bench/sync.py: 10k Contacts to a fake HubSpot and a webhook
#   bash scripts/bench.sh network    # bench/network_export.py: Export my network of 10k Contacts
#   bash scripts/bench.sh analytics  # bench/analytics.py: 10M card events, raw counting vs roll-ups
# The database gets mtap_hub and website_crm (stock's form), a published card, rate
# limits high enough for one client address and no minimum fill time; Odoo is served
# with --workers=2 on 127.0.0.1.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

what="${1:-exchange}"
case "$what" in
    exchange | convert | import | followup | teams | cardscan | cardpage | sync | network | analytics) ;;
    *) die "unknown benchmark '$what' (known: exchange, convert, import, followup, teams, cardscan, cardpage, sync, network, analytics)" ;;
esac
PORT="${MTAP_BENCH_PORT:-8169}"

ensure_odoo
ensure_system test
ensure_python test
ensure_postgres
DB="mtap_bench_$$"
SERVER_PID=
cleanup() {
    [ -z "$SERVER_PID" ] || { kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; }
    "$(pg_bindir)/dropdb" -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" --if-exists "$DB" || true
    stop_postgres
}
trap cleanup EXIT
write_odoo_config "$PORT"

if [ "$what" = cardpage ]; then
    # Lighthouse from the npm registry, in the project's state folder
    command -v npm >/dev/null 2>&1 || apt_install nodejs npm
    LIGHTHOUSE="$STATE/lighthouse/node_modules/.bin/lighthouse"
    if [ ! -x "$LIGHTHOUSE" ]; then
        log "npm install lighthouse@12"
        mkdir -p "$STATE/lighthouse"
        npm install --silent --no-audit --no-fund --prefix "$STATE/lighthouse" lighthouse@12 >/dev/null
    fi
    CHROME_PATH="$(chromium_bin)" || die "Chromium is not installed"
    export CHROME_PATH
fi

if [ "$what" != exchange ] && [ "$what" != cardpage ]; then
    log "installing mtap_hub in $DB"
    odoo_cmd -c "$ODOO_CONF" -d "$DB" -i mtap_hub --stop-after-init --log-level=warn
    case "$what" in
        convert) script="$ROOT/bench/lead_convert.py" ;;
        import) script="$ROOT/bench/contact_import.py" ;;
        followup) script="$ROOT/bench/followup.py" ;;
        teams) script="$ROOT/bench/teams.py" ;;
        cardscan) script="$ROOT/bench/card_scan.py" ;;
        sync) script="$ROOT/bench/sync.py" ;;
        network) script="$ROOT/bench/network_export.py" ;;
        analytics) script="$ROOT/bench/analytics.py" ;;
    esac
    (cd / && "$PYTHON" "$script" --config "$ODOO_CONF" --database "$DB" "${@:2}")
    exit
fi

log "installing mtap_hub and website_crm in $DB"
odoo_cmd -c "$ODOO_CONF" -d "$DB" -i mtap_hub,website_crm --stop-after-init --log-level=warn
profile_id="$(cd / && "$PYTHON" - "$ODOO_CONF" "$DB" "$PORT" <<'PY'
import sys
import odoo
from odoo.tools import config
config.parse_config(["-c", sys.argv[1]])
with odoo.modules.registry.Registry(sys.argv[2]).cursor() as cr:
    env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
    params = env["ir.config_parameter"]
    params.set_param("mtap_hub.exchange_rate_limit_ip", "10000000")
    params.set_param("mtap_hub.exchange_rate_limit_profile", "10000000")
    params.set_param("mtap_hub.exchange_min_fill_seconds", "0")
    # the card's public address is the one the benchmark serves
    params.set_param("web.base.url", f"http://127.0.0.1:{sys.argv[3]}")
    params.set_param("web.base.url.freeze", "True")
    import base64, io
    from PIL import Image, ImageDraw
    photo = Image.new("RGB", (800, 800), "#2b5d8a")
    ImageDraw.Draw(photo).ellipse((200, 120, 600, 520), fill="#f2c9a0")
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", quality=90)
    profile = env["mtap.profile"].create({
        "name": "Bench Card", "slug": "bench-card-x7q9", "is_published": True,
        "user_id": env.ref("base.user_admin").id,
        "job_title": "Head of Partnerships", "company_name": "Bench Co",
        "email": "bench@example.com", "phone": "+32 470 12 34 56",
        "website": "https://bench.example.com",
        "bio": "<p>I help teams meet the right people at events.</p>",
        "image_1920": base64.b64encode(buffer.getvalue()),
        "link_ids": [(0, 0, {"kind": "linkedin", "url": "https://linkedin.com/in/bench"}),
                     (0, 0, {"kind": "calendar", "url": "https://cal.example.com/bench"})],
        # five questions of its own (the default maximum), answered by every Exchange
        "question_definition": [
            {"name": "goal", "string": "What are you looking for?", "type": "selection",
             "selection": [["demo", "A demo"], ["quote", "A quote"]], "mtap_required": True},
            {"name": "products", "string": "Which products?", "type": "tags",
             "tags": [["rockets", "Rockets", 0], ["satellites", "Satellites", 0]]},
            {"name": "best_time", "string": "Best time to call?", "type": "char"},
            {"name": "callback", "string": "Call you back?", "type": "boolean"},
            {"name": "budget", "string": "Budget?", "type": "float"},
        ],
    })
    print(profile.id)
PY
)"
log "serving $DB with --workers=2 on 127.0.0.1:$PORT"
curl -s -o /dev/null "http://127.0.0.1:$PORT/" && die "port $PORT is in use (MTAP_BENCH_PORT=... to pick another)"
"$PYTHON" "$(odoo_launcher)" -c "$ODOO_CONF" -d "$DB" --db-filter="^$DB\$" --workers=2 \
    --max-cron-threads=0 --http-port="$PORT" --log-level=warn --limit-time-real=600 &
SERVER_PID=$!
for _ in $(seq 1 60); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/web/login" && break
    sleep 1
done
if [ "$what" = cardpage ]; then
    "$PYTHON" "$ROOT/bench/card_page.py" --url "http://127.0.0.1:$PORT" --slug bench-card-x7q9 \
        --lighthouse "$LIGHTHOUSE" "${@:2}"
    exit
fi
"$PYTHON" "$ROOT/bench/exchange.py" --url "http://127.0.0.1:$PORT" --profile-id "$profile_id" \
    --dsn "host=$DB_HOST port=$DB_PORT user=$DB_USER dbname=$DB" "${@:2}"
