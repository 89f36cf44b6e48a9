"""``python -m desktop_app``: the window by default, ``brief`` for headless use."""

from __future__ import annotations

import sys
from typing import Sequence

HEADLESS = {"brief", "-h", "--help", "--version"}


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the headless commands or open the window."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in HEADLESS:
        from .cli import main as cli_main

        return cli_main(args)
    return gui_main(args)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Open the window on the files given."""
    from .ui.app import run

    return run(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    if sys.platform.startswith("win") or getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())
