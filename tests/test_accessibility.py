"""What a screen reader gets (issue 34, first part): every control the keyboard reaches in every tab has a name."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from cnngui.ui.look.access import is_named


def test_every_focusable_control_in_every_tab_has_a_name_or_description(make_window):
    window = make_window(size=(1280, 800))
    unnamed, seen = [], 0
    for index in range(window.mainTabs.count()):
        window.mainTabs.setCurrentIndex(index)
        QApplication.processEvents()
        count, missing = _unnamed_in(window)
        seen += count
        unnamed += [f"{window.mainTabs.tabText(index)}: {widget}" for widget in missing]
    assert seen > 100 and not sorted(set(unnamed)), sorted(set(unnamed))
    assert window.train_tab.findChild(QWidget, "lossPlot").accessibleName() == "Loss plot"


def test_the_answer_is_announced_once_per_settled_answer(make_window, qtbot, monkeypatch):
    from test_draw_tab import draw

    import cnngui.ui.look.access as access

    said = []
    monkeypatch.setattr(access, "announce", lambda widget, text: said.append(text))
    window = make_window("draw_tab", size=(1280, 800))
    tab = window.draw_tab
    w, h = tab.canvas.width(), tab.canvas.height()
    draw(qtbot, tab.canvas, [[(w / 2, h * 0.2), (w / 2, h * 0.45)]])  # many pen events, one stroke
    draw(qtbot, tab.canvas, [[(w / 2, h * 0.45), (w / 2, h * 0.8)]])
    qtbot.waitUntil(lambda: len(said) > 0, timeout=3000)
    qtbot.wait(800)
    assert len(said) == 1 and said[0].startswith(("The network says", "The network is not sure"))
    tab.announcer.say()  # the same answer again, when nothing changed: not said twice
    assert len(said) == 1


def test_the_training_plots_say_what_they_show_in_words_and_numbers(qtbot):
    from cnngui.ui.widgets.curves import TrainingCurves

    curves = TrainingCurves()
    qtbot.addWidget(curves.loss_plot)
    qtbot.addWidget(curves.accuracy_plot)
    assert curves.loss_plot.accessibleDescription() == "No training yet."
    curves.add_batches(1, 0, 10, [2.3, 1.1, 0.6, 0.55, 0.5, 0.5], 0.8)
    curves.refresh()
    before = curves.loss_plot.accessibleDescription()
    assert before.startswith("Training loss after 0.50 epochs:")
    curves.add_epoch(1, 0.1332, 0.9921, 0.5, 0.8)
    curves.refresh()
    assert "Test loss after epoch 1: 0.133." in curves.loss_plot.accessibleDescription()
    assert curves.accuracy_plot.accessibleDescription() == (
        "Training accuracy (running) after 0.50 epochs: 80.0%. Test accuracy after epoch 1: 99.21%.")


def test_a_lessons_reveal_is_announced(make_window, qtbot, tmp_path, monkeypatch):
    import cnngui.ui.look.access as access

    said = []
    monkeypatch.setattr(access, "announce", lambda widget, text: said.append(text))
    (tmp_path / "l.md").write_text("# L\n\n## S\ntab: draw\nask: Two and two?\nanswer: 4\n\nFour.\n")
    panel = make_window().open_lesson(tmp_path / "l.md")
    qtbot.keyClicks(panel.question.lessonAnswerEdit, "5")
    qtbot.keyClick(panel.question.lessonAnswerEdit, Qt.Key.Key_Return)
    assert said == ["Your prediction: 5. The answer: 4 (not quite)."]


def _unnamed_in(top: QWidget) -> tuple[int, list[str]]:
    """(how many focusable shown widgets `top` holds, those a screen reader would get no name for)."""
    seen, unnamed = 0, []
    for widget in [top, *top.findChildren(QWidget)]:
        if QWidget.window(widget) is not top or not widget.isVisible():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        seen += 1
        if not is_named(widget):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    return seen, unnamed


def test_every_dialog_names_every_control_it_has(make_window, qtbot, tmp_path, monkeypatch):
    """Each dialog the app opens itself (Qt's own file and message boxes name theirs), walked as a screen reader
    would: every focusable control has a name or description."""
    import json
    import socket

    from cnngui.ui.tabs.draw.collect import CollectDialog
    from cnngui.ui.window.class_view import open_class_view

    window = make_window(size=(1280, 800))
    with socket.socket() as probe:  # a class whose server is not running: the view opens and says so
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (tmp_path / "server.json").write_text(json.dumps({"url": f"http://127.0.0.1:{port}"}))
    window.show_shortcuts()
    window._about()
    window._join_class()
    window.show_dataset("")
    window.train_tab.runsView.open_experiments()
    CollectDialog(window.draw_tab, window.settings, ["0", "1"]).show()
    assert open_class_view(window, tmp_path) is not None
    QApplication.processEvents()
    dialogs = [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible() and w.isWindow()]
    names = {d.objectName() or type(d).__name__ for d in dialogs}
    assert {"shortcutsDialog", "aboutDialog", "classView", "collectDialog", "experimentsDialog", "joinClassDialog",
            "datasetView"} <= names, names
    report = {}
    for dialog in dialogs:  # every page of a dialog's tabs too
        pages = [(tabs, i) for tabs in dialog.findChildren(QTabWidget) for i in range(tabs.count())] or [(None, 0)]
        for tabs, index in pages:
            if tabs is not None:
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
            seen, unnamed = _unnamed_in(dialog)
            key = dialog.objectName() or type(dialog).__name__
            report[key] = (max(seen, report.get(key, (0, []))[0]), sorted(set(report.get(key, (0, []))[1] + unnamed)))
    assert len(report) >= 7 and sum(seen for seen, _ in report.values()) > 40
    assert not [f"{name}: {u}" for name, (_, unnamed) in report.items() for u in unnamed], report
    for dialog in dialogs:
        dialog.close()


def test_custom_views_say_what_they_show_and_follow_the_keyboard(make_window, qtbot):
    window = make_window("draw_tab", size=(1280, 800))
    canvas = window.draw_tab.canvas
    assert canvas.accessibleName() == "Drawing canvas" and canvas.accessibleDescription().startswith("Empty")
    canvas.setFocus()
    for key in [Qt.Key.Key_Up] * 6 + [Qt.Key.Key_Space] + [Qt.Key.Key_Down] * 12 + [Qt.Key.Key_Space]:
        qtbot.keyClick(canvas, key)  # a 1 drawn with the keyboard alone
    assert canvas.strokes and canvas.accessibleDescription().startswith("1 stroke. Ink in columns")
    assert "Keyboard pen up" in canvas.accessibleDescription()
    qtbot.waitUntil(lambda: window.draw_tab.last_prediction is not None
                    and window.draw_tab.last_prediction.index is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.draw_tab.probabilityChart.accessibleDescription().startswith(
        "Highest probabilities:"), timeout=3000)

    diagram = window.draw_tab.drawDiagram.view
    qtbot.waitUntil(lambda: diagram.accessibleDescription().startswith("Layers: input 1×28×28 → conv1"), timeout=3000)
    diagram.set_unit(None)
    before = diagram.accessibleDescription()
    qtbot.keyClick(diagram, Qt.Key.Key_PageDown)  # conv1's middle unit
    assert diagram.unit == (0, 13, 13)
    assert "Traced: conv1 unit (13, 13) sees 3×3 pixels" in diagram.accessibleDescription()
    qtbot.keyClick(diagram, Qt.Key.Key_Right)
    assert diagram.unit == (0, 13, 14) and diagram.accessibleDescription() != before
    assert window.state.unit == (0, 0, 13, 14)  # chosen by key as by a click: the app's unit

    window.mainTabs.setCurrentWidget(window.explore_tab)
    maps = window.explore_tab.featureMapGrid
    qtbot.waitUntil(lambda: maps.accessibleDescription().startswith("32 maps of 26×26"), timeout=5000)
    qtbot.keyClick(maps, Qt.Key.Key_PageDown)
    assert window.explore_tab.unit[0] == 1 and "Chosen: conv1 channel 1 (13, 14)" in maps.accessibleDescription()

    window.mainTabs.setCurrentIndex(window.mainTabs.count() - 1)  # the convolution lab
    lab = window.mainTabs.currentWidget()
    qtbot.waitUntil(lambda: "Window at row 0, column 0" in lab.labOutputGrid.accessibleDescription(), timeout=5000)
    assert lab.labKernelGrid.accessibleDescription() == "3×3: -1 0 1; -1 0 1; -1 0 1."
    qtbot.keyClick(lab.labOutputGrid, Qt.Key.Key_Down)
    assert lab.position == lab.conv.out_w and "Window at row 1, column 0" in lab.labOutputGrid.accessibleDescription()
    qtbot.keyClick(lab.labOutputGrid, Qt.Key.Key_End)
    assert lab.position == lab.positions - 1


def test_the_keyboard_finds_its_place_on_a_custom_view(make_window, qtbot):
    """A visible focus: the canvas, holding the keyboard, is framed in the highlight colour (high contrast,
    zoomed in for the back row: names and keys stay as they were)."""
    window = make_window("draw_tab", size=(1280, 800))
    window.appearance.set_theme("contrast")
    window.appearance.set_zoom(1.5)
    canvas = window.draw_tab.canvas
    assert canvas.accessibleName() == "Drawing canvas" and window.draw_tab.strokeWidthSpin.accessibleName()
    window.activateWindow()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus, timeout=2000)
    framed = canvas.grab().toImage().pixelColor(1, canvas.height() // 2)
    window.draw_tab.clearButton.setFocus()
    qtbot.waitUntil(lambda: not canvas.hasFocus(), timeout=2000)
    plain = canvas.grab().toImage().pixelColor(1, canvas.height() // 2)
    assert framed == canvas.palette().highlight().color() and plain != framed
    window.appearance.set_zoom(1.0)
    window.appearance.set_theme("system")


def test_help_lists_the_custom_views_keys(make_window):
    window = make_window()
    rows = window.shortcut_table()
    assert ("Draw", "Space", "put the keyboard pen down or lift it: moving it down draws") in rows
    assert any(where == "Explore" and keys == "Page Up / Page Down" for where, keys, _ in rows)
    assert any(where == "Convolution" and keys == "Up / Down" for where, keys, _ in rows)


def test_explores_answer_is_announced_once_it_settles(make_window, qtbot, monkeypatch):
    import cnngui.ui.look.access as access

    said = []
    monkeypatch.setattr(access, "announce", lambda widget, text: said.append(text))
    window = make_window("explore_tab", size=(1280, 800))
    tab = window.explore_tab
    qtbot.waitUntil(lambda: len(said) == 1, timeout=3000)
    assert said[0].startswith("For ") and "the network says" in said[0]
    tab.channelOffCheck.setChecked(True)  # a channel switched off: the answer now, beside the trained one
    qtbot.waitUntil(lambda: len(said) == 2, timeout=3000)
    assert "trained says" in said[1] and "<b>" not in said[1]
    tab.announcer.say()
    assert len(said) == 2


def test_the_confusion_matrix_answers_the_arrow_keys(make_window, qtbot):
    window = make_window("evaluate_tab", size=(1280, 800))
    tab = window.evaluate_tab
    qtbot.waitUntil(lambda: window.state.report is not None and tab.confusionTable.rowCount() == 10, timeout=60_000)
    table = tab.confusionTable
    table.setFocus()
    table.setCurrentCell(3, 3)
    assert tab.selection == (3, 3)
    qtbot.keyClick(table, Qt.Key.Key_Right)  # true 3, answered 4: its images, as a click shows them
    assert tab.selection == (3, 4) and "true 3, answered 4" in tab.galleryLabel.text()


def test_tab_reaches_the_canvas_right_after_its_tools(make_window, qtbot):
    """A sensible order: from the tab bar, Tab goes through Draw's tools (undo, clear, pen) to the canvas."""
    window = make_window("draw_tab", size=(1280, 800))
    window.activateWindow()
    bar = window.mainTabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus, timeout=2000)
    visited = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
        if visited[-1] == "drawCanvas":
            break
    assert visited[-1] == "drawCanvas" and {"undoButton", "clearButton"} <= set(visited), visited


def test_no_two_shortcuts_share_a_key(make_window):
    """A key that two actions claim does neither (Qt calls it ambiguous): Save view once had Save model's
    Ctrl+Shift+S. The menus' keys work everywhere, so each tab's own keys must differ from them too."""
    from PySide6.QtGui import QAction, QKeySequence, QShortcut
    from PySide6.QtWidgets import QAbstractButton

    window = make_window()
    menus = [a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(menus) == len(set(menus)) and len(menus) > 15, sorted(menus)
    for index in range(window.mainTabs.count()):
        tab = window.mainTabs.widget(index)
        own = [s.key().toString() for s in tab.findChildren(QShortcut)]
        own += [b.shortcut().toString() for b in tab.findChildren(QAbstractButton) if not b.shortcut().isEmpty()]
        assert len(own) == len(set(own)) and not set(own) & set(menus), (window.mainTabs.tabText(index), own)
    assert QKeySequence("Ctrl+Shift+P").toString() in menus
