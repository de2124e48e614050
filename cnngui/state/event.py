"""A Qt-free signal: the models say what changed through these, with the changed values as arguments."""

from __future__ import annotations

from collections.abc import Callable


class Event:
    """`connect(fn)`, then `emit(*values)` calls every connected `fn(*values)` in the order connected."""

    def __init__(self, *types: type) -> None:
        self.types = types  # what an emit carries, for readers and checks
        self._listeners: list[Callable] = []

    def connect(self, listener: Callable) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Callable) -> None:
        self._listeners.remove(listener)

    def emit(self, *values) -> None:
        if len(values) != len(self.types):
            raise TypeError(f"this event carries {len(self.types)} values, not {len(values)}")
        for listener in list(self._listeners):
            listener(*values)
