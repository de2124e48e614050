"""Slides: every view a teacher would show goes to the clipboard, a PNG or an SVG.

`SLIDE_VIEWS` is the one list of those views (by objectName, with the title a file gets).
`install(window)` gives each a context-menu entry; View -> Copy view as image (Ctrl+Shift+C)
and Save view as image (Ctrl+Shift+P; Ctrl+Shift+S is Save model as) act on the view under the pointer,
or the one holding the keyboard focus, or the current tab's first. The views themselves know nothing of this.
PNGs are rendered at twice the screen's pixels, so text stays sharp on a projected slide.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QCursor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from cnngui.core.atomic import atomic_path
from cnngui.i18n import N_, tr
from cnngui.ui.look.appearance import color

SLIDE_VIEWS = {
    "lossPlot": N_("loss curve"),
    "accuracyPlot": N_("accuracy curve"),
    "runsLossPlot": N_("runs compared - loss"),
    "runsAccuracyPlot": N_("runs compared - accuracy"),
    "timelineAccuracyPlot": N_("timeline accuracy"),
    "timelineFilters": N_("timeline filters"),
    "timelineMaps": N_("timeline feature maps"),
    "probabilityChart": N_("probabilities"),
    "networkSeesBox": N_("what the network sees"),
    "whyView": N_("why this answer"),
    "featureMapGrid": N_("feature maps"),
    "filterGrid": N_("filters"),
    "receptiveFieldView": N_("receptive field"),
    "topPatchesView": N_("strongest patches"),
    "confusionTable": N_("confusion matrix"),
    "reliabilityPlot": N_("reliability"),
    "shiftPlot": N_("shift experiment"),
    "rotationPlot": N_("rotation experiment"),
    "labInputGrid": N_("convolution input"),
    "labOutputGrid": N_("convolution output"),
    "architectureTable": N_("network"),
    "networkDiagram": N_("network diagram"),
    "drawDiagram": N_("inside the network"),
}
FILTER = N_("PNG image (*.png);;SVG drawing (*.svg)")
PNG_SCALE = 2


def render_png(widget: QWidget, scale: int = PNG_SCALE) -> QImage:
    image = QImage(widget.size() * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(color("window"))
    _paint(widget, image)
    return image


def _paint(widget: QWidget, device) -> None:
    painter = QPainter(device)
    try:
        QWidget.render(widget, painter, QPoint())  # QWidget's: QGraphicsView (the plots) has another render
    finally:
        painter.end()


def save(widget: QWidget, path: str | Path) -> Path:
    """PNG or SVG by the file's suffix (PNG when it has neither), written atomically."""
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        path = path.with_suffix(".png")
    with atomic_path(path) as tmp:
        if path.suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(tmp))
            generator.setSize(QSize(widget.size()))
            generator.setViewBox(widget.rect())
            generator.setTitle("cnngui: " + tr(SLIDE_VIEWS.get(widget.objectName(), widget.objectName())))
            _paint(widget, generator)
        elif not render_png(widget).save(str(tmp), "PNG"):
            raise OSError(f"could not write {path}")
    return path


def copy(widget: QWidget) -> None:
    QApplication.clipboard().setImage(render_png(widget))


def slide_view(widget: QWidget | None) -> QWidget | None:
    """`widget` or the nearest of its parents that is a slide view."""
    while widget is not None:
        if widget.objectName() in SLIDE_VIEWS:
            return widget
        widget = widget.parentWidget()
    return None


def _actions(menu: QMenu, view: QWidget) -> None:
    """The right-click entries act through the window's own Slides (its status line, its last folder)."""
    def slides() -> Slides:
        return getattr(view.window(), "slides", None) or Slides(view.window())

    menu.addAction(tr("Copy as image"), lambda: slides().copy(view))
    menu.addAction(tr("Save as PNG or SVG…"), lambda: slides().save_as(view))


def _popup(view: QWidget, point: QPoint) -> None:
    menu = QMenu(view)
    _actions(menu, view)
    menu.popup(view.mapToGlobal(point))


def offer_slides(root: QWidget) -> None:
    """Give every slide view under `root` (a window or dialog) its context-menu entries, once."""
    import pyqtgraph as pg

    for name in SLIDE_VIEWS:
        for view in root.findChildren(QWidget, name):
            if view.property("cnngui_slide"):
                continue
            view.setProperty("cnngui_slide", True)
            menu = view.getPlotItem().vb.menu if isinstance(view, pg.PlotWidget) else None
            if menu is not None:  # right-click there opens pyqtgraph's own menu
                menu.addSeparator()
                _actions(menu, view)
            else:
                view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                view.customContextMenuRequested.connect(lambda point, v=view: _popup(v, point))


class Slides:
    """The slide actions of one main window."""

    def __init__(self, window) -> None:
        self.window = window
        self.last_folder = str(Path.home())

    def install(self) -> None:
        offer_slides(self.window)

    def target(self) -> QWidget | None:
        """The view under the pointer, else the one with the focus, else the current tab's first."""
        for candidate in (QApplication.widgetAt(QCursor.pos()), QApplication.focusWidget()):
            view = slide_view(candidate)
            if view is not None and view.isVisible():
                return view
        page = self.window.mainTabs.currentWidget() if hasattr(self.window, "mainTabs") else self.window
        views = (view for name in SLIDE_VIEWS for view in page.findChildren(QWidget, name))
        return next((view for view in views if view.isVisible()), None)

    def _say(self, text: str) -> None:
        main = self.window.window()
        if hasattr(main, "statusBar"):
            main.statusBar().showMessage(text, 5000)

    def copy(self, view: QWidget | None = None) -> QWidget | None:
        view = view or self.target()
        if view is None:
            self._say(tr("No view here to copy: point at a plot or a picture."))
            return None
        copy(view)
        self._say(tr("Copied “{view}” as an image.").format(view=tr(SLIDE_VIEWS[view.objectName()])))
        return view

    def save_as(self, view: QWidget | None = None) -> None:
        view = view or self.target()
        if view is None:
            self._say(tr("No view here to save: point at a plot or a picture."))
            return
        title = tr(SLIDE_VIEWS[view.objectName()])
        suggested = str(Path(self.last_folder) / f"cnngui {title}.png")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save “{view}”").format(
            view=title), suggested, tr(FILTER))
        if not path:
            return
        from cnngui.ui.widgets.dialogs import show_error

        try:
            written = save(view, path)
        except OSError as exc:
            show_error(self.window, tr("Could not save the image"), tr("{path} could not be written: {error}. "
                       "Choose a folder you may write to.").format(path=path, error=exc))
            return
        self.last_folder = str(written.parent)
        self._say(tr("Saved {file}").format(file=written))
