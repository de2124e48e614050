"""The Explore tab: structure, filters, live feature maps, receptive fields and top patches.

Click any unit of any layer: its theoretical receptive field is outlined on the input and
its effective receptive field (the input gradient) is shown as a heat map; the test-set
patches that excite its channel most appear beside it, computed in the background.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.data.strokes import render_digit
from cnngui.core.inspection.introspection import conv_filters, feature_maps, unit_gradient
from cnngui.core.network.architecture import dense_comparison, describe
from cnngui.i18n import number, tr
from cnngui.ui.app_state import AppState
from cnngui.ui.look import access
from cnngui.ui.look.appearance import sized, text_style, zoom
from cnngui.ui.tabs import LessonHooks
from cnngui.ui.tabs.base import Tab
from cnngui.ui.tabs.explore.edits import EditsPanel
from cnngui.ui.tabs.explore.filters import FiltersPanel
from cnngui.ui.tabs.explore.maps import MapsPanel
from cnngui.ui.tabs.explore.patches import PatchesPanel
from cnngui.ui.tabs.explore.receptive_field import ReceptiveFieldPanel


def default_layer(infos) -> int:
    """The layer to open first: the second conv layer (conv2 of the seed), else the first, else the first layer."""
    convs = [i for i, info in enumerate(infos) if info.has_filters]
    return convs[1] if len(convs) > 1 else (convs[0] if convs else 0)


class ExploreTab(MapsPanel, FiltersPanel, ReceptiveFieldPanel, EditsPanel, PatchesPanel, Tab):
    def __init__(self, state: AppState, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(state, settings, parent)
        self.pre = state.preprocess(render_digit(3))
        self.input_source = tr("an example (draw your own in the Draw tab)")
        self.maps: list[np.ndarray] = []
        self.infos: list = []
        self.layer_index = 0
        self.unit = (0, 5, 5)
        self._stale = True
        self._patch_cache: dict[tuple[int, int], tuple] = {}
        self._accuracy_cache: dict[int, float | None] = {}  # model version -> test accuracy
        self._shown_shape: tuple | None = None  # the selected layer's shape, to keep the unit across edits
        self._build()
        self.announcer = access.Announcer(self.mapsTitle, self._answer_words)  # the answer, once it settles
        state.sig_model_changed.connect(self._model_changed)
        state.sig_input_changed.connect(self._input_changed)
        state.sig_unit_selected.connect(self._unit_selected)
        self._model_changed()

    # ---- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.views = QTabWidget(objectName="exploreViews")
        self.views.addTab(self._build_maps_page(), tr("Feature maps"))
        self.views.addTab(self._build_filters_page(), tr("Filters"))
        layout = QHBoxLayout(self)
        layout.addLayout(self._build_layer_list(), 0)
        layout.addWidget(self.views, 1)
        layout.addWidget(self._build_details(), 0)

    def _build_layer_list(self) -> QVBoxLayout:
        self.explorerLayerList = QListWidget(objectName="explorerLayerList")
        self.explorerLayerList.currentRowChanged.connect(self._layer_selected)
        sized(self.explorerLayerList, min_w=170)
        self.explorerLayerList.setWordWrap(True)  # a narrow list (beside a lesson) wraps its rows, not cuts them
        self.explorerLayerList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.explorerLayerList.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.structureLabel = QLabel(objectName="structureLabel", wordWrap=True)
        text_style(self.structureLabel)
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("<b>Layers</b> (choose one)")))
        left.addWidget(self.explorerLayerList, 1)
        left.addWidget(self.structureLabel)
        return left

    def _build_details(self) -> QScrollArea:
        """The column beside the maps: the unit's receptive field, the edits, the top patches."""
        rf_box, edits_box, patch_box = self._build_rf_box(), self._build_edits_box(), self._build_patch_box()
        right_widget = QWidget()
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(rf_box)
        right.addWidget(edits_box)
        right.addWidget(patch_box)
        right.addStretch(1)
        # On a short screen the column scrolls rather than squeezing its captions into the pictures.
        right_scroll = QScrollArea(objectName="exploreDetails", widgetResizable=True)
        right_scroll.setWidget(right_widget)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sized(right_scroll,
              fixed_w=(right_widget.sizeHint().width() + right_scroll.verticalScrollBar().sizeHint().width()) / zoom())
        return right_scroll

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
        self.announcer.request()

    def _answer_words(self) -> tuple[str, str] | None:
        """What the network says of Explore's input (with the switched-off channels, beside the trained one)."""
        if self.state.predictor is None or self.pre is None or self.pre.empty or not self.isVisible():
            return None
        edits = self.state.edits
        if not edits.empty:
            text = QTextDocumentFragment.fromHtml(self._answer_comparison()).toPlainText()
            return f"{self.input_source} {edits.describe()} {text}", text
        said = self.state.predictor.predict_preprocessed(self.pre)
        text = tr("For {source}: the network says {name}, {confidence} sure.").format(
            source=self.input_source, name=said.class_name, confidence=number(said.confidence, ".1%"))
        return text, text

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

    def _unit_selected(self, layer: int, channel: int, y: int, x: int) -> None:
        """A unit chosen elsewhere (a diagram): this layer and unit, shown now or when Explore is next shown."""
        if not self.infos or not 0 <= layer < len(self.infos) or (layer, channel, y,
                                                                  x) == (self.layer_index, *self.unit):
            return
        self.explorerLayerList.blockSignals(True)
        self.explorerLayerList.setCurrentRow(layer)
        self.explorerLayerList.blockSignals(False)
        self.layer_index, self.unit = layer, (channel, y, x)
        if self.isVisible() and self.maps:
            self._show_layer()
        else:
            self._stale = True

    def select_unit(self, channel: int, y: int, x: int) -> None:
        """Outline what unit (channel, y, x) of the current layer sees, and fetch its top patches."""
        shape = self.maps[self.layer_index].shape  # a unit outside this layer is moved to its nearest one
        channel = min(max(0, channel), shape[0] - 1)
        y, x = (min(max(0, y), shape[1] - 1), min(max(0, x), shape[2] - 1)) if len(shape) == 3 else (0, 0)
        self.unit = (channel, y, x)
        if self.featureMapGrid.selected != self.unit:
            self.featureMapGrid.show_chosen(self.unit)
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
        self.state.select_unit(self.layer_index, channel, y, x)  # the diagrams trace its cone

    # ---- switching parts off, editing kernels --------------------------------------------------

    # ---- hierarchy: top patches in the background ---------------------------------------------

    # ---- what a lesson may do here -------------------------------------------------------------
    def lesson_hooks(self) -> LessonHooks:
        return LessonHooks(parts={"switch-off": [self.editsBox], "top-patches": [self.patchBox],
                                  "structure": [self.structureLabel]},
                           reveals=[self.rfText, self.structureLabel])  # a field's size, a filter's
