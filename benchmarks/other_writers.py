"""How well models read digits that are not MNIST's writers', and whether "not sure" stays honest.

Every kind of other-writer digit the project can make or find here, through the app's own
preprocessing (what Draw and `cnngui predict` do), each with its seeds and settings fixed:

- strokes: the stroke generator (core/data/strokes.py), pen widths 5-42 px on 280, slants
  -0.2/0/0.3, heights 0.3/0.8 of the canvas, both polarities (600 digits);
- mouse: the same strokes as a mouse draws them on the canvas: resampled every 3 px, a
  wandering hand (smooth wobble up to ±4% of the digit) and a jittery one (±1.5 px), whole
  pixels, the canvas's pen (22 px on 280), seed 7 (1,000 digits);
- fonts: digits rendered from every TrueType font on this machine, dark on light as printed,
  at slants -0.15/0/0.2 and two sizes (the faces give the weights);
- optdigits: UCI's handwritten digits by 43 other writers (8×8, 17 grey levels, the file
  scikit-learn ships as digits.csv.gz), upscaled; read from --optdigits or an installed sklearn.

and MNIST's test set. For "not sure": the share of generated letters, and of scribbles and blobs,
it flags and the share of each kind of digit it flags, at the app's default rate, each model with
its own calibration (shipped, kept or made now). --seed picks other mouse digits and non-digits
(seed 7 and 0 by default; 9 and 3 were kept aside to check a choice made on the defaults).

Usage: python benchmarks/other_writers.py [MODEL.pt ...] [--optdigits digits.csv.gz] [--seed N]
(default: the bundled model)
"""

from __future__ import annotations

import argparse
import glob
import gzip
import itertools
import math
from pathlib import Path

import numpy as np
import torch
from handwriting import SIZES, SLANTS, WIDTHS  # benchmarks/handwriting.py: the same stroke digits

from cnngui.core.data.loading import load_mnist_test
from cnngui.core.data.strokes import non_digits, place_strokes, render_digit, render_strokes
from cnngui.core.devices import cpu_description
from cnngui.core.evaluation.calibration import DEFAULT_FLAG_RATE
from cnngui.core.evaluation.metrics import forward_with_features
from cnngui.core.evaluation.predict import Predictor


def stroke_digits() -> list[tuple[int, object]]:
    return [(d, render_digit(d, width=w, slant=s, box=b, invert=inv))
            for d, w, s, b, inv in itertools.product(range(10), WIDTHS, SLANTS, SIZES, (False, True))]


def _as_mouse(stroke, rng, box_px: float) -> list[tuple[float, float]]:
    """A stroke as a hand on a mouse draws it: dense points, a slow wobble, jitter, whole pixels."""
    points = np.array(stroke, dtype=float)
    dense = [points[0]]
    for a, b in itertools.pairwise(points):
        steps = max(1, int(np.linalg.norm(b - a) / 3))
        dense += [a + (b - a) * (i + 1) / steps for i in range(steps)]
    dense = np.array(dense)
    t = np.linspace(0, 1, len(dense))[:, None]
    phase, freq = rng.uniform(0, 2 * math.pi, 2), rng.uniform(1, 3, 2)
    wobble = np.sin(2 * math.pi * freq * t + phase) * rng.uniform(0, 0.04) * box_px
    jitter = rng.uniform(-1.5, 1.5, dense.shape)
    return [tuple(p) for p in np.round(dense + wobble + jitter)]


def mouse_digits(per_digit: int = 100, seed: int = 7) -> list[tuple[int, object]]:
    rng = np.random.default_rng(seed)
    out = []
    for digit in range(10):
        for _ in range(per_digit):
            box = float(rng.uniform(0.45, 0.85))
            centre = tuple(rng.uniform(0.4, 0.6, 2))
            strokes = place_strokes(digit, 280, box=box, center=centre, slant=float(rng.uniform(-0.2, 0.3)))
            out.append((digit, render_strokes([_as_mouse(s, rng, box * 280) for s in strokes], 280, 22.0)))
    return out


def font_files() -> list[str]:
    """Every TrueType font on this machine (Linux, Windows or macOS folders)."""
    return sorted(set(glob.glob("/usr/share/fonts/**/*.ttf", recursive=True)
                      + glob.glob("C:/Windows/Fonts/*.ttf") + glob.glob("/Library/Fonts/*.ttf")))


def font_digits() -> tuple[list[tuple[int, object]], int]:
    from PIL import Image, ImageDraw, ImageFont

    paths = font_files()
    out = []
    for path, slant, size, digit in itertools.product(paths, (-0.15, 0.0, 0.2), (90, 160), range(10)):
        font = ImageFont.truetype(path, size)
        img = Image.new("L", (280, 280), 255)
        ImageDraw.Draw(img).text((140, 140), str(digit), font=font, fill=0, anchor="mm")
        img = img.transform(img.size, Image.AFFINE, (1, slant, -slant * 140, 0, 1, 0), fillcolor=255)
        out.append((digit, img))
    return out, len(paths)


def optdigits(path: str | None) -> list[tuple[int, object]]:
    from PIL import Image

    if path is None:
        try:
            import sklearn.datasets
        except ImportError:
            return []
        path = str(Path(sklearn.datasets.__file__).parent / "data" / "digits.csv.gz")
    with gzip.open(path, "rt") as f:
        rows = np.loadtxt(f, delimiter=",")
    return [(int(row[-1]), Image.fromarray((row[:-1].reshape(8, 8) * 255 / 16).astype(np.uint8)).resize(
        (80, 80), Image.BICUBIC)) for row in rows]


def mnist_test() -> list[tuple[int, object]]:
    from PIL import Image

    images, labels = load_mnist_test()
    images = (images.float() * (255 if images.max() <= 1 else 1)).clamp(0, 255).to(torch.uint8).squeeze(1).numpy()
    return [(int(label), Image.fromarray(image)) for image, label in zip(images, labels.tolist(), strict=True)]


def inputs(predictor: Predictor, items, cache: dict) -> tuple[torch.Tensor, np.ndarray]:
    """(network inputs [N, 1, 28, 28], labels), preprocessed once per normalisation as the app does."""
    key = (id(items), repr(predictor.normalization), repr(predictor.dataset.framing))
    if key not in cache:
        tensors = [predictor.preprocess(image).tensor for _, image in items]
        cache[key] = torch.cat(tensors), np.array([label for label, _ in items])
    return cache[key]


def score(predictor: Predictor, items, cache: dict) -> tuple[float, float]:
    """(accuracy, share flagged "not sure") over (label, image) pairs, in batches."""
    x, labels = inputs(predictor, items, cache)
    digits, flagged = [], []
    typicality = predictor.calibration.typicality if predictor.calibration else None
    with torch.no_grad():
        for start in range(0, len(x), 500):
            logits, features = forward_with_features(predictor.model, x[start:start + 500])
            digits.append(logits.argmax(1).numpy())
            if typicality is not None:
                flagged.append(typicality.distances(features.numpy()) > typicality.threshold(DEFAULT_FLAG_RATE))
    digits = np.concatenate(digits)
    share = float(np.concatenate(flagged).mean()) if flagged else float("nan")
    return float((digits == labels).mean()), share


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("models", nargs="*", help="model files (default: the bundled model)")
    parser.add_argument("--optdigits", help="UCI optdigits as scikit-learn ships it (digits.csv.gz)")
    parser.add_argument("--seed", type=int, help="another draw of mouse digits and non-digits (200 of each kind)")
    args = parser.parse_args()
    torch.set_num_threads(2)
    fonts, faces = font_digits()
    mouse = mouse_digits() if args.seed is None else mouse_digits(seed=args.seed)
    kinds = {"MNIST test": mnist_test(), "strokes": stroke_digits(), "mouse": mouse, f"fonts ({faces} faces)": fonts}
    opt = optdigits(args.optdigits)
    if opt:
        kinds["optdigits"] = opt
    made = non_digits(seed=0, per_kind=60) if args.seed is None else non_digits(seed=args.seed, per_kind=200)
    letters = [(-1, image) for kind, image in made if kind == "letter"]
    junk = [(-1, image) for kind, image in made if kind != "letter"]
    print(f"CPU: {cpu_description()}")
    print("kind: " + ", ".join(f"{k} {len(v):,}" for k, v in kinds.items())
          + f", letters {len(letters)}, scribbles and blobs {len(junk)}")
    print(f"{'model':<28}" + "".join(f"{k:>22}" for k in kinds) + f"{'letters flagged':>17}{'scribbles, blobs':>18}")
    cache: dict = {}
    for path in args.models or [None]:
        predictor = Predictor.calibrated(path)
        cells = []
        for items in kinds.values():
            accuracy, flagged = score(predictor, items, cache)
            cells.append(f"{accuracy:>10.2%} ({flagged:>5.1%} ns)")
        _, letters_flagged = score(predictor, letters, cache)
        _, junk_flagged = score(predictor, junk, cache)
        print(f"{Path(path).name if path else 'bundled':<28}" + "".join(f"{c:>22}" for c in cells)
              + f"{letters_flagged:>17.1%}{junk_flagged:>18.1%}")
    print("cells: accuracy (share flagged 'not sure' at the app's default rate)")


if __name__ == "__main__":
    main()
