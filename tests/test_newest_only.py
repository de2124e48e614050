"""NewestOnly: one background task at a time, and only the newest request waits."""

import threading

from cnngui.ui.tasks import NewestOnly, run_task


def test_requests_made_while_one_runs_collapse_into_the_newest(qtbot):
    gate = threading.Event()
    started = []

    def starter(name):
        def start():
            started.append(name)
            return run_task(lambda state: gate.wait(10) and name, name=f"test-{name}")
        return start

    runner = NewestOnly()
    runner.request(starter("first"))
    assert runner.running and started == ["first"]
    for name in ("second", "third", "fourth"):
        runner.request(starter(name))  # the first still runs: only the last of these is kept
    assert started == ["first"]
    gate.set()
    qtbot.waitUntil(lambda: started == ["first", "fourth"] and not runner.running, timeout=10_000)


def test_a_start_with_nothing_to_do_leaves_it_idle(qtbot):
    runner = NewestOnly()
    runner.request(lambda: None)
    assert not runner.running
