"""A model's test report: its evaluation and its calibration, from one pass over the test set.

The Evaluate tab, the Draw tab's "not sure" and `cnngui evaluate` all take it from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from cnngui.core.data.datasets import DatasetSpec
from cnngui.core.evaluation.calibration import Calibration, calibrate, calibrate_from
from cnngui.core.evaluation.metrics import Evaluation, run_model


@dataclass
class ModelReport:
    evaluation: Evaluation
    calibration: Calibration | None  # None with fewer than two test images
    test_images: torch.Tensor  # uint8 [N, H, W]: the gallery shows these


def make_report(model: torch.nn.Module, normalization: dict, spec: DatasetSpec, test_images: torch.Tensor,
                test_labels: torch.Tensor, train_images: torch.Tensor | None = None, cancelled=lambda: False,
                progress=lambda done, total: None) -> ModelReport:
    """Without `train_images` the calibration has a temperature but no typicality ("not sure")."""
    logits, features = run_model(model, test_images, normalization, cancelled=cancelled, progress=progress)
    evaluation = Evaluation([spec.class_name(index) for index in range(spec.num_classes)],
                            test_labels.numpy().astype(np.int64),
                            logits.reshape(len(test_labels), spec.num_classes))
    calibration = None
    if len(test_labels) >= 2:
        calibration = (calibrate(model, evaluation, features, train_images, normalization, cancelled=cancelled)
                       if train_images is not None else calibrate_from(evaluation))
        evaluation.extra["calibration"] = calibration.summary()
    return ModelReport(evaluation, calibration, test_images)


@dataclass
class FolderScore:
    """A model on every image of a folder (its handwriting), with who drew each one where the folder says."""

    report: ModelReport
    writers: list[str]  # per scored image; "" where unknown
    skipped: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def evaluation(self) -> Evaluation:
        return self.report.evaluation

    def per_writer(self) -> list[tuple[str, int, float]]:
        """(writer, images, accuracy), by name; empty when the folder names no writers."""
        if not any(self.writers):
            return []
        hits = self.evaluation.predictions == self.evaluation.labels
        names = np.array(self.writers)
        return [(name, int((names == name).sum()),
                 float(hits[names == name].mean())) for name in sorted(set(self.writers))]


def score_folder(model: torch.nn.Module, normalization: dict, spec: DatasetSpec, root: str | Path,
                 cancelled=lambda: False, progress=lambda done, total: None) -> FolderScore:
    """The model on every image under `root`, whose class folders must be the model's classes (else a
    UserError naming the mismatch); each image framed as the model frames a drawing."""
    from cnngui.core.data.image_folder import check_classes, decode, labelled_images, writer_of
    from cnngui.errors import UserError
    from cnngui.i18n import tr

    classes, items = labelled_images(root)
    check_classes(classes, spec.class_names, Path(root))
    images, labels, skipped = decode(items, spec, progress=progress, cancelled=cancelled)
    if len(images) == 0:
        raise UserError(tr("No image under {folder} could be read.").format(folder=root))
    broken = {path for path, _ in skipped}
    kept = [writer_of(path, Path(root) / classes[label]) for path, label in items if path not in broken]
    return FolderScore(make_report(model, normalization, spec, images, labels, cancelled=cancelled), kept, skipped)
