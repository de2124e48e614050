"""A training, as a joined seat sends it: the run's recipe, tags, curves, status and files, queued as it happens.

`ClassReporter` sits in the listener chain beside the run record (which stays the master copy);
on the training thread it only writes small outbox files, at the start, once an epoch and at the
end, and wakes the sender. The batch losses go at about `BATCH_POINTS` points a run (every k-th
batch, step = images seen), the per-epoch figures at step = epoch.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import asdict

from cnngui.core.classroom.membership import Membership
from cnngui.core.classroom.outbox import Outbox
from cnngui.core.training.loop import BatchReport, EpochReport, Listener
from cnngui.i18n import tr

BATCH_POINTS = 1000
EPOCH_METRICS = {"test_accuracy": "test_accuracy", "test_loss": "test_loss", "train_loss": "train_loss",
                 "images_per_second": "images_per_sec", "train_accuracy": "train_accuracy"}
STATUS = {"finished": "FINISHED", "stopped": "KILLED", "failed": "FAILED"}


def _now_ms() -> int:
    return int(time.time() * 1000)


def class_tags(membership: Membership, lesson: str = "", challenge: str = "") -> dict[str, str]:
    from cnngui import __version__
    from cnngui.core.devices import cpu_description

    return {"cnngui.student": membership.name, "cnngui.user": membership.user, "cnngui.lesson": lesson,
            "cnngui.challenge": challenge, "cnngui.version": __version__, "cnngui.machine": cpu_description(),
            "cnngui.seat": membership.seat}


def side_run_id(prefix: str, name: str) -> str:
    """The local id of a seat's run that holds no training: `drawings-our-digits`, `answers-why-cnns`."""
    return f"{prefix}-" + (re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower() or prefix)


def open_side_run(outbox: Outbox, membership: Membership, local: str, name: str, tags: dict[str, str]) -> None:
    """Queue the creation of a run that holds no training (a seat's shared drawings, its answers to a lesson),
    FINISHED at once, unless the server has it already; its files or tags follow as items of their own."""
    if local in outbox.known_runs():
        return
    now = _now_ms()
    tags = {**class_tags(membership), **tags}
    outbox.put("start", {"local": local, "name": name, "start_time": now, "params": {},
                         "tags": {key: value for key, value in tags.items() if value}})
    outbox.put("end", {"local": local, "status": "FINISHED", "end_time": now})


class ClassReporter(Listener):
    """Wraps the listener chain of one training (`inner`: the run recorder); call `start` after the
    recorder attached, `finish(state)` after the training ended, however it ended."""

    def __init__(self, inner: Listener, outbox: Outbox, tags: dict[str, str],
                 wake: Callable[[], None] = lambda: None, warn: Callable[[str], None] = lambda text: None) -> None:
        self.inner = inner
        self.outbox = outbox
        self.tags = tags
        self.wake = wake
        self.warn = warn
        self.run = None
        self.trainer = None
        self._every = 1
        self._batches = 0
        self._losses: list[tuple[float, int, int]] = []  # (value, timestamp, step) not yet queued
        self._broken = False

    def start(self, run, trainer) -> None:
        """Queue the run's start: its name, recipe and network as params, the class's tags."""
        from cnngui.core.training.runs import network_name

        self.run, self.trainer = run, trainer
        total = max(1, trainer.config.epochs * trainer.batches_per_epoch)
        self._every = max(1, math.ceil(total / BATCH_POINTS))
        params = {**asdict(trainer.config),
                  "network": network_name(run.arch), "parameters": run.params, "dataset": run.dataset.get(
                      "title", run.dataset.get("key", "")), "device": run.device,
                  "batches_per_epoch": trainer.batches_per_epoch}  # the batch losses' steps back to epochs
        self._put("start", {"local": run.id, "name": run.name, "start_time": _now_ms(), "params": params,
                            "tags": {key: value for key, value in self.tags.items() if value}})

    def on_batch(self, report: BatchReport) -> None:
        self.inner.on_batch(report)
        if self.run is None:
            return
        stamp = _now_ms()
        first = (report.epoch - 1) * report.batches_per_epoch + report.batch - len(report.losses)
        for offset, loss in enumerate(report.losses, start=1):
            index = first + offset
            if index % self._every == 0 and math.isfinite(loss):
                self._losses.append((loss, stamp, index * self.run.batch_size))

    def on_epoch(self, report: EpochReport, trainer) -> None:
        self.inner.on_epoch(report, trainer)
        if self.run is None:
            return
        stamp = _now_ms()
        values = [[name, getattr(report, field), stamp, report.epoch] for name, field in EPOCH_METRICS.items()
                  if isinstance(getattr(report, field), (int, float)) and math.isfinite(getattr(report, field))]
        values += [["best_test_accuracy", self.run.best_test_accuracy, stamp, report.epoch],
                   ["seconds", self.run.seconds, stamp, report.epoch]]  # what the class's table and challenges rank
        values += [["batch_loss", value, when, step] for value, when, step in self._losses]
        self._losses = []
        self._put("metrics", {"local": self.run.id, "metrics": values})
        self.wake()

    def finish(self, state: str) -> None:
        """The run's end: leftover batch losses, the checkpoint and network as artifacts, the status."""
        if self.run is None:
            return
        from cnngui.core.network.architecture import save_architecture

        run = self.run
        if self._losses:
            self._put("metrics", {"local": run.id, "metrics": [["batch_loss", v, t, s] for v, t, s in self._losses]})
            self._losses = []
        try:
            network = save_architecture(run.arch, run.folder / "network.json", run.name)
            self._put("artifact", {"local": run.id, "path": "network.json", "file": str(network)})
        except OSError:
            pass  # the record's own arch is the master copy; a disk too full for this file says so below
        if run.checkpoint_path.is_file():
            self._put("artifact", {"local": run.id, "path": "model/model.pt", "file": str(run.checkpoint_path)})
        self._put("end", {"local": run.id, "status": STATUS.get(state, "FAILED"), "end_time": _now_ms()})
        self.wake()

    def _put(self, kind: str, item: dict) -> None:
        try:
            self.outbox.put(kind, item)
        except OSError as exc:  # a full disk costs the class's copy, never the training
            if not self._broken:
                self._broken = True
                self.warn(tr("Not sent to the class: the outbox can't be written ({error}).").format(error=exc))
