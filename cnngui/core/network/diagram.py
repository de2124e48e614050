"""The network as a picture, Qt-free: where each layer's slab goes, which channels it shows, and the
receptive field's cone from one unit back to the input.

Each layer is drawn by its output, as the classic LeNet figure draws it: a C×H×W map as a stack of squares
(the side to scale, compressed past `MAX_SIDE`; C shown as depth, a few squares however many channels), a
flat vector as a column whose height grows with its length. `layout` places them left to right with the
input picture first; `cone` gives, for one unit, the patch it depends on in every map below it, composed
from each layer's window (so its sizes on the input are the receptive-field rule's: 3×3, 4×4, 8×8, 10×10
for the seed CNN); a unit after the flatten depends on every pixel. The view (`ui.widgets.diagram`) and
`cnngui export --diagram` draw what this says.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from cnngui.core.network.layers import LayerRow, analyse

PIXEL = 4.0  # screen units per map pixel, up to MAX_SIDE
MAX_SIDE = 112.0
MIN_SIDE = 14.0
MAX_SQUARES = 4  # squares drawn per map, whatever its channels (the label says how many)
SQUARE_STEP = 7.0  # how far each square behind sits, up and to the right
GAP = 34.0
COLUMN_WIDTH = 14.0
LABEL_HEIGHT = 64.0
TOP = 24.0


@dataclass
class Slab:
    """One layer's output (index -1: the input), and where it is drawn (the front square's box)."""

    index: int
    name: str
    kind: str  # a layer kind ("conv"), or "input"
    shape: tuple | None  # None after a layer that can't work
    params: int
    problem: str | None
    x: float
    y: float
    side: float  # the front square's side (a column: its width is COLUMN_WIDTH, its height `side`)
    squares: int  # 0 for a column
    receptive_size: int | None = None  # the receptive-field rule's size on the input (None: the whole image)

    @property
    def is_map(self) -> bool:
        return self.shape is not None and len(self.shape) == 3

    @property
    def width(self) -> float:
        return self.side + (self.squares - 1) * SQUARE_STEP if self.squares else COLUMN_WIDTH

    @property
    def height(self) -> float:
        return self.side + (self.squares - 1) * SQUARE_STEP if self.squares else self.side

    def square(self, k: int) -> tuple[float, float, float]:
        """(x, y, side) of square k (0: the front one; later ones behind, up and to the right)."""
        behind = self.squares - 1 - k
        return self.x + k * SQUARE_STEP, self.y + behind * SQUARE_STEP, self.side

    def front(self) -> tuple[float, float, float]:
        return self.square(0)

    def unit_at(self, px: float, py: float) -> tuple[int, int] | None:
        """The map unit (y, x) under a point on the front square, or None."""
        if not self.is_map:
            return None
        x0, y0, side = self.front()
        if not (x0 <= px < x0 + side and y0 <= py < y0 + side):
            return None
        h, w = self.shape[1], self.shape[2]
        return min(h - 1, int((py - y0) / side * h)), min(w - 1, int((px - x0) / side * w))


@dataclass
class Layout:
    slabs: list[Slab]
    width: float
    height: float
    rows: list[LayerRow] = field(default_factory=list)

    def slab(self, index: int) -> Slab:
        return self.slabs[index + 1]  # slabs[0] is the input

    def hit(self, px: float, py: float) -> Slab | None:
        for slab in self.slabs:
            if slab.x <= px <= slab.x + max(slab.width, 1) and slab.y - 2 <= py <= slab.y + slab.height + LABEL_HEIGHT:
                return slab
        return None


def _side(shape: tuple) -> tuple[float, int]:
    """(front side, squares) for a map; (column height, 0) for a vector."""
    if len(shape) == 3:
        return min(MAX_SIDE, max(MIN_SIDE, PIXEL * shape[1])), min(MAX_SQUARES, shape[0])
    return min(220.0, max(18.0, 6.0 * math.sqrt(shape[0]))), 0


def layout(arch: list[dict], input_shape: tuple, num_classes: int | None = None) -> Layout:
    """Every layer's slab, left to right after the input; a layer that can't work keeps its place, with its
    problem, and the layers after it have no shape."""
    rows = analyse(arch, input_shape, num_classes)
    entries = [(-1, "input", "input", tuple(input_shape), 0, None, None)]
    for row in rows:
        rf = row.receptive_field
        size = None if rf is None or rf.whole_image else rf.size
        entries.append((row.index, row.name, row.kind.type if row.kind else "?", row.output_shape, row.params,
                        row.problem, size))
    sizes = [_side(shape) if shape else (MIN_SIDE, 1) for _, _, _, shape, _, _, _ in entries]
    tallest = max(side + max(0, squares - 1) * SQUARE_STEP for side, squares in sizes)
    slabs, x = [], GAP / 2
    for (index, name, kind, shape, params, problem, size), (side, squares) in zip(entries, sizes):
        height = side + max(0, squares - 1) * SQUARE_STEP
        slab = Slab(index, name, kind, shape, params, problem, x, TOP + (tallest - height) / 2, side, squares, size)
        if kind == "input":
            slab.receptive_size = 1
        slabs.append(slab)
        x += max(slab.width, 64.0) + GAP
    return Layout(slabs, x - GAP / 2, TOP + tallest + LABEL_HEIGHT, rows)


def cone(lay: Layout, layer: int, y: int = 0, x: int = 0) -> dict[int, tuple[int, int, int, int]]:
    """For the unit (y, x) of layer `layer` (a dense unit: y, x ignored), the patch it depends on in every map
    at or below it, by slab index (-1: the input): (top, left, bottom, right), bottom/right exclusive, clipped."""
    target = lay.slab(layer)
    if target.shape is None:
        return {}
    patches: dict[int, tuple[int, int, int, int]] = {}
    region = (y, x, y + 1, x + 1) if target.is_map else None  # None: every unit of the maps below
    if target.is_map:
        patches[layer] = region
    for index in range(layer, -1, -1):
        row = lay.rows[index]
        below = lay.slab(index - 1)
        if below.shape is None or not below.is_map:
            continue
        h, w = below.shape[1], below.shape[2]
        if region is None or row.kind.flattens or row.kind.dense_out:
            region = None
        elif row.kind.window is not None:
            win = row.kind.window(row.settings)
            top, left, bottom, right = region
            region = (max(0, top * win.stride - win.pad_before), max(0, left * win.stride - win.pad_before),
                      min(h, (bottom - 1) * win.stride - win.pad_before + win.kernel),
                      min(w, (right - 1) * win.stride - win.pad_before + win.kernel))
        patches[index - 1] = region or (0, 0, h, w)
    return patches


def parse_unit(value: str) -> tuple[str, int, int]:
    """LAYER:Y:X (LAYER alone for a dense layer) as (layer name, y, x), as lessons and `export --unit` write it;
    a ValueError says the form. Whether the network has that layer and unit is the caller's to check."""
    from cnngui.i18n import tr

    name, *position = value.strip().split(":")
    if not name or len(position) not in (0, 2) or not all(p.strip().isdigit() for p in position):
        raise ValueError(tr("a unit is LAYER:Y:X with whole numbers, such as conv2:5:5"))
    return name, *(int(p) for p in position or (0, 0))


def channels_shown(slab: Slab) -> list[int]:
    """The channels a map's squares show: the first ones (the same every time, so nothing jumps as the pen moves)."""
    return list(range(slab.squares)) if slab.is_map else []


def slab_pictures(lay: Layout, outputs: list[np.ndarray],
                  picture: np.ndarray | None) -> dict[tuple[int, int], np.ndarray]:
    """(slab index, channel) -> a map scaled to 0..1 for display, from every layer's output for one input
    (`introspection.feature_maps`) and the input picture [H, W]; each layer scaled by its own range."""
    shown: dict[tuple[int, int], np.ndarray] = {}
    if picture is not None:
        shown[(-1, 0)] = np.clip(np.asarray(picture, np.float32), 0, 1)
    for slab in lay.slabs[1:]:
        if slab.shape is None or slab.index >= len(outputs):
            continue
        out = outputs[slab.index]
        if slab.is_map:
            maps = out[channels_shown(slab)]
            low, high = float(maps.min()), float(maps.max())
            for channel, values in zip(channels_shown(slab), maps):
                shown[(slab.index, channel)] = (values - low) / (high - low) if high > low else np.zeros_like(values)
        else:
            low, high = float(out.min()), float(out.max())
            shown[(slab.index, 0)] = ((out - low) / (high - low) if high > low else np.zeros_like(out)).reshape(-1, 1)
    return shown
