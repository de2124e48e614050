"""Asking steps (issue 33): the format and its problems, answers kept, the panel that asks before it shows,
and `cnngui lesson check` / `lesson list`."""

import json

import pytest
from PySide6.QtCore import Qt

from cnngui.core.teaching.answers import AnswerBook
from cnngui.core.teaching.lessons import LessonError, bundled_lesson_files, load_lesson, parse_lesson

ASKING = """# Asking

## Parameters
tab: network
network: ffnn
ask: How many parameters does the dense network have?
answer: 535,818
tolerance: 1000

It has **535,818** weights.

## Which
tab: network
network: seed
ask: Which network has fewer weights?
choice: the dense one
choice*: the CNN
choice: the same

The CNN.

## Opinion
tab: draw
ask: Which pen do you like?
choice: thin
choice: thick

Any answer counts.
"""


def test_a_question_is_parsed_with_its_kind_answer_and_grade(tmp_path):
    lesson = parse_lesson(ASKING, tmp_path / "asking.md")
    number, choice, opinion = (step.ask for step in lesson.steps)
    assert (number.kind, number.answer, number.tolerance) == ("number", 535818.0, 1000.0)
    assert number.grade(535000) is True and number.grade(530000) is False
    assert choice.kind == "choice" and [c.right for c in choice.choices] == [False, True, False]
    assert choice.grade(1) is True and choice.grade(0) is False
    assert opinion.opinion and opinion.grade(0) is None
    assert lesson.steps[0].settings == {"tab": "network", "network": "ffnn"}  # the question is not a setting
    assert lesson.steps[0].text == "It has **535,818** weights."


@pytest.mark.parametrize("block,words", [
    ("ask: Q?\n", "line 4: ask: the question needs at least two 'choice:' lines, or an 'answer:' number"),
    ("ask: Q?\nchoice: a\n", "needs at least two 'choice:' lines"),
    ("ask: Q?\nchoice: a\nchoice: b\nanswer: 3\n", "line 4: ask: both choices and a number answer"),
    ("ask: Q?\nanswer: lots\n", "line 5: answer: 'lots' is not a number"),
    ("ask: Q?\nanswer: nan\n", "line 5: answer: 'nan' is not a number"),
    ("choice: a\n", "line 4: choice: comes after the step's 'ask:' line"),
    ("ask: Q?\nask: R?\n", "line 5: ask: a step asks one question"),
    ("ask: Q?\nchoice: a\nchoice: b\ntolerance: 2\n", "tolerance: only for a number question"),
    ("ask: Q?\nanswer: 3\ntolerance: -1\n", "line 6: tolerance: -1 is below 0"),
    ("ask: Q?\n" + "choice: x\n" * 10, "line 14: choice: at most 9 choices"),
    ("ask: Q?\nchoice: " + "x" * 400 + "\nchoice: b\n", "line 5: choice: 400 characters; at most 300"),
    ("ask: Q?\nchoice: a\nchoice: b\nrun: dance\n", "line 7: run: 'dance' is not an experiment"),
])
def test_a_broken_question_names_its_line_and_reason(tmp_path, block, words):
    with pytest.raises(LessonError, match=words):
        parse_lesson("# T\n\n## S\n" + block, tmp_path / "l.md")


def test_a_thousand_questions_parse_and_answers_are_kept_per_student(tmp_path):
    text = "# Many\n\n" + "".join(f"## Q{i}\nask: {i} + 1?\nanswer: {i + 1}\n\nYes.\n\n" for i in range(1000))
    lesson = parse_lesson(text, tmp_path / "many.md")
    assert len(lesson.steps) == 1000 and lesson.steps[999].ask.answer == 1000
    book = AnswerBook(tmp_path, "many", "Many", student="ada")
    first = book.answer("Q3", lesson.steps[3].ask, 5)
    second = book.answer("Q3", lesson.steps[3].ask, 4)
    assert (first.right, second.right) == (False, True)
    again = AnswerBook(tmp_path, "many", "Many", student="ada")
    assert [a.answer for a in again.attempts("Q3")] == [5, 4]  # both attempts kept, the first unchanged
    assert AnswerBook(tmp_path, "many", "Many", student="bob").attempts("Q3") == []


def test_a_hand_edited_answers_file_is_set_aside_or_cleaned_not_lost(tmp_path):
    book = AnswerBook(tmp_path, "l", "L", student="ada")
    book.path.parent.mkdir(parents=True)
    book.path.write_text("{not json")
    broken = AnswerBook(tmp_path, "l", "L", student="ada")
    assert broken.problem and "could not be read" in broken.problem
    kept = list(book.path.parent.glob("l.unreadable-*.json"))
    assert len(kept) == 1 and kept[0].read_text() == "{not json"
    book.path.write_text(json.dumps({"questions": {"Q": {"attempts": [{"answer": "x"}, {"answer": 2, "right": True},
                                                                      "junk"]}, "R": 7}}))
    cleaned = AnswerBook(tmp_path, "l", "L", student="ada")
    assert cleaned.problem is None and [a.answer for a in cleaned.attempts("Q")] == [2]


def _answer_number(qtbot, panel, text: str) -> None:
    edit = panel.question.lessonAnswerEdit
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_panel_asks_before_it_acts_and_keeps_the_answer(make_window, qtbot, tmp_path):
    (tmp_path / "asking.md").write_text(ASKING)
    window = make_window("draw_tab")
    panel = window.open_lesson(tmp_path / "asking.md")
    assert window.mainTabs.currentWidget() is window.network_tab  # the stage is set
    assert window.state.architecture_name != "Dense network (FFNN)"  # but the network waits for the answer
    assert not panel.lessonNextButton.isEnabled() and "Predict first" in panel.lessonText.toPlainText()
    assert panel.question.isVisible() and not panel.question.lessonCommitButton.isEnabled()
    _answer_number(qtbot, panel, "530000")
    assert window.state.architecture_name == "Dense network (FFNN)"  # now the step acts
    assert "535,818 weights" in panel.lessonText.toPlainText() and panel.lessonNextButton.isEnabled()
    result = panel.question.lessonResultLabel.text()
    assert "530,000" in result and "535,818 ± 1,000" in result and "not quite" in result
    assert not panel.question.lessonAnswerEdit.isEnabled()  # an answer is not changed afterwards
    panel.question.lessonTryAgainButton.click()
    _answer_number(qtbot, panel, "535500")
    assert "(right)" in panel.question.lessonResultLabel.text()
    attempts = panel.answers.attempts("Parameters")
    assert [(a.answer, a.right) for a in attempts] == [(530000.0, False), (535500.0, True)]
    on_disk = json.loads(panel.answers.path.read_text())
    assert len(on_disk["questions"]["Parameters"]["attempts"]) == 2


def test_keys_alone_answer_a_choice_and_revisiting_shows_the_answer(make_window, qtbot, tmp_path):
    (tmp_path / "asking.md").write_text(ASKING)
    window = make_window()
    panel = window.open_lesson(tmp_path / "asking.md")
    _answer_number(qtbot, panel, "535818")
    panel.lessonNextButton.click()
    box = panel.question
    assert window.state.architecture_name == "Dense network (FFNN)"  # step 2's seed CNN waits
    qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_2)
    assert box.choiceGroup.checkedId() == 1
    qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)
    assert "(right)" in box.lessonResultLabel.text() and window.state.architecture_name != "Dense network (FFNN)"
    panel.lessonBackButton.click()
    panel.lessonNextButton.click()  # answered before: shown as answered, Next open
    assert box.lessonTryAgainButton.isVisible() and panel.lessonNextButton.isEnabled()
    assert box.choiceGroup.checkedId() == 1 and not box.choiceGroup.button(0).isEnabled()


def test_a_step_that_runs_an_experiment_waits_for_the_answer(make_window, qtbot, tmp_path, monkeypatch):
    ran = []
    window = make_window()
    monkeypatch.setattr(window.train_tab, "_lesson_run", ran.append)
    (tmp_path / "run.md").write_text("# Run\n\n## Shift\ntab: train\nrun: shift-test\nask: Kept at 3 px?\n"
                                     "answer: 49\ntolerance: 10\n\nThe dense network keeps about half.\n")
    panel = window.open_lesson(tmp_path / "run.md")
    assert ran == []
    _answer_number(qtbot, panel, "60")
    assert ran == ["shift-test"]
    panel.question.lessonTryAgainButton.click()
    _answer_number(qtbot, panel, "50")
    assert ran == ["shift-test"]  # a second attempt does not run it again


def test_lesson_check_prints_steps_and_questions_and_refuses_a_broken_one(tmp_path, capsys):
    from cnngui.cli import main

    (tmp_path / "asking.md").write_text(ASKING)
    assert main(["lesson", "check", str(tmp_path / "asking.md"), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["title"] == "Asking" and [s["tab"] for s in shown["steps"]] == ["network", "network", "draw"]
    assert shown["steps"][0]["ask"]["kind"] == "number" and shown["steps"][1]["ask"]["kind"] == "choice"
    assert shown["steps"][1]["ask"]["question"] == "Which network has fewer weights?"
    (tmp_path / "bad.md").write_text("# T\n\n## S\nask: Q?\nanswer: many\n")
    assert main(["lesson", "check", str(tmp_path / "bad.md")]) == 2
    assert "bad.md, line 5: answer: 'many' is not a number" in capsys.readouterr().err
    (tmp_path / "bad.md").write_text("# T\n\n## S\ndrawing: gone.png\n")
    assert main(["lesson", "check", str(tmp_path / "bad.md")]) == 2
    assert "'gone.png' does not exist" in capsys.readouterr().err
    (tmp_path / "asking.de.md").write_text(ASKING.replace("choice*: the CNN", "choice: the CNN")
                                           .replace("choice: the same", "choice*: the same"))
    assert main(["lesson", "check", str(tmp_path / "asking.md")]) == 2
    assert "asking.de.md, line 15: step 2's question has other choices or answers" in capsys.readouterr().err


def test_every_bundled_lesson_checks_in_every_language(capsys):
    from cnngui.cli import main

    assert main(["lesson", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {entry["language"] for entry in listed} == {"en", "de"}
    assert len(listed) == len(bundled_lesson_files()) and all(set(e) >= {"name", "title", "path", "language"}
                                                                for e in listed)
    for entry in listed:
        assert main(["lesson", "check", entry["path"], "--json"]) == 0, capsys.readouterr().err
        steps = json.loads(capsys.readouterr().out)["steps"]
        assert sum(step["ask"] is not None for step in steps) >= 3, entry["path"]
        load_lesson(entry["path"])


def test_an_action_that_fails_after_the_answer_is_said_and_the_answer_kept(make_window, qtbot, tmp_path,
                                                                            monkeypatch):
    window = make_window()

    def broken(action):
        raise RuntimeError("the training data is not there")

    monkeypatch.setattr(window.train_tab, "_lesson_run", broken)
    shown = []
    monkeypatch.setattr("cnngui.ui.widgets.dialogs.show_error", lambda parent, title, text: shown.append(text))
    (tmp_path / "run.md").write_text("# Run\n\n## Train\ntab: train\nrun: train\nask: Accuracy?\nanswer: 99\n\n"
                                     "Done.\n")
    panel = window.open_lesson(tmp_path / "run.md")
    _answer_number(qtbot, panel, "98")
    assert shown == ["run.md, line 5: run: the training data is not there"]
    assert [a.answer for a in panel.answers.attempts("Train")] == [98.0]
    assert panel.question.lessonTryAgainButton.isVisible() and "Done." in panel.lessonText.toPlainText()


def test_a_report_shows_each_prediction_beside_the_answer_as_html_and_pdf(tmp_path, capsys):
    from cnngui.cli import main
    from cnngui.core.teaching.answers import answers_folder

    lesson = parse_lesson(ASKING.replace("Which network has fewer weights?", "Which <script>x()</script> one?"),
                          tmp_path / "asking.md")
    book = AnswerBook(answers_folder(), "asking", lesson.title)
    book.answer("Parameters", lesson.steps[0].ask, 400000)
    book.answer("Parameters", lesson.steps[0].ask, 535818)
    book.answer("Which", lesson.steps[1].ask, 1)
    assert main(["report", "--html", str(tmp_path / "r.html")]) == 0
    page = (tmp_path / "r.html").read_text()
    assert "Lesson: Asking" in page and "1 of 2 first predictions right" in page
    assert "400,000" in page and "535,818 ± 1,000" in page and "the CNN" in page
    assert "<script>" not in page and "&lt;script&gt;" in page  # a lesson's text is shown, never run
    assert main(["report", "--lesson", "asking", "--pdf", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-" and (tmp_path / "r.pdf").stat().st_size > 2000
    assert "1 lessons (2 questions answered)" in capsys.readouterr().out
    assert main(["report", "--lesson", "nothing-here", "--html", str(tmp_path / "n.html")]) == 2
    assert "No answers to the lesson 'nothing-here'" in capsys.readouterr().err


def test_the_open_lesson_is_the_state_s_until_its_panel_closes(make_window, tmp_path):
    """A joined seat's trainings are tagged with the lesson open now: the panel says which, and no longer once
    closed (its ×)."""
    (tmp_path / "asking.md").write_text(ASKING)
    window = make_window()
    panel = window.open_lesson(tmp_path / "asking.md")
    assert window.state.lesson == "asking"
    panel.close()
    assert window.state.lesson == ""


@pytest.mark.parametrize("kind", ["number", "choice"])
def test_a_class_tally_ignores_votes_that_are_no_numbers(kind):
    """A seat's answer of NaN or Infinity (JSON lets a server carry them) raised in the Questions tab."""
    from cnngui.core.classroom.votes import tally

    hostile = [float("nan"), float("inf"), float("-inf"), 1e308, True, "2", None]
    question = ({"kind": "number", "answer": 13, "tolerance": 1} if kind == "number"
                else {"kind": "choice", "choices": [{"text": "a"}, {"text": "b", "right": True}]})
    honest = [12, 13, 1] if kind == "number" else [1, 1, 0]
    bars = tally(question, [{"answer": value} for value in hostile + honest])
    assert sum(count for _, count, _ in bars) == 3  # the three honest votes, no more
    assert all("nan" not in label and "inf" not in label for label, _, _ in bars)
    assert any(right for _, count, right in bars if count)


def test_space_after_a_commit_goes_to_next_in_the_convolution_lesson_opened_from_the_menu(make_window, qtbot):
    """Opened from File → Bundled lessons, the first Space after committing started the convolution's Play instead
    of going to Next."""
    from PySide6.QtWidgets import QApplication

    from cnngui.core.teaching.lessons import bundled_lessons

    window = make_window("train_tab")
    path = next(p for p in bundled_lessons() if p.name == "convolution-and-pooling.md")
    action = next(a for a in window.lessonsMenu.actions() if a.text().startswith("Convolution"))
    action.trigger()  # as from the menu
    from cnngui.ui.lesson_panel import LessonPanel

    panel = window.findChild(LessonPanel)
    assert panel.lesson.path == path and window.mainTabs.currentWidget() is window.conv_lab_tab
    _answer_number(qtbot, panel, "26")
    assert panel.lessonNextButton.isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.lessonNextButton, timeout=5000)
    lab = window.conv_lab_tab
    position = lab.labPositionSlider.value()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert panel.index == 1  # Next, not Play
    qtbot.wait(200)
    assert lab.labPositionSlider.value() == position and not lab._timer.isActive()


def _visible_texts(window, question_box) -> list[str]:
    """Every text on screen and every accessible name and description, but the question's own box."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QTextEdit, QWidget

    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget is question_box or question_box.isAncestorOf(widget):
            continue
        found += [text for text in (widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()) if text]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit, QAbstractSpinBox)):
            found.append(widget.text())
        elif isinstance(widget, QComboBox):
            found.append(widget.currentText())
        elif isinstance(widget, QTextEdit):
            found.append(widget.toPlainText())
    return found


def test_no_bundled_lesson_shows_a_number_answer_before_it_is_committed(make_window, qtbot):
    """Convolution's first step asked for the output's width under a formula reading "= 26 → a 26×26 map" and an
    output grid labelled "output 26×26"; Receptive fields' step titles and Explore's caption said the sizes asked."""
    import re

    from cnngui.core.teaching.lessons import bundled_lesson_files

    window = make_window("train_tab", size=(1280, 800))
    checked = 0
    for path in bundled_lesson_files():  # English and German
        panel = window.open_lesson(path)
        for index, step in enumerate(panel.lesson.steps):
            panel.show_step(index)
            qtbot.wait(20)
            ask = step.ask
            if ask is None or ask.kind != "number":
                continue
            answer = f"{ask.answer:g}"
            if re.search(rf"(?<![\d.,]){re.escape(answer)}(?![\d.,])", ask.text):
                continue  # the question itself states it (a given, like the input's 28 × 28)
            pattern = re.compile(rf"(?<![\d.,]){re.escape(answer)}(?![\d.,])")
            leaks = [text for text in _visible_texts(window, panel.question) if pattern.search(text)]
            assert not leaks, f"{path.name}, step {index + 1} ({step.title}): {answer} shows in {leaks[:3]}"
            checked += 1
        panel.close_lesson()
    assert checked >= 10  # the number questions of five lessons in two languages


def test_the_stage_shows_what_the_question_describes_and_the_outcome_after_the_commit(make_window, qtbot):
    """Step 2 of Convolution described a kernel (−1 in its top row…) that was not the one on screen until the
    answer was committed."""
    from cnngui.core.teaching.lessons import bundled_lessons

    window = make_window("train_tab")
    panel = window.open_lesson(next(p for p in bundled_lessons() if p.name == "convolution-and-pooling.md"))
    lab = window.conv_lab_tab
    assert not lab.labOutputGrid.isVisible() and not lab.labFormula.isVisible()  # the outcome waits
    _answer_number(qtbot, panel, "26")
    assert lab.labOutputGrid.isVisible() and "26×26" in lab.labFormula.text()  # and shows once committed
    panel.lessonNextButton.click()
    assert lab.labKernelCombo.currentData() == "classic:Horizontal edge"  # the kernel the question describes
    assert not lab.labOutputGrid.isVisible()  # but not where it answers strongest


def test_a_lesson_borrows_the_app_and_gives_it_back(make_window, qtbot, seed_checkpoint):
    """Opening a lesson replaced a just-trained model (99.19%) with the bundled one and the drawing with a test
    image; closing the lesson restored neither."""
    import numpy as np

    from cnngui.core.model_files.checkpoint import load_checkpoint
    from cnngui.core.teaching.lessons import bundled_lessons

    window = make_window("explore_tab")
    state = window.state
    state.set_checkpoint(load_checkpoint(seed_checkpoint), "my model")
    mine = state.models.trained
    state.set_architecture([dict(layer) for layer in state.network.layers[:-1]] + [
        {"type": "dense", "out": 10}], "my network")
    layers = [dict(layer) for layer in state.network.layers]
    ink = np.zeros((280, 280), np.float32)
    ink[40:240, 130:150] = 1.0
    state.show_picture(ink, "my picture")
    panel = window.open_lesson(next(p for p in bundled_lessons() if p.name == "why-cnns-for-images.md"))
    qtbot.waitUntil(lambda: state.input.picture is not ink, timeout=20_000)  # its test digit (loaded in the background)
    assert state.model_label != "my model" and window.mainTabs.currentWidget() is window.draw_tab
    _answer_number(qtbot, panel, "784")
    panel.lessonNextButton.click()
    box = panel.question  # step 2 sets the dense network once answered
    qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_3)
    qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)
    assert state.network.name != "my network"
    panel.close()  # its ×
    assert state.models.trained is mine and state.model_label == "my model"
    assert state.network.name == "my network" and state.network.layers == layers
    assert state.input.picture is ink and state.input.picture_source == "my picture"
    assert window.mainTabs.currentWidget() is window.explore_tab
