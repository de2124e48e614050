"""The Explore tab: structure, filters, feature maps, receptive fields, top patches."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from cnngui.core.data.strokes import render_digit


@pytest.fixture
def window(make_window):
    return make_window("explore_tab", size=(1400, 860))


def test_names_and_structure(window):
    for name in ["explorerLayerList", "filterGrid", "featureMapGrid", "receptiveFieldView", "topPatchesView"]:
        assert window.findChild(object, name) is not None, name
    tab = window.explore_tab
    assert tab.explorerLayerList.count() == 10
    assert tab.explorerLayerList.item(0).text().startswith("conv1  26x26x32 · 320 params")
    assert "121,930" in tab.structureLabel.text() and "535,818" in tab.structureLabel.text()


def _row(tab, name):
    return [tab.explorerLayerList.item(i).text().split()[0] for i in range(tab.explorerLayerList.count())].index(name)


def _unit_point(grid, channel, y, x):
    """The screen point at the centre of unit (y, x) of a channel's tile."""
    rect = grid.tile_rect(channel)
    cell = rect.width() / grid.tiles.shape[2]
    return QPoint(int(rect.x() + (x + 0.5) * cell), int(rect.y() + (y + 0.5) * cell))


def test_clicking_a_feature_map_unit_outlines_its_receptive_field(qtbot, window):
    tab = window.explore_tab
    tab.explorerLayerList.setCurrentRow(_row(tab, "pool1"))
    qtbot.mouseClick(tab.featureMapGrid, Qt.MouseButton.LeftButton, pos=_unit_point(tab.featureMapGrid, 5, 6, 3))
    assert tab.unit == (5, 6, 3)
    assert tab.selected_region == (12, 6, 16, 10)  # 4x4, starting at 2*(6, 3)
    assert "4x4 patch" in tab.rfText.text()
    assert not tab.receptiveFieldView.pixmap().isNull()


def test_dense_units_see_the_whole_image(window):
    tab = window.explore_tab
    tab.explorerLayerList.setCurrentRow(_row(tab, "dense2"))
    tab.select_unit(3, 0, 0)
    assert tab.selected_region == (0, 0, 28, 28) and "whole image" in tab.rfText.text()


def test_effective_field_lies_inside_the_theoretical_one(window):
    tab = window.explore_tab
    tab.explorerLayerList.setCurrentRow(_row(tab, "conv2"))
    for channel in range(64):
        tab.select_unit(channel, 5, 5)
        if tab.selected_gradient.any():
            break
    top, left, bottom, right = tab.selected_region
    assert (bottom - top, right - left) == (8, 8)
    grad = tab.selected_gradient
    assert np.isclose(grad[top:bottom, left:right].sum(), grad.sum())


def test_feature_maps_change_when_the_input_changes(qtbot, window):
    tab = window.explore_tab
    tab.set_input(render_digit(1), "a one")
    before = tab.maps[0].copy()
    tab.set_input(render_digit(8), "an eight")
    assert not np.allclose(before, tab.maps[0])
    assert "an eight" in tab.mapsTitle.text()


def test_drawing_updates_the_explorer(qtbot, window):
    draw = window.draw_tab
    draw.canvas.set_picture(np.asarray(render_digit(4), dtype=np.float32) / 255)
    draw.update_prediction()
    assert "your drawing" in window.explore_tab.input_source
    assert np.allclose(window.explore_tab.pre.image28, draw.last_prediction.preprocessed.image28)


def test_filters_grid(window):
    tab = window.explore_tab
    tab.views.setCurrentIndex(1)
    tab.filterLayerCombo.setCurrentIndex(0)
    assert tab.filterGrid.tiles.shape == (32, 3, 3)
    tab.filterLayerCombo.setCurrentIndex(1)
    tab.filterChannelSpin.setValue(10)
    assert tab.filterGrid.tiles.shape == (32, 3, 3)
    assert np.allclose(tab.filterGrid.tiles, tab.filters[1][1][10])
    assert "+" in tab.filterScale.text()


def test_top_patches_are_computed_in_the_background(qtbot, window):
    tab = window.explore_tab
    tab.explorerLayerList.setCurrentRow(_row(tab, "conv1"))
    tab.select_unit(2, 10, 10)
    qtbot.waitUntil(lambda: bool(getattr(tab, "current_patches",
                                         None)) and tab.current_patches[0].patch.shape == (3, 3),
                    timeout=30_000)
    values = [p.activation for p in tab.current_patches]
    assert len(values) == 9 and values == sorted(values, reverse=True)
    assert all(not label.pixmap().isNull() for label in tab.patch_labels)


def test_new_model_refreshes(qtbot, window, seed_checkpoint):
    tab = window.explore_tab
    before = tab.filters[0][1].copy()
    window.open_model(seed_checkpoint)
    assert not np.allclose(before, tab.filters[0][1])


def test_hover_shows_the_value(qtbot, window):
    tab = window.explore_tab
    tab.explorerLayerList.setCurrentRow(_row(tab, "conv1"))
    qtbot.mouseMove(tab.featureMapGrid, _unit_point(tab.featureMapGrid, 3, 12, 10))
    value = float(tab.maps[0][3, 12, 10])
    assert tab.hoverLabel.text() == f"conv1 channel 3 at (12, 10): {value:.4f}"


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_unit_caption_never_overlaps_the_picture_at_1024x768(qtbot, make_window, monkeypatch, language):
    """Once the top patches arrived, the caption was squeezed into the receptive-field picture (German
    captions are longer)."""
    monkeypatch.setenv("CNNGUI_LANGUAGE", language)
    window = make_window("explore_tab", size=(1024, 740))
    tab = window.explore_tab
    tab.explorerLayerList.setCurrentRow(_row(tab, "conv2"))
    tab.select_unit(4, 5, 5)
    qtbot.waitUntil(lambda: bool(getattr(tab, "current_patches", None)), timeout=30_000)
    qtbot.wait(50)
    picture = tab.receptiveFieldView.geometry()
    caption = tab.rfText.geometry()
    assert caption.top() >= picture.bottom() and caption.height() >= tab.rfText.heightForWidth(caption.width())


def test_the_detail_column_fits_its_width_whatever_layer_is_chosen(qtbot, make_window):
    """At 1200x770 a dense layer's check box said "Select a conv layer's channel to switch it off" on one line:
    the column grew past its edge, cutting the text, the Reset button and the third column of top images."""
    from PySide6.QtWidgets import QScrollArea

    window = make_window("explore_tab", size=(1200, 770))
    tab = window.explore_tab
    area = tab.findChild(QScrollArea, "exploreDetails")
    for row in range(tab.explorerLayerList.count()):
        tab.explorerLayerList.setCurrentRow(row)
        qtbot.wait(10)
        inner = area.widget()
        assert inner.minimumSizeHint().width() <= area.viewport().width(), tab.explorerLayerList.item(row).text()
        assert inner.width() <= area.viewport().width()
