"""A training as background work: the core trainer, reporting each kind of news through its own method.

`run_training(state, job, reports)` runs on a task's thread. `reports` gets a status line, then
`TrainingStarted`, each `BatchReport` (plain numbers, already throttled by the trainer) and, after every
epoch, `EpochDone` with a CPU copy of the model (autosaved first); the result is `TrainingEnded`.
Pause and stop reach the trainer through the task's state. `TrainingRun` (run.py) turns the reports
into typed Qt signals; nothing here knows Qt's widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cnngui.core.control import TaskState
from cnngui.core.data.loading import ImageData
from cnngui.core.model_files.checkpoint import Checkpoint, from_trainer, save_checkpoint
from cnngui.core.network.architecture import SEED_CNN
from cnngui.core.training.continuing import TrainingSession
from cnngui.core.training.loop import BatchReport, EpochReport, Listener, ResumeState, Trainer
from cnngui.core.training.recipes import TrainConfig
from cnngui.errors import UserError
from cnngui.i18n import tr
from cnngui.ui.torch_threads import use_training_threads


@dataclass
class TrainingJob:
    config: TrainConfig
    data_provider: Callable[[], ImageData]  # called on the training thread (loading is slow)
    arch: list[dict] = field(default_factory=lambda: [dict(layer) for layer in SEED_CNN])
    resume: ResumeState | None = None
    autosave_path: Path | None = None
    report_interval: float = 0.1
    runs_root: Path | None = None  # keep the training as a run there (None: don't)
    run_name: str = ""
    lesson: str = ""  # tags for the class, where this seat joined one
    challenge: str = ""
    trainer_options: dict = field(default_factory=dict)  # init_state, freeze_features: starting from a trained model


@dataclass
class TrainingStarted:
    batches_per_epoch: int
    device: str
    epochs_done: int
    speed: str = ""  # the speed probe's line: what was chosen, and the rates measured


@dataclass
class EpochDone:
    report: EpochReport
    checkpoint: Checkpoint  # CPU copy of the weights


@dataclass
class TrainingEnded:
    checkpoint: Checkpoint | None  # None if stopped before training began
    stopped: bool


class TrainingReports:
    """Where a training's news goes, one method per kind; called on the training thread. This one
    drops everything (a training run by a test or a tool that only wants the result)."""

    def status(self, text: str) -> None: ...

    def started(self, started: TrainingStarted) -> None: ...

    def batch(self, report: BatchReport) -> None: ...

    def epoch(self, done: EpochDone) -> None: ...


class _TaskListener(Listener):
    def __init__(self, reports: TrainingReports, job: TrainingJob) -> None:
        self.reports, self.job = reports, job

    def on_batch(self, report: BatchReport) -> None:
        self.reports.batch(report)

    def on_epoch(self, report: EpochReport, trainer: Trainer) -> None:
        checkpoint = from_trainer(trainer)
        if self.job.autosave_path is not None:
            try:
                save_checkpoint(checkpoint, self.job.autosave_path)
            except UserError as exc:
                self.reports.status(tr("Autosave failed: {error}").format(error=exc))
        self.reports.epoch(EpochDone(report, checkpoint))


def run_training(state: TaskState, job: TrainingJob, reports: TrainingReports | None = None) -> TrainingEnded:
    reports = reports or TrainingReports()
    use_training_threads()
    reports.status(tr("Loading the data…"))
    data = job.data_provider()
    if state.stop_requested:
        return TrainingEnded(None, True)
    reports.status(tr("Preparing the model…"))
    session = TrainingSession(data, job.config, job.arch, _TaskListener(reports, job), resume=job.resume,
                              control=state, runs_root=job.runs_root, keep_run=job.runs_root is not None,
                              run_name=job.run_name, report_interval=job.report_interval, warn=reports.status,
                              lesson=job.lesson, challenge=job.challenge,
                              **job.trainer_options)
    trainer = session.trainer
    reports.started(TrainingStarted(trainer.batches_per_epoch, str(trainer.device), trainer.epochs_done,
                                    trainer.speed.summary()))
    reports.status(tr("Training on {device}").format(device=trainer.device))
    result = session.run()
    return TrainingEnded(from_trainer(trainer), result.stopped)
