"""The background sender: one daemon thread per process that empties the outbox into the class server.

It wakes when a training queues something (`wake`) and every `IDLE_S` otherwise, sends for a
bounded time, and keeps what the status bar and `cnngui class status` show (reachable or not,
the last problem, how much waits). Nothing else waits for it: a server that is down or hangs
costs this thread its time, never the training's or the window's.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass

from cnngui.core.classroom import membership as membership_module
from cnngui.core.classroom.outbox import Outbox, SendReport

IDLE_S = 10.0
RETRY_S = 5.0  # after a failed send (the server down): try again this often
BUDGET_S = 20.0
SEND_TIMEOUT_S = 15.0  # a loaded server answered 96 requests after a restart in over 5 s: a send waits longer


@dataclass
class SenderState:
    joined: str = ""  # "name at url", or "" when this seat is in no class
    reachable: bool | None = None  # None: not tried yet
    problem: str = ""
    waiting: int = 0
    sent: int = 0  # items sent since this process started
    last_sent: float = 0.0


class Sender:
    def __init__(self, outbox: Outbox | None = None, timeout: float = SEND_TIMEOUT_S) -> None:
        self.outbox = outbox or Outbox()
        self.timeout = timeout
        self.state = SenderState()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def wake(self) -> None:
        """Send soon (starts the thread the first time)."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                self._thread = threading.Thread(target=self._loop, name="cnngui-class-sender", daemon=True)
                self._thread.start()
        self._wake.set()

    def stop(self, wait_s: float = 0.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None and wait_s > 0:
            self._thread.join(wait_s)

    def send_now(self, budget_s: float = BUDGET_S, wait_s: float = 0.0) -> SendReport:
        """One send pass on the caller's thread (`cnngui class sync`, the end of `cnngui train`); `wait_s`: how
        long to wait for a send already under way (this process's thread, or another cnngui's)."""
        joined = membership_module.current()
        if joined is None:
            report = SendReport(waiting=len(self.outbox.waiting()))
            self.state = SenderState(waiting=report.waiting)
            return report
        report = self.outbox.send(joined.client(self.timeout), joined.experiment_id, budget_s, wait_s)
        self._record(joined, report)
        return report

    def _record(self, joined, report: SendReport) -> None:
        state = self.state
        state.joined = f"{joined.name} @ {joined.url}"
        state.waiting = report.waiting
        state.sent += len(report.sent)
        if report.sent:
            state.last_sent = time.time()
        if report.error is not None:
            state.reachable = report.error.kind not in ("unreachable", "timeout")
            state.problem = str(report.error)
        else:
            state.reachable, state.problem = True, ""

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                report = self.send_now()
                pause = RETRY_S * random.uniform(0.5, 1.5) if report.error is not None and report.waiting else IDLE_S
                if report.waiting and report.error is None:
                    pause = 0.5  # the budget ran out with items left: go on soon
            except Exception as exc:  # a bug here must not end the thread: say it and go on
                self.state.problem = f"{exc.__class__.__name__}: {exc}"
                pause = RETRY_S * random.uniform(0.5, 1.5)  # thirty seats must not all come back in one instant
            self._wake.wait(pause)


_shared: Sender | None = None
_shared_lock = threading.Lock()


def shared() -> Sender:
    """This process's sender (one outbox, one thread)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Sender()
        return _shared
