"""The Train tab's data rows: which dataset to learn, from which files or image folder.

The choice itself is the application state's (`AppState.set_dataset`); these rows show it and change
it. An image folder's classes are checked by the tab when one is chosen (`sig_image_folder_chosen`),
since choosing one also fits the network and the recipe to it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QLabel, QPushButton, QWidget

from cnngui.core.data import sources
from cnngui.core.data.datasets import DATASETS
from cnngui.core.data.datasets import DEFAULT as DEFAULT_DATASET
from cnngui.i18n import tr
from cnngui.ui import settings as saved
from cnngui.ui.app_state import AppState
from cnngui.ui.widgets.flow_layout import FlowLayout

DATASET = saved.Saved("train/dataset", DEFAULT_DATASET.key, saved.one_of(DATASETS))
DATA_FOLDER = saved.Saved("train/data_folder", "")


class DataChoice(QObject):
    sig_image_folder_chosen = Signal(str)  # the user picked an image folder to train on
    sig_dataset_set = Signal()  # a dataset of the registry was chosen (not an image folder)

    def __init__(self, state: AppState, settings: QSettings | None, host: QWidget) -> None:
        super().__init__(host)
        self.state, self.settings, self.host = state, settings, host
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

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(tr("Dataset"), self.datasetCombo)
        form.addRow(tr("Files"), self.dataLabel)  # a folder's path can be long: the label has the row
        data_buttons = FlowLayout()  # three buttons: on two lines beside a lesson at 1024 px
        for button in (self.dataButton, self.imageFolderButton, self.showFolderButton, self.bundledDataButton):
            data_buttons.addWidget(button)
        holder = QWidget()
        holder.setLayout(data_buttons)
        form.addRow("", holder)

    @property
    def controls(self) -> list[QWidget]:
        """What a running training locks (the bundled-data button follows `refresh`)."""
        return [self.dataButton, self.datasetCombo, self.imageFolderButton]

    def set_dataset(self, key: str, folder: str | None, remember: bool = True) -> None:
        """Train on dataset `key` from `folder` (None: bundled); problems surface when training starts."""
        self.sig_dataset_set.emit()
        self.state.set_dataset(DATASETS[key], folder)
        if remember:
            saved.write(self.settings, DATASET, key)
            saved.write(self.settings, DATA_FOLDER, folder or "")

    def set_data_folder(self, folder: str | None, remember: bool = True) -> None:
        """The current dataset's files from `folder` (None: MNIST's bundled files)."""
        if folder and sources.is_folder(self.state.dataset):
            self.sig_image_folder_chosen.emit(str(folder))
            return
        self.set_dataset(self.state.dataset.key if folder else DEFAULT_DATASET.key, folder, remember)

    def restore(self, s: QSettings, bad: list[str]) -> None:
        self.set_dataset(saved.read(s, DATASET, bad), saved.read(s, DATA_FOLDER) or None, remember=False)

    def _dataset_chosen(self, key: str) -> None:
        if key in DATASETS:
            self.set_dataset(key, None)

    def _choose_image_folder(self) -> None:
        from cnngui.ui.settings import datasets_dir

        start = str(datasets_dir()) if datasets_dir().is_dir() else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self.host, tr("Image folder: one folder per class"), start)
        if folder:
            self.sig_image_folder_chosen.emit(folder)

    def _choose_data_folder(self) -> None:
        title = tr("Folder with the four {title} files").format(title=self.state.dataset.title)
        folder = QFileDialog.getExistingDirectory(self.host, title, self.state.data_folder or str(Path.home()))
        if folder:
            self.set_data_folder(folder)

    def refresh(self, running: bool) -> None:
        """Show the dataset in use: its entry (one for the image folder in use), its files, its buttons."""
        spec, folder = self.state.dataset, self.state.data_folder
        for index in reversed(range(self.datasetCombo.count())):
            if self.datasetCombo.itemData(index) not in DATASETS and self.datasetCombo.itemData(index) != spec.key:
                self.datasetCombo.removeItem(index)
        if self.datasetCombo.findData(spec.key) < 0:
            self.datasetCombo.addItem(tr("{title} (image folder)").format(title=spec.title), spec.key)
        self.datasetCombo.setCurrentIndex(self.datasetCombo.findData(spec.key))
        self.showFolderButton.setVisible(sources.is_folder(spec))
        self.dataButton.setVisible(not sources.is_folder(spec))  # the four files of an MNIST-format dataset
        self.dataLabel.setText(self._files_text(spec, folder))
        self.dataLabel.setToolTip(folder or (tr("The four original {title} files shipped with cnngui").format(
            title=spec.title) if spec.bundled else ""))
        self.bundledDataButton.setEnabled(not running and (bool(folder) or not spec.bundled))

    @staticmethod
    def _files_text(spec, folder: str | None) -> str:
        if sources.is_folder(spec):
            return tr("image folder {folder}: {count} classes ({names})").format(
                folder=folder, count=spec.num_classes, names=", ".join(spec.class_names))
        if folder:
            return tr("{title} in {folder}").format(title=spec.title, folder=folder)
        if spec.bundled:
            return tr("bundled {title}").format(title=spec.title)
        return tr("choose the folder with the {title} files (or use --download on the "
                  "command line)").format(title=spec.title)
