"""The start-up check for the system libraries of Qt's xcb plugin."""

from cnngui.platform_check import XCB_LIBRARIES, advice, missing_libraries, platform_problem, uses_xcb


def test_xcb_is_checked_only_where_qt_would_use_it():
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({}, "linux")
    assert not uses_xcb({"DISPLAY": ":0"}, "win32")


def test_missing_libraries_are_named_with_the_packages_that_install_them():
    absent = {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0"}
    missing = missing_libraries(lambda soname: soname not in absent)
    assert {name for name, _, _ in missing} == absent
    text = advice(missing)
    assert "libxcb-cursor.so.0" in text and "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in text
    assert "sudo dnf install xcb-util-cursor libxkbcommon-x11" in text
    assert platform_problem({"DISPLAY": ":0"}, lambda soname: soname not in absent, "linux") == text
    assert platform_problem({"DISPLAY": ":0"}, lambda soname: True, "linux") == ""
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, lambda soname: False, "linux") == ""
    assert len({name for name, _, _ in XCB_LIBRARIES}) == len(XCB_LIBRARIES)


def test_the_app_exits_2_with_the_advice_instead_of_a_qt_abort(monkeypatch, capsys):
    import cnngui.platform_check as check
    from cnngui import app

    missing = [entry for entry in XCB_LIBRARIES if entry[0] == "libxcb-cursor.so.0"]
    monkeypatch.setattr(check, "platform_problem", lambda: check.advice(missing))
    assert app.main([]) == 2  # before any QApplication exists
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err and "sudo apt install libxcb-cursor0" in err
