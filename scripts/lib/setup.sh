# Shared by scripts/play and scripts/test: install what is missing, then build. Sourced, not run.
# Safe to run again: it installs nothing that is there and rebuilds only what changed.

SENALES_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SENALES_BUILD="${SENALES_BUILD:-$SENALES_ROOT/build}"

# Everything the game needs to build and run, from Debian 12's own packages (librsvg2-bin:
# rsvg-convert renders the icon's PNG sizes from its SVG).
SENALES_PACKAGES=(
  cmake g++ make pkg-config
  libsdl2-dev libimgui-dev liblua5.4-dev libstb-dev fonts-dejavu-core
  libcli11-dev nlohmann-json3-dev libsqlite3-dev libutf8proc-dev libargon2-dev uuid-dev
  libcurl4-openssl-dev
  librsvg2-bin
)
# What only the tests need (gettext: msgfmt checks the translators' files we write; clang and its
# runtime for the fuzzers, which CI runs; Xvfb and xdotool for the window in a real X server).
# nodejs and npm run a real learning record store for the xAPI round trip (tests/lrs/run_lrs.sh);
# chromium opens a trainee's completion record as a browser would (tests/app/report_in_chromium.sh).
SENALES_TEST_PACKAGES=(libgtest-dev libbenchmark-dev lua-check graphviz gettext clang libclang-rt-14-dev xvfb xdotool
                       nodejs chromium)
# Debian's npm, unless the Node installed already brings its own (NodeSource's does, and conflicts with it).
command -v npm >/dev/null 2>&1 || SENALES_TEST_PACKAGES+=(npm)
# What only scripts/package needs: dpkg-shlibdeps (dpkg-dev) and file, with which cpack works out
# the Debian package's dependencies.
SENALES_PACKAGE_PACKAGES=(dpkg-dev file)

senales_install() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

senales_build() {
  cmake -S "$SENALES_ROOT" -B "$SENALES_BUILD" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$SENALES_BUILD" -j2
}
