"""Entry script of the PyInstaller bundle: the window by default, `brief` for headless use."""

import multiprocessing
import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the batch `brief` uses a process pool
    sys.exit(main())
