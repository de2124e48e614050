"""Translations: the sources are complete, the German UI shows no English, the Language menu switches."""

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from cnngui import i18n
from cnngui.ui.look import language


@pytest.fixture(autouse=True)
def _app(qapp):
    """Translators need the application."""


def test_every_source_is_complete_and_in_step_with_the_code():
    sources = i18n.source_files()
    assert [i18n.language_of(path) for path in sources] == ["de"]
    for path in sources:
        assert i18n.problems(path) == []
    assert i18n.formatted_strings() == []
    assert len(i18n.extract()) > 600  # the views, the menus, the registries' titles, the core's messages


def test_problems_name_what_is_missing(tmp_path, monkeypatch):
    path = tmp_path / "cnngui_xx.ts"
    found = i18n.extract()
    first, second, third = list(found)[:3]
    i18n.write_ts(path, "xx", [(first, None, found[first]), (second, "{nope}", found[second]),
                               (third, third, found[third]), ("gone from the code", "weg", "x.py:1")])
    problems = i18n.problems(path)
    assert f"unfinished: {first!r}" in problems
    assert any(line.startswith("not used in the code: 'gone from the code'") for line in problems)
    assert any(line.startswith("missing: ") for line in problems)
    if i18n.placeholders(second) != {"nope"}:
        assert any(line.startswith("placeholders differ") for line in problems)


def test_a_formatted_string_is_refused(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "m.py").write_text('n = 3\nx = tr(f"{n} epochs")\ny = tr("{n} epochs").format(n=n)\n')
    assert i18n.formatted_strings(package) == ["pkg/m.py:2"]
    assert list(i18n.extract(package)) == ["{n} epochs"]


def test_tr_is_english_until_a_translation_is_installed():
    assert language.apply("en") == "en"
    assert i18n.tr("Start") == "Start"
    assert language.apply("de") == "de"
    assert i18n.tr("Start") == "Starten"
    assert i18n.tr("a text nobody translated") == "a text nobody translated"


def test_a_lesson_is_found_in_the_users_language(tmp_path):
    from cnngui.core.teaching.lessons import bundled_lessons, in_language

    for name in ("intro.md", "intro.de.md", "intro.v2.md", "other.md"):
        (tmp_path / name).write_text("# x\n## y\n")
    assert [p.name for p in bundled_lessons()] == ["convolution-and-pooling.md", "receptive-fields.md",
                                                   "why-cnns-for-images.md", "why-gpus.md", "your-own-handwriting.md"]
    assert in_language(tmp_path / "intro.de.md") == tmp_path / "intro.md"
    language.apply("de")
    assert [p.name for p in bundled_lessons()] == ["convolution-and-pooling.de.md", "receptive-fields.de.md",
                                                   "why-cnns-for-images.de.md", "why-gpus.de.md",
                                                   "your-own-handwriting.de.md"]
    assert in_language(tmp_path / "intro.md") == tmp_path / "intro.de.md"
    assert in_language(tmp_path / "intro.v2.md") == tmp_path / "intro.v2.md"  # another lesson, not a version
    assert in_language(tmp_path / "other.md") == tmp_path / "other.md"


def test_the_system_locale_picks_the_language():
    assert language.system_language(["de-DE", "en-US"]) == "de"
    assert language.system_language(["de-AT"]) == "de"
    assert language.system_language(["fr-FR", "de-CH"]) == "de"
    assert language.system_language(["fr-FR"]) == "en"
    assert language.available()["de"] == "Deutsch"


def _english_words() -> set[str]:
    """Words of the English sources that no German translation uses ("Batch", "Filter" are both)."""
    messages = i18n.read_ts(i18n.source_files()[0])

    def words(texts):
        out = set()
        for text in texts:
            text = re.sub(r"<[^>]+>|\{[^}]*\}|&\w+;", " ", text)
            out |= {w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß]{3,}", text.replace("&", ""))}
        return out

    return words(messages) - words(messages.values())


def shown_texts(window) -> list[tuple[str, str]]:
    """(where, text) for everything the window shows in words: labels, buttons, titles, tooltips, lists,
    headers, menus and the plots' titles and axes."""
    import pyqtgraph as pg

    texts = [("window title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        name = widget.objectName() or type(widget).__name__
        texts.append((f"{name} tooltip", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        elif isinstance(widget, QDockWidget):
            texts.append((name, widget.windowTitle()))
        elif isinstance(widget, QProgressBar):
            texts.append((name, widget.format()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append((name, widget.placeholderText()))
        if isinstance(widget, QTabWidget):
            texts += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            for i in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(i)
                texts.append((f"{name} header", item.text() if item else ""))
        if isinstance(widget, QMenu):
            texts.append((name, widget.title()))
            texts += [(f"{name} action", action.text()) for action in widget.actions()]
        if isinstance(widget, pg.PlotWidget):
            plot = widget.getPlotItem()
            texts.append((f"{name} title", plot.titleLabel.text))
            texts += [(f"{name} axis", plot.getAxis(side).labelText) for side in ("left", "bottom")]
            if plot.legend is not None:
                texts += [(f"{name} legend", label.text) for _, label in plot.legend.items]
    for action in window.menuBar().actions():
        texts.append(("menu", action.text()))
    return [(where, text) for where, text in texts if text]


def english_in(texts, words) -> list[str]:
    bad = []
    for where, text in texts:
        plain = re.sub(r"<[^>]+>|&\w+;", " ", text).replace("&", "")
        found = sorted({w for w in re.findall(r"\b[A-Za-z]{3,}\b", plain) if w.lower() in words})  # not conv1
        if found:
            bad.append(f"{where}: {text!r} ({', '.join(found)})")
    return bad


def test_the_german_ui_shows_no_english(qtbot, make_window, monkeypatch):
    from test_draw_tab import draw

    words = _english_words()
    assert {"the", "layer", "draw"} <= words
    assert "batch" not in words and "filter" not in words  # German uses them too
    monkeypatch.setenv("CNNGUI_LANGUAGE", "de")
    window = make_window("draw_tab")
    canvas = window.draw_tab.canvas
    w, h = canvas.width(), canvas.height()
    draw(qtbot, canvas, [[(w / 2, h * 0.2), (w / 2, h * 0.8)]])  # a drawing: the answer, the steps, why
    qtbot.waitUntil(lambda: window.draw_tab.whyLabel.text() != "", timeout=20_000)
    for tab in range(window.mainTabs.count()):  # each tab shown once, as a student clicks through
        window.mainTabs.setCurrentIndex(tab)
        qtbot.wait(30)
    window.network_tab.architectureTable.selectRow(0)
    texts = shown_texts(window)
    assert ("mainTabs tab", "Trainieren") in texts
    assert english_in(texts, words) == []
    assert english_in([("a view", "Draw a digit here")], words)  # the check sees English where it is
    assert window.draw_tab.notSureSpin.text().startswith("2,0 %")  # numbers as German writes them
    assert "121.930" in window.network_tab.networkTotals.text()


def test_english_is_english(make_window):
    texts = shown_texts(make_window("train_tab"))
    assert ("mainTabs tab", "Train") in texts


def test_the_language_menu_reopens_the_window_in_german(qtbot, make_window, seed_checkpoint):
    from cnngui.core.teaching.lessons import bundled_lessons

    window = make_window("draw_tab")
    assert window.open_model(seed_checkpoint)
    window.state.set_architecture([dict(layer) for layer in window.state.architecture[:-1]], "custom network")
    labels = [a.text() for a in window.findChild(QMenu, "languageMenu").actions()]
    assert labels[1:] == ["English", "Deutsch"] and labels[0].startswith("System (")
    successors = []
    window.sig_replaced.connect(successors.append)
    window.language_actions["de"].trigger()
    german = successors[0]
    qtbot.addWidget(german)
    assert german is not window and german.isVisible() and not window.isVisible()
    assert german.mainTabs.tabText(1) == "Trainieren" and german.menuBar().actions()[0].text() == "&Datei"
    assert german.state.model_label == window.state.model_label  # the model, its label and the network came along
    assert german.state.architecture == window.state.architecture
    assert "eigenes Netz" in german.train_tab.networkLabel.text()
    assert german.language_actions["de"].isChecked()
    assert german.settings.value(language.SETTING) == "de"
    panel = german.open_lesson(next(p for p in bundled_lessons() if "why-cnns" in p.name))
    panel.show_step(2)
    english = german.switch_language("en")
    qtbot.addWidget(english)
    assert english.mainTabs.tabText(1) == "Train" and english.language_actions["en"].isChecked()
    from cnngui.ui.lesson_panel import LessonPanel

    carried = english.findChild(LessonPanel)  # the same lesson and step, now in English
    assert carried.lesson.path.name == "why-cnns-for-images.md" and carried.index == 2
    assert carried.lessonTitle.text() == "Why CNNs for images"
    for tab in german.tabs + english.tabs:
        if hasattr(tab, "shutdown"):
            tab.shutdown()


def test_switching_while_training_asks_then_stops_it_cleanly(qtbot, make_window, tiny_data, monkeypatch, capfd):
    from PySide6.QtWidgets import QMessageBox
    from test_train_tab import _set_small_run

    window = make_window("train_tab")
    window.train_tab.data_provider = lambda: tiny_data
    window.train_tab.autosave_path = None
    _set_small_run(window.train_tab, epochs=50, batch=4)
    window.train_tab.start()
    qtbot.waitUntil(lambda: len(window.train_tab.curves.batch_loss) > 2, timeout=30_000)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    assert window.switch_language("de") is None  # "No": training goes on, the choice waits for the next start
    assert window.train_tab.running and window.settings.value(language.SETTING) == "de"
    german = window.switch_language("de")  # "Yes"
    qtbot.addWidget(german)
    assert not window.train_tab.running and german.mainTabs.tabText(1) == "Trainieren"
    assert "QThread: Destroyed" not in capfd.readouterr().err
    for tab in german.tabs:
        if hasattr(tab, "shutdown"):
            tab.shutdown()
