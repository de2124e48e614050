"""Writes the bundled model's calibration beside it (resources/models/cnngui-mnist.calibration.npz), as
`cnngui predict` would make and keep it on first use: run it whenever the bundled model is retrained.

    .venv/bin/python packaging/make_bundled_calibration.py
"""

from __future__ import annotations

import time

from cnngui import resources
from cnngui.core.evaluation import kept_calibration
from cnngui.core.evaluation.predict import Predictor


def main() -> None:
    path = resources.bundled_model_path()
    predictor = Predictor.from_file()
    start = time.perf_counter()
    calibration = kept_calibration._made(predictor.checkpoint, predictor.model)
    kept_calibration.save(calibration, kept_calibration.shipped_path(), kept_calibration.file_digest(path))
    size = kept_calibration.shipped_path().stat().st_size
    print(f"{kept_calibration.shipped_path().name}: temperature {calibration.temperature:.3f}, "
          f"{calibration.typicality.banks.shape[1]} training images, {size / 1e6:.1f} MB, "
          f"made in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
