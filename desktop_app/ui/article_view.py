"""One open article: the text with summary sentences highlighted, the summary, the key facts."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPalette, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.brief import Brief
from ..core.facts import KIND_LABELS, Fact
from ..core.brief import fact_value_text, fact_where

MAX_FACT_ROWS = 200  # per kind: a book-length text can hold thousands; the exports keep them all
ROLE_INDEX = Qt.ItemDataRole.UserRole
ROLE_FACT = Qt.ItemDataRole.UserRole + 1


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


class ArticleView(QWidget):
    """Shows one Brief; edits (pins, drops, fact removal and edits) are applied to it in place."""

    changed = Signal()  # the brief's content on screen changed (edits)

    def __init__(self, brief: Brief, parent: QWidget | None = None, then: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.brief = brief
        self._updating = False
        self._steps: list[Callable[[ArticleView], None]] = []  # a fill under way (set_brief with ``then``)
        self._then: Callable[[], None] | None = None
        self._fill_timer = QTimer(self)  # a child: it goes with the view if the view is closed mid-fill
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._next_step)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setAccessibleName(self.tr("Article title"))
        self.meta = QLabel()
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)

        self.article = QPlainTextEdit()
        self.article.setReadOnly(True)
        self.article.setUndoRedoEnabled(False)  # a viewer: no undo history to hold a copy of a long text
        self.article.setAccessibleName(self.tr("Article text"))
        self.article.setToolTip(self.tr("The cleaned article; summary sentences are highlighted"))
        self.article.setAcceptDrops(False)
        self.article.viewport().setAcceptDrops(False)

        self.summary = QListWidget()
        self.summary.setWordWrap(True)
        self.summary.setAlternatingRowColors(True)
        self.summary.setAccessibleName(self.tr("Summary sentences"))
        self.summary.setToolTip(self.tr("Click a sentence to find it in the article; right-click to pin or drop it"))
        self.summary.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.summary.customContextMenuRequested.connect(self._on_summary_menu)
        self.summary.currentItemChanged.connect(self._on_summary_current)
        self.summary.setAcceptDrops(False)
        self.summary.viewport().setAcceptDrops(False)
        self.summary.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.pin_button = QPushButton(self.tr("Pin"))
        self.pin_button.setToolTip(self.tr("Keep this sentence in the summary whatever the length"))
        self.pin_button.clicked.connect(self.toggle_pin)
        self.drop_button = QPushButton(self.tr("Drop"))
        self.drop_button.setToolTip(self.tr("Take this sentence out of the summary (Delete)"))
        self.drop_button.clicked.connect(self.drop_current)
        self.reset_button = QPushButton(self.tr("Reset edits"))
        self.reset_button.setToolTip(self.tr("Undo all pins, drops and fact edits"))
        self.reset_button.clicked.connect(self.reset_edits)

        self.facts = QTreeWidget()
        self.facts.setColumnCount(3)
        self.facts.setHeaderLabels([self.tr("Fact (verbatim)"), self.tr("Value"), self.tr("Who / where")])
        self.facts.setAccessibleName(self.tr("Key facts"))
        self.facts.setToolTip(self.tr("Click a fact to find it; double-click its value to edit; Delete removes it"))
        self.facts.setAlternatingRowColors(True)
        self.facts.itemClicked.connect(self._on_fact_clicked)
        self.facts.currentItemChanged.connect(lambda cur, _prev: self._on_fact_clicked(cur, 0) if cur else None)
        self.facts.itemChanged.connect(self._on_fact_edited)
        self.facts.setAcceptDrops(False)
        self.facts.viewport().setAcceptDrops(False)
        self.facts.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.facts.customContextMenuRequested.connect(self._on_fact_menu)
        self.remove_fact_button = QPushButton(self.tr("Remove fact"))
        self.remove_fact_button.setToolTip(self.tr("Leave this fact out of the panel and the exports (Delete)"))
        self.remove_fact_button.clicked.connect(self.remove_current_fact)

        for w, seq in ((self.summary, self.drop_current), (self.facts, self.remove_current_fact)):
            sc = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), w)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(seq)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.title)
        ll.addWidget(self.meta)
        ll.addWidget(self.article, 1)

        summary_box = QWidget()
        sl = QVBoxLayout(summary_box)
        sl.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel()
        sl.addWidget(self.summary_label)
        sl.addWidget(self.summary, 1)
        row = QHBoxLayout()
        row.addWidget(self.pin_button)
        row.addWidget(self.drop_button)
        row.addStretch(1)
        row.addWidget(self.reset_button)
        sl.addLayout(row)

        facts_box = QWidget()
        fl = QVBoxLayout(facts_box)
        fl.setContentsMargins(0, 0, 0, 0)
        self.facts_label = QLabel(self.tr("Key facts"))
        fl.addWidget(self.facts_label)
        fl.addWidget(self.facts, 1)
        frow = QHBoxLayout()
        frow.addStretch(1)
        frow.addWidget(self.remove_fact_button)
        fl.addLayout(frow)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(summary_box)
        self.right_splitter.addWidget(facts_box)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 520])  # until the user's own sizes are restored
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.splitter)

        self.set_brief(brief, then)

    # --- filling ------------------------------------------------------------------------------

    def set_brief(self, brief: Brief, then: Callable[[], None] | None = None) -> None:
        """Show ``brief`` (after a new ranking or reference date).

        With ``then``, the filling is spread over several turns of the event loop and ``then`` is called
        at the end: a book-length article costs tens of milliseconds to lay out, which in one piece would
        freeze the window that long.
        """
        self._fill_timer.stop()
        superseded, self._then, self._steps = self._then, None, []
        self.brief = brief
        self.title.setText(brief.title)
        if then is None:
            self.article.setPlainText(brief.article.body)
            self.refresh()
        else:
            # Plain functions and the caller's callback only: nothing here refers back to the view, so a view
            # closed half-filled leaves no reference cycle for Python's GC to collect (maybe on a worker thread).
            self._steps = [ArticleView._fill_meta, ArticleView._fill_summary, ArticleView._set_text,
                           ArticleView._fill_facts, ArticleView._highlight]
            self._then = then
            self._next_step()
        if superseded is not None:  # an earlier fill was still under way: its caller is told it is over
            superseded()

    def _next_step(self) -> None:
        if self._steps:
            self._steps.pop(0)(self)
        if self._steps:
            self._fill_timer.start()  # the next step after the window has repainted
            return
        then, self._then = self._then, None
        if then is not None:
            then()

    TEXT_CHUNK = 400_000  # characters set per event-loop turn: ~10 ms each, so a 10 MB text never freezes the window

    def _set_text(self) -> None:
        self.article.setPlainText("")
        self._text_pos = 0
        self._append_text()

    def _append_text(self) -> None:
        """The next piece of the text, up to a line break; the pieces add up to ``setPlainText(body)``."""
        body = self.brief.article.body
        pos = self._text_pos
        cut = self._chunk_end(body, pos)
        cursor = QTextCursor(self.article.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(body[pos:cut])
        if cut < len(body):
            self._text_pos = cut
            self._steps.insert(0, ArticleView._append_text)

    @classmethod
    def _chunk_end(cls, body: str, pos: int) -> int:
        if len(body) - pos <= cls.TEXT_CHUNK:
            return len(body)
        cut = body.find("\n", pos + cls.TEXT_CHUNK)
        return len(body) if cut < 0 else cut

    def refresh(self) -> None:
        """Re-read summary and facts from the brief (after length or edit changes)."""
        self._fill_meta()
        self._fill_summary()
        self._fill_facts()
        self._highlight()

    def _fill_meta(self) -> None:
        b = self.brief
        meta = [b.source_name]
        if b.article.dateline:
            meta.append(b.article.dateline)
        if b.reference_date:
            src = self.tr("article date") if b.reference_source == "article" else self.tr("reference date")
            meta.append(f"{src} {b.reference_date.isoformat()} ({b.reference_date.strftime('%A')})")
        else:
            meta.append(self.tr("no reference date: relative dates unresolved"))
        if b.article.removed:
            meta.append(self.tr("%n line(s) of boilerplate removed", "", len(b.article.removed)))
        self.meta.setText(" · ".join(meta))
        self.meta.setToolTip("\n".join(f"{r}: {t}" for t, r in b.article.removed) or "")

    def _fill_summary(self) -> None:
        b = self.brief
        current = self.current_summary_index()
        self.summary.clear()
        for s in b.summary():
            pinned = s.index in b.pinned
            item = QListWidgetItem(("📌 " if pinned else "") + s.text)
            item.setData(ROLE_INDEX, s.index)
            item.setToolTip(self.tr("Score %1 · sentence %2%3").replace("%1", f"{s.score:.4f}")
                            .replace("%2", str(s.index + 1)).replace("%3", self.tr(" · pinned") if pinned else ""))
            self.summary.addItem(item)
            if s.index == current:
                self.summary.setCurrentItem(item)
        n = len(b.sentences)
        self.summary_label.setText(self.tr("Summary: %1 of %2 sentences").replace("%1", str(self.summary.count()))
                                   .replace("%2", str(n)))

    def _fill_facts(self) -> None:
        self._updating = True
        self.facts.clear()
        for kind, facts in self.brief.facts_by_kind():
            top = QTreeWidgetItem([f"{KIND_LABELS.get(kind, kind.title())} ({len(facts)})"])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.facts.addTopLevelItem(top)
            for f in facts[:MAX_FACT_ROWS]:
                item = QTreeWidgetItem([f.text, f.attrs.get("display") or fact_value_text(f), fact_where(f)])
                item.setData(0, ROLE_FACT, id(f))
                item.setToolTip(0, self.brief.sentences[f.sentence_index].text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
                top.addChild(item)
            if len(facts) > MAX_FACT_ROWS:
                more = QTreeWidgetItem([self.tr("… %n more (in the exports)", "", len(facts) - MAX_FACT_ROWS)])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(more)
            top.setExpanded(True)
        self.facts.setColumnWidth(0, 190)
        self.facts.setColumnWidth(1, 150)
        self.facts_label.setText(self.tr("Key facts (%1)").replace("%1", str(len(self.brief.key_facts()))))
        self._updating = False

    def _highlight(self, mark: tuple[int, int] | None = None) -> None:
        dark = _is_dark(self)
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(QColor("#5a4a00" if dark else "#fff3b0")))
        sels = []
        for i in self.brief.summary_indices():
            s = self.brief.sentences[i]
            sel = QTextEdit.ExtraSelection()
            cur = QTextCursor(self.article.document())
            cur.setPosition(s.start)
            cur.setPosition(s.end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            sel.format = fmt
            sels.append(sel)
        if mark:
            mfmt = QTextCharFormat()
            mfmt.setBackground(QBrush(QColor("#8a3b00" if dark else "#ffb347")))
            sel = QTextEdit.ExtraSelection()
            cur = QTextCursor(self.article.document())
            cur.setPosition(mark[0])
            cur.setPosition(mark[1], QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            sel.format = mfmt
            sels.append(sel)
        self.article.setExtraSelections(sels)

    # --- navigation ---------------------------------------------------------------------------

    def show_span(self, start: int, end: int) -> None:
        """Scroll the article to a span and mark it."""
        cur = QTextCursor(self.article.document())
        cur.setPosition(start)
        self.article.setTextCursor(cur)
        self.article.centerCursor()
        self._highlight((start, end))

    def current_summary_index(self) -> int | None:
        item = self.summary.currentItem()
        return item.data(ROLE_INDEX) if item else None

    def _on_summary_current(self, item: QListWidgetItem | None, _prev=None) -> None:
        if item is None:
            return
        s = self.brief.sentences[item.data(ROLE_INDEX)]
        self.show_span(s.start, s.end)

    def _fact_for(self, item: QTreeWidgetItem | None) -> Fact | None:
        if item is None:
            return None
        fid = item.data(0, ROLE_FACT)
        return next((f for f in self.brief.facts if id(f) == fid), None)

    def _on_fact_clicked(self, item: QTreeWidgetItem, _col: int) -> None:
        f = self._fact_for(item)
        if f is None:
            return
        s = self.brief.sentences[f.sentence_index]
        self.show_span(s.start + f.start, s.start + f.end)

    # --- curation -----------------------------------------------------------------------------

    def toggle_pin(self) -> None:
        idx = self.current_summary_index()
        if idx is None:
            return
        if idx in self.brief.pinned:
            self.brief.pinned.discard(idx)
        else:
            self.brief.pinned.add(idx)
            self.brief.dropped.discard(idx)
        self.refresh()
        self.changed.emit()

    def drop_current(self) -> None:
        idx = self.current_summary_index()
        if idx is None:
            return
        self.brief.pinned.discard(idx)
        self.brief.dropped.add(idx)
        self.refresh()
        self.changed.emit()

    def remove_current_fact(self) -> None:
        f = self._fact_for(self.facts.currentItem())
        if f is None:
            return
        self.remove_fact(f)

    def remove_fact(self, fact: Fact) -> None:
        self.brief.facts = [f for f in self.brief.facts if f is not fact]
        self.brief.removed_facts.append(fact)
        self.refresh()
        self.changed.emit()

    def reset_edits(self) -> None:
        self.brief.pinned.clear()
        self.brief.dropped.clear()
        for f in self.brief.removed_facts:
            self.brief.facts.append(f)
        self.brief.removed_facts.clear()
        for f in self.brief.facts:
            f.attrs.pop("display", None)
        order = {k: i for i, k in enumerate(KIND_LABELS)}
        self.brief.facts.sort(key=lambda f: (order.get(f.kind, 99), f.sentence_index, f.start))
        self.refresh()
        self.changed.emit()

    def _on_fact_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating:
            return
        f = self._fact_for(item)
        if f is None:
            return
        text = item.text(column).strip()
        self._updating = True
        if column == 1:
            if text and text != fact_value_text(f):
                f.attrs["display"] = text
            else:
                f.attrs.pop("display", None)
        else:
            item.setText(column, f.text if column == 0 else fact_where(f))  # verbatim words stay verbatim
        self._updating = False
        self.changed.emit()

    def _on_summary_menu(self, pos) -> None:
        item = self.summary.itemAt(pos)
        if item is None:
            return
        self.summary.setCurrentItem(item)
        menu = QMenu(self)
        idx = item.data(ROLE_INDEX)
        menu.addAction(self.tr("Unpin") if idx in self.brief.pinned else self.tr("Pin"), self.toggle_pin)
        menu.addAction(self.tr("Drop from summary"), self.drop_current)
        menu.popup(self.summary.viewport().mapToGlobal(pos))

    def _on_fact_menu(self, pos) -> None:
        item = self.facts.itemAt(pos)
        f = self._fact_for(item)
        if f is None:
            return
        self.facts.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Edit value"), lambda: self.facts.editItem(item, 1))
        menu.addAction(self.tr("Remove fact"), self.remove_current_fact)
        menu.popup(self.facts.viewport().mapToGlobal(pos))
