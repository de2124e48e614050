"""A line of text that changes many times a second (training speed, a live answer).

QLabel.setText asks the whole window to lay itself out again, in case the new text needs
more room: 2-4 ms of the GUI thread per change in the main window, which during training
is taken straight from the trainer on a two-core machine. This widget keeps one line's
height, elides what doesn't fit, and only repaints itself.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class LiveText(QWidget):
    def __init__(self, text: str = "", objectName: str = "", muted: bool = True, parent=None) -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._text = text
        self._muted = muted
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setToolTip(text)  # the whole line, where the widget is too narrow for it
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() + 4)  # never depends on the text: no relayout

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.fontMetrics().height() + 4)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        role = QPalette.ColorRole.PlaceholderText if self._muted else QPalette.ColorRole.WindowText
        painter.setPen(self.palette().color(role))
        rect = self.contentsRect().adjusted(2, 0, -2, 0)
        text = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()


def set_text(label, text: str) -> None:
    """`label.setText(text)` only where the text changes: a label that may change size asks the
    window to lay itself out again on every setText, even with the same words (the Draw tab's
    answer and framing lines, once per pen event)."""
    if label.text() != text:
        label.setText(text)
