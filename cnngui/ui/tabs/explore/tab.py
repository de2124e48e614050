"""The Explore tab: structure, filters, live feature maps, receptive fields and top patches.

Click any unit of any layer: its theoretical receptive field is outlined on the input and
its effective receptive field (the input gradient) is shown as a heat map; the test-set
patches that excite its channel most appear beside it, computed in the background.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSpinBox, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from cnngui.core.architecture import dense_comparison, describe
from cnngui.core.introspection import channel_maxima, context_window, conv_filters, feature_maps, top_patches, unit_gradient
from cnngui.core.strokes import render_digit
from cnngui.i18n import number, tr
from cnngui.ui.app_state import AppState
from cnngui.ui.tabs import LessonHooks
from cnngui.ui.look.colormaps import DIVERGING
from cnngui.ui.widgets.images import picture_label, pixmap_of
from cnngui.ui.widgets.lab_grid import table_values
from cnngui.ui.widgets.mosaic import MosaicView
from cnngui.ui.tasks import Jobs
from cnngui.ui.torch_threads import use_one_thread
from cnngui.ui.widgets.flow_layout import FlowLayout, group
from cnngui.ui.look.appearance import sized, text_style, zoom

RF_VIEW = 220
PATCH_VIEW = 72


def default_layer(infos) -> int:
    """The layer to open first: the second conv layer (conv2 of the seed), else the first, else the first layer."""
    convs = [i for i, info in enumerate(infos) if info.has_filters]
    return convs[1] if len(convs) > 1 else (convs[0] if convs else 0)


class _Caption(QLabel):
    """A wrapped caption in the scrolling column. QScrollArea lays its widget out without
    height-for-width, so a long caption (a German one, say) was squeezed into the picture above
    it: the caption asks for the height its text needs at its narrowest instead."""

    def setText(self, text: str) -> None:
        super().setText(text)
        narrowest = self.minimumWidth() or min(self.maximumWidth(), self.width())
        self.setMinimumHeight(self.heightForWidth(narrowest) if text else 0)


class ExploreTab(QWidget):
    def __init__(self, state: AppState, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.pre = state.preprocess(render_digit(3))
        self.input_source = tr("an example (draw your own in the Draw tab)")
        self.maps: list[np.ndarray] = []
        self.infos: list = []
        self.layer_index = 0
        self.unit = (0, 5, 5)
        self._stale = True
        self._patch_cache: dict[tuple[int, int], tuple] = {}
        self._accuracy_cache: dict[int, float | None] = {}  # model version -> test accuracy
        self.jobs = Jobs()  # "patches" and "accuracy": one at a time each, the newest request waits
        self._shown_shape: tuple | None = None  # the selected layer's shape, to keep the unit across edits
        self._build()
        state.sig_model_changed.connect(self._model_changed)
        state.sig_input_changed.connect(self._input_changed)
        self._model_changed()

    # ---- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.explorerLayerList = QListWidget(objectName="explorerLayerList")
        self.explorerLayerList.currentRowChanged.connect(self._layer_selected)
        sized(self.explorerLayerList, min_w=170)
        self.explorerLayerList.setWordWrap(True)  # a narrow list (beside a lesson) wraps its rows, not cuts them
        self.explorerLayerList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.explorerLayerList.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.structureLabel = QLabel(objectName="structureLabel", wordWrap=True)
        text_style(self.structureLabel)
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("<b>Layers</b> (click one)")))
        left.addWidget(self.explorerLayerList, 1)
        left.addWidget(self.structureLabel)

        self.featureMapGrid = MosaicView("featureMapGrid")
        self.featureMapGrid.sig_unit_clicked.connect(self.select_unit)
        self.hoverLabel = QLabel(tr("Hover over a unit to read its value; click it to see what it sees."),
                                 objectName="hoverLabel", wordWrap=True)
        text_style(self.hoverLabel, tone="muted")
        self.featureMapGrid.sig_unit_hovered.connect(lambda t: self.hoverLabel.setText(t or " "))
        self.mapsTitle = QLabel(objectName="mapsTitle", wordWrap=True)
        self.exampleButton = QPushButton(tr("Random test image"), objectName="exploreExampleButton")
        self.exampleButton.clicked.connect(self.state.show_random_test_image)
        maps_page = QWidget()
        maps_layout = QVBoxLayout(maps_page)
        title_row = QHBoxLayout()
        title_row.addWidget(self.mapsTitle, 1)
        title_row.addWidget(self.exampleButton)
        maps_layout.addLayout(title_row)
        maps_layout.addWidget(self.featureMapGrid, 1)
        maps_layout.addWidget(self.hoverLabel)

        self.filterGrid = MosaicView("filterGrid")
        self.filterLayerCombo = QComboBox(objectName="filterLayerCombo")
        self.filterLayerCombo.currentIndexChanged.connect(self._show_filters)
        self.filterChannelSpin = QSpinBox(objectName="filterChannelSpin", minimum=0, maximum=0)
        self.filterChannelSpin.valueChanged.connect(self._show_filters)
        self.filterHelp = QLabel(wordWrap=True)
        self.filterScale = QLabel(objectName="filterScale", wordWrap=True)
        filter_page = QWidget()
        filter_layout = QVBoxLayout(filter_page)
        row = FlowLayout(spacing=12)  # wraps where the window is narrow (beside a lesson, zoomed in)
        row.addWidget(group(QLabel(tr("Layer")), self.filterLayerCombo))
        row.addWidget(group(QLabel(tr("Output channel")), self.filterChannelSpin))
        filter_layout.addLayout(row)
        filter_layout.addWidget(self.filterHelp)
        filter_layout.addWidget(self.filterGrid, 1)
        filter_layout.addWidget(self.filterScale)
        self.filterEditHelp = QLabel(tr("Click a kernel to change its weights by hand."), objectName="filterEditHelp",
                                     wordWrap=True)
        self.filterEditor = QTableWidget(0, 0, objectName="filterEditor")
        self.filterEditor.horizontalHeader().hide()
        self.filterEditor.verticalHeader().hide()
        self.filterEditor.setToolTip(tr("Type a weight; the prediction, the feature maps and the accuracy follow"))
        self.filterEditor.cellChanged.connect(self._kernel_cell_edited)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.filterEditHelp, 1)
        edit_row.addWidget(self.filterEditor)
        filter_layout.addLayout(edit_row)
        self.filterGrid.sig_unit_clicked.connect(lambda c, y, x: self.choose_kernel(c))
        self.edited_kernel: tuple[str, int, int] | None = None

        self.views = QTabWidget(objectName="exploreViews")
        self.views.addTab(maps_page, tr("Feature maps"))
        self.views.addTab(filter_page, tr("Filters"))

        self.receptiveFieldView = QLabel(objectName="receptiveFieldView")
        sized(self.receptiveFieldView, fixed_w=RF_VIEW, fixed_h=RF_VIEW)
        self.rfText = _Caption(objectName="rfText", wordWrap=True)
        sized(self.rfText, min_w=RF_VIEW, max_w=RF_VIEW + 40)
        rf_box = QGroupBox(tr("What the selected unit sees"))
        rf_layout = QVBoxLayout(rf_box)
        rf_layout.addWidget(self.receptiveFieldView, 0, Qt.AlignmentFlag.AlignHCenter)
        rf_layout.addWidget(self.rfText)

        self.topPatchesView = QWidget(objectName="topPatchesView")
        grid = QGridLayout(self.topPatchesView)
        grid.setSpacing(4)
        self.patch_labels = []
        for i in range(9):
            label = picture_label(size=PATCH_VIEW)
            grid.addWidget(label, i // 3, i % 3)
            self.patch_labels.append(label)
        self.patchText = _Caption(objectName="patchText", wordWrap=True)
        sized(self.patchText, max_w=RF_VIEW + 40)
        self.patchBox = patch_box = QGroupBox(tr("Top test images for this channel"))
        patch_layout = QVBoxLayout(patch_box)
        patch_layout.addWidget(self.topPatchesView, 0, Qt.AlignmentFlag.AlignHCenter)
        patch_layout.addWidget(self.patchText)
        right_widget = QWidget()
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        self.channelOffCheck = QCheckBox(tr("Switch this channel off"), objectName="channelOffCheck")
        self.channelOffCheck.setToolTip(tr("Its output becomes 0: see what the network does without it"))
        self.channelOffCheck.toggled.connect(self._channel_toggled)
        self.editsLabel = QLabel(objectName="editsLabel", wordWrap=True)
        self.editAnswerLabel = QLabel(objectName="editAnswerLabel", wordWrap=True)
        self.ablationAccuracyLabel = QLabel(objectName="ablationAccuracyLabel", wordWrap=True)
        self.resetEditsButton = QPushButton(tr("Reset to the trained weights"), objectName="resetEditsButton")
        self.resetEditsButton.clicked.connect(self.state.reset_edits)
        self.editsBox = edits_box = QGroupBox(tr("Switch parts off"))
        edits_layout = QVBoxLayout(edits_box)
        for widget in (self.channelOffCheck, self.editsLabel, self.editAnswerLabel, self.ablationAccuracyLabel,
                       self.resetEditsButton):
            edits_layout.addWidget(widget)
        for label in (self.editsLabel, self.editAnswerLabel, self.ablationAccuracyLabel):
            sized(label, max_w=RF_VIEW + 40)
        right.addWidget(rf_box)
        right.addWidget(edits_box)
        right.addWidget(patch_box)
        right.addStretch(1)
        # On a short screen the column scrolls rather than squeezing its captions into the pictures.
        right_scroll = QScrollArea(objectName="exploreDetails", widgetResizable=True)
        right_scroll.setWidget(right_widget)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sized(right_scroll, fixed_w=(right_widget.sizeHint().width() + right_scroll.verticalScrollBar().sizeHint().width()) / zoom())

        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addWidget(self.views, 1)
        layout.addWidget(right_scroll, 0)

    # ---- model and input ----------------------------------------------------------------------
    @property
    def arch(self) -> list[dict]:
        return self.state.checkpoint.arch

    @property
    def input_hw(self) -> tuple[int, int]:
        return tuple(self.state.model_dataset.input_shape[1:])

    def _model_changed(self) -> None:
        if self.state.predictor is None:
            return
        previous = self.infos[self.layer_index].name if self.infos else None
        infos = describe(self.arch, self.state.model_dataset.input_shape)
        self.infos = infos
        self.rfs = [info.receptive_field for info in infos]
        self.explorerLayerList.blockSignals(True)
        self.explorerLayerList.clear()
        for info, rf in zip(infos, self.rfs):
            shape = "x".join(map(str, info.output_shape[1:] + info.output_shape[:1])) if len(info.output_shape) == 3 \
                else str(info.output_shape[0])
            params = " · " + tr("{params} params").format(params=number(info.params, ",")) if info.params else ""
            item = QListWidgetItem(f"{info.name}  {shape}{params}")
            item.setToolTip(f"{tr(info.title)}: " + (tr("each unit sees the whole image") if rf.whole_image else
                                                     tr("each unit sees a {size}x{size} patch of the input").format(
                                                         size=rf.size)))
            self.explorerLayerList.addItem(item)
        self.explorerLayerList.blockSignals(False)
        self.structureLabel.setText(dense_comparison(self.arch, self.state.model_dataset.input_shape))
        filter_layer = self.filterLayerCombo.currentText()
        self.filterLayerCombo.blockSignals(True)
        self.filterLayerCombo.clear()
        self.filters = conv_filters(self.state.predictor.model)
        for name, _ in self.filters:
            self.filterLayerCombo.addItem(name)
        self.filterLayerCombo.setCurrentIndex(max(0, self.filterLayerCombo.findText(filter_layer)))
        self.filterLayerCombo.blockSignals(False)
        self._patch_cache.clear()
        names = [info.name for info in infos]
        self.layer_index = names.index(previous) if previous in names else default_layer(infos)
        if previous not in names or self.infos[self.layer_index].output_shape != self._shown_shape:
            self.unit = self._centre_unit(self.layer_index)  # an edited model keeps the unit in view
        if self.state.prediction is None:
            self.pre = self.state.preprocess(render_digit(3))
        self.explorerLayerList.blockSignals(True)  # the maps of the new model come first, in refresh()
        self.explorerLayerList.setCurrentRow(self.layer_index)
        self.explorerLayerList.blockSignals(False)
        self._show_filters()
        self.refresh()

    def _centre_unit(self, layer: int) -> tuple[int, int, int]:
        shape = self.infos[layer].output_shape
        return (0, shape[1] // 2, shape[2] // 2) if len(shape) == 3 else (0, 0, 0)

    def _input_changed(self) -> None:
        prediction = self.state.prediction
        if prediction is None:
            return
        self.pre = prediction.preprocessed
        self.input_source = self.state.input_source
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def set_input(self, image, source: str = "image") -> None:
        """Show `image` as the current input (it becomes the current picture everywhere)."""
        self.state.show_picture(self.state.preprocess(image).steps[0][1], source)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Recompute every layer's output for the current input and redraw."""
        if self.state.predictor is None:
            return
        self._stale = False
        self.maps = feature_maps(self.state.predictor.model, self.pre.tensor)
        self._show_layer()

    # ---- views --------------------------------------------------------------------------------
    def _layer_selected(self, row: int) -> None:
        if row < 0 or not self.maps:
            return
        self.layer_index = row
        info = self.infos[row]
        self.unit = self._centre_unit(row)
        if info.has_filters:
            self.filterLayerCombo.setCurrentIndex(self.filterLayerCombo.findText(info.name))
        self._show_layer()

    def _show_layer(self) -> None:
        if not self.maps:
            return
        info = self.infos[self.layer_index]
        values = self.maps[self.layer_index]
        classes = self.state.model_dataset
        labels = [tr("{layer} channel {channel}").format(layer=info.name, channel=c) for c in range(values.shape[0])] \
            if values.ndim == 3 else \
            [tr("{layer} unit {unit}").format(layer=info.name, unit=i)
             + (f" ({classes.class_name(i)})" if info.name == self.infos[-1].name else "") for i in range(values.shape[0])]
        self.featureMapGrid.set_tiles(values, labels)
        n = values.shape[0]
        kind = (tr("{count} channels of {h}x{w}").format(count=n, h=values.shape[1], w=values.shape[2])
                if values.ndim == 3 else tr("{count} units").format(count=n))
        self.mapsTitle.setText(tr("<b>{layer}</b> output for {source}: {kind}. Blue is negative, red positive; "
                                  "after a ReLU everything is ≥ 0.").format(layer=info.name, source=self.input_source,
                                                                            kind=kind))
        self.select_unit(*self.unit)

    def select_unit(self, channel: int, y: int, x: int) -> None:
        """Outline what unit (channel, y, x) of the current layer sees, and fetch its top patches."""
        shape = self.maps[self.layer_index].shape  # a unit outside this layer is moved to its nearest one
        channel = min(max(0, channel), shape[0] - 1)
        y, x = (min(max(0, y), shape[1] - 1), min(max(0, x), shape[2] - 1)) if len(shape) == 3 else (0, 0)
        self.unit = (channel, y, x)
        if self.featureMapGrid.selected != self.unit:
            self.featureMapGrid.selected = self.unit
            self.featureMapGrid.update()
        info, rf = self.infos[self.layer_index], self.rfs[self.layer_index]
        region = rf.region(y, x, self.input_hw)
        grad = unit_gradient(self.state.predictor.model, self.pre.tensor, self.layer_index, channel, y, x)
        self.selected_region = region
        self.selected_gradient = grad
        self._draw_receptive_field(region, grad)
        value = self.maps[self.layer_index][(channel, y, x) if self.maps[self.layer_index].ndim == 3 else (channel,)]
        where = (tr("unit ({y}, {x}) of channel {channel}").format(y=y, x=x, channel=channel)
                 if len(info.output_shape) == 3 else tr("unit {unit}").format(unit=channel))
        top, left, bottom, right = region
        if rf.whole_image:
            seen = tr("the whole image")
        elif bottom <= top:
            seen = tr("only the zero padding around the image")
        else:
            seen = tr("a {h}x{w} patch at rows {top}–{bottom}, columns {left}–{right}").format(
                h=bottom - top, w=right - left, top=top, bottom=bottom - 1, left=left, right=right - 1)
        if self.state.edits.is_off(info.name, channel):
            quiet = " " + tr("Its channel is switched off, so it outputs 0 whatever the input.")
        elif not grad.any():
            quiet = " " + tr("It is silent for this input (it outputs 0 here), so its gradient is zero.")
        else:
            quiet = ""
        self.rfText.setText(tr("<b>{layer}</b>, {where}: value {value}.<br>Theoretical receptive field "
                               "(orange): {seen}. Heat: the effective receptive field, how strongly each input "
                               "pixel moves this unit.").format(
                                   layer=info.name, where=where, value=number(value, ".3f"),
                                                                seen=seen) + quiet)
        if info.has_filters and self.filterLayerCombo.currentText() == info.name:
            self.filterChannelSpin.setValue(channel)
        self._shown_shape = info.output_shape
        self._show_edits()
        self._request_patches(channel)

    def _draw_receptive_field(self, region: tuple[int, int, int, int], grad: np.ndarray) -> None:
        base = (np.clip(self.pre.image28, 0, 1) * 255 * 0.75).astype(np.uint8)
        rgb = np.repeat(base[..., None], 3, axis=2).astype(np.float32)
        if grad.max() > 0:
            heat = (grad / grad.max())[..., None]
            rgb = rgb * (1 - 0.85 * heat) + np.array([255, 60, 30], dtype=np.float32) * 0.85 * heat
        rgb = np.ascontiguousarray(rgb.clip(0, 255).astype(np.uint8))
        h, w = base.shape
        image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        side = self.receptiveFieldView.width()  # RF_VIEW at 100% zoom
        pixmap = QPixmap.fromImage(image.scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                Qt.TransformationMode.FastTransformation))
        painter = QPainter(pixmap)
        cell = side / w
        top, left, bottom, right = region
        painter.setPen(QPen(QColor("#ffa500"), 3))
        painter.drawRect(QRectF(left * cell + 1.5, top * cell + 1.5, (right - left) * cell - 3, (bottom - top) * cell - 3))
        painter.end()
        self.receptiveFieldView.setPixmap(pixmap)

    def _show_filters(self) -> None:
        index = self.filterLayerCombo.currentIndex()
        if index < 0 or not self.filters:
            return
        name, weights = self.filters[index]
        self.filterChannelSpin.setMaximum(weights.shape[0] - 1)
        if weights.shape[1] == 1:
            tiles = weights[:, 0]
            labels = [tr("{layer} filter {filter}").format(layer=name, filter=i) for i in range(weights.shape[0])]
            self.filterChannelSpin.setEnabled(False)
            self.filterHelp.setText(tr("{layer}'s {count} kernels of {h}x{w}: each slides over the image and responds "
                                       "to one small pattern (an edge, a stroke end).").format(
                layer=name, count=weights.shape[0], h=weights.shape[2], w=weights.shape[3]))
        else:
            out = self.filterChannelSpin.value()
            tiles = weights[out]
            labels = [tr("{layer} filter {filter}, input channel {channel}").format(layer=name, filter=out, channel=i)
                      for i in range(weights.shape[1])]
            self.filterChannelSpin.setEnabled(True)
            self.filterHelp.setText(tr("Filter {filter} of {layer} has one {h}x{w} kernel for each of the {count} "
                                       "channels below it; their responses are summed.").format(
                filter=out, layer=name, h=weights.shape[2], w=weights.shape[3], count=weights.shape[1]))
        vmax = float(np.abs(tiles).max()) or 1.0
        self.filterGrid.set_tiles(tiles, labels, signed=True, vmax=vmax)
        self.filterScale.setText(self._scale_html(vmax))

    @staticmethod
    def _scale_html(vmax: float) -> str:
        stops = [DIVERGING[i] for i in (0, 64, 128, 192, 255)]
        cells = "".join(f"<td style='background: rgb({r},{g},{b}); width: 36px'>&nbsp;</td>" for r, g, b in stops)
        return (f"<table cellspacing=0><tr><td>−{vmax:.2f}&nbsp;</td>{cells}<td>&nbsp;+{vmax:.2f}</td></tr></table>"
                + tr("weights: blue negative, white zero, red positive"))

    # ---- switching parts off, editing kernels --------------------------------------------------
    def _show_edits(self) -> None:
        info, edits = self.infos[self.layer_index], self.state.edits
        channel = self.unit[0]
        self.channelOffCheck.blockSignals(True)
        self.channelOffCheck.setEnabled(info.has_filters)
        self.channelOffCheck.setChecked(info.has_filters and edits.is_off(info.name, channel))
        self.channelOffCheck.setText(tr("Switch {layer} channel {channel} off").format(layer=info.name, channel=channel)
                                     if info.has_filters
                                     else tr("Select a conv layer's channel to switch it off"))
        self.channelOffCheck.blockSignals(False)
        self.editsLabel.setText(tr("Changed: {edits}.").format(edits=edits.describe()) if not edits.empty else
                                tr("No changes: the trained weights."))
        self.resetEditsButton.setEnabled(not edits.empty)
        self.editAnswerLabel.setText(self._answer_comparison() if not edits.empty else "")
        for label in (self.editAnswerLabel, self.ablationAccuracyLabel):  # no empty gap while nothing is changed
            label.setVisible(not edits.empty)
        self._request_accuracy()

    def _answer_comparison(self) -> str:
        """The answer for the current input, trained vs edited, with the runner-up: a change of confidence
        from 99.9999% to 99.97% is invisible on a bar but not as the runner-up's probability."""
        if self.pre.empty:
            return ""

        def answer(predictor) -> str:
            p = predictor.predict_preprocessed(self.pre)
            order = np.argsort(p.probabilities)[::-1]
            second = int(order[1])
            return tr("<b>{name}</b> ({confidence}), next {second} ({probability})").format(
                name=p.class_name, confidence=number(p.confidence, ".2%"), second=predictor.dataset.class_name(second),
                probability=f"{p.probabilities[second]:.2g}")

        return tr("For {source}: trained says {trained}; now {now}.").format(
            source=self.input_source, trained=answer(self.state.trained), now=answer(self.state.predictor))

    def _channel_toggled(self, off: bool) -> None:
        info = self.infos[self.layer_index]
        self.state.set_edits(self.state.edits.toggled(info.name, self.unit[0], off))

    def choose_kernel(self, tile: int) -> None:
        """A kernel of the filter grid, into the editor: filter `tile` (one input channel) or input channel `tile`."""
        index = self.filterLayerCombo.currentIndex()
        if index < 0:
            return
        name, weights = self.filters[index]
        out, in_ = (tile, 0) if weights.shape[1] == 1 else (self.filterChannelSpin.value(), tile)
        self.edited_kernel = (name, out, in_)
        kernel = weights[out, in_]
        table = self.filterEditor
        table.blockSignals(True)
        table.setRowCount(kernel.shape[0])
        table.setColumnCount(kernel.shape[1])
        for y in range(kernel.shape[0]):
            for x in range(kernel.shape[1]):
                item = QTableWidgetItem(number(kernel[y, x], ".3f"))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(y, x, item)
            table.setColumnWidth(y, 58)
        table.setFixedSize(58 * kernel.shape[1] + 4, table.rowHeight(0) * kernel.shape[0] + 4)
        table.blockSignals(False)
        which = (tr("{layer} filter {filter}, input channel {channel}").format(layer=name, filter=out, channel=in_)
                 if weights.shape[1] > 1 else tr("{layer} filter {filter}").format(layer=name, filter=out))
        self.filterEditHelp.setText(tr("{which}: type new weights and watch the prediction and the maps change. "
                                       "Reset (right) brings back the trained ones.").format(which=which))

    def _kernel_cell_edited(self, row: int, column: int) -> None:
        if self.edited_kernel is None:
            return
        name, out, in_ = self.edited_kernel
        kernel = table_values(self.filterEditor, limit=100)  # a weight that isn't a number, or is absurd, counts as 0
        self.state.set_edits(self.state.edits.with_kernel(name, out, in_, kernel))

    def _request_accuracy(self) -> None:
        """Test accuracy of the trained model and of the edited one, in the background: one evaluation at a
        time, and while one runs only the newest edit waits (a student toggling fast queues nothing)."""
        if self.state.trained is None or self.jobs.closed:
            return
        if self.state.edits.empty:
            self.ablationAccuracyLabel.setText("")
            return
        self._show_accuracy()
        self.jobs.request("accuracy", self._start_accuracy)

    def _start_accuracy(self):
        """A task for the first of the trained and the edited model whose accuracy is missing (None: none is)."""
        if self.state.edits.empty:
            return None
        try:
            source = self.state.test_source()
        except Exception:  # noqa: BLE001 - no test set: say so, never fail
            self.ablationAccuracyLabel.setText(tr("Test accuracy unavailable: the model's test set is not here."))
            return None
        state = self.state
        wanted = [(p, v) for p, v in ((state.trained, state.trained_version), (state.predictor, state.model_version))
                  if v not in self._accuracy_cache]
        if not wanted:
            return None
        predictor, key = wanted[0]
        return self.jobs.run("accuracy", self._compute_accuracy, source, predictor.model, predictor.normalization,
                             on_result=lambda acc: self._accuracy_ready(key, acc), on_failed=self._accuracy_failed)

    def _compute_accuracy(self, task_state, source, model, normalization) -> float:
        from cnngui.core.evaluation import accuracy_on

        use_one_thread()
        images, labels = self.state.test_split(*source)
        return accuracy_on(model, images, labels, normalization, cancelled=lambda: task_state.cancelled)

    def _accuracy_ready(self, key: int, accuracy: float) -> None:
        self._accuracy_cache[key] = accuracy
        self._show_accuracy()
        self.jobs.request("accuracy", self._start_accuracy)  # the other model, or the newest edit, if still missing

    def _accuracy_failed(self, message: str) -> None:
        self.ablationAccuracyLabel.setText(tr("Test accuracy unavailable: {message}").format(message=message))

    def _show_accuracy(self) -> None:
        if self.state.edits.empty or self.state.trained is None:
            return
        cache = self._accuracy_cache
        before = cache.get(self.state.trained_version)
        after = cache.get(self.state.model_version)
        text = lambda acc: "…" if acc is None else number(acc, ".2%")  # noqa: E731
        self.ablationAccuracyLabel.setText(tr("Test accuracy: trained {text} → with these changes "
                                           "<b>{text2}</b>").format(text=text(before), text2=text(after)))

    # ---- hierarchy: top patches in the background ---------------------------------------------
    def _model_key(self) -> int:
        return self.state.model_version

    def _request_patches(self, channel: int) -> None:
        if self.jobs.closed or not self.isVisible():
            self._stale = True  # fetched when the tab is shown
            return
        key = (self._model_key(), self.layer_index)
        if key in self._patch_cache:
            self._show_patches(channel)
            return
        spec = self.state.model_dataset
        self.patchText.setText(tr("Searching the {dataset} test set…").format(dataset=spec.title))
        for label in self.patch_labels:
            label.clear()
        self.jobs.request("patches", self._start_patches)

    def _start_patches(self):
        """A search for the current model and layer (None: it is cached, or the tab is closed)."""
        key = (self._model_key(), self.layer_index)
        if key in self._patch_cache:
            return None
        try:
            source = self.state.test_source()
        except Exception as exc:  # noqa: BLE001 - shown in the panel
            self.patchText.setText(tr("Top patches unavailable: {message}").format(message=exc))
            return None
        predictor, layer = self.state.predictor, self.layer_index
        return self.jobs.run("patches", self._compute_patches, source, predictor.model, layer, predictor.normalization,
                             on_result=lambda result: self._patches_ready(key, result),
                             on_failed=lambda message: self._patches_failed(key, message))

    def _compute_patches(self, task_state, source, model, layer, normalization):
        from cnngui.core.training import network_input

        use_one_thread()  # never slow down a training run
        images, _ = self.state.test_split(*source)
        maxima, positions = channel_maxima(model, network_input(images, normalization), layer, batch_size=500,
                                           cancelled=lambda: task_state.cancelled)
        return maxima, positions, images

    def _patches_failed(self, key, message: str) -> None:
        self.patchText.setText(tr("Top patches unavailable: {message}").format(message=message))

    def _patches_ready(self, key, result) -> None:
        self._patch_cache[key] = result
        if key == (self._model_key(), self.layer_index):
            self._show_patches(self.unit[0])
        else:
            self._request_patches(self.unit[0])  # the model or layer changed meanwhile: search for the newest

    def _show_patches(self, channel: int) -> None:
        maxima, positions, images = self._patch_cache[(self._model_key(), self.layer_index)]
        info, rf = self.infos[self.layer_index], self.rfs[self.layer_index]
        if self.state.edits.is_off(info.name, channel):
            self.current_patches = []
            for label in self.patch_labels:
                label.clear()
            self.patchText.setText(tr("{layer} channel {channel} is switched off: no image excites it.").format(
                layer=info.name, channel=channel))
            return
        patches = top_patches(images, maxima, positions, info.output_shape, rf, channel)
        self.current_patches = patches
        for label, patch in zip(self.patch_labels, patches):
            label.setPixmap(self._patch_pixmap(images[patch.image_index].numpy() / 255.0, patch.region,
                                               label.width() - 2))
            label.setToolTip(tr("test image #{index}: activation {activation}").format(
                index=patch.image_index, activation=number(patch.activation, ".3f")))
        spec = self.state.model_dataset
        size = (tr("whole images") if rf.whole_image
                else tr("its {size}x{size} receptive field, outlined").format(size=rf.size))
        self.patchText.setText(tr("{layer} channel {channel}: the 9 {dataset} test images with its strongest "
                                  "response, shown around {what}. Early layers respond to edges and stroke pieces; "
                                  "deeper ones to larger shapes.").format(layer=info.name, channel=channel,
                                                                          dataset=spec.title, what=size))

    @staticmethod
    def _patch_pixmap(image: np.ndarray, region: tuple[int, int, int, int], side: int) -> QPixmap:
        """The receptive field with a little context around it, its outline in orange."""
        top, left, bottom, right = context_window(region, size=image.shape[0])
        crop = image[top:bottom, left:right]
        pixmap = pixmap_of(crop, side)
        if region != (0, 0, *image.shape):
            cell = pixmap.width() / crop.shape[1]
            painter = QPainter(pixmap)
            painter.setPen(QPen(QColor("#ffa500"), 2))
            painter.drawRect(QRectF((region[1] - left) * cell + 1, (region[0] - top) * cell + 1,
                                    (region[3] - region[1]) * cell - 2, (region[2] - region[0]) * cell - 2))
            painter.end()
        return pixmap

    def shutdown(self) -> None:
        self.jobs.close()

    # ---- what a lesson may do here -------------------------------------------------------------
    def lesson_hooks(self) -> LessonHooks:
        return LessonHooks(parts={"switch-off": [self.editsBox], "top-patches": [self.patchBox],
                                  "structure": [self.structureLabel]})
