#!/usr/bin/env bash
# A lesson from start to end with the keyboard alone, in a real window under Xvfb (issue 33's and 34's
# walk): `cnngui --lesson` opens the Convolution lesson; xdotool types each prediction (a number, or a
# choice's number key), Enter commits, Space presses Next (where the focus lands after a commit). The
# first prediction is wrong on purpose. Screenshots of some steps go to docs/screenshots/lesson-keyboard-*.png.
#   xvfb-run -a -s "-screen 0 1280x800x24" bash docs/walk_lesson_keyboard.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source docs/walk_lib.sh
open_lesson resources/lessons/convolution-and-pooling.md
shot lesson-keyboard-1-asks
answer_number 25            # step 1: 28 - 3 + 1 is 26; 25 is "not quite"
shot lesson-keyboard-2-answered
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
shot lesson-keyboard-3-last-step
echo "answers kept:"
cat "$CNNGUI_DATA_DIR"/answers/*/convolution-and-pooling.json
