"""Entry point of the frozen app: the same `cnngui` command as the pip-installed one."""

from cnngui.cli import run

if __name__ == "__main__":
    run()
