"""What a screen reader gets (issue 34, first part): every control the keyboard reaches in every tab has a name."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from cnngui.ui.look.access import is_named


def test_every_focusable_control_in_every_tab_has_a_name_or_description(make_window):
    window = make_window(size=(1280, 800))
    unnamed, seen = [], 0
    for index in range(window.mainTabs.count()):
        window.mainTabs.setCurrentIndex(index)
        QApplication.processEvents()
        for widget in [window, *window.findChildren(QWidget)]:
            if QWidget.window(widget) is not window or not widget.isVisible():
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            seen += 1
            if not is_named(widget):
                unnamed.append(f"{window.mainTabs.tabText(index)}: {type(widget).__name__} {widget.objectName()}")
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
    tab._announce()  # the same answer again, when nothing changed: not said twice
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
