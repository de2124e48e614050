#!/usr/bin/env bash
# "Why CNNs for images" to its shift test, predicted first, in a real window under Xvfb with the keyboard alone:
# the student trains the seed CNN (step 5), predicts how much of its accuracy the dense network keeps on
# digits moved 3 pixels (step 6), and the experiment runs and answers beside the guess.
# Screenshot: docs/screenshots/lesson-shift-test.png (a few minutes on 2 CPU cores).
#   xvfb-run -a -s "-screen 0 1280x800x24" bash docs/walk_shift_test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source docs/walk_lib.sh
KEY_PAUSE_S=1.5
open_lesson resources/lessons/why-cnns-for-images.md
answer_number 784; key space       # a picture is 784 numbers
key 3 Return; key space            # the dense network: about 500,000 weights
answer_number 320; key space       # conv1: 320 parameters
key 2 Return; key space            # most parameters: conv2? (a guess; the answer says)
answer_number 98                   # one epoch of the seed CNN: the training starts after the prediction
sleep 90; key space
answer_number 60                   # the shift test: the dense network keeps 60%? then the experiment runs
sleep "${SHIFT_WAIT_S:-240}"
shot lesson-shift-test
cat "$CNNGUI_DATA_DIR"/answers/*/why-cnns-for-images.json | python3 -c "
import json, sys
for title, q in json.load(sys.stdin)['questions'].items():
    print(title, [(a['text'], a['right']) for a in q['attempts']], 'answer:', q['outcome'])"
