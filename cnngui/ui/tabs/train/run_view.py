"""What the Train tab shows of a training: the progress bar, the rate line and the Keras-like log on
the left; "This run"'s live curves with their tools on the right.

Progress text updates with every batch report (≤ 10 Hz); the plots, which cost more to paint, at
most every PLOT_INTERVAL seconds, so painting never starves the training thread."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cnngui.cli_progress import epoch_notes, epoch_summary, format_duration
from cnngui.core.training.loop import BatchReport, EpochReport
from cnngui.i18n import number, tr
from cnngui.ui.look.appearance import sized, text_style
from cnngui.ui.widgets.curves import TrainingCurves
from cnngui.ui.widgets.dialogs import save_file
from cnngui.ui.widgets.flow_layout import FlowLayout, group
from cnngui.ui.widgets.live_text import LiveText


class RunView(QObject):
    PLOT_INTERVAL = 0.2  # 5 Hz: each refresh costs ~10 ms of the GUI thread, which a 2-core trainer feels twice

    def __init__(self, host: QWidget, status) -> None:
        super().__init__(host)
        self.host, self._status = host, status  # status(text): the status bar's line
        self.curves = TrainingCurves()
        self._last_plot = 0.0
        self._noted = False  # the first epoch's notes are said once a run
        self.trainProgress = QProgressBar(objectName="trainProgress", minimum=0, maximum=1000, value=0)
        self.trainProgress.setFormat(tr("Ready"))
        self.rateLabel = LiveText(objectName="rateLabel")  # changes 10 times a second while training
        self.logView = QPlainTextEdit(objectName="logView", readOnly=True)
        self.logView.setMaximumBlockCount(2000)
        text_style(self.logView, 9, extra="font-family: monospace")
        self.logView.setPlaceholderText(tr("Epoch results appear here."))

    def add_progress(self, layout: QVBoxLayout) -> None:
        """The progress bar, the rate line and the log, into the settings column."""
        layout.addWidget(self.trainProgress)
        layout.addWidget(self.rateLabel)
        layout.addWidget(QLabel(tr("Log")))
        layout.addWidget(self.logView, 1)

    def build_this_run(self) -> QWidget:
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

    def log(self, text: str) -> None:
        self.logView.appendPlainText(text)

    def status(self, text: str) -> None:
        self.trainProgress.setFormat(text)
        self._status(text)

    def begin(self, epochs: int, history: list[dict] | None) -> None:
        """A new training to `epochs`; `history`: the epochs a continued checkpoint brings (None: a new one)."""
        self.curves.clear()
        self.curves.set_epoch_span(epochs)
        self._noted = False
        if history is None:
            self.logView.clear()
            return
        for h in history:
            self.curves.add_epoch(h["epoch"], h["test_loss"], h["test_accuracy"], h["train_loss"], h["train_accuracy"])
        self.curves.refresh()

    def show_batch(self, r: BatchReport, paused: bool) -> None:
        self.curves.add_batches(r.epoch, r.batch - len(r.losses) + 1, r.batches_per_epoch, r.losses, r.train_accuracy)
        now = time.monotonic()
        if now - self._last_plot >= self.PLOT_INTERVAL or r.batch == r.batches_per_epoch:
            self._last_plot = now
            self.curves.refresh()
        self.trainProgress.setValue(int(1000 * r.progress))
        self.trainProgress.setFormat(tr("Epoch {epoch}/{epochs} · batch {batch}/{batches}{paused}").format(
            epoch=r.epoch, epochs=r.epochs, batch=r.batch, batches=r.batches_per_epoch,
            paused=tr(" (paused)") if paused else ""))
        self.rateLabel.setText(tr("{rate} images/s · ETA {eta} · loss {loss} · lr {lr}").format(
            rate=number(r.images_per_sec, ",.0f"), eta=format_duration(r.eta_seconds), loss=number(r.losses[-1], ".4f"),
            lr=f"{r.lr:.2g}"))

    def show_epoch(self, r: EpochReport, batches_per_epoch: int, label_smoothing: float = 0.0) -> None:
        self.curves.add_epoch(r.epoch, r.test_loss, r.test_accuracy, r.train_loss, r.train_accuracy)
        self.curves.refresh()
        self.log(tr("Epoch {epoch}/{epochs}").format(epoch=r.epoch, epochs=r.epochs) + " - "
                 + epoch_summary(r, batches_per_epoch))
        if not self._noted:
            self._noted = True
            for note in epoch_notes(r, label_smoothing):
                self.log(tr("Note: {note}").format(note=note))

    def _smoothing_changed(self, value: int) -> None:
        self.smoothingLabel.setText(number(value / 100, ".2f"))
        self.curves.set_smoothing(value / 100)

    def _export(self, filter_: str, suffix: str, writer) -> None:
        path = save_file(self.host, tr("Export"), f"cnngui-curves{suffix}", filter_, suffix, writer,
                         failed_title=tr("Export failed"))
        if path:
            self._status(tr("Saved {file}").format(file=path))
