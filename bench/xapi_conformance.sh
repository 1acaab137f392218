#!/usr/bin/env bash
# Run ADL's LRS conformance suite (xAPI 1.0.3) against this site's record store, served the
# way production serves it: gunicorn, cms.settings.production, DEBUG off.
#
#   bench/xapi_conformance.sh [runner options...]
#
# From a clean checkout with the virtualenv (`make setup`), Node.js >= 18 with npm, and git:
#   1. gets the suite (a clone of $XAPI_SUITE_REPO, by default
#      https://github.com/adlnet/lrs-conformance-test-suite, or the folder $XAPI_SUITE_DIR if
#      it has one already) into a temporary folder and runs `npm install` there; nothing of it
#      is written into this repository;
#   2. makes a fresh database ($DATABASE_URL, default a new SQLite file in the temporary
#      folder; for PostgreSQL, `createdb -h 127.0.0.1 -U postgres lrs_conformance` first and
#      pass DATABASE_URL=postgres://postgres@127.0.0.1:5432/lrs_conformance), migrates it and
#      collects the static files;
#   3. makes a read-write, whole-site xAPI credential (`manage.py xapi_credential_create`);
#   4. starts gunicorn (2 workers) on 127.0.0.1:$PORT (8765) with production settings, a
#      random SECRET_KEY and SECURE_SSL_REDIRECT=false (the run is plain http on the loopback;
#      everything else is as in production);
#   5. runs `node bin/console_runner.js -e http://127.0.0.1:$PORT/xapi -a -u KEY -p SECRET
#      -x 1.0.3 -z` plus any options given here (e.g. `-g "Data 2.4.9"` or `-b`), and prints
#      the suite's summary; the full log of failures is kept in the temporary folder.
#
# Exits 0 when every test passes, 1 when some fail, 2 when the run itself broke. The
# temporary folder (database, gunicorn's log, the suite's output and failures) is removed
# after a clean pass and kept otherwise, or always with KEEP=1.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${PORT:-8765}"
SUITE_REPO="${XAPI_SUITE_REPO:-https://github.com/adlnet/lrs-conformance-test-suite}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/xapi-conformance.XXXXXX")"
PYTHON="$ROOT/.venv/bin/python"
GUNICORN="$ROOT/.venv/bin/gunicorn"
GUNICORN_PID=""

cleanup() {
    if [ -n "$GUNICORN_PID" ]; then
        kill "$GUNICORN_PID" 2>/dev/null || true
        wait "$GUNICORN_PID" 2>/dev/null || true
    fi
    if [ "${KEEP:-0}" = "1" ]; then
        echo "kept: $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

say() { printf '== %s\n' "$*" >&2; }

# --- 1. The suite -------------------------------------------------------------------------------
if [ -n "${XAPI_SUITE_DIR:-}" ] && [ -f "$XAPI_SUITE_DIR/bin/console_runner.js" ]; then
    SUITE="$XAPI_SUITE_DIR"
else
    SUITE="$WORK/suite"
    say "cloning $SUITE_REPO"
    git clone --quiet --depth 1 "$SUITE_REPO" "$SUITE"
fi
say "suite at $SUITE ($(git -C "$SUITE" log -1 --format='%h %cs' 2>/dev/null || echo 'not a git clone'))"
if [ ! -d "$SUITE/node_modules" ]; then
    say "npm install (in the suite's folder)"
    (cd "$SUITE" && npm install --no-audit --no-fund --loglevel=error >"$WORK/npm.log" 2>&1) || {
        cat "$WORK/npm.log" >&2
        exit 2
    }
fi

# --- 2. Settings and database -------------------------------------------------------------------
export DJANGO_SETTINGS_MODULE=cms.settings.production
SECRET_KEY="$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(50))')"
export SECRET_KEY
export ALLOWED_HOSTS="127.0.0.1,localhost"
export SECURE_SSL_REDIRECT=false
export DATABASE_URL="${DATABASE_URL:-sqlite:///$WORK/lrs.sqlite3}"
export STATIC_ROOT="$WORK/static"
export MEDIA_ROOT="$WORK/media"
export CACHE_URL="${CACHE_URL:-file://$WORK/cache}"
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$PORT"
export LOG_LEVEL="${LOG_LEVEL:-WARNING}"

cd "$ROOT"
say "migrate ($DATABASE_URL)"
"$PYTHON" manage.py migrate --noinput -v 0
say "collectstatic"
"$PYTHON" manage.py collectstatic --noinput -v 0

# --- 3. A credential ----------------------------------------------------------------------------
CREDENTIAL="$("$PYTHON" manage.py xapi_credential_create --name "ADL conformance suite" \
    --scope site --read-write)"
KEY="$(printf '%s\n' "$CREDENTIAL" | sed -n 's/^key: *//p')"
SECRET="$(printf '%s\n' "$CREDENTIAL" | sed -n 's/^secret: *//p')"
if [ -z "$KEY" ] || [ -z "$SECRET" ]; then
    echo "could not read the credential:" >&2
    printf '%s\n' "$CREDENTIAL" >&2
    exit 2
fi

# --- 4. gunicorn --------------------------------------------------------------------------------
say "gunicorn on 127.0.0.1:$PORT"
"$GUNICORN" cms.wsgi:application --workers 2 --bind "127.0.0.1:$PORT" \
    --access-logfile - --error-logfile - >"$WORK/gunicorn.log" 2>&1 &
GUNICORN_PID=$!
for _ in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:$PORT/xapi/about" >/dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$GUNICORN_PID" 2>/dev/null; then
        cat "$WORK/gunicorn.log" >&2
        exit 2
    fi
    sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/xapi/about" >/dev/null

# --- 5. The run ---------------------------------------------------------------------------------
say "running the suite (xAPI 1.0.3)"
STATUS=0
(cd "$SUITE" && node bin/console_runner.js -e "http://127.0.0.1:$PORT/xapi" -a -u "$KEY" \
    -p "$SECRET" -x 1.0.3 -z "$@") >"$WORK/run.log" 2>&1 || STATUS=$?

# The runner prints its running totals every two seconds; the last line of them is the result.
SUMMARY="$(grep -E '^\{"total"' "$WORK/run.log" | tail -n 1 || true)"
LOG="$(sed -n 's/^Full run log written to //p' "$WORK/run.log" | tail -n 1)"
if [ -n "$LOG" ] && [ -f "$LOG" ]; then
    cp "$LOG" "$WORK/failures.json"
    # The suite writes its log into its own folder; leave nothing behind there.
    rm -f "$LOG"
    "$PYTHON" - "$WORK/failures.json" <<'EOF'
import json
import sys

def failed(node, trail):
    title = node.get("title") or node.get("name") or ""
    tests = node.get("tests") or []
    if node.get("status") == "failed" and not tests:
        print(f"FAILED: {' > '.join(trail + [title])}")
        if node.get("error"):
            print(f"    {str(node['error']).splitlines()[0][:300]}")
    for test in tests:
        failed(test, trail + ([title] if title else []))

record = json.load(open(sys.argv[1]))
if record.get("log"):
    failed(record["log"], [])
EOF
fi
grep -E '^Tests completed in' "$WORK/run.log" || true
echo "summary: ${SUMMARY:-none (see $WORK/run.log)}"
# The runner's own exit status is its failure count modulo 256; count from the summary.
FAILED="$(printf '%s' "$SUMMARY" | sed -n 's/.*"failed":\([0-9]*\).*/\1/p')"
if [ -z "$FAILED" ]; then
    echo "the suite did not finish (runner exit status $STATUS); see $WORK/run.log" >&2
    KEEP=1
    exit 2
fi
if [ "$FAILED" -ne 0 ]; then
    KEEP=1
    exit 1
fi
