"""Keras-like console output for `cnngui train`: a progress bar with ETA and images/s, and a line per epoch."""

from __future__ import annotations

import sys
import time

from cnngui.core.training.loop import BatchReport, EpochReport, Listener, TrainResult
from cnngui.i18n import tr


def format_duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    if seconds >= 60:
        return f"{seconds // 60}:{seconds % 60:02d}"
    return f"{seconds}s"


def epoch_summary(r: EpochReport, batches_per_epoch: int) -> str:
    """The Keras-like part of an epoch line, shared by the console and the GUI log."""
    return tr("{seconds}s {step}ms/step - loss: {loss} - accuracy: {accuracy} - val_loss: {test_loss} "
              "- val_accuracy: {test_accuracy}").format(
        seconds=f"{r.seconds:.0f}", step=f"{1000 * r.seconds / batches_per_epoch:.0f}", loss=f"{r.train_loss:.4f}",
        accuracy=f"{r.train_accuracy:.4f}", test_loss=f"{r.test_loss:.4f}", test_accuracy=f"{r.test_accuracy:.4f}")


def epoch_notes(r: EpochReport, label_smoothing: float) -> list[str]:
    """What the first epoch's figures need said so a student reads them right (the log says it once)."""
    notes = []
    if r.train_objective is not None:
        notes.append(tr("loss and val_loss are both the plain cross-entropy. The recipe trains with label "
                        "smoothing {smoothing}, which keeps answers from growing overconfident: the objective it "
                        "minimised was {objective}, higher by design.").format(
            smoothing=f"{label_smoothing:g}", objective=f"{r.train_objective:.4f}"))
    if r.train_accuracy < r.test_accuracy:
        notes.append(tr("accuracy (training) is below val_accuracy (test): it is the running average over "
                        "the epoch, which began at chance, while val_accuracy is measured after it."))
    return notes


class KerasProgress(Listener):
    """Prints progress; saves a checkpoint after every epoch so an interrupted run loses little."""

    WIDTH = 30

    def __init__(self, out_path, stream=None) -> None:
        self.out_path = out_path
        self.stream = stream or sys.stdout
        self.live = self.stream.isatty()
        self._epoch = 0
        self._losses: list[float] = []
        self._noted = False

    def start(self, trainer) -> None:
        from cnngui.core.devices import describe_device

        cfg = trainer.config
        print(f"Training {sum(p.numel() for p in trainer.model.parameters()):,} parameters on "
              f"{describe_device(trainer.device)}: {epochs_text(cfg.epochs)}, batch {cfg.batch_size}, "
              f"{cfg.optimizer} lr {cfg.lr:g} ({cfg.schedule}), seed {cfg.seed}"
              + (", augmented" if cfg.augment else ""), file=self.stream, flush=True)
        print(trainer.speed.summary(), file=self.stream, flush=True)
        self.started = time.perf_counter()

    def _bar(self, done: int, total: int) -> str:
        filled = int(self.WIDTH * done / total)
        arrow = ">" if filled < self.WIDTH else ""
        return "=" * filled + arrow + "." * (self.WIDTH - filled - len(arrow))

    def on_batch(self, r: BatchReport) -> None:
        if r.epoch != self._epoch:
            self._epoch, self._losses = r.epoch, []
            print(f"Epoch {r.epoch}/{r.epochs}", file=self.stream, flush=True)
        self._losses.extend(r.losses)
        if not self.live:
            return
        mean_loss = sum(self._losses) / len(self._losses)
        width = len(str(r.batches_per_epoch))
        print(f"\r{r.batch:>{width}}/{r.batches_per_epoch} [{self._bar(r.batch, r.batches_per_epoch)}] "
              f"- ETA: {format_duration(r.eta_seconds)} - loss: {mean_loss:.4f} - accuracy: {r.train_accuracy:.4f} "
              f"- {r.images_per_sec:,.0f} img/s   ", end="", file=self.stream, flush=True)

    def on_epoch(self, r: EpochReport, trainer) -> None:
        from cnngui.core.model_files.checkpoint import from_trainer, save_checkpoint

        nb = trainer.batches_per_epoch
        save_checkpoint(from_trainer(trainer), self.out_path)
        lead = "\r" if self.live else ""
        print(f"{lead}{nb}/{nb} [{self._bar(1, 1)}] - {epoch_summary(r, nb)} - {r.images_per_sec:,.0f} img/s",
              file=self.stream, flush=True)
        if not self._noted:  # once, at the run's first epoch
            self._noted = True
            for note in epoch_notes(r, trainer.config.label_smoothing):
                print(f"Note: {note}", file=self.stream, flush=True)

    def finish(self, result: TrainResult) -> None:
        total = time.perf_counter() - self.started
        status = "Stopped" if result.stopped else "Finished"
        final = result.history[-1].test_accuracy if result.history else float("nan")
        print(f"{status} after {epochs_text(result.epochs_done)} in {format_duration(total)}; "
              f"test accuracy {final:.4f}; saved {self.out_path}", file=self.stream, flush=True)


def epochs_text(count: int) -> str:
    """"1 epoch", "3 epochs", in the user's language."""
    return tr("1 epoch") if count == 1 else tr("{count} epochs").format(count=count)
