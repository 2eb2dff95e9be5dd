#!/usr/bin/env bash
# The game's window on a real X server the size of classroom screens (a 1024x768 projector,
# 1280x720 and 1366x768 laptops): inside the screen, at least 800x600, and after being moved and
# resized, back in the same place when the game opens again. Skipped (77) without Xvfb or xdotool.
set -euo pipefail
senales=$1
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
  echo "skipped: Xvfb or xdotool is not installed (scripts/lib/setup.sh lists them)"
  exit 77
fi
work=$(mktemp -d)
xvfb=""
game=""
cleanup() {
  [ -n "$game" ] && kill "$game" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export SDL_VIDEODRIVER=x11 SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy

# Starts the game and writes its window's geometry to $work/geometry as "X Y WIDTH HEIGHT WINDOW".
open_game() {
  "$senales" --data-dir "$1" >"$work/game.log" 2>&1 &
  game=$!
  local window
  window=$(timeout 30 xdotool search --sync --onlyvisible --pid "$game" | head -n1) || {
    echo "the game opened no window:"; cat "$work/game.log"; exit 1; }
  sleep 0.5  # the first frames settle the window
  eval "$(xdotool getwindowgeometry --shell "$window")"
  echo "$X $Y $WIDTH $HEIGHT $window" >"$work/geometry"
}

close_game() {
  kill -TERM "$game"  # SDL turns it into a quit: the game closes as from its window's button
  wait "$game" || { echo "the game did not close cleanly:"; cat "$work/game.log"; exit 1; }
  game=""
}

number=$((100 + RANDOM % 800))
for size in 1024x768 1280x720 1366x768; do
  screen_w=${size%x*}
  screen_h=${size#*x}
  Xvfb ":$number" -screen 0 "${size}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  export DISPLAY=":$number"
  for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
  xdotool getdisplaygeometry >/dev/null 2>&1 || { echo "Xvfb did not start:"; cat "$work/xvfb.log"; exit 1; }
  data="$work/data-$size"

  open_game "$data"
  read -r x y w h window <"$work/geometry"
  echo "$size screen: the window opened at $x,$y ${w}x$h"
  if [ "$x" -lt 0 ] || [ "$y" -lt 0 ] || [ $((x + w)) -gt "$screen_w" ] || [ $((y + h)) -gt "$screen_h" ]; then
    echo "FAIL: the window is not inside the ${size} screen"; exit 1
  fi
  if [ "$w" -lt 800 ] || [ "$h" -lt 600 ]; then echo "FAIL: smaller than 800x600"; exit 1; fi

  xdotool windowsize "$window" 860 620
  xdotool windowmove "$window" 30 40
  sleep 1.2  # the game wakes at least once a second and sees where its window went
  close_game
  grep -q "^window\." "$data/settings.txt" || { echo "FAIL: no window place in settings.txt"; exit 1; }
  open_game "$data"
  read -r x y w h window <"$work/geometry"
  echo "$size screen: reopened at $x,$y ${w}x$h"
  if [ "$x $y $w $h" != "30 40 860 620" ]; then echo "FAIL: it was left at 30,40 860x620"; exit 1; fi
  close_game
  kill "$xvfb"; wait "$xvfb" 2>/dev/null || true; xvfb=""
  number=$((number + 1))
done
echo "ok: the window fits each screen and reopens where it was left"
