"""Numbers written as numerals or words: "1,400", "1.5 million", "two dozen", "Fifty-two", "several hundred"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS = tuple(_UNITS) + tuple(_TENS)  # "one" ... "ninety": the words a number may open with
_WORD_ALT = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_SCALE_ALT = "hundred|thousand|million|billion"

# A numeral, or number words (with "a"/"an" before a scale, "dozen", hyphenated tens).
# Thousands grouped by commas ("3,000") or, in much of the world's press, by a space ("3 000", "17 000").
_NUMERAL = (r"(?:(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w.,]?\d)|(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?"
            r"|(?<![\w.,])\d+(?:\.\d+)?)(?:\s+(?:" + _SCALE_ALT + r"))?")
_WORDS = (
    r"|(?:\b(?:half\s+a|a\s+quarter\s+of\s+a|three[-\s]quarters\s+of\s+a)\s+(?:million|billion)\b)"  # "half a million"
    r"|(?:\bhalf\s+a\s+dozen\b)"  # six
    r"|(?:\b(?:a|an)\s+(?:" + _SCALE_ALT + r"|dozen)\b"
    r"(?:\s+(?:and\s+)?(?:" + _WORD_ALT + r")(?:[-\s](?:" + _WORD_ALT + r"))?)?)"
    r"|(?:\b(?:" + _WORD_ALT + r")(?:[-\s](?:" + _WORD_ALT + r"))?"
    r"(?:[-\s]+(?:" + _SCALE_ALT + r"|dozen)(?:\s+(?:and\s+)?(?:" + _WORD_ALT + r")(?:[-\s](?:" + _WORD_ALT + r"))?)?)*\b)"
)
# "40k troops", "2.5m people" (headline style): a numeral with a one-letter scale; not in UNIT_NUMBER_PATTERN,
# where "10m" is ten metres.
_SHORT_SCALE = r"|(?<![\w.,])\d+(?:\.\d+)?(?:k|m|bn)(?=\s+[a-z])(?![\w])"
NUMBER_PATTERN = _NUMERAL + r"(?![\w.]\d|[\w])" + _SHORT_SCALE + _WORDS
# The same, where a unit may touch the numeral ("35km", "a 10m wall"): only a digit may not follow.
UNIT_NUMBER_PATTERN = _NUMERAL + r"(?!\d|[.,]\d)" + _WORDS
VAGUE_PATTERN = (
    r"\b(?:several|a\s+few|few|many)\s+(?:hundred|thousand|dozen)\b"
    r"|\b(?:hundreds\s+of\s+thousands|tens\s+of\s+thousands|hundreds|thousands|dozens|scores)\b"
    r"|\ba\s+handful\b"
)
APPROX_PATTERN = (
    r"(?:about|around|roughly|some|nearly|almost|approximately|approx\.|no\s+more\s+than|not\s+more\s+than|more\s+than|over|at\s+least|up\s+to|"
    r"fewer\s+than|less\s+than|an\s+estimated|as\s+many\s+as|close\s+to|just\s+over|just\s+under|under|"
    r"upwards\s+of|in\s+excess\s+of)"
)
NUMBER_RE = re.compile(NUMBER_PATTERN, re.I)

_VAGUE_RANGES = {
    "several hundred": (200, 900), "a few hundred": (200, 500), "few hundred": (200, 500),
    "many hundred": (200, 900), "several thousand": (2000, 9000), "a few thousand": (2000, 5000),
    "few thousand": (2000, 5000), "many thousand": (2000, 9000), "several dozen": (24, 108),
    "a few dozen": (24, 60), "few dozen": (24, 60), "many dozen": (24, 108), "hundreds": (200, 999),
    "thousands": (2000, 9999), "dozens": (24, 99), "scores": (40, 99), "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999), "a handful": (2, 5),
}


@dataclass(frozen=True)
class Quantity:
    """A parsed amount: an exact ``value`` or a vague range (``value`` None, ``min``/``max``)."""

    value: float | None
    min: float | None = None
    max: float | None = None


def words_to_number(text: str) -> float | None:
    """Parse number words ("two dozen" -> 24, "Fifty-two" -> 52, "a hundred and ten" -> 110, "half a million")."""
    if re.fullmatch(r"half\s+a\s+dozen", text.strip().lower()):
        return 6.0
    frac = re.fullmatch(r"(half|a\s+quarter\s+of|three[-\s]quarters\s+of)\s+a\s+(million|billion)", text.strip().lower())
    if frac:
        return {"half": 0.5, "three": 0.75}.get(frac.group(1).split()[0].split("-")[0], 0.25) * _SCALES[frac.group(2)]
    tokens = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    total = 0.0
    current = 0.0
    seen = False
    for tok in tokens:
        if not tok or tok == "and":
            continue
        if tok in ("a", "an"):
            current = 1 if current == 0 else current
            seen = True
        elif tok in _UNITS:
            current += _UNITS[tok]
            seen = True
        elif tok in _TENS:
            current += _TENS[tok]
            seen = True
        elif tok == "dozen":
            current = (current or 1) * 12
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in _SCALES:
            total += (current or 1) * _SCALES[tok]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """Parse a numeral or number words; None when it is not a number."""
    t = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", t):
        t = re.sub(r"[ \u00a0\u202f]", "", t)  # "17 000"
    short = re.fullmatch(r"(\d+(?:\.\d+)?)(k|m|bn)", t)
    if short:  # "40k", "2.5m"
        return float(short.group(1)) * {"k": 1e3, "m": 1e6, "bn": 1e9}[short.group(2)]
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(" + _SCALE_ALT + r"))?", t)
    if m:
        val = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        if m.group(3):
            val *= _SCALES[m.group(3)]
        return val
    return words_to_number(t)


def parse_quantity(text: str) -> Quantity | None:
    """Parse an exact or vague amount."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t in _VAGUE_RANGES:
        lo, hi = _VAGUE_RANGES[t]
        return Quantity(None, lo, hi)
    v = parse_number(t)
    return Quantity(v) if v is not None else None


def as_int_if_whole(v: float | None) -> float | int | None:
    """1400.0 -> 1400 (JSON reads better); 1.5 stays."""
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v
