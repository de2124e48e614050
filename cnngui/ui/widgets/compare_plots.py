"""Compare runs' two plots (training loss, smoothed; test accuracy), one curve per run in the palette's
colours: the Train tab's Compare runs feeds them local runs, the teacher's Class view the server's."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from cnngui.i18n import tr
from cnngui.ui.look import access
from cnngui.ui.look.colormaps import PALETTE
from cnngui.ui.widgets.curves import ema, legend_below


@dataclass
class RunCurves:
    """One run's points, x already in the axis's unit."""

    name: str
    loss_x: np.ndarray
    losses: np.ndarray
    accuracy_x: np.ndarray
    accuracy: np.ndarray


class ComparePlots(QSplitter):
    def __init__(self, prefix: str, parent=None) -> None:
        """`prefix`: the plots' objectNames are `<prefix>LossPlot` and `<prefix>AccuracyPlot`."""
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.lossPlot = pg.PlotWidget(title=tr("Training loss (smoothed)"))
        self.lossPlot.setObjectName(prefix + "LossPlot")  # not a keyword: PlotItem would plot it
        self.accuracyPlot = pg.PlotWidget(title=tr("Test accuracy"))
        self.accuracyPlot.setObjectName(prefix + "AccuracyPlot")
        for plot in (self.lossPlot, self.accuracyPlot):
            plot.showGrid(x=True, y=True, alpha=0.25)
            legend_below(plot)
            plot.getAxis("left").enableAutoSIPrefix(False)
            self.addWidget(plot)
        self.names: list[str] = []  # the runs drawn now, in order

    def draw(self, runs: list[RunCurves], x_label: str) -> None:
        for plot in (self.lossPlot, self.accuracyPlot):
            plot.clear()
            plot.setLabel("bottom", x_label)
        self.lossPlot.setLabel("left", tr("cross-entropy"))
        self.accuracyPlot.setLabel("left", tr("test accuracy"))
        for index, run in enumerate(runs):
            colour = PALETTE[index % len(PALETTE)]
            pen = pg.mkPen(colour, width=2)
            if len(run.losses):
                self.lossPlot.plot(run.loss_x, ema(np.asarray(run.losses, dtype=float), 0.9), pen=pen, name=run.name)
            if len(run.accuracy):
                self.accuracyPlot.plot(run.accuracy_x, run.accuracy, pen=pen, symbol="o", symbolSize=6,
                                       symbolBrush=colour, name=run.name)
        self.names = [run.name for run in runs]
        for plot in (self.lossPlot, self.accuracyPlot):
            access.describe_plot(plot)
