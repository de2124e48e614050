"""Colour maps as lookup tables, with no data files to bundle."""

from __future__ import annotations

import numpy as np


def _lut(anchors: list[tuple[int, int, int]]) -> np.ndarray:
    anchors_array = np.asarray(anchors, dtype=np.float64)
    positions = np.linspace(0, 1, len(anchors))
    t = np.linspace(0, 1, 256)
    return np.stack([np.interp(t, positions, anchors_array[:, c]) for c in range(3)], axis=1).astype(np.uint8)


# Red-blue diverging (ColorBrewer RdBu, reversed): negative blue, zero white, positive red.
DIVERGING = _lut([(33, 102, 172), (103, 169, 207), (209, 229, 240), (247, 247, 247), (253, 219, 199),
                  (239, 138, 98), (178, 24, 43)])
# Viridis-like, for values that are never negative.
SEQUENTIAL = _lut([(68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37)])


def colorize(values: np.ndarray, vmax: float | None = None, signed: bool | None = None) -> np.ndarray:
    """uint8 RGB [.., 3] for an array: diverging around zero when signed, sequential otherwise."""
    finite = values[np.isfinite(values)]
    if signed is None:
        signed = bool(finite.size and finite.min() < 0)
    if vmax is None:
        vmax = float(np.abs(finite).max()) if finite.size else 1.0
    vmax = vmax or 1.0
    if signed:
        idx = np.clip((values / vmax + 1) * 127.5, 0, 255)
        lut = DIVERGING
    else:
        idx = np.clip(values / vmax * 255, 0, 255)
        lut = SEQUENTIAL
    return lut[np.nan_to_num(idx).astype(np.uint8)]

# One colour per series where several runs or networks share a plot: Okabe and Ito's colours, in the order
# that keeps the first five apart for every common colour vision (tests/test_colour_vision.py). matplotlib's
# tab10 was here: its red and green, the second and third runs of Compare runs, were one colour to a
# deuteranope (CIE76 distance 7 where 15 tells two lines apart).
PALETTE = ("#0072b2", "#d55e00", "#7f7f7f", "#56b4e9", "#e69f00", "#cc79a7", "#009e73", "#000000")
