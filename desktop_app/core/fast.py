"""Vectorised versions of sumy's graph summarisers: same ratings as stock sumy, without Python pair loops.

Stock sumy compares every pair of sentences in Python (quadratic, seconds at a few hundred sentences);
here the word-overlap matrix is one sparse-by-dense product, built in column blocks to bound memory.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .sentences import Sentence, words

_BLOCK = 2048
_VECTOR_MAX = 2000  # sentences: above this the all-pairs temporaries (n * n floats) cost too much memory


_STEMS: dict[tuple[str, str], str] = {}  # (language, word) -> stem, shared by every article of the session


def _stem(language: str, word: str) -> str:
    key = (language, word)
    s = _STEMS.get(key)
    if s is None:
        from .summarize import _stemmer

        if len(_STEMS) > 500_000:  # bounded: a session never holds more than a few MB of stems
            _STEMS.clear()
        s = _STEMS[key] = _stemmer(language)(word)
    return s


def sumy_word_ids(sentences: Sequence[Sentence], language: str = "english") -> tuple[list[list[int]], int]:
    """Stemmed content words per sentence, as sumy's ``_to_words_set`` makes them, mapped to ids."""
    from .summarize import stop_words

    sw = stop_words(language)
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
                i = cache[lw] = vocab.setdefault(_stem(language, lw), len(vocab))
            ids.append(i)
        out.append(ids)
    return out, len(vocab)


def _triplets(ids: list[list[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, word, count) for every distinct word of every sentence, sorted by row then word."""
    lengths = np.fromiter((len(x) for x in ids), dtype=np.int64, count=len(ids))
    flat = np.fromiter((w for x in ids for w in x), dtype=np.int64, count=int(lengths.sum()))
    if not len(flat):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    rows = np.repeat(np.arange(len(ids), dtype=np.int64), lengths)
    width = int(flat.max()) + 1
    keys, counts = np.unique(rows * width + flat, return_counts=True)
    return keys // width, keys % width, counts.astype(np.float64)


def gram(rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, n: int, vocab_size: int,
         dtype: type = np.float64) -> np.ndarray:
    """X @ X.T for the sparse n x vocab matrix X given as triplets.

    Each word adds the outer product of its postings, so the cost is the sum of the squared document
    frequencies, not n * n * vocabulary as a dense product would be. For up to _VECTOR_MAX sentences all
    those pairs are generated at once and summed with one bincount; longer documents go word by word to
    bound memory. Frequent words (long postings) are batched into one dense product, where BLAS wins.
    """
    out = np.zeros((n, n), dtype=dtype)
    if not len(rows):
        return out
    order = np.argsort(cols, kind="stable")
    rows, cols, vals = rows[order], cols[order], vals[order].astype(dtype)
    bounds = np.flatnonzero(np.diff(cols)) + 1
    starts = np.concatenate(([0], bounds))
    ends = np.concatenate((bounds, [len(cols)]))
    df = ends - starts
    dense_cut = max(64, n // 8)
    frequent = np.flatnonzero(df > dense_cut)
    rare = np.flatnonzero(df <= dense_cut)
    if n > _VECTOR_MAX:
        # Long documents: word by word, so no temporary is larger than one word's postings squared.
        for k in rare:
            a, b = starts[k], ends[k]
            r, v = rows[a:b], vals[a:b]
            out[np.ix_(r, r)] += np.outer(v, v)
    else:
        _add_rare_pairs(out, rows, vals, starts[rare], df[rare], n)
    for c in range(0, len(frequent), 256):
        ks = frequent[c:c + 256]
        block = np.zeros((n, len(ks)), dtype=dtype)
        for j, k in enumerate(ks):
            block[rows[starts[k]:ends[k]], j] = vals[starts[k]:ends[k]]
        out += block @ block.T
    return out


def _add_rare_pairs(out: np.ndarray, rows: np.ndarray, vals: np.ndarray, starts: np.ndarray, lens: np.ndarray,
                    n: int) -> None:
    """Every (sentence, sentence) pair sharing one of these words, generated at once and summed by cell."""
    pos_start = np.repeat(starts, lens) + _ranges(lens)  # postings of these words
    reps = np.repeat(lens, lens)  # each posting pairs with every posting of its word
    a = np.repeat(pos_start, reps)
    word_start = np.repeat(np.repeat(starts, lens), reps)
    b = word_start + _ranges(reps)
    for lo in range(0, len(a), 4_000_000):  # bounded temporaries for long documents
        sa, sb = a[lo:lo + 4_000_000], b[lo:lo + 4_000_000]
        cells = rows[sa] * n + rows[sb]
        out.reshape(-1)[:] += np.bincount(cells, weights=vals[sa] * vals[sb], minlength=n * n)


def _ranges(lengths: np.ndarray) -> np.ndarray:
    """Concatenated aranges: [0..l0), [0..l1), ... for the given lengths."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.arange(total, dtype=np.int64) - offsets


def overlap_matrix(ids: list[list[int]], vocab_size: int) -> np.ndarray:
    """M[i, j] = sum over words w of count_i(w) * count_j(w)."""
    rows, cols, vals = _triplets(ids)
    return gram(rows, cols, vals, len(ids), vocab_size, np.float64 if len(ids) <= 3000 else np.float32)


def _edge_weights(ids: list[list[int]], vocab_size: int, diagonal_single_word_rank: bool) -> np.ndarray:
    """sumy's ``rank / (log len1 + log len2)`` edge weights (TextRank keeps rank when the norm is 0)."""
    w = overlap_matrix(ids, vocab_size)  # turned into the weights in place, row block by row block
    lengths = np.array([len(x) for x in ids], dtype=np.float64)
    logs = np.log(np.where(lengths > 0, lengths, 1.0)).astype(w.dtype)
    for a in range(0, len(ids), 512):
        blk = w[a:a + 512]
        norm = logs[a:a + 512, None] + logs[None, :]
        zero = norm == 0.0  # logs are >= 0: only two one-word sentences give 0
        with np.errstate(divide="ignore", invalid="ignore"):
            scaled = blk / np.where(zero, 1.0, norm)
        if not diagonal_single_word_rank:
            scaled[zero] = 0.0
        blk[...] = scaled
    return w


def like_sumy_dict(sentences: Sequence[Sentence], scores: list[float], summed: bool) -> list[float]:
    """Give repeated sentences the rating stock sumy gives them.

    sumy keys its ratings by sentence text: Reduction adds every copy's rating into one entry (``summed``),
    the others keep the last copy's rating. Unique sentences are unchanged.
    """
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        groups.setdefault(s.text.strip(), []).append(i)
    out = list(scores)
    for idx in groups.values():
        if len(idx) > 1:
            value = sum(scores[i] for i in idx) if summed else scores[idx[-1]]
            for i in idx:
                out[i] = value
    return out


def reduction_scores(sentences: Sequence[Sentence], language: str = "english") -> list[float]:
    """Stock sumy Reduction ratings: the sum of a sentence's edge weights to every other sentence."""
    return like_sumy_dict(sentences, _reduction_from_ids(*sumy_word_ids(sentences, language)), summed=True)


def _reduction_from_ids(ids: list[list[int]], v: int) -> list[float]:
    w = _edge_weights(ids, v, diagonal_single_word_rank=False)
    np.fill_diagonal(w, 0.0)
    return [float(x) for x in w.sum(axis=1)]


def textrank_scores(sentences: Sequence[Sentence], language: str = "english", damping: float = 0.85,
                    epsilon: float = 1e-4) -> list[float]:
    """Stock sumy TextRank ratings (its matrix includes each sentence's similarity to itself)."""
    scores = _textrank_from_ids(*sumy_word_ids(sentences, language), damping=damping, epsilon=epsilon)
    return like_sumy_dict(sentences, scores, summed=False)


def _textrank_from_ids(ids: list[list[int]], v: int, damping: float = 0.85, epsilon: float = 1e-4) -> list[float]:
    n = len(ids)
    if n == 0:
        return []
    return _textrank_from_weights(_edge_weights(ids, v, diagonal_single_word_rank=True), damping, epsilon)


def reduction_and_textrank(ids: list[list[int]], v: int) -> tuple[list[float], list[float]]:
    """Both ratings from one weight matrix (the news ranker uses both)."""
    n = len(ids)
    if n == 0:
        return [], []
    w = _edge_weights(ids, v, diagonal_single_word_rank=True)
    # Reduction leaves out the diagonal, and pairs of one-word sentences (norm 0) count 0 there.
    red = w.sum(axis=1, dtype=np.float64) - np.diagonal(w)
    ones = [i for i, x in enumerate(ids) if len(x) == 1]
    if len(ones) > 1:
        sub = w[np.ix_(ones, ones)].astype(np.float64)
        np.fill_diagonal(sub, 0.0)
        red[ones] -= sub.sum(axis=1)
    return [float(x) for x in red], _textrank_from_weights(w, 0.85, 1e-4)


def _textrank_from_weights(w: np.ndarray, damping: float, epsilon: float) -> list[float]:
    n = w.shape[0]
    w /= w.sum(axis=1)[:, None] + 1e-7
    # matrix = (1-d)/n + d*w ; sumy iterates p <- matrix.T @ p until the step is below epsilon.
    p = np.full(n, 1.0 / n, dtype=w.dtype)  # same dtype as w, or every product copies w
    while True:
        nxt = (1.0 - damping) / n * p.sum() + damping * (p @ w)
        step = float(np.linalg.norm(nxt - p))
        p = nxt
        if step <= epsilon:
            break
    return [float(x) for x in p]


def lexrank_scores(sentences: Sequence[Sentence], language: str = "english", threshold: float = 0.1,
                   epsilon: float = 0.1) -> list[float]:
    """Stock sumy LexRank ratings: thresholded idf-modified cosine graph, power method."""
    ids, v = sumy_word_ids(sentences, language)
    n = len(ids)
    if n == 0:
        return []
    rows, cols, counts = _triplets(ids)
    max_tf = np.ones(n)
    if len(rows):
        np.maximum.at(max_tf, rows, counts)
    df = np.bincount(cols, minlength=v).astype(np.float64)
    idf = np.log(n / (1.0 + df))
    vals = counts / max_tf[rows] * idf[cols]  # tf * idf
    dtype = np.float64 if n <= 3000 else np.float32
    sim = gram(rows, cols, vals, n, v, dtype)
    norms = np.sqrt(np.bincount(rows, weights=vals ** 2, minlength=n)).astype(dtype)
    ok = norms > 0
    for a in range(0, n, 512):
        blk = sim[a:a + 512]
        denom = norms[a:a + 512, None] * norms[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            cos = np.where(ok[a:a + 512, None] & ok[None, :], blk / np.where(denom == 0, 1, denom), 0.0)
        blk[...] = cos > threshold
    degrees = sim.sum(axis=1)
    degrees[degrees == 0] = 1
    sim /= degrees[:, None]
    p = np.full(n, 1.0 / n, dtype=sim.dtype)
    while True:
        nxt = p @ sim
        nxt = nxt / np.linalg.norm(nxt)
        step = float(np.linalg.norm(nxt - p))
        p = nxt
        if step <= epsilon:
            break
    return like_sumy_dict(sentences, [float(x) for x in p], summed=False)
