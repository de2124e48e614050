"""Keras models in: `.keras` (Keras 3: a zip of `config.json` and `model.weights.h5`) and legacy `.h5`
(`model_config` and `model_weights`), read with `zipfile`, `json` and `h5py`. TensorFlow is not needed,
and nothing in the file is executed: a Lambda layer or a custom object is refused by name.

What a seed-notebook model becomes (see `model_import` for the rest):
- its layers, one cnngui kind each (an activation inside a Conv2D or Dense becomes a layer of its own);
- kernels transposed to PyTorch's layout ((kh, kw, in, out) → (out, in, kh, kw); (in, out) → (out, in));
- the first Dense after a Flatten has its rows reordered: Keras flattens channels last (h, w, c), PyTorch
  channels first (c, h, w);
- batch normalisation's epsilon (Keras 0.001, PyTorch 0.00001) folded into its variance, exactly;
- the input is the notebook's: pixels / 255, no mean or std (a leading Rescaling layer becomes that
  normalisation), recorded in the checkpoint;
- a softmax at the end is left out, because cnngui turns the outputs into probabilities itself: they are
  not softmaxed twice.
"""

from __future__ import annotations

import io
import itertools
import math
import zipfile
from pathlib import Path

import numpy as np

from cnngui.core.model_files.model_import import (
    RAW_PIXELS,
    Imported,
    bounded_member,
    expect,
    json_of,
    refuse,
    torch_variance,
)
from cnngui.core.network.layers import KINDS, SAME
from cnngui.i18n import number, tr

SUPPORTED = ("InputLayer, Conv2D, MaxPooling2D, AveragePooling2D, Flatten, Dense, Dropout, Activation, ReLU, "
             "BatchNormalization, Rescaling (first), Softmax (last)")
ACTIVATIONS = {"relu": "relu", "tanh": "tanh", "sigmoid": "sigmoid", "linear": None, "softmax": "softmax"}
CONFIG_LIMIT = 4 * 2**20
WEIGHTS_LIMIT = 256 * 2**20
INPUTS = ((28, 28, 1), (28, 28), (784,))  # a grey 28 × 28 image, channels last, or its 784 pixels


# ---- the two file layouts ------------------------------------------------------------------------
class _Weights:
    """A layer's stored tensors, in Keras's order (kernel, bias; gamma, beta, mean, variance), by layer name."""

    def __init__(self, path: Path, h5, legacy: bool) -> None:
        self.path, self.by_name = path, {}
        if legacy:
            for name, group in h5.items():
                names = [n.decode() if isinstance(n, bytes) else str(n) for n in group.attrs.get("weight_names", [])]
                self.by_name[name] = [group[n] for n in names]
        else:
            for group in (h5.get("layers") or {}).values():
                vars_ = group.get("vars")
                if vars_ is not None:
                    name = vars_.attrs.get("name")
                    name = name.decode() if isinstance(name, bytes) else str(name)
                    self.by_name[name] = [vars_[str(i)] for i in range(len(vars_))]

    def read(self, layer: str, index: int, wanted: tuple, what: str) -> np.ndarray:
        tensors = self.by_name.get(layer, [])
        if index >= len(tensors):
            raise refuse(self.path, tr("the weights of layer {layer} are missing from the file.").format(layer=layer))
        tensor = tensors[index]
        expect(self.path, f"{layer} ({what})", tensor.shape, wanted)
        if tensor.dtype.kind != "f":
            raise refuse(self.path,
                         tr("{layer}'s {what} are not floating-point numbers.").format(layer=layer, what=what))
        try:
            return np.asarray(tensor[()], dtype=np.float32)
        except (OSError, ValueError, KeyError) as exc:
            raise refuse(self.path, tr("{layer}'s {what} can't be read: the file is truncated or damaged ({error}).")
                         .format(layer=layer, what=what, error=exc)) from exc


def _open(path: Path):
    """(model config, weights, source): from a .keras zip, or a legacy HDF5 file."""
    import h5py

    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                config = json_of(path, bounded_member(path, archive, "config.json", CONFIG_LIMIT), "config.json")
                meta = archive.namelist()
                weights = bounded_member(path, archive, "model.weights.h5", WEIGHTS_LIMIT)
                version = ""
                if "metadata.json" in meta:
                    version = json_of(path, bounded_member(path, archive, "metadata.json", 2**16),
                                      "metadata.json").get("keras_version", "")
            h5 = h5py.File(io.BytesIO(weights), "r")
            return config, _Weights(path, h5, legacy=False), f"Keras {version}, .keras file".replace("  ", " ")
        h5 = h5py.File(path, "r")
    except (OSError, zipfile.BadZipFile) as exc:
        raise refuse(path, tr("it is neither a Keras model (.keras, a zip) nor a readable HDF5 file (.h5): "
                              "{error}.").format(error=exc)) from exc
    raw = h5.attrs.get("model_config")
    if raw is None or "model_weights" not in h5:
        raise refuse(path, tr("it is an HDF5 file without a Keras model in it (no model_config); save the model "
                              "with model.save(\"model.keras\") or model.save(\"model.h5\")."))
    raw = raw.decode() if isinstance(raw, bytes) else str(raw)
    version = h5.attrs.get("keras_version", b"")
    version = version.decode() if isinstance(version, bytes) else str(version)
    return json_of(path, raw.encode(), "model_config"), _Weights(path, h5["model_weights"], legacy=True), \
        f"Keras {version}, .h5 file".replace("  ", " ")


# ---- the chain of layers -------------------------------------------------------------------------
def _histories(value) -> list[str]:
    """The layer names a Keras 3 node's arguments come from."""
    if isinstance(value, dict):
        if value.get("class_name") == "__keras_tensor__":
            return [value["config"]["keras_history"][0]]
        return [name for item in value.values() for name in _histories(item)]
    if isinstance(value, list):
        return [name for item in value for name in _histories(item)]
    return []


def _inbound(layer: dict) -> list[str] | None:
    nodes = layer.get("inbound_nodes") or []
    if len(nodes) != 1:
        return None if nodes else []
    node = nodes[0]
    if isinstance(node, dict):  # Keras 3
        return _histories(node.get("args", []))
    return [entry[0] for entry in node]  # Keras 2: [[name, node, tensor, kwargs], ...]


def _chain(path: Path, config: dict) -> list[dict]:
    kind = config.get("class_name")
    body = config.get("config", {})
    if kind == "Sequential":
        return body if isinstance(body, list) else body.get("layers", [])
    if kind in ("Functional", "Model"):
        layers = body.get("layers", [])
        for previous, layer in itertools.pairwise(layers):
            if _inbound(layer) != [previous.get("name", previous.get("config", {}).get("name"))]:
                raise refuse(path, tr("layer {name} does not simply follow the one before it: cnngui opens a straight "
                                      "chain of layers, without branches or several inputs.").format(
                    name=layer.get("config", {}).get("name", "?")))
        return layers
    raise refuse(path, tr("it holds a {kind} model; cnngui opens Sequential models and straight functional "
                          "chains.").format(kind=kind or "?"))


def _input_shape(path: Path, layers: list[dict]) -> tuple:
    first = layers[0] if layers else {}
    config = first.get("config", {})
    shape = (config.get("batch_shape") or config.get("batch_input_shape")  # Keras 3, Keras 2
             or (first.get("build_config") or {}).get("input_shape"))
    if not shape:
        raise refuse(path, tr("it does not say its input's shape (build the model, or start it with keras.Input)."))
    shape = tuple(shape[1:])
    if len(shape) == 3 and shape[-1] != 1:
        raise refuse(path, tr("its input has {channels} channels (a colour image, {shape}); cnngui's datasets are "
                              "grey 28 × 28 images with one channel.").format(channels=shape[-1],
                                                                               shape="×".join(map(str, shape))))
    if shape not in INPUTS:
        raise refuse(path, tr("its input is {shape}; cnngui's datasets are 28 × 28 × 1 images (or 784 "
                              "pixels).").format(shape="×".join(map(str, shape))))
    return shape


# ---- conversion ------------------------------------------------------------------------------
class _Converter:
    """Builds cnngui's architecture and weights layer by layer, tracking the shape as PyTorch sees it."""

    def __init__(self, path: Path, weights: _Weights, shape: tuple) -> None:
        self.path, self.store = path, weights
        self.arch, self.weights, self.notes = [], [], []
        self.shape = (1, 28, 28)
        self.flattened_from: tuple | None = None  # (C, H, W) a Flatten unrolled, until a Dense reads it
        self.normalization = dict(RAW_PIXELS)
        self.softmax_at: str | None = None
        if len(shape) == 1:  # a flat 784-pixel input: PyTorch's flatten of (1, 28, 28) is the same order
            self.add({"type": "flatten"})

    def add(self, spec: dict, weights: dict | None = None) -> None:
        if self.softmax_at is not None:
            raise refuse(self.path, tr("the softmax of {layer} is not at the end; cnngui takes a softmax only as "
                                       "the last step.").format(layer=self.softmax_at))
        kind = KINDS[spec["type"]]
        self.arch.append(spec)
        self.weights.append(weights or {})
        problem = kind.settings_problem(spec)
        if problem:
            raise refuse(self.path, problem + ".")
        self.shape = kind.output_shape(spec, self.shape)

    def activation(self, name: str, layer: str) -> None:
        if name not in ACTIVATIONS:
            raise refuse(self.path, tr("layer {layer} uses the activation {name}; cnngui has relu, tanh, sigmoid, "
                                       "linear and a softmax at the end.").format(layer=layer, name=name))
        if ACTIVATIONS[name] == "softmax":
            self.softmax_at = layer
        elif ACTIVATIONS[name]:
            self.add({"type": ACTIVATIONS[name]})

    def order(self, vector: np.ndarray, axis: int = 0) -> np.ndarray:
        """Keras's channels-last flattened order → PyTorch's channels-first, along `axis`."""
        if self.flattened_from is None or self.flattened_from[0] == 1:
            return vector
        c, h, w = self.flattened_from
        permutation = np.arange(c * h * w).reshape(h, w, c).transpose(2, 0, 1).ravel()
        return np.take(vector, permutation, axis=axis)


def _square(path: Path, layer: str, value, what: str) -> int:
    values = list(value) if isinstance(value, (list, tuple)) else [value]
    if len(set(values)) != 1:
        raise refuse(path, tr("layer {layer} has a {what} of {value}; cnngui's windows are square.").format(
            layer=layer, what=what, value="×".join(map(str, values))))
    return int(values[0])


def _check_format(c: _Converter, layer: str, config: dict) -> None:
    if config.get("data_format") not in (None, "channels_last"):
        raise refuse(c.path, tr("layer {layer} is channels first; cnngui reads Keras's default, channels "
                                "last.").format(layer=layer))


def _conv(c: _Converter, layer: str, config: dict) -> None:
    _check_format(c, layer, config)
    k = _square(c.path, layer, config["kernel_size"], tr("kernel"))
    stride = _square(c.path, layer, config.get("strides", 1), tr("stride"))
    if _square(c.path, layer, config.get("dilation_rate", 1), tr("dilation")) != 1 or config.get("groups", 1) != 1:
        raise refuse(c.path, tr("layer {layer} is a dilated or grouped convolution, which cnngui doesn't "
                                "have.").format(layer=layer))
    padding = {"valid": 0, "same": SAME}.get(config.get("padding", "valid"))
    channels, out = c.shape[0], int(config["filters"])
    kernel = c.store.read(layer, 0, (k, k, channels, out), tr("kernel"))
    bias = c.store.read(layer, 1, (out,), tr("bias")) if config.get("use_bias", True) else np.zeros(out, np.float32)
    c.add({"type": "conv", "out": out, "kernel": k, "stride": stride, "padding": padding},
          {"weight": kernel.transpose(3, 2, 0, 1), "bias": bias})
    c.activation(config.get("activation", "linear"), layer)


def _pool(kind: str):
    def convert(c: _Converter, layer: str, config: dict) -> None:
        _check_format(c, layer, config)
        if config.get("padding", "valid") != "valid":
            raise refuse(c.path, tr("layer {layer} pools with padding \"same\"; cnngui pools without "
                                    "padding.").format(layer=layer))
        size = _square(c.path, layer, config.get("pool_size", 2), tr("pool size"))
        stride = _square(c.path, layer, config.get("strides") or size, tr("stride"))
        c.add({"type": kind, "kernel": size, "stride": stride})
    return convert


def _dense(c: _Converter, layer: str, config: dict) -> None:
    if len(c.shape) != 1:
        raise refuse(c.path, tr("layer {layer} is a Dense layer on a map ({shape}); cnngui needs a Flatten "
                                "before it.").format(layer=layer, shape="×".join(map(str, c.shape))))
    units, inputs = int(config["units"]), c.shape[0]
    if units * inputs > 10_000_000:
        raise refuse(c.path, tr("layer {layer} would have {count} weights, more than cnngui holds.").format(
            layer=layer, count=number(units * inputs, ",")))
    kernel = c.order(c.store.read(layer, 0, (inputs, units), tr("kernel")), axis=0)
    bias = c.store.read(layer, 1, (units,), tr("bias")) if config.get("use_bias", True) else np.zeros(units, np.float32)
    c.flattened_from = None
    c.add({"type": "dense", "out": units}, {"weight": kernel.T, "bias": bias})
    c.activation(config.get("activation", "linear"), layer)


def _flatten(c: _Converter, layer: str, config: dict) -> None:
    _check_format(c, layer, config)
    c.flattened_from = c.shape if len(c.shape) == 3 else c.flattened_from
    c.add({"type": "flatten"})


def _batchnorm(c: _Converter, layer: str, config: dict) -> None:
    axis = config.get("axis", -1)
    axis = axis[0] if isinstance(axis, list) and len(axis) == 1 else axis
    if axis not in (-1, len(c.shape)):
        raise refuse(c.path, tr("layer {layer} normalises along axis {axis}; cnngui normalises each channel "
                                "(axis -1).").format(layer=layer, axis=axis))
    n, index = c.shape[0], 0
    values = {}
    for key, used, default in (("weight", config.get("scale", True), 1.0), ("bias", config.get("center", True), 0.0)):
        if used:
            values[key] = c.store.read(layer, index, (n,), key)
            index += 1
        else:
            values[key] = np.full(n, default, np.float32)
    mean = c.store.read(layer, index, (n,), tr("moving mean"))
    variance = c.store.read(layer, index + 1, (n,), tr("moving variance"))
    epsilon = float(config.get("epsilon", 1e-3))
    values.update(running_mean=mean, running_var=torch_variance(variance, epsilon))
    c.add({"type": "batchnorm"}, {key: c.order(value) if len(c.shape) == 1 else value for key, value in values.items()})


def _relu(c: _Converter, layer: str, config: dict) -> None:
    if config.get("max_value") is not None or config.get("negative_slope", 0) or config.get("threshold", 0):
        raise refuse(c.path, tr("layer {layer} is a capped or leaky ReLU; cnngui's ReLU is the plain one.").format(
            layer=layer))
    c.add({"type": "relu"})


def _rescaling(c: _Converter, layer: str, config: dict) -> None:
    if c.arch:
        raise refuse(c.path, tr("layer {layer} rescales in the middle of the network; cnngui takes a Rescaling "
                                "only as the first layer.").format(layer=layer))
    scale, offset = float(config.get("scale", 1.0)), float(config.get("offset", 0.0))
    if not scale or not math.isfinite(scale) or not math.isfinite(offset):
        raise refuse(c.path, tr("layer {layer} rescales by {scale}.").format(layer=layer, scale=scale))
    # the network sees pixel255 * scale + offset = (pixel01 - mean) / std
    c.normalization = {"mean": -offset / (255 * scale), "std": 1 / (255 * scale)}
    c.notes.append(tr("{layer} (Rescaling) became the input's normalisation.").format(layer=layer))


CONVERTERS = {
    "Conv2D": _conv, "MaxPooling2D": _pool("maxpool"), "AveragePooling2D": _pool("avgpool"), "Dense": _dense,
    "Flatten": _flatten, "BatchNormalization": _batchnorm, "ReLU": _relu, "Rescaling": _rescaling,
    "Dropout": lambda c, layer, config: c.add({"type": "dropout", "p": float(config.get("rate", 0.5))}),
    "Activation": lambda c, layer, config: c.activation(config.get("activation", "linear"), layer),
    "Softmax": lambda c, layer, config: c.activation("softmax", layer),
    "InputLayer": lambda c, layer, config: None,
}


def read_keras(path: Path) -> Imported:
    config, store, source = _open(path)
    layers = _chain(path, config)
    converter = _Converter(path, store, _input_shape(path, layers))
    for layer in layers:
        kind, settings = layer.get("class_name"), layer.get("config", {})
        name = settings.get("name", kind)
        if kind not in CONVERTERS:
            custom = layer.get("registered_name") not in (None, kind) or not str(layer.get("module",
                                                                                           "keras")).startswith("keras")
            raise refuse(path, tr("layer {name} is a {kind}{custom}, which cnngui doesn't have (nothing from the file "
                                  "is run). It opens: {supported}.").format(
                name=name, kind=kind, custom=tr(" (a custom object)") if custom else "", supported=SUPPORTED))
        try:
            CONVERTERS[kind](converter, name, settings)
        except (KeyError, TypeError, ValueError) as exc:
            raise refuse(path, tr("layer {name} ({kind}) has a setting cnngui can't read ({error}).").format(
                name=name, kind=kind, error=exc)) from exc
    if converter.softmax_at:
        converter.notes.append(tr("The softmax at the end is left out: cnngui turns the outputs into probabilities "
                                  "itself, so they are not softmaxed twice."))
    return Imported(converter.arch, converter.weights, converter.normalization, source, converter.notes,
                    input_convention="pixels 0..1 (the notebook's x / 255), ink high; Keras's channels last")
