"""The training curves with a run that diverged: drawn at the edge, and the log axis stays bounded."""

import numpy as np

from cnngui.ui.widgets import curves as curves_module


def test_a_diverged_run_is_drawn_at_the_edge_and_log_scale_stays_bounded(qtbot):
    assert list(curves_module.shown_loss([2.3, 1.8e8, float("nan"), float("inf"), 0.0])) == [2.3, 1e6, 1e6, 1e6, 1e-6]
    shown = curves_module.LOSS_SHOWN
    curves = curves_module.TrainingCurves()
    qtbot.addWidget(curves.loss_plot)
    curves.loss_plot.resize(500, 300)
    curves.loss_plot.show()
    curves.set_epoch_span(1000)  # the monkey's case: a 1,000-epoch run at lr 10
    curves.add_batches(1, 1, 100, [2.3, 1.8e8, float("nan")], 0.1)
    curves.add_epoch(1, 1.68e8, 0.1, 1.8e8, 0.1)
    curves.add_epoch(2, float("nan"), 0.1, float("nan"), 0.1)
    curves.refresh()
    curves.loss_plot.grab()
    curves.set_log_loss(True)
    curves.refresh()
    curves.loss_plot.grab()  # painting the axis listed 10^8 decades of ticks before
    low, high = curves.loss_plot.getViewBox().viewRange()[1]
    assert np.log10(shown[0]) - 1 <= low and high <= np.log10(shown[1]) + 1
    curves.set_log_loss(False)
    assert curves.loss_plot.getViewBox().viewRange()[1][1] <= 1.1 * shown[1]


def test_no_legend_covers_the_data_and_the_newest_points_show(make_window, qtbot):
    """At 1280x800 the accuracy plot's legend once covered the running curve's end and the last epoch's
    test accuracy. Every plot's legend now sits outside its data area, in every tab."""
    import pyqtgraph as pg
    from PySide6.QtCore import QPointF

    window = make_window("train_tab", size=(1280, 800))
    curves = window.train_tab.curves
    curves.set_epoch_span(3)
    for epoch in (1, 2, 3):
        curves.add_batches(epoch, 1, 100, list(np.linspace(2.0, 0.1, 100)), 0.99)
        curves.add_epoch(epoch, 0.05, 0.992, 0.1, 0.99)
    curves.refresh()
    qtbot.wait(50)
    from PySide6.QtWidgets import QTabWidget

    checked = set()
    for index in range(window.mainTabs.count()):
        window.mainTabs.setCurrentIndex(index)
        for pages in window.mainTabs.currentWidget().findChildren(QTabWidget):  # "Compare runs", "Honest confidence"
            for page in range(pages.count()):
                pages.setCurrentIndex(page)
                qtbot.wait(20)
                for plot in window.findChildren(pg.PlotWidget):
                    item = plot.getPlotItem()
                    if item.legend is None or not plot.isVisible():
                        continue
                    data_area = item.vb.sceneBoundingRect()
                    assert not item.legend.sceneBoundingRect().intersects(data_area), plot.objectName()
                    checked.add(plot.objectName())
    assert {"lossPlot", "accuracyPlot", "runsLossPlot", "runsAccuracyPlot", "reliabilityPlot"} <= checked
    window.mainTabs.setCurrentWidget(window.train_tab)
    qtbot.wait(20)
    item = curves.accuracy_plot.getPlotItem()
    last_test, last_train = item.vb.mapViewToScene(QPointF(3, 0.992)), item.vb.mapViewToScene(QPointF(3, 0.99))
    for point in (last_test, last_train):
        assert item.vb.sceneBoundingRect().contains(point)  # on the plot
        assert not item.legend.sceneBoundingRect().contains(point)  # and not under the legend
