#!/usr/bin/env bash
# What a screen reader's client reads (issue 34's walk): cnngui in a real window under Xvfb with the
# accessibility bus on (Debian's at-spi2-core), read through AT-SPI by python3-pyatspi, the library Orca is
# built on. Every tab and the app's dialogs are listed, a digit is drawn with the keyboard alone and the
# spoken answer is caught; the listing goes to docs/reference/screen-reader-walk.md.
#   apt-get install xvfb xdotool at-spi2-core python3-pyatspi dbus
#   xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash docs/walk_screen_reader.sh
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
sleep 2
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1  # as when Orca runs: Qt fills in the AT-SPI tree
source docs/walk_lib.sh
open_cnngui
trap 'kill $app $bus 2>/dev/null || true' EXIT
/usr/bin/python3 docs/walk_screen_reader.py docs/reference/screen-reader-walk.md
