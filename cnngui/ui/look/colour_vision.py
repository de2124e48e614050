"""How colours look with the common colour-vision deficiencies, to check the app's palettes (issue 34).

Machado, Oliveira and Fernandes (IEEE TVCG 15(6), 2009) model protanopia, deuteranopia and tritanopia
as a 3×3 matrix on linear RGB (severity 1.0, their table); two colours stay apart for a viewer when
their CIE76 distance in Lab stays large. Plain numpy, no Qt: `tests/test_colour_vision.py` holds every
palette the app shows side by side to `MIN_DELTA_E`.
"""

from __future__ import annotations

import itertools

import numpy as np

MACHADO = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
VISIONS = ("normal", *MACHADO)
MIN_DELTA_E = 15.0  # CIE76: about 2.3 is just noticeable; 15 tells two plotted lines or bars apart at a glance


def _rgb(colour) -> np.ndarray:
    if isinstance(colour, str):
        text = colour.lstrip("#")
        return np.array([int(text[i:i + 2], 16) for i in (0, 2, 4)], dtype=float) / 255
    return np.asarray(colour, dtype=float) / 255


def _linear(srgb: np.ndarray) -> np.ndarray:
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def _lab(linear: np.ndarray) -> np.ndarray:
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ linear
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen(colour, vision: str = "normal") -> np.ndarray:
    """The colour (a "#rrggbb" or 0-255 RGB) in Lab, as a viewer with `vision` sees it."""
    linear = _linear(_rgb(colour))
    if vision != "normal":
        linear = np.clip(np.array(MACHADO[vision]) @ linear, 0, 1)
    return _lab(linear)


def distance(a, b, vision: str = "normal") -> float:
    return float(np.linalg.norm(seen(a, vision) - seen(b, vision)))


def closest_pair(colours, visions=VISIONS) -> tuple[float, str, str, str]:
    """(distance, colour, colour, vision) of the two colours hardest to tell apart for any of `visions`."""
    return min((distance(a, b, v), a, b, v) for a, b in itertools.combinations(colours, 2) for v in visions)
