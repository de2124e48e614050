"""A grid of numbers as coloured cells: the convolution lab's input, kernel, products and output maps.

Cells are coloured on a diverging scale (blue negative, white zero, red positive) or a grey one
for pixels; a number is written in each cell when the cells are large enough to read it.
Zero padding is drawn as a hatched border, a window (the kernel's footprint) as an orange
frame, and cells not computed yet (NaN) stay empty.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from cnngui.i18n import N_, number, tr
from cnngui.ui.look import access
from cnngui.ui.look.colormaps import colorize

SPOKEN_CELLS = 49  # a grid up to 7×7 has every number in its description; a bigger one says its size and range

EMPTY = QColor("#e9e9e9")
WINDOW = QColor("#ff8c00")


class LabGrid(access.Framed, QWidget):
    """A choosable grid (the lab's output) takes the keyboard: `sig_cell_chosen(y, x)` when the arrow keys or a
    click choose a cell. Every grid's accessible description says its numbers (a large one: its size and range)."""

    sig_cell_chosen = Signal(int, int)
    KEYS = ((N_("Up / Down"), N_("move the window a row up or down (the convolution's output, focused)")),
            (N_("Home / End"), N_("the first or the last position")))

    def __init__(self, object_name: str, min_cell: int = 6, numbers: bool = True, fixed_side: int = 0,
                 choosable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.choosable = choosable
        if choosable:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.values = np.zeros((1, 1), dtype=np.float32)
        self.padding = 0
        self.window: tuple[int, int, int, int] | None = None  # top, left, height, width in cells
        self.marked: tuple[int, int] | None = None  # one cell outlined (the max of a pooling window)
        self.grey = False
        self.vmax: float | None = None
        self.numbers = numbers
        self.min_cell = min_cell
        self._image = QImage()
        self._base: QPixmap | None = None  # cells, lines, padding and numbers, drawn once per map and size
        self._source = None
        self._key: tuple | None = None  # what the cached cells were drawn from
        self.fixed_side = fixed_side  # a small grid of numbers: this many pixels on its longer side, whatever its cells
        if fixed_side:
            self.setFixedSize(fixed_side, fixed_side)
        else:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        """A modest ask: the grid grows into whatever room its column has (it expands), and a scrolling
        column asks for its preferred height, which a large hint would push below the fold."""
        h, w = self.values.shape
        return QSize(max(60, w * 12), max(60, h * 12))

    def minimumSizeHint(self) -> QSize:
        h, w = self.values.shape
        return QSize(w * self.min_cell + 2, h * self.min_cell + 2)

    def set_values(self, values: np.ndarray, padding: int = 0, window=None, marked=None, grey: bool = False,
                   vmax: float | None = None) -> None:
        """Show `values` (the padded map when `padding` > 0: its outer ring is drawn as padding)."""
        self.window, self.marked = window, marked
        key = (id(values), padding, grey, vmax)
        if key == self._key and values is self._source:
            self.update()  # the same map: only the window moved, the cached cells stay
            self.describe()
            return
        self._key, self._source, self._base = key, values, None
        values = np.asarray(values, dtype=np.float32)
        shape_changed = values.shape != self.values.shape
        self.values, self.padding = values, padding
        self.grey, self.vmax = grey, vmax
        if grey:
            level = np.nan_to_num(np.clip(values / (vmax or 1.0), 0, 1) * 255).astype(np.uint8)
            rgb = np.repeat(level[..., None], 3, axis=2)
        else:
            rgb = colorize(values[None], vmax, signed=True)[0]
        rgb[np.isnan(values)] = (EMPTY.red(), EMPTY.green(), EMPTY.blue())  # not computed yet
        rgb = np.ascontiguousarray(rgb)
        self._rgb = rgb
        h, w = values.shape
        self._image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        if shape_changed and self.fixed_side:
            side = self.fixed_side / max(h, w)
            self.setFixedSize(int(side * w) + 2, int(side * h) + 2)
        elif shape_changed:
            self.updateGeometry()
        self.update()
        self.describe()

    def describe(self) -> None:
        """Its numbers row by row where there are few; else its size, range, padding and where the window is."""
        values, (h, w) = self.values, self.values.shape
        done = values[np.isfinite(values)]
        if h * w <= SPOKEN_CELLS:
            rows = "; ".join(" ".join(_short(float(v)) if np.isfinite(v) else "–" for v in row) for row in values)
            text = tr("{h}×{w}: {rows}.").format(h=h, w=w, rows=rows)
        else:
            text = tr("{h}×{w}, values from {low} to {high}.").format(
                h=h, w=w, low=_short(float(done.min())) if done.size else "–",
                high=_short(float(done.max())) if done.size else "–")
            if done.size < values.size:
                text += " " + tr("{count} of {total} computed so far.").format(count=done.size, total=values.size)
        if self.padding:
            text += " " + tr("The outer {padding} ring is zero padding.").format(padding=self.padding)
        if self.window is not None:
            top, left, wh, ww = self.window
            text += " " + (tr("Window at row {y}, column {x}.") if wh == ww == 1 else
                           tr("Window: rows {top}–{bottom}, columns {left}–{right}.")).format(
                y=top, x=left, top=top, bottom=top + wh - 1, left=left, right=left + ww - 1)
        if self.marked is not None:
            text += " " + tr("Marked: row {y}, column {x}.").format(y=self.marked[0], x=self.marked[1])
        access.describe(self, text)

    def keyPressEvent(self, event) -> None:
        key = Qt.Key(event.key())
        h, w = self.values.shape
        rows = access.ARROWS.get(key, (0, 0))[0]  # Left and Right are the lab's step buttons' keys
        if not self.choosable or self.window is None or not (rows or key in (Qt.Key.Key_Home, Qt.Key.Key_End)):
            return super().keyPressEvent(event)
        y, x = self.window[0], self.window[1]
        if key == Qt.Key.Key_Home:
            y, x = 0, 0
        elif key == Qt.Key.Key_End:
            y, x = h - 1, w - 1
        else:
            y, x = access.arrow_step(key, y, x, h, w)
        self.sig_cell_chosen.emit(y, x)

    def mousePressEvent(self, event) -> None:
        cell = self.cell_at(event.position().x(), event.position().y()) if self.choosable else None
        if cell is None:
            return super().mousePressEvent(event)
        self.sig_cell_chosen.emit(*cell)

    def cell_rect(self) -> tuple[float, QRectF]:
        h, w = self.values.shape
        cell = max(1.0, min((self.width() - 2) / w, (self.height() - 2) / h))
        cell = math.floor(cell) if cell > 4 else cell
        return cell, QRectF((self.width() - cell * w) / 2, (self.height() - cell * h) / 2, cell * w, cell * h)

    def resizeEvent(self, event) -> None:
        self._base = None
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):  # a theme or zoom change
            self._base = None
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        if self._base is None or self._base.size() != self.size():
            self._base = self._render_base()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._base)
        cell, rect = self.cell_rect()
        if self.window is not None:
            top, left, wh, ww = self.window
            painter.setPen(QPen(WINDOW, 3 if cell >= 8 else 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect.x() + left * cell, rect.y() + top * cell, ww * cell, wh * cell))
        if self.marked is not None:
            y, x = self.marked
            painter.setPen(QPen(QColor("#111"), 2))
            painter.drawRect(QRectF(rect.x() + x * cell + 2, rect.y() + y * cell + 2, cell - 4, cell - 4))
        access.paint_focus(self, painter)
        painter.end()

    def _render_base(self) -> QPixmap:
        pixmap = QPixmap(self.size())
        pixmap.fill(self.palette().window().color())
        painter = QPainter(pixmap)
        cell, rect = self.cell_rect()
        h, w = self.values.shape
        if cell >= 8 and float(cell).is_integer():
            painter.drawImage(rect.topLeft(), self._lined_image(int(cell)))
        else:
            painter.drawImage(rect, self._image)
        if self.padding:
            p = self.padding
            painter.setBrush(QBrush(QColor(120, 120, 120, 110), Qt.BrushStyle.BDiagPattern))
            painter.setPen(Qt.PenStyle.NoPen)
            for band in (QRectF(rect.x(), rect.y(), rect.width(), p * cell),
                         QRectF(rect.x(), rect.bottom() - p * cell, rect.width(), p * cell),
                         QRectF(rect.x(), rect.y(), p * cell, rect.height()),
                         QRectF(rect.right() - p * cell, rect.y(), p * cell, rect.height())):
                painter.drawRect(band)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#777"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(p * cell, p * cell, -p * cell, -p * cell))
        if self.numbers and cell >= 24:
            font = QFont(self.font())
            font.setPointSizeF(max(7.0, min(13.0, cell / 4.2)))
            painter.setFont(font)
            for y in range(h):
                for x in range(w):
                    value = self.values[y, x]
                    if not np.isfinite(value):
                        continue
                    dark = self.grey and value / (self.vmax or 1.0) < 0.55
                    painter.setPen(QColor("#fff") if dark else QColor("#111"))
                    painter.drawText(QRectF(rect.x() + x * cell, rect.y() + y * cell, cell, cell),
                                     Qt.AlignmentFlag.AlignCenter, _short(float(value)))
        painter.end()
        return pixmap

    def _lined_image(self, cell: int) -> QImage:
        """The cells at `cell` pixels each, with a faint line along each cell's top and left edge
        (drawn into the pixels: Qt's raster engine blends hundreds of translucent lines slowly)."""
        rgb = self._rgb
        big = np.repeat(np.repeat(rgb, cell, axis=0), cell, axis=1).astype(np.float32)
        big[::cell, :] *= 0.84
        big[:, ::cell] *= 0.84
        big = np.ascontiguousarray(big.astype(np.uint8))
        hh, ww, _ = big.shape
        return QImage(big.data, ww, hh, 3 * ww, QImage.Format.Format_RGB888).copy()

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        cell, rect = self.cell_rect()
        if not rect.contains(x, y):
            return None
        return int((y - rect.y()) // cell), int((x - rect.x()) // cell)

    def rect_of(self, row: int, col: int) -> QRect:
        cell, rect = self.cell_rect()
        return QRectF(rect.x() + col * cell, rect.y() + row * cell, cell, cell).toRect()


def _short(value: float) -> str:
    """A number in at most about five characters: 0.42, -1.3, 12, 0."""
    if abs(value) < 0.005:
        return "0"
    if float(value).is_integer():
        return number(value, ".0f")
    if abs(value) >= 100:
        return number(value, ".0f")
    if abs(value) >= 10:
        return number(value, ".1f")
    return number(value, ".2f")


def typed_number(text: str, limit: float) -> float | None:
    """A number a student typed ("0,5" and "−1" too), if it is finite and within ±limit; else None."""
    try:
        value = float(str(text).strip().replace(",", ".").replace("−", "-"))
    except ValueError:
        return None
    return value if math.isfinite(value) and abs(value) <= limit else None


def table_values(table, limit: float) -> np.ndarray:
    """Every cell of a QTableWidget of typed numbers; a cell that isn't one counts as 0."""
    values = np.zeros((table.rowCount(), table.columnCount()), dtype=np.float32)
    for y in range(values.shape[0]):
        for x in range(values.shape[1]):
            item = table.item(y, x)
            value = typed_number(item.text(), limit) if item is not None else None
            values[y, x] = 0.0 if value is None else value
    return values
