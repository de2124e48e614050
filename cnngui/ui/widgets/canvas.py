"""A square drawing canvas: smooth anti-aliased strokes, undo, and an optional picture underneath.

What is shown is exactly what is classified: strokes are drawn into one offscreen
greyscale image (light ink on black), which `as_array()` hands to the core preprocessing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cnngui.core.control import FOREGROUND
from cnngui.core.data.preprocess import ink_box
from cnngui.i18n import N_, number, tr
from cnngui.ui.look import access

RESOLUTION = 320  # the offscreen image's side in pixels
KEY_STEP, KEY_SMALL_STEP = 16.0, 4.0  # the keyboard pen's step, in image pixels (320 = 28 of the network's)


def array_to_qimage(array: np.ndarray) -> QImage:
    """float [0,1] or uint8 greyscale -> a QImage that owns its copy of the pixels."""
    data = np.ascontiguousarray((np.clip(array, 0,
                                         1) * 255).round().astype(np.uint8) if array.dtype != np.uint8 else array)
    h, w = data.shape
    return QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


def qimage_to_array(image: QImage) -> np.ndarray:
    """Any QImage -> uint8 RGBA array [H, W, 4] (alpha kept for the core to composite)."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    h, w, bpl = rgba.height(), rgba.width(), rgba.bytesPerLine()
    return np.frombuffer(rgba.constBits(), np.uint8, count=h * bpl).reshape(h, bpl)[:, :w * 4].reshape(h, w, 4).copy()


class DrawCanvas(access.Framed, QWidget):
    """Draws with a mouse, a pen, a finger, or the keyboard: the arrow keys move a pen, Space puts it down."""

    sig_changed = Signal()  # after every stroke segment, undo, clear or new picture
    KEYS = ((N_("Arrow keys"), N_("move the keyboard pen over the canvas (with Shift: a small step)")),
            (N_("Space"), N_("put the keyboard pen down or lift it: moving it down draws")))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawCanvas")
        self.setMinimumSize(280, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        # It paints every pixel it owns: nothing beneath it (the tab, the window) is repainted with it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(tr("Draw a digit with the mouse, a pen or a finger; or with the arrow keys and Space"))
        self.stroke_width = 22.0  # in image pixels: about MNIST's stroke width relative to the digit
        self.strokes: list[tuple[float, list[QPointF]]] = []  # (width, points in image pixels)
        self.background: QImage | None = None
        self._image = QImage(RESOLUTION, RESOLUTION, QImage.Format.Format_Grayscale8)
        self.key_pen: QPointF | None = None  # the keyboard pen, in image pixels (None until a key moves it)
        self.key_pen_down = False
        self._redraw()

    # ---- content ------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self.strokes and self.background is None

    def clear(self) -> None:
        self.strokes.clear()
        self.background = None
        self._redraw()
        self.sig_changed.emit()

    def undo(self) -> None:
        if self.strokes:
            self.strokes.pop()
        elif self.background is not None:
            self.background = None
        self._redraw()
        self.sig_changed.emit()

    def set_picture(self, ink: np.ndarray) -> None:
        """Show a light-on-dark picture (float [0,1]) fitted into the canvas; clears strokes."""
        picture = array_to_qimage(ink)
        scaled = picture.scaled(RESOLUTION, RESOLUTION, Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.SmoothTransformation)
        self.background = scaled
        self.strokes.clear()
        self._redraw()
        self.sig_changed.emit()

    def as_array(self) -> np.ndarray:
        """The canvas as uint8 [RESOLUTION, RESOLUTION], light ink on black."""
        bpl = self._image.bytesPerLine()
        data = np.frombuffer(self._image.constBits(), np.uint8, count=RESOLUTION * bpl)
        return data.reshape(RESOLUTION, bpl)[:, :RESOLUTION].copy()

    # ---- drawing ------------------------------------------------------------------------------
    def _pen(self, width: float) -> QPen:
        pen = QPen(QColor(255, 255, 255), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _painter(self) -> QPainter:
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        return painter

    def _redraw(self) -> None:
        self._image.fill(0)
        painter = self._painter()
        if self.background is not None:
            x = (RESOLUTION - self.background.width()) // 2
            y = (RESOLUTION - self.background.height()) // 2
            painter.drawImage(x, y, self.background)
        for width, points in self.strokes:
            painter.setPen(self._pen(width))
            if len(points) == 1:
                painter.drawPoint(points[0])
            else:
                painter.drawPolyline(points)
        painter.end()
        self.update()
        self.describe()

    def describe(self) -> None:
        """What is on the canvas, in words and the network's 28 pixels: where the ink is, and the keyboard pen."""
        if self.is_empty():
            text = tr("Empty. Draw a digit with the mouse, or with the arrow keys and Space.")
        else:
            parts = [tr("An opened picture")] if self.background is not None else []
            if self.strokes:
                parts.append(tr("1 stroke") if len(self.strokes) == 1 else
                             tr("{count} strokes").format(count=len(self.strokes)))
            text = ", ".join(parts) + ". " + self._ink_text()
        if self.key_pen is not None:
            text += " " + self._pen_text()
        access.describe(self, text)

    def _ink_text(self) -> str:
        box = ink_box(self.as_array() > 40)
        if box is None:
            return tr("No ink yet.")
        top, left, bottom, right = (v * 28 // RESOLUTION for v in (box[0], box[1], box[2] - 1, box[3] - 1))
        return tr("Ink in columns {left}–{right} and rows {top}–{bottom} of 28.").format(
            left=left, right=right, top=top, bottom=bottom)

    def _pen_text(self) -> str:
        x, y = (round(v * 28 / RESOLUTION) for v in (self.key_pen.x(), self.key_pen.y()))
        return (tr("Keyboard pen down at column {x}, row {y}.") if self.key_pen_down else
                tr("Keyboard pen up at column {x}, row {y}.")).format(x=number(x), y=number(y))

    def _to_image(self, pos: QPointF) -> QPointF:
        side = self._side()
        rect = self._target_rect(side)
        return QPointF((pos.x() - rect.x()) * RESOLUTION / side, (pos.y() - rect.y()) * RESOLUTION / side)

    def _side(self) -> float:
        return float(min(self.width(), self.height()))

    def _target_rect(self, side: float) -> QRectF:
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def begin_stroke(self, pos: QPointF) -> None:
        self._begin_at(self._to_image(pos))

    def _begin_at(self, point: QPointF) -> None:
        FOREGROUND.hold()  # background helpers step aside while the pen moves
        first = self.is_empty()  # the "Draw a digit here" hint goes: the whole canvas is repainted once
        self.strokes.append((self.stroke_width, [point]))
        painter = self._painter()
        painter.setPen(self._pen(self.stroke_width))
        painter.drawPoint(point)
        painter.end()
        if first:
            self.update()
        else:
            self._update_around(point, point, self.stroke_width)
        self.sig_changed.emit()

    def extend_stroke(self, pos: QPointF) -> None:
        self._extend_to(self._to_image(pos))

    def _extend_to(self, point: QPointF) -> None:
        if not self.strokes:
            return self._begin_at(point)
        FOREGROUND.hold()
        width, points = self.strokes[-1]
        painter = self._painter()
        painter.setPen(self._pen(width))
        painter.drawLine(points[-1], point)
        painter.end()
        self._update_around(points[-1], point, width)
        points.append(point)
        self.sig_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.describe()  # once a stroke ends, not on every pen event

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in access.ARROWS or key == Qt.Key.Key_Space:
            self.key_stroke(key, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        else:
            super().keyPressEvent(event)

    def key_stroke(self, key: Qt.Key, small: bool = False) -> None:
        """The keyboard pen: an arrow moves it (drawing while it is down), Space puts it down or lifts it."""
        old = self.key_pen or QPointF(RESOLUTION / 2, RESOLUTION / 2)
        if key == Qt.Key.Key_Space:
            self.key_pen, self.key_pen_down = old, not self.key_pen_down
            if self.key_pen_down:
                self._begin_at(old)
        else:
            y, x = access.arrow_step(key, old.y(), old.x(), RESOLUTION, RESOLUTION,
                                     KEY_SMALL_STEP if small else KEY_STEP)
            self.key_pen = QPointF(x, y)
            if self.key_pen_down:
                self._extend_to(self.key_pen)
        self.update()
        self.describe()

    def focusOutEvent(self, event) -> None:
        self.key_pen_down = False  # the keyboard pen lifts as the keyboard leaves
        super().focusOutEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.buttons():
            self.extend_stroke(event.position())
        event.accept()

    def _update_around(self, a: QPointF, b: QPointF, width: float) -> None:
        """Repaint only the part of the widget a new stroke segment from `a` to `b` touched (with the pen's
        width and a pixel of antialiasing): a whole-canvas repaint cost 1.3 ms of every pen event."""
        scale = self._side() / RESOLUTION
        rect = self._target_rect(self._side())
        pad = width / 2 + 2
        left, top = min(a.x(), b.x()) - pad, min(a.y(), b.y()) - pad
        right, bottom = max(a.x(), b.x()) + pad, max(a.y(), b.y()) + pad
        self.update(QRectF(rect.x() + left * scale, rect.y() + top * scale, (right - left) * scale,
                           (bottom - top) * scale).toAlignedRect().adjusted(-1, -1, 1, 1))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)  # clipped to the exposed region: the scaled image is drawn there only
        painter.fillRect(event.rect(), QColor("#2b2b2b"))
        side = self._side()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self._target_rect(side), self._image)
        if self.is_empty():
            painter.setPen(QColor(150, 150, 150))
            painter.drawText(self._target_rect(side), Qt.AlignmentFlag.AlignCenter, tr("Draw a digit here"))
        if self.key_pen is not None and self.hasFocus():
            self._paint_key_pen(painter, side)
        access.paint_focus(self, painter)
        painter.end()

    def _paint_key_pen(self, painter: QPainter, side: float) -> None:
        """The keyboard pen: a ring of the pen's width, filled while it is down."""
        rect, scale = self._target_rect(side), side / RESOLUTION
        centre = QPointF(rect.x() + self.key_pen.x() * scale, rect.y() + self.key_pen.y() * scale)
        radius = max(4.0, self.stroke_width * scale / 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().highlight().color(), 2))
        fill = QColor(self.palette().highlight().color())
        fill.setAlpha(110 if self.key_pen_down else 0)
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)

    def sizeHint(self) -> QSize:
        return QSize(440, 440)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width
