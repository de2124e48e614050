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
