"""Draw's "Add to my dataset…": the drawing on the canvas goes into an image folder under the user's
data folder (`datasets/<name>/<class>/<writer>/<writer>-001.png`), the layout `cnngui train --images`
reads, so a class's own handwriting becomes a dataset a drawing at a time, and a teacher can copy a
whole class's folders together."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLineEdit

from cnngui.i18n import tr
from cnngui.ui import settings as saved
from cnngui.ui.look.appearance import zoom
from cnngui.ui.settings import datasets_dir
from cnngui.ui.widgets.dialogs import Dialog

DATASET_NAME = saved.Saved("collect/dataset", "")  # empty: "my handwriting", in the user's language
WRITER = saved.Saved("collect/writer", "")
LAST_CLASS = saved.Saved("collect/class", "")


class CollectDialog(Dialog):
    """Where the drawing goes: which dataset, which class (the model's classes, or any the teacher names),
    and who drew it."""

    def __init__(self, parent, settings, classes: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("collectDialog")
        self.setWindowTitle(tr("Add to my dataset"))
        self.settings = settings
        self.datasetCombo = QComboBox(objectName="collectDatasetCombo", editable=True)
        existing = sorted(p.name for p in datasets_dir().glob("*") if p.is_dir()) if datasets_dir().is_dir() else []
        name = saved.read(settings, DATASET_NAME) or tr("my handwriting")
        self.datasetCombo.addItems(sorted(set(existing) | {name}))
        self.datasetCombo.setCurrentText(name)
        self.classCombo = QComboBox(objectName="collectClassCombo", editable=True)
        self.classCombo.addItems(classes)
        self.classCombo.setToolTip(tr("One of the model's classes, or any name: ✓, ✗, a letter, a word"))
        last = saved.read(settings, LAST_CLASS)
        if last:
            self.classCombo.setCurrentText(last)
        self.writerEdit = QLineEdit(saved.read(settings, WRITER), objectName="collectWriterEdit")
        self.writerEdit.setPlaceholderText(tr("your name (it goes into the file names)"))
        self.shareCheck = QCheckBox(tr("Shared with the class"), objectName="collectShareCheck")
        self._show_shared()
        self.datasetCombo.currentTextChanged.connect(self._show_shared)
        form = QFormLayout(self)
        form.addRow(tr("Dataset"), self.datasetCombo)
        form.addRow(tr("Class"), self.classCombo)
        form.addRow(tr("Drawn by"), self.writerEdit)
        form.addRow("", self.shareCheck)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # its own button: a standard OK's text is put back to "OK" when the language's translator arrives
        self.addButton = buttons.addButton(tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Enter adds: the default is set once the buttons are in this dialog (before, Qt ignores it and
        # Enter pressed Cancel, which threw the drawing away)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.addButton.setDefault(True)
        self.setMinimumWidth(round(440 * zoom()))  # the hint in the name field reads whole, in German too

    def _show_shared(self) -> None:
        """The box says whether this dataset goes to the class; it can be ticked only on a seat that joined one."""
        from cnngui.core.classroom import membership
        from cnngui.core.classroom.drawings import is_shared

        name = self.datasetCombo.currentText().strip()
        joined = membership.current() is not None
        self.shareCheck.setChecked(bool(name) and joined and is_shared(datasets_dir() / name))
        self.shareCheck.setEnabled(joined)
        self.shareCheck.setToolTip(
            tr("Every drawing of this dataset goes to the class server too: the teacher pools the class's "
               "handwriting into one dataset, a writer per student") if joined
            else tr("Join a class first (File → Join a class…) to share drawings with it"))

    def shared(self) -> bool:
        return self.shareCheck.isEnabled() and self.shareCheck.isChecked()

    def choice(self) -> tuple[str, str, str]:
        """(dataset name, class, writer), remembered for the next drawing."""
        dataset, klass, writer = (self.datasetCombo.currentText().strip(), self.classCombo.currentText().strip(),
                                  self.writerEdit.text().strip())
        for setting, value in ((DATASET_NAME, dataset), (LAST_CLASS, klass), (WRITER, writer)):
            saved.write(self.settings, setting, value)
        return dataset, klass, writer
