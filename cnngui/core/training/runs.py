"""Runs: every training, from the GUI or `cnngui train`, kept to compare, reopen and replay.

A run is a folder in the user's data folder (`runs/<id>/`): `run.json` (settings, network,
dataset, device, per-batch losses, per-epoch metrics, time, snapshot list), `model.pt` (the
latest checkpoint) and `snapshots/*.pt` (weights only: each epoch, and a few early in the
first epoch, where most of the change happens). Every file is written atomically; a run
that is unreadable, half-written or edited into nonsense is skipped with a message.
"""

from __future__ import annotations

import json
import math
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch

from cnngui import resources
from cnngui.core.atomic import atomic_path, write_text_atomic
from cnngui.core.training.loop import BatchReport, EpochReport, Listener
from cnngui.errors import CheckpointError
from cnngui.i18n import tr

FORMAT = 1
RUN_FILE = "run.json"
EARLY_SNAPSHOTS = (0.02, 0.1, 0.3)  # fractions of the first epoch after which weights are kept too


class RunError(ValueError):
    """A run folder that can't be read as a run."""


def runs_dir() -> Path:
    return resources.data_dir() / "runs"


@dataclass
class Snapshot:
    epoch: float  # epochs done when it was taken: 0.02 early in the first, 1.0 at its end
    images_seen: int
    file: str  # inside the run's snapshots folder


@dataclass
class Run:
    id: str
    name: str
    created: str
    device: str
    dataset: dict
    arch: list[dict]
    config: dict
    params: int
    batches_per_epoch: int
    batch_size: int
    history: list[dict] = field(default_factory=list)  # EpochReport fields, one per epoch
    batch_losses: list[float] = field(default_factory=list)
    seconds: float = 0.0  # training time, pauses left out
    state: str = "running"  # running, finished, stopped
    snapshots: list[Snapshot] = field(default_factory=list)
    speed: dict = field(default_factory=dict)  # how it ran fastest: the setting chosen and the rates measured
    folder: Path | None = None

    @property
    def best_test_accuracy(self) -> float | None:
        values = [h["test_accuracy"] for h in self.history]
        return max(values) if values else None

    @property
    def checkpoint_path(self) -> Path:
        return self.folder / "model.pt"

    def snapshot_path(self, snapshot: Snapshot) -> Path:
        return self.folder / "snapshots" / snapshot.file

    def to_json(self) -> dict:
        record = asdict(self)
        record.pop("folder")
        return {"format": FORMAT, **record}

    @classmethod
    def from_json(cls, record, folder: Path) -> Run:
        if not isinstance(record, dict) or record.get("format") != FORMAT:
            raise RunError(tr("written by another version of cnngui"))
        try:
            run = cls(**{k: v for k, v in record.items() if k not in ("format", "snapshots")},
                      snapshots=[Snapshot(**s) for s in record.get("snapshots", [])], folder=folder)
        except TypeError as exc:
            raise RunError(tr("fields missing or unknown ({exc})").format(exc=exc)) from exc
        problems = [name for name, ok in (
            ("name", isinstance(run.name, str)), ("params", isinstance(run.params, int) and run.params >= 0),
            ("batches_per_epoch", isinstance(run.batches_per_epoch, int) and run.batches_per_epoch > 0),
            ("history", isinstance(run.history, list) and all(isinstance(h, dict) and _finite(h.get("test_accuracy"))
                                                              for h in run.history)),
            ("batch_losses",
             isinstance(run.batch_losses, list) and all(isinstance(v, (int, float)) for v in run.batch_losses)),
            ("arch", isinstance(run.arch, list) and all(isinstance(layer, dict) for layer in run.arch)),
            ("seconds", _finite(run.seconds)),
            ("snapshots", all(isinstance(s.file, str) and "/" not in s.file and "\\" not in s.file and _finite(s.epoch)
                              for s in run.snapshots)),
        ) if not ok]
        if problems:
            raise RunError("damaged: " + ", ".join(problems))
        return run

    def summary(self) -> dict:
        """The row `cnngui runs --json` prints."""
        return {"id": self.id, "name": self.name, "created": self.created, "network": network_name(self.arch),
                "dataset": self.dataset.get("title", self.dataset.get("key", "")), "params": self.params,
                "epochs": len(self.history), "best_test_accuracy": self.best_test_accuracy,
                "seconds": self.seconds, "device": self.device, "state": self.state,
                "snapshots": len(self.snapshots)}


def _finite(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def network_name(arch: list[dict]) -> str:
    """A preset's title when the layers are one, else the layer kinds in short."""
    from cnngui.core.network.architecture import PRESETS

    for preset in PRESETS.values():
        if [dict(layer) for layer in preset.layers] == arch:
            return preset.title
    kinds = [layer.get("type", "?") for layer in arch]
    return "custom: " + " ".join(k for k in kinds if k not in ("relu", "flatten", "dropout", "batchnorm"))


def _write_json(path: Path, record: dict) -> None:
    write_text_atomic(path, json.dumps(record, indent=1))


class RunStore:
    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root else runs_dir()

    def list(self) -> tuple[list[Run], list[str]]:
        """(runs, newest first; a line for each folder skipped and why)."""
        runs, skipped = [], []
        if not self.root.is_dir():
            return runs, skipped
        for folder in sorted(self.root.iterdir()):
            if not folder.is_dir():
                continue
            try:
                runs.append(self.load(folder))
            except RunError as exc:
                skipped.append(f"Skipped the run in {folder.name}: {exc}.")
        runs.sort(key=lambda r: r.created, reverse=True)
        return runs, skipped

    def load(self, folder: Path) -> Run:
        path = Path(folder) / RUN_FILE
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise RunError(tr("no run.json (a run that never started, or not a run)")) from exc
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RunError(tr("run.json is unreadable ({error})").format(error=exc.__class__.__name__)) from exc
        return Run.from_json(record, Path(folder))

    def new_folder(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for n in range(1000):
            folder = self.root / (stamp if n == 0 else f"{stamp}-{n}")
            try:
                folder.mkdir(parents=True)
                return folder
            except FileExistsError:
                continue
        raise OSError(f"Cannot make a run folder in {self.root}")

    def save(self, run: Run) -> None:
        _write_json(run.folder / RUN_FILE, run.to_json())

    def rename(self, run: Run, name: str) -> None:
        run.name = name.strip() or run.name
        self.save(run)

    def delete(self, run: Run) -> None:
        shutil.rmtree(run.folder, ignore_errors=True)

    def load_snapshot(self, run: Run, snapshot: Snapshot) -> dict:
        try:
            state = torch.load(run.snapshot_path(snapshot), map_location="cpu", weights_only=True)
        except FileNotFoundError as exc:
            raise CheckpointError(tr("The snapshot {file} of run {name!r} is missing.").format(
                file=snapshot.file, name=run.name)) from exc
        except Exception as exc:
            raise CheckpointError(tr("The snapshot {file} of run {name!r} is unreadable.").format(
                file=snapshot.file, name=run.name)) from exc
        if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor) for v in state.values()):
            raise CheckpointError(tr("The snapshot {file} of run {name!r} holds no weights.").format(
                file=snapshot.file, name=run.name))
        return state


class RunRecorder(Listener):
    """Keeps a run while a Trainer trains: wraps the listener the trainer would have had.

    Call `attach(trainer)` before `trainer.run()` and `finish()` after it, however it ended."""

    def __init__(self, store: RunStore, inner: Listener | None = None, name: str = "") -> None:
        self.store = store
        self.inner = inner or Listener()
        self.name = name
        self.run: Run | None = None
        self.trainer = None
        self._early = list(EARLY_SNAPSHOTS)
        self._last_save = 0.0

    def attach(self, trainer) -> Run:
        from cnngui.core.network.architecture import count_model_parameters

        self.trainer = trainer
        folder = self.store.new_folder()
        (folder / "snapshots").mkdir()
        cfg = asdict(trainer.config)
        self.run = Run(id=folder.name, name=self.name or f"{network_name(trainer.arch)}, lr {cfg['lr']:g}",
                       created=time.strftime("%Y-%m-%dT%H:%M:%S"), device=str(trainer.device),
                       dataset=trainer.dataset.record(), arch=[dict(layer) for layer in trainer.arch], config=cfg,
                       params=count_model_parameters(trainer.model), batches_per_epoch=trainer.batches_per_epoch,
                       batch_size=trainer.config.batch_size, history=trainer.history_dicts(),
                       speed=trainer.speed.record(), folder=folder)
        if not trainer.history:
            self._snapshot(0.0)  # the random start: the timeline begins at noise
        self.store.save(self.run)
        return self.run

    def on_batch(self, report: BatchReport) -> None:
        self.inner.on_batch(report)
        if self.run is None:
            return
        self.run.batch_losses.extend(report.losses)
        done = report.batch / report.batches_per_epoch
        while self._early and report.epoch == 1 and done >= self._early[0] and report.batch < report.batches_per_epoch:
            self._early.pop(0)
            self._snapshot(round(done, 3))

    def on_epoch(self, report: EpochReport, trainer) -> None:
        if self.run is not None:
            from cnngui.core.model_files.checkpoint import from_trainer, save_checkpoint

            self.run.history.append(asdict(report))
            self.run.seconds += report.seconds
            self._snapshot(float(report.epoch))
            save_checkpoint(from_trainer(trainer), self.run.checkpoint_path)
            self.store.save(self.run)
        self.inner.on_epoch(report, trainer)

    def finish(self) -> None:
        """The run's last state: finished when every epoch was trained, else stopped (by a user or an error)."""
        if self.run is None:
            return
        trainer = self.trainer
        self.run.state = "finished" if trainer.epochs_done >= trainer.config.epochs else "stopped"
        self.store.save(self.run)

    def _snapshot(self, epoch: float) -> None:
        run, trainer = self.run, self.trainer
        file = f"epoch-{epoch:07.3f}.pt"
        state = {k: v.detach().to("cpu").clone(memory_format=torch.contiguous_format)
                 for k, v in trainer.model.state_dict().items()}
        with atomic_path(run.folder / "snapshots" / file) as tmp:
            torch.save(state, tmp)
        seen = round(epoch * len(trainer.train_x)) if epoch else 0
        run.snapshots.append(Snapshot(epoch, seen, file))
