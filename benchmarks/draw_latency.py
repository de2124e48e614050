"""Latency from a pen event to the updated prediction on screen, and to fresh feature maps.

A scripted drawing (every digit's strokes, in small pen steps) is sent to the real canvas;
each step is timed from the mouse event until the answer is shown and every paint the event
asked for is done (until 2026-12-01 it forced whole repaints of the canvas and the answer's
widgets instead, which the app itself never does). Beside it, in the same
run: the raw model forward time and the preprocessing time alone.
With --profile: where a pen event's time goes (benchmarks/pen_profile.py): each step's share, and
the repaints, layouts and model calls per event.
Usage: python benchmarks/draw_latency.py [--profile]
"""

from __future__ import annotations

import itertools
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CNNGUI_DATA_DIR",
                      __import__("tempfile").mkdtemp(prefix="cnngui-bench-"))  # not the user's settings
import cnngui  # noqa: F401 - first, as in the app: it sets how many threads numpy's BLAS may use

FIRST = 50  # a mode's first pen events, reported apart: a stall there is what a student meets first


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] * 1000


def install_profile(app) -> None:
    """Time the Draw tab's own steps (before the window is made, so its connections see the wrappers)."""
    from pen_profile import wrap

    from cnngui.core.evaluation.predict import Predictor
    from cnngui.ui.app_state import AppState

    try:
        from cnngui.ui.tabs.draw import tab as draw_module
        from cnngui.ui.widgets.canvas import DrawCanvas
    except ImportError:  # the layout before 2026-12-01, to profile it beside today's
        from cnngui.ui import draw_tab as draw_module
        from cnngui.ui.canvas import DrawCanvas
    DrawTab = draw_module.DrawTab

    wrap(Predictor, "predict", "preprocessing and the model", app, count="model calls")
    wrap(draw_module, "pixmap_of", "the input and step pictures, scaled", app, count="pictures scaled")
    wrap(DrawTab, "_show", "the answer's widgets (texts, pictures, bars)", app)
    wrap(AppState, "set_prediction", "the other tabs hearing of it (signal)", app)
    wrap(DrawCanvas, "extend_stroke", "the stroke drawn into the canvas image", app)
    wrap(DrawCanvas, "begin_stroke", "the stroke drawn into the canvas image", app)


def main() -> None:
    import numpy as np
    import torch
    from _qt import close_cleanly
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    profiling = "--profile" in sys.argv
    if profiling:
        from pen_profile import ProfilingApp

        app = ProfilingApp([])
        install_profile(app)
    else:
        app = QApplication([])
    try:
        from cnngui.ui.main_window import create_main_window
    except ImportError:  # before 2026-12-01
        from cnngui.app import create_main_window
    from cnngui.core.data.preprocess import preprocess
    from cnngui.core.data.strokes import place_strokes

    window = create_main_window()
    window.resize(1280, 1000)
    window.show()
    window.mainTabs.setCurrentWidget(window.draw_tab)
    app.processEvents()
    tab, canvas = window.draw_tab, window.draw_tab.canvas
    side = min(canvas.width(), canvas.height())
    ox, oy = (canvas.width() - side) / 2, (canvas.height() - side) / 2

    def send(kind, point, buttons):
        button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        QApplication.sendEvent(canvas, QMouseEvent(kind, point, canvas.mapToGlobal(point), button, buttons,
                                                   Qt.KeyboardModifier.NoModifier))

    def step(kind, point, buttons):
        done = []

        def landed():
            done.append(window.state.prediction)

        window.state.sig_input_changed.connect(landed)
        start = time.perf_counter()
        send(kind, point, buttons)
        while not done:
            app.processEvents()
        # On screen: every paint the event asked for (the widgets' own update()s, no more) is done
        app.sendPostedEvents()
        app.processEvents()
        elapsed = time.perf_counter() - start
        window.state.sig_input_changed.disconnect(landed)
        return elapsed

    # "not sure" judged on every answer, as a user gets it once the model's report is made
    window.state.request_report()
    while window.state.predictor.calibration is None:
        app.processEvents()
        time.sleep(0.01)

    def draw_every_digit(repeats: int, explore: list | None = None) -> list:
        latencies = []
        for _ in range(repeats):
            for digit in range(10):
                canvas.clear()
                app.processEvents()
                for stroke in place_strokes(digit, size=side, box=0.6):
                    points = [QPointF(ox + x, oy + y) for x, y in stroke]
                    latencies.append(step(QEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton))
                    for a, b in itertools.pairwise(points):
                        for t in np.linspace(0.25, 1, 4):
                            latencies.append(step(QEvent.Type.MouseMove, a + (b - a) * float(t),
                                                  Qt.MouseButton.LeftButton))
                    send(QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)
                if explore is not None:  # Explore tab: feature maps of every layer for this drawing, redrawn
                    exp = window.explore_tab
                    start = time.perf_counter()
                    exp.refresh()
                    exp.featureMapGrid.repaint()
                    explore.append(time.perf_counter() - start)
        return latencies

    if profiling:
        tab.whyCheck.setChecked(False)
        app.active, start = True, time.perf_counter()
        events = len(draw_every_digit(1))
        app.active = False
        from pen_profile import report

        print("\n".join(report(app, events, time.perf_counter() - start)))
        close_cleanly(app, window)
        return
    explore = []
    modes = {}
    inside = getattr(tab, "insideNetworkBox", None)  # the diagram with the drawing inside it (issue 25)
    for name, why, method, diagram in (("'why' off, diagram hidden", False, None, False),
                                       ("'why' off, diagram showing", False, None, True),
                                       ("'why' on, integrated gradients", True, "gradients", True),
                                       ("'why' on, occlusion", True, "occlusion", True)):
        if inside is None and diagram:
            name = name.replace(", diagram showing", "") + " (no diagram in this version)"
        elif inside is not None:
            inside.setChecked(diagram)
            app.processEvents()
            if diagram:  # on screen, not scrolled away: its paints are part of the pen event's cost
                column = inside.parentWidget()
                while column is not None and not hasattr(column, "ensureWidgetVisible"):
                    column = column.parentWidget()
                if column is not None:
                    column.ensureWidgetVisible(inside)
                app.processEvents()
        tab.whyCheck.setChecked(why)
        if method:
            tab.whyMethodCombo.setCurrentIndex(tab.whyMethodCombo.findData(method))
        modes[name] = draw_every_digit(2, explore if not why and not diagram else None)
        while tab.jobs.running("why") if hasattr(tab, "jobs") else tab._why.running:  # the last map lands first
            app.processEvents()

    model = window.state.predictor.model
    x = torch.randn(1, 1, 28, 28)
    with torch.inference_mode():
        for _ in range(20):
            model(x)
        forward = []
        for _ in range(200):
            s = time.perf_counter()
            model(x)
            forward.append(time.perf_counter() - s)
    image = canvas.as_array()
    prep = []
    for _ in range(100):
        s = time.perf_counter()
        preprocess(image)
        prep.append(time.perf_counter() - s)
    from cnngui.core.devices import cpu_description

    cpu = cpu_description()
    print(f"cpu: {cpu}, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}")
    print("pen event -> prediction on screen (with 'not sure' judged), goals p95 <= 10 ms, max <= 33 ms from the "
          "first event on:")
    for name, values in modes.items():
        print(f"  {name:<32} p50 {pct(values, 0.5):5.1f} ms, p95 {pct(values, 0.95):5.1f} ms, "
              f"max {max(values) * 1000:5.1f} ms over {len(values)} events; the first {FIRST} apart: "
              f"p50 {pct(values[:FIRST], 0.5):5.1f}, max {max(values[:FIRST]) * 1000:5.1f} ms")
    print(f"  beside it: model forward p50 {pct(forward, 0.5):.2f} ms; preprocessing a {image.shape[0]}px canvas "
          f"p50 {pct(prep, 0.5):.2f} ms")
    print(f"Explore: feature maps of all layers for a new drawing, computed and painted: "
          f"p50 {pct(explore, 0.5):.1f} ms, p95 {pct(explore, 0.95):.1f} ms (frame budget 16.7 ms)")
    close_cleanly(app, window)


if __name__ == "__main__":
    main()
