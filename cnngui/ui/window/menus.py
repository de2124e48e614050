"""The window's menus and their shortcuts (File, Training, View, Help), the keyboard table Help shows, and About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from cnngui import __version__
from cnngui.i18n import tr
from cnngui.ui.tabs import TABS


class WindowMenus:
    """The menus, the keyboard table and About, for MainWindow."""

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.openAction = QAction(tr("&Open model…"), self, shortcut=QKeySequence.StandardKey.Open, enabled=False)
        self.saveAction = QAction(tr("&Save model as…"), self, shortcut=QKeySequence.StandardKey.SaveAs, enabled=False)
        self.bundledAction = QAction(tr("Use the &bundled model"), self, enabled=False)
        quit_action = QAction(tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        self.openAction.triggered.connect(self._open_model)
        self.saveAction.triggered.connect(self._save_model)
        self.bundledAction.triggered.connect(self._use_bundled)
        quit_action.triggered.connect(self.close)
        self.exportOnnxAction = QAction(tr("Export model as &ONNX…"), self, objectName="exportOnnxAction",
                                        enabled=False)
        self.exportOnnxAction.triggered.connect(self._choose_export_onnx)
        self.exportCodeAction = QAction(tr("Export network as &code…"), self, objectName="exportCodeAction",
                                        enabled=False)
        self.exportCodeAction.triggered.connect(self._choose_export_code)
        for action in (self.openAction, self.saveAction, self.bundledAction, self.exportOnnxAction,
                       self.exportCodeAction):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self._dataset_actions = file_menu.addSeparator()
        self.openLessonAction = QAction(tr("Open &lesson…"), self, objectName="openLessonAction", enabled=False,
                                        shortcut=QKeySequence("Ctrl+L"))
        self.openLessonAction.triggered.connect(self._choose_lesson)
        file_menu.addAction(self.openLessonAction)
        self.datasetsAction = QAction(tr("My &datasets…"), self, objectName="datasetsAction", enabled=False)
        self.datasetsAction.triggered.connect(lambda: self.show_dataset(""))
        self.openImageFolderAction = QAction(tr("Open &image folder…"), self, objectName="openImageFolderAction",
                                             enabled=False)
        self.openImageFolderAction.triggered.connect(self._choose_image_folder)
        self.lessonsMenu = file_menu.addMenu(tr("Bundled lessons"))
        self.lessonsMenu.setEnabled(False)
        file_menu.insertActions(self._dataset_actions, [self.datasetsAction, self.openImageFolderAction])
        from cnngui.core.teaching.lessons import bundled_lessons, lesson_title

        for path in bundled_lessons():
            self.lessonsMenu.addAction(lesson_title(path), lambda p=path: self.open_lesson(p))
        file_menu.addSeparator()
        self._add_class_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(tr("&View"))
        for index, spec in enumerate(TABS):
            go = QAction(tr("Go to {tab}").format(tab=tr(spec.title)), self, shortcut=QKeySequence(f"Ctrl+{index + 1}"))
            go.triggered.connect(lambda _=False, i=index: self.mainTabs.setCurrentIndex(i))
            view_menu.addAction(go)
        view_menu.addSeparator()
        self._add_appearance_actions(view_menu)
        self._add_language_menu(view_menu)
        view_menu.addSeparator()
        from cnngui.ui.look.slides import Slides

        self.slides = Slides(self)
        for text, keys, slot, name in ((tr("&Copy view as image"), "Ctrl+Shift+C", self.slides.copy, "copyViewAction"),
                                        (tr("Save &view as PNG or SVG…"), "Ctrl+Shift+P", self.slides.save_as,
                                         "saveViewAction")):
            action = QAction(text, self, objectName=name, shortcut=QKeySequence(keys))
            action.triggered.connect(lambda _=False, act=slot: act())
            view_menu.addAction(action)
        training_menu = self.menuBar().addMenu(tr("&Training"))
        # Each acts through its Train-tab button, so the button's own rules (enabled, running) apply.
        self.training_actions = []
        for text, keys, command in ((tr("&Start training"), "F5", "start"),
                                    (tr("&Pause or resume"), "F6", "pause"),
                                    (tr("S&top training"), "Shift+F5", "stop"),
                                    (tr("&Export the curves as PNG…"), "Ctrl+E", "export_png")):
            action = QAction(text, self, shortcut=QKeySequence(keys), enabled=False)
            action.triggered.connect(lambda _=False, name=command: self._train_command(name))
            training_menu.addAction(action)
            self.training_actions.append(action)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        shortcuts = QAction(tr("&Keyboard shortcuts"), self, shortcut=QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        guide = QAction(tr("&User guide"), self, objectName="userGuideAction")
        guide.triggered.connect(self.open_guide)
        help_menu.addAction(guide)
        about = QAction(tr("&About cnngui"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _add_appearance_actions(self, view_menu) -> None:
        """Zoom in, out and back (every font, plot and label of the app) and the theme."""
        from PySide6.QtGui import QActionGroup

        from cnngui.ui.look.appearance import THEMES

        look = self.appearance
        for text, keys, slot, name in ((tr("Zoom &in"), [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
                                         look.zoom_in, "zoomInAction"),
                                        (tr("Zoom &out"), [QKeySequence.StandardKey.ZoomOut], look.zoom_out,
                                         "zoomOutAction"),
                                        (tr("&Reset zoom"), [QKeySequence("Ctrl+0")], look.reset_zoom,
                                         "zoomResetAction")):
            action = QAction(text, self, objectName=name)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            view_menu.addAction(action)
        theme_menu = view_menu.addMenu(tr("&Theme"))
        group = QActionGroup(self)
        self.theme_actions = {}
        for key, title in THEMES.items():
            action = QAction(tr(title), self, checkable=True, objectName=f"theme_{key}")
            action.setChecked(key == look.theme)
            action.triggered.connect(lambda _=False, k=key: look.set_theme(k))
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[key] = action

    def _add_language_menu(self, view_menu) -> None:
        """View → Language: the system's choice or any language there is a translation for."""
        from PySide6.QtGui import QActionGroup

        from cnngui.ui.look import language

        menu = view_menu.addMenu(tr("&Language"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        chosen = language.saved_choice(self.settings)
        names = language.available()
        choices = [(language.SYSTEM, tr("System ({language})").format(language=names[language.system_language()]))]
        choices += list(names.items())
        self.language_actions = {}
        for code, title in choices:
            action = QAction(title, self, checkable=True, objectName=f"language_{code}")
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def _add_class_actions(self, file_menu) -> None:
        """The class: a seat joins one; the teacher watches it."""
        self.joinClassAction = QAction(tr("Join a &class…"), self, objectName="joinClassAction")
        self.joinClassAction.triggered.connect(self._join_class)
        file_menu.addAction(self.joinClassAction)
        self.classViewAction = QAction(tr("Class &view (teacher)…"), self, objectName="classViewAction")
        self.classViewAction.triggered.connect(self._class_view)
        file_menu.addAction(self.classViewAction)

    def _join_class(self) -> None:
        from cnngui.ui.window.class_seat import open_join_dialog

        self.join_dialog = open_join_dialog(self)
        self.join_dialog.sig_class_changed.connect(self.state.sig_class_changed)

    def _class_view(self) -> None:
        from cnngui.ui.window.class_view import open_class_view

        self.class_view = open_class_view(self)

    def _train_command(self, name: str) -> None:
        if self.train_tab is not None and self.train_tab.command(name) and name in ("start", "export_png"):
            self.mainTabs.setCurrentWidget(self.train_tab)  # pause and stop work from any tab, where you are

    def shortcut_table(self) -> list[tuple[str, str, str]]:
        """(where, keys, what) for every shortcut, read from the menus and the tabs themselves."""
        from PySide6.QtGui import QShortcut
        from PySide6.QtWidgets import QAbstractButton

        native = QKeySequence.SequenceFormat.NativeText
        rows = []
        for menu_action in self.menuBar().actions():
            for action in menu_action.menu().actions():
                if not action.shortcut().isEmpty():
                    rows.append((menu_action.text().replace("&", ""), action.shortcut().toString(native),
                                 action.text().replace("&", "").rstrip("…")))
        for index, spec in enumerate(TABS):
            tab = self.mainTabs.widget(index)
            for shortcut in tab.findChildren(QShortcut):
                rows.append((tr(spec.title), shortcut.key().toString(native), shortcut.whatsThis()))
            for button in tab.findChildren(QAbstractButton):
                if not button.shortcut().isEmpty():
                    rows.append((tr(spec.title), button.shortcut().toString(native), button.toolTip() or button.text()))
            kinds = dict.fromkeys(type(view) for view in tab.findChildren(QWidget) if getattr(type(view), "KEYS", None))
            for kind in kinds:  # a custom view's own keys, while it has the focus (the canvas, diagram, maps, grids)
                rows += [(tr(spec.title), tr(keys), tr(what)) for keys, what in kind.KEYS]
        lesson = tr("Lesson")  # the lesson panel's question box (ui/lesson_question.py) takes these keys itself
        rows += [(lesson, "1 … 9", tr("choose an answer to the step's question")),
                 (lesson, tr("Enter"), tr("commit the prediction; the step then shows what happens"))]
        return rows

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

        from cnngui.ui.widgets.dialogs import Dialog

        rows = self.shortcut_table()
        dialog = Dialog(self, objectName="shortcutsDialog")
        dialog.setWindowTitle(tr("Keyboard shortcuts"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        table = QTableWidget(len(rows), 3, objectName="shortcutsTable")
        table.setHorizontalHeaderLabels([tr("where"), tr("keys"), tr("what")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        QVBoxLayout(dialog).addWidget(table)
        dialog.resize(620, 520)
        dialog.show()

    def about_text(self) -> str:
        import PySide6
        import torch
        import torchvision
        from PySide6.QtCore import qVersion

        from cnngui.core.data.datasets import DATASETS
        from cnngui.core.devices import list_devices

        devices = "".join(f"<li>{d.label}{'' if d.usable else ' — ' + d.reason}</li>" for d in list_devices())
        about = tr("See a convolutional neural network learn MNIST, classify your handwriting, and open it up.")
        return (f"<h3>cnngui {__version__}</h3><p>{about}</p>"
                f"<p>PyTorch {torch.__version__} · torchvision {torchvision.__version__} · "
                f"Qt {qVersion()} · PySide6 {PySide6.__version__}</p><p>{tr('Devices:')}</p><ul>{devices}</ul>"
                f"<p>{' '.join(tr(spec.credit) for spec in DATASETS.values())}</p>")

    def open_guide(self) -> None:
        from cnngui.ui.window.guide import open_guide

        self.guide_dialog = open_guide(self)

    def _about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("About cnngui"), self.about_text(),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutDialog")
        box.open()
