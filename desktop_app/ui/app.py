"""Start the GUI: QApplication, excepthook, main window, files from the command line."""

from __future__ import annotations

import argparse
import sys
import time

_T0 = time.perf_counter()


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="newsbrief", description="Open articles in the NewsBrief window.")
    p.add_argument("files", nargs="*", help="article files to open")
    p.add_argument("--smoke-test", action="store_true", help="quit once the first brief is on screen (for CI)")
    p.add_argument("--quit-when-shown", action="store_true", help="quit as soon as the window is shown (start-up timing)")
    p.add_argument("--screenshot", metavar="PNG", help="save a screenshot of the window once the first brief is shown")
    ns, _unknown = p.parse_known_args(argv)  # Qt's own options (-platform, -style...) pass through
    return ns


def _warm_up() -> None:
    """Import the heavy modules off the UI thread so the first drop is fast."""
    import numpy  # noqa: F401
    from sumy.nlp.stemmers import Stemmer  # noqa: F401

    from ..core import news_rank, pdf, summarize  # noqa: F401

    summarize.stop_words("english")
    summarize._stemmer("english")
    pdf.register_fonts()


def run(argv: list[str]) -> int:
    """Run the window; return the exit code."""
    ns = _parse(argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .. import APP_ID, APP_NAME, __version__

    app = QApplication.instance() or QApplication([sys.argv[0]] + [a for a in argv if a.startswith("-") and a not in (
        "--smoke-test", "--quit-when-shown") and not a.startswith("--screenshot")])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.newsbrief.NewsBrief")

    from .main_window import MainWindow

    # The window is on screen first (its empty state), then gets its toolbar, menus and error handling,
    # all before the event loop handles any input.
    win = MainWindow(deferred=True)
    win.show()
    app.processEvents()
    if ns.quit_when_shown:
        print(f"window shown after {time.perf_counter() - _T0:.3f} s", flush=True)
    from . import errors

    win.finish_setup()
    errors.install_excepthook()
    from .jobs import GuiThreadGarbageCollector

    collector = GuiThreadGarbageCollector(app)
    app.aboutToQuit.connect(collector.stop)
    if ns.quit_when_shown:
        print(f"window ready after {time.perf_counter() - _T0:.3f} s", flush=True)
        QTimer.singleShot(0, app.quit)
        return app.exec()

    from .jobs import JobRunner

    if not ns.files:
        warm = JobRunner(win)
        QTimer.singleShot(50, lambda: warm.run_in_background(lambda _t: _warm_up(), lambda _r: None, lambda _e, _tb: None))
    code = {"value": 0}
    if ns.smoke_test or ns.screenshot:
        def shown(brief) -> None:
            if ns.screenshot:
                app.processEvents()
                win.grab().save(ns.screenshot)
            if ns.smoke_test:
                print(f"smoke-test ok: {brief.title!r}: {len(brief.summary())} summary sentences, "
                      f"{len(brief.key_facts())} key facts", flush=True)
                app.quit()

        def failed(_name: str, msg: str) -> None:
            print(f"smoke-test failed: {msg}", file=sys.stderr, flush=True)
            code["value"] = 1
            app.quit()

        win.brief_shown.connect(shown)
        if ns.smoke_test:
            win.load_failed.connect(failed)
            QTimer.singleShot(30000, lambda: (code.update(value=1), print("smoke-test timed out", file=sys.stderr),
                                              app.quit()))
            if not ns.files:
                print("smoke-test: no file given", file=sys.stderr)
                return 2
    if ns.files:
        win.open_paths(ns.files)
    rc = app.exec()
    return rc or code["value"]
