"""Run Python's cyclic garbage collector on the GUI thread only.

If the collector fires on the training thread it may destroy Qt objects there, which
crashes Qt. As pyqtgraph's GarbageCollector does, automatic collection is switched off
and a timer on the GUI thread collects when the allocation counts call for it. Objects
alive once the window is built are frozen, so a collection never has to walk PyTorch.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_guard = None


class _GuiThreadCollector(QObject):
    def __init__(self, interval_ms: int = 500) -> None:
        super().__init__()
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
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


def install() -> None:
    """Idempotent; call once a QApplication exists."""
    global _guard
    if _guard is None:
        _guard = _GuiThreadCollector()
