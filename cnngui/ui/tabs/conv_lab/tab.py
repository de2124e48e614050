"""The Convolution tab: one kernel sliding over the student's own drawing, step by step, with every number.

Input: the current drawing (pixels, or the normalised network input) or any feature map of
the current model. Kernel: a learned filter of the model, a classic one, or one the student
paints. Stride and zero padding are set by hand and the output size formula is shown with
the live numbers. Then ReLU, then max or average pooling, the same way. The arithmetic is
`cnngui.core.inspection.conv_lab`'s; this tab only shows it and routes the controls.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.inspection.conv_lab import CLASSIC_KERNELS, Convolution, Pooling, formula_text, relu
from cnngui.errors import UserError
from cnngui.i18n import N_, number, tr
from cnngui.ui.app_state import AppState
from cnngui.ui.look.appearance import color, scrolling_column, sized, text_style
from cnngui.ui.tabs import LessonHooks
from cnngui.ui.tabs.base import Tab
from cnngui.ui.tabs.conv_lab.inputs import LabInputs
from cnngui.ui.widgets.flow_layout import FlowLayout, group
from cnngui.ui.widgets.lab_grid import LabGrid

STAGES = (N_("Convolution"), N_("ReLU"), N_("Pooling"))


def _operator(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text_style(label, 20, "muted")
    return label


class ConvLabTab(LabInputs, Tab):
    def __init__(self, state: AppState, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(state, settings, parent)
        self.position = 0
        self.conv: Convolution | None = None
        self.pool: Pooling | None = None
        self.maps: list[np.ndarray] = []
        self.pre = None  # the current input, preprocessed; set when the model or the input changes
        self.problem: str | None = None
        self._stale = True
        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._tick)
        self._build()
        state.sig_model_changed.connect(self._model_changed)
        state.sig_input_changed.connect(self._input_changed)
        self._model_changed()

    # ---- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        left_column, play_row = self._build_settings_column(), self._build_play_row()
        maps, arithmetic = self._build_maps(), self._build_arithmetic()
        right = QVBoxLayout()
        right.addWidget(self.labTitle)
        right.addLayout(play_row)
        right.addWidget(self.labFormula)
        right.addLayout(maps, 1)
        right.addLayout(arithmetic, 0)
        right_widget = QWidget()
        right_widget.setLayout(right)
        layout = QHBoxLayout(self)
        layout.addWidget(left_column)
        layout.addWidget(scrolling_column(right_widget), 1)  # where the arithmetic wraps, the column scrolls
        self._connect()

    def _build_settings_column(self) -> QWidget:
        """Input, kernel and sliding settings, in a column that scrolls where it must."""
        self.labInputCombo = QComboBox(objectName="labInputCombo")
        self.labChannelSpin = QSpinBox(objectName="labChannelSpin", minimum=0, maximum=0)
        input_box = QGroupBox(tr("Input"))
        form = QFormLayout(input_box)
        form.addRow(self.labInputCombo)
        form.addRow(tr("Channel"), self.labChannelSpin)

        self.labKernelCombo = QComboBox(objectName="labKernelCombo")
        for name in CLASSIC_KERNELS:
            self.labKernelCombo.addItem(tr(name), f"classic:{name}")
        self.labKernelCombo.addItem(tr("A learned filter of the model"), "learned")
        self.labKernelCombo.addItem(tr("Your own 3×3"), "custom:3")
        self.labKernelCombo.addItem(tr("Your own 5×5"), "custom:5")
        self.labFilterLayerCombo = QComboBox(objectName="labFilterLayerCombo")
        self.labFilterSpin = QSpinBox(objectName="labFilterSpin", minimum=0, maximum=0)
        self.labFilterInSpin = QSpinBox(objectName="labFilterInSpin", minimum=0, maximum=0)
        self.kernelEditor = QTableWidget(3, 3, objectName="kernelEditor")
        self.kernelEditor.horizontalHeader().hide()
        self.kernelEditor.verticalHeader().hide()
        self.kernelEditor.setToolTip(tr("Type a number in any cell"))
        sized(self.kernelEditor, fixed_h=5 * 30 + 4)
        kernel_box = QGroupBox(tr("Kernel"))
        kform = QVBoxLayout(kernel_box)
        kform.addWidget(self.labKernelCombo)
        self.learnedBox = QWidget()
        learned = QFormLayout(self.learnedBox)
        learned.setContentsMargins(0, 0, 0, 0)
        learned.addRow(tr("Layer"), self.labFilterLayerCombo)
        learned.addRow(tr("Filter"), self.labFilterSpin)
        learned.addRow(tr("Input channel"), self.labFilterInSpin)
        kform.addWidget(self.learnedBox)
        kform.addWidget(self.kernelEditor)

        self.labStrideSpin = QSpinBox(objectName="labStrideSpin", minimum=1, maximum=3)
        self.labPaddingSpin = QSpinBox(objectName="labPaddingSpin", minimum=0, maximum=2)
        self.labStageCombo = QComboBox(objectName="labStageCombo")
        for i, stage in enumerate(STAGES, 1):
            self.labStageCombo.addItem(f"{i}. {tr(stage)}", stage)
        self.labPoolModeCombo = QComboBox(objectName="labPoolModeCombo")
        self.labPoolModeCombo.addItem(tr("Max pooling"), "max")
        self.labPoolModeCombo.addItem(tr("Average pooling"), "avg")
        self.labPoolSizeSpin = QSpinBox(objectName="labPoolSizeSpin", minimum=2, maximum=3, value=2)
        self.labPoolStrideSpin = QSpinBox(objectName="labPoolStrideSpin", minimum=1, maximum=3, value=2)
        slide_box = QGroupBox(tr("Sliding"))
        sform = QFormLayout(slide_box)
        sform.addRow(tr("Stride"), self.labStrideSpin)
        sform.addRow(tr("Zero padding"), self.labPaddingSpin)
        sform.addRow(tr("Step"), self.labStageCombo)
        sform.addRow(tr("Pooling"), self.labPoolModeCombo)
        sform.addRow(tr("Pool size"), self.labPoolSizeSpin)
        sform.addRow(tr("Pool stride"), self.labPoolStrideSpin)

        left = QVBoxLayout()
        for box in (input_box, kernel_box, slide_box):
            left.addWidget(box)
        left.addStretch(1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_column = scrolling_column(left_widget, 290)
        return left_column

    def _build_play_row(self) -> FlowLayout:
        """Play, step and the position of the window over the input."""
        self.labPlayButton = QPushButton(tr("▶ Play"), objectName="labPlayButton")
        self.labStepButton = QPushButton(tr("Step ›"), objectName="labStepButton")
        self.labBackButton = QPushButton(tr("‹ Back"), objectName="labBackButton")
        self.labEndButton = QPushButton(tr("Show all"), objectName="labEndButton")
        self.labPositionSlider = QSlider(Qt.Orientation.Horizontal, objectName="labPositionSlider")
        self.labSpeedSpin = QSpinBox(objectName="labSpeedSpin", minimum=1, maximum=60, value=10, suffix=tr(" steps/s"))
        self.labPlayButton.setToolTip(tr("Slide the window over the input (Space)"))
        self.labPlayButton.setShortcut(Qt.Key.Key_Space)
        self.labStepButton.setShortcut(Qt.Key.Key_Right)
        self.labBackButton.setShortcut(Qt.Key.Key_Left)
        play_row = FlowLayout()  # wraps where the window is narrow (beside a lesson, zoomed in)
        play_row.addWidget(group(self.labBackButton, self.labPlayButton, self.labStepButton, self.labEndButton))
        sized(self.labPositionSlider, min_w=140)
        play_row.addWidget(group(self.labPositionSlider, self.labSpeedSpin))
        return play_row

    def _build_maps(self) -> QGridLayout:
        """The input and the output, side by side."""
        self.labTitle = QLabel(objectName="labTitle", wordWrap=True)
        self.labFormula = QLabel(objectName="labFormula", wordWrap=True)
        text_style(self.labFormula, 11)
        self.labInputGrid = LabGrid("labInputGrid", numbers=False)
        self.labOutputGrid = LabGrid("labOutputGrid", numbers=False, choosable=True)
        self.inputCaption, self.outputCaption = QLabel(wordWrap=True), QLabel(wordWrap=True)  # long in German
        maps = QGridLayout()
        maps.addWidget(self.inputCaption, 0, 0)
        maps.addWidget(self.outputCaption, 0, 1)
        maps.addWidget(self.labInputGrid, 1, 0)
        maps.addWidget(self.labOutputGrid, 1, 1)
        maps.setColumnStretch(0, 1)
        maps.setColumnStretch(1, 1)
        return maps

    def _build_arithmetic(self) -> FlowLayout:
        """Patch × kernel = products, then their sum: the arithmetic of one step."""
        self.labPatchGrid = LabGrid("labPatchGrid", fixed_side=126)
        self.labKernelGrid = LabGrid("labKernelGrid", fixed_side=126)
        self.labProductsGrid = LabGrid("labProductsGrid", fixed_side=126)
        self.timesLabel, self.equalsLabel = _operator("×"), _operator("=")
        self.patchCaption, self.kernelCaption = QLabel(), QLabel(tr("kernel"))
        self.productsCaption = QLabel(tr("products"))
        self.labSumLabel = QLabel(objectName="labSumLabel", wordWrap=True)
        text_style(self.labSumLabel, 13)
        sized(self.labSumLabel, min_w=170)
        arithmetic = FlowLayout(align_top=True)  # patch × kernel = products, then the sum: wraps where narrow
        for caption, widget in ((self.patchCaption, self.labPatchGrid), (None, self.timesLabel),
                                (self.kernelCaption, self.labKernelGrid), (None, self.equalsLabel),
                                (self.productsCaption, self.labProductsGrid)):
            if caption is not None:
                caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            arithmetic.addWidget(group(*(w for w in (caption, widget) if w is not None), vertical=True))
        arithmetic.add_filling(self.labSumLabel)
        return arithmetic

    def _connect(self) -> None:
        """Every setting rebuilds the lab; the play controls move the window."""
        for combo in (self.labInputCombo, self.labKernelCombo, self.labFilterLayerCombo, self.labStageCombo,
                      self.labPoolModeCombo):
            combo.currentIndexChanged.connect(self.rebuild)
        for spin in (self.labChannelSpin, self.labFilterSpin, self.labFilterInSpin, self.labStrideSpin,
                     self.labPaddingSpin, self.labPoolSizeSpin, self.labPoolStrideSpin):
            spin.valueChanged.connect(self.rebuild)
        self.kernelEditor.cellChanged.connect(self._kernel_edited)
        self.labPlayButton.clicked.connect(self.toggle_play)
        self.labStepButton.clicked.connect(lambda: self.set_position(self.position + 1))
        self.labBackButton.clicked.connect(lambda: self.set_position(self.position - 1))
        self.labEndButton.clicked.connect(lambda: self.set_position(self.positions - 1))
        self.labPositionSlider.valueChanged.connect(self.set_position)
        self.labOutputGrid.sig_cell_chosen.connect(self.choose_output)
        self.labSpeedSpin.valueChanged.connect(lambda v: self._timer.setInterval(int(1000 / v)))

    # ---- stepping -----------------------------------------------------------------------------
    @property
    def stage(self) -> str:
        return self.labStageCombo.currentData() or STAGES[0]

    @property
    def positions(self) -> int:
        if self.conv is None:
            return 1
        return self.pool.positions if self.stage == "Pooling" and self.pool else self.conv.positions

    def rebuild(self, *_) -> None:
        """Set up the convolution (and pooling) for the current choices, and show the current step."""
        if self.state.predictor is None or self.pre is None:
            return
        image, self.input_text, self.is_picture = self.input_map()
        kernel, bias, self.kernel_text = self.kernel()
        pooling = self.stage == "Pooling"
        for w in (self.labPoolModeCombo, self.labPoolSizeSpin, self.labPoolStrideSpin):
            w.setEnabled(pooling)
        try:
            self.conv = Convolution(image, kernel, bias, self.labStrideSpin.value(), self.labPaddingSpin.value())
            self.pool = Pooling(relu(self.conv.output()), self.labPoolSizeSpin.value(), self.labPoolStrideSpin.value(),
                                self.labPoolModeCombo.currentData() or "max") if pooling else None
            self.problem = None
        except UserError as exc:
            self.conv = self.pool = None
            self.problem = str(exc)
        self.labPositionSlider.blockSignals(True)
        self.labPositionSlider.setRange(0, self.positions - 1)
        self.labPositionSlider.blockSignals(False)
        self.set_position(min(self.position, self.positions - 1))

    def choose_output(self, y: int, x: int) -> None:
        """The step that computes output unit (y, x): a click on the output or the keyboard there."""
        if self.conv is not None:
            self.set_position(y * (self.pool.out_w if self.stage == "Pooling" and self.pool else self.conv.out_w) + x)

    def set_position(self, index: int) -> None:
        """Show step `index`: the window, the numbers, and the output filled up to it."""
        self.position = max(0, min(int(index), self.positions - 1))
        if self.labPositionSlider.value() != self.position:
            self.labPositionSlider.blockSignals(True)
            self.labPositionSlider.setValue(self.position)
            self.labPositionSlider.blockSignals(False)
        if self.conv is None:
            self.labTitle.setText(f"<span style='color:{color('bad').name()}'>{self.problem}</span>")
            return
        if self.stage == "Convolution":
            self._show_convolution()
        elif self.stage == "ReLU":
            self._show_relu()
        else:
            self._show_pooling()

    def _show_convolution(self) -> None:
        conv, step = self.conv, self.conv.step(self.position)
        k, n = conv.k, conv.image.shape[0]
        self.labTitle.setText(tr("<b>Convolution</b>: {kernel} slides over {input}. Position {position} of "
                                 "{positions}: output unit ({y}, {x}).").format(
            kernel=self.kernel_text, input=self.input_text, position=self.position + 1, positions=conv.positions,
            y=step.y, x=step.x))
        self.labFormula.setText(tr("Output size: ⌊(n + 2p − k) / s⌋ + 1 = {formula} → a {h}×{w} map").format(
            formula=formula_text(n, k, conv.stride, conv.padding), h=conv.out_h, w=conv.out_w))
        vmax = 1.0 if self.is_picture else None
        self.labInputGrid.set_values(conv.padded, conv.padding, (step.top, step.left, k, k), grey=self.is_picture,
                                     vmax=vmax)
        self.inputCaption.setText(tr("input {n}×{n}, padded by {padding} (hatched)").format(n=n, padding=conv.padding)
                                  if conv.padding else tr("input {n}×{n}").format(n=n))
        out_vmax = float(np.abs(conv.output()).max()) or 1.0
        self.labOutputGrid.set_values(conv.partial_output(self.position), window=(step.y, step.x, 1, 1), vmax=out_vmax)
        self.outputCaption.setText(tr("output {h}×{w}: filled as the kernel moves").format(h=conv.out_h, w=conv.out_w))
        self._show_arithmetic(step.patch, conv.kernel, step.products, self.is_picture)
        bias = " + " + tr("bias {bias}").format(bias=number(step.bias, "+.3f")) if step.bias else ""
        self.labSumLabel.setText(tr("sum of the {count} products = {sum}{bias}<br>= "
                                    "<b>{value}</b> at output ({y}, {x})")
                                 .format(count=k * k, sum=number(float(step.products.sum()), ".3f"), bias=bias,
                                         value=number(step.value, ".3f"), y=step.y, x=step.x))

    def _show_relu(self) -> None:
        conv = self.conv
        y, x = divmod(self.position, conv.out_w)
        value = float(conv.output()[y, x])
        vmax = float(np.abs(conv.output()).max()) or 1.0
        self.labTitle.setText(tr("<b>ReLU</b> on the convolution's output: negative values become 0. "
                                 "Position {position} of {positions}.").format(position=self.position + 1,
                                                                               positions=conv.positions))
        self.labFormula.setText(tr("ReLU keeps the size: {h}×{w}").format(h=conv.out_h, w=conv.out_w))
        self.labInputGrid.set_values(conv.output(), window=(y, x, 1, 1), vmax=vmax)
        self.inputCaption.setText(tr("convolution output {h}×{w}").format(h=conv.out_h, w=conv.out_w))
        partial = relu(conv.partial_output(self.position))
        partial[np.isnan(conv.partial_output(self.position))] = np.nan
        self.labOutputGrid.set_values(partial, window=(y, x, 1, 1), vmax=vmax)
        self.outputCaption.setText(tr("after ReLU"))
        self._show_arithmetic(np.array([[value]]), None, None, False)
        self.labSumLabel.setText(f"max(0, {value:.3f}) = <b>{max(0.0, value):.3f}</b>")

    def _show_pooling(self) -> None:
        pool, step = self.pool, self.pool.step(self.position)
        n = pool.image.shape[0]
        vmax = float(np.abs(pool.image).max()) or 1.0
        title = (tr("<b>Max pooling</b> of the ReLU output: each {size}×{size} window becomes its maximum. "
                    "Position {position} of {positions}.") if pool.mode == "max" else
                 tr("<b>Average pooling</b> of the ReLU output: each {size}×{size} window becomes its average. "
                    "Position {position} of {positions}."))
        self.labTitle.setText(title.format(size=pool.size, position=self.position + 1, positions=pool.positions))
        self.labFormula.setText(tr("Output size: ⌊(n − k) / s⌋ + 1 = {formula} → a {h}×{w} map").format(
            formula=formula_text(n, pool.size, pool.stride, 0), h=pool.out_h, w=pool.out_w))
        self.labInputGrid.set_values(pool.image, window=(step.top, step.left, pool.size, pool.size), vmax=vmax)
        self.inputCaption.setText(tr("ReLU output {n}×{n}").format(n=n))
        self.labOutputGrid.set_values(pool.partial_output(self.position), window=(step.y, step.x, 1, 1), vmax=vmax)
        self.outputCaption.setText(tr("pooled {h}×{w}").format(h=pool.out_h, w=pool.out_w))
        self._show_arithmetic(step.window, None, None, False, marked=step.argmax)
        sentence = (tr("maximum of the window = <b>{value}</b> at output ({y}, {x})") if pool.mode == "max" else
                    tr("average of the window = <b>{value}</b> at output ({y}, {x})"))
        self.labSumLabel.setText(sentence.format(value=number(step.value, ".3f"), y=step.y, x=step.x))

    def _show_arithmetic(self, patch, kernel, products, picture: bool, marked=None) -> None:
        self.labPatchGrid.set_values(patch, grey=picture, vmax=1.0 if picture else None, marked=marked)
        self.patchCaption.setText(tr("the window") if kernel is not None or marked is not None else tr("value"))
        conv_stage = kernel is not None
        for widget in (self.timesLabel, self.equalsLabel, self.labKernelGrid, self.labProductsGrid,
                       self.kernelCaption, self.productsCaption):
            widget.setVisible(conv_stage)
        if conv_stage:
            self.labKernelGrid.set_values(kernel)
            self.labProductsGrid.set_values(products)

    # ---- playing ------------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.labPlayButton.setText(tr("▶ Play"))
        else:
            if self.position >= self.positions - 1:
                self.set_position(0)
            self._timer.start()
            self.labPlayButton.setText(tr("❚❚ Pause"))

    def _tick(self) -> None:
        if self.position >= self.positions - 1:
            self.toggle_play()
            return
        self.set_position(self.position + 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._input_changed()

    def hideEvent(self, event) -> None:
        if self._timer.isActive():
            self.toggle_play()
        super().hideEvent(event)

    def shutdown(self) -> None:
        self._timer.stop()
        super().shutdown()

    # ---- what a lesson may do here -------------------------------------------------------------
    def lesson_hooks(self) -> LessonHooks:
        def choose(combo):
            return lambda data: combo.setCurrentIndex(max(0, combo.findData(data)))

        stages = {"convolution": STAGES[0], "relu": STAGES[1], "pooling": STAGES[2]}
        return LessonHooks(
            settings={"kernel": lambda name: choose(self.labKernelCombo)(f"classic:{name}"),
                      "stride": self.labStrideSpin.setValue, "padding": self.labPaddingSpin.setValue,
                      "pooling": choose(self.labPoolModeCombo), "stage": lambda key: choose(self.labStageCombo)(
                          stages[key])},
            parts={"kernel-editor": [self.kernelEditor]},
            reveals=[self.labTitle, self.labFormula, self.outputCaption, self.labOutputGrid, self.labSumLabel,
                     self.labPositionSlider, self.labSpeedSpin, self.labPlayButton, self.labStepButton,
                     self.labBackButton, self.labEndButton])
