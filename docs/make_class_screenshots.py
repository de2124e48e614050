"""The class, walked as a teacher and three seats would, and its screenshots (docs/screenshots/class-*.png).

A real class server (MLflow, logins on) on 127.0.0.1 and a free port; three seats, each a `cnngui`
process with its own config and data folders: they join with their codes, share drawings, and train
(two of them at once, in a challenge) while the teacher's window, a real one, watches in the Class
view: the runs live, two runs' curves overlaid, the leaderboard, a seat's model on the projector,
the class's drawings saved as one image folder and evaluated per writer. Needs the class extra;
run it under Xvfb for real windows, or offscreen:

    xvfb-run -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_class_screenshots.py
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import draw_digit, pump  # it sets a data folder of its own; ours follows

ROOT = Path(tempfile.mkdtemp(prefix="cnngui-class-walk-"))
os.environ["CNNGUI_DATA_DIR"] = str(ROOT / "teacher" / "data")
os.environ["CNNGUI_CONFIG_DIR"] = str(ROOT / "teacher" / "config")
OUT = Path(__file__).resolve().parent / "screenshots"
CNNGUI = [sys.executable, "-m", "cnngui"]
SEATS = (("Anna Schmidt", "seed", 4), ("Ben Okafor", "lenet5", 4), ("Carla Ruiz", "ffnn", 2))
VOTES = {"Anna Schmidt": [1, 2], "Ben Okafor": [2], "Carla Ruiz": [3]}  # choices of why-cnns step 2, in order
ANSWER = """
import sys
from cnngui.core.classroom import membership, sender
from cnngui.core.classroom.votes import send_attempt
from cnngui.core.teaching.answers import AnswerBook, answers_folder
from cnngui.core.teaching.lessons import bundled_lessons, lesson_name, load_lesson

path = next(p for p in bundled_lessons() if p.name == "why-cnns-for-images.md")
lesson, step = load_lesson(path), 1
book = AnswerBook(answers_folder(), lesson_name(path), load_lesson(path).title)
for choice in map(int, sys.argv[1:]):
    attempt = book.answer(lesson.steps[step].title, lesson.steps[step].ask, choice)
    send_attempt(sender.shared().outbox, membership.current(), lesson_name(path), lesson.title, step,
                 lesson.steps[step].ask, attempt, len(book.attempts(lesson.steps[step].title)))
print(sender.shared().send_now().sent)
"""


def wait_for(app, condition, seconds: float, what: str) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"waited {seconds:.0f} s for {what}")
        pump(app, 0.2)


def seat_env(name: str) -> dict:
    folder = ROOT / name.split()[0].lower()
    return {**os.environ, "CNNGUI_CONFIG_DIR": str(folder / "config"), "CNNGUI_DATA_DIR": str(folder / "data"),
            "QT_QPA_PLATFORM": "offscreen"}


def share_drawings(name: str, images, labels) -> None:
    """A seat's handwriting: MNIST test digits standing in for what the student drew, shared with the class."""
    from cnngui.core.data.image_folder import save_drawing

    dataset = ROOT / name.split()[0].lower() / "our digits"
    for image, label in zip(images, labels, strict=True):
        save_drawing(dataset, str(int(label)), name.split()[0], image.numpy().reshape(28, 28))  # uint8 already
    subprocess.run([*CNNGUI, "class", "share", str(dataset)], env=seat_env(name), check=True)


def grab(app, window, name: str) -> None:
    """The whole screen under Xvfb (the dialogs too), else the window."""
    from PySide6.QtGui import QGuiApplication

    pump(app, 0.5)
    picture = (QGuiApplication.primaryScreen().grabWindow(0) if os.environ["QT_QPA_PLATFORM"] == "xcb"
               else window.grab())
    picture.save(str(OUT / name))
    print("saved", OUT / name, f"{picture.width()}x{picture.height()}", flush=True)


def main() -> None:

    from cnngui.core.classroom.server import ClassFolder, start, stop
    from cnngui.core.classroom.teacher import set_challenge
    from cnngui.core.data.loading import load_mnist_test

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = ClassFolder(ROOT / "class")
    server, url = start(folder, "127.0.0.1", port)
    trainings = []
    try:
        teacher = folder.client()
        set_challenge(teacher, "small and good", "fewest-params:0.95")
        images, labels = load_mnist_test()
        for i, (name, network, epochs) in enumerate(SEATS):
            student = folder.add_student(name, teacher)
            subprocess.run([*CNNGUI, "class", "join", url, "--name", name, "--code", student["code"]],
                           env=seat_env(name), check=True)
            subprocess.run([sys.executable, "-c", ANSWER, *map(str, VOTES[name])], env=seat_env(name), check=True,
                           stdout=subprocess.DEVNULL)  # a prediction in the lesson, as the lesson panel sends it
            if i < 2:
                share_drawings(name, images[i * 40:(i + 1) * 40], labels[i * 40:(i + 1) * 40])
            command = [*CNNGUI, "train", "--arch", network, "--epochs", str(epochs), "--subset", "12000",
                       "--challenge", "small and good", "--device", "cpu", "--name", f"{network} · 12k images",
                       "--out", str(ROOT / name.split()[0].lower() / "model.pt")]
            if i == 2:  # Carla trained earlier: a run already finished when the teacher looks
                subprocess.run(command, env=seat_env(name), check=True, stdout=subprocess.DEVNULL)
            else:
                trainings.append(subprocess.Popen(command, env=seat_env(name), stdout=subprocess.DEVNULL))
        walk(url, folder, trainings)
    finally:
        for process in trainings:
            process.kill()
        stop(server)


def walk(url: str, folder, trainings) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication, QTabWidget

    from cnngui.ui.main_window import create_main_window
    from cnngui.ui.window.class_view import open_class_view

    app = QApplication(sys.argv)
    window = create_main_window()
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    view = open_class_view(window, folder.root)
    view.move(60, 30)
    running = lambda: [r for r, row in enumerate(view.rows) if row["status"] == "RUNNING"]  # noqa: E731
    wait_for(app, lambda: len(running()) == 2, 180, "two seats training")
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in running():
        view.runsTable.selectionModel().select(view.runsTable.model().index(r, 0), flags)
    wait_for(app, lambda: len(view.plots.accuracyPlot.getPlotItem().listDataItems()) == 2, 240,
             "the two runs' first epochs")
    view.challengeCombo.setCurrentText("small and good")
    grab(app, window, "class-view-live.png")
    wait_for(app, lambda: all(p.poll() is not None for p in trainings), 600, "the trainings to end")
    view.refresh()
    wait_for(app, lambda: not running() and view.leaderboard.count() >= 2, 60, "the leaderboard")
    view._selection_changed()  # the curves of runs that ended, read once more
    pump(app, 3)
    grab(app, window, "class-view.png")
    view.findChild(QTabWidget, "classSideTabs").setCurrentIndex(1)
    votes = view.votes
    votes.questionCombo.setCurrentIndex(votes.questionCombo.findData("why-cnns-for-images/s02"))
    votes.revealButton.setChecked(True)
    pump(app, 1)
    grab(app, window, "class-votes.png")
    view.findChild(QTabWidget, "classSideTabs").setCurrentIndex(0)
    winner = view.boards["small and good"][0]
    row = next(r for r, item in enumerate(view.rows) if item["run_id"] == winner["run_id"])
    view.runsTable.clearSelection()
    view.runsTable.selectRow(row)
    view.showButton.click()
    wait_for(app, lambda: "on the projector" in view.statusLabel.text(), 60, "the model on the projector")
    name = view.datasetCombo.currentData()
    view.save_drawings(name, folder.root.parent / "pooled" / name)
    wait_for(app, lambda: "saved in" in view.statusLabel.text(), 120, "the class's drawings")
    print(view.statusLabel.text(), flush=True)
    view.close()
    window.mainTabs.setCurrentWidget(window.draw_tab)
    pump(app, 1)
    draw_digit(app, window.draw_tab.canvas, 4)
    pump(app, 3)
    grab(app, window, "class-projector.png")
    pooled = folder.root.parent / "pooled" / name
    window.mainTabs.setCurrentWidget(window.evaluate_tab)
    box = window.evaluate_tab.handwriting
    box.parentWidget().parentWidget().setCurrentWidget(box)  # "Our handwriting", beside the test set's tabs
    box.set_folder(pooled)
    wait_for(app, lambda: box.table.rowCount() >= 2, 120, "the per-writer evaluation")
    grab(app, window, "class-drawings-evaluated.png")
    window.confirm_close = lambda: True
    window.close()


if __name__ == "__main__":
    main()
