"""Each view built alone on a small application state, the state changed, the view checked
(napari's way: no window, no other tab)."""

import pytest

from cnngui.core.data.strokes import render_digit
from cnngui.core.model_files.checkpoint import load_checkpoint
from cnngui.core.network.architecture import PRESETS
from cnngui.ui.app_state import AppState
from cnngui.ui.tasks import Task


@pytest.fixture
def state(qtbot, seed_checkpoint):
    state = AppState()
    state.set_checkpoint(load_checkpoint(seed_checkpoint), "a test model")
    return state


def test_explore_alone_follows_the_model_and_the_input(qtbot, state):
    from cnngui.ui.tabs.explore.tab import ExploreTab

    tab = ExploreTab(state)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.explorerLayerList.count() == len(state.checkpoint.arch)
    before = [m.copy() for m in tab.maps]
    state.set_prediction(state.predictor.predict(render_digit(7)), "a drawn 7")
    assert tab.input_source == "a drawn 7" and any((a != b).any() for a, b in zip(before, tab.maps))
    state.set_architecture([dict(layer) for layer in PRESETS["ffnn"].layers], "FFNN")  # the network being built...
    assert tab.explorerLayerList.count() == len(state.checkpoint.arch)  # ...is not the model Explore shows
    tab.shutdown()
    assert Task.shutdown_all()  # its top-patch search, cancelled


def test_network_alone_follows_the_architecture(qtbot):
    from cnngui.ui.tabs.network.tab import NetworkTab

    state = AppState()
    tab = NetworkTab(state)
    qtbot.addWidget(tab)
    layers = [dict(layer) for layer in PRESETS["ffnn"].layers]
    state.set_architecture(layers, PRESETS["ffnn"].title)
    assert tab.architectureTable.rowCount() == len(layers)
    state.set_architecture([{"type": "dense", "out": 10}], "broken")  # a dense layer on a map
    assert tab.architectureTable.rowCount() == 1
    problem = tab.architectureTable.item(0, 0).toolTip()
    assert problem.startswith("a dense layer needs a flat list") and problem in state.architecture_problem()
    assert "be trained yet" in tab.networkTotals.text()


def test_train_alone_refuses_a_network_that_cannot_work(qtbot):
    from cnngui.ui.tabs.train.tab import TrainTab

    state = AppState()
    tab = TrainTab(state)
    qtbot.addWidget(tab)
    assert tab.startButton.isEnabled()
    state.set_architecture([{"type": "dense", "out": 10}], "broken")
    assert not tab.startButton.isEnabled() and "can't be trained" in tab.networkLabel.text()
    state.set_architecture([dict(layer) for layer in PRESETS["seed"].layers], PRESETS["seed"].title)
    assert tab.startButton.isEnabled() and "121,930" in tab.networkLabel.text()
