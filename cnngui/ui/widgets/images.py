"""Small helpers for showing arrays as pictures."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from cnngui.ui.look.appearance import sized
from cnngui.ui.widgets.canvas import array_to_qimage


def pixmap_of(array: np.ndarray, size: int, smooth: bool = False) -> QPixmap:
    """A greyscale [0,1] array as a pixmap `size` pixels on its longer side (crisp pixels by default)."""
    image = array_to_qimage(array)
    mode = Qt.TransformationMode.SmoothTransformation if smooth else Qt.TransformationMode.FastTransformation
    return QPixmap.fromImage(image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, mode))


def picture_label(object_name: str = "", size: int = 140, zoomed: bool = True) -> QLabel:
    """A black square for a picture, `size` px at 100%; `zoomed`: it grows with the zoom (fill it
    with pixmaps of label.width() - 2). Rows of small pictures stay put, or they'd push the window
    wider than a projector at 200%."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    if zoomed:
        sized(label, fixed_w=size, fixed_h=size)
    else:
        label.setFixedSize(size, size)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("background: black; border: 1px solid #888")  # not opaque: a style sheet's background
    return label  # is not painted for a widget marked opaque (noise showed around a narrow picture)


def rgb_pixmap(rgb: np.ndarray, size: int) -> QPixmap:
    """An RGB uint8 array [H, W, 3] as a pixmap `size` pixels on its longer side, crisp pixels."""
    from PySide6.QtGui import QImage

    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.FastTransformation))


def still_plot(object_name: str):
    """A pyqtgraph plot that only shows: no panning, zooming, context menu or auto-range button."""
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.setObjectName(object_name)
    plot.setMouseEnabled(False, False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    return plot
