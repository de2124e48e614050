#!/usr/bin/env bash
# The class server's wheels for a teacher's computer without internet: run this where the package
# registry is reachable, carry the folder over, then install from it there:
#   bash packaging/download_class_wheels.sh [FOLDER]          (default: build/class-wheels)
#   pip install --no-index --find-links FOLDER "mlflow[auth]==3.17.2"   (on the teacher's computer)
# The seats need none of this: they speak MLflow's REST API with the standard library.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-build/class-wheels}
PY=${PYTHON:-python3}
mkdir -p "$OUT"
"$PY" -m pip download --only-binary=:all: --dest "$OUT" "mlflow[auth]==3.17.2"
count=$(find "$OUT" -name '*.whl' | wc -l)
size=$(du -sh "$OUT" | cut -f1)
echo "class wheels: $count files, $size in $OUT"
echo "on the teacher's computer: pip install --no-index --find-links $OUT \"mlflow[auth]==3.17.2\" && pip install -e ."
