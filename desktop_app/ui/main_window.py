"""The main window: drop articles, see summary and key facts side by side, curate, export."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QTabWidget

from typing import TYPE_CHECKING

from .. import APP_NAME, __version__
from ..core.errors import BriefError
from .jobs import CancelToken, JobRunner
from .settings import Settings

if TYPE_CHECKING:  # the views and the core's fact rules load with the first article, not at start-up
    from ..core.brief import Brief
    from .article_view import ArticleView


def _late_imports() -> None:
    """The Qt classes the first frame does not need: each costs PySide6 its enums on first use (#7)."""
    global Qt, QDate, QEvent, QObject, QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
    global QCheckBox, QComboBox, QDateEdit, QFileDialog, QLineEdit, QMessageBox, QProgressBar, QPushButton
    global QSpinBox, QToolBar, QWidget
    from PySide6.QtCore import QDate, QEvent, QObject, Qt
    from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QDateEdit,
        QFileDialog,
        QLineEdit,
        QMessageBox,
        QProgressBar,
        QPushButton,
        QSpinBox,
        QToolBar,
        QWidget,
    )


def _errors():
    """The error path (ui/errors.py), imported when first needed: it is not needed for the first frame."""
    from . import errors

    return errors


def _article_view_class():
    from .article_view import ArticleView

    return ArticleView

OPEN_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.docx *.pdf *.eml *.rtf);;All files (*)"


class Cancelled(Exception):
    """A job noticed its token was cancelled."""


def _check(token: CancelToken) -> None:
    if token.cancelled:
        raise Cancelled()


def build_job(path: str | None, text: str | None, algorithm: str, ref: date | None, length: int,
              ratio: float | None):
    """The work done off the UI thread for one article (load, clean, split, rank, facts)."""

    def job(token: CancelToken) -> Brief:
        from ..core.brief import build_brief
        from ..core.loader import load_file, load_string

        token.report(3, "reading")
        loaded = load_file(path) if path is not None else load_string(text or "")
        _check(token)

        def progress(pct: int, stage: str) -> None:
            _check(token)  # a cancelled job stops at the next stage
            token.report(pct, stage)

        return build_brief(loaded, algorithm, length, ratio, ref, progress=progress)

    return job


class MainWindow(QMainWindow):
    """NewsBrief's main window."""

    brief_shown = Signal(object)  # emitted with the Brief each time one is on screen
    load_failed = Signal(str, str)  # (what, message)
    exported = Signal(str)  # the file or folder written
    export_failed = Signal(str)  # the message shown

    def __init__(self, settings: Settings | None = None, deferred: bool = False) -> None:
        """The window; with ``deferred``, only what the first frame shows until ``finish_setup()`` is called.

        The start-up path shows the empty window first and builds toolbar, menus and status bar right after
        its first frame (before any input is handled), so the window appears as fast as a bare one.
        """
        super().__init__()
        self.settings = settings or Settings()
        self.jobs = JobRunner(self)
        self.jobs.activity.connect(self._on_activity)
        self._load_jobs: dict[int, str] = {}
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setAccessibleName(APP_NAME)
        icon = _app_icon()
        if icon is not None:
            self.setWindowIcon(icon)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.setAccessibleName(self.tr("Open articles"))

        self.empty = QLabel(self.tr("Drop an article here\n\nor use File ▸ Open (Ctrl+O), or paste text (Ctrl+V)"))
        # Centred through a style sheet: touching PySide6's Qt namespace costs ~15 ms (all its enums at once),
        # which the first frame need not pay (#7).
        self.empty.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.empty.setAccessibleName(self.tr("Empty: drop an article here"))
        f = self.empty.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        self.empty.setFont(f)
        self.empty.setEnabled(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        geo = self.settings.get("geometry")
        if not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            self.resize(1200, 780)
        self._ready = False
        if not deferred:
            self.finish_setup()

    def finish_setup(self) -> None:
        """Build toolbar, actions, menus and status bar (once)."""
        if self._ready:
            return
        self._ready = True
        _late_imports()
        self._build_toolbar()
        self._build_actions()
        self._build_statusbar()
        self._restore_settings()
        self._update_actions()
        QApplication.instance().installEventFilter(self)  # drops anywhere on the window, children included

    # --- construction -------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Summary settings"))
        tb.setObjectName("summary-toolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(tb)
        self.toolbar = tb
        from ..core.summarize import ALGORITHMS

        tb.addWidget(QLabel(self.tr("Algorithm ")))
        self.algorithm = QComboBox()
        for key, label in ALGORITHMS.items():
            self.algorithm.addItem(label, key)
        self.algorithm.setToolTip(self.tr("How sentences are ranked; the default is tuned for news"))
        self.algorithm.setAccessibleName(self.tr("Summary algorithm"))
        self.algorithm.currentIndexChanged.connect(self._on_algorithm_changed)
        tb.addWidget(self.algorithm)
        tb.addSeparator()
        tb.addWidget(QLabel(self.tr(" Length ")))
        self.length = QSpinBox()
        self.length.setRange(1, 100)
        self.length.setAccessibleName(self.tr("Summary length"))
        self.length.setToolTip(self.tr("Summary length (sentences or percent of the article)"))
        self.length.valueChanged.connect(self._on_length_changed)
        tb.addWidget(self.length)
        self.length_mode = QComboBox()
        self.length_mode.addItem(self.tr("sentences"), "sentences")
        self.length_mode.addItem(self.tr("% of article"), "percent")
        self.length_mode.setAccessibleName(self.tr("Length unit"))
        self.length_mode.currentIndexChanged.connect(self._on_length_mode_changed)
        tb.addWidget(self.length_mode)
        tb.addSeparator()
        self.use_ref = QCheckBox(self.tr("Reference date"))
        self.use_ref.setToolTip(self.tr("The day the article was written: 'last Friday' is resolved against it"))
        self.use_ref.toggled.connect(self._on_ref_changed)
        tb.addWidget(self.use_ref)
        self.ref_date = QDateEdit()
        self.ref_date.setCalendarPopup(True)
        self.ref_date.setDisplayFormat("yyyy-MM-dd (ddd)")
        self.ref_date.setAccessibleName(self.tr("Reference date"))
        self.ref_date.setDate(QDate.currentDate())
        self.ref_date.dateChanged.connect(self._on_ref_changed)
        tb.addWidget(self.ref_date)
        self.banner = QLineEdit()  # edited through Edit > Handling Banner…; kept as the one source of the text
        self.banner.textChanged.connect(lambda t: self.settings.set("banner", t))

    def edit_banner(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, self.tr("Handling banner"),
                                        self.tr("Printed at the top and bottom of the PDF (empty for none):"),
                                        QLineEdit.EchoMode.Normal, self.banner.text())
        if ok:
            self.banner.setText(text.strip())

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, SK.Open, self.tr("Open article files"))
        self.act_paste = self._action(self.tr("New from &Clipboard"), self.paste, SK.Paste,
                                      self.tr("Make a brief of the text on the clipboard"))
        self.act_save_pdf = self._action(self.tr("&Save PDF Brief…"), self.save_pdf, SK.Save,
                                         self.tr("Save the one-page PDF brief of this article"))
        self.act_save_json = self._action(self.tr("Save &JSON…"), self.save_json, None,
                                          self.tr("Save the brief as JSON"))
        self.act_copy_md = self._action(self.tr("Copy as &Markdown"), self.copy_markdown, "Ctrl+Shift+C",
                                        self.tr("Copy the brief to the clipboard as Markdown"))
        self.act_export_all = self._action(self.tr("&Export All Open Articles…"), self.export_all, "Ctrl+Shift+S",
                                           self.tr("Save a PDF brief of every open article into a folder"))
        self.act_close = self._action(self.tr("&Close Article"), lambda: self.close_tab(self.tabs.currentIndex()),
                                      SK.Close)
        self.act_quit = self._action(self.tr("&Quit"), self.close, SK.Quit)
        self.act_cancel = self._action(self.tr("Cancel"), self.cancel_jobs, SK.Cancel, self.tr("Stop the work in progress"))
        self.act_about = self._action(self.tr("&About NewsBrief"), self.about)
        self.act_banner = self._action(self.tr("Handling &Banner…"), self.edit_banner, None,
                                       self.tr("Set the banner printed at the top and bottom of the PDF"))

        self.toolbar.insertAction(self.toolbar.actions()[0], self.act_open)
        self.toolbar.insertSeparator(self.toolbar.actions()[1])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_save_pdf)
        mb = self.menuBar()
        m = mb.addMenu(self.tr("&File"))
        m.addAction(self.act_open)
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        m.addAction(self.act_paste)
        m.addSeparator()
        m.addAction(self.act_save_pdf)
        m.addAction(self.act_save_json)
        m.addAction(self.act_copy_md)
        m.addAction(self.act_export_all)
        m.addSeparator()
        m.addAction(self.act_close)
        m.addAction(self.act_quit)
        e = mb.addMenu(self.tr("&Edit"))
        e.addAction(self.act_paste)
        e.addAction(self.act_copy_md)
        e.addSeparator()
        e.addAction(self.act_banner)
        h = mb.addMenu(self.tr("&Help"))
        h.addAction(self.act_about)
        self._fill_recent()

    def _build_statusbar(self) -> None:
        sb = self.statusBar()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the work in progress (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_jobs)
        self.cancel_button.hide()
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        sb.showMessage(self.tr("Ready"))

    def _restore_settings(self) -> None:
        s = self.settings
        self._block(True)
        i = self.algorithm.findData(s.get("algorithm"))
        self.algorithm.setCurrentIndex(max(0, i))
        mode = s.get("length_mode")
        self.length_mode.setCurrentIndex(1 if mode == "percent" else 0)
        self.length.setValue(s.get("percent") if mode == "percent" else s.get("length"))
        self.banner.setText(s.get("banner"))
        self._block(False)

    def _block(self, on: bool) -> None:
        for w in (self.algorithm, self.length, self.length_mode, self.use_ref, self.ref_date):
            w.blockSignals(on)

    # --- state helpers ------------------------------------------------------------------------

    def current_view(self) -> ArticleView | None:
        w = self.tabs.currentWidget()
        return w if w is not None and hasattr(w, "brief") else None

    def views(self) -> list[ArticleView]:
        return [v for v in (self.tabs.widget(i) for i in range(self.tabs.count())) if hasattr(v, "brief")]

    def _length_args(self) -> tuple[int, float | None]:
        if self.length_mode.currentData() == "percent":
            return 5, self.length.value() / 100.0
        return self.length.value(), None

    def _user_ref(self) -> date | None:
        return self.ref_date.date().toPython() if self.use_ref.isChecked() else None

    def _on_activity(self, pending: int) -> None:
        busy = pending > 0
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if not busy or pending > 1:
            self.progress.setRange(0, 0)
        if busy:
            self.statusBar().showMessage(self.tr("Working…"))

    def _update_actions(self) -> None:
        has = self.current_view() is not None
        for a in (self.act_save_pdf, self.act_save_json, self.act_copy_md, self.act_close):
            a.setEnabled(has)
        self.act_export_all.setEnabled(self.tabs.count() > 0)
        self.stack.setCurrentWidget(self.tabs if self.tabs.count() else self.empty)

    # --- opening ------------------------------------------------------------------------------

    def open_paths(self, paths: list[str]) -> None:
        """Open each file in its own tab (in the background)."""
        for p in paths:
            self._start_load(p, None, os.path.basename(p) or p)

    def open_text(self, text: str, name: str = "Pasted text") -> None:
        self._start_load(None, text, name)

    def _start_load(self, path: str | None, text: str | None, name: str) -> None:
        length, ratio = self._length_args()
        job = build_job(path, text, self.algorithm.currentData(), self._user_ref(), length, ratio)
        jid = self.jobs.run_in_background(
            job,
            lambda brief, p=path: self._on_loaded(brief, p),
            lambda exc, tb, n=path or name: self._on_load_error(n, exc, tb),
            on_progress=lambda pct, stage, n=name: self._on_progress(n, pct, stage),
        )
        self._load_jobs[jid] = name

    def _on_progress(self, name: str, percent: int, stage: str) -> None:
        if self.jobs.pending == 1:  # one job: show how far it got; several: keep the busy indicator
            self.progress.setRange(0, 100)
            self.progress.setValue(percent)
        self.statusBar().showMessage(self.tr("%1: %2…").replace("%1", name).replace("%2", stage))

    def _on_loaded(self, brief: Brief, path: str | None) -> None:
        brief.banner = self.banner.text()
        view = _article_view_class()(brief, then=lambda: self._on_view_filled(brief, path))
        for splitter, key in ((view.splitter, "splitter"), (view.right_splitter, "right_splitter")):
            state = self.settings.get(key)
            if not state.isEmpty():
                splitter.restoreState(state)
        title = brief.title if len(brief.title) <= 40 else brief.title[:38] + "…"
        i = self.tabs.addTab(view, title)
        self.tabs.setTabToolTip(i, f"{brief.title}\n{brief.source_path or brief.source_name}")
        self.tabs.setCurrentIndex(i)
        self._update_actions()

    def _on_view_filled(self, brief: Brief, path: str | None) -> None:
        if path:
            self.settings.add_recent(os.path.abspath(path))
            self.settings.set("last_folder", os.path.dirname(os.path.abspath(path)))
            self._fill_recent()
        # A re-rank or a new reference date may have replaced the view's brief while it was filling: report the
        # brief now on screen, not the one the fill started with (and nothing if the view was closed meanwhile).
        brief = next((v.brief for v in self.views() if v.brief is brief or v.brief.article is brief.article), None)
        if brief is None:
            return
        self.statusBar().showMessage(
            self.tr("%1: %2 summary sentences, %3 key facts").replace("%1", brief.source_name)
            .replace("%2", str(len(brief.summary()))).replace("%3", str(len(brief.key_facts()))), 8000)
        self._update_actions()
        self.brief_shown.emit(brief)

    def _on_load_error(self, name: str, exc: BaseException, tb: str) -> None:
        if isinstance(exc, Cancelled):
            self.statusBar().showMessage(self.tr("Cancelled"), 4000)
            return
        msg = _errors().message_for(exc)
        if not isinstance(exc, (OSError, MemoryError, BriefError)):
            _errors().log.error("Unexpected error while opening %s\n%s", name, tb)
        if name and name not in msg:
            msg = f"{name}: {msg}"
        self.load_failed.emit(name, msg)
        _errors().show_error(self, self.tr("Cannot open article"), msg)

    def open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open articles"), self.settings.get("last_folder"),
                                                OPEN_FILTER)
        if paths:
            self.open_paths(paths)

    def paste(self) -> None:
        md = QGuiApplication.clipboard().mimeData()
        if md is not None and md.hasUrls():
            files = [u.toLocalFile() for u in md.urls() if u.isLocalFile()]
            if files:
                self.open_paths(files)
                return
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            _errors().show_error(self, self.tr("Nothing to paste"), self.tr("The clipboard holds no text."))
            return
        self.open_text(text)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.get("recent_files")
        for p in recent:
            act = self.recent_menu.addAction(p)
            act.triggered.connect(lambda _=False, path=p: self.open_paths([path]))
        self.recent_menu.setEnabled(bool(recent))

    def cancel_jobs(self) -> None:
        if not self.jobs.busy:
            return
        self.jobs.cancel_all()
        self.statusBar().showMessage(self.tr("Cancelled"), 4000)

    def close_tab(self, index: int) -> None:
        if index < 0:
            return
        w = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if w is not None:
            w.deleteLater()
        self._update_actions()

    # --- settings changes ---------------------------------------------------------------------

    def _on_tab_changed(self, _i: int) -> None:
        v = self.current_view()
        self._update_actions()
        self.setWindowTitle(f"{v.brief.title} — {APP_NAME}" if v is not None else APP_NAME)
        if v is None:
            return
        self._block(True)
        b = v.brief
        self.use_ref.setChecked(b.reference_date is not None)
        if b.reference_date:
            self.ref_date.setDate(QDate(b.reference_date.year, b.reference_date.month, b.reference_date.day))
        i = self.algorithm.findData(b.algorithm)
        if i >= 0:
            self.algorithm.setCurrentIndex(i)
        self._block(False)

    def _on_algorithm_changed(self, _i: int) -> None:
        alg = self.algorithm.currentData()
        self.settings.set("algorithm", alg)
        for v in self.views():
            if v.brief.algorithm != alg:
                self._rerank(v, alg)

    def _rerank(self, view: ArticleView, alg: str) -> None:
        from ..core.summarize import rank

        sentences, title, facts = view.brief.sentences, view.brief.title, list(view.brief.facts)

        def job(token: CancelToken):
            return rank(sentences, alg, title, facts=facts)

        def done(ranking) -> None:
            if view not in self.views():
                return
            view.brief = replace(view.brief, ranking=ranking)
            view.refresh()
            if view is self.current_view():
                self.brief_shown.emit(view.brief)

        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, Cancelled):
                return
            _errors().show_error(self, self.tr("Cannot summarise"), exc)
            if view is self.current_view():  # the view keeps its ranking: show which one
                self._block(True)
                self.algorithm.setCurrentIndex(self.algorithm.findData(view.brief.algorithm))
                self._block(False)

        self.jobs.run_in_background(job, done, failed, key=f"rank-{id(view)}")

    def _on_length_mode_changed(self, _i: int) -> None:
        mode = self.length_mode.currentData()
        self.settings.set("length_mode", mode)
        self.length.blockSignals(True)
        self.length.setValue(self.settings.get("percent") if mode == "percent" else self.settings.get("length"))
        self.length.blockSignals(False)
        self._on_length_changed(self.length.value())

    def _on_length_changed(self, value: int) -> None:
        mode = self.length_mode.currentData()
        self.settings.set("percent" if mode == "percent" else "length", value)
        length, ratio = self._length_args()
        for v in self.views():
            v.brief.length, v.brief.ratio = length, ratio
            v.refresh()

    def _on_ref_changed(self, *_args: Any) -> None:
        v = self.current_view()
        if v is None:
            return
        ref = self._user_ref()
        if ref is None and v.brief.article_date is not None:
            ref, src = v.brief.article_date, "article"
        else:
            src = "article" if ref is not None and ref == v.brief.article_date else "user"
        brief = v.brief

        def done(new_brief) -> None:
            if v not in self.views():
                return
            # Keep the edits made meanwhile: only the facts and the reference date change.
            v.brief.facts, v.brief.reference_date = new_brief.facts, new_brief.reference_date
            v.brief.reference_source = new_brief.reference_source
            v.refresh()  # the text is unchanged: no need to set it again
            self.brief_shown.emit(v.brief)

        def failed(exc: BaseException, tb: str) -> None:
            if not isinstance(exc, Cancelled):
                _errors().show_error(self, self.tr("Cannot resolve dates"), exc)

        # Re-resolving the dates of a book-length text takes a while: off the UI thread, newest wins.
        self.jobs.run_in_background(lambda _t: brief.with_reference_date(ref, src), done, failed,
                                    key=f"dates-{id(v)}")

    # --- export -------------------------------------------------------------------------------

    def _default_path(self, brief: Brief, ext: str) -> str:
        folder = self.settings.get("last_folder") or (
            os.path.dirname(os.path.abspath(brief.source_path)) if brief.source_path else str(Path.home()))
        stem = Path(brief.source_path).stem if brief.source_path else "pasted-text"
        return os.path.join(folder, f"{stem}-brief.{ext}")

    def save_pdf(self, path: str | None = None) -> None:
        v = self.current_view()
        if v is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF brief"), self._default_path(v.brief, "pdf"),
                                                  "PDF (*.pdf)")
            if not path:
                return
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        brief = v.brief
        brief.banner = self.banner.text()
        self._export(lambda: _write_pdf(brief, path), path)

    def save_json(self, path: str | None = None) -> None:
        v = self.current_view()
        if v is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save JSON"), self._default_path(v.brief, "json"),
                                                  "JSON (*.json)")
            if not path:
                return
        data = json.dumps(v.brief.to_json(), ensure_ascii=False, indent=2)
        self._export(lambda: _write_text(path, data), path)

    def export_all(self, folder: str | None = None) -> None:
        views = self.views()
        if not views:
            return
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export all briefs to"), self.settings.get("last_folder"))
            if not folder:
                return
        briefs = [v.brief for v in views]
        banner = self.banner.text()
        for b in briefs:
            b.banner = banner

        def work() -> str:
            used: set[str] = set()
            for b in briefs:
                stem = Path(b.source_path).stem if b.source_path else "pasted-text"
                name, n = f"{stem}-brief.pdf", 2
                while name in used:
                    name, n = f"{stem}-brief-{n}.pdf", n + 1
                used.add(name)
                _write_pdf(b, os.path.join(folder, name))
            return folder

        self._export(work, folder)

    def _export(self, work, target: str) -> None:
        def done(_res) -> None:
            self.settings.set("last_folder", os.path.dirname(os.path.abspath(target)) if not os.path.isdir(target) else target)
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", target), 8000)
            self.exported.emit(target)

        def failed(exc: BaseException, tb: str) -> None:
            _errors().show_error(self, self.tr("Cannot save"), exc)
            self.export_failed.emit(_errors().message_for(exc))

        self.jobs.run_in_background(lambda token: work(), done, failed)

    def copy_markdown(self) -> None:
        v = self.current_view()
        if v is None:
            return
        QGuiApplication.clipboard().setText(v.brief.to_markdown())
        self.statusBar().showMessage(self.tr("Brief copied as Markdown"), 5000)

    def about(self) -> None:
        import platform

        from PySide6 import __version__ as pyside

        QMessageBox.about(
            self, self.tr("About NewsBrief"),
            f"<b>{APP_NAME} {__version__}</b><br>Extractive summaries, key facts and one-page PDF briefs of news "
            f"articles. Works offline.<br><br>Python {platform.python_version()} · PySide6 {pyside} · "
            f"Qt {_qt_version()}<br>Summaries: sumy · PDF: ReportLab · Font: DejaVu Sans",
        )

    # --- drag and drop ------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        et = event.type()
        if et in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop) and isinstance(obj, QWidget):
            if obj.window() is self and obj is not self:
                if et == QEvent.Type.Drop:
                    self.dropEvent(event)  # type: ignore[arg-type]
                else:
                    self.dragEnterEvent(event)  # type: ignore[arg-type]
                return event.isAccepted()
        return super().eventFilter(obj, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        md = event.mimeData()
        if md.hasUrls() or md.hasText():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        md = event.mimeData()
        if md.hasUrls():
            paths = [u.toLocalFile() for u in md.urls() if u.isLocalFile()]
            remote = [u.toString() for u in md.urls() if not u.isLocalFile()]
            if remote:
                _errors().show_error(self, self.tr("Cannot open"),
                                  self.tr("NewsBrief works offline and does not download web addresses: %1")
                                  .replace("%1", ", ".join(remote[:3])))
            if paths:
                self.open_paths(paths)
            event.acceptProposedAction()
        elif md.hasText() and md.text().strip():
            self.open_text(md.text(), self.tr("Dropped text"))
            event.acceptProposedAction()

    # --- closing ------------------------------------------------------------------------------

    def save_settings(self) -> None:
        self.settings.set("geometry", self.saveGeometry())
        v = self.current_view()
        if v is not None:
            self.settings.set("splitter", v.splitter.saveState())
            self.settings.set("right_splitter", v.right_splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_settings()
        self.jobs.cancel_all()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1200, 780)


def _write_pdf(brief: "Brief", path: str) -> str:
    from ..core.pdf import write_pdf

    return write_pdf(brief, path)


def _write_text(path: str, text: str) -> str:
    from ..core.atomic import atomic_write_text

    atomic_write_text(path, text)
    return path


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()


def _app_icon() -> QIcon | None:
    from ..core.resources import resource_path

    try:
        p = resource_path("icons", "newsbrief.svg")
    except FileNotFoundError:
        return None
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        png = resource_path("icons", f"newsbrief-{size}.png")
        if png.exists():
            icon.addFile(str(png), QSize(size, size))
    if p.exists():
        icon.addFile(str(p))
    return icon if not icon.isNull() else None


