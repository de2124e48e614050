"""Evaluate's "Our handwriting": the current model on its own test set and, side by side, on an image
folder of the class's own drawings, per writer where the folder says who drew what. The domain-shift
lesson in one view: a model is only as good as its data's likeness to the pictures it meets.

The folder is scored in the background (`core.report.score_folder`, what `cnngui evaluate --images`
prints); the test-set figure is the app state's report, made once per model.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.data import sources
from cnngui.errors import UserError
from cnngui.i18n import number, tr
from cnngui.ui.look.appearance import text_style
from cnngui.ui.settings import datasets_dir
from cnngui.ui.tasks import Jobs


def matching_folder(state) -> Path | None:
    """An image folder whose classes are the current model's: the one being trained on, else the first of
    the user's datasets that fits (what Draw collected), else None."""
    from cnngui.core.data.image_folder import class_folders
    from cnngui.ui.widgets.dataset_view import user_datasets

    classes = list(state.model_dataset.class_names)
    candidates = ([Path(state.data_folder)] if sources.is_folder(state.dataset) and state.data_folder else [])
    for folder in candidates + user_datasets():
        try:
            if [f.name for f in class_folders(folder)] == classes:
                return folder
        except UserError:  # a folder that can't be read (gone, not a folder of classes) simply doesn't match
            continue
    return None


class HandwritingBox(QWidget):
    """`handwritingTable`: the test set, the folder, and each writer; `compareFolderButton` picks the folder."""

    def __init__(self, state) -> None:
        super().__init__()
        self.setObjectName("handwritingBox")
        self.state = state
        self.folder: Path | None = None
        self.chosen = False  # the user chose the folder (else it follows the model)
        self.score = None  # the last FolderScore, for the model it was made for
        self._scored_version = -1
        self.jobs = Jobs()
        self.compareFolderButton = QPushButton(tr("Image folder…"), objectName="compareFolderButton")
        self.compareFolderButton.setToolTip(tr("An image folder whose class folders are the model's classes: "
                                               "your own drawings, say"))
        self.compareFolderButton.clicked.connect(self._choose)
        self.handwritingLabel = QLabel(objectName="handwritingLabel", wordWrap=True)
        text_style(self.handwritingLabel, tone="muted")
        self.table = QTableWidget(objectName="handwritingTable", columnCount=3)
        self.table.setHorizontalHeaderLabels([tr("Images"), tr("How many"), tr("Right")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.handwritingLabel, 1)
        top.addWidget(self.compareFolderButton)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        state.sig_model_changed.connect(lambda: self.isVisible() and self.refresh())  # not while hidden, training
        state.sig_report_changed.connect(self._fill)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def set_folder(self, folder: str | Path | None, chosen: bool = True) -> None:
        self.folder, self.chosen = (Path(folder) if folder else None), chosen
        self._scored_version = -1
        self.refresh()

    def _choose(self) -> None:
        start = self.folder or (datasets_dir() if datasets_dir().is_dir() else Path.home())
        folder = QFileDialog.getExistingDirectory(self, tr("Image folder: one folder per class"), str(start))
        if folder:
            self.set_folder(folder)

    def refresh(self) -> None:
        """Score the current model on the folder (in the background), once per model and folder."""
        state = self.state
        if not self.chosen:
            self.folder = matching_folder(state)
        if state.predictor is None or self.folder is None or self._scored_version == state.model_version:
            self._fill()
            return
        from cnngui.core.evaluation.report import score_folder

        version, predictor, folder = state.model_version, state.predictor, self.folder
        model = copy.deepcopy(predictor.model)  # Draw keeps using the original meanwhile
        self._scored_version, self.score = version, None

        def work(task_state):
            from cnngui.ui.torch_threads import use_one_thread

            use_one_thread()
            return score_folder(model, predictor.normalization, predictor.dataset, folder,
                                cancelled=lambda: task_state.stop_requested)

        def failed(message: str) -> None:
            self.handwritingLabel.setText(message)
            self.table.setRowCount(0)

        self.handwritingLabel.setText(tr("Reading {folder}…").format(folder=folder.name))
        self.jobs.request("handwriting", lambda: self.jobs.run(
            "handwriting", work, on_result=lambda score: self._scored(version, score), on_failed=failed))

    def _scored(self, version: int, score) -> None:
        if version == self.state.model_version:
            self.score = score
            self._fill()

    def _fill(self) -> None:
        state = self.state
        if self.folder is None:
            self.handwritingLabel.setText(tr("Draw some {classes} and add them to a dataset in Draw, or choose an "
                                             "image folder whose class folders are the model's classes.").format(
                classes=", ".join(state.model_dataset.class_names[:3]) + "…"))
            self.table.setRowCount(0)
            return
        if self.score is None:
            return
        report, spec = state.report, state.model_dataset
        rows = [(tr("{dataset} test set").format(dataset=spec.title), report.evaluation) if report else None,
                (tr("{folder} (all)").format(folder=self.folder.name), self.score.evaluation)]
        rows = [(text, len(ev.labels), ev.accuracy) for text, ev in (r for r in rows if r is not None)]
        rows += [("    " + tr("drawn by {writer}").format(writer=name), count, accuracy)
                 for name, count, accuracy in self.score.per_writer()]
        self.table.setRowCount(len(rows))
        for row, (text, count, accuracy) in enumerate(rows):
            for column, value in enumerate((text, number(count, ","), number(accuracy, ".1%"))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if report:
            gap = (report.evaluation.accuracy - self.score.evaluation.accuracy) * 100
            self.handwritingLabel.setText(tr("{gap} points lower on {folder} than on the test set: the network is "
                                             "only as good as its data's likeness to what it meets. Fine-tune it "
                                             "there: Train → Start from.").format(
                gap=number(gap, ".1f"), folder=self.folder.name) if gap > 1 else tr(
                "About as good on {folder} as on the test set.").format(folder=self.folder.name))
        else:
            self.handwritingLabel.setText(tr("On {folder}").format(folder=self.folder.name))

    def close_jobs(self) -> None:
        self.jobs.close()
