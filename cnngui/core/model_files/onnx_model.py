"""ONNX models in (with the `onnx` package) and out (`export_onnx`, checked by `onnx.checker`).

In: a chain of Conv, Relu, Tanh, Sigmoid, MaxPool, AveragePool, BatchNormalization, Flatten or Reshape,
Gemm or MatMul + Add, Dropout, Identity and Softmax, as `torch.onnx.export` writes them from an
`nn.Sequential`. The input convention, unless the file says otherwise: pixels 0..1, ink high (as MNIST's
images), N×1×28×28. A leading Sub / Div by constants is that input's normalisation; a Softmax at the end
(with a Div by a constant before it: a temperature) is left out, because cnngui turns the outputs into
probabilities itself. Metadata that cnngui writes on export (`cnngui`: the dataset, its class names) is
read back. Every tensor's declared size is checked before its data is read; nothing is executed.

Out: input `image` (float32 N×C×H×W, pixels 0..1 as the dataset's images, the normalisation inside the
graph), output `probabilities` (softmax, the temperature included where the model is calibrated), a
dynamic batch size.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

from cnngui.core.model_files.model_import import RAW_PIXELS, TORCH_BN_EPS, Imported, expect, refuse, torch_variance
from cnngui.i18n import number, tr

SUPPORTED = ("Conv, Relu, Tanh, Sigmoid, MaxPool, AveragePool, BatchNormalization, Flatten, Reshape, Gemm, "
             "MatMul + Add, Dropout, Identity, Softmax (last)")
MAX_TENSOR_VALUES = 10_000_000
OPSET = 13
INPUT_CONVENTION = "pixels 0..1, ink high, N×C×H×W"
METADATA_KEY = "cnngui"


# ---- reading ------------------------------------------------------------------------------------
def _array(path: Path, tensor) -> np.ndarray:
    """An initializer's values, its declared size checked first (a huge or truncated tensor is refused)."""
    from onnx import TensorProto, numpy_helper

    count = math.prod(tensor.dims) if tensor.dims else 1
    if count > MAX_TENSOR_VALUES:
        raise refuse(path, tr("its tensor {name} declares {count} values, more than cnngui holds.").format(
            name=tensor.name, count=number(count, ",")))
    if tensor.data_location == TensorProto.EXTERNAL:  # its data was not found beside the model
        raise refuse(path, tr("its tensor {name} is kept in another file that could not be read.").format(
            name=tensor.name))
    if tensor.raw_data:
        itemsize = {TensorProto.FLOAT: 4, TensorProto.DOUBLE: 8, TensorProto.FLOAT16: 2, TensorProto.INT64: 8,
                    TensorProto.INT32: 4}.get(tensor.data_type)
        if itemsize and len(tensor.raw_data) != count * itemsize:
            raise refuse(path, tr("its tensor {name} is truncated ({found} bytes of {wanted}).").format(
                name=tensor.name, found=len(tensor.raw_data), wanted=count * itemsize))
    try:
        return numpy_helper.to_array(tensor)
    except (ValueError, TypeError) as exc:
        raise refuse(path,
                     tr("its tensor {name} can't be read ({error}).").format(name=tensor.name, error=exc)) from exc


def _attributes(node) -> dict:
    from onnx import helper

    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def _input_shape(path: Path, graph, constants: set) -> tuple:
    inputs = [i for i in graph.input if i.name not in constants]
    if len(inputs) != 1:
        raise refuse(path, tr("it has {count} inputs; cnngui opens models with one input, an image.").format(
            count=len(inputs)))
    dims = [d.dim_value if d.HasField("dim_value") else None for d in inputs[0].type.tensor_type.shape.dim]
    shape = tuple(dims[1:])
    if len(shape) == 3 and shape[0] not in (1, None):
        raise refuse(path, tr("its input has {channels} channels (a colour image); cnngui's datasets are grey "
                              "28 × 28 images with one channel.").format(channels=shape[0]))
    if shape not in ((1, 28, 28), (784,)):
        raise refuse(path, tr("its input is {shape}; cnngui's datasets are N×1×28×28 images (or N×784 "
                              "pixels).").format(shape="×".join("N" if d is None else str(d) for d in dims)))
    return inputs[0].name, shape


class _Chain:
    """cnngui's architecture, built node by node; `shape` is the current tensor's (C, H, W) or (N,)."""

    def __init__(self, path: Path, constants: dict) -> None:
        from cnngui.core.network.layers import KINDS

        self.kinds, self.path, self.constants = KINDS, path, constants
        self.arch, self.weights, self.notes = [], [], []
        self.shape = (1, 28, 28)
        self.normalization = dict(RAW_PIXELS)
        self.softmax_at: str | None = None
        self.temperature: float | None = None
        self.open_bias = False  # the last layer is a MatMul's dense, whose bias an Add may bring

    def add(self, spec: dict, weights: dict | None = None) -> None:
        if self.temperature is not None:
            raise refuse(self.path, tr("it divides by a constant in the middle of the network; cnngui reads that only "
                                       "as a temperature before the final softmax."))
        if self.softmax_at is not None:
            raise refuse(self.path, tr("its Softmax ({node}) is not at the end; cnngui takes a softmax only as the "
                                       "last step.").format(node=self.softmax_at))
        kind = self.kinds[spec["type"]]
        problem = kind.settings_problem(spec) or kind.check(kind.resolved(spec), self.shape)
        if problem:
            raise refuse(self.path, problem + ".")
        self.arch.append(spec)
        self.weights.append(weights or {})
        self.shape = kind.output_shape(spec, self.shape)
        self.open_bias = False

    def constant(self, node, index: int, what: str) -> np.ndarray:
        if index >= len(node.input) or node.input[index] not in self.constants:
            raise refuse(self.path, tr("its {op} node {node} has no constant {what}.").format(
                op=node.op_type, node=node.name, what=what))
        return _array(self.path, self.constants[node.input[index]])

    def scalar(self, node) -> float | None:
        name = next((i for i in node.input if i in self.constants), None)
        if name is None:
            return None
        value = _array(self.path, self.constants[name])
        return float(value.reshape(-1)[0]) if value.size == 1 else None


def _window(chain: _Chain, node, attrs: dict) -> tuple[int, int, list]:
    kernel = list(attrs.get("kernel_shape") or [])
    strides = list(attrs.get("strides") or [1, 1])
    if len(set(kernel)) != 1 or len(set(strides)) != 1 or set(attrs.get("dilations") or [1]) != {1}:
        raise refuse(chain.path, tr("its {op} node {node} has a window of {kernel} with strides {strides}; cnngui's "
                                    "windows are square, without dilation.").format(
            op=node.op_type, node=node.name, kernel=kernel, strides=strides))
    return kernel[0], strides[0], list(attrs.get("pads") or [0, 0, 0, 0])


def _conv(chain: _Chain, node, attrs: dict) -> None:
    k, stride, pads = _window(chain, node, attrs)
    if attrs.get("group", 1) != 1:
        raise refuse(chain.path, tr("its Conv node {node} is grouped, which cnngui doesn't have.").format(
            node=node.name))
    auto = attrs.get("auto_pad", b"NOTSET")
    auto = auto.decode() if isinstance(auto, bytes) else auto
    if auto in ("SAME_UPPER", "SAME_LOWER"):
        padding = "same"
    elif len(set(pads)) == 1:
        padding = int(pads[0])
    else:
        raise refuse(chain.path, tr("its Conv node {node} pads unevenly ({pads}); cnngui pads every side "
                                    "alike.").format(node=node.name, pads=pads))
    channels = chain.shape[0]
    weight = chain.constant(node, 1, "weight")
    out = weight.shape[0] if weight.ndim == 4 else 0
    expect(chain.path, node.name or "Conv", weight.shape, (out, channels, k, k))
    bias = chain.constant(node, 2, "bias") if len(node.input) > 2 and node.input[2] else np.zeros(out, np.float32)
    expect(chain.path, (node.name or "Conv") + " bias", bias.shape, (out,))
    chain.add({"type": "conv", "out": int(out), "kernel": k, "stride": stride, "padding": padding},
              {"weight": weight, "bias": bias})


def _pool(kind: str):
    def convert(chain: _Chain, node, attrs: dict) -> None:
        k, stride, pads = _window(chain, node, attrs)
        if any(pads) or attrs.get("ceil_mode", 0):
            raise refuse(chain.path, tr("its {op} node {node} pads or rounds up; cnngui pools without "
                                        "padding.").format(op=node.op_type, node=node.name))
        chain.add({"type": kind, "kernel": k, "stride": stride})
    return convert


def _flatten(chain: _Chain, node, attrs: dict) -> None:
    if node.op_type == "Flatten" and attrs.get("axis", 1) != 1:
        raise refuse(chain.path, tr("its Flatten node {node} keeps {axis} axes; cnngui flattens all but the "
                                    "batch.").format(node=node.name, axis=attrs.get("axis")))
    if node.op_type == "Reshape":
        target = [int(v) for v in chain.constant(node, 1, "shape").reshape(-1)]
        size = math.prod(chain.shape)
        if len(target) != 2 or target[1] not in (-1, size) or target[0] not in (-1, 0, 1):
            raise refuse(chain.path, tr("its Reshape node {node} makes {shape}; cnngui reads a Reshape only as a "
                                        "flatten (N × {size}).").format(node=node.name, shape=target, size=size))
    if len(chain.shape) == 3:
        chain.add({"type": "flatten"})


def _dense(chain: _Chain, node, attrs: dict) -> None:
    if len(chain.shape) != 1:
        raise refuse(chain.path, tr("its {op} node {node} works on a map; cnngui needs a Flatten before a dense "
                                    "layer.").format(op=node.op_type, node=node.name))
    inputs = chain.shape[0]
    weight = chain.constant(node, 1, "weight")
    if node.op_type == "MatMul" or not attrs.get("transB", 0):
        weight = weight.T
    if node.op_type == "Gemm" and (attrs.get("alpha", 1.0) != 1.0 or attrs.get("beta", 1.0) != 1.0
                                   or attrs.get("transA", 0)):
        raise refuse(chain.path, tr("its Gemm node {node} scales or transposes its input; cnngui reads the plain "
                                    "one (a Linear layer).").format(node=node.name))
    out = weight.shape[0]
    expect(chain.path, node.name or node.op_type, weight.shape, (out, inputs))
    has_bias = node.op_type == "Gemm" and len(node.input) > 2 and node.input[2]
    bias = chain.constant(node, 2, "bias").reshape(-1) if has_bias else np.zeros(out, np.float32)
    expect(chain.path, (node.name or node.op_type) + " bias", bias.shape, (out,))
    chain.add({"type": "dense", "out": int(out)}, {"weight": weight, "bias": bias})
    chain.open_bias = node.op_type == "MatMul"


def _add(chain: _Chain, node, attrs: dict) -> None:
    if not chain.open_bias:
        raise refuse(chain.path, tr("its Add node {node} doesn't follow a MatMul; cnngui reads Add only as a "
                                    "dense layer's bias.").format(node=node.name))
    name = next(i for i in node.input if i in chain.constants)
    bias = _array(chain.path, chain.constants[name]).reshape(-1)
    expect(chain.path, (node.name or "Add") + " bias", bias.shape, (chain.shape[0],))
    chain.weights[-1]["bias"] = bias
    chain.open_bias = False


def _batchnorm(chain: _Chain, node, attrs: dict) -> None:
    n = chain.shape[0]
    values = [chain.constant(node, i, what).reshape(-1) for i, what in
              enumerate(("input", "scale", "bias", "mean", "variance")) if i]
    for value in values:
        expect(chain.path, node.name or "BatchNormalization", value.shape, (n,))
    scale, bias, mean, variance = values
    epsilon = float(attrs.get("epsilon", 1e-5))
    chain.add({"type": "batchnorm"}, {"weight": scale, "bias": bias, "running_mean": mean,
                                      "running_var": torch_variance(variance, epsilon)})


def _normalisation(chain: _Chain, node, attrs: dict) -> None:
    """Sub / Div / Mul by a constant at the very start: the input's normalisation."""
    value = chain.scalar(node)
    if chain.arch and node.op_type == "Div" and value and not chain.open_bias:
        chain.temperature = value  # after the layers: a temperature, which only the final softmax may follow
        return
    if chain.arch or value is None or (node.op_type != "Sub" and not value):
        raise refuse(chain.path, tr("its {op} node {node} is not a normalisation of the input; cnngui reads {op} "
                                    "only as the first step.").format(op=node.op_type, node=node.name))
    norm = chain.normalization
    if node.op_type == "Sub":
        norm["mean"] += value * norm["std"]
    elif node.op_type == "Div":
        norm["std"] *= value
    else:
        norm["std"] /= value


def _softmax(chain: _Chain, node, attrs: dict) -> None:
    if attrs.get("axis", -1) not in (1, -1):
        raise refuse(chain.path, tr("its Softmax node {node} is not over the classes.").format(node=node.name))
    chain.softmax_at = node.name or "Softmax"


def _activation(kind: str):
    return lambda chain, node, attrs: chain.add({"type": kind})


def _dropout(chain: _Chain, node, attrs: dict) -> None:
    ratio = attrs.get("ratio")
    if ratio is None and len(node.input) > 1 and node.input[1] in chain.constants:
        ratio = float(_array(chain.path, chain.constants[node.input[1]]).reshape(-1)[0])
    chain.add({"type": "dropout", "p": float(0.5 if ratio is None else ratio)})


CONVERTERS = {
    "Conv": _conv, "MaxPool": _pool("maxpool"), "AveragePool": _pool("avgpool"), "Flatten": _flatten,
    "Reshape": _flatten, "Gemm": _dense, "MatMul": _dense, "Add": _add, "BatchNormalization": _batchnorm,
    "Relu": _activation("relu"), "Tanh": _activation("tanh"), "Sigmoid": _activation("sigmoid"),
    "Dropout": _dropout, "Identity": lambda chain, node, attrs: None, "Softmax": _softmax,
    "Sub": _normalisation, "Div": _normalisation, "Mul": _normalisation,
}


def _load(path: Path):
    import onnx

    try:
        model = onnx.load(str(path), load_external_data=False)
    except Exception as exc:
        raise refuse(path, tr("it is not an ONNX model, or it is truncated ({error}).").format(
            error=type(exc).__name__)) from exc
    if not model.graph.node:
        raise refuse(path, tr("it is not an ONNX model, or an empty one."))
    _load_external_data(path, model)
    return model


def _load_external_data(path: Path, model) -> None:
    """Weights kept beside the model (`model.onnx.data`, what `torch.onnx.export(dynamo=True)` writes by
    default): read from the model's own folder only, within the size limit."""
    from onnx import TensorProto
    from onnx.external_data_helper import load_external_data_for_model

    from cnngui.core.model_files.model_import import MAX_FILE_BYTES

    locations = set()
    for tensor in model.graph.initializer:
        if tensor.data_location == TensorProto.EXTERNAL:
            entry = {e.key: e.value for e in tensor.external_data}
            location = entry.get("location", "")
            if not location or Path(location).name != location:
                raise refuse(path, tr("its tensor {name} points outside the model's folder ({location}).").format(
                    name=tensor.name, location=location))
            locations.add(location)
    for location in locations:
        data = path.parent / location
        if not data.is_file():
            raise refuse(path, tr("its weights are in {file}, which is not beside it: keep the two files together, "
                                  "or export with external_data=False.").format(file=location))
        if data.stat().st_size > MAX_FILE_BYTES:
            raise refuse(path, tr("its weights file {file} is larger than a network cnngui can hold.").format(
                file=location))
    if locations:
        try:
            load_external_data_for_model(model, str(path.parent))
        except (OSError, ValueError) as exc:
            raise refuse(path, tr("its weights file can't be read ({error}).").format(error=exc)) from exc


def read_onnx(path: Path) -> Imported:
    from cnngui.core.data.datasets import MNIST, from_record

    model = _load(path)
    graph = model.graph
    constants = {t.name: t for t in graph.initializer}
    for node in graph.node:
        if node.op_type == "Constant":
            value = _attributes(node).get("value")
            if value is not None:
                value.name = node.output[0]
                constants[node.output[0]] = value
    name, shape = _input_shape(path, graph, set(constants))
    chain = _Chain(path, constants)
    if len(shape) == 1:
        chain.add({"type": "flatten"})
    current, used = name, set()
    for position, node in enumerate(graph.node, 1):
        node.name = node.name or f"#{position}"  # in memory only: messages name every node
        if node.op_type == "Constant":
            continue
        computed = [i for i in node.input if i and i not in constants]
        if computed != [current] or len(node.output) < 1:
            raise refuse(path, tr("its {op} node {node} reads {inputs}, not just the output of the node before it: "
                                  "the graph branches; cnngui opens a straight chain of layers.").format(
                op=node.op_type, node=node.name, inputs=", ".join(computed) or "nothing computed"))
        if current in used:
            raise refuse(path, tr("the tensor {name} is used twice: the graph branches.").format(name=current))
        used.add(current)
        if node.op_type not in CONVERTERS:
            raise refuse(path,
                         tr("its node {node} is a {op}, which cnngui doesn't read. It reads: {supported}.").format(
                node=node.name, op=node.op_type, supported=SUPPORTED))
        CONVERTERS[node.op_type](chain, node, _attributes(node))
        current = node.output[0]
    if [o.name for o in graph.output] != [current]:
        raise refuse(path, tr("its outputs ({names}) are not the end of its chain of layers.").format(
            names=", ".join(o.name for o in graph.output)))
    meta = {p.key: p.value for p in model.metadata_props}
    ours = json.loads(meta[METADATA_KEY]) if METADATA_KEY in meta else {}
    spec = from_record(ours["dataset"]) if ours.get("dataset") else MNIST
    if chain.softmax_at:
        chain.notes.append(tr("The softmax at the end is left out: cnngui turns the outputs into probabilities "
                              "itself, so they are not softmaxed twice."))
    if chain.temperature not in (None, 1.0):
        chain.notes.append(tr("Its temperature ({value}) is left out; cnngui calibrates the model again on its "
                              "test set.").format(value=f"{chain.temperature:.3f}"))
    producer = " ".join(part for part in (model.producer_name, model.producer_version) if part)
    return Imported(chain.arch, chain.weights, chain.normalization, f"ONNX, {producer or 'unknown maker'}",
                    chain.notes, spec, ours.get("input", INPUT_CONVENTION))


# ---- writing -------------------------------------------------------------------------------------
def _export_conv(row, x, out):
    from onnx import helper

    w = row.kind.window(row.settings)
    after = w.pad_total - w.pad_before
    return [helper.make_node("Conv", [x, f"{row.name}.weight", f"{row.name}.bias"], [out], name=row.name,
                             kernel_shape=[w.kernel] * 2, strides=[w.stride] * 2,
                             pads=[w.pad_before, w.pad_before, after, after])]


def _export_pool(op: str):
    def export(row, x, out):
        from onnx import helper

        w = row.kind.window(row.settings)
        return [helper.make_node(op, [x], [out], name=row.name, kernel_shape=[w.kernel] * 2, strides=[w.stride] * 2)]
    return export


def _export_plain(op: str):
    def export(row, x, out):
        from onnx import helper

        return [helper.make_node(op, [x], [out], name=row.name)]
    return export


def _export_batchnorm(row, x, out):
    from onnx import helper

    names = [f"{row.name}.{key}" for key in ("weight", "bias", "running_mean", "running_var")]
    return [helper.make_node("BatchNormalization", [x, *names], [out], name=row.name, epsilon=TORCH_BN_EPS)]


def _export_dense(row, x, out):
    from onnx import helper

    return [helper.make_node("Gemm", [x, f"{row.name}.weight", f"{row.name}.bias"], [out], name=row.name, transB=1)]


# How each layer kind is written: (row, input name, output name) -> nodes; the weights are the initializers
# named as the state dict names them ("conv1.weight").
EXPORTERS = {
    "conv": _export_conv, "maxpool": _export_pool("MaxPool"), "avgpool": _export_pool("AveragePool"),
    "relu": _export_plain("Relu"), "tanh": _export_plain("Tanh"), "sigmoid": _export_plain("Sigmoid"),
    "batchnorm": _export_batchnorm, "dropout": _export_plain("Identity"), "flatten": _export_plain("Flatten"),
    "dense": _export_dense,
}


def onnx_model(checkpoint, temperature: float = 1.0):
    """The checkpoint as an ONNX ModelProto: `image` in (pixels 0..1), `probabilities` out."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from cnngui import __version__
    from cnngui.core.network.architecture import validate

    spec = checkpoint.spec
    rows = validate(checkpoint.arch, spec.input_shape, spec.num_classes)
    norm = checkpoint.normalization
    initializers = [numpy_helper.from_array(np.array([norm["mean"]], np.float32), "input_mean"),
                    numpy_helper.from_array(np.array([norm["std"]], np.float32), "input_std")]
    nodes = [helper.make_node("Sub", ["image", "input_mean"], ["centred"], name="normalise_mean"),
             helper.make_node("Div", ["centred", "input_std"], ["input"], name="normalise_std")]
    x = "input"
    for row in rows:
        nodes += EXPORTERS[row.kind.type](row, x, row.name)
        x = row.name
    for name, tensor in checkpoint.state_dict.items():
        if not name.endswith("num_batches_tracked"):
            initializers.append(numpy_helper.from_array(tensor.detach().cpu().numpy().astype(np.float32), name))
    if temperature != 1.0:
        initializers.append(numpy_helper.from_array(np.array([temperature], np.float32), "temperature"))
        nodes.append(helper.make_node("Div", [x, "temperature"], ["scaled_logits"], name="temperature"))
        x = "scaled_logits"
    nodes.append(helper.make_node("Softmax", [x], ["probabilities"], name="softmax", axis=1))
    graph = helper.make_graph(
        nodes, "cnngui", [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["batch", *spec.input_shape])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", spec.num_classes])], initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="cnngui",
                              producer_version=__version__, ir_version=8)
    meta = {"dataset": spec.record(), "input": "pixels 0..1, ink high, N×C×H×W; the normalisation is inside the graph",
            "normalization": norm, "temperature": temperature, "arch": checkpoint.arch}
    helper.set_model_props(model, {METADATA_KEY: json.dumps(meta)})
    onnx.checker.check_model(model, full_check=True)
    return model


def export_onnx(checkpoint, path: str | Path, temperature: float = 1.0) -> Path:
    """Write the checkpoint as ONNX, whole or not at all."""
    import onnx

    from cnngui.core.atomic import atomic_path, write_error_text
    from cnngui.errors import UserError

    model = onnx_model(checkpoint, temperature)
    path = Path(path)
    try:
        with atomic_path(path) as tmp:
            onnx.save(model, str(tmp))
    except OSError as exc:
        raise UserError(tr("Cannot write {path}: {error}. Choose another folder or name.").format(
            path=path, error=write_error_text(exc))) from exc
    return path
