"""The class (issue 32) against a real MLflow server on 127.0.0.1: two seats' runs as their local records say,
a server killed in the middle of a training and started again (nothing lost, nothing twice), a student refused
when changing another's run, and the teacher's table, challenge and leaderboard."""

from __future__ import annotations

import json
import socket

import pytest

from cnngui.cli import main as cli_main
from cnngui.core.classroom import membership, sender
from cnngui.core.classroom.rest import FORBIDDEN, LOGIN, ClassError, Client, Login
from cnngui.core.classroom.server import ClassFolder, mlflow_available, start, stop
from cnngui.core.training.continuing import TrainingSession
from cnngui.core.training.recipes import TrainConfig
from cnngui.errors import UserError

pytestmark = pytest.mark.skipif(not mlflow_available(), reason="MLflow (the class extra) is not installed")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ClassServer:
    def __init__(self, root) -> None:
        self.folder = ClassFolder(root)
        self.port = free_port()
        self.process = None
        self.url = ""

    def start(self) -> None:
        self.process, self.url = start(self.folder, "127.0.0.1", self.port)

    def stop(self) -> None:
        stop(self.process)

    def teacher(self) -> Client:
        return self.folder.client()


@pytest.fixture(scope="module")
def class_server(tmp_path_factory):
    server = ClassServer(tmp_path_factory.mktemp("class"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def quiet_sender(monkeypatch):
    """The tests send when they choose (send_now), not when a background thread happens to."""
    quiet = sender.Sender()
    quiet.wake = lambda: None
    monkeypatch.setattr(sender, "_shared", quiet)
    return quiet


def seat(monkeypatch, tmp_path, name: str):
    """Make this test a seat of its own (its own config and data folders)."""
    monkeypatch.setenv("CNNGUI_CONFIG_DIR", str(tmp_path / name / "config"))
    monkeypatch.setenv("CNNGUI_DATA_DIR", str(tmp_path / name / "data"))


def train(data, epochs: int = 2, listener=None, challenge: str = ""):
    session = TrainingSession(data, TrainConfig(epochs=epochs, batch_size=32, device="cpu"), listener=listener,
                              challenge=challenge)
    session.run()
    return session.recorder.run


def server_run(teacher: Client, local_id: str) -> dict:
    experiments = [e["experiment_id"] for e in teacher.api("POST", "experiments/search", {"max_results": 1000})
                   ["experiments"]]
    found = teacher.search_runs(experiments, f"tags.`cnngui.local_run` = '{local_id}'")
    assert len(found) == 1, f"{len(found)} server runs for local run {local_id}"
    return found[0]


def history(teacher: Client, run_id: str, key: str) -> list[dict]:
    return teacher.api("GET", "metrics/get-history", run_id=run_id, metric_key=key, max_results=25000)["metrics"]


def test_two_seats_runs_are_their_local_records(class_server, tiny_data, quiet_sender, monkeypatch, tmp_path):
    ann = class_server.folder.add_student("Ann Lee")
    ben = class_server.folder.add_student("Ben Ode")
    runs = {}
    for student in (ann, ben):
        seat(monkeypatch, tmp_path, student["user"])
        joined, _ = membership.join(class_server.url, student["name"], student["code"])
        assert oct(membership.membership_path().stat().st_mode & 0o777) == "0o600"  # the code: this user's only
        assert joined.user == student["user"]
        runs[student["name"]] = train(tiny_data)
        report = quiet_sender.send_now()
        assert report.error is None and report.waiting == 0, report
    teacher = class_server.teacher()
    for name, local in runs.items():
        remote = server_run(teacher, local.id)
        tags = {t["key"]: t["value"] for t in remote["data"]["tags"]}
        params = {p["key"]: p["value"] for p in remote["data"]["params"]}
        assert tags["cnngui.student"] == name and tags["cnngui.version"] and tags["cnngui.machine"]
        assert params["lr"] == str(local.config["lr"]) and params["parameters"] == str(local.params)
        assert remote["info"]["status"] == "FINISHED"
        for key in ("test_accuracy", "test_loss", "train_loss"):
            points = sorted((m["step"], m["value"]) for m in history(teacher, remote["info"]["run_id"], key))
            assert points == [(h["epoch"], pytest.approx(h[key])) for h in local.history]
        losses = history(teacher, remote["info"]["run_id"], "batch_loss")
        assert len(losses) == len(local.batch_losses)  # fewer than 1,000 batches: every one of them
        files = teacher.api("GET", "artifacts/list", run_id=remote["info"]["run_id"])["files"]
        assert {f["path"] for f in files} == {"model", "network.json"}
    rows = json.loads(_cli(["class", "runs", "--dir", str(class_server.folder.root), "--json"]))
    assert {row["student"] for row in rows} >= {"Ann Lee", "Ben Ode"}


def _cli(argv) -> str:
    """What `cnngui ARGV` prints, asserting it succeeded."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli_main(argv) == 0
    return out.getvalue()


def test_a_student_cannot_change_anothers_run(class_server, tiny_data, quiet_sender, monkeypatch, tmp_path):
    cy = class_server.folder.add_student("Cy")
    dee = class_server.folder.add_student("Dee")
    seat(monkeypatch, tmp_path, "cy")
    membership.join(class_server.url, "Cy", cy["code"])
    local = train(tiny_data, epochs=1)
    quiet_sender.send_now()
    run_id = server_run(class_server.teacher(), local.id)["info"]["run_id"]
    as_dee = Client(class_server.url, Login(dee["user"], dee["code"]))
    assert as_dee.api("GET", "runs/get", run_id=run_id)["run"]["info"]["run_id"] == run_id  # reading is allowed
    for call in (lambda: as_dee.api("POST", "runs/log-batch", {"run_id": run_id, "metrics": [
                     {"key": "test_accuracy", "value": 1.0, "timestamp": 1, "step": 9}]}),
                 lambda: as_dee.api("POST", "runs/delete", {"run_id": run_id}),
                 lambda: as_dee.api("POST", "runs/set-tag", {"run_id": run_id, "key": "cnngui.student", "value": "x"})):
        with pytest.raises(ClassError) as refused:
            call()
        assert refused.value.kind == FORBIDDEN
    with pytest.raises(ClassError) as wrong:
        Client(class_server.url, Login(dee["user"], "WRONG-CODE")).whoami()
    assert wrong.value.kind == LOGIN


def test_server_down_mid_training_loses_nothing_and_sends_nothing_twice(class_server, tiny_data, quiet_sender,
                                                                         monkeypatch, tmp_path):
    eve = class_server.folder.add_student("Eve")
    seat(monkeypatch, tmp_path, "eve")
    membership.join(class_server.url, "Eve", eve["code"])
    quiet_sender.timeout = 1.0

    class KillAfterFirstEpoch:
        def on_batch(self, report):
            pass

        def on_epoch(self, report, trainer):
            if report.epoch == 1:
                quiet_sender.send_now()  # the start and epoch 1 reach the server...
                class_server.stop()  # ...then it goes down

    local = train(tiny_data, epochs=3, listener=KillAfterFirstEpoch())
    assert local.state == "finished" and len(local.history) == 3  # the training did not notice
    down = quiet_sender.send_now()
    assert down.error is not None and down.error.transient and down.waiting > 0
    assert cli_main(["class", "sync"]) == 2  # one line: the server is unreachable; the items still wait
    class_server.start()
    quiet_sender.timeout = 10.0  # a server's first answers after a start are slow
    quiet_sender.send_now()
    again = quiet_sender.send_now()
    assert again.waiting == 0 and not again.sent
    status = json.loads(_cli(["class", "status", "--json"]))
    assert status["joined"] and status["waiting"] == [] and status["refused"] == []
    teacher = class_server.teacher()
    remote = server_run(teacher, local.id)
    assert remote["info"]["status"] == "FINISHED"
    points = sorted((m["step"], m["value"]) for m in history(teacher, remote["info"]["run_id"], "test_accuracy"))
    assert points == [(h["epoch"], pytest.approx(h["test_accuracy"])) for h in local.history]  # complete, once each


def test_a_challenge_and_its_leaderboard(class_server, tiny_data, quiet_sender, monkeypatch, tmp_path, capsys):
    root = str(class_server.folder.root)
    assert cli_main(["class", "challenge", "tiny", "--rule", "fewest-params:1%", "--dir", root]) == 0
    fay = class_server.folder.add_student("Fay")
    seat(monkeypatch, tmp_path, "fay")
    membership.join(class_server.url, "Fay", fay["code"])
    from cnngui.core.classroom.teacher import challenges

    assert [c["name"] for c in challenges(membership.current().client())] == ["tiny"]  # a seat reads them
    local = train(tiny_data, epochs=1, challenge="tiny")
    quiet_sender.send_now()
    capsys.readouterr()
    assert cli_main(["class", "leaderboard", "tiny", "--dir", root, "--json"]) == 0
    board = json.loads(capsys.readouterr().out)
    assert board["challenge"]["rule"] == "fewest-params"
    assert [(e["place"], e["student"], e["parameters"]) for e in board["entries"]] == [(1, "Fay", local.params)]
    assert cli_main(["class", "leaderboard", "nonesuch", "--dir", root]) == 2
    assert "No challenge 'nonesuch'" in capsys.readouterr().err


def test_a_run_deleted_on_the_server_is_set_aside_not_retried(class_server, tiny_data, quiet_sender, monkeypatch,
                                                              tmp_path):
    gil = class_server.folder.add_student("Gil")
    seat(monkeypatch, tmp_path, "gil")
    membership.join(class_server.url, "Gil", gil["code"])
    local = train(tiny_data, epochs=1)
    quiet_sender.send_now()
    run_id = server_run(class_server.teacher(), local.id)["info"]["run_id"]
    class_server.teacher().api("POST", "runs/delete", {"run_id": run_id})
    quiet_sender.outbox.put("metrics", {"local": local.id, "metrics": [["late", 1.0, 5, 1]]})
    report = quiet_sender.send_now()
    assert report.error is None and report.waiting == 0 and len(report.refused) == 1
    assert quiet_sender.outbox.refused()


def test_two_seats_under_one_name_are_told(class_server, monkeypatch, tmp_path):
    hal = class_server.folder.add_student("Hal")
    seat(monkeypatch, tmp_path, "hal-1")
    assert membership.join(class_server.url, "Hal", hal["code"])[1] == []
    seat(monkeypatch, tmp_path, "hal-2")
    _, warnings = membership.join(class_server.url, "Hal", hal["code"])
    assert warnings and "Another computer" in warnings[0]


def test_a_real_class_list_any_script_joins_by_the_name_as_the_roster_has_it(class_server, monkeypatch, tmp_path,
                                                                              capsys):
    """"Иван Петров" and "李小龙" aborted the roster; "Zoë Ğül" became the login zo-l."""
    names = {"Иван Петров": "ivan-petrov", "Zoë Ğül": "zoe-gul", "Łukasz Żółć": "lukasz-zolc"}
    rows = {name: class_server.folder.add_student(name) for name in [*names, "李小龙", "محمد علي"]}
    for name, user in names.items():
        assert rows[name]["user"] == user and rows[name]["name"] == name
    chinese, arabic = rows["李小龙"]["user"], rows["محمد علي"]["user"]
    assert chinese.startswith("student-") and arabic.startswith("student-") and chinese != arabic
    for name, row in rows.items():  # each seat joins with the name as the list has it, and its code
        seat(monkeypatch, tmp_path, row["user"])
        joined, _ = membership.join(class_server.url, name, row["code"])
        assert joined.user == row["user"] and joined.name == name
    kept = {row["user"]: row["name"] for row in class_server.folder.roster()}  # (the server's other tests' too)
    assert all(kept[row["user"]] == name for name, row in rows.items())  # every name kept whole
    with pytest.raises(UserError, match="ivan-petrov"):  # two names, one login: said, not numbered unjoinably
        class_server.folder.add_student("Ivan Petrov!")
    assert cli_main(["class", "add-student", "Zoë Ğül", "--dir", str(class_server.folder.root)]) == 0
    assert "zoe-gul" in capsys.readouterr().out  # the same name again: its row


def test_roster_and_teacher_files_are_the_teachers_only(class_server):
    class_server.folder.add_student("Ivy")
    for name in ("roster.csv", "teacher.json"):
        assert oct((class_server.folder.root / name).stat().st_mode & 0o777) == "0o600"
    header = (class_server.folder.root / "roster.csv").read_text().splitlines()[0]
    assert header == "name,user,code"
    assert set(json.loads((class_server.folder.root / "teacher.json").read_text())) == {"user", "password"}


def test_class_view_shows_the_runs_a_leaderboard_and_a_seats_model_on_the_projector(
        class_server, tiny_data, quiet_sender, monkeypatch, tmp_path, qtbot, make_window):
    from cnngui.core.classroom.teacher import set_challenge
    from cnngui.ui.window.class_view import open_class_view

    set_challenge(class_server.teacher(), "view", "best-accuracy:1000000")
    jo = class_server.folder.add_student("Jo")
    seat(monkeypatch, tmp_path, "jo")
    membership.join(class_server.url, "Jo", jo["code"])
    local = train(tiny_data, epochs=1, challenge="view")
    quiet_sender.send_now()
    membership.leave()  # the teacher's window: no class joined
    window = make_window()
    view = open_class_view(window, class_server.folder.root)
    qtbot.waitUntil(lambda: any(row["local_run"] == local.id for row in view.rows), timeout=20_000)
    index = next(i for i, row in enumerate(view.rows) if row["local_run"] == local.id)
    assert view.runsTable.item(index, 0).text() == "Jo"
    assert view.runsTable.item(index, 6).text() == "FINISHED"
    view.challengeCombo.setCurrentText("view")
    assert any("Jo" in view.leaderboard.item(i).text() for i in range(view.leaderboard.count()))
    view.runsTable.selectRow(index)
    assert view.showButton.isEnabled()
    view.showButton.click()
    qtbot.waitUntil(lambda: "on the projector" in view.statusLabel.text(), timeout=20_000)
    assert window.state.checkpoint.arch == local.arch  # Draw, Explore and Evaluate now show Jo's network
    assert "Jo" in window.modelLabel.text() or "loaded from" in window.modelLabel.text()
    view.close()


def _png_claiming(width: int, height: int, path):
    from test_preprocess import _png_claiming as claiming

    return claiming(width, height, path)


def test_the_class_handwriting_as_one_image_folder(class_server, quiet_sender, monkeypatch, tmp_path, capsys):
    """Two seats share drawings (a whole dataset, then one added later); the teacher gets one image folder, a
    writer per student, that the image-folder loader reads; a file that is no picture is left out, said."""
    import numpy as np

    from cnngui.core.classroom.drawings import is_shared, share_drawings
    from cnngui.core.data.image_folder import labelled_images, save_drawing, writer_of

    ink = np.zeros((28, 28), np.uint8)
    ink[6:22, 12:16] = 255
    for name, digits in (("Gil", "17"), ("Hal", "1")):
        student = class_server.folder.add_student(name)
        seat(monkeypatch, tmp_path, student["user"])
        membership.join(class_server.url, name, student["code"])
        dataset = tmp_path / name / "datasets" / "our digits"
        for digit in digits:
            save_drawing(dataset, digit, name, ink)
        capsys.readouterr()
        assert cli_main(["class", "share", str(dataset)]) == 0
        assert is_shared(dataset) and f"{len(digits)} drawings queued" in capsys.readouterr().out
        later = save_drawing(dataset, "7", name, ink)  # added after sharing: sent on its own
        junk = dataset / "7" / "junk.png"
        junk.write_bytes(b"not a picture")
        extra = []
        if name == "Gil":  # a hostile seat: PostScript named .png, a decompression bomb, two names that make one
            (dataset / "7" / "eps.png").write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n")
            _png_claiming(12000, 12000, dataset / "7" / "bomb.png")
            for twin in ("a:b.png", "a-b.png"):
                (dataset / "7" / twin).write_bytes(later.read_bytes())
            extra = [dataset / "7" / n for n in ("eps.png", "bomb.png", "a:b.png", "a-b.png")]
        assert share_drawings(quiet_sender.outbox, membership.current(), dataset, [later, junk, *extra]) == 2 + len(
            extra)
        assert quiet_sender.send_now().waiting == 0
    root = str(class_server.folder.root)
    capsys.readouterr()
    assert cli_main(["class", "runs", "--dir", root, "--json"]) == 0
    assert not [row for row in json.loads(capsys.readouterr().out) if row["run"].startswith("drawings")]
    out = tmp_path / "class digits"
    assert cli_main(["class", "dataset", "our digits", "--out", str(out), "--dir", root, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["students"] == ["gil", "hal"] and result["classes"] == {"1": 2, "7": 5}
    skipped = result["skipped"]
    assert len(skipped) == 4 and sum("junk.png" in line for line in skipped) == 2
    assert any("eps.png" in line and "not an image cnngui can read" in line for line in skipped)  # never Ghostscript
    assert any("bomb.png" in line and "too large" in line for line in skipped)
    assert sorted(p.name for p in (out / "7" / "gil").iterdir()).count("a-b.png") == 1
    assert len(list((out / "7" / "gil").iterdir())) == 4  # a:b.png and a-b.png both kept: none overwrote another
    classes, items = labelled_images(out)
    assert classes == ["1", "7"] and len(items) == 7 == result["drawings"]
    assert {writer_of(path, out / classes[label]) for path, label in items} == {"gil", "hal"}
    assert cli_main(["class", "dataset", "nobody's", "--out", str(tmp_path / "x"), "--dir", root]) == 2
    assert "our digits" in capsys.readouterr().err  # the refusal names the datasets there are


def test_drawings_added_in_draw_to_a_shared_dataset_reach_the_class(class_server, quiet_sender, monkeypatch,
                                                                   tmp_path, qtbot, make_window):
    """Draw → Add to my dataset… with "Shared with the class" ticked: the dataset's drawings so far and each
    one added later reach the server; unticked on a seat in no class, the box can't be ticked."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "docs"))
    from make_screenshots import draw_digit
    from PySide6.QtWidgets import QApplication

    from cnngui.core.classroom.drawings import class_datasets, is_shared
    from cnngui.ui.settings import datasets_dir
    from cnngui.ui.tabs.draw.collect import CollectDialog

    window = make_window("draw_tab")
    tab = window.draw_tab
    draw_digit(QApplication.instance(), tab.canvas, 1)
    assert not CollectDialog(tab, window.settings, ["0", "1"]).shareCheck.isEnabled()  # in no class yet
    assert tab.add_to_dataset("lab digits", "1", "Ivy") is not None  # before sharing: stays on this seat
    ivy = class_server.folder.add_student("Ivy")
    membership.join(class_server.url, "Ivy", ivy["code"])
    dialog = CollectDialog(tab, window.settings, ["0", "1"])
    qtbot.addWidget(dialog)
    dialog.datasetCombo.setCurrentText("lab digits")
    dialog.classCombo.setCurrentText("1")
    dialog.writerEdit.setText("Ivy")
    assert dialog.shareCheck.isEnabled() and not dialog.shareCheck.isChecked()
    dialog.shareCheck.setChecked(True)
    assert tab.add_to_dataset(*dialog.choice(), share=dialog.shared()) is not None
    assert is_shared(datasets_dir() / "lab digits") and "2 drawings" in window.statusBar().currentMessage()
    assert tab.add_to_dataset("lab digits", "1", "Ivy") is not None  # the box's state is the dataset's now
    assert CollectDialog(tab, window.settings, ["0", "1"]).shareCheck.isChecked()
    assert quiet_sender.send_now().waiting == 0
    seats = class_datasets(class_server.teacher())["lab digits"]
    files = class_server.teacher().api("GET", "artifacts/list", run_id=seats[0]["run_id"], path="drawings/1")["files"]
    assert [s["user"] for s in seats] == ["ivy"] and len(files) == 3


def test_class_view_overlays_chosen_runs_and_saves_the_class_drawings(
        class_server, tiny_data, quiet_sender, monkeypatch, tmp_path, qtbot, make_window):
    import numpy as np

    from cnngui.core.classroom.drawings import share_whole_dataset
    from cnngui.core.data.image_folder import save_drawing
    from cnngui.ui.window.class_view import open_class_view

    locals_ = []
    for name in ("Kim", "Lou"):
        student = class_server.folder.add_student(name)
        seat(monkeypatch, tmp_path, student["user"])
        membership.join(class_server.url, name, student["code"])
        locals_.append(train(tiny_data, epochs=2))
        dataset = tmp_path / name / "view digits"
        save_drawing(dataset, "3", name, np.full((28, 28), 200, np.uint8))
        share_whole_dataset(quiet_sender.outbox, membership.current(), dataset)
        assert quiet_sender.send_now().waiting == 0
    membership.leave()
    window = make_window()
    view = open_class_view(window, class_server.folder.root)
    wanted = {run.id for run in locals_}
    qtbot.waitUntil(lambda: wanted <= {row["local_run"] for row in view.rows} and view.datasetButton.isEnabled(),
                    timeout=20_000)
    for r, row in enumerate(view.rows):
        if row["local_run"] in wanted:
            view.runsTable.selectionModel().select(view.runsTable.model().index(r, 0),
                                                   view.runsTable.selectionModel().SelectionFlag.Select
                                                   | view.runsTable.selectionModel().SelectionFlag.Rows)
    qtbot.waitUntil(lambda: len(view.plots.names) == 2, timeout=20_000)
    assert sorted(name.split(":")[0] for name in view.plots.names) == ["Kim", "Lou"]
    accuracy = view.plots.accuracyPlot.getPlotItem().listDataItems()
    assert len(accuracy) == 2 and list(accuracy[0].getData()[0]) == [1.0, 2.0]  # epochs, as Compare runs has them
    losses = view.plots.lossPlot.getPlotItem().listDataItems()
    assert len(losses) == 2 and 1.9 < max(losses[0].getData()[0]) <= 2.0  # images seen, back in epochs
    index = [view.datasetCombo.itemData(i) for i in range(view.datasetCombo.count())].index("view digits")
    view.datasetCombo.setCurrentIndex(index)
    assert "2 students" in view.datasetCombo.currentText()
    view.save_drawings("view digits", tmp_path / "pooled")
    qtbot.waitUntil(lambda: "saved in" in view.statusLabel.text(), timeout=20_000)
    assert sorted(p.name for p in (tmp_path / "pooled" / "3").iterdir()) == ["kim", "lou"]
    view.close()


def test_a_seat_picks_a_challenge_in_train(class_server, tiny_data, quiet_sender, monkeypatch, tmp_path, qtbot,
                                          make_window):
    """Train's Challenge row is there once the seat joins (not before); the challenge picked there and the open
    lesson are the tags of the training the app sends."""
    from cnngui.core.classroom.teacher import set_challenge

    set_challenge(class_server.teacher(), "pick me", "best-accuracy:1000000")
    window = make_window("train_tab")
    tab = window.train_tab
    assert not tab._form.isRowVisible(tab.challengeChoice)  # in no class: no row
    max_ = class_server.folder.add_student("Max")
    membership.join(class_server.url, "Max", max_["code"])
    window.state.sig_class_changed.emit(True)  # as the Join dialog says it
    assert tab._form.isRowVisible(tab.challengeChoice)
    qtbot.waitUntil(lambda: tab.challengeChoice.findData("pick me") >= 0, timeout=20_000)
    tab.challengeChoice.setCurrentIndex(tab.challengeChoice.findData("pick me"))
    window.state.lesson = "first-steps"
    tab.data_provider = lambda: tiny_data
    tab.recipe.epochsSpin.setValue(1)
    tab.start()
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    assert quiet_sender.send_now().waiting == 0
    teacher = class_server.teacher()
    experiment = teacher.experiment_id("cnngui-class/max", create=False)
    runs = teacher.search_runs([experiment], "tags.`cnngui.challenge` = 'pick me'")
    tags = {t["key"]: t["value"] for t in runs[0]["data"]["tags"]}
    assert len(runs) == 1 and tags["cnngui.lesson"] == "first-steps" and tags["cnngui.student"] == "Max"


VOTE = """# Vote

## Which
tab: network
ask: Which network has fewer weights?
choice: the dense one
choice*: the CNN
choice: the same

The CNN.
"""


def test_two_seats_vote_and_the_teacher_reveals_the_histogram(class_server, quiet_sender, monkeypatch, tmp_path,
                                                              qtbot, make_window):
    """Two seats answer a lesson's question in the real lesson panel (one wrong, then right on a second vote);
    the Class view counts them hidden, shows both after Reveal (first and latest vote apart); the gradebook
    CSV has a row per student with both votes."""
    from PySide6.QtCore import Qt

    from cnngui.ui.window.class_view import open_class_view

    (tmp_path / "vote.md").write_text(VOTE)
    for name, keys in (("Nia", [Qt.Key.Key_1, Qt.Key.Key_2]), ("Oto", [Qt.Key.Key_2])):
        student = class_server.folder.add_student(name)
        seat(monkeypatch, tmp_path, student["user"])
        membership.join(class_server.url, name, student["code"])
        window = make_window()
        panel = window.open_lesson(tmp_path / "vote.md")
        box = panel.question
        for i, key in enumerate(keys):
            if i:
                box.lessonTryAgainButton.click()
            qtbot.keyClick(box.focusWidget() or box, key)
            qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)
        assert quiet_sender.send_now().waiting == 0
        window.close()
    membership.leave()
    window = make_window()
    view = open_class_view(window, class_server.folder.root)
    votes = view.votes
    qtbot.waitUntil(lambda: votes.questionCombo.findData("vote/s01") >= 0, timeout=20_000)
    votes.questionCombo.setCurrentIndex(votes.questionCombo.findData("vote/s01"))
    qtbot.waitUntil(lambda: "2 of" in votes.countLabel.text(), timeout=20_000)
    assert "Hidden" in votes.countLabel.text() and not votes.plot.getPlotItem().listDataItems()
    votes.revealButton.click()
    bars = votes.plot.getPlotItem().listDataItems()
    assert len(bars) == 1 and list(bars[0].opts["width"]) == [0, 2, 0]  # the latest votes: both right
    assert "Right: the CNN" in votes.countLabel.text() and "the CNN: 2" in votes.plot.accessibleDescription()
    votes.roundCombo.setCurrentIndex(votes.roundCombo.findData("first"))
    assert list(votes.plot.getPlotItem().listDataItems()[0].opts["width"]) == [1, 1, 0]  # Nia changed her mind
    report = tmp_path / "gradebook.csv"
    view.save_report(report)
    qtbot.waitUntil(lambda: "gradebook" in view.statusLabel.text(), timeout=20_000)
    import csv

    rows = {row[0]: row for row in csv.reader(report.read_text(encoding="utf-8-sig").splitlines())}
    column = next(i for i, title in enumerate(rows["student"]) if title.startswith("vote s01"))
    assert rows["Nia"][column] == "the dense one (wrong) → the CNN (right)" and rows["Oto"][column] == "the CNN (right)"
    root = str(class_server.folder.root)
    assert cli_main(["class", "report", "--csv", str(tmp_path / "cli.csv"), "--dir", root]) == 0

    def table(path):
        return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))

    assert table(tmp_path / "cli.csv") == table(report)  # the view's gradebook is the command's
    view.close()


def _serve(root, port):
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "cnngui", "class", "serve", "--dir", str(root), "--port",
                             str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)


def _wait_for_server(folder, serve):
    """Until serve says it serves (its last line before it waits)."""
    from cnngui.core.classroom.server import running_server

    for line in serve.stdout:
        if "Ctrl+C stops the server" in line:
            return running_server(folder)
    raise AssertionError(f"serve ended: {serve.wait()}")


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_a_signal_to_serve_stops_every_process_of_the_server(tmp_path, signal_name):
    """SIGTERM or a closed terminal ended `class serve` and left MLflow's 15 processes answering."""
    import os
    import signal
    import time

    from cnngui.core.classroom.server import _group_alive

    folder, port = ClassFolder(tmp_path / "class"), free_port()
    serve = _serve(folder.root, port)
    record = _wait_for_server(folder, serve)
    assert _group_alive(record["pid"])
    serve.send_signal(getattr(signal, signal_name))
    serve.wait(60)
    deadline = time.monotonic() + 30
    while _group_alive(record["pid"]) and time.monotonic() < deadline:
        time.sleep(0.2)
    alive = _group_alive(record["pid"])
    if alive:
        os.killpg(record["pid"], signal.SIGKILL)
    assert not alive and "Stopping the class server" in serve.stdout.read()
    with socket.socket() as again:  # the port is free for the next serve
        again.bind(("127.0.0.1", port))


def test_a_server_left_by_a_killed_serve_is_named_at_the_next(tmp_path, capsys):
    import os
    import signal

    folder, port = ClassFolder(tmp_path / "class"), free_port()
    serve = _serve(folder.root, port)
    record = _wait_for_server(folder, serve)
    serve.kill()  # as a crash would: no finally ran
    serve.wait(30)
    try:
        assert cli_main(["class", "serve", "--dir", str(folder.root), "--port", str(free_port())]) == 2
        said = capsys.readouterr().err
        assert str(record["pid"]) in said and f"kill -TERM -- -{record['pid']}" in said
    finally:
        os.killpg(record["pid"], signal.SIGTERM)


def test_who_did_what_comes_from_the_server_not_from_a_runs_own_tags(class_server, quiet_sender, monkeypatch,
                                                                      tmp_path, capsys):
    """Mallory, in her own experiment, tagged a run and her drawings as Anna's: the gradebook counted it as Anna's
    and `class dataset` wrote Mallory's drawing over Anna's. Now each is shown under its owner, the claim said once."""
    import dataclasses

    import numpy as np
    from PIL import Image

    from cnngui.core.classroom.drawings import share_drawings
    from cnngui.core.classroom.votes import class_report
    from cnngui.core.data.image_folder import save_drawing

    ink = np.zeros((28, 28), np.uint8)
    ink[6:22, 12:16] = 255
    anna, mallory = (class_server.folder.add_student(n) for n in ("Anna Schmidt", "Mallory"))
    seat(monkeypatch, tmp_path, "anna")
    membership.join(class_server.url, "Anna Schmidt", anna["code"])
    annas = save_drawing(tmp_path / "anna-set", "3", "anna-schmidt", ink)
    share_drawings(quiet_sender.outbox, membership.current(), tmp_path / "anna-set", [annas])
    assert quiet_sender.send_now().waiting == 0
    seat(monkeypatch, tmp_path, "mallory")
    joined, _ = membership.join(class_server.url, "Mallory", mallory["code"])
    forged = dataclasses.replace(joined, name="Anna Schmidt")  # what the seat says of itself goes into the tags
    forged.save()
    fake = tmp_path / "mallory-set" / "3" / "anna-schmidt" / annas.name
    fake.parent.mkdir(parents=True)
    Image.fromarray(255 - ink).save(fake)  # another picture under Anna's very file name
    share_drawings(quiet_sender.outbox, forged, tmp_path / "mallory-set", [fake])
    assert quiet_sender.send_now().waiting == 0
    own = Client(class_server.url, Login(mallory["user"], mallory["code"]))  # and a run made by hand, tagged as Anna
    own.api("POST", "runs/create", {"experiment_id": joined.experiment_id, "run_name": "annas-best", "tags": [
        {"key": "cnngui.user", "value": anna["user"]}, {"key": "cnngui.student", "value": "Anna Schmidt"},
        {"key": "cnngui.kind", "value": "training"}]})
    root = str(class_server.folder.root)
    capsys.readouterr()
    assert cli_main(["class", "runs", "--dir", root, "--json"]) == 0
    forged_row = next(row for row in json.loads(capsys.readouterr().out) if row["run"] == "annas-best")
    assert forged_row["student"] == "Mallory" and forged_row["user"] == mallory["user"]
    assert forged_row["claimed"] in ("Anna Schmidt", anna["user"])
    assert cli_main(["class", "runs", "--dir", root]) == 0
    said = capsys.readouterr()
    assert "calls itself" in said.err and said.err.count("annas-best") == 1
    _, rows = class_report(class_server.teacher())
    runs_of = {row[0]: row[1] for row in rows}
    assert runs_of.get("Anna Schmidt", 0) == 0 and runs_of["Mallory"] == 1  # the gradebook counts it as Mallory's
    out = tmp_path / "class digits"
    assert cli_main(["class", "dataset", "anna-set", "--out", str(out), "--dir", root, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["students"] == [anna["user"]]
    assert (out / "3" / anna["user"] / annas.name).read_bytes() == annas.read_bytes()  # Anna's stays hers
    assert cli_main(["class", "dataset", "mallory-set", "--out", str(out), "--dir", root, "--json"]) == 0
    capsys.readouterr()
    assert (out / "3" / anna["user"] / annas.name).read_bytes() == annas.read_bytes()  # still hers
    assert (out / "3" / mallory["user"] / annas.name).is_file()  # Mallory's under Mallory


def test_a_student_can_not_squat_anothers_experiment_nor_show_a_fake_one(class_server, monkeypatch, tmp_path,
                                                                        capsys):
    """Mallory made cnngui-class/<Zed's login> before Zed joined: Zed's join then failed; her fake experiments showed
    in the teacher's list."""
    from cnngui.core.classroom.membership import EXPERIMENT_PREFIX
    from cnngui.core.classroom.teacher import class_experiments

    mallory = class_server.folder.add_student("Mallory B")
    own = Client(class_server.url, Login(mallory["user"], mallory["code"]))
    squatted = own.experiment_id(EXPERIMENT_PREFIX + "zed")
    fake = own.experiment_id(EXPERIMENT_PREFIX + "fake-student")
    zed = class_server.folder.add_student("Zed")
    seat(monkeypatch, tmp_path, "zed")
    joined, _ = membership.join(class_server.url, "Zed", zed["code"])  # joins: the squatted one was set aside
    assert joined.experiment_id != squatted
    seats = class_experiments(class_server.teacher())
    assert seats[joined.experiment_id] == "zed" and squatted not in seats and fake not in seats
    assert seats.names["zed"] == "Zed"
    with pytest.raises(ClassError):  # and Zed's experiment is not Mallory's to write
        own.api("POST", "runs/create", {"experiment_id": joined.experiment_id, "run_name": "sabotage"})


def test_serve_again_enrolls_every_student_again_without_change(class_server, monkeypatch, tmp_path):
    """`serve` enrolls the whole roster at every start (a class from before the rule too): twice is the same."""
    from cnngui.core.classroom.teacher import class_experiments

    row = class_server.folder.add_student("Quinn")
    before = dict(class_experiments(class_server.teacher()))
    class_server.folder.enroll_all()
    class_server.folder.enroll_all()
    assert dict(class_experiments(class_server.teacher())) == before
    seat(monkeypatch, tmp_path, "quinn")
    joined, _ = membership.join(class_server.url, "Quinn", row["code"])
    assert before[joined.experiment_id] == "quinn"
