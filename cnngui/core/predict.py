"""Classify images with a model: the path `cnngui predict` and the Draw tab both take."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

from cnngui import resources
from cnngui.core.checkpoint import Checkpoint, load_checkpoint
from cnngui.core.preprocess import Preprocessed, preprocess
from cnngui.errors import CheckpointError


@dataclass
class Prediction:
    digit: int | None  # None when the image holds no digit
    confidence: float
    probabilities: list[float]
    preprocessed: Preprocessed


class Predictor:
    """A model in eval mode on the CPU, with its normalisation, ready for single images."""

    def __init__(self, checkpoint: Checkpoint, label: str = "") -> None:
        self.checkpoint = checkpoint
        self.model = checkpoint.build("cpu")
        self.normalization = checkpoint.normalization
        self.label = label

    @classmethod
    def from_file(cls, path: str | Path | None = None) -> "Predictor":
        if path is None:
            path = resources.bundled_model_path()
            if not path.is_file():
                raise CheckpointError(f"The bundled model {path} is missing; reinstall cnngui or pass --model FILE.")
            return cls(load_checkpoint(path), "bundled model")
        return cls(load_checkpoint(path), Path(path).name)

    @torch.inference_mode()
    def probabilities(self, batch: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.model(batch), dim=1)

    def predict(self, image) -> Prediction:
        pre = preprocess(image, self.normalization)
        if pre.empty:
            return Prediction(None, 0.0, [0.0] * 10, pre)
        probs = self.probabilities(pre.tensor)[0]
        digit = int(probs.argmax())
        return Prediction(digit, float(probs[digit]), [float(p) for p in probs], pre)
