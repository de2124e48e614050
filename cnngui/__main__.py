"""`python -m cnngui` is the same as the `cnngui` command."""

from cnngui.cli import run

if __name__ == "__main__":
    run()
