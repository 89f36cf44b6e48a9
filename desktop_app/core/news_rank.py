"""The news-aware default ranker: centrality + position prior + title overlap, then redundancy removal.

No training data: a handful of weights chosen on the BBC set and on our own annotated articles
(see benchmarks/summary_quality.py for the measurements).
"""

from __future__ import annotations

import math
import re
from typing import Sequence

import numpy as np

from .sentences import Sentence, words

# Weights (see module docstring).
W_CENTRAL = 1.0
W_POSITION = 0.9
W_TITLE = 0.3
MMR_LAMBDA = 0.35
_QUOTE_ONLY = re.compile(r"^[“\"‘'].*[”\"’']\s*$")


def _stem_cache(language: str):
    from .summarize import _stemmer

    stem = _stemmer(language)
    cache: dict[str, str] = {}

    def get(w: str) -> str:
        s = cache.get(w)
        if s is None:
            s = cache[w] = stem(w)
        return s

    return get


def term_matrix(texts: Sequence[str], language: str = "english") -> tuple[np.ndarray, list[list[int]]]:
    """Unit-normalised TF-IDF rows (float32) for each text, and the term ids of each."""
    from .summarize import stop_words

    sw = stop_words(language)
    stem = _stem_cache(language)
    vocab: dict[str, int] = {}
    docs: list[list[int]] = []
    for t in texts:
        ids = []
        for w in words(t):
            lw = w.lower()
            if lw in sw or len(lw) < 2:
                continue
            ids.append(vocab.setdefault(stem(lw), len(vocab)))
        docs.append(ids)
    n, v = len(texts), max(1, len(vocab))
    rows, cols, vals = [], [], []
    for r, ids in enumerate(docs):
        counts: dict[int, int] = {}
        for i in ids:
            counts[i] = counts.get(i, 0) + 1
        for c, k in counts.items():
            rows.append(r)
            cols.append(c)
            vals.append(1.0 + math.log(k))
    mat = np.zeros((n, v), dtype=np.float32)
    if rows:
        mat[np.array(rows), np.array(cols)] = np.array(vals, dtype=np.float32)
    df = (mat > 0).sum(axis=0)
    idf = np.log((n + 1) / (df + 1)).astype(np.float32) + 1.0
    mat *= idf
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    mat /= norms
    return mat, docs


def pagerank(sim: np.ndarray, damping: float = 0.85, iters: int = 60, tol: float = 1e-6) -> np.ndarray:
    """PageRank over a weighted similarity graph (power iteration)."""
    n = sim.shape[0]
    w = sim.copy()
    np.fill_diagonal(w, 0.0)
    out = w.sum(axis=1, keepdims=True)
    dangling = out[:, 0] == 0
    out[out == 0] = 1.0
    p = w / out
    r = np.full(n, 1.0 / n, dtype=np.float64)
    for _ in range(iters):
        new = (1 - damping) / n + damping * (r @ p + r[dangling].sum() / n)
        if np.abs(new - r).sum() < tol:
            r = new
            break
        r = new
    return r


def news_ranking(sentences: Sequence[Sentence], title: str = "", language: str = "english") -> tuple[list[float], list[int]]:
    """Scores and pick order for the news default."""
    n = len(sentences)
    texts = [s.text for s in sentences]
    mat, docs = term_matrix(texts + [title or ""], language)
    tvec = mat[-1]
    mat = mat[:-1]
    sim = mat @ mat.T
    central = pagerank(sim)
    central = central / central.max() if central.max() > 0 else central
    idx = np.arange(n, dtype=np.float64)
    position = 1.0 / (1.0 + idx / 2.0) ** 0.7
    first_of_par = np.array(
        [1.0 if i == 0 or sentences[i].paragraph != sentences[i - 1].paragraph else 0.0 for i in range(n)]
    )
    title_sim = mat @ tvec if title else np.zeros(n)
    n_words = np.array([len(d) for d in docs[:-1]], dtype=np.float64)
    length_pen = np.where(n_words < 5, 0.5, 1.0) * np.where(n_words > 60, 0.85, 1.0)
    quote_pen = np.array([0.8 if _QUOTE_ONLY.match(t) else 1.0 for t in texts])
    base = (W_CENTRAL * central + W_POSITION * position + 0.1 * first_of_par + W_TITLE * title_sim)
    base = base * length_pen * quote_pen
    # Greedy MMR: each pick is penalised by its similarity to what is already picked.
    order: list[int] = []
    chosen = np.zeros(n, dtype=bool)
    max_sim = np.zeros(n)
    for _ in range(n):
        val = base - MMR_LAMBDA * max_sim
        val[chosen] = -np.inf
        best = int(np.argmax(val))
        order.append(best)
        chosen[best] = True
        max_sim = np.maximum(max_sim, sim[best])
    return [float(x) for x in base], order
