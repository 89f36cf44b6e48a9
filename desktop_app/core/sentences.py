"""An offline sentence splitter for news prose, behind sumy's tokenizer interface (no NLTK data)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_TITLES = {
    "mr", "mrs", "ms", "messrs", "dr", "gen", "lt", "col", "maj", "capt", "cmdr", "cdr", "adm", "sgt", "cpl",
    "pvt", "brig", "gov", "sen", "rep", "reps", "rev", "prof", "st", "mt", "ft", "sr", "hon", "pres", "supt",
    "insp", "det", "cmdt", "lieut", "amb", "atty", "fr", "sens", "gens", "no", "nos", "vs", "v", "fig", "vol",
    "pp", "op", "approx", "dept", "est", "ave", "blvd", "rd", "mass", "calif", "conn", "fla", "ill", "wash",
    "ariz", "colo", "ga", "ky", "la", "md", "mich", "minn", "mo", "neb", "nev", "okla", "ore", "pa", "tenn",
    "tex", "va", "wis", "wyo", "ala", "ark", "del", "kan", "miss", "mont", "vt", "e.g", "i.e", "cf", "al",
}
_MONTH_ABBR = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_MAYBE_END = {"inc", "corp", "co", "ltd", "jr", "etc", "bros", "plc", "llc"}
_STARTERS = {
    "the", "he", "she", "it", "they", "we", "i", "in", "but", "and", "a", "an", "this", "that", "there",
    "on", "at", "as", "after", "his", "her", "their", "its", "our", "officials", "police", "if", "when",
    "while", "for", "some", "many", "most", "one", "two", "yet", "so", "meanwhile", "however", "still",
    "also", "then", "these", "those", "such", "what", "why", "how", "who", "no", "not", "both", "each",
    "since", "before", "during", "by", "to", "with", "from", "under", "over", "about", "last", "earlier",
    "later", "now", "today", "yesterday",
}
_CANDIDATE = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s+)")
_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-][^\W\d_])*", re.U)
_OPEN_Q = "“«"
_CLOSE_Q = "”»"
_MAX_QUOTE = 1200


@dataclass(frozen=True)
class Sentence:
    """One sentence of the cleaned story, with its place in it."""

    index: int
    text: str
    start: int  # offset in CleanArticle.body
    end: int
    paragraph: int


def _quote_spans(par: str) -> list[tuple[int, int]]:
    """Spans of closed quotations (curly or straight) inside a paragraph."""
    spans = []
    stack: list[int] = []
    straight_open: int | None = None
    for i, ch in enumerate(par):
        if ch in _OPEN_Q:
            stack.append(i)
        elif ch in _CLOSE_Q and stack:
            s = stack.pop()
            if not stack:
                spans.append((s, i))
        elif ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                spans.append((straight_open, i))
                straight_open = None
    return [(s, e) for s, e in spans if e - s <= _MAX_QUOTE]


def _boundary_ok(par: str, dot: int, after: int) -> bool:
    """Is the candidate ending at ``after`` (the mark starts at ``dot``) a real sentence end?"""
    rest = par[after:].lstrip()
    if not rest:
        return True
    nxt = rest[0]
    if nxt.islower():
        return False
    if not (nxt.isupper() or nxt.isdigit() or nxt in "“\"‘'«([—–-" or not nxt.isascii()):
        return False
    mark = par[dot]
    if mark != ".":
        return True
    before = par[max(0, dot - 80):dot]  # a bounded window: searching the whole prefix is quadratic
    m = re.search(r"(\S+)$", before)
    if not m:
        return True
    token = m.group(1).lstrip("“\"‘'«([")
    low = token.lower()
    next_word = re.match(r"[\w’']+", rest)
    nw = next_word.group(0).lower() if next_word else ""
    if par[dot:after].startswith("..."):
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.){1,}[A-Za-z]", token):  # U.S / U.N / a.m (the final dot is `dot`)
        return nw in _STARTERS
    if len(token) == 1 and token.isalpha() and token.isupper():  # an initial: John F. Kennedy
        return False
    if low in _TITLES:
        return False
    if low in _MONTH_ABBR:
        return not nxt.isdigit()
    if low in _MAYBE_END:
        return nw in _STARTERS or nxt in "“\""
    if re.fullmatch(r"\d+", token) and nxt.isdigit():
        return False
    return True


def split_paragraph(par: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` within one paragraph."""
    spans = []
    quotes = _quote_spans(par)  # sorted by start, non-overlapping
    q_starts = [qs for qs, _ in quotes]
    start = 0
    for m in _CANDIDATE.finditer(par):
        dot, after = m.start(), m.end()
        k = bisect_right(q_starts, dot) - 1
        if k >= 0 and quotes[k][0] < dot < quotes[k][1]:
            continue
        if not _boundary_ok(par, dot, after):
            continue
        if par[start:after].strip():
            spans.append((start, after))
        start = after
        while start < len(par) and par[start].isspace():
            start += 1
    if par[start:].strip():
        spans.append((start, len(par.rstrip())))
    out = []
    for s, e in spans:
        while s < e and par[s].isspace():
            s += 1
        out.append((s, e))
    return out


def split_sentences(paragraphs: list[str]) -> list[Sentence]:
    """All sentences of the story, numbered in article order, with offsets into the joined body."""
    out: list[Sentence] = []
    offset = 0
    for pi, par in enumerate(paragraphs):
        for s, e in split_paragraph(par):
            out.append(Sentence(len(out), par[s:e], offset + s, offset + e, pi))
        offset += len(par) + 2  # paragraphs are joined by a blank line
    return out


def words(text: str) -> tuple[str, ...]:
    """Word tokens of a sentence (letters, inner apostrophes and hyphens), as sumy expects them."""
    return tuple(_WORD_RE.findall(text))


class OfflineTokenizer:
    """sumy's tokenizer interface (``language``, ``to_sentences``, ``to_words``) without NLTK data."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in split_paragraph(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return words(sentence)
