"""A joined seat without a server to hand (issue 32): the outbox, the reporter's thinning, a full disk, a server that
hangs, and what `cnngui class status` says. The real server's half is in test_class_server.py."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from cnngui.cli import main as cli_main
from cnngui.core.classroom import membership, sender
from cnngui.core.classroom.outbox import Outbox
from cnngui.core.classroom.reporter import BATCH_POINTS, ClassReporter
from cnngui.core.classroom.rest import TIMEOUT
from cnngui.core.training.continuing import TrainingSession
from cnngui.core.training.loop import BatchReport, Listener
from cnngui.core.training.recipes import TrainConfig


@pytest.fixture
def servers():
    from fake_servers import FakeServers

    fakes = FakeServers()
    yield fakes.urls
    fakes.stop()


def joined_to(url: str) -> membership.Membership:
    """A membership as a join would have saved it (the server is not asked)."""
    joined = membership.Membership(url, "Ann", "ann", "7KQ4-MX2P-9TZC", "3", "seat1")
    joined.save()
    return joined


@pytest.fixture
def quiet_sender(monkeypatch):
    quiet = sender.Sender(timeout=0.5)
    quiet.wake = lambda: None
    monkeypatch.setattr(sender, "_shared", quiet)
    return quiet


def test_batch_losses_are_thinned_to_about_a_thousand_points(tmp_path):
    class Run:
        id, batch_size, arch, params, dataset, device, name = "r1", 64, [], 10, {}, "cpu", "r"
        folder = tmp_path
        best_test_accuracy, seconds = None, 0.0

    class Trainer:
        batches_per_epoch = 2000

        class config:  # stands in for a TrainConfig
            epochs = 3

    reporter = ClassReporter(Listener(), Outbox(tmp_path / "outbox"), tags={})
    reporter.run, reporter.trainer = Run(), Trainer()
    reporter._every = max(1, -(-3 * 2000 // BATCH_POINTS))
    for epoch in (1, 2, 3):
        for batch in range(10, 2001, 10):
            reporter.on_batch(BatchReport(epoch, 3, batch, 2000, [0.5] * 10, 0.9, 1000.0, 0.0, 0.01))
    steps = [step for _, _, step in reporter._losses]
    assert len(steps) == BATCH_POINTS and steps == sorted(steps)
    assert steps[-1] == 3 * 2000 * 64  # the last point is the last batch, its step the images seen


def test_a_full_disk_costs_the_class_copy_not_the_training(tiny_data, quiet_sender, monkeypatch):
    joined_to("http://127.0.0.1:9")
    warnings = []

    def full(self, kind, item):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Outbox, "put", full)
    session = TrainingSession(tiny_data, TrainConfig(epochs=2, batch_size=32, device="cpu"), warn=warnings.append)
    result = session.run()
    assert result.epochs_done == 2 and session.recorder.run.state == "finished"
    assert len(warnings) == 1 and "No space left" in warnings[0]


def test_a_hanging_server_keeps_everything_queued(tiny_data, quiet_sender, servers):
    joined_to(servers["hangs"])
    session = TrainingSession(tiny_data, TrainConfig(epochs=1, batch_size=32, device="cpu"))
    session.run()
    queued = quiet_sender.outbox.describe()
    assert [line.split(":")[0] for line in queued] == ["start", "metrics", "artifact", "artifact", "end"]
    report = quiet_sender.send_now()
    assert report.error is not None and report.error.kind == TIMEOUT and report.waiting == len(queued)
    assert quiet_sender.state.reachable is False and "did not answer" in quiet_sender.state.problem


def test_an_unreadable_outbox_item_is_set_aside_and_the_rest_goes_on(quiet_sender, servers):
    joined_to(servers["page"])
    outbox = quiet_sender.outbox
    outbox.root.mkdir(parents=True)
    (outbox.root / "00000000000000000001-1-metrics.json").write_text("{ half a file")
    report = quiet_sender.send_now()
    assert report.refused and outbox.refused() == ["00000000000000000001-1-metrics.json"]
    assert (outbox.root / "refused" / "00000000000000000001-1-metrics.json.why.txt").is_file()


def test_status_says_where_and_what_waits(quiet_sender, capsys, tmp_path):
    assert cli_main(["class", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"joined": False, "url": None, "name": None, "user": None,
                                                   "waiting": [], "refused": []}
    joined_to("http://127.0.0.1:9")
    quiet_sender.outbox.put("end", {"local": "r7", "status": "FINISHED", "end_time": 1})
    assert cli_main(["class", "status"]) == 0
    out = capsys.readouterr().out
    assert "as Ann" in out and "Waiting to be sent: 1" in out and "end: run r7" in out
    assert cli_main(["class", "leave"]) == 0 and membership.current() is None
    assert quiet_sender.outbox.waiting()  # leaving loses nothing


def test_class_serve_without_mlflow_says_what_to_install(monkeypatch, capsys, tmp_path):
    from cnngui.core.classroom import server

    monkeypatch.setattr(server, "mlflow_available", lambda: False)
    assert cli_main(["class", "serve", "--dir", str(tmp_path / "c")]) == 2
    err = capsys.readouterr().err
    assert 'pip install "cnngui[class]"' in err and err.count("\n") == 1


def test_the_background_sender_sends_on_wake(servers, monkeypatch):
    joined_to(servers["page"])
    background = sender.Sender(timeout=0.5)
    background.outbox.put("end", {"local": "r1", "status": "FINISHED", "end_time": 1})
    background.wake()
    import time

    deadline = time.monotonic() + 10
    while background.state.problem == "" and time.monotonic() < deadline:
        time.sleep(0.05)
    background.stop(wait_s=5)
    assert "not as an MLflow class server does" in background.state.problem
    assert background.state.waiting == 1  # kept for a server that answers


def test_join_dialog_says_what_is_wrong_and_saves_nothing(qtbot, make_window, servers):
    window = make_window()
    window.joinClassAction.trigger()
    dialog = window.join_dialog
    assert window.classLabel.isHidden()  # no class: no word about it
    dialog.addressEdit.setText(servers["page"])
    dialog.nameEdit.setText("Ann")
    dialog.codeEdit.setText("7KQ4-MX2P-9TZC")
    qtbot.mouseClick(dialog.joinButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not as an MLflow class server" in dialog.messageLabel.text(), timeout=10_000)
    assert membership.current() is None and dialog.joinButton.isEnabled()
    assert dialog.addressEdit.text() == servers["page"]  # what was typed stays, to be corrected
    dialog.close()


def test_status_bar_shows_the_class_and_when_it_is_unreachable(qtbot, make_window, quiet_sender, servers):
    joined_to(servers["nobody"])
    window = make_window()
    quiet_sender.outbox.put("end", {"local": "r1", "status": "FINISHED", "end_time": 1})
    quiet_sender.send_now()
    qtbot.waitUntil(lambda: window.classLabel.isVisible() and "not reachable" in window.classLabel.text(),
                    timeout=5000)
    assert "1 waiting" in window.classLabel.text() and "No class server answers" in window.classLabel.toolTip()


def test_the_text_of_class_runs_shows_what_a_name_hides(monkeypatch, capsys):
    """A student named "\\x1b[41;97m MALLORY \\x1b[0m\\rAnna Schmidt" showed as "Anna Schmidt" in a terminal."""
    import types

    from cnngui import cli_class
    from cnngui.core.classroom import teacher

    hostile = "\x1b[41;97m MALLORY \x1b[0m\rAnna Schmidt\u202e"
    row = {"student": hostile, "run": "run\x07", "network": "seed", "parameters": 121930, "best_test_accuracy": 0.99,
           "status": "FINISHED"}
    monkeypatch.setattr(teacher, "class_runs", lambda client: [row])
    monkeypatch.setattr(cli_class, "_folder", lambda args: types.SimpleNamespace(client=lambda: None))
    assert cli_main(["class", "runs"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[41;97m MALLORY \\x1b[0m\\rAnna Schmidt\\u202e" in out  # every hidden character shown, the name whole
    assert cli_main(["class", "runs", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["student"] == hostile  # JSON carries it exactly, escaped by JSON
    assert cli_class.visible("Zoë Ğül\tИван 李小龙\n") == "Zoë Ğül\tИван 李小龙\n"  # any script stays as it is


def test_a_join_tries_again_with_random_pauses_after_a_busy_server_and_not_after_a_wrong_code():
    """A 30-seat join rush: 13 of 120 requests took over 5 s. A transient failure is tried again after a pause of
    random length, doubling; a wrong code is said at once."""
    from cnngui.core.classroom.rest import LOGIN, SERVER, TIMEOUT, UNREACHABLE, ClassError

    failures = [ClassError(UNREACHABLE, "restarting"), ClassError(SERVER, "503")]
    pauses = []

    def call():
        if failures:
            raise failures.pop(0)
        return "joined"

    assert membership.retried(call, tries=3, pause_s=1.0, sleep=pauses.append) == "joined"
    assert len(pauses) == 2 and 0.5 <= pauses[0] <= 1.5 and 1.0 <= pauses[1] <= 3.0
    with pytest.raises(ClassError):  # out of tries: the last failure is said
        membership.retried(lambda: (_ for _ in ()).throw(ClassError(UNREACHABLE, "down")), tries=2,
                           sleep=pauses.append)
    pauses.clear()
    with pytest.raises(ClassError):  # a time-out already waited the join's long timeout: said at once
        membership.retried(lambda: (_ for _ in ()).throw(ClassError(TIMEOUT, "slow")), sleep=pauses.append)
    assert pauses == []
    with pytest.raises(ClassError):
        membership.retried(lambda: (_ for _ in ()).throw(ClassError(LOGIN, "wrong code")), sleep=pauses.append)
    assert pauses == []
    assert membership.JOIN_TIMEOUT_S >= 15 and sender.SEND_TIMEOUT_S >= 15


def test_an_item_the_server_always_fails_on_is_set_aside_and_the_rest_goes(tmp_path, monkeypatch):
    """An item the server refused with a 500 for ever (an absolute artifact path) blocked everything behind it."""
    from cnngui.core.classroom import outbox as outbox_module
    from cnngui.core.classroom.rest import SERVER, ClassError

    box = Outbox(tmp_path / "outbox")
    box.put("tags", {"local": "r1", "tags": {"a": "1"}})
    box.put("end", {"local": "r1", "status": "FINISHED", "end_time": 1})

    def tags_fail(client, experiment_id, item, runs, outbox):
        raise ClassError(SERVER, "500 Internal Server Error")

    monkeypatch.setitem(outbox_module._SENDERS, "tags", tags_fail)
    monkeypatch.setitem(outbox_module._SENDERS, "end", lambda *args: "end sent")
    for _ in range(outbox_module.SERVER_ERRORS_TO_SET_ASIDE - 1):
        report = box.send(None, "3")
        assert report.error is not None and report.waiting == 2 and not report.sent  # try later, for now
    report = box.send(None, "3")
    assert len(report.refused) == 1 and report.sent == ["end sent"] and report.waiting == 0
    why = next((tmp_path / "outbox" / "refused").glob("*.why.txt")).read_text()
    assert "5 times in a row" in why and "500" in why


def test_share_says_plainly_when_nothing_could_be_sent(tmp_path, servers, quiet_sender, capsys):
    """`class share` with the server down exited 0 without saying that nothing was sent yet."""
    import numpy as np

    from cnngui.core.data.image_folder import save_drawing

    joined_to(servers["nobody"])
    ink = np.zeros((28, 28), np.uint8)
    ink[6:22, 12:16] = 255
    save_drawing(tmp_path / "digits", "1", "ann", ink)
    assert cli_main(["class", "share", str(tmp_path / "digits")]) == 0  # queued: nothing is lost
    said = capsys.readouterr()
    assert "Not sent yet" in said.err and "wait on this computer" in said.err and "class sync" in said.err
    assert cli_main(["class", "sync"]) == 2  # sync says it as a failure
    assert "still wait; nothing is lost" in capsys.readouterr().err
