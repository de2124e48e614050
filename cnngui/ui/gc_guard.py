"""Run Python's cyclic garbage collector on the GUI thread only.

If the collector fires on the training thread it may destroy Qt objects there, which
crashes Qt. As pyqtgraph's GarbageCollector does, automatic collection is switched off
and a timer on the GUI thread collects when the allocation counts call for it. Objects
alive once the window is built are frozen, so a collection never has to walk PyTorch.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

_guard = None


class _GuiThreadCollector(QObject):
    def __init__(self, interval_ms: int = 100) -> None:
        """Every 100 ms: young objects pile up between checks, and a check each 500 ms made collections of
        a training's young objects last 25-40 ms on the GUI thread, a visible stall (issue 31 item 6)."""
        super().__init__()
        self.threshold = gc.get_threshold()
        self.paused: float | None = None  # since when the late imports run: no collection walks them meanwhile
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if self.paused is not None:
            if _late_imports_in():  # they are in: frozen, and collections go on
                freeze_long_lived()
            elif time.monotonic() - self.paused < LONGEST_PAUSE_S:
                return
            self.paused = None
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


_LATE_MODULES = ("torch._dynamo", "torch.optim")  # imported by the first optimizer: 1.4-2 s and ~10^5 objects
LONGEST_PAUSE_S = 60.0  # a training that failed before its optimizer imported them: collect again after this


def _late_imports_in() -> bool:
    """Each late module imported to the end (a module is in sys.modules from the start of its import)."""
    import sys

    modules = [sys.modules.get(name) for name in _LATE_MODULES]
    return all(module is not None and not getattr(getattr(module, "__spec__", None), "_initializing", False)
               for module in modules)


def expect_late_imports() -> None:
    """A training is starting: its first optimizer imports PyTorch's compiler modules on the training thread
    (1.4-2 s, ~10^5 objects). No collection runs on the GUI thread meanwhile (one walking their young objects
    took 40-65 ms, a visible stall as the curves began); the collector's timer freezes them once they are in.

    Not loaded ahead in the background: that import holds the GIL for 1.4 s in pieces of up to 150 ms, and a
    student's first pen strokes met it (pen events of 100-165 ms); a training's first seconds draw nothing yet."""
    if _guard is not None and not _late_imports_in():
        _guard.paused = time.monotonic()


def install() -> None:
    """Idempotent; call once a QApplication exists."""
    global _guard
    if _guard is None:
        _guard = _GuiThreadCollector()
