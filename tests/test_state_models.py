"""The application state's models, without Qt (test_code_shape keeps cnngui.state free of it): what each
holds, what it emits, and when it stays quiet."""

from __future__ import annotations

import numpy as np
import pytest

from cnngui.core.data.datasets import DATASETS, DEFAULT
from cnngui.core.evaluation.predict import Predictor
from cnngui.core.inspection.edits import ModelEdits
from cnngui.state.event import Event
from cnngui.state.models import CurrentModel, DatasetModel, InputModel, NetworkModel, RunModel, UnitModel


def heard(event: Event) -> list:
    seen = []
    event.connect(lambda *values: seen.append(values))
    return seen


def test_an_event_calls_its_listeners_with_what_changed_and_checks_the_count():
    event, calls = Event(int, str), []
    event.connect(lambda n, s: calls.append((n, s)))
    event.emit(3, "x")
    assert calls == [(3, "x")]
    with pytest.raises(TypeError):
        event.emit(3)


def test_the_network_says_its_layers_and_name_and_judges_them_against_a_dataset():
    network = NetworkModel()
    seen = heard(network.changed)
    assert network.params(DEFAULT) == 121_930 and network.problem(DEFAULT) is None
    dense = [{"type": "flatten"}, {"type": "dense", "out": 10}]
    network.set(dense, "tiny")
    assert seen == [(dense, "tiny")] and network.layers is not dense  # a copy: the caller's list stays theirs
    network.set([], "empty")
    assert "no layers" in network.problem(DEFAULT)
    network.set([{"type": "dense", "out": 10}], "no flatten")
    assert network.problem(DEFAULT)


def test_the_dataset_says_which_and_from_where():
    data = DatasetModel()
    seen = heard(data.changed)
    data.set(DATASETS["fashion-mnist"], "/data/fashion")
    data.set(DEFAULT, "")
    assert seen == [(DATASETS["fashion-mnist"], "/data/fashion"), (DEFAULT, "")] and data.folder is None


def test_a_unit_is_announced_once():
    units = UnitModel()
    seen = heard(units.selected)
    units.select(2, 5, 3, 4)
    units.select(2, 5, 3, 4)  # a view following another must not echo
    units.select(1)
    assert seen == [(2, 5, 3, 4), (1, 0, 0, 0)] and units.unit == (1, 0, 0, 0)


def test_the_picture_and_the_prediction_are_separate_news():
    model_input = InputModel()
    pictures, predictions = heard(model_input.picture_changed), heard(model_input.prediction_changed)
    ink = np.zeros((28, 28))
    model_input.show_picture(ink, "a test image", true_label=7, is_input=True)
    model_input.set_prediction(None, "nothing drawn")
    assert pictures == [("a test image",)] and predictions == [("nothing drawn",)]
    assert model_input.true_label == 7 and model_input.picture_is_input and model_input.prediction is None


def test_the_current_model_counts_versions_and_edits_keep_the_trained_weights(seed_checkpoint):
    from cnngui.core.model_files.checkpoint import load_checkpoint

    models = CurrentModel()
    seen = heard(models.changed)
    models.set_edits(ModelEdits())  # nothing trained yet: nothing to edit
    assert seen == [] and models.predictor is None
    models.set_trained(Predictor(load_checkpoint(seed_checkpoint), "trained now"))
    trained = models.predictor
    models.set_edits(ModelEdits().toggled("conv1", 0, True))
    assert models.predictor is not trained and models.version == 2 and "edited" in models.label
    assert models.trained is trained  # the trained weights are kept as they were
    models.set_edits(ModelEdits())
    assert models.predictor is trained and models.version == models.trained_version == 1
    assert seen == [(1,), (2,), (1,)]


def test_the_run_flag():
    run = RunModel()
    seen = heard(run.changed)
    run.set(True)
    run.set(False)
    assert seen == [(True,), (False,)] and not run.training
