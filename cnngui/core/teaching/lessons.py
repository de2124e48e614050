"""Lessons: a teacher's walk through the app, written as a Markdown file.

    # Why CNNs for images                  <- the lesson's title
    A line or two about the lesson.

    ## Every pixel has its own weight      <- a step
    tab: network                           <- settings: "key: value" lines right under the heading
    network: ffnn
    Text of the step, in Markdown, with ![pictures](images/dense.png).

`SETTINGS` is the one list of what a step may set, each with its rule; the side panel (ui)
applies them. A problem is named with its line, so a teacher can fix the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cnngui.core.teaching import questions
from cnngui.core.teaching.questions import Question, QuestionError
from cnngui.errors import UserError
from cnngui.i18n import number, tr

MAX_BYTES = 1_000_000


class LessonError(UserError):
    """A lesson file that can't be used, with the line that says why."""


@dataclass(frozen=True)
class Setting:
    key: str
    help: str
    parse: Callable[[str, Path], object]  # raises ValueError with words a teacher understands


def _int_in(low: int, high: int) -> Callable[[str, Path], int]:
    def parse(value: str, folder: Path) -> int:
        try:
            value_int = int(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a whole number") from None
        if not low <= value_int <= high:
            raise ValueError(f"{value_int} is not from {low} to {high}")
        return value_int

    return parse


def _limits(key: str) -> tuple[int, int]:
    """A hyperparameter's range, as the recipes declare it (the Train form's and the trainer's)."""
    from cnngui.core.training.recipes import HYPERPARAMETERS

    return int(HYPERPARAMETERS[key].minimum), int(HYPERPARAMETERS[key].maximum)


def _names(value: str, folder: Path) -> list[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    if not names:
        raise ValueError("give at least one name, separated by commas")
    return names


def _file(*suffixes: str) -> Callable[[str, Path], Path]:
    def parse(value: str, folder: Path) -> Path:
        path = (folder / value).resolve()
        if suffixes and path.suffix.lower() not in suffixes:
            raise ValueError(f"{value!r} should end in {' or '.join(suffixes)}")
        if not path.is_file():
            raise ValueError(f"{value!r} does not exist next to the lesson")
        return path

    return parse


def _network(value: str, folder: Path) -> object:
    from cnngui.core.network.architecture import PRESETS

    if value in PRESETS:
        return value
    if value.endswith(".json"):
        return _file(".json")(value, folder)
    raise ValueError(f"{value!r} is neither a network preset ({', '.join(PRESETS)}) nor a .json file")


def _recipe(value: str, folder: Path) -> str:
    from cnngui.core.training.recipes import PRESETS

    if value not in PRESETS:
        raise ValueError(f"{value!r} is not a recipe; choose {', '.join(PRESETS)}")
    return value


def _model(value: str, folder: Path) -> object:
    return "bundled" if value == "bundled" else _file(".pt")(value, folder)


def _unit(value: str, folder: Path) -> tuple[str, int, int]:
    """The diagram's rule (`core.diagram.parse_unit`); the layer's name is checked against the model when shown."""
    from cnngui.core.network.diagram import parse_unit

    return parse_unit(value)


ACTIONS = {  # what `run:` may start; the hosts that declare them carry them out, as a user's click would
    "train": "train the network with the step's recipe (the Train tab's Start)",
    "shift-test": "train the dense network and the seed CNN, then test both on moved digits (Experiments)",
    "speed-race": "the same short training on the CPU and on each GPU (Experiments)",
}


def _action(value: str, folder: Path) -> str:
    value = value.strip().lower()
    if value not in ACTIONS:
        raise ValueError(f"{value!r} is not an experiment; choose {', '.join(ACTIONS)}")
    return value


def _kernel(value: str, folder: Path) -> str:
    """A classic kernel of the Convolution tab, by its name in any case ("vertical edge")."""
    from cnngui.core.inspection.conv_lab import CLASSIC_KERNELS

    for name in CLASSIC_KERNELS:
        if name.lower() == value.strip().lower():
            return name
    raise ValueError(f"{value!r} is not a kernel of the Convolution tab; choose {', '.join(CLASSIC_KERNELS)}")


def _one_of(*choices: str) -> Callable[[str, Path], str]:
    def parse(value: str, folder: Path) -> str:
        value = value.strip().lower()
        if value not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(choices)}")
        return value

    return parse


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif")

SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("tab", "the tab to show", lambda v, f: v.strip().lower()),
    Setting("tabs", "the only tabs to offer, by name, separated by commas", lambda v,
            f: [n.lower() for n in _names(v, f)]),
    Setting("hide", "parts of the tabs to hide, by name (augment, device, why…)", _names),
    Setting("network", "a network preset or an architecture .json file", _network),
    Setting("recipe", "the training recipe: seed, fast or bundled", _recipe),
    Setting("seed", "the training seed", _int_in(*_limits("seed"))),
    Setting("epochs", "how many epochs to train", _int_in(*_limits("epochs"))),
    Setting("model", "'bundled' or a .pt checkpoint to load", _model),
    Setting("digit", "show a test image of this digit", _int_in(0, 9)),
    Setting("drawing", "a picture to put on the Draw canvas", _file(*IMAGE_SUFFIXES)),
    Setting("unit", "a unit whose receptive field to trace, as LAYER:Y:X (conv2:5:5)", _unit),
    Setting("kernel", "the Convolution tab's kernel, by name (Vertical edge, Blur…)", _kernel),
    Setting("stride", "the Convolution tab's stride, 1 to 3", _int_in(1, 3)),
    Setting("padding", "the Convolution tab's zero padding, 0 to 2", _int_in(0, 2)),
    Setting("pooling", "the Convolution tab's pooling: max or avg", _one_of("max", "avg")),
    Setting("stage", "the Convolution tab's step: convolution, relu or pooling", _one_of("convolution", "relu",
                                                                                          "pooling")),
    Setting("run", "an experiment to run: " + ", ".join(ACTIONS), _action),
)}
FIXED = ("network", "recipe", "seed", "epochs")  # what a step fixes: their controls are locked while it shows


@dataclass
class Step:
    title: str
    text: str  # Markdown
    settings: dict = field(default_factory=dict)
    line: int = 0  # of its heading
    setting_lines: dict = field(default_factory=dict)
    ask: Question | None = None  # a prediction asked before the step's actions run (core/teaching/questions)
    pictures: list[str] = field(default_factory=list)  # the pictures its text shows, as written (checked to exist)


@dataclass
class Lesson:
    title: str
    about: str
    steps: list[Step]
    path: Path

    def where(self, step: Step, key: str) -> str:
        return f"{self.path.name}, line {step.setting_lines.get(key, step.line)}"


_SETTING_LINE = re.compile(r"^([A-Za-z_][\w-]*\*?)\s*:\s*(.*)$")
_PICTURE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def _take_pictures(step: Step, line: str, line_no: int, path: Path) -> None:
    """The pictures a line of a step's text shows: each must be there beside the lesson (a lesson shown in a lab
    without the picture showed a broken frame; `lesson check` passed it)."""
    for target in _PICTURE.findall(line):
        step.pictures.append(target)
        if "://" in target or target.startswith("data:"):
            continue
        if not (path.parent / target).is_file():
            raise LessonError(tr("{name}, line {number}: the picture {picture} is not there (looked for "
                                 "{file}).").format(name=path.name, number=line_no, picture=target,
                                                    file=path.parent / target))


def _title(line: str) -> str | None:
    """The lesson's title, if `line` is its heading ('# Title')."""
    return line[2:].strip() if line.startswith("# ") else None


def lesson_title(path: Path) -> str:
    """The title alone (for a menu): the first '# ' heading, without parsing the steps."""
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line.startswith("##"):
                break
            if _title(line.rstrip()) is not None:
                return _title(line.rstrip())
    return path.stem


def _take_setting(step: Step, key: str, value: str, line_no: int, path: Path) -> None:
    """One `key: value` line of a step's settings block: a setting, or a line of its question."""
    if key in questions.KEYS:
        try:
            step.ask = questions.add_line(step.ask, key, value, line_no)
        except QuestionError as exc:
            raise LessonError(tr("{name}, line {number}: {exc}.").format(name=path.name, number=line_no,
                                                                         exc=exc)) from None
        return
    if key not in SETTINGS:
        raise LessonError(tr("{name}, line {number}: '{key}' is not a step setting; a step may "
                             "set {join} (or leave a blank line before its text).").format(
                                 name=path.name, number=line_no, key=key,
                                 join=', '.join([*SETTINGS, *questions.KEYS])))
    if key in step.settings:
        raise LessonError(tr("{name}, line {number}: '{key}' is set twice in this step.").format(
            name=path.name, number=line_no, key=key))
    try:
        step.settings[key] = SETTINGS[key].parse(value, path.parent)
    except ValueError as exc:
        raise LessonError(tr("{name}, line {number}: {key}: {exc}.").format(
            name=path.name, number=line_no, key=key, exc=exc)) from None
    step.setting_lines[key] = line_no


def parse_lesson(text: str, path: Path) -> Lesson:
    """The lesson in `text` (read from `path`, whose folder relative files are found in)."""
    title, about, steps = None, [], []
    step: Step | None = None
    in_settings = False
    body: list[str] = []

    def close_step() -> None:
        if step is not None:
            step.text = "\n".join(body).strip()
            if step.ask is not None:
                try:
                    questions.finish(step.ask)
                except QuestionError as exc:
                    raise LessonError(tr("{name}, line {number}: {exc}.").format(
                        name=path.name, number=step.ask.line, exc=exc)) from None

    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if line.startswith("##") and not line.startswith("###"):
            close_step()
            body = []
            step = Step(line[2:].strip(), "", line=line_no)
            if not step.title:
                raise LessonError(tr("{name}, line {number}: a step needs a title after '## '.").format(
                    name=path.name, number=line_no))
            steps.append(step)
            in_settings = True
            continue
        if title is None and step is None and _title(line) is not None:
            title = _title(line)
            continue
        if step is None:
            if line.strip():
                if title is None:
                    raise LessonError(tr("{name}, line {number}: a lesson starts with its title, "
                                      "a line like '# Why CNNs for images'.").format(name=path.name, number=line_no))
                about.append(line)
            continue
        match = _SETTING_LINE.match(line) if in_settings else None
        if match:
            _take_setting(step, match.group(1).lower(), match.group(2).strip(), line_no, path)
            continue
        in_settings = False
        _take_pictures(step, raw, line_no, path)
        body.append(raw)
    close_step()
    if title is None:
        raise LessonError(tr("{name}, line 1: a lesson starts with its title, a line like "
                          "'# Why CNNs for images'.").format(name=path.name))
    if not steps:
        raise LessonError(tr("{name}: the lesson has no steps; each starts with a line like '## First step'.").format(
            name=path.name))
    return Lesson(title, "\n".join(about).strip(), steps, path)


def load_lesson(path: str | Path) -> Lesson:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise LessonError(tr("{name} is {size} bytes: too big for a lesson (at most {limit}). Is it the right "
                                 "file?").format(name=path.name, size=number(path.stat().st_size, ","),
                                                 limit=number(MAX_BYTES, ",")))
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LessonError(tr("The lesson {path} does not exist.").format(path=path)) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[:exc.start].count(b"\n") + 1
        raise LessonError(tr("{name}, line {line}: not text (UTF-8). A lesson is a Markdown file "
                          "written in a text editor.").format(name=path.name, line=line)) from None
    except OSError as exc:
        raise LessonError(tr("The lesson {path} cannot be read: {value}.").format(
            path=path, value=exc.strerror or exc)) from None
    return parse_lesson(text, path)


def check_tabs(lesson: Lesson, known: list[str]) -> None:
    """Tab names are the window's; it passes them in (the core knows no tabs)."""
    for step in lesson.steps:
        for key in ("tab", "tabs"):
            names = step.settings.get(key)
            for name in [names] if isinstance(names, str) else names or []:
                if name not in known:
                    raise LessonError(tr("{where}: there is no tab '{name}'; the tabs are {join}.").format(
                        where=lesson.where(step, key), name=name, join=', '.join(known)))
        tabs, tab = step.settings.get("tabs"), step.settings.get("tab")
        if tabs and tab and tab not in tabs:
            raise LessonError(tr("{where}: the tab '{tab}' is not among this step's tabs "
                              "({join}).").format(where=lesson.where(step, 'tab'), tab=tab, join=', '.join(tabs)))


def in_language(path: str | Path) -> Path:
    """The lesson in the user's language: its translation beside it (`receptive-fields.de.md` for
    `receptive-fields.md` or any other of its versions) where there is one, else the original."""
    from cnngui.i18n import language

    path = Path(path)
    stem = lesson_name(path)
    for name in (f"{stem}.{language()}.md", f"{stem}.md"):
        if (path.parent / name).is_file():
            return path.parent / name
    return path


def bundled_lessons() -> list[Path]:
    """The lessons that ship with cnngui (resources/lessons/*.md), each in the user's language."""
    from cnngui import resources

    return [in_language(path) for path in sorted(resources.lessons_dir().glob("*.md")) if "." not in path.stem]


def describe(lesson: Lesson) -> dict:
    """The lesson as `cnngui lesson check --json` prints it (a contract: title, steps with title, tab, ask)."""
    def shown(value) -> object:
        return str(value) if isinstance(value, Path) else list(value) if isinstance(value, tuple) else value

    return {"title": lesson.title, "path": str(lesson.path),
            "steps": [{"title": step.title, "line": step.line, "tab": step.settings.get("tab"),
                       "sets": {key: shown(value) for key, value in step.settings.items()},
                       "ask": step.ask.describe() if step.ask else None, "pictures": list(step.pictures)}
                      for step in lesson.steps]}


def translation_gaps(lesson: Lesson, other: Lesson) -> list[str]:
    """Where a translation does not match its original step for step: settings, questions, answers.
    (The words differ; what the app does and what counts as right must not.)"""
    gaps = []
    if len(lesson.steps) != len(other.steps):
        return [tr("{other} has {count} steps, {name} {original}").format(
            other=other.path.name, count=len(other.steps), name=lesson.path.name, original=len(lesson.steps))]
    for number_, (a, b) in enumerate(zip(lesson.steps, other.steps, strict=True), start=1):
        where = tr("{name}, line {line}").format(name=other.path.name, line=b.line)
        if a.settings != b.settings:
            gaps.append(tr("{where}: step {number} sets other things than in {name}").format(
                where=where, number=number_, name=lesson.path.name))
        qa, qb = a.ask, b.ask
        if (qa is None) != (qb is None):
            gaps.append(tr("{where}: step {number} asks in one language only").format(where=where, number=number_))
        elif qa is not None and (qa.kind, qa.answer, qa.tolerance, [c.right for c in qa.choices]) != (
                qb.kind, qb.answer, qb.tolerance, [c.right for c in qb.choices]):
            gaps.append(tr("{where}: step {number}'s question has other choices or answers than in {name}").format(
                where=tr("{name}, line {line}").format(name=other.path.name, line=qb.line), number=number_,
                name=lesson.path.name))
    return gaps


def translations(path: Path) -> list[Path]:
    """The other language versions beside a lesson (`x.de.md` beside `x.md`, and the other way round)."""
    stem = lesson_name(path)
    return sorted(p for p in path.parent.glob(f"{stem}*.md") if p != path and lesson_name(p) == stem)


def bundled_lesson_files() -> list[Path]:
    """Every bundled lesson file, each language apart (for `cnngui lesson list`)."""
    from cnngui import resources

    return sorted(resources.lessons_dir().glob("*.md"))


def lesson_name(path: Path) -> str:
    """A lesson's name, the same in every language: `receptive-fields` for `receptive-fields.de.md`."""
    return re.sub(r"(\.[a-z]{2})?\.md$", "", Path(path).name)


def language_of(path: Path) -> str:
    match = re.search(r"\.([a-z]{2})\.md$", path.name)
    return match.group(1) if match else "en"
