"""The network as a picture: slabs by the summary's shapes, the receptive field's cone by the rule's sizes,
the Network tab's and Draw's diagrams following the app, and `cnngui export --diagram`."""

import itertools
import xml.etree.ElementTree as ET

import pytest

from cnngui.cli import main
from cnngui.core.network import diagram
from cnngui.core.network.architecture import PRESETS, describe


@pytest.mark.parametrize("key", list(PRESETS))
def test_one_slab_per_layer_with_the_summary_s_shapes(key):
    lay = diagram.layout(PRESETS[key].layers, (1, 28, 28), 10)
    infos = describe(PRESETS[key].layers, (1, 28, 28), 10)
    assert len(lay.slabs) == len(infos) + 1 and lay.slabs[0].kind == "input"
    assert [s.shape for s in lay.slabs[1:]] == [tuple(i.output_shape) for i in infos]
    assert [s.name for s in lay.slabs[1:]] == [i.name for i in infos]
    assert [s.params for s in lay.slabs[1:]] == [i.params for i in infos]
    xs = [s.x for s in lay.slabs]
    assert xs == sorted(xs) and all(s.squares == min(4, s.shape[0]) for s in lay.slabs if s.is_map)


@pytest.mark.parametrize("key", list(PRESETS))
def test_the_cone_on_the_input_is_the_receptive_field_rule_s(key):
    lay = diagram.layout(PRESETS[key].layers, (1, 28, 28), 10)
    infos = describe(PRESETS[key].layers, (1, 28, 28), 10)
    for index, info in enumerate(infos):
        shape = info.output_shape
        units = [(0, 0)] if len(shape) == 1 else [(0, 0), (shape[1] // 2, shape[2] // 2), (shape[1] - 1, shape[2] - 1)]
        for y, x in units:
            patch = diagram.cone(lay, index, y, x)[-1]
            assert patch == info.receptive_field.region(y, x, (28, 28)), (key, info.name, y, x)
            if info.receptive_field.whole_image:
                assert patch == (0, 0, 28, 28)


def test_the_seed_cnn_s_cone_has_the_textbook_sizes():
    lay = diagram.layout(PRESETS["seed"].layers, (1, 28, 28), 10)
    sizes = {lay.slab(i).name: lay.slab(i).receptive_size for i in range(len(lay.slabs) - 1)}
    assert (sizes["conv1"], sizes["pool1"], sizes["conv2"], sizes["pool2"]) == (3, 4, 8, 10)
    patches = diagram.cone(lay, 3, 5, 5)  # conv2 (5, 5)
    top, left, bottom, right = patches[-1]
    assert (bottom - top, right - left) == (8, 8) and patches[3] == (5, 5, 6, 6)
    deep = diagram.layout(PRESETS["deep"].layers, (1, 28, 28), 10)
    conv4 = next(s for s in deep.slabs if s.name == "conv4")
    top, left, bottom, right = diagram.cone(deep, conv4.index, 4, 4)[-1]
    assert conv4.receptive_size == 14 and (bottom - top, right - left) == (14, 14)


def test_a_broken_layer_keeps_its_place_with_its_reason():
    arch = [dict(layer) for layer in PRESETS["seed"].layers]
    arch.insert(1, {"type": "conv", "out": 8, "kernel": 15})
    arch.insert(2, {"type": "conv", "out": 8, "kernel": 15})
    lay = diagram.layout(arch, (1, 28, 28), 10)
    broken = [s for s in lay.slabs if s.problem]
    assert [s.name for s in broken] == ["conv3"] and "larger than its 12×12 input" in broken[0].problem
    assert len(lay.slabs) == len(arch) + 1 and all(s.shape is None for s in lay.slabs[4:])


def test_export_diagram_writes_an_svg_naming_every_layer_and_a_png(tmp_path, capsys):
    from cnngui.core.data.strokes import render_digit

    render_digit(3).save(tmp_path / "three.png")
    svg = tmp_path / "seed.svg"
    assert main(["export", "--model", "bundled", "--diagram", str(svg), "--image", str(tmp_path / "three.png"),
                 "--unit", "conv2:5:5"]) == 0
    texts = {"".join(e.itertext()).strip() for e in ET.parse(svg).iter() if e.tag.endswith("text")}
    assert {info.name for info in describe(PRESETS["seed"].layers)} <= texts and "8×8" in texts
    assert "<image" in svg.read_text()  # the maps of the drawing
    png = tmp_path / "deep.png"
    assert main(["export", "--arch", "deep", "--diagram", str(png)]) == 0 and png.read_bytes()[:4] == b"\x89PNG"
    for argv, words in ((["--unit", "conv9:1:1"], "has no layer 'conv9'"), (["--unit", "conv2:x:1"], "whole numbers"),
                        (["--unit", "conv2:50:50"], "has no unit (50, 50)"),
                        (["--image", str(tmp_path / "three.png")], "give --model")):
        assert main(["export", "--arch", "seed", "--diagram", str(tmp_path / "x.svg"), *argv]) == 2
        assert words in capsys.readouterr().err


def test_the_network_tab_s_diagram_follows_edits_and_selects_the_layer(make_window, qtbot):
    from PySide6.QtCore import QPoint, Qt

    window = make_window("network_tab")
    tab = window.network_tab
    tab.networkViews.setCurrentWidget(tab.diagram)
    view = tab.diagram.view
    qtbot.waitUntil(lambda: view.layout_ is not None and len(view.layout_.slabs) == 11, timeout=5000)
    qtbot.waitUntil(lambda: (3, 0) in view.images, timeout=5000)  # the bundled model is this network: its maps
    tab.use_preset("lenet5")
    assert len(view.layout_.slabs) == len(describe(PRESETS["lenet5"].layers)) + 1
    tab.use_preset("seed")
    slab = view.layout_.slab(3)  # conv2
    scale, dx, dy = view._scale()
    x0, y0, side = slab.front()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(dx + (x0 + side / 2) * scale),
                                                                 round(dy + (y0 + side / 2) * scale)))
    assert tab.architectureTable.currentRow() == 3 and window.state.unit[0] == 3 and view.patches
    window.mainTabs.setCurrentWidget(window.explore_tab)
    qtbot.waitUntil(lambda: window.explore_tab.explorerLayerList.currentRow() == 3, timeout=5000)
    assert window.explore_tab.unit[1:] == window.state.unit[2:]


def test_draw_s_diagram_shows_the_drawing_inside_the_network(make_window, qtbot):
    from test_draw_tab import draw

    window = make_window("draw_tab")
    tab = window.draw_tab
    assert tab.insideNetworkBox.isChecked()
    canvas = tab.canvas
    w, h = canvas.width(), canvas.height()
    draw(qtbot, canvas, [[(w * 0.3, h * 0.2), (w * 0.7, h * 0.2), (w * 0.4, h * 0.8)]])
    view = tab.drawDiagram.view
    qtbot.waitUntil(lambda: (0, 0) in view.images and (-1, 0) in view.images, timeout=5000)
    first = view.images[(0, 0)].copy()
    draw(qtbot, canvas, [[(w * 0.2, h * 0.5), (w * 0.8, h * 0.5)]])
    qtbot.waitUntil(lambda: view.images[(0, 0)] != first, timeout=5000)  # it follows the pen
    tab.insideNetworkBox.setChecked(False)
    assert not tab.drawDiagram.isVisible()


def test_draw_s_narrow_diagram_keeps_every_label_apart_and_inside(make_window, qtbot):
    """At 1200x770 "flatten1" and "dense1" ran together and "dense2" touched the edge."""
    from PySide6.QtGui import QFontMetricsF

    window = make_window("draw_tab", size=(1200, 770))
    view = window.draw_tab.drawDiagram.view
    qtbot.waitUntil(lambda: view.layout_ is not None and view.width() > 0, timeout=5000)
    for width in (view.width(), 420):
        view.resize(width, view.height())
        scale, dx, _ = view._scale()
        columns = sorted(view.label_column(slab, scale, dx) for slab in view.layout_.slabs)
        for (left, room), (next_left, _) in itertools.pairwise(columns):
            assert left + room < next_left  # apart
        last_left, last_room = columns[-1]
        assert last_left + last_room <= view.width()  # inside
        last = max(view.layout_.slabs, key=lambda slab: slab.x)
        assert QFontMetricsF(view._label_font(True)).horizontalAdvance(last.name) <= last_room  # and whole


def test_a_lesson_step_traces_a_unit(make_window, qtbot):
    window = make_window("network_tab")
    assert window.network_tab.show_unit(("conv2", 5, 5)) and window.state.unit == (3, 0, 5, 5)
    assert window.network_tab.networkViews.currentWidget() is window.network_tab.diagram
    assert not window.network_tab.show_unit(("conv9", 0, 0))
    assert "no layer conv9" in window.statusBar().currentMessage()


def test_a_broken_layer_is_said_in_words_by_the_diagram(qtbot):
    """Not by its red edge alone: the diagram's text equivalent names the reason and the layers left without output."""
    from cnngui.ui.widgets.diagram import DiagramView

    arch = [dict(layer) for layer in PRESETS["seed"].layers]
    arch.insert(1, {"type": "conv", "out": 8, "kernel": 15})
    arch.insert(2, {"type": "conv", "out": 8, "kernel": 15})
    view = DiagramView()
    qtbot.addWidget(view)
    view.set_network(arch, (1, 28, 28), 10)
    text = view.accessibleDescription()
    assert "conv3 no output: " in text and "larger than its 12×12 input" in text and "None" not in text
    assert text.count("no output") == len(arch) - 2
