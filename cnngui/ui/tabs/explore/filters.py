"""Explore's filters: each conv layer's kernels, and a kernel edited by hand."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnngui.i18n import number, tr
from cnngui.ui.look.colormaps import DIVERGING
from cnngui.ui.widgets.flow_layout import FlowLayout, group
from cnngui.ui.widgets.lab_grid import table_values
from cnngui.ui.widgets.mosaic import MosaicView


class FiltersPanel:
    """The "Filters" page of ExploreTab."""

    def _build_filters_page(self) -> QWidget:
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
        return filter_page

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
