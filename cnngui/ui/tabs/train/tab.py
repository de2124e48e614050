"""The Train tab: hyperparameters, Start/Pause/Stop, live curves, progress and a Keras-like log."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cnngui.cli_progress import epoch_summary, epochs_text, format_duration
from cnngui.core.data import sources
from cnngui.core.data.datasets import DATASETS
from cnngui.core.data.datasets import DEFAULT as DEFAULT_DATASET
from cnngui.core.data.loading import ImageData
from cnngui.core.devices import list_devices
from cnngui.core.model_files.checkpoint import load_checkpoint
from cnngui.core.training.continuing import continued_config, resume_state, starting_from
from cnngui.core.training.loop import BatchReport, ResumeState
from cnngui.core.training.recipes import (
    FORM,
    HYPERPARAMETERS,
    PRESET_DESCRIPTIONS,
    PRESETS,
    TrainConfig,
    for_small_folder,
)
from cnngui.core.training.runs import runs_dir
from cnngui.errors import UserError
from cnngui.i18n import number, tr
from cnngui.ui import settings as saved
from cnngui.ui.app_state import AppState, network_title
from cnngui.ui.look.appearance import color, sized, text_style
from cnngui.ui.settings import user_data_dir
from cnngui.ui.tabs import LessonHooks
from cnngui.ui.tabs.train.start_from import StartFrom
from cnngui.ui.tabs.train.worker import EpochDone, TrainingEnded, TrainingJob, TrainingStarted, run_training
from cnngui.ui.tasks import Jobs, Task
from cnngui.ui.widgets.curves import TrainingCurves
from cnngui.ui.widgets.dialogs import CHECKPOINT_FILTER, show_error
from cnngui.ui.widgets.flow_layout import FlowLayout, group
from cnngui.ui.widgets.live_text import LiveText

# Saved as the form leaves them: each hyperparameter under train/<key>, parsed by its own rule.
FIELDS_SAVED = {h.key: saved.Saved(f"train/{h.key}", None, h.parse) for h in FORM}
RECIPE = saved.Saved("train/preset", "fast", saved.one_of(PRESETS))
DEVICE = saved.Saved("train/device", "")
DATASET = saved.Saved("train/dataset", DEFAULT_DATASET.key, saved.one_of(DATASETS))
DATA_FOLDER = saved.Saved("train/data_folder", "")


def number_box(h, name: str, decimals: int | None = None, step: float | None = None):
    """A spin box for hyperparameter `h`, with its declared range."""
    if h.kind is int:
        return QSpinBox(objectName=name, minimum=int(h.minimum), maximum=int(h.maximum),
                        alignment=Qt.AlignmentFlag.AlignRight)
    box = QDoubleSpinBox(objectName=name, decimals=decimals or 3, minimum=h.minimum, maximum=h.maximum,
                         alignment=Qt.AlignmentFlag.AlignRight)
    box.setSingleStep(step or 0.1)
    return box


class TrainTab(QWidget):
    """Progress text updates with every report (≤20 Hz); the plots, which cost more to paint,
    at most every PLOT_INTERVAL seconds, so painting never starves the training thread."""

    PLOT_INTERVAL = 0.2  # 5 Hz: each refresh costs ~10 ms of the GUI thread, which a 2-core trainer feels twice
    sig_running_changed = Signal(bool)
    sig_device_changed = Signal(str)  # the device chosen to train on, by name

    def __init__(self, state: AppState, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings
        # Where training data comes from; tests and tools may replace it. Called on the training thread.
        self.data_provider: Callable[[], ImageData] = state.load_training_data
        # The app's tab (with saved settings) autosaves every epoch to the user's data folder; one alone doesn't.
        self.autosave_path: Path | None = user_data_dir() / "autosave" / "last-run.pt" if settings is not None else None
        self.runs_root: Path | None = runs_dir()  # every training is kept as a run there (None: not kept)
        self.task: Task | None = None  # the training running
        self.jobs = Jobs()
        self.unreadable_settings: list[str] = []
        self._batches_per_epoch = 1
        self._last_plot = 0.0
        self._folder_images = 0  # training images of the image folder chosen (0: not a folder)
        self._fine_tuned = False  # whether the folder's defaults were chosen for fine-tuning
        self.curves = TrainingCurves()
        self._build()
        self._apply_preset("fast")
        state.sig_dataset_changed.connect(self._dataset_changed)
        state.sig_architecture_changed.connect(self._network_changed)
        self._restore_settings()
        self._dataset_changed()
        self._network_changed()

    # ---- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        from cnngui.ui.tabs.train.runs_view import RunsView

        self._build_fields()
        left_widget = self._build_left()
        self.runsView = RunsView(self.state, lambda: self.runs_root)
        right_widget = QTabWidget(objectName="trainViews")
        right_widget.addTab(self._build_this_run(), tr("This run"))
        right_widget.addTab(self.runsView, tr("Compare runs"))
        layout = QHBoxLayout(self)
        layout.addWidget(left_widget, 1)  # the settings get room for their words, up to max_w; the plots the rest
        layout.addWidget(right_widget, 1)

    def _build_fields(self) -> None:
        """The hyperparameters' controls, made from their declarations (core.recipes)."""
        self.presetCombo = QComboBox(objectName="presetCombo")
        for name in ("fast", "seed", "bundled"):
            self.presetCombo.addItem(tr(PRESET_DESCRIPTIONS[name]), name)
        self.presetCombo.currentIndexChanged.connect(lambda: self._apply_preset(self.presetCombo.currentData()))
        hp = HYPERPARAMETERS
        self.epochsSpin = number_box(hp["epochs"], "epochsSpin")
        self.batchSizeSpin = number_box(hp["batch_size"], "batchSizeSpin")
        self.learningRateSpin = number_box(hp["lr"], "learningRateSpin", decimals=5, step=0.0005)
        self.optimizerCombo = QComboBox(objectName="optimizerCombo")
        for name in hp["optimizer"].choices:
            self.optimizerCombo.addItem({"adam": "Adam", "adamw": "AdamW", "sgd": tr("SGD (Nesterov momentum)")}[name],
                                        name)
        self.deviceCombo = QComboBox(objectName="deviceCombo")
        for combo in (self.presetCombo, self.optimizerCombo, self.deviceCombo):  # long entries must not widen the form
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        self._fill_devices()
        self.deviceCombo.currentIndexChanged.connect(lambda: self.sig_device_changed.emit(self.device_name()))
        self.seedSpin = number_box(hp["seed"], "seedSpin")
        self.augmentCheck = QCheckBox(tr(hp["augment"].title), objectName="augmentCheck")
        self.fields = {"epochs": self.epochsSpin, "batch_size": self.batchSizeSpin, "lr": self.learningRateSpin,
                       "optimizer": self.optimizerCombo, "seed": self.seedSpin, "augment": self.augmentCheck}
        self.learningRateSpin.setToolTip(tr("Adam's default is 0.001; the one-cycle presets use a higher peak rate."))
        self.batchSizeSpin.setToolTip(tr("Images per step. Larger batches run faster on a GPU."))

    def _build_settings_box(self) -> QGroupBox:
        """The form: recipe, hyperparameters, device, seed, dataset and network."""
        hp = HYPERPARAMETERS
        form = QFormLayout()
        form.addRow(tr("Recipe"), self.presetCombo)
        for key in ("epochs", "batch_size", "lr", "optimizer"):
            form.addRow(tr(hp[key].title), self.fields[key])
        form.addRow(tr("Device"), self.deviceCombo)
        form.addRow(tr(hp["seed"].title), self.seedSpin)
        form.addRow(self.augmentCheck)  # the whole row: its text is long in some languages
        self.datasetCombo = QComboBox(objectName="datasetCombo")
        for spec in DATASETS.values():
            self.datasetCombo.addItem(tr("{title} (bundled)").format(title=spec.title) if spec.bundled else spec.title,
                                      spec.key)
        self.datasetCombo.setToolTip(tr("Which images to learn: handwritten digits, clothes, or Japanese characters"))
        self.datasetCombo.activated.connect(lambda: self._dataset_chosen(self.datasetCombo.currentData()))
        self.dataLabel = QLabel(tr("bundled MNIST"), objectName="dataLabel", wordWrap=True)
        self.dataButton = QPushButton(tr("Folder…"), objectName="dataButton")
        self.dataButton.setToolTip(tr("Train on the dataset's four files in a folder (checked like the bundled ones)"))
        self.bundledDataButton = QPushButton(tr("Bundled"), objectName="bundledDataButton")
        self.bundledDataButton.setToolTip(tr("Use the MNIST files that ship with cnngui"))
        self.imageFolderButton = QPushButton(tr("Image folder…"), objectName="imageFolderButton")
        self.imageFolderButton.setToolTip(tr("Train on a folder of your own images: one folder per class "
                                             "(what Draw's 'Add to my dataset…' makes)"))
        self.imageFolderButton.clicked.connect(self._choose_image_folder)
        self.showFolderButton = QPushButton(tr("Show…"), objectName="showImageFolderButton", visible=False)
        self.showFolderButton.setToolTip(tr("The folder's classes and images, in the dataset view"))
        self.showFolderButton.clicked.connect(lambda: self.state.messages.show_dataset(self.state.data_folder or ""))
        self.dataButton.clicked.connect(self._choose_data_folder)
        self.bundledDataButton.clicked.connect(lambda: self.set_dataset(DEFAULT_DATASET.key, None))
        form.addRow(tr("Dataset"), self.datasetCombo)
        form.addRow(tr("Files"), self.dataLabel)  # a folder's path can be long: the label has the row
        data_buttons = FlowLayout()  # three buttons: on two lines beside a lesson at 1024 px
        data_buttons.addWidget(self.dataButton)
        data_buttons.addWidget(self.imageFolderButton)
        data_buttons.addWidget(self.showFolderButton)
        data_buttons.addWidget(self.bundledDataButton)
        holder = QWidget()
        holder.setLayout(data_buttons)
        form.addRow("", holder)
        self.networkLabel = QLabel(objectName="trainNetworkLabel", wordWrap=True)
        form.addRow(tr("Network"), self.networkLabel)
        self.startFrom = StartFrom(lambda: self.state.checkpoint)
        self.startFrom.sig_start_changed.connect(self._start_changed)
        form.addRow(tr("Start from"), self.startFrom)
        settings_box = QGroupBox(tr("Training settings"))
        settings_box.setLayout(form)
        return settings_box

    def _build_run_buttons(self) -> QHBoxLayout:
        """Start, pause, stop and continue."""
        self.startButton = QPushButton(tr("Start"), objectName="startButton")
        self.pauseButton = QPushButton(tr("Pause"), objectName="pauseButton", enabled=False)
        self.stopButton = QPushButton(tr("Stop"), objectName="stopButton", enabled=False)
        self.resumeButton = QPushButton(tr("Continue from file…"), objectName="resumeButton")
        self.startButton.setDefault(True)
        self.startButton.setToolTip(tr("Train the network from the Network tab from scratch with these settings"))
        self.stopButton.setToolTip(tr("Stop now (within a layer, even mid-batch) and keep the model trained so far"))
        self.resumeButton.setToolTip(tr("Continue training a saved checkpoint up to the epochs set above"))
        self.startButton.clicked.connect(self.start)
        self.pauseButton.clicked.connect(self.toggle_pause)
        self.stopButton.clicked.connect(self.stop)
        self.resumeButton.clicked.connect(self._choose_resume)
        buttons = QHBoxLayout()
        for b in (self.startButton, self.pauseButton, self.stopButton):
            buttons.addWidget(b)
        return buttons

    def _build_left(self) -> QWidget:
        """The settings, the buttons, the progress and the log."""
        settings_box, buttons = self._build_settings_box(), self._build_run_buttons()
        self.trainProgress = QProgressBar(objectName="trainProgress", minimum=0, maximum=1000, value=0)
        self.trainProgress.setFormat(tr("Ready"))
        self.rateLabel = LiveText(objectName="rateLabel")  # changes 10 times a second while training
        self.logView = QPlainTextEdit(objectName="logView", readOnly=True)
        self.logView.setMaximumBlockCount(2000)
        text_style(self.logView, 9, extra="font-family: monospace")
        self.logView.setPlaceholderText(tr("Epoch results appear here."))

        left = QVBoxLayout()
        left.addWidget(settings_box)
        left.addLayout(buttons)
        left.addWidget(self.resumeButton)
        left.addWidget(self.trainProgress)
        left.addWidget(self.rateLabel)
        left.addWidget(QLabel(tr("Log")))
        left.addWidget(self.logView, 1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        sized(left_widget, min_w=300, max_w=420)
        return left_widget

    def _build_this_run(self) -> QWidget:
        """The curves of this run with their tools."""
        self.smoothingSlider = QSlider(Qt.Orientation.Horizontal, objectName="smoothingSlider", minimum=0, maximum=99)
        self.smoothingSlider.setValue(60)
        sized(self.smoothingSlider, min_w=120, max_w=160)
        self.smoothingLabel = QLabel(number(0.6, ".2f"))
        self.smoothingSlider.valueChanged.connect(self._smoothing_changed)
        self.logScaleCheck = QCheckBox(tr("Log-scale loss"), objectName="logScaleCheck")
        self.logScaleCheck.toggled.connect(self.curves.set_log_loss)
        self.exportCsvButton = export_csv = QPushButton(tr("Export CSV…"), objectName="exportCsvButton")
        self.exportPngButton = export_png = QPushButton(tr("Export PNG…"), objectName="exportPngButton")
        export_csv.clicked.connect(lambda: self._export(tr("CSV files (*.csv)"), ".csv", self.curves.export_csv))
        export_png.clicked.connect(lambda: self._export(tr("PNG images (*.png)"), ".png", self.curves.export_png))
        tools = FlowLayout(spacing=12)  # wraps rather than squeezing the settings where words are longer
        tools.addWidget(group(QLabel(tr("Smoothing")), self.smoothingSlider, self.smoothingLabel))
        tools.addWidget(self.logScaleCheck)
        tools.add_stretch()
        tools.addWidget(export_csv)
        tools.addWidget(export_png)
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.curves.loss_plot)
        plots.addWidget(self.curves.accuracy_plot)
        right = QVBoxLayout()
        right.addLayout(tools)
        right.addWidget(plots, 1)
        this_run = QWidget()
        this_run.setLayout(right)
        return this_run

    def _fill_devices(self) -> None:
        model = self.deviceCombo.model()
        for info in list_devices():
            label = info.label if info.usable else tr("{device} — unavailable: {reason}").format(device=info.label,
                                                                                                 reason=info.reason)
            self.deviceCombo.addItem(label, info.id)
            if not info.usable and isinstance(model, QStandardItemModel):
                item = model.item(self.deviceCombo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(info.reason)
        usable = [i for i in range(self.deviceCombo.count()) if self._device_usable(i)]
        cuda = [i for i in usable if str(self.deviceCombo.itemData(i)).startswith("cuda")]
        self.deviceCombo.setCurrentIndex((cuda or usable)[0])

    def _device_usable(self, index: int) -> bool:
        model = self.deviceCombo.model()
        item = model.item(index) if isinstance(model, QStandardItemModel) else None
        return item is None or item.isEnabled()

    # ---- data and network ---------------------------------------------------------------------
    @property
    def data_folder(self) -> str | None:
        return self.state.data_folder

    def set_dataset(self, key: str, folder: str | None, remember: bool = True) -> None:
        """Train on dataset `key` from `folder` (None: bundled); problems surface when training starts."""
        self.data_provider = self.state.load_training_data
        if self._folder_images:  # the settings chosen for a small folder would take hours on MNIST
            self._apply_preset(self.presetCombo.currentData())
        self._folder_images = 0
        self.state.set_dataset(DATASETS[key], folder)
        if remember:
            saved.write(self.settings, DATASET, key)
            saved.write(self.settings, DATA_FOLDER, folder or "")

    def set_data_folder(self, folder: str | None, remember: bool = True) -> None:
        """The current dataset's files from `folder` (None: MNIST's bundled files)."""
        if folder and sources.is_folder(self.state.dataset):
            self.set_image_folder(folder)
            return
        self.set_dataset(self.state.dataset.key if folder else DEFAULT_DATASET.key, folder, remember)

    def set_image_folder(self, folder: str | Path) -> bool:
        """Train on an image folder (its class folders are checked now; its images are read when training
        starts, on the training thread). False, after a dialog, if it can't be a dataset."""
        from cnngui.core.data.image_folder import folder_spec, scan_folder

        try:
            scan = scan_folder(folder)
            spec = folder_spec(scan)
        except UserError as exc:
            show_error(self, tr("Cannot use this folder"), str(exc))
            return False
        self.data_provider = self.state.load_training_data
        self.state.set_dataset(spec, str(folder))
        self._folder_images = len(scan.train)
        self._fit_network_to_classes(spec.num_classes)
        self._small_folder_defaults()
        return True

    def _fit_network_to_classes(self, classes: int) -> None:
        """A folder with other classes than the network's: its last layer gets one output per class, as
        `cnngui train --images` makes it, and the log says so."""
        from cnngui.core.network.architecture import for_classes
        from cnngui.errors import ArchitectureError

        try:
            fitted = for_classes(self.state.architecture, classes)
        except ArchitectureError:
            return  # the Network tab says what is wrong with it
        if fitted != self.state.architecture:
            self.state.set_architecture(fitted, self.state.architecture_name)
            self._log(tr("The network's last layer now has {count} outputs, one per class of the folder.").format(
                count=classes))

    def _small_folder_defaults(self) -> None:
        """A small folder learns well with other settings than MNIST: chosen from its size, and said."""
        if not sources.is_folder(self.state.dataset) or not self._folder_images:
            return
        settings, line = for_small_folder(self._folder_images, fine_tune=self.startFrom.fine_tunes)
        for key, value in settings.items():
            self._set_field(key, value)
        self._log(line)

    def _start_changed(self) -> None:
        self._network_changed()
        if self.startFrom.fine_tunes != self._fine_tuned:  # fine-tuning wants fewer steps than learning anew
            self._fine_tuned = self.startFrom.fine_tunes
            self._small_folder_defaults()

    def _dataset_chosen(self, key: str) -> None:
        if key in DATASETS:
            self.set_dataset(key, None)

    def _choose_image_folder(self) -> None:
        from cnngui.ui.settings import datasets_dir

        start = str(datasets_dir()) if datasets_dir().is_dir() else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, tr("Image folder: one folder per class"), start)
        if folder:
            self.set_image_folder(folder)

    def _dataset_changed(self) -> None:
        spec, folder = self.state.dataset, self.state.data_folder
        for index in reversed(range(self.datasetCombo.count())):  # one entry for the image folder in use
            if self.datasetCombo.itemData(index) not in DATASETS and self.datasetCombo.itemData(index) != spec.key:
                self.datasetCombo.removeItem(index)
        if self.datasetCombo.findData(spec.key) < 0:
            self.datasetCombo.addItem(tr("{title} (image folder)").format(title=spec.title), spec.key)
        self.datasetCombo.setCurrentIndex(self.datasetCombo.findData(spec.key))
        self.showFolderButton.setVisible(sources.is_folder(spec))
        self.dataButton.setVisible(not sources.is_folder(spec))  # the four files of an MNIST-format dataset
        if sources.is_folder(spec):
            self.dataLabel.setText(tr("image folder {folder}: {count} classes ({names})").format(
                folder=folder, count=spec.num_classes, names=", ".join(spec.class_names)))
        elif folder:
            self.dataLabel.setText(tr("{title} in {folder}").format(title=spec.title, folder=folder))
        elif spec.bundled:
            self.dataLabel.setText(tr("bundled {title}").format(title=spec.title))
        else:
            self.dataLabel.setText(tr("choose the folder with the {title} files (or use --download on the "
                                   "command line)").format(title=spec.title))
        self.dataLabel.setToolTip(folder or (tr("The four original {title} files shipped with cnngui").format(
            title=spec.title) if spec.bundled else ""))
        self.bundledDataButton.setEnabled(not self.running and (bool(folder) or not spec.bundled))
        self._network_changed()

    def _choose_data_folder(self) -> None:
        spec = self.state.dataset
        folder = QFileDialog.getExistingDirectory(self, tr("Folder with the four {title} files").format(
            title=spec.title),
                                                  self.data_folder or str(Path.home()))
        if folder:
            self.set_data_folder(folder)

    def training_problem(self) -> str | None:
        """Why Start can't train the Network tab's network (None when starting from a trained model's)."""
        return None if self.startFrom.fine_tunes else self.state.architecture_problem()

    def _network_changed(self) -> None:
        problem = self.training_problem()
        name = self.state.architecture_name
        self.networkLabel.setToolTip(problem or tr("Build or change the network in the Network tab"))
        name = f"<b>{network_title(name)}</b>"
        if self.startFrom.fine_tunes:
            name = tr("the start model's, one output per class")
        if problem:
            self.networkLabel.setText(f"{name}<br><span style='color:{color('bad').name()}'>✗ "
                                      + tr("can't be trained yet: see the Network tab") + "</span>")
        elif not self.startFrom.fine_tunes:
            self.networkLabel.setText(name + " · " + tr("{params} parameters").format(
                params=number(self.state.architecture_params(), ",")))
        else:
            self.networkLabel.setText(name)
        self.startButton.setEnabled(not self.running and problem is None)
        self.startButton.setToolTip(problem or tr("Train this network from scratch with these settings"))

    # ---- settings -----------------------------------------------------------------------------
    def _apply_preset(self, name: str) -> None:
        cfg = PRESETS[name]
        for key in self.fields:
            self._set_field(key, getattr(cfg, key))

    def _field(self, key: str):
        widget = self.fields[key]
        return widget.currentData() if isinstance(widget, QComboBox) else \
            widget.isChecked() if isinstance(widget, QCheckBox) else widget.value()

    def _set_field(self, key: str, value) -> None:
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            widget.setValue(value)

    def config(self) -> TrainConfig:
        base = PRESETS[self.presetCombo.currentData()]
        # what the form doesn't show (schedule, bf16, label smoothing...) comes from the preset
        return replace(base, **{key: self._field(key) for key in self.fields}, device=self.deviceCombo.currentData())

    def device_name(self) -> str:
        """The chosen device as the status bar names it ("CPU (2 threads)", a GPU's name)."""
        info = next((d for d in list_devices() if d.id == self.deviceCombo.currentData()), None)
        return info.label if info is not None else self.deviceCombo.currentText()

    def _restore_settings(self) -> None:
        """The last run's settings; a value that can't be read keeps the recipe's and is named in `unreadable`."""
        s, bad = self.settings, self.unreadable_settings
        if s is None or s.value(RECIPE.key) is None:
            return
        self.presetCombo.setCurrentIndex(max(0, self.presetCombo.findData(saved.read(s, RECIPE, bad))))
        for key in self.fields:
            self._set_field(key, saved.read(s, FIELDS_SAVED[key], bad, default=self._field(key)))
        index = self.deviceCombo.findData(saved.read(s, DEVICE))
        if index >= 0 and self._device_usable(index):
            self.deviceCombo.setCurrentIndex(index)
        self.set_dataset(saved.read(s, DATASET, bad), saved.read(s, DATA_FOLDER) or None, remember=False)

    def save_settings(self) -> None:
        if self.settings is None:
            return
        cfg = self.config()
        saved.write(self.settings, RECIPE, self.presetCombo.currentData())
        if not self._folder_images:  # a small folder's settings are chosen for it, not the user's to keep
            for key in self.fields:
                saved.write(self.settings, FIELDS_SAVED[key], getattr(cfg, key))
        saved.write(self.settings, DEVICE, cfg.device)

    # ---- running ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, resume: ResumeState | None = None, arch: list[dict] | None = None,
              config: TrainConfig | None = None, normalization: dict | None = None) -> None:
        """Train from scratch with the form's settings, or go on with `resume` (then `arch`, `config` and
        `normalization` are the checkpoint's, from resume_from)."""
        if self.running:
            return
        config = config if isinstance(config, TrainConfig) else self.config()
        resume = resume if isinstance(resume, ResumeState) else None
        problem = None if arch is not None else self.training_problem()
        try:
            config.validate()
            if problem:
                raise UserError(tr("The network in the Network tab can't be trained: {problem}").format(
                    problem=problem))
            start = self.startFrom.start_model() if resume is None else None
        except UserError as exc:
            show_error(self, tr("Cannot start training"), str(exc))
            return
        options = {"normalization": normalization} if normalization else {}
        if start is not None:
            arch, options = starting_from(start, self.state.dataset.num_classes, self.startFrom.freeze)
        arch = arch if arch is not None else [dict(layer) for layer in self.state.architecture]
        self.save_settings()
        self.curves.clear()
        self.curves.set_epoch_span(config.epochs)
        if resume is not None:
            for h in resume.history:
                self.curves.add_epoch(h["epoch"], h["test_loss"], h["test_accuracy"], h["train_loss"],
                                      h["train_accuracy"])
            self.curves.refresh()
        else:
            self.logView.clear()
        what = (tr("the checkpoint") if resume is not None else network_title(self.state.architecture_name)
                if start is None else self.startFrom.description())
        self._log(tr("Training {network} on {dataset}: {epochs}, batch {batch}, {optimizer} lr "
                     "{lr}, seed {seed}").format(
            network=what, dataset=self.state.dataset.title, epochs=epochs_text(config.epochs), batch=config.batch_size,
            optimizer=config.optimizer, lr=f"{config.lr:g}",
                                                 seed=config.seed) + (tr(", augmented") if config.augment else ""))
        job = TrainingJob(config, self.data_provider, arch, resume, self.autosave_path, runs_root=self.runs_root,
                          trainer_options=options)
        self.task = self.jobs.run("training", run_training, job, parent=self, on_progress=self._on_progress,
                                  on_partial=self._on_partial, on_result=self._on_finished, on_failed=self._on_failed,
                                  on_done=self._on_task_done)
        self._set_running(True)

    def toggle_pause(self) -> None:
        if not self.task:
            return
        control = self.task.state
        if control.paused:
            control.resume()
            self.pauseButton.setText(tr("Pause"))
            self._status(tr("Training resumed"))
        else:
            control.pause()
            self.pauseButton.setText(tr("Resume"))
            self._status(tr("Paused: training holds after this batch"))

    def stop(self) -> None:
        if self.task:
            self.task.cancel()
            self.stopButton.setEnabled(False)
            self.pauseButton.setEnabled(False)
            self._status(tr("Stopping…"))

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the run and wait for its thread: used when the window closes."""
        if not self.task:
            return True
        self.task.cancel()
        return self.task.wait(timeout_ms)

    def _set_running(self, running: bool) -> None:
        for w in (self.presetCombo, self.epochsSpin, self.batchSizeSpin, self.learningRateSpin, self.optimizerCombo,
                  self.deviceCombo, self.seedSpin, self.augmentCheck, self.resumeButton, self.dataButton,
                  self.datasetCombo, self.imageFolderButton, self.startFrom):
            w.setEnabled(not running)
        self.pauseButton.setEnabled(running)
        self.stopButton.setEnabled(running)
        self.pauseButton.setText(tr("Pause"))
        self._dataset_changed()  # Start and the bundled-data button depend on both
        self.state.set_training(running)
        self.sig_running_changed.emit(running)

    def _choose_resume(self) -> None:
        start = str(self.autosave_path.parent) if self.autosave_path else ""
        path, _ = QFileDialog.getOpenFileName(self, tr("Continue training from checkpoint"), start,
                                              tr(CHECKPOINT_FILTER))
        if path:
            self.resume_from(path)

    def resume_from(self, path: str | Path) -> None:
        """Continue a checkpoint as `cnngui train --resume` does (core.session.continued_config): with the
        settings it was trained with, to the epochs set here (at least one more), on the device chosen here.
        The form then shows what the continuation uses."""
        try:
            ckpt = load_checkpoint(path)
            if ckpt.spec.key != self.state.dataset.key:
                raise UserError(tr("{file} was trained on {dataset}: choose {dataset} under Dataset to continue it.")
                                .format(file=Path(path).name, dataset=ckpt.spec.title))
            if self.epochsSpin.value() <= ckpt.epoch:
                self.epochsSpin.setValue(ckpt.epoch + 1)
            config = continued_config(ckpt, PRESETS[self.presetCombo.currentData()], epochs=self.epochsSpin.value(),
                                      device=self.deviceCombo.currentData())
        except UserError as exc:
            show_error(self, tr("Cannot continue training"), str(exc))
            return
        for key in self.fields:
            self._set_field(key, getattr(config, key))
        self._log(tr("Continuing {file} from epoch {epoch}").format(file=Path(path).name, epoch=ckpt.epoch))
        self.start(resume_state(ckpt), arch=ckpt.arch, config=config, normalization=ckpt.normalization)

    # ---- worker signals ----------------------------------------------------------------------
    def _status(self, text: str) -> None:
        self.trainProgress.setFormat(text)
        self.state.messages.status(text)

    def _on_progress(self, value) -> None:
        if isinstance(value, BatchReport):
            self._on_batch(value)
        else:
            self._status(str(value))

    def _on_partial(self, value) -> None:
        if isinstance(value, TrainingStarted):
            self._batches_per_epoch = value.batches_per_epoch
            if value.speed:
                self._log(value.speed)
        elif isinstance(value, EpochDone):
            self._on_epoch(value)

    def _log(self, text: str) -> None:
        self.logView.appendPlainText(text)

    def _on_batch(self, r: BatchReport) -> None:
        self.curves.add_batches(r.epoch, r.batch - len(r.losses) + 1, r.batches_per_epoch, r.losses, r.train_accuracy)
        now = time.monotonic()
        if now - self._last_plot >= self.PLOT_INTERVAL or r.batch == r.batches_per_epoch:
            self._last_plot = now
            self.curves.refresh()
        self.trainProgress.setValue(int(1000 * r.progress))
        state = tr(" (paused)") if self.task and self.task.state.paused else ""
        self.trainProgress.setFormat(tr("Epoch {epoch}/{epochs} · batch {batch}/{batches}{paused}").format(
            epoch=r.epoch, epochs=r.epochs, batch=r.batch, batches=r.batches_per_epoch, paused=state))
        self.rateLabel.setText(tr("{rate} images/s · ETA {eta} · loss {loss} · lr {lr}").format(
            rate=number(r.images_per_sec, ",.0f"), eta=format_duration(r.eta_seconds), loss=number(r.losses[-1], ".4f"),
            lr=f"{r.lr:.2g}"))

    def _on_epoch(self, done: EpochDone) -> None:
        r = done.report
        self.curves.add_epoch(r.epoch, r.test_loss, r.test_accuracy, r.train_loss, r.train_accuracy)
        self.curves.refresh()
        self._log(tr("Epoch {epoch}/{epochs}").format(epoch=r.epoch, epochs=r.epochs) + " - "
                  + epoch_summary(r, self._batches_per_epoch))
        self.state.set_checkpoint(done.checkpoint, tr("trained now (epoch {epoch}/{epochs}, test accuracy {accuracy})")
                                  .format(epoch=r.epoch, epochs=r.epochs, accuracy=number(r.test_accuracy, ".2%")))

    def _on_finished(self, ended: TrainingEnded) -> None:
        checkpoint, stopped = ended.checkpoint, ended.stopped
        if checkpoint is None or (stopped and checkpoint.epoch == 0 and not self.curves.batch_x):
            self._log(tr("Stopped before training began."))
            self._status(tr("Stopped"))
            return
        acc = checkpoint.metrics.get("test_accuracy")
        done = tr("test accuracy {accuracy}").format(
            accuracy=number(acc, ".2%")) if acc is not None else tr("no epoch finished")
        if stopped:
            self._log(tr("Stopped; the model trained so far is kept ({result}).").format(result=done))
            label = tr("trained now (stopped in epoch {epoch})").format(epoch=checkpoint.epoch + 1)
        else:
            self._log(tr("Finished: {result}.").format(result=done))
            label = tr("trained now ({epochs}, {result})").format(epochs=epochs_text(checkpoint.epoch), result=done)
            self.trainProgress.setValue(1000)
        self.state.set_checkpoint(checkpoint, label)
        self._status(tr("Stopped — model kept") if stopped else tr("Finished"))

    def _on_failed(self, message: str) -> None:
        self._log(tr("Error: {message}").format(message=message))
        self._status(tr("Training failed"))
        show_error(self, tr("Training failed"), message)

    def _on_task_done(self) -> None:
        if self.task is None:
            return
        self.task.deleteLater()
        self.task = None
        self._set_running(False)

    def _smoothing_changed(self, value: int) -> None:
        self.smoothingLabel.setText(number(value / 100, ".2f"))
        self.curves.set_smoothing(value / 100)

    def _export(self, filter_: str, suffix: str, writer) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export"), f"cnngui-curves{suffix}", filter_)
        if not path:
            return
        try:
            writer(path)
            self._status(tr("Saved {file}").format(file=path))
        except OSError as exc:
            show_error(self, tr("Export failed"), tr("Cannot write {path}: {exc}").format(path=path, exc=exc))

    def command(self, name: str) -> bool:
        """The Training menu's commands ("start", "pause", "stop", "export_png"), by the rules of their
        buttons here (a disabled one does nothing); True if it was carried out."""
        button = {"start": self.startButton, "pause": self.pauseButton, "stop": self.stopButton,
                  "export_png": self.exportPngButton}[name]
        if not button.isEnabled():
            return False
        button.click()
        return True

    # ---- what a lesson may do here -------------------------------------------------------------
    def lesson_hooks(self) -> LessonHooks:
        return LessonHooks(
            settings={"recipe": lambda key: self.presetCombo.setCurrentIndex(self.presetCombo.findData(key)),
                      "seed": self.seedSpin.setValue, "epochs": self.epochsSpin.setValue},
            locks={"recipe": [self.presetCombo, self.batchSizeSpin, self.learningRateSpin, self.optimizerCombo],
                   "seed": [self.seedSpin], "epochs": [self.epochsSpin]},
            parts={"augment": [self.augmentCheck], "device": [self.deviceCombo], "optimizer": [self.optimizerCombo],
                   "learning-rate": [self.learningRateSpin], "batch-size": [self.batchSizeSpin],
                   "dataset": [self.datasetCombo, self.dataLabel, self.dataButton, self.imageFolderButton,
                               self.bundledDataButton],
                   "continue": [self.resumeButton], "start-from": [self.startFrom], "log": [self.logView],
                   "export": [self.exportCsvButton, self.exportPngButton]})
