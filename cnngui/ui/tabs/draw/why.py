"""Draw's "Why this answer?": which pixels pushed the network towards its answer (or another class).
A map is made on a task's thread once the pen pauses, on the model's own copy, the newest drawing winning."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from cnngui.core.data.normalize import normalize
from cnngui.core.inspection.attribution import METHODS
from cnngui.i18n import tr
from cnngui.ui.look.appearance import text_style
from cnngui.ui.look.colormaps import colorize
from cnngui.ui.widgets.images import picture_label, rgb_pixmap

WHY_VIEW = 150
WHY_DELAY_MS = 80  # a map is made when the pen pauses this long: none competes with a moving pen


def _explain(task_state, model, tensor, target: int, blank: float, method: str) -> np.ndarray:
    """An attribution map for the drawing (runs on a task's thread, on its own copy of the model)."""
    from cnngui.core.inspection.attribution import explain
    from cnngui.ui.torch_threads import use_one_thread

    use_one_thread()
    return explain(model, tensor, target, blank, method).numpy()


class WhyPanel:
    """Draw's "Why this answer?": which pixels pushed the network towards its answer (or another class)."""

    def _build_why_box(self) -> QGroupBox:
        """The "why" map: which pixels pushed the network to its answer."""
        self.whyCheck = QCheckBox(tr("Show"), objectName="whyCheck", checked=True)
        self.whyCheck.setToolTip(tr("Work out, after each stroke, which pixels pushed the network to its answer"))
        self.whyCheck.toggled.connect(self._why_toggled)
        self.whyClassCombo = QComboBox(objectName="whyClassCombo")
        self.whyClassCombo.setToolTip(tr("Explain the answer, or ask why not another class"))
        self.whyClassCombo.activated.connect(lambda _: self.schedule_why())
        self.whyMethodCombo = QComboBox(objectName="whyMethodCombo")
        for method in METHODS.values():
            self.whyMethodCombo.addItem(tr(method.title), method.key)
            self.whyMethodCombo.setItemData(self.whyMethodCombo.count() - 1, tr(method.explain),
                                            Qt.ItemDataRole.ToolTipRole)
        self.whyMethodCombo.activated.connect(lambda _: self.schedule_why())
        self.whyView = picture_label("whyView", WHY_VIEW)
        self.whyView.setStyleSheet("background: white; border: 1px solid #888")
        self.whyLabel = QLabel("", objectName="whyLabel", wordWrap=True)
        text_style(self.whyLabel)
        why_box = QGroupBox(tr("Why this answer?"))
        why = QHBoxLayout(why_box)
        why.addWidget(self.whyView)
        why_controls = QVBoxLayout()
        for row_widgets in ((self.whyCheck, self.whyClassCombo), (self.whyMethodCombo,)):
            row = QHBoxLayout()
            for widget in row_widgets:
                row.addWidget(widget)
            row.addStretch(1)
            why_controls.addLayout(row)
        why_controls.addWidget(self.whyLabel, 1)
        why.addLayout(why_controls, 1)
        return why_box

    # ---- why this answer ------------------------------------------------------------------------
    def why_target(self) -> int | None:
        """The class to explain: the answer, unless another is chosen ("why not 1?")."""
        if self.last_prediction is None or self.last_prediction.index is None:
            return None
        chosen = self.whyClassCombo.currentData()
        return self.last_prediction.index if chosen is None or chosen < 0 else int(chosen)

    def schedule_why(self) -> None:
        """Make a map for the current drawing once the pen pauses (each new answer restarts the wait)."""
        if self.whyCheck.isChecked() and self.why_target() is not None and self.state.predictor is not None:
            self._why_timer.start()

    def _why_due(self) -> None:
        self.jobs.request("why", self._start_why)

    def _start_why(self):
        """A task making the map for the drawing as it is now (None: nothing to explain)."""
        import copy

        prediction, predictor, target = self.last_prediction, self.state.predictor, self.why_target()
        if prediction is None or target is None or predictor is None or not self.whyCheck.isChecked():
            return None
        if self._why_model is None or self._why_model[0] != self.state.model_version:
            self._why_model = (self.state.model_version, copy.deepcopy(predictor.model))
        blank = float(normalize(0.0, predictor.normalization))  # an empty canvas, as the network sees it
        method = self.whyMethodCombo.currentData()
        key = (prediction, target, method, self.state.model_version)
        return self.jobs.run("why", _explain, self._why_model[1], prediction.preprocessed.tensor.clone(), target,
                             blank, method, on_result=lambda heat: self._show_why(heat, key))

    def _show_why(self, heat: np.ndarray, key: tuple) -> None:
        prediction, target, method, version = key
        if prediction is not self.last_prediction or version != self.state.model_version:
            return  # an older drawing's map: the newer one is on its way
        self.why_map = heat
        ink = np.clip(prediction.preprocessed.image28, 0, 1)[..., None]
        vmax = float(np.quantile(np.abs(heat), 0.99)) or 1.0  # a few extreme pixels must not wash out the rest
        strength = np.clip(np.abs(heat) / vmax, 0, 1)[..., None]
        # the drawing in grey where nothing pushed, the colour where something did
        rgb = colorize(heat, vmax=vmax, signed=True).astype(np.float32) * (1 - 0.4 * ink * (1 - strength))
        self.whyView.setPixmap(rgb_pixmap(rgb.clip(0, 255).astype(np.uint8), self.whyView.width() - 2))
        names = self.state.model_dataset
        towards = names.class_name(target)
        asked = "" if target == prediction.index else tr(" (the answer was {name})").format(name=prediction.class_name)
        self.whyLabel.setText(tr("<span style='color:#b2182b'><b>Red</b></span>: pixels that pushed it towards "
                              "<b>{towards}</b>{asked}; <span style='color:#2166ac'><b>blue</b></span>: away from it. "
                              "{explain}").format(towards=towards, asked=asked, explain=tr(METHODS[method].explain)))

    def _show_steps(self, count: int) -> None:
        """Show the first `count` preprocessing steps; only those that change (showing lays the column out)."""
        for index, box in enumerate(self._step_boxes):
            if box.isHidden() == (index < count):
                box.setVisible(index < count)

    def _clear_why(self) -> None:
        self.why_map = None
        self.whyView.clear()
        self.whyLabel.setText(tr("Draw, and the pixels behind the answer light up here.") if self.whyCheck.isChecked()
                              else "")

    def _why_toggled(self, on: bool) -> None:
        for widget in (self.whyClassCombo, self.whyMethodCombo, self.whyView):
            widget.setEnabled(on)
        if on:
            self.schedule_why()
        else:
            self._clear_why()

