"""Translations: every text a user reads goes through `tr()`.

Qt-free, so the core's messages and registry titles can be translated too. Until the GUI
installs Qt's translator (`install`), `tr()` returns the English itself: the CLI and scripts
keep stable English output. Two markers, both found by `extract()`:

- `tr("Start training")`: translate now (a message, a label set once);
- `N_("Convolution")`: a registry title kept in English; a view shows it with `tr(title)`.

Placeholders are named (`tr("Epoch {epoch}").format(epoch=3)`), so a translation can reorder
them; numbers come in through `number(value, ",")`, which writes them as the language does
(121.930 in German). The sources live in `resources/translations/cnngui_<lang>.ts` (Qt Linguist's format);
`python -m cnngui.i18n compile` (bootstrap.sh, packaging/build.sh and the tests run it) builds
the `.qm` files Qt loads, `update` adds new texts to every source, `check` lists what's missing.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

CONTEXT = "cnngui"
_translate: Callable[[str], str] | None = None
_language = "en"


# Languages that write 1.234,5 where English writes 1,234.5.
DECIMAL_COMMA = {"de", "es", "fr", "it", "nl", "pt", "pl", "ru", "sv", "da", "fi", "nb", "cs", "tr", "id"}


# Languages that write a (no-break) space between a number and its per cent sign: 99,2 %.
SPACED_PERCENT = {"de", "es", "fr", "pl", "ru", "sv", "da", "fi", "nb", "cs"}


def localized(number_text: str) -> str:
    """A number Python formatted ("1,234.5", "99.2%") as the user's language writes it ("1.234,5",
    "99,2 %")."""
    if _language not in DECIMAL_COMMA:
        return number_text
    text = number_text.translate({ord(","): ".", ord("."): ","})
    return re.sub(r"(?<=\d)%", "\u00a0%", text) if _language in SPACED_PERCENT else text


def number(value, spec: str = "") -> str:
    """`format(value, spec)` in the user's language: number(121930, ",") is "121.930" in German."""
    return localized(format(value, spec))


def tr(text: str) -> str:
    """`text` in the user's language (English until `install` is called)."""
    return _translate(text) if _translate is not None and text else text


def N_(text: str) -> str:
    """Mark a text for translation where it is declared; it is translated where it is shown."""
    return text


def install(translate: Callable[[str], str] | None, language: str = "en") -> None:
    """Route `tr()` through `translate` (the GUI passes Qt's) for `language`; None goes back to English."""
    global _translate, _language
    _translate, _language = translate, language if translate is not None else "en"


def language() -> str:
    """The code of the language `tr()` speaks ("en" until a translation is installed)."""
    return _language


# ---- the sources: extracting, updating, compiling ------------------------------------------------

def package_dir() -> Path:
    return Path(__file__).resolve().parent


def translations_dir() -> Path:
    from cnngui.resources import resources_dir

    return resources_dir() / "translations"


def source_files() -> list[Path]:
    """Every `cnngui_<lang>.ts` in the repository."""
    return sorted(translations_dir().glob("cnngui_*.ts"))


def language_of(path: Path) -> str:
    return path.stem.split("_", 1)[1]


def _marked(root: Path) -> list[tuple[ast.expr, str]]:
    """(argument, "file:line") of every one-argument `tr(...)` and `N_(...)` under `root`, in code order."""
    out = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                 and node.func.id in ("tr", "N_") and len(node.args) == 1]
        for call in sorted(calls, key=lambda node: (node.lineno, node.col_offset)):
            out.append((call.args[0], f"{path.relative_to(root.parent).as_posix()}:{call.lineno}"))
    return out


def extract(root: Path | None = None) -> dict[str, str]:
    """source text -> "file:line" of its first use, for every `tr("...")` and `N_("...")` with a
    literal argument, in code order."""
    found: dict[str, str] = {}
    for arg, where in _marked(root or package_dir()):
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.setdefault(arg.value, where)
    return found


def formatted_strings(root: Path | None = None) -> list[str]:
    """"file:line" of every `tr(f"...")`: an f-string is filled in before translation, so it can
    never be found in a catalogue. Use named placeholders and `.format()` instead."""
    return [where for arg, where in _marked(root or package_dir()) if isinstance(arg, ast.JoinedStr)]


def read_ts(path: Path) -> dict[str, str | None]:
    """source -> translation (None where unfinished) of one `.ts` file."""
    messages: dict[str, str | None] = {}
    for message in ElementTree.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        messages[source] = None if kind == "unfinished" else (translation.text or "")
    return messages


def write_ts(path: Path, language: str, entries: list[tuple[str, str | None, str]]) -> None:
    """Write (source, translation or None, where) entries in Qt Linguist's format."""
    root = ElementTree.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ElementTree.SubElement(root, "context")
    ElementTree.SubElement(context, "name").text = CONTEXT
    for source, translation, where in entries:
        message = ElementTree.SubElement(context, "message")
        file, _, line = where.rpartition(":")
        ElementTree.SubElement(message, "location", filename=f"../../{file}", line=line)
        ElementTree.SubElement(message, "source").text = source
        element = ElementTree.SubElement(message, "translation")
        if translation is None:
            element.set("type", "unfinished")
        else:
            element.text = translation
    ElementTree.indent(root)
    text = ElementTree.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


def update(path: Path) -> tuple[int, int]:
    """Bring one `.ts` in line with the code: new texts unfinished, unused ones dropped.
    Returns (new, dropped)."""
    found = extract()
    old = read_ts(path) if path.exists() else {}
    entries = [(source, old.get(source), where) for source, where in found.items()]
    write_ts(path, language_of(path), entries)
    return len(set(found) - set(old)), len(set(old) - set(found))


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{([a-z_0-9]*)(?:[:!][^}]*)?\}", text))


def number_formats(text: str) -> list[str]:
    """Placeholders that format a number themselves ("{count:,}"): they would write English numbers in
    every language, so numbers come in through `number()` instead."""
    return re.findall(r"\{[a-z_0-9]*:[^}]*\}", text)


def problems(path: Path) -> list[str]:
    """What keeps a `.ts` from being complete: texts in the code it lacks, unfinished entries,
    translations whose {placeholders} differ from their source."""
    messages = read_ts(path)
    found = extract()
    out = [f"missing: {source!r} ({where})" for source, where in found.items() if source not in messages]
    out += [f"unfinished: {source!r}" for source, translation in messages.items() if translation is None]
    out += [f"placeholders differ: {source!r} -> {translation!r}" for source, translation in messages.items()
            if translation is not None and placeholders(source) != placeholders(translation)]
    out += [f"not used in the code: {source!r}" for source in messages if source not in found]
    out += [f"formats a number itself (use number()): {source!r}" for source in found if number_formats(source)]
    return out


def compiled_path(source: Path) -> Path:
    return source.with_suffix(".qm")


def lrelease() -> Path | None:
    """Qt's compiler for `.ts` files, as the PySide6 wheel ships it."""
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    return None


def compile_all(force: bool = False) -> list[Path]:
    """Build each `.qm` whose `.ts` is newer (all of them with `force`). Returns the ones built."""
    built = []
    tool = lrelease()
    for source in source_files():
        target = compiled_path(source)
        if not force and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        if tool is None:
            raise RuntimeError("Qt's lrelease was not found (it comes with PySide6): cannot build "
                               f"{target.name}. Install the project with `bash bootstrap.sh`.")
        result = subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], capture_output=True,
                                text=True, check=False)
        if result.returncode != 0 or not target.exists():
            raise RuntimeError(f"lrelease failed on {source.name}: {result.stderr.strip() or result.stdout.strip()}")
        built.append(target)
    return built


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "compile"
    if command == "compile":
        for target in compile_all(force="--force" in args):
            print(f"built {target}")
        return 0
    if command == "update":
        for path in ([translations_dir() / f"cnngui_{code}.ts" for code in args[1:]] or source_files()):
            new, dropped = update(path)
            print(f"{path.name}: {new} new, {dropped} dropped")
        return 0
    if command == "check":
        bad = [f"{path.name}: {line}" for path in source_files() for line in problems(path)]
        bad += [f"tr() of an f-string: {where}" for where in formatted_strings()]
        print("\n".join(bad) or "every translation is complete")
        return 1 if bad else 0
    print("usage: python -m cnngui.i18n [compile [--force] | update [LANG ...] | check]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
