"""The network diagram (`networkDiagram`): what `core.diagram` lays out, painted, and clicked.

Slabs shrink while they multiply, left to right from the input picture; with a trained model and a picture,
each shows that layer's first channels for it; a chosen unit's receptive field is outlined on every map below
it and the cone between them is drawn, back to its patch of the input. Painting is the only work: the layout
is made once per network, the pictures once per input, so a pen event costs one repaint.
"""

from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from cnngui.core.network import diagram
from cnngui.core.network.layers import KINDS, shape_text
from cnngui.i18n import N_, number, tr
from cnngui.ui.look import access
from cnngui.ui.look.appearance import color, zoom
from cnngui.ui.widgets.throttle import Throttle

CONE = QColor(255, 140, 0)
LABEL_LINES = 5


def _gray_image(values: np.ndarray) -> QImage:
    data = np.ascontiguousarray(np.clip(values * 255, 0, 255).astype(np.uint8))
    image = QImage(data.data, data.shape[1], data.shape[0], data.shape[1], QImage.Format.Format_Grayscale8)
    return image.copy()  # its own pixels: `data` goes away


class DiagramView(access.Framed, QWidget):
    """`sig_unit_chosen(layer, y, x)` when a slab is clicked (a map: the unit under the pointer; the input: -1),
    or a unit is chosen with the keys (`KEYS`). Its accessible description says the network and the traced unit."""

    sig_unit_chosen = Signal(int, int, int)
    KEYS = ((N_("Page Up / Page Down"), N_("trace a unit of the previous or next layer (network diagram)")),
            (N_("Arrow keys"), N_("move the traced unit within its layer (network diagram)")))

    def __init__(self, parent: QWidget | None = None, object_name: str = "networkDiagram",
                 slab_width: float = 66.0) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.slab_width = slab_width  # the least room a slab's labels get, in pixels at 100%
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layout_: diagram.Layout | None = None  # where each slab goes (made once per network)
        self.images: dict[tuple[int, int], QImage] = {}
        self.patches: dict[int, tuple[int, int, int, int]] = {}
        self.unit: tuple[int, int, int] | None = None  # (layer, y, x) whose cone is drawn
        self._network_key = None
        self._labels: tuple | None = None  # (what they depend on, the labels drawn): see _labels_pixmap

    # ---- what to show -------------------------------------------------------------------------
    def set_network(self, arch: list[dict], input_shape: tuple, num_classes: int | None = None) -> None:
        key = (repr(arch), tuple(input_shape), num_classes)
        if key == self._network_key:
            return
        self._network_key = key
        self.layout_ = diagram.layout(arch, input_shape, num_classes)
        self.setMinimumWidth(round(len(self.layout_.slabs) * self.slab_width * zoom()))  # a scroll area holds it
        self.images = {}
        if self.unit is not None and not self.unit_fits(*self.unit):
            self.unit = None
        self._update_cone()
        self.updateGeometry()
        self.update()

    def set_outputs(self, outputs: list[np.ndarray] | None, picture: np.ndarray | None) -> None:
        """Every layer's output for the current picture (None: no trained model for this network)."""
        if self.layout_ is None:
            return
        shown = diagram.slab_pictures(self.layout_, outputs or [], picture)
        self.images = {key: _gray_image(values) for key, values in shown.items()}
        self.update()

    def set_unit(self, layer: int | None, y: int = 0, x: int = 0) -> None:
        self.unit = None if layer is None or not self.unit_fits(layer, y, x) else (layer, y, x)
        self._update_cone()
        self.update()

    def unit_fits(self, layer: int, y: int, x: int) -> bool:
        if self.layout_ is None or not -1 < layer < len(self.layout_.slabs) - 1:
            return False
        slab = self.layout_.slab(layer)
        return slab.shape is not None and (not slab.is_map or (y < slab.shape[1] and x < slab.shape[2]))

    def _update_cone(self) -> None:
        self.patches = diagram.cone(self.layout_, *self.unit) if self.unit and self.layout_ else {}
        self.describe()

    def describe(self) -> None:
        """The layers left to right with their shapes, and what the traced unit sees of the input."""
        if self.layout_ is None:
            return
        parts = []
        for slab in self.layout_.slabs:
            name = tr("input") if slab.kind == "input" else slab.name
            shape = shape_text(slab.shape) if slab.shape else tr("no output: {problem}").format(
                problem=slab.problem) if slab.problem else tr("no output")
            parts.append(f"{name} {shape}")
        text = tr("Layers: {layers}.").format(layers=" → ".join(parts))
        if self.unit is not None and self.patches:
            layer, y, x = self.unit
            slab = self.layout_.slab(layer)
            top, left, bottom, right = self.patches.get(-1, (0, 0, 0, 0))
            where = tr("{layer} unit ({y}, {x})").format(layer=slab.name, y=y, x=x) if slab.is_map else \
                tr("a unit of {layer}").format(layer=slab.name)
            text += " " + tr("Traced: {where} sees {h}×{w} pixels of the input, rows {top}–{bottom}, columns "
                             "{left}–{right}.").format(where=where, h=bottom - top, w=right - left, top=top,
                                                       bottom=bottom - 1, left=left, right=right - 1)
        access.describe(self, text)

    # ---- geometry -----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        if self.layout_ is None:
            return QSize(400, 200)
        return QSize(round(min(self.layout_.width, 1200) * zoom()), round(self.layout_.height * zoom()))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(200 * zoom()), round(140 * zoom()))

    def _label_height(self) -> float:
        lines = 4 if self.slab_width < 60 else LABEL_LINES  # name, the shape on up to two lines, what a unit sees
        return lines * QFontMetricsF(self._label_font()).height() + 6

    def _label_font(self, bold: bool = False) -> QFont:
        font = QFont(self.font())  # the app's font, which the zoom already sized
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setBold(bold)
        return font

    def _scale(self) -> tuple[float, float, float]:
        """(scale, dx, dy) that fit the slabs, and their labels below them in screen units, into the widget."""
        lay = self.layout_
        body = lay.height - diagram.LABEL_HEIGHT
        room = max(20.0, self.height() - self._label_height())
        # the last slab's name needs its width past the slab (a narrow view had "dense2" touch its edge)
        last = max(lay.slabs, key=lambda slab: slab.x, default=None)
        tail = QFontMetricsF(self._label_font(True)).horizontalAdvance(last.name) + 6 if last is not None else 0.0
        width = max(20.0, self.width() - tail)
        scale = min(width / lay.width, room / body)
        return scale, (width - lay.width * scale) / 2, (room - body * scale) / 2

    def _to_layout(self, point: QPointF) -> tuple[float, float]:
        scale, dx, dy = self._scale()
        return (point.x() - dx) / scale, (point.y() - dy) / scale

    # ---- painting -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), color("base"))
        if self.layout_ is None:
            painter.end()
            return
        scale, dx, dy = self._scale()
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        for slab in self.layout_.slabs:  # maps are grids of units: drawn square, without smoothing (and faster)
            self._paint_slab(painter, slab)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_cone(painter)
        painter.resetTransform()
        engine = painter.paintEngine()
        if engine is not None and engine.type() in (QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf):
            self._paint_labels(painter, scale, dx, dy)  # an export keeps its labels as text
        else:
            painter.drawPixmap(0, 0, self._labels_pixmap(scale, dx, dy))
        access.paint_focus(self, painter)
        painter.end()

    def _paint_labels(self, painter: QPainter, scale: float, dx: float, dy: float) -> None:
        fonts = {bold: (font, QFontMetricsF(font)) for bold in (False, True) for font in [self._label_font(bold)]}
        for slab in self.layout_.slabs:
            self._paint_label(painter, slab, scale, dx, dy, fonts)

    def _labels_pixmap(self, scale: float, dx: float, dy: float) -> QPixmap:
        """The slabs' labels, drawn once for a size, a network, a zoom, a palette and a traced unit: Draw's
        diagram repaints on every pen event, and laying out its fifty lines of text took half of each paint."""
        ratio = self.devicePixelRatioF()
        key = (self._network_key, self.width(), self.height(), ratio, self.font().toString(),
               tuple(color(role).name() for role in ("text", "muted", "bad")), tuple(sorted(self.patches.items())),
               self.slab_width)
        if self._labels is None or self._labels[0] != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_labels(painter, scale, dx, dy)
            painter.end()
            self._labels = (key, pixmap)
        return self._labels[1]

    def _paint_slab(self, painter: QPainter, slab: diagram.Slab) -> None:
        edge = QPen(color("bad") if slab.problem else color("text"), 2.0 if slab.problem else 0.8)
        painter.setPen(edge)
        if slab.shape is None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(slab.x, slab.y, slab.side, slab.side))
            return
        if not slab.is_map:
            rect = QRectF(slab.x, slab.y, diagram.COLUMN_WIDTH, slab.side)
            image = self.images.get((slab.index, 0))
            if image is not None:
                painter.drawImage(rect, image)
            else:
                painter.fillRect(rect, color("mid").lighter(140))
            painter.drawRect(rect)
            return
        channels = diagram.channels_shown(slab) if slab.index >= 0 else [0]
        for k in reversed(range(slab.squares)):
            x, y, side = slab.square(k)
            rect = QRectF(x, y, side, side)
            image = self.images.get((slab.index, channels[k] if k < len(channels) else 0))
            if image is not None:
                painter.drawImage(rect, image)
            else:
                painter.fillRect(rect, color("mid").lighter(150 - 8 * k))
            painter.drawRect(rect)

    def _patch_rect(self, slab: diagram.Slab, patch) -> QRectF:
        x, y, side = slab.front()
        top, left, bottom, right = patch
        h, w = slab.shape[1], slab.shape[2]
        return QRectF(x + left / w * side, y + top / h * side, (right - left) / w * side, (bottom - top) / h * side)

    def _paint_cone(self, painter: QPainter) -> None:
        if not self.patches:
            return
        lay = self.layout_
        order = sorted(self.patches)
        rects = {index: self._patch_rect(lay.slab(index), self.patches[index]) for index in order}
        layer = self.unit[0]
        target = lay.slab(layer)
        if not target.is_map:  # a dense unit: the cone opens from its column onto every pixel
            rects[layer] = QRectF(target.x, target.y + target.side / 2 - 3, diagram.COLUMN_WIDTH, 6)
            order.append(layer)
        fill = QColor(CONE)
        fill.setAlpha(50)
        for left, right in itertools.pairwise(order):
            a, b = rects[left], rects[right]
            path = QPainterPath()
            path.addPolygon(QPolygonF([a.topRight(), b.topLeft(), b.bottomLeft(), a.bottomRight()]))
            painter.fillPath(path, fill)
        painter.setPen(QPen(CONE, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index in order:
            painter.drawRect(rects[index])

    def label_column(self, slab: diagram.Slab, scale: float, dx: float) -> tuple[float, float]:
        """(left, width) in screen pixels of a slab's labels: never past the next slab's labels, nor the view's
        edge ("flatten1dense1" ran together in Draw's narrow diagram); what doesn't fit is elided."""
        x = dx + slab.x * scale
        width = (max(slab.width, 64.0) + diagram.GAP * 0.85) * scale
        following = [other.x for other in self.layout_.slabs if other.x > slab.x]
        room = (min(following) - slab.x) * scale - 6 if following else self.width() - x - 4
        return x, max(8.0, min(width, room))

    def _paint_label(self, painter: QPainter, slab: diagram.Slab, scale: float, dx: float, dy: float,
                     fonts: dict) -> None:
        """Name, kind, shape, parameters and what a unit sees, under the slab, in screen units (the text stays
        readable however small the network is drawn); elided to the slab's column."""
        lay = self.layout_
        x, width = self.label_column(slab, scale, dx)
        top = dy + (lay.height - diagram.LABEL_HEIGHT) * scale + 2
        is_input = slab.kind == "input"
        kind = "" if is_input else tr(KINDS[slab.kind].title) if slab.kind in KINDS else slab.kind
        compact = self.slab_width < 60  # a narrow diagram (Draw's) says only the name and the shape
        shape = shape_text(slab.shape) if slab.shape else "?"
        if compact and len(slab.shape) == 3 and fonts[False][1].horizontalAdvance(shape) > width:
            shape = f"{slab.shape[0]}×\n{slab.shape[1]}×{slab.shape[2]}"  # "32×13×…" said nothing: two lines
        lines = [(tr("input") if is_input else slab.name, True, color("bad") if slab.problem else color("text")),
                 ("" if compact else kind, False, color("text")),
                 *[(part, False, color("text")) for part in shape.split("\n")],
                 (tr("{params} params").format(params=number(slab.params, ",")) if slab.params and not compact else "",
                  False, color("muted"))]
        if slab.index in self.patches and slab.is_map:
            first, left, bottom, right = self.patches[slab.index]
            lines.append((f"{bottom - first}×{right - left}", True, CONE))
        elif slab.is_map and slab.receptive_size and not is_input and not compact:
            lines.append((tr("sees {size}×{size}").format(size=slab.receptive_size), False, color("muted")))
        line_height = fonts[False][1].height()
        for i, (text, bold, tone) in enumerate(line for line in lines if line[0]):
            font, metrics = fonts[bold]
            painter.setFont(font)
            painter.setPen(tone)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRectF(x, top + i * line_height, width, line_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)

    # ---- the pointer --------------------------------------------------------------------------
    def _slab_at(self, point: QPointF):
        if self.layout_ is None:
            return None, None
        px, py = self._to_layout(point)
        slab = self.layout_.hit(px, py)
        return slab, (slab.unit_at(px, py) if slab is not None else None)

    def mouseMoveEvent(self, event) -> None:
        slab, _ = self._slab_at(event.position())
        self.setToolTip(slab.problem if slab is not None and slab.problem else "")
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event) -> None:
        slab, unit = self._slab_at(event.position())
        if slab is None or slab.shape is None:
            return super().mousePressEvent(event)
        y, x = unit if unit is not None else ((slab.shape[1] // 2, slab.shape[2] // 2) if slab.is_map else (0, 0))
        if slab.index >= 0:
            self.set_unit(slab.index, y, x)
        self.sig_unit_chosen.emit(slab.index, y, x)

    def keyPressEvent(self, event) -> None:
        key = Qt.Key(event.key())
        layers = len(self.layout_.slabs) - 1 if self.layout_ is not None else 0
        if layers < 1 or key not in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, *access.ARROWS):
            return super().keyPressEvent(event)
        layer, y, x = self.unit or (-1, 0, 0)
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) or layer < 0:
            step = -1 if key == Qt.Key.Key_PageUp else 1
            layer = min(max(layer + step, 0), layers - 1)
            while 0 < layer < layers - 1 and not self.unit_fits(layer, 0, 0):
                layer += step  # past a layer that has no output
            slab = self.layout_.slab(layer)
            y, x = (slab.shape[1] // 2, slab.shape[2] // 2) if slab.is_map and slab.shape else (0, 0)
        else:
            slab = self.layout_.slab(layer)
            if slab.is_map:
                y, x = access.arrow_step(key, y, x, slab.shape[1], slab.shape[2])
        if not self.unit_fits(layer, y, x):
            return
        self.set_unit(layer, y, x)
        self.sig_unit_chosen.emit(layer, y, x)


class NetworkDiagram(QScrollArea):
    """A diagram that follows the app state: the current model's network (`follows="model"`, Draw) or the
    network being edited (`"network"`, the Network tab, with the model's maps where the two are the same).
    It does its work only while shown; a unit chosen here is the app's unit, which Explore shows too."""

    def __init__(self, state, follows: str = "model", object_name: str = "networkDiagram",
                 slab_width: float = 66.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.follows = state, follows
        self.view = DiagramView(object_name=object_name, slab_width=slab_width)
        self.setWidget(self.view)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard goes to the diagram itself
        self._stale = True
        self._default = (-1, None)  # (model version, the preprocessed 3 shown before anything is drawn)
        self.view.sig_unit_chosen.connect(self._chosen)
        state.sig_model_changed.connect(self.refresh)
        state.sig_architecture_changed.connect(self.refresh)
        state.sig_dataset_changed.connect(self.refresh)
        # A forward pass and a repaint on every pen event cost a pen event a third of its time, for more frames
        # than a screen shows: the maps follow a moving pen at most 20 times a second.
        self._maps = Throttle(self.refresh_maps, parent=self)
        state.sig_input_changed.connect(self._maps.request)
        state.sig_unit_selected.connect(lambda layer, channel, y, x: self.view.set_unit(layer, y, x))

    def _arch(self) -> tuple[list[dict] | None, tuple, int]:
        state = self.state
        if self.follows == "model":
            if state.checkpoint is None:
                return None, (), 0
            return state.checkpoint.arch, state.model_dataset.input_shape, state.model_dataset.num_classes
        return state.architecture, state.dataset.input_shape, state.dataset.num_classes

    def _model_shows_this_network(self) -> bool:
        checkpoint = self.state.checkpoint
        return checkpoint is not None and (self.follows == "model" or checkpoint.arch == self.state.architecture)

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        arch, shape, classes = self._arch()
        if arch is None:
            return
        self.view.set_network(arch, shape, classes)
        if self.state.unit is not None:
            layer, _, y, x = self.state.unit
            self.view.set_unit(layer, y, x)
        self.refresh_maps()

    def refresh_maps(self) -> None:
        """The current picture through every layer (one forward pass), onto the slabs."""
        if not self.isVisible():
            self._stale = True
            return
        state = self.state
        if state.predictor is None:
            self.view.set_outputs(None, None)
            return
        if state.prediction is not None:
            pre = state.prediction.preprocessed
        else:  # nothing drawn yet: a 3, as Explore shows one (made once per model: drawing it takes 5 ms)
            if self._default[0] != state.model_version:
                from cnngui.core.data.strokes import render_digit

                self._default = (state.model_version, state.preprocess(render_digit(3)))
            pre = self._default[1]
        if not self._model_shows_this_network() or pre.empty:
            self.view.set_outputs(None, None if pre.empty else pre.image28)
            return
        from cnngui.core.inspection.introspection import feature_maps

        self.view.set_outputs(feature_maps(state.predictor.model, pre.tensor), pre.image28)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _chosen(self, layer: int, y: int, x: int) -> None:
        if layer >= 0 and self._model_shows_this_network():
            self.state.select_unit(layer, 0, y, x)
