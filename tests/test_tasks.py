"""The background-task protocol (ui/tasks.py): what a finished task leaves behind."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent

from cnngui.ui.tasks import Task, run_task


def test_a_finished_task_lets_go_of_its_inputs_and_itself(qtbot):
    """A finished task holds neither its inputs (a model, a picture) nor itself: the monkey found 584
    finished tasks and 212 copies of a model alive after 180 s."""
    class Big:
        pass

    big, results = Big(), []
    held = weakref.ref(big)
    task = run_task(lambda state, thing: 7, big, on_result=results.append)
    task_ref = weakref.ref(task)
    del big, task
    qtbot.waitUntil(lambda: results == [7], timeout=5000)
    qtbot.waitUntil(lambda: not Task.live, timeout=5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert held() is None
    assert task_ref() is None


def test_helpers_step_aside_while_the_pen_moves_and_the_gui_thread_never_waits(monkeypatch):
    """A report and the late imports on both cores met a student's first strokes (pen events of 165 ms): a helper's
    checks wait while the pen moves; the GUI thread's own reads of the same state never do."""
    import threading

    from cnngui.core import control
    from cnngui.core.control import FOREGROUND, TaskState, become_helper

    monkeypatch.setattr(control, "LONGEST_STEP_ASIDE_S", 600.0)
    state, seen = TaskState(), []

    def helper():
        become_helper()
        seen.append(state.stop_requested)

    def plain():
        seen.append(state.stop_requested)

    FOREGROUND.hold(600.0)  # the pen is moving
    try:
        waiting = threading.Thread(target=helper, daemon=True)
        waiting.start()
        other = threading.Thread(target=plain, daemon=True)
        other.start()
        other.join(30)
        assert not other.is_alive() and seen == [False]  # not a helper: at once
        waiting.join(0.3)
        assert waiting.is_alive()  # the helper waits for the pen
    finally:
        FOREGROUND.hold(0.0)  # the pen rests
    waiting.join(30)
    assert not waiting.is_alive() and seen == [False, False]


def test_the_canvas_says_when_the_pen_moves(qtbot):
    from PySide6.QtCore import QPointF

    from cnngui.core.control import FOREGROUND
    from cnngui.ui.widgets.canvas import DrawCanvas

    canvas = DrawCanvas()
    qtbot.addWidget(canvas)
    FOREGROUND.hold(0.0)
    assert not FOREGROUND.busy()
    canvas.begin_stroke(QPointF(10, 10))
    assert FOREGROUND.busy()
    FOREGROUND.hold(0.0)
    canvas.extend_stroke(QPointF(20, 20))
    assert FOREGROUND.busy()
    FOREGROUND.hold(0.0)
