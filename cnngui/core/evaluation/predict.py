"""Classify images with a model: the path `cnngui predict` and the Draw tab both take."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

from cnngui import resources
from cnngui.core.data.preprocess import Preprocessed, preprocess
from cnngui.core.evaluation.calibration import DEFAULT_FLAG_RATE, Calibration
from cnngui.core.evaluation.kept_calibration import calibration_for, kept_for
from cnngui.core.evaluation.metrics import forward_with_features
from cnngui.core.model_files.checkpoint import Checkpoint, load_checkpoint
from cnngui.errors import CheckpointError
from cnngui.i18n import N_, tr

BUNDLED_LABEL = N_("bundled model")  # what the app calls the model that ships with it


@dataclass
class Prediction:
    index: int | None  # the predicted class; None when the image holds nothing
    confidence: float
    probabilities: list[float]
    preprocessed: Preprocessed
    class_name: str = ""  # from the model's dataset: "7", "Sneaker", "ki"
    not_sure: bool = False  # unlike the training data (only once the model is calibrated)
    strangeness: float | None = None  # distance from the training data / the "not sure" threshold

    @property
    def digit(self) -> int | None:
        """The first release's name for `index` (and the key `cnngui predict --json` keeps)."""
        return self.index


class Predictor:
    """A model in eval mode on the CPU, with its normalisation, ready for single images."""

    def __init__(self, checkpoint: Checkpoint, label: str = "") -> None:
        self.checkpoint = checkpoint
        self.model = checkpoint.build("cpu")
        self.normalization = checkpoint.normalization
        self.dataset = checkpoint.spec
        self.label = label
        self.calibration: Calibration | None = None  # set once its test report is made

    @classmethod
    def from_file(cls, path: str | Path | None = None) -> Predictor:
        if path is None:
            path = resources.bundled_model_path()
            if not path.is_file():
                raise CheckpointError(tr("The bundled model {path} is missing; reinstall cnngui "
                                         "or pass --model FILE.").format(path=path))
            predictor = cls(load_checkpoint(path), BUNDLED_LABEL)
        else:
            predictor = cls(load_checkpoint(path), Path(path).name)
        predictor.calibration = kept_for(path)  # "not sure" at once where it was made before (or ships)
        return predictor

    @classmethod
    def calibrated(cls, path: str | Path | None = None) -> Predictor:
        """`from_file`, with "not sure" as the app judges it: the calibration shipped or kept for the
        model, or one made now from its test set and kept (None only where cnngui lacks that set)."""
        predictor = cls.from_file(path)
        if predictor.calibration is None:
            predictor.calibration = calibration_for(path or resources.bundled_model_path(), predictor.checkpoint,
                                                    predictor.model)
        return predictor

    def preprocess(self, image) -> Preprocessed:
        """The network input for any picture, made the way this model's dataset was."""
        return preprocess(image, self.normalization, self.dataset.framing)

    def predict(self, image, flag_rate: float = DEFAULT_FLAG_RATE) -> Prediction:
        return self.predict_preprocessed(self.preprocess(image), flag_rate)

    def predict_preprocessed(self, pre: Preprocessed, flag_rate: float = DEFAULT_FLAG_RATE) -> Prediction:
        """Calibrated probabilities and "not sure" once `calibration` is set; `flag_rate` is the
        share of real test images "not sure" may flag."""
        if pre.empty:
            return Prediction(None, 0.0, [0.0] * self.dataset.num_classes, pre)
        logits, features = forward_with_features(self.model, pre.tensor)
        calibration = self.calibration
        probs = torch.softmax(logits[0] / (calibration.temperature if calibration else 1.0), dim=0)
        index = int(probs.argmax())
        not_sure, strangeness = calibration.judge(features, flag_rate) if calibration else (False, None)
        return Prediction(index, float(probs[index]), [float(p) for p in probs], pre, self.dataset.class_name(index),
                          not_sure, strangeness)
