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


def test_a_views_jobs_run_newest_only_and_drop_results_after_close(qtbot):
    from cnngui.ui.tasks import Jobs

    gate, results, done = threading.Event(), [], []
    jobs = Jobs()
    started = []

    def start(value):
        def go():
            started.append(value)
            return jobs.run("search", lambda state: gate.wait(10) and value, on_result=results.append,
                            on_done=lambda: done.append(value))
        return go

    jobs.request("search", start(1))
    for value in (2, 3):
        jobs.request("search", start(value))
    assert jobs.running("search") and started == [1]
    gate.set()
    qtbot.waitUntil(lambda: done == [1, 3], timeout=10_000)
    assert results == [1, 3] and started == [1, 3] and not jobs.running("search")
    gate.clear()
    jobs.run("late", lambda state: gate.wait(10) and "late", on_result=results.append,
             on_done=lambda: done.append("late"))
    jobs.close()  # the view closes while its job runs: the result is dropped, the end still reported
    gate.set()
    qtbot.waitUntil(lambda: done[-1] == "late", timeout=10_000)
    assert results == [1, 3] and jobs.run("after", lambda state: 1) is None
