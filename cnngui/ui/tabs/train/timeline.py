"""A run's timeline: a slider over its weight snapshots, so a student watches filters form from noise.

For the snapshot under the slider: the first conv layer's filters, that layer's feature maps for
the current drawing, and the test accuracy at that moment (all snapshots are scored in the
background, on up to 2,000 test images). The filters' sequence exports as an animated GIF.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.data.datasets import from_record
from cnngui.core.inspection.introspection import conv_filters, feature_maps
from cnngui.core.network.architecture import build_model
from cnngui.core.training.runs import Run, RunError, RunStore
from cnngui.errors import UserError
from cnngui.i18n import number, tr
from cnngui.ui.app_state import AppState
from cnngui.ui.look import access
from cnngui.ui.look.appearance import sized, text_style
from cnngui.ui.look.slides import offer_slides
from cnngui.ui.tasks import Jobs
from cnngui.ui.widgets.dialogs import Dialog, ask_save_path, show_error
from cnngui.ui.widgets.mosaic import MosaicView

SCORED_IMAGES = 2000


def snapshot_model(store: RunStore, run: Run, index: int) -> torch.nn.Module:
    spec = from_record(run.dataset)
    model = build_model(run.arch, spec.input_shape)
    try:
        model.load_state_dict(store.load_snapshot(run, run.snapshots[index]))
    except RuntimeError as exc:
        raise RunError(tr("snapshot {file} does not fit the run's network").format(
            file=run.snapshots[index].file)) from exc
    return model.eval()


def _score_snapshots(task_state, store: RunStore, run: Run, images: torch.Tensor, labels: torch.Tensor) -> None:
    """Test accuracy of every snapshot, each reported as a partial result (index, accuracy)."""
    from cnngui.core.evaluation.metrics import accuracy_on
    from cnngui.ui.torch_threads import use_one_thread

    use_one_thread()
    spec = from_record(run.dataset)
    for index in range(len(run.snapshots)):
        if task_state.stop_requested:
            raise InterruptedError("cancelled")
        accuracy = accuracy_on(snapshot_model(store, run, index), images, labels, spec.normalization,
                               cancelled=lambda: task_state.stop_requested)
        task_state.report_partial((index, accuracy))


class TimelineDialog(Dialog):
    def __init__(self, state: AppState, store: RunStore, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Timeline of {name}").format(name=run.name))
        self.setObjectName("timelineDialog")
        self.state, self.store, self.run = state, store, run
        self.jobs = Jobs()  # scoring the snapshots
        self.accuracy: dict[int, float] = {}
        self.models: dict[int, torch.nn.Module] = {}
        if not run.snapshots:
            raise RunError(tr("this run kept no snapshots"))
        if not any(layer.get("type") == "conv" for layer in run.arch):
            raise RunError(tr("this network has no conv layer, so there are no filters to watch"))
        self._build()
        self.show_snapshot(0)
        self._score()
        self.resize(900, 620)
        offer_slides(self)

    def _build(self) -> None:
        self.snapshotSlider = QSlider(Qt.Orientation.Horizontal, objectName="snapshotSlider", minimum=0,
                                      maximum=len(self.run.snapshots) - 1)
        self.snapshotSlider.valueChanged.connect(self.show_snapshot)
        self.snapshotLabel = QLabel("", objectName="snapshotLabel")
        text_style(self.snapshotLabel, 12)
        self.timelineFilters = MosaicView("timelineFilters")
        self.timelineMaps = MosaicView("timelineMaps")
        self.timelineAccuracyPlot = pg.PlotWidget()
        self.timelineAccuracyPlot.setObjectName("timelineAccuracyPlot")  # not a keyword: PlotItem would plot it
        self.timelineAccuracyPlot.setLabel("bottom", tr("epochs"))
        self.timelineAccuracyPlot.setLabel("left", tr("test accuracy"))
        sized(self.timelineAccuracyPlot, max_h=180)
        for axis in ("left", "bottom"):
            self.timelineAccuracyPlot.getAxis(axis).enableAutoSIPrefix(False)  # "0.1 epochs", not "100 (x0.001)"
        self.accuracy_curve = self.timelineAccuracyPlot.plot(pen=pg.mkPen("#d62728", width=2), symbol="o", symbolSize=6,
                                                             name=tr("test accuracy"))
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        self.timelineAccuracyPlot.addItem(self.cursor)
        self.exportGifButton = QPushButton(tr("Export GIF…"), objectName="exportGifButton")
        self.exportGifButton.setToolTip(tr("The first conv layer's filters at every snapshot, "
                                           "as an animation for slides"))
        self.exportGifButton.clicked.connect(self._choose_gif)

        filters_box = QGroupBox(tr("First conv layer's filters"))
        QVBoxLayout(filters_box).addWidget(self.timelineFilters)
        maps_box = QGroupBox(tr("Its feature maps for the current drawing"))
        QVBoxLayout(maps_box).addWidget(self.timelineMaps)
        views = QHBoxLayout()
        views.addWidget(filters_box)
        views.addWidget(maps_box)
        slider_row = QHBoxLayout()
        slider_row.addWidget(QLabel(tr("start")))
        slider_row.addWidget(self.snapshotSlider, 1)
        slider_row.addWidget(QLabel(tr("end")))
        slider_row.addWidget(self.exportGifButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.snapshotLabel)
        layout.addLayout(slider_row)
        layout.addLayout(views, 1)
        layout.addWidget(self.timelineAccuracyPlot)

    def model_at(self, index: int) -> torch.nn.Module:
        if index not in self.models:
            self.models[index] = snapshot_model(self.store, self.run, index)
        return self.models[index]

    def _input(self) -> torch.Tensor:
        prediction = self.state.prediction
        spec = from_record(self.run.dataset)
        if prediction is not None and tuple(prediction.preprocessed.tensor.shape[1:]) == tuple(spec.input_shape):
            return prediction.preprocessed.tensor
        from cnngui.core.data.preprocess import preprocess
        from cnngui.core.data.strokes import render_digit

        return preprocess(render_digit(7), spec.normalization, spec.framing).tensor

    def show_snapshot(self, index: int) -> None:
        try:
            model = self.model_at(index)
        except (RunError, UserError, OSError) as exc:
            show_error(self, tr("Cannot show this snapshot"), str(exc))
            return
        name, weights = conv_filters(model)[0]
        tiles = weights[:, 0]  # each filter's kernel on the first input channel
        self.timelineFilters.set_tiles(tiles, [tr("{layer} filter {filter}").format(layer=name, filter=i)
                                               for i in range(len(tiles))], signed=True,
                                       vmax=float(np.abs(tiles).max()) or 1.0)
        with torch.inference_mode():
            maps = feature_maps(model, self._input())
        first_conv = next(i for i, layer in enumerate(model.children()) if isinstance(layer, torch.nn.Conv2d))
        self.timelineMaps.set_tiles(maps[first_conv], signed=True)
        self.cursor.setValue(self.run.snapshots[index].epoch)
        self._label(index)

    def _label(self, index: int) -> None:
        snapshot = self.run.snapshots[index]
        accuracy = self.accuracy.get(index)
        scored = " · " + (tr("test accuracy {accuracy}").format(
            accuracy=number(accuracy, ".1%")) if accuracy is not None
                          else tr("scoring…"))
        when = tr("before training") if snapshot.epoch == 0 else tr("after {epochs} epochs").format(
            epochs=f"{snapshot.epoch:g}")
        self.snapshotLabel.setText(tr("Snapshot {number} of {count}: {when} ({images} images seen)").format(
            number=index + 1, count=len(self.run.snapshots), when=when, images=number(snapshot.images_seen,
                                                                                      ",")) + scored)

    # ---- test accuracy of each snapshot, in the background ----------------------------------
    def _score(self) -> None:
        try:
            spec, folder = self.state.test_source(from_record(self.run.dataset))
        except UserError as exc:
            self.snapshotLabel.setToolTip(str(exc))
            return
        store, run, state = self.store, self.run, self.state

        def work(task_state):
            images, labels = state.test_split(spec, folder)
            return _score_snapshots(task_state, store, run, images[:SCORED_IMAGES], labels[:SCORED_IMAGES])

        self.task = self.jobs.run("timeline", work, on_partial=self._scored)
        self.finished.connect(lambda: self.jobs.cancel("timeline"))  # the dialog is kept, so late reports land safely

    def _scored(self, value) -> None:
        index, accuracy = value
        self.accuracy[index] = accuracy
        done = sorted(self.accuracy)
        self.accuracy_curve.setData([self.run.snapshots[i].epoch for i in done], [self.accuracy[i] for i in done])
        access.describe_plot(self.timelineAccuracyPlot)
        if index == self.snapshotSlider.value():
            self._label(index)

    # ---- GIF ------------------------------------------------------------------------------------------
    def _choose_gif(self) -> None:
        path, _ = ask_save_path(self, tr("Export the filters' timeline"), f"{self.run.name}.gif",
                                tr("GIF animations (*.gif)"), ".gif")
        if path:
            try:
                self.export_gif(path)
            except (OSError, RunError, UserError) as exc:
                show_error(self, tr("Cannot export the GIF"), str(exc))

    def export_gif(self, path: str, frame_ms: int = 600) -> int:
        """Write the filters at every snapshot as an animated GIF; returns the number of frames."""
        from PIL import Image, ImageDraw

        from cnngui.core.atomic import atomic_path

        view = MosaicView("gifFrame")
        frames = []
        for index, snapshot in enumerate(self.run.snapshots):
            weights = conv_filters(self.model_at(index))[0][1][:, 0]
            view.set_tiles(weights, signed=True, vmax=float(np.abs(weights).max()) or 1.0)
            picture = Image.fromarray(view._array)
            scale = max(1, 360 // max(picture.size))
            picture = picture.resize((picture.width * scale, picture.height * scale), Image.NEAREST)
            frame = Image.new("RGB", (picture.width, picture.height + 24), "white")
            frame.paste(picture, (0, 24))
            when = tr("start") if snapshot.epoch == 0 else tr("epoch {epoch}").format(epoch=f"{snapshot.epoch:g}")
            ImageDraw.Draw(frame).text((6, 5), f"{self.run.name}: {when}", fill="black")
            frames.append(frame.convert("P", palette=Image.ADAPTIVE))
        with atomic_path(path) as tmp:
            frames[0].save(tmp, format="GIF", save_all=True, append_images=frames[1:], duration=frame_ms, loop=0)
        return len(frames)
