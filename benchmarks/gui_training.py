"""GUI responsiveness while training on the CPU, and GUI-side throughput against the headless trainer.

A 10 ms timer on the GUI thread measures event-loop lateness (p50, p99, max) during a GUI
training run; the plot refresh rate is counted; the same data and recipe also run headless
in the same process, for the throughput comparison.
Usage: python benchmarks/gui_training.py [--images N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CNNGUI_DATA_DIR",
                      __import__("tempfile").mkdtemp(prefix="cnngui-bench-"))  # not the user's settings
import cnngui  # noqa: F401 - first, as in the app: it sets how many threads numpy's BLAS may use


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


HEADLESS = """
import sys
from cnngui.core.data.loading import ImageData, load_mnist
from cnngui.core.training.loop import Listener, Trainer
from cnngui.core.training.recipes import preset
n = int(sys.argv[1])
full = load_mnist()
data = ImageData(full.train_images[:n], full.train_labels[:n], full.test_images, full.test_labels)
rates = []
class Rate(Listener):
    def on_epoch(self, report, trainer):
        rates.append(report.images_per_sec)
Trainer(data, preset("fast", epochs=1, device="cpu"), listener=Rate()).run()
print(rates[0])
"""


def collection_pauses() -> list[tuple[float, int, str]]:
    """(ms, generation, where) of every garbage collection over 2 ms from now on, on any thread; `where`: the
    thread that set it off and the innermost line of cnngui's own code it was running."""
    import gc
    import threading
    import traceback

    pauses, started = [], {}

    def timed(phase, info):
        if phase == "start":
            started["t"] = time.perf_counter()
        elif "t" in started:
            ms = 1000 * (time.perf_counter() - started.pop("t"))
            if ms > 2:
                ours = [f for f in traceback.extract_stack()[:-1] if "/cnngui/" in f.filename]
                where = f"{ours[-1].filename.split('/cnngui/')[-1]}:{ours[-1].lineno} {ours[-1].name}" if ours else ""
                pauses.append((ms, info["generation"], f"{threading.current_thread().name}: {where}"))

    gc.callbacks.append(timed)
    return pauses


def _slow_events_app():
    from PySide6.QtWidgets import QApplication

    class SlowEvents(QApplication):
        """Notes every event the GUI thread takes over 15 ms to handle, with its receiver."""

        def __init__(self, argv) -> None:
            super().__init__(argv)
            self.slow: list[tuple[float, str, str]] = []

        def notify(self, receiver, event) -> bool:
            start = time.perf_counter()
            kind = event.type()
            result = super().notify(receiver, event)
            ms = 1000 * (time.perf_counter() - start)
            if ms > 15:
                try:  # a window closed by this very event is gone already
                    name = receiver.objectName() if hasattr(receiver, "objectName") else ""
                except RuntimeError:
                    name = "(deleted)"
                self.slow.append((ms, str(kind).split(".")[-1], f"{type(receiver).__name__} {name}".strip()))
            return result

    return SlowEvents


def headless_rate(images: int) -> float:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", HEADLESS, str(images)], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=60000)
    parser.add_argument("--switch-interval", type=float, help="sys.setswitchinterval for this run (s)")
    parser.add_argument("--why", action="store_true",
                        help="also list the GUI thread's slowest events and Python's garbage-collection pauses")
    args = parser.parse_args()
    if args.switch_interval:
        import sys

        sys.setswitchinterval(args.switch_interval)
    from _qt import close_cleanly
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from cnngui.core.data.loading import ImageData, load_mnist
    from cnngui.core.training.recipes import preset
    from cnngui.ui.torch_threads import reserve_gui_thread

    SlowEvents = _slow_events_app()

    before = headless_rate(args.images)  # the trainer alone in its own process, before and after the GUI run
    app = SlowEvents([]) if args.why else QApplication([])
    pauses = collection_pauses() if args.why else []
    reserve_gui_thread()  # as the app does, before this thread runs tensor ops
    from cnngui.ui.main_window import create_main_window

    full = load_mnist()
    data = ImageData(full.train_images[:args.images], full.train_labels[:args.images], full.test_images,
                     full.test_labels)
    config = preset("fast", epochs=1, device="cpu")  # the GUI's default recipe, bf16 where supported

    window = create_main_window()
    window.resize(1280, 800)
    window.show()
    tab = window.train_tab
    tab.data_provider = lambda: data
    tab.autosave_path = None
    tab.recipe.presetCombo.setCurrentIndex(tab.recipe.presetCombo.findData("fast"))
    tab.recipe.epochsSpin.setValue(1)
    tab.recipe.deviceCombo.setCurrentIndex(tab.recipe.deviceCombo.findData("cpu"))
    assert tab.config() == config, (tab.config(), config)
    refreshes = []
    original_refresh = tab.curves.refresh

    def counting_refresh():
        refreshes.append(time.perf_counter())
        original_refresh()

    tab.curves.refresh = counting_refresh
    gui_rates = []
    lateness, when, marks = [], [], {}
    clock = QElapsedTimer()
    state = {"last": None, "training": False}

    def tick():
        now = clock.nsecsElapsed() / 1e6
        if state["last"] is not None and state["training"]:
            lateness.append(max(0.0, now - state["last"] - 10.0))
            when.append(now)
        state["last"] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    def started(_):
        state.update(training=True, cpu=time.thread_time())
        marks.update(started=clock.nsecsElapsed() / 1e6)

    def epoch(done):
        gui_rates.append(done.report.images_per_sec)
        marks.update(epoch=clock.nsecsElapsed() / 1e6, gui_cpu=time.thread_time() - state["cpu"])
        state.update(training=False)

    tab.run.sig_started.connect(started)
    tab.run.sig_epoch.connect(epoch)
    tab.start()
    tab.sig_running_changed.connect(lambda running: running or app.quit())
    QTimer.singleShot(600_000, app.quit)
    app.exec()  # the app's own event loop: a polling loop here would cost the GUI thread more than the app does
    timer.stop()
    after = headless_rate(args.images)
    headless = (before + after) / 2  # this machine's speed drifts: compare with both sides of the GUI run
    span = refreshes[-1] - refreshes[0] if len(refreshes) > 1 else float("nan")
    print(f"headless trainer: {before:,.0f} images/s before, {after:,.0f} after; "
          f"GUI worker: {gui_rates[0]:,.0f} images/s "
          f"= {gui_rates[0] / headless:.0%} of headless (goal >= 90%)")
    print(f"GUI event-loop lateness during training ({len(lateness)} ticks of a 10 ms timer): "
          f"p50 {statistics.median(lateness):.1f} ms, p99 {percentile(lateness, 0.99):.1f} ms, "
          f"max {max(lateness):.1f} ms (goals p99 <= 20 ms, max <= 50 ms)")
    worst = max(range(len(lateness)), key=lateness.__getitem__)
    print(f"  worst tick at {when[worst] - marks['started']:.0f} ms after training started "
          f"(epoch signal at {marks.get('epoch', 0) - marks['started']:.0f} ms)")
    print(f"GUI thread's CPU time while training: {marks['gui_cpu']:.2f} s in "
          f"{(marks['epoch'] - marks['started']) / 1000:.1f} s")
    print(f"plot refreshes: {len(refreshes)} in {span:.1f} s = {len(refreshes) / span:.1f} Hz "
          "(at most 5 Hz; the progress text 10 Hz)")
    if args.why:
        print("slowest GUI events while training (ms, event, receiver):")
        for ms, kind, receiver in sorted(app.slow, reverse=True)[:8]:
            print(f"  {ms:6.1f}  {kind:<24} {receiver}")
        print(f"garbage collections over 2 ms: {len(pauses)}; the longest: "
              + ", ".join(f"{ms:.1f} ms (generation {gen})" for ms, gen, _ in sorted(pauses, reverse=True)[:5]))
        for ms, gen, where in sorted(pauses, reverse=True)[:3]:
            print(f"    {ms:5.1f} ms, generation {gen}, set off in {where}")
    close_cleanly(app, window)


if __name__ == "__main__":
    main()
