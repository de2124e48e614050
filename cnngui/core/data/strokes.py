"""Hand-made pen strokes for each digit, rendered like a person drawing on a canvas.

Not MNIST: these give the self-test, the tests and the benchmarks digits that the model
never saw, in any size, position, slant, thickness and polarity.
"""

from __future__ import annotations

import math

Stroke = list[tuple[float, float]]


def _ellipse(cx: float, cy: float, rx: float, ry: float, start: float = 0.0, end: float = 360.0, n: int = 24) -> Stroke:
    return [(cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a)))
            for a in (start + (end - start) * i / n for i in range(n + 1))]


# Coordinates in a unit box, x to the right and y downwards.
DIGIT_STROKES: dict[int, list[Stroke]] = {
    0: [_ellipse(0.5, 0.5, 0.28, 0.42)],
    1: [[(0.38, 0.22), (0.54, 0.08), (0.54, 0.92)]],
    2: [[(0.22, 0.3), (0.3, 0.15), (0.5, 0.08), (0.7, 0.15), (0.76, 0.3), (0.7, 0.45), (0.22, 0.92), (0.8, 0.92)]],
    3: [[(0.22, 0.15), (0.5, 0.08), (0.75, 0.2), (0.72, 0.38), (0.45, 0.48), (0.75, 0.6), (0.78, 0.78),
         (0.5, 0.92), (0.2, 0.85)]],
    4: [[(0.6, 0.92), (0.6, 0.08), (0.16, 0.64), (0.84, 0.64)]],
    5: [[(0.78, 0.08), (0.3, 0.08), (0.26, 0.45), (0.55, 0.4), (0.76, 0.55), (0.76, 0.78), (0.5, 0.92), (0.22, 0.85)]],
    6: [[(0.7, 0.08), (0.45, 0.2), (0.28, 0.5), (0.27, 0.75), (0.45, 0.92), (0.68, 0.85), (0.72, 0.65),
         (0.55, 0.52), (0.3, 0.6)]],
    7: [[(0.2, 0.1), (0.8, 0.1), (0.42, 0.92)]],
    8: [_ellipse(0.5, 0.28, 0.2, 0.2, 90, 450), _ellipse(0.5, 0.7, 0.24, 0.22, -90, 270)],
    9: [_ellipse(0.5, 0.3, 0.22, 0.22, 0, 360), [(0.72, 0.3), (0.68, 0.6), (0.62, 0.92)]],
}


def place_strokes(digit: int, size: int = 280, box: float = 0.7, center: tuple[float, float] = (0.5, 0.5),
                  slant: float = 0.0) -> list[Stroke]:
    """Strokes in pixel coordinates of a size x size canvas: `box` is the digit's height as a
    fraction of the canvas, `center` its position (fractions), `slant` a shear to the right."""
    out = []
    for stroke in DIGIT_STROKES[digit]:
        out.append([((center[0] + (x - 0.5) * box + slant * (0.5 - y) * box) * size,
                     (center[1] + (y - 0.5) * box) * size) for x, y in stroke])
    return out


def render_strokes(strokes: list[Stroke], size: int = 280, width: float = 18, invert: bool = False):
    """Anti-aliased round-capped strokes as a PIL 'L' image (white on black, or black on white)."""
    from PIL import Image, ImageDraw

    scale = 4  # draw large, then downsample: anti-aliasing
    img = Image.new("L", (size * scale, size * scale), 0)
    draw = ImageDraw.Draw(img)
    w = max(1, round(width * scale))
    for stroke in strokes:
        pts = [(x * scale, y * scale) for x, y in stroke]
        if len(pts) > 1:
            draw.line(pts, fill=255, width=w, joint="curve")
        for x, y in (pts[0], pts[-1]):
            draw.ellipse([x - w / 2, y - w / 2, x + w / 2, y + w / 2], fill=255)
    img = img.resize((size, size), Image.LANCZOS)
    if invert:
        img = img.point(lambda v: 255 - v)
    return img


def render_digit(digit: int, size: int = 280, width: float = 18, invert: bool = False, **placement):
    return render_strokes(place_strokes(digit, size, **placement), size, width, invert)


# Letters a student might draw to try the network, chosen to look like no digit (no O, I, S, Z, B, G).
LETTER_STROKES: dict[str, list[Stroke]] = {
    "A": [[(0.2, 0.92), (0.5, 0.08), (0.8, 0.92)], [(0.32, 0.6), (0.68, 0.6)]],
    "E": [[(0.75, 0.08), (0.28, 0.08), (0.28, 0.92), (0.75, 0.92)], [(0.28, 0.5), (0.65, 0.5)]],
    "F": [[(0.75, 0.08), (0.3, 0.08), (0.3, 0.92)], [(0.3, 0.5), (0.65, 0.5)]],
    "H": [[(0.25, 0.08), (0.25, 0.92)], [(0.75, 0.08), (0.75, 0.92)], [(0.25, 0.5), (0.75, 0.5)]],
    "K": [[(0.28, 0.08), (0.28, 0.92)], [(0.75, 0.08), (0.28, 0.55)], [(0.42, 0.45), (0.78, 0.92)]],
    "M": [[(0.15, 0.92), (0.2, 0.08), (0.5, 0.6), (0.8, 0.08), (0.85, 0.92)]],
    "N": [[(0.25, 0.92), (0.25, 0.08), (0.75, 0.92), (0.75, 0.08)]],
    "R": [[(0.28, 0.92), (0.28, 0.08), (0.6, 0.1), (0.72, 0.28), (0.6, 0.46), (0.28, 0.48)],
          [(0.45, 0.48), (0.75, 0.92)]],
    "T": [[(0.15, 0.08), (0.85, 0.08)], [(0.5, 0.08), (0.5, 0.92)]],
    "W": [[(0.1, 0.08), (0.28, 0.92), (0.5, 0.4), (0.72, 0.92), (0.9, 0.08)]],
    "X": [[(0.2, 0.08), (0.8, 0.92)], [(0.8, 0.08), (0.2, 0.92)]],
    "Y": [[(0.2, 0.08), (0.5, 0.5), (0.8, 0.08)], [(0.5, 0.5), (0.5, 0.92)]],
    "#": [[(0.35, 0.1), (0.3, 0.9)], [(0.65, 0.1), (0.6, 0.9)], [(0.15, 0.35), (0.85, 0.35)],
          [(0.15, 0.65), (0.85, 0.65)]],
    "*": [[(0.5, 0.1), (0.5, 0.9)], [(0.15, 0.3), (0.85, 0.7)], [(0.85, 0.3), (0.15, 0.7)]],
}


def render_letter(letter: str, size: int = 280, width: float = 18, box: float = 0.7, slant: float = 0.0):
    strokes = [[((0.5 + (x - 0.5) * box + slant * (0.5 - y) * box) * size, (0.5 + (y - 0.5) * box) * size)
                for x, y in stroke] for stroke in LETTER_STROKES[letter]]
    return render_strokes(strokes, size, width)


def render_scribble(rng, size: int = 280, width: float = 18, points: int = 12):
    """A random scrawl: a pen wandering over the middle of the canvas."""
    pts = rng.uniform(0.15, 0.85, size=(points, 2)) * size
    return render_strokes([[tuple(p) for p in pts]], size, width)


def render_blob(rng, size: int = 280):
    """One to three filled ellipses: the smudge a palm or a full pen leaves."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(img)
    for _ in range(int(rng.integers(1, 4))):
        cx, cy = rng.uniform(0.3, 0.7, 2) * size
        rx, ry = rng.uniform(0.08, 0.3, 2) * size
        draw.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=255)
    return img


def non_digits(seed: int = 0, per_kind: int = 60) -> list[tuple[str, object]]:
    """(kind, PIL image) for scribbles, letters and blobs: what "not sure" should catch."""
    import numpy as np

    rng = np.random.default_rng(seed)
    out = [("scribble", render_scribble(rng, width=float(rng.choice([10, 18, 28])), points=int(rng.integers(6, 20))))
           for _ in range(per_kind)]
    letters = list(LETTER_STROKES)
    out += [("letter", render_letter(letters[i % len(letters)], width=float(rng.choice([10, 18, 28])),
                                     box=float(rng.uniform(0.5, 0.85)), slant=float(rng.uniform(-0.2, 0.3))))
            for i in range(per_kind)]
    out += [("blob", render_blob(rng)) for _ in range(per_kind)]
    return out
