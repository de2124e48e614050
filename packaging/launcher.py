"""Entry point of the frozen app: the same `cnngui` command as the pip-installed one."""

import sys

from cnngui.cli import main

if __name__ == "__main__":
    sys.exit(main())
