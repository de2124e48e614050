"""A short run of the monkey (tests/monkey.py) in the normal suite; the long runs are made by hand."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def test_a_short_monkey_run_raises_nothing_and_never_stalls(qapp, seed_checkpoint):
    from monkey import run_monkey

    report = run_monkey(seed=7, actions=400, seed_checkpoint=seed_checkpoint)
    print(report.summary())
    assert not report.exceptions, f"seed {report.seed}: " + report.exceptions[0]  # first: it says the most
    assert report.actions >= 400 and len(report.counts) >= 8  # it really did all kinds of things
    assert not report.thread_warnings, report.thread_warnings
    # a frozen window, by what freezes one (the GUI thread waiting for background work), not by a clock a busy
    # PC stretches; the longest stall is printed above, and the long runs' figures are in docs/reliability.md
    assert not report.gui_waits, report.gui_waits
