"""Clean an article: headline -> title, dateline, boilerplate out, common damage repaired.

Nothing is silently lost: every removed line is kept in ``CleanArticle.removed`` with its reason,
and ``CleanArticle.original`` keeps the text as loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TERMINAL = ".!?:;\"”’»)]…"

# Lines that are not part of the story. They must be short (a real sentence that mentions a
# newsletter is long and stays).
_BOILERPLATE = re.compile(
    r"""(
      \bsign(?:ed|ing)?[\s-]?up\b | \bnewsletters?\b | \bsubscri(?:be|ption|ber) | \binbox\b |
      \btop\s+stories\b | \bdelivered\s+(?:every|each|to\s+your) | \bshare\s+(?:this|on|via|article)\b |
      \bfollow\s+(?:us|@) | \bclick\s+here\b | \bread\s+more\b | \bcontinue\s+reading\b | ^\s*advertisement |
      \bsponsored\b | ^\s*(?:photo|photograph|image|picture|video|watch|listen|graphic|caption|credit)s?\s*: |
      \(\s*(?:ap|afp|reuters|getty)?\s*photo | \bgetty\s+images\b | \bimage\s+(?:copyright|caption|source)\b |
      \bcopyright\b | © | \ball\s+rights\s+reserved\b | ^\s*related(?:\s+(?:articles?|stories|content|coverage))?\s*: |
      \bmost\s+(?:read|popular|viewed)\b | ^\s*(?:sign|log)\s+in\b | \bdownload\s+(?:the|our)\s+app\b |
      \blisten\s+to\s+this\s+article\b | \b\d+\s+min(?:ute)?s?\s+read\b | ^\s*print\s*$ | \bemail\s+this\b |
      \bcookies?\b.*\b(?:accept|use|policy)\b | \benable\s+javascript\b | \bmore\s+from\b.*:?\s*$ |
      ^\s*(?:tags?|topics?|filed\s+under)\s*: | \bthank\s+you\s+for\s+(?:reading|signing|subscribing|your\s+feedback)\b |
      \bterms\s+of\s+(?:use|service)\b | \bprivacy\s+policy\b | \bskip\s+to\s+(?:main\s+)?content\b |
      ^\s*(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|email|x)(?:\s*[|/·•,]\s*\w+)+\s*$ |
      ^\s*https?://\S+\s*$ | ^\s*www\.\S+\s*$
    )""",
    re.I | re.X,
)
_PUBLISHED = re.compile(
    r"^\s*(?:(?:first\s+)?published(?:\s+on)?|(?:last\s+)?updated(?:\s+on)?|posted(?:\s+on)?|date)\s*[:\-]?\s*(?P<rest>.+)$",
    re.I,
)
_BYLINE = re.compile(r"^\s*(?:by|from)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von|al|el)){0,6}\s*"
                     r"(?:[,|·•-]\s*.{0,80})?$")
_DATELINE = re.compile(
    r"""^(?P<dl>
        (?:[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3}
           (?:,\s*[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?
           (?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?
           (?:\s*\([A-Z][A-Za-z.&\s]{0,30}\))?
        )
      | \([A-Z][A-Za-z.&\s]{0,30}\)
    )(?:\s*(?:—|–|--|:)\s*|\s+-\s+|-(?=[A-Z][a-z]))(?=\S)""",  # "U.S.-led" is no dateline; "LONDON-The" is
    re.X,
)
_CITY_CAPS = re.compile(r"^[A-Z][A-Z'’.\-]+")
_WORD = re.compile(r"\w+", re.U)


@dataclass
class CleanArticle:
    """The story text split into paragraphs, with what was taken out of it."""

    title: str
    paragraphs: list[str]
    dateline: str | None = None
    title_derived: bool = False
    byline: str | None = None
    published: str | None = None  # the raw text of a publication-date line, if any
    removed: list[tuple[str, str]] = field(default_factory=list)  # (line, reason)
    original: str = ""

    @property
    def body(self) -> str:
        """The cleaned story, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)


def repair(text: str) -> str:
    """Fix common damage: doubled quotes, missing spaces after punctuation, broken hyphenation."""
    text = text.replace("‘‘", "“").replace("’’", "”").replace("``", "“").replace("''", "”")
    return _join_hyphenation(text)


def _join_hyphenation(text: str) -> str:
    """ "peace-\nkeepers" -> "peacekeepers": a hyphen at a line break between two lower-case letters.

    Found with ``str.find`` rather than one regular expression over the whole text: on a 10 MB text the
    regex held the interpreter lock for 120 ms, freezing the window while a file loaded in the background.
    """
    parts = []
    pos = 0
    i = text.find("-\n")
    while i >= 0:
        if 0 < i and i + 2 < len(text) and "a" <= text[i - 1] <= "z" and "a" <= text[i + 2] <= "z":
            parts.append(text[pos:i])
            pos = i + 2
        i = text.find("-\n", i + 2)
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def repair_inline(text: str) -> str:
    """Repairs inside a paragraph (after lines have been joined)."""
    text = re.sub(r"(?<=[a-z]),(?=[A-Za-z][a-z])", ", ", text)
    text = re.sub(r"(?<=[a-z]{2})([.!?])(?=[A-Z][a-z]+\b)", r"\1 ", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return text.strip()


def _is_boilerplate(line: str) -> bool:
    words = len(_WORD.findall(line))
    if words == 0:
        return False
    if words > 30:
        return False
    return bool(_BOILERPLATE.search(line))


def _ends_sentence(line: str) -> bool:
    return line.rstrip()[-1:] in _TERMINAL


def _split_block(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines of one block into paragraphs."""
    if len(lines) == 1:
        return lines
    lengths = [len(ln) for ln in lines]
    width = max(lengths)
    hard_wrapped = width <= 110 and sum(1 for n in lengths[:-1] if n >= 40) >= max(1, (len(lines) - 1) * 0.6)
    paras: list[str] = []
    cur: list[str] = []
    for i, ln in enumerate(lines):
        cur.append(ln.strip())
        last = i == len(lines) - 1
        if last:
            break
        if hard_wrapped:
            # A short line that ends a sentence closes a paragraph in wrapped text.
            if _ends_sentence(ln) and len(ln) < 0.7 * width:
                paras.append(" ".join(cur))
                cur = []
        elif _ends_sentence(ln) or lines[i + 1][:1] in "-*•–—" or not ln.strip():
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return [p for p in paras if p.strip()]


def _headline_candidate(line: str) -> bool:
    s = line.strip()
    words = len(_WORD.findall(s))
    if not (1 <= words <= 25) or len(s) > 250:
        return False
    if s[-1] in ".;,:" or (s[-1] in "”\"’" and s[-2:-1] in ".,"):
        return False
    if _DATELINE.match(s) and not s.isupper():
        return False
    return True


def _derive_title(paragraphs: list[str], max_chars: int = 90) -> str:
    first = paragraphs[0] if paragraphs else ""
    m = re.match(r"(.+?[.!?])(?:\s|$)", first)
    sent = m.group(1) if m else first
    sent = _DATELINE.sub("", sent, count=1) if _DATELINE.match(sent) else sent
    sent = sent.strip()
    if len(sent) <= max_chars:
        return sent.rstrip(".")
    cut = sent[:max_chars].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—–- ") + "…"


def clean_article(text: str) -> CleanArticle:
    """Split loaded text into title, dateline and story paragraphs, removing non-story lines."""
    original = text
    text = repair(text)
    lines = text.split("\n")
    removed: list[tuple[str, str]] = []
    byline = None
    published = None

    # Remove boilerplate lines, and short lines that sit in the same block as one (a newsletter box).
    keep = [True] * len(lines)
    for i, ln in enumerate(lines):
        if ln.strip() and _is_boilerplate(ln):
            keep[i] = False
    changed = True
    while changed:
        changed = False
        for i, ln in enumerate(lines):
            if not keep[i] or not ln.strip():
                continue
            near = (i > 0 and not keep[i - 1] and lines[i - 1].strip()) or (
                i + 1 < len(lines) and not keep[i + 1] and lines[i + 1].strip()
            )
            if near and len(_WORD.findall(ln)) <= 12 and not _DATELINE.match(ln):
                keep[i] = False
                changed = True
    kept_lines = []
    for i, ln in enumerate(lines):
        if keep[i]:
            kept_lines.append(ln)
        else:
            removed.append((ln.strip(), "boilerplate"))
            kept_lines.append("")  # keeps block boundaries where a box was taken out

    # Blocks separated by blank lines.
    blocks: list[list[str]] = []
    cur: list[str] = []
    for ln in kept_lines:
        if ln.strip():
            cur.append(ln.rstrip())
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)

    # Headline: a first short line without final punctuation, set apart from what follows.
    title = ""
    derived = False
    if blocks:
        first = blocks[0][0].strip()
        more_text = len(blocks) > 1 or len(blocks[0]) > 1
        single_block = len(blocks) == 1
        if more_text and _headline_candidate(first):
            alone = len(blocks[0]) == 1
            if alone or (single_block and len(first) < 0.6 * max(len(x) for x in blocks[0][1:])):
                title = first
                blocks[0] = blocks[0][1:]
                if not blocks[0]:
                    blocks.pop(0)

    # Metadata lines near the top: bylines and publication dates.
    for bi in range(min(3, len(blocks))):
        blk = blocks[bi]
        rest = []
        for ln in blk:
            s = ln.strip()
            pm = _PUBLISHED.match(s)
            if pm and len(_WORD.findall(s)) <= 12 and re.search(r"\d", s):
                published = pm.group("rest").strip()
                removed.append((s, "publication date"))
            elif _BYLINE.match(s) and len(_WORD.findall(s)) <= 14 and not _ends_sentence(s.rstrip(")")):
                byline = s
                removed.append((s, "byline"))
            elif published is None and _looks_like_date_line(s):
                published = s
                removed.append((s, "publication date"))
            else:
                rest.append(ln)
        blocks[bi] = rest
    blocks = [b for b in blocks if b]

    paragraphs: list[str] = []
    for blk in blocks:
        paragraphs.extend(repair_inline(p) for p in _split_block(blk))
    paragraphs = [p for p in paragraphs if p]

    dateline = None
    if paragraphs:
        m = _DATELINE.match(paragraphs[0])
        if m and (m.group("dl").startswith("(") or _CITY_CAPS.match(m.group("dl"))):
            dl = m.group("dl").strip()
            body = paragraphs[0][m.end():].strip()
            if len(_WORD.findall(body)) >= 3:
                dateline = dl
                paragraphs[0] = body[0].upper() + body[1:] if body else body

    if not title:
        title = _derive_title(paragraphs)
        derived = True
    return CleanArticle(
        title=title,
        paragraphs=paragraphs,
        dateline=dateline,
        title_derived=derived,
        byline=byline,
        published=published,
        removed=removed,
        original=original,
    )


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}})(?:\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?\s*$",
    re.I,
)


def _looks_like_date_line(line: str) -> bool:
    return bool(_DATE_LINE.match(line))
