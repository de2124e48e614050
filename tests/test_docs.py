"""The front door and the documentation site: the README stays short and every link in it leads
somewhere; the CLI reference is generated from the parser, so every command is in it."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_is_a_front_door():
    words = len(ROOT.joinpath("README.md").read_text(encoding="utf-8").split())
    assert words <= 1500, f"README.md has {words} words: move the detail into docs/"


def test_every_local_link_of_the_readme_exists():
    text = ROOT.joinpath("README.md").read_text(encoding="utf-8")
    targets = [t.split("#")[0] for t in re.findall(r"\]\(([^)\s]+)\)", text) if "://" not in t]
    assert targets and all((ROOT / t).exists() for t in targets), [t for t in targets if not (ROOT / t).exists()]


def test_the_cli_reference_names_every_command():
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "docs" / "hooks.py")
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    page = hooks.on_page_markdown(f"# CLI\n{hooks.MARKER}\n", None, None, None)
    for command in ("train", "evaluate", "predict", "runs", "summary", "export", "self-test"):
        assert f"## cnngui {command}\n" in page and f"usage: cnngui {command}" in page
    assert hooks.MARKER not in page and "--freeze-features" in page


def test_every_docs_page_is_in_the_navigation():
    nav = ROOT.joinpath("mkdocs.yml").read_text(encoding="utf-8")
    pages = [p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")]
    assert pages and all(page in nav for page in pages), [p for p in pages if p not in nav]


def test_help_opens_the_guides_offline_and_follows_their_links(make_window, qtbot):
    """Help had no way to the guides; a lab without internet has no docs site to open."""
    from PySide6.QtCore import QUrl

    window = make_window()
    action = window.findChild(object, "userGuideAction")
    assert action is not None and action in window.menuBar().actions()[-1].menu().actions()
    action.trigger()
    dialog = window.guide_dialog
    qtbot.addWidget(dialog)
    browser = dialog.browser
    assert "A student's guide" in browser.toPlainText()
    assert browser.source().toLocalFile().endswith("guide/student.md")
    browser.setSource(QUrl("teacher.md"))  # a link between guides, as the Markdown writes it
    assert "A teacher's guide" in browser.toPlainText() and browser.source().toString().endswith("teacher.md")
    assert dialog.findChild(object, "guideBackButton").isEnabled()
    dialog.close()
