"""Dates and times in news text, normalised as TimeML TIMEX3 values against a reference date.

Values: ``2013-01-17``, ``2013-01``, ``2013``, ``2013-W03``, ``2012-SU``, ``199`` (decade), ``19``
(century), ``2013-01-17TNI`` / ``2013-01-17T20:00`` (times), ``2013-Q1``, and ``PRESENT_REF``,
``PAST_REF``, ``FUTURE_REF``. Without a reference date, relative expressions keep ``value`` None.
Durations ("14 hours") and sets ("every week") are not dates and are not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Sequence

from .numbers import NUMBER_PATTERN, parse_number

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI"}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![^\W\d_])")  # not "7th Marines"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PART = r"(?:morning|afternoon|evening|night)"
MOD = r"(?:early|late|mid|earlier|later)"
_FUTURE = re.compile(
    r"\b(?:will|won[’']t|shall|'ll|’ll|would(?!\s+(?:have|not\s+have)\b)|is\s+to|are\s+to|(?<!the\s)(?<!a\s)(?<!its\s)(?<!this\s)(?<!that\s)(?<!their\s)(?<!his\s)(?<!her\s)plans?\s+(?:to|for|on)|scheduled|(?<!than-)expected|expects?|due|"
    r"set\s+to|going\s+to|intends?|upcoming|to\s+be\s+held|called\s+for|calls\s+for|resumes?|planned|planning|"
    r"as\s+soon\s+as|as\s+early\s+as|"
    r"begins?|starts?|expires|lapses|takes?\s+effect|comes?\s+into\s+(?:force|effect)|goe?s?\s+into\s+effect|(?<!was\s)(?<!were\s)(?<!been\s)(?<!remained\s)(?<!stayed\s)(?-i:opens?)(?!-)|meets?|ends|finishes|concludes|departs|faces?|plays?|is\s+on|are\s+on|next|"
    r"(?<=\w\s)(?:starting|beginning|opening)(?=\s+(?:on|this|next|in)\b)|"
    r"kicks?\s+off|tees?\s+off|gets?\s+under\s?way|deadline\s+is|"
    r"forecast)\b",
    re.I,
)


_PAST_GOVERNOR = re.compile(
    r"\b(?:said|says|announced|reported|told|predicted|ruled|decided|added|stated|confirmed|denied|declared|"
    r"revealed|warned|agreed|voted|met|closed|ended|began|started|arrived|left|died|was|were|[a-z]+ed)"
    r"(?:\s+(?:on|late|early|by))?\s*$", re.I)


@dataclass(frozen=True)
class Timex:
    """One temporal expression: its span, TIMEX3 type and value, and whether it is a key fact."""

    start: int
    end: int
    text: str
    type: str  # DATE or TIME
    value: str | None
    key: bool = True
    day: date | None = None  # the calendar day, when the value names one


def _month_num(tok: str) -> int:
    return _MONTHS[tok.lower().rstrip(".")]


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


# A sentence end, not an initial ("Daniel P. Davison") or a title ("Mr. Schwarz").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)[.;!?][’'\"”]*\s")


_SAID_IN = re.compile(r"\b(?:said|told|announced|reported|added|confirmed|stated|wrote|testified)\b")


def _future(text: str, start: int, end: int) -> bool:
    before = _SENTENCE_END.split(text[max(0, start - 90):start])[-1]
    before = re.split(r",\s+(?:and|but|while|as|after|when)\s|\b(?:that|which|who|where)\s|\b(?:when|after|since)\s(?=[^;]{0,60}?\b(?:took|was|were|had|came|began|[a-z]{3,}ed)\b)", before)[-1]  # own clause
    if re.search(r"\b(?:expected|scheduled|due|set|slated|planned|effective)\s+(?:on|for|by)?\s*$", before, re.I):
        return not re.search(r"\bhad\b", before)
    seg = before.rsplit(", ", 1)[-1]
    if seg != before and (_SAID_IN.search(seg) or re.match(r"according\s+to\b", seg, re.I)) and not _FUTURE.search(seg):
        # "..., according to a copy reviewed by reporters on Friday": the day of the source, not of the plan
        return False  # "..., Tim Cook said at the White House on Wednesday": the day of the report, not of the plan
    if re.search(r"\b(?:will|won[’']t|shall|would|is\s+to|are\s+to|to)\s+(?:\w+\s+)?be\s+[a-z]+(?:ed|en|wn|ld|nt)"
                 r"(?:\s+(?:on|late|early|by))?\s*$|\b(?:could|may|might|can|must|should)\s+(?:\w+\s+)?be\s+[a-z]+"
                 r"(?:ed|en|wn|ld|nt)\s+by\s+(?:the\s+)?$", before, re.I):
        return True  # "An appeal will be launched on Wednesday"
    if re.match(r"\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,2}(?:holiday|non-working\s+day|day\s+off|day\s+of\s+(?:mourning|rest|action))\b",
                text[end:end + 50], re.I):
        return True  # "declared Monday a non-working day": a day still to come
    if re.search(r"\b(?:declared|declares|announced|announces|ordered|orders|imposed|imposes|called|calls)\b[^.;]{0,60}"
                 r"\b(?:mourning|holiday|curfew|closure|shutdown|strike|ban|ceasefire|truce|lockdown|emergency)\b"
                 r"[^.;]{0,25}\b(?:from|starting|beginning|effective|for)\s+(?:on\s+)?$", before, re.I):
        return True  # "declared three days of national mourning from Friday": the period starts ahead
    tail = re.split(r"\s+and\s+", before)[-1]
    if tail != before and re.match(r"(?:will|would|shall|is\s+to|are\s+to|plans?\s+to)\b", tail):
        return True  # "it had 2.2 billion devices and would start selling the headset on Friday"
    gov = _PAST_GOVERNOR.search(before)
    if gov and re.search(r"\b(?:ordered|orders|wants?|wanted|expects?|needs?)\s+(?:\w+\s+){0,2}$", before[:gov.start()]):
        gov = None  # "has ordered the pullout completed by Sept. 11": a participle after a verb that looks ahead
    if gov or re.search(r"\bhad\b", before):
        return False  # "said Friday that ...", "had been scheduled": the day is in the past
    if re.match(r"[’']?s?\s+(?:is|will|would)\b", text[end:end + 12]):
        return True  # "Monday is a rest day", "Friday will see ..."
    if re.search(r"\b(?:invited|invites|summoned|summons)\b(?:(?!\b(?:said|says|told)\b).)*\bto\b(?:(?!\b(?:said|says|told)\b).)*$", before, re.I):
        return True  # "invited Trump to the White House on Thursday": the visit is ahead
    if re.search(r"\b(?:until|till)\s+(?:\S+\s+){0,3}$", before, re.I) and (re.search(
            r"\b(?:postponed|delayed|deferred|adjourned|extended|suspended|given|gave)\b", before, re.I) or (
            re.search(r"\b(?:has|have|will|is|are|runs|lasts|continues|remains|stays|applies)\b", clause := re.split(r"[;:]\s|,\s", before)[-1], re.I)
            and not re.search(r"\b(?:was|were|had)\b", clause))):
        # "postponed until Tuesday morning", "has given them until 9 a.m. Tuesday": a deadline ahead; not "... has
        # been slowed; only one crossing was open until Feb. 13"
        return True
    if (re.search(r"\b(?:by|until|till)\s+(?:the\s+)?$", before, re.I) and re.search(
            r"\b(?:have|has|will|is|are|could|can|may|might|would|to)\b", before, re.I)
            or re.search(r"\bthrough\s+(?:the\s+)?$", before, re.I) and re.search(
            r"\b(?:will|could|can|may|might|would|shall)\b", before, re.I)) and not re.search(
            r"\b(?:was|were|had|did)\b|(?<!\bhave )(?<!\bhas )(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bordered )"
            r"\b[a-z]{3,}ed\b", before):
        return True  # "have pledged to send tanks by the spring", "could dump 40 inches of rain through Wednesday"
    if not re.search(r"[a-z]{2,}", re.sub(r"(?i)\b(?:on|also|late|early|by|and|but|then|from)\b", "", before)):
        # The sentence opens with the day ("On Tuesday, the group will ..."): its verb comes after it.
        after = re.split(r"(?<=[a-z])[.;!?](?:\s|$)", text[end:end + 120])[0]
        ahead = re.search(r"\b(?:will|won[’']t|shall|is\s+to|are\s+to|plans?\s+to|is\s+(?:scheduled|expected|due|set)|"
                          r"are\s+(?:scheduled|expected|due|set))\b", after, re.I)
        told = re.search(r"\b(?:said|says|told|announced|reported|was|were|had|did|[a-z]{3,}ed)\b", after)
        return bool(ahead) and (told is None or ahead.start() < told.start())  # not "On Tuesday, officials said ... will"
    if _FUTURE.search(before):
        return True
    if re.search(r"\b(?:tournament|championship|season|festival|conference|summit|exhibition|games|talks|session|course)\s+"
                 r"(?:[\w,.’'-]+\s+){0,9}?runs\s+(?:from|until|through|to)\s+$|\b(?:match|game|final|race|summit|meeting|talks|vote|"
                 r"election|ceremony|opener|fixture|hearing|trial)\s+(?:is|are)\b(?![^.;]{0,60}\b(?:was|were|had)\b)[^.;]{0,60}$",
                 before, re.I) and not re.search(r"\b(?:was|were|had|last)\b", before, re.I):
        return True  # "The tournament ... runs from June 11", "England's opening match is in Dallas ... on June 17"
    if re.search(r"\b(?:holds|hosts|stages)\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:elections?|vote|polls|referendum|talks|"
                 r"summit|games|tournament|championship|conference)\s+(?:in|on)\s+$", before, re.I):
        return True  # "Colombia holds presidential elections in May"
    if re.search(r"\b(?:(?-i:[A-Z][a-z]+s)|they|voters|people|citizens|residents)\s+(?:vote|go\s+to\s+the\s+polls|head\s+to\s+the\s+polls)"
                 r"\s+(?:again\s+)?(?:on\s+)?$", before, re.I) and not re.search(
            r"\b(?:will|would|did|was|were|had)\b", before, re.I):
        return True  # "Iraqis vote on Tuesday in a parliamentary election" (said on Monday)
    if re.search(r"\bwarn(?:ed|s|ing)?\s+(?:of|that)\b", before, re.I) and not re.search(r"\b(?:had|was|were)\b", before, re.I):
        return True  # "Airlines warned of cancellations over the weekend": a warning looks ahead
    if re.search(r"\bdeadline\s+(?:on|of|at)\s+$", before, re.I) and not re.search(
            r"\b(?:missed|passed|expired|lapsed|was|were|had|met|ended)\b", before + " " + text[end:end + 30], re.I):
        return True  # "whether he would sign the bill ... before the deadline on Sunday"
    if re.search(r"\b(?:[Ff]orecasters?|[Mm]eteorologists?|weather\s+(?:service|agency|office))\s+(?:\w+\s+)?(?:warned|predicted|"
                 r"expect\w*|forecast|issued\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:warning|alert|watch))\s+(?:of\s+|that\s+)?", before):
        return True  # "Forecasters warned of more severe storms in the Southeast on Sunday": a forecast looks ahead
    whole = _SENTENCE_END.split(text[max(0, start - 250):start])[-1]
    if re.search(r"\b(?:insist(?:s|ed)?|demand(?:s|ed)?|urg(?:es|ed)|propos(?:es|ed)|recommend(?:s|ed)?|requir(?:es|ed))\s+"
                 r"(?:that\s+)?(?:the\s+|its\s+|their\s+)?(?:\w+\s+){0,3}?"
                 r"(?!(?:in|on|at|by|to|of|for|with|was|were|is|are|had|has|have|be|been|did|the|a|an|would|could)\b)"
                 r"[a-z]+(?<!ed)(?<!s)\s+(?:\w+\s+){0,3}?(?:in|on|by)\s+$", whole) and not re.search(
                 r"\b(?:insist|demand|urg|propos|recommend|requir)\w*\b.*\b(?:was|were|had|did|said)\b", whole):
        return True  # "the party insisted the mission end in August": a demand looks ahead
    if re.search(r"\b(?:could|may|might)\s+(?!have\b|not\b|be\s+reached\b)(?:\w+ly\s+)?[a-z]+\b(?!\s+(?:said|told))", before) and \
            not re.search(r"\b(?:said|says|told|warned|added|was|were|had|did)\b", before):
        return True  # "winds could gust up to 70 mph on Monday and Tuesday": a possibility ahead
    # A verb coordinated with a future one shares its tense: "will keep cuts in place ..., and extend cuts ... to the
    # end of September".
    parts = re.split(r",?\s+and\s+(?=[a-z]+\b)", whole)
    if len(parts) >= 2 and re.match(r"[a-z]+(?<!ed)(?<!ing)\s", parts[-1]) and not re.match(
            r"(?:the|a|an|its|their|his|her|this|that|these|those|then|also|was|were|is|are|has|had|have|said)\b", parts[-1]) \
            and re.search(r"\b(?:will|shall|would|is\s+to|are\s+to|plans?\s+to|aims?\s+to|agreed\s+to)\b", parts[-2]) \
            and not re.search(r"\b(?:said|says|told)\b", parts[-1]):
        return True
    # No tense within reach ("... plans to extend military service for men from four months to one year starting in
    # January"): the clause's verb stands further back, when nothing past comes between it and the date.
    wide = re.split(r",\s+(?:and|but|while|as|after|when)\s|\b(?:that|which|who|where)\s", whole)[-1]
    if len(wide) > len(before):
        cue = None
        for cue in _FUTURE.finditer(wide):
            pass
        if cue is not None and not re.search(r"\b(?:was|were|had|did|said|says|told|took|came|began|went|left|fell|rose|won|"
                                             r"lost|met|held|[a-z]{3,}ed)\b", wide[cue.end():], re.I):
            return True
    return False


def _closest_year(ref: date, month: int, day: int | None, future: bool) -> int:
    best = ref.year
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        delta = (d - ref).days
        months = (y - ref.year) * 12 + month - ref.month
        # A clause that looks ahead never means a day (or month) already past; a past one rarely means one ahead.
        if future:
            penalty = 0 if (delta >= -1 if day else months >= 0) else 400
        else:
            penalty = 0 if delta <= (20 if day else 45) else 200
        cands.append((abs(delta) + penalty, y))
    if cands:
        best = min(cands)[1]
    return best


_QUARTER_MENTION = re.compile(r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter"
                              r"(?:\s+of\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d))?", re.I)


class _Ctx:
    def __init__(self, text: str, ref: date | None) -> None:
        self.text = text
        self.ref = ref
        self._quarters: list[tuple[int, str]] | None = None

    def quarter_before(self, pos: int) -> str | None:
        """The quarter the text is talking about at ``pos``: the last one named before it, else the one
        just reported (financial news reports the quarter that ended shortly before the article)."""
        if self._quarters is None:
            self._quarters = []
            for m in _QUARTER_MENTION.finditer(self.text):
                q = _ORD[m.group("q").lower()]
                if m.group("y"):
                    y = int(m.group("y"))
                elif self.ref:
                    y = self.ref.year if q <= (self.ref.month - 1) // 3 + 1 else self.ref.year - 1
                else:
                    continue
                self._quarters.append((m.start(), f"{y}-Q{q}"))
        named = [v for p, v in self._quarters if p < pos]
        if named:
            return named[-1]
        if self.ref is None:
            return None
        d = self.ref - timedelta(days=45)
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


Handler = Callable[[re.Match[str], _Ctx], "tuple[str | None, str, bool, date | None] | None"]
_RULES: list[tuple[re.Pattern[str], Handler, re.Pattern[str] | None]] = []

# Cheap cue patterns: a rule's full pattern runs only on text holding its cue (most text holds few).
CUE_MONTH = r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
CUE_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
CUE_YEAR = r"(?:1[89]|20)\d\d"


def rule(pattern: str, flags: int = 0, cue: str | None = None) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        _RULES.append((re.compile(pattern, flags), fn, _cue(cue) if cue else None))
        return fn

    return deco


def _cue(cue: str) -> re.Pattern[str] | tuple[str, ...]:
    """A rule's cue: plain case-insensitive words ("(?i)quarter|period") become words to look for in the lower-cased
    sentence, which is faster than a pattern; anything else stays a pattern."""
    plain = re.fullmatch(r"\(\?i\)([a-z |]+)", cue)
    return tuple(plain.group(1).split("|")) if plain else re.compile(cue)


def _cue_hit(cue: re.Pattern[str] | tuple[str, ...], text: str, low: str) -> bool:
    return any(map(low.__contains__, cue)) if cue.__class__ is tuple else cue.search(text) is not None


def _time_suffix(part: str | None) -> str:
    return ("T" + _PARTS[part.lower()]) if part else ""


@rule(r"\b(?:(?:Sept\.?|September)\s+11(?:th)?|9/11)(?=\s+(?:attacks?|terror|terrorist|hijack|hijackers|commission|plot|"
      r"plotters|strikes))", 0, cue=r"Sept|September|9/11")
def _nine_eleven(m, c):
    """ "the Sept. 11 attacks": 2001-09-11, whatever the article's date."""
    return "2001-09-11", "DATE", True, date(2001, 9, 11)


_MD_SPAN_START = re.compile(rf"\bfrom\s+(?P<m1>{MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
                            rf"\s+(?:to|until|till|through|-|–)\s*$")


_YEARS_OWN = re.compile(r"\b(next|last)\s+year['’]s\b(?![^,;]*\b(?:19|20)\d\d\b)", re.I)


@rule(rf"\b(?:{MOD}[-\s]+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:\d|\s*(?:%|,\d))"
      rf"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b|,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b)?", 0, cue=CUE_MONTH)
def _month_day(m, c):
    mon, d = _month_num(m.group("mon")), int(m.group("d"))
    if m.group("y"):
        y = int(m.group("y"))
    elif m.group("yrel") and c.ref:  # "Nov. 27 last year"
        y = c.ref.year + {"last": -1, "this": 0, "next": 1}[m.group("yrel")]
    elif c.ref and (own := _YEARS_OWN.search(_SENTENCE_END.split(c.text[max(0, m.start() - 80):m.start()])[-1])):
        y = c.ref.year + (1 if own.group(1).lower() == "next" else -1)  # "Next year's race will be held on Dec. 6"
    elif c.ref and (span := _MD_SPAN_START.search(c.text, max(0, m.start() - 40), m.start())):
        # "runs from Oct. 1 to Dec. 31": the end of a span follows its start
        m1, d1 = _month_num(span.group("m1")), int(span.group("d1"))
        y1 = int(span.group("y1")) if span.group("y1") else _closest_year(c.ref, m1, d1, _future(c.text, span.start("m1"), span.end("d1")))
        y = y1 if (mon, d) >= (m1, d1) else y1 + 1
    elif c.ref:
        # A day ahead in a past-tense sentence is usually a deadline or a schedule ("ruled that he must be returned
        # by Jan. 14", "extended to Nov. 20"): the nearest such day, without _year_for's past-clause rule.
        ahead = _future(c.text, m.start(), m.end()) and not re.search(r"\bsince\s+$", c.text[max(0, m.start() - 8):m.start()], re.I)
        y = _closest_year(c.ref, mon, d, ahead)  # "Her results since April 27 will be annulled": since looks back
        if (not ahead and (y, mon, d) > (c.ref.year, c.ref.month, c.ref.day) and re.search(
                r"\b(?:was|were|fell|died|began|started|ended|took\s+place|happened|occurred|(?!(?:scheduled|planned|expected|set)\b)"
                r"[a-z]{3,}ed)\s+on\s+$", c.text[max(0, m.start() - 30):m.start()])):
            y -= 1  # "after Bashar al-Assad fell on Dec. 8" said on Dec. 2: the Dec. 8 before
    else:
        return None, "DATE", True, None
    return _day_value(y, mon, d)


def _day_value(y: int, mon: int, d: int):
    """The rule result for a calendar day, or None when there is no such day (Feb 30)."""
    try:
        day = date(y, mon, d)
    except ValueError:
        return None
    return day.isoformat(), "DATE", True, day


@rule(rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})"
      rf"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b|,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b)?", 0, cue=CUE_MONTH)
def _day_month(m, c):
    return _month_day(m, c)


@rule(rf"\b(?:(?P<mod>{MOD})[-\s]+)?(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<y>(?:1[89]|20)\d\d)\b", 0, cue=CUE_MONTH)
def _month_year(m, c):
    return f"{m.group('y')}-{_month_num(m.group('mon')):02d}", "DATE", True, None


@rule(r"\b(?P<y>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", 0, cue=CUE_YEAR)
def _iso(m, c):
    return _day_value(int(m.group("y")), int(m.group("m")), int(m.group("d")))


@rule(r"\b(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)\b", 0, cue=r"/")
def _us_date(m, c):
    y = int(m.group("y"))
    y = y + (2000 if y < 50 else 1900) if y < 100 else y
    return _day_value(y, int(m.group("m")), int(m.group("d")))


def _weekday_date(c: _Ctx, wd: int, start: int, end: int) -> date:
    """A bare weekday: the next one in a future-tense clause, else the most recent one (on or before the reference)."""
    assert c.ref is not None
    span = _WD_SPAN_START.search(c.text, max(0, start - 60), start) if " to " in c.text or "until" in c.text else None
    if span:  # "from 4 a.m. Wednesday to 7:10 a.m. Thursday": the end of a span follows its start
        first = _weekday_date(c, _WEEKDAYS[span.group("wd1").lower()], span.start("wd1"), span.end("wd1"))
        return first + timedelta(days=(wd - first.weekday()) % 7)
    pair = _WD_AND_START.search(c.text, max(0, start - 25), start) if " and " in c.text or " or " in c.text else None
    if pair and (wd - _WEEKDAYS[pair.group("wd1").lower()]) % 7 in (1, 2):
        # "suspended on Monday and Tuesday": the second day of a pair follows the first
        first = _weekday_date(c, _WEEKDAYS[pair.group("wd1").lower()], pair.start("wd1"), pair.end("wd1"))
        return first + timedelta(days=(wd - first.weekday()) % 7)
    if _future(c.text, start, end):
        return c.ref + timedelta(days=(wd - c.ref.weekday()) % 7)
    return c.ref - timedelta(days=(c.ref.weekday() - wd) % 7)


_WD_AND_START = re.compile(rf"\b(?P<wd1>{WEEKDAY})\s+(?:and|or)\s+$")
_WD_SPAN_START = re.compile(
    rf"\bfrom\s+(?:(?:\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight|midday)\s+(?:on\s+)?)?(?P<wd1>{WEEKDAY})"
    rf"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:to|until|till|through)\s+"
    rf"(?:(?:\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight|midday)\s+(?:on\s+)?)?$")


# After "Sunday's": a noun phrase, then a verb that looks ahead; or a scheduled event described in the present.
_POSS_AHEAD = re.compile(
    r"(?:\s+[\w.-]+){1,3}?\s+(?:will|won[’']t|’ll|'ll|(?:is|are)\s+(?:expected|due|set|scheduled|likely|unlikely|to)\b|"
    r"could|may|might|should)\b"
    r"|(?:\s+[\w.-]+){0,2}?\s+(?:stage|match|game|race|final|semi-?final|fixture|ceremony|round|parade|kick-?off|"
    r"derby)\s+(?:is|are)\b", re.I)  # not "Wednesday's vote is a defeat": a result described in the present


@rule(rf"\b(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming|[Pp]ast)\s+|(?P<mod>[Ee]arly|[Ll]ate|[Mm]id)[-\s]+)?(?P<wd>{WEEKDAY})(?:[’']s)?"
      rf"(?:\s+(?P<part>{PART}))?\b", 0, cue=CUE_WEEKDAY)
def _weekday(m, c):
    if not c.ref:
        return None, "TIME" if m.group("part") else "DATE", True, None
    wd = _WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    ref = c.ref
    back = (ref.weekday() - wd) % 7
    fwd = (wd - ref.weekday()) % 7
    if rel in ("last", "past"):
        day = ref - timedelta(days=back or 7)
    elif rel == "next":  # the day in the week after the reference's: "next Thursday" said on a Wednesday is 8 days on
        day = ref + timedelta(days=7 - ref.weekday() + wd)
    elif rel == "coming":
        day = ref + timedelta(days=fwd or 7)
    elif rel == "this":
        day = ref + timedelta(days=wd - ref.weekday())
    elif m.group(0).endswith(("'s", "’s")) and _POSS_AHEAD.match(c.text, m.end()):
        day = ref + timedelta(days=fwd)  # "Sunday's election is expected to ...", "Friday's stage is a time trial"
    elif m.group(0).endswith(("'s", "’s")) and not _FUTURE.search(c.text[max(0, m.start() - 15):m.start()]):
        day = ref - timedelta(days=back)  # "Wednesday's ruling", "in Sunday's debate": an event reported on
    else:
        day = _weekday_date(c, wd, m.start(), m.end())
    part = m.group("part")
    return day.isoformat() + _time_suffix(part), "TIME" if part else "DATE", True, day


@rule(r"\bthe\s+day\s+(?P<dir>before\s+yesterday|after\s+tomorrow)\b", re.I, cue=r"(?i)the day (?:before|after)")
def _two_days(m, c):
    """ "the day before yesterday", "the day after tomorrow"."""
    if not c.ref:
        return None, "DATE", True, None
    day = c.ref + timedelta(days=-2 if m.group("dir").lower().startswith("before") else 2)
    return day.isoformat(), "DATE", True, day


@rule(rf"\b(?:(?P<rel>today|yesterday|tomorrow|tonight)(?:[’']s)?(?:\s+(?P<part>{PART}))?|(?P<rel2>this|last)\s+(?P<part2>{PART})|overnight(?:\s+(?:on|into)\s+(?P<owd>{WEEKDAY}))?)\b",
      re.I, cue=r"(?i)today|yesterday|tomorrow|tonight|overnight|morning|afternoon|evening|night")
def _rel_day(m, c):
    word = (m.group("rel") or m.group("rel2") or "overnight").lower()
    part = m.group("part") or m.group("part2")
    if word == "tonight":
        part = "tonight"
    if word == "last" and part and part.lower() == "night":
        offset = -1
    else:
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    if word == "overnight":
        if re.match(r"\s+(?:train|trains|flight|flights|bus|buses|ferry|stay|stays|trip|journey|shift|shifts|bag|"
                    r"rain|rains|low|lows|temperatures?|session|delivery|deliveries|success|sensation|guest|guests|"
                    r"rates?|lending|loans?|borrowing|repo|index|indexed|interbank|funding|money|market|markets|"
                    r"trading|camp|camps|visit|visits|parking|curfew|hours)\b",
                    c.text[m.end():m.end() + 16], re.I):
            return None  # "a 10-hour overnight train": a kind of train, not a time
        part = None
    if not c.ref:
        return None, "TIME" if part else "DATE", True, None
    if m.group("owd"):  # "overnight on Thursday", "overnight into Friday": that day
        day = _weekday_date(c, _WEEKDAYS[m.group("owd").lower()], m.start("owd"), m.end("owd"))
        return day.isoformat(), "DATE", True, day
    day = c.ref + timedelta(days=offset)
    return day.isoformat() + _time_suffix(part), "TIME" if part else "DATE", True, day


@rule(r"\b(?:(?P<mod>earlier|later|early|late)\s+)?(?:(?P<rel>this|last|next|coming|the\s+coming|previous|the\s+previous|the\s+following|following)\s+)(?P<fiscal>(?:fiscal|financial)\s+(?=year\b))?"
      r"(?P<unit>week|weekend|month|year|quarter|spring|summer|fall|autumn|winter|decade|century)\b", re.I, cue=r"(?i)week|month|year|quarter|spring|summer|fall|autumn|winter|decade|century")
def _rel_unit(m, c):
    if not c.ref:
        return None, "DATE", True, None
    rel = m.group("rel").lower().replace("the ", "")
    unit = m.group("unit").lower()
    step = {"this": 0, "last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}[rel]
    ref = c.ref
    if unit in ("week", "weekend"):
        d = ref + timedelta(weeks=step)
        return _iso_week(d) + ("-WE" if unit == "weekend" else ""), "DATE", True, None
    if unit == "month":
        mon = ref.month + step
        y = ref.year + (mon - 1) // 12
        mon = (mon - 1) % 12 + 1
        return f"{y}-{mon:02d}", "DATE", True, None
    if unit == "year":
        if step == -1 and not m.group("mod") and not m.group("fiscal"):
            # Financial news: "profit rose from $5 million last year" in a sentence about a quarter means
            # that quarter of last year (TimeBank annotates it so).
            start = max(c.text.rfind(". ", 0, m.start()), c.text.rfind("\n", 0, m.start())) + 1
            end = c.text.find(". ", m.end())
            if re.search(r"\bquarter\b", c.text[start:end if end > 0 else len(c.text)], re.I):
                q = c.quarter_before(m.start())
                if q:
                    return f"{int(q[:4]) - 1}{q[4:]}", "DATE", True, None
        return f"{ref.year + step}", "DATE", True, None
    if unit == "quarter" and rel in ("previous", "following"):
        # Anaphoric: the quarter before (after) the one the text is talking about, not the calendar's.
        cur = c.quarter_before(m.start())
        if cur:
            q = (int(cur[-1]) - 1) + step
            return f"{int(cur[:4]) + q // 4}-Q{q % 4 + 1}", "DATE", True, None
    if unit == "quarter":
        q = (ref.month - 1) // 3 + step
        y = ref.year + q // 4
        return f"{y}-Q{q % 4 + 1}", "DATE", True, None
    if unit == "decade":
        return f"{(ref.year // 10 + step)}", "DATE", True, None
    if unit == "century":
        return f"{(ref.year // 100 + step):02d}", "DATE", True, None
    season = _SEASONS[unit]
    return f"{ref.year + step}-{season}", "DATE", True, None


@rule(r"\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+(?P<rel>the|this|next|last)\s+"
      r"(?P<unit>week|month|year)\b", re.I, cue=r"(?i)\b(?:end|beginning|start|middle|rest|remainder)\s+of\b")
def _part_of_unit(m, c):
    """ "the end of the month", "the start of next year": that month, week or year (TimeML gives it a mod)."""
    if not c.ref:
        return None, "DATE", True, None
    step = {"the": 0, "this": 0, "next": 1, "last": -1}[m.group("rel").lower()]
    unit = m.group("unit").lower()
    if unit == "week":
        return _iso_week(c.ref + timedelta(weeks=step)), "DATE", True, None
    if unit == "month":
        mon = c.ref.month + step
        return f"{c.ref.year + (mon - 1) // 12}-{(mon - 1) % 12 + 1:02d}", "DATE", True, None
    return f"{c.ref.year + step}", "DATE", True, None


@rule(rf"\b(?P<n>{NUMBER_PATTERN}|a|an|several|a\s+few|few)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+(?P<dir>ago|earlier|before|later|from\s+now|hence)\b", re.I, cue=r"(?i)\b(?:ago|earlier|before|later|from now|hence)\b")
def _ago(m, c):
    if not c.ref:
        return None, "DATE", True, None
    nt = m.group("n").lower()
    if nt in ("several", "a few", "few"):
        return ("PAST_REF" if m.group("dir").lower() in ("ago", "earlier", "before") else "FUTURE_REF"), "DATE", True, None
    n = parse_number(nt) if nt not in ("a", "an") else 1
    if n is None or n != int(n):
        return None, "DATE", True, None
    n = int(n) * (-1 if m.group("dir").lower() in ("ago", "earlier", "before") else 1)
    unit = m.group("unit").lower().rstrip("s")
    ref = c.ref
    if m.group("dir").lower() in ("later", "earlier", "before") and unit in ("year", "month"):
        # "elected in 2010 and re-elected four years later": counted from the time named before it.
        before = _SENTENCE_END.split(c.text[max(0, m.start() - 200):m.start()])[-1]
        anchors = list(re.finditer(rf"(?:\b(?P<mon>{MONTH})\s+)?(?<![$€£\d])\b(?P<y>(?:19|20)\d\d)\b(?!\s*%)", before))
        if anchors:
            a = anchors[-1]
            if unit == "year":
                return f"{int(a.group('y')) + n}", "DATE", True, None
            if a.group("mon"):
                mon = _month_num(a.group("mon")) + n
                y = int(a.group("y")) + (mon - 1) // 12
                return f"{y}-{(mon - 1) % 12 + 1:02d}", "DATE", True, None
    if unit == "day":
        d = ref + timedelta(days=n)
        return d.isoformat(), "DATE", True, d
    if unit == "week":
        return _iso_week(ref + timedelta(weeks=n)), "DATE", True, None
    if unit == "month":
        mon = ref.month + n
        y = ref.year + (mon - 1) // 12
        return f"{y}-{(mon - 1) % 12 + 1:02d}", "DATE", True, None
    if unit == "year":
        near = c.text[max(0, m.start() - 300):m.end() + 60]
        if re.search(r"\bquarter\b", near, re.I) and abs(n) == 1 and m.group("dir").lower() in ("ago", "earlier"):
            q = c.quarter_before(m.start())
            if q:
                return f"{int(q[:4]) + n}{q[4:]}", "DATE", True, None
        return f"{ref.year + n}", "DATE", True, None
    return f"{(ref.year + 10 * n) // 10}", "DATE", True, None


@rule(r"\b[Tt]hat\s+(?P<u>year|month)\b(?![’']s)", 0, cue=r"(?i)that year|that month")
def _that_unit(m, c):
    """ "a peak of more than 100,000 that year": the year (or month) named last before it."""
    before = c.text[max(0, m.start() - 300):m.start()]
    if m.group("u") == "year":
        years = re.findall(r"(?<![\d$€£,.])((?:19|20)\d\d)\b(?!\s*%)", before)
        return (years[-1], "DATE", True, None) if years else None
    months = list(re.finditer(rf"\b(?P<mon>{MONTH})\s+(?P<y>(?:19|20)\d\d)\b", before))
    if not months:
        return None
    last = months[-1]
    return f"{last.group('y')}-{_month_num(last.group('mon')):02d}", "DATE", True, None


_MONTH_AND_BEFORE = re.compile(rf"\b(?:{MONTH}),?\s+(?:and|or|to|through|until|till|-|–)\s*$")


@rule(r"\b(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id)[-\s]+)?(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
      r"(?:,?\s+(?:of\s+)?(?P<yrel>this|last|next|that)\s+year\b)?", 0, cue=CUE_MONTH)
def _month_alone(m, c):
    mon_name = m.group("mon")
    before = c.text[max(0, m.start() - 12):m.start()].lower()
    if mon_name in ("May", "March") and not (m.group("rel") or m.group("mod")) and not re.search(
        r"\b(?:in|since|until|by|of|during|from|through|to|before|after|early|late|mid|end|beginning)\s+$", before
    ) and not _MONTH_AND_BEFORE.search(c.text, max(0, m.start() - 25), m.start()) and not (
            mon_name == "March" and re.search(r"\b(?:for|figures|data|numbers)\s+$", before)):  # "U.N. figures for March"
        return None
    mon = _month_num(mon_name)
    if not c.ref:
        return None, "DATE", True, None
    rel = (m.group("rel") or "").lower()
    if m.group("yrel") and m.group("yrel").lower() == "that":  # "in November of that year": the year named last
        years = re.findall(r"(?<![\d$€£,.])((?:19|20)\d\d)\b(?!\s*%)", c.text[max(0, m.start() - 300):m.start()])
        if not years:
            return None
        y = int(years[-1])
    elif m.group("yrel"):  # "February this year", "June of last year"
        y = c.ref.year + {"this": 0, "last": -1, "next": 1}[m.group("yrel").lower()]
    elif rel == "last":  # the month just ended would be "last month": "began last April" in May is a year before
        y = c.ref.year if mon < c.ref.month - 1 else c.ref.year - 1
    elif rel == "next":
        y = c.ref.year if mon > c.ref.month else c.ref.year + 1
    elif rel == "this":
        y = c.ref.year
    else:
        y = _year_for(c, m.start(), m.end(), mon)
    return f"{y}-{mon:02d}", "DATE", True, None


def _year_for(c: _Ctx, start: int, end: int, mon: int) -> int:
    """The year of a month named without one: the nearest, on the side the tense points to."""
    assert c.ref is not None
    ahead = _future(c.text, start, end)
    clause = re.split(r"[,;:]\s", _SENTENCE_END.split(c.text[max(0, start - 90):start])[-1])[-1]
    if ahead and re.search(r"\b(?:since|(?:same\s+)?as\s+in|than\s+in)\s+$", clause, re.I):
        ahead = False  # "after raising output since April", "the same as in October": a month already seen
    if ahead and re.search(r"\bunder\s+(?:a|an|the|its)\s+[^,.;]{0,40}?\b(?:decision|agreement|deal|resolution|law|accord|ruling|vote)"
                           r"\s+(?:\w+\s+)?in\s+$", c.text[max(0, start - 90):start], re.I):
        ahead = False  # "is to wind down ... under a Security Council decision in August": the decision is behind
    span = re.search(rf"\bfrom\s+(?:early\s+|mid-?|late\s+)?(?P<m1>{MONTH})\s+(?:to|until|through)\s+$", c.text[max(0, start - 40):start])
    if span:  # "from January to March": the end of a span follows its start
        m1 = _month_num(span.group("m1"))
        first = _closest_year(c.ref, m1, None, ahead)
        return first if mon >= m1 else first + 1
    if not ahead and re.search(r"\b(?:until|till|through)\s+$", clause, re.I) and re.search(
            r"\b(?:have|has|will|is|are|remains?|stays?)\b", clause, re.I):
        ahead = True  # "have removed it from their schedules until June": a state that lasts into June
    y = _closest_year(c.ref, mon, None, ahead)
    if not ahead and y * 12 + mon > c.ref.year * 12 + c.ref.month and _past_clause(clause):
        y -= 1  # "was grounded in March" (in January): the March before, not the one to come
    return y


def _past_clause(clause: str) -> bool:
    """A clause told in the past ("The jet was grounded worldwide in"), with no forward-looking cue."""
    if re.search(r"\bsince\s+$", clause, re.I):
        return True
    if re.match(r"\s*(?:if|unless|once)\b", clause, re.I):
        return False  # "If no government is formed by mid-December"
    told = re.search(r"\b(?:was|were|had|did|left|took|began|came|went|fell|rose|won|lost|met|held|saw|made|gave|sent|"
                     r"brought|fought|fled|led|spent|paid|sold|bought|built|caught|drove|ran|grew|knew|wrote|spoke|broke|"
                     r"chose|stole|threw|became|got|kept|stood|swore|withdrew|overran|struck|sought|told|said|shut|quit|spread|burst)\b"
                     r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
                     r"(?<!\bhas )(?<!\bhave )(?<!\bto )\b[a-z]{3,}ed\b", clause)
    return bool(told) and not _FUTURE.search(clause) \
        and not re.search(r"\b(?:expected|scheduled|planned|slated|due|set)\b", clause, re.I)


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"


@rule(rf"\b(?:(?P<mon>{MONTH})\s+)?(?:the\s+year\s+)?(?:(?P<c>nineteen|eighteen)[-\s](?P<rest>(?:{_TENS})(?:[-\s](?:{_UNITS}))?|{_TEENS}|"
      rf"hundred)|two\s+thousand(?:\s+and)?(?:[-\s](?P<rest2>(?:{_TENS})(?:[-\s](?:{_UNITS}))?|{_TEENS}|{_UNITS}))?)\b",
      re.I, cue=r"(?i)nineteen|eighteen|two thousand")
def _spelled_year(m, c):
    """A year in words, as broadcast transcripts write it: "nineteen ninety-six", "the year two thousand"."""
    anchored = m.group("mon") or m.group(0).lower().startswith("the year")
    before = c.text[max(0, m.start() - 8):m.start()].lower()
    if not anchored:
        # "two thousand soldiers", "nineteen hundred troops" are amounts, not years.
        if re.match(r"\s*(?:hundred|thousand|million|percent|per\s+cent|[a-z]+s\b)", c.text[m.end():m.end() + 15], re.I):
            return None
        if not m.group("c") and not re.search(r"\b(?:in|by|since|until|before|after|from|of)\s+$", before):
            return None
        if m.group("c") and m.group("rest").lower() == "hundred":
            return None
    if m.group("c"):
        rest = m.group("rest").lower()
        n = 0 if rest == "hundred" else parse_number(rest.replace(" ", "-"))
        if n is None:
            return None
        y = (1900 if m.group("c").lower() == "nineteen" else 1800) + int(n)
    else:
        n = parse_number(m.group("rest2").replace(" ", "-")) if m.group("rest2") else 0
        if n is None:
            return None
        y = 2000 + int(n)
    if m.group("mon"):
        return f"{y}-{_month_num(m.group('mon')):02d}", "DATE", True, None
    return f"{y}", "DATE", True, None


@rule(r"\b(?:(?:early|late|mid)[-\s]+)?(?:fiscal\s+(?:year\s+)?)?(?P<y>(?:1[89]|20)\d\d)\b(?![-–]\d|\s*(?:%|percent)|,\d|\.\d)", 0, cue=CUE_YEAR)
def _year(m, c):
    before = c.text[max(0, m.start() - 3):m.start()]
    if re.search(r"[$€£¥#]\s*$|\d[.,]?$", before):
        return None
    if re.search(r"\b(?:Resolution|No\.?|Number|Highway|Route|Flight|Room|Article|Section|Chapter|Boeing|Airbus|"
                 r"model|Windows|Office|Interstate|page|pages|bus|line|code|Law|Act)\s*$",
                 c.text[max(0, m.start() - 14):m.start()], re.I):
        return None
    if re.search(r"\b(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z][a-z]+)\s+$", c.text[max(0, m.start() - 40):m.start()]) and not re.search(
            rf"(?:{MONTH})\.?\s+$|\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Oo]f|[Ff]rom|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)\s+\S+\s+\S+\s+$",
            c.text[max(0, m.start() - 40):m.start()]):
        return None  # "the exercise Steadfast Defender 2024": part of a name
    after = c.text[m.end():m.end() + 25]
    if re.match(r"\s+[A-Z]{1,2}\d{0,3}\b", after) and re.search(r"\b(?:named|designated|dubbed|called|asteroid|comet)\s+$",
                                                             c.text[max(0, m.start() - 12):m.start()], re.I):
        return None  # "the asteroid, named 2025 TF": a catalogue name, not a year
    if re.match(r"\s+(?:people|troops|soldiers|men|women|votes|units|cases|deaths|dollars|euros|miles|km|kilometers|"
                r"meters|metres|tons|tonnes|barrels|shares|jobs|homes|cars|times|members|residents|students|"
                r"workers|employees|patients|points|feet|yards|pounds|acres|hectares|words)\b", after, re.I):
        return None
    return m.group("y"), "DATE", True, None  # TimeML gives "fiscal 1989" the value 1989 as well


@rule(r"\b(?:the\s+)?(?:(?:early|late|mid)[-\s]?)?(?P<dec>(?:1[89]|20)\d0)[’']?s\b|\b(?:the\s+)?[’'](?P<short>\d)0s\b", 0, cue=r"\d0[’']?s")
def _decade(m, c):
    if m.group("dec"):
        return m.group("dec")[:3], "DATE", True, None
    return "19" + m.group("short"), "DATE", True, None


@rule(r"\b(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century\b", re.I, cue=r"(?i)century")
def _century(m, c):
    return f"{int(m.group('c')) - 1:02d}", "DATE", True, None


@rule(r"\b(?:(?P<rel>this|last|next|early|late)\s+)?(?P<season>spring|summer|autumn|winter)(?:\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d))?\b", re.I, cue=r"(?i)spring|summer|autumn|winter")
def _season(m, c):
    s = _SEASONS[m.group("season").lower()]
    if m.group("y"):
        return f"{m.group('y')}-{s}", "DATE", True, None
    before = c.text[max(0, m.start() - 10):m.start()].lower()
    rel = (m.group("rel") or "").lower()
    deadline = bool(re.search(r"\b(?:before|by|until|till|ahead\s+of)\s+$", before)) and not re.match(
        r"\s+(?:[a-z]+\s+)?(?:games|olympics|session|term|semester|break|holidays?|wheat|crops?|coats?|tyres|tires)\b",
        c.text[m.end():m.end() + 25], re.I)  # "capture the city before winter", not "before Winter Olympics"
    if not rel and not deadline and not re.search(r"\b(?:the|this)\s+$", before):
        return None
    if not c.ref:
        return None, "DATE", True, None
    step = {"last": -1, "next": 1}.get(rel, 0)
    if not rel and s in _SEASON_MONTHS:  # "the spring": the coming one in a forward-looking clause, else the last
        first, last = _SEASON_MONTHS[s]
        ahead = re.search(r"\b(?:will|would|could|might|shall|expects?|expected|plans?|planned)\b|['’]ll\b",
                          _SENTENCE_END.split(c.text[max(0, m.start() - 60):m.start()])[-1], re.I) or \
            (re.search(r"\bby\s+(?:the\s+)?$", before) and _future(c.text, m.start(), m.end())) or deadline or \
            (_future(c.text, m.start(), m.end()) and not re.search(
                r"\b(?:was|were|had|did|made|took|came|went|said|told|left|began|saw)\b|\b[a-z]{3,}ed\b",
                _SENTENCE_END.split(c.text[max(0, m.start() - 120):m.start()])[-1]))
        # "by the spring"; "will keep ... and send tanks for training in the spring", not "made it difficult ... well into the summer"
        if ahead and c.ref.month > last:
            step = 1
        elif not ahead and c.ref.month < first:
            step = -1
    return f"{c.ref.year + step}-{s}", "DATE", True, None


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}  # winter spans the turn of the year: left as is


@rule(r"\b(?:the\s+)?(?:(?P<yrel>this|last|next)\s+year[’']s\s+|(?P<y0>(?:19|20)\d\d)(?:\s+fiscal)?\s+)?"
      r"(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter"
      r"(?:\s+of\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)|\s+of\s+(?P<yrel2>this|last|next)\s+year)?"
      r"|(?P<q4>final|last)[-\s]quarter\s+of\s+(?:(?:fiscal\s+)?(?P<y4>(?:19|20)\d\d)|(?P<yrel4>this|last|next)\s+year))\b",
      re.I, cue=r"(?i)quarter")
def _quarter(m, c):
    q = _ORD[m.group("q").lower()] if m.group("q") else 4  # "the final quarter of 2011"
    if not (m.group("y") or m.group("y0") or m.group("y4")) and _GAME_QUARTER.search(c.text):
        return None  # "came back from a 10-point deficit in the fourth quarter": a quarter of a game
    if m.group("y") or m.group("y0") or m.group("y4"):
        return f"{m.group('y') or m.group('y0') or m.group('y4')}-Q{q}", "DATE", True, None
    if not c.ref:
        return None, "DATE", True, None
    yrel = m.group("yrel") or m.group("yrel2") or m.group("yrel4")
    if yrel:  # "this year's third quarter", "the first quarter of next year"
        return f"{c.ref.year + {'this': 0, 'last': -1, 'next': 1}[yrel.lower()]}-Q{q}", "DATE", True, None
    return f"{_quarter_year(c, q, m.start(), m.end())}-Q{q}", "DATE", True, None


@rule(r"\b(?:the\s+)?(?P<m1>January|April|July|October|Jan\.?|Apr\.?|Jul\.?|Oct\.?)\s*(?:[-–/]|\s+to\s+)\s*"
      r"(?P<m2>March|June|September|December|Mar\.?|Jun\.?|Sept?\.?|Dec\.?)\s+(?:quarter|period|three\s+months)\b"
      r"(?:\s+of\s+(?P<y>(?:19|20)\d\d))?", 0, cue=CUE_MONTH)
def _month_range_quarter(m, c):
    """ "the October-December quarter": a calendar quarter named by its months."""
    m1, m2 = _month_num(m.group("m1")), _month_num(m.group("m2"))
    if m2 - m1 != 2:
        return None
    q = (m1 - 1) // 3 + 1
    if m.group("y"):
        return f"{m.group('y')}-Q{q}", "DATE", True, None
    if not c.ref:
        return None, "DATE", True, None
    return f"{_quarter_year(c, q, m.start(), m.end())}-Q{q}", "DATE", True, None


_GAME_QUARTER = re.compile(r"\b(?:touchdowns?|field\s+goals?|yards|\d+-point\s+(?:deficit|lead)|overtime|quarterback|"
                           r"free\s+throws?|rebounds|three-pointers?|buzzer|half-?time|points?\s+(?:in|during)\s+the|"
                           r"(?:star|guard|forward|centre|center|player|striker|pitcher)\b[^.;]{0,60}\b(?:left|exited|limped|scored|was\s+hurt)|"
                           r"Game\s+\d)\b", re.I)


def _quarter_year(c: _Ctx, q: int, start: int, end: int) -> int:
    """The year of a quarter named without one ("third-quarter results", "Q3")."""
    assert c.ref is not None
    current = (c.ref.month - 1) // 3 + 1
    if q == (current + 2) % 4 + 1:  # the quarter just ended ("due to report fourth-quarter results" in January)
        return c.ref.year - (1 if current == 1 else 0)
    # A quarter still to come is this year's when the clause looks ahead ("will report third-quarter results").
    return c.ref.year if q <= current or _future(c.text, start, end) else c.ref.year - 1


@rule(r"(?:\b(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
      r"(?:\s+(?P<tz>EST|EDT|GMT|UTC|CET|ET|PT|local\s+time))?|\b(?P<word>noon|midday|midnight)\b)"
      rf"(?:(?:\s*\([^()]{{1,15}}\))?,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})\b)?",
      0, cue=r"(?i)\d\s*[ap]\.?m\b|noon|midday|midnight")
def _clock(m, c):
    if m.group("word"):
        hh, mm = (12, 0) if m.group("word").lower() != "midnight" else (0, 0)
    else:
        hh = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
        mm = int(m.group("mi") or 0)
        if int(m.group("h")) > 12:
            return None
    if not c.ref:
        return None, "TIME", True, None
    wd = m.group("wd")
    if not wd:
        return _dayless_time(m, c, hh, mm)
    day = _weekday_date(c, _WEEKDAYS[wd.lower()], m.start(), m.end())
    if m.group("word") and m.group("word").lower() == "midnight":
        return f"{day.isoformat()}T24:00", "TIME", True, day  # "midnight on Friday": the end of Friday (TimeBank: T24)
    return f"{day.isoformat()}T{hh:02d}:{mm:02d}", "TIME", True, day


_PARTICIPLE_AT = re.compile(r",\s+(?:[a-z]+ed|cut|shut|set|hit|put|held|sent|built|taken|seen|given|begun|closed|halted)"
                            r"\s+(?:\w+\s+)?(?:at|around|about|from|by)\s+(?:about\s+|around\s+)?$")


# "Polls close at 5 p.m.": a timetable told in the present is the reference day's, not a day the sentences before named.
_TIMETABLE_BEFORE = re.compile(r"\b(?:[A-Za-z]+s\s+(?:close|open|begin|start|end|finish|resume)|[a-z]+\s+(?:closes|opens|begins|"
                               r"starts|ends|finishes|resumes))\s+(?:at|around|about|by)\s+(?:about\s+|around\s+)?$")


def _dayless_time(m, c, hh: int, mm: int):
    """A clock time that names no day: find_timexes gives it one from its context (see _borrow_day)."""
    ahead = _future(c.text, m.start(), m.end()) or (re.match(r"[^.;]{0,40}?\b(?:will|won[’']t|shall)\b|[^.;]{0,40}?\w[’']ll\b",
                                                           c.text[m.end():])  # "at 4:20 a.m., it will be over Antarctica"
                                                  and not _PARTICIPLE_AT.search(c.text, max(0, m.start() - 40), m.start()))
    # not "Mobile services, cut at 8 a.m., will be restored": the clock belongs to a past participle
    mark = _NO_DAY_AHEAD if ahead else _NO_DAY_NOW if _TIMETABLE_BEFORE.search(c.text, max(0, m.start() - 40), m.start()) else _NO_DAY
    return f"{mark}T{hh:02d}:{mm:02d}", "TIME", True, None


_MARGIN_BY = re.compile(r"\b(?:leads?|led|leading|won|wins?|winning|trails?|trailed|trailing|ahead|behind|beat|beats|"
                        r"beaten|margin|gap|advantage|clear|lost|loses)\b[^.;:]{0,35}\bby\s+$", re.I)


@rule(r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\baround\s)|"
      r"(?<=\babout\s))(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\b(?!\s*(?:a\.?m\b|p\.?m\b|[ap]\.m\.|%|percent))"
      r"(?:\s*(?:local\s+time|GMT|UTC|hrs|hours|h)\b)?", 0, cue=r"\d[:.][0-5]\d")
def _clock24(m, c):
    """ "landed at 14:30 local time": a 24-hour clock after a preposition of time."""
    if "." in m.group(0)[:6] and not re.search(r"local|GMT|UTC|hrs|hours|\bh\b", m.group(0)):
        return None  # "at 3.5" is a number, not a time
    if _MARGIN_BY.search(c.text, max(0, m.start() - 50), m.start()):
        return None  # "leads the Dane by 3:31", "won by 1:05": a gap in a race, not a clock
    if not c.ref:
        return None, "TIME", True, None
    return _dayless_time(m, c, int(m.group("h")), int(m.group("mi")))


@rule(r"\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:GMT|UTC|EST|EDT|BST|CET|CEST)\b", 0, cue=r"\d\d\s*(?:GMT|UTC|EST|EDT|BST|CET)")
def _wire_clock(m, c):
    """ "by 0825 GMT": the wire services' 24-hour clock."""
    if not c.ref:
        return None, "TIME", True, None
    return _dayless_time(m, c, int(m.group("h")), int(m.group("mi")))


@rule(r"\b(?:Q(?P<q>[1-4])|(?P<h>H)(?P<hn>[12]))(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)|\s*['’](?P<yy>\d\d))?\b", 0,
      cue=r"\b[QH][1-4]\b")
def _q_abbrev(m, c):
    """ "Q3", "Q3 2019", "Q1 '20", "H1 2019": quarters and halves in business shorthand."""
    y = int(m.group("y")) if m.group("y") else (2000 + int(m.group("yy")) if m.group("yy") else None)
    if m.group("h"):
        if y is None:
            return None  # a bare "H1" is as likely a heading or a model number
        return f"{y}-H{m.group('hn')}", "DATE", True, None
    q = int(m.group("q"))
    if y is None:
        if not c.ref:
            return None, "DATE", True, None
        y = _quarter_year(c, q, m.start(), m.end())
    return f"{y}-Q{q}", "DATE", True, None


@rule(r"\b(?:the\s+)?(?:(?P<h>first|second)\s+half|(?P<h6>first|last)\s+six\s+months|(?P<q3>first|last)\s+three\s+months)\s+of\s+"
      r"(?:(?P<rel>the|this|last|next)\s+year|(?P<y>(?:19|20)\d\d))\b",
      re.I, cue=r"(?i)half of|six months of|three months of")
def _half_year(m, c):
    """ "the first half of the year": 2015-H1."""
    if m.group("q3"):  # "the first three months of this year": Q1
        q = 1 if m.group("q3").lower() == "first" else 4
        if m.group("y"):
            return f"{m.group('y')}-Q{q}", "DATE", True, None
        if not c.ref:
            return None, "DATE", True, None
        return f"{c.ref.year + {'the': 0, 'this': 0, 'last': -1, 'next': 1}[m.group('rel').lower()]}-Q{q}", "DATE", True, None
    h = 1 if (m.group("h") or m.group("h6")).lower() == "first" else 2  # "the first six months of this year": H1
    if m.group("y"):
        return f"{m.group('y')}-H{h}", "DATE", True, None
    if not c.ref:
        return None, "DATE", True, None
    step = {"the": 0, "this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    return f"{c.ref.year + step}-H{h}", "DATE", True, None


@rule(r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s))the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
      r"(?!\s+(?:of\s+[A-Za-z]|[a-z]+est\b|(?:floor|day|week|month|year|anniversary|century|time|round|minute|hour|"
      r"place|division|brigade|battalion|regiment|fleet|army|corps|street|avenue|district|hole|inning|lap|stage|game|"
      r"match|attempt|term|consecutive|straight|annual|edition|amendment|grade|seed|birthday|person|man|woman|victim|"
      r"death|case|goal|vote|ballot|session|congress|parliament|meeting|summit|round)s?\b))", 0,
      cue=r"the\s+\d{1,2}(?:st|nd|rd|th)\b")
def _day_of_month(m, c):
    """ "on the 27th": a day of this month, or of the next or last one as the tense and the day point."""
    if not c.ref:
        return None, "DATE", True, None
    d, ref = int(m.group("d")), c.ref
    ahead = _future(c.text, m.start(), m.end())
    y, mon = ref.year, ref.month
    if ahead and d < ref.day:
        y, mon = (y + 1, 1) if mon == 12 else (y, mon + 1)
    elif not ahead and d > ref.day + 1:
        y, mon = (y - 1, 12) if mon == 1 else (y, mon - 1)
    return _day_value(y, mon, d)


@rule(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>(?:19|20)\d\d)\b", 0, cue=r"\d[/.]\d{1,2}[/.](?:19|20)\d\d")
def _numeric_date(m, c):
    """ "18/03/2012" (day first) or "03/18/2012" (month first): resolved only when the order is certain."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if a > 12 and 1 <= b <= 12:
        return _day_value(y, b, a)
    if b > 12 and 1 <= a <= 12:
        return _day_value(y, a, b)
    if a == b and 1 <= a <= 12:
        return _day_value(y, a, b)
    return None, "DATE", True, None  # "04/05/2012": April 5 or 4 May, the text does not say


@rule(r"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bof\s))(?P<y>1[0-7]\d\d)\b"
      r"(?!\s*(?:%|[a-z]|-\d|\d))", 0, cue=r"\b1[0-7]\d\d\b")
def _early_year(m, c):
    """ "completed in 1345": a year before 1800, only after a preposition and not before a noun ("in 1500 cases")."""
    return m.group("y"), "DATE", True, None


@rule(r"(?:(?<=\bover\s)|(?<=\bat\s)|(?<=\bduring\s)|(?<=\bon\s)|(?<=\bfor\s)|(?<=\bthrough\s)|(?<=\bsince\s)|"
      r"(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\binto\s)|(?<=\btill\s)|(?<=\bahead\sof\s))"
      r"the\s+weekend\b", re.I, cue=r"(?i)the weekend")
def _the_weekend(m, c):
    """ "over the weekend": the coming weekend in a future clause, else the one just past."""
    if not c.ref:
        return None, "DATE", True, None
    ref = c.ref
    if _future(c.text, m.start(), m.end()):
        sat = ref + timedelta(days=(5 - ref.weekday()) % 7)
    else:
        sat = ref - timedelta(days=(ref.weekday() - 5) % 7)
    return _iso_week(sat) + "-WE", "DATE", True, None


@rule(r"(?:(?<=\bin\s)|(?<=\binto\s)|(?<=\bfor\s)|(?<=\bafter\s)|(?<=\buntil\s)|(?<=\bby\s))the\s+new\s+year\b(?!['’]s)", re.I, cue=r"(?i)new year")
def _new_year(m, c):
    """ "in the new year": the coming year (late in a year), else the year just begun."""
    if not c.ref:
        return None, "DATE", True, None
    return f"{c.ref.year + (1 if c.ref.month >= 9 else 0)}", "DATE", True, None


@rule(r"\b(?:now|currently|current|at\s+present|presently|nowadays|at\s+the\s+moment|these\s+days)\b", re.I, cue=r"(?i)\b(?:now|current|present|nowadays|moment|these days)")
def _present(m, c):
    return "PRESENT_REF", "DATE", False, None


@rule(r"\b(?:recently|in\s+recent\s+(?:years|months|weeks|days))\b|\bthe\s+past\b(?!\s+(?:(?:few|several|\w+)\s+)?"
      r"(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?|hours?|generations?|summers?|winters?|"
      r"springs?|autumns?|seasons?)\b)", re.I,
      cue=r"(?i)recent|the past")
def _past(m, c):
    return "PAST_REF", "DATE", False, None


@rule(r"\b(?:the\s+(?:near\s+)?future|the\s+coming\s+(?:days|weeks|months|years))\b", re.I, cue=r"(?i)future|coming")
def _future_ref(m, c):
    return "FUTURE_REF", "DATE", False, None


_MONEY_TALK = re.compile(r"[$€£¥%]|\b(?:profits?|revenues?|sales|earnings|income|loss|losses|shares|percent|growth|output|"
                         r"exports|imports|inflation|prices?|billion|million|quarter|fiscal|results|dividend|margin)\b", re.I)


@rule(r"\b(?:the\s+)?(?:(?P<rel>latest|current|recent|most\s+recent|same|comparable|year-ago|year-earlier|"
      r"previous|prior|fiscal)\s+)?(?:(?:fiscal|financial)\s+)?(?P<unit>quarter|period)\b", re.I, cue=r"(?i)quarter|period")
def _quarter_ref(m, c):
    rel = (m.group("rel") or "").lower()
    unit = m.group("unit").lower()
    if unit == "period" and rel not in ("year-ago", "year-earlier", "same", "comparable"):
        return None
    if not m.group(0).lower().startswith("the") and not rel:
        return None
    if unit == "period" and not _MONEY_TALK.search(c.text):
        return None  # "more than 100 deaths in the same period" (since 2022): a span of the story, not a fiscal period
    q = c.quarter_before(m.start())
    if q is None:
        return None, "DATE", True, None
    y, qn = int(q[:4]), q[-2:]
    if rel in ("year-ago", "year-earlier", "same", "comparable") or (unit == "period" and rel):
        return f"{y - 1}-{qn}", "DATE", True, None
    if rel in ("previous", "prior"):
        n = int(qn[1]) - 1
        return (f"{y}-Q{n}" if n else f"{y - 1}-Q4"), "DATE", True, None
    return q, "DATE", True, None


@rule(r"\b(?:the\s+)?(?:same|comparable)\s+(?P<unit>quarter|period)\s+(?:of|in)\s+(?P<y>(?:19|20)\d\d)\b", re.I,
      cue=r"(?i)quarter|period")
def _same_quarter_of(m, c):
    """ "3% more than in the same quarter of 2024": the quarter being reported, in the year named."""
    q = c.quarter_before(m.start())
    if q is None:
        return (m.group("y"), "DATE", True, None) if m.group("unit").lower() == "period" else (None, "DATE", True, None)
    return f"{m.group('y')}{q[4:]}", "DATE", True, None


@rule(r"\bthe\s+(?P<y>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?:quarter|period)\b", re.I, cue=r"(?i)quarter|period")
def _year_quarter(m, c):
    """ "the 1988 quarter", "the 1989 period": the quarter being reported, in that year."""
    q = c.quarter_before(m.start())
    if q is None:
        return f"{m.group('y')}", "DATE", True, None
    return f"{m.group('y')}{q[4:]}", "DATE", True, None


@rule(r"\b(?:the\s+)?(?P<adj>year-earlier|year-ago|year[-\s]ago)\b(?:\s+(?P<unit>quarter|period|level|results?|figures?))?",
      re.I, cue=r"(?i)year[-\s](?:earlier|ago)")
def _year_earlier(m, c):
    if not c.ref:
        return None, "DATE", True, None
    near = c.text[max(0, m.start() - 300):m.end() + 60]
    if re.search(r"\bquarter", near, re.I):
        q = c.quarter_before(m.start())
        if q:
            return f"{int(q[:4]) - 1}{q[4:]}", "DATE", True, None
    return f"{c.ref.year - 1}", "DATE", True, None


@rule(r"\b(?:the\s+)(?P<which>full|current|fiscal|whole|entire|calendar)?\s*year\b(?![-\s](?:ago|earlier|before|old))",
      re.I, cue=r"(?i)the\s+(?:\w+\s+)?year")
def _the_year(m, c):
    if re.match(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\b", c.text[m.end():m.end() + 20]):
        return None  # "the year ended March 31": a twelve-month period (a duration); its date is March 31
    before = c.text[max(0, m.start() - 25):m.start()].lower()
    if not (m.group("which") or re.search(r"\b(?:for|in|during|of|through|throughout|earlier|later|this|all|over)\s+$", before)):
        return None
    if not c.ref:
        return None, "DATE", True, None
    return f"{c.ref.year}", "DATE", True, None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    d = date(year, month, 1)
    d += timedelta(days=(weekday - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


_HOLIDAYS = {
    "christmas day": lambda y: date(y, 12, 25), "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25), "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31), "independence day": lambda y: date(y, 7, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1), "memorial day": lambda y: _nth_weekday(y, 6, 0, 1) - timedelta(days=7),
    "valentine's day": lambda y: date(y, 2, 14), "halloween": lambda y: date(y, 10, 31),
}


@rule(r"\b(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year[’']s\s+(?:Day|Eve)|Independence\s+Day|Thanksgiving(?:\s+Day)?|"
      r"Labor\s+Day|Valentine[’']s\s+Day|Halloween)\b", 0, cue=r"Christmas|New Year|Independence|Thanksgiving|Labor|Valentine|Halloween")
def _holiday(m, c):
    if not c.ref:
        return None, "DATE", True, None
    key = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    fn = _HOLIDAYS.get(key)
    if fn is None:
        return None
    future = _future(c.text, m.start(), m.end())
    cands = [fn(y) for y in (c.ref.year - 1, c.ref.year, c.ref.year + 1)]
    if future:
        day = min((d for d in cands if d >= c.ref), default=cands[1])
    else:
        day = max((d for d in cands if d <= c.ref + timedelta(days=1)), default=cands[1])
    return day.isoformat(), "DATE", True, day


_STRIP_LEAD = re.compile(r"^(?:in|on|at|the|since|by|during|until)\s+", re.I)
_SET_BEFORE = re.compile(r"\b(?:every|each|per|a)\s*$", re.I)


_NO_DAY = "XXXX-XX-XX"  # a clock time that names no day, in a past or present clause
_NO_DAY_AHEAD = "XXXX-XX-XF"  # ... in a future clause
_NO_DAY_NOW = "XXXX-XX-XN"  # ... in a timetable told in the present ("Polls close at 5 p.m.")
_BORROW_WINDOW = 2  # sentences back that a clock time without a day may take its day from
_EVENT_DAY = re.compile(rf"\b(?P<wd>{WEEKDAY})['’]s\s+(?P<words>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)")
# "the opening ceremony of the Paris Olympics on Friday": an event named, then its day
_EVENT_ON_DAY = re.compile(rf"\bthe\s+(?P<words>(?:[a-z][\w-]*\s+){{0,1}}[a-z][\w-]*)\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{1,3}})?"
                           rf"on\s+(?P<wd>{WEEKDAY})\b")


@dataclass
class DayContext:
    """What the sentences before this one said about days: the last calendar day they named, and the
    events they tied to a day ("Monday's earthquake" -> quake, earthquake: that Monday)."""

    last_day: date | None = None
    events: dict[str, date] | None = None
    last_late: bool = False  # the last day was named as its evening or night ("late on Friday")
    ahead_day: date | None = None  # the last day after the reference named a few sentences back (a coming event)

    def event_day(self, text: str) -> date | None:
        if not self.events:
            return None
        for w in re.findall(r"[a-z][a-z-]{3,}", text.lower()):
            for noun, day in self.events.items():
                if w == noun or (len(w) >= 5 and noun.endswith(w)) or (len(noun) >= 5 and w.endswith(noun)):
                    return day
        return None


_FOLLOWING_DAY = re.compile(r"\s*(?:\(?(?:[A-Z][a-z]+\s+time|local\s+time|[A-Z]{2,4})\)?)?,?\s*(?:on\s+)?")


_NAMES_DAY = re.compile(rf"{WEEKDAY}|{MONTH}\s+\d|\b(?:yesterday|today|tonight|tomorrow)\b", re.I)  # "Monday evening", not "9 p.m."
_REPORTED_ON = re.compile(r"\b(?:said|says|told|announced|reported|added|stated|confirmed)\s+(?:on\s+|late\s+|early\s+)?$", re.I)


def _dayless(tx: Timex) -> bool:
    """A clock time still waiting for its day (see _dayless_time)."""
    return bool(tx.value) and tx.value[:10] in (_NO_DAY, _NO_DAY_AHEAD, _NO_DAY_NOW)  # type: ignore[index]


def _names_calendar_day(tx: Timex) -> bool:
    """An expression whose value is (or starts with) one calendar day: "Monday", "Oct. 29", "Monday evening"."""
    return tx.day is not None and bool(tx.value) and tx.value[:10] == tx.day.isoformat()  # type: ignore[index]


def _reporting_day(text: str, tx: Timex) -> bool:
    """ "the Red Cross said on Wednesday": the day of the report, not of the event the sentence tells."""
    return bool(_REPORTED_ON.search(text[max(0, tx.start - 30):tx.start]))


def _possessive(text: str, tx: Timex) -> bool:
    """Whether the day names a thing rather than when the story happens: "Thursday's election" (tied to one
    event, see DayContext.events), "an Aug. 31 deadline", "the Sept. 11 attacks"."""
    if tx.text.endswith(("'s", "’s")) or text[tx.end:tx.end + 2] in ("'s", "’s"):
        return True
    return bool(re.search(r"\b(?:a|an|the|its|his|her|their|this|that|our|your)\s+$", text[max(0, tx.start - 8):tx.start],
                          re.I))


def _borrow_day(found: list[Timex], text: str, ref: date, context: DayContext | None) -> list[Timex]:
    """A clock time without its own day ("at 4:17 a.m.") takes the day named last before it in its sentence;
    else the day of an event its sentence names ("Monday's earthquake" ... "The quake struck at 4:17 a.m.");
    else the day the previous sentences named last, if that day lies on the side of the reference date the
    clause's tense points to; else the reference date."""
    out = []
    last: tuple[int, date] | None = None  # end offset and day of the last expression naming a calendar day
    for k, tx in enumerate(found):
        if _dayless(tx):
            ahead = tx.value[:10] == _NO_DAY_AHEAD  # type: ignore[index]
            day = None
            nxt = found[k + 1] if k + 1 < len(found) else None
            if nxt is not None and _names_calendar_day(nxt) and _FOLLOWING_DAY.fullmatch(text[tx.end:nxt.start]):
                day = nxt.day  # "8 p.m. on Oct. 29", "1600 GMT on Monday", "9 p.m. Moscow time on Sunday"
            elif last is not None and len(_SENTENCE_END.findall(text[last[0]:tx.start])) <= _BORROW_WINDOW:
                day = last[1]
            elif last is None and context is not None and tx.value[:10] != _NO_DAY_NOW:
                day = context.event_day(text)
                if day is None and context.last_day is not None:
                    if (context.last_day >= ref) if ahead else (context.last_day <= ref):
                        day = context.last_day
                        if context.last_late and tx.value[11:13] < "09" and day < ref:
                            day += timedelta(days=1)  # "began late on Friday ... at about 6 a.m.": the next morning
                if day is None and ahead and context.ahead_day is not None:
                    day = context.ahead_day  # "will pass ... next Thursday. ... At about 4:20 a.m., it will be over ..."
            day = day or ref
            if day != ref and tx.value[10:] == "T00:00" and re.search(r"midnight", tx.text, re.I):
                day = day + timedelta(days=1)  # "Friday night ... shortly after midnight": the night's end, Saturday 00:00
            tx = Timex(tx.start, tx.end, tx.text, tx.type, day.isoformat() + tx.value[10:], tx.key, day)
        elif _names_calendar_day(tx) and not _possessive(text, tx):
            last = (tx.end, tx.day)
        out.append(tx)
    return out


def find_timexes(text: str, ref: date | None, context: DayContext | None = None) -> list[Timex]:
    """Every date/time expression in ``text`` (non-overlapping, longest first); ``context``: what the
    preceding sentences said about days, for a clock time that names none."""
    ctx = _Ctx(text, ref)
    cands: list[tuple[int, int, Timex]] = []
    low = text.lower()
    hits: dict[int, bool] = {}  # several rules share a cue (the month names): look it up once
    for pat, fn, cue in _RULES:
        if cue is not None:
            hit = hits.get(id(cue))
            if hit is None:
                hit = hits[id(cue)] = _cue_hit(cue, text, low)
            if not hit:
                continue
        for m in pat.finditer(text):
            if m.end() == m.start():
                continue
            if _SET_BEFORE.search(text[max(0, m.start() - 7):m.start()]) and fn in (_weekday, _month_alone):
                continue  # "every Monday" is a set, not a date
            res = fn(m, ctx)
            if res is None:
                continue
            value, typ, key, day = res
            s, e = m.start(), m.end()
            span = text[s:e]
            lead = _STRIP_LEAD.match(span)
            while lead and fn not in (_present, _past, _future_ref, _the_weekend, _new_year) and not span.lower().startswith("the past"):
                s += lead.end()
                span = text[s:e]
                lead = _STRIP_LEAD.match(span)
            span = span.rstrip()
            e = s + len(span)
            if e <= s:
                continue
            cands.append((s, e, Timex(s, e, span, typ, value, key, day)))
    cands.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    chosen: list[tuple[int, int, Timex]] = []
    for s, e, tx in cands:
        if any(s < ce and cs < e for cs, ce, _ in chosen):
            continue
        chosen.append((s, e, tx))
    chosen.sort(key=lambda t: t[0])
    found = [t for _, _, t in chosen]
    if ref is not None and any(_dayless(t) for t in found):
        found = _borrow_day(found, text, ref, context)
    if len(found) > 1:
        found = _join_clock_and_day(found, text)
    return found


_CLOCK_WORDS = re.compile(r"(?i)\d\s*[ap]\.?m\b|\bnoon\b|\bmidday\b|\bmidnight\b|^(?:[01]?\d|2[0-3])[:.h][0-5]\d$")
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_DAY_TEXT = re.compile(rf"(?:{MONTH})\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH})")


def _join_clock_and_day(found: list[Timex], text: str) -> list[Timex]:
    """"4:17 a.m. on Feb. 6": one time, as "11:40 p.m. on Wednesday" already is."""
    out: list[Timex] = []
    for tx in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == "TIME" and "T" in (prev.value or "") and _CLOCK_WORDS.search(prev.text)
                and not _FULL_DAY.search(prev.text) and tx.type == "DATE" and tx.value and _FULL_DAY.fullmatch(tx.value)
                and (_MONTH_DAY_TEXT.match(tx.text) or re.fullmatch(r"[A-Z][a-z]+day", tx.text))  # "at 00:01 on Thursday"
                and re.fullmatch(r",?\s+(?:on\s+)?", text[prev.end:tx.start]) and not re.search(r"[A-Z][a-z]+day", prev.text)):
            clock = "24:00" if re.match(r"(?i)midnight", prev.text) else prev.value.split("T", 1)[1]
            out[-1] = Timex(prev.start, tx.end, text[prev.start:tx.end], "TIME",
                            tx.value + "T" + clock, prev.key or tx.key, tx.day)
        elif (prev is not None and prev.type == "DATE" and prev.value and _FULL_DAY.fullmatch(prev.value)
                and re.fullmatch(r"[A-Z][a-z]+day", prev.text) and tx.type == "TIME" and "T" in (tx.value or "")
                and _CLOCK_WORDS.search(tx.text) and not _FULL_DAY.search(tx.text)
                and re.fullmatch(r",?\s+at\s+", text[prev.end:tx.start])):
            # "on Monday at noon": one time on that day
            out[-1] = Timex(prev.start, tx.end, text[prev.start:tx.end], "TIME",
                            prev.value + "T" + tx.value.split("T", 1)[1], prev.key or tx.key, prev.day)
        else:
            out.append(tx)
    return out


_ADJ_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ful", "ern", "ish", "ian")
_OFFSET_DAY = re.compile(r"\b(?:days?|nights?)\s+(?:before|after|earlier|later)\b", re.I)
_NOT_HEAD_WORDS = frozenset(
    "was were is are be been being will would could should may might has had have said says in on at of for to the a an "
    "and or but that which who with by from as after before during against over".split())


def date_facts(sentences: Sequence, reference_date: date | None) -> list:
    """Date facts for each sentence (``key`` False for "now", "recently" and the like)."""
    from .facts import Fact

    out = []
    recent: list[tuple[int, date, bool]] = []  # (sentence index, day, named late) of each sentence's last day
    coming: list[tuple[int, date]] = []  # days after the reference date, with their sentence
    events: dict[str, date] = {}
    for s in sentences:
        last, late = next(((d, lt) for i, d, lt in reversed(recent) if s.index - i <= _BORROW_WINDOW), (None, False))
        ahead = next((d for i, d in reversed(coming) if s.index - i <= 4), None)
        found = find_timexes(s.text, reference_date, DayContext(last, events, late, ahead))
        days = [tx for tx in found if _names_calendar_day(tx) and (tx.type == "DATE" or _NAMES_DAY.search(tx.text))
                and not _possessive(s.text, tx)]
        if days:  # the event's day rather than the report's ("... on Tuesday killed 100, the Red Cross said on Wednesday")
            # A day counted from an event ("a day before the results were due") lends only when no day is named.
            told = ([tx for tx in days if not _reporting_day(s.text, tx) and not _OFFSET_DAY.search(tx.text)]
                    or [tx for tx in days if not _OFFSET_DAY.search(tx.text)] or days)
            # Of several days, the earliest: a sentence tells its event, then what followed ("a bomb exploded on
            # Saturday ... the toll rose to 231 on Sunday"); a clock time after it belongs to the event.
            lender = min(told, key=lambda tx: (tx.day, -tx.start)) if len(told) > 1 else told[0]
            late = re.search(r"\blate\b|night|evening|TNI|TEV",
                             s.text[max(0, lender.start - 12):lender.end] + " " + (lender.value or ""), re.I)
            recent.append((s.index, lender.day, bool(late)))
            if reference_date is not None:
                coming.extend((s.index, tx.day) for tx in told if tx.day > reference_date)
        for m in _EVENT_DAY.finditer(s.text):
            day = next((tx.day for tx in found if tx.start <= m.start() < tx.end and tx.day is not None), None)
            if day is not None:
                # Not a modifier: "Sunday's presidential election" ties the election to Sunday, not every later
                # "presidential palace".
                head = []
                for w in m.group("words").split():
                    if w.lower() in _NOT_HEAD_WORDS:
                        break
                    head.append(w)
                for k, w in enumerate(head):
                    if len(w) >= 4 and not (k < len(head) - 1 and w.lower().endswith(_ADJ_ENDINGS)):
                        events[w.lower()] = day
        for m in (_EVENT_ON_DAY.finditer(s.text) if " on " in s.text else ()):
            day = next((tx.day for tx in found if tx.start <= m.start("wd") < tx.end and tx.day is not None), None)
            head = m.group("words").split()[-1].lower()
            if (day is not None and reference_date is not None and day > reference_date and len(head) >= 5
                    and head not in _NOT_HEAD_WORDS and not head.endswith(("ly", "ing"))):
                events.setdefault(head, day)  # a coming event: "the opening ceremony ... on Friday"
        for tx in found:
            attrs = {"type": tx.type, "key": tx.key}
            if tx.day is not None:
                attrs["day"] = tx.day.isoformat()
                attrs["weekday"] = tx.day.strftime("%A")
            out.append(Fact("date", tx.text, s.index, tx.start, tx.end, tx.value, attrs))
    return out


_REF_PATTERNS = [
    re.compile(rf"(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)"),
    re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MONTH}),?\s+(?P<y>(?:19|20)\d\d)"),
    re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"),
]


def parse_absolute_date(text: str) -> date | None:
    """The first full calendar date (day, month and year) in ``text``."""
    for pat in _REF_PATTERNS:
        m = pat.search(text)
        if not m:
            continue
        try:
            mon = int(m.group("m")) if "m" in pat.groupindex else _month_num(m.group("mon"))
            return date(int(m.group("y")), mon, int(m.group("d")))
        except ValueError:
            continue
    return None


def find_reference_date(published: str | None, dateline: str | None, first_lines: str = "") -> date | None:
    """The article's own date: a publication line, a dated dateline, or a date-only line at the top."""
    for cand in (published, dateline):
        if cand:
            d = parse_absolute_date(cand)
            if d:
                return d
    return None
