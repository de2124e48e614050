"""Projector mode: zoom and themes, applied to the whole application in one place.

Qt's widgets follow the application's font and palette. What they don't follow is named
here once: text a view marks with `text_style()` (its size at 100% and its tone), every
pyqtgraph plot, and the colours our painted views ask for with `color()`. Views never
hard-code a grey: they ask for a tone, so a dark palette (the system's or ours) and the
high-contrast theme reach them too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QWidget

from cnngui.i18n import N_
from cnngui.ui import settings as saved

ZOOM_STEPS = (0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
THEMES = {"system": N_("Follow the system"), "light": N_("Light"), "dark": N_("Dark"), "contrast": N_("High contrast")}
ZOOM = saved.Saved("view/zoom", 1.0, saved.number(float, ZOOM_STEPS[0], ZOOM_STEPS[-1]))
THEME = saved.Saved("view/theme", "system", saved.one_of(THEMES))

# tone -> (light, dark) colours; "contrast" uses the light column with black text
TONES = {
    "muted": ("#555555", "#b0b0b0"),
    "accent": ("#1f77b4", "#6cb4ee"),
    "bad": ("#b3261e", "#ff8a80"),
    "good": ("#1b7f3b", "#81c995"),
    "warn": ("#a05a00", "#ffb74d"),
}


def _palette(theme: str, system: QPalette) -> QPalette:
    if theme == "system":
        return QPalette(system)
    p = QPalette()
    R = QPalette.ColorRole
    if theme == "dark":
        window, base, text, button, mid = "#2b2d30", "#1e1f22", "#e8e8e8", "#3c3f41", "#5a5d60"
        highlight, placeholder = "#3d7cc9", "#9a9a9a"
    elif theme == "contrast":
        window, base, text, button, mid = "#ffffff", "#ffffff", "#000000", "#ffffff", "#000000"
        highlight, placeholder = "#0000c0", "#000000"
    else:
        window, base, text, button, mid = "#efefef", "#ffffff", "#1a1a1a", "#e6e6e6", "#a0a0a0"
        highlight, placeholder = "#2f6fb3", "#6b6b6b"
    for role, value in ((R.Window, window), (R.Base, base), (R.AlternateBase, button), (R.Button, button),
                        (R.WindowText, text), (R.Text, text), (R.ButtonText, text), (R.ToolTipBase, base),
                        (R.ToolTipText, text), (R.Highlight, highlight), (R.HighlightedText, "#ffffff"),
                        (R.Mid, mid), (R.Dark, mid), (R.PlaceholderText, placeholder), (R.Link, highlight)):
        p.setColor(role, QColor(value))
    p.setColor(QPalette.ColorGroup.Disabled, R.Text, QColor(placeholder))
    p.setColor(QPalette.ColorGroup.Disabled, R.ButtonText, QColor(placeholder))
    p.setColor(QPalette.ColorGroup.Disabled, R.WindowText, QColor(placeholder))
    return p


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def color(tone: str) -> QColor:
    """A tone's colour for the current palette (`TONES`), or the palette's own for "text", "base",
    "window" and "mid"."""
    palette = QApplication.palette()
    roles = {"text": QPalette.ColorRole.WindowText, "base": QPalette.ColorRole.Base,
             "window": QPalette.ColorRole.Window, "mid": QPalette.ColorRole.Mid}
    if tone in roles:
        return palette.color(roles[tone])
    if Appearance.current is not None and Appearance.current.theme == "contrast" and tone == "muted":
        return QColor("#000000")
    light, dark = TONES[tone]
    return QColor(dark if is_dark(palette) else light)


def zoom() -> float:
    return Appearance.current.zoom if Appearance.current is not None else 1.0


def text_style(widget: QWidget, points: float | None = None, tone: str | None = None, bold: bool = False,
               extra: str = "") -> None:
    """Say what a piece of text is: its size in points at 100% zoom and its tone. The look follows
    the zoom and the theme from then on."""
    widget.setProperty("cnngui_text", (points, tone, bold, extra))
    _restyle(widget)


_SIZE_SETTERS = {"min_w": "setMinimumWidth", "max_w": "setMaximumWidth", "fixed_w": "setFixedWidth",
                 "min_h": "setMinimumHeight", "max_h": "setMaximumHeight", "fixed_h": "setFixedHeight"}


def sized(widget: QWidget, **pixels: int) -> QWidget:
    """Give a widget sizes in pixels at 100% zoom (min_w, max_w, fixed_w, min_h, max_h, fixed_h);
    they grow and shrink with the zoom, so panels sized for their text still fit it at 200%."""
    unknown = set(pixels) - set(_SIZE_SETTERS)
    if unknown:
        raise TypeError(f"unknown sizes {sorted(unknown)}")
    widget.setProperty("cnngui_size", pixels)
    _resize(widget)
    return widget


def _resize(widget: QWidget) -> None:
    before = widget.width()
    for key, value in widget.property("cnngui_size").items():
        getattr(widget, _SIZE_SETTERS[key])(round(value * zoom()))
    pixmap = widget.pixmap() if isinstance(widget, QLabel) else None
    if pixmap is not None and not pixmap.isNull() and widget.width() != before:  # a picture grows with it now
        side = widget.width() - 2
        widget.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.FastTransformation))


def _restyle(widget: QWidget) -> None:
    points, tone, bold, extra = widget.property("cnngui_text")
    parts = []
    if points:
        parts.append(f"font-size: {points * zoom():.1f}pt")
    if bold:
        parts.append("font-weight: bold")
    if tone:
        parts.append(f"color: {color(tone).name()}")
    if extra:
        parts.append(extra)
    widget.setStyleSheet("; ".join(parts))


def style_plot(plot) -> None:
    """A pyqtgraph PlotWidget in the current theme and zoom (background, axes, grid, fonts)."""
    import pyqtgraph as pg

    if getattr(plot, "plotItem", None) is None:  # closed, waiting to be deleted
        return

    plot.setBackground(color("base"))
    font = QFont(QApplication.font())
    font.setPointSizeF(max(6.0, 9.0 * zoom()))
    grid = color("mid") if Appearance.current is None or Appearance.current.theme != "contrast" else QColor("#808080")
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(grid.lighter(130) if not is_dark() else grid))
        axis.setTextPen(pg.mkPen(color("text")))
        axis.setTickFont(font)
        axis.label.setFont(font)
        axis.setStyle(tickTextOffset=int(5 * zoom()))
    item = plot.getPlotItem()
    if item.titleLabel.text:
        item.setTitle(item.titleLabel.text, color=color("text").name(), size=f"{11 * zoom():.0f}pt")
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(color("text"))
        legend.setLabelTextSize(f"{9 * zoom():.0f}pt")
        legend.setBrush(pg.mkBrush(color("base")))
        for _, label in legend.items:  # the entries already there keep their own style otherwise
            label.setText(label.text, color=color("text").name(), size=f"{9 * zoom():.0f}pt")
        if hasattr(legend, "fit"):  # larger text may need the entries stacked (widgets.curves.legend_below)
            legend.fit.fit()


class Appearance(QObject):
    """The zoom and theme of the running app, saved in the settings (`view/zoom`, `view/theme`)."""

    sig_appearance_changed = Signal()
    current: Appearance | None = None

    def __init__(self, app: QApplication, settings: QSettings | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        if not hasattr(app, "_cnngui_system_look"):  # what the system gave, before any theme or zoom of ours
            app._cnngui_system_look = (QPalette(app.palette()), app.style().name(), QFont(app.font()))
        self.system_palette, self.system_style, self.base_font = app._cnngui_system_look
        self.zoom = saved.read(settings, ZOOM)
        self.theme = saved.read(settings, THEME)
        Appearance.current = self

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 1e-6), ZOOM_STEPS[0]))

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def set_zoom(self, value: float) -> None:
        self.zoom = min(ZOOM_STEPS[-1], max(ZOOM_STEPS[0], value))
        self.apply()

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(theme)
        self.theme = theme
        self.apply()

    def apply(self) -> None:
        import pyqtgraph as pg

        style = self.system_style if self.theme == "system" else "fusion"  # Fusion draws all from the palette
        if self.app.style().name().lower() != style.lower():  # a new style re-polishes every widget: only on change
            self.app.setStyle(style)
        self.app.setPalette(_palette(self.theme, self.system_palette))
        font = QFont(self.base_font)
        size = self.base_font.pointSizeF() if self.base_font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * self.zoom)
        self.app.setFont(font)
        pg.setConfigOptions(background=color("base"), foreground=color("text"))
        for widget in self.app.allWidgets():
            if widget.property("cnngui_text") is not None:
                _restyle(widget)
            if widget.property("cnngui_size") is not None:
                _resize(widget)
            if isinstance(widget, pg.PlotWidget):
                style_plot(widget)
        saved.write(self.settings, ZOOM, self.zoom)
        saved.write(self.settings, THEME, self.theme)
        self.sig_appearance_changed.emit()


def scrolling_column(widget: QWidget, width: int | None = None) -> QWidget:
    """A column (`width` px wide at 100%, or as wide as its layout gives it) that scrolls when
    zoomed text or a small screen makes it taller than the window, instead of forcing the window
    taller than the screen."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if width is not None:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sized(widget, fixed_w=width)
        sized(area, fixed_w=width + 16)
    return area
