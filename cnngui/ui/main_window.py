"""The main window: the tabs, menus, status bar, remembered geometry.

The window is built in two steps so it can be on screen before PyTorch has imported:
`MainWindow()` needs only Qt; `finish_loading()` creates the application state and the tabs
that need the core, and is the one place that wires them: each tab (from `cnngui.ui.tabs.TABS`)
gets the state and follows it, the window listens to the state's messages. No tab holds another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from cnngui import i18n
from cnngui.i18n import tr
from cnngui.ui import settings as saved
from cnngui.ui.look.appearance import text_style
from cnngui.ui.settings import Saved, app_settings
from cnngui.ui.tabs import DEFAULT_TAB, TABS
from cnngui.ui.widgets.dialogs import show_error
from cnngui.ui.window.menus import WindowMenus
from cnngui.ui.window.model_files import ModelFiles

GEOMETRY = Saved("window/geometry", None, lambda raw: raw)
CURRENT_TAB = Saved("window/tab", next(spec.key for spec in TABS if spec.attribute == DEFAULT_TAB),
                    saved.one_of([spec.key for spec in TABS]))


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text_style(label, 14, "muted")
    return label


def first_size(screen) -> QSize:
    """The window's size at a first start: 1200x780, or less on a smaller screen (a 1024x768 lab seat),
    leaving room for a title bar: a window larger than the screen hides the lesson panel's buttons."""
    size = QSize(1200, 780)
    if screen is not None:
        room = screen.availableGeometry()
        size = size.boundedTo(QSize(room.width(), room.height() - 30))
    return size


class MainWindow(WindowMenus, ModelFiles, QMainWindow):
    sig_replaced = Signal(QMainWindow)  # the window reopened itself as this one (in another language)

    def __init__(self, language_code: str | None = None) -> None:
        """`language_code`: the language to build it in (default: the user's choice or the system's)."""
        super().__init__()
        self.settings = app_settings()
        from cnngui.ui.look import language

        language.apply(language_code or language.startup_language(self.settings))  # before any text is made
        from PySide6.QtCore import QLocale

        self.setLocale(QLocale())  # its spin boxes write numbers as the language does: 2,0 in German
        self.setWindowTitle(tr("cnngui — see a CNN learn"))
        self.setAcceptDrops(True)  # a model file dropped anywhere opens (dropEvent)
        self.state = None  # AppState, once the core is loaded
        self.dataset_view = None  # the dataset view last opened (it deletes itself when closed)
        from PySide6.QtWidgets import QApplication

        from cnngui.ui.look.appearance import Appearance

        self.appearance = Appearance(QApplication.instance(), self.settings)
        self.appearance.apply()  # font and palette before any tab measures its text
        from cnngui.ui.widgets import wheel_guard

        wheel_guard.install()  # the wheel scrolls columns, not the unfocused choices in them
        for spec in TABS:
            setattr(self, spec.attribute, None)
        self.confirm_close = self._ask_close
        self.mainTabs = QTabWidget(objectName="mainTabs")
        self.mainTabs.setDocumentMode(True)
        for spec in TABS:
            self.mainTabs.addTab(_placeholder(tr("Loading PyTorch…")), tr(spec.title))
        self.setCentralWidget(self.mainTabs)
        self.modelLabel = QLabel(tr("Model: loading…"), objectName="modelStatus")
        self.deviceLabel = QLabel("", objectName="deviceStatus")
        self.statusBar().addPermanentWidget(self.modelLabel)
        self.statusBar().addPermanentWidget(self.deviceLabel)
        from cnngui.ui.window.class_seat import ClassStatus

        self.classLabel = ClassStatus()  # hidden unless this seat has joined a class
        self.statusBar().addPermanentWidget(self.classLabel)
        self._build_menus()
        geometry = saved.read(self.settings, GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):  # Qt fits a restored one to the screen itself
            self.resize(first_size(self.screen()))
        self.unreadable_settings: list[str] = []
        shown = saved.read(self.settings, CURRENT_TAB, self.unreadable_settings)
        self.mainTabs.setCurrentIndex([spec.key for spec in TABS].index(shown))

    def switch_language(self, choice: str):
        """Save the choice and, if it changes the language, reopen the window in it (the model, the
        network and the lesson step come along). Returns the window now showing, or None if the user
        kept training instead."""
        from cnngui.ui.look import language

        saved.write(self.settings, language.CHOICE, choice)
        code = language.resolve(choice)
        if code == i18n.language():
            return self
        if self.train_tab is not None and self.train_tab.running:
            answer = QMessageBox.question(self, tr("Training is running"),
                                          tr("The window reopens in the new language, which stops the training.\n"
                                             "The last finished epoch is autosaved. Switch now?"))
            if answer != QMessageBox.StandardButton.Yes:
                self.statusBar().showMessage(tr("The language changes the next time cnngui starts."), 8000)
                return None
        return self.reopen(code)

    def reopen(self, language_code: str):
        """A new main window in `language_code`, carrying over what the user was working with."""
        from PySide6.QtWidgets import QApplication

        from cnngui.ui.lesson_panel import LessonPanel

        app = QApplication.instance()
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the old window closes before the new one shows
        state = self.state
        panel = self.findChild(LessonPanel)
        lesson = (panel.lesson.path, panel.index) if panel is not None and panel.isVisible() else None
        self.confirm_close = lambda: True
        self.close()
        successor = MainWindow(language_code)
        if state is not None:
            successor.finish_loading()
            successor.state.set_architecture([dict(layer) for layer in state.architecture], state.architecture_name)
            successor.state.set_dataset(state.dataset, state.data_folder)
            if state.trained is not None and state.model_label != successor.state.model_label:
                successor.state.set_checkpoint(state.trained.checkpoint, state.model_label)
            if lesson is not None:  # the same lesson, in the new language where it has a version in it
                from cnngui.core.teaching.lessons import in_language

                new_panel = successor.open_lesson(in_language(lesson[0]))
                if new_panel is not None:
                    new_panel.show_step(lesson[1])
        successor.crash_reporter = getattr(self, "crash_reporter", None)
        if successor.crash_reporter is not None:
            successor.crash_reporter.parent = successor
        successor.show()
        self.sig_replaced.emit(successor)
        app.setQuitOnLastWindowClosed(quit_on_close)
        self.deleteLater()
        return successor

    # ---- the part that needs PyTorch --------------------------------------------------------
    def finish_loading(self) -> None:
        from cnngui.ui.torch_threads import reserve_gui_thread

        reserve_gui_thread()  # before this thread runs any tensor op
        from cnngui.errors import UserError
        from cnngui.ui.app_state import AppState
        from cnngui.ui.messages import Messages

        messages = Messages(self)
        messages.sig_status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        messages.sig_error.connect(lambda title, text: show_error(self, title, text))
        messages.sig_show_tab.connect(self.show_tab)
        messages.sig_show_dataset.connect(self.show_dataset)
        messages.sig_train_on_folder.connect(self._train_on_folder)
        messages.sig_open_model.connect(self.open_model)
        self.state = AppState(self, messages)
        self.state.sig_model_changed.connect(self._model_changed)
        tab_index = self.mainTabs.currentIndex()
        for index, spec in enumerate(TABS):
            tab = spec.load()(self.state, self.settings)
            setattr(self, spec.attribute, tab)
            self._replace_tab(index, tab, tr(spec.title))
        self.train_tab.sig_device_changed.connect(self._device_changed)
        self.mainTabs.setCurrentIndex(tab_index)
        for action in (self.openAction, self.saveAction, self.bundledAction, self.openLessonAction,
                       self.datasetsAction, self.openImageFolderAction, self.exportOnnxAction, self.exportCodeAction,
                       *self.training_actions):
            action.setEnabled(True)
        self.lessonsMenu.setEnabled(True)
        self._device_changed(self.train_tab.device_name())
        try:
            self.state.load_bundled()
        except UserError as exc:
            self.modelLabel.setText(tr("Model: none (train one)"))
            show_error(self, tr("Bundled model unavailable"), str(exc))
        bad = self.unreadable_settings + [key for tab in self.tabs for key in getattr(tab, "unreadable_settings", [])]
        if bad:
            self.statusBar().showMessage(saved.unreadable_note(bad), 15000)
        self.appearance.apply()  # the saved zoom and theme, now that every plot exists
        self.slides.install()
        from cnngui.ui import gc_guard

        gc_guard.freeze_long_lived()
        from cnngui.ui.look.access import name_widgets

        name_widgets(self)  # what a screen reader says for the plots, tables, sliders Qt can't name itself

    @property
    def tabs(self) -> list:
        return [getattr(self, spec.attribute) for spec in TABS if getattr(self, spec.attribute) is not None]

    def _replace_tab(self, index: int, widget: QWidget, title: str) -> None:
        old = self.mainTabs.widget(index)
        self.mainTabs.removeTab(index)
        self.mainTabs.insertTab(index, widget, title)
        old.deleteLater()

    def _model_changed(self) -> None:
        from cnngui.core.data.datasets import DEFAULT

        spec = self.state.model_dataset
        label = tr("Model: {label}").format(label=self.state.label)
        self.modelLabel.setText(label + ("" if spec.key == DEFAULT.key else f" · {spec.title}"))

    def _device_changed(self, name: str) -> None:
        self.deviceLabel.setText(tr("Device: {device}").format(device=name))

    # ---- menu actions ------------------------------------------------------------------------
    def show_dataset(self, folder: str = "") -> None:
        """The dataset view on an image folder ("": the user's datasets)."""
        from cnngui.ui.widgets.dataset_view import DatasetView

        view = DatasetView(self.state.messages, folder or None, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dataset_view = view
        view.open()

    def _choose_image_folder(self) -> None:
        from cnngui.ui.settings import datasets_dir

        folder = QFileDialog.getExistingDirectory(self, tr("Image folder: one folder per class"),
                                                  str(datasets_dir() if datasets_dir().is_dir() else Path.home()))
        if folder:
            self.show_dataset(folder)

    def _train_on_folder(self, folder: str) -> None:
        if self.train_tab.set_image_folder(folder):
            self.show_tab("train_tab")

    def _choose_lesson(self) -> None:
        from cnngui.resources import lessons_dir

        start = saved.read(self.settings, saved.LESSONS_FOLDER) or str(lessons_dir())
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a lesson"), start, tr("Lessons (*.md);;All files (*)"))
        if path:
            saved.write(self.settings, saved.LESSONS_FOLDER, str(Path(path).parent))
            self.open_lesson(path)

    def open_lesson(self, path: str | Path):
        """Walk through a lesson in the side panel (None, after a dialog, if the file can't be used)."""
        from cnngui.ui.lesson_panel import open_lesson

        return open_lesson(self, path)

    # ---- what a lesson may do: the window's own settings, then each tab's -----------------------
    def lesson_hooks(self) -> list:
        from cnngui.ui.tabs import LessonHooks

        own = LessonHooks(settings={"tabs": self._offer_only_tabs, "tab": self._show_tab_key,
                                    "model": self._lesson_model},
                          release=self._offer_every_tab)
        return [own] + [tab.lesson_hooks() for tab in self.tabs]

    def _offer_only_tabs(self, keys: list[str]) -> None:
        for index, spec in enumerate(TABS):
            self.mainTabs.setTabVisible(index, spec.key in keys)
        if not self.mainTabs.isTabVisible(self.mainTabs.currentIndex()):
            self._show_tab_key(keys[0])

    def _offer_every_tab(self) -> None:
        for index in range(self.mainTabs.count()):
            self.mainTabs.setTabVisible(index, True)

    def _show_tab_key(self, key: str) -> None:
        self.mainTabs.setCurrentIndex([spec.key for spec in TABS].index(key))

    def _lesson_model(self, value) -> None:
        """'bundled' (kept if it is current already) or a checkpoint file."""
        from cnngui.core.evaluation.predict import BUNDLED_LABEL

        if value != "bundled":
            self.open_model(value)
        elif self.state.model_label != BUNDLED_LABEL:
            self.state.load_bundled()

    # ---- closing -----------------------------------------------------------------------------
    def _ask_close(self) -> bool:
        answer = QMessageBox.question(self, tr("Training is running"),
                                      tr("Training is still running. Stop it and quit?\n"
                                      "The last finished epoch is autosaved."))
        return answer == QMessageBox.StandardButton.Yes

    def show_tab(self, attribute: str) -> None:
        """Bring a tab forward by its attribute name ("draw_tab"), as a view may ask through the state."""
        tab = getattr(self, attribute, None)
        if tab is not None:
            self.mainTabs.setCurrentWidget(tab)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.train_tab is not None and self.train_tab.running:
            if not self.confirm_close():
                event.ignore()
                return
            self.train_tab.shutdown()
        if self.train_tab is not None:
            self.train_tab.save_settings()
        for tab in self.tabs:
            tab.shutdown()
        from cnngui.ui.tasks import Task

        Task.cancel_all()  # and go: waiting here stalled the window (1.9 s while a test set loaded);
        # app.main waits for the threads once the window is gone
        saved.write(self.settings, GEOMETRY, self.saveGeometry())
        saved.write(self.settings, CURRENT_TAB, TABS[self.mainTabs.currentIndex()].key)
        self.settings.sync()
        event.accept()


def create_main_window() -> MainWindow:
    """The full main window, tabs included, at once (needs a QApplication): for tests and tools."""
    from cnngui.ui import gc_guard

    gc_guard.install()
    window = MainWindow()
    window.finish_loading()
    return window
