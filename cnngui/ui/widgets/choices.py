"""A combo box filled from a list that is read again and again (the class's challenges, datasets,
questions, read from the server every few seconds): refilled only where the list changed, and what
the user had chosen stays chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, items: list[tuple[str, object, str]]) -> None:
    """Put `items` ((text, data, tooltip) each; "" for no tooltip) in `combo` if they are not what it holds;
    the item whose data was chosen stays chosen, else the first. No signal while it refills: the caller
    shows what the choice means once, after."""
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == [(t, d) for t, d, _ in items]:
        return
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data, tooltip in items:
        combo.addItem(text, data)
        if tooltip:
            combo.setItemData(combo.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)
    keys = [data for _, data, _ in items]
    combo.setCurrentIndex(keys.index(current) if current in keys else 0)
    combo.blockSignals(False)
