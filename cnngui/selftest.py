"""`cnngui self-test`: prove an installation (or a frozen build) works, step by step.

Each check prints ok or what is broken; the exit code is 0 only when all pass.
"""

from __future__ import annotations

import os
import sys
import time
import traceback


def _check(name: str, func) -> bool:
    start = time.perf_counter()
    try:
        detail = func()
    except Exception as exc:  # a self-test reports every failure, whatever its type
        print(f"FAIL  {name}: {exc}", flush=True)
        if os.environ.get("CNNGUI_DEBUG"):
            traceback.print_exc()
        return False
    print(f"ok    {name} ({time.perf_counter() - start:.1f}s){': ' + detail if detail else ''}", flush=True)
    return True


def has_display() -> bool:
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or sys.platform in ("win32", "darwin"))


def _networks() -> str:
    """Every preset network builds, runs and counts its parameters as the summary does."""
    import torch

    from cnngui.core.data.datasets import MNIST
    from cnngui.core.network.architecture import PRESETS, build_model, count_model_parameters, describe

    for preset in PRESETS.values():
        out = build_model(preset.layers)(torch.zeros(2, *MNIST.input_shape))
        assert out.shape == (2, MNIST.num_classes), f"{preset.title} gives {tuple(out.shape)}"
        assert count_model_parameters(build_model(preset.layers)) == sum(i.params for i in describe(preset.layers))
    return f"{len(PRESETS)} preset networks build and run ({', '.join(PRESETS)})"


def _notebooks(predictor) -> str:
    """The bundled model out as ONNX and in again: onnx and h5py are in the bundle and work."""
    import tempfile
    from pathlib import Path

    import h5py
    import torch

    from cnngui.core.model_files.checkpoint import load_checkpoint
    from cnngui.core.model_files.onnx_model import export_onnx

    p = predictor
    with tempfile.TemporaryDirectory() as folder:
        export_onnx(p.checkpoint, Path(folder) / "bundled.onnx")
        again = load_checkpoint(Path(folder) / "bundled.onnx").build()
    x = torch.rand(4, 1, 28, 28)
    assert torch.allclose(again(x), p.model(x), atol=1e-5), "the ONNX round trip changed the answers"
    return f"ONNX out and in again, h5py {h5py.__version__} for Keras files"


def run_self_test(gui: bool = True) -> int:
    state: dict = {}

    def data():
        from cnngui.core.data.loading import load_mnist

        d = load_mnist()
        assert len(d.train_images) == 60000 and len(d.test_images) == 10000, "unexpected MNIST sizes"
        state["data"] = d
        return "60,000 training and 10,000 test images, checksums verified"

    def operators():
        import torch
        import torchvision
        from torchvision.ops import nms

        boxes = torch.tensor([[0.0, 0.0, 10.0, 10.0], [1.0, 1.0, 10.0, 10.0], [20.0, 20.0, 30.0, 30.0]])
        kept = nms(boxes, torch.tensor([0.9, 0.8, 0.7]), 0.5).tolist()
        assert kept == [0, 2], f"nms returned {kept}"
        return f"torchvision {torchvision.__version__} native operators load"

    def model():
        from cnngui.core.data.normalize import network_input
        from cnngui.core.evaluation.predict import Predictor
        from cnngui.core.training.loop import evaluate

        p = Predictor.from_file()
        d = state["data"]
        x = network_input(d.test_images[:2000], p.normalization)
        _, acc, _ = evaluate(p.model, x, d.test_labels[:2000])
        if acc < 0.98:
            raise AssertionError(f"bundled model scores only {acc:.4f} on 2,000 test digits")
        state["predictor"] = p
        return f"bundled model, accuracy {acc:.4f} on 2,000 test digits"

    def predict():
        from cnngui.core.data.datasets import MNIST
        from cnngui.core.data.strokes import render_digit

        p = state["predictor"]
        wrong = [d for d in range(MNIST.num_classes) if p.predict(render_digit(d, invert=d % 2 == 1)).digit != d]
        if wrong:
            raise AssertionError(f"drawn digits {wrong} were misclassified")
        return "10 drawn digits classified correctly"

    def train():
        from cnngui.core.data.loading import ImageData
        from cnngui.core.training.loop import Trainer
        from cnngui.core.training.recipes import TrainConfig

        d = state["data"]
        small = ImageData(d.train_images[:1024], d.train_labels[:1024], d.test_images[:256], d.test_labels[:256])
        result = Trainer(small, TrainConfig(epochs=1, batch_size=128, device="cpu")).run()
        return f"8 batches trained, test accuracy {result.history[-1].test_accuracy:.2f}"

    checks = [("MNIST data", data), ("torchvision operators", operators), ("bundled model", model),
              ("prediction", predict),
              ("network presets", _networks), ("training", train),
              ("Keras and ONNX models", lambda: _notebooks(state["predictor"]))]
    if gui and has_display():
        from cnngui.ui.selftest_gui import gui_check

        checks.append(("main window and background training", lambda: gui_check(state["data"])))
    elif gui:
        print("skip  main window: no display (set QT_QPA_PLATFORM=offscreen to check it headless)")
    passed = True
    for name, func in checks:
        passed = _check(name, func) and passed
        if not passed and name in ("MNIST data", "bundled model"):
            break  # later checks depend on these
    print("self-test passed" if passed else "self-test FAILED", flush=True)
    return 0 if passed else 1
