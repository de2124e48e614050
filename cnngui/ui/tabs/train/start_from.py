"""The Train tab's "Start from": train from random weights, or on top of a trained model (the bundled
one, the model now in the app, a file) with "Keep the learned features" (transfer learning). The rule
that turns a start model into a network and trainer options is the core's (`session.starting_from`),
the one `cnngui train --init … --freeze-features` uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QVBoxLayout, QWidget

from cnngui.core.model_files.checkpoint import Checkpoint
from cnngui.core.training.continuing import load_start
from cnngui.errors import UserError
from cnngui.i18n import tr
from cnngui.ui.widgets.dialogs import CHECKPOINT_FILTER

FRESH, BUNDLED, CURRENT, FILE = "fresh", "bundled", "current", "file"


class StartFrom(QWidget):
    """A combo (`startFromCombo`) and a check box (`keepFeaturesCheck`); `current` reads the app's model."""

    sig_start_changed = Signal()

    def __init__(self, current, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current  # () -> the app's current Checkpoint, or None
        self._file: Path | None = None
        self.startFromCombo = QComboBox(objectName="startFromCombo")
        for key, text in ((FRESH, tr("Random weights (from scratch)")), (BUNDLED, tr("The bundled model")),
                          (CURRENT, tr("The model in the app now")), (FILE, tr("A model file…"))):
            self.startFromCombo.addItem(text, key)
        self.startFromCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.startFromCombo.setMinimumContentsLength(18)
        self.startFromCombo.setToolTip(tr("Start from a trained model's weights: what it learnt carries over, so "
                                          "a few images a class are enough. A new last layer is made where the "
                                          "classes differ. A run's model: Compare runs → Use this model, then "
                                          "'The model in the app now'."))
        self.startFromCombo.activated.connect(self._chosen)
        self.keepFeaturesCheck = QCheckBox(tr("Keep the learned features"),
                                           objectName="keepFeaturesCheck", enabled=False)
        self.keepFeaturesCheck.setToolTip(tr("Every layer up to the flatten stays as the start model learnt it: "
                                             "only the dense layers learn (transfer learning)"))
        self.keepFeaturesCheck.toggled.connect(self.sig_start_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.startFromCombo)
        layout.addWidget(self.keepFeaturesCheck)

    @property
    def key(self) -> str:
        return self.startFromCombo.currentData()

    @property
    def fine_tunes(self) -> bool:
        return self.key != FRESH

    @property
    def freeze(self) -> bool:
        return self.fine_tunes and self.keepFeaturesCheck.isChecked()

    def choose(self, key: str, file: str | Path | None = None) -> None:
        """Select a start (FRESH, BUNDLED, CURRENT, or FILE with `file`)."""
        if key == FILE:
            self._file = Path(file) if file else self._file
            name = self._file.name if self._file else ""
            self.startFromCombo.setItemText(self.startFromCombo.findData(FILE),
                                            tr("File: {name}").format(name=name) if name else tr("A model file…"))
        self.startFromCombo.setCurrentIndex(self.startFromCombo.findData(key))
        self.keepFeaturesCheck.setEnabled(key != FRESH)
        self.sig_start_changed.emit()

    def _chosen(self) -> None:
        if self.key == FILE:
            path, _ = QFileDialog.getOpenFileName(self, tr("Start from a model"), str(self._file or Path.home()),
                                                  tr(CHECKPOINT_FILTER))
            if not path:
                self.choose(FRESH if self._file is None else FILE)
                return
            self.choose(FILE, path)
            return
        self.choose(self.key)

    def start_model(self) -> Checkpoint | None:
        """The model to start from (None: random weights); a UserError says what is wrong with it."""
        if self.key == FRESH:
            return None
        if self.key == CURRENT:
            checkpoint = self._current()
            if checkpoint is None:
                raise UserError(tr("There is no model in the app to start from: open or train one, or start from "
                                   "the bundled model."))
            return checkpoint
        if self.key == FILE and self._file is None:
            raise UserError(tr("Choose the model file to start from."))
        return load_start(BUNDLED if self.key == BUNDLED else self._file)

    def description(self) -> str:
        """What the log says of the start."""
        text = self.startFromCombo.currentText()
        return tr("starting from {model}{kept}").format(
            model=text, kept=tr(", learned features kept") if self.freeze else "")
