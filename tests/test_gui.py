"""The real window, offscreen, driven with pytest-qt."""

from __future__ import annotations

import json
import os

import pytest
from pypdf import PdfReader

pytest.importorskip("PySide6")
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from conftest import SAMPLE  # noqa: E402
from desktop_app.ui import errors  # noqa: E402

REAL_SHOW_ERROR = errors.show_error  # captured before the fixtures replace it
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.settings import Settings  # noqa: E402

ARTICLE_A = """Rebels retreat from northern towns

GAO, Mali — About 300 rebels withdrew from two towns on Monday, officials said. French jets struck a
convoy 40 kilometres north of Gao the same night.

A column of roughly 200 Malian soldiers entered the first town on Tuesday morning. Residents said the
fighters had left by truck.

Officials said another 150 troops would arrive next week to secure the road to the border, which lies
about 120 miles to the north.
"""


@pytest.fixture
def messages(monkeypatch):
    got: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, title, exc: got.append(
        (title, exc if isinstance(exc, str) else errors.message_for(exc))))
    return got


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def win(qtbot, settings, messages):
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.jobs.cancel_all()
    QThreadPool.globalInstance().waitForDone(10000)
    # Free this test's Qt wrappers here, on the GUI thread: left to the cyclic GC, they may be collected
    # on a worker thread of a later test (a segfault seen in 2 of 9 full-suite runs).
    import gc

    w.close()
    gc.collect()


def drop(widget, paths, qtbot):
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    # Qt 6 delivers a Drop only to a widget that accepted the drag's DragEnter, as a real drag does.
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, md, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    ev = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, md, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, ev)
    assert ev.isAccepted()


def open_and_wait(win, qtbot, paths, via=None):
    with qtbot.waitSignals([win.brief_shown] * len(paths), timeout=30000):
        drop(via or win, paths, qtbot)


def test_empty_state_says_what_to_do(win):
    assert "Drop an article here" in win.empty.text()
    assert win.stack.currentWidget() is win.empty
    assert not win.act_save_pdf.isEnabled()


def test_drop_one_file_shows_summary_and_facts(win, qtbot, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE_A, encoding="utf-8")
    open_and_wait(win, qtbot, [p])
    v = win.current_view()
    assert v.title.text() == "Rebels retreat from northern towns"
    assert v.summary.count() == 5 or v.summary.count() == len(v.brief.sentences)
    facts = {v.facts.topLevelItem(i).text(0).split(" (")[0] for i in range(v.facts.topLevelItemCount())}
    assert {"Troops", "Distances", "Dates"} <= facts
    troops = v.facts.topLevelItem(0)
    assert any("300 rebels" in troops.child(i).text(0) for i in range(troops.childCount()))
    assert win.stack.currentWidget() is win.tabs


def test_drop_on_child_widget_and_several_files(win, qtbot, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE_A, encoding="utf-8")
    open_and_wait(win, qtbot, [p])
    v = win.current_view()
    open_and_wait(win, qtbot, [SAMPLE, p], via=v.article)  # dropped on the article text's viewport
    assert win.tabs.count() == 3


def test_drop_folder_and_binary_gives_message_and_keeps_brief(win, qtbot, tmp_path, messages):
    open_and_wait(win, qtbot, [SAMPLE])
    before = win.current_view().brief
    binary = tmp_path / "x.bin"
    binary.write_bytes(os.urandom(2048))
    with qtbot.waitSignals([win.load_failed, win.load_failed], timeout=20000):
        drop(win.current_view().summary, [tmp_path, binary], qtbot)
    assert len(messages) == 2
    assert any(str(tmp_path) in m and "folder" in m for _, m in messages)
    assert any("x.bin" in m and "binary" in m for _, m in messages)
    assert win.tabs.count() == 1 and win.current_view().brief is before


def test_length_change_updates_summary_and_hover_score(win, qtbot):
    open_and_wait(win, qtbot, [SAMPLE])
    v = win.current_view()
    assert v.summary.count() == 5
    win.length.setValue(3)
    assert v.summary.count() == 3
    assert "Score" in v.summary.item(0).toolTip()
    win.length_mode.setCurrentIndex(1)  # percent
    win.length.setValue(50)
    assert v.summary.count() == 9  # 50% of 18 sentences


def test_algorithm_change_reranks_in_background(win, qtbot):
    open_and_wait(win, qtbot, [SAMPLE])
    with qtbot.waitSignal(win.brief_shown, timeout=20000):
        win.algorithm.setCurrentIndex(win.algorithm.findData("lexrank"))
    assert win.current_view().brief.algorithm == "lexrank"


def test_reference_date_resolves_dates(win, qtbot):
    open_and_wait(win, qtbot, [SAMPLE])
    from PySide6.QtCore import QDate

    win.ref_date.setDate(QDate(2013, 1, 17))
    with qtbot.waitSignal(win.brief_shown, timeout=20000):  # dates are re-resolved in the background
        win.use_ref.setChecked(True)
    v = win.current_view()
    vals = {f.text: f.value for f in v.brief.key_facts() if f.kind == "date"}
    assert vals["last Friday"] == "2013-01-11"


def test_remove_fact_and_drop_sentence_reach_exports(win, qtbot, tmp_path):
    open_and_wait(win, qtbot, [SAMPLE])
    v = win.current_view()
    troops = v.facts.topLevelItem(0)
    item = troops.child(0)
    removed_text = item.text(0)
    v.facts.setCurrentItem(item)
    v.remove_current_fact()
    dropped = v.summary.item(0).text()
    v.summary.setCurrentRow(0)
    v.drop_current()
    out = tmp_path / "b.json"
    with qtbot.waitSignal(win.exported, timeout=20000):
        win.save_json(str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert removed_text not in [f["text"] for f in data["facts"]]
    assert dropped not in [s["text"] for s in data["summary"]]
    pdf = tmp_path / "b.pdf"
    with qtbot.waitSignal(win.exported, timeout=20000):
        win.save_pdf(str(pdf))
    r = PdfReader(str(pdf))
    assert len(r.pages) == 1
    text = " ".join(r.pages[0].extract_text().split())
    summary_part, facts_part = text.split("Key facts", 1)
    assert removed_text not in facts_part
    assert " ".join(dropped.split())[:60] not in summary_part.split("Summary", 1)[1]
    md = v.brief.to_markdown()
    assert not [ln for ln in md.splitlines() if ln.startswith(f"- {removed_text} =")]


def test_export_error_is_shown(win, qtbot, tmp_path, messages):
    open_and_wait(win, qtbot, [SAMPLE])
    with qtbot.waitSignal(win.export_failed, timeout=20000):
        win.save_pdf(str(tmp_path / "missing" / "x.pdf"))
    assert messages and "does not exist" in messages[-1][1]
    assert win.tabs.count() == 1


def test_paste_text(win, qtbot):
    QApplication.clipboard().setText(ARTICLE_A)
    with qtbot.waitSignal(win.brief_shown, timeout=20000):
        win.paste()
    assert win.current_view().brief.source_path is None


def test_settings_round_trip(qtbot, settings, messages, tmp_path):
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.algorithm.setCurrentIndex(w.algorithm.findData("textrank"))
    w.length.setValue(7)
    w.resize(700, 500)
    w.close()
    w2 = MainWindow(settings)
    qtbot.addWidget(w2)
    assert w2.algorithm.currentData() == "textrank"
    assert w2.length.value() == 7
    assert (w2.size().width(), w2.size().height()) == (700, 500)


def test_recent_files_and_shortcuts(win, qtbot):
    open_and_wait(win, qtbot, [SAMPLE])
    assert str(SAMPLE) in win.settings.get("recent_files")
    assert win.act_open.shortcut().toString() == "Ctrl+O"
    assert win.act_save_pdf.shortcut().toString() == "Ctrl+S"


def test_long_document_reports_progress_and_can_be_cancelled(win, qtbot, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Long report\n\n" + " ".join(f"Unit {i} moved {i % 40 + 1} km north with {i % 90 + 10} soldiers "
                                               f"on Monday." for i in range(6000)), encoding="utf-8")
    stages = []
    win.jobs._relay.progress.connect(lambda _jid, pct, stage: stages.append((pct, stage)))
    with qtbot.waitSignal(win.brief_shown, timeout=60000):
        win.open_paths([str(big)])
        assert win.progress.isVisible() and win.cancel_button.isVisible()
    assert [s for _, s in stages][:2] == ["reading", "cleaning"] and stages[-1][0] == 100
    assert not win.progress.isVisible()
    # Cancel: the job's result is dropped and nothing opens.
    win.open_paths([str(big)])
    win.cancel_jobs()
    QThreadPool.globalInstance().waitForDone(60000)
    qtbot.wait(100)
    assert win.tabs.count() == 1
    assert not win.progress.isVisible()


def test_markup_in_names_and_text_is_never_rendered(win, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append((self.textFormat(), self.text())))
    REAL_SHOW_ERROR(win, "Cannot open article", "<b>bold</b>.txt: <img src='http://example.com/x.png'>")
    assert shown and shown[0][0] == Qt.TextFormat.PlainText
    p = tmp_path / "m.txt"
    p.write_text("<h1>Headline</h1>\n\nThe <b>army</b> sent 200 soldiers <img src='http://example.com/a.png'>.",
                 encoding="utf-8")
    open_and_wait(win, qtbot, [p])
    v = win.current_view()
    assert v.title.textFormat() == Qt.TextFormat.PlainText
    assert "<b>army</b>" in v.article.toPlainText()


def test_algorithm_too_slow_for_document_gives_message_and_keeps_summary(win, qtbot, tmp_path, messages):
    p = tmp_path / "long.txt"
    from desktop_app.core.summarize import LIMITS

    n = LIMITS["kl"] + 1
    p.write_text("Long\n\n" + " ".join(f"Item {i} is about subject {i % 11} today." for i in range(n)),
                 encoding="utf-8")
    open_and_wait(win, qtbot, [p])
    before = win.current_view().brief.algorithm
    win.algorithm.setCurrentIndex(win.algorithm.findData("kl"))
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    assert "KL-Sum would take too long" in messages[-1][1]
    assert win.current_view().brief.algorithm == before
    assert win.algorithm.currentData() == before


def test_start_up_shows_the_window_before_building_toolbar_and_menus():
    """The first frame needs none of the heavy parts; the full window follows before any input."""
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--quit-when-shown"], capture_output=True, text=True,
                       env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    lines = [x for x in r.stdout.splitlines() if x.startswith("window ")]
    assert [x.split(" after ")[0] for x in lines] == ["window shown", "window ready"]
    shown, ready = (float(x.split(" after ")[1].split()[0]) for x in lines)
    assert shown <= ready


def test_deferred_window_is_complete_after_finish_setup(qtbot, settings):
    w = MainWindow(settings, deferred=True)
    qtbot.addWidget(w)
    assert not hasattr(w, "toolbar")
    w.show()
    w.finish_setup()
    w.finish_setup()  # once only
    assert w.algorithm.currentData() == "news"
    assert [a.text() for a in w.menuBar().actions()] == ["&File", "&Edit", "&Help"]


def test_garbage_is_collected_on_the_gui_thread_only(qtbot):
    import gc
    import threading

    from desktop_app.ui.jobs import GuiThreadGarbageCollector

    seen: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            seen.append(threading.current_thread().name)

    thresholds = gc.get_threshold()
    gc.collect()  # the allocation counts start from 0: objects freed later would otherwise hold them down
    gc.set_threshold(10, 10, 10)
    collector = GuiThreadGarbageCollector(interval_ms=20)
    try:
        assert not gc.isenabled()
        for _ in range(3):
            Cycle()
        t = threading.Thread(target=lambda: [Cycle() for _ in range(5000)], name="worker")
        t.start()
        t.join()
        assert "worker" not in seen  # no collection ran on the worker thread
        for _ in range(250):
            if len(seen) >= 5003:
                break
            qtbot.wait(20)
        assert len(seen) >= 5003, (len(seen), gc.get_count(), collector._timer.isActive())
        assert set(seen) == {threading.main_thread().name}
    finally:
        collector.stop()
        gc.set_threshold(*thresholds)
        assert gc.isenabled()


def test_a_brief_replaced_while_its_view_fills_is_the_one_reported(win, qtbot, tmp_path):
    """A re-rank that lands before a new view has finished filling: the end of the fill reports the brief now
    in the view (with the new ranking), not the one the fill started with."""
    from dataclasses import replace

    from desktop_app.core.brief import build_brief
    from desktop_app.core.loader import load_file
    from desktop_app.core.summarize import rank

    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_A, encoding="utf-8")
    brief = build_brief(load_file(str(path)))
    shown: list = []
    win.brief_shown.connect(shown.append)
    win._on_loaded(brief, str(path))  # the view starts filling over several event-loop turns
    view = win.current_view()
    view.brief = replace(view.brief, ranking=rank(view.brief.sentences, "lexrank", view.brief.title))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[-1] is view.brief and shown[-1].algorithm == "lexrank"


def test_a_long_text_is_set_in_pieces_that_add_up_to_it(win, qtbot, tmp_path, monkeypatch):
    from desktop_app.ui.article_view import ArticleView

    monkeypatch.setattr(ArticleView, "TEXT_CHUNK", 60)  # so the small article takes several turns
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_A, encoding="utf-8")
    open_and_wait(win, qtbot, [path])
    view = win.current_view()
    assert view.article.toPlainText() == view.brief.article.body
    assert view.article.extraSelections()  # the summary sentences are highlighted over the whole text
