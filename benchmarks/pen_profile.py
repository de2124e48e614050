"""Where a pen event's time goes on the GUI thread (issue 26), for benchmarks/draw_latency.py --profile.

An application whose `notify` times every paint and layout by the widget that gets it, and wrappers
around the Draw tab's own steps (preprocessing and the model, the answer's widgets, the state's
signal to the other tabs). Per pen event it reports each step's share of the time and how many
repaints, layouts and model calls there were. The timing itself costs a little; the shares and
counts are what it is for, the latencies come from the plain run.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

GROUPS = (  # (a widget's objectName or class, the step it belongs to), first match wins
    ("DrawCanvas", "canvas repaint"),
    ("probabilityChart", "probability chart repaint"),
    ("predictionLabel", "answer labels repaint"), ("confidenceLabel", "answer labels repaint"),
    ("networkInputView", "input and step pictures repaint"), ("preprocessStepsView", "input and step pictures repaint"),
)


class ProfilingApp(QApplication):
    """Times paint and layout events by receiver while `active`."""

    def __init__(self, argv) -> None:
        super().__init__(argv)
        self.active = False
        self.seconds: dict[str, float] = defaultdict(float)
        self.counts: Counter = Counter()
        self.accounted = 0.0  # seconds given to a step so far: nested steps count once, in the innermost
        self.others: dict[str, float] = defaultdict(float)  # "other widgets repaint", by the widget

    def notify(self, receiver, event) -> bool:
        kind = event.type()
        if not self.active or kind not in (QEvent.Type.Paint, QEvent.Type.LayoutRequest):
            return super().notify(receiver, event)
        before, start = self.accounted, time.perf_counter()
        result = super().notify(receiver, event)
        step = "layout" if kind == QEvent.Type.LayoutRequest else group_of(receiver)
        spent = time.perf_counter() - start - (self.accounted - before)
        self.add(step, spent)
        self.counts["layouts" if step == "layout" else f"repaints: {step}"] += 1
        if step == "other widgets repaint":
            self.others[named(receiver)] += spent
        return result

    def add(self, step: str, seconds: float) -> None:
        self.seconds[step] += seconds
        self.accounted += seconds


def named(widget) -> str:
    """The widget's class and the nearest objectName up its parents: which view it is part of."""
    chain = widget
    while chain is not None and not chain.objectName():
        chain = chain.parent() if hasattr(chain, "parent") else None
    return f"{type(widget).__name__} in {chain.objectName() if chain is not None else '?'}"


def group_of(widget) -> str:
    chain = widget
    while chain is not None:
        names = (chain.objectName(), type(chain).__name__)
        for name, step in GROUPS:
            if name in names:
                return step
        chain = chain.parent() if hasattr(chain, "parent") else None
    return "other widgets repaint"


def wrap(owner, name: str, step: str, app: ProfilingApp, count: str | None = None):
    """Time `owner.name` (a class's method: wrap it before the widgets connect to it) into `step`,
    less the steps it ran inside, which count as their own."""
    original = getattr(owner, name)

    def timed(*args, **kwargs):
        before, start = app.accounted, time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            if app.active:
                app.add(step, time.perf_counter() - start - (app.accounted - before))
                if count:
                    app.counts[count] += 1

    setattr(owner, name, timed)
    return original


def report(app: ProfilingApp, events: int, total_seconds: float) -> list[str]:
    lines = [f"per pen event ({events} events, {1000 * total_seconds / events:.2f} ms each with the profiler on):"]
    accounted = sum(app.seconds.values())
    shares = dict(app.seconds)
    shares["the rest: the event loop, signal hops, the mouse event"] = max(0.0, total_seconds - accounted)
    for step, seconds in sorted(shares.items(), key=lambda item: -item[1]):
        lines.append(f"  {step:<52} {1000 * seconds / events:6.2f} ms  {seconds / total_seconds:5.1%}")
    top = sorted(app.others.items(), key=lambda item: -item[1])[:6]
    lines.append("  other widgets repainted, the costliest: " + ", ".join(
        f"{name} {1000 * seconds / events:.2f} ms" for name, seconds in top))
    lines.append("  counts per event: " + ", ".join(f"{name} {n / events:.2f}" for name,
                                                    n in sorted(app.counts.items())))
    return lines
