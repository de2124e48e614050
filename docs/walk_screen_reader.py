"""What a screen reader's client reads in cnngui, through AT-SPI (run by docs/walk_screen_reader.sh).

Runs with the system's python3 and its python3-pyatspi (the library Orca is built on), against a cnngui
already started with the accessibility bus on. For every tab and the app's dialogs it lists what a client can
reach (the focusable controls, and everything that has a description: the custom views' text equivalents),
draws a digit with the keyboard alone and catches the answer the app raises for a screen reader to speak.
Writes a Markdown page (the first argument).
"""

from __future__ import annotations

import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE,
              pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_LIST_BOX}  # listed, not opened up
TABS = ["Network", "Train", "Evaluate", "Draw", "Explore", "Convolution"]


def key(*keys: str, pause: float = 1.0) -> None:
    subprocess.run(["xdotool", "key", "--delay", "80", *keys], check=True)
    time.sleep(pause)


def the_app(timeout: float = 120.0):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == "cnngui":
                return app
        time.sleep(1)
    raise SystemExit("cnngui did not appear on the accessibility bus")


def children(node):
    try:
        return [child for child in node if child is not None]
    except Exception:  # a node gone while we read it (a tab page rebuilt)
        return []


def find(node, name: str, role=None):
    """The first showing node named `name` (and of `role`), breadth first."""
    queue = [node]
    while queue:
        current = queue.pop(0)
        try:
            if current.name == name and (role is None or current.getRole() == role):
                return current
        except Exception:
            continue
        queue += children(current)
    return None


def readable(node) -> list[tuple[str, str, str, bool]]:
    """(role, name, description, focusable) of every showing node a client reaches: focusable, or described."""
    rows = []
    for child in children(node):
        try:
            states = child.getState()
            if not states.contains(pyatspi.STATE_SHOWING):
                continue
            focusable = states.contains(pyatspi.STATE_FOCUSABLE)
            if focusable or child.description:
                rows.append((child.getRoleName(), child.name or "", child.description or "", focusable))
            if child.getRole() not in CONTAINERS:
                rows += readable(child)
        except Exception:
            continue
    return rows


def cell(text: str, most: int = 220) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= most else text[:most - 1] + "…"


def section(title: str, rows) -> list[str]:
    focusable = [row for row in rows if row[3]]
    unnamed = [row for row in focusable if not row[1] and not row[2]]
    lines = [f"## {title}", "",
             f"{len(focusable)} focusable, {len(unnamed)} of them with neither a name nor a description; "
             f"{len(rows) - len(focusable)} more described views.", "",
             "| role | name | description | focus |", "| --- | --- | --- | --- |"]
    lines += [f"| {role} | {cell(name, 90)} | {cell(description)} | {'yes' if focus else ''} |"
              for role, name, description, focus in rows]
    return [*lines, ""]


def windows(app) -> dict[str, object]:
    return {child.name: child for child in children(app) if child.getState().contains(pyatspi.STATE_SHOWING)}


def listen_while(act, seconds: float) -> list[str]:
    """The answers a screen reader would be told of (NameChanged) while `act()` runs and `seconds` after."""
    said: list[str] = []

    def heard(event) -> None:
        text = event.source.name if event.source is not None else ""
        if text and text.startswith(("The network", "For ")):
            said.append(text)

    pyatspi.Registry.registerEventListener(heard, "object:property-change:accessible-name")
    GLib.timeout_add(300, lambda: (act(), False)[1])  # once: a True would run it again
    GLib.timeout_add(int(seconds * 1000), lambda: (pyatspi.Registry.stop(), False)[1])
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(heard, "object:property-change:accessible-name")
    return said


def main(out: str) -> None:
    app = the_app()
    main_window = next(iter(windows(app).values()))
    # the keys go to the app's window (Xvfb has no window manager to give it the focus)
    subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "cnngui", "windowfocus"], check=True)
    lines = ["# What a screen reader reads", "",
             "Made by `docs/walk_screen_reader.sh`: cnngui in a real window (1280×800) under Xvfb with the "
             "accessibility bus on, read through AT-SPI by `python3-pyatspi`, the library the Orca screen reader "
             "is built on. Each tab lists what a client reaches: every focusable control, and every view with a "
             "description (the custom views' text equivalents: what they show now). Tables, lists and combo boxes "
             "are listed once, not cell by cell.", ""]
    for title in TABS:  # a tab chosen as a screen reader user does: its page tab's Press action
        find(main_window, title, pyatspi.ROLE_PAGE_TAB).queryAction().doAction(0)
        time.sleep(4.0)
        lines += section(f"The {title} tab", readable(main_window))
        if title == "Draw":
            canvas = find(main_window, "Drawing canvas")
            canvas.queryComponent().grabFocus()
            time.sleep(0.5)
            said = listen_while(lambda: key(*["Up"] * 6, "space", *["Down"] * 12, "space", pause=0), 6.0)
            lines += ["### A 1 drawn with the keyboard alone", "",
                      "Focus on the canvas, then ↑ six times, Space (pen down), ↓ twelve times, Space (pen up):", "",
                      f"- the canvas then reads: “{cell(find(main_window, 'Drawing canvas').description, 400)}”",
                      f"- spoken (the answer's NameChanged events while drawing and after): "
                      f"{'; '.join(f'“{s}”' for s in said) or 'nothing'}", ""]
            lines += section("The Draw tab after the keyboard drawing", readable(main_window))
        if title == "Explore":
            press = find(main_window, "Random test image", pyatspi.ROLE_PUSH_BUTTON).queryAction()
            said = listen_while(lambda press=press: press.doAction(0), 5.0)
            maps = find(main_window, "Feature maps", pyatspi.ROLE_FILLER)
            lines += ["### Explore's answer", "", "Its *Random test image* button pressed (its Press action):", "",
                      f"- spoken: {'; '.join(f'“{s}”' for s in said) or 'nothing'}",
                      f"- the feature maps then read: “{cell(maps.description, 400)}”", ""]
    for title, opening, close in (("Keyboard shortcuts (F1)", ["F1"], "Escape"),
                                  ("Join a class (File menu)", ["alt+f"], "Escape")):
        before = set(windows(app))
        key(*opening, pause=2.0)
        if title.startswith("Join"):
            find(app, "Join a class…").queryAction().doAction(0)
            time.sleep(2.0)
        for name, window in windows(app).items():
            if name not in before:
                lines += section(f"Dialog: {title}", [(window.getRoleName(), window.name, "", False),
                                                      *readable(window)])
        key(close, pause=1.0)
    with open(out, "w", encoding="utf-8") as file:
        file.write("\n".join(lines))
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1])
