"""The Draw tab, driven with real mouse events on the canvas."""

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from cnngui.core.data.strokes import place_strokes, render_digit


@pytest.fixture
def window(make_window):
    return make_window("draw_tab")


def _send(widget, kind, pos, buttons):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def draw(qtbot, canvas, strokes):
    """Press, move through each stroke's points in small steps, release — as a hand would."""
    for stroke in strokes:
        points = [QPointF(x, y) for x, y in stroke]
        _send(canvas, QEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton)
        for a, b in itertools.pairwise(points):
            for t in np.linspace(0.2, 1, 5):
                _send(canvas, QEvent.Type.MouseMove, a + (b - a) * float(t), Qt.MouseButton.LeftButton)
            QApplication.processEvents()  # the event loop turns between pen events, as it would live
        _send(canvas, QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)
    qtbot.wait(20)  # let the coalesced prediction run


def canvas_strokes(canvas, digit, **placement):
    side = min(canvas.width(), canvas.height())
    ox, oy = (canvas.width() - side) / 2, (canvas.height() - side) / 2
    return [[(ox + x, oy + y) for x, y in s] for s in place_strokes(digit, size=side, **placement)]


def opened(qtbot, tab, path) -> bool:
    """Open a file through the Draw tab and wait for its background decoding; True if it became the picture."""
    task = tab.open_image(path)
    with qtbot.waitSignal(task.sig_done, timeout=20_000):
        pass
    return task.finished_ok


def test_names(window):
    for name in ["drawCanvas", "predictionLabel", "confidenceLabel", "probabilityChart", "networkInputView",
                 "preprocessStepsView", "clearButton", "undoButton", "strokeWidthSpin", "openImageButton",
                 "randomTestDigitButton"]:
        assert window.findChild(object, name) is not None, name


def test_empty_canvas_shows_no_prediction(window):
    tab = window.draw_tab
    tab.update_prediction()
    assert tab.predictionLabel.text() == "" and tab.last_prediction is None


def test_vertical_bar_is_a_one(qtbot, window):
    canvas = window.draw_tab.canvas
    w, h = canvas.width(), canvas.height()
    draw(qtbot, canvas, [[(w / 2, h * 0.2), (w / 2, h * 0.8)]])
    assert window.draw_tab.predictionLabel.text() == "1"


@pytest.mark.parametrize("digit,placement", [(0, {}), (7, {}), (2, {"box": 0.25, "center": (0.75, 0.25)}),
                                             (4, {"box": 0.9, "slant": 0.25})])
def test_drawn_digits_are_recognised(qtbot, window, digit, placement):
    tab = window.draw_tab
    draw(qtbot, tab.canvas, canvas_strokes(tab.canvas, digit, **placement))
    assert tab.predictionLabel.text() == str(digit)
    assert tab.confidenceLabel.text().endswith("sure")
    assert tab.networkInputView.pixmap() is not None and not tab.networkInputView.pixmap().isNull()
    assert tab.step_captions[3].text().startswith("centred 28x28")


def test_prediction_updates_while_drawing(qtbot, window):
    tab = window.draw_tab
    seen = []
    window.state.sig_input_changed.connect(lambda: seen.append(p.index if (p := window.state.prediction) else None))
    strokes = canvas_strokes(tab.canvas, 7)
    draw(qtbot, tab.canvas, strokes)
    assert len(seen) >= 2 and seen[-1] == 7  # it answered during the stroke, not only at its end


def test_undo_and_clear(qtbot, window):
    tab = window.draw_tab
    canvas = tab.canvas
    w, h = canvas.width(), canvas.height()
    draw(qtbot, canvas, [[(w / 2, h * 0.2), (w / 2, h * 0.8)]])
    draw(qtbot, canvas, [[(w * 0.3, h * 0.5), (w * 0.7, h * 0.5)]])
    assert len(canvas.strokes) == 2
    qtbot.mouseClick(tab.undoButton, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert len(canvas.strokes) == 1 and tab.predictionLabel.text() == "1"
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert canvas.is_empty() and tab.predictionLabel.text() == ""
    draw(qtbot, canvas, [[(w / 2, h * 0.2), (w / 2, h * 0.8)]])
    qtbot.mouseClick(tab.clearButton, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert canvas.is_empty() and int(canvas.as_array().max()) == 0 and tab.predictionLabel.text() == ""


def test_open_valid_images_either_polarity(qtbot, window, tmp_path):
    tab = window.draw_tab
    render_digit(5, invert=True).save(tmp_path / "five.png")
    render_digit(8).convert("RGB").save(tmp_path / "eight.jpg", quality=90)
    assert opened(qtbot, tab, tmp_path / "five.png")
    qtbot.wait(20)
    assert tab.predictionLabel.text() == "5"
    assert opened(qtbot, tab, tmp_path / "eight.jpg")
    qtbot.wait(20)
    assert tab.predictionLabel.text() == "8"


def test_invalid_files_get_a_message(qtbot, window, tmp_path):
    tab = window.draw_tab
    (tmp_path / "notes.png").write_text("this is not a picture")
    (tmp_path / "empty.bmp").write_bytes(b"")
    for name, words in (("notes.png", "not an image"), ("empty.bmp", "empty file"), ("absent.png", "does not exist")):
        assert not opened(qtbot, tab, tmp_path / name)
        texts = [b.text() for b in tab.findChildren(QMessageBox)]
        assert any(words in t for t in texts), (name, texts)


def test_paste_from_clipboard(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    image = QImage(str(_save_tmp_digit(6)))
    QGuiApplication.clipboard().setImage(image)
    assert window.draw_tab.paste()
    qtbot.waitUntil(lambda: window.draw_tab.predictionLabel.text() == "6")  # decoded in the background


def test_a_pasted_or_dropped_picture_is_decoded_off_the_gui_thread(qtbot, window, monkeypatch):
    """A monkey run stalled the window 1,205 ms on Paste: the picture was decoded and framed on the GUI thread."""
    import threading

    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent, QGuiApplication

    from cnngui.ui.tabs.draw import sources

    threads, decode = [], sources._decode_picture
    monkeypatch.setattr(sources, "_decode_picture",
                        lambda state, picture: threads.append(threading.current_thread()) or decode(state, picture))
    image = QImage(str(_save_tmp_digit(3)))
    QGuiApplication.clipboard().setImage(image)
    tab = window.draw_tab
    assert tab.paste()
    qtbot.waitUntil(lambda: tab.predictionLabel.text() == "3" and "Pasted" in tab.sourceLabel.text())
    mime = QMimeData()
    mime.setImageData(QImage(str(_save_tmp_digit(8))))
    tab.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: tab.predictionLabel.text() == "8" and "Dropped" in tab.sourceLabel.text())
    assert len(threads) == 2 and threading.main_thread() not in threads


def _save_tmp_digit(digit):
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / f"{digit}.png"
    render_digit(digit, invert=True).save(path)
    return path


def test_random_mnist_digit_shows_its_true_label(qtbot, window):
    tab = window.draw_tab
    qtbot.mouseClick(tab.randomTestDigitButton, Qt.MouseButton.LeftButton)  # the test set loads in the background
    qtbot.waitUntil(lambda: tab.true_label is not None, timeout=20_000)
    assert f"(true: {tab.true_label})" in tab.sourceLabel.text() and "MNIST test image #" in tab.sourceLabel.text()
    answer = tab.predictionLabel.text()  # a digit, or "?" for the ~2% of test digits flagged "not sure"
    assert answer.isdigit() or (answer == "?" and tab.last_prediction.not_sure)
    explore = window.explore_tab  # the other views follow the same state
    assert explore.input_source == window.state.picture_source and "MNIST test image" in explore.input_source


def test_new_model_refreshes_the_prediction(qtbot, window, seed_checkpoint):
    tab = window.draw_tab
    w, h = tab.canvas.width(), tab.canvas.height()
    draw(qtbot, tab.canvas, [[(w / 2, h * 0.2), (w / 2, h * 0.8)]])
    before = list(tab.last_prediction.probabilities)
    assert window.open_model(seed_checkpoint)
    qtbot.wait(20)
    assert "model.pt" in tab.modelInfo.text()
    assert tab.last_prediction.probabilities != before


def test_drop_an_image_file(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    render_digit(2, invert=True).save(tmp_path / "two.png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "two.png"))])
    tab = window.draw_tab
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(event)  # decoded in the background, like an opened file
    qtbot.waitUntil(lambda: tab.predictionLabel.text() == "2", timeout=20_000)
    assert "two.png" in tab.sourceLabel.text()


def test_a_stroke_repaints_only_the_rectangle_it_touched(qtbot):
    """The canvas asks for the segment's rectangle (pen width included), not the whole widget; the
    first stroke repaints all of it once, so the 'Draw a digit here' hint goes."""
    from PySide6.QtCore import QPointF, QRect

    from cnngui.ui.widgets.canvas import DrawCanvas

    canvas = DrawCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(400, 400)
    asked = []
    canvas.update = lambda *rect: asked.append(rect[0] if rect else canvas.rect())
    canvas.begin_stroke(QPointF(100, 100))
    assert asked[-1] == canvas.rect()  # the hint is erased
    canvas.extend_stroke(QPointF(140, 120))
    rect = asked[-1]
    assert isinstance(rect, QRect) and rect.width() < 120 and rect.height() < 100
    pen = canvas.stroke_width * 400 / 320 / 2  # the pen's half width on screen
    assert rect.contains(QRect(int(100 - pen), int(100 - pen), int(40 + 2 * pen), int(20 + 2 * pen)))


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_the_answer_and_what_the_network_sees_are_above_the_fold(make_window, qtbot, size):
    """At a laptop's 1280x800 "What the network sees" (the 28x28 picture) once needed scrolling."""
    from PySide6.QtWidgets import QScrollArea

    from cnngui.core.data.strokes import render_digit

    window = make_window("draw_tab", size=size)
    draw = window.draw_tab
    window.state.show_picture(np.asarray(render_digit(4), dtype=np.float32) / 255.0, "a test")
    qtbot.waitUntil(lambda: draw.predictionLabel.text() == "4")
    area = draw.networkInputView.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area.verticalScrollBar().value() == 0
    viewport = area.viewport().rect()
    for widget in (draw.predictionLabel, draw.confidenceLabel, draw.probabilityChart, draw.networkInputView):
        corners = widget.mapTo(area.viewport(), widget.rect().topLeft()), \
            widget.mapTo(area.viewport(), widget.rect().bottomRight())
        assert all(viewport.contains(corner) for corner in corners), (widget.objectName(), corners, viewport)


def test_the_line_under_the_canvas_forgets_a_cleared_picture(qtbot, window):
    """It said "MNIST test image #12 — draw on it, or Clear to start again" after Clear too, under a new drawing."""
    tab = window.draw_tab
    window.state.show_random_test_image()
    qtbot.waitUntil(lambda: "Clear to start again" in tab.sourceLabel.text(), timeout=10_000)
    qtbot.mouseClick(tab.clearButton, Qt.MouseButton.LeftButton)
    w, h = tab.canvas.width(), tab.canvas.height()
    draw(qtbot, tab.canvas, [[(w / 2, h * 0.2), (w / 2, h * 0.8)]])
    qtbot.waitUntil(lambda: tab.predictionLabel.text() == "1", timeout=3000)
    assert tab.sourceLabel.text().startswith("Draw with the mouse") and tab.true_label is None


def test_the_wheel_over_an_unfocused_choice_scrolls_the_column_and_changes_nothing(qtbot, make_window):
    """A student scrolling Draw's column passed the wheel over "Why this answer?" and changed the explained class."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QAbstractScrollArea

    window = make_window("draw_tab", size=(1024, 600))  # short enough that the column scrolls
    tab = window.draw_tab
    tab.whyCheck.setChecked(True)
    combo = tab.whyClassCombo
    qtbot.waitUntil(combo.isVisible)
    area = combo.parentWidget()
    while not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0  # the column does scroll here
    before, scrolled = combo.currentIndex(), bar.value()

    def wheel(target, steps):
        centre = QPointF(target.width() / 2, target.height() / 2)
        event = QWheelEvent(centre, target.mapToGlobal(centre), QPoint(), QPoint(0, -120 * steps),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(target, event)

    wheel(combo, 2)
    assert combo.currentIndex() == before and bar.value() > scrolled  # the column moved, the choice did not
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a click or Tab still give it the focus
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo, 1)
    assert combo.currentIndex() != before  # once chosen, the wheel changes it, as Qt's own combos do
