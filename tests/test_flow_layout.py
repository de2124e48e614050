"""The wrapping row (ui/widgets/flow_layout.py): one line where there is room, more lines where not."""

from PySide6.QtWidgets import QApplication, QLabel, QWidget


def _row(qtbot, *, right=0, filling=False):
    from cnngui.ui.widgets.flow_layout import FlowLayout

    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host, spacing=10, line_spacing=4)
    boxes = []
    for i in range(3):
        if i == 3 - right:
            layout.add_stretch()
        box = QWidget()
        box.setFixedSize(100, 20)
        layout.addWidget(box)
        boxes.append(box)
    text = None
    if filling:
        text = QLabel("a text that wraps " * 4, wordWrap=True)
        layout.add_filling(text)
    return host, layout, boxes, text


def _lay_out(host, width):
    host.resize(width, host.layout().heightForWidth(width))
    host.show()
    QApplication.processEvents()


def test_one_line_where_there_is_room_and_more_lines_where_not(qtbot):
    host, layout, boxes, _ = _row(qtbot)
    assert layout.sizeHint().width() == 3 * 100 + 2 * 10  # it asks for one line
    assert layout.minimumSize().width() == 100  # it can live with the widest item alone
    _lay_out(host, 400)
    assert [b.y() for b in boxes] == [0, 0, 0] and [b.x() for b in boxes] == [0, 110, 220]
    assert layout.heightForWidth(400) == 20
    _lay_out(host, 250)  # room for two
    assert [b.y() for b in boxes] == [0, 0, 24] and boxes[2].x() == 0
    assert layout.heightForWidth(250) == 44 and layout.heightForWidth(100) == 3 * 20 + 2 * 4


def test_items_after_the_stretch_sit_at_the_right_end_and_hidden_ones_take_no_room(qtbot):
    host, layout, boxes, _ = _row(qtbot, right=1)
    _lay_out(host, 500)
    assert boxes[2].geometry().right() == 499 and boxes[1].x() == 110
    boxes[1].hide()
    QApplication.processEvents()
    layout.setGeometry(host.rect())
    assert layout.sizeHint().width() == 2 * 100 + 10
    assert layout.heightForWidth(210) == 20  # the hidden one no longer pushes the last one down


def test_a_filling_text_takes_the_rest_of_its_line(qtbot):
    host, _layout, _boxes, text = _row(qtbot, filling=True)
    _lay_out(host, 1000)
    assert text.y() == 0 and text.x() == 330
    assert text.width() == 1000 - 330  # not just its own hint: fewer lines of text
