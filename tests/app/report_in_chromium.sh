#!/usr/bin/env bash
# A trainee's completion record opens offline in a browser: headless Chromium, with every network
# request sent to a closed port, renders the page (its DOM and a screenshot) and it names the
# scenario passed and holds no answer. Exits 77 (skipped) without Chromium.
#   tests/app/report_in_chromium.sh build/senales
set -euo pipefail
senales="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "SKIPPED: no Chromium (scripts/lib/setup.sh installs chromium for the tests)" >&2; exit 77; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$senales" play "$root/scenarios/bar_inspection" --trainee "Ana Pérez" --best --lang en --data-dir "$work/data" >/dev/null
"$senales" play "$root/scenarios/job_offer" --trainee "Ana Pérez" --worst --lang en --data-dir "$work/data" >/dev/null
"$senales" records report --trainee "Ana Pérez" --out "$work/ana.html" --data-dir "$work/data" >/dev/null
offline=(--headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile"
         --proxy-server=127.0.0.1:9 --proxy-bypass-list="<-loopback>")
timeout 60 "$browser" "${offline[@]}" --dump-dom "file://$work/ana.html" >"$work/dom.html" 2>"$work/browser.log"
timeout 60 "$browser" "${offline[@]}" --window-size=900,1200 --screenshot="$work/ana.png" "file://$work/ana.html" \
  >/dev/null 2>>"$work/browser.log"
fail() { echo "FAILED: $*" >&2; cat "$work/browser.log" >&2; exit 1; }
grep -q "<td>Night inspection at El Farolito</td>" "$work/dom.html" || fail "the scenario passed is not in the rendered page"
grep -q "Señales training record" "$work/dom.html" || fail "no title in the rendered page"
grep -q "Ana Pérez" "$work/dom.html" || fail "no trainee name in the rendered page"
# The job offer was failed: not listed. No choice's words either (two of the bar inspection's).
! grep -q "The job offer" "$work/dom.html" || fail "a scenario not passed is listed"
! grep -qi "call a Mam interpreter by phone\|talk to each one alone" "$work/dom.html" || fail "an answer is in the page"
[ "$(stat -c %s "$work/ana.png")" -gt 10000 ] || fail "the screenshot is empty"
echo "rendered by $("$browser" --version 2>/dev/null | head -1): $(stat -c %s "$work/ana.png") bytes of screenshot"
