"""Train's "Challenge" row, on a seat that has joined a class: the teacher's challenges, read from the class
server in the background (when the tab shows, and every `REFRESH_MS` while it does); the one chosen is
tagged on the next training (`cnngui.challenge`), so it enters that challenge's leaderboard."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox

from cnngui.i18n import tr
from cnngui.ui.widgets.choices import refill

REFRESH_MS = 30_000


def _read_challenges(state, client) -> list[dict]:
    from cnngui.core.classroom.teacher import challenges

    return challenges(client)


class ChallengeChoice(QComboBox):
    """objectName `trainChallengeCombo`; `challenge` is the chosen one's name ("" for none)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="trainChallengeCombo")
        self.addItem(tr("None"), "")
        self.setToolTip(tr("A challenge the teacher set: your next training enters its leaderboard"))
        self._reading = False
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    @property
    def challenge(self) -> str:
        return self.currentData() or ""

    @staticmethod
    def joined() -> bool:
        from cnngui.core.classroom import membership

        return membership.current() is not None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self):
        """Read the class's challenges (in the background); returns the task, or None where there is nothing
        to read (in no class, or a read still under way)."""
        from cnngui.core.classroom import membership
        from cnngui.ui.tasks import run_task

        joined = membership.current()
        if joined is None or self._reading:
            return None
        self._reading = True
        return run_task(_read_challenges, joined.client(), on_result=self.fill,
                        on_failed=lambda text: self.setToolTip(tr("The class's challenges can't be read: {error}")
                                                               .format(error=text)),
                        on_done=self._read_done, name="cnngui-challenges")

    def _read_done(self) -> None:
        self._reading = False

    def fill(self, challenges: list[dict]) -> None:
        refill(self, [(tr("None"), "", ""), *((c["name"], c["name"], c["title"]) for c in challenges)])
