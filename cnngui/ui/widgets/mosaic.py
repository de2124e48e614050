"""Many small maps in one picture, and mapping a click back to (channel, y, x)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cnngui.i18n import N_, number, tr
from cnngui.ui.look import access
from cnngui.ui.look.colormaps import colorize

MAPS = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}  # the previous or next map; the arrows: access.ARROWS


def as_tiles(values: np.ndarray) -> np.ndarray:
    """[C,H,W] stays; a vector [N] becomes N tiles of 1x1 so every unit can be clicked."""
    return values if values.ndim == 3 else values.reshape(-1, 1, 1)


class MosaicView(access.Framed, QWidget):
    """Shows tiles [C,H,W] in a grid with a colour map; emits `sig_unit_clicked(c, y, x)` and `sig_unit_hovered`.
    The keyboard chooses units too (`KEYS`); the accessible description says what is shown and chosen."""

    sig_unit_clicked = Signal(int, int, int)
    sig_unit_hovered = Signal(str)
    KEYS = ((N_("Arrow keys"), N_("choose the next unit of a map (feature maps, filters)")),
            (N_("Page Up / Page Down"), N_("the previous or next map")))

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tiles = np.zeros((0, 1, 1), dtype=np.float32)
        self.labels: list[str] = []
        self.cols = 1
        self.selected: tuple[int, int, int] | None = None
        self.signed: bool | None = None
        self.vmax = 1.0
        self._image = QImage()

    def set_tiles(self, values: np.ndarray, labels: list[str] | None = None, signed: bool | None = None,
                  vmax: float | None = None) -> None:
        self.tiles = as_tiles(np.asarray(values, dtype=np.float32))
        self.labels = labels or []
        c, h, w = self.tiles.shape
        self.cols = max(1, math.ceil(math.sqrt(c * h / max(1, w)))) if h > 1 else max(1, math.ceil(math.sqrt(c)))
        finite = np.abs(self.tiles[np.isfinite(self.tiles)])
        # A high percentile, not the maximum: one hot unit should not wash out every other map.
        self.vmax = vmax or (float(np.percentile(finite, 99.5)) if finite.size else 1.0)
        self.signed = signed
        self._render()
        self.describe()

    def _name(self, channel: int) -> str:
        return self.labels[channel] if channel < len(self.labels) else tr("channel {channel}").format(channel=channel)

    def _chosen(self) -> tuple[int, int, int] | None:
        """The selected unit, where it is one of the tiles shown (a new layer may be smaller)."""
        c, h, w = self.tiles.shape
        if self.selected is None:
            return None
        channel, y, x = self.selected
        return self.selected if channel < c and y < h and x < w else None

    def describe(self) -> None:
        """In words: how many maps of what size, the three strongest, and the chosen unit with its value."""
        c, h, w = self.tiles.shape
        if not c:
            return access.describe(self, tr("Nothing to show yet."))
        size = (tr("{count} maps of {h}×{w}").format(count=c, h=h, w=w) if h > 1 or w > 1 else
                tr("{count} units").format(count=c))
        peaks = np.nan_to_num(self.tiles.reshape(c, -1)).max(axis=1)
        strongest = ", ".join(f"{self._name(int(i))} ({number(float(peaks[i]), '.2f')})"
                              for i in np.argsort(peaks)[::-1][:3])
        text = tr("{size}; strongest: {strongest}.").format(size=size, strongest=strongest)
        if self._chosen() is not None:
            channel, y, x = self._chosen()
            where = f" ({y}, {x})" if h > 1 or w > 1 else ""
            text += " " + tr("Chosen: {name}{where}, value {value}.").format(
                name=self._name(channel), where=where, value=number(float(self.tiles[channel, y, x]), ".3f"))
        access.describe(self, text)

    def _render(self) -> None:
        c, h, w = self.tiles.shape
        rows = math.ceil(c / self.cols) if c else 1
        gap = 1
        canvas = np.full((rows * (h + gap) + gap, self.cols * (w + gap) + gap, 3), 200, dtype=np.uint8)
        colored = colorize(self.tiles, self.vmax, self.signed)
        for i in range(c):
            r, col = divmod(i, self.cols)
            y0, x0 = gap + r * (h + gap), gap + col * (w + gap)
            canvas[y0:y0 + h, x0:x0 + w] = colored[i]
        self._array = np.ascontiguousarray(canvas)
        hh, ww, _ = canvas.shape
        self._image = QImage(self._array.data, ww, hh, 3 * ww, QImage.Format.Format_RGB888).copy()
        self.update()

    def _scale(self) -> tuple[float, QRect]:
        if self._image.isNull() or self._image.width() == 0:
            return 1.0, QRect()
        scale = min(self.width() / self._image.width(), self.height() / self._image.height())
        w, h = int(self._image.width() * scale), int(self._image.height() * scale)
        return scale, QRect((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    def unit_at(self, pos: QPoint) -> tuple[int, int, int] | None:
        scale, rect = self._scale()
        if not rect.contains(pos):
            return None
        c, h, w = self.tiles.shape
        px, py = (pos.x() - rect.x()) / scale, (pos.y() - rect.y()) / scale
        col, x = divmod(int(px) - 1, w + 1)
        row, y = divmod(int(py) - 1, h + 1)
        channel = row * self.cols + col
        if x >= w or y >= h or x < 0 or y < 0 or not (0 <= channel < c):
            return None
        return channel, y, x

    def tile_rect(self, channel: int) -> QRect:
        scale, rect = self._scale()
        _c, h, w = self.tiles.shape
        r, col = divmod(channel, self.cols)
        x0, y0 = 1 + col * (w + 1), 1 + r * (h + 1)
        return QRect(rect.x() + int(x0 * scale), rect.y() + int(y0 * scale), int(w * scale), int(h * scale))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        _, rect = self._scale()
        if not self._image.isNull():
            painter.drawImage(rect, self._image)
        c, h, w = self.tiles.shape
        if h == w == 1 and c and self.tile_rect(0).width() >= 18:  # single units: number them
            painter.setPen(self.palette().windowText().color())
            for i in range(c):
                painter.drawText(self.tile_rect(i), Qt.AlignmentFlag.AlignCenter, str(i))
        if self._chosen() is not None:
            channel, y, x = self._chosen()
            tile = self.tile_rect(channel)
            painter.setPen(QPen(QColor("#ff8c00"), 2))
            painter.drawRect(tile.adjusted(-1, -1, 1, 1))
            c, h, w = self.tiles.shape
            if h > 1 or w > 1:
                sx, sy = tile.width() / w, tile.height() / h
                painter.setPen(QPen(QColor("#000"), 1))
                painter.drawRect(int(tile.x() + x * sx), int(tile.y() + y * sy), max(2, int(sx)), max(2, int(sy)))
        access.paint_focus(self, painter)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        unit = self.unit_at(event.position().toPoint())
        self.sig_unit_hovered.emit(self._unit_text(*unit) if unit is not None else "")

    def _unit_text(self, c: int, y: int, x: int) -> str:
        where = f" at ({y}, {x})" if self.tiles.shape[1] > 1 else ""
        return f"{self._name(c)}{where}: {float(self.tiles[c, y, x]):.4f}"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        unit = self.unit_at(event.position().toPoint())
        if unit is not None:
            self.select(*unit)

    def select(self, channel: int, y: int, x: int) -> None:
        self.show_chosen((channel, y, x))
        self.sig_unit_clicked.emit(channel, y, x)

    def show_chosen(self, unit: tuple[int, int, int]) -> None:
        """Outline `unit` (channel, y, x) and say it, without telling anyone (it was chosen elsewhere)."""
        self.selected = unit
        self.update()
        self.describe()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        c, h, w = self.tiles.shape
        if (key not in MAPS and key not in access.ARROWS) or not c:
            return super().keyPressEvent(event)
        channel, y, x = self._chosen() or (0, h // 2, w // 2)
        if h == w == 1:  # single units: the arrows go through them as they are laid out
            dy, dx = access.ARROWS.get(key, (0, 0))
            channel += MAPS.get(key, 0) or dx or dy * self.cols
        else:
            channel += MAPS.get(key, 0)
            y, x = access.arrow_step(key, y, x, h, w)
        unit = (min(max(channel, 0), c - 1), y, x)
        self.select(*unit)
        self.sig_unit_hovered.emit(self._unit_text(*unit))  # its value, as hovering shows it
