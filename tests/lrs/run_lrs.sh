#!/usr/bin/env bash
# Runs COMMAND... against Learning Locker's xapi-statements 5.0.1, started for it and stopped
# after: installed once from npm into $SENALES_LRS_CACHE (default ~/.cache/senales/lrs), run in
# memory with its test authentication (any Basic auth), bound to 127.0.0.1 on a free port. The
# command finds the endpoint in SENALES_LRS_URL. Exits 77 (skipped), saying why, when Node or npm
# is missing or the package cannot be installed (no network): a skipped round trip is never passed.
#   tests/lrs/run_lrs.sh build/tests/lrs/lrs_tests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version=5.0.1
cache="${SENALES_LRS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/senales/lrs}/$version"
skip() { echo "SKIPPED: $*" >&2; exit 77; }

command -v node >/dev/null || skip "node is not installed (scripts/lib/setup.sh installs nodejs for the tests)"
package="$cache/node_modules/xapi-statements"
if [ ! -f "$package/dist/server.js" ]; then
  command -v npm >/dev/null || skip "npm is not installed (scripts/lib/setup.sh installs it for the tests)"
  mkdir -p "$cache"
  echo "Installing xapi-statements@$version into $cache (once)…" >&2
  if ! timeout 300 npm install --prefix "$cache" --no-audit --no-fund --loglevel=error --fetch-retries=1 "xapi-statements@$version" >"$cache/install.log" 2>&1; then
    skip "npm could not install xapi-statements@$version (no network?); see $cache/install.log"
  fi
fi

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
MODELS_REPO=memory STORAGE_REPO=local AUTH_REPO=test EVENTS_REPO=test \
  FS_LOCAL_STORAGE_DIR="$work/storage" EXPRESS_MORGAN_DIRECTORY="$work/logs" WINSTON_CONSOLE_LEVEL=warn \
  node "$here/lrs_server.js" "$package" "$work/port" >"$work/server.log" 2>&1 &
server=$!
# It writes its port once it listens; a server that dies or never listens is a failure, not a skip.
for _ in $(seq 1 300); do
  [ -f "$work/port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "the record store stopped before listening" >&2; exit 1; }
  sleep 0.1
done
[ -f "$work/port" ] || { cat "$work/server.log" >&2; echo "the record store did not listen within 30 s" >&2; exit 1; }
export SENALES_LRS_URL="http://127.0.0.1:$(cat "$work/port")/xAPI"
echo "Learning Locker xapi-statements $version at $SENALES_LRS_URL" >&2
"$@"
