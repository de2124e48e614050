"""The Draw tab: draw (or open, paste, drop, pick) a digit and watch it be classified live.

The canvas image goes through the same `core.preprocess` as `cnngui predict`; the tab
shows each preprocessing step and the 28x28 input the network actually receives.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDoubleSpinBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from cnngui.core.predict import Prediction
from cnngui.core.preprocess import load_image, preprocess
from cnngui.errors import UserError
from cnngui.ui.canvas import DrawCanvas, qimage_to_array
from cnngui.ui.dialogs import show_error
from cnngui.ui.images import picture_label, pixmap_of
from cnngui.ui.model_state import CurrentModel

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)"


class DrawTab(QWidget):
    predicted = Signal(object)  # Prediction, or None for an empty canvas

    def __init__(self, model: CurrentModel, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.settings = settings
        self.last_prediction: Prediction | None = None
        self.true_label: int | None = None
        self._test_digits = None
        self._rng = np.random.default_rng()
        # One reusable zero-delay timer coalesces pen events into one prediction per event-loop turn.
        self._predict_timer = QTimer(self, singleShot=True, interval=0)
        self._predict_timer.timeout.connect(self.update_prediction)
        self._build()
        self.setAcceptDrops(True)
        model.changed.connect(self._model_changed)
        self._model_changed()

    def _build(self) -> None:
        self.canvas = DrawCanvas()
        self.canvas.changed.connect(self.schedule_prediction)
        self.clearButton = QPushButton("Clear", objectName="clearButton", toolTip="Clear the canvas (Esc or Delete)")
        self.undoButton = QPushButton("Undo", objectName="undoButton", toolTip="Undo the last stroke (Ctrl+Z)")
        self.strokeWidthSpin = QDoubleSpinBox(objectName="strokeWidthSpin", minimum=4, maximum=60, decimals=0,
                                              singleStep=2, suffix=" px", value=self.canvas.stroke_width)
        self.strokeWidthSpin.setToolTip("Pen width for new strokes")
        self.strokeWidthSpin.valueChanged.connect(lambda v: setattr(self.canvas, "stroke_width", float(v)))
        self.openImageButton = QPushButton("Open image…", objectName="openImageButton")
        self.pasteButton = QPushButton("Paste", objectName="pasteButton", toolTip="Paste an image (Ctrl+V)")
        self.randomTestDigitButton = QPushButton("Random MNIST digit", objectName="randomTestDigitButton")
        self.randomTestDigitButton.setToolTip("Pick a digit from the MNIST test set to compare with yours")
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
        self.confidenceLabel = QLabel("Draw a digit", objectName="confidenceLabel")
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
        self.probabilityChart.getAxis("bottom").setTicks([[(i, str(i)) for i in range(10)]])
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
        steps_column.addWidget(QLabel("Made the way MNIST was: crop, scale to 20 px, centre by mass"))
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
        if self.canvas.background is None:
            self.true_label = None
        predictor = self.model.predictor
        if self.canvas.is_empty() or predictor is None:
            self._show(None)
            return
        self._show(predictor.predict(self.canvas.as_array()))

    def _show(self, prediction: Prediction | None) -> None:
        self.last_prediction = prediction
        if prediction is None or prediction.digit is None:
            self.predictionLabel.setText("")
            self.confidenceLabel.setText("Draw a digit" if prediction is None else "No digit found")
            self.bars.setOpts(height=np.zeros(10))
            self.networkInputView.clear()
            for picture, caption in zip(self.step_pictures, self.step_captions):
                picture.clear()
                caption.setText("")
            self.predicted.emit(None)
            return
        self.predictionLabel.setText(str(prediction.digit))
        truth = ""
        if self.true_label is not None:
            truth = f" · true label {self.true_label} " + ("✓" if self.true_label == prediction.digit else "✗")
        self.confidenceLabel.setText(f"{prediction.confidence:.1%} sure{truth}")
        colors = ["#1f77b4" if i == prediction.digit else "#9ec5e8" for i in range(10)]
        self.bars.setOpts(height=np.asarray(prediction.probabilities), brushes=colors)
        pre = prediction.preprocessed
        self.networkInputView.setPixmap(pixmap_of(pre.image28, 166))
        for (name, image), picture, caption in zip(pre.steps, self.step_pictures, self.step_captions):
            picture.setPixmap(pixmap_of(image, 94, smooth=name == "input"))
            caption.setText(f"{name}\n{image.shape[1]}x{image.shape[0]}")
        self.predicted.emit(prediction)

    def _model_changed(self) -> None:
        self.modelInfo.setText(f"Model: {self.model.label}")
        self.schedule_prediction()

    # ---- other inputs -------------------------------------------------------------------------
    def _choose_image(self) -> None:
        start = str(self.settings.value("paths/images", "")) if self.settings else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open an image of a digit", start, IMAGE_FILTER)
        if path:
            self.open_image(path)

    def open_image(self, path: str | Path) -> bool:
        try:
            image = load_image(path)
            self._set_picture(preprocess(image).steps[0][1], f"Image: {Path(path).name}")
        except UserError as exc:
            show_error(self, "Cannot use this file", str(exc))
            return False
        if self.settings:
            self.settings.setValue("paths/images", str(Path(path).parent))
        return True

    def paste(self) -> bool:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            show_error(self, "Nothing to paste", "The clipboard holds no image. Copy a picture of a digit first.")
            return False
        self._set_picture(preprocess(qimage_to_array(image)).steps[0][1], "Pasted image")
        return True

    def random_test_digit(self) -> None:
        if self._test_digits is None:
            from cnngui.core.data import load_mnist_test

            try:
                self._test_digits = load_mnist_test()
            except UserError as exc:
                show_error(self, "MNIST unavailable", str(exc))
                return
        images, labels = self._test_digits
        index = int(self._rng.integers(len(images)))
        self._set_picture(images[index].numpy() / 255.0, f"MNIST test digit #{index}", int(labels[index]))

    def _set_picture(self, ink: np.ndarray, source: str, true_label: int | None = None) -> None:
        self.true_label = true_label
        self.canvas.set_picture(ink)
        self.sourceLabel.setText(source + (f" (true label {true_label})" if true_label is not None else "")
                                 + " — draw on it, or Clear to start again")

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
