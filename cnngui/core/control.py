"""Cooperative control of long work: pause / resume / cancel, progress and partial results.

Like Orange3's TaskState: the work polls `should_stop()` (once per batch, per chunk), so a
request takes effect promptly and no thread is ever killed; it reports plain values through
`report_progress` and `report_partial`, which whoever runs it (the CLI, a Qt task) turns
into output or signals. Qt-free, so the core, the CLI and the tests use it as they are.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

PEN_HOLD_S = 0.4  # after a pen event, helpers wait this long for the next before they go on
LONGEST_STEP_ASIDE_S = 1.0  # a helper goes on for a chunk after this long aside, however long the drawing lasts


class Foreground:
    """The student's hand on the pen: while it moves, background helpers (a report, top patches, an accuracy
    pass) step aside at their next check, so the two cores serve the pen first. The first strokes of a
    session met a report and the late imports on both cores: pen events took up to 165 ms instead of 3."""

    def __init__(self) -> None:
        self._until = 0.0

    def hold(self, seconds: float = PEN_HOLD_S) -> None:
        """The pen moved (called on the GUI thread, per pen event)."""
        self._until = time.monotonic() + seconds

    def busy(self) -> bool:
        return time.monotonic() < self._until

    def wait_idle(self, limit: float | None = None) -> float:
        """Sleep while the pen moves, at most `limit` seconds (`LONGEST_STEP_ASIDE_S`); how long it waited."""
        limit = LONGEST_STEP_ASIDE_S if limit is None else limit
        start = time.monotonic()
        while self.busy() and time.monotonic() - start < limit:
            time.sleep(min(0.02, max(0.001, self._until - time.monotonic())))
        return time.monotonic() - start


FOREGROUND = Foreground()
_thread = threading.local()


def become_helper() -> None:
    """Mark the calling thread as a background helper: its TaskState checks step aside for the pen."""
    _thread.helper = True


def step_aside_for_the_pen() -> None:
    if getattr(_thread, "helper", False):
        FOREGROUND.wait_idle()


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
        """Whether the work should stop; on a helper thread it first steps aside while the pen moves."""
        step_aside_for_the_pen()
        return self._stop.is_set()

    def should_stop(self) -> bool:
        """Block while paused; return True when the work should stop now."""
        step_aside_for_the_pen()
        self._running.wait()
        return self._stop.is_set()

    def report_progress(self, value) -> None:
        """A number or a small dataclass of numbers: how far the work is."""
        self.on_progress(value)

    def report_partial(self, value) -> None:
        """A result that is already useful before the work ends (an epoch's model, say)."""
        self.on_partial(value)

