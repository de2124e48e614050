"""Compare runs (Train tab): every kept training in a list; tick several to overlay their curves.

The runs themselves live in `core.runs`; this view lists them, draws ticked ones on one pair of
plots (against epochs, images seen or training time), renames, deletes, opens a run's model
for Draw, Explore and Evaluate, and opens its timeline and the experiments.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.training.runs import Run, RunError, RunStore
from cnngui.i18n import N_, number, tr
from cnngui.ui.app_state import AppState
from cnngui.ui.look.appearance import text_style
from cnngui.ui.widgets.compare_plots import ComparePlots, RunCurves
from cnngui.ui.widgets.dialogs import confirm, show_error
from cnngui.ui.widgets.flow_layout import FlowLayout, group
from cnngui.ui.widgets.splitter import splitter

X_AXES = {"epoch": N_("epoch"), "images": N_("images seen"), "seconds": N_("training time (s)")}
COLUMNS = (N_("run"), N_("date"), N_("network"), N_("parameters"), N_("best test"), N_("time"), N_("device"))


def run_x(run: Run, epochs: np.ndarray, axis: str) -> np.ndarray:
    """Positions in epochs (fractions allowed) as the chosen x axis."""
    if axis == "images":
        return epochs * run.batches_per_epoch * run.batch_size
    if axis == "seconds":
        seconds = np.array([h["seconds"] for h in run.history], dtype=float)
        if not len(seconds):
            return epochs * 0
        ends = np.concatenate([[0.0], np.cumsum(seconds)])
        whole = np.clip(np.floor(epochs).astype(int), 0, len(seconds))
        part = epochs - whole
        per = np.append(seconds, seconds[-1])[np.clip(whole, 0, len(seconds))]
        return ends[whole] + part * per
    return epochs


def _curves(run: Run, axis: str) -> RunCurves:
    losses = np.asarray(run.batch_losses, dtype=float)
    epochs = np.array([h["epoch"] for h in run.history], dtype=float)
    return RunCurves(run.name, run_x(run, np.arange(1, len(losses) + 1) / run.batches_per_epoch, axis), losses,
                     run_x(run, epochs, axis), np.array([h["test_accuracy"] for h in run.history], dtype=float))


class RunsView(QWidget):
    def __init__(self, state: AppState, root: Callable[[], Path | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.root = root
        self.runs: list[Run] = []
        self.ticked: set[str] = set()
        self._filling = False
        self.timelines: dict[str, QWidget] = {}  # run id -> its timeline dialog, reused
        self.experiments = None
        self._build()
        state.sig_training_changed.connect(lambda running: None if running else self.refresh())

    @property
    def store(self) -> RunStore | None:
        root = self.root()
        return RunStore(root) if root is not None else None

    def _build(self) -> None:
        self.runsTable = QTableWidget(objectName="runsTable", columnCount=len(COLUMNS))
        self.runsTable.setHorizontalHeaderLabels([tr(title) for title in COLUMNS])
        self.runsTable.verticalHeader().setVisible(False)
        self.runsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runsTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.runsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.runsTable.setToolTip(tr("Tick runs to overlay their curves; double-click a name to rename the run"))
        self.runsTable.itemChanged.connect(self._item_changed)
        self.runsTable.itemSelectionChanged.connect(self._selection_changed)

        self.runsXAxisCombo = QComboBox(objectName="runsXAxisCombo")
        for key, title in X_AXES.items():
            self.runsXAxisCombo.addItem(tr(title), key)
        self.runsXAxisCombo.currentIndexChanged.connect(self.redraw)
        self.openRunButton = QPushButton(tr("Use this model"), objectName="openRunButton")
        self.openRunButton.setToolTip(tr("Make the selected run's model the current one (Draw, Explore, Evaluate)"))
        self.openRunButton.clicked.connect(self.open_selected)
        self.timelineButton = QPushButton(tr("Timeline…"), objectName="timelineButton")
        self.timelineButton.setToolTip(tr("Scrub through the selected run's snapshots: watch its filters form"))
        self.timelineButton.clicked.connect(self.open_timeline)
        self.deleteRunButton = QPushButton(tr("Delete"), objectName="deleteRunButton")
        self.deleteRunButton.clicked.connect(self.delete_selected)
        self.experimentButton = QPushButton(tr("Experiments…"), objectName="experimentButton")
        self.experimentButton.setToolTip(tr("Why CNNs for images (dense network vs seed CNN, shift test), "
                                         "why we need CUDA (CPU vs GPU speed)"))
        self.experimentButton.clicked.connect(self.open_experiments)
        for button in (self.openRunButton, self.timelineButton, self.deleteRunButton):
            button.setEnabled(False)
        self.skippedLabel = QLabel("", objectName="runsSkippedLabel", wordWrap=True)
        text_style(self.skippedLabel, tone="warn")
        self.runsHintLabel = QLabel("", objectName="runsHintLabel")
        text_style(self.runsHintLabel, tone="muted")

        buttons = FlowLayout()  # wraps rather than widening the window where words are longer
        buttons.addWidget(group(QLabel(tr("x axis")), self.runsXAxisCombo))
        buttons.add_stretch()
        for button in (self.openRunButton, self.timelineButton, self.deleteRunButton, self.experimentButton):
            buttons.addWidget(button)

        self.plots = ComparePlots("runs")
        self.runsLossPlot, self.runsAccuracyPlot = self.plots.lossPlot, self.plots.accuracyPlot
        body = splitter(Qt.Orientation.Vertical, (self.runsTable, 2), (self.plots, 3))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.skippedLabel)
        layout.addWidget(self.runsHintLabel)
        layout.addWidget(body, 1)

    # ---- the list ----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        store = self.store
        self.runs, skipped = store.list() if store is not None else ([], [])
        self.skippedLabel.setText(" ".join(skipped))
        self.skippedLabel.setVisible(bool(skipped))
        known = {run.id for run in self.runs}
        self.ticked &= known
        self._filling = True
        self.runsTable.setRowCount(len(self.runs))
        for row, run in enumerate(self.runs):
            s = run.summary()
            best = number(s['best_test_accuracy'], ".2%") if s["best_test_accuracy"] is not None else "-"
            state = "" if run.state == "finished" else f" ({run.state})"
            values = [run.name, run.created.replace("T", " ")[:16], f"{s['network']} · {s['dataset']}",
                      number(run.params, ","), best, f"{run.seconds:.0f} s{state}", run.device]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
                    item.setCheckState(Qt.CheckState.Checked if run.id in self.ticked else Qt.CheckState.Unchecked)
                    item.setData(Qt.ItemDataRole.UserRole, run.id)
                else:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.runsTable.setItem(row, column, item)
        self._filling = False
        self._selection_changed()
        self.redraw()

    def tick(self, run_id: str, on: bool = True) -> None:
        for row, run in enumerate(self.runs):
            if run.id == run_id:
                self.runsTable.item(row, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        run = self.runs[item.row()]
        if item.checkState() == Qt.CheckState.Checked:
            self.ticked.add(run.id)
        else:
            self.ticked.discard(run.id)
        name = item.text().strip()
        if name and name != run.name:
            try:
                self.store.rename(run, name)
            except OSError as exc:
                show_error(self, tr("Cannot rename the run"), str(exc))
        self.redraw()

    def selected_run(self) -> Run | None:
        rows = self.runsTable.selectionModel().selectedRows() if self.runsTable.selectionModel() else []
        return self.runs[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        run = self.selected_run()
        for button in (self.openRunButton, self.deleteRunButton):
            button.setEnabled(run is not None)
        self.timelineButton.setEnabled(run is not None and bool(run.snapshots))

    # ---- the overlay -------------------------------------------------------------------------------
    def redraw(self) -> None:
        axis = self.runsXAxisCombo.currentData() or "epoch"
        shown = [run for run in self.runs if run.id in self.ticked]
        self.runsHintLabel.setText(
            "" if shown else tr("No runs yet: each training you start is kept here.") if not self.runs
            else tr("Tick runs in the list to draw their curves on the plots below."))
        self.runsHintLabel.setVisible(not shown)
        self.plots.draw([_curves(run, axis) for run in shown], tr(X_AXES[axis]))

    # ---- actions -----------------------------------------------------------------------------------
    def open_selected(self) -> None:
        from cnngui.core.model_files.checkpoint import load_checkpoint
        from cnngui.errors import UserError

        run = self.selected_run()
        if run is None:
            return
        try:
            self.state.set_checkpoint(load_checkpoint(run.checkpoint_path), tr("run {name}").format(name=run.name))
        except (UserError, OSError) as exc:
            show_error(self, tr("Cannot open the run's model"), f"{run.name}: {exc}")
            return
        self.state.messages.status(tr("Using the model of run “{name}”").format(name=run.name))

    def delete_selected(self) -> None:
        run = self.selected_run()
        if run is None:
            return
        def delete() -> None:
            self.store.delete(run)
            self.timelines.pop(run.id, None)
            self.refresh()

        confirm(self, tr("Delete run"), tr("Delete the run “{name}”, its model and its snapshots?").format(
            name=run.name),
                tr("Delete"), delete)

    def open_timeline(self) -> None:
        run = self.selected_run()
        if run is None:
            return
        from cnngui.ui.tabs.train.timeline import TimelineDialog

        dialog = self.timelines.get(run.id)
        if dialog is None:
            try:
                dialog = self.timelines[run.id] = TimelineDialog(self.state, self.store, run, self)
            except (RunError, OSError) as exc:
                show_error(self, tr("Cannot open the timeline"), str(exc))
                return
        dialog.show()
        dialog.raise_()

    def open_experiments(self):
        from cnngui.ui.tabs.train.experiments import ExperimentsDialog

        if self.experiments is None:
            self.experiments = ExperimentsDialog(self.state, self, on_runs_changed=self.refresh)
        self.experiments.show()
        self.experiments.raise_()
        return self.experiments
