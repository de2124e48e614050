"""One training at a time, off the GUI thread, with its news as typed signals. Widget-free: the Train
tab shows what it says, and tests and tools drive it alike.

Each kind of news has its own signal (a status line, the start, each batch report, each epoch, the end),
so no receiver sorts payloads by their type. Signals emitted on the training thread reach receivers on
the GUI thread queued, in the order they were sent."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cnngui.core.training.loop import BatchReport
from cnngui.ui.tabs.train.worker import (
    EpochDone,
    TrainingEnded,
    TrainingJob,
    TrainingReports,
    TrainingStarted,
    run_training,
)
from cnngui.ui.tasks import Jobs, Task


class _SignalReports(TrainingReports):
    """The worker's reports, emitted as the run's signals (from the training thread)."""

    def __init__(self, run: TrainingRun) -> None:
        self.run = run

    def status(self, text: str) -> None:
        self.run.sig_status.emit(text)

    def started(self, started: TrainingStarted) -> None:
        self.run.sig_started.emit(started)

    def batch(self, report: BatchReport) -> None:
        self.run.sig_batch.emit(report)

    def epoch(self, done: EpochDone) -> None:
        self.run.sig_epoch.emit(done)


class TrainingRun(QObject):
    sig_status = Signal(str)  # loading, preparing, training on a device, an autosave that failed
    sig_started = Signal(TrainingStarted)  # batches per epoch, device, the speed probe's line
    sig_batch = Signal(BatchReport)  # the batches since the last report: losses, rate, ETA (≤ 10 Hz)
    sig_epoch = Signal(EpochDone)  # an epoch's figures and a CPU copy of the model
    sig_finished = Signal(TrainingEnded)  # the model at the end (None if stopped before it began)
    sig_failed = Signal(str)  # what went wrong, in words for a dialog
    sig_running_changed = Signal(bool)  # True at the start; False once the training thread has ended

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = Jobs()
        self.task: Task | None = None
        self.config = None  # the recipe of the training running, or of the last one

    @property
    def running(self) -> bool:
        return self.task is not None

    @property
    def paused(self) -> bool:
        return self.task is not None and self.task.state.paused

    def start(self, job: TrainingJob) -> bool:
        """Start `job` unless a training runs already; False if one does."""
        if self.running:
            return False
        self.config = job.config
        from cnngui.ui import gc_guard

        gc_guard.expect_late_imports()  # its first optimizer imports PyTorch's compiler: no collection meanwhile
        self.task = self.jobs.run("training", run_training, job, _SignalReports(self), parent=self,
                                  on_result=self.sig_finished.emit, on_failed=self.sig_failed.emit,
                                  on_done=self._ended)
        self.sig_running_changed.emit(True)
        return True

    def toggle_pause(self) -> bool:
        """Pause (the trainer holds after this batch) or go on; True if paused now."""
        if self.task is None:
            return False
        if self.task.state.paused:
            self.task.state.resume()
        else:
            self.task.state.pause()
        return self.task.state.paused

    def stop(self) -> None:
        """Stop within a layer; the model trained so far comes with sig_finished."""
        if self.task is not None:
            self.task.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop and wait for the training thread (the window is closing)."""
        if self.task is None:
            return True
        self.task.cancel()
        return self.task.wait(timeout_ms)

    def _ended(self) -> None:
        if self.task is None:
            return
        self.task.deleteLater()
        self.task = None
        self.sig_running_changed.emit(False)
