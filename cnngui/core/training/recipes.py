"""Training recipes: the hyperparameters of a run, their limits, and the presets, declared once.

`FORM` is what the Train tab shows and saves, the CLI's flags take and a lesson may fix: each
`Hyperparameter` carries its key, title, type and range, and the form's spin boxes, the saved
settings and the lesson parser all read them here. Nothing here needs PyTorch, so the window can
use it before PyTorch has loaded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from cnngui.errors import UserError
from cnngui.i18n import N_, number, tr

MAX_EPOCHS = 1000  # the one epoch limit: the form, the CLI, lessons and the trainer
MAX_SEED = 2**31 - 1  # what a spin box can show
MAX_BATCH = 8192  # a batch of 65,536 needs some 24 GB on a CPU (the monkey found it): a lab PC has less
LR_LIMIT = 10.0
OPTIMIZERS = ("adam", "adamw", "sgd")
SCHEDULES = ("constant", "onecycle")
SPEED_PROBES = ("auto", "fresh", "off")


@dataclass(frozen=True)
class Hyperparameter:
    """One hyperparameter the user sets: `admits` is its rule, `parse` reads it from text or a saved value."""

    key: str  # TrainConfig's field
    title: str  # marked for translation
    kind: type  # int, float, str or bool
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple = ()

    def admits(self, value) -> bool:
        if self.kind is bool:
            return isinstance(value, bool)
        if self.choices:
            return value in self.choices
        if self.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            return False
        if self.kind is float and not (isinstance(value, (int, float)) and math.isfinite(value)):
            return False
        return (self.minimum is None or value >= self.minimum) and (self.maximum is None or value <= self.maximum)

    def parse(self, raw):
        """The value `raw` (text, or what QSettings saved) stands for; ValueError if it is none this admits."""
        if self.kind is bool:
            text = str(raw).strip().lower()
            if text not in ("true", "false", "1", "0"):
                raise ValueError(f"not true or false: {raw!r}")
            value = text in ("true", "1")
        elif self.kind is int:
            number = float(raw)
            if not number.is_integer():
                raise ValueError(f"not a whole number: {raw!r}")
            value = int(number)
        elif self.kind is float:
            value = float(raw)
        else:
            value = str(raw)
        if not self.admits(value):
            raise ValueError(f"{value!r} is out of range")
        return value


FORM = (
    Hyperparameter("epochs", N_("Epochs"), int, 1, MAX_EPOCHS),
    Hyperparameter("batch_size", N_("Batch size"), int, 1, MAX_BATCH),
    Hyperparameter("lr", N_("Learning rate"), float, 0.00001, LR_LIMIT),
    Hyperparameter("optimizer", N_("Optimizer"), str, choices=OPTIMIZERS),
    Hyperparameter("seed", N_("Seed"), int, 0, MAX_SEED),
    Hyperparameter("label_smoothing", N_("Label smoothing"), float, 0.0, 0.5),
    Hyperparameter("augment", N_("Augment (slant, size, stroke width)"), bool),
)
HYPERPARAMETERS = {h.key: h for h in FORM}


@dataclass
class TrainConfig:
    """Hyperparameters of one run; `validate()` rejects impossible values with a clear message."""

    epochs: int = 3
    batch_size: int = 128
    lr: float = 3e-3
    optimizer: str = "adam"
    schedule: str = "onecycle"
    weight_decay: float = 0.0
    augment: bool = False
    seed: int = 0
    device: str = "auto"
    mixed_precision: bool = False  # may train in bfloat16 autocast, where the speed probe measures it faster
    channels_last: bool = True  # may use NHWC convolutions (same arithmetic), where measured faster
    speed_probe: str = "auto"  # auto: measured once per machine and network; fresh: again now; off: as set
    label_smoothing: float = 0.0
    adam_beta2: float = 0.999  # Adam's second-moment decay; 0.99 adapts faster in a one-epoch run
    cuda_graphs: bool = True  # on CUDA, replay each step as one captured graph (not with augmentation)

    def validate(self) -> None:
        epochs, batch = HYPERPARAMETERS["epochs"], HYPERPARAMETERS["batch_size"]
        if not epochs.admits(self.epochs):
            raise UserError(tr("epochs must be a whole number from 1 to {maximum}, got {epochs}.").format(
                maximum=epochs.maximum, epochs=self.epochs))
        if not batch.admits(self.batch_size):
            raise UserError(tr("batch size must be a whole number from 1 to {maximum}, got {batch_size}.").format(
                maximum=batch.maximum, batch_size=self.batch_size))
        if not (isinstance(self.lr, (int, float)) and math.isfinite(self.lr) and 0 < self.lr <= LR_LIMIT):
            raise UserError(tr("learning rate must be a number above 0 and at most 10, got {lr}.").format(lr=self.lr))
        if self.optimizer not in OPTIMIZERS:
            raise UserError(tr("optimizer must be one of {join}, got {optimizer!r}.").format(
                join=', '.join(OPTIMIZERS), optimizer=self.optimizer))
        if self.schedule not in SCHEDULES:
            raise UserError(tr("schedule must be one of {join}, got {schedule!r}.").format(
                join=', '.join(SCHEDULES), schedule=self.schedule))
        if not (0 <= self.weight_decay < 1):
            raise UserError(tr("weight decay must be from 0 to below 1, got {weight_decay}.").format(
                weight_decay=self.weight_decay))
        if not (isinstance(self.label_smoothing, (int, float)) and 0 <= self.label_smoothing < 1):
            raise UserError(tr("label smoothing must be from 0 to below 1, got {label_smoothing}.").format(
                label_smoothing=self.label_smoothing))
        if not (isinstance(self.adam_beta2, (int, float)) and 0 < self.adam_beta2 < 1):
            raise UserError(tr("Adam's beta2 must be above 0 and below 1, got {adam_beta2}.").format(
                adam_beta2=self.adam_beta2))
        if self.speed_probe not in SPEED_PROBES:
            raise UserError(tr("speed probe must be one of {join}, got {value!r}.").format(
                join=", ".join(SPEED_PROBES), value=self.speed_probe))
        if not (isinstance(self.seed, int) and 0 <= self.seed < 2**63):
            raise UserError(tr("seed must be a non-negative whole number, got {seed}.").format(seed=self.seed))


PRESETS: dict[str, TrainConfig] = {
    # The seed notebook's recipe: Keras defaults, Adam 1e-3, batch 32, 3 epochs.
    "seed": TrainConfig(epochs=3, batch_size=32, lr=1e-3, optimizer="adam", schedule="constant"),
    # The fast default: 99% in one epoch. A one-cycle schedule with a high peak, label smoothing and a
    # faster-adapting Adam (beta2 0.99); bf16 and channels_last where the machine runs them faster.
    "fast": TrainConfig(epochs=1, batch_size=128, lr=1e-2, optimizer="adam", schedule="onecycle",
                        label_smoothing=0.1, adam_beta2=0.99, mixed_precision=True),
    # The bundled model: longer, with augmentation so it holds up on people's handwriting.
    "bundled": TrainConfig(epochs=15, batch_size=128, lr=3e-3, optimizer="adamw", schedule="onecycle",
                           weight_decay=1e-4, augment=True, seed=2024),
}
PRESET_DESCRIPTIONS = {
    "seed": N_("Seed notebook (Adam, batch 32)"),
    "fast": N_("Fast default (99% in one epoch)"),
    "bundled": N_("Bundled model (augmented)"),
}


def preset(name: str, **overrides) -> TrainConfig:
    if name not in PRESETS:
        raise UserError(tr("Unknown preset {name!r}; choose one of {join}.").format(name=name, join=', '.join(PRESETS)))
    overrides = {k: v for k, v in overrides.items() if v is not None}
    return replace(PRESETS[name], **overrides)


def for_small_folder(images: int, fine_tune: bool) -> tuple[dict, str]:
    """Hyperparameters that learn well from a class's own folder (20 images a class, say), chosen from its
    size: small batches, enough epochs for about 150 steps when fine-tuning a trained model (400 from
    scratch), augmentation below 5,000 images. Returns (settings, a line saying what was chosen)."""
    batch = 16 if images < 500 else 32 if images < 5000 else 128
    steps_per_epoch = max(1, math.ceil(images / batch))
    epochs = max(1, min(MAX_EPOCHS, math.ceil((150 if fine_tune else 400) / steps_per_epoch)))
    # lr 3e-3 for fine-tuning too: best of lr {3e-4, 1e-3, 3e-3} × {12, 30} epochs × augmentation on four kinds of
    # other writers' digits, 3 seeds (benchmarks/fine_tune_defaults.py, issue 31): 99.64% against 99.44% at 1e-3
    settings = {"epochs": epochs, "batch_size": batch, "augment": images < 5000, "lr": 3e-3}
    line = tr("For {images} training images: {epochs} epochs of batch {batch} ({steps} steps){augment}, Adam lr "
              "{lr}, one-cycle.").format(images=images, epochs=epochs, batch=batch, steps=epochs * steps_per_epoch,
                                         augment=tr(", augmented") if settings["augment"] else "",
                                         lr=number(settings["lr"], "g"))
    return settings, line
