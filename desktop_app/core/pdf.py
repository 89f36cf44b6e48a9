"""Render a Brief as a one-page PDF (ReportLab platypus, embedded DejaVu fonts, atomic write)."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from xml.sax.saxutils import escape

from .. import APP_NAME, __version__
from .atomic import atomic_write_bytes
from .brief import Brief, fact_value_text, fact_where
from .errors import OutputError
from .facts import KIND_LABELS, Fact
from .resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MAX_TITLE = 300
_SCALES = (1.0, 0.94, 0.88, 0.82, 0.77, 0.72)  # 10 pt down to 7.2 pt body text


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the bundled TTFs once (they are embedded, subset, in every PDF)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, name)


def dtg(when: datetime) -> str:
    """Military date-time group, e.g. ``241012Z NOV 26``."""
    w = when.astimezone(timezone.utc)
    return w.strftime("%d%H%MZ %b %y").upper()


def _esc(text: str) -> str:
    return escape(text, {'"': "&quot;"})


@dataclass
class _Plan:
    scale: float
    summary: list
    facts: list[Fact]
    omitted_summary: int
    omitted_facts: int


def _fact_priority(brief: Brief) -> list[Fact]:
    """Facts in the order they are dropped last-first: numbers before dates, summary sentences first."""
    chosen = set(brief.summary_indices())
    rank = {"troops": 0, "casualties": 1, "distance": 2, "date": 3}
    facts = brief.key_facts()
    return sorted(facts, key=lambda f: (f.sentence_index not in chosen, rank.get(f.kind, 4), f.sentence_index, f.start))


def _styles(scale: float):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    base = 10 * scale
    return {
        "title": ParagraphStyle("t", fontName=FONT_BOLD, fontSize=base * 1.55, leading=base * 1.85, spaceAfter=2),
        "meta": ParagraphStyle("m", fontName=FONT, fontSize=base * 0.82, leading=base * 1.05,
                               textColor=colors.HexColor("#444444"), spaceAfter=base * 0.6),
        "h": ParagraphStyle("h", fontName=FONT_BOLD, fontSize=base * 1.1, leading=base * 1.35,
                            spaceBefore=base * 0.7, spaceAfter=base * 0.3, textColor=colors.HexColor("#1f3a5f")),
        "bluf": ParagraphStyle("b", fontName=FONT, fontSize=base, leading=base * 1.3, borderPadding=base * 0.5,
                               backColor=colors.HexColor("#eef2f7"), borderColor=colors.HexColor("#1f3a5f"),
                               borderWidth=0.6, spaceBefore=base * 0.4, spaceAfter=base * 0.6),
        "bullet": ParagraphStyle("u", fontName=FONT, fontSize=base, leading=base * 1.28, leftIndent=base * 1.2, bulletFontName=FONT, bulletFontSize=base,
                                 bulletIndent=base * 0.2, spaceAfter=base * 0.25),
        "cell": ParagraphStyle("c", fontName=FONT, fontSize=base * 0.86, leading=base * 1.05),
        "cellb": ParagraphStyle("cb", fontName=FONT_BOLD, fontSize=base * 0.86, leading=base * 1.05),
        "note": ParagraphStyle("n", fontName=FONT, fontSize=base * 0.8, leading=base, textColor=colors.HexColor("#666666"),
                               spaceBefore=base * 0.3),
    }


def _story(brief: Brief, plan: _Plan, width: float):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = _styles(plan.scale)
    title = brief.title if len(brief.title) <= MAX_TITLE else brief.title[: MAX_TITLE - 1].rstrip() + "…"
    meta = [brief.source_name]
    if brief.article.dateline:
        meta.append(brief.article.dateline)
    if brief.reference_date:
        label = "article dated" if brief.reference_source == "article" else "reference date"
        meta.append(f"{label} {brief.reference_date.isoformat()}")
    meta.append(f"brief {dtg(brief.created)}")
    story = [Paragraph(_esc(title), st["title"]), Paragraph(_esc(" · ".join(meta)), st["meta"])]
    lead = brief.lead_sentence()
    if lead is not None and plan.summary:
        story.append(Paragraph("<b>Bottom line:</b> " + _esc(lead.text), st["bluf"]))
    story.append(Paragraph("Summary", st["h"]))
    if plan.summary:
        for s in plan.summary:
            story.append(Paragraph(_esc(s.text), st["bullet"], bulletText="•"))
    else:
        story.append(Paragraph("No summary sentences.", st["note"]))
    if plan.omitted_summary:
        story.append(Paragraph(f"{plan.omitted_summary} more summary sentences omitted to fit one page.", st["note"]))
    story.append(Paragraph("Key facts", st["h"]))
    if plan.facts:
        by_kind: dict[str, list[Fact]] = {}
        for f in plan.facts:
            by_kind.setdefault(f.kind, []).append(f)
        order = [k for k in ("troops", "casualties", "distance", "date") if k in by_kind] + [
            k for k in by_kind if k not in ("troops", "casualties", "distance", "date")]
        rows = [[Paragraph("Kind", st["cellb"]), Paragraph("Verbatim", st["cellb"]),
                 Paragraph("Value", st["cellb"]), Paragraph("Who / where", st["cellb"]), Paragraph("Sent.", st["cellb"])]]
        spans = []
        for kind in order:
            first = len(rows)
            for f in sorted(by_kind[kind], key=lambda x: (x.sentence_index, x.start)):
                rows.append([
                    Paragraph(_esc(KIND_LABELS.get(kind, kind.title())) if len(rows) == first else "", st["cellb"]),
                    Paragraph(_esc(f.text), st["cell"]),
                    Paragraph(_esc(fact_value_text(f)), st["cell"]),
                    Paragraph(_esc(fact_where(f)), st["cell"]),
                    Paragraph(str(f.sentence_index + 1), st["cell"]),
                ])
            spans.append((first, len(rows) - 1))
        table = Table(rows, colWidths=[width * 0.13, width * 0.34, width * 0.2, width * 0.25, width * 0.08], repeatRows=0)
        style = [
            ("FONT", (0, 0), (-1, -1), FONT, 8 * plan.scale),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1f3a5f")),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5 * plan.scale),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * plan.scale),
        ]
        for a, _last in spans[1:]:
            style.append(("LINEABOVE", (0, a), (-1, a), 0.3, colors.HexColor("#999999")))
        table.setStyle(TableStyle(style))
        story.append(table)
    else:
        story.append(Paragraph("No key facts found.", st["note"]))
    if plan.omitted_facts:
        story.append(Paragraph(f"{plan.omitted_facts} more facts omitted to fit one page.", st["note"]))
    return story


def _fits(story, width: float, height: float) -> bool:
    total = 0.0
    for fl in story:
        _, h = fl.wrap(width, height)
        total += h + fl.getSpaceBefore() + fl.getSpaceAfter()
        if total > height:
            return False
    return True


MAX_FACT_ROWS = 150  # more rows than this never fit on a page, whatever the font size


def _largest(lo: int, hi: int, ok) -> int:
    """Largest n in [lo, hi] with ok(n) True, assuming ok is monotone (True then False); lo-1 if none."""
    best = lo - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if ok(mid):
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    return best


def _choose_plan(brief: Brief, width: float, height: float) -> _Plan:
    """Shrink the type first, then drop the lowest-ranked facts, then the lowest-ranked summary sentences."""
    summary = brief.summary()
    facts = _fact_priority(brief)
    for scale in _SCALES:
        plan = _Plan(scale, summary, facts[:MAX_FACT_ROWS], 0, max(0, len(facts) - MAX_FACT_ROWS))
        if len(facts) <= MAX_FACT_ROWS and _fits(_story(brief, plan, width), width, height):
            return plan
    scale = _SCALES[-1]

    def plan_for(n_facts: int, n_summary: int) -> _Plan:
        by_score = sorted(summary, key=lambda s: -s.score)
        keep = {s.index for s in by_score[:n_summary]}
        return _Plan(scale, [s for s in summary if s.index in keep], facts[:n_facts],
                     len(summary) - n_summary, len(facts) - n_facts)

    def fits(p: _Plan) -> bool:
        return _fits(_story(brief, p, width), width, height)

    n = _largest(0, min(len(facts), MAX_FACT_ROWS), lambda k: fits(plan_for(k, len(summary))))
    if n >= 0:
        return plan_for(n, len(summary))
    k = _largest(0, len(summary), lambda k: fits(plan_for(0, k)))
    return plan_for(0, max(k, 0))


def render_pdf_bytes(brief: Brief, pagesize=None) -> bytes:
    """The brief as PDF bytes: exactly one page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    pagesize = pagesize or A4
    pw, ph = pagesize
    margin = 15 * mm
    banner = (brief.banner or "").strip()
    top = margin + (7 * mm if banner else 0)
    bottom = margin + 8 * mm + (7 * mm if banner else 0)
    width, height = pw - 2 * margin, ph - top - bottom
    short_sha = brief.sha256[:12]

    def decorate(canvas, doc) -> None:
        from reportlab.lib import colors

        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(colors.HexColor("#555555"))
        y = margin + (7 * mm if banner else 0)
        canvas.line(margin, y + 4 * mm, pw - margin, y + 4 * mm)
        canvas.drawString(margin, y, f"Machine-extracted, verbatim from the source · SHA-256 {short_sha}… · "
                                     f"{APP_NAME} {__version__}")
        canvas.drawRightString(pw - margin, y, "Page 1 of 1")
        if banner:
            canvas.setFont(FONT_BOLD, 10)
            canvas.setFillColor(colors.HexColor("#b00020"))
            canvas.drawCentredString(pw / 2, ph - margin, banner[:120])
            canvas.drawCentredString(pw / 2, margin - 2 * mm, banner[:120])
        canvas.restoreState()

    plan = _choose_plan(brief, width, height)
    for _attempt in range(4):
        buf = io.BytesIO()
        doc = BaseDocTemplate(
            buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=top, bottomMargin=bottom,
            title=brief.title[:500], author=f"{APP_NAME} {__version__}", subject=f"Brief of {brief.source_name}",
            keywords=["news brief", "summary", "key facts", brief.algorithm], creator=f"{APP_NAME} {__version__}",
            initialFontName=FONT, initialFontSize=10, invariant=0,
        )
        doc.addPageTemplates([PageTemplate("page", [Frame(margin, bottom, width, height, id="f", leftPadding=0,
                                                          rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=decorate)])
        doc.build(_story(brief, plan, width))
        if doc.page == 1:
            return buf.getvalue()
        # The estimate was off (it never has been): drop a quarter of what is left and retry.
        keep = len(plan.facts) * 3 // 4
        plan = _Plan(plan.scale, plan.summary if plan.facts else plan.summary[: max(1, len(plan.summary) * 3 // 4)],
                     plan.facts[:keep], plan.omitted_summary, plan.omitted_facts + len(plan.facts) - keep)
    raise OutputError("the brief could not be laid out on one page")  # pragma: no cover


def write_pdf(brief: Brief, path: str | os.PathLike[str]) -> str:
    """Render and write the PDF atomically; return the path written."""
    data = render_pdf_bytes(brief)
    atomic_write_bytes(path, data)
    return str(path)
