"""One checkpoint format: weights, architecture, normalisation, metrics and resume state.

Loading uses `torch.load(weights_only=True)`, so no code in a file is ever run, and a
SHA-256 over the weights catches files edited after saving. Writes are atomic.
"""

from __future__ import annotations

import hashlib
import os
import platform
import time
import warnings
from dataclasses import dataclass, field, fields
from pathlib import Path

import torch

from cnngui import __version__
from cnngui.core.atomic import atomic_path, write_error_text
from cnngui.core.data.datasets import DatasetSpec, from_record
from cnngui.core.network.architecture import build_model, validate
from cnngui.core.training.loop import EpochReport
from cnngui.errors import ArchitectureError, CheckpointError, DataError, UserError
from cnngui.i18n import tr

FORMAT = "cnngui-checkpoint"
FORMAT_VERSION = 1


@dataclass
class Checkpoint:
    arch: list[dict]
    state_dict: dict[str, torch.Tensor]
    normalization: dict
    epoch: int = 0
    metrics: dict = field(default_factory=dict)
    history: list[dict] = field(default_factory=list)
    config: dict = field(default_factory=dict)
    optimizer_state: dict | None = None
    versions: dict = field(default_factory=dict)
    created: str = ""
    note: str = ""
    dataset: dict = field(default_factory=dict)  # DatasetSpec.record(); older files have none (MNIST)

    @property
    def spec(self) -> DatasetSpec:
        """The dataset this model was trained on: its class names, input shape and framing."""
        return from_record(self.dataset or None)

    def build(self, device: str | torch.device = "cpu") -> torch.nn.Module:
        """The model, with weights, in eval mode."""
        model = build_model(self.arch, self.spec.input_shape)
        try:
            model.load_state_dict(self.state_dict)
        except RuntimeError as exc:
            raise CheckpointError(tr("The weights do not fit the architecture in the file: {splitlines}").format(
                splitlines=str(exc).splitlines()[0])) from exc
        return model.to(device).eval()


def weights_digest(state_dict: dict[str, torch.Tensor]) -> str:
    digest = hashlib.sha256()
    for name in sorted(state_dict):
        tensor = state_dict[name].detach().to("cpu").contiguous()
        digest.update(f"{name}:{tuple(tensor.shape)}:{tensor.dtype}".encode())
        digest.update(tensor.numpy().tobytes())
    return digest.hexdigest()


def library_versions() -> dict:
    """Recorded in every checkpoint. torchvision's version from its installed metadata: importing it only
    to read the number cost a second on every save."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        vision = version("torchvision")
    except PackageNotFoundError:  # a frozen build may lack the metadata: then the module says it
        import torchvision

        vision = torchvision.__version__
    return {"cnngui": __version__, "torch": str(torch.__version__), "torchvision": str(vision),
            "python": platform.python_version()}


def _cpu(obj):
    """Deep-copy tensors to the CPU so a checkpoint never holds device memory."""
    if isinstance(obj, torch.Tensor):
        return obj.detach().to("cpu").clone(memory_format=torch.contiguous_format)
    if isinstance(obj, dict):
        return {k: _cpu(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(_cpu(v) for v in obj)
    return obj


def from_trainer(trainer, include_optimizer: bool = True, note: str = "") -> Checkpoint:
    """Snapshot a `Trainer` (weights on the CPU, plain-number metrics)."""
    from dataclasses import asdict

    history = trainer.history_dicts()
    metrics = {k: history[-1][k] for k in ("test_accuracy", "test_loss", "train_accuracy",
                                           "train_loss")} if history else {}
    return Checkpoint(
        arch=[dict(s) for s in trainer.arch],
        state_dict=_cpu(trainer.model.state_dict()),
        normalization=dict(trainer.normalization),
        epoch=trainer.epochs_done,
        metrics=metrics,
        history=history,
        config=asdict(trainer.config),
        optimizer_state=_cpu(trainer.optimizer.state_dict()) if include_optimizer else None,
        versions=library_versions(),
        created=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        note=note,
        dataset=trainer.dataset.record(),
    )


def save_checkpoint(checkpoint: Checkpoint, path: str | Path) -> Path:
    path = Path(path)
    payload = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "arch": checkpoint.arch,
        "state_dict": checkpoint.state_dict,
        "weights_sha256": weights_digest(checkpoint.state_dict),
        "normalization": checkpoint.normalization,
        "epoch": checkpoint.epoch,
        "metrics": checkpoint.metrics,
        "history": checkpoint.history,
        "config": checkpoint.config,
        "optimizer_state": checkpoint.optimizer_state,
        "versions": checkpoint.versions or library_versions(),
        "created": checkpoint.created,
        "note": checkpoint.note,
        "dataset": checkpoint.dataset,
    }
    try:
        with atomic_path(path) as tmp:
            torch.save(payload, tmp)
    except (OSError, RuntimeError) as exc:  # torch.save raises RuntimeError when the disk fills up
        raise UserError(tr("Cannot write model file {path}: {write_error_text}. Choose another folder or "
                        "name.").format(path=path, write_error_text=write_error_text(exc))) from exc
    return path


def foreign_reader(path: Path):
    """The reader of a Keras or ONNX file (by its suffix, else its first bytes: a renamed file still opens),
    or None for a cnngui checkpoint."""
    from cnngui.core.model_files import model_import

    suffix = path.suffix.lower()
    if suffix == ".onnx":
        from cnngui.core.model_files.onnx_model import read_onnx

        return read_onnx
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        return None
    keras = suffix in (".keras", ".h5", ".hdf5") or head.startswith(model_import.HDF5_MAGIC) or (
        head.startswith(model_import.ZIP_MAGIC) and model_import.is_keras_zip(path))
    if keras:
        from cnngui.core.model_files.keras_model import read_keras

        return read_keras
    return None


def load_checkpoint(path: str | Path) -> Checkpoint:
    path = Path(path)
    if path.is_dir():
        raise CheckpointError(tr("{path} is a folder, not a model file.").format(path=path))
    if not path.is_file():
        raise CheckpointError(tr("Model file {path} does not exist.").format(path=path))
    if not os.access(path, os.R_OK):
        raise CheckpointError(tr("Model file {path} cannot be read: permission denied. Ask for a "
                                 "copy you may read.").format(path=path))
    reader = foreign_reader(path)
    if reader is not None:  # a Keras or ONNX model becomes a cnngui checkpoint; the file stays as it is
        from cnngui.core.model_files.model_import import checked_size, checkpoint_fields

        checked_size(path)
        checkpoint = Checkpoint(**checkpoint_fields(reader(path), path), versions=library_versions())
        checkpoint.build()  # every weight in its place, with its shape, or a CheckpointError saying which
        return checkpoint
    try:
        with warnings.catch_warnings():  # torch warns about pickle protocols on stderr; the message below says it
            warnings.simplefilter("ignore")
            payload = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # torch raises many types for bad files
        text = str(exc)
        if "Unsupported global" in text or "not an allowed global" in text:
            why = ("it contains Python objects that could run code, so it was not loaded "
                   "(it may have been tampered with)")
        elif "Unsupported operand" in text and _starts_like_a_pickle(path):
            why = ("it is a plain Python pickle, which can run code when opened, so cnngui does not open it (a "
                   "cnngui checkpoint holds only tensors and numbers)")
        elif path.stat().st_size == 0:
            why = "it is empty"
        else:
            why = "it is not a PyTorch file, or it is truncated or corrupt"
        raise CheckpointError(tr("Model file {path} cannot be used: {why}. Use a checkpoint saved by cnngui.").format(
            path=path, why=why)) from exc
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise CheckpointError(tr("Model file {path} is not a cnngui checkpoint (a foreign PyTorch file). "
                              "Use a checkpoint saved by cnngui.").format(path=path))
    if payload.get("format_version", 0) > FORMAT_VERSION:
        raise CheckpointError(tr("Model file {path} was written by a newer cnngui (format "
                              "{get}); update cnngui to open it.").format(path=path, get=payload.get('format_version')))
    try:
        arch, state = payload["arch"], payload["state_dict"]
        dataset = payload.get("dataset") or {}
        spec = from_record(dataset or None)
        validate(arch, spec.input_shape, spec.num_classes)
        normalization = _checked_normalization(payload["normalization"])
        if weights_digest(state) != payload["weights_sha256"]:
            raise CheckpointError(tr("Model file {path} has been altered since it was saved: its weights do not "
                                  "match their checksum. Use an intact copy.").format(path=path))
        _check_weights(state, arch, spec)
        history = _checked_history(payload.get("history") or [])
        optimizer_state = payload.get("optimizer_state")
        if optimizer_state is not None and not (isinstance(optimizer_state, dict)
                                                and {"state", "param_groups"} <= set(optimizer_state)):
            raise ValueError("its optimizer_state is not a PyTorch optimizer state")
        return Checkpoint(
            arch=arch, state_dict=state, normalization=normalization, dataset=dict(dataset),
            epoch=int(payload.get("epoch", 0)), metrics=dict(payload.get("metrics") or {}),
            history=history, config=dict(payload.get("config") or {}),
            optimizer_state=optimizer_state, versions=dict(payload.get("versions") or {}),
            created=str(payload.get("created", "")), note=str(payload.get("note", "")))
    except CheckpointError as exc:
        if str(path) in str(exc):
            raise
        raise CheckpointError(tr("Model file {path} cannot be used: {exc}.").format(path=path, exc=exc)) from exc
    except (ArchitectureError, DataError) as exc:
        raise CheckpointError(tr("Model file {path} cannot be used: {exc}").format(path=path, exc=exc)) from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CheckpointError(tr("Model file {path} is damaged: a required field is missing or wrong ({exc}).").format(
            path=path, exc=exc)) from exc


def _starts_like_a_pickle(path: Path) -> bool:
    """A plain pickle (protocol 2+) starts with the PROTO opcode; torch's own files are zip archives."""
    try:
        with open(path, "rb") as handle:
            return handle.read(1) == b"\x80"
    except OSError:
        return False


OPTIONAL_HISTORY = {"train_objective"}  # added since the first format: older files lack it, None where unused


def _history_fields() -> tuple[str, ...]:
    """What each history entry holds: the fields of the trainer's EpochReport, which continuing a run rebuilds."""
    return tuple(f.name for f in fields(EpochReport))


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _checked_history(history) -> list[dict]:
    """Each epoch's numbers, as `EpochReport` needs them to continue a run."""
    if not isinstance(history, list):
        raise ValueError("its history is not a list of epochs")
    names = _history_fields()
    required = set(names) - OPTIONAL_HISTORY
    for i, entry in enumerate(history):
        if not isinstance(entry, dict) or not required <= set(entry) <= set(names):
            raise ValueError(f"history entry {i + 1} does not have the fields {', '.join(sorted(required))}")
        if not all(_is_number(entry[k]) for k in required) or \
                not all(entry.get(k) is None or _is_number(entry[k]) for k in OPTIONAL_HISTORY):
            raise ValueError(f"history entry {i + 1} holds a value that is not a number")
    return history


def _check_weights(state: dict, arch: list[dict], spec: DatasetSpec) -> None:
    """Every weight finite, and exactly the tensors the architecture has, in their shapes."""
    if not isinstance(state, dict) or not all(isinstance(t, torch.Tensor) for t in state.values()):
        raise ValueError("its state_dict is not a set of tensors")
    for name, tensor in state.items():
        if tensor.is_floating_point() and not bool(torch.isfinite(tensor).all()):
            raise CheckpointError(tr("its weights {name} hold NaN or infinite values, so every answer would be NaN. "
                                  "Use another checkpoint").format(name=name))
    expected = build_model(arch, spec.input_shape).state_dict()
    if set(expected) != set(state):
        missing, extra = sorted(set(expected) - set(state)), sorted(set(state) - set(expected))
        raise CheckpointError(tr("its weights do not fit its architecture (missing {missing}, unexpected "
                              "{extra})").format(missing=missing[:3], extra=extra[:3]))
    for name, tensor in expected.items():
        if tuple(state[name].shape) != tuple(tensor.shape):
            raise CheckpointError(tr("its weights {name} are {tuple}, but its architecture needs {tuple2}").format(
                name=name, tuple=tuple(state[name].shape), tuple2=tuple(tensor.shape)))


def _checked_normalization(value) -> dict:
    """mean and std as finite numbers, std above 0: anything else would make every prediction fail later."""
    import math

    if not isinstance(value, dict):
        raise ValueError("its normalisation is not a {mean, std} pair")
    out = {}
    for key in ("mean", "std"):
        number = value.get(key)
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
            raise ValueError(f"its normalisation {key} is {number!r}, not a number")
        out[key] = float(number)
    if out["std"] <= 0:
        raise ValueError("its normalisation std must be above 0")
    return out
