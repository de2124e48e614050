"""A row of controls that wraps onto another line where it lacks the room.

A tool row laid out by a QHBoxLayout needs the width of all its buttons: in German, or at 200%
zoom, that width squeezed the panel beside it until its texts were cut. This layout asks for one
line when it can have it, and otherwise breaks the row between items (keep what belongs
together, a label and its slider, in one widget). Items added after `add_stretch()` sit at the
right end of whichever line they land on, like the far side of a stretch in a box layout.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QVBoxLayout, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6, line_spacing: int = 4,
                 align_top: bool = False) -> None:
        """`align_top`: items of different heights line up at their tops (pictures with captions)
        rather than at their middles (a checkbox beside a button)."""
        super().__init__(parent)
        self._top = align_top
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None
        self._filling: list[QLayoutItem] = []  # items that take the rest of their line
        self._gap = spacing
        self._line_gap = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # ---- what Qt asks a layout -----------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_stretch(self) -> None:
        """The items added from now on go to the right end of their line."""
        self._right_from = len(self._items)

    def add_filling(self, widget: QWidget) -> None:
        """Add `widget` to take the rest of the line it lands on (a wrapping text: fewer lines)."""
        self.addWidget(widget)
        self._filling.append(self._items[-1])

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if self._right_from is not None and index < self._right_from:
            self._right_from -= 1
        item = self._items.pop(index)
        self._filling = [kept for kept in self._filling if kept is not item]
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for _, item in shown) + self._gap * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for _, item in shown), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:
        """The widest item alone on its line."""
        size = QSize()
        for _, item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + self._margins()

    # ---- placing ---------------------------------------------------------------------------------
    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[tuple[bool, QLayoutItem]]:
        """(goes right, item) for each item not hidden."""
        right_from = len(self._items) if self._right_from is None else self._right_from
        return [(i >= right_from, item) for i, item in enumerate(self._items) if not item.isEmpty()]

    def _fills(self, item: QLayoutItem) -> bool:
        return any(filling is item for filling in self._filling)

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Break the items into lines that fit `rect`'s width; place them if asked. Returns the height."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[bool, QLayoutItem, int]]] = [[]]
        used = 0
        for right, item in self._shown():
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and used + self._gap + width > area.width():
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + width
            lines[-1].append((right, item, width))
        for line in lines:  # a filling item takes what its line leaves over
            spare = area.width() - sum(w for _, _, w in line) - self._gap * (len(line) - 1)
            for k, (right, item, width) in enumerate(line):
                if spare > 0 and self._fills(item):
                    line[k] = (right, item, width + spare)
                    break
        y = area.y()
        for line in lines:
            height = max((_height(item, width) for _, item, width in line), default=0)
            if place:
                rights = [(item, width) for right, item, width in line if right]
                x = area.x()
                for right, item, width in line:
                    if not right:
                        self._put(item, x, y, width, height)
                        x += width + self._gap
                x = area.right() + 1 - sum(w for _, w in rights) - self._gap * max(0, len(rights) - 1)
                for item, width in rights:
                    self._put(item, x, y, width, height)
                    x += width + self._gap
            y += height + self._line_gap
        return y - self._line_gap - rect.y() + m.bottom()

    def _put(self, item: QLayoutItem, x: int, y: int, width: int, line_height: int) -> None:
        height = _height(item, width)
        top = y if self._top else y + (line_height - height) // 2
        item.setGeometry(QRect(QPoint(x, top), QSize(width, height)))


def _height(item: QLayoutItem, width: int) -> int:
    """An item's height at `width`: more lines for a wrapping text."""
    return max(item.heightForWidth(width), item.sizeHint().height()) if item.hasHeightForWidth() else \
        item.sizeHint().height()


def group(*widgets: QWidget, spacing: int = 6, vertical: bool = False) -> QWidget:
    """Widgets that stay together as one item of a FlowLayout: side by side (a label and its
    control) or, `vertical`, one above the other (a picture and its caption, centred)."""
    box = QWidget()
    row = QVBoxLayout(box) if vertical else QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter if vertical else Qt.AlignmentFlag(0))
    if vertical:
        row.addStretch(1)
    return box
