"""Live loss and accuracy plots (pyqtgraph), TensorBoard-style smoothing, CSV and PNG export."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt

from cnngui.core.atomic import atomic_path, write_csv_atomic
from cnngui.i18n import number, tr

pg.setConfigOptions(antialias=True, background="w", foreground="#333")

TRAIN_COLOR = "#1f77b4"
TEST_COLOR = "#d62728"


def ema(values: np.ndarray, weight: float) -> np.ndarray:
    """TensorBoard's debiased exponential moving average."""
    out = np.empty(len(values))
    last, norm = 0.0, 0.0
    for i, v in enumerate(values):
        last = last * weight + (1 - weight) * v
        norm = norm * weight + (1 - weight)
        out[i] = last / norm
    return out


LOSS_SHOWN = (1e-6, 1e6)  # a loss outside is drawn at the edge: a diverged run (lr 10) reaches 1e8 and NaN


def shown_loss(values) -> np.ndarray:
    """Losses as the plot draws them: inside LOSS_SHOWN, a NaN or infinite one at the top (the run diverged)."""
    array = np.asarray(values, dtype=np.float64)
    return np.clip(np.nan_to_num(array, nan=LOSS_SHOWN[1], posinf=LOSS_SHOWN[1]), *LOSS_SHOWN)



class _LegendFit(QObject):
    """Keeps a legend as many columns wide as its plot has room for (one row where it fits, stacked where
    the plot is narrow or zoomed), so its entries never force the plot wider than its pane."""

    def __init__(self, plot: pg.PlotWidget, legend: pg.LegendItem, most: int) -> None:
        super().__init__(plot)  # the plot owns it (no Python reference back to the plot keeps a closed one alive)
        self.legend, self.most = legend, most
        plot.installEventFilter(self)
        add = legend.addItem

        def added(*args, **kwargs):  # a curve named later (a run compared) may need another layout
            add(*args, **kwargs)
            self.fit()

        legend.addItem = added

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        entries = [sample.boundingRect().width() + label.item.boundingRect().width() + 25
                   for sample, label in self.legend.items]
        if not entries:
            return
        plot = self.parent()
        if plot is None or getattr(plot, "plotItem", None) is None:  # closed
            return
        room = plot.width() - plot.plotItem.getAxis("left").width() - 10
        columns = max(1, min(len(entries), self.most, int(room // max(entries))))
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)


def legend_below(plot: pg.PlotWidget, columns: int = 2) -> pg.LegendItem:
    """The plot's legend in a row of its own below the x axis, where no data can be: a legend over the
    plot once covered the newest points of a running curve, the numbers a student waits for. `columns`:
    at most; fewer where the plot is narrow."""
    item = plot.getPlotItem()
    legend = pg.LegendItem(colCount=columns)
    item.layout.addItem(legend, 4, 1)  # rows: title, top axis, the data, bottom axis, then this
    item.legend = legend  # curves added with a name enter it, as addLegend's would
    legend.fit = _LegendFit(plot, legend, columns)  # kept with it; the plot owns it
    return legend


class TrainingCurves:
    """Owns the curve data and the two plots; `add_batches` and `add_epoch` are called ≤20 times a second."""

    def __init__(self) -> None:
        self.loss_plot = pg.PlotWidget()
        self.loss_plot.setObjectName("lossPlot")
        self.accuracy_plot = pg.PlotWidget()
        self.accuracy_plot.setObjectName("accuracyPlot")
        self.smoothing = 0.6
        for plot, title, ylabel in ((self.loss_plot, tr("Loss"), tr("cross-entropy")),
                                    (self.accuracy_plot, tr("Accuracy"), tr("accuracy"))):
            plot.setTitle(title)
            plot.setLabel("bottom", tr("epoch"))
            plot.setLabel("left", ylabel)
            plot.getAxis("left").enableAutoSIPrefix(False)  # never "accuracy (x0.001)" with ticks 200-800
            # Opaque grid lines in a light pen (appearance.style_plot colours the axes), not a dark pen at
            # 25% alpha: blending them across the plot was half of each frame's paint time (4.8 ms -> 2.1 ms
            # for both plots at 600x350)
            plot.showGrid(x=True, y=True, alpha=1.0)
            for axis in ("left", "bottom"):  # major grid lines only: the minor ones tripled the paint time
                plot.getAxis(axis).setStyle(maxTickLevel=0)
            legend_below(plot)
            plot.setClipToView(True)
            plot.setDownsampling(auto=True, mode="peak")
            plot.setMenuEnabled(True)
        faint = pg.mkPen(TRAIN_COLOR, width=1)
        faint.setColor(pg.mkColor(TRAIN_COLOR + "40"))
        # Curves with one point per batch are drawn without antialiasing: its cost grows with the
        # number of points (37 ms a frame at 1,400 batches here), while plain lines stay flat.
        self.raw_loss = self.loss_plot.plot(pen=faint, name=tr("training loss (per batch)"), antialias=False,
                                            skipFiniteCheck=True)
        self.smooth_loss = self.loss_plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=2), name=tr("training loss (smoothed)"),
                                               antialias=False, skipFiniteCheck=True)
        self.test_loss = self.loss_plot.plot(pen=pg.mkPen(TEST_COLOR, width=2), symbol="o", symbolSize=7,
                                             symbolBrush=TEST_COLOR, name=tr("test loss (per epoch)"))
        self.train_acc = self.accuracy_plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=2),
                                                 name=tr("training accuracy (running)"),
                                                 antialias=False, skipFiniteCheck=True)
        self.test_acc = self.accuracy_plot.plot(pen=pg.mkPen(TEST_COLOR, width=2), symbol="o", symbolSize=7,
                                                symbolBrush=TEST_COLOR, name=tr("test accuracy (per epoch)"))
        self.set_log_loss(False)
        self.clear()

    def clear(self) -> None:
        self.batch_x: list[float] = []
        self.batch_loss: list[float] = []
        self._smoothed: list[float] = []
        self._ema = (0.0, 0.0)
        self.acc_x: list[float] = []
        self.acc: list[float] = []
        self.epochs: list[dict] = []
        self.refresh()

    def set_epoch_span(self, epochs: int) -> None:
        """Fix the x axis to the whole run: the curves grow across it, and the axes need not be
        recomputed at every refresh (cheaper painting while training)."""
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.enableAutoRange(x=False)
            plot.setXRange(0, epochs, padding=0.02)

    def add_batches(self, epoch: int, first_batch: int, batches_per_epoch: int, losses: list[float],
                    train_accuracy: float) -> None:
        for i, loss in enumerate(losses):
            self.batch_x.append(epoch - 1 + (first_batch + i) / batches_per_epoch)
            self.batch_loss.append(loss)
            last, norm = self._ema
            last = last * self.smoothing + (1 - self.smoothing) * loss
            norm = norm * self.smoothing + (1 - self.smoothing)
            self._ema = (last, norm)
            self._smoothed.append(last / norm)
        self.acc_x.append(self.batch_x[-1])
        self.acc.append(train_accuracy)

    def add_epoch(self, epoch: int, test_loss: float, test_accuracy: float, train_loss: float,
                  train_accuracy: float) -> None:
        self.epochs.append({"epoch": epoch, "test_loss": test_loss, "test_accuracy": test_accuracy,
                            "train_loss": train_loss, "train_accuracy": train_accuracy})

    def set_smoothing(self, weight: float) -> None:
        self.smoothing = weight
        self._smoothed = list(ema(np.asarray(self.batch_loss), weight)) if self.batch_loss else []
        if self.batch_loss:
            norm = 1 - weight ** len(self.batch_loss)
            self._ema = (self._smoothed[-1] * norm, norm)
        self.refresh()

    def set_log_loss(self, on: bool) -> None:
        """The loss axis in log or linear scale. The view is held to the shown range in each: a range left
        in the other scale's units (1e8 read as decades) made pyqtgraph list 10^8 ticks, 24 GB (the monkey)."""
        self.loss_plot.setLogMode(y=on)
        low, high = (np.log10(LOSS_SHOWN[0]) - 1, np.log10(LOSS_SHOWN[1]) + 1) if on else (-0.1 * LOSS_SHOWN[1],
                                                                                           1.1 * LOSS_SHOWN[1])
        self.loss_plot.setLimits(yMin=low, yMax=high)
        self.loss_plot.enableAutoRange(y=True)

    def refresh(self) -> None:
        self.raw_loss.setData(self.batch_x, shown_loss(self.batch_loss))
        self.smooth_loss.setData(self.batch_x, shown_loss(self._smoothed))
        self.train_acc.setData(self.acc_x, self.acc)
        ex = [e["epoch"] for e in self.epochs]
        self.test_loss.setData(ex, shown_loss([e["test_loss"] for e in self.epochs]))
        self.test_acc.setData(ex, [e["test_accuracy"] for e in self.epochs])
        self._describe()

    def _describe(self) -> None:
        """What the plots show now, in words and numbers, for a screen reader (issue 34)."""
        loss = accuracy = tr("No training yet.")
        if self.batch_x:
            at = number(self.batch_x[-1], ".2f")
            loss = tr("Training loss after {epochs} epochs: {loss} (smoothed).").format(
                epochs=at, loss=number(self._smoothed[-1], ".3f"))
            accuracy = tr("Training accuracy (running) after {epochs} epochs: {accuracy}.").format(
                epochs=at, accuracy=number(self.acc[-1], ".1%")) if self.acc else ""
        if self.epochs:
            last = self.epochs[-1]
            loss += " " + tr("Test loss after epoch {epoch}: {loss}.").format(
                epoch=last["epoch"], loss=number(last["test_loss"], ".3f"))
            accuracy += " " + tr("Test accuracy after epoch {epoch}: {accuracy}.").format(
                epoch=last["epoch"], accuracy=number(last["test_accuracy"], ".2%"))
        self.loss_plot.setAccessibleDescription(loss)
        self.accuracy_plot.setAccessibleDescription(accuracy)

    def export_csv(self, path: str | Path) -> None:
        """Two tables in one file: per batch, then per epoch."""
        acc_by_x = dict(zip(self.acc_x, self.acc))
        rows = [["batch", f"{x:.5f}", f"{loss:.6f}", f"{smooth:.6f}", "" if acc_by_x.get(x) is None
                 else f"{acc_by_x[x]:.6f}", "", ""] for x, loss, smooth in zip(self.batch_x, self.batch_loss,
                                                                               self._smoothed)]
        rows += [["epoch", e["epoch"], f"{e['train_loss']:.6f}", "", f"{e['train_accuracy']:.6f}",
                  f"{e['test_loss']:.6f}", f"{e['test_accuracy']:.6f}"] for e in self.epochs]
        write_csv_atomic(path, rows, ["kind", "epoch", "train_loss", "train_loss_smoothed", "train_accuracy",
                                      "test_loss", "test_accuracy"])

    def export_png(self, path: str | Path) -> None:
        """Both plots, one above the other, as they are on screen."""
        from PySide6.QtGui import QPainter, QPixmap

        top, bottom = self.loss_plot.grab(), self.accuracy_plot.grab()
        canvas = QPixmap(max(top.width(), bottom.width()), top.height() + bottom.height())
        canvas.fill(Qt.GlobalColor.white)
        painter = QPainter(canvas)
        painter.drawPixmap(0, 0, top)
        painter.drawPixmap(0, top.height(), bottom)
        painter.end()
        with atomic_path(path) as tmp:
            if not canvas.save(str(tmp), "PNG"):
                raise OSError(f"could not write {path}")
