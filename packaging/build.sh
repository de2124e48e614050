#!/usr/bin/env bash
# Build the onedir PyInstaller bundle and prove it runs: dist/cnngui/cnngui self-test.
# Ends with one line: "packaging: PASS|FAIL - ... bundle SIZE, build N s".
#   CNNGUI_VENV   the virtual environment to build from (default .venv, made by bootstrap.sh)
#   CNNGUI_DIST   where the bundle goes (default build/dist)
set -uo pipefail
cd "$(dirname "$0")/.."
VENV=${CNNGUI_VENV:-.venv}
DIST=${CNNGUI_DIST:-build/dist}
mkdir -p build
[ -x "$VENV/bin/cnngui" ] || bash bootstrap.sh --version >/dev/null
"$VENV/bin/python" -m pip install -q "pyinstaller>=6.10" || { echo "packaging: FAIL - could not install PyInstaller"; exit 1; }
"$VENV/bin/python" -m cnngui.i18n compile || { echo "packaging: FAIL - could not build the translations"; exit 1; }
start=$(date +%s)
if ! "$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" \
        --workpath build/work packaging/cnngui.spec > build/pyinstaller.log 2>&1; then
    tail -30 build/pyinstaller.log
    echo "packaging: FAIL - PyInstaller failed after $(( $(date +%s) - start )) s (build/pyinstaller.log)"
    exit 1
fi
build_s=$(( $(date +%s) - start ))
size=$(du -sh "$DIST/cnngui" | cut -f1)
export QT_QPA_PLATFORM=offscreen CNNGUI_CACHE_DIR="$PWD/build/selftest-cache" CNNGUI_DATA_DIR="$PWD/build/selftest-data"
if ! "$DIST/cnngui/cnngui" self-test; then
    echo "packaging: FAIL - the frozen app's self-test failed; bundle $size, build $build_s s"
    exit 1
fi
startup=$(CNNGUI_STARTUP_TIMINGS=1 CNNGUI_EXIT_WHEN_READY=1 "$VENV/bin/python" benchmarks/startup.py --frozen "$DIST/cnngui/cnngui" --runs 3 2>&1 | tail -1)
echo "$startup"
echo "packaging: PASS - self-test passed; bundle $size, build $build_s s"
