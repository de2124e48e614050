"""Cooperative control of long work: pause / resume / cancel, progress and partial results.

Like Orange3's TaskState: the work polls `should_stop()` (once per batch, per chunk), so a
request takes effect promptly and no thread is ever killed; it reports plain values through
`report_progress` and `report_partial`, which whoever runs it (the CLI, a Qt task) turns
into output or signals. Qt-free, so the core, the CLI and the tests use it as they are.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


def _ignore(value) -> None:
    pass


class TaskState:
    def __init__(self, on_progress: Callable[[object], None] = _ignore,
                 on_partial: Callable[[object], None] = _ignore) -> None:
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self.on_progress = on_progress
        self.on_partial = on_partial

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def stop(self) -> None:
        self._stop.set()
        self._running.set()  # wake a paused worker so it can finish

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def should_stop(self) -> bool:
        """Block while paused; return True when the work should stop now."""
        self._running.wait()
        return self._stop.is_set()

    def report_progress(self, value) -> None:
        """A number or a small dataclass of numbers: how far the work is."""
        self.on_progress(value)

    def report_partial(self, value) -> None:
        """A result that is already useful before the work ends (an epoch's model, say)."""
        self.on_partial(value)

