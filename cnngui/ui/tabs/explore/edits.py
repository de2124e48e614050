"""Explore's edits: switch a channel off, see the answer and the test accuracy change."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QVBoxLayout

from cnngui.i18n import number, tr
from cnngui.ui.look.appearance import sized
from cnngui.ui.tabs.explore.common import RF_VIEW
from cnngui.ui.torch_threads import use_one_thread


class EditsPanel:
    """The "Switch parts off" box of ExploreTab; the accuracies come from background jobs, newest only."""

    def _build_edits_box(self) -> QGroupBox:
        self.channelOffCheck = QCheckBox(tr("Switch this channel off"), objectName="channelOffCheck")
        self.channelOffCheck.setToolTip(tr("Its output becomes 0: see what the network does without it"))
        self.channelOffCheck.toggled.connect(self._channel_toggled)
        self.editsLabel = QLabel(objectName="editsLabel", wordWrap=True)
        self.editAnswerLabel = QLabel(objectName="editAnswerLabel", wordWrap=True)
        self.ablationAccuracyLabel = QLabel(objectName="ablationAccuracyLabel", wordWrap=True)
        self.resetEditsButton = QPushButton(tr("Reset to the trained weights"), objectName="resetEditsButton")
        self.resetEditsButton.clicked.connect(self.state.reset_edits)
        self.editsBox = edits_box = QGroupBox(tr("Switch parts off"))
        edits_layout = QVBoxLayout(edits_box)
        for widget in (self.channelOffCheck, self.editsLabel, self.editAnswerLabel, self.ablationAccuracyLabel,
                       self.resetEditsButton):
            edits_layout.addWidget(widget)
        for label in (self.editsLabel, self.editAnswerLabel, self.ablationAccuracyLabel):
            sized(label, max_w=RF_VIEW + 40)
        return edits_box

    def _show_edits(self) -> None:
        info, edits = self.infos[self.layer_index], self.state.edits
        channel = self.unit[0]
        self.channelOffCheck.blockSignals(True)
        self.channelOffCheck.setEnabled(info.has_filters)
        self.channelOffCheck.setChecked(info.has_filters and edits.is_off(info.name, channel))
        # a check box's text never wraps: a long one widened the whole column past its edge (cut at 1200x770),
        # so the hint for a layer without channels goes into the wrapping label below
        self.channelOffCheck.setText(tr("Switch {layer} channel {channel} off").format(layer=info.name, channel=channel)
                                     if info.has_filters else tr("Switch this channel off"))
        self.channelOffCheck.blockSignals(False)
        hint = "" if info.has_filters else tr("Select a conv layer's channel to switch it off.") + " "
        self.editsLabel.setText(hint + (tr("Changed: {edits}.").format(edits=edits.describe()) if not edits.empty else
                                        tr("No changes: the trained weights.")))
        self.resetEditsButton.setEnabled(not edits.empty)
        self.editAnswerLabel.setText(self._answer_comparison() if not edits.empty else "")
        self.announcer.request()  # switched off or on: a screen reader hears the answer now
        for label in (self.editAnswerLabel, self.ablationAccuracyLabel):  # no empty gap while nothing is changed
            label.setVisible(not edits.empty)
        self._request_accuracy()

    def _answer_comparison(self) -> str:
        """The answer for the current input, trained vs edited, with the runner-up: a change of confidence
        from 99.9999% to 99.97% is invisible on a bar but not as the runner-up's probability."""
        if self.pre.empty:
            return ""

        def answer(predictor) -> str:
            p = predictor.predict_preprocessed(self.pre)
            order = np.argsort(p.probabilities)[::-1]
            second = int(order[1])
            return tr("<b>{name}</b> ({confidence}), next {second} ({probability})").format(
                name=p.class_name, confidence=number(p.confidence, ".2%"), second=predictor.dataset.class_name(second),
                probability=f"{p.probabilities[second]:.2g}")

        return tr("For {source}: trained says {trained}; now {now}.").format(
            source=self.input_source, trained=answer(self.state.trained), now=answer(self.state.predictor))

    def _channel_toggled(self, off: bool) -> None:
        info = self.infos[self.layer_index]
        self.state.set_edits(self.state.edits.toggled(info.name, self.unit[0], off))

    def _request_accuracy(self) -> None:
        """Test accuracy of the trained model and of the edited one, in the background: one evaluation at a
        time, and while one runs only the newest edit waits (a student toggling fast queues nothing)."""
        if self.state.trained is None or self.jobs.closed:
            return
        if self.state.edits.empty:
            self.ablationAccuracyLabel.setText("")
            return
        self._show_accuracy()
        self.jobs.request("accuracy", self._start_accuracy)

    def _start_accuracy(self):
        """A task for the first of the trained and the edited model whose accuracy is missing (None: none is)."""
        if self.state.edits.empty:
            return None
        try:
            source = self.state.test_source()
        except Exception:
            self.ablationAccuracyLabel.setText(tr("Test accuracy unavailable: the model's test set is not here."))
            return None
        state = self.state
        wanted = [(p, v) for p, v in ((state.trained, state.trained_version), (state.predictor, state.model_version))
                  if v not in self._accuracy_cache]
        if not wanted:
            return None
        predictor, key = wanted[0]
        return self.jobs.run("accuracy", self._compute_accuracy, source, predictor.model, predictor.normalization,
                             on_result=lambda acc: self._accuracy_ready(key, acc), on_failed=self._accuracy_failed)

    def _compute_accuracy(self, task_state, source, model, normalization) -> float:
        from cnngui.core.evaluation.metrics import accuracy_on

        use_one_thread()
        images, labels = self.state.test_split(*source)
        return accuracy_on(model, images, labels, normalization, cancelled=lambda: task_state.stop_requested)

    def _accuracy_ready(self, key: int, accuracy: float) -> None:
        self._accuracy_cache[key] = accuracy
        self._show_accuracy()
        self.jobs.request("accuracy", self._start_accuracy)  # the other model, or the newest edit, if still missing

    def _accuracy_failed(self, message: str) -> None:
        self.ablationAccuracyLabel.setText(tr("Test accuracy unavailable: {message}").format(message=message))

    def _show_accuracy(self) -> None:
        if self.state.edits.empty or self.state.trained is None:
            return
        cache = self._accuracy_cache
        before = cache.get(self.state.trained_version)
        after = cache.get(self.state.model_version)
        text = lambda acc: "…" if acc is None else number(acc, ".2%")  # noqa: E731
        self.ablationAccuracyLabel.setText(tr("Test accuracy: trained {text} → with these changes "
                                           "<b>{text2}</b>").format(text=text(before), text2=text(after)))
