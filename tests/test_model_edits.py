"""Switching parts of the network off and editing kernels in Explore: live effects, accuracy, reset, nothing on disk."""

import numpy as np
import pytest
import torch

from cnngui.core.data.strokes import render_digit
from cnngui.core.inspection.edits import ModelEdits


def test_edits_zero_a_channel_and_leave_the_original_alone(seed_checkpoint):
    from cnngui.core.model_files.checkpoint import load_checkpoint

    ckpt = load_checkpoint(seed_checkpoint)
    before = ckpt.state_dict["conv1.weight"].clone()
    kernel = np.full((3, 3), 0.5, dtype=np.float32)
    edits = ModelEdits().toggled("conv2", 7, True).with_kernel("conv1", 2, 0, kernel)
    edited = edits.apply(ckpt)
    assert torch.equal(ckpt.state_dict["conv1.weight"], before)  # the trained weights are untouched
    assert not edited.state_dict["conv2.weight"][7].any() and edited.state_dict["conv2.bias"][7] == 0
    assert torch.equal(edited.state_dict["conv1.weight"][2, 0], torch.from_numpy(kernel))
    model = edited.build()
    maps = model[:2](torch.randn(1, 1, 28, 28) * 0 + 1)
    assert edits.describe() == "conv2 channel 7 off; conv1 filter 2 edited"
    assert edits.toggled("conv2", 7, False).describe() == "conv1 filter 2 edited"
    assert maps.shape == (1, 32, 26, 26)


@pytest.fixture
def window(make_window):
    win = make_window("explore_tab", size=(1400, 860))
    win.state.show_picture(np.asarray(render_digit(7), dtype=np.float32) / 255, "a seven")
    return win


def test_switching_a_channel_off_updates_maps_answer_and_accuracy(qtbot, window, tmp_path):
    tab, state = window.explore_tab, window.state
    trained = state.trained
    before = list(state.prediction.probabilities)
    tab.explorerLayerList.setCurrentRow(3)  # conv2
    tab.select_unit(11, 5, 5)
    tab.channelOffCheck.setChecked(True)
    assert state.edits.is_off("conv2", 11) and "edited" in window.modelLabel.text()
    assert not tab.maps[3][11].any()  # its feature map is zero now
    assert tab.unit == (11, 5, 5) and tab.channelOffCheck.isChecked()  # the view stays where it was
    for channel in (12, 13, 14, 15):  # switch off a few more: the answer's probabilities move
        tab.select_unit(channel, 5, 5)
        tab.channelOffCheck.setChecked(True)
    qtbot.waitUntil(lambda: state.prediction.probabilities != before, timeout=2000)  # Draw re-predicts next turn
    qtbot.waitUntil(lambda: "…" not in tab.ablationAccuracyLabel.text() and "%" in tab.ablationAccuracyLabel.text(),
                    timeout=60_000)
    assert "trained 99.52%" in tab.ablationAccuracyLabel.text()
    assert "switched off" in tab.rfText.text()
    assert tab.editAnswerLabel.text().startswith("For a seven: trained says <b>7</b>")

    assert window.save_model(tmp_path / "edited.pt")  # saved under a new name, the edits go with it
    from cnngui.core.model_files.checkpoint import load_checkpoint

    assert not load_checkpoint(tmp_path / "edited.pt").state_dict["conv2.weight"][11].any()
    tab.resetEditsButton.click()
    qtbot.waitUntil(lambda: state.prediction.probabilities == pytest.approx(before), timeout=2000)
    assert state.edits.empty and state.predictor is trained
    assert tab.maps[3][11].any() and not tab.channelOffCheck.isChecked()


def test_editing_a_conv1_kernel_by_hand(qtbot, window):
    tab, state = window.explore_tab, window.state
    tab.views.setCurrentIndex(1)
    tab.filterLayerCombo.setCurrentIndex(0)
    original = tab.filters[0][1][4, 0].copy()
    tab.choose_kernel(4)
    assert tab.filterEditor.rowCount() == 3 and "conv1 filter 4" in tab.filterEditHelp.text()
    assert float(tab.filterEditor.item(0, 0).text()) == pytest.approx(float(original[0, 0]), abs=1e-3)
    tab.filterEditor.item(1, 1).setText("3")
    assert state.edits.kernels[("conv1", 4, 0)][1, 1] == 3
    assert float(dict(state.predictor.model.named_children())["conv1"].weight[4, 0, 1, 1].detach()) == 3
    assert float(dict(state.trained.model.named_children())["conv1"].weight[4, 0, 1, 1].detach()) == pytest.approx(
        float(original[1, 1]))
    assert tab.filters[0][1][4, 0, 1, 1] == 3  # the filter grid shows the edited weights
    tab.filterEditor.item(0, 0).setText("nonsense")  # a non-number counts as 0
    assert state.edits.kernels[("conv1", 4, 0)][0, 0] == 0
    from cnngui.resources import bundled_model_path

    assert window.open_model(bundled_model_path())
    assert state.edits.empty  # another model: the edits belonged to the last one


def test_the_seven_becomes_a_one_without_its_horizontal_edge_detectors(window):
    """The lesson of issue 13: conv1's horizontal-edge channels are what let the bundled model see a 7's bar."""
    from cnngui.core.inspection.conv_lab import CLASSIC_KERNELS

    tab, state = window.explore_tab, window.state
    weights = tab.filters[0][1][:, 0]
    h = CLASSIC_KERNELS["Horizontal edge"].ravel()
    likeness = [abs(float(k.ravel() @ h)) / (np.linalg.norm(k) * np.linalg.norm(h)) for k in weights]
    tab.explorerLayerList.setCurrentRow(0)
    for channel in np.argsort(likeness)[::-1][:8]:  # through the widgets, one channel at a time
        tab.select_unit(int(channel), 10, 10)
        tab.channelOffCheck.setChecked(True)
    now = state.predictor.predict(render_digit(7))
    assert now.class_name != "7" and state.trained.predict(render_digit(7)).class_name == "7"
    assert "now <b>" in tab.editAnswerLabel.text() and "now <b>7</b>" not in tab.editAnswerLabel.text()
