"""Keyboard: tabs, training and the shortcut list, pressed as a user would."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget


def test_keys_switch_tabs_drive_training_and_are_all_listed(make_window, qtbot, tiny_data):
    from PySide6.QtWidgets import QApplication

    window = make_window("draw_tab")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts go to the active window
    qtbot.keyClick(window.mainTabs.currentWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.mainTabs.currentWidget() is window.train_tab
    qtbot.keyClick(window.mainTabs.currentWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.mainTabs.currentWidget() is window.evaluate_tab

    tab = window.train_tab
    tab.data_provider = lambda: tiny_data
    tab.runs_root = None
    tab.recipe.deviceCombo.setCurrentIndex(tab.recipe.deviceCombo.findData("cpu"))
    tab.recipe.epochsSpin.setValue(50)
    tab.recipe.batchSizeSpin.setValue(8)
    qtbot.keyClick(window.mainTabs.currentWidget(), Qt.Key.Key_F5)  # start, from whichever tab
    assert tab.running and window.mainTabs.currentWidget() is tab
    window.mainTabs.setCurrentWidget(window.draw_tab)
    qtbot.keyClick(window.mainTabs.currentWidget(), Qt.Key.Key_F6)  # pause, staying where we are
    assert tab.pauseButton.text() == "Resume" and window.mainTabs.currentWidget() is window.draw_tab
    qtbot.keyClick(window.mainTabs.currentWidget(), Qt.Key.Key_F6)
    assert tab.pauseButton.text() == "Pause"
    qtbot.keyClick(window.mainTabs.currentWidget(), Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # stop
    qtbot.waitUntil(lambda: not tab.running, timeout=20_000)

    qtbot.keyClick(window.mainTabs.currentWidget(), Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    whats = {what for _, _, what in rows}
    assert {"Start training", "Pause or resume", "Stop training", "Undo the last stroke", "Clear the canvas",
            "Go to Draw", "Keyboard shortcuts"} <= whats
    assert any(where == "Convolution" and keys == "Space" for where, keys, _ in rows)
    assert ("Lesson", "1 … 9", "choose an answer to the step's question") in rows  # a question box's own keys
    dialog.close()
