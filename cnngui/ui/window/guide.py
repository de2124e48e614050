"""Help → User guide: the guides of docs/ read inside the app, offline.

A lab without internet has no docs site to open, so the Markdown the site is built from is shown as it is
(QTextBrowser renders Markdown and follows the links between the guides); links to the web open in the
system's browser where there is one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from cnngui import resources
from cnngui.i18n import tr
from cnngui.ui.widgets.dialogs import Dialog, show_error

FIRST_PAGE = "guide/student.md"
PICTURE_WIDTH = 430  # the screenshots are 1200 px wide: shown at most this wide, two side by side in a table too


class GuideBrowser(QTextBrowser):
    """A QTextBrowser whose pictures fit the page."""

    def loadResource(self, kind: int, url: QUrl):
        resource = super().loadResource(kind, url)
        if kind == QTextDocument.ResourceType.ImageResource.value and resource is not None:
            image = resource if isinstance(resource, QImage) else QImage.fromData(resource)
            if not image.isNull() and image.width() > PICTURE_WIDTH:
                return image.scaledToWidth(PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            return image
        return resource


class GuideDialog(Dialog):
    def __init__(self, parent: QWidget | None = None, page: str = FIRST_PAGE) -> None:
        super().__init__(parent, objectName="guideDialog")
        self.setWindowTitle(tr("cnngui — user guide"))
        self.browser = GuideBrowser(objectName="guideBrowser", openExternalLinks=True)
        self.browser.setSearchPaths([str(resources.docs_dir())])
        back = QPushButton(tr("Back"), objectName="guideBackButton", enabled=False)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        home = QPushButton(tr("Student's guide"), objectName="guideHomeButton")
        home.clicked.connect(lambda: self.show_page(FIRST_PAGE))
        teacher = QPushButton(tr("Teacher's guide"), objectName="guideTeacherButton")
        teacher.clicked.connect(lambda: self.show_page("guide/teacher.md"))
        keys = QPushButton(tr("Keyboard and screen readers"), objectName="guideAccessButton")
        keys.clicked.connect(lambda: self.show_page("guide/accessibility.md"))
        buttons = QHBoxLayout()
        for button in (back, home, teacher, keys):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        self.resize(900, 700)
        self.show_page(page)

    def show_page(self, page: str) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(resources.docs_dir() / page)))


def open_guide(parent: QWidget) -> GuideDialog | None:
    """Show the guide, or say where it is when this copy has none (a wheel installed without docs/)."""
    if not (resources.docs_dir() / FIRST_PAGE).is_file():
        show_error(parent, tr("User guide"), tr("The guides are not installed with this copy of cnngui. They are in "
                                                "the docs/ folder of its source, and on the documentation site."))
        return None
    dialog = GuideDialog(parent)
    dialog.show()
    return dialog
