"""A splitter from (widget, stretch) pairs: the way every tab shares its room between panels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


def splitter(orientation: Qt.Orientation, *parts: tuple[QWidget, int], name: str = "") -> QSplitter:
    """Panels side by side (or stacked), each getting room in proportion to its stretch."""
    split = QSplitter(orientation, objectName=name) if name else QSplitter(orientation)
    for index, (widget, stretch) in enumerate(parts):
        split.addWidget(widget)
        split.setStretchFactor(index, stretch)
    return split
