"""What a screen reader says for each control: one registry of accessible names (issue 34, first part).

Qt names most controls itself (a button by its text, a form field by its label). What it can't name, the plots, the
log, the tables, the sliders and the scroll areas, is named here by objectName, once, in words a student
understands; a control's own inner parts (a spin box's text field, a plot's viewport) take their owner's name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QAbstractSpinBox, QGroupBox, QLabel, QScrollArea, QWidget

from cnngui.i18n import N_, tr

NAMES: dict[str, tuple[str, str]] = {  # objectName -> (name, description: what it does, "" where the name says it)
    "mainTabs": (N_("Tabs"), N_("Network, Train, Evaluate, Draw, Explore and Convolution")),
    "classAddressEdit": (N_("Class address"), N_("The address the teacher gave, like http://192.168.1.10:5000")),
    "classNameEdit": (N_("Your name"), N_("Your name as on the teacher's list")),
    "classCodeEdit": (N_("Join code"), N_("The join code the teacher gave you")),
    "networkViews": (N_("The network as a table, as code or as a diagram"), ""),
    "trainViews": (N_("This run, or all runs compared"), ""),
    "evaluateMoreTabs": (N_("More about the model"), ""),
    "exploreViews": (N_("Explore's views"), ""),
    "architectureTable": (N_("Layers of the network"),
                          N_("Each layer's settings, output shape, parameters and what one of its units sees")),
    "handwritingTable": (N_("The model on each writer's handwriting"), ""),
    "explorerLayerList": (N_("Layers"), N_("Choose a layer to show its feature maps")),
    "exploreDetails": (N_("Details of the chosen unit"), ""),
    "lossPlot": (N_("Loss plot"), ""),  # its description says the latest values (widgets/curves.py)
    "accuracyPlot": (N_("Accuracy plot"), ""),
    "probabilityChart": (N_("Probabilities"), N_("The network's probability for each class")),
    "logView": (N_("Training log"), N_("Each epoch's loss and accuracy, as Keras prints them")),
    "smoothingSlider": (N_("Smoothing of the loss curve"), ""),
    "labPositionSlider": (N_("Position of the kernel over the input"), ""),
    "labSpeedSpin": (N_("Play speed"), N_("Positions a second while playing")),
    "strokeWidthSpin": (N_("Pen width"), N_("How thick the pen draws, in pixels of the canvas")),
}


def _text(widget: QWidget, which) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(which).strip() if face is not None else ""


def is_named(widget: QWidget) -> bool:
    return bool(_text(widget, QAccessible.Text.Name) or _text(widget, QAccessible.Text.Description))


def _column_title(area: QScrollArea) -> str:
    """A scrolling column is named by its first group box or label."""
    inner = area.widget()
    if inner is None:
        return ""
    for child in inner.findChildren(QWidget):
        if isinstance(child, QGroupBox) and child.title():
            return child.title()
        if isinstance(child, QLabel) and child.text() and not child.text().startswith("<"):
            return child.text()
    return ""


def name_widgets(root: QWidget) -> int:
    """Name every focusable widget under `root` that has neither a name nor a description; returns how many."""
    named = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        entry = NAMES.get(widget.objectName())
        owner = widget.parentWidget()
        if entry is not None and not _text(widget, QAccessible.Text.Name):
            widget.setAccessibleName(tr(entry[0]))
            if entry[1] and not _text(widget, QAccessible.Text.Description):
                widget.setAccessibleDescription(tr(entry[1]))
        elif is_named(widget):
            continue
        elif owner is not None and (isinstance(owner, QAbstractSpinBox) or owner.objectName() in NAMES):
            entry = NAMES.get(owner.objectName())
            name = (tr(entry[0]) if entry else "") or _text(owner, QAccessible.Text.Name) or _text(
                owner, QAccessible.Text.Description)
            widget.setAccessibleName(name)  # a spin box's text field, a plot's viewport: the owner's name
        elif isinstance(widget, QScrollArea) and _column_title(widget):
            widget.setAccessibleName(tr("Scrolling column: {title}").format(title=_column_title(widget)))
        else:
            continue
        named += 1
    return named


def announce(widget: QWidget, text: str) -> None:
    """Say `text` through a screen reader: it becomes the widget's name, and an alert is raised on it."""
    widget.setAccessibleName(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
