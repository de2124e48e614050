"""Convolution lab: time from "next step" to every grid painted, against one frame (16.7 ms).

Baseline in the same run: repainting the same grids with nothing changed (the floor a step
cannot go below), and PyTorch computing the whole output map at once.
Usage: python benchmarks/conv_lab.py [--steps N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(__file__))


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=300)
    args = parser.parse_args()
    import numpy as np
    import torch
    import torch.nn.functional as F
    from _qt import close_cleanly
    from PySide6.QtWidgets import QApplication

    from cnngui.core.data.strokes import render_digit
    from cnngui.ui.main_window import create_main_window

    app = QApplication(sys.argv)
    window = create_main_window()
    window.resize(1280, 800)
    window.show()
    window.state.show_picture(np.asarray(render_digit(7), dtype=np.float32) / 255, "a seven")
    window.mainTabs.setCurrentWidget(window.conv_lab_tab)
    app.processEvents()
    tab = window.conv_lab_tab
    grids = [tab.labInputGrid, tab.labOutputGrid, tab.labPatchGrid, tab.labKernelGrid, tab.labProductsGrid]

    def paint_all():
        for widget in [*grids, tab.labSumLabel, tab.labTitle]:
            widget.repaint()

    rows = []
    for label, setup in (("conv 3x3, stride 1", lambda: None),
                         ("conv 5x5 painted, stride 2, padding 2",
                          lambda: (tab.labKernelCombo.setCurrentIndex(tab.labKernelCombo.findData("custom:5")),
                                   tab.labStrideSpin.setValue(2), tab.labPaddingSpin.setValue(2))),
                         ("max pooling", lambda: tab.labStageCombo.setCurrentIndex(2))):
        setup()
        app.processEvents()
        steps, floor = [], []
        for _ in range(args.steps):
            start = time.perf_counter()
            tab.set_position((tab.position + 1) % tab.positions)
            paint_all()
            steps.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            paint_all()
            floor.append((time.perf_counter() - start) * 1000)
        rows.append((label, steps, floor))
    image = torch.from_numpy(window.state.prediction.preprocessed.image28)[None, None]
    kernel = torch.randn(1, 1, 3, 3)
    torch_ms = statistics.median(_timed(lambda: F.conv2d(image, kernel)) for _ in range(200))
    for label, steps, floor in rows:
        print(f"{label}: step + paint p50 {statistics.median(steps):.2f} ms, p95 {percentile(steps, 0.95):.2f} ms, "
              f"max {max(steps):.2f} ms over {len(steps)} steps (goal one frame, 16.7 ms); "
              f"baseline repaint alone p50 {statistics.median(floor):.2f} ms")
    print(f"baseline: PyTorch conv2d of the whole 28x28 map {torch_ms:.3f} ms")
    close_cleanly(app, window)


def _timed(func) -> float:
    start = time.perf_counter()
    func()
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    main()
