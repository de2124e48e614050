"""A training as the CLI and the GUI both run it: the one rule for continuing a checkpoint, and
the one setup of a Trainer with its run record.

`continued_config` is how a saved run goes on: the settings it was trained with, then whatever
the user set for this continuation (more epochs, another device). `TrainingSession` wraps a Trainer
and, where runs are kept, its `RunRecorder`: a run record that can't be written costs the record,
never the training, and a run never stays "running" in the list after an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path

from cnngui.core.control import TaskState
from cnngui.core.data.loading import ImageData
from cnngui.core.model_files.checkpoint import Checkpoint
from cnngui.core.training.loop import Listener, ResumeState, Trainer, TrainResult
from cnngui.core.training.recipes import TrainConfig
from cnngui.errors import UserError
from cnngui.i18n import tr

# What a checkpoint carries on into its continuation: the hyperparameters its optimizer state and
# schedule were made with. The rest (label smoothing, bf16...) comes from the recipe chosen now.
CARRIED = ("epochs", "batch_size", "lr", "optimizer", "seed", "schedule", "weight_decay", "augment")


def continued_config(checkpoint: Checkpoint, recipe: TrainConfig, **chosen) -> TrainConfig:
    """The configuration that continues `checkpoint`: `recipe`, then the checkpoint's own settings
    (CARRIED), then what the user chose for this continuation (None: not chosen). The epochs must
    go past the checkpoint's, or there is nothing to continue."""
    names = {f.name for f in fields(TrainConfig)}
    carried = {key: value for key, value in checkpoint.config.items() if key in CARRIED and key in names}
    carried.update({key: value for key, value in chosen.items() if value is not None})
    config = replace(recipe, **carried)
    if config.epochs <= checkpoint.epoch:
        raise UserError(tr("This checkpoint has already trained {done} epochs; continue to more than {done}.").format(
            done=checkpoint.epoch))
    config.validate()
    return config


def load_start(model: str | Path) -> Checkpoint:
    """The trained model a training starts from: "bundled", or a checkpoint file."""
    from cnngui import resources
    from cnngui.core.model_files.checkpoint import load_checkpoint

    return load_checkpoint(resources.bundled_model_path() if str(model) == "bundled" else Path(model))


def starting_from(start: Checkpoint, classes: int, freeze_features: bool) -> tuple[list[dict], dict]:
    """(network, trainer options) of a training that starts from `start`'s weights: its network with one
    output per class (a new last layer where the classes differ, every other layer kept), and, with
    `freeze_features`, every layer up to the flatten fixed (transfer learning). The images are normalised as
    `start` learnt them (a Keras model: pixels / 255)."""
    from cnngui.core.network.architecture import for_classes

    return for_classes(start.arch, classes), {"init_state": start.state_dict, "freeze_features": freeze_features,
                                              "normalization": start.normalization}  # its input, as it learnt it


def resume_state(checkpoint: Checkpoint) -> ResumeState:
    return ResumeState(checkpoint.state_dict, checkpoint.optimizer_state, checkpoint.epoch, checkpoint.history)


class TrainingSession:
    """One training and its run record, set up the same way wherever it runs."""

    def __init__(self, data: ImageData, config: TrainConfig, arch: list[dict] | None = None,
                 listener: Listener | None = None, resume: ResumeState | None = None,
                 control: TaskState | None = None, runs_root: Path | None = None, keep_run: bool = True,
                 run_name: str = "", report_interval: float = 0.1,
                 warn: Callable[[str], None] = lambda text: None, lesson: str = "", challenge: str = "",
                 **trainer_options) -> None:
        """`keep_run`: record it in the runs list (`runs_root`, or the user's) and, where this seat has joined
        a class, send it there too (tagged with `lesson` and `challenge`); `warn` hears what went wrong
        without stopping the training."""
        self.recorder = self.reporter = None
        if keep_run:
            from cnngui.core.training.runs import RunRecorder, RunStore

            self.recorder = RunRecorder(RunStore(runs_root) if runs_root else RunStore(), listener, run_name)
        self.trainer = Trainer(data, config, **({"arch": arch} if arch is not None else {}), control=control,
                               listener=self.recorder or listener, report_interval=report_interval, resume=resume,
                               **trainer_options)
        if self.recorder is not None:
            try:
                self.recorder.attach(self.trainer)
            except OSError as exc:  # a full disk or a read-only folder costs the run record, not the training
                warn(tr("Not kept in the runs list: {error}").format(error=exc))
                self.trainer.listener, self.recorder = self.recorder.inner, None
        if self.recorder is not None:
            self.reporter = _class_reporter(self.recorder, lesson, challenge, warn)
            if self.reporter is not None:
                self.trainer.listener = self.reporter
                self.reporter.start(self.recorder.run, self.trainer)

    def run(self) -> TrainResult:
        failed = True
        try:
            result = self.trainer.run()
            failed = False
            return result
        finally:
            if self.recorder is not None:
                self.recorder.finish()  # also after an error: the run must not stay "running" in the list
            if self.reporter is not None:
                self.reporter.finish("failed" if failed else self.recorder.run.state)


def _class_reporter(recorder, lesson: str, challenge: str, warn: Callable[[str], None]):
    """The class's reporter around `recorder` where this seat has joined a class, else None."""
    from cnngui.core.classroom import membership, sender
    from cnngui.core.classroom.reporter import ClassReporter, class_tags

    joined = membership.current()
    if joined is None:
        return None
    shared = sender.shared()
    return ClassReporter(recorder, shared.outbox, class_tags(joined, lesson, challenge), wake=shared.wake, warn=warn)
