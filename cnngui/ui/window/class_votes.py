"""The Class view's Questions tab: a lesson question's answers from every seat as a histogram for the
projector, hidden until the teacher reveals them (peer instruction: vote, discuss, vote again; the first
and the latest vote can be shown apart). Counts only come from the view's background read."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cnngui.core.classroom.votes import FIRST, LATEST, class_questions, tally, votes
from cnngui.i18n import number, tr
from cnngui.ui.look.colormaps import PALETTE
from cnngui.ui.widgets.choices import refill

RIGHT_COLOUR, OTHER_COLOUR = PALETTE[0], "#9e9e9e"  # blue and grey: apart for every colour vision, and ✓ says it too


class ClassVotes(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.answers: list[dict] = []
        self.questions: list[dict] = []
        self.students = 0
        self.questionCombo = QComboBox(objectName="classQuestionCombo")
        self.questionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.questionCombo.setMinimumContentsLength(16)
        self.questionCombo.currentIndexChanged.connect(self._question_changed)
        self.roundCombo = QComboBox(objectName="classVoteRound")
        self.roundCombo.addItem(tr("Latest vote"), LATEST)
        self.roundCombo.addItem(tr("First vote"), FIRST)
        self.roundCombo.setToolTip(tr("A student who tried again voted twice: show their first or their latest answer"))
        self.roundCombo.currentIndexChanged.connect(self.redraw)
        self.revealButton = QPushButton(tr("Reveal the answers"), objectName="classRevealButton", checkable=True)
        self.revealButton.setToolTip(tr("The histogram stays hidden until you reveal it: the class votes, "
                                        "discusses, and votes again"))
        self.revealButton.toggled.connect(self.redraw)
        self.countLabel = QLabel("", objectName="classVotesLabel", wordWrap=True)
        self.plot = pg.PlotWidget()
        self.plot.setObjectName("classVotesPlot")
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.getAxis("bottom").setLabel(tr("students"))
        self.plot.setAccessibleName(tr("The class's answers"))
        rows = QHBoxLayout()
        rows.addWidget(self.roundCombo)
        rows.addWidget(self.revealButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.questionCombo)
        layout.addLayout(rows)
        layout.addWidget(self.countLabel)
        layout.addWidget(self.plot, 1)

    def fill(self, answers: list[dict], students: int) -> None:
        """New answers from the server (every few seconds); the question shown and its reveal stay."""
        self.answers, self.students = answers, students
        self.questions = class_questions(answers)
        refill(self.questionCombo, [(f"{q['lesson_title']} · {q['qid'][1:].lstrip('0')}. {q['question']}",
                                     _key(q), q["question"]) for q in self.questions])
        self.redraw()

    def _question_changed(self) -> None:
        self.revealButton.setChecked(False)  # every question starts hidden
        self.redraw()

    def question(self) -> dict | None:
        index = self.questionCombo.currentIndex()
        return self.questions[index] if 0 <= index < len(self.questions) else None

    def redraw(self) -> None:
        self.revealButton.setText(tr("Hide the answers") if self.revealButton.isChecked() else tr("Reveal the answers"))
        self.plot.clear()
        question = self.question()
        if question is None:
            self.countLabel.setText(tr("No answers yet: they come when seats answer a lesson's questions."))
            return
        shown = votes(self.answers, question["lesson"], question["qid"], self.roundCombo.currentData())
        said = tr("{n} of {total} students have answered.").format(n=len(shown), total=max(self.students, len(shown)))
        if not self.revealButton.isChecked():
            self.countLabel.setText(said + " " + tr("Hidden until you reveal them."))
            self.plot.setAccessibleDescription(said)
            return
        bars = tally(question, shown)
        labels = [("✓ " if right else "") + (label if len(label) <= 28 else label[:27] + "…")
                  for label, _, right in bars]
        counts = [count for _, count, _ in bars]
        self.plot.addItem(pg.BarGraphItem(x0=0, y=list(range(len(bars))), height=0.6, width=counts, pen=None,
                                          brushes=[RIGHT_COLOUR if right else OTHER_COLOUR for *_, right in bars]))
        self.plot.getAxis("left").setTicks([list(enumerate(labels))])
        self.plot.getViewBox().invertY(True)  # the first choice on top, as the lesson lists them
        self.plot.setXRange(0, max([*counts, 1]) + 0.5)
        step = max(1, round(max([*counts, 1]) / 8))  # whole students on the axis, never 0.5 of one
        self.plot.getAxis("bottom").setTickSpacing(major=step, minor=step)
        answer = question.get("answer")
        right = [label for label, _, is_right in bars if is_right]
        truth = (tr("The answer: {answer}.").format(answer=number(answer, ",.10g")) if answer is not None
                 else tr("Right: {choices}.").format(choices="; ".join(right)) if right
                 else tr("An opinion: no answer is wrong."))
        self.countLabel.setText(said + " " + truth)
        self.plot.setAccessibleDescription(said + " " + "; ".join(f"{label}: {count}" for label, count, _ in bars))


def _key(question: dict) -> str:
    """A question's key in the combo: `lesson/sNN`."""
    return f"{question['lesson']}/{question['qid']}"
