"""Models from other tools become cnngui models: the part the Keras and ONNX readers share.

A reader turns a file into an `Imported`: cnngui's own architecture (layer kinds from `core.layers`),
each layer's weights already in PyTorch's layout, and the input convention the file's maker used. Here
that becomes the fields of a `Checkpoint` like any other (validated, its weights checked against the shapes the
architecture needs, every tab able to show, edit and train it). The original file is never changed;
nothing in it is executed or unpickled: the readers read JSON, HDF5 datasets and protobuf messages.

`core.checkpoint.load_checkpoint` picks the reader by suffix, then by the first bytes, so a renamed file
still opens.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from cnngui.core.data.datasets import MNIST, DatasetSpec
from cnngui.core.network.architecture import validate
from cnngui.errors import ArchitectureError, CheckpointError
from cnngui.i18n import tr

MAX_FILE_BYTES = 512 * 1024 * 1024  # far above any network cnngui can hold (10 M parameters = 40 MB)
RAW_PIXELS = {"mean": 0.0, "std": 1.0}  # pixels 0..1 (the notebook's x / 255), no mean or std taken
HDF5_MAGIC = b"\x89HDF\r\n\x1a\n"
TORCH_BN_EPS = 1e-5  # PyTorch's batch-norm epsilon (Keras's is 0.001)
ZIP_MAGIC = b"PK\x03\x04"
MODEL_SUFFIXES = (".pt", ".keras", ".h5", ".hdf5", ".onnx")  # what a dropped file must end in to open as a model


@dataclass
class Imported:
    """A foreign model in cnngui's terms."""

    arch: list[dict]
    weights: list[dict[str, np.ndarray]]  # per layer of `arch`: {"weight", "bias", "running_mean", ...}
    normalization: dict
    source: str  # what made it: "Keras 3.15.1 (.keras)", "ONNX (pytorch 2.14.1)"
    notes: list[str] = field(default_factory=list)  # what was changed on the way in, said to the user
    spec: DatasetSpec = MNIST
    input_convention: str = ""  # recorded in the checkpoint: how the maker fed its pixels


def refuse(path: Path, why: str) -> CheckpointError:
    return CheckpointError(tr("Model file {path} cannot be used: {why}").format(path=path, why=why))


def checked_size(path: Path) -> None:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise refuse(path, tr("it is larger than {limit} MB, far more than a network cnngui can hold.").format(
            limit=MAX_FILE_BYTES // 2**20))


def checkpoint_fields(imported: Imported, path: Path) -> dict:
    """The fields of the cnngui checkpoint an imported model becomes (its weights under the names of the network
    they belong to); `core.checkpoint` makes it and checks every weight's place and shape."""
    spec = _classes_spec(imported)
    try:
        rows = validate(imported.arch, spec.input_shape, spec.num_classes)
    except ArchitectureError as exc:
        raise refuse(path, str(exc)) from exc
    state: dict[str, torch.Tensor] = {}
    for row, weights in zip(rows, imported.weights):
        for key, value in weights.items():
            state[f"{row.name}.{key}"] = torch.from_numpy(np.array(value, dtype=np.float32))  # a copy: writable
        if row.kind.type == "batchnorm":
            state[f"{row.name}.num_batches_tracked"] = torch.tensor(0)
    return dict(arch=imported.arch, state_dict=state, normalization=dict(imported.normalization),
                dataset=spec.record(),
                note=tr("opened from {file} ({source})").format(file=path.name, source=imported.source),
                config={"imported_from": str(path), "source": imported.source, "input": imported.input_convention,
                        "notes": list(imported.notes)})


def _classes_spec(imported: Imported) -> DatasetSpec:
    """The dataset of a foreign model: its maker's (MNIST's 10 digits unless the file says), or, for a model of
    another number of classes (a notebook's own symbols), classes named 0, 1, … that Draw and predict use."""
    from dataclasses import replace

    dense = [layer for layer in imported.arch if layer.get("type") == "dense"]
    classes = int(dense[-1]["out"]) if dense else imported.spec.num_classes
    if classes == imported.spec.num_classes or classes < 2:
        return imported.spec
    return replace(imported.spec, key=f"classes:{classes}", title=tr("{count} classes").format(count=classes),
                   class_names=tuple(str(i) for i in range(classes)), noun="image", bundled=False,
                   raw_checksums=None, gz_checksums=None, credit="")


def torch_variance(variance: np.ndarray, epsilon: float) -> np.ndarray:
    """A running variance made for another epsilon, as PyTorch's BatchNorm (epsilon 1e-5) needs it to give the
    same outputs: var + eps_theirs = var_ours + eps_torch, exactly (never below 0)."""
    return np.maximum(variance + epsilon - TORCH_BN_EPS, 0.0)


def is_keras_zip(path: Path) -> bool:
    """A zip that holds a Keras model's config (a .keras file under another name), not a PyTorch zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "config.json" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def expect(path: Path, what: str, array_shape: tuple, wanted: tuple) -> None:
    """A stored tensor must have the shape its layer needs; checked before its data is read."""
    if tuple(array_shape) != tuple(wanted):
        raise refuse(path, tr("{what} holds a tensor of shape {found}, where the layer needs {wanted}.").format(
            what=what, found="×".join(map(str, array_shape)) or "()", wanted="×".join(map(str, wanted))))


def bounded_member(path: Path, archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """One member of a zip, read to at most `limit` bytes whatever its header claims (a zip bomb stops here)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise refuse(path, tr("it is a zip file without {name}, so not a Keras model (.keras).").format(
            name=name)) from None
    if info.file_size > limit:
        raise refuse(path, tr("its {name} would unpack to {size} MB, more than a model of cnngui's size "
                              "needs ({limit} MB).").format(name=name, size=info.file_size // 2**20,
                                                           limit=limit // 2**20))
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise refuse(path, tr("its {name} is damaged ({error}).").format(name=name, error=exc)) from exc
    if len(data) > limit:
        raise refuse(path, tr("its {name} unpacks to more than it says (a zip bomb?).").format(name=name))
    return data


def json_of(path: Path, data: bytes, what: str):
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise refuse(path, tr("its {what} is not readable JSON ({error}).").format(what=what, error=exc)) from exc
