"""The last line of defence: an unexpected error becomes a dialog and a log entry, and the app keeps running.

`install(window)` replaces `sys.excepthook` for the running app (not in tests, where pytest-qt
must see every error). The dialog says what happened in one line, offers "Copy details" (the
traceback and versions, for a bug report), and the full report is appended to `errors.log` in
the user's data folder. Nothing is reset: the current model, drawing and network stay.
"""

from __future__ import annotations

import platform
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cnngui.i18n import tr

LOG_NAME = "errors.log"
_MAX_DIALOGS = 3  # a storm of the same error must not bury the window in dialogs


def report_text(exc_type, exc, tb) -> str:
    from cnngui import __version__

    versions = f"cnngui {__version__}, Python {platform.python_version()}, {platform.platform()}"
    try:
        import torch

        versions += f", torch {torch.__version__}"
    except Exception:
        pass
    stack = "".join(traceback.format_exception(exc_type, exc, tb))
    return f"{time.strftime('%Y-%m-%d %H:%M:%S')} · {versions}\n{stack}"


class CrashReporter:
    def __init__(self, parent: QWidget, log_folder: Path) -> None:
        self.parent = parent
        self.log_path = Path(log_folder) / LOG_NAME
        self.open_dialogs: list[QMessageBox] = []
        self.count = 0

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report = report_text(exc_type, exc, tb)
        sys.stderr.write(report)
        self.count += 1
        logged = self._log(report)
        self.open_dialogs = [d for d in self.open_dialogs if _alive(d) and d.isVisible()]
        if len(self.open_dialogs) >= _MAX_DIALOGS:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Something went wrong"),
                          tr("cnngui hit an unexpected problem: {problem}").format(
                              problem=f"{exc_type.__name__}: {exc}")
                          + "\n\n" + tr("The app keeps running, and your model, drawing and network are kept.")
                          + (" " + tr("The details are in {file}.").format(file=self.log_path) if logged else ""),
                          parent=self.parent)
        box.setObjectName("crashDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        self.open_dialogs.append(box)

    def _log(self, report: str) -> bool:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.log_path, "a", encoding="utf-8") as handle:
                handle.write(report + "\n")
            return True
        except OSError:
            return False


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def install(window: QWidget, log_folder: Path) -> CrashReporter:
    reporter = CrashReporter(window, log_folder)
    sys.excepthook = reporter
    return reporter
