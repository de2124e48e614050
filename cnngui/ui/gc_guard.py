"""Run Python's cyclic garbage collector on the GUI thread only.

If the collector fires on the training thread it may destroy Qt objects there, which
crashes Qt. As pyqtgraph's GarbageCollector does, automatic collection is switched off
and a timer on the GUI thread collects when the allocation counts call for it. Objects
alive once the window is built are frozen, so a collection never has to walk PyTorch.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, QTimer

_guard = None
_loader: threading.Thread | None = None  # the late imports' thread while it runs


class _GuiThreadCollector(QObject):
    def __init__(self, interval_ms: int = 100) -> None:
        """Every 100 ms: young objects pile up between checks, and a check each 500 ms made collections of
        a training's young objects last 25-40 ms on the GUI thread, a visible stall (issue 31 item 6)."""
        super().__init__()
        self.threshold = gc.get_threshold()
        self.paused = False  # while the late imports run: their objects are frozen, not walked again and again
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if self.paused:
            if _loader is None or not _loader.is_alive():  # the late imports are in: freeze them, collect next time
                freeze_long_lived()
                self.paused = False
            return
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            gc.collect(0)
            if second > self.threshold[1]:
                gc.collect(1)
                if third > self.threshold[2]:
                    gc.collect(2)


def freeze_long_lived() -> None:
    """Exempt everything alive now (PyTorch, Qt, the tabs) from future collections.

    A full collection walks every object: about 120 ms once PyTorch is loaded, a visible
    stall every time one ran during training. Objects made before this call live as long
    as the app does, so collections only need to look at what comes after.
    """
    gc.freeze()


_LATE_MODULES = ("torch._dynamo", "torch.optim")  # imported by the first optimizer: 2 s and ~10^5 objects


def load_then_freeze() -> None:
    """Import in the background what the first training would import on its thread, then freeze again.

    PyTorch's optimizers import torch._dynamo when first made: on the training thread that took 2 s, and
    the collections of its young objects on the GUI thread then stalled the window 40 ms each, just as
    the curves began. Done once, early and off the GUI thread, its objects join the frozen ones. No collection
    runs meanwhile: a training started at once (a lesson's first step, a benchmark) had the GUI thread walk the
    import's young objects, 50-65 ms a collection, the longest stall of a training's first seconds."""
    global _loader
    import sys

    if all(name in sys.modules for name in _LATE_MODULES) or (_loader is not None and _loader.is_alive()):
        return
    # A plain Python thread, not a QThread: it touches no Qt object, and Python waits for it at exit, so a
    # program that builds the window and ends at once ends cleanly (a parentless QThread still running
    # then aborted it: "QThread: Destroyed while thread is still running"). The collector's timer sees it
    # end and freezes what it loaded, on the GUI thread.
    _loader = threading.Thread(target=_import_late, name="cnngui-late-imports")
    if _guard is not None:
        _guard.paused = True
    _loader.start()


def _import_late() -> None:
    import importlib

    for name in _LATE_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the first training imports it again, and reports what fails there
            return


def install() -> None:
    """Idempotent; call once a QApplication exists."""
    global _guard
    if _guard is None:
        _guard = _GuiThreadCollector()
