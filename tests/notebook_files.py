"""Bad Keras and ONNX files, made on the spot from the committed fixtures (tests/fixtures/notebook): for the
bad-input catalogue, the window's open paths and the monkey's file pool."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import numpy as np

FIXTURES = Path(__file__).parent / "fixtures" / "notebook"


def onnx_chain(path: Path, nodes, inputs=("x",), extra_initializers=(), dims=(1, 1, 28, 28)) -> Path:
    """A small ONNX file: `nodes` [(op, inputs, outputs, attrs)], a 4×1×3×3 conv weight `w` available."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    initializers = [numpy_helper.from_array(np.ones((4, 1, 3, 3), np.float32), "w"), *extra_initializers]
    graph = helper.make_graph(
        [helper.make_node(op, list(ins), list(outs), **attrs) for op, ins, outs, attrs in nodes], "bad",
        [helper.make_tensor_value_info(name, TensorProto.FLOAT, list(dims)) for name in inputs],
        [helper.make_tensor_value_info(nodes[-1][2][0], TensorProto.FLOAT, None)], initializers)
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]), str(path))
    return path


def make_bad_models(folder: Path) -> dict[str, Path]:
    """name -> file, each one a way a foreign model can't be used."""
    from onnx import TensorProto, numpy_helper

    folder.mkdir(parents=True, exist_ok=True)
    f: dict[str, Path] = {}
    for name in ("conv1d.keras", "lstm.keras", "lambda.keras", "rgb.keras"):
        f[name] = Path(shutil.copy(FIXTURES / name, folder / name))
    with zipfile.ZipFile(folder / "not-keras.keras", "w") as archive:
        archive.writestr("notes.txt", "a zip, but not a Keras model")
    f["not-keras.keras"] = folder / "not-keras.keras"
    with zipfile.ZipFile(folder / "bomb.keras", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("config.json", b"{" + b" " * (8 * 2**20) + b"}")  # 8 MB of spaces in a few KB
        archive.writestr("model.weights.h5", b"")
    f["bomb.keras"] = folder / "bomb.keras"
    data = (FIXTURES / "seed_style.h5").read_bytes()
    (folder / "truncated.h5").write_bytes(data[: len(data) // 2])
    f["truncated.h5"] = folder / "truncated.h5"
    (folder / "text.onnx").write_text("not a model")
    f["text.onnx"] = folder / "text.onnx"
    f["lstm-op.onnx"] = onnx_chain(folder / "lstm-op.onnx", [("Conv", ("x", "w"), ("c",), {"kernel_shape": [3, 3]}),
                                                              ("LRN", ("c",), ("y",), {"size": 3})])
    f["branch.onnx"] = onnx_chain(folder / "branch.onnx", [("Relu", ("x",), ("a",), {}), ("Tanh", ("x",), ("b",), {}),
                                                           ("Add", ("a", "b"), ("y",), {})])
    f["two-inputs.onnx"] = onnx_chain(folder / "two-inputs.onnx", [("Add", ("x", "z"), ("y",), {})], inputs=("x", "z"))
    f["rgb.onnx"] = onnx_chain(folder / "rgb.onnx", [("Relu", ("x",), ("y",), {})], dims=("N", 3, 28, 28))
    cut = numpy_helper.from_array(np.ones((4, 1, 3, 3), np.float32), "w")
    cut.raw_data = cut.raw_data[:20]
    f["truncated-tensor.onnx"] = _replace_initializer(folder / "truncated-tensor.onnx", cut)
    huge = TensorProto(name="w", data_type=TensorProto.FLOAT, dims=[100_000, 100_000, 3, 3])
    f["huge-shape.onnx"] = _replace_initializer(folder / "huge-shape.onnx", huge)
    return f


def _replace_initializer(path: Path, tensor) -> Path:
    import onnx

    onnx_chain(path, [("Conv", ("x", "w"), ("y",), {"kernel_shape": [3, 3]})])
    model = onnx.load(str(path))
    del model.graph.initializer[:]
    model.graph.initializer.append(tensor)
    onnx.save(model, str(path))
    return path
