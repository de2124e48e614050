"""Guards against Qt binding faults that would crash a long session."""

import sys

from PySide6.QtCore import QObject, QTimer


def test_slot_calls_do_not_leak_references_to_none(qapp):
    """PySide6 6.12.0 dropped a reference to None on every slot call, so after a few thousand pen
    events or timer ticks the interpreter aborted ('deallocating None'). pyproject excludes it."""

    class Receiver(QObject):
        def __init__(self):
            super().__init__()
            self.calls = 0
            self.timer = QTimer(self, singleShot=True, interval=0)
            self.timer.timeout.connect(self.tick)

        def tick(self):
            self.calls += 1

    receiver = Receiver()
    before = sys.getrefcount(None)
    for _ in range(300):
        receiver.timer.start()
        qapp.processEvents()
    assert receiver.calls == 300
    assert before - sys.getrefcount(None) < 50  # a leak would lose about 600
