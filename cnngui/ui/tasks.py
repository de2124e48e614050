"""The one way cnngui runs work off the GUI thread.

`Task(fn, *args)` runs `fn(state, *args)` on its own QThread, where `state` is a core
`TaskState`: progress, partial results, the result and any error come back as signals on the
GUI thread, and cancel / pause / resume go in through the state. A task never touches a
widget. Like Mu's workers, nothing escapes as an exception: a `UserError` becomes its message,
anything else its type and text (its traceback logged). `sig_done` comes last, after the
thread has ended, so a window may close without "QThread: Destroyed while thread is still running".
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QObject, QThread, Signal

from cnngui.core.control import TaskState
from cnngui.errors import UserError
from cnngui.i18n import tr

log = logging.getLogger(__name__)


def describe_failure(exc: BaseException) -> str:
    """What a dialog says when work fails."""
    if isinstance(exc, UserError):
        return str(exc)
    if type(exc).__name__ == "OutOfMemoryError":
        return tr("The GPU ran out of memory. Use a smaller batch size or a smaller network, or train on the CPU.")
    return f"{type(exc).__name__}: {exc}"


class _TaskThread(QThread):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        task = self.task
        try:
            result = task.fn(task.state, *task.args)
        except InterruptedError:
            if not task.state.stop_requested:
                task.sig_failed.emit(tr("The work was interrupted."))
            # cancelled as asked: nothing to report; sig_done follows
        except BaseException as exc:  # every failure becomes a signal
            if not isinstance(exc, UserError):
                log.error("%s failed", task.name, exc_info=exc)
            task.sig_failed.emit(describe_failure(exc))
        else:
            task.sig_result.emit(result)


class Task(QObject):
    """Background work with progress, partial results, errors and cancel as signals."""

    sig_progress = Signal(object)  # whatever fn reports: a number, a small dataclass of numbers
    sig_partial = Signal(object)  # a result that is useful before the end
    sig_result = Signal(object)  # fn's return value
    sig_failed = Signal(str)  # what went wrong, in words for a dialog
    sig_done = Signal()  # always last, once the thread has ended

    live: ClassVar[set[Task]] = set()  # running tasks, kept alive until they end

    def __init__(self, fn: Callable, *args, name: str = "cnngui-task", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn, self.args, self.name = fn, args, name
        self.state = TaskState(on_progress=self.sig_progress.emit, on_partial=self.sig_partial.emit)
        self._thread: _TaskThread | None = None
        self.finished_ok = False

    def start(self) -> Task:
        self._thread = _TaskThread(self)
        self._thread.setObjectName(self.name)
        self._thread.finished.connect(self._thread_ended)
        self.sig_result.connect(self._mark_ok)
        Task.live.add(self)
        self._thread.start()
        return self

    def _mark_ok(self, _result) -> None:
        self.finished_ok = True

    @property
    def running(self) -> bool:
        return self._thread is not None

    def cancel(self) -> None:
        self.state.stop()

    def pause(self) -> None:
        self.state.pause()

    def resume(self) -> None:
        self.state.resume()

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until the thread has ended (used when the window closes); True if it has."""
        thread = self._thread
        if thread is None:
            return True
        ended = thread.wait(timeout_ms)
        if ended:
            self._thread_ended()
        return ended

    def _thread_ended(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.deleteLater()
        Task.live.discard(self)
        self.sig_done.emit()
        self._release()

    def _release(self) -> None:
        """Nothing of a finished task outlives it: its inputs (models, pictures) go, and its connections,
        whose closures would hold it (and them) for as long as the process lives (the monkey found 584
        finished tasks and 212 copies of a model after 180 s), and then the object itself."""
        self.fn, self.args = None, ()
        for signal in (self.sig_progress, self.sig_partial, self.sig_result, self.sig_failed, self.sig_done):
            with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError):
                warnings.simplefilter("ignore")
                signal.disconnect()
        self.deleteLater()

    @classmethod
    def cancel_all(cls) -> None:
        """Ask every running task to stop, without waiting (a closing window)."""
        for task in list(cls.live):
            task.cancel()

    @classmethod
    def shutdown_all(cls, timeout_ms: int = 10_000) -> bool:
        """Cancel every running task and wait for each; True if all ended."""
        tasks = list(cls.live)
        cls.cancel_all()
        return all(task.wait(timeout_ms) for task in tasks)


def run_task(fn: Callable, *args, on_result: Callable | None = None, on_failed: Callable | None = None,
             on_progress: Callable | None = None, on_partial: Callable | None = None,
             on_done: Callable | None = None, name: str = "cnngui-task", parent: QObject | None = None) -> Task:
    """Start `fn(state, *args)` in the background and connect the usual handlers (each before it starts)."""
    task = Task(fn, *args, name=name, parent=parent)
    for signal, handler in ((task.sig_result, on_result), (task.sig_failed, on_failed),
                            (task.sig_progress, on_progress), (task.sig_partial, on_partial),
                            (task.sig_done, on_done)):
        if handler is not None:
            signal.connect(handler)
    return task.start()


class NewestOnly:
    """Background work where only the newest request matters (a map for the latest drawing, the
    accuracy of the latest edit): one task at a time; requests made meanwhile collapse into one,
    started when the running task ends, so fast clicking or drawing never queues up work."""

    def __init__(self) -> None:
        self.task: Task | None = None
        self._pending: Callable[[], Task | None] | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def request(self, start: Callable[[], Task | None]) -> None:
        """`start()` starts the work and returns its task, or None when there is nothing to do;
        it is called now if nothing runs, else once the running task is done."""
        if self.task is not None:
            self._pending = start
            return
        self._launch(start)

    def cancel_pending(self) -> None:
        self._pending = None

    def _launch(self, start: Callable[[], Task | None]) -> None:
        self._pending = None
        task = start()
        if task is not None:
            self.task = task
            task.sig_done.connect(self._done)

    def _done(self) -> None:
        self.task = None
        if self._pending is not None:
            self._launch(self._pending)


class Jobs:
    """A view's background work, the way Orange's `ConcurrentWidgetMixin` gives a widget its tasks:
    one object per view, jobs by name, results as callbacks on the GUI thread.

    - `run(name, fn, *args, on_result=..., ...)` starts `fn(state, *args)` now and returns its Task;
    - `request(name, start)` is newest-only: `start()` (which calls `run`, or returns None when there is
      nothing to do) is called now if no job of that name runs, else once it ends, and a later request
      replaces a waiting one, so fast drawing or clicking never queues up work;
    - `close()` (the view's shutdown) cancels every job and drops results still on their way.
    """

    def __init__(self) -> None:
        self._slots: dict[str, NewestOnly] = {}
        self._tasks: dict[str, Task] = {}
        self.closed = False

    def run(self, name: str, fn: Callable, *args, on_result: Callable | None = None,
            on_failed: Callable | None = None, on_progress: Callable | None = None,
            on_partial: Callable | None = None, on_done: Callable | None = None,
            parent: QObject | None = None) -> Task | None:
        if self.closed:
            return None

        def unless_closed(handler):  # a result that lands after the view closed is dropped
            return None if handler is None else (lambda value: self.closed or handler(value))

        def ended() -> None:
            if self._tasks.get(name) is task:
                del self._tasks[name]
            if on_done is not None:
                on_done()

        task = run_task(fn, *args, name=f"cnngui-{name}", parent=parent, on_result=unless_closed(on_result),
                        on_failed=unless_closed(on_failed), on_progress=unless_closed(on_progress),
                        on_partial=unless_closed(on_partial), on_done=ended)
        self._tasks[name] = task  # sig_done comes through the event loop, after this
        return task

    def request(self, name: str, start: Callable[[], Task | None]) -> None:
        if not self.closed:
            self._slots.setdefault(name, NewestOnly()).request(lambda: None if self.closed else start())

    def running(self, name: str) -> bool:
        slot = self._slots.get(name)
        return name in self._tasks or (slot is not None and slot.running)

    def cancel(self, name: str) -> None:
        """Cancel the job `name` and any request waiting for it."""
        slot = self._slots.get(name)
        if slot is not None:
            slot.cancel_pending()
        task = self._tasks.get(name)
        if task is not None:
            task.cancel()

    def close(self) -> None:
        self.closed = True
        for name in list(self._slots) + list(self._tasks):
            self.cancel(name)

