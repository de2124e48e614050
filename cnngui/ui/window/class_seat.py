"""A seat's side of the class in the window: File → Join a class… and the class's word in the status bar.

Joining asks the server (up to a few seconds) on a background task; the dialog says what is
wrong in words and keeps what was typed. The status bar reads the sender's state twice a second
(plain values the sender thread writes): the class, and whether it is reachable and what waits.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cnngui.i18n import tr
from cnngui.ui.look.appearance import text_style
from cnngui.ui.widgets.dialogs import Dialog

POLL_MS = 500


def _join(state, url: str, name: str, code: str):
    from cnngui.core.classroom import membership, sender

    joined, warnings = membership.join(url, name, code)
    sender.shared().wake()  # what waited for a class goes now
    return joined.name, joined.url, warnings


class JoinClassDialog(Dialog):
    """Address, name and code; Join tests them against the server before anything is saved."""

    sig_class_changed = Signal(bool)  # joined a class (True) or left it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="joinClassDialog")
        from cnngui.core.classroom import membership

        self.setWindowTitle(tr("Join a class"))
        joined = membership.current()
        self.addressEdit = QLineEdit(joined.url if joined else "", objectName="classAddressEdit",
                                     placeholderText="http://192.168.1.10:5000")
        self.nameEdit = QLineEdit(joined.name if joined else "", objectName="classNameEdit")
        self.codeEdit = QLineEdit("", objectName="classCodeEdit", placeholderText="7KQ4-MX2P-9TZC")
        self.codeEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.messageLabel = QLabel(tr("Joined as {name} at {url}.").format(name=joined.name, url=joined.url)
                                   if joined else tr("The teacher gives the class's address and your join code."),
                                   objectName="classMessageLabel", wordWrap=True)
        form = QFormLayout()
        form.addRow(tr("Class address:"), self.addressEdit)
        form.addRow(tr("Your name:"), self.nameEdit)
        form.addRow(tr("Join code:"), self.codeEdit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.joinButton = QPushButton(tr("Join"), objectName="classJoinButton", default=True)
        self.leaveButton = QPushButton(tr("Leave the class"), objectName="classLeaveButton", enabled=bool(joined))
        buttons.addButton(self.joinButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.leaveButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.joinButton.clicked.connect(self.join)
        self.leaveButton.clicked.connect(self.leave)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(buttons)

    def join(self) -> None:
        from cnngui.ui.tasks import run_task

        self.joinButton.setEnabled(False)
        self._say(tr("Asking the class server…"))
        run_task(_join, self.addressEdit.text(), self.nameEdit.text(), self.codeEdit.text(),
                             on_result=self._joined, on_failed=lambda text: self._say(text, problem=True),
                             on_done=lambda: self.joinButton.setEnabled(True), name="cnngui-join-class")

    def _joined(self, result) -> None:
        name, url, warnings = result
        self.leaveButton.setEnabled(True)
        self.sig_class_changed.emit(True)
        self._say(" ".join([tr("Joined as {name} at {url}: your trainings are sent there.").format(name=name, url=url),
                            *warnings]), problem=bool(warnings))

    def leave(self) -> None:
        from cnngui.core.classroom import membership

        membership.leave()
        self.leaveButton.setEnabled(False)
        self.sig_class_changed.emit(False)
        self._say(tr("Left the class: nothing more is sent."))

    def _say(self, text: str, problem: bool = False) -> None:
        self.messageLabel.setText(text)
        text_style(self.messageLabel, tone="bad" if problem else None)
        from cnngui.ui.look.access import announce

        announce(self.messageLabel, text)


class ClassStatus(QLabel):
    """The status bar's word on the class: hidden unless this seat has joined one."""

    def __init__(self) -> None:
        super().__init__("", objectName="classStatus")
        self.hide()
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._woken = False
        self.refresh()

    def refresh(self) -> None:
        from cnngui.core.classroom import membership, sender

        joined = membership.current()
        if joined is None:
            self.hide()
            return
        shared = sender.shared()
        if not self._woken:  # what waited from an earlier session goes now
            self._woken = True
            shared.wake()
        state = shared.state
        if state.reachable is False:
            text = tr("Class: not reachable, {n} waiting").format(n=state.waiting)
            self.setToolTip(state.problem)
            text_style(self, tone="bad")
        else:
            text = tr("Class: {name}").format(name=joined.name) + (
                tr(", {n} waiting").format(n=state.waiting) if state.waiting else "")
            self.setToolTip(tr("Joined the class at {url} as {name}.").format(url=joined.url, name=joined.name)
                            if not state.problem else state.problem)
            text_style(self, tone=None)
        self.setText(text)
        self.setAccessibleName(text)
        self.show()


def open_join_dialog(parent: QWidget) -> JoinClassDialog:
    dialog = JoinClassDialog(parent)
    dialog.open()
    return dialog
