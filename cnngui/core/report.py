"""A model's test report: its evaluation and its calibration, from one pass over the test set.

The Evaluate tab, the Draw tab's "not sure" and `cnngui evaluate` all take it from here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from cnngui.core.calibration import Calibration, calibrate, calibrate_from
from cnngui.core.datasets import DatasetSpec
from cnngui.core.evaluation import Evaluation, run_model


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
    evaluation = Evaluation([spec.class_name(index) for index in range(spec.num_classes)], test_labels.numpy().astype(np.int64),
                            logits.reshape(len(test_labels), spec.num_classes))
    calibration = None
    if len(test_labels) >= 2:
        calibration = (calibrate(model, evaluation, features, train_images, normalization, cancelled=cancelled)
                       if train_images is not None else calibrate_from(evaluation))
        evaluation.extra["calibration"] = calibration.summary()
    return ModelReport(evaluation, calibration, test_images)
