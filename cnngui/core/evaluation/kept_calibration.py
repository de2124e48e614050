""""Not sure" on the command line as the app says it: a model's calibration, made once from its test set
and kept, so `cnngui predict` and the Draw tab give one picture one verdict.

The bundled model ships its calibration beside it; another model's is made on first use and kept in the
cache folder under the model file's SHA-256 (written atomically). A kept calibration is plain arrays in
an `.npz` read with `allow_pickle=False`: nothing in it runs. One that doesn't belong to the model, or
can't be read, is made again."""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

import numpy as np

from cnngui import resources
from cnngui.core.atomic import atomic_path
from cnngui.core.evaluation.calibration import Calibration, ReliabilityBin, Typicality
from cnngui.core.model_files.checkpoint import Checkpoint

FORMAT = 2  # 2: two views of the features (a format 1 file is made again)


def shipped_path() -> Path:
    """The bundled model's calibration, shipped beside it."""
    return resources.bundled_model_path().with_suffix(".calibration.npz")


def file_digest(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _bins(bins: list[ReliabilityBin]) -> np.ndarray:
    return np.array([[b.lower, b.upper, b.count, b.confidence, b.accuracy] for b in bins], np.float64)


def _unbins(array: np.ndarray) -> list[ReliabilityBin]:
    return [ReliabilityBin(float(a), float(b), int(c), float(d), float(e)) for a, b, c, d, e in array]


def save(calibration: Calibration, path: Path, model_digest: str) -> None:
    typical = calibration.typicality
    arrays = {"format": np.array(FORMAT), "model_sha256": np.array(model_digest),
              "temperature": np.array(calibration.temperature), "held_out": np.array(calibration.held_out),
              "before": _bins(calibration.before), "after": _bins(calibration.after)}
    if typical is not None:
        arrays.update(banks=typical.banks, scales=typical.scales, units=typical.units, reference=typical.reference,
                      k=np.array(typical.k))
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp, open(tmp, "wb") as f:
        np.savez(f, **arrays)


def load(path: Path, model_digest: str) -> Calibration | None:
    """The kept calibration of the model with `model_digest`, or None (none kept, another model's, damaged)."""
    try:
        with np.load(path, allow_pickle=False) as kept:
            if int(kept["format"]) != FORMAT or str(kept["model_sha256"]) != model_digest:
                return None
            typical = (Typicality(*(kept[key].astype(np.float32) for key in ("banks", "scales", "units", "reference")),
                                  int(kept["k"])) if "banks" in kept else None)
            return Calibration(float(kept["temperature"]), typical, _unbins(kept["before"]), _unbins(kept["after"]),
                               int(kept["held_out"]))
    except (OSError, KeyError, ValueError, TypeError, EOFError):
        return None


def _made(checkpoint: Checkpoint, model) -> Calibration | None:
    """From the model's own test set, as the app's test report makes it (None where cnngui lacks the set)."""
    from cnngui.core.data import sources
    from cnngui.core.evaluation.report import make_report
    from cnngui.errors import UserError

    spec = checkpoint.spec
    if not spec.bundled and not sources.is_folder(spec):
        return None  # Fashion-MNIST, KMNIST: their files are in a folder only the user knows
    try:
        data = sources.load(spec, None)
    except UserError:
        return None
    return make_report(model, checkpoint.normalization, spec, data.test_images, data.test_labels,
                       data.train_images).calibration


def _kept_file(digest: str) -> Path:
    return resources.cache_dir() / "calibrations" / f"{digest}.npz"


def kept_for(model_path: str | Path, digest: str | None = None) -> Calibration | None:
    """The calibration shipped or kept for the model in `model_path`, or None (nothing is made here)."""
    try:
        digest = digest or file_digest(model_path)
    except OSError:
        return None
    for candidate in (shipped_path(), _kept_file(digest)):
        calibration = load(candidate, digest)
        if calibration is not None:
            return calibration
    return None


def calibration_for(model_path: str | Path, checkpoint: Checkpoint, model) -> Calibration | None:
    """The calibration of the model in `model_path`: shipped, kept, or made now and kept."""
    digest = file_digest(model_path)
    kept_file = _kept_file(digest)
    calibration = kept_for(model_path, digest)
    if calibration is not None:
        return calibration
    calibration = _made(checkpoint, model)
    if calibration is not None:
        with contextlib.suppress(OSError):  # a cache that can't be written costs time next run, never the answer
            save(calibration, kept_file, digest)
    return calibration
