"""The teacher's Class view: every seat's runs, live, the chosen ones' curves overlaid; a challenge's
leaderboard; a seat's model on the projector; the class's shared drawings saved as one image folder.

It reads the class server with the teacher's login (`teacher.json` in the class's folder) on a
background task every `REFRESH_MS`, never on the GUI thread. "Show on the projector" fetches the
chosen run's checkpoint and opens it as any model file opens (`MainWindow.open_model`: checked,
weights only, nothing in it runs), so Draw, Explore and Evaluate show that student's network.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cnngui.i18n import N_, number, tr
from cnngui.ui.look.appearance import zoom
from cnngui.ui.widgets.choices import refill
from cnngui.ui.widgets.compare_plots import ComparePlots, RunCurves
from cnngui.ui.widgets.dialogs import Dialog
from cnngui.ui.window.class_votes import ClassVotes

REFRESH_MS = 5000
COLUMNS = (("student", N_("Student")), ("run", N_("Run")), ("network", N_("Network")), ("parameters", N_("Parameters")),
           ("best_test_accuracy", N_("Best test accuracy")), ("seconds", N_("Time")), ("status", N_("Status")))


def _read_class(state, client):
    """(runs, challenges, {challenge: leaderboard}, {shared dataset: seats}) from the server: plain values."""
    from cnngui.core.classroom.drawings import class_datasets
    from cnngui.core.classroom.teacher import class_experiments, class_runs, leaderboards
    from cnngui.core.classroom.votes import class_answers

    experiments = class_experiments(client)  # once for the runs, the drawings and the answers
    rows = class_runs(client, experiments)
    found, boards = leaderboards(client, rows)
    datasets = {name: len(seats) for name, seats in class_datasets(client, experiments).items()}
    return rows, found, boards, datasets, class_answers(client, experiments)


def _read_curves(state, client, rows: list[dict]) -> dict:
    """{run id: its curves} of these runs (metric histories from the server)."""
    from cnngui.core.classroom.teacher import run_curves

    return {row["run_id"]: {**run_curves(client, row), "status": row["status"]} for row in rows}


def _save_drawings(state, client, name: str, out: Path) -> dict:
    from cnngui.core.classroom.drawings import save_class_dataset

    return save_class_dataset(client, name, out, progress=lambda done, total: state.report_progress((done, total)))


def _fetch_model(state, client, row: dict, into: Path) -> str:
    from cnngui.core.classroom.teacher import download_model

    return str(download_model(client, row, into))


def _write_report(state, client, path: Path) -> str:
    from cnngui.core.classroom.votes import class_report, write_report_csv

    header, rows = class_report(client)
    write_report_csv(header, rows, path)
    return tr("The gradebook ({students} students, {columns} questions and challenges) is in {file}.").format(
        students=len(rows), columns=len(header) - 3, file=path)


def _column(*widgets) -> QWidget:
    """Widgets one under the other (a widget, or (widget, stretch))."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    for item in widgets:
        widget, stretch = item if isinstance(item, tuple) else (item, 0)
        layout.addWidget(widget, stretch)
    return holder


def _cell(key: str, value) -> str:
    if value is None or value == "":
        return "–"
    if key == "parameters":
        return number(value, ",")
    if key == "best_test_accuracy":
        return number(value * 100, ".2f") + " %"
    if key == "seconds":
        return number(value, ".0f") + " s"
    return str(value)


class ClassView(Dialog):
    def __init__(self, window, folder) -> None:
        super().__init__(window, objectName="classView")
        self.window_ = window
        self.folder = folder
        self.client = folder.client()
        self.rows: list[dict] = []
        self.boards: dict[str, list[dict]] = {}
        self._reading = False
        self.setWindowTitle(tr("Class view"))
        available = window.screen().availableGeometry() if window.screen() else None
        self.resize(min(1100, available.width() - 40) if available else 1100,
                    min(760, available.height() - 60) if available else 760)
        self.runsTable = QTableWidget(0, len(COLUMNS), objectName="classRunsTable")
        self.runsTable.setHorizontalHeaderLabels([tr(title) for _, title in COLUMNS])
        self.runsTable.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.runsTable.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
        self.runsTable.setToolTip(tr("Choose runs (Ctrl or Shift for several) to overlay their curves below"))
        self.runsTable.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.runsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.runsTable.horizontalHeader().setStretchLastSection(True)
        self.challengeCombo = QComboBox(objectName="classChallengeCombo")
        self.challengeCombo.currentTextChanged.connect(self._show_board)
        self.leaderboard = QListWidget(objectName="classLeaderboard", wordWrap=True)
        self.leaderboard.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # entries wrap instead
        self.leaderboard.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.ruleLabel = QLabel("", objectName="classChallengeRule", wordWrap=True)
        self.titles: dict[str, str] = {}
        self.showButton = QPushButton(tr("Show on the projector"), objectName="classShowButton", enabled=False)
        self.showButton.setToolTip(tr("The chosen run's model becomes the model of Draw, Explore and Evaluate."))
        self.showButton.clicked.connect(self.show_on_projector)
        self.runsTable.itemSelectionChanged.connect(self._selection_changed)
        self.plots = ComparePlots("class")
        self.curves: dict[str, dict] = {}  # run id -> its curves, read once a run has ended
        self._reading_curves = False
        self.datasetCombo = QComboBox(objectName="classDatasetCombo")
        self.datasetButton = QPushButton(tr("Save as an image folder…"), objectName="classDatasetButton",
                                         enabled=False)
        self.datasetButton.setToolTip(tr("Every seat's drawings of the chosen shared dataset as one image folder, "
                                         "a writer per student: train on it, or evaluate per writer"))
        self.datasetButton.clicked.connect(self._choose_dataset_folder)
        self.statusLabel = QLabel(tr("Reading the class…"), objectName="classViewStatus", wordWrap=True)
        self.votes = ClassVotes()
        side = QTabWidget(objectName="classSideTabs")
        side.setMinimumWidth(round(270 * zoom()))  # a leaderboard's entries read whole
        side.addTab(_column(self.challengeCombo, self.ruleLabel, (self.leaderboard, 1),
                            QLabel(tr("The class's drawings:")), self.datasetCombo, self.datasetButton),
                    tr("Challenge"))
        side.addTab(self.votes, tr("Questions"))
        self.reportButton = QPushButton(tr("Gradebook (CSV)…"), objectName="classReportButton")
        self.reportButton.setToolTip(tr("A row per student: runs, best accuracy, each lesson question's first and "
                                        "latest answer, each challenge's place"))
        self.reportButton.clicked.connect(self._choose_report_file)
        runs = QSplitter(Qt.Orientation.Vertical)
        runs.addWidget(self.runsTable)
        runs.addWidget(self.plots)
        runs.setStretchFactor(0, 1)
        runs.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(runs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.statusLabel, 1)
        bottom.addWidget(self.reportButton)
        bottom.addWidget(self.showButton)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Read the class again (in the background); a read still under way is left to finish."""
        if self._reading:
            return
        from cnngui.ui.tasks import run_task

        self._reading = True
        run_task(_read_class, self.client, on_result=self._fill, on_failed=self._failed,
                 on_done=self._read_done, name="cnngui-class-view")

    def _read_done(self) -> None:
        self._reading = False

    def _failed(self, text: str) -> None:
        self.statusLabel.setText(tr("The class server can't be read: {error}").format(error=text))

    def _fill(self, result) -> None:
        rows, challenges, boards, datasets, answers = result
        chosen = {row["run_id"] for row in self._selected_rows()}
        self._fill_datasets(datasets)
        self.rows, self.boards = rows, boards
        self.titles = {c["name"]: c["title"] for c in challenges}
        self.runsTable.setRowCount(len(rows))
        self.runsTable.blockSignals(True)  # one redraw after the whole table, not one per row
        self.runsTable.clearSelection()
        for r, row in enumerate(rows):
            for c, (key, _) in enumerate(COLUMNS):
                item = QTableWidgetItem(_cell(key, row.get(key)))
                if key in ("parameters", "best_test_accuracy", "seconds"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.runsTable.setItem(r, c, item)
            if row["run_id"] in chosen:
                self.runsTable.selectionModel().select(
                    self.runsTable.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows)
        self.runsTable.blockSignals(False)
        self._selection_changed()
        refill(self.challengeCombo, [(c["name"], c["name"], c["title"]) for c in challenges])
        self._show_board(self.challengeCombo.currentText())
        students = len({row["student"] for row in rows} | {seat["student"] for seat in answers})
        self.votes.fill(answers, students)
        running = sum(row["status"] == "RUNNING" for row in rows)
        from cnngui.core.classroom.teacher import claims

        said = claims(rows)  # runs that call themselves someone else's: shown under their owner, and said
        self.statusLabel.setText(tr("{runs} runs of {students} students, {running} training now; read at {url}.")
                                 .format(runs=len(rows), students=students, running=running, url=self.client.url)
                                 + "".join("\n" + line for line in said[:3]))

    def _show_board(self, name: str) -> None:
        self.leaderboard.clear()
        self.ruleLabel.setText(self.titles.get(name, ""))
        for entry in self.boards.get(name, []):
            accuracy = _cell("best_test_accuracy", entry["best_test_accuracy"])
            self.leaderboard.addItem(f"{entry['place']}. {entry['student']}\n    {accuracy}, "
                                     f"{_cell('parameters', entry['parameters'])} {tr('parameters')}, "
                                     f"{_cell('seconds', entry['seconds'])}")
        if name and not self.boards.get(name):
            self.leaderboard.addItem(tr("No qualifying run yet."))

    def _selected_rows(self) -> list[dict]:
        chosen = self.runsTable.selectionModel().selectedRows() if self.runsTable.selectionModel() else []
        return [self.rows[i] for i in sorted(index.row() for index in chosen) if i < len(self.rows)]

    def _selected_row(self) -> dict | None:
        rows = self._selected_rows()
        return rows[0] if rows else None

    # -- the chosen runs' curves ------------------------------------------------------------------
    def _selection_changed(self) -> None:
        self.showButton.setEnabled(bool(self._selected_rows()))
        self._draw_curves()
        wanted = [row for row in self._selected_rows()  # new, still growing, or ended since they were read
                  if self.curves.get(row["run_id"], {}).get("status") != row["status"] or row["status"] == "RUNNING"]
        if wanted and not self._reading_curves:
            from cnngui.ui.tasks import run_task

            self._reading_curves = True
            run_task(_read_curves, self.client, wanted, on_result=self._curves_read, on_failed=self._failed,
                     on_done=self._curves_done, name="cnngui-class-curves")

    def _curves_read(self, curves: dict) -> None:
        self.curves.update(curves)
        self._draw_curves()

    def _curves_done(self) -> None:
        self._reading_curves = False

    def _draw_curves(self) -> None:
        shown = []
        for row in self._selected_rows():
            curve = self.curves.get(row["run_id"])
            if curve is not None:
                shown.append(RunCurves(f"{row['student']}: {row['run']}", np.array(curve["loss_epochs"]),
                                       np.array(curve["losses"]), np.array(curve["epochs"], dtype=float),
                                       np.array(curve["accuracy"])))
        self.plots.draw(shown, tr("epoch"))

    # -- the gradebook ----------------------------------------------------------------------------
    def _choose_report_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, tr("Save the gradebook"), "class-report.csv",
                                              tr("CSV files (*.csv)"))
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path):
        """The gradebook as `cnngui class report --csv` writes it, read and written in the background."""
        from cnngui.ui.tasks import run_task

        self.reportButton.setEnabled(False)
        return run_task(_write_report, self.client, path, on_result=self.statusLabel.setText,
                        on_failed=self._failed, on_done=lambda: self.reportButton.setEnabled(True),
                        name="cnngui-class-report")

    # -- the class's drawings ---------------------------------------------------------------------
    def _fill_datasets(self, datasets: dict[str, int]) -> None:
        names = sorted(datasets)
        refill(self.datasetCombo, [(tr("{name} ({count} students)").format(name=name, count=datasets[name]), name, "")
                                   for name in names])
        self.datasetButton.setEnabled(bool(names))
        self.datasetCombo.setToolTip("" if names else tr("No seat has shared drawings yet (Draw → Add to my dataset…, "
                                                         "Shared with the class)"))

    def _choose_dataset_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name = self.datasetCombo.currentData()
        if not name:
            return
        chosen = QFileDialog.getExistingDirectory(self, tr("Where to save the class's drawings"))
        if chosen:
            self.save_drawings(name, Path(chosen) / name)

    def save_drawings(self, name: str, out: Path):
        """Fetch every seat's drawings of `name` into `out` (in the background); the status line says the rest."""
        from cnngui.ui.tasks import run_task

        self.datasetButton.setEnabled(False)
        self.statusLabel.setText(tr("Fetching the class's drawings of {name}…").format(name=name))

        def saved(result: dict) -> None:
            self.statusLabel.setText(tr("{count} drawings of {students} students saved in {folder}: train on them "
                                        "(Train → Image folder…) or evaluate them per writer (Evaluate).").format(
                count=result["drawings"], students=len(result["students"]), folder=result["folder"]))

        def fetched(value) -> None:
            self.statusLabel.setText(tr("Fetching the class's drawings of {name}: {done} of {total}…").format(
                name=name, done=value[0], total=value[1]))

        return run_task(_save_drawings, self.client, name, out, on_result=saved, on_failed=self._failed,
                        on_progress=fetched,
                        on_done=lambda: self.datasetButton.setEnabled(True), name="cnngui-class-drawings")

    def show_on_projector(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        from cnngui.ui.tasks import run_task

        shown = self.folder.root / "shown"
        self.showButton.setEnabled(False)
        self.statusLabel.setText(tr("Fetching {student}'s model…").format(student=row["student"]))
        run_task(_fetch_model, self.client, row, shown, on_result=lambda path: self._open(Path(path), row),
                 on_failed=self._failed, on_done=lambda: self.showButton.setEnabled(True), name="cnngui-class-model")

    def _open(self, path: Path, row: dict) -> None:
        if self.window_.open_model(path):
            self.statusLabel.setText(tr("{student}'s model ({run}) is on the projector: Draw, Explore and Evaluate "
                                        "show it.").format(student=row["student"], run=row["run"]))

    def closeEvent(self, event) -> None:
        self._timer.stop()
        super().closeEvent(event)


def open_class_view(window, folder=None) -> ClassView | None:
    """The Class view of the class in `folder` (default: the teacher's usual folder, else one chosen)."""
    from PySide6.QtWidgets import QFileDialog

    from cnngui.core.classroom.server import TEACHER, ClassFolder, default_dir
    from cnngui.errors import UserError
    from cnngui.ui.widgets.dialogs import show_error

    if folder is None:
        folder = default_dir()
        if not (folder / TEACHER).is_file():
            chosen = QFileDialog.getExistingDirectory(window, tr("The class's folder (where class serve runs)"))
            if not chosen:
                return None
            folder = Path(chosen)
    try:
        view = ClassView(window, ClassFolder(Path(folder)))
    except UserError as exc:
        show_error(window, tr("Cannot open the Class view"), str(exc))
        return None
    view.show()
    return view
