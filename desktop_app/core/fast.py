"""Vectorised versions of sumy's graph summarisers: same ratings as stock sumy, without Python pair loops.

Stock sumy compares every pair of sentences in Python (quadratic, seconds at a few hundred sentences);
here the word-overlap matrix is one sparse-by-dense product, built in column blocks to bound memory.
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from .sentences import Sentence, words

_BLOCK = 2048


def sumy_word_ids(sentences: Sequence[Sentence], language: str = "english") -> tuple[list[list[int]], int]:
    """Stemmed content words per sentence, as sumy's ``_to_words_set`` makes them, mapped to ids."""
    from .summarize import _stemmer, stop_words

    sw = stop_words(language)
    stem = _stemmer(language)
    cache: dict[str, int] = {}
    vocab: dict[str, int] = {}
    out = []
    for s in sentences:
        ids = []
        for w in words(s.text):
            lw = w.lower()
            if lw in sw:
                continue
            i = cache.get(lw)
            if i is None:
                i = cache[lw] = vocab.setdefault(stem(lw), len(vocab))
            ids.append(i)
        out.append(ids)
    return out, len(vocab)


def overlap_matrix(ids: list[list[int]], vocab_size: int) -> np.ndarray:
    """M[i, j] = sum over words w of count_i(w) * count_j(w) (float64, n x n)."""
    n = len(ids)
    rows, cols, vals = [], [], []
    for r, lst in enumerate(ids):
        counts: dict[int, int] = {}
        for w in lst:
            counts[w] = counts.get(w, 0) + 1
        for w, c in counts.items():
            rows.append(r)
            cols.append(w)
            vals.append(c)
    rows_a = np.asarray(rows, dtype=np.int64)
    cols_a = np.asarray(cols, dtype=np.int64)
    vals_a = np.asarray(vals, dtype=np.float64)
    out = np.zeros((n, n), dtype=np.float64)
    if not len(rows_a):
        return out
    # Words that occur in one sentence only add to the diagonal alone.
    df = np.bincount(cols_a, minlength=vocab_size)
    single = df[cols_a] == 1
    np.add.at(out, (rows_a[single], rows_a[single]), vals_a[single] ** 2)
    keep = ~single
    r_k, c_k, v_k = rows_a[keep], cols_a[keep], vals_a[keep]
    shared = np.unique(c_k)
    remap = np.full(vocab_size, -1, dtype=np.int64)
    remap[shared] = np.arange(len(shared))
    c_k = remap[c_k]
    for start in range(0, len(shared), _BLOCK):
        sel = (c_k >= start) & (c_k < start + _BLOCK)
        block = np.zeros((n, min(_BLOCK, len(shared) - start)), dtype=np.float64)
        block[r_k[sel], c_k[sel] - start] = v_k[sel]
        out += block @ block.T
    return out


def _edge_weights(ids: list[list[int]], vocab_size: int, diagonal_single_word_rank: bool) -> np.ndarray:
    """sumy's ``rank / (log len1 + log len2)`` edge weights (TextRank keeps rank when the norm is 0)."""
    overlap = overlap_matrix(ids, vocab_size)
    lengths = np.array([len(x) for x in ids], dtype=np.float64)
    logs = np.log(np.where(lengths > 0, lengths, 1.0))
    norm = logs[:, None] + logs[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        w = np.where(overlap == 0, 0.0, overlap / norm)
    zero_norm = np.isclose(norm, 0.0) & (overlap != 0)
    w[zero_norm] = overlap[zero_norm] if diagonal_single_word_rank else 0.0
    return w


def reduction_scores(sentences: Sequence[Sentence], language: str = "english") -> list[float]:
    """Stock sumy Reduction ratings: the sum of a sentence's edge weights to every other sentence."""
    return _reduction_from_ids(*sumy_word_ids(sentences, language))


def _reduction_from_ids(ids: list[list[int]], v: int) -> list[float]:
    w = _edge_weights(ids, v, diagonal_single_word_rank=False)
    np.fill_diagonal(w, 0.0)
    return [float(x) for x in w.sum(axis=1)]


def textrank_scores(sentences: Sequence[Sentence], language: str = "english", damping: float = 0.85,
                    epsilon: float = 1e-4) -> list[float]:
    """Stock sumy TextRank ratings (its matrix includes each sentence's similarity to itself)."""
    return _textrank_from_ids(*sumy_word_ids(sentences, language), damping=damping, epsilon=epsilon)


def _textrank_from_ids(ids: list[list[int]], v: int, damping: float = 0.85, epsilon: float = 1e-4) -> list[float]:
    n = len(ids)
    if n == 0:
        return []
    w = _edge_weights(ids, v, diagonal_single_word_rank=True)
    w /= w.sum(axis=1)[:, None] + 1e-7
    # matrix = (1-d)/n + d*w ; sumy iterates p <- matrix.T @ p until the step is below epsilon.
    p = np.full(n, 1.0 / n)
    wt = w.T
    while True:
        nxt = (1.0 - damping) / n * p.sum() + damping * (wt @ p)
        step = float(np.linalg.norm(nxt - p))
        p = nxt
        if step <= epsilon:
            break
    return [float(x) for x in p]
