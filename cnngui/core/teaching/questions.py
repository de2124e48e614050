"""Asking steps: a lesson step that asks the student to predict before the app shows.

In the step's settings block (these lines are a contract, issue 33):

    ## Shifted digits
    tab: train
    run: shift-test
    ask: How much of its accuracy does the dense network keep when digits move 3 pixels?
    choice: all of it
    choice*: about half
    choice: none

or a number (`answer: 48.9`, optional `tolerance: 5`). A question with no `choice*` asks for an opinion:
every answer counts. Predicting first is what makes a demonstration teach (Crouch et al., Am. J. Phys.
72:835, 2004), so the step's actions and its explanation wait for the answer (`STAGING` says what a
step that asks sets up before it).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from cnngui.i18n import N_, number, tr

KEYS = ("ask", "choice", "choice*", "answer", "tolerance")  # the settings-block lines a question is made of
# What a step that asks sets before the answer (the stage: where, and the picture the question is about);
# everything else acts after, since it would show the answer (a network's parameter count, a kernel's map).
# What a step sets up before its question is answered (the stage the question is about: the Convolution tab's
# kernel, stride, padding and stage too, its outcome hidden meanwhile); the rest acts once it is answered
STAGING = ("tab", "tabs", "hide", "model", "digit", "drawing", "kernel", "stride", "padding", "pooling", "stage")
MAX_CHOICES = 9  # one number key each
MAX_TEXT = 300  # characters of a question or a choice: it has to fit the side panel


class QuestionError(ValueError):
    """What is wrong with a question, in a teacher's words (the parser adds the line)."""


@dataclass(frozen=True)
class Choice:
    text: str
    right: bool = False


@dataclass
class Question:
    text: str
    choices: list[Choice] = field(default_factory=list)
    answer: float | None = None
    tolerance: float | None = None
    line: int = 0

    @property
    def kind(self) -> str:
        return "number" if self.answer is not None else "choice"

    @property
    def opinion(self) -> bool:
        """A choice question with no right answer: every answer counts."""
        return self.kind == "choice" and not any(c.right for c in self.choices)

    def grade(self, answer) -> bool | None:
        """True or False for a right or wrong answer, None for an opinion. `answer`: a choice's index or
        a number."""
        if self.kind == "number":
            return abs(float(answer) - self.answer) <= (self.tolerance or 0.0) + 1e-9
        if self.opinion:
            return None
        return self.choices[int(answer)].right

    def answer_text(self) -> str:
        """The right answer in words, for beside the student's."""
        if self.kind == "number":
            shown = shown_number(self.answer)
            return shown + (" ± " + shown_number(self.tolerance) if self.tolerance else "")
        return "; ".join(c.text for c in self.choices if c.right)

    def describe(self) -> dict:
        """The JSON shape `cnngui lesson check --json` prints (a contract)."""
        out = {"question": self.text, "kind": self.kind}
        if self.kind == "choice":
            out["choices"] = [{"text": c.text, "right": c.right} for c in self.choices]
        else:
            out.update(answer=self.answer, tolerance=self.tolerance or 0.0)
        return out


def shown_number(value: float) -> str:
    """535,818 or 48.9 in the user's language, never 5.35818e+05."""
    if float(value).is_integer() and abs(value) < 1e15:
        return number(int(value), ",")
    return number(value, ",.10g")


def _number(value: str, key: str) -> float:
    grouped = re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d*)?", value)  # 121,930
    try:
        result = float(value.replace(",", "") if grouped else value)
    except ValueError:
        result = math.nan
    if not math.isfinite(result):
        raise QuestionError(tr("{key}: {value!r} is not a number (write it like 48.9)").format(key=key, value=value))
    return result


def _text(value: str, key: str) -> str:
    if not value:
        raise QuestionError(tr("{key}: give the text after the colon").format(key=key))
    if len(value) > MAX_TEXT:
        raise QuestionError(tr("{key}: {count} characters; at most {limit} fit the lesson panel").format(
            key=key, count=len(value), limit=MAX_TEXT))
    return value


def add_line(question: Question | None, key: str, value: str, line: int) -> Question:
    """One `key: value` line of a step's question; returns the question (made by `ask`)."""
    if key == "ask":
        if question is not None:
            raise QuestionError(tr("ask: a step asks one question (split it into two steps)"))
        return Question(_text(value, key), line=line)
    if question is None:
        raise QuestionError(tr("{key}: comes after the step's 'ask:' line").format(key=key))
    if key in ("choice", "choice*"):
        if len(question.choices) >= MAX_CHOICES:
            raise QuestionError(tr("{key}: at most {limit} choices (one number key each)").format(
                key=key, limit=MAX_CHOICES))
        question.choices.append(Choice(_text(value, key), right=key == "choice*"))
    elif key == "answer":
        if question.answer is not None:
            raise QuestionError(tr("answer: given twice"))
        question.answer = _number(value, key)
    elif key == "tolerance":
        tolerance = _number(value, key)
        if tolerance < 0:
            raise QuestionError(tr("tolerance: {value} is below 0").format(value=value))
        question.tolerance = tolerance
    return question


def finish(question: Question) -> None:
    """A question is either choices or a number, complete."""
    if question.choices and question.answer is not None:
        raise QuestionError(tr("ask: both choices and a number answer; a question is one kind (remove one)"))
    if question.tolerance is not None and question.answer is None:
        raise QuestionError(tr("tolerance: only for a number question (with 'answer:')"))
    if question.answer is None and len(question.choices) < 2:
        raise QuestionError(tr("ask: the question needs at least two 'choice:' lines, or an 'answer:' number"))


RESULT_WORDS = {True: N_("right"), False: N_("not quite"), None: N_("noted")}
