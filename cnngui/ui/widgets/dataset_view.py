"""The dataset view: an image folder's classes with their counts, each class's images as thumbnails, one
image large (as it is on disk, and as the network meets it), and a bad one set aside.

It opens the user's datasets (what Draw's "Add to my dataset…" collects) or any image folder; "Train on
it" asks the window (through `Messages`) to make it the Train tab's dataset. The folder is read by
`core.image_folder`, the same rules that training uses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cnngui.errors import UserError
from cnngui.i18n import number, tr
from cnngui.ui.look.appearance import zoom
from cnngui.ui.settings import datasets_dir
from cnngui.ui.widgets.dialogs import Dialog, show_error
from cnngui.ui.widgets.images import picture_label, pixmap_of

THUMBS_SHOWN = 300  # per class: a folder of thousands stays quick to open; the count says how many there are


def user_datasets() -> list[Path]:
    folder = datasets_dir()
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")) if folder.is_dir() else []


class DatasetView(Dialog):
    """`datasetView`: classes (`datasetClassList`), thumbnails (`datasetThumbs`), one large (`datasetSample`)."""

    def __init__(self, messages, folder: str | Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetView")
        self.setWindowTitle(tr("Dataset"))
        self.messages = messages
        self.root: Path | None = None
        self.contents: list[tuple[str, list[Path]]] = []
        self._build()
        self.resize(round(880 * zoom()), round(560 * zoom()))
        mine = user_datasets()
        self.show_folder(folder or (mine[0] if mine else None))

    def _build(self) -> None:
        self.datasetCombo = QComboBox(objectName="datasetViewCombo")
        self.datasetCombo.setToolTip(tr("Your datasets: what Draw's 'Add to my dataset…' collected"))
        self.datasetCombo.activated.connect(lambda: self.show_folder(self.datasetCombo.currentData()))
        self.openButton = QPushButton(tr("Open image folder…"), objectName="openImageFolderButton")
        self.openButton.clicked.connect(self._choose_folder)
        self.pathLabel = QLabel(objectName="datasetPathLabel", wordWrap=True)
        self.classList = QListWidget(objectName="datasetClassList")
        self.classList.setMaximumWidth(round(200 * zoom()))
        self.classList.currentRowChanged.connect(self._show_class)
        self.thumbs = QListWidget(objectName="datasetThumbs", viewMode=QListWidget.ViewMode.IconMode,
                                  resizeMode=QListWidget.ResizeMode.Adjust, movement=QListWidget.Movement.Static)
        side = round(56 * zoom())
        self.thumbs.setIconSize(QSize(side, side))
        self.thumbs.setGridSize(QSize(side + 12, side + 12))
        self.thumbs.currentItemChanged.connect(lambda item, _: self._show_sample(item))
        self.sample = QLabel(objectName="datasetSample", alignment=Qt.AlignmentFlag.AlignCenter)
        self.sample.setFixedSize(round(224 * zoom()), round(224 * zoom()))
        self.sample.setStyleSheet("background: black")
        self.inputPicture = picture_label("datasetSampleInput", 84)
        self.inputPicture.setToolTip(tr("The image as the network meets it: framed like a drawing, 28 × 28"))
        self.sampleInfo = QLabel(objectName="datasetSampleInfo", wordWrap=True)
        self.sampleInfo.setMaximumWidth(round(224 * zoom()))
        self.deleteButton = QPushButton(tr("Set this image aside"), objectName="deleteSampleButton", enabled=False)
        self.deleteButton.setToolTip(tr("Moves it out of the dataset, into the folder's hidden .deleted folder"))
        self.deleteButton.clicked.connect(self.set_aside_current)
        self.revealButton = QPushButton(tr("Show the folder"), objectName="revealFolderButton")
        self.revealButton.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.root))))
        self.trainButton = QPushButton(tr("Train on it"), objectName="trainOnDatasetButton")
        self.trainButton.setToolTip(tr("Make this folder the dataset in the Train tab"))
        self.trainButton.clicked.connect(self._train_on_it)
        top = QHBoxLayout()
        top.addWidget(self.datasetCombo, 1)
        top.addWidget(self.openButton)
        side_panel = QVBoxLayout()
        seen = QHBoxLayout()
        seen.addWidget(self.inputPicture)
        seen.addWidget(QLabel(tr("as the network\nsees it"), wordWrap=True), 1)
        side_panel.addWidget(self.sample)
        side_panel.addLayout(seen)
        for widget in (self.sampleInfo, self.deleteButton):
            side_panel.addWidget(widget)
        side_panel.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.classList)
        middle.addWidget(self.thumbs, 1)
        middle.addLayout(side_panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.revealButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.trainButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pathLabel)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)

    def _fill_datasets(self) -> None:
        self.datasetCombo.clear()
        for folder in user_datasets():
            self.datasetCombo.addItem(folder.name, str(folder))
        if self.root is not None and self.datasetCombo.findData(str(self.root)) < 0:
            self.datasetCombo.addItem(self.root.name, str(self.root))
        self.datasetCombo.setCurrentIndex(max(0, self.datasetCombo.findData(str(self.root))))

    def show_folder(self, folder: str | Path | None) -> bool:
        """Show an image folder (None: nothing yet). False, after a dialog, if it can't be read as one."""
        from cnngui.core.data.image_folder import folder_contents

        if folder is None:
            self.root, self.contents = None, []
            self.pathLabel.setText(tr("No dataset yet: draw in Draw and use 'Add to my dataset…', or open an "
                                      "image folder (one folder per class)."))
        else:
            try:
                contents = folder_contents(folder)
            except UserError as exc:
                show_error(self, tr("Cannot show this folder"), str(exc))
                return False
            self.root, self.contents = Path(folder), contents
            total = sum(len(files) for _, files in contents)
            self.pathLabel.setText(tr("{folder}: {classes} classes, {images} images").format(
                folder=self.root, classes=len(contents), images=number(total, ",")))
        self._fill_datasets()
        self.classList.clear()
        for name, files in self.contents:
            self.classList.addItem(tr("{name} · {count}").format(name=name, count=number(len(files), ",")))
        for button in (self.revealButton, self.trainButton):
            button.setEnabled(self.root is not None)
        self.classList.setCurrentRow(0 if self.contents else -1)
        if not self.contents:
            self._show_class(-1)
        return True

    def _show_class(self, row: int) -> None:
        self.thumbs.clear()
        if not 0 <= row < len(self.contents):
            self._show_sample(None)
            return
        for path in self.contents[row][1][:THUMBS_SHOWN]:
            item = QListWidgetItem(QIcon(QPixmap(str(path))), "")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path.relative_to(self.root)))
            self.thumbs.addItem(item)
        self.thumbs.setCurrentRow(0 if self.thumbs.count() else -1)
        if not self.thumbs.count():
            self._show_sample(None)

    def _show_sample(self, item: QListWidgetItem | None) -> None:
        self.deleteButton.setEnabled(item is not None)
        if item is None:
            self.sample.clear()
            self.inputPicture.clear()
            self.sampleInfo.setText("")
            return
        from cnngui.core.data.datasets import MNIST
        from cnngui.core.data.image_folder import frame, writer_of
        from cnngui.errors import ImageError

        path = Path(item.data(Qt.ItemDataRole.UserRole))
        image = QImage(str(path))
        self.sample.setPixmap(QPixmap.fromImage(image).scaled(
            self.sample.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        try:
            framed = frame(path, MNIST.framing) / 255.0  # a folder meets a digits model as a drawing does
            self.inputPicture.setPixmap(pixmap_of(framed, self.inputPicture.width() - 2))
        except ImageError as exc:
            self.inputPicture.clear()
            self.inputPicture.setToolTip(str(exc))
        name, _files = self.contents[self.classList.currentRow()]
        writer = writer_of(path, self.root / name) if path.is_relative_to(self.root / name) else ""
        self.sampleInfo.setText(tr("{file} · {width}×{height} px").format(
            file=path.name, width=image.width(), height=image.height())
            + ("\n" + tr("drawn by {writer}").format(writer=writer) if writer else ""))

    def set_aside_current(self) -> Path | None:
        """Move the image shown out of the dataset (into .deleted); returns where it went."""
        from cnngui.core.data.image_folder import set_aside

        item = self.thumbs.currentItem()
        if item is None:
            return None
        row, index = self.classList.currentRow(), self.thumbs.currentRow()
        try:
            moved = set_aside(self.root, item.data(Qt.ItemDataRole.UserRole))
        except UserError as exc:
            show_error(self, tr("Cannot set the image aside"), str(exc))
            return None
        self.messages.status(tr("Set aside: {file} (it is in {folder} if you want it back)").format(
            file=moved.name, folder=moved.parent))
        self.show_folder(self.root)
        self.classList.setCurrentRow(row)
        self.thumbs.setCurrentRow(min(index, self.thumbs.count() - 1))
        return moved

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Image folder: one folder per class"),
                                                  str(self.root or datasets_dir()))
        if folder:
            self.show_folder(folder)

    def _train_on_it(self) -> None:
        self.messages.train_on_folder(str(self.root))
        self.accept()
