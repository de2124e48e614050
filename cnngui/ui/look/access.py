"""What a screen reader says for each control: one registry of accessible names (issue 34, first part).

Qt names most controls itself (a button by its text, a form field by its label). What it can't name, the plots, the
log, the tables, the sliders and the scroll areas, is named here by objectName, once, in words a student
understands; a control's own inner parts (a spin box's text field, a plot's viewport) take their owner's name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QScrollArea, QWidget

from cnngui.i18n import N_, number, tr

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
    # The custom-painted views: their descriptions say what they show now (each view keeps its own up to date)
    "drawCanvas": (N_("Drawing canvas"), ""),
    "networkDiagram": (N_("Network diagram"), ""),
    "drawDiagram": (N_("The network with this drawing inside it"), ""),
    "featureMapGrid": (N_("Feature maps"), ""),
    "filterGrid": (N_("Filters"), ""),
    "timelineFilters": (N_("Filters at this point of the training"), ""),
    "timelineMaps": (N_("Feature maps at this point of the training"), ""),
    "labInputGrid": (N_("Input of the convolution lab"), ""),
    "labOutputGrid": (N_("Output of the convolution lab"), ""),
    "labPatchGrid": (N_("The window's numbers"), ""),
    "labKernelGrid": (N_("The kernel's numbers"), ""),
    "labProductsGrid": (N_("The products"), ""),
    # dialogs
    "shortcutsTable": (N_("Keyboard shortcuts"), N_("Where each key works, the key, and what it does")),
    "datasetClassList": (N_("Classes"), N_("Choose a class to see its pictures")),
    "datasetThumbs": (N_("Pictures of the chosen class"), ""),
    "experimentPages": (N_("Experiments"), ""),
    "cnnEpochsSpin": (N_("Epochs for each network"), ""),
    "cnnTable": (N_("The two networks' results"), ""),
    "cudaTable": (N_("The speed of each device"), N_("Images a second on each device, and how many times the CPU")),
    "classQuestionCombo": (N_("Question"), N_("Choose a lesson's question to see the class's answers")),
    "shiftPlot": (N_("Test accuracy, test images moved"), ""),
    "rotationPlot": (N_("Test accuracy, test images turned"), ""),
    "classSideTabs": (N_("Challenges, questions and drawings"), ""),
    "classChallengeCombo": (N_("Challenge"), N_("Choose a challenge to see its rule and leaderboard")),
    "classLeaderboard": (N_("Leaderboard"), ""),
    "classDatasetCombo": (N_("Shared dataset"), N_("The drawings the class shared, by dataset")),
    "classLossPlot": (N_("Chosen runs' training loss"), ""),
    "classAccuracyPlot": (N_("Chosen runs' test accuracy"), ""),
    "runsLossPlot": (N_("Chosen runs' training loss"), ""),
    "runsAccuracyPlot": (N_("Chosen runs' test accuracy"), ""),
    "timelineAccuracyPlot": (N_("Test accuracy during the training"), ""),
    "snapshotSlider": (N_("Point of the training shown"), N_("From the random start to the end of the training")),
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
        if isinstance(child, QLabel) and len(child.text()) > 2 and not child.text().startswith("<"):
            return child.text()  # a word, not an operator ("×") or markup
    return ""


def name_widgets(root: QWidget) -> int:
    """Name every focusable widget under `root` (and every one the registry names) that has no name; returns how
    many."""
    named = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and widget.objectName() not in NAMES:
            continue  # a custom view a screen reader reads without focusing it (the lab's small grids) is named too
        entry = NAMES.get(widget.objectName())
        owner = widget.parentWidget()
        if entry is not None and widget.accessibleName() != tr(entry[0]):  # the registry's word over Qt's guess
            widget.setAccessibleName(tr(entry[0]))
            if entry[1] and not _text(widget, QAccessible.Text.Description):
                widget.setAccessibleDescription(tr(entry[1]))
        elif is_named(widget):
            continue
        elif owner is not None and (isinstance(owner, (QAbstractSpinBox, QComboBox)) or owner.objectName() in NAMES
                                    or is_named(owner)):
            entry = NAMES.get(owner.objectName())
            name = (tr(entry[0]) if entry else "") or _text(owner, QAccessible.Text.Name) or _text(
                owner, QAccessible.Text.Description)
            widget.setAccessibleName(name)  # a spin box's or combo's text field, a plot's viewport: the owner's name
        elif isinstance(widget, QScrollArea) and _column_title(widget):
            widget.setAccessibleName(tr("Scrolling column: {title}").format(title=_column_title(widget)))
        else:
            continue
        named += 1
    return named


def announce(widget: QWidget, text: str) -> None:
    """Say `text` through a screen reader: it becomes the widget's name (Qt raises NameChanged), and an alert is
    raised on it."""
    widget.setAccessibleName(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


def describe(widget: QWidget, text: str) -> None:
    """A custom-painted view's text equivalent: what it shows now, in words and numbers. Set only when it
    changes (Qt then raises the DescriptionChanged event a screen reader follows)."""
    if widget.accessibleDescription() != text:
        widget.setAccessibleDescription(text)


def describe_plot(plot) -> None:
    """A pyqtgraph plot's curves in words: each named curve's first and last point, its lowest and highest."""
    def n(value) -> str:
        return number(float(value), ".3g")

    said = []
    for item in plot.getPlotItem().listDataItems():
        xs, ys = item.getData()
        if xs is None or not len(xs):
            continue
        said.append(tr("{name}: from {y0} at {x0} to {y1} at {x1}, lowest {low}, highest {high}").format(
            name=item.name() or tr("curve"), y0=n(ys[0]), x0=n(xs[0]), y1=n(ys[-1]), x1=n(xs[-1]), low=n(min(ys)),
            high=n(max(ys))))
    describe(plot, "; ".join(said) + "." if said else tr("Nothing plotted yet."))


class Announcer:
    """Says a settled answer once. `request()` on every change restarts a short wait; when it runs out, `words()`
    gives (what the answer is, what to say) or None, and it is said unless the same answer was said last."""

    def __init__(self, widget: QWidget, words: Callable[[], tuple[str, str] | None], delay_ms: int = 600) -> None:
        self.widget, self.words = widget, words
        self.said: str | None = None  # the last answer said
        self._timer = QTimer(widget, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.say)

    def request(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def say(self) -> None:
        answer = self.words()
        if answer is None or answer[0] == self.said:
            return
        self.said = answer[0]
        announce(self.widget, answer[1])


ARROWS = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0), Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1)}
"""(rows, columns) an arrow key moves by, on every custom view that takes the keyboard."""


def arrow_step(key: Qt.Key, y: float, x: float, rows: int, columns: int, step: float = 1) -> tuple[float, float]:
    """(y, x) moved by arrow key `key`, `step` at a time, kept within rows × columns (another key: where it was)."""
    dy, dx = ARROWS.get(key, (0, 0))
    return min(max(y + dy * step, 0), rows - 1), min(max(x + dx * step, 0), columns - 1)


class Framed:
    """A custom-painted view that shows where the keyboard is (its paintEvent calls `paint_focus`): repainted as
    the focus comes and goes. Put before QWidget among the bases."""

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


def paint_focus(widget: QWidget, painter: QPainter) -> None:
    """The keyboard's place, visible on a custom-painted view: a frame in the highlight colour while it has focus."""
    if not widget.hasFocus():
        return
    painter.save()
    painter.resetTransform()
    painter.setPen(QPen(widget.palette().highlight().color(), 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(widget.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
    painter.restore()
