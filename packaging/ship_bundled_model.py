"""Ships a trained run as the bundled model: its checkpoint, its run record and its calibration.

    .venv/bin/cnngui train --preset bundled --out /tmp/bundled.pt      # makes a run in the runs list
    .venv/bin/python packaging/ship_bundled_model.py /tmp/bundled.pt RUN_FOLDER

Writes resources/models/cnngui-mnist.pt (the checkpoint), cnngui-mnist.run.json (the run's record:
recipe, seed, every epoch's figures, the machine and time, plus the model file's SHA-256 and the
command that reproduces it) and cnngui-mnist.calibration.npz (make_bundled_calibration.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from pathlib import Path

from cnngui import resources
from cnngui.core.atomic import atomic_path, write_text_atomic

COMMAND = "cnngui train --preset bundled --out cnngui-mnist.pt"


def run_record_path() -> Path:
    return resources.bundled_model_path().with_suffix(".run.json")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("checkpoint", type=Path, help="the file `cnngui train --out` wrote")
    parser.add_argument("run", type=Path, help="that training's folder in the runs list (with run.json)")
    args = parser.parse_args()
    record = json.loads((args.run / "run.json").read_text(encoding="utf-8"))
    if record.get("state") != "finished":
        raise SystemExit(f"{args.run}: the run is {record.get('state')!r}, not finished")
    target = resources.bundled_model_path()
    with atomic_path(target) as temporary:
        shutil.copyfile(args.checkpoint, temporary)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    record.update(snapshots=[], model_file=target.name, model_sha256=digest, command=COMMAND)
    write_text_atomic(run_record_path(), json.dumps(record, indent=1))
    final = record["history"][-1]["test_accuracy"]  # the model is the last epoch's
    print(f"{target.name}: sha256 {digest[:16]}…, {len(record['history'])} epochs, test accuracy {final:.2%}")
    from make_bundled_calibration import main as calibrate

    calibrate()


if __name__ == "__main__":
    main()
