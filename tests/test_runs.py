"""Runs: kept, listed, reloaded, damaged ones skipped; the overlay, the timeline and the experiments."""

import json

import numpy as np
import pytest
import torch

from cnngui.core.training.loop import Trainer
from cnngui.core.training.recipes import TrainConfig
from cnngui.core.training.runs import FORMAT, RunRecorder, RunStore


def train_a_run(store, data, epochs=2, lr=1e-3, name=""):
    recorder = RunRecorder(store, name=name)
    trainer = Trainer(data, TrainConfig(epochs=epochs, batch_size=32, lr=lr, device="cpu"), listener=recorder,
                      report_interval=0)
    recorder.attach(trainer)
    trainer.run()
    recorder.finish()
    return recorder.run, trainer


def test_a_training_is_kept_as_a_run_and_reloads(tmp_path, tiny_data):
    store = RunStore(tmp_path / "runs")
    run, trainer = train_a_run(store, tiny_data, name="first try")
    runs, skipped = store.list()
    assert not skipped and [r.id for r in runs] == [run.id]
    loaded = runs[0]
    assert loaded.name == "first try" and loaded.state == "finished" and loaded.params == 121_930
    assert [h["epoch"] for h in loaded.history] == [1, 2]
    assert len(loaded.batch_losses) == 2 * trainer.batches_per_epoch
    epochs = [s.epoch for s in loaded.snapshots]
    assert epochs[0] == 0 and epochs[-2:] == [1.0, 2.0] and any(0 < e < 1 for e in epochs)  # early ones too
    final = store.load_snapshot(loaded, loaded.snapshots[-1])
    assert all(torch.equal(final[k], v) for k, v in trainer.model.state_dict().items())
    start = store.load_snapshot(loaded, loaded.snapshots[0])
    assert not torch.equal(start["conv1.weight"], final["conv1.weight"])
    from cnngui.core.model_files.checkpoint import load_checkpoint

    assert load_checkpoint(loaded.checkpoint_path).epoch == 2
    assert loaded.summary()["best_test_accuracy"] == max(h["test_accuracy"] for h in loaded.history)
    store.rename(loaded, "renamed")
    assert store.list()[0][0].name == "renamed"
    store.delete(loaded)
    assert store.list() == ([], [])


@pytest.mark.parametrize("damage, words", [
    (lambda f: (f / "run.json").write_text("{not json"), "unreadable"),
    (lambda f: (f / "run.json").write_text(json.dumps({"format": FORMAT + 1})), "another version"),
    (lambda f: (f / "run.json").write_text(json.dumps({"format": FORMAT, "name": "x"})), "missing"),
    (lambda f: (f / "run.json").unlink(), "no run.json"),
    (lambda f: (f / "run.json").write_text((f / "run.json").read_text().replace(
        '"test_accuracy": 0', '"test_accuracy": NaN, "x": 0', 1)), "damaged"),
    (lambda f: (f / "run.json").write_bytes(b"\xff\xfe\x00garbage"), "unreadable"),
])
def test_damaged_runs_are_skipped_with_a_message(tmp_path, tiny_data, damage, words):
    store = RunStore(tmp_path / "runs")
    good, _ = train_a_run(store, tiny_data, epochs=1)
    bad, _ = train_a_run(store, tiny_data, epochs=1)
    damage(bad.folder)
    runs, skipped = store.list()
    assert [r.id for r in runs] == [good.id]
    assert len(skipped) == 1 and bad.folder.name in skipped[0] and words in skipped[0]


def test_cli_train_keeps_a_run_and_runs_lists_it(tmp_path, capsys, monkeypatch):
    from cnngui.cli import main

    assert main(["train", "--subset", "300", "--epochs", "1", "--out", str(tmp_path / "m.pt"), "--name",
                 "cli run"]) == 0
    assert main(["train", "--subset", "300", "--epochs", "1", "--out", str(tmp_path / "n.pt"), "--no-run"]) == 0
    capsys.readouterr()
    assert main(["runs", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["cli run"]
    assert rows[0]["epochs"] == 1 and rows[0]["network"] == "Seed CNN" and rows[0]["snapshots"] >= 2
    assert main(["runs"]) == 0
    assert "cli run" in capsys.readouterr().out


def test_shifted_moves_each_image_its_way():
    from cnngui.core.teaching.experiments import shifted

    images = torch.zeros(4, 10, 10, dtype=torch.uint8)
    images[:, 5, 5] = 255
    moved = shifted(images, 2)
    spots = [tuple(int(v) for v in torch.nonzero(m)[0]) for m in moved]
    assert spots == [(5, 7), (7, 5), (5, 3), (3, 5)]  # right, down, left, up
    edge = torch.zeros(1, 10, 10, dtype=torch.uint8)
    edge[0, 5, 9] = 255
    assert shifted(edge, 2).sum() == 0  # moved out of the picture, not wrapped around


def test_the_cnn_experiment_on_small_data(tmp_path, tiny_data):
    from cnngui.core.teaching.experiments import SHIFTS, compare_networks, shift_table

    results = compare_networks(tiny_data, TrainConfig(epochs=1, batch_size=32, device="cpu"),
                               store=RunStore(tmp_path / "runs"))
    assert [r.key for r in results] == ["ffnn", "seed"]
    assert [r.params for r in results] == [535_818, 121_930]
    for r in results:
        assert len(r.shift) == len(SHIFTS) and r.shift[0] == pytest.approx(r.test_accuracy)
        assert r.run_id
    assert "Seed CNN" in shift_table(results)
    assert len(RunStore(tmp_path / "runs").list()[0]) == 2


def test_device_speed_measures_the_cpu(tiny_data):
    from cnngui.core.teaching.experiments import device_speed

    speeds = device_speed(tiny_data, seconds=0.3, devices=["cpu"])
    assert len(speeds) == 1 and speeds[0].images_per_sec > 0
    assert speeds[0].projected_seconds == pytest.approx(3 * 60_000 / speeds[0].images_per_sec)


# ---- the GUI -------------------------------------------------------------------------------------------
def test_two_runs_overlay_and_a_timeline(make_window, qtbot, tiny_data, tmp_path):
    from PySide6.QtCore import Qt

    window = make_window("train_tab")
    tab = window.train_tab
    tab.data_provider = lambda: tiny_data
    tab.runs_root = tmp_path / "runs"
    tab.recipe.deviceCombo.setCurrentIndex(tab.recipe.deviceCombo.findData("cpu"))
    tab.recipe.epochsSpin.setValue(2)
    tab.recipe.batchSizeSpin.setValue(64)
    for lr in (0.001, 0.01):
        tab.recipe.learningRateSpin.setValue(lr)
        tab.start()
        qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    view = tab.runsView
    view.refresh()
    assert view.runsTable.rowCount() == 2
    assert "Tick runs" in view.runsHintLabel.text() and not view.runsHintLabel.isHidden()
    for row in range(2):
        view.runsTable.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert len(view.runsAccuracyPlot.listDataItems()) == 2 and len(view.runsLossPlot.listDataItems()) == 2
    assert view.runsHintLabel.isHidden()
    names = {item.name() for item in view.runsAccuracyPlot.listDataItems()}
    assert any("0.01" in n for n in names) and any("0.001" in n for n in names)
    view.runsXAxisCombo.setCurrentIndex(view.runsXAxisCombo.findData("seconds"))
    xs = view.runsAccuracyPlot.listDataItems()[0].getData()[0]
    assert xs[-1] > 0 and np.all(np.diff(xs) > 0)

    view.runsTable.selectRow(0)
    assert view.timelineButton.isEnabled()
    view.open_timeline()
    dialog = view.timelines[view.runs[0].id]
    from test_accessibility import _unnamed_in

    assert _unnamed_in(dialog)[1] == []  # a screen reader names each of its controls (issue 34)
    first = dialog.timelineFilters.tiles.copy()
    dialog.snapshotSlider.setValue(dialog.snapshotSlider.maximum())
    assert not np.allclose(first, dialog.timelineFilters.tiles)  # the filters changed while it learnt
    assert "after 2 epochs" in dialog.snapshotLabel.text()
    assert dialog.timelineFilters.accessibleDescription().startswith("32 maps of 3×3")
    qtbot.waitUntil(lambda: len(dialog.accuracy) == len(view.runs[0].snapshots), timeout=60_000)
    assert "test accuracy" in dialog.snapshotLabel.text()
    from PIL import Image

    frames = dialog.export_gif(str(tmp_path / "filters.gif"))
    with Image.open(tmp_path / "filters.gif") as gif:
        # one frame per snapshot (Pillow merges frames that look the same after quantising)
        assert frames == len(view.runs[0].snapshots) and 2 <= gif.n_frames <= frames
    dialog.close()

    view.open_selected()  # the run's model becomes the current one
    assert window.state.label.startswith("run ")


def test_the_experiments_dialog_runs_both(make_window, qtbot, tiny_data):
    window = make_window("train_tab")
    view = window.train_tab.runsView
    view.open_experiments()
    dialog = view.experiments
    dialog.cnnEpochsSpin.setValue(1)
    dialog.run_cnn_experiment(lambda: tiny_data)
    qtbot.waitUntil(lambda: dialog.cnnTable.rowCount() == 2, timeout=60_000)
    assert len(dialog.shiftPlot.listDataItems()) == 2 and "both are in the runs list" in dialog.cnnStatus.text()
    qtbot.waitUntil(dialog.cnnRunButton.isEnabled, timeout=30_000)
    assert dialog.cnnUseRunsButton.isEnabled()  # now there is a finished run of each
    trained = [n.test_accuracy for n in dialog.networks]
    dialog.run_cnn_on_runs(lambda: tiny_data)  # the same experiment on those runs: no training
    qtbot.waitUntil(lambda: dialog.cnnTable.rowCount() == 2 and len(dialog.networks) == 2
                    and dialog.cnnUseRunsButton.isEnabled(), timeout=30_000)
    assert [n.test_accuracy for n in dialog.networks] == trained and "(run " in dialog.networks[0].title
    assert len(dialog.shiftPlot.listDataItems()) == 2
    dialog.run_cuda_experiment(lambda: tiny_data, seconds=0.3)
    qtbot.waitUntil(lambda: dialog.cudaTable.rowCount() >= 1, timeout=30_000)
    assert dialog.cudaTable.item(0, 0).text().startswith("CPU")
    if not torch.cuda.is_available():
        assert "No CUDA GPU here" in dialog.cudaStatus.text()
    dialog.close()


def test_delete_asks_first_and_then_deletes(make_window, qtbot, tiny_data, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    store = RunStore(tmp_path / "runs")
    train_a_run(store, tiny_data, epochs=1)
    window = make_window("train_tab")
    window.train_tab.runs_root = store.root
    view = window.train_tab.runsView
    view.refresh()
    view.runsTable.selectRow(0)
    view.deleteRunButton.click()
    box = window.findChild(QMessageBox, "confirmDialog")
    assert box is not None and box.isVisible() and len(store.list()[0]) == 1  # nothing gone yet
    [delete] = [b for b in box.buttons() if b.text() == "Delete"]
    delete.click()
    assert store.list() == ([], []) and view.runsTable.rowCount() == 0


def test_a_runs_folder_that_cannot_be_written_costs_the_record_not_the_training(tmp_path, tiny_data):
    from cnngui.core.control import TaskState
    from cnngui.ui.tabs.train.worker import TrainingJob, TrainingReports, run_training

    not_a_folder = tmp_path / "runs"
    not_a_folder.write_text("a file where the runs folder should be")
    messages = []

    class StatusLines(TrainingReports):
        def status(self, text: str) -> None:
            messages.append(text)

    job = TrainingJob(TrainConfig(epochs=1, batch_size=64, device="cpu"), lambda: tiny_data, runs_root=not_a_folder)
    ended = run_training(TaskState(), job, StatusLines())
    assert ended.checkpoint is not None and not ended.stopped and ended.checkpoint.epoch == 1
    assert any(isinstance(m, str) and m.startswith("Not kept in the runs list") for m in messages)
