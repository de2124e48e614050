"""Start the desktop app: the window appears first, PyTorch loads behind it.

`main()` shows the bare window in well under a second, imports PyTorch
on a background thread, then fills the tabs.
"""

from __future__ import annotations

import sys
import time

from cnngui.i18n import tr


def create_main_window():
    """The full main window, tabs included, at once (needs a QApplication): for tests, tools and scripts.
    A contract: `from cnngui.app import create_main_window` keeps working wherever the window moves."""
    from cnngui.ui.main_window import create_main_window as create

    return create()


def _make_app():
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from cnngui import resources

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("cnngui")
    app.setOrganizationName("cnngui")
    app.setDesktopFileName("cnngui")
    if resources.icon_path().is_file():
        app.setWindowIcon(QIcon(str(resources.icon_path())))
    return app


def _import_core() -> None:
    """The heavy imports, run off the GUI thread."""
    import torch  # noqa: F401
    import torchvision  # noqa: F401

    import cnngui.core.evaluation.predict
    import cnngui.core.model_files.checkpoint
    import cnngui.core.training.loop  # noqa: F401


def _log_startup_problem(problem: str) -> None:
    """A frozen build started from a desktop icon has no terminal: the problem goes to errors.log too."""
    if not getattr(sys, "frozen", False):
        return
    from cnngui import resources

    try:
        folder = resources.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "errors.log", "a", encoding="utf-8") as log:
            log.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} cannot start: {problem}\n")
    except OSError:
        pass


def main(argv: list[str] | None = None, lesson: str | None = None) -> int:
    """Open the app; `lesson`: a lesson file to start in the side panel (`cnngui --lesson FILE`)."""
    from cnngui import logs

    logs.configure()
    from cnngui.selftest import has_display

    if not has_display():
        print("cnngui: error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). "
              "Run it in a desktop session, set QT_QPA_PLATFORM=offscreen, or use the commands in "
              "`cnngui --help`.", file=sys.stderr)
        return 2
    from cnngui.platform_check import platform_problem

    problem = platform_problem()
    if problem:  # Qt would only say "could not load the Qt platform plugin" and abort
        print(problem, file=sys.stderr)
        _log_startup_problem(problem)
        return 2
    from PySide6.QtCore import QTimer

    app = _make_app()
    from cnngui.ui import gc_guard
    from cnngui.ui.main_window import MainWindow
    from cnngui.ui.tasks import Task, run_task

    gc_guard.install()
    window = MainWindow()
    from cnngui.ui import crash
    from cnngui.ui.settings import user_data_dir

    window.crash_reporter = crash.install(window, user_data_dir())  # a dialog and errors.log; the app goes on
    shown = {"window": window}  # the window on screen: switching language reopens it as another

    def follow(successor) -> None:
        shown["window"] = successor
        successor.sig_replaced.connect(follow)

    window.sig_replaced.connect(follow)
    window.show()
    window.statusBar().showMessage(tr("Loading PyTorch…"))
    app.processEvents()  # paint the window now, before the heavy imports
    timings = {"window_painted": time.time()}

    def loaded(_) -> None:
        window = shown["window"]
        window.finish_loading()
        window.statusBar().showMessage(tr("Ready"), 3000)
        if lesson:
            window.open_lesson(lesson)
        app.processEvents()
        timings["ready"] = time.time()
        if _env_flag("CNNGUI_STARTUP_TIMINGS"):
            import json

            print("startup-timings " + json.dumps(timings), flush=True)
        if _env_flag("CNNGUI_EXIT_WHEN_READY"):
            window.confirm_close = lambda: True
            QTimer.singleShot(0, window.close)

    def failed(message: str) -> None:
        from cnngui.ui.widgets.dialogs import show_error

        show_error(shown["window"], tr("cnngui cannot start"),
                   tr("PyTorch failed to load: {message}").format(message=message))

    run_task(lambda state: _import_core(), name="cnngui-import", on_result=loaded, on_failed=failed)
    code = app.exec()
    Task.shutdown_all()  # the window closed at once; its cancelled tasks end here, before Python tears down
    return code


def _env_flag(name: str) -> bool:
    import os

    return os.environ.get(name, "") not in ("", "0")
