"""`cnngui lesson`: check a lesson file as the app reads it, and list the bundled lessons; `cnngui report`.

    cnngui lesson check FILE [--json]   its steps, what each sets, what each asks; exit 2 with the line
    cnngui lesson list [--json]         the bundled lessons: name, title, path, language
    cnngui report [--lesson NAME] --html OUT.html | --pdf OUT.pdf
                                        the student's predictions beside the answers, and their runs

The JSON shapes are contracts (issue 33): check prints `{"title", "path", "steps": [{"title", "tab", "ask":
null | {"question", "kind": "choice" | "number", ...}, ...}]}`; list prints `[{"name", "title", "path",
"language"}]`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cnngui.errors import UserError


def add_parser(sub) -> None:
    lesson = sub.add_parser("lesson", help="check a lesson file, or list the bundled lessons")
    what = lesson.add_subparsers(dest="lesson_command", metavar="{check,list}", required=True)
    check = what.add_parser("check", help="read a lesson as the app would; print its steps and questions")
    check.add_argument("file", type=Path, metavar="FILE")
    check.add_argument("--json", action="store_true", help="print JSON")
    listing = what.add_parser("list", help="name the lessons that ship with cnngui")
    listing.add_argument("--json", action="store_true", help="print JSON")
    report = sub.add_parser("report", help="a report to grade: each lesson's predictions and the runs trained")
    report.add_argument("--lesson", metavar="NAME", help="only this lesson (its name in `cnngui lesson list`)")
    out = report.add_mutually_exclusive_group(required=True)
    out.add_argument("--html", type=Path, metavar="OUT.html", help="write the report as a web page")
    out.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the report as a PDF, ready to print")


def _check_parts(lesson) -> None:
    """`hide:` names parts of the tabs, which only a window knows: made offscreen, for lessons that hide."""
    if not any("hide" in step.settings for step in lesson.steps):
        return
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cnngui.ui.lesson_panel import check_parts
    from cnngui.ui.main_window import create_main_window

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the window needs it
    window = create_main_window()
    try:
        check_parts(lesson, window.lesson_hooks())
    finally:
        window.confirm_close = lambda: True
        window.close()


def check(path: Path):
    """The lesson, checked as the app would open it (tabs, parts, its translations beside it)."""
    from cnngui.core.teaching.lessons import LessonError, check_tabs, load_lesson, translation_gaps, translations
    from cnngui.ui.tabs import tab_keys

    lesson = load_lesson(path)
    check_tabs(lesson, tab_keys())
    _check_parts(lesson)
    for other_path in translations(path):
        other = load_lesson(other_path)
        gaps = translation_gaps(lesson, other)
        if gaps:
            raise LessonError("\n".join(gaps))
    return lesson


def _print_check(lesson) -> None:
    from cnngui.i18n import tr

    print(f"{lesson.title} ({lesson.path.name}): {len(lesson.steps)} steps, "
          f"{sum(step.ask is not None for step in lesson.steps)} of them ask")
    for n, step in enumerate(lesson.steps, start=1):
        sets = ", ".join(f"{k}: {v.name if isinstance(v, Path) else v}" for k, v in step.settings.items())
        print(f"{n:3}. {step.title}  [line {step.line}]" + (f"\n     sets {sets}" if sets else ""))
        if step.ask:
            q = step.ask
            print(f"     asks ({tr(q.kind)}): {q.text}")
            for i, choice in enumerate(q.choices, start=1):
                print(f"       {i}. {choice.text}{'  (right)' if choice.right else ''}")
            if q.kind == "number":
                print(f"       answer {q.answer_text()}")
            elif q.opinion:
                print("       (an opinion: every answer counts)")


def cmd_lesson(args: argparse.Namespace) -> int:
    from cnngui.core.teaching.lessons import bundled_lesson_files, describe, language_of, lesson_name, lesson_title

    if args.lesson_command == "list":
        lessons = [{"name": lesson_name(p), "title": lesson_title(p), "path": str(p), "language": language_of(p)}
                   for p in bundled_lesson_files()]
        if args.json:
            print(json.dumps(lessons, indent=2, ensure_ascii=False))
        else:
            for entry in lessons:
                print(f"{entry['name']:<24} {entry['language']}  {entry['title']}\n{'':<28}{entry['path']}")
        return 0
    lesson = check(args.file)  # a missing file is said by load_lesson, as for `cnngui --lesson`
    if args.json:
        print(json.dumps(describe(lesson), indent=2, ensure_ascii=False))
    else:
        _print_check(lesson)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import sys

    from cnngui.core.atomic import write_text_atomic
    from cnngui.core.teaching.answers import answers_folder
    from cnngui.core.teaching.report import answer_books, student_report
    from cnngui.core.training.runs import RunStore

    books, problems = answer_books(answers_folder(), lesson=args.lesson)
    if args.lesson and not books:
        raise UserError(f"No answers to the lesson {args.lesson!r} at this seat yet; `cnngui lesson list` names "
                        "the lessons, and answers are kept once a question in it is answered.")
    for problem in problems:
        print(f"cnngui: note: {problem}", file=sys.stderr)
    runs, _ = RunStore().list()
    page = student_report(books, [] if args.lesson else runs)
    if args.html:
        write_text_atomic(args.html, page)
        written = args.html
    else:
        from cnngui.ui.look.printing import write_pdf

        write_pdf(page, args.pdf)
        written = args.pdf
    answered = sum(len(book.questions) for book in books)
    print(f"Wrote {written}: {len(books)} lessons ({answered} questions answered)"
          + ("" if args.lesson else f", {len(runs)} runs") + ".")
    return 0
