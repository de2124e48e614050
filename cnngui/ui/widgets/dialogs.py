"""Non-blocking message boxes, so a worker error never freezes the app (or a test), the one flow
for saving a file: ask where, add the suffix, write, and say what went wrong; and the app's dialogs' base."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from cnngui.errors import UserError
from cnngui.i18n import N_, tr

# Opening takes any model cnngui reads (its own, Keras, ONNX); saving writes its own checkpoints only.
CHECKPOINT_FILTER = N_("Models (*.pt *.keras *.h5 *.onnx);;cnngui checkpoints (*.pt);;Keras models (*.keras *.h5);;"
                       "ONNX models (*.onnx);;All files (*)")
SAVE_CHECKPOINT_FILTER = N_("cnngui checkpoints (*.pt);;All files (*)")


class Dialog(QDialog):
    """Every dialog of the app: when it first shows, what Qt can't name in it (plots, tables, lists) gets its
    name from the one registry (ui/look/access.py), as the main window's controls do."""

    _named = False

    def showEvent(self, event) -> None:
        if not self._named:
            from cnngui.ui.look.access import name_widgets

            self._named = True
            name_widgets(self)
        super().showEvent(event)


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


def ask_save_path(parent: QWidget | None, title: str, start: str | Path, filters: str,
                  suffix: str) -> tuple[str | None, str]:
    """Where to save (None: cancelled), with `suffix` added where the user left it off, and the filter chosen."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not path:
        return None, chosen
    return (path if path.lower().endswith(suffix.lower()) else path + suffix), chosen


def save_file(parent: QWidget | None, title: str, start: str | Path, filters: str, suffix: str,
              write: Callable[[str], object], failed_title: str) -> str | None:
    """Ask where, add the suffix, `write(path)`, and put what went wrong (a full disk, a folder that can't
    be written, a refusal of the core's) in a dialog. The path written, or None."""
    path, _ = ask_save_path(parent, title, start, filters, suffix)
    if path is None:
        return None
    try:
        write(path)
    except (OSError, UserError) as exc:
        show_error(parent, failed_title, tr("Cannot write {path}: {exc}").format(path=path, exc=exc))
        return None
    return path
