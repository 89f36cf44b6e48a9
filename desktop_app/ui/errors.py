"""The one path from an exception to a message, and the excepthook for unexpected errors."""

from __future__ import annotations

import faulthandler
import logging
import platform
import sys
import traceback
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..core.errors import BriefError

log = logging.getLogger("newsbrief")


def log_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(base or Path.home() / ".local" / "share" / "newsbrief")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        path = Path.home()
    return path


def versions() -> str:
    return f"{APP_NAME} {__version__} · Python {platform.python_version()} · PySide6 {pyside_version} · {platform.platform()}"


def message_for(exc: BaseException) -> str:
    """A user-readable sentence for an exception."""
    if isinstance(exc, BriefError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "There is not enough memory to finish this."
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {exc.strerror or exc}".strip(": ")
    return f"Unexpected error: {type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, title: str, exc_or_text: BaseException | str) -> None:
    """Show one error message (and log it). Tests monkeypatch this to capture messages."""
    text = exc_or_text if isinstance(exc_or_text, str) else message_for(exc_or_text)
    log.warning("%s: %s", title, text)
    if parent is not None and hasattr(parent, "statusBar"):
        parent.statusBar().showMessage(text, 10000)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and article text are never markup
    box.setAccessibleName(title)
    box.open()  # non-blocking: the window keeps working


_fault_file = None


def install_excepthook() -> None:
    """Log to a file under AppDataLocation and show unexpected errors with their traceback."""
    global _fault_file
    logfile = log_dir() / "newsbrief.log"
    try:
        handler = logging.FileHandler(logfile, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        _fault_file = open(log_dir() / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 - kept open for faulthandler
        faulthandler.enable(_fault_file)
    except OSError:
        faulthandler.enable()

    def hook(etype, value, tb) -> None:
        text = "".join(traceback.format_exception(etype, value, tb))
        log.error("Unexpected error\n%s\n%s", versions(), text)
        sys.__stderr__.write(text) if sys.__stderr__ else None
        app = QApplication.instance()
        if app is None:
            return
        box = QMessageBox(QMessageBox.Icon.Critical, f"{APP_NAME}: unexpected error",
                          f"{message_for(value)}\n\nThe details were written to {logfile}.")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(versions() + "\n\n" + text)
        box.open()

    sys.excepthook = hook
