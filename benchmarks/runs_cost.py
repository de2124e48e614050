"""What keeping a run costs training: the fast recipe's epoch with and without the run recorder.

In one process, alternating (without, with, without, with) so drift hits both alike: images per
second of wall time for one epoch on all of MNIST (its test and every file written included), on the
CPU. The recorder keeps per-batch losses, writes run.json and
the checkpoint after the epoch, and weight snapshots at the start, at 2%, 10% and 30% of the first
epoch and at its end. Goal (issue 12): at most 5% of training throughput.
Usage: python benchmarks/runs_cost.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import torch

from cnngui.core.data.loading import load_mnist
from cnngui.core.devices import cpu_threads
from cnngui.core.training.loop import Trainer
from cnngui.core.training.recipes import preset
from cnngui.core.training.runs import RunRecorder, RunStore


def one_epoch(data, keep: bool, root: Path) -> float:
    recorder = RunRecorder(RunStore(root)) if keep else None
    trainer = Trainer(data, preset("fast", epochs=1, device="cpu"), listener=recorder)
    start = time.perf_counter()  # wall time, so the epoch's test and every file written count too
    if recorder is not None:
        recorder.attach(trainer)
    trainer.run()
    if recorder is not None:
        recorder.finish()
    return len(data.train_images) / (time.perf_counter() - start)


def main() -> None:
    torch.set_num_threads(cpu_threads())
    data = load_mnist()
    root = Path(tempfile.mkdtemp(prefix="cnngui-runs-bench-"))
    one_epoch(data.subset(train=4096), False, root)  # warm-up
    rates = {False: [], True: []}
    for keep in (False, True, False, True):
        rates[keep].append(one_epoch(data, keep, root))
    without, with_run = max(rates[False]), max(rates[True])
    print(f"fast recipe, one epoch of 60,000 images on the CPU ({cpu_threads()} threads), best of two each:")
    print(f"  without a run   {without:8,.0f} images/s   ({', '.join(f'{r:,.0f}' for r in rates[False])})")
    print(f"  kept as a run   {with_run:8,.0f} images/s   ({', '.join(f'{r:,.0f}' for r in rates[True])})")
    print(f"  cost {100 * (1 - with_run / without):+.1f}% of throughput (goal: at most 5%)")


if __name__ == "__main__":
    main()
