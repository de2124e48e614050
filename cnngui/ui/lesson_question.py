"""The question a lesson step asks before it shows: choices or a number, committed once.

Keys: 1–9 pick a choice, Enter commits. A committed answer can't be changed; "Try again" starts a new
attempt (the panel keeps every attempt). The box knows no lesson file: it shows a `Question` and says
what was committed (`sig_committed`).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.teaching.answers import Attempt
from cnngui.core.teaching.questions import RESULT_WORDS, Question
from cnngui.i18n import tr
from cnngui.ui.look import access
from cnngui.ui.look.appearance import text_style


class QuestionBox(QFrame):
    sig_committed = Signal(float)  # a choice's index, or the number
    sig_try_again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="lessonQuestionBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # As wide as the panel, never wider: its texts wrap (the panel fits beside the tabs at 1024 px)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.question: Question | None = None
        self.lessonQuestionLabel = QLabel(objectName="lessonQuestionLabel", wordWrap=True)
        text_style(self.lessonQuestionLabel, 12, bold=True)
        self.lessonQuestionHint = QLabel(objectName="lessonQuestionHint", wordWrap=True)
        text_style(self.lessonQuestionHint, 10, "muted")
        self.choiceGroup = QButtonGroup(self)
        self.choiceGroup.idToggled.connect(lambda *_: self._update_commit())
        self.choiceBox = QVBoxLayout()
        self.lessonAnswerEdit = QLineEdit(objectName="lessonAnswerEdit")
        self.lessonAnswerEdit.setValidator(QDoubleValidator(self.lessonAnswerEdit))
        self.lessonAnswerEdit.setPlaceholderText(tr("your prediction, a number"))
        self.lessonAnswerEdit.textChanged.connect(lambda _: self._update_commit())
        self.lessonAnswerEdit.returnPressed.connect(self.commit)
        self.lessonCommitButton = QPushButton(tr("Commit my prediction"), objectName="lessonCommitButton")
        self.lessonCommitButton.setToolTip(tr("Enter. The lesson shows what happens once you have predicted it."))
        self.lessonCommitButton.clicked.connect(self.commit)
        self.lessonResultLabel = QLabel(objectName="lessonResultLabel", wordWrap=True)
        text_style(self.lessonResultLabel, 11)
        self.lessonResultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.lessonTryAgainButton = QPushButton(tr("Try again"), objectName="lessonTryAgainButton")
        self.lessonTryAgainButton.setToolTip(tr("A new attempt; the first one stays kept"))
        self.lessonTryAgainButton.clicked.connect(self.sig_try_again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.lessonCommitButton)
        buttons.addWidget(self.lessonTryAgainButton)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lessonQuestionLabel)
        layout.addLayout(self.choiceBox)
        layout.addWidget(self.lessonAnswerEdit)
        layout.addWidget(self.lessonQuestionHint)
        layout.addLayout(buttons)
        layout.addWidget(self.lessonResultLabel)
        self.lessonQuestionLabel.setTextFormat(Qt.TextFormat.PlainText)  # a lesson's text is data, not markup

    def ask(self, question: Question, last: Attempt | None = None) -> None:
        """Show `question` open for an answer, or, with `last`, as answered."""
        self.question = question
        self.lessonQuestionLabel.setText(question.text)
        for button in self.choiceGroup.buttons():
            self.choiceGroup.removeButton(button)
        while self.choiceBox.count():
            row = self.choiceBox.takeAt(0).widget()
            row.hide()
            row.deleteLater()
        for index, choice in enumerate(question.choices):
            self.choiceBox.addWidget(self._choice_row(index, choice.text))
        self.lessonAnswerEdit.setVisible(question.kind == "number")
        self.lessonAnswerEdit.clear()
        self.lessonQuestionHint.setText(
            tr("Predict first: press 1–{count} to choose, Enter to commit.").format(count=len(question.choices))
            if question.kind == "choice" else tr("Predict first: type a number, Enter to commit."))
        if last is None:
            self._open()
        else:
            self.show_result(last)

    def _choice_row(self, index: int, text: str) -> QWidget:
        """A radio button and its text, wrapped to the panel's width (a radio button's own text never wraps)."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        button = QRadioButton(f"{index + 1}.", objectName=f"lessonChoice{index + 1}")
        button.setAccessibleName(f"{index + 1}. {text}")
        label = _ClickableLabel(text, button)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.choiceGroup.addButton(button, index)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label, 1)
        return row

    def _open(self) -> None:
        self.choiceGroup.setExclusive(False)
        for button in self.choiceGroup.buttons():
            button.setChecked(False)
        self.choiceGroup.setExclusive(True)
        self._enable_choices(True)
        self.lessonAnswerEdit.setEnabled(True)
        self.lessonQuestionHint.show()
        self.lessonCommitButton.show()
        self.lessonTryAgainButton.hide()
        self.lessonResultLabel.hide()
        self._update_commit()

    def focus_answer(self) -> None:
        target = self.lessonAnswerEdit if self.question and self.question.kind == "number" else \
            (self.choiceGroup.buttons() or [self])[0]
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _value(self) -> float | None:
        if self.question is None:
            return None
        if self.question.kind == "choice":
            index = self.choiceGroup.checkedId()
            return float(index) if index >= 0 else None
        text = self.lessonAnswerEdit.text().strip()
        value, ok = QLocale().toDouble(text)  # "48,9" in German, "535,818" in English
        if ok:
            return value
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None

    def _update_commit(self) -> None:
        self.lessonCommitButton.setEnabled(self._value() is not None)

    def commit(self) -> None:
        value = self._value()
        if value is None or not self.lessonCommitButton.isVisibleTo(self):
            return
        self.sig_committed.emit(value)

    def show_result(self, attempt: Attempt) -> None:
        """The answer locked, beside the right one and the verdict."""
        question = self.question
        if question.kind == "choice":
            self.choiceGroup.button(int(attempt.answer)).setChecked(True)
        else:
            self.lessonAnswerEdit.setText(attempt.text)
        self._enable_choices(False)
        self.lessonAnswerEdit.setEnabled(False)
        self.lessonQuestionHint.hide()
        self.lessonCommitButton.hide()
        self.lessonTryAgainButton.show()
        verdict = tr(RESULT_WORDS[attempt.right])
        if question.opinion:
            line = tr("Your answer: {answer} ({verdict}: an opinion, every answer counts).")
        elif attempt.right:
            line = tr("Your prediction: {answer} ({verdict}).")
        else:
            line = tr("Your prediction: {answer}. The answer: {right} ({verdict}).")
        said = line.format(answer=attempt.text, right=question.answer_text(), verdict=verdict)
        self.lessonResultLabel.setText(said)
        self.lessonResultLabel.show()
        access.announce(self.lessonResultLabel, said)  # a screen reader says the outcome of the prediction

    def _enable_choices(self, enabled: bool) -> None:
        """Each choice's row, its radio button and its text together."""
        for index in range(self.choiceBox.count()):
            self.choiceBox.itemAt(index).widget().setEnabled(enabled)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.question is not None and self.question.kind == "choice" and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            button = self.choiceGroup.button(key - Qt.Key.Key_1)
            if button is not None and button.isEnabled():
                button.setChecked(True)
                button.setFocus()
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.lessonCommitButton.isEnabled():
            self.commit()
            return
        super().keyPressEvent(event)


class _ClickableLabel(QLabel):
    """A choice's text: a click on it chooses it, as a click on a radio button's own text does."""

    def __init__(self, text: str, button: QRadioButton) -> None:
        super().__init__(text)
        self.button = button

    def mousePressEvent(self, event) -> None:
        if self.button.isEnabled():
            self.button.click()
        super().mousePressEvent(event)
