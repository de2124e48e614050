"""Writes that refuse what they must not replace, keep the umask's permissions and clean up after crashes."""

import os
import time

import pytest

from cnngui.core.atomic import atomic_path, write_text_atomic
from cnngui.core.model_files.checkpoint import load_checkpoint, save_checkpoint
from cnngui.errors import CheckpointError, UserError


def test_a_folder_or_a_device_is_not_replaced(tmp_path, seed_checkpoint):
    ckpt = load_checkpoint(seed_checkpoint)
    (tmp_path / "folder.pt").mkdir()
    with pytest.raises(UserError, match="it is a folder"):
        save_checkpoint(ckpt, tmp_path / "folder.pt")
    if os.path.exists("/dev/null"):
        with pytest.raises(UserError, match="not a regular file"):
            save_checkpoint(ckpt, "/dev/null")
        assert not os.path.isfile("/dev/null")  # still the device (the rename once replaced it when run as root)


def test_new_files_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_text_atomic(tmp_path / "net.json", "[]")
    finally:
        os.umask(old)
    assert (path.stat().st_mode & 0o777) == 0o644  # readable by a classmate, as any other file


def test_stale_temporaries_are_removed_and_fresh_ones_kept(tmp_path):
    target = tmp_path / "model.pt"
    stale, fresh = tmp_path / ".model.pt.abc.tmp", tmp_path / ".model.pt.def.tmp"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"in progress")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    with atomic_path(target) as tmp:
        tmp.write_bytes(b"new")
    assert target.read_bytes() == b"new" and not stale.exists() and fresh.exists()


def test_a_full_disk_is_one_clear_message_and_the_old_file_survives(tmp_path, seed_checkpoint, monkeypatch):
    import torch

    ckpt = load_checkpoint(seed_checkpoint)
    target = tmp_path / "model.pt"
    save_checkpoint(ckpt, target)
    before = target.read_bytes()

    def full(*args, **kwargs):
        raise RuntimeError("[enforce fail at inline_container.cc:626] . PytorchStreamWriter failed writing file "
                           "data/3: file write failed")

    monkeypatch.setattr(torch, "save", full)
    with pytest.raises(UserError, match="is the disk full"):
        save_checkpoint(ckpt, target)
    assert target.read_bytes() == before and not list(tmp_path.glob(".model.pt.*.tmp"))


def test_opening_a_folder_or_an_unreadable_file_says_so(tmp_path, monkeypatch):
    with pytest.raises(CheckpointError, match="is a folder, not a model file"):
        load_checkpoint(tmp_path)
    path = tmp_path / "locked.pt"
    path.write_bytes(b"x")
    monkeypatch.setattr(os, "access", lambda p, mode: False)  # root reads everything: pretend
    with pytest.raises(CheckpointError, match="permission denied"):
        load_checkpoint(path)


HOSTILE = ["=HYPERLINK(\"http://x\",\"Anna\")", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)",
           "\t=1+1", "\r=1+1"]


def test_every_csv_cell_that_starts_like_a_formula_is_inert_and_reads_back_whole():
    """OWASP's six starts: = + - @ TAB CR (the gradebook let "-2+3+cmd|…" through as a formula)."""
    import csv
    import io

    from cnngui.core.atomic import csv_text, inert, readable

    for cell in HOSTILE:
        assert inert(cell) == "'" + cell and readable(inert(cell)) == cell
    for cell in ["Anna", "Zoë Ğül", "'quoted", "''=x", "'=x", "", "3.5"]:
        assert readable(inert(cell)) == cell, cell
    assert inert(-2.5) == -2.5 and inert(7) == 7  # numbers stay numbers
    rows = list(csv.reader(io.StringIO(csv_text([HOSTILE], ["a"] * 6))))
    assert all(cell.startswith("'") for cell in rows[1])


def test_the_roster_and_the_gradebook_keep_hostile_names_as_text(tmp_path):
    from cnngui.core.classroom.server import ClassFolder
    from cnngui.core.classroom.votes import write_report_csv

    folder = ClassFolder(tmp_path)
    folder.root.mkdir(parents=True, exist_ok=True)
    rows = [{"name": name, "user": f"s{i}", "code": "C"} for i, name in enumerate(HOSTILE)]
    folder._write_roster(rows)
    assert [row[0] for row in _rows(folder.roster_path)[1:]] == ["'" + name for name in HOSTILE]  # inert there
    assert [row["name"] for row in folder.roster()] == HOSTILE  # and the app reads the names back whole
    write_report_csv(["name", "answer"], [[name, name] for name in HOSTILE], tmp_path / "grades.csv")
    assert _rows(tmp_path / "grades.csv")[1:] == [["'" + name] * 2 for name in HOSTILE]


def _rows(path):
    import csv

    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))
