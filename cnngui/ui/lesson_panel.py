"""The lesson side panel: a teacher's steps, one at a time, with Back, Next and Restart.

Each step's settings (core/lessons.SETTINGS) are carried out by the host that declares them
(the window and each tab, through `LessonHooks`), the way a user would: the tab is shown, the
network preset loaded, the recipe chosen. What a step fixes is locked while it shows, the parts
it hides are hidden, and leaving the lesson gives everything back. The panel knows no widget of
any tab.

A step that asks (core/teaching/questions) sets up only its stage (`STAGING`: the tab, the tabs offered,
the parts hidden) and shows its question; its other settings act, and its explanation shows, once the
student has committed a prediction. Next waits for it, so a question is never skipped by accident. Every
attempt is kept per student and lesson (core/teaching/answers).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from cnngui.core.teaching.answers import AnswerBook, answers_folder
from cnngui.core.teaching.lessons import SETTINGS, Lesson, LessonError, Step, check_tabs, lesson_name
from cnngui.core.teaching.questions import STAGING
from cnngui.i18n import N_, tr
from cnngui.ui.lesson_question import QuestionBox
from cnngui.ui.look.appearance import text_style
from cnngui.ui.tabs import tab_keys

LOCK_NOTE = N_("(fixed by the lesson in this step)")  # added to a locked control's tooltip


class LessonPanel(QDockWidget):
    def __init__(self, window, lesson: Lesson, hooks: list) -> None:
        """`hooks`: what the window and each tab let a step do (`window.lesson_hooks()`)."""
        super().__init__(tr("Lesson"), window)
        self.setObjectName("lessonPanel")
        self.window_, self.lesson, self.hooks = window, lesson, hooks
        self.index = 0
        self.answers = AnswerBook(answers_folder(), lesson_name(lesson.path), lesson.title)
        window.state.lesson = lesson_name(lesson.path)
        self._ran: set[int] = set()  # steps whose `run:` already ran in this visit of the lesson
        self._waiting = False  # the step shown asks and has no answer yet: its actions wait
        self._locked: list[QWidget] = []
        self._hidden: list[QWidget] = []
        feature = QDockWidget.DockWidgetFeature
        self.setFeatures(feature.DockWidgetMovable | feature.DockWidgetClosable)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.lessonTitle = QLabel(lesson.title, objectName="lessonTitle", wordWrap=True)
        text_style(self.lessonTitle, 13, bold=True)
        self.lessonStepLabel = QLabel(objectName="lessonStepLabel", wordWrap=True)
        text_style(self.lessonStepLabel, 11, "accent", bold=True)
        self.question = QuestionBox()
        self.question.sig_committed.connect(self._committed)
        self.question.sig_try_again.connect(self._try_again)
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
            button.installEventFilter(self)  # Space on a focused button is the button's (see eventFilter)
        layout.addWidget(self.lessonTitle)
        layout.addWidget(self.lessonStepLabel)
        layout.addWidget(self.question)
        layout.addWidget(self.lessonText, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.setMinimumWidth(260)  # beside the tabs on a 1024 px screen
        self.visibilityChanged.connect(self._visibility_changed)

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
        last = self.answers.last(step.title) if step.ask else None
        self.question.setVisible(step.ask is not None)
        if step.ask is not None:
            self.question.ask(step.ask, last)
        self._show_text(answered=step.ask is None or last is not None)
        self.lessonBackButton.setEnabled(self.index > 0)
        self._waiting = step.ask is not None and last is None
        self._apply(step, acting=not self._waiting)
        if self._waiting:
            self.question.focus_answer()

    def eventFilter(self, watched, event) -> bool:
        """Space on the panel's focused button presses it: the Convolution tab's Play shortcut (Space, the
        window's) took it, so the first Space after a commit started Play instead of going to Next."""
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Space and not event.modifiers():
            event.accept()  # the key goes to the button, not to a window shortcut
        return False

    def _show_text(self, answered: bool) -> None:
        """The step's explanation once its question is answered; Next too."""
        if answered:
            self.lessonText.setMarkdown(self.step.text or "")
        else:
            self.lessonText.setMarkdown(tr("*Predict first: the lesson shows what happens, and why, once you "
                                           "have committed your answer above.*"))
        self.lessonNextButton.setEnabled(answered and self.index < len(self.lesson.steps) - 1)

    def _committed(self, value: float) -> None:
        step = self.step
        attempt = self.answers.answer(step.title, step.ask, value)
        self._send_to_class(step, attempt)
        self.question.show_result(attempt)
        self._show_text(answered=True)
        if self._waiting:
            self._waiting = False
            self._apply(step, acting=True)  # what the student predicted now happens
        self.lessonNextButton.setFocus()

    def _send_to_class(self, step, attempt) -> None:
        """On a seat that joined a class, the answer goes to the teacher's histogram too (queued, sent in the
        background: the lesson never waits for the network)."""
        from cnngui.core.classroom import membership, sender
        from cnngui.core.classroom.votes import send_attempt

        joined = membership.current()
        if joined is None:
            return
        try:
            send_attempt(sender.shared().outbox, joined, lesson_name(self.lesson.path), self.lesson.title, self.index,
                         step.ask, attempt, len(self.answers.attempts(step.title)))
        except OSError as exc:
            self.window_.statusBar().showMessage(tr("Not sent to the class: {error}").format(error=exc))
            return
        sender.shared().wake()

    def _try_again(self) -> None:
        """A new attempt at the step's question; what it showed stays on screen."""
        self.question.ask(self.step.ask)
        self.question.focus_answer()

    def next(self) -> None:
        self.show_step(self.index + 1)

    def back(self) -> None:
        self.show_step(self.index - 1)

    def restart(self) -> None:
        self._ran.clear()
        self.show_step(0)

    def _visibility_changed(self, visible: bool) -> None:
        """A lesson shown tags a joined seat's trainings; closed (its ×), it no longer does and lets go."""
        if visible:
            self.window_.state.lesson = lesson_name(self.lesson.path)
        elif not self.isVisible():
            if self.window_.state.lesson == lesson_name(self.lesson.path):
                self.window_.state.lesson = ""
            self._release()

    def close_lesson(self) -> None:
        self.give_back()
        self._release()
        self.hide()
        self.deleteLater()

    def closeEvent(self, event) -> None:
        """Its × closes the lesson: the app is given back as the student had it."""
        self.give_back()
        super().closeEvent(event)

    # ---- borrowing the app ----------------------------------------------------------------------
    def borrow(self) -> None:
        """What the student had before the lesson set its steps up: the model (with any edits), the network
        being built, the picture or drawing, the tab. Opening a lesson replaced a just-trained model (99.19%)
        with the bundled one and the drawing with a test image, and closing it restored neither."""
        state, window = self.window_.state, self.window_
        canvas = window.draw_tab.canvas if window.draw_tab is not None else None
        drawn = canvas is not None and bool(canvas.strokes)
        self._borrowed = {
            "trained": state.models.trained, "edits": state.models.edits,
            "network": ([dict(layer) for layer in state.network.layers], state.network.name),
            "picture": (canvas.as_array() if drawn else state.input.picture,
                        tr("your drawing") if drawn else state.input.picture_source,
                        None if drawn else state.input.true_label, False if drawn else state.input.picture_is_input),
            "tab": window.mainTabs.currentIndex()}

    def give_back(self) -> None:
        """Everything the lesson's steps changed of the student's work, as it was when the lesson opened (once)."""
        had, self._borrowed = getattr(self, "_borrowed", None), None
        if had is None:
            return
        self._release()  # every tab offered again first: the student's may have been one the lesson left out
        state, window = self.window_.state, self.window_
        if had["trained"] is not None and state.models.trained is not had["trained"]:
            state.models.set_trained(had["trained"])
        if had["trained"] is not None and state.models.edits is not had["edits"]:
            state.models.set_edits(had["edits"])
        layers, name = had["network"]
        if (layers, name) != (state.network.layers, state.network.name):
            state.set_architecture(layers, name)
        picture, source, truth, is_input = had["picture"]
        if picture is not state.input.picture or source != state.input.picture_source:
            if picture is None:
                if window.draw_tab is not None:
                    window.draw_tab.canvas.clear()
            else:
                state.show_picture(picture, source, truth, is_input)
        if 0 <= had["tab"] < window.mainTabs.count():
            window.mainTabs.setCurrentIndex(had["tab"])

    # ---- carrying a step out --------------------------------------------------------------------
    def _apply(self, step: Step, acting: bool = True) -> None:
        """Each setting goes to the host that declared it, in the order core/lessons.SETTINGS lists
        them (a recipe before the seed it would reset); then the fixed ones lock, the parts hide.
        `acting` False: the stage alone (a step waiting for its answer). An experiment (`run:`) runs
        once per visit of the lesson, not again on Back."""
        self._release()
        hooks = self.hooks
        s = {key: value for key, value in step.settings.items() if acting or key in STAGING}
        if "run" in s:
            if self.index in self._ran:
                del s["run"]
            else:
                self._ran.add(self.index)
        owners = {key: carry_out for hook in hooks for key, carry_out in hook.settings.items()}
        for key in SETTINGS:
            if key in s and key in owners:
                self._carry_out(owners[key], key, s[key])
        for hook in hooks:
            for key, widgets in hook.locks.items():
                if key in s:
                    self._lock(widgets)
        parts = all_parts(hooks)
        hidden = [widget for name in s.get("hide", []) for widget in parts[name]]
        if not acting:  # the question waits: nothing that shows the outcome is on screen (no answer before it)
            hidden += [widget for hook in hooks for widget in hook.reveals]
        for widget in hidden:
            if not widget.isHidden():
                widget.setVisible(False)
                self._hidden.append(widget)

    def _carry_out(self, carry_out, key: str, value) -> None:
        """One setting; if it fails (a model file gone, an experiment that can't start), the lesson says so
        and goes on: the student's answer is kept already."""
        try:
            carry_out(value)
        except Exception as exc:  # any host's failure is said, not raised into the panel
            from cnngui.ui.widgets.dialogs import show_error

            show_error(self.window_, tr("This step could not be carried out"),
                       tr("{where}: {key}: {reason}").format(where=self.lesson.where(self.step, key), key=key,
                                                              reason=exc))

    def _lock(self, widgets) -> None:
        for widget in widgets:
            if widget.isEnabled():
                widget.setEnabled(False)
                widget.setToolTip(widget.toolTip() + "\n" + tr(LOCK_NOTE))
                self._locked.append(widget)

    def _release(self) -> None:
        """Everything the lesson changed about the window, given back."""
        for widget in self._locked:
            widget.setEnabled(True)
            widget.setToolTip(widget.toolTip().replace("\n" + tr(LOCK_NOTE), ""))
        for widget in self._hidden:
            widget.setVisible(True)
        self._locked, self._hidden = [], []
        for hook in self.hooks:
            if hook.release is not None:
                hook.release()


def all_parts(hooks) -> dict:
    """Every part a step may hide, by name, across the window's hosts."""
    return {name: widgets for hook in hooks for name, widgets in hook.parts.items()}


def check_parts(lesson: Lesson, hooks) -> list[str]:
    """`hide:` names the hosts' parts. A widget's objectName, which lessons once used, is taken as the
    part it belongs to, with a note naming the new name; any other name is refused with its line."""
    parts = all_parts(hooks)
    old_names = {widget.objectName(): name for name, widgets in parts.items() for widget in widgets
                 if widget.objectName()}
    notes = []
    for step in lesson.steps:
        names = []
        for name in step.settings.get("hide", []):
            if name not in parts and name in old_names:
                notes.append(tr("'{old}' is now called '{new}'").format(old=name, new=old_names[name]))
                name = old_names[name]
            if name not in parts:
                raise LessonError(tr("{where}: there is no part '{name}' to hide; the parts are {join}.").format(
                    where=lesson.where(step, "hide"), name=name, join=", ".join(sorted(parts))))
            names.append(name)
        if "hide" in step.settings:
            step.settings["hide"] = names
    return notes


def open_lesson(window, path: str | Path) -> LessonPanel | None:
    """Load a lesson into the window's side panel; a bad file gets a dialog naming its line."""
    from cnngui.core.teaching.lessons import load_lesson
    from cnngui.ui.widgets.dialogs import show_error

    try:
        lesson = load_lesson(path)
        check_tabs(lesson, tab_keys())
        hooks = window.lesson_hooks()
        notes = check_parts(lesson, hooks)
    except LessonError as exc:
        show_error(window, tr("This lesson can't be opened"), str(exc))
        return None
    old = window.findChild(LessonPanel)
    if old is not None:
        old.close_lesson()
    panel = LessonPanel(window, lesson, hooks)
    panel.borrow()  # before its first step sets anything up
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.show()
    panel.show_step(0)
    said = [f"hide: {note}" for note in notes] + ([panel.answers.problem] if panel.answers.problem else [])
    window.statusBar().showMessage(" · ".join([tr("Lesson: {title}").format(title=lesson.title), *said]),
                                   15000 if said else 5000)
    return panel
