"""Before Qt starts on Linux: are the system libraries of its xcb platform plugin there?

Without them Qt prints only "could not load the Qt platform plugin" and aborts. This names the
missing libraries and the command that installs them, for the terminal, `bootstrap.sh` and (in
the frozen build) the log. `python -m cnngui.platform_check` runs it alone: exit 2 if something
is missing.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

# (soname, Debian/Ubuntu package, Fedora package): what Qt 6's xcb plugin loads from the system
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("libEGL.so.1", "libegl1", "libglvnd-egl"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
)


def uses_xcb(environ=None, platform: str | None = None) -> bool:
    """Whether Qt will try its xcb plugin: Linux, an X display, and no other platform asked for."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    wanted = environ.get("QT_QPA_PLATFORM", "")
    if wanted:
        return wanted.split(":")[0].split(";")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
        return True
    except OSError:
        return False


def missing_libraries(loads: Callable[[str], bool] = _loads) -> list[tuple[str, str, str]]:
    return [entry for entry in XCB_LIBRARIES if not loads(entry[0])]


def advice(missing: list[tuple[str, str, str]]) -> str:
    """What to tell the user: which libraries, and the command for Debian/Ubuntu and for Fedora."""
    debian = " ".join(dict.fromkeys(deb for _, deb, _ in missing))
    fedora = " ".join(dict.fromkeys(rpm for _, _, rpm in missing))
    return ("cnngui cannot open its window: Qt's xcb platform plugin needs system libraries that are missing: "
            + ", ".join(name for name, _, _ in missing) + ".\nInstall them, then start cnngui again:\n"
            f"  Debian/Ubuntu: sudo apt install {debian}\n"
            f"  Fedora:        sudo dnf install {fedora}\n"
            "(The command line — cnngui train, evaluate, predict, runs — works without them.)")


def platform_problem(environ=None, loads: Callable[[str], bool] = _loads, platform: str | None = None) -> str:
    """The advice when the window can't open for missing libraries, else ""."""
    if not uses_xcb(environ, platform):
        return ""
    missing = missing_libraries(loads)
    return advice(missing) if missing else ""


def main() -> int:
    problem = platform_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
