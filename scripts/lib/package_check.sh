# Run by scripts/package --check inside a fresh Debian root, as a new user would: install the
# package and use the game from /, far from any source tree. Every step must succeed.
set -euo pipefail
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /root/files/senales_*.deb >/dev/null
cd /
echo "== senales --version"; senales --version
echo "== senales check"; senales check >/tmp/check.txt || { cat /tmp/check.txt; exit 1; }
tail -n 1 /tmp/check.txt
echo "== senales list"; senales list | tail -n 3
echo "== senales play job_offer --best --json"
senales play job_offer --best --json --seed 1 >/tmp/play.json
grep -q '"passed": true' /tmp/play.json || { echo "the best path did not pass"; exit 1; }
grep -o '"overall": [0-9]*' /tmp/play.json
echo "== senales shots --out /tmp/s"
senales shots --out /tmp/s >/dev/null
count=$(ls /tmp/s/*.png | wc -l)
echo "$count screenshots"; [ "$count" -gt 5 ]
echo "== installed files"
for f in /usr/share/applications/senales.desktop /usr/share/icons/hicolor/256x256/apps/senales.png \
         /usr/share/icons/hicolor/scalable/apps/senales.svg /usr/share/man/man6/senales.6.gz \
         /usr/share/senales/scripts/lua/dsl.lua; do
  test -s "$f" || { echo "missing: $f"; exit 1; }
done
echo "package works from /"
