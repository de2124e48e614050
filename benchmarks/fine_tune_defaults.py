"""The defaults for fine-tuning on a small folder, chosen by measurement (issue 31 item 5).

From the bundled model, 20 images a class of digits unlike MNIST's, with the learned features kept
(what `train --images DIR --init bundled --freeze-features` does): every combination of learning rate,
epochs and augmentation below, on four kinds of other writers' digits: pen strokes drawn with a thin
pen on a turned page (core/strokes.py), the machine's fonts at many weights and slants, digits drawn
with a mouse (benchmarks/other_writers.py), and real people's: UCI's optdigits (43 writers, the file
scikit-learn ships) where it is at hand. Several seeds each, tested on 300 more of the same kind.
Prints a table, the best setting, and the one the app's defaults choose
(core/training/recipes.for_small_folder), with the CPU.

    .venv/bin/python benchmarks/fine_tune_defaults.py [--seeds 3] [--optdigits digits.csv.gz]
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CNNGUI_DATA_DIR", tempfile.mkdtemp(prefix="cnngui-bench-"))
os.environ.setdefault("CNNGUI_SPEED_PROBE", "off")

import numpy as np
from image_folder import save, unlike_mnist  # benchmarks/image_folder.py: the same pen-drawn digits
from PIL import Image, ImageDraw, ImageFont, ImageOps


def font_digits(root: Path, per_class: int, seed: int) -> Path:
    """Digits typed in the machine's fonts, at many weights and sizes, slanted and turned, on paper."""
    from other_writers import font_files

    fonts = font_files()
    rng = np.random.default_rng(seed)
    for digit in range(10):
        for i in range(per_class):
            font = ImageFont.truetype(fonts[int(rng.integers(len(fonts)))], int(rng.integers(90, 130)))
            ink = Image.new("L", (160, 160), 0)
            ImageDraw.Draw(ink).text((80, 80), str(digit), fill=255, font=font, anchor="mm",
                                     stroke_width=int(rng.integers(0, 5)), stroke_fill=255)
            shear = float(rng.uniform(-0.3, 0.3))
            ink = ink.transform(ink.size, Image.Transform.AFFINE, (1, shear, -shear * 80, 0, 1, 0),
                                resample=Image.Resampling.BILINEAR)
            save(root / str(digit) / f"{i}.png", ink, turn=float(rng.uniform(-20, 20)))
    return root


def mouse_digits(root: Path, per_class: int, seed: int) -> Path:
    """Digits drawn with a mouse on the canvas (benchmarks/other_writers.py), the page turned a little."""
    from other_writers import mouse_digits as drawn

    rng = np.random.default_rng(seed)
    counts = dict.fromkeys(range(10), 0)
    for digit, image in drawn(per_digit=per_class, seed=seed):
        save(root / str(digit) / f"{counts[digit]}.png", image, turn=float(rng.uniform(-15, 15)))
        counts[digit] += 1
    return root


OPTDIGITS: dict = {}


def optdigits(root: Path, per_class: int, seed: int) -> Path:
    """Real other writers: UCI's optdigits (43 people; the file scikit-learn ships, --optdigits), the
    training and test draws of one seed disjoint (seed and 1000 + seed pick from the two halves)."""
    from other_writers import optdigits as read

    if "items" not in OPTDIGITS:
        OPTDIGITS["items"] = read(OPTDIGITS.get("path"))
    half = (seed >= 1000)
    rng = np.random.default_rng(seed % 1000)
    for digit in range(10):
        pool = [image for i, (label, image) in enumerate(OPTDIGITS["items"]) if label == digit and i % 2 == half]
        for i, index in enumerate(rng.choice(len(pool), size=min(per_class, len(pool)), replace=False)):
            save(root / str(digit) / f"{i}.png", ImageOps.invert(pool[index].convert("L")))
    return root


KINDS = {"pen strokes": unlike_mnist, "fonts": font_digits, "mouse": mouse_digits, "optdigits": optdigits}


def fine_tune(train_dir: Path, test_dir: Path, lr: float, epochs: int, augment: bool, seed: int) -> float:
    from cnngui.core.data.image_folder import load_image_folder
    from cnngui.core.training.continuing import load_start
    from cnngui.core.training.folder_plan import plan_folder_training
    from cnngui.core.training.loop import Trainer
    from cnngui.core.training.recipes import preset

    start = load_start("bundled")
    data = load_image_folder(train_dir, test_dir, base=start.spec).data
    plan = plan_folder_training(len(data.train_images), data.spec.num_classes, [], start, freeze_features=True)
    config = preset("fast", **{**plan.settings, "lr": lr, "epochs": epochs, "augment": augment, "seed": seed,
                               "device": "cpu"})
    result = Trainer(data, config, plan.arch, report_interval=60, **plan.options).run()
    return result.history[-1].test_accuracy


def main() -> None:
    from cnngui.core.devices import cpu_description
    from cnngui.core.training.recipes import for_small_folder

    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--lrs", type=float, nargs="+", default=[3e-4, 1e-3, 3e-3])
    parser.add_argument("--epochs", type=int, nargs="+", default=[12, 30, 60])
    parser.add_argument("--optdigits", help="UCI optdigits as scikit-learn ships it (digits.csv.gz); "
                                            "default: from an installed scikit-learn, else left out")
    args = parser.parse_args()
    OPTDIGITS["path"] = args.optdigits
    if args.optdigits is None and importlib.util.find_spec("sklearn") is None:
        del KINDS["optdigits"]
    work = Path(tempfile.mkdtemp(prefix="cnngui-finetune-"))
    folders = {}
    for kind, make in KINDS.items():
        for seed in range(args.seeds):
            folders[kind, seed] = (make(work / kind / f"train{seed}", 20, seed),
                                   make(work / kind / f"test{seed}", 30, 1000 + seed))
    chosen, _ = for_small_folder(200, fine_tune=True)
    print(f"cpu: {cpu_description()}; 200 training images (20 a class), 300 test images, seeds 0-{args.seeds - 1}")
    print(f"the defaults now: lr {chosen['lr']:g}, {chosen['epochs']} epochs of batch {chosen['batch_size']}, "
          f"augment {chosen['augment']}")
    rows = []
    start = time.perf_counter()
    for lr, epochs, augment in itertools.product(args.lrs, args.epochs, (False, True)):
        scores = {kind: [fine_tune(*folders[kind, s], lr, epochs, augment, s) for s in range(args.seeds)]
                  for kind in KINDS}
        mean = float(np.mean([v for vs in scores.values() for v in vs]))
        rows.append((mean, lr, epochs, augment, scores))
        print(f"lr {lr:<7g} epochs {epochs:>3} augment {augment!s:<5} "
              + "  ".join(f"{kind} {np.mean(v):.2%} (min {min(v):.2%})" for kind, v in scores.items())
              + f"  mean {mean:.2%}   [{time.perf_counter() - start:.0f} s]", flush=True)
    best = max(rows, key=lambda r: r[0])
    print(f"best: lr {best[1]:g}, {best[2]} epochs, augment {best[3]}: {best[0]:.2%}")
    for mean, lr, epochs, augment, _ in rows:
        if (lr, epochs, augment) == (chosen["lr"], chosen["epochs"], chosen["augment"]):
            print(f"the defaults: {mean:.2%}, {100 * (best[0] - mean):.2f} points below the best")


if __name__ == "__main__":
    main()
