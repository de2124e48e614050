# Shared by the keyboard walks (docs/walk_*.sh), sourced: `open_cnngui [ARGS]` starts cnngui in a real window
# (its own data and config folders), waits until it is ready and puts it at 1280×800; `open_lesson FILE` does
# so on that lesson; `key`, `answer_number` and `shot NAME` (the screen as docs/screenshots/NAME.png) drive and
# record it. The pause after a key: how long the window may take to act on it (KEY_PAUSE_S, seconds).
open_lesson() { open_cnngui --lesson "$1"; }
open_cnngui() {
    local home
    home=$(mktemp -d)
    export QT_QPA_PLATFORM=xcb CNNGUI_DATA_DIR="$home/data" CNNGUI_CONFIG_DIR="$home/config"
    .venv/bin/cnngui "$@" &
    app=$!
    trap 'kill $app 2>/dev/null || true' EXIT
    for _ in $(seq 120); do
        window=$(xdotool search --onlyvisible --name "cnngui" 2>/dev/null | head -1) && [ -n "$window" ] && break
        sleep 1
    done
    sleep 8  # the tabs load after the window shows
    xdotool windowsize "$window" 1280 800
    xdotool windowmove "$window" 0 0
    sleep 2
}
shot() { xwd -root -silent | /usr/bin/convert xwd:- "docs/screenshots/$1.png"; echo "saved docs/screenshots/$1.png"; }
key() { xdotool key --delay 120 "$@"; sleep "${KEY_PAUSE_S:-1.2}"; }
answer_number() { xdotool type --delay 120 "$1"; sleep 0.5; key Return; }
