"""The app's exception hook: a dialog with "Copy details", a log entry, and nothing lost."""

import sys

import numpy as np
from PySide6.QtWidgets import QApplication, QMessageBox

from cnngui.core.data.strokes import render_digit
from cnngui.ui.crash import CrashReporter


def test_an_unexpected_error_shows_a_dialog_logs_it_and_keeps_the_state(make_window, tmp_path):
    window = make_window("draw_tab")
    window.state.show_picture(np.asarray(render_digit(3), dtype=np.float32) / 255, "a three")
    model, picture = window.state.checkpoint, window.state.picture
    reporter = CrashReporter(window, tmp_path)
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError:
        reporter(*sys.exc_info())
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "crashDialog" and b.isVisible()]
    assert len(boxes) == 1 and "ZeroDivisionError: division by zero in a slot" in boxes[0].text()
    log = (tmp_path / "errors.log").read_text()
    assert "Traceback" in log and "ZeroDivisionError" in log and "cnngui" in log
    copy = next(b for b in boxes[0].buttons() if b.text() == "Copy details")
    copy.click()
    assert "ZeroDivisionError" in QApplication.clipboard().text() and boxes[0].isVisible()
    assert window.state.checkpoint is model and window.state.picture is picture  # nothing reset
    assert window.draw_tab.predictionLabel.text() == "3"
    for _ in range(10):  # a storm of errors is logged but does not bury the window in dialogs
        try:
            raise ValueError("again")
        except ValueError:
            reporter(*sys.exc_info())
    assert len([b for b in window.findChildren(QMessageBox) if b.objectName() == "crashDialog" and b.isVisible()]) == 3
    assert (tmp_path / "errors.log").read_text().count("ValueError: again") == 10
