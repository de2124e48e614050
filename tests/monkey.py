"""A seeded random driver of the real window: thirty students clicking everything, in one process.

It clicks visible buttons and check boxes, sets spin boxes and combo boxes (extremes too), types
keys into the focused widget, draws strokes, switches tabs, bursts Start/Pause/Stop, clicks
into tables, grids and maps, and answers every file dialog with a file from a pool of good and
deliberately broken ones (images, checkpoints, networks, data folders); joins "classes" that are no
class server (a web page, a 404, garbage, an endless answer, silence, a closed port) and opens folders
that are no class as the Class view. It fails on any
unhandled exception, any Qt warning of a thread destroyed while running, and any event-loop
stall over a second; the seed is printed so a failure can be replayed. Waiting uses a
QEventLoop (QTest.qWait was seen to starve the training thread).

    python tests/monkey.py --seed 1 --seconds 200     # the long run (figures in docs/reliability.md)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

STALL_LIMIT_MS = 1000.0
KEYS = ["A", "7", "Space", "Escape", "Delete", "Return", "Left", "Right", "Up", "Down", "Tab", "Backspace",
        "PageUp", "PageDown", "Home", "End", "Minus", "Plus", "Period"]


@dataclass
class MonkeyReport:
    seed: int
    actions: int = 0
    exceptions: list[str] = field(default_factory=list)
    thread_warnings: list[str] = field(default_factory=list)
    max_stall_ms: float = 0.0
    stall_action: str = ""
    rss_start_mb: float = 0.0
    rss_end_mb: float = 0.0
    seconds: float = 0.0
    counts: dict = field(default_factory=dict)
    closing: str = ""
    rss_minute_mb: float = 0.0  # after gc and malloc_trim, once the first minute is over (0: a shorter run)
    rss_last_mb: float = 0.0  # the same at the end, before the window closes
    growth: list[str] = field(default_factory=list)  # with --memory: what grew most from the first minute on
    gui_waits: list[str] = field(default_factory=list)  # the actions during which the GUI thread waited for a task
    rss_trimmed_mb: float = 0.0

    @property
    def ok(self) -> bool:
        return (not self.exceptions and not self.thread_warnings and not self.gui_waits
                and self.max_stall_ms <= STALL_LIMIT_MS)

    def summary(self) -> str:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
        return (f"monkey seed {self.seed}: {self.actions} actions in {self.seconds:.0f} s ({kinds}); "
                f"{len(self.exceptions)} unhandled exceptions, {len(self.thread_warnings)} thread warnings, "
                f"{len(self.gui_waits)} waits for a task on the GUI thread, "
                f"longest event-loop stall {self.max_stall_ms:.0f} ms (during {self.stall_action or '-'}); "
                f"RSS {self.rss_start_mb:.0f} -> {self.rss_end_mb:.0f} MB ({self.rss_trimmed_mb:.0f} MB after gc and "
                f"malloc_trim); after gc and malloc_trim {self.rss_minute_mb:.0f} MB at one minute, "
                f"{self.rss_last_mb:.0f} MB at the end; closing: {self.closing}")


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def trimmed_rss_mb() -> float:
    """RSS once Python's garbage is collected and glibc has given its free pages back: what is really held."""
    import ctypes
    import gc

    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    return rss_mb()


def make_file_pool(folder: Path, seed_checkpoint: Path | None) -> list[Path]:
    """Good and broken files of every kind a dialog might be given."""
    import numpy as np
    import torch
    from PIL import Image

    from cnngui.core.data.strokes import render_digit
    from cnngui.core.network.architecture import PRESETS, save_architecture

    folder.mkdir(parents=True, exist_ok=True)
    pool: list[Path] = []

    def put(name: str, data: bytes) -> None:
        (folder / name).write_bytes(data)
        pool.append(folder / name)

    render_digit(3).save(folder / "three.png")
    render_digit(7, invert=True).convert("RGB").save(folder / "seven.jpg")
    Image.new("LAB", (20, 20), (40, 0, 0)).save(folder / "lab.tif")
    Image.fromarray(np.full((9, 9), np.nan, dtype=np.float32), mode="F").save(folder / "nan.tif")
    Image.new("L", (1, 1), 255).save(folder / "dot.png")
    pool += [folder / n for n in ("three.png", "seven.jpg", "lab.tif", "nan.tif", "dot.png")]
    put("empty.png", b"")
    put("text.png", b"not an image")
    put("truncated.png", (folder / "three.png").read_bytes()[:300])
    put("garbage.pt", os.urandom(2000))
    put("empty.pt", b"")
    torch.save({"weights": torch.zeros(2)}, folder / "foreign.pt")
    pool.append(folder / "foreign.pt")
    if seed_checkpoint is not None:
        pool.append(seed_checkpoint)
        put("truncated.pt", seed_checkpoint.read_bytes()[:3000])
    for key in ("deep", "lenet5", "ffnn"):
        save_architecture(PRESETS[key].layers, folder / f"{key}.json")
        pool.append(folder / f"{key}.json")
    put("bad-net.json", b'[{"type": "dense", "out": 10}, {"type": "conv", "out": 3}]')
    put("not-json.json", b"{oops")
    put("huge-net.json", b'[{"type": "flatten"}, {"type": "dense", "out": 8192}, {"type": "dense", "out": 8192}]')
    (folder / "a-folder").mkdir(exist_ok=True)
    pool.append(folder / "a-folder")
    images = folder / "image-folder"  # a small dataset of drawings (two classes), and folders that can't be one
    for digit in (1, 7):
        for i in range(3):
            (images / str(digit)).mkdir(parents=True, exist_ok=True)
            render_digit(digit, size=64, width=float(6 + 3 * i)).save(images / str(digit) / f"{i}.png")
    (images / "7" / "broken.png").write_bytes(b"\x89PNG not really")
    (folder / "one-class" / "3").mkdir(parents=True, exist_ok=True)
    render_digit(3, size=64).save(folder / "one-class" / "3" / "a.png")
    pool += [images, folder / "one-class"]
    from notebook_files import FIXTURES, make_bad_models  # Keras and ONNX models, good and broken

    pool += list(make_bad_models(folder / "models").values())
    pool += [FIXTURES / name for name in ("seed_style.keras", "every_kind.h5", "pytorch_notebook.onnx")]
    pool.append(folder / "missing-file.pt")
    pool.append(Path("/dev/null"))
    return pool


class Monkey:
    def __init__(self, app, window, seed: int, pool: list[Path], out_folder: Path,
                 class_urls: list[str] | None = None) -> None:
        self.app, self.window = app, window
        self.class_urls = class_urls or ["http://127.0.0.1:9", "not an address", ""]
        self.rng = random.Random(seed)
        self.pool, self.out_folder = pool, out_folder
        self.report = MonkeyReport(seed)
        self.last_tick = None
        self.current = "start"

    # ---- watching -----------------------------------------------------------------------------
    def install(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer, qInstallMessageHandler
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        self._old_hook = sys.excepthook
        sys.excepthook = self._exception
        self._old_handler = qInstallMessageHandler(self._qt_message)
        self.clock = QElapsedTimer()
        self.clock.start()
        self.heartbeat = QTimer(interval=20)
        self.heartbeat.timeout.connect(self._tick)
        self.heartbeat.start()
        # Every file dialog answers at once with a file of the pool (or a fresh name to save to), or is cancelled.
        self._dialogs = (QFileDialog.getOpenFileName, QFileDialog.getSaveFileName, QFileDialog.getExistingDirectory,
                         QMessageBox.question)
        QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (self._pick_file(), ""))
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (self._save_path(), ""))
        QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: self._pick_file())
        QMessageBox.question = staticmethod(lambda *a, **k: self.rng.choice(
            [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]))
        # A window freezes when its thread waits for background work: every such wait outside the closing is
        # noted with the action that made it (a count of work, not a clock a busy PC can stretch)
        from cnngui.ui.tasks import Task

        self._task_wait = Task.wait
        monkey = self

        def noted_wait(task, timeout_ms: int = 10_000) -> bool:
            if monkey.current != "closing" and task.running:
                monkey.report.gui_waits.append(f"{task.name} during {monkey.current}")
            return monkey._task_wait(task, timeout_ms)

        Task.wait = noted_wait

    def uninstall(self) -> None:
        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from cnngui.ui.tasks import Task

        Task.wait = self._task_wait
        self.heartbeat.stop()
        sys.excepthook = self._old_hook
        qInstallMessageHandler(self._old_handler)
        (QFileDialog.getOpenFileName, QFileDialog.getSaveFileName, QFileDialog.getExistingDirectory,
         QMessageBox.question) = self._dialogs

    def _exception(self, exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        self.report.exceptions.append(f"[after {self.current}] {text}")
        sys.stderr.write(f"monkey seed {self.report.seed}: unhandled exception after {self.current}\n{text}")

    def _qt_message(self, mode, context, message) -> None:
        if "Destroyed while thread" in message or "still running" in message:
            self.report.thread_warnings.append(message)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        if self.last_tick is not None:
            gap = now - self.last_tick - 20
            if gap > self.report.max_stall_ms:
                self.report.max_stall_ms, self.report.stall_action = gap, self.current
        self.last_tick = now

    def wait(self, ms: int) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    # ---- files --------------------------------------------------------------------------------
    def _pick_file(self) -> str:
        if self.rng.random() < 0.15:
            return ""  # cancelled
        return str(self.rng.choice(self.pool))

    def _save_path(self) -> str:
        choice = self.rng.random()
        if choice < 0.15:
            return ""
        if choice < 0.3:
            return str(self.rng.choice([self.out_folder, Path("/dev/null"), self.out_folder / "a-folder"]))
        suffix = self.rng.choice([".pt", ".json", ".png", ".csv", ".onnx", ".py"])
        return str(self.out_folder / f"saved-{self.rng.randrange(5)}{suffix}")

    # ---- acting -------------------------------------------------------------------------------
    def visible(self, cls):
        tab = self.window.mainTabs.currentWidget()
        return [w for w in tab.findChildren(cls) if w.isVisible() and w.isEnabled()]

    def step(self) -> None:
        actions = [(self.click_button, 22), (self.set_spin, 12), (self.set_combo, 10), (self.press_key, 10),
                   (self.draw_stroke, 10), (self.switch_tab, 8), (self.train_burst, 4), (self.click_view, 12),
                   (self.open_file, 8), (self.close_dialogs, 4), (self.classroom, 4), (self.class_seat, 2)]
        action = self.rng.choices([a for a, _ in actions], weights=[w for _, w in actions])[0]
        self.current = action.__name__
        self.report.counts[self.current] = self.report.counts.get(self.current, 0) + 1
        action()
        self.report.actions += 1

    def classroom(self) -> None:
        """What a teacher does beside the tabs: zoom, themes, slides, a lesson's steps."""
        from cnngui.core.teaching.lessons import bundled_lessons
        from cnngui.ui.lesson_panel import LessonPanel

        window = self.window
        panel = window.findChild(LessonPanel)
        moves = {
            "zoom in": window.appearance.zoom_in, "zoom out": window.appearance.zoom_out,
            "reset zoom": window.appearance.reset_zoom,
            "theme": window.theme_actions[self.rng.choice(list(window.theme_actions))].trigger,
            "copy view": window.slides.copy, "save view": window.slides.save_as,
            "open lesson": lambda: window.open_lesson(self.rng.choice(bundled_lessons())),
        }
        if panel is not None and panel.isVisible():
            moves.update({"lesson next": panel.lessonNextButton.click, "lesson back": panel.lessonBackButton.click,
                          "lesson restart": panel.restart, "close lesson": panel.close,
                          "lesson answer": lambda: self.answer_question(panel)})
        name = self.rng.choice(sorted(moves))
        self.current = name
        moves[name]()

    def class_seat(self) -> None:
        """Join a "class" that is none (the bad-input catalogue's servers), leave, or open a folder that is no
        class as the Class view: each must end in words, in the dialog or a message box, and nothing else."""
        from cnngui.ui.window.class_seat import JoinClassDialog
        from cnngui.ui.window.class_view import open_class_view

        window = self.window
        dialog = next((d for d in window.findChildren(JoinClassDialog) if d.isVisible()), None)
        moves = {"open join": window._join_class, "class view of a folder":
                 lambda: open_class_view(window, self.rng.choice(self.pool).parent)}
        if dialog is not None:
            def join() -> None:
                dialog.addressEdit.setText(self.rng.choice(self.class_urls))
                dialog.nameEdit.setText(self.rng.choice(["Ann", "", "  ", "Zoë Ümlaut", "x" * 300]))
                dialog.codeEdit.setText(self.rng.choice(["", "ABCD-EFGH-IJKL", "🙂"]))
                dialog.joinButton.click()
            moves.update({"join": join, "leave class": dialog.leaveButton.click})
        name = self.rng.choice(sorted(moves))
        self.current = name
        moves[name]()

    def answer_question(self, panel) -> None:
        """Commit an answer to the step's question, or try again: a guess, as a student's may be."""
        box = panel.question
        if box.question is None or not box.isVisible():
            return
        if box.lessonTryAgainButton.isVisible():
            box.lessonTryAgainButton.click()
            return
        if box.question.kind == "choice":
            box.choiceGroup.button(self.rng.randrange(len(box.question.choices))).click()
        else:
            box.lessonAnswerEdit.setText(str(self.rng.choice([-1, 0, 3, 49, 535818, 1e9])))
        box.lessonCommitButton.click()

    def click_button(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QAbstractButton

        buttons = [b for b in self.visible(QAbstractButton) if b.objectName() != "qt_tabwidget_scrollbutton"]
        if buttons:
            button = self.rng.choice(buttons)
            self.current = f"click {button.objectName() or button.text()!r}"
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def set_spin(self) -> None:
        from PySide6.QtWidgets import QAbstractSpinBox

        spins = self.visible(QAbstractSpinBox)
        if spins:
            spin = self.rng.choice(spins)
            self.current = f"set {spin.objectName() or 'spin box'}"
            low, high = spin.minimum(), spin.maximum()
            value = self.rng.choice([low, high, low + (high - low) * self.rng.random(), spin.value() + 1])
            value = min(max(value, low), high)  # what a person can type; beyond it PySide overflows, Qt does not
            spin.setValue(int(value) if isinstance(spin.value(), int) else value)

    def set_combo(self) -> None:
        from PySide6.QtWidgets import QComboBox

        combos = [c for c in self.visible(QComboBox) if c.count()]
        if combos:
            combo = self.rng.choice(combos)
            self.current = f"choose in {combo.objectName() or 'combo box'}"
            combo.setCurrentIndex(self.rng.randrange(combo.count()))
            combo.activated.emit(combo.currentIndex())

    def press_key(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        target = self.app.focusWidget() or self.window.mainTabs.currentWidget()
        key = getattr(Qt.Key, f"Key_{self.rng.choice(KEYS)}")
        modifier = self.rng.choice([Qt.KeyboardModifier.NoModifier] * 4 + [Qt.KeyboardModifier.ControlModifier])
        if modifier == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Q, Qt.Key.Key_W):
            return  # quitting is not a monkey's business here
        self.current = f"key {key.name} on {type(target).__name__}"
        QTest.keyClick(target, key, modifier)

    def draw_stroke(self) -> None:
        from PySide6.QtCore import QPointF

        self.window.mainTabs.setCurrentWidget(self.window.draw_tab)
        canvas = self.window.draw_tab.canvas
        w, h = canvas.width(), canvas.height()
        points = [QPointF(self.rng.uniform(0, w), self.rng.uniform(0, h)) for _ in range(self.rng.randint(2, 8))]
        self.current = "draw a stroke"
        canvas.begin_stroke(points[0])
        for point in points[1:]:
            canvas.extend_stroke(point)
            self.app.processEvents()
        if hasattr(canvas, "end_stroke"):
            canvas.end_stroke()

    def switch_tab(self) -> None:
        tabs = self.window.mainTabs
        tabs.setCurrentIndex(self.rng.randrange(tabs.count()))
        self.current = f"switch to {tabs.tabText(tabs.currentIndex())}"

    def train_burst(self) -> None:
        tab = self.window.train_tab
        self.current = "start/pause/stop burst"
        for _ in range(self.rng.randint(1, 6)):
            self.rng.choice([tab.start, tab.toggle_pause, tab.stop, tab.start])()
            self.wait(self.rng.randint(0, 40))

    def click_view(self) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QAbstractItemView

        from cnngui.ui.widgets.lab_grid import LabGrid
        from cnngui.ui.widgets.mosaic import MosaicView

        views = [v for cls in (MosaicView, LabGrid, QAbstractItemView) for v in self.visible(cls)]
        if views:
            view = self.rng.choice(views)
            target = view.viewport() if isinstance(view, QAbstractItemView) else view
            point = QPoint(self.rng.randrange(max(1, target.width())), self.rng.randrange(max(1, target.height())))
            self.current = f"click into {view.objectName() or type(view).__name__}"
            QTest.mouseMove(target, point)
            QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=point)

    def open_file(self) -> None:
        window = self.window
        path = self.rng.choice(self.pool)
        opener = self.rng.choice([window.open_model, window.network_tab.open_architecture,
                                  window.draw_tab.open_image, window.train_tab.resume_from,
                                  lambda p: window.train_tab.set_data_folder(str(p)),
                                  window.train_tab.set_image_folder])
        self.current = f"open {path.name} with {getattr(opener, '__name__', 'set_data_folder')}"
        opener(path)

    def close_dialogs(self) -> None:
        from PySide6.QtWidgets import QDialog

        self.current = "close dialogs"
        for box in self.window.findChildren(QDialog):  # message boxes, "Add to my dataset", the timeline...
            if box.isVisible():
                box.close()

    # ---- running ------------------------------------------------------------------------------
    def run(self, seconds: float = 0, actions: int = 0, memory: bool = False) -> MonkeyReport:
        """`memory`: trace Python's allocations and objects from the first minute on (slow) and say what grew."""
        self.report.rss_start_mb = rss_mb()
        start = time.monotonic()
        self.install()
        first_minute = None
        try:
            while (seconds and time.monotonic() - start < seconds) or (actions and self.report.actions < actions):
                self.step()
                self.wait(self.rng.randint(0, 30))
                if self.report.exceptions:
                    break
                if first_minute is None and time.monotonic() - start >= 60:
                    self.report.rss_minute_mb = trimmed_rss_mb()
                    first_minute = memory_mark() if memory else {}
            if first_minute is not None:
                self.report.rss_last_mb = trimmed_rss_mb()
                if memory:
                    self.report.growth = memory_growth(first_minute)
            self.current = "closing"
            from cnngui.ui.tasks import Task

            running = sorted(task.name for task in Task.live)
            self.window.confirm_close = lambda: True
            started = time.perf_counter()
            self.window.close()
            closed = time.perf_counter()
            self.wait(50)
            Task.shutdown_all()
            self.report.closing = (f"close {1000 * (closed - started):.0f} ms with {running or 'no tasks'} "
                                   f"running; then {1000 * (time.perf_counter() - closed - 0.05):.0f} ms")
            self.wait(50)
        finally:
            self.uninstall()
        self.report.seconds = time.monotonic() - start
        self.report.rss_end_mb = rss_mb()
        self.report.rss_trimmed_mb = trimmed_rss_mb()
        return self.report


def memory_mark() -> dict:
    """What is alive now: Python objects by type, and (from here on) Python's allocations by line."""
    import gc
    import tracemalloc
    from collections import Counter

    gc.collect()
    if not tracemalloc.is_tracing():
        tracemalloc.start(12)
    return {"types": Counter(type(o).__qualname__ for o in gc.get_objects()), "snapshot": tracemalloc.take_snapshot()}


def memory_growth(mark: dict, top: int = 12) -> list[str]:
    """What grew since `mark`: object counts by type and allocations by traceback."""
    import gc
    import tracemalloc
    from collections import Counter

    gc.collect()
    types = Counter(type(o).__qualname__ for o in gc.get_objects())
    types.subtract(mark["types"])
    lines = [f"objects +{n} {name}" for name, n in types.most_common(top) if n > 0]
    stats = tracemalloc.take_snapshot().compare_to(mark["snapshot"], "traceback")
    for stat in stats[:top]:
        frames = [f"{f.filename.split('site-packages/')[-1].split('/work/main/')[-1]}:{f.lineno}"
                  for f in stat.traceback[-6:]]
        where = " <- ".join(frames[::-1])
        lines.append(f"alloc {stat.size_diff / 1e6:+.1f} MB in {stat.count_diff:+} blocks at {where}")
    tracemalloc.stop()
    return lines


def small_training_data(count: int = 1500):
    """A slice of MNIST, so the monkey's training runs start and end often."""
    from cnngui.core.data.loading import load_mnist

    return load_mnist().subset(train=count, test=500)


def run_monkey(seed: int, seconds: float = 0, actions: int = 0, seed_checkpoint: Path | None = None,
               memory: bool = False) -> MonkeyReport:
    from PySide6.QtWidgets import QApplication

    from cnngui.ui.main_window import create_main_window

    app = QApplication.instance() or QApplication([])
    from fake_servers import FakeServers

    folder = Path(tempfile.mkdtemp(prefix=f"cnngui-monkey-{seed}-"))
    pool = make_file_pool(folder / "files", seed_checkpoint)
    servers = FakeServers()
    window = create_main_window()
    window.resize(1100, 760)
    window.show()
    data = small_training_data()
    window.state.load_training_data = lambda: data
    window.train_tab.data_provider = window.state.load_training_data
    window.train_tab.autosave_path = folder / "autosave.pt"
    monkey = Monkey(app, window, seed, pool, folder / "out", list(servers.urls.values()))
    (folder / "out").mkdir()
    try:
        return monkey.run(seconds=seconds, actions=actions, memory=memory)
    finally:
        servers.stop()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CNNGUI_DATA_DIR", tempfile.mkdtemp(prefix="cnngui-monkey-data-"))
    os.environ.setdefault("CNNGUI_CONFIG_DIR", tempfile.mkdtemp(prefix="cnngui-monkey-config-"))  # its "classes"
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=200)
    parser.add_argument("--memory", action="store_true", help="say what grew from the first minute on (slow)")
    args = parser.parse_args()
    report = run_monkey(args.seed, seconds=args.seconds, memory=args.memory)
    print(report.summary(), flush=True)
    for text in report.exceptions + report.thread_warnings + report.growth:
        print(text)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
