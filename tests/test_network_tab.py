"""The Network tab (architecture editor), driven through its widgets, and custom networks through Train and Explore."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSpinBox

from cnngui.core.network.architecture import PRESETS, SEED_CNN


@pytest.fixture
def window(make_window, tiny_data):
    win = make_window("network_tab")
    win.train_tab.data_provider = lambda: tiny_data
    win.train_tab.autosave_path = None
    return win


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_preset(qtbot, tab, key):
    tab.networkPresetCombo.setCurrentIndex(tab.networkPresetCombo.findData(key))
    click(qtbot, tab.loadPresetButton)


def cell(tab, row, column):
    return tab.architectureTable.item(row, column).text()


def test_starts_with_the_seed_network_and_shows_every_row(window):
    tab = window.network_tab
    for name in ["networkPresetCombo", "architectureTable", "addLayerKindCombo", "addLayerButton", "removeLayerButton",
                 "moveUpButton", "moveDownButton", "networkTotals", "openArchitectureButton", "saveArchitectureButton"]:
        assert window.findChild(object, name) is not None, name
    assert window.state.architecture == SEED_CNN
    assert tab.architectureTable.rowCount() == 10
    assert cell(tab, 0, 0).startswith("conv1") and cell(tab, 0, 2) == "32×26×26" and cell(tab, 0, 3) == "320"
    assert cell(tab, 3, 4) == "8×8 pixels" and cell(tab, 9, 4) == "the whole image"
    assert "121,930" in tab.networkTotals.text() and "ready to train" in tab.networkTotals.text()


def test_presets_replace_the_network(qtbot, window):
    tab = window.network_tab
    choose_preset(qtbot, tab, "deep")
    assert window.state.architecture == PRESETS["deep"].layers
    assert sum(cell(tab, r, 0).split()[0].startswith("conv") for r in range(tab.architectureTable.rowCount())) == 4
    assert window.state.architecture_name == "Deeper CNN"
    assert "Deeper CNN" in window.train_tab.networkLabel.text()
    choose_preset(qtbot, tab, "lenet5")
    assert "avgpool1" in cell(tab, 2, 0) and cell(tab, 0, 2) == "6×28×28"


def test_add_edit_reorder_and_remove_layers(qtbot, window):
    tab = window.network_tab
    tab.architectureTable.selectRow(0)  # conv1
    tab.addLayerKindCombo.setCurrentIndex(tab.addLayerKindCombo.findData("batchnorm"))
    click(qtbot, tab.addLayerButton)
    assert window.state.architecture[1] == {"type": "batchnorm"} and tab.selected() == 1
    assert cell(tab, 1, 0).startswith("bn1") and cell(tab, 1, 3) == "64"  # 2 x 32 channels

    tab.architectureTable.selectRow(0)
    filters = tab.findChild(QSpinBox, "setting_out")
    filters.setValue(8)  # edit conv1 through its form
    assert window.state.architecture[0]["out"] == 8 and cell(tab, 0, 2) == "8×26×26" and cell(tab, 0, 3) == "80"
    tab.findChild(QSpinBox, "setting_padding").setValue(-1)  # the special value below the range: "same"
    assert window.state.architecture[0]["padding"] == "same" and cell(tab, 0, 2) == "8×28×28"
    assert "(edited)" in window.state.architecture_name

    tab.architectureTable.selectRow(1)
    click(qtbot, tab.moveDownButton)  # bn1 after relu1
    assert [layer["type"] for layer in window.state.architecture[:3]] == ["conv", "relu", "batchnorm"]
    click(qtbot, tab.moveUpButton)
    assert [layer["type"] for layer in window.state.architecture[:3]] == ["conv", "batchnorm", "relu"]
    click(qtbot, tab.removeLayerButton)
    assert [layer["type"] for layer in window.state.architecture[:2]] == ["conv", "relu"]
    assert tab.architectureTable.rowCount() == 10


def test_a_layer_that_cannot_work_says_why_and_blocks_training(qtbot, window):
    tab = window.network_tab
    tab.architectureTable.selectRow(0)
    tab.addLayerKindCombo.setCurrentIndex(tab.addLayerKindCombo.findData("dense"))
    click(qtbot, tab.addLayerButton)  # a dense layer straight after conv1
    assert "add a flatten layer before it" in cell(tab, 1, 1)
    assert "add a flatten layer before it" in tab.layerProblem.text()
    assert "can't be trained" in tab.networkTotals.text() and "dense1 (layer 2)" in tab.networkTotals.text()
    assert cell(tab, 5, 2) == "—"  # nothing below a broken layer has a shape
    train = window.train_tab
    assert not train.startButton.isEnabled() and "flatten" in train.startButton.toolTip()
    train.start()  # even called directly, it refuses with the reason
    texts = [b.text() for b in train.findChildren(QMessageBox)]
    assert any("add a flatten layer before it" in t for t in texts) and not train.running
    click(qtbot, tab.removeLayerButton)
    assert train.startButton.isEnabled() and "ready to train" in tab.networkTotals.text()


def test_a_kernel_too_large_for_its_input_is_refused(qtbot, window):
    tab = window.network_tab
    tab.architectureTable.selectRow(3)  # conv2, on a 13x13 map
    tab.findChild(QSpinBox, "setting_kernel").setValue(15)
    assert "larger than its 13×13 input" in cell(tab, 3, 1)
    assert not window.train_tab.startButton.isEnabled()


def test_save_and_open_an_architecture(qtbot, window, tmp_path, capsys):
    tab = window.network_tab
    choose_preset(qtbot, tab, "allconv")
    path = tmp_path / "mine.json"
    assert tab.save_architecture(path)
    saved = json.loads(path.read_text())
    assert saved["layers"] == PRESETS["allconv"].layers
    from cnngui.cli import main

    assert main(["summary", "--arch", str(path), "--json"]) == 0  # the CLI reads what the editor writes
    assert json.loads(capsys.readouterr().out)["total_params"] == 75_242
    choose_preset(qtbot, tab, "seed")
    assert tab.open_architecture(path)
    assert window.state.architecture == PRESETS["allconv"].layers and window.state.architecture_name == "mine"
    bad = tmp_path / "bad.json"
    bad.write_text('[{"type": "conv", "out": 4, "kernel": 99}]')
    assert not tab.open_architecture(bad)
    assert window.state.architecture == PRESETS["allconv"].layers  # nothing half-loaded
    texts = [b.text() for b in tab.findChildren(QMessageBox)]
    assert any("kernel size must be from 1 to 15" in t for t in texts), texts


def test_train_a_custom_network_and_open_it_in_explore(qtbot, window):
    tab = window.network_tab
    choose_preset(qtbot, tab, "deep")
    train = window.train_tab
    train.recipe.epochsSpin.setValue(1)
    train.recipe.batchSizeSpin.setValue(50)
    train.recipe.deviceCombo.setCurrentIndex(train.recipe.deviceCombo.findData("cpu"))
    window.mainTabs.setCurrentWidget(train)
    click(qtbot, train.startButton)
    qtbot.waitUntil(lambda: not train.running, timeout=120_000)
    assert window.state.checkpoint.arch == PRESETS["deep"].layers
    assert "Finished" in train.view.logView.toPlainText()

    window.mainTabs.setCurrentWidget(window.explore_tab)
    explore = window.explore_tab
    names = [explore.explorerLayerList.item(i).text().split()[0] for i in range(explore.explorerLayerList.count())]
    assert len(names) == len(PRESETS["deep"].layers) and "conv4" in names and "bn1" in names
    assert [explore.filterLayerCombo.itemText(i) for i in range(explore.filterLayerCombo.count())] == \
        ["conv1", "conv2", "conv3", "conv4"]
    assert "193,066" in explore.structureLabel.text() and "535,818" in explore.structureLabel.text()
    explore.filterLayerCombo.setCurrentIndex(3)
    explore.filterChannelSpin.setValue(5)
    assert explore.filterGrid.tiles.shape == (64, 3, 3)  # conv4's filter 5: one 3x3 kernel per input channel
    explore.explorerLayerList.setCurrentRow(names.index("conv4"))
    explore.select_unit(0, 4, 4)
    assert explore.selected_region == (7, 7, 21, 21)  # 14x14 from -1 + 4 * 2 (conv1 pads one pixel)
    assert "14x14 patch" in explore.rfText.text()
    explore.explorerLayerList.setCurrentRow(names.index("conv1"))
    explore.select_unit(0, 0, 0)
    assert explore.selected_region == (0, 0, 2, 2)  # padding "same": the corner unit's field is clipped
    assert np.isfinite(explore.maps[names.index("conv4")]).all()
