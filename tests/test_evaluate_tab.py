"""The Evaluate tab and Draw's "not sure" and "why", driven through their widgets on small sets."""

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt

from cnngui.core.data.normalize import network_input


@pytest.fixture
def small_sets(monkeypatch):
    """MNIST's first 1,000 test and 5,000 training images stand in for the whole sets."""
    from cnngui.core.data.loading import load_mnist
    from cnngui.ui import app_state

    data = load_mnist().subset(train=5000, test=1000)
    monkeypatch.setattr(app_state.AppState, "test_split",
                        lambda self, spec, folder: (data.test_images, data.test_labels))
    monkeypatch.setattr(app_state, "cached_dataset", lambda spec, folder: data)
    return data


def wait_for_report(qtbot, window):
    qtbot.waitUntil(lambda: window.state.report is not None, timeout=60_000)
    return window.state.report


def cell_text(table, row, column) -> str:
    return table.item(row, column).text()


def test_the_matrix_agrees_with_a_direct_computation(make_window, qtbot, small_sets):
    window = make_window("evaluate_tab")
    wait_for_report(qtbot, window)
    tab = window.evaluate_tab
    model = window.state.predictor.model
    with torch.inference_mode():
        predicted = model(network_input(small_sets.test_images, window.state.predictor.normalization)).argmax(1)
    truth = small_sets.test_labels
    for t in range(10):
        for p in range(10):
            count = int(((truth == t) & (predicted == p)).sum())
            assert cell_text(tab.confusionTable, t, p) == (str(count) if count else "")
    accuracy = float((predicted == truth).float().mean())
    assert f"{accuracy:.2%}" in tab.summaryLabel.text()
    assert tab.perClassTable.rowCount() == 10 and tab.perClassTable.item(3, 0).text() == "3"
    tab.rowShareCheck.setChecked(True)
    row = [cell_text(tab.confusionTable, 1, p) for p in range(10)]
    assert abs(sum(float(v) for v in row if v) - 100) < 0.5  # each row as shares of its class


def click_cell(qtbot, table, row, column):
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_cell_opens_its_images_and_an_image_opens_in_draw(make_window, qtbot, small_sets):
    window = make_window("evaluate_tab")
    report = wait_for_report(qtbot, window)
    tab, ev = window.evaluate_tab, report.evaluation
    off = [(t, p) for t in range(10) for p in range(10) if t != p and ev.confusion[t, p]]
    true, answer = off[0] if off else (3, 3)
    click_cell(qtbot, tab.confusionTable, true, answer)
    assert tab.galleryList.count() == ev.confusion[true, answer]
    shown = [tab.galleryList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.galleryList.count())]
    assert all(ev.labels[i] == true and ev.predictions[i] == answer for i in shown)
    click_cell(qtbot, tab.confusionTable, 7, 7)  # a diagonal cell: right answers, most confident first
    assert tab.galleryList.count() == ev.confusion[7, 7]
    confidences = [ev.confidences[tab.galleryList.item(i).data(Qt.ItemDataRole.UserRole)] for i in range(5)]
    assert confidences == sorted(confidences, reverse=True)

    item = tab.galleryList.item(2)
    index = item.data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(tab.galleryList.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.galleryList.visualItemRect(item).center())
    assert np.allclose(window.state.picture, small_sets.test_images[index].numpy() / 255.0)
    assert f"#{index}" in window.draw_tab.sourceLabel.text() and window.state.true_label == 7
    assert window.draw_tab.last_prediction is not None and window.explore_tab.pre is not None
    # Draw classifies the test image as the evaluation did, not a reframed copy of it
    assert window.draw_tab.last_prediction.index == ev.predictions[index]
    from cnngui.core.evaluation.metrics import softmax

    calibrated = softmax(ev.logits[index:index + 1] / report.calibration.temperature)[0]
    assert np.allclose(window.draw_tab.last_prediction.probabilities, calibrated, atol=1e-4)
    assert window.mainTabs.currentWidget() is tab  # a single click stays here
    qtbot.mouseDClick(tab.galleryList.viewport(), Qt.MouseButton.LeftButton,
                      pos=tab.galleryList.visualItemRect(item).center())
    assert window.mainTabs.currentWidget() is window.draw_tab

    window.mainTabs.setCurrentWidget(tab)
    tab.mistakesButton.click()
    assert tab.galleryList.count() == min(len(ev.labels) - np.trace(ev.confusion), 120)
    if tab.galleryList.count():  # the most confident mistake, opened in Draw, is still that mistake
        tab._open_item(tab.galleryList.item(0))
        index = tab.galleryList.item(0).data(Qt.ItemDataRole.UserRole)
        assert window.draw_tab.last_prediction.index == ev.predictions[index] != ev.labels[index]


def test_it_follows_the_model(make_window, qtbot, small_sets):
    window = make_window("evaluate_tab")
    first = wait_for_report(qtbot, window)
    tab = window.evaluate_tab
    assert "right" in tab.summaryLabel.text() and tab.confusionTable.isEnabled()
    window.state.load_bundled()  # another model (the same weights): a new report is made for it
    assert window.state.report is None
    # while it is made, nothing of the previous model's figures passes for this one's (they showed 99.19%,
    # 81 mistakes under "Evaluating…", the progress bar at 100%)
    assert tab.summaryLabel.text() == "" and not tab.confusionTable.isEnabled()
    assert tab.evaluateProgress.maximum() == 0 or tab.evaluateProgress.value() < tab.evaluateProgress.maximum()
    second = wait_for_report(qtbot, window)
    assert "right" in tab.summaryLabel.text() and tab.confusionTable.isEnabled()
    assert second is not first and np.array_equal(second.evaluation.confusion, first.evaluation.confusion)
    assert "bundled model" in window.evaluate_tab.evaluateStatusLabel.text()


def put_picture(qtbot, window, image):
    window.state.show_picture(np.asarray(image, dtype=np.float32) / 255.0, "test")
    qtbot.wait(10)
    return window.draw_tab


def test_not_sure_for_a_letter_not_for_a_digit(make_window, qtbot, small_sets):
    from cnngui.core.data.strokes import render_digit, render_letter

    window = make_window("draw_tab")
    draw = put_picture(qtbot, window, render_digit(4))
    qtbot.waitUntil(lambda: window.state.predictor.calibration is not None, timeout=60_000)
    qtbot.waitUntil(lambda: draw.last_prediction.not_sure is not None and draw.predictionLabel.text() == "4")
    assert not draw.last_prediction.not_sure
    put_picture(qtbot, window, render_letter("K"))
    assert draw.predictionLabel.text() == "?" and "Not sure" in draw.confidenceLabel.text()
    draw.notSureSpin.setValue(0)  # the teacher switches it off: the best guess shows
    qtbot.wait(10)
    assert draw.predictionLabel.text() == draw.last_prediction.class_name != "?"


def test_why_maps_follow_the_drawing_the_class_and_the_method(make_window, qtbot, small_sets):
    from cnngui.core.data.strokes import render_digit

    window = make_window("draw_tab")
    draw = put_picture(qtbot, window, render_digit(7))
    qtbot.waitUntil(lambda: draw.why_map is not None, timeout=20_000)
    answer_map = draw.why_map
    assert answer_map.shape == (28, 28) and not draw.whyView.pixmap().isNull()
    assert "towards <b>7</b>" in draw.whyLabel.text()
    draw.whyClassCombo.setCurrentIndex(draw.whyClassCombo.findData(1))
    draw.whyClassCombo.activated.emit(draw.whyClassCombo.currentIndex())
    qtbot.waitUntil(lambda: "towards <b>1</b>" in draw.whyLabel.text(), timeout=20_000)
    assert not np.allclose(draw.why_map, answer_map)
    draw.whyMethodCombo.setCurrentIndex(draw.whyMethodCombo.findData("occlusion"))
    draw.whyMethodCombo.activated.emit(draw.whyMethodCombo.currentIndex())
    qtbot.waitUntil(lambda: "erased" in draw.whyLabel.text(), timeout=20_000)
    draw.whyCheck.setChecked(False)
    assert draw.why_map is None and not draw.whyClassCombo.isEnabled()


def test_our_handwriting_sits_beside_the_test_set_per_writer(qtbot, tmp_path):
    """Evaluate -> Our handwriting: the bundled model on MNIST's test set and on a folder of digits the
    test draws, by two writers; the folder is found among the user's datasets by its classes."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_image_folder import digit_folder

    from cnngui.ui.app_state import AppState
    from cnngui.ui.settings import datasets_dir
    from cnngui.ui.tabs.evaluate.tab import EvaluateTab

    root = digit_folder(datasets_dir() / "ours", per_class=2, writer="anna")
    digit_folder(root, per_class=1, seed=3, writer="ben")
    state = AppState()
    state.load_bundled()
    tab = EvaluateTab(state)
    qtbot.addWidget(tab)
    tab.show()
    box = tab.handwriting
    qtbot.waitUntil(lambda: box.table.rowCount() == 4, timeout=60_000)
    texts = [box.table.item(row, 0).text() for row in range(4)]
    assert texts[0] == "MNIST test set" and texts[1] == "ours (all)" and texts[2].strip() == "drawn by anna"
    assert [box.table.item(row, 1).text() for row in range(1, 4)] == ["30", "20", "10"]
    assert box.table.item(0, 2).text().endswith("%") and "test set" in box.handwritingLabel.text()
    tab.shutdown()
