"""From and to notebooks, measured: a PyTorch notebook's model in, the bundled model out.

1. The seed CNN as `cnngui export --code pytorch` writes it, trained for one epoch the script's own way, saved
   with `torch.onnx.export` (the newer exporter, weights in a .data file beside it, as a notebook gets by
   default), opened in cnngui: cnngui's test accuracy beside PyTorch's.
2. The bundled model exported with `cnngui export --onnx`, run in onnxruntime on MNIST's 10,000 test images:
   its accuracy beside cnngui's, and the largest difference in any probability.

    .venv/bin/python benchmarks/notebook_roundtrip.py
"""

import gzip
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    from cnngui.core.data import sources
    from cnngui.core.data.datasets import MNIST
    from cnngui.core.devices import cpu_description
    from cnngui.core.evaluation.metrics import accuracy_on
    from cnngui.core.model_files.checkpoint import load_checkpoint

    cpu = cpu_description()
    work = Path(tempfile.mkdtemp(prefix="cnngui-notebook-"))
    raw = work / "data" / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for gz in (ROOT / "resources" / "mnist").glob("*.gz"):  # torchvision reads the unpacked files offline
        (raw / gz.stem).write_bytes(gzip.decompress(gz.read_bytes()))
    cnngui = [sys.executable, "-m", "cnngui"] if not shutil.which("cnngui") else ["cnngui"]
    script = work / "seed_pytorch.py"
    subprocess.run([*cnngui, "export", "--arch", "seed", "--code", "pytorch", "--out", str(script)], check=True,
                   capture_output=True)
    spec = importlib.util.spec_from_file_location("seed_pytorch", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    start = time.perf_counter()
    sys.argv = ["seed_pytorch.py", "--data", str(work / "data")]
    model = module.build_model()
    module.build_model = lambda: model  # the script trains this very model, which is then exported
    module.main()
    took = time.perf_counter() - start
    model.eval()
    images, labels = sources.load_test(MNIST, None)
    theirs = accuracy_on(model, images, labels, {"mean": module.MEAN, "std": module.STD})
    onnx_path = work / "notebook.onnx"
    torch.onnx.export(model, (torch.zeros(1, 1, 28, 28),), onnx_path, dynamo=True,
                      dynamic_shapes=({0: torch.export.Dim("batch")},))
    opened = load_checkpoint(onnx_path)
    ours = accuracy_on(opened.build(), images, labels, opened.normalization)
    module.export_onnx(model, str(work / "normalised.onnx"))  # the script's own export: the normalisation inside
    inside = load_checkpoint(work / "normalised.onnx")
    ours_inside = accuracy_on(inside.build(), images, labels, inside.normalization)
    print(f"cpu: {cpu}")
    print(f"PyTorch notebook (the exported seed CNN script, 1 epoch, {took:.0f} s): test accuracy {theirs:.4f} in "
          f"PyTorch; opened in cnngui from the script's export_onnx() (the normalisation inside the graph) "
          f"{ours_inside:.4f}; from a bare torch.onnx.export (dynamo, weights in notebook.onnx.data; its "
          f"Normalize(0.1307, 0.3081) stayed in the notebook, so cnngui feeds it pixels 0..1) {ours:.4f}")

    import onnxruntime

    from cnngui import resources
    from cnngui.core.model_files.onnx_model import export_onnx

    bundled = load_checkpoint(resources.bundled_model_path())
    start = time.perf_counter()
    export_onnx(bundled, work / "bundled.onnx", temperature=1.207)
    exported = time.perf_counter() - start
    session = onnxruntime.InferenceSession(str(work / "bundled.onnx"), providers=["CPUExecutionProvider"])
    x = images.float().unsqueeze(1).numpy() / 255
    start = time.perf_counter()
    probabilities = session.run(["probabilities"], {"image": x})[0]
    ran = time.perf_counter() - start
    with torch.no_grad():
        from cnngui.core.data.normalize import normalize

        ours_p = torch.softmax(bundled.build()(normalize(torch.from_numpy(x), bundled.normalization)) / 1.207,
                               1).numpy()
    theirs = float((probabilities.argmax(1) == labels.numpy()).mean())
    ours = accuracy_on(bundled.build(), images, labels, bundled.normalization)
    print(f"bundled model as ONNX ({exported:.2f} s to write): onnxruntime {theirs:.4f}"
          f" on 10,000 test images ({ran:.2f} s), cnngui {ours:.4f};"
          f" largest difference in a probability {float(np.abs(probabilities - ours_p).max()):.1e}")


if __name__ == "__main__":
    main()
