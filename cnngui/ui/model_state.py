"""The current model, shared by every tab: bundled, trained now, or loaded from a file."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cnngui.core.checkpoint import Checkpoint
from cnngui.core.predict import Predictor


class CurrentModel(QObject):
    """Holds one Predictor; `changed` fires whenever another model takes its place."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.predictor: Predictor | None = None

    @property
    def label(self) -> str:
        return self.predictor.label if self.predictor else "no model"

    @property
    def checkpoint(self) -> Checkpoint | None:
        return self.predictor.checkpoint if self.predictor else None

    def set_checkpoint(self, checkpoint: Checkpoint, label: str) -> None:
        self.predictor = Predictor(checkpoint, label)
        self.changed.emit()

    def load_bundled(self) -> None:
        self.predictor = Predictor.from_file()
        self.changed.emit()
