"""Honest confidence: temperature scaling, a reliability diagram, and "not sure" for inputs
unlike the training data.

A softmax answers "which class?", never "is this a digit at all?": a scribble gets 99%.
Two things fix what a student sees:
- **Temperature** divides the logits so that "90% sure" is right about 90% of the time.
  It is fitted on one half of the test set and checked on the other: the model has already
  seen every training image, so those would flatter it.
- **Typicality**: an input whose last hidden features are far from those of every training
  image is "not sure" (deep nearest neighbours, Sun et al. 2022). The threshold is the share of
  real test images that may be flagged (a teacher's setting), read off the first test half.
  On the bundled model, per-class Gaussians over the same features (Lee et al. 2018) caught
  30% of generated non-digits at 2% of test digits flagged; nearest neighbours caught 81-84%
  (benchmarks/not_sure.py).
  Two views of the last hidden layer are asked and their distances averaged: what the last layer
  reads (after the ReLU), and the same units before the ReLU with each divided by the square root
  of its spread. Before the ReLU a unit still says how strongly an input is *not* its pattern,
  which sets letters apart; after it, scribbles stand out more. Together, on the bundled model at
  2% of test digits flagged, they catch 87-93% of generated letters where the view after the ReLU
  alone caught 80-83%, and flag no more digits by other writers (benchmarks/other_writers.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import torch

from cnngui.core.evaluation.metrics import Evaluation, log_softmax, run_model, softmax

DEFAULT_FLAG_RATE = 0.02  # the share of real test images "not sure" may flag
MAX_FIT_IMAGES = 10_000  # training images whose features are kept to compare with
NEIGHBOURS = 5
# Per view of the features (see forward_with_features: before the activation, as the last layer reads
# them), each unit is divided by its spread over the training images to this power (0: as they are).
SPREAD_POWERS = (0.5, 0.0)  # one per view: as many as forward_with_features puts side by side
VIEW_SCALE_QUANTILE = 0.98  # a view's distances are measured in its held-out images' 98th percentile
# Fewer held-out images than this can't say what is unusual (a threshold at 2% of two images is their
# largest): a model of a small folder then never says "not sure" from typicality, only from its answer.
MIN_REFERENCE = 30


@dataclass(frozen=True)
class ReliabilityBin:
    lower: float
    upper: float
    count: int
    confidence: float  # mean predicted probability in the bin
    accuracy: float  # share right in the bin


def reliability(probabilities: np.ndarray, labels: np.ndarray, bins: int = 10) -> list[ReliabilityBin]:
    confidence = probabilities.max(1)
    right = probabilities.argmax(1) == labels
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.searchsorted(edges, confidence, side="left") - 1, 0, bins - 1)
    out = []
    for b in range(bins):
        mask = which == b
        n = int(mask.sum())
        out.append(ReliabilityBin(float(edges[b]), float(edges[b + 1]), n,
                                  float(confidence[mask].mean()) if n else 0.0,
                                  float(right[mask].mean()) if n else 0.0))
    return out


def calibration_error(bins: list[ReliabilityBin]) -> float:
    """Expected calibration error: the count-weighted gap between confidence and accuracy."""
    total = sum(b.count for b in bins)
    return sum(b.count * abs(b.confidence - b.accuracy) for b in bins) / total if total else 0.0


def mean_nll(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    return float(-log_softmax(logits / temperature)[np.arange(len(labels)), labels].mean())


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature that minimises the held-out negative log-likelihood (a golden-section
    search on log T; the loss is convex in 1/T, so the search finds its one minimum)."""
    if not len(labels):
        return 1.0
    lo, hi = math.log(0.05), math.log(20.0)
    ratio = (math.sqrt(5) - 1) / 2
    a, b = hi - ratio * (hi - lo), lo + ratio * (hi - lo)
    fa, fb = mean_nll(logits, labels, math.exp(a)), mean_nll(logits, labels, math.exp(b))
    for _ in range(60):
        if fa < fb:
            hi, b, fb = b, a, fa
            a = hi - ratio * (hi - lo)
            fa = mean_nll(logits, labels, math.exp(a))
        else:
            lo, a, fa = a, b, fb
            b = lo + ratio * (hi - lo)
            fb = mean_nll(logits, labels, math.exp(b))
    return math.exp((lo + hi) / 2)


def _unit_rows(a: np.ndarray) -> np.ndarray:
    a = a.astype(np.float32)
    return a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-8)


@dataclass
class Typicality:
    """How far an input lies from the training images, as the last hidden layer sees them: per view
    of its features, the cosine distance to the k-th nearest training image (deep nearest neighbours),
    in units of that view's typical distance; the views' mean."""

    banks: np.ndarray  # [V, M, D] training features per view, scaled, unit length
    scales: np.ndarray  # [V, D] what each view's units are divided by first
    units: np.ndarray  # [V] each view's distance that 98% of held-out real images stay within
    reference: np.ndarray  # sorted distances of held-out real images: thresholds come from these
    k: int = NEIGHBOURS
    _threshold: tuple | None = field(default=None, repr=False, compare=False)  # ((rate, reference), threshold)

    @classmethod
    def fit(cls, features: np.ndarray, held_out: np.ndarray, k: int = NEIGHBOURS) -> Typicality:
        """From training features and held-out real images' features, both [N, V * D] (views side by side)."""
        views = np.split(features.astype(np.float32), len(SPREAD_POWERS), axis=1)
        scales = []
        for view, power in zip(views, SPREAD_POWERS, strict=True):
            spread = view.std(0)
            scales.append((spread + 0.01 * float(np.median(spread)) + 1e-6) ** power)  # a still unit stays quiet
        scales = np.stack(scales).astype(np.float32)
        banks = np.stack([_unit_rows(view / scale) for view, scale in zip(views, scales, strict=True)])
        typical = cls(banks, scales, np.ones(len(views), np.float32), np.zeros(0), k)
        raw = typical._view_distances(held_out)
        typical.units = np.maximum(np.quantile(raw, VIEW_SCALE_QUANTILE, axis=1), 1e-6).astype(np.float32)
        typical.reference = np.sort(typical.distances(held_out))
        return typical

    def _view_distances(self, features: np.ndarray, chunk: int = 2048) -> np.ndarray:
        """[V, N]: 1 - cosine similarity to the k-th nearest training image, per view and row."""
        k = min(self.k, self.banks.shape[1])
        out = []
        for view, bank, scale in zip(np.split(features, len(self.banks), axis=1), self.banks, self.scales,
                                     strict=True):
            x = _unit_rows(view / scale)
            rows = [1 - np.partition(x[i:i + chunk] @ bank.T, -k, axis=1)[:, -k] for i in range(0, len(x), chunk)]
            out.append(np.concatenate(rows) if rows else np.zeros(0, np.float32))
        return np.stack(out)

    def distances(self, features: np.ndarray) -> np.ndarray:
        """How far each row lies from the training images: 1 is where 2% of real images lie beyond, per view."""
        return (self._view_distances(features) / self.units[:, None]).mean(0)

    def threshold(self, flag_rate: float) -> float:
        """The distance beyond which `flag_rate` of the reference images lie (remembered per rate and reference:
        a quantile of the reference took a sixth of a millisecond of every pen event)."""
        if not len(self.reference):
            return math.inf
        key = (flag_rate, id(self.reference), len(self.reference))
        if self._threshold is None or self._threshold[0] != key:
            self._threshold = (key, float(np.quantile(self.reference, 1 - min(max(flag_rate, 0.0), 1.0))))
        return self._threshold[1]


@dataclass
class Calibration:
    temperature: float
    typicality: Typicality | None  # None: no training images to compare with
    before: list[ReliabilityBin]  # on the second test half, as trained
    after: list[ReliabilityBin]  # the same images, with the temperature
    held_out: int  # images in the second half

    @property
    def error_before(self) -> float:
        return calibration_error(self.before)

    @property
    def error_after(self) -> float:
        return calibration_error(self.after)

    def judge(self, features: torch.Tensor | np.ndarray, flag_rate: float = DEFAULT_FLAG_RATE) -> tuple[bool, float]:
        """(not sure?, how far from the training data as a multiple of the threshold) for features [N, D]."""
        if self.typicality is None:
            return False, 0.0
        feats = features.numpy() if isinstance(features, torch.Tensor) else features
        distance = float(self.typicality.distances(feats.reshape(1, -1))[0])
        limit = self.typicality.threshold(flag_rate)
        return distance > limit, distance / limit if limit else math.inf

    def summary(self) -> dict:
        return {"temperature": self.temperature, "calibration_error_before": self.error_before,
                "calibration_error_after": self.error_after, "held_out_images": self.held_out}


def split_halves(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Even and odd indices: the first half fits, the second checks (both hold every class)."""
    index = np.arange(n)
    return index[0::2], index[1::2]


def calibrate_from(evaluation: Evaluation, test_features: np.ndarray | None = None,
                   train_features: np.ndarray | None = None) -> Calibration:
    """A calibration from an evaluation's logits (its test set); with the test and training
    features also the typicality for "not sure"."""
    fit, check = split_halves(len(evaluation.labels))
    logits, labels = evaluation.logits, evaluation.labels
    temperature = fit_temperature(logits[fit], labels[fit])
    typicality = None
    if test_features is not None and train_features is not None and len(train_features) and len(fit) >= MIN_REFERENCE:
        typicality = Typicality.fit(train_features, test_features[fit])
    return Calibration(temperature, typicality,
                       reliability(softmax(logits[check]), labels[check]),
                       reliability(softmax(logits[check] / temperature), labels[check]), len(check))


def calibrate(model: torch.nn.Module, evaluation: Evaluation, test_features: np.ndarray, train_images: torch.Tensor,
              normalization: dict, cancelled=lambda: False) -> Calibration:
    """Fit the temperature and typicality for `model`; `evaluation` and `test_features` come from
    `run_model` on its test set. Reads at most MAX_FIT_IMAGES training images, spread evenly."""
    step = max(1, len(train_images) // MAX_FIT_IMAGES)
    _, train_features = run_model(model, train_images[::step][:MAX_FIT_IMAGES], normalization, cancelled=cancelled)
    return calibrate_from(evaluation, test_features, train_features)
