"""At most so many updates a second: for views that follow a moving pen (the brief's ~20 Hz rule)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

FOLLOW_PEN_MS = 50  # 20 updates a second: smooth to the eye, a third of a 60 Hz screen's frames


class Throttle(QObject):
    """`request()` runs `fn` at once if it last ran `interval_ms` ago or more; otherwise once when that time is
    up, for every request between (it then shows the latest state). A view whose picture costs milliseconds
    follows the pen at the rate a screen can show, and the pen event itself stays cheap."""

    def __init__(self, fn: Callable[[], None], interval_ms: int = FOLLOW_PEN_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn, self.interval_ms = fn, interval_ms
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._run)
        self._clock = QElapsedTimer()

    def request(self) -> None:
        if self._timer.isActive():
            return
        since = self._clock.elapsed() if self._clock.isValid() else self.interval_ms
        if since >= self.interval_ms:
            self._run()
        else:
            self._timer.start(self.interval_ms - since)

    def cancel(self) -> None:
        self._timer.stop()

    def _run(self) -> None:
        self._clock.restart()
        self.fn()
