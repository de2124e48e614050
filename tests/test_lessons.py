"""Lessons: the file format (with line-numbered problems), the side panel walked as a teacher would."""

import pytest
from PySide6.QtWidgets import QApplication

from cnngui.core.teaching.lessons import LessonError, bundled_lessons, check_tabs, load_lesson, parse_lesson

TABS = ["network", "train", "evaluate", "draw", "explore", "convolution"]


def test_bundled_lessons_load_and_name_only_real_tabs():
    lessons = [load_lesson(p) for p in bundled_lessons()]
    assert {lesson.title for lesson in lessons} == {"Why CNNs for images", "Receptive fields and the hierarchy",
                                                    "Your own handwriting", "Convolution and pooling", "Why GPUs"}
    for lesson in lessons:
        check_tabs(lesson, TABS)
        assert len(lesson.steps) >= 4 and all(step.text for step in lesson.steps)


@pytest.mark.parametrize("text,words", [
    ("no title\n## S\n", "line 1: a lesson starts with its title"),
    ("# T\nabout\n", "has no steps"),
    ("# T\n\n## S\ntabz: draw\n", "line 4: 'tabz' is not a step setting"),
    ("# T\n\n## S\ndigit: 12\n", "line 4: digit: 12 is not from 0 to 9"),
    ("# T\n\n## S\nseed: many\n", "line 4: seed: 'many' is not a whole number"),
    ("# T\n\n## S\nnetwork: resnet\n", "line 4: network: 'resnet' is neither a network preset"),
    ("# T\n\n## S\nrecipe: slow\n", "line 4: recipe: 'slow' is not a recipe"),
    ("# T\n\n## S\ndrawing: nope.png\n", "line 4: drawing: 'nope.png' does not exist next to the lesson"),
    ("# T\n\n## S\ntab: draw\ntab: train\n", "line 5: 'tab' is set twice"),
    ("# T\n\n##  \n", "line 3: a step needs a title"),
])
def test_a_malformed_lesson_names_its_line_and_problem(tmp_path, text, words):
    with pytest.raises(LessonError, match=words):
        parse_lesson(text, tmp_path / "lesson.md")


def test_unknown_tabs_and_unreadable_files_are_explained(tmp_path):
    lesson = parse_lesson("# T\n\n## One\ntab: draw\n\n## Two\ntabs: draw, drawing\n", tmp_path / "l.md")
    with pytest.raises(LessonError, match=r"l.md, line 7: there is no tab 'drawing'"):
        check_tabs(lesson, TABS)
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"# T\n\n## S\n\xff\xfe\x00")
    with pytest.raises(LessonError, match=r"line 4: not text"):
        load_lesson(binary)
    with pytest.raises(LessonError, match=r"does not exist"):
        load_lesson(tmp_path / "missing.md")


def test_settings_end_where_the_text_begins(tmp_path):
    lesson = parse_lesson("# T\nAbout it.\n\n## S\ntab: draw\n\nNote: this is text, not a setting.\n",
                          tmp_path / "l.md")
    step = lesson.steps[0]
    assert step.settings == {"tab": "draw"} and step.text == "Note: this is text, not a setting."
    assert lesson.about == "About it."


def answer_rightly(panel) -> None:
    """Commit the right answer to the step's question (the first choice of an opinion)."""
    question = panel.step.ask
    if question is not None and panel.question.lessonCommitButton.isVisible():
        right = question.answer if question.kind == "number" else next(
            (i for i, c in enumerate(question.choices) if c.right), 0)
        panel.question.sig_committed.emit(float(right))


def test_a_teacher_walks_the_bundled_lesson(make_window, qtbot, monkeypatch):
    window = make_window("train_tab")
    experiments = []
    monkeypatch.setattr(window.train_tab, "_lesson_run", experiments.append)  # no full MNIST run in a test
    path = next(p for p in bundled_lessons() if "why-cnns" in p.name)
    panel = window.open_lesson(path)
    answer_rightly(panel)
    tabs = window.mainTabs
    assert panel is not None and panel.isVisible() and "Step 1 of 6" in panel.lessonStepLabel.text()
    assert tabs.currentWidget() is window.draw_tab
    assert [tabs.isTabVisible(i) for i in range(tabs.count())] == [True, False, False, True, False, False]
    qtbot.waitUntil(lambda: window.state.true_label == 7, timeout=20_000)  # its test digit, shown in Draw
    panel.lessonNextButton.click()
    assert window.state.architecture_name != "Dense network (FFNN)"  # asked first: the network waits
    answer_rightly(panel)
    assert window.state.architecture_name == "Dense network (FFNN)" and tabs.currentWidget() is window.network_tab
    assert not window.network_tab.networkPresetCombo.isEnabled()  # the step fixes the network
    for _ in range(3):
        panel.lessonNextButton.click()
        answer_rightly(panel)
    assert "Step 5 of 6" in panel.lessonStepLabel.text() and tabs.currentWidget() is window.train_tab
    assert experiments == ["train"]  # started once the prediction was in
    train = window.train_tab
    assert train.recipe.presetCombo.currentData() == "fast" and train.recipe.epochsSpin.value() == 1
    assert not train.recipe.seedSpin.isEnabled() and not train.recipe.presetCombo.isEnabled()
    assert "fixed by the lesson" in train.recipe.seedSpin.toolTip()
    assert train.startButton.isEnabled()  # the lesson fixes settings; it doesn't stop anyone training
    panel.lessonNextButton.click()
    answer_rightly(panel)
    assert experiments == ["train", "shift-test"]
    assert train.recipe.seedSpin.isEnabled() and not panel.lessonNextButton.isEnabled()  # the last step fixes nothing
    panel.lessonRestartButton.click()
    assert "Step 1 of 6" in panel.lessonStepLabel.text() and not panel.lessonBackButton.isEnabled()
    panel.close()
    qtbot.waitUntil(lambda: all(tabs.isTabVisible(i) for i in range(tabs.count())))
    assert window.network_tab.networkPresetCombo.isEnabled()


def test_a_malformed_lesson_gets_a_dialog_not_a_crash(make_window, tmp_path, monkeypatch):
    window = make_window()
    shown = []
    monkeypatch.setattr("cnngui.ui.widgets.dialogs.show_error", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.md"
    bad.write_text("# A lesson\n\n## Step\ntab: kitchen\n")
    assert window.open_lesson(bad) is None
    assert shown == ["bad.md, line 4: there is no tab 'kitchen'; the tabs are network, train, evaluate, draw, "
                     "explore, convolution."]
    assert QApplication.activeModalWidget() is None


def test_cli_lesson_flag_rejects_a_bad_file_with_exit_code_2(tmp_path, capsys):
    from cnngui.cli import main

    bad = tmp_path / "bad.md"
    bad.write_text("# T\n\n## S\ndigit: ten\n")
    assert main(["--lesson", str(bad)]) == 2
    assert "bad.md, line 4: digit: 'ten' is not a whole number" in capsys.readouterr().err


def test_lesson_check_refuses_a_missing_picture_and_lists_each_steps_pictures(tmp_path, capsys):
    """`lesson check` passed a step whose picture (images/nothing-here.png) does not exist."""
    import json

    from cnngui.cli import main

    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "here.png").write_bytes(b"\x89PNG")
    good = tmp_path / "good.md"
    good.write_text("# T\n\n## One\ntab: draw\n\nSee ![a kernel](images/here.png) and ![web](https://x.org/a.png).\n"
                    "\n## Two\ntab: draw\n\nNo picture.\n")
    assert main(["lesson", "check", str(good), "--json"]) == 0
    steps = json.loads(capsys.readouterr().out)["steps"]
    assert [step["pictures"] for step in steps] == [["images/here.png", "https://x.org/a.png"], []]
    bad = tmp_path / "bad.md"
    bad.write_text("# T\n\n## One\ntab: draw\n\nText.\n\n![x](images/nothing-here.png)\n")
    assert main(["lesson", "check", str(bad)]) == 2
    said = capsys.readouterr().err
    assert "bad.md, line 8" in said and "images/nothing-here.png" in said


def test_a_steps_pictures_come_from_beside_the_lesson(make_window, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    image.save(str(tmp_path / "kernel.png"))
    (tmp_path / "lesson.md").write_text("# Pictures\n\n## One\ntab: draw\n\nA kernel:\n\n![kernel](kernel.png)\n")
    panel = make_window().open_lesson(tmp_path / "lesson.md")
    picture = panel.lessonText.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("kernel.png"))
    assert picture is not None and picture.width() == 40


def test_a_step_hides_parts_by_name_and_an_old_object_name_is_renamed(make_window, tmp_path, monkeypatch):
    window = make_window("train_tab")
    lesson = tmp_path / "hide.md"
    lesson.write_text("# Hiding\n\n## One\ntab: train\nhide: augment, deviceCombo\n\nText.\n\n## Two\n\nAll back.\n")
    panel = window.open_lesson(lesson)
    train = window.train_tab
    assert train.recipe.augmentCheck.isHidden() and train.recipe.deviceCombo.isHidden()
    assert "'deviceCombo' is now called 'device'" in window.statusBar().currentMessage()
    panel.lessonNextButton.click()
    assert not train.recipe.augmentCheck.isHidden() and not train.recipe.deviceCombo.isHidden()
    shown = []
    monkeypatch.setattr("cnngui.ui.widgets.dialogs.show_error", lambda parent, title, text: shown.append(text))
    lesson.write_text("# Hiding\n\n## One\nhide: kitchenSink\n")
    assert window.open_lesson(lesson) is None
    assert shown and shown[0].startswith("hide.md, line 4: there is no part 'kitchenSink' to hide; the parts are ")
    assert "augment" in shown[0] and "why" in shown[0]


def test_every_settable_lesson_setting_has_exactly_one_host(make_window):
    from cnngui.core.teaching.lessons import SETTINGS

    hooks = make_window().lesson_hooks()
    owners = [key for hook in hooks for key in hook.settings]
    assert sorted(owners) == sorted(set(SETTINGS) - {"hide"})  # hide is the panel's own, over every host's parts
    parts = [name for hook in hooks for name in hook.parts]
    assert len(parts) == len(set(parts))  # a part's name says which it is, across all tabs
