"""The experiments dialog: the seed's two claims, tested on this machine.

"Why CNNs for images": train the dense baseline and the seed CNN with the same recipe (both
kept as runs), then plot each one's test accuracy as the test images are moved and turned.
"Why we need CUDA": the same short training on the CPU and each CUDA GPU, side by side.
Both run as background tasks; closing the dialog stops them.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.teaching.experiments import ANGLES, SHIFTS, compare_networks, cuda_absence, device_speed
from cnngui.core.training.recipes import preset
from cnngui.i18n import number, tr
from cnngui.ui.app_state import AppState
from cnngui.ui.look import access
from cnngui.ui.look.appearance import sized
from cnngui.ui.look.colormaps import PALETTE
from cnngui.ui.look.slides import offer_slides
from cnngui.ui.tasks import Jobs
from cnngui.ui.widgets.curves import legend_below
from cnngui.ui.widgets.dialogs import Dialog


def _table(object_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(objectName=object_name, columnCount=len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # every header readable
    sized(table, max_h=110)
    return table


def _set_row(table: QTableWidget, row: int, values: list[str]) -> None:
    if table.rowCount() <= row:
        table.setRowCount(row + 1)
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))


class ExperimentsDialog(Dialog):
    def __init__(self, state: AppState, parent: QWidget | None = None,
                 on_runs_changed: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentsDialog")  # kept (not deleted on close): its tasks may still report
        self.setWindowTitle(tr("Experiments"))
        self.state = state
        self.on_runs_changed = on_runs_changed or (lambda: None)
        self.jobs = Jobs()  # the experiments running, by name
        self.networks = []
        self._from_runs = False
        self.speeds = []
        self.pages = QTabWidget(objectName="experimentPages")
        self.pages.addTab(self._build_cnn(), tr("Why CNNs for images?"))
        self.pages.addTab(self._build_cuda(), tr("Why we need CUDA"))
        QVBoxLayout(self).addWidget(self.pages)
        self.finished.connect(self._stop_all)
        self.resize(900, 620)
        offer_slides(self)

    def start_for_lesson(self, action: str) -> None:
        """A lesson's `run: shift-test` or `run: speed-race`: its page shown and started, as a click would."""
        page, button = {"shift-test": (0, self.cnnRunButton), "speed-race": (1, self.cudaRunButton)}[action]
        self.pages.setCurrentIndex(page)
        if button.isEnabled():
            button.click()

    # ---- why CNNs ------------------------------------------------------------------------------------
    def _build_cnn(self) -> QWidget:
        page = QWidget()
        self.cnnEpochsSpin = QSpinBox(objectName="cnnEpochsSpin", minimum=1, maximum=20, value=2)
        self.cnnRunButton = QPushButton(tr("Train both and compare"), objectName="cnnRunButton")
        self.cnnRunButton.clicked.connect(self.run_cnn_experiment)
        self.cnnUseRunsButton = QPushButton(tr("Compare the latest runs of each"), objectName="cnnUseRunsButton")
        self.cnnUseRunsButton.setToolTip(tr("No training: shift-test the newest finished runs of the dense network "
                                         "and the seed CNN"))
        self.cnnUseRunsButton.clicked.connect(self.run_cnn_on_runs)
        self.cnnStatus = QLabel(tr("Trains the dense network and the seed CNN with the fast recipe on the chosen "
                                "dataset, then moves every test image 0–6 pixels and turns it up to 20°."),
                                objectName="cnnStatus", wordWrap=True)
        self.cnnStatus.setMinimumHeight(3 * self.cnnStatus.fontMetrics().lineSpacing())  # never squeezed to a sliver
        self.cnnTable = _table("cnnTable", [tr("network"), tr("parameters"), tr("test"), tr("time"), tr("moved 3 px"),
                                            tr("turned 15°")])
        self.shiftPlot = pg.PlotWidget(title=tr("Test accuracy, test images moved"))
        self.shiftPlot.setObjectName("shiftPlot")  # not a keyword: PlotItem would plot it
        self.shiftPlot.setLabel("bottom", tr("pixels moved"))
        self.rotationPlot = pg.PlotWidget(title=tr("Test accuracy, test images turned"))
        self.rotationPlot.setObjectName("rotationPlot")  # not a keyword: PlotItem would plot it
        self.rotationPlot.setLabel("bottom", tr("degrees turned"))
        for plot in (self.shiftPlot, self.rotationPlot):
            plot.setLabel("left", tr("test accuracy"))
            plot.setYRange(0, 1, padding=0.02)
            plot.showGrid(x=True, y=True, alpha=0.25)
            legend_below(plot)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Epochs each")))
        row.addWidget(self.cnnEpochsSpin)
        row.addWidget(self.cnnRunButton)
        row.addWidget(self.cnnUseRunsButton)
        row.addStretch(1)
        self._update_runs_button()
        plots = QHBoxLayout()
        plots.addWidget(self.shiftPlot)
        plots.addWidget(self.rotationPlot)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.cnnStatus)
        layout.addWidget(self.cnnTable)
        layout.addLayout(plots, 1)
        return page

    def run_cnn_experiment(self, data_provider: Callable | None = None) -> None:
        from cnngui.core.training.runs import RunStore, runs_dir

        provider = data_provider or self.state.load_training_data
        config = preset("fast", epochs=self.cnnEpochsSpin.value(), device="cpu")
        self._clear_cnn()
        self._from_runs = False

        def work(task_state):
            from cnngui.ui.torch_threads import use_training_threads

            use_training_threads()
            task_state.report_progress(tr("Loading the data…"))
            return compare_networks(provider(), config, task_state, RunStore(runs_dir()))

        return self._start(work, "experiment-cnn", self.cnnStatus, self.cnnRunButton, self._cnn_result,
                           self._runs_changed)

    def _runs_changed(self) -> None:
        self.on_runs_changed()
        self._update_runs_button()

    def _latest_runs(self) -> dict:
        from cnngui.core.teaching.experiments import latest_runs_of_each
        from cnngui.core.training.runs import RunStore, runs_dir

        return latest_runs_of_each(RunStore(runs_dir()).list()[0])

    def _update_runs_button(self) -> None:
        found = self._latest_runs()
        self.cnnUseRunsButton.setEnabled(len(found) == 2)
        if len(found) < 2:
            self.cnnUseRunsButton.setToolTip(tr("Needs a finished run of the dense network and one of the seed CNN "
                                             "(build them in the Network tab, or train both here)"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_runs_button()

    def run_cnn_on_runs(self, data_provider: Callable | None = None):
        """The experiment on the newest finished run of each network: no training."""
        from cnngui.core.teaching.experiments import compare_runs

        provider = data_provider or self.state.load_training_data
        runs = self._latest_runs()
        if len(runs) < 2:
            return None
        self._clear_cnn()
        self._from_runs = True

        def work(task_state):
            from cnngui.ui.torch_threads import use_one_thread

            use_one_thread()
            task_state.report_progress(tr("Loading the data…"))
            return compare_runs(runs, provider(), task_state)

        return self._start(work, "experiment-runs", self.cnnStatus, self.cnnUseRunsButton, self._cnn_result)

    def _clear_cnn(self) -> None:
        self.networks = []
        self.cnnTable.setRowCount(0)
        self.shiftPlot.clear()
        self.rotationPlot.clear()

    def _cnn_result(self, result) -> None:
        self.networks.append(result)
        row = len(self.networks) - 1
        _set_row(self.cnnTable, row, [result.title, number(result.params, ","), number(result.test_accuracy, ".2%"),
                                      number(result.seconds, ".0f") + " s",
                                      number(result.shift[SHIFTS.index(3)], ".1%"),
                                      number(result.rotation[ANGLES.index(15)], ".1%")])
        pen = pg.mkPen(PALETTE[row % len(PALETTE)], width=2)
        self.shiftPlot.plot(list(SHIFTS), result.shift, pen=pen, symbol="o", symbolBrush=PALETTE[row],
                            name=result.title)
        self.rotationPlot.plot(list(ANGLES), result.rotation, pen=pen, symbol="o", symbolBrush=PALETTE[row],
                               name=result.title)
        for plot in (self.shiftPlot, self.rotationPlot):
            access.describe_plot(plot)
        if len(self.networks) == 2:
            dense, cnn = self.networks
            self.cnnStatus.setText(
                (tr("Done.") if self._from_runs else tr("Done; both are in the runs list.")) + " "
                + tr("Moved 3 pixels, the dense network keeps {dense} right, the CNN {cnn}, with {ratio}× fewer "
                     "weights: its filters slide over the image, the dense network learnt each pixel position "
                     "apart.").format(dense=number(dense.shift[3], ".0%"), cnn=number(cnn.shift[3], ".0%"),
                                      ratio=number(dense.params / cnn.params, ".1f")))

    # ---- why CUDA -----------------------------------------------------------------------------------
    def _build_cuda(self) -> QWidget:
        page = QWidget()
        self.cudaRunButton = QPushButton(tr("Measure"), objectName="cudaRunButton")
        self.cudaRunButton.clicked.connect(self.run_cuda_experiment)
        missing = cuda_absence()
        self.cudaStatus = QLabel(
            tr("Trains the seed CNN with the seed's recipe (Adam, batch 32) for a few seconds on the CPU and on each "
               "CUDA GPU, and projects the seed's three epochs from the speed.")
            + ("\n\n" + tr("No CUDA GPU here: {reason}. You will see the CPU's figure alone.").format(reason=missing)
               if missing else ""),
            objectName="cudaStatus", wordWrap=True)
        self.cudaTable = _table("cudaTable", [tr("device"), tr("images/s"), tr("seed's 3 epochs"), tr("× the CPU"),
                                              tr("multiply-adds/s")])
        self.cudaTable.setMaximumHeight(16777215)
        row = QHBoxLayout()
        row.addWidget(self.cudaRunButton)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.cudaStatus)
        layout.addWidget(self.cudaTable, 1)
        return page

    def run_cuda_experiment(self, data_provider: Callable | None = None, seconds: float = 4.0):
        provider = data_provider or self.state.load_training_data
        self.speeds = []
        self.cudaTable.setRowCount(0)

        def work(task_state):
            from cnngui.ui.torch_threads import use_training_threads

            use_training_threads()
            return device_speed(provider(), seconds=seconds, control=task_state)

        return self._start(work, "experiment-cuda", self.cudaStatus, self.cudaRunButton, self._cuda_result)

    def _cuda_result(self, speed) -> None:
        self.speeds.append(speed)
        cpu = self.speeds[0].images_per_sec
        _set_row(self.cudaTable, len(self.speeds) - 1,
                 [speed.name, number(speed.images_per_sec, ",.0f"), number(speed.projected_seconds, ",.0f") + " s",
                  f"{speed.images_per_sec / cpu:.1f}×",
                  tr("{count} billion").format(count=number(speed.multiply_adds_per_sec / 1e9, ",.1f"))])
        missing = cuda_absence()
        self.cudaStatus.setText(
            tr("{device}: {rate} images/s, the seed's three epochs in about {seconds} s.").format(
                device=speed.name, rate=number(speed.images_per_sec,
                                               ",.0f"), seconds=number(speed.projected_seconds, ",.0f"))
            + " " + tr("Training on one digit takes {work} million multiply-adds, so that is {rate} billion a second; "
                       "a GPU's thousands of cores do tens of thousands of billions a second (its data sheet), "
                       "when the batches are big enough to keep them busy.").format(
                work=number(speed.multiply_adds_per_image / 1e6, ",.1f"),
                rate=number(speed.multiply_adds_per_sec / 1e9, ",.1f"))
            + (" " + tr("No CUDA GPU here: {reason}. The CPU's figure alone.").format(reason=missing)
               if missing else ""))

    def _start(self, work, name: str, status: QLabel, button: QPushButton, on_partial, on_done=lambda: None):
        """Run an experiment as a task: progress texts and failures in `status`, `button` off meanwhile.
        (The dialog is kept, never deleted, so these closures are safe when a late report arrives.)"""
        button.setEnabled(False)
        from cnngui.ui import gc_guard

        gc_guard.expect_late_imports()  # an experiment trains: its first optimizer imports PyTorch's compiler
        return self.jobs.run(name, work, on_partial=on_partial, on_done=lambda: (button.setEnabled(True), on_done()),
                             on_failed=lambda message: status.setText(tr("Stopped: {message}").format(message=message)),
                             on_progress=status.setText)  # the experiments report their steps in words

    def _stop_all(self) -> None:
        for name in ("experiment-cnn", "experiment-runs", "experiment-cuda"):
            self.jobs.cancel(name)
