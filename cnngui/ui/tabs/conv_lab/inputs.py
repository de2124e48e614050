"""The convolution lab's material: the input map (the drawing, or a channel of a layer of the model) and the
kernel (a classic one, one the student edits, or one the model learnt), each following the app's state."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QTableWidgetItem,
)

from cnngui.core.data.strokes import render_digit
from cnngui.core.inspection.conv_lab import CLASSIC_KERNELS
from cnngui.core.inspection.introspection import conv_kernel, feature_maps
from cnngui.i18n import tr
from cnngui.ui.widgets.lab_grid import table_values, typed_number

KERNEL_LIMIT = 1000  # a painted kernel's cells: any number a student types, within reason


class LabInputs:
    """The convolution lab's material: the input map (the drawing, or a channel of a layer of the model) and the"""

    def _preprocessed(self):
        prediction = self.state.prediction
        return prediction.preprocessed if prediction is not None else self.state.preprocess(render_digit(7))

    def _model_changed(self) -> None:
        predictor = self.state.predictor
        if predictor is None:
            return
        from cnngui.core.network.architecture import describe

        self.infos = describe(self.state.checkpoint.arch, self.state.model_dataset.input_shape)
        current = self.labInputCombo.currentData()
        for combo in (self.labInputCombo, self.labFilterLayerCombo):
            combo.blockSignals(True)
            combo.clear()
        self.labInputCombo.addItem(tr("Your drawing: pixels 0 … 1"), "pixels")
        self.labInputCombo.addItem(tr("Your drawing: the network input (normalised)"), "network")
        for index, info in enumerate(self.infos):
            if len(info.output_shape) == 3:
                c, h, w = info.output_shape
                self.labInputCombo.addItem(tr("{layer} output ({c} maps of {h}×{w})").format(
                    layer=info.name, c=c, h=h, w=w),
                                           f"layer:{index}")
            if info.has_filters:
                self.labFilterLayerCombo.addItem(info.name, info.name)
        self.labInputCombo.setCurrentIndex(max(0, self.labInputCombo.findData(current)))
        for combo in (self.labInputCombo, self.labFilterLayerCombo):
            combo.blockSignals(False)
        self._input_changed()

    def _input_changed(self) -> None:
        """A new drawing: recompute when the tab is seen, not on every pen event while another tab is."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        pre = self._preprocessed()
        self.maps = feature_maps(self.state.predictor.model, pre.tensor) if self.state.predictor else []
        self.pre = pre
        self.rebuild()

    def input_map(self) -> tuple[np.ndarray, str, bool]:
        """(the 2-D map the kernel slides over, what it is, whether it is a picture in 0…1)."""
        source = self.labInputCombo.currentData() or "pixels"
        if source == "pixels":
            self.labChannelSpin.setEnabled(False)
            return self.pre.image28, tr("your drawing (pixels 0 … 1)"), True
        if source == "network":
            self.labChannelSpin.setEnabled(False)
            return self.pre.tensor[0, 0].numpy(), tr("your drawing as the network receives it (normalised)"), False
        index = int(source.split(":")[1])
        maps = self.maps[index]
        self.labChannelSpin.setEnabled(True)
        self.labChannelSpin.blockSignals(True)
        self.labChannelSpin.setMaximum(maps.shape[0] - 1)
        self.labChannelSpin.blockSignals(False)
        channel = self.labChannelSpin.value()
        return maps[channel], tr("{layer} channel {channel} for your drawing").format(layer=self.infos[index].name,
                                                                                     channel=channel), False

    def kernel(self) -> tuple[np.ndarray, float, str]:
        """(kernel, bias, what it is)."""
        choice = self.labKernelCombo.currentData() or "classic:Vertical edge"
        learned = choice == "learned"
        custom = choice.startswith("custom:")
        self.learnedBox.setVisible(learned)
        self.kernelEditor.setVisible(custom)
        if learned and self.labFilterLayerCombo.count():
            name = self.labFilterLayerCombo.currentData()
            weights = dict(self.state.predictor.model.named_children())[name].weight
            for spin, limit in ((self.labFilterSpin, weights.shape[0] - 1),
                                (self.labFilterInSpin, weights.shape[1] - 1)):
                spin.blockSignals(True)
                spin.setMaximum(limit)
                spin.blockSignals(False)
            self.labFilterInSpin.setEnabled(weights.shape[1] > 1)
            out, in_ = self.labFilterSpin.value(), self.labFilterInSpin.value()
            kernel, bias = conv_kernel(self.state.predictor.model, name, out, in_)
            if weights.shape[1] > 1:  # only one slice of the filter: its bias belongs to the sum over channels
                bias = 0.0
                what = tr("{layer} filter {filter}, input channel {channel} (learned)").format(layer=name, filter=out,
                                                                                             channel=in_)
            else:
                what = tr("{layer} filter {filter} (learned)").format(layer=name, filter=out)
            return kernel, bias, what
        if custom:
            return self._custom_kernel(int(choice.split(":")[1])), 0.0, tr("your own kernel")
        if learned:  # the model has no conv layer (a dense network, say): nothing learned to show
            return CLASSIC_KERNELS["Vertical edge"], 0.0, tr("the vertical edge kernel: this model has no "
                                                             "convolution layer, so no learned filter")
        name = choice.split(":", 1)[1]
        return CLASSIC_KERNELS[name], 0.0, tr("the kernel “{name}”").format(name=tr(name))

    def _custom_kernel(self, k: int) -> np.ndarray:
        table = self.kernelEditor
        if table.rowCount() != k or table.item(0, 0) is None:
            table.blockSignals(True)
            table.setRowCount(k)
            table.setColumnCount(k)
            start = np.zeros((k, k), dtype=np.float32)
            start[k // 2, k // 2] = 1  # identity: the student changes it from there
            for y in range(k):
                for x in range(k):
                    item = QTableWidgetItem(f"{start[y, x]:g}")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    table.setItem(y, x, item)
                table.setColumnWidth(y, 44)
            table.blockSignals(False)
        return table_values(table, KERNEL_LIMIT)

    def _kernel_edited(self, row: int, column: int) -> None:
        item = self.kernelEditor.item(row, column)
        if typed_number(item.text(), KERNEL_LIMIT) is None:
            self.kernelEditor.blockSignals(True)
            item.setText("0")
            self.kernelEditor.blockSignals(False)
            self.state.messages.status(tr("A kernel cell holds a number from -1000 to 1000; it was set to 0."))
        self.rebuild()

