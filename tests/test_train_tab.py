"""The main window and the Train tab, driven through their real widgets."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cnngui.ui.main_window import create_main_window


@pytest.fixture
def window(make_window, tiny_data):
    win = make_window()
    win.train_tab.data_provider = lambda: tiny_data
    win.train_tab.autosave_path = None
    return win


def _set_small_run(tab, epochs=2, batch=16):
    tab.recipe.epochsSpin.setValue(epochs)
    tab.recipe.batchSizeSpin.setValue(batch)
    tab.recipe.deviceCombo.setCurrentIndex(tab.recipe.deviceCombo.findData("cpu"))


def test_widgets_have_stable_names(window):
    for name in ["mainTabs", "presetCombo", "epochsSpin", "batchSizeSpin", "learningRateSpin", "optimizerCombo",
                 "deviceCombo", "seedSpin", "startButton", "pauseButton", "stopButton", "lossPlot", "accuracyPlot",
                 "trainProgress", "logView"]:
        assert window.findChild(object, name) is not None, name
    tabs = window.mainTabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Network", "Train", "Evaluate", "Draw", "Explore",
                                                              "Convolution"]
    assert "bundled" in window.modelLabel.text()


def test_presets_fill_the_form(window):
    tab = window.train_tab
    tab.recipe.presetCombo.setCurrentIndex(tab.recipe.presetCombo.findData("seed"))
    recipe = tab.recipe
    assert (recipe.epochsSpin.value(), recipe.batchSizeSpin.value(), recipe.learningRateSpin.value()) == (3, 32, 0.001)
    tab.recipe.epochsSpin.setValue(0)  # the spin box cannot hold an impossible value
    assert tab.recipe.epochsSpin.value() == 1


def test_unusable_cuda_is_listed_but_disabled(window):
    import torch

    combo = window.train_tab.recipe.deviceCombo
    ids = [combo.itemData(i) for i in range(combo.count())]
    assert "cpu" in ids
    if not torch.cuda.is_available():
        index = ids.index("cuda")
        assert not combo.model().item(index).isEnabled() and "unavailable" in combo.itemText(index)


def test_training_runs_to_the_end_through_the_buttons(qtbot, window):
    tab = window.train_tab
    _set_small_run(tab)
    qtbot.mouseClick(tab.startButton, Qt.MouseButton.LeftButton)
    assert not tab.startButton.isEnabled() and tab.stopButton.isEnabled()
    with qtbot.waitSignal(tab.sig_running_changed, timeout=60_000) as blocker:
        pass
    assert blocker.args == [False]
    assert len(tab.curves.batch_loss) == 2 * 25  # every batch reached the loss curve
    assert [e["epoch"] for e in tab.curves.epochs] == [1, 2]
    assert tab.curves.test_acc.getData()[1] is not None and len(tab.curves.test_acc.getData()[1]) == 2
    assert "Epoch 2/2" in tab.view.logView.toPlainText() and "val_accuracy" in tab.view.logView.toPlainText()
    assert tab.view.trainProgress.value() == 1000
    # the fast recipe smooths its labels: the form shows it, and the log says the losses are comparable
    assert tab.recipe.labelSmoothingSpin.value() == 0.1 and tab.config().label_smoothing == 0.1
    assert tab.view.logView.toPlainText().count("both the plain cross-entropy") == 1  # said once a run
    assert "trained now" in window.state.label and window.state.checkpoint.epoch == 2
    assert tab.startButton.isEnabled()


def test_pause_holds_the_batch_count_still_and_stop_keeps_the_model(qtbot, window):
    tab = window.train_tab
    _set_small_run(tab, epochs=50, batch=4)
    tab.start()
    qtbot.waitUntil(lambda: len(tab.curves.batch_loss) > 3, timeout=30_000)
    qtbot.mouseClick(tab.pauseButton, Qt.MouseButton.LeftButton)
    assert tab.pauseButton.text() == "Resume"
    qtbot.wait(300)  # let the batch in flight land
    held = len(tab.curves.batch_loss)
    qtbot.wait(500)
    assert len(tab.curves.batch_loss) == held
    qtbot.mouseClick(tab.pauseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.curves.batch_loss) > held, timeout=10_000)
    qtbot.mouseClick(tab.stopButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.running, timeout=10_000)
    assert "Stopped" in tab.view.logView.toPlainText()
    assert "stopped" in window.state.label
    prediction = window.state.predictor.predict(__import__("cnngui.core.data.strokes", fromlist=["x"]).render_digit(1))
    assert prediction.digit is not None  # the model trained so far is usable


def test_closing_during_training_is_clean(qtbot, tiny_data, capfd):
    win = create_main_window()
    qtbot.addWidget(win)
    win.train_tab.data_provider = lambda: tiny_data
    win.train_tab.autosave_path = None
    asked = []
    win.confirm_close = lambda: asked.append(True) or True
    win.show()
    _set_small_run(win.train_tab, epochs=50, batch=4)
    win.train_tab.start()
    qtbot.waitUntil(lambda: len(win.train_tab.curves.batch_loss) > 2, timeout=30_000)
    assert win.close()
    assert asked and not win.train_tab.running
    assert "QThread: Destroyed" not in capfd.readouterr().err


def test_refusing_to_close_keeps_training(qtbot, window):
    window.confirm_close = lambda: False
    _set_small_run(window.train_tab, epochs=50, batch=4)
    window.train_tab.start()
    assert not window.close()
    assert window.train_tab.running


def test_worker_error_is_shown_and_the_app_stays_usable(qtbot, window):
    from cnngui.errors import DataError

    def broken():
        raise DataError("MNIST file train-images-idx3-ubyte.gz is missing from /nowhere.")

    tab = window.train_tab
    tab.data_provider = broken
    tab.start()
    qtbot.waitUntil(lambda: not tab.running, timeout=10_000)
    boxes = [b for b in tab.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "is missing" in boxes[0].text()
    assert "Training failed" in window.statusBar().currentMessage() or "failed" in tab.view.trainProgress.format()
    assert tab.startButton.isEnabled()


def test_autosave_each_epoch_and_resume(qtbot, window, tmp_path):
    from cnngui.core.model_files.checkpoint import load_checkpoint

    tab = window.train_tab
    tab.autosave_path = tmp_path / "autosave.pt"
    _set_small_run(tab, epochs=1, batch=32)
    tab.start()
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    assert load_checkpoint(tab.autosave_path).epoch == 1
    tab.recipe.epochsSpin.setValue(2)
    tab.resume_from(tab.autosave_path)
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    assert [e["epoch"] for e in tab.curves.epochs] == [1, 2]
    assert load_checkpoint(tab.autosave_path).epoch == 2


def test_curves_export(qtbot, window, tmp_path):
    tab = window.train_tab
    _set_small_run(tab, epochs=1, batch=50)
    tab.start()
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    tab.curves.export_csv(tmp_path / "c.csv")
    tab.curves.export_png(tmp_path / "c.png")
    lines = (tmp_path / "c.csv").read_text().splitlines()
    assert lines[0].startswith("kind,epoch") and sum(line.startswith("batch") for line in lines) == 8
    assert lines[-1].startswith("epoch,1,")
    assert (tmp_path / "c.png").stat().st_size > 1000
    tab.view.smoothingSlider.setValue(0)
    assert tab.curves._smoothed == pytest.approx(tab.curves.batch_loss)


def test_save_and_open_model(qtbot, window, tmp_path, seed_checkpoint):
    assert window.save_model(tmp_path / "saved.pt")
    assert window.open_model(seed_checkpoint)
    assert "loaded from model.pt" in window.modelLabel.text()
    (tmp_path / "bad.pt").write_text("nope")
    assert not window.open_model(tmp_path / "bad.pt")
    texts = [b.text() for b in window.findChildren(QMessageBox)]
    assert any("not a PyTorch file" in t for t in texts), texts


def test_about_lists_versions(window):
    import torch

    text = window.about_text()
    assert torch.__version__ in text and "Qt" in text and "CPU" in text


def test_settings_and_geometry_are_remembered(qtbot):
    first = create_main_window()
    qtbot.addWidget(first)
    first.show()
    tab = first.train_tab
    tab.recipe.presetCombo.setCurrentIndex(tab.recipe.presetCombo.findData("seed"))
    tab.recipe.epochsSpin.setValue(7)
    tab.recipe.seedSpin.setValue(42)
    first.mainTabs.setCurrentIndex(2)
    assert first.close()
    second = create_main_window()
    qtbot.addWidget(second)
    assert (second.train_tab.recipe.presetCombo.currentData(), second.train_tab.recipe.epochsSpin.value(),
            second.train_tab.recipe.seedSpin.value()) == ("seed", 7, 42)
    assert second.mainTabs.currentIndex() == 2
    saved = second.settings.value("window/geometry")
    assert saved is not None and len(bytes(saved)) > 20 and second.restoreGeometry(saved)
    second.train_tab.recipe.presetCombo.setCurrentIndex(second.train_tab.recipe.presetCombo.findData("fast"))
    second.close()


def test_another_data_folder_is_checked_like_the_bundled_one(qtbot, window, tmp_path):
    tab = window.train_tab
    tab.set_data_folder(str(tmp_path))  # an empty folder
    assert str(tmp_path) in tab.data.dataLabel.text() and tab.data.bundledDataButton.isEnabled()
    tab.start()
    qtbot.waitUntil(lambda: not tab.running, timeout=20_000)
    texts = [b.text() for b in tab.findChildren(QMessageBox)]
    assert any("train-images-idx3-ubyte.gz" in t and "are missing from" in t for t in texts), texts  # all four named
    tab.set_data_folder(None)
    assert tab.data.dataLabel.text() == "bundled MNIST" and not tab.data.bundledDataButton.isEnabled()


def test_gui_thread_is_serial_and_training_gets_every_core(qtbot, window):
    import torch

    from cnngui.core.devices import cpu_threads

    assert torch.get_num_threads() == 1  # the window's own tensor work stays on one core
    combo = window.train_tab.recipe.deviceCombo
    assert combo.itemText(combo.findData("cpu")) == f"CPU ({cpu_threads()} threads)"
    seen = []
    tab = window.train_tab
    data = tab.data_provider()
    tab.data_provider = lambda: (seen.append(torch.get_num_threads()), data)[1]  # runs on the training thread
    _set_small_run(tab, epochs=1, batch=100)
    tab.start()
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    assert seen == [cpu_threads()]


def test_settings_that_cannot_be_read_fall_back_to_defaults(qtbot):
    """A hand-edited settings.ini ([window] tab=abc, [train] epochs=abc) once stopped the launch."""
    from cnngui.ui.settings import app_settings

    settings = app_settings()
    for key, value in (("window/tab", "abc"), ("train/preset", "seed"), ("train/epochs", "abc"),
                       ("train/lr", "nan"), ("train/batch_size", "64")):
        settings.setValue(key, value)
    settings.sync()
    window = create_main_window()
    qtbot.addWidget(window)
    tab = window.train_tab
    recipe = tab.recipe
    assert recipe.presetCombo.currentData() == "seed" and recipe.batchSizeSpin.value() == 64  # what could be read
    assert recipe.epochsSpin.value() == 3 and recipe.learningRateSpin.value() == 0.001  # the seed recipe's defaults
    assert window.mainTabs.currentWidget() is window.train_tab
    message = window.statusBar().currentMessage()
    assert "reset to their defaults" in message and "train/epochs" in message and "window/tab" in message


def test_the_accuracy_axis_never_shows_an_si_prefix(window):
    """Mid-training it once read "accuracy (x0.001)" with ticks 200-800."""
    tab = window.train_tab
    tab.curves.add_epoch(1, 0.3, 0.91, 0.35, 0.9)
    tab.curves.refresh()
    axis = tab.curves.accuracy_plot.getAxis("left")
    assert axis.autoSIPrefix is False and "x0.001" not in axis.labelString() and "×" not in axis.labelString()


def test_live_text_changes_without_asking_for_a_new_layout(qtbot):
    """The training speed line changes 10 times a second; its size must not depend on its text."""
    from cnngui.ui.widgets.live_text import LiveText

    line = LiveText(objectName="rateLabel")
    qtbot.addWidget(line)
    hint = line.sizeHint()
    line.setText("7,301 images/s · ETA 0:03 · loss 0.0412 · lr 0.0091 " * 3)
    assert line.text().startswith("7,301 images/s") and line.toolTip() == line.text()
    assert line.sizeHint() == hint
    line.resize(120, hint.height())
    assert not line.grab().isNull()


def test_the_form_is_made_from_the_declared_hyperparameters(qtbot):
    """Ranges come from core.recipes; the saved keys are train/<key>; a recipe fills every field."""
    from cnngui.core.training.recipes import HYPERPARAMETERS, MAX_EPOCHS, PRESETS
    from cnngui.ui.app_state import AppState
    from cnngui.ui.tabs.train.recipe_form import FIELDS_SAVED
    from cnngui.ui.tabs.train.tab import TrainTab

    tab = TrainTab(AppState())
    qtbot.addWidget(tab)
    recipe = tab.recipe
    assert recipe.epochsSpin.maximum() == MAX_EPOCHS and recipe.seedSpin.maximum() == HYPERPARAMETERS["seed"].maximum
    saved_keys = {key.split("/")[1] for key in (s.key for s in FIELDS_SAVED.values())}
    assert set(tab.recipe.fields) == set(HYPERPARAMETERS) == saved_keys
    tab.recipe.presetCombo.setCurrentIndex(tab.recipe.presetCombo.findData("bundled"))
    config = tab.config()
    assert all(getattr(config, key) == getattr(PRESETS["bundled"], key) for key in HYPERPARAMETERS)
    assert tab.autosave_path is None  # a tab alone keeps nothing in the user's folder


def test_the_cli_and_the_gui_continue_a_checkpoint_the_same_way(qtbot, window, tmp_path, capsys):
    """One rule (core.session.continued_config): the checkpoint's own settings, the epochs asked for."""
    from cnngui.cli import main
    from cnngui.core.training.runs import RunStore

    out = tmp_path / "m.pt"
    assert main(["train", "--subset", "320", "--preset", "seed", "--lr", "0.002", "--batch-size", "64",
                 "--optimizer", "adamw", "--seed", "5", "--epochs", "1", "--device", "cpu", "--out", str(out),
                 "--no-run"]) == 0
    assert main(["train", "--subset", "320", "--epochs", "2", "--resume", str(out), "--out",
                 str(tmp_path / "cli.pt")]) == 0
    capsys.readouterr()
    tab = window.train_tab
    tab.recipe.presetCombo.setCurrentIndex(tab.recipe.presetCombo.findData("fast"))  # the CLI's default recipe too
    tab.recipe.epochsSpin.setValue(2)
    tab.recipe.deviceCombo.setCurrentIndex(tab.recipe.deviceCombo.findData("cpu"))
    tab.resume_from(out)
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    gui, cli = RunStore().list()[0][:2]  # newest first
    assert {k: v for k,
            v in gui.config.items() if k != "device"} == {k: v for k, v in cli.config.items() if k != "device"}
    assert gui.config["lr"] == 0.002 and gui.config["optimizer"] == "adamw" and gui.config["batch_size"] == 64
    # the form shows them
    assert tab.recipe.learningRateSpin.value() == 0.002 and tab.recipe.optimizerCombo.currentData() == "adamw"


def test_closing_with_background_work_waits_for_none_of_it(qtbot, make_window, capfd, monkeypatch):
    """The monkey saw a 1.9 s close while an accuracy pass and a top-patch search loaded the test set: the
    window waited for them. Closing asks each task to stop and goes; app.main waits once the window is gone."""
    from cnngui.ui.tasks import Task

    window = make_window("explore_tab")
    explore = window.explore_tab
    explore.channelOffCheck.setChecked(True)  # an accuracy pass for the edited model
    window.state.request_report()  # and the test report
    qtbot.waitUntil(lambda: len(Task.live) >= 2, timeout=10_000)
    running = list(Task.live)
    waited, wait = [], Task.wait

    def noted_wait(task, timeout_ms=10_000):
        waited.append(task.name)
        return wait(task, timeout_ms)

    monkeypatch.setattr(Task, "wait", noted_wait)
    window.confirm_close = lambda: True
    assert window.close()
    assert waited == [] and all(task.state.stop_requested for task in running)  # asked to stop, not waited for
    assert Task.shutdown_all()  # what app.main does once the window is gone
    assert "QThread: Destroyed" not in capfd.readouterr().err
