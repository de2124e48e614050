"""Regenerates the README's screenshots from the real app (offscreen): python docs/make_screenshots.py"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CNNGUI_DATA_DIR"] = tempfile.mkdtemp(prefix="cnngui-shots-")
OUT = Path(__file__).resolve().parent / "screenshots"


def pump(app, seconds: float = 0.0) -> None:
    end = time.monotonic() + seconds
    while True:
        app.processEvents()
        if time.monotonic() >= end:
            break
        time.sleep(0.01)


def draw_digit(app, canvas, digit: int, **placement) -> None:
    from PySide6.QtCore import QPointF

    from cnngui.core.data.strokes import place_strokes

    side = min(canvas.width(), canvas.height())
    ox, oy = (canvas.width() - side) / 2, (canvas.height() - side) / 2
    for stroke in place_strokes(digit, size=side, **placement):
        canvas.begin_stroke(QPointF(ox + stroke[0][0], oy + stroke[0][1]))
        for x, y in stroke[1:]:
            canvas.extend_stroke(QPointF(ox + x, oy + y))
            app.processEvents()


def network_presets():
    from cnngui.core.network.architecture import PRESETS

    return PRESETS


def main() -> None:
    from PySide6.QtWidgets import QApplication, QTabWidget

    app = QApplication(sys.argv)
    from cnngui.ui.main_window import create_main_window

    OUT.mkdir(parents=True, exist_ok=True)
    window = create_main_window()
    window.resize(1360, 840)
    window.show()
    pump(app, 0.2)
    if sys.argv[1:] == ["translated"]:  # only the German screenshot
        translated(app, window)
        return

    network = window.network_tab
    window.mainTabs.setCurrentWidget(network)
    network.use_preset("deep")
    network.architectureTable.selectRow(9)  # conv4
    pump(app, 0.2)
    window.grab().save(str(OUT / "network.png"))
    network.architectureTable.selectRow(6)  # pool1
    network.add_layer("dense")  # a dense layer on a map: the row says why it can't work
    pump(app, 0.2)
    window.grab().save(str(OUT / "network-problem.png"))
    network.use_preset("seed")

    tab = window.train_tab
    window.mainTabs.setCurrentWidget(tab)
    tab.recipe.deviceCombo.setCurrentIndex(tab.recipe.deviceCombo.findData("cpu"))
    tab.recipe.presetCombo.setCurrentIndex(tab.recipe.presetCombo.findData("fast"))
    tab.recipe.epochsSpin.setValue(3)
    tab.start()
    while tab.running:
        pump(app, 0.02)
    pump(app, 0.2)
    window.grab().save(str(OUT / "train.png"))
    window.state.load_bundled()

    window.mainTabs.setCurrentWidget(window.draw_tab)
    pump(app, 0.1)
    draw_digit(app, window.draw_tab.canvas, 4, box=0.55, center=(0.42, 0.5), slant=0.15)
    pump(app, 0.2)
    window.grab().save(str(OUT / "draw.png"))

    # Evaluate: the report of the bundled model, the 4 -> 9 cell open; then "why" and "not sure" in Draw.
    evaluate = window.evaluate_tab
    window.mainTabs.setCurrentWidget(evaluate)
    while window.state.report is None:
        pump(app, 0.05)
    evaluate.select_cell(4, 9)
    evaluate.findChild(QTabWidget, "evaluateMoreTabs").setCurrentIndex(1)  # "Honest confidence": the diagram
    pump(app, 0.2)
    window.grab().save(str(OUT / "evaluate.png"))
    evaluate._go_to_draw(evaluate.galleryList.item(0))  # the most confident of those 4s, opened in Draw
    pump(app, 0.5)
    window.grab().save(str(OUT / "draw-why.png"))
    from cnngui.core.data.strokes import render_letter

    window.state.show_picture(np.asarray(render_letter("K"), dtype=np.float32) / 255.0, "A drawn letter K")
    pump(app, 0.5)
    window.grab().save(str(OUT / "draw-not-sure.png"))

    explore = window.explore_tab
    window.mainTabs.setCurrentWidget(explore)
    pump(app, 0.2)
    names = [explore.explorerLayerList.item(i).text().split()[0] for i in range(explore.explorerLayerList.count())]
    for layer, unit in (("conv1", (12, 8, 9)), ("pool1", (5, 6, 7)), ("conv2", (22, 4, 5)), ("pool2", (40, 2, 2)),
                        ("dense2", (4, 0, 0))):
        explore.explorerLayerList.setCurrentRow(names.index(layer))
        explore.select_unit(*unit)
        deadline = time.monotonic() + 30
        while "Searching" in explore.patchText.text() and time.monotonic() < deadline:
            pump(app, 0.05)
        pump(app, 0.1)
        window.grab().save(str(OUT / f"explore-{layer}.png"))

    # The convolution lab on the drawn 4, then its pooling step; then the 4's horizontal-edge channels off.
    lab = window.conv_lab_tab
    window.mainTabs.setCurrentWidget(lab)
    lab.labKernelCombo.setCurrentIndex(lab.labKernelCombo.findData("classic:Vertical edge"))
    lab.set_position(14 * 26 + 12)
    pump(app, 0.2)
    window.grab().save(str(OUT / "convolution.png"))
    lab.labStrideSpin.setValue(2)
    lab.labPaddingSpin.setValue(1)
    lab.labStageCombo.setCurrentIndex(2)
    lab.set_position(24)
    pump(app, 0.2)
    window.grab().save(str(OUT / "convolution-pooling.png"))

    from cnngui.core.data.strokes import render_digit
    from cnngui.core.inspection.conv_lab import CLASSIC_KERNELS

    window.state.show_picture(np.asarray(render_digit(7), dtype=np.float32) / 255, "a drawn 7")
    window.mainTabs.setCurrentWidget(explore)
    explore.explorerLayerList.setCurrentRow(0)
    h = CLASSIC_KERNELS["Horizontal edge"].ravel()
    weights = explore.filters[0][1][:, 0]
    likeness = [abs(float(k.ravel() @ h)) / (np.linalg.norm(k) * np.linalg.norm(h)) for k in weights]
    for channel in np.argsort(likeness)[::-1][:8]:
        explore.select_unit(int(channel), 6, 12)
        explore.channelOffCheck.setChecked(True)
    deadline = time.monotonic() + 90
    while "…" in explore.ablationAccuracyLabel.text() and time.monotonic() < deadline:
        pump(app, 0.1)
    pump(app, 0.3)
    window.grab().save(str(OUT / "explore-channels-off.png"))
    window.state.reset_edits()

    # The deeper CNN, trained briefly, opened up at its fourth conv layer.
    network.use_preset("deep")
    window.mainTabs.setCurrentWidget(tab)
    tab.recipe.presetCombo.setCurrentIndex(tab.recipe.presetCombo.findData("fast"))
    tab.recipe.epochsSpin.setValue(1)
    tab.start()
    while tab.running:
        pump(app, 0.05)
    window.mainTabs.setCurrentWidget(explore)
    pump(app, 0.2)
    names = [explore.explorerLayerList.item(i).text().split()[0] for i in range(explore.explorerLayerList.count())]
    explore.explorerLayerList.setCurrentRow(names.index("conv4"))
    explore.select_unit(7, 4, 3)
    deadline = time.monotonic() + 60
    while "Searching" in explore.patchText.text() and time.monotonic() < deadline:
        pump(app, 0.05)
    pump(app, 0.1)
    window.grab().save(str(OUT / "explore-deep-conv4.png"))

    # Runs: the seed CNN once more with a smaller learning rate, overlaid on the first run; its
    # timeline; then the dense-vs-CNN experiment.
    network.use_preset("seed")
    window.mainTabs.setCurrentWidget(tab)
    tab.recipe.epochsSpin.setValue(3)
    tab.recipe.learningRateSpin.setValue(0.0005)
    tab.start()
    while tab.running:
        pump(app, 0.05)
    views = tab.runsView.parentWidget().parentWidget()
    views.setCurrentWidget(tab.runsView)
    pump(app, 0.3)
    for row, run in enumerate(tab.runsView.runs):
        if run.arch == [dict(layer) for layer in network_presets()["seed"].layers]:
            tab.runsView.tick(run.id)
            tab.runsView.runsTable.selectRow(row)
    pump(app, 0.3)
    window.grab().save(str(OUT / "runs.png"))
    tab.runsView.open_timeline()
    timeline = next(iter(tab.runsView.timelines.values()))
    timeline.snapshotSlider.setValue(2)
    deadline = time.monotonic() + 60
    while len(timeline.accuracy) < len(timeline.run.snapshots) and time.monotonic() < deadline:
        pump(app, 0.05)
    timeline.grab().save(str(OUT / "timeline.png"))
    timeline.close()
    tab.runsView.open_experiments()
    experiments = tab.runsView.experiments
    experiments.cnnEpochsSpin.setValue(1)
    experiments.run_cnn_experiment()
    while experiments.cnnTable.rowCount() < 2 or not experiments.cnnRunButton.isEnabled():
        pump(app, 0.1)
    experiments.grab().save(str(OUT / "experiment-cnn.png"))
    experiments.close()
    keyboard_shot(app, window)
    classroom(app, window)
    window.confirm_close = lambda: True
    window.close()
    explore.shutdown()
    from cnngui.ui.tasks import Task

    Task.shutdown_all()
    print(f"screenshots written to {OUT}")


def keyboard_shot(app, window) -> None:
    """A 1 drawn with the keyboard alone at 1024×768: the canvas framed as it holds the focus, the keyboard pen."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.resize(1024, 768)
    window.mainTabs.setCurrentWidget(window.draw_tab)
    canvas = window.draw_tab.canvas
    canvas.clear()
    window.activateWindow()
    canvas.setFocus()
    pump(app, 0.3)
    for key in [Qt.Key.Key_Up] * 6 + [Qt.Key.Key_Space] + [Qt.Key.Key_Down] * 9:
        QTest.keyClick(canvas, key)
    pump(app, 1.0)
    window.grab().save(str(OUT / "draw-keyboard.png"))
    QTest.keyClick(canvas, Qt.Key.Key_Space)
    window.resize(1280, 800)


def classroom(app, window) -> None:
    """Projector mode (200% on 1920x1080, dark and high contrast) and a lesson's first step."""
    window.resize(1920, 1080)
    window.appearance.set_zoom(2.0)
    window.appearance.set_theme("dark")
    window.mainTabs.setCurrentWidget(window.train_tab)
    pump(app, 1.0)
    window.grab().save(str(OUT / "projector-dark-200.png"))
    window.appearance.set_theme("contrast")
    window.mainTabs.setCurrentWidget(window.conv_lab_tab)
    pump(app, 1.0)
    window.grab().save(str(OUT / "projector-contrast-200.png"))
    window.appearance.set_theme("system")
    window.appearance.set_zoom(1.0)
    lesson_shot(app, window, "lesson.png")
    asking_shots(app, window)
    translated(app, window)


def lesson_shot(app, window, name: str) -> None:
    """The first step of "Why CNNs for images" (in the window's language), its test 7 shown."""
    from cnngui.core.teaching.lessons import bundled_lessons

    window.resize(1600, 900)
    panel = window.open_lesson(next(p for p in bundled_lessons() if "why-cnns" in p.name))
    while window.state.true_label != 7:
        pump(app, 0.1)
    pump(app, 1.5)
    window.grab().save(str(OUT / name))
    panel.close()


def asking_shots(app, window) -> None:
    """A step that asks (Convolution and pooling, step 3): waiting for the prediction, then answered."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from cnngui.core.teaching.lessons import bundled_lessons

    window.resize(1280, 800)
    panel = window.open_lesson(next(p for p in bundled_lessons() if "convolution-and" in p.name))
    pump(app, 1.0)
    window.grab().save(str(OUT / "lesson-step1-ask.png"))  # no output size, formula result or map before the answer
    QTest.keyClicks(panel.question.lessonAnswerEdit, "26")
    QTest.keyClick(panel.question.lessonAnswerEdit, Qt.Key.Key_Return)
    pump(app, 1.0)
    window.grab().save(str(OUT / "lesson-step1-answered.png"))
    panel.restart()
    for answer in ("26", "1"):  # steps 1 and 2: the right answers
        if panel.step.ask.kind == "number":
            QTest.keyClicks(panel.question.lessonAnswerEdit, answer)
            QTest.keyClick(panel.question.lessonAnswerEdit, Qt.Key.Key_Return)
        else:
            panel.question.sig_committed.emit(float(answer))
        panel.lessonNextButton.click()
    pump(app, 1.0)
    window.grab().save(str(OUT / "lesson-ask.png"))
    QTest.keyClicks(panel.question.lessonAnswerEdit, "12")
    QTest.keyClick(panel.question.lessonAnswerEdit, Qt.Key.Key_Return)
    pump(app, 1.0)
    window.grab().save(str(OUT / "lesson-answered.png"))
    panel.close()


def translated(app, window) -> None:
    """The German UI (View → Language → Deutsch) with the German lesson, on the Draw tab."""
    german = window.switch_language("de")
    lesson_shot(app, german, "translated-de.png")
    german.switch_language("system")


if __name__ == "__main__":
    main()
