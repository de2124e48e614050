"""The one registry of layer kinds: each kind's settings, shape, parameters, module and receptive field.

Nothing else in cnngui names a layer kind's rules. The architecture module, the model
builder, the summary, introspection, the CLI and the editor all ask this registry, so a new
kind is one entry here. Problems are said in words a student understands, because the
architecture editor shows them beside the row that has them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from torch import nn

from cnngui.core.data.datasets import SIDE
from cnngui.i18n import N_, number, tr

Shape = tuple  # (C, H, W) for a map, (N,) for a flat vector

SAME = "same"


@dataclass(frozen=True)
class Setting:
    """One editable setting of a layer kind, with its valid range."""

    key: str
    label: str
    kind: str  # "int", "float", or "int_or_same" (padding)
    default: object  # None: derived (a pool's stride defaults to its kernel)
    minimum: float
    maximum: float
    help: str = ""
    none_label: str = ""  # how an editor names the derived default (default None)

    def check(self, value) -> str | None:
        """Why `value` is not acceptable, or None."""
        if self.kind == "int_or_same" and value == SAME:
            return None
        if self.kind in ("int", "int_or_same"):
            if isinstance(value, bool) or not isinstance(value, int):
                text = (tr('{label} must be a whole number or "same", not {value}') if self.kind == "int_or_same"
                        else tr("{label} must be a whole number, not {value}"))
                return text.format(label=tr(self.label), value=repr(value))
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return tr("{label} must be a number, not {value}").format(label=tr(self.label), value=repr(value))
        if not self.minimum <= value <= self.maximum:
            return tr("{label} must be from {low} to {high}, not {value}").format(
                label=tr(self.label), low=_num(self.minimum), high=_num(self.maximum), value=_num(value))
        return None


def kind_name(kind: LayerKind) -> str:
    """A kind's title inside a sentence: "a convolution layer" (English lowers it; German nouns stay capitalised)."""
    title = tr(kind.title)
    return title.lower() if title == kind.title else title


def _num(x) -> str:
    return f"{x:g}" if isinstance(x, float) else str(x)


@dataclass(frozen=True)
class Window:
    """How a sliding-window layer maps positions: kernel, stride and the padding before row/column 0."""

    kernel: int
    stride: int
    pad_before: int
    pad_total: int


@dataclass(frozen=True)
class LayerKind:
    type: str  # the name in architecture files: "conv"
    title: str  # what the editor calls it
    keras_name: str  # what the Keras-style summary calls it
    prefix: str  # layers are named prefix1, prefix2, ...
    input: str  # "map" (C,H,W), "vector" (N) or "any"
    help: str  # one sentence for students
    settings: tuple[Setting, ...] = ()
    window: Callable[[dict], Window] | None = None  # sliding-window kinds (conv, pools)
    out_channels: Callable[[dict, Shape], int] | None = None
    flattens: bool = False
    increasing: bool = False  # an increasing elementwise function: max pooling may be done before it
    max_pooling: bool = False
    dense_out: bool = False
    params: Callable[[dict, Shape], int] = lambda spec, shape: 0
    module: Callable[[dict, Shape], nn.Module] = None  # type: ignore[assignment]
    check: Callable[[dict, Shape], str | None] = lambda spec, shape: None

    @property
    def has_filters(self) -> bool:
        """Learned kernels slid over the map (what Explore shows as filters)."""
        return self.window is not None and self.out_channels is not None

    def resolved(self, spec: dict) -> dict:
        """The spec with every setting filled in (stored files may leave defaults out)."""
        out = {"type": self.type}
        for s in self.settings:
            out[s.key] = spec.get(s.key, s.default)
        if self.window is not None and out.get("stride") is None:
            out["stride"] = out["kernel"]
        return out

    def settings_problem(self, spec: dict) -> str | None:
        unknown = set(spec) - {"type"} - {s.key for s in self.settings}
        if unknown:
            return tr("a {kind} layer has no setting {setting}").format(kind=kind_name(self),
                                                                          setting=repr(sorted(unknown)[0]))
        for s in self.settings:
            if s.key in spec and not (s.default is None and spec[s.key] is None):
                why = s.check(spec[s.key])
                if why:
                    return why
        return None

    def output_shape(self, spec: dict, shape: Shape) -> Shape:
        spec = self.resolved(spec)
        if self.flattens:
            return (math.prod(shape),)
        if self.dense_out:
            return (spec["out"],)
        if self.window is not None:
            w = self.window(spec)
            size = [(n + w.pad_total - w.kernel) // w.stride + 1 for n in shape[1:]]
            channels = self.out_channels(spec, shape) if self.out_channels else shape[0]
            return (channels, *size)
        return tuple(shape)


def _conv_window(spec: dict) -> Window:
    k = spec["kernel"]
    if spec["padding"] == SAME:  # PyTorch pads (k-1) in all, the smaller half first
        return Window(k, 1, (k - 1) // 2, k - 1)
    return Window(k, spec["stride"], spec["padding"], 2 * spec["padding"])


def _pool_window(spec: dict) -> Window:
    return Window(spec["kernel"], spec["stride"], 0, 0)


def _conv_check(spec: dict, shape: Shape) -> str | None:
    if spec["padding"] == SAME and spec["stride"] != 1:
        return tr('padding "same" keeps the map\'s size, so it needs stride 1')
    return None


def _conv_module(spec: dict, shape: Shape) -> nn.Module:
    return nn.Conv2d(shape[0], spec["out"], spec["kernel"], stride=spec["stride"], padding=spec["padding"])


def _batchnorm_module(spec: dict, shape: Shape) -> nn.Module:
    return nn.BatchNorm2d(shape[0]) if len(shape) == 3 else nn.BatchNorm1d(shape[0])


_KERNEL = Setting("kernel", N_("kernel size"), "int", 3, 1, 15, N_("the side of the square window, in pixels"))
_POOL_KERNEL = Setting("kernel", N_("pool size"), "int", 2, 1, 8, N_("the side of the square window it summarises"))
_POOL_STRIDE = Setting("stride", N_("stride"), "int", None, 1, 8, N_("how far the window moves (default: its size)"),
                       none_label=N_("= pool size"))

KINDS: dict[str, LayerKind] = {k.type: k for k in (
    LayerKind(
        "conv", N_("Convolution"), "Conv2D", "conv", "map",
        N_("Slides small learned kernels over the map; each output channel is one pattern detector."),
        settings=(Setting("out", N_("filters"), "int", 32, 1, 512, N_("how many output channels (pattern detectors)")),
                  _KERNEL,
                  Setting("stride", N_("stride"), "int", 1, 1, 5, N_("how far the kernel moves each step")),
                  Setting("padding", N_("padding"), "int_or_same", 0, 0, 7,
                          N_('zeros added around the map ("same" keeps its size)'))),
        window=_conv_window, out_channels=lambda spec, shape: spec["out"],
        params=lambda spec, shape: spec["out"] * (shape[0] * spec["kernel"] ** 2 + 1),
        module=_conv_module, check=_conv_check),
    LayerKind(
        "maxpool", N_("Max pooling"), "MaxPooling2D", "pool", "map",
        N_("Keeps the strongest response in each window, shrinking the map."),
        settings=(_POOL_KERNEL, _POOL_STRIDE), window=_pool_window, max_pooling=True,
        module=lambda spec, shape: nn.MaxPool2d(spec["kernel"], stride=spec["stride"])),
    LayerKind(
        "avgpool", N_("Average pooling"), "AveragePooling2D", "avgpool", "map",
        N_("Averages each window, shrinking the map (as LeNet-5 did)."),
        settings=(_POOL_KERNEL, _POOL_STRIDE), window=_pool_window,
        module=lambda spec, shape: nn.AvgPool2d(spec["kernel"], stride=spec["stride"])),
    LayerKind("relu", N_("ReLU"), "ReLU", "relu", "any", N_("Keeps positive values and turns negative ones into 0."),
              increasing=True, module=lambda spec, shape: nn.ReLU()),
    LayerKind("tanh", N_("Tanh"), "Tanh", "tanh", "any", N_("Squashes every value into -1 … 1."),
              increasing=True, module=lambda spec, shape: nn.Tanh()),
    LayerKind("sigmoid", N_("Sigmoid"), "Sigmoid", "sigmoid", "any", N_("Squashes every value into 0 … 1."),
              increasing=True, module=lambda spec, shape: nn.Sigmoid()),
    LayerKind(
        "batchnorm", N_("Batch normalisation"), "BatchNormalization", "bn", "any",
        N_("Rescales each channel to a steady range, which makes training faster and steadier."),
        params=lambda spec, shape: 2 * shape[0], module=_batchnorm_module),
    LayerKind(
        "dropout", N_("Dropout"), "Dropout", "dropout", "any",
        N_("While training, switches off a random share of values so the network can't rely on any one."),
        settings=(Setting("p", N_("drop rate"), "float", 0.5, 0.0, 0.95, N_("the share of values switched off")),),
        module=lambda spec, shape: nn.Dropout(spec["p"])),
    LayerKind("flatten", N_("Flatten"), "Flatten", "flatten", "any",
              N_("Unrolls the map into one long list of numbers for the dense layers."),
              flattens=True, module=lambda spec, shape: nn.Flatten()),
    LayerKind(
        "dense", N_("Dense"), "Dense", "dense", "vector",
        N_("Connects every input to every output unit, each with its own weight."),
        settings=(Setting("out", N_("units"), "int", 64, 1, 8192, N_("how many output units")),),
        dense_out=True, params=lambda spec, shape: spec["out"] * (shape[0] + 1),
        module=lambda spec, shape: nn.Linear(shape[0], spec["out"])),
)}

# How much a network may ask for before it is refused (before anything is allocated).
MAX_PARAMS = 10_000_000
MAX_VALUES_PER_IMAGE = 2_000_000


def kind_of(spec) -> LayerKind | None:
    return KINDS.get(spec.get("type")) if isinstance(spec, dict) else None


def settings_text(kind: LayerKind, spec: dict) -> str:
    """A row's settings in a few words: "32 filters, 3×3, stride 1, padding 0"."""
    resolved = kind.resolved(spec)
    parts = []
    for s in kind.settings:
        value = resolved.get(s.key)
        if s.key == "kernel":
            parts.append(f"{value}×{value}")
        elif s.key in ("out",):
            parts.append(f"{value} {tr(s.label)}")
        else:
            parts.append(f"{tr(s.label)} {value}")
    return ", ".join(parts)


def shape_text(shape: Shape) -> str:
    """32×13×13 for a map, 1,600 for a vector."""
    return "×".join(str(d) for d in shape) if len(shape) == 3 else number(shape[0], ",")


def input_problem(kind: LayerKind, shape: Shape) -> str | None:
    if kind.input == "map" and len(shape) != 3:
        return tr("a {kind} layer needs an image-like map, but it gets a flat list of {count} numbers: "
                  "move it above the flatten layer").format(kind=kind_name(kind), count=number(shape[0], ","))
    if kind.input == "vector" and len(shape) != 1:
        return tr("a dense layer needs a flat list of numbers, but it gets a {shape} map: "
                  "add a flatten layer before it").format(shape=shape_text(shape))
    return None


def window_problem(kind: LayerKind, spec: dict, shape: Shape) -> str | None:
    """A kernel that does not fit its input, said the way a student sees it."""
    if kind.window is None:
        return None
    w = kind.window(spec)
    n = min(shape[1:])
    if n + w.pad_total < w.kernel:
        text = (tr("its {k}×{k} kernel is larger than its {h}×{w} input{padded}: the map would shrink to "
                   "nothing. Use a smaller kernel or remove a pooling layer above") if kind.type == "conv" else
                tr("its {k}×{k} pooling window is larger than its {h}×{w} input{padded}: the map would shrink to "
                   "nothing. Use a smaller kernel or remove a pooling layer above"))
        padded = tr(" (with padding {size})").format(size=n + w.pad_total) if w.pad_total else ""
        return text.format(k=w.kernel, h=shape[1], w=shape[2], padded=padded)
    return None


@dataclass(frozen=True)
class ReceptiveField:
    """How one layer's units map onto the input: unit (y, x) sees rows
    `start + y * jump ... start + y * jump + size - 1` (likewise columns), before clipping.

    `chain` holds each sliding window on the way (kernel, stride, padding before, input height,
    input width), so `region` can clip at every layer and name exactly the pixels a unit depends on:
    padding deep in a network can reach past columns that an earlier strided layer never covered.
    """

    size: int
    jump: int
    start: int
    whole_image: bool = False
    chain: tuple = field(default=(), compare=False, repr=False)

    def region(self, y: int, x: int, input_hw: tuple[int, int] = (SIDE, SIDE)) -> tuple[int, int, int, int]:
        """(top, left, bottom, right), bottom/right exclusive, clipped to the input (empty if it sees only padding)."""
        h, w = input_hw
        if self.whole_image:
            return 0, 0, h, w
        if not self.chain:
            top, left = self.start + y * self.jump, self.start + x * self.jump
            return max(0, top), max(0, left), min(h, top + self.size), min(w, left + self.size)
        rows, cols = {y}, {x}
        for k, s, pad, in_h, in_w in reversed(self.chain):  # rows and columns are separable
            rows = {r * s - pad + i for r in rows for i in range(k)} & set(range(in_h))
            cols = {c * s - pad + i for c in cols for i in range(k)} & set(range(in_w))
        if not rows or not cols:
            return 0, 0, 0, 0
        return min(rows), min(cols), max(rows) + 1, max(cols) + 1

    def as_json(self) -> dict | None:
        return None if self.whole_image else {"size": self.size, "jump": self.jump, "start": self.start}


def next_receptive_field(kind: LayerKind, spec: dict, rf: ReceptiveField, in_shape: Shape) -> ReceptiveField:
    """The receptive field after this layer, given the one before it and this layer's input shape."""
    if rf.whole_image or kind.flattens or kind.dense_out:
        return ReceptiveField(rf.size, rf.jump, rf.start, whole_image=True)
    if kind.window is None:
        return rf
    w = kind.window(spec)
    return ReceptiveField(rf.size + (w.kernel - 1) * rf.jump, rf.jump * w.stride, rf.start - w.pad_before * rf.jump,
                          chain=(*rf.chain, (w.kernel, w.stride, w.pad_before, in_shape[1], in_shape[2])))


@dataclass
class LayerRow:
    """One layer as the summary, the editor and the explorer see it. `problem` says why it can't work."""

    index: int
    name: str
    kind: LayerKind | None
    spec: dict
    output_shape: Shape | None = None
    params: int = 0
    receptive_field: ReceptiveField | None = None
    problem: str | None = None
    settings: dict = field(default_factory=dict)  # resolved


def analyse(arch, input_shape: Shape, num_classes: int | None = None) -> list[LayerRow]:
    """Every layer's name, shape, parameters, receptive field and (if any) problem, without building it.

    Rows after the first problem carry no shape: what they get depends on the broken layer.
    `num_classes` adds the check that the network ends with one output per class.
    """
    rows: list[LayerRow] = []
    counts: dict[str, int] = {}
    shape: Shape | None = tuple(input_shape)
    rf: ReceptiveField | None = ReceptiveField(1, 1, 0)
    for index, spec in enumerate(arch):
        kind = kind_of(spec)
        prefix = kind.prefix if kind else "layer"
        counts[prefix] = counts.get(prefix, 0) + 1
        row = LayerRow(index, f"{prefix}{counts[prefix]}", kind, spec if isinstance(spec, dict) else {})
        rows.append(row)
        if kind is None:
            row.problem = (f"{spec.get('type')!r} is not a layer kind cnngui knows" if isinstance(spec, dict)
                           else f"a layer must be an object like {{\"type\": \"relu\"}}, not {spec!r}")
        else:
            row.problem = kind.settings_problem(spec)
        if row.problem or shape is None:
            shape = rf = None
            continue
        resolved = row.settings = kind.resolved(spec)
        row.problem = (input_problem(kind, shape) or kind.check(resolved, shape)
                       or window_problem(kind, resolved, shape))
        if row.problem:
            shape = rf = None
            continue
        row.params = kind.params(resolved, shape)
        rf = next_receptive_field(kind, resolved, rf, shape)
        shape = kind.output_shape(resolved, shape)
        row.output_shape, row.receptive_field = shape, rf
        if math.prod(shape) > MAX_VALUES_PER_IMAGE:
            row.problem = (f"its output has {math.prod(shape):,} values per image, too many to train here: "
                           "use fewer filters or a larger stride")
            shape = rf = None
    if shape is not None and rows:
        total = sum(r.params for r in rows)
        if total > MAX_PARAMS:
            rows[-1].problem = (f"the network has {total:,} parameters, more than the {MAX_PARAMS:,} cnngui "
                                "trains: use fewer units or filters, or pool before the dense layers")
        elif num_classes is not None and shape != (num_classes,):
            rows[-1].problem = (f"the last layer must give one output per class ({num_classes}), but it gives "
                                f"{shape_text(shape)}: end with a dense layer of {num_classes} units")
    return rows


def first_problem(rows: list[LayerRow]) -> str | None:
    """`conv2 (layer 4): …` for the first row that can't work, or None."""
    for row in rows:
        if row.problem:
            return tr("{name} (layer {number}): {problem}.").format(name=row.name, number=row.index + 1,
                                                                     problem=row.problem)
    return None


def build_module(row: LayerRow, in_shape: Shape) -> nn.Module:
    return row.kind.module(row.settings, in_shape)
