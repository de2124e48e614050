"""A student's report to grade: each lesson's predictions beside the answers, and the runs trained.

`cnngui report --html OUT.html | --pdf OUT.pdf [--lesson NAME]`. The HTML is plain (tables, no script,
no outside file) so it prints, opens in any browser, and Qt's own PDF writer lays it out as it is. Every
text from a file (a lesson's question, a run's name) is escaped: a report shows data, it never runs it.
"""

from __future__ import annotations

import html
import time
from pathlib import Path

from cnngui.core.teaching.answers import AnswerBook, student_folder, student_name
from cnngui.core.teaching.questions import RESULT_WORDS
from cnngui.core.training.runs import Run, network_name
from cnngui.i18n import N_, number, tr

STYLE = """body { font-family: sans-serif; font-size: 11pt; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 18pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #e8e8e8; white-space: nowrap; }
.right { color: #1b6e20; } .wrong { color: #a3001b; } .muted { color: #555; }"""

LESSON_COLUMNS = (N_("Question"), N_("First prediction"), N_("The answer"), N_("Latest attempt"), N_("Attempts"))
RUN_COLUMNS = (N_("Run"), N_("Network"), N_("Parameters"), N_("Best test accuracy"), N_("Training time"),
               N_("Started"))


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def answer_books(folder: Path, student: str | None = None,
                 lesson: str | None = None) -> tuple[list[AnswerBook], list[str]]:
    """(the student's answer files, one per lesson (only `lesson`'s where given), by lesson name; what could
    not be read, set aside as the lesson panel does)."""
    student = student or student_name()
    books, problems = [], []
    for path in sorted(student_folder(folder, student).glob("*.json")):
        if ".unreadable-" in path.name or (lesson and path.stem != lesson):
            continue
        book = AnswerBook(folder, path.stem, student=student)
        if book.problem is None:
            books.append(book)
        else:
            problems.append(f"{path.name}: {book.problem}")
    return books, problems


def _verdict(right: bool | None) -> str:
    if right is None:
        return f'<span class="muted">{_e(tr("an opinion"))}</span>'
    return f'<span class="{"right" if right else "wrong"}">{_e(tr(RESULT_WORDS[right]))}</span>'


def _lesson_section(book: AnswerBook) -> str:
    rows = []
    for key, entry in book.questions.items():
        attempts = entry["attempts"]
        if not attempts:
            continue
        first, last = attempts[0], attempts[-1]
        later = (f"{_e(last.text)} ({_verdict(last.right)})" if len(attempts) > 1 else "–")
        rows.append(f"<tr><td><b>{_e(key)}</b><br>{_e(entry['question'])}</td>"
                    f"<td>{_e(first.text)} ({_verdict(first.right)})</td><td>{_e(entry.get('outcome', ''))}</td>"
                    f"<td>{later}</td>"
                    f"<td>{len(attempts)}</td></tr>")
    graded = [e["attempts"][0].right for e in book.questions.values() if e["attempts"]]
    right = sum(1 for r in graded if r)
    scored = sum(1 for r in graded if r is not None)
    head = "".join(f"<th>{_e(tr(h))}</th>" for h in LESSON_COLUMNS)
    score = tr("{right} of {count} first predictions right").format(right=right, count=scored)
    return (f"<h2>{_e(tr('Lesson'))}: {_e(book.lesson_title)}</h2><p class='muted'>{_e(score)}</p>"
            f"<table><tr>{head}</tr>{''.join(rows)}</table>")


def _runs_section(runs: list[Run]) -> str:
    if not runs:
        return f"<h2>{_e(tr('Runs'))}</h2><p class='muted'>{_e(tr('No trainings kept.'))}</p>"
    head = "".join(f"<th>{_e(tr(h))}</th>" for h in RUN_COLUMNS)
    rows = []
    for run in runs:
        best = run.best_test_accuracy
        rows.append(f"<tr><td>{_e(run.name)}</td><td>{_e(network_name(run.arch))}</td>"
                    f"<td>{_e(number(run.params, ','))}</td>"
                    f"<td>{_e(number(best, '.2%')) if best is not None else '–'}</td>"
                    f"<td>{_e(number(run.seconds, ',.0f'))} s</td>"
                    f"<td>{_e(run.created[:16].replace('T', ' '))}</td></tr>")
    return f"<h2>{_e(tr('Runs'))}</h2><table><tr>{head}</tr>{''.join(rows)}</table>"


def student_report(books: list[AnswerBook], runs: list[Run], student: str | None = None) -> str:
    """The whole report as one HTML page."""
    student = student or student_name()
    title = tr("cnngui report: {student}").format(student=student)
    lessons = "".join(_lesson_section(book) for book in books) or (
        f"<h2>{_e(tr('Lessons'))}</h2><p class='muted'>{_e(tr('No lesson questions answered yet.'))}</p>")
    made = tr("Made {when}.").format(when=time.strftime("%Y-%m-%d %H:%M"))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{_e(title)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{_e(title)}</h1><p class='muted'>{_e(made)}</p>"
            f"{lessons}{_runs_section(runs)}</body></html>")
