"""How a model does on a test set: the confusion matrix, per-class figures, the mistakes.

One `Evaluation` holds every test image's logits, so the Evaluate tab, `cnngui evaluate` and
the calibration all read the same numbers; nothing here knows about Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import torch

from cnngui.core.data.normalize import network_input


@dataclass
class Evaluation:
    classes: list[str]
    labels: np.ndarray  # int64 [N], the true classes
    logits: np.ndarray  # float32 [N, C], as trained (calibration lives in core.calibration)
    extra: dict = field(default_factory=dict)

    @property
    def num_classes(self) -> int:
        return len(self.classes)

    @cached_property
    def probabilities(self) -> np.ndarray:
        return softmax(self.logits)

    @cached_property
    def predictions(self) -> np.ndarray:
        return self.logits.argmax(1)

    @cached_property
    def confidences(self) -> np.ndarray:
        """The probability of the predicted class, per image."""
        return self.probabilities[np.arange(len(self.labels)), self.predictions]

    @cached_property
    def confusion(self) -> np.ndarray:
        """Counts [true, predicted]."""
        c = self.num_classes
        return np.bincount(self.labels * c + self.predictions, minlength=c * c).reshape(c, c)

    @property
    def accuracy(self) -> float:
        return float((self.predictions == self.labels).mean()) if len(self.labels) else 0.0

    @cached_property
    def loss(self) -> float:
        """Mean cross-entropy of the logits as trained (temperature 1)."""
        log_p = log_softmax(self.logits)
        return float(-log_p[np.arange(len(self.labels)), self.labels].mean()) if len(self.labels) else 0.0

    def per_class(self) -> list[dict]:
        m = self.confusion
        support, predicted, hits = m.sum(1), m.sum(0), np.diag(m)
        return [{"class": name, "accuracy": _ratio(hits[i], support[i]), "precision": _ratio(hits[i], predicted[i]),
                 "recall": _ratio(hits[i], support[i]), "support": int(support[i])}
                for i, name in enumerate(self.classes)]

    def examples(self, true: int | None = None, predicted: int | None = None,
                 mistakes_only: bool = False) -> np.ndarray:
        """Indices of test images (optionally one cell of the matrix), most confident first:
        in an off-diagonal cell, or with `mistakes_only`, the most confident mistakes lead."""
        keep = np.ones(len(self.labels), bool)
        if true is not None:
            keep &= self.labels == true
        if predicted is not None:
            keep &= self.predictions == predicted
        if mistakes_only:
            keep &= self.predictions != self.labels
        index = np.flatnonzero(keep)
        return index[np.argsort(-self.confidences[index], kind="stable")]

    def to_json(self) -> dict:
        """The shape `cnngui evaluate --json` prints (rows: true class, columns: predicted)."""
        return {"accuracy": self.accuracy, "loss": self.loss, "classes": list(self.classes),
                "per_class": self.per_class(), "confusion_matrix": self.confusion.tolist(), **self.extra}

    def text(self) -> str:
        """The report `cnngui evaluate` prints: overall figures, per-class figures, the matrix."""
        m = self.confusion
        width = max(5, min(12, max(len(n) for n in self.classes)) + 2, len(str(m.max())) + 2)
        names = [n[:width - 2] for n in self.classes]
        lines = [f"Test accuracy: {self.accuracy:.4f}", f"Test loss: {self.loss:.4f}", "Per-class accuracy:"]
        lines += [f"  {row['class']}: {row['accuracy']:.4f}" for row in self.per_class()]
        lines += ["", f"{'class':<{width}}{'precision':>10}{'recall':>8}{'support':>9}"]
        lines += [f"{name:<{width}}{row['precision']:>10.4f}{row['recall']:>8.4f}{row['support']:>9}"
                  for name, row in zip(names, self.per_class())]
        lines += ["", "Confusion matrix (rows: true class, columns: predicted):",
                  f"{'':<{width}}" + "".join(f"{n:>{width}}" for n in names)]
        lines += [f"{names[i]:<{width}}" + "".join(f"{v:>{width}}" for v in row) for i, row in enumerate(m)]
        if "calibration" in self.extra:
            c = self.extra["calibration"]
            lines += ["", f"Calibration: temperature {c['temperature']:.3f}; calibration error on "
                          f"{c['held_out_images']} held-out test images {c['calibration_error_before']:.2%} as "
                          f"trained, {c['calibration_error_after']:.2%} scaled"]
        return "\n".join(lines)


def _ratio(a, b) -> float:
    return float(a) / float(b) if b else 0.0


def log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(1, keepdims=True))


def softmax(logits: np.ndarray) -> np.ndarray:
    return np.exp(log_softmax(logits))


@torch.inference_mode()
def forward_with_features(model: torch.nn.Sequential, batch: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Logits and the features "not sure" compares, in one pass: two views of what the last layer with
    weights reads, side by side [N, 2 * D]: taken before the activation and dropout right before that
    layer (the layers there that keep the shape and have no weights), and as it reads them. Before a
    ReLU a unit still says how strongly an input is *not* its pattern; after it those are all 0.
    Layer by layer rather than with a hook: a hook on a model that another thread also runs
    would catch that thread's inputs too."""
    layers = list(model.children())
    last = max(i for i, layer in enumerate(layers) if any(True for _ in layer.parameters(recurse=False)))
    h = before = batch
    for i, layer in enumerate(layers):
        if i == last:
            features = torch.cat([before.flatten(1), h.flatten(1)], 1)
        out = layer(h)
        if out.shape != h.shape or any(True for _ in layer.parameters(recurse=False)):
            before = out  # not elementwise: what follows starts here
        h = out
    return h, features


def run_model(model: torch.nn.Module, images: torch.Tensor, normalization: dict, batch_size: int = 500,
              cancelled=lambda: False, progress=lambda done, total: None) -> tuple[np.ndarray, np.ndarray]:
    """Logits [N, C] and the features "not sure" compares [N, 2 * D] for uint8 images [N, H, W], in batches;
    `cancelled()` is asked between them."""
    model.eval()
    logits, features = [], []
    for start in range(0, len(images), batch_size):
        if cancelled():
            raise InterruptedError("cancelled")
        out, feats = forward_with_features(model, network_input(images[start:start + batch_size], normalization))
        logits.append(out.float().numpy())
        features.append(feats.float().numpy())
        progress(min(start + batch_size, len(images)), len(images))
    if not logits:
        return np.zeros((0, 0), np.float32), np.zeros((0, 0), np.float32)
    return np.concatenate(logits), np.concatenate(features)


def accuracy_on(model: torch.nn.Module, images: torch.Tensor, labels: torch.Tensor, normalization: dict,
                cancelled=lambda: False) -> float:
    """Test accuracy of `model` on uint8 images [N, H, W] (the timeline, the experiments, Explore's edits)."""
    logits, _ = run_model(model, images, normalization, cancelled=cancelled)
    return float((logits.argmax(1) == labels.numpy()).mean()) if len(labels) else 0.0
