"""What every tab is: a view of the application state with the user's saved settings, its own
background jobs, what a lesson may do on it, and what it stops when the window closes."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from cnngui.ui.app_state import AppState
from cnngui.ui.tabs import LessonHooks
from cnngui.ui.tasks import Jobs


class Tab(QWidget):
    """`settings` is None for a tab made alone (tests, tools): it then saves nothing. A tab reads and
    changes `state`, follows its signals and holds no other tab."""

    def __init__(self, state: AppState, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self.jobs = Jobs()  # the tab's background work, by name: newest request wins, cancelled on close

    def lesson_hooks(self) -> LessonHooks:
        """What a lesson step may set, lock and hide here (nothing, unless the tab says)."""
        return LessonHooks()

    def shutdown(self) -> None:
        """The window is closing: start nothing more and cancel what runs."""
        self.jobs.close()
