"""The widget-free TrainingRun: a training off the GUI thread whose news come as typed signals, in order."""

from __future__ import annotations

from cnngui.core.training.loop import BatchReport
from cnngui.core.training.recipes import TrainConfig
from cnngui.ui.tabs.train.run import TrainingRun
from cnngui.ui.tabs.train.worker import EpochDone, TrainingEnded, TrainingJob, TrainingStarted


def test_a_run_reports_each_kind_of_news_on_its_own_signal(qtbot, tiny_data):
    run = TrainingRun()
    news = []
    for name in ("sig_status", "sig_started", "sig_batch", "sig_epoch", "sig_finished", "sig_failed",
                 "sig_running_changed"):
        getattr(run, name).connect(lambda *values, name=name: news.append((name, *values)))
    job = TrainingJob(TrainConfig(epochs=2, batch_size=64, device="cpu", speed_probe="off"), lambda: tiny_data,
                      report_interval=0)
    assert run.start(job) and run.running and not run.start(job)  # one at a time
    qtbot.waitUntil(lambda: not run.running, timeout=60_000)
    kinds = [entry[0] for entry in news]
    assert kinds[0] == "sig_running_changed" and news[0][1] is True and news[-1] == ("sig_running_changed", False)
    assert "sig_failed" not in kinds
    started = next(entry[1] for entry in news if entry[0] == "sig_started")
    batches = [entry[1] for entry in news if entry[0] == "sig_batch"]
    epochs = [entry[1] for entry in news if entry[0] == "sig_epoch"]
    finished = next(entry[1] for entry in news if entry[0] == "sig_finished")
    assert isinstance(started, TrainingStarted) and started.batches_per_epoch == -(-len(tiny_data.train_images) // 64)
    assert batches and all(isinstance(b, BatchReport) for b in batches)
    assert [type(e) for e in epochs] == [EpochDone, EpochDone] and [e.report.epoch for e in epochs] == [1, 2]
    assert isinstance(finished, TrainingEnded) and not finished.stopped and finished.checkpoint.epoch == 2
    assert kinds.index("sig_started") < kinds.index("sig_batch") < kinds.index("sig_epoch") < kinds.index(
        "sig_finished")  # in the order they happened


def test_a_stopped_run_says_so_and_ends(qtbot, tiny_data):
    run = TrainingRun()
    ended = []
    run.sig_finished.connect(ended.append)
    run.sig_epoch.connect(lambda done: run.stop())  # stop after the first epoch
    run.start(TrainingJob(TrainConfig(epochs=50, batch_size=64, device="cpu", speed_probe="off"),
                          lambda: tiny_data, report_interval=0))
    qtbot.waitUntil(lambda: not run.running, timeout=60_000)
    assert len(ended) == 1 and ended[0].stopped and ended[0].checkpoint.epoch < 50
