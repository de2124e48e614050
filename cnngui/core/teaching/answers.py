"""A student's answers to a lesson's questions, kept per student and lesson (atomic JSON).

    <data dir>/answers/<student>/<lesson name>.json
    {"version": 1, "lesson": TITLE, "file": NAME, "student": NAME,
     "questions": {STEP TITLE: {"question": TEXT, "kind": "choice" | "number", "outcome": THE ANSWER IN WORDS,
                                "attempts": [{"answer": INDEX | NUMBER, "text": TEXT, "right": true|false|null,
                                              "at": ISO TIME}]}}}

An answer once given is never changed; trying again adds an attempt (a second vote in peer instruction).
The file is data a student may edit by hand: what can't be read is set aside (renamed, not lost) and said,
and the rest goes on.
"""

from __future__ import annotations

import getpass
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from cnngui.core.atomic import write_text_atomic
from cnngui.core.teaching.questions import Question, shown_number
from cnngui.i18n import tr

VERSION = 1
MAX_ATTEMPTS = 50  # per question: enough for any class, small enough for any file
MAX_BYTES = 2_000_000


def student_name() -> str:
    """Who answers at this seat: the computer account (a joined class seat uses its class name instead)."""
    try:
        return getpass.getuser() or "student"
    except (KeyError, OSError):  # no name for this uid (a container, a kiosk account)
        return "student"


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("._") or "_"


def student_folder(folder: Path, student: str) -> Path:
    """Where one student's answer files are: a folder per student, named safely."""
    return Path(folder) / _safe(student)


@dataclass
class Attempt:
    answer: float | int
    text: str  # the choice's text or the number as typed: what the student saw
    right: bool | None
    at: str

    def as_json(self) -> dict:
        return {"answer": self.answer, "text": self.text, "right": self.right, "at": self.at}


def _attempt(entry) -> Attempt | None:
    """One attempt from the file, or None where a hand edit made it unreadable."""
    if not isinstance(entry, dict):
        return None
    answer, right = entry.get("answer"), entry.get("right")
    if isinstance(answer, bool) or not isinstance(answer, (int, float)) or right not in (True, False, None):
        return None
    return Attempt(answer, str(entry.get("text", answer))[:500], right, str(entry.get("at", ""))[:40])


class AnswerBook:
    """One student's answers to one lesson."""

    def __init__(self, folder: Path, lesson_name: str, lesson_title: str | None = None,
                 student: str | None = None) -> None:
        """`lesson_title` None: the one the file has (a report reading what was kept)."""
        self.student = student or student_name()
        self.path = student_folder(folder, self.student) / f"{_safe(lesson_name)}.json"
        self.lesson_name, self.lesson_title = lesson_name, lesson_title
        self.questions: dict[str, dict] = {}
        self.problem: str | None = None  # what was wrong with the file, said once by the view
        self._read()
        self.lesson_title = self.lesson_title or lesson_name

    def _read(self) -> None:
        if not self.path.exists():
            return
        try:
            if self.path.stat().st_size > MAX_BYTES:
                raise ValueError(tr("too big"))
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("questions"), dict):
                raise ValueError(tr("not an answers file"))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            aside = self.path.with_name(f"{self.path.stem}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}.json")
            try:
                self.path.replace(aside)
            except OSError:
                aside = self.path
            self.problem = tr("Your earlier answers to this lesson could not be read ({reason}); they are kept "
                              "as {name} and new ones start afresh.").format(reason=exc, name=aside.name)
            return
        if self.lesson_title is None and data.get("lesson"):
            self.lesson_title = str(data["lesson"])[:200]
        for key, entry in data["questions"].items():
            if isinstance(entry, dict) and isinstance(entry.get("attempts"), list):
                attempts = [a for a in map(_attempt, entry["attempts"][-MAX_ATTEMPTS:]) if a is not None]
                self.questions[str(key)] = {"question": str(entry.get("question", ""))[:500],
                                            "kind": str(entry.get("kind", "")), "attempts": attempts,
                                            "outcome": str(entry.get("outcome", ""))[:500]}

    def attempts(self, key: str) -> list[Attempt]:
        return list(self.questions.get(key, {}).get("attempts", []))

    def last(self, key: str) -> Attempt | None:
        attempts = self.attempts(key)
        return attempts[-1] if attempts else None

    def answer(self, key: str, question: Question, answer) -> Attempt:
        """Keep a new attempt (graded) and write the file at once: a closed window loses nothing."""
        if question.kind == "choice":
            index = int(answer)
            attempt = Attempt(index, question.choices[index].text, question.grade(index), _now())
        else:
            value = float(answer)
            attempt = Attempt(value, shown_number(value), question.grade(value), _now())
        entry = self.questions.setdefault(key, {"question": question.text, "kind": question.kind, "attempts": []})
        entry.update(question=question.text, kind=question.kind,
                     outcome=tr("an opinion: every answer counts") if question.opinion else question.answer_text())
        entry["attempts"] = (entry["attempts"] + [attempt])[-MAX_ATTEMPTS:]
        self.save()
        return attempt

    def as_json(self) -> dict:
        return {"version": VERSION, "lesson": self.lesson_title, "file": self.lesson_name, "student": self.student,
                "questions": {key: {"question": e["question"], "kind": e["kind"], "outcome": e.get("outcome", ""),
                                    "attempts": [a.as_json() for a in e["attempts"]]}
                              for key, e in self.questions.items()}}

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(self.path, json.dumps(self.as_json(), indent=1, ensure_ascii=False))


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def answers_folder() -> Path:
    from cnngui import resources

    return resources.data_dir() / "answers"
