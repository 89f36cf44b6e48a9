"""Fast versions of sumy's word-frequency summarisers: Luhn, Edmundson, LSA, SumBasic and KL-Sum.

Each gives the ratings stock sumy 0.13 gives (the same words, stems, quirks and tie order), without its
costs: Luhn looks words up in a tuple, LSA runs a dense SVD of a words x sentences matrix, and SumBasic
and KL-Sum re-score every remaining sentence from scratch after each pick (cubic in Python). Here:

- Luhn and Edmundson are the same per-sentence rules over cached stems and sets (linear).
- LSA: sumy keeps every singular dimension (``REDUCTION_RATIO = 1``), so its rank of a sentence,
  sqrt(sum_i sigma_i^2 v_ij^2), is the norm of column j of Sigma V^T = U^T A, which is the norm of column
  j of A itself. That norm is computed directly from the column's word counts; no SVD is needed.
- SumBasic and KL-Sum keep each sentence's score as running sums and, after each pick, update only the
  sentences that share a word with it (the postings of the picked sentence's words).

``benchmarks/agreement.py`` counts identical selections against stock sumy on the BBC set.
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from .fast import _ranges, _stem, _triplets, sumy_word_ids
from .sentences import Sentence, words


def _stop_words(language: str) -> frozenset[str]:
    from .summarize import stop_words

    return stop_words(language)


def _dict_ratings(sentences: Sequence[Sentence], order: Sequence[int]) -> list[float]:
    """sumy's ``ratings[sentence] = -len(ratings)`` over the pick order, with its dict keyed by text.

    A repeated sentence overwrites its earlier entry without growing the dict, so later ratings shift
    exactly as they do in stock sumy.
    """
    ratings: dict[str, int] = {}
    for i in order:
        ratings[sentences[i].text] = -len(ratings)
    return [float(ratings[s.text]) for s in sentences]


def _last_copy(sentences: Sequence[Sentence], scores: list[float]) -> list[float]:
    """sumy keys rating dicts by sentence text: every copy of a repeated sentence gets the last copy's rating."""
    last: dict[str, float] = {}
    for s, v in zip(sentences, scores):
        last[s.text] = v
    return [last[s.text] for s in sentences]


# --- Luhn --------------------------------------------------------------------------------------------


def luhn_scores(sentences: Sequence[Sentence], title: str = "", language: str = "english",
                max_gap: int = 4) -> list[float]:
    """Stock sumy Luhn ratings: the best chunk of significant words (stems seen more than once)."""
    sw = _stop_words(language)
    counts: dict[str, int] = {}
    stems_per_sentence = []
    for w in words(title):
        lw = w.lower()
        if lw not in sw:
            st = _stem(language, lw)
            counts[st] = counts.get(st, 0) + 1
    for s in sentences:
        stems = []
        for w in words(s.text):
            lw = w.lower()
            st = _stem(language, lw)
            stems.append(st)
            if lw not in sw:
                counts[st] = counts.get(st, 0) + 1
        stems_per_sentence.append(stems)
    significant = {t for t, c in counts.items() if c > 1}
    return [float(_luhn_rate(stems, significant, max_gap)) for stems in stems_per_sentence]


def _luhn_rate(stems: list[str], significant: set[str], max_gap: int) -> float:
    chunks: list[list[int]] = []
    in_chunk = False
    gap = [0] * max_gap
    for st in stems:
        sig = st in significant
        if sig and not in_chunk:
            in_chunk = True
            chunks.append([1])
        elif in_chunk:
            chunks[-1].append(int(sig))
        if chunks and chunks[-1][-max_gap:] == gap:
            in_chunk = False
    best: float = 0
    for i, chunk in enumerate(chunks):
        end = len(chunk)
        while end > 0 and chunk[end - 1] == 0:
            end -= 1
        n_sig = sum(chunk[:end])
        rating = 0 if n_sig == 1 else n_sig ** 2 / end
        best = rating if i == 0 else max(best, rating)
    return best


# --- Edmundson ---------------------------------------------------------------------------------------

STIGMA_WORDS = ("however", "perhaps", "maybe", "might", "allegedly")


def edmundson_bonus_words(title: str, language: str = "english") -> list[str]:
    """The bonus (cue) words: the title's words that are not stop words, or "said" for an untitled text."""
    sw = _stop_words(language)
    return [w for w in title.lower().split() if w not in sw] or ["said"]


def edmundson_scores(sentences: Sequence[Sentence], title: str = "", language: str = "english") -> list[float]:
    """Stock sumy Edmundson ratings with cue, title and location weights 1 (key weight 0, sumy's default)."""
    sw = _stop_words(language)
    bonus = {_stem(language, w.lower()) for w in edmundson_bonus_words(title, language)}
    stigma = {_stem(language, w) for w in STIGMA_WORDS}
    null = {_stem(language, w) for w in sw}
    heading = {st for st in (_stem(language, w.lower()) for w in words(title)) if st not in null}
    # Paragraphs as the sumy document has them: the title is a paragraph of its own (with no sentences).
    par_index = []
    par = 1 if title else 0
    for k, s in enumerate(sentences):
        if k and s.paragraph != sentences[k - 1].paragraph:
            par += 1
        par_index.append(par)
    last_par = par
    scores = []
    for k, s in enumerate(sentences):
        stems = [_stem(language, w.lower()) for w in words(s.text)]
        cue = sum(st in bonus for st in stems) - sum(st in stigma for st in stems)
        in_title = sum(st in heading for st in stems)
        location = in_title
        p = par_index[k]
        if p == 0:
            location += 1
        elif p == last_par:
            location += 1
        first = k == 0 or par_index[k - 1] != p
        last = k == len(sentences) - 1 or par_index[k + 1] != p
        if first:
            location += 1
        elif last:
            location += 1
        scores.append(float(cue + in_title + location))
    return _last_copy(sentences, scores)


# --- LSA ---------------------------------------------------------------------------------------------


def lsa_scores(sentences: Sequence[Sentence], title: str = "", language: str = "english",
               smooth: float = 0.4) -> list[float]:
    """Stock sumy LSA ratings, computed as column norms of its smoothed term-frequency matrix (see above)."""
    sw = _stop_words(language)
    dictionary: set[str] = set()
    for text in (title, *(s.text for s in sentences)):
        for w in words(text):
            lw = w.lower()
            if lw not in sw:
                dictionary.add(_stem(language, lw))
    n_words = len(dictionary)
    out = []
    for s in sentences:
        counts: dict[str, int] = {}
        for w in words(s.text):
            st = _stem(language, w.lower())
            if st in dictionary:
                counts[st] = counts.get(st, 0) + 1
        if not counts:
            out.append(0.0)
            continue
        top = max(counts.values())
        cells = np.array([smooth + (1.0 - smooth) * (c / top) for c in counts.values()])
        out.append(math.sqrt(smooth * smooth * (n_words - len(counts)) + float(cells @ cells)))
    return out


# --- SumBasic and KL-Sum -----------------------------------------------------------------------------


def _postings(rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, vocab: int):
    """Triplets sorted by word, with each word's [start, end) range."""
    order = np.argsort(cols, kind="stable")
    rows, cols, vals = rows[order], cols[order], vals[order]
    starts = np.searchsorted(cols, np.arange(vocab), side="left")
    ends = np.searchsorted(cols, np.arange(vocab), side="right")
    return rows, cols, vals, starts, ends


def sumbasic_scores(sentences: Sequence[Sentence], language: str = "english") -> list[float]:
    """Stock sumy SumBasic ratings: pick the sentence of highest mean word probability, square its words'."""
    ids, vocab = sumy_word_ids(sentences, language)
    n = len(ids)
    if n == 0:
        return []
    lengths = np.array([len(x) for x in ids], dtype=np.float64)
    total = lengths.sum()
    rows, cols, counts = _triplets(ids)
    freq = np.bincount(cols, weights=counts, minlength=vocab) / total if total else np.zeros(vocab)
    sums = np.bincount(rows, weights=counts * freq[cols], minlength=n) if len(rows) else np.zeros(n)
    rows, cols, counts, starts, ends = _postings(rows, cols, counts, vocab)
    inv_len = np.divide(1.0, lengths, out=np.zeros(n), where=lengths > 0)  # an empty sentence scores 0
    picked = np.zeros(n)  # -inf once picked
    avg = np.empty(n)
    order = []
    for _ in range(n):
        np.multiply(sums, inv_len, out=avg)
        avg += picked
        best = int(np.argmax(avg))  # the first of equal scores, as sumy's strict ">" scan
        top = avg[best]
        near = np.flatnonzero(avg >= top - 1e-9 * abs(top))
        if 1 < len(near) <= 64:
            # Near-ties: the running sums carry rounding, so re-add these sentences' words as sumy does.
            # (Many near-equal sentences - a text repeating one sentence - keep the running sums' order.)
            exact = [sum(freq[w] for w in ids[i]) / len(ids[i]) if ids[i] else 0.0 for i in near]
            best = int(near[exact.index(max(exact))])
        picked[best] = -np.inf
        order.append(best)
        seen: dict[int, int] = {}
        for w in ids[best]:
            seen[w] = seen.get(w, 0) + 1
        for w, k in seen.items():
            old = freq[w]
            new = old
            for _ in range(k):  # sumy squares once per occurrence of the word
                new = new * new
            freq[w] = new
            a, b = starts[w], ends[w]
            if b > a:
                sums[rows[a:b]] += counts[a:b] * (new - old)
    return _dict_ratings(sentences, order)


def kl_scores(sentences: Sequence[Sentence], language: str = "english") -> list[float]:
    """Stock sumy KL-Sum ratings: greedily add the sentence that keeps the summary's KL divergence lowest.

    Like sumy, the document's word distribution counts every word that is not a stop word as written
    (so "The" counts, as "the"), the candidate sentence contributes its lower-cased content words and the
    summary so far contributes all its words as written.
    """
    sw = _stop_words(language)
    n = len(sentences)
    if n == 0:
        return []
    key_ids: dict[str, int] = {}

    def kid(word: str) -> int:
        i = key_ids.get(word)
        if i is None:
            i = key_ids[word] = len(key_ids)
        return i

    raw_words = [words(s.text) for s in sentences]
    summary_words: list[str] = []
    raw_ids: list[list[int]] = []
    content_ids: list[list[int]] = []
    doc_counts: dict[int, int] = {}
    n_doc = 0
    for raw in raw_words:
        raw_ids.append([kid(w) for w in raw])
        content_ids.append([kid(w.lower()) for w in raw if w.lower() not in sw])
        for w in raw:
            if w not in sw:
                k = kid(w.lower())
                doc_counts[k] = doc_counts.get(k, 0) + 1
                n_doc += 1
    vocab = len(key_ids)
    p = np.zeros(vocab)
    for k, c in doc_counts.items():
        p[k] = c / n_doc
    names = list(key_ids)
    doc_p = {names[k]: c / n_doc for k, c in doc_counts.items()}
    with np.errstate(divide="ignore"):
        plogp = np.where(p > 0, p * np.log(np.where(p > 0, p, 1.0)), 0.0)
    rows, cols, counts = _triplets(content_ids)
    lengths = np.array([len(x) for x in content_ids], dtype=np.float64)
    # D[s] and Pn[s]: the sentence's own part of the divergence and the mass of its words not yet in the summary.
    tp = p[cols]
    d = np.bincount(rows, weights=plogp[cols] - tp * np.log(counts), minlength=n) if len(rows) else np.zeros(n)
    pn = np.bincount(rows, weights=tp, minlength=n) if len(rows) else np.zeros(n)
    rows, cols, counts, starts, ends = _postings(rows, cols, counts, vocab)
    # KL(s) = A + D[s] + (P + Pn[s]) * log(len(s) + len(summary)), where A (the summary's own words' terms)
    # is the same for every candidate and so is left out of the comparison.
    summary = np.zeros(vocab)  # counts of the summary's words, as written
    p_sum = 0.0  # P: the document mass of the summary's words
    length_sum = 0
    kl = np.empty(n)
    order = []
    for _ in range(n):
        if length_sum:
            np.log(lengths + length_sum, out=kl)
            kl *= pn + p_sum
            kl += d
        else:  # the first pick: an empty sentence with an empty summary has divergence 0
            with np.errstate(divide="ignore", invalid="ignore"):
                np.copyto(kl, np.where(lengths > 0, d + pn * np.log(np.where(lengths > 0, lengths, 1.0)), 0.0))
        best = int(np.argmin(kl))  # the first of equal scores, as sumy's kls.index(min(kls))
        if length_sum <= _EXACT_TIES_UP_TO:
            best = _kl_near_ties(kl, best, sentences, raw_words, sw, doc_p, summary_words)
        d[best] = np.inf  # picked: never again
        summary_words.extend(raw_words[best])
        order.append(best)
        added: dict[int, int] = {}
        for w in raw_ids[best]:
            added[w] = added.get(w, 0) + 1
        length_sum += len(raw_ids[best])
        changed = [w for w in added if p[w] > 0]
        if not changed:
            continue
        ws = np.array(changed, dtype=np.int64)
        old = summary[ws]
        new = old + np.array([added[w] for w in changed], dtype=np.float64)
        summary[ws] = new
        pw, pl = p[ws], plogp[ws]
        with np.errstate(divide="ignore", invalid="ignore"):
            old_term = np.where(old > 0, pl - pw * np.log(np.where(old > 0, old, 1.0)), 0.0)
        new_term = pl - pw * np.log(new)
        p_sum += float(pw[old == 0].sum())
        # The sentences holding these words: their own terms move from the old count to the new one.
        lens = ends[ws] - starts[ws]
        if lens.sum() == 0:
            continue
        idx = np.repeat(starts[ws], lens) + _ranges(lens)
        r, c = rows[idx], counts[idx]
        o, nw = np.repeat(old, lens), np.repeat(new, lens)
        wp, wl = np.repeat(pw, lens), np.repeat(pl, lens)
        before = wl - wp * np.log(o + c) - np.repeat(old_term, lens)
        after = wl - wp * np.log(nw + c) - np.repeat(new_term, lens)
        d += np.bincount(r, weights=after - before, minlength=n)
        first = o == 0
        if first.any():
            pn -= np.bincount(r[first], weights=wp[first], minlength=n)
    return _dict_ratings(sentences, order)


_EXACT_TIES_UP_TO = 20_000  # summary words: beyond this, near-ties keep the running sums' order


def _kl_near_ties(kl: np.ndarray, best: int, sentences: Sequence[Sentence], raw_words: list[tuple[str, ...]],
                  sw: frozenset[str], doc_p: dict[str, float], summary_words: list[str]) -> int:
    """Among candidates within rounding of the best, the one stock sumy's own arithmetic picks."""
    top = kl[best]
    near = np.flatnonzero(kl <= top + 1e-12 * max(1.0, abs(top)))
    if len(near) < 2 or len(near) > 16 or len({sentences[i].text for i in near}) < 2:
        return best
    summary_counts: dict[str, int] = {}
    for w in summary_words:
        summary_counts[w] = summary_counts.get(w, 0) + 1
    exact = []
    for i in near:  # sumy's _joint_freq and _kl_divergence, term by term in its order
        content = [w.lower() for w in raw_words[i] if w.lower() not in sw]
        joint: dict[str, float] = {}
        for w in content:
            joint[w] = joint.get(w, 0) + 1
        for w, c in summary_counts.items():
            joint[w] = joint.get(w, 0) + c
        total = float(len(content) + len(summary_words))
        value = 0.0
        for w, c in joint.items():
            f = doc_p.get(w)
            if f:
                value += f * math.log(f / (c / total))
        exact.append(value)
    return int(near[exact.index(min(exact))])
