"""Cooperative pause / resume / stop for long work, checked between batches.

Like Orange3's TaskState: the worker polls `checkpoint()` once per batch, so a request
takes effect within one batch and no thread is ever killed.
"""

from __future__ import annotations

import threading


class TrainControl:
    def __init__(self) -> None:
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()

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

    def checkpoint(self) -> bool:
        """Block while paused; return True when the work should stop now."""
        self._running.wait()
        return self._stop.is_set()
