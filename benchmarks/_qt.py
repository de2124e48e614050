"""Shared by the GUI benchmarks: close a window and leave Qt the way the app does."""

import gc

from PySide6.QtCore import QTimer


def close_cleanly(app, window) -> None:
    """Close, let Qt delete the widgets, and run the event loop once so aboutToQuit fires."""
    window.confirm_close = lambda: True
    window.close()
    if window.explore_tab is not None:
        window.explore_tab.shutdown()
    window.deleteLater()
    QTimer.singleShot(0, app.quit)
    app.exec()
    from cnngui.ui.tasks import Task

    Task.shutdown_all()  # as app.main does: the window went at once, its cancelled tasks end here
    gc.enable()
    gc.collect()  # now, while Qt is still up, rather than during interpreter shutdown
