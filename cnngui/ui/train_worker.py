"""Runs the core trainer on a QThread and turns its progress and failures into signals.

Like Mu's workers: nothing escapes as an exception; every failure becomes `failed(str)`.
Reports are plain numbers, already throttled by the trainer to about 20 per second.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Callable

import torch
from PySide6.QtCore import QObject, Signal, Slot

from cnngui.core.checkpoint import from_trainer, save_checkpoint
from cnngui.core.control import TrainControl
from cnngui.core.data import DigitData
from cnngui.core.training import BatchReport, EpochReport, Listener, ResumeState, TrainConfig, Trainer
from cnngui.errors import UserError
from cnngui.ui.torch_threads import use_training_threads


class _SignalListener(Listener):
    def __init__(self, worker: "TrainWorker") -> None:
        self.worker = worker

    def on_batch(self, report: BatchReport) -> None:
        self.worker.batch.emit(report)

    def on_epoch(self, report: EpochReport, trainer: Trainer) -> None:
        checkpoint = from_trainer(trainer)
        if self.worker.autosave_path is not None:
            try:
                save_checkpoint(checkpoint, self.worker.autosave_path)
            except UserError as exc:
                self.worker.status.emit(f"Autosave failed: {exc}")
        self.worker.epoch.emit(report, checkpoint)


class TrainWorker(QObject):
    status = Signal(str)
    started = Signal(object)  # the Trainer's config and batches per epoch, as a dict
    batch = Signal(object)  # BatchReport
    epoch = Signal(object, object)  # EpochReport, Checkpoint (CPU copy of the weights)
    finished = Signal(object, bool)  # final Checkpoint (None if stopped before training), stopped
    failed = Signal(str)
    done = Signal()  # always last

    def __init__(self, config: TrainConfig, data_provider: Callable[[], DigitData],
                 resume: ResumeState | None = None, autosave_path: Path | None = None,
                 report_interval: float = 0.1) -> None:
        super().__init__()
        self.config = config
        self.data_provider = data_provider
        self.resume = resume
        self.autosave_path = autosave_path
        self.report_interval = report_interval
        self.control = TrainControl()

    @Slot()
    def run(self) -> None:
        try:
            use_training_threads()
            self.status.emit("Loading MNIST…")
            data = self.data_provider()
            if self.control.stop_requested:
                self.finished.emit(None, True)
                return
            self.status.emit("Preparing the model…")
            trainer = Trainer(data, self.config, control=self.control, listener=_SignalListener(self),
                              report_interval=self.report_interval, resume=self.resume)
            self.started.emit({"batches_per_epoch": trainer.batches_per_epoch, "device": str(trainer.device),
                               "epochs_done": trainer.epochs_done})
            self.status.emit(f"Training on {trainer.device}")
            result = trainer.run()
            self.finished.emit(from_trainer(trainer), result.stopped)
        except UserError as exc:
            self.failed.emit(str(exc))
        except torch.cuda.OutOfMemoryError:
            self.failed.emit("The GPU ran out of memory. Use a smaller batch size, or train on the CPU.")
        except Exception as exc:  # a worker must never die silently
            traceback.print_exc()
            self.failed.emit(f"Training failed: {type(exc).__name__}: {exc}")
        finally:
            self.done.emit()
