"""The window's tabs, in order: the one registry that the window, the lesson panel and the
shortcuts read. A tab is a package here (its view and sub-views); each tab class takes
`(state, settings)`, follows the application state, and says through `lesson_hooks()` what a
lesson step may set, lock and hide on it (`LessonHooks`, below).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from cnngui.i18n import N_


@dataclass(frozen=True)
class TabSpec:
    attribute: str  # the window's attribute, and the name a view asks to bring forward ("draw_tab")
    key: str  # what a lesson calls it (`tab: draw`)
    title: str  # marked for translation
    module: str
    cls: str

    def load(self) -> type:
        """The tab's class, imported on first use (the tabs need PyTorch; the bare window doesn't)."""
        return getattr(importlib.import_module(self.module), self.cls)


TABS = (
    TabSpec("network_tab", "network", N_("Network"), "cnngui.ui.tabs.network.tab", "NetworkTab"),
    TabSpec("train_tab", "train", N_("Train"), "cnngui.ui.tabs.train.tab", "TrainTab"),
    TabSpec("evaluate_tab", "evaluate", N_("Evaluate"), "cnngui.ui.tabs.evaluate.tab", "EvaluateTab"),
    TabSpec("draw_tab", "draw", N_("Draw"), "cnngui.ui.tabs.draw.tab", "DrawTab"),
    TabSpec("explore_tab", "explore", N_("Explore"), "cnngui.ui.tabs.explore.tab", "ExploreTab"),
    TabSpec("conv_lab_tab", "convolution", N_("Convolution"), "cnngui.ui.tabs.conv_lab.tab", "ConvLabTab"),
)
DEFAULT_TAB = "train_tab"


def tab_keys() -> list[str]:
    """The tabs' names as lessons write them."""
    return [spec.key for spec in TABS]


@dataclass
class LessonHooks:
    """What a tab (or the window) lets a lesson step do on it, by the step settings' names
    (`cnngui.core.teaching.lessons.SETTINGS`), never by widget names:

    - `settings`: how to carry a step's value out, the way a user would ("recipe" -> choose it);
    - `locks`: the controls that a setting the step fixes locks while the step shows;
    - `parts`: the pieces a step may hide (`hide: augment, device`), each one or more widgets;
    - `reveals`: what shows an outcome (an output map, its size, a receptive field's size): hidden while a
      step's question waits, so no answer is on screen before the student commits one.

    The lesson panel talks to this alone; a tab keeps its widgets to itself."""

    settings: dict = field(default_factory=dict)  # setting -> callable(value)
    locks: dict = field(default_factory=dict)  # setting -> [QWidget]
    parts: dict = field(default_factory=dict)  # part name -> [QWidget]
    reveals: list = field(default_factory=list)  # what shows a step's outcome: hidden while its question waits
    release: Callable[[], None] | None = None  # undo what `settings` did that outlives a step (the window's tabs)
