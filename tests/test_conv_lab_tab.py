"""The Convolution tab driven through its widgets: every number it shows against PyTorch and the model itself."""

import re

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtCore import Qt

from cnngui.core.data.strokes import render_digit
from cnngui.core.inspection.conv_lab import CLASSIC_KERNELS


@pytest.fixture
def lab(make_window):
    window = make_window("conv_lab_tab")
    window.state.show_picture(np.asarray(render_digit(7), dtype=np.float32) / 255, "a seven")
    return window, window.conv_lab_tab


def shown_value(lab) -> float:
    return float(re.search(r"<b>(-?[\d.]+)</b>", lab.labSumLabel.text()).group(1))


def pick(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_vertical_edge_kernel_steps_over_the_drawing(qtbot, lab):
    window, tab = lab
    pick(tab.labKernelCombo, "classic:Vertical edge")
    image = window.state.prediction.preprocessed.image28
    expected = F.conv2d(torch.from_numpy(image)[None, None],
                        torch.from_numpy(CLASSIC_KERNELS["Vertical edge"])[None, None])[0, 0].numpy()
    assert tab.positions == 26 * 26 and "= 26" in tab.labFormula.text()
    for position in (0, 100, 301, 675):
        tab.labPositionSlider.setValue(position)
        y, x = divmod(position, 26)
        assert shown_value(tab) == pytest.approx(float(expected[y, x]), abs=1e-3)
        assert tab.labInputGrid.window == (y, x, 3, 3)
    assert np.isfinite(tab.labOutputGrid.values).all()  # at the last position the map is full
    tab.labPositionSlider.setValue(10)
    assert np.isnan(tab.labOutputGrid.values).sum() == 26 * 26 - 11  # filled cell by cell
    y, x = np.unravel_index(np.argmax(expected), expected.shape)  # strongest where ink meets background
    window_pixels = image[y:y + 3, x:x + 3]
    assert expected[0, 0] == 0 and window_pixels.max() > 0.5 and window_pixels.min() < 0.1
    qtbot.mouseClick(tab.labStepButton, Qt.MouseButton.LeftButton)
    assert tab.position == 11


def test_stride_padding_and_the_formula(lab):
    _, tab = lab
    tab.labStrideSpin.setValue(2)
    tab.labPaddingSpin.setValue(1)
    assert "⌊(28 + 2·1 − 3) / 2⌋ + 1 = ⌊27 / 2⌋ + 1 = 14" in tab.labFormula.text()
    assert tab.labOutputGrid.values.shape == (14, 14) and tab.labInputGrid.values.shape == (30, 30)
    assert tab.labInputGrid.padding == 1 and "padded by 1" in tab.inputCaption.text()


def test_relu_then_pooling(lab):
    window, tab = lab
    pick(tab.labKernelCombo, "classic:Horizontal edge")
    image = window.state.prediction.preprocessed.image28
    conv = F.conv2d(torch.from_numpy(image)[None, None],
                    torch.from_numpy(CLASSIC_KERNELS["Horizontal edge"])[None, None])
    pick(tab.labStageCombo, "ReLU")
    tab.set_position(5 * 26 + 10)
    assert shown_value(tab) == pytest.approx(max(0.0, float(conv[0, 0, 5, 10])), abs=1e-3)
    pick(tab.labStageCombo, "Pooling")
    for mode, op in (("max", F.max_pool2d), ("avg", F.avg_pool2d)):
        pick(tab.labPoolModeCombo, mode)
        expected = op(F.relu(conv), 2, 2)[0, 0].numpy()
        assert tab.positions == 13 * 13 and "= 13" in tab.labFormula.text()
        for position in (0, 40, 168):
            tab.set_position(position)
            y, x = divmod(position, 13)
            assert shown_value(tab) == pytest.approx(float(expected[y, x]), abs=1e-3)


def test_a_learned_conv1_filter_gives_the_models_own_feature_map(lab):
    window, tab = lab
    pick(tab.labInputCombo, "network")
    pick(tab.labKernelCombo, "learned")
    assert tab.learnedBox.isVisibleTo(tab)
    tab.labFilterSpin.setValue(5)
    from cnngui.core.inspection.introspection import feature_maps

    conv1 = feature_maps(window.state.predictor.model, window.state.prediction.preprocessed.tensor)[0]
    for position in (0, 200, 400):
        tab.set_position(position)
        y, x = divmod(position, 26)
        assert shown_value(tab) == pytest.approx(float(conv1[5, y, x]), abs=1e-3)
    assert "bias" in tab.labSumLabel.text()


def test_feature_map_input_and_a_painted_kernel(lab):
    _, tab = lab
    pick(tab.labInputCombo, "layer:2")  # pool1 of the seed: 32 maps of 13x13
    tab.labChannelSpin.setValue(4)
    assert tab.labInputGrid.values.shape == (13, 13) and "pool1 channel 4" in tab.labTitle.text()
    pick(tab.labKernelCombo, "custom:3")
    assert tab.kernelEditor.isVisibleTo(tab) and tab.kernelEditor.rowCount() == 3
    tab.set_position(30)
    identity = shown_value(tab)  # the painted kernel starts as the identity
    assert identity == pytest.approx(float(tab.conv.padded[2 + 1, 8 + 1]), abs=1e-3)
    tab.kernelEditor.item(1, 1).setText("2")
    assert shown_value(tab) == pytest.approx(2 * identity, abs=2e-3)
    tab.kernelEditor.item(0, 0).setText("not a number")  # refused: back to 0
    assert tab.kernelEditor.item(0, 0).text() == "0"
    pick(tab.labKernelCombo, "custom:5")
    assert tab.kernelEditor.rowCount() == 5 and tab.labKernelGrid.values.shape == (5, 5)


def test_play_moves_the_window_and_stops_at_the_end(qtbot, lab):
    _, tab = lab
    tab.labSpeedSpin.setValue(60)
    tab.set_position(tab.positions - 4)
    qtbot.mouseClick(tab.labPlayButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.position == tab.positions - 1 and not tab._timer.isActive(), timeout=3000)
    assert tab.labPlayButton.text() == "▶ Play"


def test_the_lab_waits_while_hidden_and_catches_up_when_shown(make_window, qtbot):
    """It once recomputed every feature map and its whole walk on each pen event in Draw (+7 ms p95)."""
    window = make_window("draw_tab")
    tab = window.conv_lab_tab
    calls = []
    original = tab.rebuild
    tab.rebuild = lambda *a: (calls.append(1), original(*a))
    window.state.show_picture(np.asarray(render_digit(2), dtype=np.float32) / 255, "a two")
    assert not calls and tab._stale  # hidden: nothing computed
    window.mainTabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    assert not tab._stale and np.allclose(tab.pre.image28, window.state.prediction.preprocessed.image28)


def test_a_learned_filter_chosen_then_a_model_without_convolutions(lab, tiny_data):
    """Found by the monkey: a dense network as the model while 'a learned filter' was chosen raised."""
    from cnngui.core.model_files.checkpoint import from_trainer
    from cnngui.core.network.architecture import PRESETS
    from cnngui.core.training.loop import Trainer
    from cnngui.core.training.recipes import TrainConfig

    window, tab = lab
    pick(tab.labKernelCombo, "learned")
    trainer = Trainer(tiny_data, TrainConfig(epochs=1, batch_size=64, device="cpu"), arch=PRESETS["ffnn"].layers)
    trainer.run()
    window.state.set_checkpoint(from_trainer(trainer), "a dense network")
    tab.rebuild()
    assert "no convolution layer" in tab.labTitle.text()
    tab.set_position(3)
    assert np.isfinite(shown_value(tab))
