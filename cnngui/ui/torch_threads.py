"""Keep the GUI thread's PyTorch work serial, so training keeps both cores at full speed.

With OpenMP, every thread that runs a parallel tensor op gets its own team of workers, and
GNU OpenMP stops spin-waiting once there are more such workers than cores: training on a
worker thread then ran 15% slower than `cnngui train` whenever the GUI thread had ever run
a parallel op. The GUI thread's work (one 28x28 digit at a time) is tiny, so it runs on one
thread and never makes a team; the training worker asks for the full count.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading

import torch

from cnngui.core.devices import cpu_threads

TRAINING_NICENESS = 5  # below the GUI thread, so a busy core still serves the window first

def reserve_gui_thread() -> None:
    """Call on the GUI thread before it runs any tensor op."""
    torch.set_num_threads(1)


def use_training_threads() -> None:
    """Call on the training thread before it trains (and before it runs any tensor op).

    On Linux the thread also lowers its own scheduling priority; the OpenMP workers it then
    starts inherit it. Training still gets every idle cycle, but the window is served first.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), TRAINING_NICENESS)
    torch.set_num_threads(cpu_threads())


def use_one_thread() -> None:
    """For background helpers that should not compete with training or the pen: one thread, and checks that
    step aside while the pen moves (core.control). Not a lower priority: on a busy PC (two programs using
    the cores) a helper at niceness 10 got a twentieth of a core, and the test report took minutes."""
    from cnngui.core.control import become_helper

    become_helper()
    torch.set_num_threads(1)
