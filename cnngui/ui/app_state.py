"""The one application state every view follows: the model, the input, the network, the dataset, the run.

Tabs read it and write to it, and listen to its signals; no tab holds or calls another. Slow
work it needs (loading a test set) runs as a background `Task`; what views tell the window
(status, errors, "show this tab") goes through `state.messages`, apart from the state itself.
The caches that background tasks fill are `LoadOnce`s, safe across threads.
"""

from __future__ import annotations

import copy

import numpy as np
from PySide6.QtCore import QObject, Signal

from cnngui.core.cache import LoadOnce
from cnngui.core.data import sources
from cnngui.core.data.datasets import DatasetSpec
from cnngui.core.data.loading import ImageData
from cnngui.core.evaluation.predict import Prediction, Predictor
from cnngui.core.evaluation.report import ModelReport, make_report
from cnngui.core.inspection.edits import ModelEdits
from cnngui.core.model_files.checkpoint import Checkpoint
from cnngui.errors import UserError
from cnngui.i18n import N_, tr
from cnngui.state.models import CurrentModel, DatasetModel, InputModel, NetworkModel, RunModel, UnitModel
from cnngui.ui.messages import Messages
from cnngui.ui.tasks import Jobs

_DATA_CACHE: LoadOnce[ImageData] = LoadOnce()


def cached_dataset(spec: DatasetSpec, folder: str | None) -> ImageData:
    """A dataset loaded (and verified) once per process; called on a background thread."""
    return _DATA_CACHE.get((spec.key, folder or ""), lambda: sources.load(spec, folder))


EDITED = " (edited)"  # what the Network tab adds to a preset's name when a layer changes


def network_title(name: str) -> str:
    """A network's name as the user reads it: a preset's and "(edited)" in their language."""
    if name.endswith(EDITED):
        return tr("{network} (edited)").format(network=tr(name[: -len(EDITED)]))
    return tr(name)


class AppState(QObject):
    """The Qt bridge of the state's models (`cnngui.state`): each model's events become these signals, which
    carry what changed; its parts read through as attributes (`state.architecture`). What needs Qt or
    background work (the test report, loading a test set, messages to the window) lives here."""

    sig_model_changed = Signal(int)  # another model is current (trained, opened, bundled, edited): its version
    sig_picture_changed = Signal(str)  # a new picture to draw on (opened, pasted, a test image): where from
    sig_input_changed = Signal(str)  # the network input and the prediction for it changed: what it is
    sig_architecture_changed = Signal(list, str)  # the network being edited (and trained next): layers, name
    sig_dataset_changed = Signal(DatasetSpec, str)  # the dataset to train on, and its folder ("": none)
    sig_training_changed = Signal(bool)  # a training run started (True) or ended (False)
    sig_report_changed = Signal(int)  # the test report of this model version is ready, started or failed
    sig_report_progress = Signal(int, int)  # test images done, of
    sig_unit_selected = Signal(int, int, int, int)  # layer, channel, y, x: chosen in the diagram or in Explore
    sig_class_changed = Signal(bool)  # this seat joined a class (True) or left it

    def __init__(self, parent: QObject | None = None, messages: Messages | None = None) -> None:
        super().__init__(parent)
        self.messages = messages or Messages(self)  # to the window: status, errors, tab requests
        self.models = CurrentModel()
        self.network = NetworkModel()
        self.data = DatasetModel()
        self.input = InputModel()
        self.units = UnitModel()
        self.run = RunModel()
        self.models.changed.connect(self.sig_model_changed.emit)
        self.network.changed.connect(self.sig_architecture_changed.emit)
        self.data.changed.connect(self.sig_dataset_changed.emit)
        self.input.picture_changed.connect(self.sig_picture_changed.emit)
        self.input.prediction_changed.connect(self.sig_input_changed.emit)
        self.units.selected.connect(self.sig_unit_selected.emit)
        self.run.changed.connect(self.sig_training_changed.emit)
        self.lesson = ""  # the open lesson's name: a joined seat's trainings are tagged with it
        self._test_split: LoadOnce[tuple] = LoadOnce()
        self._loading_test: set[tuple[str, str]] = set()
        self._rng = np.random.default_rng()
        self._reports: dict[int, ModelReport] = {}  # by model_version, the last few
        self._report_running: int | None = None  # the model_version a report task is making
        self.jobs = Jobs()  # the test set being loaded, the report being made
        self.report_problem = ""  # why there is no report, when one couldn't be made

    # ---- the parts, as the views read them ---------------------------------------------------
    predictor = property(lambda self: self.models.predictor)
    trained = property(lambda self: self.models.trained)
    model_label = property(lambda self: self.models.label)
    model_version = property(lambda self: self.models.version)
    trained_version = property(lambda self: self.models.trained_version)
    edits = property(lambda self: self.models.edits)
    architecture = property(lambda self: self.network.layers)
    architecture_name = property(lambda self: self.network.name)
    dataset = property(lambda self: self.data.spec)
    data_folder = property(lambda self: self.data.folder)
    picture = property(lambda self: self.input.picture)
    picture_source = property(lambda self: self.input.picture_source)
    picture_is_input = property(lambda self: self.input.picture_is_input)
    true_label = property(lambda self: self.input.true_label)
    prediction = property(lambda self: self.input.prediction)
    input_source = property(lambda self: self.input.input_source)
    unit = property(lambda self: self.units.unit)
    training = property(lambda self: self.run.training)

    # ---- the model ---------------------------------------------------------------------------
    @property
    def checkpoint(self) -> Checkpoint | None:
        return self.predictor.checkpoint if self.predictor else None

    @property
    def label(self) -> str:
        """The current model's name as the user reads it (`model_label` is the name as given)."""
        return tr(self.model_label)

    @property
    def model_dataset(self) -> DatasetSpec:
        return self.predictor.dataset if self.predictor else self.dataset

    def set_checkpoint(self, checkpoint: Checkpoint, label: str) -> None:
        """Another model becomes current (trained, opened): edits of the previous one are dropped."""
        self.models.set_trained(Predictor(checkpoint, label))

    def load_bundled(self) -> None:
        self.models.set_trained(Predictor.from_file())

    # ---- edits: parts switched off, kernels changed by hand ----------------------------------
    def set_edits(self, edits: ModelEdits) -> None:
        """The trained model with `edits` becomes current; the trained weights stay as they were."""
        self.models.set_edits(edits)

    def reset_edits(self) -> None:
        self.set_edits(ModelEdits())

    # ---- the network being built -------------------------------------------------------------
    def set_architecture(self, layers: list[dict], name: str = N_("custom network")) -> None:
        self.network.set(layers, name)

    def architecture_problem(self) -> str | None:
        """Why the network being built can't be trained on the chosen dataset, or None."""
        return self.network.problem(self.dataset)

    def architecture_params(self) -> int:
        return self.network.params(self.dataset)

    # ---- the dataset -------------------------------------------------------------------------
    def set_dataset(self, spec: DatasetSpec, folder: str | None) -> None:
        self.data.set(spec, folder)

    def load_training_data(self) -> ImageData:
        """The chosen dataset; slow the first time, so call it from a background task."""
        return cached_dataset(self.dataset, self.data_folder)

    # ---- the input ---------------------------------------------------------------------------
    def show_picture(self, ink: np.ndarray, source: str, true_label: int | None = None,
                     is_input: bool = False) -> None:
        """A new picture to classify and draw on (the Draw tab puts it on its canvas). `is_input`: it
        is a test image, already the network's input, to be classified as it is until drawn on."""
        self.input.show_picture(ink, source, true_label, is_input)

    def set_prediction(self, prediction: Prediction | None, source: str) -> None:
        """What the network now sees and answers (the Draw tab reports it as the pen moves)."""
        self.input.set_prediction(prediction, source)

    def preprocess(self, image):
        """A picture as the current model's input (the chosen dataset's framing when there is no model)."""
        if self.predictor is not None:
            return self.predictor.preprocess(image)
        from cnngui.core.data.preprocess import preprocess

        return preprocess(image, self.dataset.normalization, self.dataset.framing)

    def test_source(self, spec: DatasetSpec | None = None) -> tuple[DatasetSpec, str | None]:
        """Where the test images of a dataset (the current model's by default) come from; raises
        UserError if cnngui doesn't have them."""
        spec = spec or self.model_dataset
        if spec.key == self.dataset.key:
            return spec, self.data_folder
        if spec.bundled:
            return spec, None
        text = (tr("The current model was trained on {dataset}, whose files cnngui does not have: choose {dataset} "
                   "and its folder under Data in the Train tab.") if spec.key == self.model_dataset.key else
                tr("This model was trained on {dataset}, whose files cnngui does not have: choose {dataset} "
                   "and its folder under Data in the Train tab."))
        raise UserError(text.format(dataset=spec.title))

    def test_split(self, spec: DatasetSpec, folder: str | None) -> tuple:
        """(images uint8 [N,H,W], labels [N]) of a dataset's test set, loaded once; call from a task."""
        return self._test_split.get((spec.key, folder or ""), lambda: sources.load_test(spec, folder, cached_dataset))

    def show_random_test_image(self, label: int | None = None) -> None:
        """Pick a random test image of the current model's dataset (the first one of class `label`, when
        given: a lesson shows the same digit every time), loading the set in the background."""
        try:
            spec, folder = self.test_source()
        except UserError as exc:
            self.messages.error(tr("No test images"), str(exc))
            return
        key = (spec.key, folder or "")
        split = self._test_split.peek(key)
        if split is not None:
            self._show_random(spec, split, label)
            return
        if key in self._loading_test:
            return  # already on its way: one image is shown when it arrives
        self._loading_test.add(key)
        self.messages.status(tr("Loading the {dataset} test set…").format(dataset=spec.title))

        def done() -> None:
            self._loading_test.discard(key)

        self.jobs.run("test-set", lambda state: self.test_split(spec, folder),
                      on_result=lambda split: self._show_random(spec, split, label), on_done=done,
                      on_failed=lambda message: self.messages.error(
                          tr("{dataset} unavailable").format(dataset=spec.title), message))

    def _show_random(self, spec: DatasetSpec, split: tuple, label: int | None = None) -> None:
        images, labels = split
        matching = (labels == label).nonzero().flatten() if label is not None else []
        index = int(matching[0]) if len(matching) else int(self._rng.integers(len(images)))
        self.show_picture(images[index].numpy() / 255.0, tr("{dataset} test image #{index}").format(
            dataset=spec.title, index=index), int(labels[index]), is_input=True)

    # ---- the test report: evaluation and calibration of the current model --------------------
    @property
    def report(self) -> ModelReport | None:
        return self._reports.get(self.model_version)

    @property
    def report_running(self) -> bool:
        return self._report_running is not None

    def request_report(self, quiet: bool = False) -> None:
        """Make the current model's report in the background, once per model; `sig_report_changed`
        follows. `quiet`: a view that merely could use it asks (no dialog if it can't be made)."""
        version, predictor = self.model_version, self.predictor
        if predictor is None or version in self._reports or self._report_running == version:
            return
        try:
            spec, folder = self.test_source()
        except UserError as exc:
            self.report_problem = str(exc)
            if not quiet:
                self.messages.error(tr("Cannot evaluate"), str(exc))
            self.sig_report_changed.emit(self.model_version)
            return
        self.jobs.cancel("report")  # for a model that is no longer current
        self._report_running, self.report_problem = version, ""
        model = copy.deepcopy(predictor.model)  # the Draw tab keeps using the original meanwhile

        def work(task_state) -> ModelReport:
            from cnngui.ui.torch_threads import use_one_thread

            use_one_thread()  # beside training and drawing, not instead of them
            images, labels = self.test_split(spec, folder)
            train = cached_dataset(spec, folder).train_images
            return make_report(model, predictor.normalization, spec, images, labels, train,
                               cancelled=lambda: task_state.stop_requested,
                               progress=lambda done, total: task_state.report_progress((done, total)))

        def finished(report: ModelReport) -> None:
            self._reports[version] = report
            for old in sorted(self._reports)[:-3]:
                del self._reports[old]
            if predictor.calibration is None:  # a kept one stays: `cnngui predict` judges with the same
                predictor.calibration = report.calibration
            if version == self.model_version:
                self.sig_report_changed.emit(self.model_version)

        def failed(message: str) -> None:
            self.report_problem = message
            if not quiet:
                self.messages.error(tr("Cannot evaluate"), message)
            self.sig_report_changed.emit(self.model_version)

        def done() -> None:
            if self._report_running == version:
                self._report_running = None

        self.jobs.run("report", work, on_result=finished, on_failed=failed, on_done=done,
                      on_progress=lambda value: self.sig_report_progress.emit(*value))
        self.sig_report_changed.emit(self.model_version)  # views show "evaluating…"

    # ---- the unit looked at ------------------------------------------------------------------
    def select_unit(self, layer: int, channel: int = 0, y: int = 0, x: int = 0) -> None:
        """A unit of the current model's layer `layer` is chosen: Explore and the diagrams show what it sees."""
        self.units.select(layer, channel, y, x)

    # ---- the run -----------------------------------------------------------------------------
    def set_training(self, running: bool) -> None:
        self.run.set(running)
