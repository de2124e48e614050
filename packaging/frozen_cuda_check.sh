#!/usr/bin/env bash
# Does the lighter bundle still train on a GPU? Freeze cnngui with packaging/cnngui.spec (which drops
# packaging/left_out.py's CUDA libraries), hide the Python environment's torch and nvidia folders so
# the frozen app can use only what it carries, train every preset network on CUDA with the frozen
# app, and list every library it loaded from outside the bundle (the driver's should be the only ones).
# On a GPU machine (a scratch one: it renames site-packages/torch while it runs):
#   bash packaging/frozen_cuda_check.sh          (PyInstaller from wheels in .whl/ if that folder exists)
# A dry run here, without a GPU and without hiding anything:
#   PY=.venv/bin/python DEV=cpu HIDE=0 bash packaging/frozen_cuda_check.sh
# Ends with "FROZEN: PASS" or "FROZEN: FAIL - ..."; logs go to $OUT (default /tmp/frozen-out).
set -o pipefail
export PYTHONUNBUFFERED=1 CNNGUI_CACHE_DIR=/tmp/cnngui-cache CNNGUI_DATA_DIR=/tmp/cnngui-data
PY=${PY:-python3}; DEV=${DEV:-cuda}; HIDE=${HIDE:-1}; OUT=${OUT:-/tmp/frozen-out}; mkdir -p "$OUT"
DIST=/tmp/fz/dist; WORK=/tmp/fz/work; rm -rf /tmp/fz
t0=$(date +%s); el() { echo "[$(( $(date +%s) - t0 )) s]"; }
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>/dev/null
$PY - <<'PY'
import sys, sysconfig, glob
print("python", sys.version.split()[0], "shared", sysconfig.get_config_var("Py_ENABLE_SHARED"),
      sysconfig.get_config_var("LDLIBRARY"), glob.glob(sysconfig.get_config_var("LIBDIR") + "/libpython3*.so*")[:3])
import torch, torchvision
print("torch", torch.__version__, "torchvision", torchvision.__version__, "cuda", torch.cuda.is_available())
PY
if [ -d .whl ]; then
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl && export PYTHONPATH=/tmp/site || exit 1
fi
$PY -m PyInstaller --version
site=$($PY -c "import os, torch; print(os.path.dirname(os.path.dirname(torch.__file__)))")
# 1. from source, for comparison (same seed, same subset)
src_log=$OUT/source.txt; : > "$src_log"
for arch in seed ffnn; do
  s=$(date +%s.%N); line=$($PY -m cnngui train --arch $arch --epochs 1 --subset 6000 --device $DEV --seed 0 --no-run --out /tmp/src-$arch.pt 2>&1 | grep -i 'test accuracy' | tail -1)
  echo "source $arch: $(python3 -c "import time; print(f'{time.time()-$s:.1f}')") s: $line" | tee -a "$src_log"
done
el; echo "building..."
if ! timeout 420 $PY -m PyInstaller --noconfirm --log-level WARN --distpath $DIST --workpath $WORK packaging/cnngui.spec > $OUT/pyinstaller.log 2>&1; then
  tail -25 $OUT/pyinstaller.log; echo "FROZEN: FAIL - PyInstaller failed"; exit 1
fi
el; echo "bundle $(du -sh $DIST/cnngui | cut -f1) ($(du -sb $DIST/cnngui | cut -f1) bytes)"
$PY - "$DIST/cnngui" "$site" <<'PY'
import glob, os, sys
sys.path.insert(0, "packaging")
from left_out import left_out
bundle, site = sys.argv[1], sys.argv[2]
inside = [p for p in glob.glob(bundle + "/**/*.so*", recursive=True) if left_out(os.path.basename(p))]
venv = [p for p in glob.glob(site + "/nvidia/**/*.so*", recursive=True) + glob.glob(site + "/torch/lib/*.so*")
        if left_out(os.path.basename(p))]
print(f"left-out libraries in the bundle: {len(inside)} {inside[:3]}")
print(f"left-out libraries in this PyTorch: {len(venv)}, {sum(os.path.getsize(p) for p in venv)/1e6:.0f} MB")
PY
if [ "$HIDE" = 1 ]; then
  mv "$site/torch" "$site/torch.away"; mv "$site/nvidia" "$site/nvidia.away" 2>/dev/null
  $PY -c "import torch" 2>/dev/null && echo "WARNING: torch still importable" || echo "the venv's torch and nvidia folders are hidden"
fi
# 2. frozen: every preset network (CUDA graphs on for fast), then the bundled recipe (augmentation, no graphs)
: > /tmp/maps.txt; fails=0
run() {  # name, args...
  local name=$1; shift
  local s=$(date +%s.%N)
  "$DIST/cnngui/cnngui" "$@" > /tmp/run.log 2>&1 & local pid=$!
  while kill -0 $pid 2>/dev/null; do for p in $pid $(pgrep -P $pid); do cat /proc/$p/maps >> /tmp/maps.txt 2>/dev/null; done; sleep 0.2; done
  wait $pid; local rc=$?
  local took=$(python3 -c "import time; print(f'{time.time()-$s:.1f}')" 2>/dev/null || echo "?")
  { echo "== $name: $*"; cat /tmp/run.log; } >> "$OUT/frozen.log"
  echo "frozen $name: rc $rc, ${took} s: $(grep -iE 'test accuracy|accuracy:? [0-9]' /tmp/run.log | tail -1)"
  [ $rc = 0 ] || { fails=$((fails+1)); tail -8 /tmp/run.log; }
}
for arch in seed deep lenet5 allconv ffnn; do
  run train-$arch train --arch $arch --epochs 1 --subset 6000 --device $DEV --seed 0 --no-run --out /tmp/fz-$arch.pt
done
run train-bundled-recipe train --preset bundled --epochs 1 --subset 6000 --device $DEV --seed 0 --no-run --out /tmp/fz-bundled.pt
run evaluate evaluate --model /tmp/fz-seed.pt --device $DEV
run summary summary
el
awk '{print $6}' /tmp/maps.txt | grep '\.so' | sort -u > $OUT/loaded.txt
echo "libraries loaded: $(wc -l < $OUT/loaded.txt); from outside the bundle:"
grep -v "^$DIST/cnngui/" $OUT/loaded.txt | sed 's/^/   /'
echo "CUDA libraries loaded from the bundle: $(grep "^$DIST/cnngui/" $OUT/loaded.txt | grep -ciE 'cud|nv|cublas')"
[ "$HIDE" = 1 ] && { mv "$site/torch.away" "$site/torch"; mv "$site/nvidia.away" "$site/nvidia" 2>/dev/null; }
[ $fails = 0 ] && echo "FROZEN: PASS" || echo "FROZEN: FAIL - $fails runs failed"
