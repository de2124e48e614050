"""Atomic file writes: a reader sees the old file or the new one, never half of one.

A write goes to a temporary file beside the target, which is then renamed over it. Targets
that are not regular files (a folder, /dev/null) are refused rather than replaced; the new
file gets the permissions the user's umask gives (not mkstemp's 0600, which made a
classmate's copy unreadable); temporary files that an interrupted write left behind are
removed once they are old enough not to be another write in progress.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STALE_SECONDS = 600


class NotARegularFile(OSError):
    """The target exists and is a folder, a device or another special file."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove_stale_temporaries(target: Path) -> None:
    cutoff = time.time() - STALE_SECONDS
    for leftover in target.parent.glob(f".{target.name}.*.tmp"):
        try:
            if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass  # someone else's, or already gone


@contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target` in one rename."""
    target = Path(target)
    if target.exists() and not target.is_file():
        kind = "a folder" if target.is_dir() else "not a regular file"
        raise NotARegularFile(21, f"it is {kind}, so it is not replaced", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_text_atomic(target: str | os.PathLike, text: str) -> Path:
    """Write a text file atomically (UTF-8)."""
    target = Path(target)
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return target


def write_error_text(exc: BaseException) -> str:
    """What went wrong writing a file, in words: permissions, a full disk, a file-size limit, a folder."""
    import errno

    if isinstance(exc, OSError):
        reasons = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
                   errno.EFBIG: "the file would be larger than this system allows",
                   errno.EACCES: "permission denied", errno.EPERM: "permission denied",
                   errno.EROFS: "the folder is read-only"}
        return reasons.get(exc.errno, exc.strerror or str(exc))
    text = str(exc)
    if "write failed" in text or "No space" in text:  # torch.save reports a full disk as RuntimeError
        return "the file could not be written completely (is the disk full?)"
    return text


# ---- the app's CSV files ----------------------------------------------------------------------
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may run as a formula (OWASP's list)


def inert(cell):
    """A cell a spreadsheet shows as text, never runs: one that starts like a formula gets a leading ', as OWASP
    advises (a student named "=HYPERLINK(…)" or "-2+3+cmd|' /C calc'!A0"). Numbers stay numbers; a text that
    already starts with ' before such a start gets one more, so `readable` gives every text back exactly."""
    if not isinstance(cell, str) or not cell:
        return cell
    if cell.lstrip("'")[:1] in FORMULA_STARTS:
        return "'" + cell
    return cell


def readable(cell: str) -> str:
    """The text `inert` was given."""
    if cell.startswith("'") and cell.lstrip("'")[:1] in FORMULA_STARTS:
        return cell[1:]
    return cell


def csv_text(rows, header: list | None = None) -> str:
    """Rows as CSV text with inert cells (every CSV cnngui writes goes through this)."""
    import csv
    import io

    text = io.StringIO()
    writer = csv.writer(text)  # CRLF, as RFC 4180: a cell with a CR or LF in it is quoted
    for row in ([header] if header else []) + [list(row) for row in rows]:
        writer.writerow([inert(cell) for cell in row])
    return text.getvalue()


def write_csv_atomic(path: str | Path, rows, header: list | None = None, bom: bool = False) -> None:
    """A CSV file of inert cells, written atomically; `bom` for spreadsheet programs' umlauts."""
    write_text_atomic(Path(path), ("\ufeff" if bom else "") + csv_text(rows, header))
