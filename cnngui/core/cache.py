"""A cache that background threads may fill: each value is made once, by the first thread that
asks; a second thread asking for the same key meanwhile waits for it instead of making it twice,
and threads asking for other keys don't wait at all."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class LoadOnce(Generic[V]):
    def __init__(self) -> None:
        self._values: dict[Hashable, V] = {}
        self._locks: dict[Hashable, threading.Lock] = {}
        self._guard = threading.Lock()

    def __contains__(self, key: Hashable) -> bool:
        with self._guard:
            return key in self._values

    def peek(self, key: Hashable) -> V | None:
        """The value if it is made already (never waits)."""
        with self._guard:
            return self._values.get(key)

    def get(self, key: Hashable, make: Callable[[], V]) -> V:
        """The value for `key`, made by `make()` the first time (a failure is not kept: the next call tries again)."""
        with self._guard:
            if key in self._values:
                return self._values[key]
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            with self._guard:
                if key in self._values:
                    return self._values[key]
            value = make()
            with self._guard:
                self._values[key] = value
                self._locks.pop(key, None)
            return value
