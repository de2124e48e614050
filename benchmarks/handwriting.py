"""How well models read digits that are not MNIST's: pen strokes rendered at many widths,
sizes, slants and both polarities, through the app's own preprocessing.

Side by side in one run: the bundled model (trained with handwriting augmentation) and a model
trained here with the fast recipe, no augmentation.
Usage: python benchmarks/handwriting.py
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from cnngui.core.data.loading import load_mnist
from cnngui.core.data.strokes import render_digit
from cnngui.core.evaluation.predict import Predictor
from cnngui.core.model_files.checkpoint import from_trainer
from cnngui.core.training.loop import Trainer
from cnngui.core.training.recipes import preset

WIDTHS = (5, 10, 18, 30, 42)  # pen width in pixels on a 280 px canvas
SLANTS = (-0.2, 0.0, 0.3)
SIZES = (0.3, 0.8)  # digit height as a fraction of the canvas


def score(predictor: Predictor) -> tuple[float, dict]:
    by_width: dict = defaultdict(list)
    for digit, width, slant, size, invert in itertools.product(range(10), WIDTHS, SLANTS, SIZES, (False, True)):
        image = render_digit(digit, width=width, slant=slant, box=size, invert=invert)
        by_width[(width, size)].append(predictor.predict(image).digit == digit)
    total = [ok for oks in by_width.values() for ok in oks]
    return sum(total) / len(total), {k: sum(v) / len(v) for k, v in by_width.items()}


def main() -> None:
    bundled = Predictor.from_file()
    trainer = Trainer(load_mnist(), preset("fast", device="cpu"))
    trainer.run()
    plain = Predictor(from_trainer(trainer), "fast recipe, no augmentation")
    rows = []
    for name, predictor in (("bundled (augmented)", bundled), ("fast recipe, no augmentation", plain)):
        overall, table = score(predictor)
        rows.append((name, overall, table))
    print(f"{len(WIDTHS) * len(SLANTS) * len(SIZES) * 20} drawn digits: widths {WIDTHS} px on 280 px, "
          f"slants {SLANTS}, heights {SIZES} of the canvas, both polarities")
    header = "".join(f"  w{w}/{'small' if s < 0.5 else 'large'}" for w in WIDTHS for s in SIZES)
    print(f"{'model':<30} overall{header}")
    for name, overall, table in rows:
        cells = "".join(f"{table[(w, s)]:>{len(f'  w{w}/' + ('small' if s < 0.5 else 'large'))}.0%}"
                        for w in WIDTHS for s in SIZES)
        print(f"{name:<30} {overall:>7.1%}{cells}")


if __name__ == "__main__":
    main()
