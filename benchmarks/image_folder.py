"""Image folders (issue 22): the bundled model on digits unlike MNIST's before and after fine-tuning on
20 a class; letters learnt from 20 a class with and without the learned features; reading 10,000
PNGs of mixed sizes beside a plain one-by-one Pillow loop; fine-tuning time. All in one run, on folders
it draws itself with the project's stroke generator (core/strokes.py), so anyone can repeat it.
Usage: python benchmarks/image_folder.py [--files 10000]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CNNGUI_DATA_DIR", tempfile.mkdtemp(prefix="cnngui-bench-"))

import numpy as np
from PIL import Image, ImageOps

from cnngui.core.data.strokes import render_digit, render_letter


def save(path: Path, image: Image.Image, side: int | None = None, turn: float = 0.0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = image.convert("L")
    if turn:
        image = image.rotate(turn, resample=Image.Resampling.BILINEAR, fillcolor=0)
    image = ImageOps.invert(image)  # dark ink on paper
    if side:
        image = image.resize((side, side))
    image.save(path)


def unlike_mnist(root: Path, per_class: int, seed: int) -> Path:
    """Digits as another hand writes them: a thin pen, and the page turned 25-40 degrees either way (a
    phone photo of a notebook held askew), on paper. MNIST's digits stand nearly upright."""
    rng = np.random.default_rng(seed)
    for digit in range(10):
        for i in range(per_class):
            ink = render_digit(digit, size=160, width=float(rng.uniform(5, 9)), slant=float(rng.uniform(-0.2, 0.2)),
                               box=float(rng.uniform(0.5, 0.8)))
            save(root / str(digit) / f"{i}.png", ink, turn=float(rng.choice([-1, 1]) * rng.uniform(25, 40)))
    return root


def letters(root: Path, per_class: int, seed: int, names: str = "AEHKRTXY") -> Path:
    rng = np.random.default_rng(seed)
    for letter in names:
        for i in range(per_class):
            save(root / letter / f"{i}.png", render_letter(letter, size=160, width=float(rng.uniform(8, 20)),
                                                             slant=float(rng.uniform(-0.25, 0.25)),
                                                             box=float(rng.uniform(0.55, 0.85))),
                 turn=float(rng.uniform(-35, 35)))
    return root


def accuracy(model_path, folder: Path) -> float:
    from cnngui.core.data.image_folder import decode, labelled_images
    from cnngui.core.evaluation.predict import Predictor
    from cnngui.core.evaluation.report import make_report

    predictor = Predictor.from_file(model_path)
    images, labels, _ = decode(labelled_images(folder)[1], predictor.dataset)
    return make_report(predictor.model, predictor.normalization, predictor.dataset, images, labels).evaluation.accuracy


def train(out: Path, folder: Path, test: Path, *extra: str) -> float:
    from cnngui.cli import main

    start = time.perf_counter()
    assert main(["train", "--images", str(folder), "--test-images", str(test), "--device", "cpu", "--no-run",
                 "--out", str(out), *extra]) == 0
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=10_000)
    args = parser.parse_args()
    from cnngui.core.devices import cpu_description

    cpu = cpu_description()
    work = Path(tempfile.mkdtemp(prefix="cnngui-folders-"))
    results = []
    digits_train, digits_test = unlike_mnist(work / "d-train", 20, 1), unlike_mnist(work / "d-test", 50, 2)
    before = accuracy(None, digits_test)
    t_frozen = train(work / "frozen.pt", digits_train, digits_test, "--init", "bundled", "--freeze-features")
    t_all = train(work / "all.pt", digits_train, digits_test, "--init", "bundled")
    results += [f"bundled model on 500 digits unlike MNIST's (a thin pen, the page turned 25-40°): {before:.1%}",
                "  after fine-tuning on 20 a class (200 images), features kept: "
                f"{accuracy(work / 'frozen.pt', digits_test):.1%}"
                f" ({t_frozen:.1f} s, whole command)",
                f"  after fine-tuning every layer: {accuracy(work / 'all.pt', digits_test):.1%} ({t_all:.1f} s)"]
    l_test = letters(work / "l-test", 30, 4)
    for per_class in (20, 3):
        l_train = letters(work / f"l-train-{per_class}", per_class, 3)
        t1 = train(work / "l-frozen.pt", l_train, l_test, "--init", "bundled", "--freeze-features")
        t2 = train(work / "l-init.pt", l_train, l_test, "--init", "bundled")
        t3 = train(work / "l-scratch.pt", l_train, l_test)
        results += [f"8 letters from {per_class} a class, turned up to 35°, tested on 240: from the bundled model, "
                    f"features kept {accuracy(work / 'l-frozen.pt', l_test):.1%} ({t1:.1f} s); every layer "
                    f"{accuracy(work / 'l-init.pt', l_test):.1%} ({t2:.1f} s); from scratch "
                    f"{accuracy(work / 'l-scratch.pt', l_test):.1%} ({t3:.1f} s)"]
    print(f"cpu: {cpu}")
    print("\n".join(results))
    if not args.files:
        return
    results = []
    # reading: mixed sizes, as a class's scans and phone photos would be
    big = work / "many"
    rng = np.random.default_rng(5)
    for i in range(args.files):
        save(big / str(i % 10) / f"{i}.png", render_digit(i % 10, size=120, width=float(rng.uniform(6, 20))),
             side=int(rng.choice([64, 140, 300, 600])))
    from cnngui.core.data.datasets import MNIST
    from cnngui.core.data.image_folder import decode, scan_folder
    from cnngui.core.data.preprocess import load_image, preprocess

    scan = scan_folder(big, held_out=0.1)
    items = scan.train + scan.test
    start = time.perf_counter()
    for path, _ in items[:2000]:  # the plain loop, one by one (on a fifth: it is slow)
        np.rint(preprocess(load_image(path), framing=MNIST.framing).image28 * 255).astype(np.uint8)
    plain = 2000 / (time.perf_counter() - start)
    start = time.perf_counter()
    images, _, _ = decode(items, MNIST)
    pooled = len(images) / (time.perf_counter() - start)
    results += [f"reading {len(items):,} PNGs of 64-600 px into framed 28x28 tensors: {pooled:,.0f} images/s on a "
                f"thread pool, beside {plain:,.0f} images/s one by one with Pillow (same preprocessing)"]
    print("\n".join(results))


if __name__ == "__main__":
    main()
