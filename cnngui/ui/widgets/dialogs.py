"""Non-blocking message boxes, so a worker error never freezes the app (or a test)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cnngui.i18n import N_

# Opening takes any model cnngui reads (its own, Keras, ONNX); saving writes its own checkpoints only.
CHECKPOINT_FILTER = N_("Models (*.pt *.keras *.h5 *.onnx);;cnngui checkpoints (*.pt);;Keras models (*.keras *.h5);;"
                       "ONNX models (*.onnx);;All files (*)")
SAVE_CHECKPOINT_FILTER = N_("cnngui checkpoints (*.pt);;All files (*)")


def show_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a long session must not collect hidden dialogs
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, text: str, action: str, on_yes) -> QMessageBox:
    """Ask before something that can't be undone, without blocking: `on_yes()` runs if confirmed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmDialog")
    box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.accepted.connect(on_yes)
    box.open()
    return box
