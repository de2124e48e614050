#!/usr/bin/env bash
# Set up a virtual environment in .venv (once) and then:
#   bash bootstrap.sh app       launch the desktop app (the default)
#   bash bootstrap.sh test      run the linter (ruff) and the test suite
#   bash bootstrap.sh <args>    run `cnngui <args>`, e.g. bash bootstrap.sh train --preset seed
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
VENV=${CNNGUI_VENV:-.venv}
if [ ! -x "$VENV/bin/cnngui" ] || [ pyproject.toml -nt "$VENV/.installed" ]; then
    echo "Setting up $VENV (PyTorch is large: this takes a minute or two the first time)..." >&2
    "$PY" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
    # torch 2.14.1 + torchvision 0.29.1 are a pair that import together.
    "$VENV/bin/python" -m pip install -q "torch==2.14.1" "torchvision==0.29.1" -e ".[dev]"
    touch "$VENV/.installed"
fi
# The translations Qt loads (.qm), built from their sources in resources/translations whenever those change
"$VENV/bin/python" -m cnngui.i18n compile >/dev/null
cmd=${1:-app}
case "$cmd" in
    app) shift || true
         # Qt's window needs system libraries (libxcb-cursor0 and friends): name any that are missing
         "$VENV/bin/python" -m cnngui.platform_check || exit 2
         exec "$VENV/bin/cnngui" "$@" ;;
    test) shift
          # The linter first (seconds): a finding fails the run as a failing test does
          "$VENV/bin/ruff" check --quiet . || { echo "ruff: fix the findings above (ruff check --fix fixes many)" >&2; exit 1; }
          exec "$VENV/bin/python" -m pytest "$@" ;;
    *) exec "$VENV/bin/cnngui" "$@" ;;
esac
