"""The news-aware default ranker: centrality + a lead prior + sentence substance, then redundancy removal.

No training data. Centrality is sumy's Reduction and TextRank graph scores (vectorised in fast.py);
the lead prior reflects how news is written (the most important facts first); sentences holding a key
number (troops, casualties, distances) get a small bonus; quotes alone and "And/But" openers are damped.
The weights come from a grid (benchmarks/tune_news.py) on every fifth of 2,000 BBC articles and our 22
articles with hand-written highlights, and were then checked on articles written afterwards
(tests/blind2) and on the other BBC articles (benchmarks/summary_quality.py).
"""

from __future__ import annotations

import math
import re
from typing import Sequence

import numpy as np

from .sentences import Sentence, words

W_REDUCTION = 0.5
W_TEXTRANK = 1.0
W_LEAD = 0.5
LEAD_SCALE = 8.0  # prior = 1 / (1 + i / LEAD_SCALE): a gentle slope over the first paragraphs
W_LENGTH = 0.0  # a length term (words / LENGTH_CAP, capped at 1) measured no gain: off, kept for the grid
LENGTH_CAP = 25
W_FACT = 0.6  # a troop count or casualty figure; half of it for a distance
DEPENDENT = 0.75  # "And ...", "But ...": a sentence that leans on the one before it
_DEPENDENT = re.compile(r"^(?:And|But|So|Or|Yet|Also|Still|Then|Meanwhile)\b")
DUPLICATE = 0.7  # cosine above which a sentence repeats one already picked
DEDUP_HEAD = 300  # how many of the best sentences are checked for near-duplicates
DENSE_MAX = 8000  # above this many sentences the n x n graphs would need too much memory
_QUOTE_ONLY = re.compile(r"^[“\"‘'].*[”\"’']\s*$")


def cosine_rows(ids: list[list[int]], vocab_size: int) -> np.ndarray:
    """Unit-normalised TF-IDF rows as a dense float32 matrix over the words shared by two sentences or more."""
    n = len(ids)
    df = np.zeros(vocab_size, dtype=np.int64)
    for lst in ids:
        for w in set(lst):
            df[w] += 1
    shared = np.flatnonzero(df >= 2)
    remap = np.full(vocab_size, -1, dtype=np.int64)
    remap[shared] = np.arange(len(shared))
    idf = (np.log((n + 1) / (df + 1)) + 1.0).astype(np.float32)
    mat = np.zeros((n, max(1, len(shared))), dtype=np.float32)
    norms = np.zeros(n, dtype=np.float32)
    for r, lst in enumerate(ids):
        counts: dict[int, int] = {}
        for w in lst:
            counts[w] = counts.get(w, 0) + 1
        sq = 0.0
        for w, c in counts.items():
            val = (1.0 + math.log(c)) * idf[w]
            sq += val * val
            if remap[w] >= 0:
                mat[r, remap[w]] = val
        norms[r] = math.sqrt(sq) or 1.0
    mat /= norms[:, None]
    return mat


def news_features(sentences: Sequence[Sentence], title: str = "", language: str = "english",
                  facts: Sequence | None = None) -> dict:
    """The per-sentence signals the news ranker weighs (each scaled to 0..1), and the word ids for dedup."""
    from . import fast
    from .facts import troop_facts, distance_facts

    n = len(sentences)
    ids, vocab = fast.sumy_word_ids(sentences, language)
    if n <= DENSE_MAX:
        red_l, tr_l = fast.reduction_and_textrank(ids, vocab)
        red, tr = np.array(red_l), np.array(tr_l)
    else:  # too long for an n x n graph: word-frequency centrality, linear in the text
        red = tr = _frequency_centrality(ids, vocab)
    red = red / red.max() if red.max() > 0 else red
    tr = tr / tr.max() if tr.max() > 0 else tr
    n_words = np.array([len(words(s.text)) for s in sentences], dtype=np.float64)
    if facts is None:
        facts = troop_facts(sentences) + distance_facts(sentences)
    fact = np.zeros(n)
    for f in facts:
        if f.kind == "distance":
            fact[f.sentence_index] = max(fact[f.sentence_index], 0.5)
        elif f.kind in ("troops", "casualties"):
            fact[f.sentence_index] = 1.0
    quote = np.array([bool(_QUOTE_ONLY.match(s.text)) for s in sentences])
    dependent = np.array([bool(_DEPENDENT.match(s.text)) for s in sentences])
    return {"red": red, "tr": tr, "n_words": n_words, "fact": fact, "quote": quote, "dependent": dependent,
            "ids": ids, "vocab": vocab}


def news_scores(feat: dict, w_red: float = W_REDUCTION, w_tr: float = W_TEXTRANK, w_lead: float = W_LEAD,
                lead_scale: float = LEAD_SCALE, w_length: float = W_LENGTH, length_cap: float = LENGTH_CAP,
                w_fact: float = W_FACT, w_first: float = 0.0) -> np.ndarray:
    """The weighted score of every sentence (before redundancy removal)."""
    n = len(feat["red"])
    idx = np.arange(n, dtype=np.float64)
    lead = 1.0 / (1.0 + idx / lead_scale)
    first = (idx == 0).astype(np.float64)
    length = np.minimum(feat["n_words"] / length_cap, 1.0)
    damp = np.where(feat["quote"], 0.85, 1.0) * np.where(feat["dependent"], DEPENDENT, 1.0)
    return (w_red * feat["red"] + w_tr * feat["tr"] + w_lead * lead + w_first * first + w_length * length
            + w_fact * feat["fact"]) * damp


def pick_order(base: np.ndarray, ids: list[list[int]], vocab: int) -> list[int]:
    """Score order, with a near-duplicate of an earlier pick pushed to the end."""
    n = len(base)
    order = [int(i) for i in np.argsort(-base, kind="stable")]
    if n > 1:
        # Only the head of the ranking can reach a summary: check it for near-duplicates.
        head = order[:DEDUP_HEAD]
        mat = cosine_rows([ids[i] for i in head], vocab)
        picked: list[int] = []
        late: list[int] = []
        for k in range(len(head)):
            if picked and float(np.max(mat[picked] @ mat[k])) > DUPLICATE:
                late.append(k)
            else:
                picked.append(k)
        order = [head[k] for k in picked] + [head[k] for k in late] + order[DEDUP_HEAD:]
    return order


def news_ranking(sentences: Sequence[Sentence], title: str = "", language: str = "english",
                 facts: Sequence | None = None) -> tuple[list[float], list[int]]:
    """Scores and pick order for the news default (``facts``: the article's facts, if already extracted)."""
    feat = news_features(sentences, title, language, facts)
    base = news_scores(feat)
    return [float(x) for x in base], pick_order(base, feat["ids"], feat["vocab"])


def _frequency_centrality(ids: list[list[int]], vocab: int) -> np.ndarray:
    """Mean document frequency of a sentence's words: a linear-time stand-in for graph centrality."""
    counts = np.bincount(np.fromiter((w for lst in ids for w in lst), dtype=np.int64), minlength=vocab).astype(float)
    return np.array([counts[lst].sum() / (len(lst) + 5.0) if lst else 0.0 for lst in ids])
