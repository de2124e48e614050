"""The teacher's Class view: every seat's runs, live; a challenge's leaderboard; a seat's model on the projector.

It reads the class server with the teacher's login (`teacher.json` in the class's folder) on a
background task every `REFRESH_MS`, never on the GUI thread. "Show on the projector" fetches the
chosen run's checkpoint and opens it as any model file opens (`MainWindow.open_model`: checked,
weights only, nothing in it runs), so Draw, Explore and Evaluate show that student's network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnngui.i18n import N_, number, tr

REFRESH_MS = 5000
COLUMNS = (("student", N_("Student")), ("run", N_("Run")), ("network", N_("Network")), ("parameters", N_("Parameters")),
           ("best_test_accuracy", N_("Best test accuracy")), ("seconds", N_("Time")), ("status", N_("Status")))


def _read_class(state, client):
    """(runs, challenges, {challenge: leaderboard}) from the server: plain values for the view."""
    from cnngui.core.classroom.teacher import challenges, class_runs, leaderboard

    rows = class_runs(client)
    found = challenges(client)
    boards = {c["name"]: leaderboard(client, c["name"], rows)[1] for c in found}
    return rows, found, boards


def _fetch_model(state, client, row: dict, into: Path) -> str:
    from cnngui.core.classroom.teacher import download_model

    return str(download_model(client, row, into))


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


class ClassView(QDialog):
    def __init__(self, window, folder) -> None:
        super().__init__(window, objectName="classView")
        self.window_ = window
        self.folder = folder
        self.client = folder.client()
        self.rows: list[dict] = []
        self.boards: dict[str, list[dict]] = {}
        self._reading = False
        self.setWindowTitle(tr("Class view"))
        self.resize(980, 560)
        self.runsTable = QTableWidget(0, len(COLUMNS), objectName="classRunsTable")
        self.runsTable.setHorizontalHeaderLabels([tr(title) for _, title in COLUMNS])
        self.runsTable.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.runsTable.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.runsTable.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.runsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.runsTable.horizontalHeader().setStretchLastSection(True)
        self.challengeCombo = QComboBox(objectName="classChallengeCombo")
        self.challengeCombo.currentTextChanged.connect(self._show_board)
        self.leaderboard = QListWidget(objectName="classLeaderboard")
        self.ruleLabel = QLabel("", objectName="classChallengeRule", wordWrap=True)
        self.titles: dict[str, str] = {}
        self.showButton = QPushButton(tr("Show on the projector"), objectName="classShowButton", enabled=False)
        self.showButton.setToolTip(tr("The chosen run's model becomes the model of Draw, Explore and Evaluate."))
        self.showButton.clicked.connect(self.show_on_projector)
        self.runsTable.itemSelectionChanged.connect(
            lambda: self.showButton.setEnabled(bool(self.runsTable.selectedItems())))
        self.statusLabel = QLabel(tr("Reading the class…"), objectName="classViewStatus", wordWrap=True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(tr("Challenge:")))
        side_layout.addWidget(self.challengeCombo)
        side_layout.addWidget(self.ruleLabel)
        side_layout.addWidget(self.leaderboard, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.runsTable)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.statusLabel, 1)
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
        rows, challenges, boards = result
        chosen = self._selected_row()
        self.rows, self.boards = rows, boards
        self.titles = {c["name"]: c["title"] for c in challenges}
        self.runsTable.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (key, _) in enumerate(COLUMNS):
                item = QTableWidgetItem(_cell(key, row.get(key)))
                if key in ("parameters", "best_test_accuracy", "seconds"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.runsTable.setItem(r, c, item)
            if chosen is not None and row["run_id"] == chosen["run_id"]:
                self.runsTable.selectRow(r)
        names = [c["name"] for c in challenges]
        if names != [self.challengeCombo.itemText(i) for i in range(self.challengeCombo.count())]:
            current = self.challengeCombo.currentText()
            self.challengeCombo.clear()
            for challenge in challenges:
                self.challengeCombo.addItem(challenge["name"])
                self.challengeCombo.setItemData(self.challengeCombo.count() - 1, challenge["title"],
                                                Qt.ItemDataRole.ToolTipRole)
            if current in names:
                self.challengeCombo.setCurrentText(current)
        self._show_board(self.challengeCombo.currentText())
        students = len({row["student"] for row in rows})
        running = sum(row["status"] == "RUNNING" for row in rows)
        self.statusLabel.setText(tr("{runs} runs of {students} students, {running} training now; read at {url}.")
                                 .format(runs=len(rows), students=students, running=running, url=self.client.url))

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

    def _selected_row(self) -> dict | None:
        rows = self.runsTable.selectionModel().selectedRows() if self.runsTable.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

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
