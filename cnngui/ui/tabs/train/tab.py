"""The Train tab: the recipe and the data, Start/Pause/Stop, the live curves, progress and a Keras-like log.

Built from panels, each with one job: `RecipeForm` (the hyperparameters), `DataChoice` (the dataset),
`StartFrom` (random weights or a trained model), `RunView` (progress, log and curves) and the
widget-free `TrainingRun`, which runs the training and reports through typed signals. The tab wires
them together and to the application state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from cnngui.cli_progress import epochs_text
from cnngui.core.data import sources
from cnngui.core.data.loading import ImageData
from cnngui.core.model_files.checkpoint import load_checkpoint
from cnngui.core.training.continuing import continued_config, resume_state
from cnngui.core.training.folder_plan import plan_folder_training
from cnngui.core.training.loop import BatchReport, ResumeState
from cnngui.core.training.recipes import TrainConfig, for_small_folder
from cnngui.core.training.runs import runs_dir
from cnngui.errors import UserError
from cnngui.i18n import number, tr
from cnngui.ui.app_state import AppState, network_title
from cnngui.ui.look.appearance import color, sized, zoom
from cnngui.ui.settings import user_data_dir
from cnngui.ui.tabs import LessonHooks
from cnngui.ui.tabs.base import Tab
from cnngui.ui.tabs.train.challenge_choice import ChallengeChoice
from cnngui.ui.tabs.train.data_choice import DataChoice
from cnngui.ui.tabs.train.recipe_form import RecipeForm
from cnngui.ui.tabs.train.run import TrainingRun
from cnngui.ui.tabs.train.run_view import RunView
from cnngui.ui.tabs.train.start_from import StartFrom
from cnngui.ui.tabs.train.worker import EpochDone, TrainingEnded, TrainingJob, TrainingStarted
from cnngui.ui.widgets.dialogs import CHECKPOINT_FILTER, show_error


class TrainTab(Tab):
    sig_running_changed = Signal(bool)
    sig_device_changed = Signal(str)  # the device chosen to train on, by name

    def __init__(self, state: AppState, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(state, settings, parent)
        # Where training data comes from; tests and tools may replace it. Called on the training thread.
        self.data_provider: Callable[[], ImageData] = state.load_training_data
        # The app's tab (with saved settings) autosaves every epoch to the user's data folder; one alone doesn't.
        self.autosave_path: Path | None = user_data_dir() / "autosave" / "last-run.pt" if settings is not None else None
        self.runs_root: Path | None = runs_dir()  # every training is kept as a run there (None: not kept)
        self.unreadable_settings: list[str] = []
        self._batches_per_epoch = 1
        self._folder_images = 0  # training images of the image folder chosen (0: not a folder)
        self._fine_tuned = False  # whether the folder's defaults were chosen for fine-tuning
        self.recipe = RecipeForm(self)
        self.recipe.sig_device_changed.connect(self.sig_device_changed)
        self.data = DataChoice(state, settings, self)
        self.data.sig_dataset_set.connect(self._leave_folder)
        self.data.sig_image_folder_chosen.connect(self.set_image_folder)
        self.view = RunView(self, state.messages.status)
        self.curves = self.view.curves
        self.run = TrainingRun(self)
        self._connect_run()
        self._build()
        state.sig_dataset_changed.connect(self._dataset_changed)
        state.sig_architecture_changed.connect(self._network_changed)
        if settings is not None and self.recipe.restore(settings, self.unreadable_settings):
            self.data.restore(settings, self.unreadable_settings)
        self._dataset_changed()
        self._network_changed()

    # ---- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        from cnngui.ui.tabs.train.runs_view import RunsView

        self.runsView = RunsView(self.state, lambda: self.runs_root)
        right_widget = QTabWidget(objectName="trainViews")
        right_widget.addTab(self.view.build_this_run(), tr("This run"))
        right_widget.addTab(self.runsView, tr("Compare runs"))
        layout = QHBoxLayout(self)
        layout.addWidget(self._build_left(), 1)  # the settings get room for their words, up to max_w; plots the rest
        layout.addWidget(right_widget, 1)

    def _build_left(self) -> QWidget:
        """The settings, the buttons, the progress and the log."""
        form = QFormLayout()
        form.setVerticalSpacing(round(3 * zoom()))  # thirteen rows: the style's spacing pushed the column past 768 px
        self.recipe.add_rows(form)
        self.data.add_rows(form)
        self.networkLabel = QLabel(objectName="trainNetworkLabel", wordWrap=True)
        form.addRow(tr("Network"), self.networkLabel)
        self.startFrom = StartFrom(lambda: self.state.checkpoint)
        self.startFrom.sig_start_changed.connect(self._start_changed)
        form.addRow(tr("Start from"), self.startFrom)
        self.challengeChoice = ChallengeChoice()
        form.addRow(tr("Challenge"), self.challengeChoice)
        self._form = form
        self._show_challenge_row()
        self.state.sig_class_changed.connect(self._show_challenge_row)
        settings_box = QGroupBox(tr("Training settings"))
        settings_box.setLayout(form)
        left = QVBoxLayout()
        left.addWidget(settings_box)
        left.addLayout(self._build_run_buttons())
        left.addWidget(self.resumeButton)
        self.view.add_progress(left)
        left_widget = QWidget()
        left_widget.setLayout(left)
        sized(left_widget, min_w=300, max_w=420)
        return left_widget

    def _show_challenge_row(self, *_) -> None:
        """The Challenge row is there on a seat that joined a class, and only there (shown, the combo reads the
        class's challenges itself)."""
        self._form.setRowVisible(self.challengeChoice, self.challengeChoice.joined())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_challenge_row()

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

    # ---- data and network ---------------------------------------------------------------------
    @property
    def data_folder(self) -> str | None:
        return self.state.data_folder

    def config(self) -> TrainConfig:
        return self.recipe.config()

    def device_name(self) -> str:
        return self.recipe.device_name()

    def set_dataset(self, key: str, folder: str | None, remember: bool = True) -> None:
        self.data.set_dataset(key, folder, remember)

    def set_data_folder(self, folder: str | None, remember: bool = True) -> None:
        self.data.set_data_folder(folder, remember)

    def _leave_folder(self) -> None:
        """A dataset of the registry again: the settings chosen for a small folder would take hours on MNIST."""
        self.data_provider = self.state.load_training_data
        if self._folder_images:
            self.recipe.reapply_preset()
        self._folder_images = 0

    def set_image_folder(self, folder: str | Path) -> bool:
        """Train on an image folder (its class folders are checked now; its images are read when training
        starts, on the training thread). False, after a dialog, if it can't be a dataset."""
        from cnngui.core.data.image_folder import folder_spec, scan_folder
        from cnngui.errors import ArchitectureError

        try:
            scan = scan_folder(folder)
            spec = folder_spec(scan)
        except UserError as exc:
            show_error(self, tr("Cannot use this folder"), str(exc))
            return False
        self.data_provider = self.state.load_training_data
        self.state.set_dataset(spec, str(folder))
        self._folder_images = len(scan.train)
        try:  # a folder with other classes than the network's: one output per class, as train --images makes it
            fitted = plan_folder_training(len(scan.train), spec.num_classes, self.state.architecture).arch
        except ArchitectureError:
            fitted = self.state.architecture  # the Network tab says what is wrong with it
        if fitted != self.state.architecture:
            self.state.set_architecture(fitted, self.state.architecture_name)
            self.view.log(tr("The network's last layer now has {count} outputs, one per class of the folder.").format(
                count=spec.num_classes))
        self._small_folder_defaults()
        return True

    def _small_folder_defaults(self) -> None:
        """A small folder learns well with other settings than MNIST: chosen from its size, and said."""
        if not sources.is_folder(self.state.dataset) or not self._folder_images:
            return
        settings, line = for_small_folder(self._folder_images, fine_tune=self.startFrom.fine_tunes)
        for key, value in settings.items():
            self.recipe.set_value(key, value)
        self.view.log(line)

    def _start_changed(self) -> None:
        self._network_changed()
        if self.startFrom.fine_tunes != self._fine_tuned:  # fine-tuning wants fewer steps than learning anew
            self._fine_tuned = self.startFrom.fine_tunes
            self._small_folder_defaults()

    def _dataset_changed(self) -> None:
        self.data.refresh(self.running)
        self._network_changed()

    def training_problem(self) -> str | None:
        """Why Start can't train the Network tab's network (None when starting from a trained model's)."""
        return None if self.startFrom.fine_tunes else self.state.architecture_problem()

    def _network_changed(self) -> None:
        problem = self.training_problem()
        self.networkLabel.setToolTip(problem or tr("Build or change the network in the Network tab"))
        name = f"<b>{network_title(self.state.architecture_name)}</b>"
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

    def save_settings(self) -> None:
        if self.settings is not None:  # a small folder's settings are chosen for it, not the user's to keep
            self.recipe.save(self.settings, with_fields=not self._folder_images)

    # ---- running ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.run.running

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
        if start is not None:  # the one plan `train --images --init` follows (the recipe is the form's)
            plan = plan_folder_training(self._folder_images, self.state.dataset.num_classes, [], start,
                                        self.startFrom.freeze)
            arch, options = plan.arch, plan.options
        arch = arch if arch is not None else [dict(layer) for layer in self.state.architecture]
        self.save_settings()
        self.view.begin(config.epochs, resume.history if resume is not None else None)
        what = (tr("the checkpoint") if resume is not None else network_title(self.state.architecture_name)
                if start is None else self.startFrom.description())
        self.view.log(tr("Training {network} on {dataset}: {epochs}, batch {batch}, {optimizer} lr "
                         "{lr}, seed {seed}").format(
            network=what, dataset=self.state.dataset.title, epochs=epochs_text(config.epochs), batch=config.batch_size,
            optimizer=config.optimizer, lr=f"{config.lr:g}", seed=config.seed)
            + (tr(", augmented") if config.augment else ""))
        self.run.start(TrainingJob(config, self.data_provider, arch, resume, self.autosave_path,
                                   runs_root=self.runs_root, trainer_options=options, lesson=self.state.lesson,
                                   challenge=self.challengeChoice.challenge if self.challengeChoice.joined() else ""))

    def toggle_pause(self) -> None:
        if not self.running:
            return
        paused = self.run.toggle_pause()
        self.pauseButton.setText(tr("Resume") if paused else tr("Pause"))
        self.view.status(tr("Paused: training holds after this batch") if paused else tr("Training resumed"))

    def stop(self) -> None:
        if self.running:
            self.run.stop()
            self.stopButton.setEnabled(False)
            self.pauseButton.setEnabled(False)
            self.view.status(tr("Stopping…"))

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the run and wait for its thread: used when the window closes."""
        self.jobs.close()
        return self.run.shutdown(timeout_ms)

    def _set_running(self, running: bool) -> None:
        for w in (*self.recipe.controls, self.resumeButton, *self.data.controls, self.startFrom):
            w.setEnabled(not running)
        self.pauseButton.setEnabled(running)
        self.stopButton.setEnabled(running)
        self.pauseButton.setText(tr("Pause"))
        self._dataset_changed()  # Start and the bundled-data button depend on both
        self.state.set_training(running)
        self.sig_running_changed.emit(running)

    def _choose_resume(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.autosave_path.parent) if self.autosave_path else ""
        path, _ = QFileDialog.getOpenFileName(self, tr("Continue training from checkpoint"), start,
                                              tr(CHECKPOINT_FILTER))
        if path:
            self.resume_from(path)

    def resume_from(self, path: str | Path) -> None:
        """Continue a checkpoint as `cnngui train --resume` does (core.training.continuing): with the settings
        it was trained with, to the epochs set here (at least one more), on the device chosen here.
        The form then shows what the continuation uses."""
        epochs = self.recipe.epochsSpin
        try:
            ckpt = load_checkpoint(path)
            if ckpt.spec.key != self.state.dataset.key:
                raise UserError(tr("{file} was trained on {dataset}: choose {dataset} under Dataset to continue it.")
                                .format(file=Path(path).name, dataset=ckpt.spec.title))
            if epochs.value() <= ckpt.epoch:
                epochs.setValue(ckpt.epoch + 1)
            config = continued_config(ckpt, self.recipe.preset(), epochs=epochs.value(),
                                      device=self.recipe.deviceCombo.currentData())
        except UserError as exc:
            show_error(self, tr("Cannot continue training"), str(exc))
            return
        for key in self.recipe.fields:
            self.recipe.set_value(key, getattr(config, key))
        self.view.log(tr("Continuing {file} from epoch {epoch}").format(file=Path(path).name, epoch=ckpt.epoch))
        self.start(resume_state(ckpt), arch=ckpt.arch, config=config, normalization=ckpt.normalization)

    # ---- the run's news ----------------------------------------------------------------------
    def _connect_run(self) -> None:
        run = self.run
        run.sig_status.connect(self.view.status)
        run.sig_started.connect(self._on_started)
        run.sig_batch.connect(self._on_batch)
        run.sig_epoch.connect(self._on_epoch)
        run.sig_finished.connect(self._on_finished)
        run.sig_failed.connect(self._on_failed)
        run.sig_running_changed.connect(self._set_running)

    def _on_started(self, started: TrainingStarted) -> None:
        self._batches_per_epoch = started.batches_per_epoch
        if started.speed:
            self.view.log(started.speed)

    def _on_batch(self, report: BatchReport) -> None:
        self.view.show_batch(report, self.run.paused)

    def _on_epoch(self, done: EpochDone) -> None:
        r = done.report
        self.view.show_epoch(r, self._batches_per_epoch, self.run.config.label_smoothing)
        self.state.set_checkpoint(done.checkpoint, tr("trained now (epoch {epoch}/{epochs}, test accuracy {accuracy})")
                                  .format(epoch=r.epoch, epochs=r.epochs, accuracy=number(r.test_accuracy, ".2%")))

    def _on_finished(self, ended: TrainingEnded) -> None:
        checkpoint, stopped, log = ended.checkpoint, ended.stopped, self.view.log
        if checkpoint is None or (stopped and checkpoint.epoch == 0 and not self.curves.batch_x):
            log(tr("Stopped before training began."))
            self.view.status(tr("Stopped"))
            return
        acc = checkpoint.metrics.get("test_accuracy")
        done = tr("test accuracy {accuracy}").format(
            accuracy=number(acc, ".2%")) if acc is not None else tr("no epoch finished")
        if stopped:
            log(tr("Stopped; the model trained so far is kept ({result}).").format(result=done))
            label = tr("trained now (stopped in epoch {epoch})").format(epoch=checkpoint.epoch + 1)
        else:
            log(tr("Finished: {result}.").format(result=done))
            label = tr("trained now ({epochs}, {result})").format(epochs=epochs_text(checkpoint.epoch), result=done)
            self.view.trainProgress.setValue(1000)
        self.state.set_checkpoint(checkpoint, label)
        self.view.status(tr("Stopped — model kept") if stopped else tr("Finished"))

    def _on_failed(self, message: str) -> None:
        self.view.log(tr("Error: {message}").format(message=message))
        self.view.status(tr("Training failed"))
        show_error(self, tr("Training failed"), message)

    def command(self, name: str) -> bool:
        """The Training menu's commands ("start", "pause", "stop", "export_png"), by the rules of their
        buttons here (a disabled one does nothing); True if it was carried out."""
        button = {"start": self.startButton, "pause": self.pauseButton, "stop": self.stopButton,
                  "export_png": self.view.exportPngButton}[name]
        if not button.isEnabled():
            return False
        button.click()
        return True

    # ---- what a lesson may do here -------------------------------------------------------------
    def _lesson_run(self, action: str) -> None:
        """A lesson step's experiment (core/teaching/lessons.ACTIONS), started as the user's click would."""
        if action == "train":
            if not self.run.running:
                self.start()
        else:
            self.runsView.open_experiments().start_for_lesson(action)

    def lesson_hooks(self) -> LessonHooks:
        r, d = self.recipe, self.data
        return LessonHooks(
            settings={"recipe": r.choose_preset, "seed": r.seedSpin.setValue, "epochs": r.epochsSpin.setValue,
                      "run": self._lesson_run},
            locks={"recipe": [r.presetCombo, r.batchSizeSpin, r.learningRateSpin, r.optimizerCombo,
                              r.labelSmoothingSpin],
                   "seed": [r.seedSpin], "epochs": [r.epochsSpin]},
            parts={"augment": [r.augmentCheck], "device": [r.deviceCombo], "optimizer": [r.optimizerCombo],
                   "learning-rate": [r.learningRateSpin], "batch-size": [r.batchSizeSpin],
                   "label-smoothing": [r.labelSmoothingSpin],
                   "dataset": [d.datasetCombo, d.dataLabel, d.dataButton, d.imageFolderButton, d.bundledDataButton],
                   "continue": [self.resumeButton], "start-from": [self.startFrom], "log": [self.view.logView],
                   "export": [self.view.exportCsvButton, self.view.exportPngButton]},
            reveals=[r.presetCombo])  # its presets' names promise an accuracy ("99% in one epoch")
