"""The mouse wheel scrolls a column; it changes a combo box or a spin box only once that has the focus.

A student scrolling Draw's column with the wheel passed over "Why this answer?" and silently changed the
explained class. As in many apps (Qt Creator's settings, browsers' forms): a choice under the pointer in a
scrolling area takes the focus by a click or Tab only, and a wheel over it while unfocused scrolls the area.
One application-wide filter, so every present and future column behaves alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_guard = None


def _scrolling_parent(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QComboBox):
            return parent
        parent = parent.parentWidget()
    return None


class _WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Polish, QEvent.Type.Wheel) or not isinstance(obj, (QComboBox, QAbstractSpinBox)):
            return False
        area = _scrolling_parent(obj)
        if area is None:
            return False
        if kind == QEvent.Type.Polish:  # the wheel no longer gives the focus (Qt would, before any filter sees it)
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if obj.hasFocus():
            return False
        QCoreApplication.sendEvent(area.verticalScrollBar(), event)  # the column scrolls instead
        return True


def install() -> None:
    """Idempotent; call once a QApplication exists."""
    global _guard
    app = QApplication.instance()
    if _guard is None and app is not None:
        _guard = _WheelGuard(app)
        app.installEventFilter(_guard)
