"""Projector mode and slides, tried as a teacher would: keys, menus, screen sizes, the clipboard."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication


@pytest.fixture
def active_window(make_window, qtbot):
    def make(tab="train_tab", size=(1200, 800)):
        window = make_window(tab, size)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield make
    look = QApplication.instance()._cnngui_system_look  # the next test starts from the system's look
    QApplication.setPalette(look[0])
    QApplication.setFont(look[2])


def test_zoom_keys_scale_fonts_text_panels_and_plots_and_are_remembered(active_window, qtbot):
    from cnngui.ui.settings import app_settings

    window = active_window()
    base = QApplication.font().pointSizeF()
    panel_max = window.train_tab.view.rateLabel.parentWidget().maximumWidth()
    for _ in range(5):  # Ctrl++ up to 200%: 110, 125, 150, 175, 200
        qtbot.keyClick(window.mainTabs.currentWidget(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.appearance.zoom == 2.0
    assert QApplication.font().pointSizeF() == pytest.approx(2 * base)
    assert window.train_tab.view.rateLabel.parentWidget().maximumWidth() == 2 * panel_max
    assert "font-size: 18.0pt" in window.train_tab.view.logView.styleSheet()  # 9 pt at 100%
    assert window.train_tab.curves.loss_plot.getAxis("left").style["tickFont"].pointSizeF() == pytest.approx(18)
    assert float(app_settings().value("view/zoom")) == 2.0
    qtbot.keyClick(window.mainTabs.currentWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.appearance.zoom == 1.0 and QApplication.font().pointSizeF() == pytest.approx(base)


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("screen,zoom", [((1024, 768), 1.0), ((1920, 1080), 2.0)])
def test_every_tab_fits_a_classroom_screen(active_window, monkeypatch, screen, zoom, language):
    """The window's smallest size fits the screen (a column scrolls instead of pushing it taller), in
    English and in German, whose words are longer."""
    monkeypatch.setenv("CNNGUI_LANGUAGE", language)
    window = active_window(size=screen)
    window.appearance.set_zoom(zoom)
    need = window.minimumSizeHint()
    assert need.width() <= screen[0] and need.height() <= screen[1] - 30, need  # 30 px for a title bar
    assert window.mainTabs.tabText(1) == {"en": "Train", "de": "Trainieren"}[language]
    cut = []
    for index in range(window.mainTabs.count()):
        window.mainTabs.setCurrentIndex(index)
        QApplication.processEvents()
        cut += [f"{window.mainTabs.tabText(index)}: {text}" for text in cut_texts(window.mainTabs.currentWidget())]
    assert not cut, cut


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_lesson_fits_beside_the_tabs_at_1024x768(active_window, monkeypatch, language):
    """A student at a 1024x768 seat opens a lesson: the side panel and every tab fit, nothing cut."""
    monkeypatch.setenv("CNNGUI_LANGUAGE", language)
    window = active_window(size=(1024, 768))
    lesson = Path(__file__).parents[1] / "resources" / "lessons" / "why-cnns-for-images.md"
    panel = window.open_lesson(lesson)
    assert panel is not None and panel.isVisible()
    need = window.minimumSizeHint()
    assert need.width() <= 1024 and need.height() <= 768 - 30, need
    for index in range(window.mainTabs.count()):  # the lesson hides some tabs; all of them must fit
        window.mainTabs.widget(index).show()
        window.mainTabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.width() <= 1024, window.mainTabs.tabText(index)
        assert not cut_texts(window.mainTabs.currentWidget()), window.mainTabs.tabText(index)


def cut_texts(page) -> list[str]:
    """The texts on `page` that their widgets show only in part: a label, button or check box
    narrower than its words, a wrapping label shorter than its lines, a combo box narrower than
    its current item, a column that must be scrolled sideways to be read."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QScrollArea, QStyle, QStyleOptionComboBox, QWidget

    cut = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.width() <= 0:
            continue
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisibleTo(page):
            cut.append(f"{widget.objectName() or 'a column'} scrolls sideways")
            continue
        if isinstance(widget, QLabel) and widget.text() and (widget.pixmap() is None or widget.pixmap().isNull()):
            short = (widget.heightForWidth(widget.width()) > widget.height() + 1 if widget.wordWrap() else
                     widget.width() + 1 < widget.minimumSizeHint().width())
        elif isinstance(widget, QAbstractButton) and widget.text():
            short = widget.width() + 1 < widget.sizeHint().width()
        elif isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            words = QSize(widget.fontMetrics().horizontalAdvance(widget.currentText()), widget.fontMetrics().height())
            need = widget.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, words, widget).width()
            short = widget.width() + 4 < need  # the style's sum runs a few pixels over what Qt's own hint asks
        else:
            continue
        if short:
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            cut.append(f"{type(widget).__name__} {widget.objectName()} {text[:60]!r}")
    return cut


def test_themes_reach_plots_labels_and_painted_views(active_window):
    from cnngui.ui.look.appearance import color, is_dark

    window = active_window("draw_tab")
    window.theme_actions["dark"].trigger()
    assert is_dark() and window.appearance.theme == "dark"
    chart = window.draw_tab.probabilityChart
    assert chart.backgroundBrush().color().lightness() < 80
    assert chart.getAxis("left").textPen().color().lightness() > 180
    assert color("muted").name() in window.draw_tab.sourceLabel.styleSheet()
    assert color("muted").lightness() > 128  # a muted grey that stays readable on dark
    window.theme_actions["contrast"].trigger()
    assert QApplication.palette().color(QApplication.palette().ColorRole.WindowText).name() == "#000000"
    assert "#000000" in window.draw_tab.sourceLabel.styleSheet()
    window.theme_actions["system"].trigger()
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window) == \
        QApplication.instance()._cnngui_system_look[0].color(QApplication.palette().ColorRole.Window)


def test_copy_view_shortcut_puts_the_plot_on_the_clipboard(active_window, qtbot):
    window = active_window()
    QApplication.clipboard().clear()
    window.train_tab.curves.loss_plot.setFocus()
    qtbot.keyClick(window.mainTabs.currentWidget(), Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    image = QApplication.clipboard().image()
    plot = window.train_tab.curves.loss_plot
    assert not image.isNull() and image.width() == 2 * plot.width()  # twice the pixels: sharp on a slide
    assert "loss curve" in window.statusBar().currentMessage()


def test_views_save_as_png_and_svg_and_offer_a_context_menu(make_window, tmp_path, monkeypatch):
    from cnngui.ui.look import slides

    window = make_window("explore_tab")
    grid = window.explore_tab.featureMapGrid
    assert grid.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    png = slides.save(grid, tmp_path / "maps")
    assert png.suffix == ".png" and not QImage(str(png)).isNull()
    svg = slides.save(grid, tmp_path / "maps.svg")
    assert svg.read_text().lstrip().startswith("<?xml") and "<svg" in svg.read_text()
    (tmp_path / "a file").write_text("not a folder")
    monkeypatch.setattr(slides.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "a file" / "x.png"), "")))
    errors = []
    monkeypatch.setattr("cnngui.ui.widgets.dialogs.show_error", lambda parent, title, text: errors.append(text))
    window.slides.save_as(grid)
    assert errors and "a file" in errors[0]  # a message that names it, and no crash


def test_every_slide_view_name_is_a_real_view():
    """SLIDE_VIEWS names objectNames; a renamed view must not silently lose its export."""
    from cnngui.ui.look.slides import SLIDE_VIEWS

    source = "\n".join(p.read_text() for p in (Path(__file__).parents[1] / "cnngui" / "ui").rglob("*.py"))
    for name in SLIDE_VIEWS:
        assert f'"{name}"' in source.replace("'", '"'), name


def test_a_shown_picture_grows_with_the_zoom_at_once(make_window):
    window = make_window("draw_tab")
    view = window.draw_tab.networkInputView
    from PySide6.QtGui import QPixmap

    view.setPixmap(QPixmap(view.width() - 2, view.width() - 2))
    window.appearance.set_zoom(2.0)
    assert view.width() == 2 * 168 and view.pixmap().width() == view.width() - 2
    window.appearance.set_zoom(1.0)


def test_a_first_start_fits_the_window_to_a_small_screen():
    """1200x780 by default, but never larger than the screen (a window past a 1024x768 screen's edge
    hides the lesson panel's buttons; a restored geometry Qt fits by itself)."""
    from PySide6.QtCore import QRect, QSize

    from cnngui.ui.main_window import first_size

    class Screen:
        def __init__(self, width, height):
            self.room = QRect(0, 0, width, height)

        def availableGeometry(self):
            return self.room

    assert first_size(None) == QSize(1200, 780)
    assert first_size(Screen(1024, 768)) == QSize(1024, 738)
    assert first_size(Screen(1920, 1080)) == QSize(1200, 780)
