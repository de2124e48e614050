"""From and to notebooks: Keras and ONNX models in (fixtures made by Keras 3 and torch.onnx.export, with the
scripts that made them beside them), ONNX and code out."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from cnngui.cli import main
from cnngui.core.data.normalize import normalize
from cnngui.core.model_files.checkpoint import load_checkpoint

FIXTURES = Path(__file__).parent / "fixtures" / "notebook"
KERAS = json.loads((FIXTURES / "keras-outputs.json").read_text())
TORCH = json.loads((FIXTURES / "onnx-outputs.json").read_text())


def probabilities(checkpoint, x: torch.Tensor) -> np.ndarray:
    with torch.no_grad():
        return torch.softmax(checkpoint.build()(normalize(x, checkpoint.normalization)), 1).numpy()


@pytest.mark.parametrize("name", ["seed_style.keras", "seed_style.h5", "every_kind.keras", "every_kind.h5",
                                  "functional_chain.keras"])
def test_a_keras_model_gives_what_keras_gave(name):
    checkpoint = load_checkpoint(FIXTURES / name)
    x = torch.tensor(KERAS["inputs_nhwc"]).permute(0, 3, 1, 2)  # Keras's channels last → N×1×28×28
    assert np.abs(probabilities(checkpoint, x) - np.array(KERAS[name.split(".")[0]])).max() < 1e-4
    assert checkpoint.normalization == {"mean": 0.0, "std": 1.0}  # the notebook's pixels / 255
    assert "not softmaxed twice" in " ".join(checkpoint.config["notes"]) and checkpoint.arch[-1]["type"] == "dense"
    assert "x / 255" in checkpoint.config["input"] and checkpoint.spec.key == "mnist"


def test_the_flatten_order_matters_and_is_keras_s(monkeypatch):
    """With the rows of the first Dense left in Keras's (h, w, c) order, the answers change: the case the
    conversion gets right."""
    from cnngui.core.model_files import keras_model

    x = torch.tensor(KERAS["inputs_nhwc"]).permute(0, 3, 1, 2)
    wanted = np.array(KERAS["seed_style"])
    right = probabilities(load_checkpoint(FIXTURES / "seed_style.keras"), x)
    monkeypatch.setattr(keras_model._Converter, "order", lambda self, vector, axis=0: vector)
    wrong = probabilities(load_checkpoint(FIXTURES / "seed_style.keras"), x)
    assert np.abs(right - wanted).max() < 1e-4 and np.abs(wrong - wanted).max() > 1e-3


def test_every_kind_becomes_cnngui_s_own_layers():
    checkpoint = load_checkpoint(FIXTURES / "every_kind.h5")
    assert [layer["type"] for layer in checkpoint.arch] == [
        "conv", "batchnorm", "tanh", "avgpool", "conv", "sigmoid", "relu", "flatten", "dense", "dropout", "dense"]
    assert checkpoint.arch[0]["stride"] == 2 and checkpoint.arch[4]["padding"] == "same"
    assert torch.equal(checkpoint.state_dict["conv1.bias"], torch.zeros(4))  # use_bias=False


@pytest.mark.parametrize("name,output", [("pytorch_notebook.onnx", "logits"),
                                         ("pytorch_notebook_dynamo.onnx", "probabilities")])
def test_an_onnx_model_from_torch_onnx_export_gives_what_pytorch_gave(name, output):
    checkpoint = load_checkpoint(FIXTURES / name)
    x = torch.tensor(TORCH["inputs_nchw"])
    assert np.abs(probabilities(checkpoint, x) - np.array(TORCH["probabilities"])).max() < 1e-4
    assert checkpoint.normalization == {"mean": 0.0, "std": 1.0}
    assert ("not softmaxed twice" in " ".join(checkpoint.config["notes"])) == (output == "probabilities")


def test_onnx_weights_kept_beside_the_model_are_read_from_its_folder_only(tmp_path):
    import onnx

    model = onnx.load(str(FIXTURES / "pytorch_notebook.onnx"))
    onnx.save(model, str(tmp_path / "split.onnx"), save_as_external_data=True, location="split.onnx.data",
              size_threshold=0)
    x = torch.tensor(TORCH["inputs_nchw"])
    assert np.abs(probabilities(load_checkpoint(tmp_path / "split.onnx"),
                                x) - np.array(TORCH["probabilities"])).max() < 1e-4
    (tmp_path / "split.onnx.data").unlink()
    with pytest.raises(Exception, match="keep the two files together"):
        load_checkpoint(tmp_path / "split.onnx")


def test_the_bundled_model_as_onnx_runs_in_onnxruntime_as_in_cnngui(tmp_path, capsys):
    import onnx
    import onnxruntime

    from cnngui import resources
    from cnngui.core.data import sources
    from cnngui.core.data.datasets import MNIST
    from cnngui.core.evaluation.metrics import accuracy_on

    out = tmp_path / "bundled.onnx"
    assert main(["export", "--model", "bundled", "--onnx", str(out)]) == 0
    text = capsys.readouterr().out
    assert "temperature 1.1" in text and "onnxruntime gives cnngui's probabilities to" in text
    model = onnx.load(str(out))
    onnx.checker.check_model(model, full_check=True)
    assert [i.name for i in model.graph.input] == ["image"]
    assert [o.name for o in model.graph.output] == ["probabilities"]
    assert model.graph.input[0].type.tensor_type.shape.dim[0].dim_param == "batch"
    session = onnxruntime.InferenceSession(str(out), providers=["CPUExecutionProvider"])
    images, labels = sources.load_test(MNIST, None)
    images, labels = images[:2000], labels[:2000]
    p = session.run(["probabilities"], {"image": images.float().unsqueeze(1).numpy() / 255})[0]
    bundled = load_checkpoint(resources.bundled_model_path())
    assert np.allclose(p.sum(1), 1, atol=1e-5) and p.shape == (2000, 10)  # any batch size: the axis is dynamic
    assert float((p.argmax(1) == labels.numpy()).mean()) == accuracy_on(bundled.build(), images, labels,
                                                                        bundled.normalization)
    again = load_checkpoint(out)  # cnngui's own export opens again: its normalisation read back from the graph
    assert abs(again.normalization["mean"] - 0.1307) < 1e-6 and again.spec.class_names == bundled.spec.class_names


def _module_from(code: str, path: Path):
    import importlib.util

    path.write_text(code)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_pytorch_code_builds_the_same_network_and_takes_its_weights(tmp_path, capsys):
    from cnngui import resources

    out = tmp_path / "seed_pytorch.py"
    assert main(["export", "--model", "bundled", "--code", "pytorch", "--out", str(out)]) == 0
    module = _module_from(out.read_text(), out)
    model, bundled = module.build_model(), load_checkpoint(resources.bundled_model_path())
    assert sum(p.numel() for p in model.parameters()) == 121_930
    model.load_state_dict(bundled.state_dict)
    x = torch.rand(3, 1, 28, 28)
    with torch.no_grad():
        assert torch.allclose(model.eval()(normalize(x, {"mean": module.MEAN, "std": module.STD})),
                              bundled.build()(normalize(x, bundled.normalization)), atol=1e-5)


def test_the_pytorch_script_trains_on_mnist_and_saves_onnx_cnngui_opens(tmp_path):
    import gzip

    from cnngui import resources

    raw = tmp_path / "data" / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for gz in resources.bundled_mnist_dir().glob("*.gz"):
        (raw / gz.stem).write_bytes(gzip.decompress(gz.read_bytes()))
    script = tmp_path / "net.py"
    assert main(["export", "--arch", "seed", "--code", "pytorch", "--out", str(script)]) == 0
    run = subprocess.run([sys.executable, str(script), "--data", str(tmp_path / "data"), "--limit", "600",
                          "--onnx", str(tmp_path / "net.onnx")], capture_output=True, text=True, timeout=300,
                         check=False)
    assert run.returncode == 0, run.stderr
    assert "epoch 1: loss" in run.stdout and "test accuracy 0." in run.stdout
    opened = load_checkpoint(tmp_path / "net.onnx")  # the normalisation came along inside the graph
    assert abs(opened.normalization["mean"] - 0.1307) < 1e-5 and abs(opened.normalization["std"] - 0.3081) < 1e-5


def test_the_keras_code_is_the_seed_notebook_s(tmp_path):
    from cnngui.core.model_files.code_export import network_code
    from cnngui.core.network.architecture import PRESETS

    code = network_code(PRESETS["seed"].layers, "keras", title="Seed CNN")
    tree = ast.parse(code)
    calls = [node.func.attr for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
             and node.func.value.id == "layers"]
    assert calls == ["Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D", "Flatten", "Dense", "Dense"]
    assert 'layers.Conv2D(32, (3, 3), activation="relu")' in code and 'layers.Dense(10, activation="softmax")' in code
    assert "x_train = x_train.reshape(-1, 28, 28, 1).astype(\"float32\") / 255" in code
    assert "def build_model()" in code and 'loss="sparse_categorical_crossentropy"' in code
    try:
        import keras  # noqa: F401 - only where Keras is installed
    except ImportError:
        return
    assert _module_from(code, tmp_path / "seed_keras.py").build_model().count_params() == 121_930


def test_every_layer_kind_can_be_written_every_way():
    from cnngui.core.model_files.code_export import KERAS_LINES, TORCH_LINES
    from cnngui.core.model_files.keras_model import CONVERTERS as KERAS_IN
    from cnngui.core.model_files.onnx_model import EXPORTERS
    from cnngui.core.network.layers import KINDS

    assert set(TORCH_LINES) == set(KERAS_LINES) == set(EXPORTERS) == set(KINDS)
    assert {"Conv2D", "Dense", "MaxPooling2D", "AveragePooling2D", "BatchNormalization", "Flatten"} <= set(KERAS_IN)


def test_a_keras_model_trains_further_from_its_own_input_convention(tmp_path, capsys):
    """train --init seed_style.keras on a folder: its weights, its normalisation (pixels / 255)."""
    from test_image_folder import digit_folder

    root = digit_folder(tmp_path / "ours", per_class=3)
    out = tmp_path / "tuned.pt"
    assert main(["train", "--images", str(root), "--init", str(FIXTURES / "seed_style.keras"), "--epochs", "1",
                 "--device", "cpu", "--out", str(out), "--no-run"]) == 0
    tuned = load_checkpoint(out)
    assert tuned.normalization == {"mean": 0.0, "std": 1.0} and len(tuned.arch) == 10


def test_export_refuses_what_it_can_t_do_in_one_line(tmp_path, capsys):
    for argv, words in ((["export"], "Say what to export"),
                        (["export", "--arch", "seed", "--onnx", str(tmp_path / "x.onnx")], "a network alone has no"),
                        (["export", "--arch", "seed", "--code", "pytorch"], "give it a file with --out")):
        assert main(argv) == 2
        assert words in capsys.readouterr().err


def test_the_window_opens_a_keras_model_and_every_tab_shows_it(make_window, qtbot, tmp_path):
    """File → Open model with the seed notebook's kind of file: Draw classifies with it, Explore lists its
    layers, the status bar says what changed on the way in; a model dropped on Draw opens as a model too."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_window("draw_tab")
    assert window.open_model(FIXTURES / "seed_style.keras")
    assert window.state.checkpoint.spec.key == "mnist" and window.state.label.startswith("loaded from seed_style")
    message = window.statusBar().currentMessage()
    assert "Keras 3" in message and "not softmaxed twice" in message and "unchanged" in message
    window.mainTabs.setCurrentWidget(window.explore_tab)
    qtbot.waitUntil(lambda: window.explore_tab.explorerLayerList.count() == len(window.state.checkpoint.arch),
                    timeout=10_000)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "pytorch_notebook.onnx"))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    window.draw_tab.dropEvent(drop)
    assert window.state.label == "loaded from pytorch_notebook.onnx"
    assert window.export_onnx(tmp_path / "again.onnx") and load_checkpoint(tmp_path / "again.onnx").arch[0]["out"] == 6


def test_the_code_view_follows_the_network_as_it_is_edited(make_window, qtbot, tmp_path):
    window = make_window("network_tab")
    tab = window.network_tab
    tab.networkViews.setCurrentWidget(tab.codeView)
    view = tab.codeView
    qtbot.waitUntil(lambda: "nn.Conv2d(1, 32, kernel_size=3)" in view.codeText.toPlainText(), timeout=5000)
    tab.use_preset("lenet5")
    assert "AvgPool2d" in view.codeText.toPlainText() or "Tanh" in view.codeText.toPlainText()
    view.codeLanguageCombo.setCurrentIndex(view.codeLanguageCombo.findData("keras"))
    assert "keras.Sequential([" in view.codeText.toPlainText()
    view.copy()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == view.codeText.toPlainText()
    assert view.save(tmp_path / "lenet.py", "pytorch") and "def build_model()" in (tmp_path / "lenet.py").read_text()
    window.state.set_architecture([{"type": "dense", "out": 10}])  # a network that can't work yet
    assert "can't be written as code yet" in view.codeText.toPlainText() and not view.copyCodeButton.isEnabled()


def test_a_model_of_other_classes_opens_with_classes_named_by_number(tmp_path, capsys):
    """A notebook's model of three symbols (an ONNX chain with three outputs): classes 0, 1, 2, predict names them."""
    import numpy as np
    from notebook_files import onnx_chain
    from onnx import numpy_helper

    weights = numpy_helper.from_array(np.random.default_rng(0).normal(size=(3, 784)).astype(np.float32), "W")
    bias = numpy_helper.from_array(np.zeros(3, np.float32), "B")
    path = onnx_chain(tmp_path / "three.onnx", [("Flatten", ("x",), ("f",), {"axis": 1}),
                                               ("Gemm", ("f", "W", "B"), ("y",), {"transB": 1})],
                      extra_initializers=(weights, bias))
    checkpoint = load_checkpoint(path)
    assert checkpoint.spec.class_names == ("0", "1", "2") and not checkpoint.spec.bundled
    from cnngui.core.data.strokes import render_digit

    render_digit(1).save(tmp_path / "one.png")
    assert main(["predict", "--model", str(path), "--json", str(tmp_path / "one.png")]) == 0
    assert json.loads(capsys.readouterr().out)[0]["class"] in ("0", "1", "2")


def test_evaluate_shows_an_opened_keras_model_on_its_test_set(make_window, qtbot):
    window = make_window("evaluate_tab")
    assert window.open_model(FIXTURES / "seed_style.h5")
    qtbot.waitUntil(lambda: window.state.report is not None, timeout=60_000)
    assert window.evaluate_tab.confusionTable.rowCount() == 10 and "right" in window.evaluate_tab.summaryLabel.text()


def test_an_opened_model_s_network_can_be_edited_in_the_network_tab(make_window, qtbot):
    """Network → The model's network: the Keras model's layers become the network edited and trained next; its
    diagram then shows the model's own maps."""
    window = make_window("network_tab")
    tab = window.network_tab
    assert window.open_model(FIXTURES / "every_kind.keras") and tab.modelNetworkButton.isEnabled()
    tab.modelNetworkButton.click()
    assert window.state.architecture == window.state.checkpoint.arch and tab.architectureTable.rowCount() == 11
    tab.networkViews.setCurrentWidget(tab.diagram)
    qtbot.waitUntil(lambda: (0, 0) in tab.diagram.view.images, timeout=5000)
    assert "every_kind" in tab.networkTotals.text() or window.state.architecture_name.startswith("the network of")
