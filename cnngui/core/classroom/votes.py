"""A lesson's predictions on the class server: every seat's answers, the teacher's histogram, a gradebook row.

A joined seat's answers to one lesson are one MLflow run in the student's experiment (tags
`cnngui.kind = answers`, `cnngui.lesson`); each question is a tag `cnngui.q.sNN` (step NN: the same
in every language of the lesson) holding the question as JSON, each attempt a tag `cnngui.a.sNN.K`
(the K-th attempt: a second vote is a second attempt). Tags are set, never added to, so a send
repeated after an outage changes nothing. Queued in the outbox like a training's news.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

from cnngui.core.classroom.membership import Membership
from cnngui.core.classroom.outbox import Outbox
from cnngui.core.classroom.rest import Client, tags_of

ANSWERS = "answers"
QUESTION_TAG, ATTEMPT_TAG = "cnngui.q.", "cnngui.a."
FIRST, LATEST = "first", "latest"


def question_id(step_index: int) -> str:
    return f"s{step_index + 1:02d}"


def send_attempt(outbox: Outbox, membership: Membership, lesson: str, lesson_title: str, step_index: int,
                 question, attempt, number: int) -> None:
    """Queue one attempt (the `number`-th at this question) of a seat's lesson; the lesson's run first where
    the server has none. `question`: a core Question; `attempt`: the AnswerBook's Attempt. OSError goes up."""
    from cnngui.core.classroom.reporter import open_side_run, side_run_id

    local = side_run_id(ANSWERS, lesson)
    open_side_run(outbox, membership, local, f"{ANSWERS}: {lesson}",
                  {"cnngui.kind": ANSWERS, "cnngui.lesson": lesson, "cnngui.lesson_title": lesson_title})
    qid = question_id(step_index)
    outbox.put("tags", {"local": local, "tags": {
        QUESTION_TAG + qid: json.dumps({**question.describe(), "step": step_index + 1}, ensure_ascii=False),
        f"{ATTEMPT_TAG}{qid}.{number}": json.dumps({"answer": attempt.answer, "text": attempt.text,
                                                    "right": attempt.right, "at": attempt.at}, ensure_ascii=False)}})


# -- the teacher's side ---------------------------------------------------------------------------
def _json(text) -> dict | None:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def class_answers(client: Client, experiments=None) -> list[dict]:
    """Every seat's answers: [{"student", "user", "lesson", "lesson_title", "questions": {qid: {question…,
    "attempts": [attempt, …] in order}}}]; a tag that is not what a seat sends is passed over."""
    from cnngui.core.classroom.teacher import class_search

    found = []
    seats, runs = class_search(client, f"tags.`cnngui.kind` = '{ANSWERS}'", experiments)
    for run in runs:
        tags = tags_of(run)
        student, user, _ = seats.owner(run)  # who answered is the experiment's owner, not the run's own word
        questions: dict[str, dict] = {}
        for key, value in tags.items():
            if key.startswith(QUESTION_TAG) and (question := _json(value)) is not None:
                questions.setdefault(key[len(QUESTION_TAG):], {"attempts": {}}).update(question)
        for key, value in tags.items():
            if not key.startswith(ATTEMPT_TAG):
                continue
            qid, _, number = key[len(ATTEMPT_TAG):].rpartition(".")
            attempt = _json(value)
            if qid in questions and number.isdigit() and attempt is not None:
                questions[qid]["attempts"][int(number)] = attempt
        for question in questions.values():
            question["attempts"] = [question["attempts"][n] for n in sorted(question["attempts"])]
        found.append({"student": student, "user": user, "lesson": tags.get("cnngui.lesson", ""),
                      "lesson_title": tags.get("cnngui.lesson_title") or tags.get("cnngui.lesson", ""),
                      "questions": questions})
    return found


def class_questions(answers: list[dict]) -> list[dict]:
    """The questions the class has answered, in lesson and step order: [{"lesson", "lesson_title", "qid",
    "question", "kind", "choices", "answer", "tolerance"}] (the first seat's wording)."""
    seen: dict[tuple[str, str], dict] = {}
    for seat in answers:
        for qid, question in seat["questions"].items():
            seen.setdefault((seat["lesson"], qid), {
                "lesson": seat["lesson"], "lesson_title": seat["lesson_title"], "qid": qid,
                **{key: question.get(key) for key in ("question", "kind", "choices", "answer", "tolerance")}})
    return [seen[key] for key in sorted(seen)]


def votes(answers: list[dict], lesson: str, qid: str, round_: str = LATEST) -> list[dict]:
    """Each student's vote on one question: their first or their latest attempt."""
    out = []
    for seat in answers:
        attempts = seat["questions"].get(qid, {}).get("attempts", []) if seat["lesson"] == lesson else []
        if attempts:
            out.append({"student": seat["student"], **(attempts[0] if round_ == FIRST else attempts[-1])})
    return out


def tally(question: dict, shown: list[dict]) -> list[tuple[str, int, bool]]:
    """(label, count, holds a right answer) bars of a histogram: one per choice, or up to eight ranges of the
    numbers given (a range holds the right answer where it meets answer ± tolerance)."""
    given = [float(v["answer"]) for v in shown if _a_number(v.get("answer"))]  # a seat's NaN or ±inf is no vote
    if question.get("kind") == "choice":
        choices = [c if isinstance(c, dict) else {"text": str(c)} for c in question.get("choices") or []]
        counts = Counter(int(value) for value in given)
        return [(str(c.get("text", i + 1)), counts.get(i, 0), bool(c.get("right"))) for i, c in enumerate(choices)]
    numbers = sorted(given)
    if not numbers:
        return []
    answer, tolerance = question.get("answer"), float(question.get("tolerance") or 0)

    def holds(low: float, high: float) -> bool:
        return isinstance(answer, (int, float)) and low - tolerance <= answer <= high + tolerance

    low, high = numbers[0], numbers[-1]
    if low == high:
        return [(_short(low), len(numbers), holds(low, high))]
    edges = [low + (high - low) * i / 8 for i in range(9)]
    counts = [0] * 8
    for value in numbers:
        counts[min(7, int((value - low) / (high - low) * 8))] += 1
    return [(f"{_short(edges[i])}–{_short(edges[i + 1])}", counts[i], holds(edges[i], edges[i + 1])) for i in range(8)]


def _a_number(value) -> bool:
    """A finite number of a sane size (a server's JSON may carry NaN, Infinity or 1e308: they raised in the
    Questions tab, or made every range of the histogram infinite)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and \
        abs(value) <= 1e15


def _short(value: float) -> str:
    from cnngui.core.teaching.questions import shown_number

    return shown_number(round(value, 3) if abs(value) < 1000 else round(value))


def report_rows(answers: list[dict], runs: list[dict], boards: dict[str, list[dict]]) -> tuple[list[str], list[list]]:
    """The gradebook: (header, a row per student): runs and best accuracy, per question the first and the
    latest answer with right/wrong, per challenge the place and the run."""
    questions = class_questions(answers)
    students = sorted({seat["student"] for seat in answers} | {row["student"] for row in runs}, key=str.lower)
    header = ["student", "runs", "best test accuracy"]
    header += [f"{q['lesson']} {q['qid']}: {q['question']}"[:200] for q in questions]
    header += [f"challenge {name}" for name in sorted(boards)]
    rows = []
    for student in students:
        mine = [row for row in runs if row["student"] == student]
        best = max((row["best_test_accuracy"] for row in mine if row["best_test_accuracy"] is not None), default=None)
        row: list = [student, len(mine), f"{best:.4f}" if best is not None else ""]
        for question in questions:
            attempts = next((seat["questions"].get(question["qid"], {}).get("attempts", []) for seat in answers
                             if seat["student"] == student and seat["lesson"] == question["lesson"]), [])
            row.append(_cell(attempts))
        for name in sorted(boards):
            entry = next((e for e in boards[name] if e["student"] == student), None)
            row.append(f"{entry['place']} ({entry['run']})" if entry else "")
        rows.append(row)
    return header, rows


def _cell(attempts: list[dict]) -> str:
    def said(attempt: dict) -> str:
        verdict = {True: "right", False: "wrong"}.get(attempt.get("right"), "")
        return str(attempt.get("text", attempt.get("answer", ""))) + (f" ({verdict})" if verdict else "")

    if not attempts:
        return ""
    return said(attempts[0]) + (f" → {said(attempts[-1])}" if len(attempts) > 1 else "")


def write_report_csv(header: list[str], rows: list[list], path: Path) -> None:
    """The gradebook as CSV (UTF-8 with a byte-order mark: spreadsheet programs then read umlauts right), every
    cell inert (core.atomic.inert: a student named "=HYPERLINK(…)" is text)."""
    from cnngui.core.atomic import write_csv_atomic

    write_csv_atomic(path, rows, header, bom=True)


def class_report(client: Client) -> tuple[list[str], list[list]]:
    """The gradebook read from the server."""
    from cnngui.core.classroom.teacher import class_experiments, class_runs, leaderboards

    experiments = class_experiments(client)
    runs = class_runs(client, experiments)
    return report_rows(class_answers(client, experiments), runs, leaderboards(client, runs)[1])
