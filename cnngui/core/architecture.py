"""A small, serialisable description of a network, and the model built from it.

Checkpoints store the description (plain lists and dicts), so a model can be rebuilt
without running code from a file, and the explorer can name and reason about each layer.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import torch
from torch import nn

from cnngui.errors import CheckpointError

INPUT_SHAPE = (1, 28, 28)

# The seed's network: Conv 32 3x3 -> pool -> Conv 64 3x3 -> pool -> Dense 64 -> Dense 10.
SEED_CNN: list[dict] = [
    {"type": "conv", "out": 32, "kernel": 3},
    {"type": "relu"},
    {"type": "maxpool", "kernel": 2},
    {"type": "conv", "out": 64, "kernel": 3},
    {"type": "relu"},
    {"type": "maxpool", "kernel": 2},
    {"type": "flatten"},
    {"type": "dense", "out": 64},
    {"type": "relu"},
    {"type": "dense", "out": 10},
]

# A fully connected baseline on the same 784 inputs, to compare parameter counts.
FFNN_BASELINE: list[dict] = [
    {"type": "flatten"},
    {"type": "dense", "out": 512},
    {"type": "relu"},
    {"type": "dense", "out": 256},
    {"type": "relu"},
    {"type": "dense", "out": 10},
]

_KINDS = {"conv", "relu", "maxpool", "flatten", "dense", "dropout"}


@dataclass(frozen=True)
class LayerInfo:
    """One layer as the summary and the explorer see it."""

    name: str
    kind: str
    spec: dict
    output_shape: tuple[int, ...]
    params: int


def validate(arch: list[dict]) -> None:
    if not isinstance(arch, list) or not arch:
        raise CheckpointError("The architecture description is empty or not a list of layers.")
    for i, spec in enumerate(arch):
        if not isinstance(spec, dict) or spec.get("type") not in _KINDS:
            raise CheckpointError(f"Layer {i} of the architecture description is not understood: {spec!r}.")


def layer_names(arch: list[dict]) -> list[str]:
    """conv1, relu1, pool1, ... numbered per kind, as the explorer shows them."""
    counts: dict[str, int] = {}
    names = []
    for spec in arch:
        kind = "pool" if spec["type"] == "maxpool" else spec["type"]
        counts[kind] = counts.get(kind, 0) + 1
        names.append(f"{kind}{counts[kind]}")
    return names


def _next_shape(spec: dict, shape: tuple[int, ...]) -> tuple[int, ...]:
    kind = spec["type"]
    if kind == "conv":
        k, s, p = spec["kernel"], spec.get("stride", 1), spec.get("padding", 0)
        return (spec["out"], (shape[1] + 2 * p - k) // s + 1, (shape[2] + 2 * p - k) // s + 1)
    if kind == "maxpool":
        k, s = spec["kernel"], spec.get("stride", spec["kernel"])
        return (shape[0], (shape[1] - k) // s + 1, (shape[2] - k) // s + 1)
    if kind == "flatten":
        size = 1
        for d in shape:
            size *= d
        return (size,)
    if kind == "dense":
        return (spec["out"],)
    return shape


def describe(arch: list[dict], input_shape: tuple[int, ...] = INPUT_SHAPE) -> list[LayerInfo]:
    """Names, output shapes and parameter counts, computed without building the model."""
    validate(arch)
    infos, shape = [], tuple(input_shape)
    for name, spec in zip(layer_names(arch), arch):
        in_shape = shape
        shape = _next_shape(spec, shape)
        if min(shape) <= 0:
            raise CheckpointError(f"Layer {name} would produce an empty output {shape}.")
        if spec["type"] == "conv":
            params = spec["out"] * (in_shape[0] * spec["kernel"] ** 2 + 1)
        elif spec["type"] == "dense":
            if len(in_shape) != 1:
                raise CheckpointError(f"Layer {name} needs a flat input; add a flatten layer before it.")
            params = spec["out"] * (in_shape[0] + 1)
        else:
            params = 0
        infos.append(LayerInfo(name, spec["type"], dict(spec), shape, params))
    return infos


def parameter_count(arch: list[dict]) -> int:
    return sum(info.params for info in describe(arch))


def build_model(arch: list[dict], input_shape: tuple[int, ...] = INPUT_SHAPE) -> nn.Sequential:
    """An nn.Sequential whose children are named conv1, relu1, pool1, ..."""
    infos = describe(arch, input_shape)
    layers: dict[str, nn.Module] = {}
    channels = input_shape[0]
    features = None
    for info in infos:
        spec = info.spec
        if info.kind == "conv":
            layers[info.name] = nn.Conv2d(channels, spec["out"], spec["kernel"],
                                          stride=spec.get("stride", 1), padding=spec.get("padding", 0))
            channels = spec["out"]
        elif info.kind == "relu":
            layers[info.name] = nn.ReLU()
        elif info.kind == "maxpool":
            layers[info.name] = nn.MaxPool2d(spec["kernel"], stride=spec.get("stride", spec["kernel"]))
        elif info.kind == "flatten":
            layers[info.name] = nn.Flatten()
            features = info.output_shape[0]
        elif info.kind == "dropout":
            layers[info.name] = nn.Dropout(spec.get("p", 0.5))
        elif info.kind == "dense":
            layers[info.name] = nn.Linear(features, spec["out"])
            features = spec["out"]
    return nn.Sequential(OrderedDict(layers))


def summary_table(arch: list[dict], title: str = "cnn") -> str:
    """A Keras-style summary: layer, output shape, params, and totals."""
    infos = describe(arch)
    rows = [(f"{i.name} ({_display_kind(i.kind)})", str((None, *_keras_shape(i.output_shape))), f"{i.params:,}")
            for i in infos]
    widths = [max(len(r[c]) for r in rows + [("Layer (type)", "Output Shape", "Param #")]) + 4 for c in range(3)]
    line = "=" * sum(widths)
    out = [f'Model: "{title}"', "_" * sum(widths),
           "".join(h.ljust(w) for h, w in zip(("Layer (type)", "Output Shape", "Param #"), widths)), line]
    for row in rows:
        out.append("".join(c.ljust(w) for c, w in zip(row, widths)))
    total = sum(i.params for i in infos)
    out += [line, f"Total params: {total:,}", f"Trainable params: {total:,}", "Non-trainable params: 0", "_" * sum(widths)]
    return "\n".join(out)


def _display_kind(kind: str) -> str:
    return {"conv": "Conv2D", "relu": "ReLU", "maxpool": "MaxPooling2D", "flatten": "Flatten",
            "dense": "Dense", "dropout": "Dropout"}[kind]


def _keras_shape(shape: tuple[int, ...]) -> tuple[int, ...]:
    """Keras prints channels last: (None, 26, 26, 32)."""
    return (shape[1], shape[2], shape[0]) if len(shape) == 3 else shape


def count_model_parameters(model: torch.nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
