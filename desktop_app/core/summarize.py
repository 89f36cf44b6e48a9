"""Rank sentences with sumy's algorithms (or our news-aware default) and pick a summary.

Every algorithm produces a full ranking once (a score per sentence and a priority order), so a
different summary length is a cheap re-selection, not a re-run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from .errors import InputError
from .sentences import OfflineTokenizer, Sentence

DEFAULT_ALGORITHM = "news"
DEFAULT_SENTENCES = 5

#: name -> readable label, in the order the UI lists them.
ALGORITHMS: dict[str, str] = {
    "news": "News (lead-aware, default)",
    "lexrank": "LexRank",
    "textrank": "TextRank",
    "lsa": "LSA",
    "luhn": "Luhn",
    "edmundson": "Edmundson",
    "sumbasic": "SumBasic",
    "kl": "KL-Sum",
    "reduction": "Reduction",
}


@dataclass(frozen=True)
class Ranking:
    """Scores for every sentence and the order in which the algorithm would pick them."""

    algorithm: str
    scores: tuple[float, ...]
    order: tuple[int, ...]  # sentence indices, best first

    def select(self, count: int) -> list[int]:
        """Indices of the best ``count`` sentences, in article order."""
        count = max(0, min(count, len(self.order)))
        return sorted(self.order[:count])


@dataclass(frozen=True)
class SummarySentence:
    """A summary sentence: its text, its index among the article's sentences, its score."""

    text: str
    index: int
    score: float


def resolve_length(n_sentences: int, sentences: int | None = None, ratio: float | None = None) -> int:
    """How many sentences a summary of ``n_sentences`` gets for a count or a ratio (0-1 or percent)."""
    if ratio is not None:
        r = ratio / 100.0 if ratio > 1 else ratio
        if not (0 < r <= 1):
            raise InputError(f"the ratio must be between 0 and 1 (or 1-100 %), not {ratio}")
        return max(1, min(n_sentences, math.ceil(r * n_sentences))) if n_sentences else 0
    count = DEFAULT_SENTENCES if sentences is None else sentences
    if count < 0:
        raise InputError(f"the number of sentences must be positive, not {count}")
    return min(count, n_sentences)


def normalize_algorithm(name: str | None) -> str:
    """Canonical algorithm name; accepts a few common spellings."""
    if not name:
        return DEFAULT_ALGORITHM
    key = name.strip().lower().replace("-", "").replace("_", "").replace(" ", "")
    aliases = {"default": "news", "lex": "lexrank", "text": "textrank", "klsum": "kl", "sum": "sumbasic"}
    key = aliases.get(key, key)
    if key not in ALGORITHMS:
        raise InputError(f"unknown algorithm {name!r} (choose from: {', '.join(ALGORITHMS)})")
    return key


@lru_cache(maxsize=4)
def stop_words(language: str = "english") -> frozenset[str]:
    """sumy's stop-word list (shipped inside sumy, no download)."""
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words(language))


@lru_cache(maxsize=4)
def _stemmer(language: str = "english") -> Callable[[str], str]:
    from sumy.nlp.stemmers import Stemmer

    return Stemmer(language)


def _sumy_document(sentences: Sequence[Sentence], title: str, tokenizer: OfflineTokenizer):
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    paragraphs = []
    if title:
        paragraphs.append(Paragraph([SumySentence(title, tokenizer, is_heading=True)]))
    cur: list = []
    cur_par = None
    for s in sentences:
        if cur_par is not None and s.paragraph != cur_par and cur:
            paragraphs.append(Paragraph(cur))
            cur = []
        cur_par = s.paragraph
        cur.append(SumySentence(s.text, tokenizer))
    if cur:
        paragraphs.append(Paragraph(cur))
    return ObjectDocumentModel(paragraphs)


def _stock_summarizer(name: str, language: str, title: str):
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "edmundson": EdmundsonSummarizer,
        "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer,
        "reduction": ReductionSummarizer,
    }
    summ = classes[name](_stemmer(language))
    sw = stop_words(language)
    if name == "edmundson":
        from .fast_freq import STIGMA_WORDS, edmundson_bonus_words

        summ.null_words = sw
        summ.bonus_words = edmundson_bonus_words(title, language)
        summ.stigma_words = list(STIGMA_WORDS)
    else:
        summ.stop_words = sw
    return summ


def stock_scores(name: str, sentences: Sequence[Sentence], title: str = "", language: str = "english") -> list[float]:
    """Run stock sumy's ``name`` algorithm and return its rating of every sentence (article order)."""
    tokenizer = OfflineTokenizer(language)
    document = _sumy_document(sentences, title, tokenizer)
    summ = _stock_summarizer(name, language, title)
    captured: list[float] = []

    def capture(doc_sentences, count, rating, *args, **kwargs):  # replaces the staticmethod on this instance
        if isinstance(rating, dict):
            captured.extend(float(rating[s]) for s in doc_sentences)
        else:
            captured.extend(float(rating(s, *args, **kwargs)) for s in doc_sentences)
        return ()

    summ._get_best_sentences = capture
    summ(document, len(sentences))
    if len(captured) != len(sentences):  # pragma: no cover - guards sumy internals changing
        raise RuntimeError(f"sumy {name} rated {len(captured)} of {len(sentences)} sentences")
    return captured


def _order_from_scores(scores: Sequence[float]) -> tuple[int, ...]:
    # sumy sorts by rating, stable on document order for ties.
    return tuple(sorted(range(len(scores)), key=lambda i: (-scores[i], i)))


#: Every algorithm runs as our fast implementation, which gives the ratings stock sumy gives
#: (fast.py, fast_freq.py; benchmarks/agreement.py counts identical selections on the BBC set).
#: Sentence counts above which an algorithm would take too long or too much memory: the graph
#: algorithms hold an n x n matrix, SumBasic and KL-Sum re-score every sentence after each pick.
#: The news default switches to a linear centrality above 8,000 sentences; Luhn, Edmundson and LSA are linear.
LIMITS = {"lexrank": 8000, "textrank": 8000, "reduction": 8000, "sumbasic": 8000, "kl": 8000}


def check_length(algorithm: str, n_sentences: int) -> None:
    """Raise InputError, with what to do instead, when ``algorithm`` cannot handle this many sentences."""
    limit = LIMITS.get(algorithm)
    if limit is not None and n_sentences > limit:
        fit = [ALGORITHMS[a].split(" (")[0] for a in ALGORITHMS if LIMITS.get(a, n_sentences) >= n_sentences]
        hint = f"choose {', '.join(fit)}" if fit else "split the document"
        raise InputError(f"{ALGORITHMS[algorithm]} would take too long on {n_sentences:,} sentences "
                         f"(its limit is {limit:,}); {hint}")


def rank(
    sentences: Sequence[Sentence], algorithm: str = DEFAULT_ALGORITHM, title: str = "", language: str = "english",
    facts: Sequence | None = None,
) -> Ranking:
    """Rank every sentence with ``algorithm``."""
    algorithm = normalize_algorithm(algorithm)
    if not sentences:
        return Ranking(algorithm, (), ())
    check_length(algorithm, len(sentences))
    if algorithm == "news":
        from .news_rank import news_ranking

        scores, order = news_ranking(sentences, title, language, facts)
        return Ranking(algorithm, tuple(scores), tuple(order))
    scores = fast_scores(algorithm, sentences, title, language)
    return Ranking(algorithm, tuple(scores), _order_from_scores(scores))


def fast_scores(algorithm: str, sentences: Sequence[Sentence], title: str = "", language: str = "english"
                ) -> list[float]:
    """Our implementation of sumy's ``algorithm``: the ratings stock sumy gives, computed fast."""
    from . import fast, fast_freq

    if algorithm == "lexrank":
        return fast.lexrank_scores(sentences, language)
    if algorithm == "textrank":
        return fast.textrank_scores(sentences, language)
    if algorithm == "reduction":
        return fast.reduction_scores(sentences, language)
    if algorithm == "sumbasic":
        return fast_freq.sumbasic_scores(sentences, language)
    if algorithm == "kl":
        return fast_freq.kl_scores(sentences, language)
    fn = {"luhn": fast_freq.luhn_scores, "edmundson": fast_freq.edmundson_scores, "lsa": fast_freq.lsa_scores}
    return fn[algorithm](sentences, title, language)


def summarize(
    sentences: Sequence[Sentence],
    count: int = DEFAULT_SENTENCES,
    algorithm: str = DEFAULT_ALGORITHM,
    title: str = "",
) -> list[SummarySentence]:
    """The ``count`` best sentences in article order, each with its index and score."""
    ranking = rank(sentences, algorithm, title)
    return [SummarySentence(sentences[i].text, i, ranking.scores[i]) for i in ranking.select(count)]
