#!/usr/bin/env bash
# A lesson from start to end with the keyboard alone, in a real window under Xvfb (issue 33's and 34's
# walk): `cnngui --lesson` opens the Convolution lesson; xdotool types each prediction (a number, or a
# choice's number key), Enter commits, Space presses Next (where the focus lands after a commit). The
# first prediction is wrong on purpose. Screenshots of some steps go to docs/screenshots/lesson-keyboard-*.png.
#   xvfb-run -a -s "-screen 0 1280x800x24" bash docs/walk_lesson_keyboard.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=docs/screenshots
HOME_=$(mktemp -d)
export QT_QPA_PLATFORM=xcb CNNGUI_DATA_DIR="$HOME_/data" CNNGUI_CONFIG_DIR="$HOME_/config"
.venv/bin/cnngui --lesson resources/lessons/convolution-and-pooling.md &
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
shot() { xwd -root -silent | /usr/bin/convert xwd:- "$OUT/lesson-keyboard-$1.png"; echo "saved $OUT/lesson-keyboard-$1.png"; }
key() { xdotool key --delay 120 "$@"; sleep 1.2; }
answer_number() { xdotool type --delay 120 "$1"; sleep 0.5; key Return; }
shot 1-asks
answer_number 25            # step 1: 28 - 3 + 1 is 26; 25 is "not quite"
shot 2-answered
key space                   # Next
key 2 Return                # step 2: the kernel finds top edges of horizontal strokes (choice 2)
key space
answer_number 13            # step 3: stride 2
key space
answer_number 28            # step 4: padding 1
key space
key 1 Return                # step 5: ReLU keeps only the positive
key space
answer_number 13            # step 6: max pooling 26 -> 13
key space
key 1 Return                # step 7: average pooling
shot 3-last-step
echo "answers kept:"
cat "$CNNGUI_DATA_DIR"/answers/*/convolution-and-pooling.json
