"""Explore's receptive field: what the selected unit sees of the input, outlined, with its gradient as heat."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from cnngui.i18n import tr
from cnngui.ui.look.appearance import sized
from cnngui.ui.tabs.explore.common import RF_VIEW, Caption


class ReceptiveFieldPanel:
    """The "What the selected unit sees" box of ExploreTab."""

    def _build_rf_box(self) -> QGroupBox:
        self.receptiveFieldView = QLabel(objectName="receptiveFieldView")
        sized(self.receptiveFieldView, fixed_w=RF_VIEW, fixed_h=RF_VIEW)
        self.rfText = Caption(objectName="rfText", wordWrap=True)
        sized(self.rfText, min_w=RF_VIEW, max_w=RF_VIEW + 40)
        rf_box = QGroupBox(tr("What the selected unit sees"))
        rf_layout = QVBoxLayout(rf_box)
        rf_layout.addWidget(self.receptiveFieldView, 0, Qt.AlignmentFlag.AlignHCenter)
        rf_layout.addWidget(self.rfText)
        return rf_box

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
        painter.drawRect(QRectF(left * cell + 1.5, top * cell + 1.5, (right - left) * cell - 3,
                                (bottom - top) * cell - 3))
        painter.end()
        self.receptiveFieldView.setPixmap(pixmap)
