"""A small, serialisable description of a network, the model built from it, and ready-made networks.

An architecture is a list of layer objects (`[{"type": "conv", "out": 32, "kernel": 3}, ...]`),
so a model can be rebuilt without running code from a file. What each kind of layer does is
in `cnngui.core.network.layers`; this module only walks the list.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from cnngui.core.atomic import write_error_text, write_text_atomic
from cnngui.core.network.layers import KINDS, LayerRow, ReceptiveField, analyse, build_module, first_problem, shape_text
from cnngui.errors import ArchitectureError
from cnngui.i18n import N_, number, tr

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


@dataclass(frozen=True)
class Preset:
    key: str
    title: str
    about: str
    layers: list[dict]


def _conv(out: int, kernel: int = 3, **extra) -> dict:
    return {"type": "conv", "out": out, "kernel": kernel, **extra}


PRESETS: dict[str, Preset] = {p.key: p for p in (
    Preset("seed", N_("Seed CNN"), N_("The classic MNIST CNN: two conv layers, each followed by "
                                      "max pooling."), SEED_CNN),
    Preset("ffnn", N_("Dense network (FFNN)"), N_("No convolutions: every unit sees every pixel, so it needs far more "
           "weights and loses which pixels are neighbours."), FFNN_BASELINE),
    Preset("deep", N_("Deeper CNN"), N_("Four conv layers in two blocks: the fields grow from 3×3 to 14×14, "
           "building edges → strokes → parts → whole shapes."),
           [_conv(16, padding="same"), {"type": "batchnorm"}, {"type": "relu"},
            _conv(32), {"type": "batchnorm"}, {"type": "relu"}, {"type": "maxpool", "kernel": 2},
            _conv(64), {"type": "batchnorm"}, {"type": "relu"},
            _conv(64), {"type": "batchnorm"}, {"type": "relu"}, {"type": "maxpool", "kernel": 2},
            {"type": "flatten"}, {"type": "dropout", "p": 0.3}, {"type": "dense", "out": 128}, {"type": "relu"},
            {"type": "dense", "out": 10}]),
    Preset("lenet5", N_("LeNet-5 style"), N_("LeCun's 1998 design: 5×5 kernels, average pooling and tanh."),
           [_conv(6, 5, padding=2), {"type": "tanh"}, {"type": "avgpool", "kernel": 2},
            _conv(16, 5), {"type": "tanh"}, {"type": "avgpool", "kernel": 2},
            {"type": "flatten"}, {"type": "dense", "out": 120}, {"type": "tanh"},
            {"type": "dense", "out": 84}, {"type": "tanh"}, {"type": "dense", "out": 10}]),
    Preset("allconv", N_("All-convolutional"), N_("No pooling: convolutions with stride 2 shrink the map instead."),
           [_conv(32), {"type": "relu"}, _conv(32, stride=2), {"type": "relu"},
            _conv(64), {"type": "relu"}, _conv(64, stride=2), {"type": "relu"},
            {"type": "flatten"}, {"type": "dense", "out": 10}]),
)}


@dataclass(frozen=True)
class LayerInfo:
    """One layer of a network that works, as the summary and the explorer see it."""

    name: str
    kind: str
    spec: dict
    output_shape: tuple[int, ...]
    params: int
    receptive_field: ReceptiveField

    @property
    def title(self) -> str:
        return KINDS[self.kind].title

    @property
    def has_filters(self) -> bool:
        return KINDS[self.kind].has_filters


def validate(arch, input_shape: tuple[int, ...] = INPUT_SHAPE, num_classes: int | None = None) -> list[LayerRow]:
    """The analysed rows, or an ArchitectureError naming the first layer that can't work."""
    if not isinstance(arch, list) or not arch:
        raise ArchitectureError(tr("The architecture is empty or not a list of layers."))
    rows = analyse(arch, input_shape, num_classes)
    problem = first_problem(rows)
    if problem:
        raise ArchitectureError(tr("This network can't work: {problem}").format(problem=problem))
    return rows


def describe(arch, input_shape: tuple[int, ...] = INPUT_SHAPE, num_classes: int | None = None) -> list[LayerInfo]:
    """Names, output shapes, parameters and receptive fields, computed without building the model."""
    return [LayerInfo(r.name, r.kind.type, dict(r.spec), r.output_shape, r.params, r.receptive_field)
            for r in validate(arch, input_shape, num_classes)]


def layer_names(arch: list[dict]) -> list[str]:
    """conv1, relu1, pool1, ... numbered per kind, as the explorer shows them."""
    return [r.name for r in analyse(arch, INPUT_SHAPE)]


def parameter_count(arch: list[dict], input_shape: tuple[int, ...] = INPUT_SHAPE) -> int:
    return sum(info.params for info in describe(arch, input_shape))


def build_model(arch: list[dict], input_shape: tuple[int, ...] = INPUT_SHAPE) -> nn.Sequential:
    """An nn.Sequential whose children are named conv1, relu1, pool1, ..."""
    rows = validate(arch, input_shape)
    layers: dict[str, nn.Module] = {}
    shape = tuple(input_shape)
    for row in rows:
        layers[row.name] = build_module(row, shape)
        shape = row.output_shape
    return nn.Sequential(OrderedDict(layers))


def training_order(arch: list[dict]) -> list[int]:
    """The order to run a built model's layers in while training: the same function, computed faster.

    An increasing activation right before a max pool is applied after it instead: max(f(x)) is
    f(max(x)), values and gradients alike, and the activation then works on a map a quarter the
    size (a third faster on the seed CNN on a CPU). Explore, Draw and the checkpoints keep the
    network's own order; only the trainer's forward pass uses this one.
    """
    kinds = [KINDS[spec["type"]] for spec in arch]
    order = list(range(len(arch)))
    i = 0
    while i < len(arch) - 1:
        if kinds[i].increasing and kinds[i + 1].max_pooling:
            order[i], order[i + 1] = i + 1, i
            i += 2
        else:
            i += 1
    return order


def ordered_forward(model: torch.nn.Sequential, order: list[int]):
    """`model`'s forward pass with its layers run in `order` (see architecture.training_order)."""
    layers = list(model.children())
    if order == list(range(len(layers))):
        return model

    def forward(x: torch.Tensor) -> torch.Tensor:
        for i in order:
            x = layers[i](x)
        return x

    return forward


def count_model_parameters(model: torch.nn.Module) -> int:
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def summary_json(arch, input_shape: tuple[int, ...] = INPUT_SHAPE) -> dict:
    """What `cnngui summary --json` prints."""
    infos = describe(arch, input_shape)
    return {"layers": [{"name": i.name, "type": i.kind, "output_shape": list(i.output_shape), "params": i.params,
                        "receptive_field": i.receptive_field.as_json()} for i in infos],
            "total_params": sum(i.params for i in infos)}


def summary_table(arch: list[dict], title: str = "cnn", input_shape: tuple[int, ...] = INPUT_SHAPE) -> str:
    """A Keras-style summary: layer, output shape, params, and totals."""
    infos = describe(arch, input_shape)
    rows = [(f"{i.name} ({KINDS[i.kind].keras_name})", str((None, *_keras_shape(i.output_shape))),
             number(i.params, ","))
            for i in infos]
    widths = [max(len(r[c]) for r in [*rows, ("Layer (type)", "Output Shape", "Param #")]) + 4 for c in range(3)]
    line = "=" * sum(widths)
    out = [f'Model: "{title}"', "_" * sum(widths),
           "".join(h.ljust(w) for h, w in zip(("Layer (type)", "Output Shape", "Param #"), widths)), line]
    for row in rows:
        out.append("".join(c.ljust(w) for c, w in zip(row, widths)))
    total = sum(i.params for i in infos)
    out += [line, f"Total params: {total:,}", f"Trainable params: {total:,}", "Non-trainable params: 0",
            "_" * sum(widths)]
    return "\n".join(out)


def _keras_shape(shape: tuple[int, ...]) -> tuple[int, ...]:
    """Keras prints channels last: (None, 26, 26, 32)."""
    return (shape[1], shape[2], shape[0]) if len(shape) == 3 else shape


def dense_comparison(arch: list[dict], input_shape: tuple[int, ...] = INPUT_SHAPE,
                     baseline: list[dict] = FFNN_BASELINE) -> str:
    """The seed's point, computed for this network: how many weights a dense network on the same pixels needs."""
    own = describe(arch, input_shape)
    dense = describe(baseline, input_shape)
    mine, theirs = sum(i.params for i in own), sum(i.params for i in dense)
    sizes = "→".join([shape_text(dense[0].output_shape)] + [shape_text(i.output_shape) for i in dense if i.params])
    if not any(i.has_filters for i in own):
        return tr("<b>{params}</b> parameters. This network has no convolutions: every dense unit has a weight for "
                  "every input, and nothing tells it which pixels are neighbours.").format(params=number(mine, ","))
    convs = [i for i in own if i.has_filters]
    k = convs[0].spec.get("kernel", 3)
    ratio = (tr("{ratio}× as many").format(ratio=number(theirs / mine, ".1f")) if theirs >= mine else
             tr("{ratio}× fewer").format(ratio=number(mine / theirs, ".1f")))
    return tr("<b>{params}</b> parameters in this network.<br>A dense network on the same {inputs} inputs ({sizes}) "
              "needs <b>{dense}</b>, {ratio}: each dense unit has a weight for every pixel, while a conv filter's "
              "{k}×{k} weights are shared across every position, so the CNN learns local patterns once and finds "
              "them anywhere.").format(params=number(mine, ","), inputs=shape_text(dense[0].output_shape), sizes=sizes,
                                       dense=number(theirs, ","), ratio=ratio, k=k)


# ---- architecture files -----------------------------------------------------------------------
def parse_architecture(data) -> list[dict]:
    """A list of layer objects, or `{"layers": [...]}` (what `save_architecture` writes)."""
    if isinstance(data, dict):
        data = data.get("layers")
    if not isinstance(data, list) or not data:
        raise ArchitectureError(tr('An architecture file must hold a list of layers, or {"layers": [...]}.'))
    return data


def load_architecture(path: str | Path, input_shape: tuple[int, ...] = INPUT_SHAPE,
                      num_classes: int | None = None) -> list[dict]:
    """Read and check an architecture file; any problem is one clear ArchitectureError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ArchitectureError(tr("Architecture file {path} does not exist.").format(path=path)) from None
    except IsADirectoryError:
        raise ArchitectureError(tr("{path} is a folder, not an architecture file.").format(path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ArchitectureError(tr("Architecture file {path} cannot be read: {exc}.").format(
            path=path, exc=exc)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArchitectureError(tr("Architecture file {path} is not valid JSON (line {lineno}: {msg}).").format(
            path=path, lineno=exc.lineno, msg=exc.msg)) from None
    try:
        arch = parse_architecture(data)
        validate(arch, input_shape, num_classes)
    except ArchitectureError as exc:
        raise ArchitectureError(f"{path.name}: {exc}") from None
    return arch


def save_architecture(arch: list[dict], path: str | Path, name: str = "") -> Path:
    payload = {"format": "cnngui-architecture", "name": name, "layers": arch}
    try:
        return write_text_atomic(Path(path), json.dumps(payload, indent=2) + "\n")
    except OSError as exc:
        raise ArchitectureError(tr("Cannot write {path}: {write_error_text}.").format(
            path=path, write_error_text=write_error_text(exc))) from exc


def for_classes(arch: list[dict], classes: int) -> list[dict]:
    """The same network with one output per class: its last dense layer's units set to `classes`."""
    layers = [dict(layer) for layer in arch]
    for layer in reversed(layers):
        if layer.get("type") == "dense":
            layer["out"] = classes
            return layers
    raise ArchitectureError(tr("The network has no dense layer to give one output per class."))


def named_or_file(value: str) -> tuple[list[dict], str]:
    """--arch: a preset's name, or an architecture file (checked completely); (layers, its name)."""
    from cnngui.errors import UserError

    if value in PRESETS and not Path(value).exists():
        return [dict(layer) for layer in PRESETS[value].layers], value
    if not Path(value).exists() and not value.endswith(".json"):
        raise UserError(f"--arch {value}: no such architecture file, and no preset of that name "
                        f"(presets: {', '.join(PRESETS)}).")
    return load_architecture(value), Path(value).stem
