"""The one Brief model: what the window shows, the PDF renders and the JSON export writes."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from typing import Any, Callable

from .. import APP_NAME, __version__
from .clean import CleanArticle, clean_article
from .facts import KIND_LABELS, KIND_ORDER, Fact, extract_facts
from .loader import LoadedText
from .sentences import Sentence, split_sentences
from .summarize import DEFAULT_ALGORITHM, DEFAULT_SENTENCES, Ranking, SummarySentence, normalize_algorithm, rank, resolve_length
from .timex import find_reference_date


@dataclass
class Brief:
    """An article's summary and key facts, with the user's edits."""

    title: str
    source_path: str | None
    sha256: str
    article: CleanArticle
    sentences: list[Sentence]
    ranking: Ranking
    facts: list[Fact]
    length: int = DEFAULT_SENTENCES
    ratio: float | None = None
    reference_date: date | None = None
    reference_source: str | None = None  # "article", "user" or None
    article_date: date | None = None
    pinned: set[int] = field(default_factory=set)
    dropped: set[int] = field(default_factory=set)
    removed_facts: list[Fact] = field(default_factory=list)
    encoding: str = "utf-8"
    banner: str = ""
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def algorithm(self) -> str:
        return self.ranking.algorithm

    @property
    def source_name(self) -> str:
        return os.path.basename(self.source_path) if self.source_path else "pasted text"

    @property
    def count(self) -> int:
        """How many sentences the summary has before the user's pins and drops."""
        if self.ratio is not None:
            return resolve_length(len(self.sentences), ratio=self.ratio)
        return min(self.length, len(self.sentences))

    def summary_indices(self) -> list[int]:
        """Indices of the summary sentences (article order), honouring pins and drops."""
        picked = [i for i in sorted(self.pinned) if 0 <= i < len(self.sentences)]
        need = self.count - len(picked)
        for i in self.ranking.order:
            if need <= 0:
                break
            if i in self.dropped or i in self.pinned:
                continue
            picked.append(i)
            need -= 1
        return sorted(picked)

    def summary(self) -> list[SummarySentence]:
        return [SummarySentence(self.sentences[i].text, i, self.ranking.scores[i]) for i in self.summary_indices()]

    def lead_sentence(self) -> SummarySentence | None:
        """The bottom line up front: the best-ranked sentence of the summary."""
        chosen = set(self.summary_indices())
        for i in self.ranking.order:
            if i in chosen:
                return SummarySentence(self.sentences[i].text, i, self.ranking.scores[i])
        return None

    def key_facts(self) -> list[Fact]:
        """Facts shown in the panel and exported (dates like "now" are left out)."""
        return [f for f in self.facts if f.attrs.get("key", True) is not False]

    def facts_by_kind(self) -> list[tuple[str, list[Fact]]]:
        groups: dict[str, list[Fact]] = {}
        for f in self.key_facts():
            groups.setdefault(f.kind, []).append(f)
        order = {k: i for i, k in enumerate(KIND_ORDER)}
        return sorted(groups.items(), key=lambda kv: order.get(kv[0], 99))

    def with_reference_date(self, ref: date | None, source: str | None = "user") -> Brief:
        """A copy whose dates are re-resolved against ``ref`` (other facts and edits kept)."""
        from .timex import date_facts

        kept = [f for f in self.facts if f.kind != "date"]
        dates = date_facts(self.sentences, ref)
        order = {k: i for i, k in enumerate(KIND_ORDER)}
        facts = sorted(kept + dates, key=lambda f: (order.get(f.kind, 99), f.sentence_index, f.start))
        return replace(self, facts=facts, reference_date=ref, reference_source=source if ref else None)

    def to_json(self) -> dict[str, Any]:
        """The brief as the JSON contract of ``brief --json``."""
        return {
            "title": self.title,
            "title_derived": self.article.title_derived,
            "dateline": self.article.dateline,
            "byline": self.article.byline,
            "source": {"path": self.source_path, "sha256": self.sha256, "encoding": self.encoding},
            "reference_date": self.reference_date.isoformat() if self.reference_date else None,
            "reference_date_source": self.reference_source,
            "algorithm": self.algorithm,
            "sentence_count": len(self.sentences),
            "summary": [{"text": s.text, "index": s.index, "score": round(s.score, 6)} for s in self.summary()],
            "facts": [f.to_json(self.sentences) for f in self.facts],
            "removed": [{"text": t, "reason": r} for t, r in self.article.removed],
            "generator": f"{APP_NAME} {__version__}",
        }

    def to_markdown(self) -> str:
        """The brief as Markdown (what the window's "Copy as Markdown" puts on the clipboard)."""
        lines = [f"# {self.title}", ""]
        meta = [self.source_name]
        if self.article.dateline:
            meta.append(self.article.dateline)
        if self.reference_date:
            meta.append(f"dated {self.reference_date.isoformat()}")
        lines += ["*" + " · ".join(meta) + "*", "", "## Summary", ""]
        lines += [f"- {s.text}" for s in self.summary()]
        for kind, facts in self.facts_by_kind():
            lines += ["", f"## {KIND_LABELS.get(kind, kind.title())}", ""]
            lines += [f"- {fact_label(f)}" for f in facts]
        return "\n".join(lines) + "\n"


def fact_label(f: Fact) -> str:
    """One line for a fact: its words, its normalised value, and whose or where."""
    where = fact_where(f)
    return f"{f.text} = {fact_value_text(f)}" + (f" ({where})" if where else "")


def fact_value_text(f: Fact) -> str:
    """The normalised value of a fact as shown in the panel and the PDF (a user edit wins)."""
    a = f.attrs
    if a.get("display"):
        return str(a["display"])
    if f.kind == "distance":
        if "km_max" in a:
            return f"{a['km']:g}–{a['km_max']:g} km / {a['miles']:g}–{a['miles_max']:g} mi"
        if a["km"] < 1:  # "43 metres": metres and feet read better than 0.043 km
            return f"{a['km'] * 1000:.3g} m / {a['miles'] * 5280:.3g} ft"
        return f"{a['km']:g} km / {a['miles']:g} mi"
    if f.kind == "date":
        if a.get("day"):
            return f"{f.value} ({a.get('weekday', '')[:3]})"
        return str(f.value) if f.value else "unresolved"
    if f.kind in ("troops", "casualties"):
        if isinstance(f.value, (int, float)):
            v = f"{f.value:,}"
        elif a.get("min") is not None:
            v = f"{a['min']:,}–{a['max']:,}" if a.get("max") else f"{a['min']:,}+"
        else:
            v = "?"
        if a.get("approx"):
            v = "~" + v
        if f.kind == "casualties" and a.get("outcome"):
            v += f" {a['outcome']}"
        return v
    return str(f.value) if f.value is not None else ""


def fact_where(f: Fact) -> str:
    """Whose troops, or which place a distance relates to."""
    a = f.attrs
    bits = []
    if a.get("side"):
        bits.append(str(a["side"]))
    if a.get("place"):
        bits.append(f"{a.get('relation', '')} {a['place']}".strip())
    return "; ".join(bits)


def build_brief(
    loaded: LoadedText,
    algorithm: str = DEFAULT_ALGORITHM,
    sentences: int | None = None,
    ratio: float | None = None,
    reference_date: date | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> Brief:
    """Run the whole pipeline on loaded text; ``progress(percent, stage)`` is called between stages."""
    report = progress or (lambda _p, _s: None)
    report(10, "cleaning")
    article = clean_article(loaded.text)
    report(20, "splitting sentences")
    sents = split_sentences(article.paragraphs)
    algorithm = normalize_algorithm(algorithm)
    article_date = find_reference_date(article.published, article.dateline)
    if reference_date is not None:
        ref, src = reference_date, "user"
    elif article_date is not None:
        ref, src = article_date, "article"
    else:
        ref, src = None, None
    report(35, "finding key facts")
    facts = extract_facts(sents, ref)
    report(65, "ranking sentences")
    ranking = rank(sents, algorithm, article.title, facts=facts)
    report(100, "done")
    return Brief(
        title=article.title,
        source_path=loaded.path,
        sha256=loaded.sha256,
        article=article,
        sentences=sents,
        ranking=ranking,
        facts=facts,
        length=DEFAULT_SENTENCES if sentences is None else max(0, sentences),
        ratio=ratio,
        reference_date=ref,
        reference_source=src,
        article_date=article_date,
        encoding=loaded.encoding,
    )
