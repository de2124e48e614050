"""The Draw tab: draw (or open, paste, drop, pick) a picture and watch it be classified live.

The canvas image goes through the same `core.preprocess` as `cnngui predict`; the tab
shows each preprocessing step and the 28x28 input the network actually receives. It reports
each prediction to the application state and draws whatever picture the state is given.
Class names and the word for what is drawn come from the current model's dataset.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.data.preprocess import as_network_input, ink_box, step_titles
from cnngui.core.evaluation.calibration import DEFAULT_FLAG_RATE
from cnngui.core.evaluation.predict import Prediction
from cnngui.i18n import N_, number, tr
from cnngui.ui import settings as saved
from cnngui.ui.app_state import AppState
from cnngui.ui.look import access
from cnngui.ui.look.appearance import scrolling_column, sized, text_style, zoom
from cnngui.ui.tabs import LessonHooks
from cnngui.ui.tabs.base import Tab
from cnngui.ui.tabs.draw.sources import PictureSources
from cnngui.ui.tabs.draw.why import WHY_DELAY_MS, WhyPanel
from cnngui.ui.widgets.canvas import DrawCanvas
from cnngui.ui.widgets.flow_layout import FlowLayout, group
from cnngui.ui.widgets.images import picture_label, pixmap_of, still_plot
from cnngui.ui.widgets.live_text import set_text
from cnngui.ui.widgets.throttle import Throttle

REPORT_DELAY_MS = 1000
ANNOUNCE_DELAY_MS = 600  # the pen paused this long: the answer has settled, a screen reader says it


DRAW_HINT = N_("Draw with the mouse, a pen, a finger or the keys (arrows, Space); drop an image file here.")
NOT_SURE_MAX = 20.0  # percent of test images
SHOW_INSIDE = saved.Saved("draw/show_inside", True, saved.flag)  # the diagram with the drawing inside it
NOT_SURE_PERCENT = saved.Saved("draw/not_sure_percent", 100 * DEFAULT_FLAG_RATE, saved.number(float, 0, NOT_SURE_MAX))


def caption_height(caption: QLabel, width: int) -> int:
    """The height, at 100%, that the longest step title and its size ("cropped\n320x320") wrap to in `width`."""
    from PySide6.QtCore import QRect

    caption.ensurePolished()
    metrics, flags = caption.fontMetrics(), int(Qt.TextFlag.TextWordWrap)
    needed = max(metrics.boundingRect(QRect(0, 0, round(width * zoom()), 10_000), flags, f"{title}\n320x320").height()
                 for title in step_titles())
    return round(needed / zoom()) + 2


class DrawTab(WhyPanel, PictureSources, Tab):
    """The canvas, the answer and what the network sees; the "why" map and the picture sources are panels
    of their own (why.py, sources.py)."""

    def __init__(self, state: AppState, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(state, settings, parent)
        self.last_prediction: Prediction | None = None
        self.true_label: int | None = None
        self._last_dataset = None  # the image folder the last drawing was added to
        self._answer_size = 72  # the prediction label's font size, set in _build
        self._bars_answer, self._bars_count = None, 0  # the class whose bar is dark, and how many bars
        self._pictures_throttle = Throttle(self._show_pictures, parent=self)
        # One reusable zero-delay timer coalesces pen events into one prediction per event-loop turn.
        self._predict_timer = QTimer(self, singleShot=True, interval=0)
        self._predict_timer.timeout.connect(self.update_prediction)
        # "Why" maps are made in the background, one at a time, the newest drawing winning.
        self._why_model: tuple[int, object] | None = None  # (model_version, a copy of the model)
        self.why_map: np.ndarray | None = None
        self._why_timer = QTimer(self, singleShot=True, interval=WHY_DELAY_MS)
        self._why_timer.timeout.connect(self._why_due)
        # "Not sure" needs the model's test report: asked for once the pen has rested a moment, so
        # loading the data never competes with the first strokes.
        self._report_timer = QTimer(self, singleShot=True, interval=REPORT_DELAY_MS)
        self._report_timer.timeout.connect(lambda: self.state.request_report(quiet=True))
        self._build()
        # The answer is said to a screen reader once it settles (the pen paused), not on every pen event
        self.announcer = access.Announcer(self.predictionLabel, self._answer_words, ANNOUNCE_DELAY_MS)
        self.setAcceptDrops(True)
        state.sig_model_changed.connect(self._model_changed)
        state.sig_report_changed.connect(self._report_changed)
        state.sig_picture_changed.connect(self._picture_changed)
        self._model_changed()
        self._clear_why()

    def _build(self) -> None:
        left = self._build_canvas_column()
        answer_box = self._build_answer_box()
        sees_box, why_box = self._build_sees_box(), self._build_why_box()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        # What a student is here for comes first, above the fold at 1024x768: the answer, its probabilities
        # and the picture the network sees; then the look inside and the "why" (scrolled to where needed).
        right.addWidget(answer_box)
        right.addWidget(sees_box)
        right.addWidget(self._build_inside_box())
        right.addWidget(why_box)
        right.addStretch(1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 4)
        layout.addWidget(scrolling_column(right_widget), 5)  # scrolls at 1024x768 or zoomed in; fits beside a lesson

    def _build_inside_box(self) -> QGroupBox:
        """The network diagram with this drawing inside it: every layer's first maps, as the pen moves."""
        from cnngui.ui.widgets.diagram import NetworkDiagram

        self.insideNetworkBox = box = QGroupBox(tr("Inside the network"), objectName="insideNetworkBox")
        box.setCheckable(True)
        box.setToolTip(tr("Each layer's output for this drawing; click a map to trace what one unit sees back to "
                          "the input"))
        self.drawDiagram = NetworkDiagram(self.state, "model", "drawDiagram", slab_width=0)
        self.drawDiagram.setMinimumHeight(round(200 * zoom()))
        layout = QVBoxLayout(box)
        layout.addWidget(self.drawDiagram)
        saved.bind(self.settings, SHOW_INSIDE, box)
        self.drawDiagram.setVisible(box.isChecked())
        box.toggled.connect(self.drawDiagram.setVisible)
        return box

    def _build_canvas_column(self) -> QVBoxLayout:
        """The canvas, its tools and the other sources of a picture."""
        self.canvas = DrawCanvas()
        self.canvas.sig_changed.connect(self.schedule_prediction)
        self.clearButton = QPushButton(tr("Clear"), objectName="clearButton",
                                       toolTip=tr("Clear the canvas (Esc or Delete)"))
        self.undoButton = QPushButton(tr("Undo"), objectName="undoButton", toolTip=tr("Undo the last stroke (Ctrl+Z)"))
        self.strokeWidthSpin = QDoubleSpinBox(objectName="strokeWidthSpin", minimum=4, maximum=60, decimals=0,
                                              singleStep=2, suffix=tr(" px"), value=self.canvas.stroke_width)
        self.strokeWidthSpin.setToolTip(tr("Pen width for new strokes"))
        self.strokeWidthSpin.valueChanged.connect(lambda v: setattr(self.canvas, "stroke_width", float(v)))
        self.openImageButton = QPushButton(tr("Open image…"), objectName="openImageButton")
        self.pasteButton = QPushButton(tr("Paste"), objectName="pasteButton", toolTip=tr("Paste an image (Ctrl+V)"))
        self.randomTestDigitButton = QPushButton(tr("Random test image"), objectName="randomTestDigitButton")
        self.randomTestDigitButton.setToolTip(tr("Pick an image from the model's test set to compare with yours"))
        self.addToDatasetButton = QPushButton(tr("Add to my dataset…"), objectName="addToDatasetButton")
        self.addToDatasetButton.setToolTip(tr("Keep this drawing in an image folder of your own, under a class you "
                                              "choose: cnngui can learn from it"))
        self.addToDatasetButton.clicked.connect(self._choose_collect)
        self.showDatasetButton = QPushButton(tr("My datasets…"), objectName="showDatasetButton")
        self.showDatasetButton.setToolTip(tr("See what you collected: each class's drawings, and set a bad one aside"))
        self.showDatasetButton.clicked.connect(lambda: self.state.messages.show_dataset(str(self._last_dataset or "")))
        self.clearButton.clicked.connect(self.canvas.clear)
        self.undoButton.clicked.connect(self.canvas.undo)
        self.openImageButton.clicked.connect(self._choose_image)
        self.pasteButton.clicked.connect(self.paste)
        self.randomTestDigitButton.clicked.connect(self.random_test_digit)
        for keys, slot, what in ((QKeySequence.StandardKey.Undo, self.canvas.undo, tr("Undo the last stroke")),
                                 (Qt.Key.Key_Escape, self.canvas.clear, tr("Clear the canvas")),
                                 (Qt.Key.Key_Delete, self.canvas.clear, tr("Clear the canvas")),
                                 (QKeySequence.StandardKey.Paste, self.paste, tr("Paste an image"))):
            QShortcut(QKeySequence(keys), self, activated=slot).setWhatsThis(what)  # Help lists it from here

        tools = QHBoxLayout()
        tools.addWidget(self.undoButton)
        tools.addWidget(self.clearButton)
        tools.addSpacing(8)
        tools.addWidget(QLabel(tr("Pen")))
        tools.addWidget(self.strokeWidthSpin)
        tools.addStretch(1)
        sources = FlowLayout()  # wraps where the column is narrow (beside a lesson, zoomed in)
        sources.addWidget(self.openImageButton)
        sources.addWidget(self.pasteButton)
        sources.addWidget(self.randomTestDigitButton)
        sources.addWidget(self.addToDatasetButton)
        sources.addWidget(self.showDatasetButton)
        self.sourceLabel = QLabel(tr(DRAW_HINT), objectName="sourceLabel", wordWrap=True)  # wraps: long in German
        text_style(self.sourceLabel, tone="muted")
        left = QVBoxLayout()
        left.addLayout(tools)
        left.addWidget(self.canvas, 1)
        left.addLayout(sources)
        left.addWidget(self.sourceLabel)
        return left

    def _build_answer_box(self) -> QGroupBox:
        """The answer, its confidence, the probabilities and when to say "not sure"."""
        self.predictionLabel = QLabel("", objectName="predictionLabel")
        self.predictionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sized(self.predictionLabel, min_w=120)
        text_style(self.predictionLabel, 72, "accent", bold=True)
        self.confidenceLabel = QLabel("", objectName="confidenceLabel")
        self.confidenceLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text_style(self.confidenceLabel, 13)
        self.confidenceLabel.setWordWrap(True)  # "Not sure: unlike the MNIST images…" takes several lines
        # It changes with every pen event: a fixed size keeps QLabel.setText from laying the whole window
        # out again each time (2-4 ms of a 16 ms frame; see ui/live_text.py)
        sized(self.confidenceLabel, fixed_w=220, fixed_h=120)
        self.modelInfo = QLabel("", objectName="drawModelLabel", wordWrap=True)
        text_style(self.modelInfo, tone="muted")
        self.probabilityChart = still_plot("probabilityChart")
        sized(self.probabilityChart, min_h=180, max_h=240)  # the answer's height: the picture fits below it
        self.probabilityChart.setYRange(0, 1.05, padding=0)
        self.probabilityChart.setXRange(-0.6, 9.6, padding=0)
        self.probabilityChart.setLabel("left", tr("probability"))
        classes = self.state.model_dataset.num_classes
        self.bars = pg.BarGraphItem(x=np.arange(classes), height=np.zeros(classes), width=0.7, brush="#1f77b4")
        self.probabilityChart.addItem(self.bars)

        answer = QHBoxLayout()
        answer_text = QVBoxLayout()
        answer_text.addWidget(self.predictionLabel)
        answer_text.addWidget(self.confidenceLabel)
        answer.addLayout(answer_text)
        answer.addWidget(self.probabilityChart, 1)
        answer_box = QGroupBox(tr("The network's answer"))
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.addLayout(answer)
        answer_layout.addWidget(self.modelInfo)
        answer_layout.addLayout(self._build_not_sure_row())
        return answer_box

    def _build_sees_box(self) -> QGroupBox:
        """The network input and the preprocessing steps that made it."""
        self.networkInputView = picture_label("networkInputView", 168)
        self.networkInputView.setToolTip(tr("The 28x28 image the network receives, enlarged"))
        self.preprocessStepsView = QWidget(objectName="preprocessStepsView")
        steps = FlowLayout(self.preprocessStepsView, align_top=True)  # four in a row where there is room, else two rows
        self.step_pictures, self.step_captions, self._step_boxes = [], [], []
        height = None
        for _ in range(4):
            picture, caption = picture_label(size=96, zoomed=False), QLabel(wordWrap=True)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            text_style(caption, 9, "muted")
            height = height or caption_height(caption, 112)  # the four captions look alike: measured once
            sized(caption, fixed_w=112, fixed_h=height)  # a fixed size: its text changes with every pen
            # event, and a label that may grow lays the whole column out again (4 layouts an event)
            self._step_boxes.append(group(picture, caption, vertical=True))
            steps.addWidget(self._step_boxes[-1])
            self.step_pictures.append(picture)
            self.step_captions.append(caption)
        self.networkSeesBox = sees_box = QGroupBox(tr("What the network sees"), objectName="networkSeesBox")
        sees = QHBoxLayout(sees_box)
        input_column = QVBoxLayout()
        input_column.addWidget(self.networkInputView)
        caption = QLabel(tr("network input (28x28)"))
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text_style(caption, 9, "muted")
        input_column.addWidget(caption)
        input_column.addStretch(1)  # the caption stays under its picture when the steps take two rows
        sees.addLayout(input_column)
        steps_column = QVBoxLayout()
        self.framingLabel = QLabel(objectName="framingLabel", wordWrap=True)
        steps_column.addWidget(self.framingLabel)
        steps_column.addWidget(self.preprocessStepsView)
        sees.addLayout(steps_column, 1)
        return sees_box

    def _build_not_sure_row(self) -> FlowLayout:
        """How often to say "not sure", as a share of real test images (0: never)."""
        self.notSureSpin = QDoubleSpinBox(objectName="notSureSpin", minimum=0, maximum=NOT_SURE_MAX, decimals=1,
                                          singleStep=0.5, suffix=tr(" % of test images"))
        saved.bind(self.settings, NOT_SURE_PERCENT, self.notSureSpin)
        self.notSureSpin.setToolTip(tr("Answer \"not sure\" for drawings less like the training images than all but "
                                       "this share of real test images.\n0 switches \"not sure\" off. Higher: more "
                                       "caution."))
        self.notSureSpin.valueChanged.connect(lambda _: self.schedule_prediction())
        not_sure_row = FlowLayout()  # the spin box goes under its words where the column is narrow
        not_sure_label = QLabel(tr("Say \"not sure\" as often as for"))
        not_sure_label.setBuddy(self.notSureSpin)  # a screen reader names the box by it
        not_sure_row.addWidget(not_sure_label)
        not_sure_row.addWidget(self.notSureSpin)
        return not_sure_row

    # ---- prediction ---------------------------------------------------------------------------
    def schedule_prediction(self) -> None:
        """Coalesce: however many pen events arrive, one prediction runs per turn of the event loop."""
        if not self._predict_timer.isActive():
            self._predict_timer.start()

    def update_prediction(self) -> None:
        self._predict_timer.stop()
        if self.canvas.background is None:  # the loaded picture was cleared: it is a drawing now
            self.true_label = None
            if self.sourceLabel.property("source") is not None:  # and the line under the canvas says so
                self.sourceLabel.setProperty("source", None)
                self.sourceLabel.setText(tr(DRAW_HINT))
        predictor = self.state.predictor
        if self.canvas.is_empty() or predictor is None:
            self._show(None)
            return
        if predictor.calibration is None and not self.state.training and self.notSureSpin.value() > 0:
            self._report_timer.start()  # the answer doesn't wait for it
        state = self.state
        if state.picture_is_input and self.canvas.background is not None and not self.canvas.strokes:
            # a test image, untouched: exactly what the test set gave the network, not a reframed copy
            self._show(predictor.predict_preprocessed(as_network_input(state.picture, predictor.normalization),
                                                      self.flag_rate))
            return
        self._show(predictor.predict(self.canvas.as_array(), self.flag_rate))

    @property
    def flag_rate(self) -> float:
        """The teacher's "not sure" setting: the share of real test images it may flag."""
        return self.notSureSpin.value() / 100

    @property
    def _a_noun(self) -> str:
        return self.state.model_dataset.a_noun

    def _show(self, prediction: Prediction | None) -> None:
        self.last_prediction = prediction
        classes = self.state.model_dataset.num_classes
        source = self.sourceLabel.property("source") or tr("your drawing")
        if prediction is None or prediction.index is None:
            self.predictionLabel.setText("")
            self.confidenceLabel.setText(tr("Draw {a_noun}").format(a_noun=self._a_noun) if prediction is None
                                         else tr("Nothing found to classify"))
            self._set_bars(np.zeros(classes), None)
            self.networkInputView.clear()
            for picture, caption in zip(self.step_pictures, self.step_captions):
                picture.clear()
                caption.setText("")
            self._show_steps(len(self.step_pictures))
            self._pictures_throttle.cancel()
            self.state.set_prediction(None, source)
            self._clear_why()
            return
        name = prediction.class_name
        if prediction.not_sure and self.notSureSpin.value() > 0:
            name = "?"
        set_text(self.predictionLabel, name)
        size = 72 if len(name) <= 2 else 28  # "7" large; "Ankle boot" must fit
        if size != self._answer_size:  # a style sheet re-polishes the label: only when the size changes
            self._answer_size = size
            text_style(self.predictionLabel, size, "accent", bold=True)
        truth = ""
        if self.true_label is not None:
            truth = (" · " + tr("true: {name}").format(name=self.state.model_dataset.class_name(self.true_label))
                     + (" ✓" if self.true_label == prediction.index else " ✗"))
        if name == "?":
            self.confidenceLabel.setText(tr("Not sure: unlike the {dataset} images it learned from. Best guess {name} "
                                            "({confidence})").format(dataset=self.state.model_dataset.title,
                                                                     name=prediction.class_name,
                                                                     confidence=number(prediction.confidence,
                                                                                       ".0%")) + truth)
        else:
            self.confidenceLabel.setText(tr("{confidence} sure").format(
                confidence=number(prediction.confidence, ".1%")) + truth)
        pre = prediction.preprocessed
        # the bars and the pictures: at most 20 times a second while the pen moves (the answer's words: every event)
        self._pictures_throttle.request()
        self.announcer.request()
        spec = self.state.model_dataset
        as_is = tr("A test image from {dataset}, used as it is (made that way already: {steps})")
        set_text(self.framingLabel, spec.framing_text if pre.bbox is not None else
                 as_is.format(dataset=spec.title, steps=spec.framing_steps))
        self.state.set_prediction(prediction, source)
        self.schedule_why()

    def _answer_words(self) -> tuple[str, str] | None:
        """The settled answer, in words, for a screen reader (said once per answer, not again for the same one)."""
        prediction = self.last_prediction
        if prediction is None or prediction.index is None or not self.isVisible():
            return None  # a picture chosen in another tab: that tab says its answer
        text = self.predictionLabel.text()
        said = (tr("The network is not sure; its best guess is {name}") if text == "?" else
                tr("The network says {name}")).format(name=prediction.class_name)
        self._describe_answer(prediction)  # the chart and the 28×28 picture, in words, as the answer settles
        return text, f"{said}: {self.confidenceLabel.text()}"

    def _describe_answer(self, prediction: Prediction) -> None:
        spec = self.state.model_dataset
        order = np.argsort(prediction.probabilities)[::-1][:3]
        access.describe(self.probabilityChart, tr("Highest probabilities: {list}.").format(list=", ".join(
            f"{spec.class_name(int(i))} {number(float(prediction.probabilities[i]), '.1%')}" for i in order)))
        picture = prediction.preprocessed.image28
        picture = picture.max(axis=0) if picture.ndim == 3 else picture
        box = ink_box(picture > 0.15)
        if box is not None:
            top, left, bottom, right = box
            access.describe(self.networkInputView, tr("The {h}×{w} picture the network receives: ink in columns "
                                                      "{left}–{right} and rows {top}–{bottom}.").format(
                h=picture.shape[0], w=picture.shape[1], left=left, right=right - 1, top=top, bottom=bottom - 1))

    def _show_pictures(self) -> None:
        """The latest answer's probability bars, the picture the network sees and how the drawing was framed,
        step by step (a plot and five pictures: a screen shows 20 of them a second, not one per pen event)."""
        prediction = self.last_prediction
        if prediction is None or prediction.index is None:
            return
        pre = prediction.preprocessed
        self._set_bars(np.asarray(prediction.probabilities), prediction.index)
        self.networkInputView.setPixmap(pixmap_of(pre.image28, self.networkInputView.width() - 2))
        for index, ((name, image), picture,
                    caption) in enumerate(zip(pre.steps, self.step_pictures, self.step_captions)):
            picture.setPixmap(pixmap_of(image, picture.width() - 2, smooth=index == 0 and pre.bbox is not None))
            set_text(caption, f"{name}\n{image.shape[1]}x{image.shape[0]}")
        self._show_steps(len(pre.steps))  # a test image has one step, a drawing four

    def _set_bars(self, heights: np.ndarray, answer: int | None) -> None:
        """The probability bars, their colours set again only when the answer moves to another class."""
        if answer != self._bars_answer or len(heights) != self._bars_count:
            self._bars_answer, self._bars_count = answer, len(heights)
            colors = ["#1f77b4" if i == answer else "#9ec5e8" for i in range(len(heights))]
            self.bars.setOpts(x=np.arange(len(heights)), height=heights, brushes=colors)
        else:
            self.bars.setOpts(height=heights)

    def _report_changed(self) -> None:
        if self.state.predictor is not None and self.state.predictor.calibration is not None:
            self.schedule_prediction()  # "not sure" can be judged now

    def shutdown(self) -> None:
        """The window is closing: start nothing more (the window then ends the running tasks)."""
        self._report_timer.stop()
        self._why_timer.stop()
        self.announcer.stop()
        self._pictures_throttle.cancel()
        self.whyCheck.setChecked(False)
        super().shutdown()

    def _model_changed(self) -> None:
        spec = self.state.model_dataset
        self.modelInfo.setText(tr("Model: {label} · classes from {dataset}").format(label=self.state.label,
                                                                                 dataset=spec.title))
        names = [spec.class_name(index) for index in range(spec.num_classes)]
        long_names = max(len(n) for n in names) > 2
        self.probabilityChart.getAxis("bottom").setTicks([[(i, n[:6] if long_names else n) for i,
                                                           n in enumerate(names)]])
        self.probabilityChart.setXRange(-0.6, len(names) - 0.4, padding=0)
        self._set_bars(np.zeros(len(names)), None)
        self.randomTestDigitButton.setText(tr("Random {dataset} test image").format(dataset=spec.title))
        self.framingLabel.setText(spec.framing_text)
        chosen = self.whyClassCombo.currentData()
        self.whyClassCombo.clear()
        self.whyClassCombo.addItem(tr("the answer"), -1)
        for index, class_name in enumerate(names):
            self.whyClassCombo.addItem(tr("why {name}?").format(name=class_name), index)
        self.whyClassCombo.setCurrentIndex(max(0, self.whyClassCombo.findData(chosen)))
        self.schedule_prediction()

    # ---- what a lesson may do here -------------------------------------------------------------
    def lesson_hooks(self) -> LessonHooks:
        return LessonHooks(
            settings={"drawing": self.open_image,
                      "digit": lambda digit: self.state.show_random_test_image(label=digit)},
            parts={"image-sources": [self.openImageButton, self.pasteButton, self.randomTestDigitButton],
                   "not-sure": [self.notSureSpin], "preprocessing": [self.networkSeesBox],
                   "why": [self.whyCheck, self.whyClassCombo, self.whyMethodCombo, self.whyLabel]})
