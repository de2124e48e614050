"""The models the application state is made of. Each holds one part, changes it through its methods only,
and emits what changed; none reaches another (the bridge, `AppState`, is where they meet)."""

from __future__ import annotations

import numpy as np

from cnngui.core.data.datasets import DEFAULT, DatasetSpec
from cnngui.core.evaluation.predict import Prediction, Predictor
from cnngui.core.inspection.edits import ModelEdits
from cnngui.core.network.architecture import PRESETS, describe
from cnngui.core.network.layers import analyse, first_problem
from cnngui.i18n import N_, tr
from cnngui.state.event import Event


class CurrentModel:
    """The model every view shows: as trained or opened, or with the student's edits applied to a copy."""

    def __init__(self) -> None:
        self.changed = Event(int)  # the new model version
        self.predictor: Predictor | None = None
        self.trained: Predictor | None = None  # the model as trained or opened, before any edits
        self.label = N_("no model")  # as given (an N_ name, or a file's)
        self.version = 0  # +1 whenever the current model changes: a key for results about it
        self.trained_version = 0
        self.edits = ModelEdits()

    def set_trained(self, predictor: Predictor) -> None:
        """Another model becomes current (trained, opened, bundled): edits of the previous one are dropped."""
        self.trained = self.predictor = predictor
        self.edits = ModelEdits()
        self.label = predictor.label
        self.version += 1
        self.trained_version = self.version
        self.changed.emit(self.version)

    def set_edits(self, edits: ModelEdits) -> None:
        """The trained model with `edits` becomes current; the trained weights stay as they were. No
        edits: the trained model itself again, with its own version (results about it still hold)."""
        if self.trained is None:
            return
        self.edits = edits
        if edits.empty:
            self.predictor, self.label = self.trained, self.trained.label
            self.version = self.trained_version
        else:
            label = tr("{model}, edited ({edits})").format(model=tr(self.trained.label), edits=edits.describe())
            self.predictor, self.label = Predictor(edits.apply(self.trained.checkpoint), label), label
            self.version += 1
        self.changed.emit(self.version)


class NetworkModel:
    """The network being built in the Network tab and trained next."""

    def __init__(self) -> None:
        self.changed = Event(list, str)  # its layers, its name
        self.layers: list[dict] = [dict(layer) for layer in PRESETS["seed"].layers]
        self.name = PRESETS["seed"].title

    def set(self, layers: list[dict], name: str = N_("custom network")) -> None:
        self.layers = [dict(layer) for layer in layers]
        self.name = name
        self.changed.emit(self.layers, self.name)

    def problem(self, dataset: DatasetSpec) -> str | None:
        """Why it can't be trained on `dataset`, or None."""
        if not self.layers:
            return tr("The network has no layers.")
        return first_problem(analyse(self.layers, dataset.input_shape, dataset.num_classes))

    def params(self, dataset: DatasetSpec) -> int:
        return sum(i.params for i in describe(self.layers, dataset.input_shape))


class DatasetModel:
    """The dataset to train on, and the folder its files come from (None: bundled, or not chosen yet)."""

    def __init__(self) -> None:
        self.changed = Event(DatasetSpec, str)  # the dataset, its folder ("" for none)
        self.spec: DatasetSpec = DEFAULT
        self.folder: str | None = None

    def set(self, spec: DatasetSpec, folder: str | None) -> None:
        self.spec, self.folder = spec, folder or None
        self.changed.emit(self.spec, self.folder or "")


class InputModel:
    """The picture to classify and draw on, and what the network answers for it."""

    def __init__(self) -> None:
        self.picture_changed = Event(str)  # where the new picture came from
        self.prediction_changed = Event(str)  # what the network now sees, in words
        self.picture: np.ndarray | None = None  # ink, light on dark, float [H, W]
        self.picture_source = ""
        self.picture_is_input = False  # a test image, already the network's input, classified as it is
        self.true_label: int | None = None
        self.prediction: Prediction | None = None  # for the current input; None: nothing drawn
        self.input_source = ""

    def show_picture(self, ink: np.ndarray, source: str, true_label: int | None = None, is_input: bool = False) -> None:
        self.picture, self.picture_source, self.true_label = ink, source, true_label
        self.picture_is_input = is_input
        self.picture_changed.emit(source)

    def set_prediction(self, prediction: Prediction | None, source: str) -> None:
        self.prediction, self.input_source = prediction, source
        self.prediction_changed.emit(source)


class UnitModel:
    """The unit looked at: (layer, channel, y, x), chosen in a diagram or in Explore."""

    def __init__(self) -> None:
        self.selected = Event(int, int, int, int)
        self.unit: tuple[int, int, int, int] | None = None

    def select(self, layer: int, channel: int = 0, y: int = 0, x: int = 0) -> None:
        """Emits only for another unit: views that follow each other don't echo forever."""
        unit = (layer, channel, y, x)
        if unit != self.unit:
            self.unit = unit
            self.selected.emit(*unit)


class RunModel:
    """Whether a training runs."""

    def __init__(self) -> None:
        self.changed = Event(bool)
        self.training = False

    def set(self, running: bool) -> None:
        self.training = running
        self.changed.emit(running)
