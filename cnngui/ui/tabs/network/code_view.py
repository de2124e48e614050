"""The Network tab's "Code" view: the network being edited as a PyTorch or Keras script, live, with Copy and
Save. The script is the core's (`core.code_export.network_code`), the one `cnngui export --code` writes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from cnngui.core.model_files.code_export import LANGUAGES, network_code
from cnngui.errors import UserError
from cnngui.i18n import N_, tr
from cnngui.ui import settings as saved
from cnngui.ui.look.appearance import text_style
from cnngui.ui.widgets.dialogs import show_error

CODE_FILTERS = {"pytorch": N_("PyTorch script (*.py)"), "keras": N_("Keras script (*.py)")}
LANGUAGE = saved.Saved("network/code_language", "pytorch", saved.one_of(LANGUAGES))


class CodeView(QWidget):
    """`codeView`: `codeLanguageCombo`, the script in `codeText`, `copyCodeButton`, `saveCodeButton`. It makes the
    script only while shown: editing the network costs nothing while it is hidden."""

    def __init__(self, state, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeView")
        self.state, self.settings = state, settings
        self._stale = True
        self.codeLanguageCombo = QComboBox(objectName="codeLanguageCombo")
        self.codeLanguageCombo.addItem("PyTorch", "pytorch")
        self.codeLanguageCombo.addItem(tr("Keras (the seed notebook's style)"), "keras")
        saved.bind(settings, LANGUAGE, self.codeLanguageCombo)
        self.codeLanguageCombo.currentIndexChanged.connect(self._language_changed)
        self.codeLanguageCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.codeLanguageCombo.setMinimumContentsLength(8)  # a long German entry must not widen the tab
        self.copyCodeButton = QPushButton(tr("Copy"), objectName="copyCodeButton")
        self.copyCodeButton.clicked.connect(self.copy)
        self.saveCodeButton = QPushButton(tr("Save as…"), objectName="saveCodeButton")
        self.saveCodeButton.clicked.connect(self._save_from_dialog)
        self.codeText = QPlainTextEdit(objectName="codeText", readOnly=True)
        self.codeText.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        text_style(self.codeText, 9, extra="font-family: monospace")
        self.codeNote = QLabel(tr("build_model() returns this network; run the script to train it on MNIST "
                                  "(python network.py --epochs 1)."), objectName="codeNote", wordWrap=True)
        text_style(self.codeNote, tone="muted")
        top = QHBoxLayout()
        top.addWidget(self.codeLanguageCombo, 1)
        top.addWidget(self.copyCodeButton)
        top.addWidget(self.saveCodeButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.codeText, 1)
        layout.addWidget(self.codeNote)
        state.sig_architecture_changed.connect(self.refresh)
        state.sig_dataset_changed.connect(self.refresh)

    @property
    def language(self) -> str:
        return self.codeLanguageCombo.currentData()

    def code(self, language: str | None = None) -> str:
        """The script for the network being edited; a UserError says why the network can't be written yet."""
        from cnngui.ui.app_state import network_title

        state = self.state
        return network_code(state.architecture, language or self.language, state.dataset,
                            title=network_title(state.architecture_name), file="network.py")

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        scroll = self.codeText.verticalScrollBar().value()
        try:
            self.codeText.setPlainText(self.code())
            self.copyCodeButton.setEnabled(True)
        except UserError as exc:
            self.codeText.setPlainText("# " + tr("This network can't be written as code yet:") + "\n# " + str(exc))
            self.copyCodeButton.setEnabled(False)
        self.codeText.verticalScrollBar().setValue(scroll)  # an edit keeps the reader's place

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _language_changed(self) -> None:
        self.refresh()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.codeText.toPlainText())
        language = self.codeLanguageCombo.currentText()
        self.state.messages.status(tr("Copied the {language} code").format(language=language))

    def _save_from_dialog(self) -> None:
        from cnngui.ui.widgets.dialogs import ask_save_path

        path, _ = ask_save_path(self, tr("Save the code"), Path.home() / "network.py", tr(CODE_FILTERS[self.language]),
                                ".py")
        if path:
            self.save(path, self.language)

    def save(self, path: str | Path, language: str) -> bool:
        from cnngui.core.atomic import write_text_atomic

        try:
            write_text_atomic(path, self.code(language))
        except UserError as exc:
            show_error(self, tr("Cannot save the code"), str(exc))
            return False
        except OSError as exc:
            show_error(self, tr("Cannot save the code"), tr("Cannot write {path}: {exc}").format(path=path, exc=exc))
            return False
        self.state.messages.status(tr("Saved {file}").format(file=path))
        return True
