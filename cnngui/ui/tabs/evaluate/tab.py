"""The Evaluate tab: where the current model is wrong, and how far to trust its confidence.

It shows the application state's test report for the current model (made in the background,
once per model, when the tab is shown): overall figures, a confusion matrix whose cells open
the images behind them, per-class precision and recall, the most confident mistakes, and a
reliability diagram before and after temperature scaling. A click on an image makes it the
state's picture, so Draw and Explore show it; a double click goes to Draw.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.evaluation.report import ModelReport
from cnngui.i18n import number, tr
from cnngui.ui.app_state import AppState
from cnngui.ui.look import access
from cnngui.ui.look.appearance import color, text_style
from cnngui.ui.tabs import LessonHooks
from cnngui.ui.tabs.base import Tab
from cnngui.ui.widgets.curves import legend_below
from cnngui.ui.widgets.images import pixmap_of, still_plot
from cnngui.ui.widgets.splitter import splitter

GALLERY_LIMIT = 120  # images shown per cell: a diagonal cell holds a thousand
ICON = 64
MISTAKES = "mistakes"
MIN_BIN = 5  # a reliability bar from fewer answers than this says nothing


def cell_color(share: float, diagonal: bool) -> QColor:
    """Green for right answers, red for mistakes, stronger with a larger share of the row."""
    strength = min(1.0, share ** 0.5) if share > 0 else 0.0
    base = (44, 160, 44) if diagonal else (214, 39, 40)
    r, g, b = (round(255 + (c - 255) * strength * 0.85) for c in base)
    return QColor(r, g, b)


class EvaluateTab(Tab):
    def __init__(self, state: AppState, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(state, settings, parent)
        self.selection: tuple[int, int] | str | None = None  # (true, predicted) or MISTAKES
        self.shown_indices: np.ndarray = np.zeros(0, int)
        self._shown_report: ModelReport | None = None
        self._build()
        state.sig_model_changed.connect(self._model_changed)
        state.sig_report_changed.connect(self._report_changed)
        state.sig_report_progress.connect(self._progress)

    def _build(self) -> None:
        top = self._build_summary_row()
        vertical = Qt.Orientation.Vertical
        left = splitter(vertical, (self._build_matrix_box(), 3), (self._build_class_box(), 2))
        from cnngui.ui.tabs.evaluate.handwriting import HandwritingBox

        self.handwriting = HandwritingBox(self.state)
        below = QTabWidget(objectName="evaluateMoreTabs")  # two views that share the room under the gallery
        below.addTab(self.handwriting, tr("Our handwriting"))
        below.addTab(self._build_reliability_box(), tr("Honest confidence"))
        gallery = self._build_gallery_box()
        right = splitter(vertical, (gallery, 3), (below, 2))
        self._figures = [left, gallery, below.widget(1)]  # what belongs to the model shown: greyed while another's come
        body = splitter(Qt.Orientation.Horizontal, (left, 1), (right, 1))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.evaluateStatusLabel)
        layout.addWidget(body, 1)

    def _build_summary_row(self) -> QHBoxLayout:
        self.evaluateStatusLabel = QLabel("", objectName="evaluateStatusLabel", wordWrap=True)
        self.evaluateProgress = QProgressBar(objectName="evaluateProgress", maximumWidth=260, visible=False)
        self.summaryLabel = QLabel("", objectName="accuracyLabel", wordWrap=True)
        text_style(self.summaryLabel, 13)
        top = QHBoxLayout()
        top.addWidget(self.summaryLabel, 1)
        top.addWidget(self.evaluateProgress)
        return top

    def _build_matrix_box(self) -> QGroupBox:
        """The confusion matrix, its cells clickable."""
        self.confusionTable = QTableWidget(objectName="confusionTable")
        self.confusionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.confusionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.confusionTable.setToolTip(tr("Rows: the true class. Columns: the network's answer. "
                                          "Click a cell to see its images."))
        for header in (self.confusionTable.horizontalHeader(), self.confusionTable.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.confusionTable.cellClicked.connect(self._cell_chosen)
        # the keyboard: the arrow keys move the current cell, which shows its images as a click does
        self.confusionTable.currentCellChanged.connect(lambda row, column, *_: self._cell_chosen(row, column))
        self.confusionTable.setTextElideMode(Qt.TextElideMode.ElideNone)  # "1135" must show whole, not "11…"
        self.confusionTable.setWordWrap(False)
        font = self.confusionTable.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        self.confusionTable.setFont(font)
        self.rowShareCheck = QCheckBox(tr("Show each cell as a % of its row"), objectName="rowShareCheck")
        self.rowShareCheck.setToolTip(tr("Each row as shares of its true class, so classes of different sizes compare"))
        self.rowShareCheck.toggled.connect(self._fill_matrix)
        matrix_box = QGroupBox(tr("Confusion matrix: rows are the true class, columns the answer"))
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.addWidget(self.confusionTable, 1)
        matrix_layout.addWidget(self.rowShareCheck)
        return matrix_box

    def _build_class_box(self) -> QGroupBox:
        """Accuracy, precision and recall per class."""
        self.perClassTable = QTableWidget(objectName="perClassTable", columnCount=5)
        self.perClassTable.setHorizontalHeaderLabels([tr("class"), tr("accuracy"), tr("precision"), tr("recall"),
                                                      tr("images")])
        self.perClassTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.perClassTable.verticalHeader().setVisible(False)
        self.perClassTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.perClassTable.setToolTip(tr("Precision: of the images it called this class, the share that are.\n"
                                      "Recall: of the images of this class, the share it found."))
        class_box = QGroupBox(tr("Per class"))
        QVBoxLayout(class_box).addWidget(self.perClassTable)
        return class_box

    def _build_gallery_box(self) -> QGroupBox:
        """The test images of a cell, or the most confident mistakes."""
        self.galleryLabel = QLabel(tr("Click a cell of the matrix, or:"), objectName="galleryLabel", wordWrap=True)
        self.mistakesButton = QPushButton(tr("Most confident mistakes"), objectName="mistakesButton")
        self.mistakesButton.setToolTip(tr("Every wrong answer in the test set, the most confident first"))
        self.mistakesButton.clicked.connect(self.show_mistakes)
        self.galleryList = QListWidget(objectName="galleryList")
        self.galleryList.setViewMode(QListWidget.ViewMode.IconMode)
        self.galleryList.setIconSize(QSize(ICON, ICON))
        self.galleryList.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.galleryList.setMovement(QListWidget.Movement.Static)
        self.galleryList.setSpacing(4)
        self.galleryList.setUniformItemSizes(True)
        self.galleryList.setToolTip(tr("Click: open in Draw and Explore. Double-click: go to Draw."))
        self.galleryList.itemClicked.connect(self._open_item)
        self.galleryList.itemActivated.connect(self._go_to_draw)
        gallery_box = QGroupBox(tr("Test images"))
        gallery = QVBoxLayout(gallery_box)
        head = QHBoxLayout()
        head.addWidget(self.galleryLabel, 1)
        head.addWidget(self.mistakesButton)
        gallery.addLayout(head)
        gallery.addWidget(self.galleryList, 1)
        return gallery_box

    def _build_reliability_box(self) -> QGroupBox:
        """The reliability diagram: is its confidence honest, before and after calibration?"""
        self.reliabilityPlot = still_plot("reliabilityPlot")
        self.reliabilityPlot.setLabel("bottom", tr("confidence"))
        self.reliabilityPlot.setLabel("left", tr("share right"))
        self.reliabilityPlot.setXRange(0, 1, padding=0.02)
        self.reliabilityPlot.setYRange(0, 1, padding=0.02)
        legend_below(self.reliabilityPlot, columns=3)
        self.reliabilityPlot.plot([0, 1], [0, 1], pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine), name=tr("honest"))
        self.before_bars = pg.BarGraphItem(x=[], height=[], width=0.045, brush="#9ec5e8", name=tr("as trained"))
        self.after_bars = pg.BarGraphItem(x=[], height=[], width=0.045, brush="#ff7f0e", name=tr("calibrated"))
        self.reliabilityPlot.addItem(self.before_bars)
        self.reliabilityPlot.addItem(self.after_bars)
        self.reliabilityLabel = QLabel("", objectName="reliabilityLabel", wordWrap=True)
        text_style(self.reliabilityLabel, tone="muted")
        reliability_box = QGroupBox(tr("Is its confidence honest?"))
        reliability = QVBoxLayout(reliability_box)
        reliability.addWidget(self.reliabilityPlot, 1)
        reliability.addWidget(self.reliabilityLabel)
        return reliability_box

    # ---- following the state ------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._model_changed()

    def _model_changed(self) -> None:
        if self.isVisible():
            self.state.request_report()
        self._report_changed()

    def _progress(self, done: int, total: int) -> None:
        if self.state.report is None:
            self.evaluateProgress.setRange(0, total)
            self.evaluateProgress.setValue(done)

    def _report_changed(self) -> None:
        report, state = self.state.report, self.state
        self.evaluateProgress.setVisible(report is None and state.report_running)
        if report is None:
            if state.report_running:
                self.evaluateStatusLabel.setText(tr("Evaluating {label} on its test set…").format(label=state.label))
                self.evaluateProgress.setRange(0, 0)  # busy until the first images are done, never the last run's 100%
            elif state.report_problem:
                self.evaluateStatusLabel.setText(state.report_problem)
            elif state.predictor is None:
                self.evaluateStatusLabel.setText(tr("No model yet: train one, or open one from the File menu."))
            # the previous model's figures are not this model's: no summary, the rest greyed until the new ones come
            self.summaryLabel.setText("")
            for figures in self._figures:
                figures.setEnabled(False)
            return
        for figures in self._figures:
            figures.setEnabled(True)
        if report is self._shown_report:
            return
        self._shown_report = report
        ev = report.evaluation
        spec = state.model_dataset
        self.evaluateStatusLabel.setText(tr("Model: {label} · {count} {dataset} test images · classes from {dataset}")
                                         .format(label=state.label, count=number(len(ev.labels), ","),
                                                 dataset=spec.title))
        mistakes = int((ev.predictions != ev.labels).sum())
        self.summaryLabel.setText(tr("<b>{accuracy}</b> right · {mistakes} mistakes of {count} · loss {loss}").format(
            accuracy=number(ev.accuracy, ".2%"), mistakes=number(mistakes, ","), count=number(len(ev.labels), ","),
            loss=number(ev.loss, ".4f")))
        self._fill_matrix()
        self._fill_per_class()
        self._fill_reliability()
        if self.selection == MISTAKES:
            self.show_mistakes()
        elif self.selection is not None and max(self.selection) < ev.num_classes:
            self.select_cell(*self.selection)
        else:
            self.selection = None
            self.galleryList.clear()
            self.galleryLabel.setText(tr("Click a cell of the matrix, or:"))

    # ---- the figures ----------------------------------------------------------------------------
    def _fill_matrix(self) -> None:
        report = self.state.report
        if report is None:
            return
        ev = report.evaluation
        m, names = ev.confusion, ev.classes
        self.confusionTable.setRowCount(len(names))
        self.confusionTable.setColumnCount(len(names))
        self.confusionTable.setHorizontalHeaderLabels(names)
        self.confusionTable.setVerticalHeaderLabels(names)
        rows = m.sum(1, keepdims=True).clip(min=1)
        share_view = self.rowShareCheck.isChecked()
        for i in range(len(names)):
            for j in range(len(names)):
                share = m[i, j] / rows[i, 0]
                text = (number(100 * share, ".1f") if share_view else str(m[i, j])) if m[i, j] else ""
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(cell_color(share, i == j) if m[i, j] else QColor("white")))
                item.setToolTip(tr("true {true}, answered {answer}: {count} images ({share} of the row)").format(
                    true=names[i], answer=names[j], count=m[i, j], share=number(share, ".1%")))
                self.confusionTable.setItem(i, j, item)

    def _fill_per_class(self) -> None:
        rows = self.state.report.evaluation.per_class()
        self.perClassTable.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row["class"], number(row['accuracy'], ".2%"), number(row['precision'], ".2%"),
                      number(row['recall'], ".2%"),
                      number(row['support'], ",")]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.perClassTable.setItem(r, c, item)

    def _fill_reliability(self) -> None:
        calibration = self.state.report.calibration
        if calibration is None:
            self.before_bars.setOpts(x=[], height=[])
            self.after_bars.setOpts(x=[], height=[])
            self.reliabilityLabel.setText(tr("Too few test images to check the confidence."))
            return
        before = [b for b in calibration.before if b.count >= MIN_BIN]
        after = [b for b in calibration.after if b.count >= MIN_BIN]
        self.before_bars.setOpts(x=[(b.lower + b.upper) / 2 - 0.025 for b in before],
                                 height=[b.accuracy for b in before])
        self.after_bars.setOpts(x=[(b.lower + b.upper) / 2 + 0.025 for b in after], height=[b.accuracy for b in after])
        access.describe(self.reliabilityPlot, tr("Calibrated: {bars}.").format(bars=", ".join(
            tr("{sure} sure, {right} right").format(sure=number((b.lower + b.upper) / 2, ".0%"),
                                                    right=number(b.accuracy, ".0%")) for b in after)))
        self.reliabilityLabel.setText(
            tr("Each bar: of the answers given with that confidence, the share that were right (on {held_out} test "
               "images not used to calibrate; bars of fewer than {min_bin} images are left out). On the dashed line, "
               "\"90% sure\" is right 90% of the time. Calibration error {before} as trained, {after} after dividing "
               "the scores by {temperature} (temperature scaling, fitted on the other half).").format(
                held_out=number(calibration.held_out,
                                ","), min_bin=MIN_BIN, before=number(calibration.error_before, ".2%"),
                after=number(calibration.error_after, ".2%"), temperature=number(calibration.temperature, ".2f")))

    # ---- the gallery ----------------------------------------------------------------------------
    def _cell_chosen(self, row: int, column: int) -> None:
        if row >= 0 and column >= 0 and (row, column) != self.selection:  # a click on a new cell moves it too
            self.select_cell(row, column)

    def select_cell(self, true: int, predicted: int) -> None:
        report = self.state.report
        if report is None:
            return
        self.selection = (true, predicted)
        names = report.evaluation.classes
        what = (tr("true {true}, answered {answer}").format(
            true=names[true], answer=names[predicted]) if true != predicted
                else tr("{name}: answered right").format(name=names[true]))
        self._fill_gallery(report.evaluation.examples(true, predicted), what)

    def show_mistakes(self) -> None:
        report = self.state.report
        if report is None:
            return
        self.selection = MISTAKES
        self.confusionTable.clearSelection()
        self._fill_gallery(report.evaluation.examples(mistakes_only=True), tr("every mistake"))

    def _fill_gallery(self, indices: np.ndarray, what: str) -> None:
        report = self.state.report
        ev = report.evaluation
        shown = indices[:GALLERY_LIMIT]
        self.shown_indices = shown
        more = tr(", the first {count} shown").format(count=len(shown)) if len(indices) > len(shown) else ""
        self.galleryLabel.setText(tr("<b>{what}</b>: {count} images, most confident first{more}. "
                                     "Click one to open it in Draw and Explore.").format(
            what=what, count=number(len(indices), ","), more=more))
        self.galleryList.setUpdatesEnabled(False)
        self.galleryList.clear()
        images = report.test_images
        for index in shown:
            index = int(index)
            truth, answer = ev.classes[ev.labels[index]], ev.classes[ev.predictions[index]]
            item = QListWidgetItem(QIcon(pixmap_of(images[index].numpy() / 255.0, ICON)),
                                   f"{answer} {ev.confidences[index]:.0%}")
            item.setToolTip(tr("test image #{index}: true {true}, answered {answer} with {confidence}").format(
                index=index, true=truth, answer=answer, confidence=number(ev.confidences[index], ".1%")))
            item.setData(Qt.ItemDataRole.UserRole, index)
            if ev.labels[index] != ev.predictions[index]:
                item.setForeground(QBrush(color("bad")))
            self.galleryList.addItem(item)
        self.galleryList.setUpdatesEnabled(True)

    def _open_item(self, item: QListWidgetItem) -> None:
        report = self.state.report
        if report is None:
            return
        index = int(item.data(Qt.ItemDataRole.UserRole))
        label = int(report.evaluation.labels[index])
        self.state.show_picture(report.test_images[index].numpy() / 255.0,
                                tr("{dataset} test image #{index}").format(dataset=self.state.model_dataset.title,
                                                                           index=index), label, is_input=True)

    def _go_to_draw(self, item: QListWidgetItem) -> None:
        self._open_item(item)
        self.state.messages.show_tab("draw_tab")

    # ---- what a lesson may do here -------------------------------------------------------------
    def lesson_hooks(self) -> LessonHooks:
        return LessonHooks(parts={"gallery": [self.galleryLabel, self.mistakesButton, self.galleryList],
                                  "reliability": [self.reliabilityLabel, self.reliabilityPlot],
                                  "handwriting": [self.handwriting]})

    def shutdown(self) -> None:
        self.handwriting.close_jobs()
        super().shutdown()
