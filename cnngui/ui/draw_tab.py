"""The Draw tab: draw (or open, paste, drop, pick) a picture and watch it be classified live.

The canvas image goes through the same `core.preprocess` as `cnngui predict`; the tab
shows each preprocessing step and the 28x28 input the network actually receives. It reports
each prediction to the application state and draws whatever picture the state is given.
Class names and the word for what is drawn come from the current model's dataset.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDoubleSpinBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from cnngui.core.predict import Prediction
from cnngui.core.preprocess import load_image, preprocess
from cnngui.ui.canvas import DrawCanvas, qimage_to_array
from cnngui.ui.dialogs import show_error
from cnngui.ui.images import picture_label, pixmap_of
from cnngui.ui.tasks import run_task
from cnngui.ui.app_state import AppState

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)"


def _decode_picture(task_state, path: Path) -> np.ndarray:
    """A file as the canvas's picture: ink, light on dark, in 0…1 (runs on a task's thread)."""
    from cnngui.ui.torch_threads import use_one_thread

    from cnngui.core.preprocess import fit_within
    from cnngui.ui.canvas import RESOLUTION

    use_one_thread()
    # The canvas shows (and classifies) RESOLUTION pixels: shrink here, not on the GUI thread.
    return fit_within(preprocess(load_image(path)).steps[0][1], RESOLUTION)


class DrawTab(QWidget):
    def __init__(self, state: AppState, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self.last_prediction: Prediction | None = None
        self.true_label: int | None = None
        self._answer_size = 72  # the prediction label's font size, set in _build
        # One reusable zero-delay timer coalesces pen events into one prediction per event-loop turn.
        self._predict_timer = QTimer(self, singleShot=True, interval=0)
        self._predict_timer.timeout.connect(self.update_prediction)
        self._build()
        self.setAcceptDrops(True)
        state.sig_model_changed.connect(self._model_changed)
        state.sig_picture_changed.connect(self._picture_changed)
        self._model_changed()

    def _build(self) -> None:
        self.canvas = DrawCanvas()
        self.canvas.sig_changed.connect(self.schedule_prediction)
        self.clearButton = QPushButton("Clear", objectName="clearButton", toolTip="Clear the canvas (Esc or Delete)")
        self.undoButton = QPushButton("Undo", objectName="undoButton", toolTip="Undo the last stroke (Ctrl+Z)")
        self.strokeWidthSpin = QDoubleSpinBox(objectName="strokeWidthSpin", minimum=4, maximum=60, decimals=0,
                                              singleStep=2, suffix=" px", value=self.canvas.stroke_width)
        self.strokeWidthSpin.setToolTip("Pen width for new strokes")
        self.strokeWidthSpin.valueChanged.connect(lambda v: setattr(self.canvas, "stroke_width", float(v)))
        self.openImageButton = QPushButton("Open image…", objectName="openImageButton")
        self.pasteButton = QPushButton("Paste", objectName="pasteButton", toolTip="Paste an image (Ctrl+V)")
        self.randomTestDigitButton = QPushButton("Random test image", objectName="randomTestDigitButton")
        self.randomTestDigitButton.setToolTip("Pick an image from the model's test set to compare with yours")
        self.clearButton.clicked.connect(self.canvas.clear)
        self.undoButton.clicked.connect(self.canvas.undo)
        self.openImageButton.clicked.connect(self._choose_image)
        self.pasteButton.clicked.connect(self.paste)
        self.randomTestDigitButton.clicked.connect(self.random_test_digit)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.canvas.undo), (Qt.Key.Key_Escape, self.canvas.clear),
                           (Qt.Key.Key_Delete, self.canvas.clear), (QKeySequence.StandardKey.Paste, self.paste)):
            QShortcut(QKeySequence(keys), self, activated=slot)

        tools = QHBoxLayout()
        tools.addWidget(self.undoButton)
        tools.addWidget(self.clearButton)
        tools.addSpacing(8)
        tools.addWidget(QLabel("Pen"))
        tools.addWidget(self.strokeWidthSpin)
        tools.addStretch(1)
        sources = QHBoxLayout()
        sources.addWidget(self.openImageButton)
        sources.addWidget(self.pasteButton)
        sources.addWidget(self.randomTestDigitButton)
        sources.addStretch(1)
        self.sourceLabel = QLabel("Draw with the mouse, a pen or a finger; drop an image file here.",
                                  objectName="sourceLabel")
        self.sourceLabel.setStyleSheet("color: #555")
        left = QVBoxLayout()
        left.addLayout(tools)
        left.addWidget(self.canvas, 1)
        left.addLayout(sources)
        left.addWidget(self.sourceLabel)

        self.predictionLabel = QLabel("", objectName="predictionLabel")
        self.predictionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.predictionLabel.setMinimumWidth(120)
        self.predictionLabel.setStyleSheet("font-size: 72pt; font-weight: bold; color: #1f77b4")
        self.confidenceLabel = QLabel("", objectName="confidenceLabel")
        self.confidenceLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confidenceLabel.setStyleSheet("font-size: 13pt; color: #444")
        self.modelInfo = QLabel("", objectName="drawModelLabel", wordWrap=True)
        self.modelInfo.setStyleSheet("color: #666")
        self.probabilityChart = pg.PlotWidget()
        self.probabilityChart.setObjectName("probabilityChart")
        self.probabilityChart.setMinimumHeight(180)
        self.probabilityChart.setMouseEnabled(False, False)
        self.probabilityChart.setMenuEnabled(False)
        self.probabilityChart.hideButtons()
        self.probabilityChart.setYRange(0, 1.05, padding=0)
        self.probabilityChart.setXRange(-0.6, 9.6, padding=0)
        self.probabilityChart.setLabel("left", "probability")
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush="#1f77b4")
        self.probabilityChart.addItem(self.bars)

        answer = QHBoxLayout()
        answer_text = QVBoxLayout()
        answer_text.addWidget(self.predictionLabel)
        answer_text.addWidget(self.confidenceLabel)
        answer.addLayout(answer_text)
        answer.addWidget(self.probabilityChart, 1)
        answer_box = QGroupBox("The network's answer")
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.addLayout(answer)
        answer_layout.addWidget(self.modelInfo)

        self.networkInputView = picture_label("networkInputView", 168)
        self.networkInputView.setToolTip("The 28x28 image the network receives, enlarged")
        self.preprocessStepsView = QWidget(objectName="preprocessStepsView")
        steps = QGridLayout(self.preprocessStepsView)
        steps.setContentsMargins(0, 0, 0, 0)
        self.step_pictures, self.step_captions = [], []
        for i in range(4):
            picture, caption = picture_label(size=96), QLabel("")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setStyleSheet("color: #555; font-size: 9pt")
            steps.addWidget(picture, 0, i)
            steps.addWidget(caption, 1, i)
            self.step_pictures.append(picture)
            self.step_captions.append(caption)
        sees_box = QGroupBox("What the network sees")
        sees = QHBoxLayout(sees_box)
        input_column = QVBoxLayout()
        input_column.addWidget(self.networkInputView)
        caption = QLabel("network input (28x28)")
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setStyleSheet("color: #555; font-size: 9pt")
        input_column.addWidget(caption)
        sees.addLayout(input_column)
        steps_column = QVBoxLayout()
        self.framingLabel = QLabel(objectName="framingLabel")
        steps_column.addWidget(self.framingLabel)
        steps_column.addWidget(self.preprocessStepsView)
        sees.addLayout(steps_column, 1)

        right = QVBoxLayout()
        right.addWidget(answer_box, 1)
        right.addWidget(sees_box)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addLayout(right, 6)

    # ---- prediction ---------------------------------------------------------------------------
    def schedule_prediction(self) -> None:
        """Coalesce: however many pen events arrive, one prediction runs per turn of the event loop."""
        if not self._predict_timer.isActive():
            self._predict_timer.start()

    def update_prediction(self) -> None:
        self._predict_timer.stop()
        if self.canvas.background is None:  # the loaded picture was cleared: it is a drawing now
            self.true_label = None
            self.sourceLabel.setProperty("source", None)
        predictor = self.state.predictor
        if self.canvas.is_empty() or predictor is None:
            self._show(None)
            return
        self._show(predictor.predict(self.canvas.as_array()))

    @property
    def _a_noun(self) -> str:
        return self.state.model_dataset.a_noun

    def _show(self, prediction: Prediction | None) -> None:
        self.last_prediction = prediction
        classes = self.state.model_dataset.num_classes
        source = self.sourceLabel.property("source") or "your drawing"
        if prediction is None or prediction.index is None:
            self.predictionLabel.setText("")
            self.confidenceLabel.setText(f"Draw {self._a_noun}" if prediction is None
                                         else f"No {self.state.model_dataset.noun} found")
            self.bars.setOpts(height=np.zeros(classes))
            self.networkInputView.clear()
            for picture, caption in zip(self.step_pictures, self.step_captions):
                picture.clear()
                caption.setText("")
            self.state.set_prediction(None, source)
            return
        name = prediction.class_name
        self.predictionLabel.setText(name)
        size = 72 if len(name) <= 2 else 28  # "7" large; "Ankle boot" must fit
        if size != self._answer_size:  # a style sheet re-polishes the label: only when the size changes
            self._answer_size = size
            self.predictionLabel.setStyleSheet(f"font-size: {size}pt; font-weight: bold; color: #1f77b4")
        truth = ""
        if self.true_label is not None:
            truth = (f" · true: {self.state.model_dataset.class_name(self.true_label)} "
                     + ("✓" if self.true_label == prediction.index else "✗"))
        self.confidenceLabel.setText(f"{prediction.confidence:.1%} sure{truth}")
        colors = ["#1f77b4" if i == prediction.index else "#9ec5e8" for i in range(len(prediction.probabilities))]
        self.bars.setOpts(height=np.asarray(prediction.probabilities), brushes=colors)
        pre = prediction.preprocessed
        self.networkInputView.setPixmap(pixmap_of(pre.image28, 166))
        for (name, image), picture, caption in zip(pre.steps, self.step_pictures, self.step_captions):
            picture.setPixmap(pixmap_of(image, 94, smooth=name == "input"))
            caption.setText(f"{name}\n{image.shape[1]}x{image.shape[0]}")
        self.state.set_prediction(prediction, source)

    def _model_changed(self) -> None:
        spec = self.state.model_dataset
        self.modelInfo.setText(f"Model: {self.state.label} · classes from {spec.title}")
        names = spec.class_names
        long_names = max(len(n) for n in names) > 2
        self.probabilityChart.getAxis("bottom").setTicks([[(i, n[:6] if long_names else n) for i, n in enumerate(names)]])
        self.probabilityChart.setXRange(-0.6, len(names) - 0.4, padding=0)
        self.bars.setOpts(x=np.arange(len(names)), height=np.zeros(len(names)))
        self.randomTestDigitButton.setText(f"Random {spec.title} {spec.noun if ' ' not in spec.noun else 'image'}")
        self.framingLabel.setText(spec.framing_text)
        self.schedule_prediction()

    # ---- other inputs -------------------------------------------------------------------------
    def _choose_image(self) -> None:
        start = str(self.settings.value("paths/images", "")) if self.settings else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open an image of a digit", start, IMAGE_FILTER)
        if path:
            self.open_image(path)

    def open_image(self, path: str | Path):
        """Decode the file in the background (a 6000x6000 PNG took 1.4-2 s, frozen, on the GUI thread); the
        picture or a dialog follows. Returns the task, whose `sig_done` comes after either."""
        path = Path(path)

        def loaded(ink) -> None:
            self._set_picture(ink, f"Image: {path.name}")
            if self.settings:
                self.settings.setValue("paths/images", str(path.parent))

        self.state.sig_status.emit(f"Opening {path.name}…")
        return run_task(_decode_picture, path, name="cnngui-image", on_result=loaded,
                        on_failed=lambda message: show_error(self, "Cannot use this file", message))

    def paste(self) -> bool:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            show_error(self, "Nothing to paste", f"The clipboard holds no image. Copy a picture of {self._a_noun} first.")
            return False
        self._set_picture(preprocess(qimage_to_array(image)).steps[0][1], "Pasted image")
        return True

    def random_test_digit(self) -> None:
        self.state.show_random_test_image()

    def _set_picture(self, ink: np.ndarray, source: str, true_label: int | None = None) -> None:
        self.state.show_picture(ink, source, true_label)

    def _picture_changed(self) -> None:
        """The state has a new picture (from this tab or another): put it on the canvas."""
        self.true_label = self.state.true_label
        source = self.state.picture_source
        self.sourceLabel.setProperty("source", source)
        self.canvas.set_picture(self.state.picture)
        self.update_prediction()  # at once, so every view shows the new picture in the same turn
        truth = self.true_label
        self.sourceLabel.setText(source + (f" (true: {self.state.model_dataset.class_name(truth)})"
                                           if truth is not None else "") + " — draw on it, or Clear to start again")

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and mime.urls()[0].isLocalFile():
            self.open_image(mime.urls()[0].toLocalFile())
        elif mime.hasImage():
            self._set_picture(preprocess(qimage_to_array(mime.imageData())).steps[0][1], "Dropped image")
        event.acceptProposedAction()
