"""Rebuilding the network diagram after an edit, for a 20-layer network: goal, one frame (16.7 ms).

Each edit changes one layer's setting through the app state, as the Network tab's editor does; timed until
both the table and the diagram (shown) have repainted. Beside it, in the same run, the table alone (the
diagram's tab not shown): the Network tab's cost before the diagram.
    python benchmarks/diagram_rebuild.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CNNGUI_DATA_DIR", __import__("tempfile").mkdtemp(prefix="cnngui-bench-"))
os.environ.setdefault("CNNGUI_SPEED_PROBE", "off")
sys.path.insert(0, os.path.dirname(__file__))


def twenty_layers() -> list[dict]:
    arch = []
    for block, channels in enumerate((16, 32, 48, 64)):
        arch += [{"type": "conv", "out": channels, "kernel": 3, "padding": "same"}, {"type": "batchnorm"},
                 {"type": "relu"}, {"type": "conv", "out": channels, "kernel": 3, "padding": "same"}, {"type": "relu"}]
        if block < 3:
            arch.append({"type": "maxpool"})
    return [*arch[:17], {"type": "flatten"}, {"type": "dense", "out": 64}, {"type": "dense", "out": 10}]


def main() -> None:
    from _qt import close_cleanly
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from cnngui.ui.main_window import create_main_window

    window = create_main_window()
    window.resize(1920, 1080)
    window.show()
    window.mainTabs.setCurrentWidget(window.network_tab)
    tab = window.network_tab
    arch = twenty_layers()
    assert len(arch) == 20
    window.state.set_architecture(arch, "twenty layers")
    app.processEvents()

    def edits(show_diagram: bool, count: int = 40) -> list[float]:
        tab.networkViews.setCurrentWidget(tab.diagram if show_diagram else tab.architectureTable)
        app.processEvents()
        times = []
        for i in range(count):
            layers = [dict(layer) for layer in arch]
            layers[0]["out"] = 16 + i % 8  # the first conv's filters: every shape after it is recomputed
            start = time.perf_counter()
            window.state.set_architecture(layers, "twenty layers")
            app.sendPostedEvents()
            app.processEvents()
            times.append(time.perf_counter() - start)
        return times

    table = edits(False)
    shown = edits(True)
    view = tab.diagram.view  # the diagram's own part: the layout made again and painted
    alone = []
    for i in range(40):
        layers = [dict(layer) for layer in arch]
        layers[0]["out"] = 16 + i % 8
        start = time.perf_counter()
        view.set_network(layers, (1, 28, 28), 10)
        view.repaint()
        alone.append(time.perf_counter() - start)
    from cnngui.core.devices import cpu_description

    cpu = cpu_description()
    print(f"cpu: {cpu}; a 20-layer network, one setting edited, until repainted:")
    for name, values in (("table shown (the diagram hidden)", table), ("diagram shown (the table hidden)", shown),
                         ("the diagram's own rebuild and paint", alone)):
        values = sorted(v * 1000 for v in values)
        p95 = values[int(0.95 * len(values)) - 1]
        print(f"  {name:<36} p50 {statistics.median(values):5.1f} ms, p95 {p95:5.1f} ms,"
              f" max {values[-1]:5.1f} ms over {len(values)} edits (goal: one frame, 16.7 ms)")
    close_cleanly(app, window)


if __name__ == "__main__":
    main()
