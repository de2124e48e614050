"""Explore's hierarchy: the test images whose patches excite the selected channel most, searched in the background."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QGroupBox, QVBoxLayout, QWidget

from cnngui.core.inspection.introspection import channel_maxima, context_window, top_patches
from cnngui.i18n import number, tr
from cnngui.ui.look.appearance import sized
from cnngui.ui.tabs.explore.common import PATCH_VIEW, RF_VIEW, Caption
from cnngui.ui.torch_threads import use_one_thread
from cnngui.ui.widgets.images import picture_label, pixmap_of


class PatchesPanel:
    """The "Top test images" box of ExploreTab."""

    def _build_patch_box(self) -> QGroupBox:
        self.topPatchesView = QWidget(objectName="topPatchesView")
        grid = QGridLayout(self.topPatchesView)
        grid.setSpacing(4)
        self.patch_labels = []
        for i in range(9):
            label = picture_label(size=PATCH_VIEW)
            grid.addWidget(label, i // 3, i % 3)
            self.patch_labels.append(label)
        self.patchText = Caption(objectName="patchText", wordWrap=True)
        sized(self.patchText, max_w=RF_VIEW + 40)
        self.patchBox = patch_box = QGroupBox(tr("Top test images for this channel"))
        patch_layout = QVBoxLayout(patch_box)
        patch_layout.addWidget(self.topPatchesView, 0, Qt.AlignmentFlag.AlignHCenter)
        patch_layout.addWidget(self.patchText)
        return patch_box

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
        except Exception as exc:
            self.patchText.setText(tr("Top patches unavailable: {message}").format(message=exc))
            return None
        predictor, layer = self.state.predictor, self.layer_index
        return self.jobs.run("patches", self._compute_patches, source, predictor.model, layer, predictor.normalization,
                             on_result=lambda result: self._patches_ready(key, result),
                             on_failed=lambda message: self._patches_failed(key, message))

    def _compute_patches(self, task_state, source, model, layer, normalization):
        from cnngui.core.data.normalize import network_input

        use_one_thread()  # never slow down a training run
        images, _ = self.state.test_split(*source)
        maxima, positions = channel_maxima(model, network_input(images, normalization), layer, batch_size=500,
                                           cancelled=lambda: task_state.stop_requested)
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
