"""MkDocs hook: the CLI reference is generated from cnngui's own argument parser at build time, so it
can't fall behind the code. A page that holds the marker below gets every command's `--help` in its place."""

from __future__ import annotations

import argparse
import os

MARKER = "<!-- cli-reference -->"


def cli_reference() -> str:
    os.environ.setdefault("COLUMNS", "100")  # argparse wraps to the terminal: the same width everywhere
    from cnngui.cli import build_parser

    parser = build_parser()
    parts = ["## cnngui\n", "```text", parser.format_help().rstrip(), "```\n"]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                parts += [f"## cnngui {name}\n", "```text", sub.format_help().rstrip(), "```\n"]
    return "\n".join(parts)


def on_page_markdown(markdown: str, page, config, files) -> str:
    return markdown.replace(MARKER, cli_reference()) if MARKER in markdown else markdown
