"""The lesson side panel: a teacher's steps, one at a time, with Back, Next and Restart.

Each step's settings (core/lessons.SETTINGS) are carried out through the window's tabs and
the application state, the way a user would: the tab is shown, the network preset loaded,
the recipe chosen. What a step fixes is locked while it shows, what it hides is hidden, and
leaving the lesson gives everything back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout,
                               QWidget)

from cnngui.core.lessons import Lesson, LessonError, Step, check_tabs
from cnngui.core.predict import BUNDLED_LABEL
from cnngui.i18n import N_, tr
from cnngui.ui.look.appearance import text_style
from cnngui.ui.tabs import tab_keys

# What locks for each fixed setting: (tab attribute, objectNames)
LOCKS = {
    "network": ("network_tab", ("networkPresetCombo", "loadPresetButton", "architectureTable", "addLayerKindCombo")),
    "recipe": ("train_tab", ("presetCombo", "batchSizeSpin", "learningRateSpin", "optimizerCombo")),
    "seed": ("train_tab", ("seedSpin",)),
    "epochs": ("train_tab", ("epochsSpin",)),
}


LOCK_NOTE = N_("(fixed by the lesson in this step)")  # added to a locked control's tooltip


class LessonPanel(QDockWidget):
    def __init__(self, window, lesson: Lesson) -> None:
        super().__init__(tr("Lesson"), window)
        self.setObjectName("lessonPanel")
        self.window_, self.lesson = window, lesson
        self.index = 0
        self._locked: list[QWidget] = []
        self._hidden: list[QWidget] = []
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.lessonTitle = QLabel(lesson.title, objectName="lessonTitle", wordWrap=True)
        text_style(self.lessonTitle, 13, bold=True)
        self.lessonStepLabel = QLabel(objectName="lessonStepLabel", wordWrap=True)
        text_style(self.lessonStepLabel, 11, "accent", bold=True)
        self.lessonText = QTextBrowser(objectName="lessonText")
        self.lessonText.setOpenExternalLinks(False)
        text_style(self.lessonText, 11)  # read from the back of a classroom, and zoomed with the rest
        self.lessonText.setSearchPaths([str(lesson.path.parent)])
        self.lessonBackButton = QPushButton(tr("‹ Back"), objectName="lessonBackButton")
        self.lessonNextButton = QPushButton(tr("Next ›"), objectName="lessonNextButton")
        self.lessonRestartButton = QPushButton(tr("Restart"), objectName="lessonRestartButton")
        self.lessonBackButton.clicked.connect(self.back)
        self.lessonNextButton.clicked.connect(self.next)
        self.lessonRestartButton.clicked.connect(self.restart)
        buttons = QHBoxLayout()
        for button in (self.lessonBackButton, self.lessonRestartButton, self.lessonNextButton):
            buttons.addWidget(button)
        layout.addWidget(self.lessonTitle)
        layout.addWidget(self.lessonStepLabel)
        layout.addWidget(self.lessonText, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.setMinimumWidth(260)  # beside the tabs on a 1024 px screen
        self.visibilityChanged.connect(lambda visible: visible or self.isVisible() or self._release())

    # ---- moving through the steps ---------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.lesson.steps[self.index]

    def show_step(self, index: int) -> None:
        self.index = max(0, min(index, len(self.lesson.steps) - 1))
        step = self.step
        self.lessonStepLabel.setText(tr("Step {value} of {count}: {title}").format(
            value=self.index + 1, count=len(self.lesson.steps), title=step.title))
        self.lessonText.document().setBaseUrl(QUrl.fromLocalFile(str(self.lesson.path.parent) + "/"))
        self.lessonText.setMarkdown(step.text or "")
        self.lessonBackButton.setEnabled(self.index > 0)
        self.lessonNextButton.setEnabled(self.index < len(self.lesson.steps) - 1)
        self._apply(step)

    def next(self) -> None:
        self.show_step(self.index + 1)

    def back(self) -> None:
        self.show_step(self.index - 1)

    def restart(self) -> None:
        self.show_step(0)

    def close_lesson(self) -> None:
        self._release()
        self.hide()
        self.deleteLater()

    # ---- carrying a step out --------------------------------------------------------------------
    def _apply(self, step: Step) -> None:
        window, state, s = self.window_, self.window_.state, step.settings
        self._release()
        keys = tab_keys()
        shown = s.get("tabs") or keys
        for i, key in enumerate(keys):
            window.mainTabs.setTabVisible(i, key in shown)
        if "tab" in s:
            window.mainTabs.setCurrentIndex(keys.index(s["tab"]))
        elif not window.mainTabs.isTabVisible(window.mainTabs.currentIndex()):
            window.mainTabs.setCurrentIndex(keys.index(shown[0]))
        if "network" in s:
            if isinstance(s["network"], Path):
                window.network_tab.open_architecture(s["network"])
            elif state.architecture_name != _preset_title(s["network"]):
                window.network_tab.use_preset(s["network"])
        train = window.train_tab
        if "recipe" in s:
            train.presetCombo.setCurrentIndex(train.presetCombo.findData(s["recipe"]))
        if "seed" in s:
            train.seedSpin.setValue(s["seed"])
        if "epochs" in s:
            train.epochsSpin.setValue(s["epochs"])
        if "model" in s:
            if s["model"] == "bundled":
                if state.model_label != BUNDLED_LABEL:
                    state.load_bundled()
            else:
                window.open_model(s["model"])
        if "digit" in s:
            state.show_random_test_image(label=s["digit"])
        if "drawing" in s:
            window.draw_tab.open_image(s["drawing"])
        for key, (attribute, names) in LOCKS.items():
            if key in s:
                for name in names:
                    widget = getattr(window, attribute).findChild(QWidget, name)
                    if widget is not None and widget.isEnabled():
                        widget.setEnabled(False)
                        widget.setToolTip(widget.toolTip() + "\n" + tr(LOCK_NOTE))
                        self._locked.append(widget)
        for name in s.get("hide", []):
            widget = window.findChild(QWidget, name)
            if widget is not None and widget.isVisible():
                widget.setVisible(False)
                self._hidden.append(widget)

    def _release(self) -> None:
        """Everything the lesson changed about the window, given back."""
        for widget in self._locked:
            widget.setEnabled(True)
            widget.setToolTip(widget.toolTip().replace("\n" + tr(LOCK_NOTE), ""))
        for widget in self._hidden:
            widget.setVisible(True)
        self._locked, self._hidden = [], []
        if not self.isVisible() or self.parent() is None:
            for i in range(self.window_.mainTabs.count()):
                self.window_.mainTabs.setTabVisible(i, True)


def _preset_title(key: str) -> str:
    from cnngui.core.architecture import PRESETS

    return PRESETS[key].title


def open_lesson(window, path: str | Path) -> LessonPanel | None:
    """Load a lesson into the window's side panel; a bad file gets a dialog naming its line."""
    from cnngui.core.lessons import load_lesson
    from cnngui.ui.widgets.dialogs import show_error

    try:
        lesson = load_lesson(path)
        check_tabs(lesson, tab_keys())
    except LessonError as exc:
        show_error(window, tr("This lesson can't be opened"), str(exc))
        return None
    old = window.findChild(LessonPanel)
    if old is not None:
        old.close_lesson()
    panel = LessonPanel(window, lesson)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.show()
    panel.show_step(0)
    window.statusBar().showMessage(tr("Lesson: {title}").format(title=lesson.title), 5000)
    return panel
