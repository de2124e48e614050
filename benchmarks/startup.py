"""Startup time: launch to first painted window, and to a ready Train tab.

Baselines in the same run: a bare Python start, and importing torch + torchvision alone
(the cost the app hides behind its first window).
Usage: python benchmarks/startup.py [--frozen PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def timed_launch(cmd: list[str]) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               CNNGUI_STARTUP_TIMINGS="1", CNNGUI_EXIT_WHEN_READY="1")
    start = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, check=False)
    end = time.time()
    for line in out.stdout.splitlines():
        if line.startswith("startup-timings "):
            t = json.loads(line.split(" ", 1)[1])
            return {"painted": t["window_painted"] - start, "ready": t["ready"] - start, "exit": end - start}
    raise RuntimeError(f"no timings from {cmd}: {out.stdout[-500:]} {out.stderr[-2000:]}")


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--frozen", help="path of a PyInstaller-built cnngui executable")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    py = sys.executable
    cmd = [args.frozen] if args.frozen else [py, "-m", "cnngui"]
    label = "frozen" if args.frozen else "source"
    timed_launch(cmd)  # warm the file cache
    runs = [timed_launch(cmd) for _ in range(args.runs)]
    bare = statistics.median(wall([py, "-c", "pass"]) for _ in range(3))
    heavy = statistics.median(wall([py, "-c", "import torch, torchvision"]) for _ in range(3))
    painted = statistics.median(r["painted"] for r in runs)
    ready = statistics.median(r["ready"] for r in runs)
    print(f"baseline: python start {bare:.2f} s; import torch+torchvision {heavy:.2f} s")
    print(f"{label}: first painted window {painted:.2f} s (max {max(r['painted'] for r in runs):.2f}); "
          f"Train tab ready {ready:.2f} s (median of {args.runs}); goal first window <= 1.5 s")
    print(f"startup ({label}): window {painted:.2f} s, ready {ready:.2f} s")


if __name__ == "__main__":
    main()
