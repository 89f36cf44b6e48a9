"""Key facts: troop counts, casualties, distances (and dates, from timex.py), each tied to its sentence.

Rules, a number-word parser and a unit table; no ML stack. Precision first: a number is a troop count
only when an armed-personnel noun governs it, and a distance only with a length unit.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Sequence

from .numbers import (APPROX_PATTERN, NUMBER_PATTERN, NUMBER_WORDS as _NUMBER_WORDS, UNIT_NUMBER_PATTERN, VAGUE_PATTERN,
                      as_int_if_whole, parse_quantity)
from .sentences import Sentence

KM_PER_MILE = 1.609344
KM_PER_NMI = 1.852

KIND_LABELS = {
    "troops": "Troops",
    "casualties": "Casualties",
    "distance": "Distances",
    "date": "Dates",
}
KIND_ORDER = list(KIND_LABELS)


@dataclass
class Fact:
    """One key fact: its kind, the exact words, where it stands, and its parsed value."""

    kind: str
    text: str
    sentence_index: int
    start: int  # offset of ``text`` in the sentence
    end: int
    value: Any = None
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_json(self, sentences: Sequence[Sentence] | None = None) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if sentences is not None and 0 <= self.sentence_index < len(sentences):
            d["sentence"] = sentences[self.sentence_index].text
        d["sentence_index"] = self.sentence_index
        d["start"] = self.start
        d["end"] = self.end
        d["value"] = self.value
        d.update(self.attrs)
        return d


# --- troops and casualties -----------------------------------------------------------------------

_TROOP_NOUNS = (
    r"soldiers?|troops?|peacekeepers?|marines?|commandos?|fighters?|rebels?|militants?|insurgents?|jihadists?|(?:terrorists|attackers|assailants|raiders)(?=[”\x22]?\s+(?:[\w”\x22-]+\s+){0,3}?(?:attacked|stormed|ambushed|raided|struck|overran|crossed|infiltrated|opened\s+fire|launched|took\s+part|"
    r"were\s+involved|participated|carried\s+out)\b)|"
    r"gunmen|paratroopers?|special\s+forces|servicemen|servicemembers?|service\s+members?|sailors?|airmen|"
    r"infantrymen|reservists?|recruits?|mercenaries|combatants?|guerrillas?|militiamen|militia\s+members|militia\s+volunteers|(?<=\bof\s)militia\b|"
    r"(?:uniformed|military|armed|security)\s+personnel|armed\s+members|personnel|soldiers\s+and\s+police|police(?:\s+(?:officers|commandos))?\s+and\s+(?:paramilitary\s+)?(?:soldiers|troops)|legionnaires?|"
    r"rangers|gendarmes|guardsmen|national\s+guard\s+members|(?:military|army)\s+officers|"
    r"(?:military|army)\s+(?:trainers|advisers|advisors|instructors)|"
    r"(?<=\d\s)(?:trainers|advisers|advisors|instructors)(?=\s+(?:from|of)\s+(?:the\s+|its\s+|their\s+)?[\w\s]{0,30}?"
    r"(?:[Cc]orps|[Aa]rmy|[Ff]orces?|[Mm]ilitary|[Gg]roup|[Mm]ission|[Bb]rigade|[Dd]ivision))|"
    r"(?:armed\s+)?forces|warriors|army|extremists|islamists|separatists|(?:army\s+)?troopers?|"
    r"revolutionary\s+guards?|border\s+guards|(?-i:(?:Navy\s+)?SEALs)|green\s+berets|conscripts?|draftees|"
    r"(?:military|army)\s+(?:observers|monitors)|armed\s+men|armed\s+youths|armed\s+young\s+men|men\s+under\s+arms|(?:people|persons)\s+under\s+arms|(?<=\d\s)under\s+arms|(?<=thousands\s)under\s+arms|(?<=hundreds\s)under\s+arms|boots\s+on\s+the\s+ground|"
    r"boots(?=\s+(?:still\s+|now\s+)?on\s+the\s+ground)|guard\s+members|blue\s+helmets|"
    r"paramilitaries|irregulars|partisans|snipers|sappers|artillerymen|mujahideen|mujahedeen|peshmergas?|pesh\s+merga|fedayeen|reinforcements"
)
# "32 fighter jets", "troop carriers": the noun names a machine, not people.
_NOT_CRAFT = (r"(?!\s+(?:jets?|planes?|aircraft|bombers?|squadrons?|wings?|pilots?|helicopters?|craft|boats?|vessels?|"
              r"ships?|drones?|tanks?|vehicles?|carriers?|transports?|trucks?|groups?|movements?|factions?|organi[sz]ations?|"
              r"leaders?|positions?|bases?|camps?|strongholds?|columns?|convoys?)\b)")  # "one of the deadliest rebel groups"
_CASUALTY_VERBS = (r"killed|dead|died|wounded|injured|captured|missing|taken\s+prisoner|executed|slain|hurt|shot\s+dead|"
                   r"gunned\s+down|drowned|(?:stabbed|beaten|burned|burnt|crushed|hacked|trampled)\s+to\s+death|"
                   r"lost\s+their\s+lives|unaccounted\s+for|found\s+dead|(?:badly|severely|seriously|critically)\s+burn(?:ed|t)")
_MOD_WORD = r"(?:[A-Z][\w.’'-]*|[a-z][\w’'-]*|\([A-Z]{2,6}\)|[“\"][a-z][\w’'-]*[”\"])"  # "15 Afghan National Army (ANA) personnel", '4,000 "hardcore" fighters'
_BAD_MODS = {
    "of", "were", "was", "are", "is", "and", "or", "to", "in", "on", "at", "by", "with", "from", "killed",
    "wounded", "civilians", "civilian", "people", "the", "who", "that", "than", "had", "have", "has",
    "for", "as", "children", "women", "men", "refugees", "protesters", "runners", "residents", "hostages",
    "students", "villagers", "workers", "migrants", "voters", "votes", "years", "year", "miles", "kilometers",
    "kilometres", "km", "percent", "dollars", "euros", "tons", "days", "hours", "weeks", "months", "pounds",
    "them", "whom", "those", "its", "their", "his", "her", "since", "after", "before", "during", "across", "against",
    "into", "than", "over", "under", "between", "among", "police", "tanks", "vehicles", "aircraft", "jets", "planes", "helicopters", "ships", "boats", "rounds",
}
_NUM_OR_VAGUE = rf"(?:{VAGUE_PATTERN}|{NUMBER_PATTERN})"
_ADJ_IN_S = {"various", "numerous", "previous", "anonymous", "famous", "dangerous", "serious", "us", "nervous", "operations",
             "forces", "logistics", "arms", "services", "affairs", "reserves", "airborne"}
_TROOPS_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?P<odd>-odd|-plus)?[”\"’']?(?:\s+of(?:\s+(?:the|its|their|his|her))?)?"
    rf"(?P<mods>(?:\s+{_MOD_WORD}){{0,4}}?|(?:\s+[A-Z][\w.’'-]*){{1,2}}\s+and(?:\s+[A-Z][\w.’'-]*){{1,2}}"
    rf"|(?:\s+(?-i:[A-Z])[\w.’'-]*,){{1,4}}\s+(?-i:[A-Z])[\w.’'-]*,?\s+and\s+(?:other\s+)?(?-i:[A-Z])[\w.’'-]*)"
    rf"\s+(?P<noun>{_TROOP_NOUNS})\b(?!-\w){_NOT_CRAFT}(?!\s+(?:\([A-Z]{{2,6}}\)\s+)?(?:{_TROOP_NOUNS})\b)",  # not "50 troop-contributing countries"
    re.I,
)
_STRENGTH_RE = re.compile(
    rf"\b(?P<lead>troops?\s+(?:strength|levels?|numbers?|presence|contingent|deployment|commitment|drawdown|surge|ceiling|cap)|"
    rf"(?:the\s+)?number\s+of\s+(?:[\w.’'-]+\s+){{0,3}}?(?:{_TROOP_NOUNS})|"
    rf"(?:contingent|deployment|(?<!labor\s)(?<!labour\s)(?<!work\s)(?<!sales\s)(?<!task\s)force|garrison|detachment|presence|strength|drawdown|surge)\s+of|"
    rf"(?:authori[sz]ed|troop|full|total|current|planned|[Aa]rmy|military|overall)\s+strength\s+(?:is|was|will\s+be|stands\s+at|stood\s+at)|"
    rf"(?:contingent|deployment|presence)\s+(?:would|will|could|should|is\s+(?:expected|due|set)\s+to)\s+(?:soon\s+|eventually\s+|quickly\s+)?"
    rf"(?:reach|top|exceed)|(?:contingent|garrison|detachment),(?=\s+at\s)|"
    rf"(?:{_TROOP_NOUNS}|militias?|contingent|"
    rf"garrison|brigade|battalion|regiment|detachment|division|terrorists?|(?<!labor\s)(?<!labour\s)(?<!work\s)(?<!police\s)(?<!task\s)force),?\s+"
    rf"(?:(?:who|which|that|there|here|thought|believed|estimated|said|reported|now|will|would|could|may|might|eventually|"
    rf"currently|once|then|still|officials|analysts|experts|diplomats|sources|say|says|believe|believes|estimate|"
    rf"estimates),?\s+){{0,4}}(?:to\s+)?"
    rf"(?:numbering|totall?ing|numbered|number|total))\s*(?:[\w.’'-]+(?:,(?=\s+(?:now|currently|then|today)\b))?\s+){{0,10}}?(?:(?P<from>from)\s+(?P<approx1>{APPROX_PATTERN}\s+)?"
    rf"(?P<num1>{_NUM_OR_VAGUE})\s+)?(?:to|of|at|by|from|around|about|roughly|with)?\s*"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?!\s*(?:%|percent|per\s+cent)|\s+(?:days?|weeks?|months?|years?|"
    rf"hours?|minutes?|decades?)\b|-(?!strong|member|man|person|troop|soldier)[a-z])",  # not "along the 700-kilometer frontier"
    re.I,
)
# "withdraw 9,500 of the 34,000 troops": the part is troops too.
_PART_OF_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})\s+of\s+(?:the|its|their|his|her|some|about|roughly|nearly|"
    rf"an\s+estimated)\s+(?:(?:promised|planned|pledged|authori[sz]ed|remaining|original|initial|expected|deployed|committed)\s+)?"
    rf"(?=(?:{APPROX_PATTERN}\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:{_MOD_WORD}\s+){{0,3}}?(?:{_TROOP_NOUNS})\b)",
    re.I,
)
# "an army of about 25,000", "an army estimated at 1.2 million", "whose strength was estimated at 100,000 men":
# a force's size stated right after it.
_WHO_DIED_RE = re.compile(rf"\b(?:who|that)\s+(?:have\s+|had\s+|were\s+|have\s+been\s+|had\s+been\s+)?(?P<v>{_CASUALTY_VERBS})\b", re.I)
_AND_HI_RE = re.compile(rf"\s+and\s+({NUMBER_PATTERN})\b", re.I)
_FORCE_SIZE_RE = re.compile(
    rf"\b(?:(?P<of>army|armies|militia|brigade|battalion|regiment|legion|corps|"
    rf"(?:peacekeeping|military|training|stabili[sz]ation)\s+mission)\s+of"
    rf"|(?:{_TROOP_NOUNS}|militias?|strength|force|garrison|contingent|attackers|assailants|raiders|(?:armed|military)\s+wing|"
    rf"(?:gangs?|groups?|coalition|alliance|movement|factions?)(?=\s*,\s+whose\s+(?:members|fighters|ranks|numbers?|strength)\b))"
    rf"(?:\s+of\s+(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){{0,2}})?\s*,?\s+"  # "the forces of Khalifa Haftar, estimated at 25,000"
    rf"(?:(?:(?:which|who|that|whose\s+(?:strength|numbers?|ranks|members|fighters))\s+)?"
    rf"(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been|now|once)\s+)?(?:variously\s+)?"
    rf"(?:estimated|put|believed|thought|reckoned|said)\s+(?:by\s+[^,;]{{1,40}}?\s+)?(?:to\s+(?:be|number|total)|at)"
    rf"|(?:(?:is|are|was|were)\s+)?(?:expected|likely|due|set)\s+to\s+(?:number|total)"
    rf"|(?:which|whose\s+(?:strength|numbers?|ranks|fighters|members))\s+(?:[\w.’'-]+\s+){{1,3}}?(?:estimates?|estimated|puts?|reckons?|reckoned|places?|placed)"
    rf"\s+(?:it\s+|them\s+)?(?:at|in\s+the)))\s+"  # "The council's armed wing, which analysts estimate at 80,000 to 90,000 men"
    rf"(?:between\s+(?P<lo>{NUMBER_PATTERN})\s+and\s+|(?P<lo2>{NUMBER_PATTERN})\s*(?:to|-|–)\s*)?(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?!\s*(?:%|percent|per\s+cent))"
    rf"(?:\s+(?:of\s+)?(?:(?:armed|active|uniformed|regular)\s+)?(?:men|members|{_TROOP_NOUNS})\b)?",
    re.I,
)
_OTHER_PLURAL_AFTER = re.compile(rf"\s+(?!(?:{_TROOP_NOUNS}|men|members|fighters|strong|troops|in|as|is|was|has|its|this|thus)\b)[a-z]{{3,}}s\b(?<!ss)", re.I)
# Words without which _FORCE_SIZE_RE, _STRENGTH_RE and _FIELD_RE cannot match: a cheap test before the costly pattern.
_FORCE_SIZE_WORDS = ("estimate", "to number", "to total", "put at", "puts at", "put it at", "puts it at", "put in the", "puts in the", "place at", "places at", "placed at", "place it", "places it", "believed to", "thought to", "reckon",
                     "said to", "said at", "army of",
                     "armies of", "militia of", "brigade of", "battalion of", "regiment of", "legion of", "corps of",
                     "mission of")
_STRENGTH_WORDS = ("troop", "number", "total", "strength", "drawdown", "surge", "contingent", "deployment", "force", "garrison", "detachment", "presence")
_FIELD_WORDS = ("field", "muster", "command", "mobili", "deploy", "station")
# "Haiti's small army ... has about 2,000 members": a force's members or men.
_FORCE_HAS_RE = re.compile(
    rf"\b(?:army|armies|militias?|armed\s+forces|military|brigade|battalion|regiment|(?:defen[cs]e|security|military)\s+forces?|"
    rf"(?-i:National\s+Guard)|gendarmerie|(?:militari[sz]ed|paramilitary|armed|fighting|elite)\s+force|"  # "The National Guard, a militarised force ..., has about 130,000 members"
    rf"navy|air\s+force|marine\s+corps|gangs|cartels|paramilitar(?:y|ies)|(?:dissident|rebel|armed|breakaway)\s+factions?|"
    rf"(?:armed|rebel|insurgent|jihadist|militant|paramilitary|guerrilla)\s+(?:groups?|movements?))\b"
    rf"(?:(?!\b(?:and|but|while)\b)(?:[^.;]|(?<=\b[A-Z])\.)){{0,60}}?"
    rf"\b(?:has|had|have|with|numbers|numbering|counts|of)\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})\s+"
    rf"(?:(?:active|armed|uniformed|regular|active-duty|serving|permanent|full-time|reserve)\s+)?(?:members|men)\b",
    re.I,
)
# "Hezbollah can field up to 100,000", "the Pentagon deployed about 3,000 to the region": a head count the verb implies.
_FIELD_RE = re.compile(
    rf"\b(?:field|fields|fielded|fielding|muster|musters|mustered|mustering|commands|commanded|mobili[sz]ed?|mobili[sz]es|"
    rf"mobili[sz]ing|(?P<dep>deploy|deploys|deployed|deploying|station|stations|stationed|stationing))\s+"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN}|(?:tens|hundreds)\s+of\s+thousands|thousands|hundreds|several\s+(?:hundred|thousand))(?![,.]\d)"
    rf"(?=\s*[,.;]|\s+(?:to|in|into|across|along|near|at|on|around|from|and|for|this|last|since|by)\b)",
    re.I,
)
_SEND_RE = re.compile(
    rf"\b(?:send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching)\s+(?:(?:up\s+to|another|an\s+additional)\s+)?"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)"
    rf"(?=\s*[,.;]|\s+(?:to|in|into|if|when|unless|as|by|over|next|this|within|at\s+(?:its|the|their)\s+(?:peak|height))\b)",
    re.I,
)
# What a force "of N" may count that is not people: "a naval task force of more than 20 countries".
_NOT_PERSONNEL_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:countries|nations|states|members\s+states|ships|vessels|warships|boats|tanks|aircraft|jets|planes|"
    r"helicopters|vehicles|drones|missiles|rockets|guns|rifles|weapons|units?|battalions?|brigades?|companies|company|"
    r"divisions?|regiments?|battle\s?groups?|squadrons?|tons|tonnes|years|months|days|hours|dollars|euros|pounds)\b", re.I)
_FROM_TO_RE = re.compile(
    rf"\bfrom\s+(?P<approx1>{APPROX_PATTERN}\s+)?(?P<num1>{_NUM_OR_VAGUE})\s+(?:to|down\s+to|up\s+to|toward|towards)\s+"
    rf"(?:a\s+(?:target|goal|ceiling|cap|planned\s+strength)\s+of\s+)?"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?P<mods>(?:\s+{_MOD_WORD}){{0,3}}?)\s+(?P<noun>{_TROOP_NOUNS})\b",
    re.I,
)
_MEN_RE = re.compile(rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?:\s+of)?\s+(?P<noun>men)\b"
                     r"(?!\s+and\s+women)", re.I)
_MILITARY_UNIT = re.compile(r"\b(?:brigades?|battalions?|garrison|companies\s+of|regiments?|platoons?|divisions?|"
                            r"(?<!labor\s)(?<!labour\s)(?<!work\s)(?<!police\s)(?<!task\s)(?<!sales\s)force|"
                            r"militias?|army|armies|troops|soldiers|paratroopers|fighters|rebels|commandos|marines|"
                            r"commanders?|commanded|general|warlord|insurgents|militants)\b", re.I)
_TROOP_RANGE_RE = re.compile(  # "between 4,000 and 6,000 fighters": one count, a range
    rf"(?:\bbetween\s+(?P<lo_b>{NUMBER_PATTERN})\s+and\s+|(?<!\bfrom\s)(?<!\bFrom\s)(?P<lo>{NUMBER_PATTERN})(?:\s+to\s+|\s+or\s+|\s*[-–]\s*))"
    rf"(?P<hi>{NUMBER_PATTERN})(?:\s+of(?:\s+(?:the|its|their|his|her))?)?(?P<mods>(?:\s+{_MOD_WORD}){{0,2}}?)\s+"
    rf"(?P<noun>{_TROOP_NOUNS})\b",
    re.I,
)
_FROM_BEFORE = re.compile(rf"\bfrom\s+{APPROX_PATTERN}\s+$", re.I)
_HIS_MEN_RE = re.compile(  # "Prigozhin said his 25,000 men had turned back": a commander's men are his troops
    rf"(?<=\b(?:his|its)\s)(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>\d[\d,]*)\s+(?P<noun>men)\b"
    rf"|(?<=\btheir\s)(?P<approx2>{APPROX_PATTERN}\s+)?(?P<num2>\d[\d,]*)\s+(?P<noun2>men)\b", re.I)
_MEMBERS_OF_RE = re.compile(  # "1,800 members of the Texas National Guard"
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+(?:members|soldiers|troops|personnel)\s+of\s+(?:the\s+)?"
    rf"(?:(?:paramilitary|elite|regular|reserve)\s+)?"
    rf"(?P<mods>(?:[A-Z][\w.’'-]*\s+){{0,3}})(?P<noun>National\s+Guard|Guard|Army|Marine\s+Corps|Marines|armed\s+forces|(?-i:Corps|Rangers|Gendarmerie)|"
    rf"security\s+forces|military|"
    rf"army|militia|special\s+forces|Revolutionary\s+Guards?|Foreign\s+Legion|[Rr]egiment|[Bb]rigade|[Bb]attalion|"
    rf"[Dd]ivision|[Mm]ilitias)\b"
)
_STRONG_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})[-\s](?:strong|member|man|person|troop|soldier)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?P<noun>force|contingent|army|brigade|battalion|unit|mission|garrison|militia|group|division|squad|patrol|battle\s?group|"
    rf"task\s?force|"
    rf"detachment|company|platoon|regiment|corps|deployment|(?:team|group)(?=\s+of\s+(?:{_TROOP_NOUNS})\b))",
    re.I,
)
# Nouns a company or a club has too: a "-strong" one is troops only where the sentence is about a force.
_CIVIL_TOO = {"unit", "group", "company", "division", "corps", "team"}
_TROOP_NOUN_RE = re.compile(rf"\b(?:{_TROOP_NOUNS})\b", re.I)
_ON_GROUND_RE = re.compile(rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})\s+on\s+the\s+ground\b", re.I)
# "The rebel army is thought to be 15,000 strong", "The UN force, 6,000-strong at its peak": a force named just before.
_STRONG_AFTER_RE = re.compile(rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})[-\s]strong\b", re.I)
_STRONG_CUE = re.compile(r"strong|member|\bman\b|-man\b|-person\b|-troop\b|-soldier\b", re.I)
_NOT_ARMED_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:police|policemen|officers|firefighters|doctors|medics|nurses|"
                              r"volunteers|workers|monitors|observers|civilians|rescuers)\b", re.I)
_FORCE_BEFORE = re.compile(r"\b(?:army|force|forces|militia|garrison|contingent|brigade|mission|rebels|fighters|troops|"
                           r"(?:military|troop|army)\s+presence|deployment|"
                           r"regiment|battalion|division|unit|corps|peacekeepers|soldiers|marines|militants|paratroopers)\b"
                           r"[^.;]{0,50}$", re.I)
_N_MORE_RE = re.compile(  # "has about 70,000 troops ... and would send 1,000 more": the same kind, added
    rf"\b(?:send|sends|sending|sent|deploy|deploys|deploying|deployed|dispatch|dispatches|dispatched|add|adds|adding|"
    rf"added|station|stationed|commit|committed|call\s+up|calls\s+up|called\s+up|calling\s+up|mobili[sz](?:e|es|ed|ing)|"
    rf"recruit|recruits|recruited|recruiting|train|trains|trained|training|withdraw|withdraws|withdrawn|withdrew|"
    rf"extend(?:s|ed|ing)?\s+the\s+(?:service|tours?|deployments?|contracts?)\s+of|contribute|contributes|contributing|contributed|"
    rf"provide|provides|providing|provided|pledge|pledges|pledged|pledging|offer|offers|offered)\s+(?:another\s+|an?\s+additional\s+|(?:up\s+to|at\s+least|about|some)\s+)?"
    rf"(?:(?P<lo>{NUMBER_PATTERN})\s*(?:to|-|–)\s*)?(?P<num>{_NUM_OR_VAGUE})\s+more\b"
    rf"(?!\s+(?!(?:in|to|on|at|by|from|this|last|next|over|into|within|during|for|as|if|and|than|soon)\b)[a-z])",
    re.I,
)
# "10,000 members of the army ... had been sent, and about 8,000 more were on the way"; "some 1,200 more could be sent"
_N_MORE_AUX_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})\s+more\s+"
    rf"(?=(?:were|are|will|would|could|may|might|can|should|was|had|have|to\s+(?:follow|come|arrive))\b)",
    re.I,
)
_AND_N_MORE_RE = re.compile(
    rf"\band\s+(?:(?:its|their|the|allied|other)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+more"
    rf"(?=\s*[.;,]|\s*$|\s+(?:deployed|stationed|based|posted|serving|fighting|on\s+the\s+way|in\s+reserve|there|under|through|outside|"
    rf"elsewhere|as\s+part)\b)", re.I)
_RANKS_RE = re.compile(  # "Rebel ranks have swelled to around 20,000"
    rf"\b(?:{_TROOP_NOUNS}|militia|insurgent|rebel|jihadist|guerrilla|(?P<own>its|their))(?:['’]s?)?\s+ranks\s+(?:have\s+|has\s+|had\s+)?"
    rf"(?:swelled|swollen|grown|grew|risen|rose|increased|fallen|fell|shrunk|shrank|dwindled|thinned|climbed)\s+to\s+"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)",
    re.I,
)
_GAPPED_RE = re.compile(  # "France has about 1,500 troops in Niger and the United States 1,100"
    rf"\band\s+(?:the\s+)?(?P<side>(?:[A-Z][\w.’'-]*\s+){{1,3}})(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)"
    rf"(?=\s*[,.;)]|\s+(?:in|at|on|there|each|respectively|mostly|stationed|based)\b)"
    # "2,500 troops in Iraq and 900 in Syria"
    rf"|(?:\band|,)\s+(?:another\s+)?(?P<approx2>{APPROX_PATTERN}\s+)?(?P<num2>{NUMBER_PATTERN})(?![,.]\d)(?=\s+(?:in|at|from)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z])"
    # "... and the UAE, its main partner, once had as many as 5,000 in southern Yemen"
    rf"|\b(?:has|had|have|keeps|kept|keep|maintains|maintained|stations|stationed)\s+(?P<approx3>{APPROX_PATTERN}\s+)?"
    rf"(?P<num3>{NUMBER_PATTERN})(?![,.]\d)(?=\s+(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z])")
# "The regular army has about 300,000 soldiers, and the Kurdish regional government's peshmerga forces about 150,000"
_GAPPED_FORCE_RE = re.compile(
    rf"\band\s+(?:the\s+)?[^,.;]{{0,50}}?\b(?:forces|army|militias?|troops|peshmerga|fighters|navy|guard)\s+"
    rf"(?P<approx>{APPROX_PATTERN}\s+)(?P<num>{NUMBER_PATTERN})(?![,.]\d)(?=\s*[,.;)]|\s*$)", re.I)
_WHICH_NUMBERED_RE = re.compile(  # "the U.N. mission in Congo, MONUSCO, which once numbered more than 20,000"
    rf"\b(?:which|that|who)\s+(?:(?:once|now|still|then|at\s+its\s+(?:peak|height)|currently)\s+)?(?:numbered|numbers|totall?ed|totals|"
    rf"reached|peaked\s+at|topped)\s+"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)",
    re.I,
)
_ALREADY_RE = re.compile(  # "several thousand more troops would head there, joining about 2,350 already deployed"
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})\s+(?:who\s+are\s+|that\s+are\s+)?already\s+"
    rf"(?:deployed|stationed|there|in\s+place|on\s+the\s+ground|serving|in\s+the\s+country|based)\b",
    re.I,
)
# Counts that restate a troop count of this sentence or the one before: "only 2,500 are in the country", "2,500 will go
# home by spring", "that number had dropped to 12,000", "to be cut to around 300", "Bangladesh (7,200)".
_RESTATED_NUM_RE = re.compile(  # number-led: tried only where a number starts
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)\s+(?:are|were|will|would|is|remain)\s+"
    rf"(?:(?:already|now|still|currently)\s+)?(?:(?:expected|due|set|likely|scheduled)\s+to\s+|to\s+)?(?:remain|stay|be\s+left|leave|return\s+home|go\s+home|withdraw|"
    rf"in\s+(?:the\s+)?country|on\s+the\s+ground|there|in\s+place|deployed|stationed|present)\b"
    rf"|(?P<approx2>\b{APPROX_PATTERN}\s+)?(?P<num2>{NUMBER_PATTERN})(?![,.]\d)(?:,\s+(?:most|many|all|some)\s+of\s+them\s+[^,.;]{{1,50}},)?"
    rf"\s+(?:have|has|had)\s+(?:already\s+|now\s+|so\s+far\s+)?(?:arrived|been\s+deployed)\b",
    re.I,
)
_RESTATED_WORDS = re.compile(r"\b(?:remain|stay|left|leave|home|withdraw|country|ground|there|place|deployed|stationed|arrived|"
                             r"present)\b", re.I)
# "Around 4,000 troops have been killed ... Kyiv put the figure at close to 5,000": the count before, another estimate.
_PUT_FIGURE_RE = re.compile(
    rf"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+(?:the|that|this|its|their)\s+"
    rf"(?:figure|number|total|tally|count|toll)\s+(?:at|as\s+high\s+as)\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})"
    rf"(?![,.]\d)(?!\s*(?:%|percent|per\s+cent)|\s+[a-z]+s\b)",
    re.I,
)
_PUT_FIGURE_WORDS = re.compile(r"\b(?:put|puts|putting|plac|estimat)")
_RESTATED_RE = re.compile(
    rf"\b(?:that|the|this|their|its)\s+(?:number|figure|total|force|contingent|presence)\s+(?:has\s+|had\s+|have\s+|"
    rf"(?:will|would|is\s+(?:expected|due|set)\s+to|could)\s+)?"
    rf"(?:dropped|fell|fallen|rose|risen|grew|grown|increased|decreased|declined|shrunk|shrank|swelled|climbed|"
    rf"(?<=will\s)(?:fall|drop|rise|grow|shrink|decline|climb)|(?<=to\s)(?:fall|drop|rise|grow|shrink|decline|climb)|"
    rf"(?<=would\s)(?:fall|drop|rise|grow|shrink|decline|climb)|(?<=could\s)(?:fall|drop|rise|grow|shrink|decline|climb))\s+to\s+"
    rf"(?P<approx2>{APPROX_PATTERN}\s+)?(?P<num2>{NUMBER_PATTERN})(?![,.]\d)"
    rf"|\b(?:be\s+)?(?:cut|reduced|lowered|increased|raised|brought\s+down)\s+(?:(?:those|them|it|that)\s+)?to\s+(?P<approx3>{APPROX_PATTERN}\s+)?"
    rf"(?P<num3>{_NUM_OR_VAGUE})(?![,.]\d)(?!\s*(?:%|percent|per\s+cent)|\s+[a-z]+s\b)"
    rf"|(?<=[A-Z][a-z]{{2}})(?:[a-z]*)\s+\((?P<approx4>{APPROX_PATTERN}\s+)?(?P<num4>{NUMBER_PATTERN})\)",
    re.I,
)
_NUMBERS_MEN_RE = re.compile(  # "the rival force, or Rada, numbers several thousand men": the verb names the size
    rf"\b(?:numbers|numbered|totals|totalled|totaled)\s+(?:(?:about|some|roughly|around)\s+)?(?P<approx>{APPROX_PATTERN}\s+)?"
    rf"(?P<num>{_NUM_OR_VAGUE})\s+(?:(?:armed|active|uniformed)\s+)?(?:men|{_TROOP_NOUNS})\b",
    re.I,
)
_OF_THEM_RE = re.compile(  # "The AU mission has about 19,000 troops and is due to cut 2,000 of them"
    rf"(?P<approx>\b(?:perhaps|maybe|possibly|probably)\s+(?:{APPROX_PATTERN}\s+)?|\b{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+of\s+(?:them|those)\b", re.I)
_OF_WHOM_RE = re.compile(  # "about 880,000 people in uniform, of whom roughly 300,000 serve in combat units"
    rf"\b(?:of\s+whom|among\s+them|among\s+whom)\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)"
    rf"(?!\s*(?:%|percent|per\s+cent)|\s+(?!(?:are|were|serve|served|serving|remain|remained|belong|belonged|came|come|work|worked)\b)[a-z]+s\b)", re.I)
# "Western estimates put Russian casualties at ...; Ukraine's are believed to be about 400,000": the same kind, another side.
_POSSESSIVE_SAME_RE = re.compile(
    rf"(?:[;,]\s+|\b(?:and|while|but|whereas)\s+)(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)['’]s?\s+(?:are|were|is|was|stand|stood|number|"
    rf"numbered|total|totalled|totaled)\s+(?:(?:believed|thought|estimated|said|reported|put)\s+(?:to\s+(?:be|number|total|stand\s+at)|at)\s+)?"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)(?!\s*(?:%|percent|per\s+cent)|\s+[a-z]+s\b)", re.I)
# "has grown to as many as 1,600 fighters, many of them foreigners, ..., from a few hundred two years ago": the size before.
_TRAILING_FROM_RE = re.compile(
    rf",\s+(?:up\s+|down\s+)?from\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?![,.]\d)"
    rf"(?=\s*[,.;]|\s*$|\s+(?:[\w-]+\s+){{0,2}}(?:ago|earlier|before)\b|\s+(?:in|at|last|a\s+year)\b)", re.I)
_CHANGE_VERB = re.compile(r"\b(?:grown|grew|grow|grows|risen|rose|rises|fallen|fell|falls|swelled|swollen|shrunk|shrank|increased|"
                          r"decreased|expanded|doubled|tripled|dropped|dwindled)\b", re.I)
_UP_FROM_RE = re.compile(  # "around 130 militants are active, down from more than 300", "has grown from around 30"
    rf"(?:\b(?:up|down|grown|risen|rose|fell|fallen|dropped|increased|decreased|climbed|shrunk|shrank|swelled|swollen)\s+"
    rf"from|\bfrom\s+(?:a|an|its|their|the)\s+(?:\w+\s+)?(?:peak|high|low|maximum|height|level)\s+of)\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?!\s*(?:%|percent|per\s+cent|million|billion)|\s+[a-z]+s\b)",
    re.I,
)
# A bare count later in a sentence that has counted troops, after "to", "at" or an approximation: "the force it had
# deployed ... to roughly 14,000", "Britain could contribute a brigade of about 5,000".
_BARE_AFTER_TROOPS_RE = re.compile(
    rf"\b(?:to|at|of|with|numbering|totall?ing|need|needs|needed|require|requires|required|want|wants|wanted|against|"
    rf"versus|compared\s+(?:with|to))\s+"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)"
    rf"(?=\s*[,.;)]|\s*$|\s+(?:in|on|by|over|this|that|next|last|after|before|from|during|according|troops|soldiers|personnel|"
    rf"men|strong|now|currently|today|there)\b|\s+(?:a|per|each|every)\s+(?:month|week|day|year)\b"
    rf"|\s+to\s+(?![\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\b))",
    re.I,
)
# "The Syrian army, which ..., has lost 60,000 soldiers since 2011 and now numbers around 150,000": the force's size.
_NUMBERS_N_RE = re.compile(
    rf"\b(?:now\s+|still\s+|currently\s+)?(?:numbers|numbered|totals|totalled|totaled|(?<=[a-z]\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bany\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\btroop\s)(?<!\bphone\s)number)\s+(?:between\s+(?P<lo>{NUMBER_PATTERN})\s+and\s+)?(?P<approx>{APPROX_PATTERN}\s+)?"
    rf"(?P<num>{_NUM_OR_VAGUE})(?![,.]\d)(?!\s*(?:%|percent|per\s+cent))", re.I)
_BARE_RANGE_RE = re.compile(
    rf"(?P<lo>{NUMBER_PATTERN})\s*(?:to|-|–)\s*(?P<hi>{NUMBER_PATTERN})(?![,.]\d)(?=\s*[,;)]|\s*\.(?:\s|$)|\s*$|\s+(?:that|who|which|in|at|on|"
    rf"are|were|will|would|could|more)\b)", re.I)
# People other than a force: a count after them in a troop sentence counts them ("the number of migrants ... reached
# more than 250,000").
_OTHER_PEOPLE = re.compile(r"\b(?:migrants|refugees|civilians|people|residents|voters|protesters|students|workers|children|"
                           r"women|passengers|tourists|fans|spectators|visitors|pilgrims|patients|inmates|detainees|hostages|"
                           r"citizens|asylum\s+seekers|displaced|employees|staff)\b", re.I)
_NAMED_NUMBER = re.compile(r"\b(?-i:Base|Camp|Fort|Gate|Route|Highway|Road|Street|Station|Flight|Room|Block|Terminal|Hill|"
                           r"Level|Grade|Phase|Stage|Article|Section|Chapter|Page|Line|Unit|Building|Platform|Sector|Zone|"
                           r"Area|Point|Exit|Pier|Berth|Dock|Hangar|Runway|Post|Outpost|Checkpoint|Lot|Bus|Train|Apollo|"
                           r"Mark|Model|Version|Item|Number|No\.|Group|Team|Class|Division|Brigade|Corps|Regiment|Battalion|"
                           r"Squadron|Task\s+Force|Resolution|Law|Act|Bill|Decree|Order)\s+$")
_PLACE_SIZE = re.compile(r"\b(?:population|city|town|village|country|nation|state|region|province|district|island|"
                         r"crowd|audience|capacity|residents|inhabitants|people|company|firm|business|bank|airline|club|"
                         r"team|school|university|hospital|union|party|council|store|factory|plant|whom)\b[^,.;]{0,25}$", re.I)
_BARE_COUNT_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?![,.:]\d)(?=\s*[,;)]|\s*:\s|\s*\.(?:\s|$)|\s*$|\s+(?:in|at|on|from|by|"
    rf"each|apiece|who|which|are|were|will|would|remain|remained|had|have|has|already|still|now|and|or|"
    rf"arrived|left|landed|returned|joined|stayed|served|deployed)\b)", re.I)
# "a civilian militia the junta has expanded to about 90,000 members": a force grown to its size.
_EXPANDED_TO_RE = re.compile(
    rf"\b(?:expanded|expanding|grown|swelled|swollen|increased|doubled|built\s+up)\s+(?:it\s+|its\s+ranks\s+)?to\s+"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+(?:(?:active|armed|trained)\s+)?(?P<noun>members|fighters|men|{_TROOP_NOUNS})\b", re.I)
# "We were 120 when we started," said a company commander; "Now there are 47 of us.": a unit counting itself.
_WE_WERE_RE = re.compile(
    rf"(?:\b[Ww]e\s+(?:were|are)\s+(?:now\s+|only\s+|just\s+)?(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)"
    rf"(?=\s+(?:when|at|in|then|now|left|men|soldiers)\b|\s*[,.;”\"])"
    rf"|\bthere\s+(?:are|were)\s+(?:now\s+|only\s+|just\s+)?(?P<approx2>{APPROX_PATTERN}\s+)?(?P<num2>{NUMBER_PATTERN})\s+of\s+us\b)")
# '"Our battalion should have 500," said a sergeant'; '"We have maybe 120 who can hold a rifle."': a unit's own count.
_UNIT_HAS_RE = re.compile(
    rf"\b(?:(?:[Oo]ur|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Ii]ts)\s+(?:[\w-]+\s+)?(?P<unit>battalion|brigade|company|platoon|regiment|"
    rf"unit|squad|division|detachment|garrison)\s+(?:should\s+have|(?:is|was)\s+(?:supposed|meant)\s+to\s+have|used\s+to\s+have|"
    rf"once\s+had|had|has|now\s+has|started\s+with)"
    rf"|[Ww]e\s+(?:now\s+|still\s+|only\s+)?have)\s+(?:only\s+|just\s+|maybe\s+|perhaps\s+|barely\s+)?(?P<approx>{APPROX_PATTERN}\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})(?![,.]\d)(?=\s*[,.;”\"]|\s+(?:men|soldiers|troops|fighters|left|now|who\s+can|able|fit)\b)")
# "a conscription drive that has pressed tens of thousands of young men into uniform"
_INTO_UNIFORM_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+(?:[\w-]+\s+){{0,2}}?(?:men|women|people|recruits|conscripts|volunteers)\s+"
    rf"(?:in|into)\s+(?:uniform|the\s+(?:army|military|ranks|armed\s+forces|trenches))\b", re.I)
# "analysts estimated the army's strength at 300,000 to 400,000": a force's size, estimated.
_STRENGTH_AT_RE = re.compile(
    rf"\b(?:estimated|estimates?|estimating|put|puts|putting|reckoned|reckons|gauged|assessed|assesses)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<whose>(?:[\w.’'-]+\s+){{0,3}}?)(?:strength|numbers|size|ranks|manpower)\s+at\s+(?:between\s+)?"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?![,.]\d)(?:\s*(?:to|-|–|and)\s*(?P<hi>{NUMBER_PATTERN})(?![,.]\d))?"
    rf"(?!\s*(?:%|percent|per\s+cent)|\s+[a-z]+s\b(?<!\bmen))", re.I)
# "of whom no more than 70,000 were combat troops": a count said to be troops.
_WERE_TROOPS_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)\s+(?:of\s+(?:them|whom|those)\s+)?(?:were|are)\s+"
    rf"(?:(?:combat|regular|active|front-?line|active-duty|professional|trained|armed|career)\s+)?(?:troops|soldiers|fighters|combatants)\b{_NOT_CRAFT}", re.I)
# "The affiliate, known as Islamic State Khorasan, has an estimated 2,000 to 4,000 members": an armed group's members.
_ARMED_MEMBERS_RE = re.compile(
    rf"\b(?:has|have|had|counts?|numbers|numbered|with)\s+(?:(?:only|still|now)\s+)?(?:between\s+)?(?P<approx>{APPROX_PATTERN}\s+)?"
    rf"(?:between\s+)?(?P<num>{_NUM_OR_VAGUE})(?![,.]\d)(?:\s*(?:to|-|–|and)\s*(?P<hi>{NUMBER_PATTERN})(?![,.]\d))?\s+"
    rf"(?:(?:armed|active|trained|hardcore|core)\s+)?(?:members|men)\b", re.I)
_GROUP_WORD = re.compile(r"\b(?:group|affiliate|branch|faction|movement|organi[sz]ation|network|offshoot|wing)\b", re.I)
_NOT_ARMED_BODY = re.compile(r"\b(?:bloc|bureau|council|parliament|cabinet|committee|board|party|union|club|assembly|"
                             r"delegation|panel|team|family|families|household|church|congregation|staff)\b", re.I)
# Last resort, in a sentence about a force whose count no rule found: an approximate count standing alone ("The
# drawdown will bring the force to fewer than 1,000, from about 2,000 now").
_APPROX_BARE_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)(?P<num>{NUMBER_PATTERN})(?![,.]\d)(?=\s*[,;)]|\s*\.(?:\s|$)|\s*$|\s+(?:of\s+them|now|today|"
    rf"in\s+all|at\s+the\s+time|are|were|will|would|have|had|remain|remained|serve|served)\b)", re.I)
_NOT_A_FORCE_CLAUSE = re.compile(r"\b(?:hostages?|displac\w*|evacuat\w*|fled|flee\w*|homeless|abduct\w*|kidnap\w*|arrest\w*|"
                                 r"detain\w*|jail\w*|aged?|ages|kill\w*|wound\w*|injur\w*|dead|died|deaths?|lost|los[ei]\w*|captur\w*|"
                                 r"missing|votes?|voters?|tickets?|visitors?|fans?|spectators?|students?|workers?|jobs?|employees?|"
                                 r"cases|infections?|tons?|tonnes?|barrels?|homes?|houses?|buildings?|acres?|hectares?)\b", re.I)
_APPOSED_CUE = re.compile(r",\s+(?:perhaps|maybe|possibly|probably|about|some|roughly|around|an\s+estimated|at\s+least|more|"
                          r"fewer|nearly|almost|numbering)\s", re.I)
# "Russian military instructors, perhaps a hundred, arrived in April": an approximate size set off by commas.
_APPOSED_RE = re.compile(
    rf"\b(?:{_TROOP_NOUNS}),\s+(?P<approx>(?:perhaps|maybe|possibly|probably|about|some|roughly|around|an\s+estimated|at\s+least|"
    rf"more\s+than|fewer\s+than|nearly|almost|numbering(?:\s+(?:about|some|roughly|around|more\s+than|nearly))?)\s+)"
    rf"(?P<num>{_NUM_OR_VAGUE})(?![,.]\d)\s*,", re.I)
# "nearly 1.8 million Americans served in the Korean theater": a nation's people who served or fought.
_NATION_SERVED_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+(?-i:[A-Z][a-z]+(?:ans|ians|ese|ish|is|ch|ks|ns))\s+"
    rf"(?:had\s+|have\s+)?(?:served|fought|were\s+deployed|deployed|were\s+sent|went\s+to\s+war)\b", re.I)
# "Its strength eventually reached about 1.35 million": a force's strength, the force named before.
_STRENGTH_REACHED_RE = re.compile(
    rf"\b(?:its|their|the\s+(?:army|force|militia|group)['’]s)\s+(?:total\s+|overall\s+|troop\s+)?strength\s+(?:\w+ly\s+)?"
    rf"(?:reached|peaked\s+at|rose\s+to|grew\s+to|stood\s+at|fell\s+to|dropped\s+to|totall?ed|numbered|was|is|topped)\s+"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?![,.]\d)(?!\s*(?:%|percent|per\s+cent)|\s+[a-z]+s\b(?<!men))", re.I)
# "Of my company of 160, maybe 30 came home": a unit's size, where the story is about a war.
_UNIT_OF_RE = re.compile(
    rf"\b(?:my|our|his|her|their|its|the|a|one)\s+(?:[\w-]+\s+)?(?:company|platoon|battalion|regiment|brigade|unit|squad|squadron|"
    rf"detachment|garrison)\s+of\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)"
    rf"(?!\s*(?:%|percent)|\s+(?!men\b|soldiers\b|troops\b|fighters\b)[a-z]+s?\b)", re.I)
_WAR_WORDS = re.compile(r"\b(?:war|battle|fought|fighting|front|army|soldiers?|troops|veterans?|combat|invasion|offensive)\b", re.I)
# "a decree calling up 160,000 men aged 18 to 30": a call-up counts recruits, whatever the noun.
_CALL_UP_RE = re.compile(
    rf"\b(?:call(?:s|ed|ing)?\s+up|mobili[sz](?:e|es|ed|ing)|conscript(?:s|ed|ing)?|(?P<rec>recruit(?:s|ed|ing)?))\s+(?:another\s+|an\s+additional\s+)?"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?![,.]\d)\s+(?:of\s+)?(?:(?:more|new|young|additional|extra)\s+)?"
    rf"(?:men|people|citizens|youths|volunteers)\b(?!\s+and\s+women)", re.I)
# "Burundi has about 1,000 men in Somalia": a country's men posted in another.
_MEN_ABROAD_RE = re.compile(
    rf"\b(?-i:[A-Z][a-z]+)\s+(?:has|have|had|keeps|kept|maintains|stations|still\s+has)\s+(?P<approx>{APPROX_PATTERN}\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})(?![,.]\d)\s+men\s+(?:in|on|at|inside|along)\s+(?:the\s+)?(?-i:[A-Z])", re.I)
# "About 50,000 have handed in weapons": fighters who disarmed, the fighters named in the sentence before.
_DISARMED_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?![,.]\d)\s+(?:(?:more|others|of\s+them)\s+)?(?:have\s+|had\s+|has\s+)?(?:since\s+|already\s+)?"
    rf"(?:(?:handed\s+(?:in|over)|laid\s+down|turned\s+in|surrendered|given\s+up|gave\s+up)\s+(?:their\s+|its\s+)?(?:weapons|arms|guns|rifles)"
    rf"|(?:been\s+)?(?:disarmed|demobili[sz]ed|defected|deserted)\b)", re.I)
_DISARMED_CUE = re.compile(r"\b(?:handed|laid|turned|surrendered|gave|given|disarmed|demobili|defected|deserted)")
# "The peacekeepers, 12,000 in all, come from 40 countries": a force's size set off by commas.
_IN_ALL_RE = re.compile(
    rf"\b(?P<noun>{_TROOP_NOUNS}),\s+(?:(?:perhaps|maybe|possibly|probably|all)\s+)?(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)\s+"
    rf"(?:in\s+all|in\s+total|all\s+told|altogether|strong|of\s+them)\s*,", re.I)  # "whose fighters, perhaps 60,000 of them, guard"
# "The 1,500 who were based in Niger left by road": a head count placed by a posting verb, in an article counting troops.
_WHO_BASED_RE = re.compile(
    rf"\b(?:the|The|those|Those)\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)\s+(?:who|that)\s+"
    rf"(?:were|are|had\s+been|have\s+been|remain|remained)\s+(?:still\s+|then\s+|once\s+)?"
    rf"(?:based|stationed|deployed|posted|garrisoned)\b")
# "The largest rebel group still active, the ELN, has about 5,800.": a force's size, the noun left to the sentence before.
_HAS_N_RE = re.compile(
    rf"\b(?:has|have|had)\s+(?:(?:only|still|now|just|since\s+grown\s+to)\s+)?(?P<approx>{APPROX_PATTERN}\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})(?![,.]\d)(?=\s*(?:[.;]\s*|,\s+(?:according|officials|analysts|experts)\b[^.;]*[.;]?\s*)$"
    rf"|\s+(?:able\s+to\s+fight|fit\s+(?:to\s+fight|for\s+(?:duty|combat))|left\b|remaining\b))", re.I)
_GROUP_SUBJECT = re.compile(r"\b(?:group|faction|movement|rebel|guerrilla|insurgent|jihadist|militant|battalion|regiment|"
                            r"platoon|company|unit|corps)\b", re.I)
_FORCE_SUBJECT = re.compile(r"\b(?:army|armies|militias?|(?<!labor\s)(?<!labour\s)(?<!work\s)(?<!police\s)(?<!task\s)forces?|rebels|troops|brigade|division|garrison|contingent|insurgents|"
                            r"militants|fighters|guerrillas|mission|attackers|assailants|raiders|gunmen)\b", re.I)
_RAISE_WORDS = re.compile(r"\b(?:rais|increas|boost|bring|brought|cut|reduc|lower|doubl|swell|take|took|taking|halv|trim|slash|expand)")
_RAISE_TO_RE = re.compile(
    rf"\b(?:raise|raising|raised|increase[sd]?|increasing|boost(?:s|ed|ing)?|bring(?:s|ing)?|brought|cut(?:s|ting)?|halve[sd]?|halving|expand(?:s|ed|ing)?|"
    rf"trim(?:s|med|ming)?|slash(?:es|ed|ing)?|"
    rf"reduce[sd]?|reducing|lower(?:s|ed|ing)?|double[sd]?|doubling|swell(?:s|ed|ing)?|take(?:s)?|took|taking)\s+"
    rf"(?:(?:the|that|this|its|their|his|her)\s+)?(?:[\w.’'-]+\s+){{0,3}}?(?P<what>size\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.’'-]+\s+)?"
    rf"(?:army|armed\s+forces|military|navy|force|forces|contingent|garrison|militia|mission)|(?:military\s+|army\s+)?reserves?|number|total|figure|force|contingent|deployment|presence|strength|"
    rf"troops|forces|personnel|soldiers|troop\s+(?:levels?|numbers|presence|count|strength|ceiling|cap))"
    rf"(?:\s+(?:in|at|on|across|throughout)\s+(?:the\s+)?[\w.’'-]+(?:\s+[A-Z][\w.’'-]*)?|\s+there)?"
    rf"(?:\s+(?:that\s+|which\s+)?(?:it|they|he|she|we|the\s+\w+)\s+(?:has|have|had)\s+(?:\w+\s+)?"
    rf"(?:deployed|sent|committed|stationed|mobili[sz]ed))?"  # "bringing the total it has deployed to roughly 14,000"
    rf"(?:\s+by\s+(?:(?:about|roughly|nearly|almost|more\s+than|some)\s+)?(?:half|a\s+(?:third|quarter)|[\d.]+\s*(?:%|percent)),?)?"
    rf"(?:\s+from\s+(?P<approx1>{APPROX_PATTERN}\s+)?(?P<num1>{NUMBER_PATTERN}))?"  # "reduce its forces in Syria from about 2,000"
    rf",?\s+to\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?!\s*(?:%|percent|per\s+cent))"
    rf"(?:,?\s+from\s+(?P<approx2>{APPROX_PATTERN}\s+)?(?P<num2>{NUMBER_PATTERN})(?![,.]\d)(?!\s*(?:%|percent|per\s+cent)|\s+[a-z]+s\b))?",
    re.I,  # "bring the force to fewer than 1,000, from about 2,000 now"
)
# "his unit, which should have 500 soldiers, was down to about 140"; "The force, which has 10,000 soldiers, will lose
# about 2,500": the count just named, changed.
_NOT_HEADS = re.compile(r"[$€£¥]|\b(?:budget|spending|costs?|revenue|prices?|funds?|funding|wages?|salar\w+|dollars|euros|"
                        r"pounds|shares?|stocks?|ratings?|vehicles|tanks|jets|aircraft|ships|drones|bases|posts|sales|"
                        r"output|exports|imports|production|profits?|points|votes|seats)\b", re.I)
_DOWN_TO_CUE = re.compile(r"\b(?:ris|rose|grow|grew|swell|swoll|increas|fall|fell|drop|shrink|shrank|shrunk)\w*(?:\s+(?:\w+fold|sharply|rapidly|quickly|steadily|again))?,?\s+to\s")
_DOWN_TO_RE = re.compile(
    rf"\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:now\s+)?down\s+to"
    rf"|(?:will|would|could|is\s+to|are\s+to|to)\s+lose"
    rf"|(?:rising|rises|rose|risen|rise|growing|grows|grew|grow|grown|swollen|swelling|swells|swelled|swell|increasing|falling|fell|"
    rf"fallen|fall|falls|shrunk|"
    rf"dropping|dropped|drop|drops|shrinking|shrank|shrink)(?:\s+(?:\w+fold|sharply|rapidly|quickly|steadily|again))?,?\s+to)\s+"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})\b"
    rf"(?![,.]\d)(?!\s*(?:%|percent|per\s+cent)|\s+(?!(?:on|in|at|to|from|by|and|or|this|next|last|over|within|soon|under|after|before|because|as|when|if|during|amid|following)\b)[a-z])",
    re.I,
)
# "seriously", "moderately", "critically" ...: any manner adverb before a casualty verb
_SEVERITY = r"(?:seriously|critically|severely|badly|gravely|fatally|slightly|lightly|mortally|moderately|[a-z]{3,}ly(?<!only)(?<!early)(?<!reportedly))"
# What "captured 60 ..." or "killed 20 ..." may take that is not people.
_NOT_WHO = (r"(?:posts|positions|villages|towns|cities|settlements|bases|outposts|tanks|vehicles|weapons|guns|rifles|"
            r"kilomet(?:er|re)s|km|miles|square|hectares|acres|checkpoints|buildings|hills|ships|boats|aircraft|drones|"
            r"animals|cattle|sheep|birds|fish|dogs|horses|cows|pigs|chickens|camels|goats|elephants|foxes|rats|mice|wolves|"
            r"bears|deer|badgers|whales|dolphins|sharks|trees|jobs|seats|votes|"
            r"points|goals|wickets|games|matches|titles|bills|motions|amendments|proposals|measures|projects|plans|deals|"
            r"talks|contracts|companies|firms|banks|stores|shops|flights|routes|stations|plants|factories|homes|houses|"
            r"schools|hospitals|bridges|roads|cars|trucks|buses|trains|planes|shells|rockets|missiles|mines|bombs|years|"
            r"months|weeks|days|hours|minutes|times|cases|species|fires|cells|lines|calls|emails|files|pages|shares|units|"
            r"attacks|strikes|raids|bombings|explosions|blasts|incidents|clashes|battles)")
# Any plural noun as the victims of a passive casualty verb ("37 candidates were killed"), unless it names things.
_ANY_PEOPLE = (rf"(?-i:(?!(?:{_NOT_WHO}|dozens|hundreds|thousands|millions|billions|scores|tens|its|this|has|was|is|"
               rf"his|thus|plus|less|as|us|yes|always|perhaps|nearly|numbers)\b)[a-z]{{3,}}s\b(?<!ss))")
_CASUALTY_WHO = (rf"people|civilians|persons|villagers|residents|children|hostages|passengers|others|workers|"
                 rf"staff(?:\s+members)?|members|staffers|employees|journalists|reporters|medics|doctors|nurses|volunteers|"
                 rf"protesters|demonstrators|worshippers|fishermen|farmers|students|pupils|adults|men|women|boys|"
                 rf"girls|babies|infants|teenagers|patients|guards|bystanders|pedestrians|motorists|drivers|"
                 rf"migrants|refugees|climbers|guides|hikers|trekkers|porters|sherpas|skiers|swimmers|divers|"
                 rf"crew(?:\s+members?)?|citizens|nationals|fans|spectators|shoppers|commuters|travellers|travelers|inmates|prisoners|detainees|"
                 rf"victims|(?-i:[A-Z][a-z]+(?:ans|ians|is|ese|ites))|"  # "413 Palestinians", "Israelis"
                 rf"firefighters|policemen|police\s+officers|officers|crew\s+members|miners|tourists|pilgrims|aides|bodyguards|"
                 rf"supporters|activists|"
                 rf"attackers|assailants|gunmen|raiders|hijackers|kidnappers|bombers|terrorists|bandits|{_TROOP_NOUNS}|police|(?-i:Taliban)(?!\s+(?:fighters|militants|members|insurgents|soldiers|gunmen))|"
                 rf"(?-i:POWs)|prisoners\s+of\s+war|captives")
_CASUALTY_WHO_RE = re.compile(_CASUALTY_WHO, re.I)
_CASUALTY_WHO_WORD_RE = re.compile(rf"\b(?:{_CASUALTY_WHO})\b", re.I)
# "up to 800 trainers could stay" (after the defence minister spoke of a withdrawal), "250 Afghan soldiers and 40 American
# advisers": trainers and advisers are troops where the sentence is about a force.
_ADVISERS_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})\s+(?:(?-i:[A-Z])[\w’'-]*\s+){{0,2}}"
    rf"(?P<noun>trainers|advisers|advisors|instructors)\b", re.I)
_ADVISERS_CONTEXT = re.compile(r"\b(?:defen[cs]e\s+(?:minister|ministry|secretary|department)|military|troops|soldiers|army|"
                               r"armed\s+forces|withdrawal|Pentagon|NATO|garrison|base)\b", re.I)
# "The ELN, which has about 5,800 members": a named group's members, where the sentence is about fighting.
_GROUP_MEMBERS_RE = re.compile(
    rf"\b(?-i:[A-Z]{{2,6}}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,3}})(?:\s+(?:group|movement|militia|front|network))?,\s+"
    rf"(?:which|who)\s+(?:has(?:\s+had)?|had|have(?:\s+had)?|counts|numbers)\s+"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})\s+(?:(?:armed|active)\s+)?(?:members|men)\b", re.I)
_FIGHTING_CONTEXT = re.compile(r"\b(?:attacks?|attacked|ceasefire|cease-fire|truce|insurg\w*|guerrill\w*|rebels?|rebellion|militias|"
                               r"armed|militants?|jihad\w*|fighting|offensive|ambush\w*|bomb\w*|mercenar\w*|Islamic\s+State|ISIS(?:-K)?|"
                               r"al[- ]Qaeda|al[- ]Shabab|Boko\s+Haram|Taliban|Hamas|Hezbollah|Houthis?|Rapid\s+Support\s+Forces|"
                               r"(?-i:RSF|M23|JNIM|ISWAP|TPLF|PKK|YPG|SDF|ELN|FARC|ADF)|Wagner|Fano)\b", re.I)
# "The junta has recruited some 90,000 VDP volunteers": volunteers taken into a force (not "an army of volunteers"
# knocking on doors).
_RECRUITED_RE = re.compile(
    rf"\b(?:recruit\w*|enlist\w*|mobili[sz]\w*|armed|arming|trained|training|called\s+up)\s+(?:\w+\s+){{0,2}}?"
    rf"(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+(?:of\s+)?(?:[\w-]+\s+){{0,2}}?(?P<noun>volunteers|auxiliaries|"
    rf"(?<=mobilized\s)men|(?<=mobilised\s)men|(?<=of\s)men)\b(?!\s+and\s+women)", re.I)
_RECRUIT_CONTEXT = re.compile(r"\b(?:junta|army|militias?|military|defen[cs]e\s+(?:forces?|ministry)|insurgen\w+|jihad\w*|front\s+line|losses|"
                              r"war|fight\w*|conscript\w*|draft)\b", re.I)
# "Fano, a loose network of militias, is estimated to have tens of thousands of armed members"
_EST_HAVE_RE = re.compile(
    rf"\b(?:estimated|believed|thought|said|reported|reckoned)\s+(?:by\s+[^,;]{{1,60}}?\s+)?to\s+(?:have|field|number|count)\s+"
    rf"(?:between\s+(?P<lo>{NUMBER_PATTERN})\s+and\s+)?(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?:(?:\s+of)?\s+(?:(?:armed|active|trained)\s+)?"
    rf"(?:members|men|fighters|combatants)\b|(?=\s+or\s+more\b|\s*[.;]))", re.I)
_FREED_BEFORE = re.compile(r"\b(?:freed|freeing|frees|released|releasing|releases|swapped|swapping|exchanged|exchanging|"
                           r"repatriated|repatriating|handed\s+over)\s+(?:\w+\s+){0,2}$", re.I)
# "270 servicemen and 120 civilians came home on Friday" (after a prisoner swap): freed, not a force.
_FREED_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:came\s+home|returned\s+home|(?:were|have\s+been|had\s+been)\s+(?:freed|released|"
                          r"repatriated|exchanged|swapped|returned\s+home|handed\s+over))\b", re.I)
_SWAP_CONTEXT = re.compile(r"\b(?:prisoners?|swaps?|swapped|exchanges?|exchanged|captivity|captives?|hostages?|POWs?)\b", re.I)
_BURIED_AFTER = re.compile(r"\s+(?:who\s+)?(?:are|were|lie|lay|is|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:buried|interred|laid\s+to\s+rest|"
                           r"commemorated|remembered|honou?red|memoriali[sz]ed)\b", re.I)
# "the hospital had received 120 wounded": the wounded (or dead) as a noun after a verb of receiving or counting.
_RECEIVED_RE = re.compile(
    rf"\b(?:received|receiving|receives|treated|treating|treats|admitted|admitting|evacuated|evacuating|counted|"
    rf"counting|registered|recorded|buried|burying)\s+(?:at\s+least\s+)?(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+"
    rf"(?P<who>wounded|injured|dead|bodies|casualties)\b", re.I)
# "the force numbers about 2,900, including 1,300 South Africans": a side's part of a force just counted.
_INCLUDING_SIDE_RE = re.compile(
    rf",\s+(?:including|among\s+them|of\s+whom)\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})\s+"
    rf"(?:[A-Z][a-z]+\s+)?(?-i:[A-Z][a-z]+(?:ans|ians|is|ese|ites|ers|ish|ch))\b", re.I)
# "inflicted 63,000 casualties on the Russians, including 25,000 killed": casualties as a count, and its killed part
_INFLICTED_RE = re.compile(
    rf"\b(?:inflicted|inflicting|suffered|suffering|sustained|sustaining|caused|causing)\s+(?P<approx>{APPROX_PATTERN}\s+)?"
    rf"(?P<num>{_NUM_OR_VAGUE})\s+(?:[a-z]+\s+)?casualties\b", re.I)
_INCLUDING_KILLED_RE = re.compile(
    rf",\s+including\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})(?:\s+(?P<v>killed|dead|wounded|injured|missing)\b"
    rf"|(?=\s+(?:(?:so\s+far\s+)?(?:last|this)\s+(?:year|month|week)|in\s+(?:19|20)\d\d|in\s+the\s+(?:first|second|last|past)\s)\b))",  # "..., including 61 last year"
    re.I)
_AND_N_IN_RE = re.compile(rf"\band\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)\s+in\s+"
                          rf"(?:(?-i:[A-Z])|an?\s+(?:[\w-]+\s+)?(?:attack|ambush|raid|assault|strike|bombing|clash|offensive)\b)", re.I)
# "killed hundreds of thousands of people, by some estimates as many as 600,000": another estimate of the toll.
_ESTIMATE_AFTER_RE = re.compile(
    rf",\s+(?:by\s+some\s+(?:estimates?|accounts|counts)|according\s+to\s+some\s+estimates?|perhaps|possibly|or\s+even|"
    rf"some\s+(?:say|estimate))\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)(?=\s*[,.;)]|\s*$|\s+(?:in|people|dead)\b)", re.I)
_COMPARED_RE = re.compile(
    rf"\b(?:compared\s+(?:with|to)|against)\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)"
    rf"(?=\s+(?:in|during|for|over|a\s+year|the\s+year|the\s+same|last|the\s+previous)\b|\s*[,.;)]|\s*$)", re.I)
# "at least 60 people, including 27 soldiers, had been killed": troops named inside a casualty span.
_INSERTED_TROOPS_RE = re.compile(
    rf",\s+(?:including|among\s+them)\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+(?:[\w.’'-]+\s+){{0,2}}?"
    rf"(?P<noun>{_TROOP_NOUNS}|police(?:\s+officers)?|policemen)\s*,", re.I)
# "About 4,400 Allied soldiers died on the first day, including 2,501 Americans": a part of the dead just counted.
_INCLUDING_RE = re.compile(
    rf",\s+(?:including|among\s+them)\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+"
    rf"(?:[\w.’'-]+\s+){{0,2}}?(?P<who>{_CASUALTY_WHO})\b(?P<force>\s+of\s+the\s+(?:security|armed|police|military)\s+forces)?"
    rf"(?=\s*(?:[,;.)]|$|\s+(?:and|according|in|on|at|from)\b))",
    re.I,
)
# One person: "killing one woman", "wounding a soldier" (the plural list above names groups).
_ONE_WHO = (r"(?:woman|man|child|boy|girl|person|civilian|soldier|officer|journalist|worker|resident|policeman|"
            r"firefighter|seafarer|sailor|pilot|member|guard|driver|passenger|student|teacher|doctor|nurse)")
# "Between 10,000 and 15,000 people were killed": one casualty figure, a range.
_TO_RANGE_CUE = re.compile(rf"\w\s+to\s+(?:\d|{'|'.join(_NUMBER_WORDS)})\w*\s+(?:[\w.’'-]+\s+){{0,2}}?(?:{_CASUALTY_WHO})\b", re.I)
_VERB_TO_RANGE_CUE = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|captured|capturing)\s+\d[\d,]*\s+to\s+\d", re.I)
_CASUALTY_RANGE_RE = re.compile(
    rf"\bbetween\s+(?P<lo>{NUMBER_PATTERN})\s+and\s+(?P<hi>{NUMBER_PATTERN})\s+(?:[\w.’'-]+\s+){{0,2}}?(?P<who>{_CASUALTY_WHO})\s+"
    rf"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is)\s+)?(?:[a-z]+ly\s+)?(?P<verb>{_CASUALTY_VERBS})\b"
    # "lost between 4,000 and 9,000 killed, wounded or captured": the losses, named by the verbs after
    rf"|\b(?:lost|losing|loses|suffered|suffering)\s+between\s+(?P<lo2>{NUMBER_PATTERN})\s+and\s+(?P<hi2>{NUMBER_PATTERN})\s+"
    rf"(?P<verb2>killed|dead|wounded|casualties)\b(?:(?:,\s+|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)(?:killed|wounded|captured|missing|injured))*"
    # "four to six other soldiers were missing"
    rf"|(?<![\w,.])(?P<lo3>{NUMBER_PATTERN})\s+to\s+(?P<hi3>{NUMBER_PATTERN})\s+(?:[\w.’'-]+\s+){{0,2}}?(?P<who3>{_CASUALTY_WHO})\s+"
    rf"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is)\s+)?(?:[a-z]+ly\s+)?(?P<verb3>{_CASUALTY_VERBS})\b"
    # "his forces had killed 2,000 to 3,000 Islamist fighters and wounded 3,000 to 4,000": the verb first
    rf"|\b(?P<verb4>killed|killing|wounded|wounding|injured|injuring|captured|capturing)\s+(?:between\s+)?(?P<lo4>{NUMBER_PATTERN})\s+"
    rf"(?:to|and|-|–)\s+(?P<hi4>{NUMBER_PATTERN})(?![,.]\d)(?:\s+(?:[\w.’'-]+\s+){{0,2}}?(?P<who4>{_CASUALTY_WHO})\b)?",
    re.I,
)
# The next items of a list that follows a casualty figure: "The dead include 11 civilians, four soldiers and two
# police officers", "killing 11 civilians, four soldiers and two police".
_LIST_NEXT_RE = re.compile(
    rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+(?:(?:[\w.’'-]+\s+){{0,2}}?"
    rf"(?P<who>{_CASUALTY_WHO}|{_ONE_WHO})\b|(?P<people>(?-i:(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]+))(?=\s*(?:[.;]|$)))",
    re.I)  # "..., and 21 Bedouin."
_WHO_WORDS = re.compile(rf"(?:{_CASUALTY_WHO}|{_ONE_WHO})", re.I)
_TOLL_PART_RE = re.compile(  # "about 900 of its soldiers have been killed ..., about 460 of them in the ground operation"
    rf",\s+(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?![,.]\d)\s+of\s+(?:them|whom|those)"
    rf"(?=\s+(?:in|during|on|at|since|near|inside|along)\b)", re.I)
_ALONG_NEXT_RE = re.compile(  # the next item of "along with 125 members of the security forces and 148 Assad loyalists"
    rf"(?:,\s+(?:and\s+)?|\s+and\s+)?(?P<approx>{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+(?:[\w.’'-]+\s+){{0,2}}?"
    rf"(?P<who>{_CASUALTY_WHO}|{_ONE_WHO}|loyalists|supporters|bystanders|militiamen|(?-i:[A-Z][a-z]+(?:ans|ians|is|ese)))"
    rf"(?:\s+of\s+the\s+(?:security|armed|police|military)\s+forces)?\b", re.I)


def _ends_with_who(span: str) -> bool:
    """Whether a casualty span ends with whom it counts ("11 civilians", not "... were killed")."""
    words = span.split()
    return any(_WHO_WORDS.fullmatch(" ".join(words[-k:])) for k in (1, 2, 3) if len(words) >= k)
_PLURAL_CASUALTY_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+(?:(?-i:[A-Z][\w.’'-]*|[a-z][\w-]*)\s+)?(?P<who>{_ANY_PEOPLE})\s+"
    rf"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is)\s+)?(?:[a-z]+ly\s+)?"
    rf"(?P<verb>(?!executed)(?:{_CASUALTY_VERBS}))\b",
    re.I,
)
# "Five soldiers and at least 17 attackers were killed": two casualty figures sharing one verb.
_COORD_CASUALTY_RE = re.compile(
    rf"(?P<approx1>\b{APPROX_PATTERN}\s+)?(?P<n1>{_NUM_OR_VAGUE})\s+(?:[\w.’'-]+\s+){{0,2}}?(?P<who1>{_CASUALTY_WHO}|{_ONE_WHO})\s+"
    rf"and\s+(?P<approx2>{APPROX_PATTERN}\s+)?(?P<n2>{_NUM_OR_VAGUE})\s+(?:[\w.’'-]+\s+){{0,2}}?(?P<who2>{_CASUALTY_WHO})\s+"
    rf"(?:of\s+(?:its|the|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:forces|army|military|police|staff|crew)\s+)?"
    rf"(?:(?:were|have\s+been|had\s+been|are)\s+)?(?:(?:also|reportedly|later)\s+)?(?P<verb>{_CASUALTY_VERBS})\b",
    re.I,
)
# "lost 14 South African and three Malawian troops": two counts sharing one noun.
_SHARED_HEAD_TROOPS_RE = re.compile(
    rf"(?P<first>(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{NUMBER_PATTERN})(?:\s+(?-i:[A-Z])[\w.’'-]*){{1,2}})\s+and\s+"
    rf"(?:{APPROX_PATTERN}\s+)?(?:{NUMBER_PATTERN})\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){{1,2}}(?P<noun>{_TROOP_NOUNS})\b",
    re.I,
)
_SHARED_HEAD_CASUALTY_RE = re.compile(
    rf"\b(?P<first>(?P<verb>lost|losing|loses|killed|killing|wounded|wounding|injured|injuring|captured|capturing)\s+"
    rf"(?P<approx1>{APPROX_PATTERN}\s+)?(?P<n1>{_NUM_OR_VAGUE})(?:\s+(?-i:[A-Z])[\w.’'-]*){{1,2}})\s+and\s+"
    rf"(?P<approx2>{APPROX_PATTERN}\s+)?(?P<n2>{_NUM_OR_VAGUE})\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){{1,2}}(?P<who>{_CASUALTY_WHO})\b",
    re.I,
)
_CASUALTY_NUM_RE = re.compile(  # forms that open with a number (or an approximation): tried only where one starts
    # The three forms that open with a number share one prefix, so the costly number pattern is tried once.
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?(?P<num>{_NUM_OR_VAGUE})\s+(?:"
    rf"(?:of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:\w+\s+)?)?"  # "Five of the six crew members ... were killed"
    rf"(?:(?:(?!\d|(?:months?|years?|weeks?|days?|hours?|after|before|since|ago)\b)[\w.’'-]+\s+){{0,3}}?)"  # "12 Malian soldiers were killed"
    rf"(?P<who>{_CASUALTY_WHO})(?:,\s+(?:(?:including|most\s+of\s+them|many\s+of\s+them|all\s+of\s+them|among\s+them|mostly|many|most|"
    rf"almost\s+all|nearly\s+all|mainly|largely)\b[^,.;]{{0,60}}"
    rf"|[^,.;]{{1,60}}(?=,\s+(?:were|was|had|have|are|also)\b)),)?"
    rf"(?:\s+(?:--|—|–)\s*[^.;—–]{{1,60}}?\s*(?:--|—|–)(?=\s+(?:were|was|had|have|are)\b))?\s+(?:and\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}(?:{_CASUALTY_WHO}|{_ANY_PEOPLE})\s+)?(?:(?:of|from|with)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+(?:of\s+|for\s+|and\s+)?){{1,5}})?"
    rf"(?:(?:on|in|aboard|inside)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{1,4}}?(?=(?:were|was|had|have|are)\s))?"
    rf"(?:(?:who|that|[a-z]{{3,}}ing)\s+[^,.;]{{1,60}}?\s+(?=(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:{_CASUALTY_VERBS})\b))?"  # "At least six militants who stormed the compound were killed"
    rf"(?:(?:who|that)\s+(?=(?:had\s+|have\s+|were\s+|was\s+)?(?:been\s+)?(?:later\s+|subsequently\s+)?(?:died|killed|drowned|perished)\b))?"  # "28 hostages who died in captivity"
    rf"(?:(?:were|have\s+been|had\s+been|has\s+been|are|was|is|being|have|has|had|also|remain|remains|remained|"
    rf"(?:may|might|could|must|would)\s+have\s+been|(?:may|might|could|must|would)\s+have(?=\s+died)|"
    rf"(?:are|were)\s+(?:feared|believed|thought)\s+to\s+have\s+been)\s+){{0,2}}"
    rf"(?:among\s+(?:the|those)\s+)?"  # "Two journalists were among those killed", "... were among the victims"
    rf"(?:(?:reportedly|reported|confirmed|believed|feared|later|also|still)\s+)?(?:been\s+)?"
    rf"(?:{_SEVERITY}\s+)?(?P<verb>{_CASUALTY_VERBS}|(?<=among\sthe\s)victims)\b"
    rf"|(?:of\s+(?:them|those|whom)\s+)(?:(?:later|also|subsequently)\s+)?(?P<verb15>died|were\s+killed)\b"  # "70 of them died"
    rf"|(?:more\s+)?(?P<verb19>died|were\s+killed|were\s+wounded|were\s+injured|(?:are|were)\s+(?:feared|presumed)\s+dead)\b(?!\s+(?:of|from|in\s+(?:office|19|20)))"  # "The police said 19 died", "hundreds are feared dead"
    rf"|(?:{_SEVERITY}\s+)?(?P<verb16>wounded|injured)\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}"
    rf"(?:people|civilians|persons|patients|soldiers|troops|fighters|children|men|women)\b"  # "received 454 wounded people"
    rf"|(?:(?:others|more|of\s+them|of\s+those)\s+)?"  # "Four of them were captured"
    rf"(?:were|have\s+been|had\s+been|was|are|also)\s+(?:(?:also|reportedly|later|still)\s+)?"
    rf"(?:{_SEVERITY}\s+)?(?P<verb4>{_CASUALTY_VERBS})\b"
    rf"|(?:(?:civilian|military|combat|confirmed|reported|[a-z]+-related)\s+)?(?P<verb7>deaths|fatalities)\b"  # "227 civilian deaths"
    rf"|(?:more\s+|of\s+)?(?P<verb12>bodies)\b(?!\s+of\s+water))"  # "15 bodies had been recovered", "dozens of bodies"
    rf"|(?P<num5>\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+))\s+(?-i:[A-Z][a-z]+\s+)?(?P<who5>resident|soldier|civilian|person|"
    rf"man|woman|child|officer|firefighter|worker|policeman|peacekeeper|marine|fighter|rebel|militant|sailor|pilot)\s+"
    rf"(?:(?:was|has\s+been|had\s+been|also|reportedly)\s+)?(?:{_SEVERITY}\s+)?(?P<verb5>{_CASUALTY_VERBS})\b"
    rf"|(?:(?<=\band\s)|(?<=\bthe\s)|(?<=\btheir\s)|(?<=\bits\s)|(?<=\bleft\s)|(?<=\bleaving\s)|(?<=\breported\s)|"
    rf"(?<=\breporting\s)|(?<=\bconfirmed\s)|(?<=\bwith\s)|(?<=\bestimated\sat\s)|(?<=\bput\sat\s)|(?<=\bputs\sat\s)|(?<=\bestimates\sat\s)|(?<=\bestimate\sat\s)|"
    rf"(?<=\bsuffered\s)|(?<=\bsuffering\s)|(?<=\bsuffers\s)|(?<=\bsustained\s)|(?<=\bsustaining\s)|(?<=\bincurred\s)|(?<=[a-z],\s))"  # "has suffered 100,000 killed or wounded"
    rf"(?P<approx6>{APPROX_PATTERN}\s+)?(?P<num6>{_NUM_OR_VAGUE})\s+(?:more\s+|others\s+)?"
    rf"(?:still\s+|(?:reported|presumed|feared|believed)\s+)?(?P<verb6>wounded|injured|hurt|captured|dead|killed|taken\s+prisoner|missing)\b",
    re.I,
)
_CASUALTY_LIT_RE = re.compile(  # forms that open with a word: "killing 20 people", "lost 400 men", "the death toll rose to 58"
    rf"\b(?P<verb2>killing|killed|wounding|wounded|injuring|injured|capturing|captured|executed|executing|"
    rf"(?=kill|wound)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)(?<!\bnot\s)(?<!\bdid\s)"
    rf"(?<!\bdo\s)(?<!\bdoes\s)(?<!\bshall\s)(?<!\bmust\s)(?-i:kills?|wounds)|"  # a timeline's present: "strikes kill more than 400 people"
    rf"massacred|massacring|beheaded|beheading|neutrali[sz]ed|neutrali[sz]ing)[”\"’]?"
    rf"(?:\s+or\s+(?:taken\s+prisoner|captured|wounded|injured|killed))?"  # "killed or taken prisoner more than 500 soldiers"
    rf"\s+[“\"]?(?:(?:its|their|his|her)\s+(?:own\s+)?)?(?:at\s+least\s+|about\s+|some\s+|all\s+|a\s+total\s+of\s+)?"
    rf"(?P<approx2>{APPROX_PATTERN}\s+)?(?P<num2>{_NUM_OR_VAGUE})(?:\s+(?:(?:(?!(?:in|on|at|during|since|after|before|"
    rf"across|near|from|by|with|the)\b)[\w.’'-]+\s+){{0,3}}?)"
    rf"(?P<who2>{_CASUALTY_WHO}|{_ONE_WHO}|{_ANY_PEOPLE})\b(?:[”\"](?=\s|[,.;]|$))?(?:\s+and\s+(?:{_CASUALTY_WHO})\b)?"  # "one woman", "50 soldiers and civilians"
    rf"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?(?-i:[A-Z])[\w’'-]*\s+(?:militias?|army|armed\s+forces|forces|group|"
    rf"[Gg]uards?|police|movement|brigade|battalion|regiment|garrison)\b"
    rf"|\s+of\s+the\s+(?:security|armed|police|military|defen[cs]e)\s+forces\b)?"  # "killed more than 300 members of the Fano militia"
    rf"|(?!\s+(?:[a-z][\w-]*\s+){{0,2}}{_NOT_WHO}\b)(?!\s*(?:%|percent|per\s+cent)|\s+(?:to|-|–)\s+\d[\d,.]*\s*(?:%|percent|per\s+cent)))"
    rf"|\b(?P<verb18>killing|killed|wounding|wounded|injuring|injured|capturing|captured)\s+(?:a|an|one|the)\s+(?:[\w-]+\s+){{1,3}}?and\s+"
    rf"(?P<approx15>{APPROX_PATTERN}\s+)?(?P<num15>{_NUM_OR_VAGUE})\s+(?:[\w.’'-]+\s+){{0,2}}?(?P<who15>{_CASUALTY_WHO})\b"  # "capturing a general and several hundred soldiers"
    rf"|\b(?:killing|killed|wounding|wounded|injuring|injured)\s+[^.;]{{0,80}}?\band\s+(?P<approx10>{APPROX_PATTERN}\s+)?"
    rf"(?P<num10>{_NUM_OR_VAGUE})\s+(?:others\b|other\s+(?:[\w-]+\s+)?(?:{_CASUALTY_WHO}|{_ANY_PEOPLE})\b(?:\s+of\s+(?:the|its|their)\s+[\w-]+)?)(?!\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:wounded|injured|hurt|captured))"  # "killing Soleimani, al-Muhandis and eight others"
    rf"|\b(?:the\s+)?(?:dead|victims|casualties|those\s+killed)\s+(?:included|include|includes|were|are)\s+"
    rf"(?P<approx11>{APPROX_PATTERN}\s+)?(?P<num11>{_NUM_OR_VAGUE})(?:\s+(?:[a-z][\w-]*\s+)?(?:[a-z][\w-]*s|people)\b"
    rf"(?:\s+(?:killed|dead))?)?\b"  # "The dead included 104 coup plotters"
    rf"|\b(?:the\s+)?(?P<verb20>deaths?)\s+of\s+(?P<approx20>{APPROX_PATTERN}\s+)?(?P<num20>{_NUM_OR_VAGUE})\b"
    rf"(?:\s+(?:[\w.’'-]+\s+){{0,2}}?(?P<who20>{_CASUALTY_WHO})\b)?"  # "resulted in the death of six"
    rf"|\b(?:the\s+)?(?P<verb25>killings?|massacres?|murders?|executions?|slaughter)\s+of\s+(?P<approx25>{APPROX_PATTERN}\s+)?(?P<num25>{_NUM_OR_VAGUE})\s+"
    rf"(?:(?![\w-]*(?:s|ed)\b)[\w.’'-]+\s+){{0,2}}?(?P<who25>{_CASUALTY_WHO})\b"  # "including the killing of hundreds of civilians in Axum"
    rf"|\b(?:lost|losing|loses)\s+[“\"]?(?P<approx8>{APPROX_PATTERN}\s+)?(?P<num8>{_NUM_OR_VAGUE})[”\"]?\s+(?:of\s+(?:its|their|his|her)\s+own\s+)?(?:\w+\s+){{0,2}}?"
    rf"(?P<who8>(?!members\b)(?:{_CASUALTY_WHO}|lives))\b"
    rf"|\b(?P<verb24>holds|held|holding|is\s+holding|are\s+holding)\s+(?P<approx24>{APPROX_PATTERN}\s+)?(?P<num24>{_NUM_OR_VAGUE})\s+"
    rf"(?:[\w.’'-]+\s+){{0,2}}?(?P<who24>prisoners\s+of\s+war|(?-i:POWs))\b"  # "Russia holds about 8,000 Ukrainian prisoners of war"
    rf"|\b(?:the\s+)?(?P<verb23>bodies)\s+of\s+(?P<approx23>{APPROX_PATTERN}\s+)?(?P<num23>{_NUM_OR_VAGUE})\s+"
    rf"(?:[\w.’'-]+\s+){{0,2}}?(?P<who23>{_CASUALTY_WHO})\b"  # "The bodies of 12 soldiers were found"
    rf"|\b(?:lost|losing|loses)\s+(?P<approx22>{APPROX_PATTERN}\s+)?(?P<num22>{_NUM_OR_VAGUE})\s+of\s+(?:its|their|his|her)\s+own\b"
    rf"(?=\s*(?:[,.;)]|$)|\s+(?:in|on|at|and|during|while|when)\b)"  # "and lost four of their own"
    rf"|\b(?:lost|losing|loses)\s+(?P<approx21>{APPROX_PATTERN}\s+)?(?P<num21>{_NUM_OR_VAGUE})\s+(?P<verb21>killed|dead)\b"  # "lost more than 5,000 killed"
    rf"|\b(?:claimed|claiming|cost|costing)\s+(?P<approx13>{APPROX_PATTERN}\s+)?(?P<num13>{_NUM_OR_VAGUE})\s+lives\b"
    rf"|\b(?:claimed|cost)\s+(?:the\s+)?lives\s+of\s+(?P<approx9>{APPROX_PATTERN}\s+)?(?P<num9>{_NUM_OR_VAGUE})"
    rf"(?:\s+(?:\w+\s+){{0,2}}?(?P<who9>{_CASUALTY_WHO})\b)?"
    rf"|\b(?P<toll>(?:(?<=\bput\s)|(?<=\bputs\s)|(?<=\bestimated\s)|(?<=\bestimate\s))(?:the\s+|its\s+|their\s+)?(?:[\w.-]+['’]s?\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+)?(?:casualties|losses|dead)(?=\s+at\s)|(?:(?:civilian|military|combat|total)\s+)?deaths(?=\s+[^.;]{{0,40}}?\b(?:runs?\s+to|ran\s+to|exceeded|topped|passed|surpassed|rose\s+to|stood\s+at)\s)|death\s+toll|toll|(?:military|frontline|battlefield|combat|troop)\s+losses|(?-i:[A-Z])\w+\s+casualties(?=\s+[^.;]{{0,40}}?\b(?:exceeded|topped|reached|passed|surpassed|rose\s+to|stood\s+at)\b)|"
    rf"number\s+of\s+(?:dead|deaths|casualties|victims|fatalities|injured|wounded|prisoners|captives|POWs|"
    rf"(?:[\w.’'-]+\s+){{0,2}}?(?:{_CASUALTY_WHO})\s+(?:killed|who\s+died|dead|wounded|injured)))\s+(?:(?:[^\s.;]|(?<=\d)\.(?=\d))+\s+){{0,24}}?(?:to|of|at|reached|stood\s+at|past|above|over|passed|topped|exceeded|surpassed|already)\s+(?P<approx3>{APPROX_PATTERN}\s+)?(?P<num3>{_NUM_OR_VAGUE})"
    rf"(?:\s+(?:killed|dead|wounded)\s+(?:and|or)\s+(?:wounded|injured|missing)\b|\s+(?:people|persons|dead|lives|killed)\b"
    rf"|\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}(?:{_CASUALTY_WHO})\b)?",  # "put the toll at more than 80 Wagner personnel"
    re.I,
)
# Words without which the word-led casualty forms cannot match.
_CASUALTY_LIT_WORDS = ("kill", "wound", "injur", "captur", "execut", "massacr", "murder", "slaughter", "behead", "dead", "death", "victim", "casualt",
                       "lost", "losing", "loses", "losses", "claim", "cost", "toll", "number of", "those", "neutrali", "bodies", "prisoners of war", "pows")
_AND_SECOND_RE = re.compile(  # "killed more than 140 Palestinians and five Israelis": the second count
    rf"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+[^.;]{{0,60}}?\b(?:{_CASUALTY_WHO})\s+and\s+"
    rf"(?P<approx14>{APPROX_PATTERN}\s+)?(?P<num14>{_NUM_OR_VAGUE})\s+(?:[\w.’'-]+\s+){{0,2}}?(?P<who14>{_CASUALTY_WHO})\b",
    re.I,
)
_MISSING_CONTEXT = re.compile(r"\b(?:kill\w*|dead|died|deaths?|injur\w*|wound\w*|toll|victims?|rescue\w*|search\w*|"
                              r"survivors?|bodies|drown\w*)\b", re.I)
_ACTIVE_OBJECT = re.compile(r"\s+(?:(?:at\s+least|about|some|more\s+than|nearly|all|over|up\s+to|as\s+many\s+as|almost|"
                            r"around|roughly|an\s+estimated)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"dozens|hundreds|thousands|several|scores)\b)|(?:\d|(?:a|an|one|two|three|"
                            r"four|five|six|seven|eight|nine|ten|the|their|his|her|its|dozens|hundreds|thousands|"
                            r"several|scores|many)\b))", re.I)
_NOT_BEFORE = re.compile(r"(?:[$€£¥]|\bUS\$|\bNo\.?|\bResolution|\bHighway|\bRoute|\bDivision|\bBrigade|\bFlight|"
                         r"\bWorld\s+War|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|\b(?-i:January|February|March|April|May|"
                         r"June|July|August|September|October|November|December))\s*$", re.I)  # "on Nov. 2 required all forces"
_NOT_AFTER = re.compile(
    r"^(?:st|nd|rd|th)\b|^\s*(?:%|percent|per\s*cent|-year-old|years?\s+old|year-old|-old|a\.m\.|p\.m\.|am\b|pm\b|GMT\b|"
    r"(?:million|billion)?\s*(?:dollars|euros|pounds|yen))",
    re.I,
)


def _vague_or_number(text: str) -> dict[str, Any] | None:
    q = parse_quantity(text)
    if q is None:
        return None
    if q.value is not None:
        return {"value": as_int_if_whole(q.value)}
    return {"value": None, "min": q.min, "max": q.max}


def _range_vals(rng: tuple[float, float]) -> dict[str, Any]:
    """The values of a range fact ("between 4,000 and 6,000")."""
    return {"value": None, "min": as_int_if_whole(rng[0]), "max": as_int_if_whole(rng[1])}


def _range_values(lo_text: str, hi_text: str) -> tuple[float, float] | None:
    """Both ends of "between 1.1 and 1.5 million": a scale written once belongs to both."""
    lo, hi = parse_quantity(lo_text), parse_quantity(hi_text)
    if lo is None or hi is None or lo.value is None or hi.value is None:
        return None
    lo_v = lo.value
    scale = re.search(r"\b(hundred|thousand|million|billion)\s*$", hi_text, re.I)
    if scale and not re.search(r"[a-z]", lo_text, re.I):
        lo_v *= {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}[scale.group(1).lower()]
    return (lo_v, hi.value) if lo_v < hi.value else None


_YEAR_LIKE = re.compile(r"(1[89]|20)\d\d")


def _year_like(num_text: str) -> bool:
    return bool(_YEAR_LIKE.fullmatch(num_text.strip()))


def _ok_number(sentence: str, start: int, end: int, num_text: str) -> bool:
    if _NOT_BEFORE.search(sentence[max(0, start - 12):start]):
        return False
    if _NOT_AFTER.match(sentence[end:end + 20]):
        return False
    if num_text[:1].isdigit() and _year_like(num_text):
        return False
    return True


def _side(mods: str) -> str | None:
    caps = [w for w in mods.split() if w[:1].isupper() and w.lower() not in _BAD_MODS]
    return " ".join(caps) if caps else None


_CASUALTY_AFTER = re.compile(
    rf"(?:\s+(?:serving|based|stationed|deployed|fighting|working)\s+(?:with|in|at|on|for|alongside)\s+(?:[\w.’'-]+\s+){{0,7}}?[\w’'-]+)?"
    rf"(?:\s+(?:who|that))?"  # "more than 100 soldiers who have been killed"
    rf"\s+(?:(?:were|have\s+been|had\s+been|has\s+been|was|are|being|reportedly|reported|been|also|still|later|now)\s+){{0,3}}"
    rf"(?:{_SEVERITY}\s+)?(?P<v>{_CASUALTY_VERBS})\b", re.I)


def _casualty_after(sentence: str, end: int) -> str | None:
    m = _CASUALTY_AFTER.match(sentence[end:end + 100])
    return m.group("v").lower() if m else None


_TROOP_CUE = re.compile(
    rf"\b(?:{_TROOP_NOUNS}|{_CASUALTY_VERBS}|killing|wounding|injuring|capturing|deaths|fatalities|lost|losing|loses|toll|"
    rf"lives|casualties|victims|bodies|executed|massacred|beheaded|kill|kills|killings|massacres?|murders?|executions?|slaughter|militias?|guard|gangs|cartels|armed\s+groups?|paramilitary|neutrali[sz]ed|neutrali[sz]ing|ceasefire|cease-fire|truce|trainers|advis[eo]rs|instructors|recruited|recruiting|enlisted|auxiliaries|factions?|dissidents?|patrols?|marine\s+corps|(?:his|their|its)\s+[\d,]+\s+men|\d[\d,]*\s+men|(?:hundreds|thousands|dozens)\s+of\s+men|brigades?|"
    rf"battalions?|garrison|regiments?|platoons?|companies|units?|squads?|"
    rf"strong|strength|contingent|"
    rf"deployment|garrison|detachment|presence|force|peacekeeping|deploy\w*|stationed|field|fielded|muster\w*|"
    rf"mobili[sz]\w*|commands|commanded|numbered|trainers|advisers|advisors|instructors|prisoners|captives|losses|"
    rf"attackers|assailants|raiders|whose\s+(?:members|fighters|ranks))\b", re.I)
# A cheaper first test than _TROOP_CUE: the sentence holds one of its words (words that only ever follow another word
# in it, like "and" or "the", are left out; plural and singular both count). Ten times faster; tests check that every
# sentence the pattern finds passes it.
_CUE_WORDS = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", _TROOP_CUE.pattern)} - {
    "and", "the", "its", "his", "their", "under", "down", "ground", "arms", "navy", "national", "security", "service",
    "special", "military", "uniformed", "blue", "green", "border", "police", "revolutionary", "beaten", "burned",
    "burnt", "crushed", "hacked", "stabbed", "trampled", "taken", "shot", "for", "found", "badly", "severely", "seriously",
    "critically", "burn",
    # words of the patterns' look-arounds ("instructors from its Africa Corps", "boots still on the ground")
    "from", "now", "still", "group", "groups", "fire", "bof", "advi", "advis"}  # "cease" stays: "cease-fire"
_CUE_WORDS |= ({w[:-1] for w in _CUE_WORDS if w.endswith("s")} | {w[:-2] for w in _CUE_WORDS if w.endswith("es")}
               | {w[:-3] + "y" for w in _CUE_WORDS if w.endswith("ies")})
_CUE_PREFIXES = ("deploy", "muster", "mobilis", "mobiliz", "neutralis", "neutraliz")
_LOWER_WORD = re.compile(r"[a-z]+")


# Words that are a whole cue by themselves ("killed", "troops"): no need to run the pattern once one is seen.
_WHOLE_CUE_WORDS = frozenset(w for w in _CUE_WORDS if _TROOP_CUE.fullmatch(w))


def _troop_cue(text: str) -> bool:
    """Whether a sentence can hold a troop count or a casualty (the costly patterns run only then)."""
    maybe = False
    for w in _LOWER_WORD.findall(text.lower()):
        if w in _WHOLE_CUE_WORDS:
            return True
        if w in _CUE_WORDS or w.startswith(_CUE_PREFIXES):
            maybe = True
    return maybe and _TROOP_CUE.search(text) is not None


_DISTANCE_CUE = re.compile(r"(?:mile|kilomet|(?:\b|\d)kms?\b|met(?:er|re)|\bnmi\b|klick|\dm\b|\d\s*mi\b)", re.I)


_OUTCOME = {"dead": "killed", "died": "killed", "deaths": "killed", "fatalities": "killed", "bodies": "killed",
            "executing": "killed", "massacred": "killed", "beheaded": "killed", "beheading": "killed", "massacring": "killed", "slain": "killed", "executed": "killed", "killing": "killed",
            "killings": "killed", "massacre": "killed", "massacres": "killed", "murder": "killed", "murders": "killed",
            "execution": "killed", "executions": "killed", "slaughter": "killed", "neutralised": "killed", "neutralized": "killed", "neutralising": "killed", "neutralizing": "killed",
            "injured": "wounded", "injuring": "wounded", "hurt": "wounded", "wounding": "wounded",
            "capturing": "captured", "taken prisoner": "captured", "holds": "captured", "held": "captured", "holding": "captured",
            "is holding": "captured", "are holding": "captured", "unaccounted for": "missing"}


_START_RE = re.compile(rf"\b{APPROX_PATTERN}\s+|{_NUM_OR_VAGUE}", re.I)
# Where a number, a number word or an approximation may begin: a superset of _START_RE's matches found five times
# faster with a plain word scan (a test checks the superset); the patterns are then tried only there.
_START_WORDS = frozenset(_NUMBER_WORDS) | {
    "a", "an", "several", "few", "many", "hundreds", "thousands", "dozens", "scores", "tens", "about", "around", "roughly",
    "some", "nearly", "almost", "approximately", "approx", "more", "over", "at", "up", "fewer", "less", "as", "close", "just",
    "under", "upwards", "in", "half", "no", "not"}
_TOKEN_START = re.compile(r"(?<![\w.,])\d|\b[A-Za-z]+")


# Start words that open an amount only before certain words ("a dozen", "at least", "in excess of"): checked on the
# next word, so the costly patterns are not tried at every "a", "in" and "at".
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_ONLY_BEFORE = {
    "a": {"dozen", "few", "handful", "hundred", "thousand", "million", "billion", "quarter", "total", "score", "couple"},
    "an": {"estimated", "additional", "extra"}, "in": {"excess"}, "at": {"least", "most"}, "as": {"many", "much", "few"},
    "up": {"to"}, "close": {"to"}, "just": {"over", "under", "below", "above"}, "more": {"than"}, "less": {"than"},
    "fewer": {"than"}, "upwards": {"of"}, "no": {"more"}, "not": {"more"},
}


def _number_starts(text: str) -> list[int]:
    out = []
    for m in _TOKEN_START.finditer(text):
        w = m.group()
        if w[0].isdigit():
            out.append(m.start())
            continue
        lw = w.lower()
        if lw not in _START_WORDS:
            continue
        need = _ONLY_BEFORE.get(lw)
        if need is not None:
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt is None or nxt.group(1).lower() not in need:
                continue
        out.append(m.start())
    return out


def _scan(rx: re.Pattern[str], text: str, starts: list[int], overlap: bool = False):
    """``rx.finditer(text)`` for a pattern that can only begin where a number or an approximation begins:
    the costly number pattern is then tried at those few places, not at every character. ``overlap``: also try
    the starts inside a match (for a caller that may reject a match: "30 tanks and several hundred infantrymen")."""
    lim = 0
    for st in starts:
        if st < lim and not (overlap and text[st - 1].isspace()):
            continue
        m = rx.match(text, st)
        if m is not None and m.end() > m.start():
            yield m
            lim = max(lim, m.end())


def _casualty_matches(text: str, starts: list[int]) -> list[re.Match[str]]:
    """Casualty matches in text order: the number-led forms (tried where numbers start) and the word-led ones."""
    found: list[re.Match[str]] = []
    lim = 0
    for st in starts:
        if st < lim:
            continue
        m = _CASUALTY_NUM_RE.match(text, st)
        if m is None or m.end() == m.start():
            continue
        if m.group("verb") and _ACTIVE_OBJECT.match(text, m.end()) and not re.search(
                r"\b(?:were|was|been|are|is|being)\s+(?:\w+\s+){0,2}$", text[m.start():m.start("verb")]):
            lim = m.start("verb")  # "gunmen killed 12 people": not the gunmen (the word-led form finds the 12)
            continue
        found.append(m)
        lim = m.end()
    lim = 0
    for st in starts:  # "37 candidates were killed": a plural not known to name people, right before its verb
        if st < lim or any(f.start() <= st < f.end() for f in found):
            continue
        m = _PLURAL_CASUALTY_RE.match(text, st)
        if m is not None and not _CASUALTY_WHO_RE.fullmatch(m.group("who")) and not _ACTIVE_OBJECT.match(text, m.end()):
            found.append(m)
            lim = m.end()
    low = text.lower()
    if any(w in low for w in _CASUALTY_LIT_WORDS):
        found.extend(_CASUALTY_LIT_RE.finditer(text))
    if " and " in text:
        found.extend(_AND_SECOND_RE.finditer(text))
    found.sort(key=lambda m: m.start())
    return found


def _returned_with_civilians(text: str, start: int, end: int, before: str) -> bool:
    """Prisoners handed back in a swap: "Among those returned to Ukraine were 880 soldiers and 120 civilians"."""
    civilians = re.match(r"\s+and\s+[\d,]+\s+civilians\b", text[end:]) is not None
    handed = re.search(r"\b(?:returned|received|receives|receiving|got\s+back|handed\s+over|repatriated)\b[^.;]{0,40}$",
                       text[max(0, start - 60):start]) is not None
    return (civilians and handed) or ((civilians or handed) and _SWAP_CONTEXT.search(text + " " + before) is not None)


_DRAFT_DODGERS = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:(?:believed|thought|said|estimated)\s+to\s+(?:be|have)\s+)?"
    r"(?:evading|dodging|avoiding|fled|fleeing|hiding\s+from|dodged|evaded)\s+(?:the\s+)?(?:draft|conscription|mobili[sz]ation|call-?up|"
    r"military\s+service|service)\b", re.I)


def _list_next_after_and(text: str, at: int):
    """The next item of a toll list after a coordinated noun ("194 Syrian soldiers and security personnel, and 21 Bedouin")."""
    skip = re.match(r"\s+and\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=,)", text[at:at + 60])
    return _LIST_NEXT_RE.match(text, at + skip.end()) if skip else None


def _clause_before(text: str, pos: int) -> str:
    """The words before ``pos`` back to the start of its clause (the last ";" or " and "), at most 120 characters."""
    return re.split(r";\s|\s(?:and|but|while)\s", text[max(0, pos - 120):pos])[-1]


def troop_facts(sentences: Sequence[Sentence]) -> list[Fact]:
    """Troop counts and casualties of armed personnel, plus casualties of anyone."""
    out: list[Fact] = []
    troops_seen = False  # a troop count found in an earlier sentence
    checked = 0  # out[:checked] has been looked at for troop counts
    for pos, s in enumerate(sentences):
        troops_seen = troops_seen or any(f.kind == "troops" for f in out[checked:])
        checked = len(out)
        text = s.text
        low = text.lower()
        # Troops counted in the sentence before: "could send as many as 100,000 if the war drags on" counts them too.
        prev_text = sentences[pos - 1].text if pos else ""  # the sentence before, for rules that read its context
        prev_troops = any(f.kind == "troops" and f.sentence_index == s.index - 1 for f in out[-8:])
        prev_kind = next((f.kind for f in reversed(out[-8:]) if f.sentence_index == s.index - 1), None)
        based = ((" who " in text or " that " in text) and troops_seen and _WHO_BASED_RE.search(text))
        only_bare = not based and not (prev_troops and (" of them " in low or " of those " in low)) and not (
            ("we were " in low or "we are " in low or " of us" in low) and _WE_WERE_RE.search(text)) and not (
            ("we have " in low or "we now have " in low or "we still have " in low or "we only have " in low) and prev_troops
            and _UNIT_HAS_RE.search(text)) and not (
            (" members" in low or " men" in low) and _ARMED_MEMBERS_RE.search(text)) and not (
            " men " in text and _MEN_ABROAD_RE.search(text)) and not (
            _DISARMED_CUE.search(low) and _DISARMED_RE.search(text) and _MILITARY_UNIT.search(prev_text)) and not (
            prev_troops and " more" in low and _N_MORE_RE.search(text)) and not (
            " reserve" in low and _RAISE_WORDS.search(low) and _RAISE_TO_RE.search(text)) and not (
            (" served" in low or " fought" in low) and _NATION_SERVED_RE.search(text)) and not (
            " of " in low and ("company of" in low or "platoon of" in low or "unit of" in low or "squad of" in low)
            and _UNIT_OF_RE.search(text)) and not (
            (" to have " in low or " to field " in low or " to number " in low) and _EST_HAVE_RE.search(text)) and (not _troop_cue(text) and not (prev_kind and _PUT_FIGURE_WORDS.search(text) and _PUT_FIGURE_RE.search(text)) and not (prev_troops and (_SEND_RE.search(text) or _RESTATED_RE.search(text) or (
                _RESTATED_WORDS.search(text) and _RESTATED_NUM_RE.search(text)))))
        if only_bare and prev_kind != "troops":
            continue  # the full patterns are costly; most sentences have no cue word at all
        starts = _number_starts(text)  # where a number or an approximation may begin
        if only_bare and not any(_BARE_COUNT_RE.match(text, st) for st in starts):
            continue
        taken: list[tuple[int, int]] = []
        sent_first = len(out)  # this sentence's facts are out[sent_first:]

        def add(kind: str, start: int, end: int, vals: dict[str, Any], **attrs: Any) -> None:
            if vals.get("value") == 0 or vals.get("max") == 0:
                return  # no head count is zero
            for a, b in taken:
                if start < b and a < end:
                    return
            taken.append((start, end))
            out.append(Fact(kind, text[start:end], s.index, start, end, vals.pop("value"), {**vals, **attrs}))

        if based and not _year_like(based.group("num")) and (vals := _vague_or_number(based.group("num"))):
            add("troops", based.start(), based.end("num"), vals, approx=bool(based.group("approx")),
                change="restated", context="based")

        for m in (_CASUALTY_RANGE_RE.finditer(text) if "between" in low or (" to " in low and (
                _TO_RANGE_CUE.search(text) or _VERB_TO_RANGE_CUE.search(text))) else ()):
            rng = _range_values(m.group("lo") or m.group("lo2") or m.group("lo3") or m.group("lo4"),
                                m.group("hi") or m.group("hi2") or m.group("hi3") or m.group("hi4"))
            if rng is not None and not (m.group("lo3") and _year_like(m.group("lo3"))) and not (
                    m.group("lo4") and (_year_like(m.group("lo4")) or not (m.group("who4") or re.match(r"\s*(?:[,.;]|$|and\b|in\b)", text[m.end():])))):
                verb = (m.group("verb") or m.group("verb2") or m.group("verb3") or m.group("verb4")).lower()
                if verb == "casualties":
                    verb = "killed"
                add("casualties", m.start(), m.end(), _range_vals(rng),
                    outcome=_OUTCOME.get(verb, "killed" if re.search(r"dead|death|drown|gunned|lives", verb) else verb),
                    who=(m.group("who") or m.group("who3") or m.group("who4") or "").lower() or None, approx=True)

        for m in (_SHARED_HEAD_CASUALTY_RE.finditer(text) if " and " in text else ()):
            verb = m.group("verb").lower()
            outcome = "killed" if verb.startswith(("lost", "los")) else _OUTCOME.get(verb, verb)
            for n, approx, start, end in (("n1", "approx1", m.start("approx1") if m.group("approx1") else m.start("n1"), m.end("first")),
                                          ("n2", "approx2", m.start("approx2") if m.group("approx2") else m.start("n2"), m.end())):
                vals = _vague_or_number(m.group(n))
                if vals is not None and _ok_number(text, m.start(n), m.end(n), m.group(n)):
                    add("casualties", start, end, vals, outcome=outcome, who=m.group("who").lower(),
                        approx=bool(m.group(approx)))

        for m in (_scan(_COORD_CASUALTY_RE, text, starts) if " and " in text else ()):
            verb = _OUTCOME.get(m.group("verb").lower(), m.group("verb").lower())
            for n, who, approx, start, end in (
                ("n1", "who1", "approx1", m.start(), m.end("who1")),
                ("n2", "who2", "approx2", m.start("approx2") if m.group("approx2") else m.start("n2"), m.end()),
            ):
                vals = _vague_or_number(m.group(n))
                if vals is not None and _ok_number(text, m.start(n), m.end(n), m.group(n)):
                    add("casualties", start, end, vals, outcome=verb, who=m.group(who).lower(),
                        approx=bool(m.group(approx)))

        for m in _casualty_matches(text, starts):
            # Each form names its groups numN, approxN, verbN, whoN; one form matches, so one of each is set.
            g = {k: v for k, v in m.groupdict().items() if v}
            num_g = next(k for k in g if k.startswith("num"))
            num = g[num_g]
            if not _ok_number(text, m.start(num_g), m.end(num_g), num):
                continue
            vals = _vague_or_number(num)
            if vals is None:
                continue
            if re.match(r"\s+from\s+(?:the\s+|its\s+|their\s+|his\s+)?(?:roster|list|records|ranks|count|inventory|books|"
                        r"line-?up|squad|team|payroll)\b", text[m.end():]) and any(k.startswith("verb") and v.lower() == "missing" for k, v in g.items()):
                continue  # "73 men missing from the roster": not a casualty count
            if (g.get("verb6") or "").lower() == "missing" and not _MISSING_CONTEXT.search(text):
                continue  # "and 341 still missing" counts people only beside the dead, hurt or searched for
            verb = next((v for k, v in g.items() if k.startswith("verb")), "killed").lower()
            if g.get("toll") and re.search(r"prisoners|captives|POWs", g["toll"], re.I):
                verb = "captured"
            if g.get("toll") and re.search(r"injured|wounded", g["toll"], re.I):
                verb = "wounded"
            outcome = _OUTCOME.get(verb, "killed" if re.search(r"dead|death|drown|gunned|lives", verb) else verb)
            who = next((v.lower() for k, v in g.items() if k.startswith("who")), None)
            approx_g = next((k for k in g if k.startswith("approx")), None)
            # The second count of "killed 140 Palestinians and five Israelis" spans only its own words.
            first = m.start(approx_g or num_g) if num_g in ("num11", "num14", "num15") else m.start()
            add("casualties", first, m.end(), vals, outcome=outcome, who=who, approx=approx_g is not None)

        for m in (_INFLICTED_RE.finditer(text) if "casualties" in low else ()):
            vals = _vague_or_number(m.group("num"))
            if vals is not None and _ok_number(text, m.start("num"), m.end("num"), m.group("num")):
                add("casualties", m.start("approx") if m.group("approx") else m.start("num"), m.end(), vals,
                    outcome="killed or wounded", approx=bool(m.group("approx")))
        for m in (_INCLUDING_KILLED_RE.finditer(text) if ", includ" in text else ()):
            prior = [f for f in out[sent_first:] if f.kind == "casualties" and f.end <= m.start()]
            vals = _vague_or_number(m.group("num"))
            if prior and vals is not None and (m.group("v") or _ok_number(text, m.start("num"), m.end("num"), m.group("num"))):
                v = (m.group("v") or prior[-1].attrs.get("outcome") or "killed").lower()
                add("casualties", m.start("approx") if m.group("approx") else m.start("num"),
                    m.end() if m.group("v") else m.end("num"), vals,
                    outcome=_OUTCOME.get(v, "killed" if v == "dead" else v), approx=bool(m.group("approx")))

        for m in (_AND_N_IN_RE.finditer(text) if " and " in text else ()):
            # "with more than 31,600 dead in Turkey and over 4,500 in Syria": the same toll, another place
            prior = [f for f in out[sent_first:] if f.kind == "casualties" and f.end <= m.start() and (m.start() - f.end < 30 or (
                m.start() - f.end < 90 and not re.search(r"[\d,;]", re.sub(r"\b(?:19|20)\d\d\b", "", text[f.end:m.start()]))))]
            # "killed about 100 soldiers in an attack on Djibo in May and more than 50 in an attack on a base in June"
            vals = _vague_or_number(m.group("num"))
            if prior and vals is not None and _ok_number(text, m.start("num"), m.end("num"), m.group("num")):
                add("casualties", m.start("approx") if m.group("approx") else m.start("num"), m.end("num"), vals,
                    outcome=prior[-1].attrs.get("outcome", "killed"), who=prior[-1].attrs.get("who"),
                    approx=bool(m.group("approx")))

        for m in (_ESTIMATE_AFTER_RE.finditer(text) if "estimat" in low or "perhaps" in low or "possibly" in low or "or even" in low
                  or "accounts" in low else ()):
            prior = [f for f in out[sent_first:] if f.end <= m.start()]
            vals = _vague_or_number(m.group("num"))
            if prior and prior[-1].kind in ("casualties", "troops") and vals is not None and _ok_number(
                    text, m.start("num"), m.end("num"), m.group("num")):
                extra = ({"outcome": prior[-1].attrs.get("outcome", "killed"), "who": prior[-1].attrs.get("who")}
                         if prior[-1].kind == "casualties" else {"change": "estimate"})
                add(prior[-1].kind, m.start("approx") if m.group("approx") else m.start("num"), m.end("num"), vals,
                    approx=bool(m.group("approx")), **extra)

        for m in (_COMPARED_RE.finditer(text) if "compared" in low or " against " in low else ()):
            # "with 300 killed so far, compared with 155 in all of 2008": the same toll, another period
            prior = [f for f in out[sent_first:] if f.kind == "casualties" and f.end <= m.start()]
            vals = _vague_or_number(m.group("num"))
            if prior and vals is not None and _ok_number(text, m.start("num"), m.end("num"), m.group("num")):
                add("casualties", m.start("approx") if m.group("approx") else m.start("num"), m.end("num"), vals,
                    outcome=prior[-1].attrs.get("outcome", "killed"), who=prior[-1].attrs.get("who"),
                    approx=bool(m.group("approx")), change="compared")

        for m in (_RECEIVED_RE.finditer(text) if re.search(r"wounded|injured|dead|bodies|casualties", low) else ()):
            vals = _vague_or_number(m.group("num"))
            if vals is not None and _ok_number(text, m.start("num"), m.end("num"), m.group("num")):
                who = m.group("who").lower()
                add("casualties", m.start("approx") if m.group("approx") else m.start("num"), m.end(), vals,
                    outcome="wounded" if who in ("wounded", "injured") else "killed", approx=bool(m.group("approx")))

        for m in (_INCLUDING_RE.finditer(text) if ", includ" in text or ", among" in text else ()):
            prior = [f for f in out[sent_first:] if f.kind == "casualties" and f.sentence_index == s.index and f.end <= m.start()]
            vals = _vague_or_number(m.group("num"))
            # Only a part of dead troops named by their side ("soldiers died ..., including 2,501 Americans"); "including
            # seven civilians" stays inside the count it qualifies.
            if (prior and vals is not None and _ok_number(text, m.start("num"), m.end("num"), m.group("num"))
                    and (re.fullmatch(r"(?-i:[A-Z][a-z]+(?:ans|ians|is|ese|ites))", m.group("who"))
                         and _TROOP_NOUN_RE.fullmatch(prior[-1].attrs.get("who") or "")
                         or (_TROOP_NOUN_RE.fullmatch(m.group("who")) or m.group("force")
                             or re.fullmatch(r"(?i)police(?:\s+officers)?|policemen|police\s+and\s+soldiers", m.group("who")))
                         and not _TROOP_NOUN_RE.fullmatch(prior[-1].attrs.get("who") or ""))):
                # "At least 32 people were killed ..., among them 19 fighters from the separatist side": the troops
                # among the dead are a casualty count, not a force
                add("casualties", m.start("approx") if m.group("approx") else m.start("num"), m.end(), vals,
                    outcome=prior[-1].attrs.get("outcome", "killed"), who=m.group("who").lower(),
                    approx=bool(m.group("approx")))

        for f in [f for f in out[sent_first:] if f.kind == "casualties"]:
            # "at least 60 people, including 27 soldiers, had been killed": the troops among the dead, inside the span
            for sm in _INSERTED_TROOPS_RE.finditer(f.text):
                vals = _vague_or_number(sm.group("num"))
                if vals is not None and not _year_like(sm.group("num")):
                    a = f.start + (sm.start("approx") if sm.group("approx") else sm.start("num"))
                    out.append(Fact("casualties", text[a:f.start + sm.end("noun")], s.index, a, f.start + sm.end("noun"),
                                    vals.pop("value"), {**vals, "outcome": f.attrs.get("outcome", "killed"),
                                                        "who": sm.group("noun").lower(), "part_of": f.text}))

        for m in (_TOLL_PART_RE.finditer(text) if " of them " in low or " of whom " in low else ()):
            prior = [f for f in out[sent_first:] if f.kind == "casualties" and f.sentence_index == s.index and f.end <= m.start()]
            vals = _vague_or_number(m.group("num"))
            if prior and vals is not None and not _year_like(m.group("num")) and _ok_number(text, m.start("num"), m.end("num"), m.group("num")):
                add("casualties", m.start("approx") if m.group("approx") else m.start("num"), m.end(), vals,
                    outcome=prior[-1].attrs.get("outcome", "killed"), who=prior[-1].attrs.get("who"),
                    approx=bool(m.group("approx")), change="part")

        for f in [f for f in out[sent_first:] if f.kind == "casualties" and f.sentence_index == s.index]:
            along = re.match(r",?\s+(?:along\s+with|as\s+well\s+as|together\s+with)\s+", text[f.end:])
            if along:  # "745 civilians had been killed, along with 125 members of the security forces and 148 Assad loyalists"
                at = f.end + along.end()
                while (lm := _ALONG_NEXT_RE.match(text, at)) is not None:
                    vals = _vague_or_number(lm.group("num"))
                    if vals is None or _year_like(lm.group("num")) or not _ok_number(text, lm.start("num"), lm.end("num"), lm.group("num")):
                        break
                    add("casualties", lm.start("approx") if lm.group("approx") else lm.start("num"), lm.end(), vals,
                        outcome=f.attrs.get("outcome", "killed"), who=lm.group("who").lower(), approx=bool(lm.group("approx")))
                    at = lm.end()
                continue
            if not _ends_with_who(f.text):
                continue
            at = f.end
            while (lm := _LIST_NEXT_RE.match(text, at) or _list_next_after_and(text, at)) is not None:
                vals = _vague_or_number(lm.group("num"))
                if vals is None or not _ok_number(text, lm.start("num"), lm.end("num"), lm.group("num")):
                    break
                add("casualties", lm.start("approx") if lm.group("approx") else lm.start("num"), lm.end(), vals,
                    outcome=f.attrs.get("outcome", "killed"), who=(lm.group("who") or lm.group("people")).lower(),
                    approx=bool(lm.group("approx")))
                at = lm.end()

        range_starts = sorted(starts + [m.start() for m in re.finditer(r"\bbetween\b", low)]) if "between" in low else starts
        for m in _scan(_TROOP_RANGE_RE, text, range_starts):
            lo_text = m.group("lo") or m.group("lo_b")
            rng = _range_values(lo_text, m.group("hi"))
            if rng is None or _year_like(lo_text) or _casualty_after(text, m.end()):
                continue  # "2014-2016 troops" / "5 to 3": not a range of a count
            if m.group("lo") and _FROM_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "from about 200,000 to 300,000 soldiers": a change (_FROM_TO_RE), not a range
            if any(w.lower().strip(".,") in _BAD_MODS for w in m.group("mods").split()):
                continue
            add("troops", m.start(), m.end(), _range_vals(rng),
                side=_side(m.group("mods")), unit=m.group("noun").lower(), approx=True)

        for m in _FROM_TO_RE.finditer(text):
            mods = m.group("mods") or ""
            if any(w.lower().strip(".,") in _BAD_MODS for w in mods.split()):
                continue
            if _casualty_after(text, m.end()):
                continue
            v1, v2 = _vague_or_number(m.group("num1")), _vague_or_number(m.group("num"))
            if v1 is None or v2 is None:
                continue
            add("troops", m.start(), m.end("num1"), v1, change="from", side=_side(mods), approx=bool(m.group("approx1")))
            start = m.start("approx") if m.group("approx") else m.start("num")
            add("troops", start, m.end(), v2, change="to", side=_side(mods), unit=m.group("noun").lower(),
                approx=bool(m.group("approx")))

        for m in _scan(_TROOPS_RE, text, starts, overlap=True):
            num = m.group("num")
            mods = m.group("mods") or ""
            # "and" may join two sides ("South Korean and American marines"), not two groups of people.
            if any(w.lower().strip(".,") in _BAD_MODS and not (w == "and" and mods[:1] == " " and mods[1:2].isupper())
                   for w in mods.split()):
                continue
            if any(re.fullmatch(r"[a-z][a-z-]{2,}s", w) and w not in _ADJ_IN_S for w in mods.split()):
                continue  # "two English-speaking regions since separatists": a plural noun between is another group
            if not _ok_number(text, m.start("num"), m.end("num"), num):
                continue
            noun = m.group("noun").lower()
            if noun.startswith("fighter") and re.search(r"\b[A-Z][A-Za-z]{0,3}-\d|\b(?:MiG|Su|F|J)\d|\b(?:stealth|jet)\b", mods):
                continue  # "40 MiG-29 fighters", "52 F-35 stealth fighters": aircraft
            if noun.startswith("rebel") and re.search(r"(?i)\b(?:labou?r|tory|tories|conservative|republican|democrat(?:ic)?|"
                                                      r"liberal|backbench|party|gop|snp)\b", mods):
                continue  # "62 Labour rebels": a party's rebels vote, they do not fight
            if noun in ("army", "forces", "armed forces", "personnel") and re.match(r"[’']s\b", text[m.end():m.end() + 3]):
                continue  # "Dozens of the army's auxiliary volunteers": the army owns the noun that follows
            if noun in ("army", "forces", "armed forces", "personnel") and not re.search(r"\d|dozen|hundred|thousand", num, re.I):
                continue  # "one army", "two forces": not a head count
            vals = _vague_or_number(num)
            if vals is None:
                continue
            start = m.start("approx") if m.group("approx") else m.start("num")
            casualty = _casualty_after(text, m.end())
            if not casualty and (_FREED_BEFORE.search(text, max(0, start - 40), start)
                                 or re.match(r"\s+and\s+civilians\b", text[m.end():]) or (_FREED_AFTER.match(text, m.end()) and _SWAP_CONTEXT.search(
                                     text + " " + prev_text))
                                 or _returned_with_civilians(text, start, m.end(), " ".join(
                                     x.text for x in sentences[max(0, pos - 2):pos]))):
                # "Among those returned to Ukraine were 880 soldiers and 120 civilians" after a swap
                continue  # "each freed 390 soldiers and civilians": prisoners exchanged, not a force
            if not casualty and _BURIED_AFTER.match(text, m.end()):
                continue  # "where 9,388 service members are buried": the dead of another time, not a force
            if not casualty and re.search(r"\bincluding\s+$", text[max(0, start - 12):start]):
                prior = [f for f in out[sent_first:] if f.kind == "casualties" and f.sentence_index == s.index and f.end <= start]
                if prior:  # "killed more than 1,500 people, including hundreds of soldiers": a part of the dead
                    add("casualties", start, m.end(), vals, outcome=prior[-1].attrs.get("outcome", "killed"), who=noun,
                        side=_side(mods), approx=bool(m.group("approx")))
                    continue
            if casualty:
                end = m.end() + len(re.match(rf".*?\b{casualty}\b", text[m.end():], re.I | re.S).group(0))  # type: ignore[union-attr]
                add("casualties", start, end, vals, outcome=casualty, who=noun, side=_side(mods),
                    approx=bool(m.group("approx")))
            else:
                add("troops", start, m.end(), vals, side=_side(mods), unit=noun,
                    approx=bool(m.group("approx") or m.group("odd")))

        for m in (_STRENGTH_RE.finditer(text) if any(w in low for w in _STRENGTH_WORDS) else ()):
            if _NOT_ARMED_AFTER.match(text, m.end("num")) or _NOT_PERSONNEL_AFTER.match(text, m.end("num")):
                continue  # "a force of 1,000 police officers", "a task force of more than 20 countries"
            noun_after = re.match(r"\s+(?!(?:that|which|who|whom|would|will|could|is|was|are|were|has|had|have)\b)"
                                  r"(?:[a-z-]+\s+)?([a-z]{3,}s)\b", text[m.end("num"):])
            if noun_after and not re.fullmatch(rf"(?:{_TROOP_NOUNS}|men|members|more|others)", noun_after.group(1), re.I):
                continue  # "a presence of police and soldiers on the streets of the two capitals": capitals are counted
            if m.group("num1"):
                v1 = _vague_or_number(m.group("num1"))
                if v1 and _ok_number(text, m.start("num1"), m.end("num1"), m.group("num1")):
                    add("troops", m.start("from"), m.end("num1"), v1, change="from", approx=bool(m.group("approx1")))
            num = m.group("num")
            if not _ok_number(text, m.start("num"), m.end("num"), num):
                continue
            vals = _vague_or_number(num)
            if vals is None:
                continue
            start = m.start("approx") if m.group("approx") else m.start("num")
            lead = m.group("lead").lower()
            died = _WHO_DIED_RE.search(text, m.start(), start)
            if died:  # "the number of soldiers who died in the attack has risen to 24": a toll
                verb = died.group("v").lower()
                add("casualties", start, m.end("num"), vals, outcome=_OUTCOME.get(verb, "killed" if re.search(
                    r"dead|death|drown|gunned|lives", verb) else verb), approx=bool(m.group("approx")))
                continue
            change = "to" if re.search(r"\bto\s*$", text[m.start():start]) else None
            hi = re.search(r"\bbetween\s+$", text[:start]) and _AND_HI_RE.match(text, m.end("num"))
            if hi and vals.get("value") is not None:
                rng = _range_values(num, hi.group(1))  # "the number of militants ... was between 50 and 60"
                if rng is not None:
                    add("troops", text.rfind("between", 0, start), hi.end(), _range_vals(rng), context=lead, approx=True)
                    continue
            add("troops", start, m.end("num"), vals, change=change, context=lead, approx=bool(m.group("approx")))

        def take(m: re.Match[str], g: str = "", end: int | None = None, **attrs: Any) -> None:
            """A troop count from a match whose number is group ``num`` + g (its approximation ``approx`` + g)."""
            num = m.group("num" + g)
            if not _ok_number(text, m.start("num" + g), m.end("num" + g), num):
                return
            if _DRAFT_DODGERS.match(text, m.end("num" + g)):
                return  # "About 800,000 men are believed to be evading the draft": no force
            vals = _vague_or_number(num)
            if vals is None:
                return
            approx = m.groupdict().get("approx" + g)
            add("troops", m.start("approx" + g) if approx else m.start("num" + g), m.end() if end is None else end, vals,
                approx=bool(approx), **attrs)

        def after_troops(m: re.Match[str]) -> bool:
            return any(f.kind == "troops" and f.sentence_index == s.index and f.end <= m.start() for f in out[sent_first:])

        # Last: a bare count (no noun after it) where the count just before it, in this sentence or the one before,
        # was troops: "The largest contingent, at about 4,500.", "only about 2,000, most of them from Chad, have arrived".
        def bare_counts() -> None:
            prev = next((f for f in reversed(out[-8:]) if f.sentence_index == s.index - 1), None)
            if not (prev is not None and prev.kind == "troops") and not any(f.kind == "troops" for f in out[sent_first:]):
                return  # no troop count here or just before: nothing a bare number could restate
            for st in starts:
                r = _BARE_RANGE_RE.match(text, st)
                if r:  # "far fewer than the 100,000 to 150,000 that officials say would be needed"
                    anchor = max((f for f in out[sent_first:] if f.sentence_index == s.index and f.end <= r.start()),
                                 key=lambda f: f.end, default=None) or prev
                    rng = _range_values(r.group("lo"), r.group("hi"))
                    if (anchor is not None and anchor.kind == "troops" and rng is not None and not _year_like(r.group("lo"))
                            and not _NOT_HEADS.search(text[anchor.end:r.start()] if anchor.sentence_index == s.index else text[:r.start()])
                            and rng[0] >= 10 and not _casualty_after(text, r.end())
                            and not re.search(r"(?i)\b(?:aged?|ages?|age\s+of|between)\s+$", text[max(0, r.start() - 12):r.start()])):
                        add("troops", r.start(), r.end(), _range_vals(rng), change="restated", context="bare", approx=True)
                    continue
                m = _BARE_COUNT_RE.match(text, st)
                if not m:
                    continue
                # the count just before this one: in the sentence, else the sentence before
                anchor = max((f for f in out[sent_first:] if f.sentence_index == s.index and f.end <= m.start()),
                             key=lambda f: f.end, default=None) or prev
                if anchor is not None and anchor.kind == "troops":
                    n0 = m.start("num")
                    gap = text[anchor.end:m.start()] if anchor.sentence_index == s.index else text[:m.start()]
                    if (_ok_number(text, n0, m.end("num"), m.group("num")) and not _NOT_HEADS.search(gap)
                            and not _OTHER_PEOPLE.search(gap)
                            and not (re.match(r"\s+(?:and|or)\b", text[m.end():]) and _NOT_HEADS.search(text, m.end(), m.end() + 30))
                            and not _CASUALTY_WHO_WORD_RE.search(gap[-40:]) and not re.search(r"(?i)\b(?:aged?|ages|kill|wound|injur|dead|died|lost|lose|loses|losing|captur|older|younger|year-old|years\s+old|pool|births?|population)", gap)
                            and not _year_like(m.group("num")) and not _casualty_after(text, m.end())
                            and not re.match(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?lost\b", text[m.end():])
                            and (vals := _vague_or_number(m.group("num"))) is not None
                            and (m.group("approx") or not vals.get("value") or vals["value"] >= 10)
                            and not re.search(r"[-–/:]$", text[:m.start()])  # "won 2-1"
                            and not (re.search(r"[A-Z][\w'-]*[a-z],\s*$", text[:m.start()]) and (re.match(r"\s*,", text[m.end():]) or (
                                re.match(r"\s*[.;]", text[m.end():]) and re.fullmatch(r"\d{1,3}", m.group("num")) and int(m.group("num")) < 120)))  # "Serhiy, 41,", "said Park Jong-sik, 94."
                            and not re.match(r"(?:\s+(?:and|or|to)\s+\d+)?\s*(?:-|\s)(?:years?|yrs)[-\s]old\b", text[m.end():])  # "We were 19 and 20 years old"
                            and not re.search(r"\b(?:between|from)\s+[\w,.]+(?:\s+[\w,.]+)?\s+(?:and|to)\s+$", text[max(0, m.start() - 40):m.start()])
                            and not _NAMED_NUMBER.search(text[max(0, m.start() - 20):m.start()])  # "Air Base 201"
                            and not _PLACE_SIZE.search(text[max(0, m.start() - 45):m.start()])):  # "a city of about 2 million"
                        take(m, end=m.end("num"), change="restated", context="bare")

        if only_bare:  # no cue word: only the count that restates the troops of the sentence before
            bare_counts()
            continue

        for m in (_scan(_SHARED_HEAD_TROOPS_RE, text, starts) if " and " in text else ()):
            # "2,000 Chadian and 1,500 Nigerien soldiers": the first count shares the second's noun
            if not _casualty_after(text, m.end()):
                take(m, end=m.end("first"), unit=m.group("noun").lower())

        for m in (_scan(_MEN_RE, text, starts) if " men" in text and (
                _MILITARY_UNIT.search(text) or _MILITARY_UNIT.search(prev_text)) else ()):
            # "The brigade, with some 4,000 men", "The garrison numbered fewer than 200 men"; "... the RSF ... fighters.
            # At the start of the war, it had about 100,000 men."
            if not _MILITARY_UNIT.search(text) and not re.search(
                    r"\b(?:it|they|company|platoon|unit|squad|battalion)\b(?:[^.;]{0,40}?,)?\s+(?:now\s+|still\s+|once\s+|then\s+)?"
                    r"(?:had|has|have|(?:is|was|are|were)\s+down\s+to|numbers|numbered)\s+$",
                    text[max(0, m.start() - 80):m.start()], re.I):
                continue  # "One company, they said, is down to 18 men", the brigade told in the sentence before
            if not _casualty_after(text, m.end()):
                take(m, unit="men")

        for m in (_HIS_MEN_RE.finditer(text) if " men" in text else ()):  # "his 25,000 men"
            if not _casualty_after(text, m.end()):
                take(m, "" if m.group("num") else "2", unit="men")

        for m in (_scan(_MEMBERS_OF_RE, text, starts) if " of " in text else ()):
            if not _casualty_after(text, m.end()):
                take(m, side=_side(m.group("mods") + m.group("noun")), unit=m.group("noun"))

        for m in (_FORCE_SIZE_RE.finditer(text) if any(w in low for w in _FORCE_SIZE_WORDS) else ()):
            if _NOT_ARMED_AFTER.match(text, m.end("num")) or _NOT_PERSONNEL_AFTER.match(text, m.end("num")):
                continue
            if _OTHER_PLURAL_AFTER.match(text, m.end()):
                continue  # "whose members are estimated at 12,000 shops": a count of something else
            if _casualty_after(text, m.end()):
                continue
            if m.group("lo") or m.group("lo2"):  # "whose numbers are put at between 2,000 and 3,000", "thought to number four to six"
                rng = _range_values(m.group("lo") or m.group("lo2"), m.group("num"))
                if rng is not None:
                    add("troops", m.start("lo") if m.group("lo") else m.start("lo2"), m.end(), _range_vals(rng), unit="force", approx=True)
            else:
                take(m, unit="force")

        for m in (_FIELD_RE.finditer(text) if any(w in low for w in _FIELD_WORDS) else ()):
            if m.group("dep"):
                if not re.match(r"\s+(?:to|in|into|across|along|near|at|on|around)\b", text[m.end():]):
                    continue  # "deployed 3,000 to the border", not "deployed 3,000 and ..."
            elif not _MILITARY_UNIT.search(text):
                continue
            if _year_like(m.group("num")):
                continue
            if not re.search(r"\d", m.group("num")) and not (_MILITARY_UNIT.search(text) or prev_troops):
                continue  # "has deployed thousands along the border" only where the sentence is about a force
            take(m, unit="force")

        for m in (_RANKS_RE.finditer(text) if "ranks" in low else ()):
            if m.group("own") and not _MILITARY_UNIT.search(text):
                continue  # "its ranks" counts troops only where the sentence is about a force
            take(m, change="to", context="ranks")

        for m in (_SEND_RE.finditer(text) if prev_troops or _MILITARY_UNIT.search(text) else ()):
            if not _year_like(m.group("num")):
                take(m, unit="sent")

        for m in (_scan(_PART_OF_RE, text, starts) if " of " in text else ()):
            if not _casualty_after(text, m.end()):
                take(m, end=m.end("num"), unit="part")

        for m in (_ADVISERS_RE.finditer(text) if "trainer" in low or "advis" in low or "instructor" in low else ()):
            if (after_troops(m) or prev_troops or _ADVISERS_CONTEXT.search(text)) and not _casualty_after(text, m.end()):
                take(m, unit=m.group("noun").lower())

        for m in (_RECRUITED_RE.finditer(text) if "volunteers" in low or "auxiliaries" in low or " men" in low else ()):
            if (_RECRUIT_CONTEXT.search(text) or _MILITARY_UNIT.search(text)) and not _casualty_after(text, m.end()):
                take(m, unit=m.group("noun").lower())

        for m in (_EST_HAVE_RE.finditer(text) if " to " in text else ()):
            if (_FIGHTING_CONTEXT.search(text) or _MILITARY_UNIT.search(text)) and not _casualty_after(text, m.end()):
                rng = _range_values(m.group("lo"), m.group("num")) if m.group("lo") else None
                if rng is not None:  # "is estimated by U.N. monitors to have between 4,000 and 6,000 members"
                    add("troops", text.rfind("between", 0, m.start("lo")), m.end(), _range_vals(rng), unit="members", approx=True)
                elif not m.group("lo"):
                    take(m, unit="members")

        for m in (_UNIT_HAS_RE.finditer(text) if " have " in low or " has " in low or " had " in low or "started with" in low else ()):
            unit = (m.group("unit") or "").lower()
            here = text[:m.start()] + " " + text[m.end():]
            if ((unit and unit not in ("company", "unit", "division") and not re.search(r"\b(?:police|fire|rescue)\s*$", text[:m.start("unit")], re.I))
                    or prev_troops or _MILITARY_UNIT.search(here) or _TROOP_NOUN_RE.search(here)) and not _casualty_after(text, m.end()) \
                    and not _year_like(m.group("num")):
                take(m, end=m.end("num"), unit=unit or "unit")

        for m in (_WE_WERE_RE.finditer(text) if "we were " in low or "we are " in low or " of us" in low else ()):
            here = text + " " + (sentences[pos + 1].text if pos + 1 < len(sentences) else "")
            if ((_MILITARY_UNIT.search(here) or prev_troops or _TROOP_NOUN_RE.search(here)
                 or re.search(r"\b(?:company|platoon|battalion|brigade|regiment|squad)\b", here, re.I))
                    and not _casualty_after(text, m.end())):
                take(m, "" if m.group("num") else "2", end=m.end("num") if m.group("num") else m.end(), unit="unit")

        for m in (_IN_ALL_RE.finditer(text) if " all" in low or " total" in low or "altogether" in low or " strong" in low
                  or " of them," in low else ()):
            take(m, end=m.end("num"), unit=m.group("noun").lower())

        for m in (_scan(_INTO_UNIFORM_RE, text, starts) if "uniform" in low or " into the " in low or " in the " in low else ()):
            if not _casualty_after(text, m.end()):
                take(m, unit="men")

        for m in (_STRENGTH_AT_RE.finditer(text) if " at " in text else ()):
            whose = m.group("whose")
            if (_FORCE_SUBJECT.search(whose) or _GROUP_SUBJECT.search(whose) or re.search(r"\b(?:troop|military)\b", whose, re.I)
                    or (m.group(0).lower().find("strength") >= 0 and _MILITARY_UNIT.search(text))) and not _year_like(m.group("num")):
                rng = _range_values(m.group("num"), m.group("hi")) if m.group("hi") else None
                if rng is not None:
                    add("troops", m.start("approx") if m.group("approx") else m.start("num"), m.end("hi"), _range_vals(rng),
                        context="strength", approx=True)
                elif not m.group("hi"):
                    take(m, end=m.end("num"), context="strength")

        for m in (_scan(_WERE_TROOPS_RE, text, starts) if " were " in text or " are " in text else ()):
            if not _year_like(m.group("num")):
                take(m, end=m.end("num"), unit="troops")

        for m in (_scan(_DISARMED_RE, text, starts) if _DISARMED_CUE.search(low) else ()):
            if (_MILITARY_UNIT.search(text) or _MILITARY_UNIT.search(prev_text)) and not _year_like(m.group("num")):
                take(m, end=m.end("num"), context="disarmed")

        for m in (_MEN_ABROAD_RE.finditer(text) if " men " in text else ()):
            if not _year_like(m.group("num")) and not _casualty_after(text, m.end()):
                take(m, end=m.end("num") + 4, unit="men")

        for m in (_CALL_UP_RE.finditer(text) if " up " in low or "mobili" in low or "conscript" in low or "recruit" in low else ()):
            if (m.group("rec") or "mobili" in m.group(0).lower()) and not (
                    _RECRUIT_CONTEXT.search(text) or _RECRUIT_CONTEXT.search(prev_text)):
                continue  # "has recruited about 30,000 men a month" only where the story is about a war or an army
            if not _year_like(m.group("num")) and not _casualty_after(text, m.end()):
                take(m, unit="called up")

        for m in (_scan(_NATION_SERVED_RE, text, starts) if " served" in text or " fought" in text or " deployed" in text
                  or " sent" in text or " went to war" in text else ()):
            if not _year_like(m.group("num")):
                take(m, unit="served")

        for m in (_STRENGTH_REACHED_RE.finditer(text) if "strength" in low else ()):
            if (_MILITARY_UNIT.search(text) or _MILITARY_UNIT.search(prev_text)) and not _year_like(m.group("num")):
                take(m, end=m.end("num"), context="strength")

        for m in (_UNIT_OF_RE.finditer(text) if " of " in text else ()):
            if (_WAR_WORDS.search(text) or _WAR_WORDS.search(prev_text)) and not _year_like(m.group("num")) \
                    and not _casualty_after(text, m.end()):
                take(m, end=m.end("num"), unit="unit")

        for m in (_APPOSED_RE.finditer(text) if _APPOSED_CUE.search(text) else ()):
            if not _casualty_after(text, m.end()) and not _year_like(m.group("num")):
                take(m, end=m.end("num"), context="apposed")

        for m in (_EXPANDED_TO_RE.finditer(text) if " to " in text else ()):
            if _FORCE_SUBJECT.search(text, 0, m.start()) and not _casualty_after(text, m.end()):
                take(m, unit=m.group("noun").lower())

        for m in (_ARMED_MEMBERS_RE.finditer(text) if " members" in low or " men" in low else ()):
            subj = _clause_before(text, m.start())
            if ((_FIGHTING_CONTEXT.search(subj) or (_GROUP_WORD.search(subj) and _FIGHTING_CONTEXT.search(prev_text)))
                    and not _NOT_ARMED_BODY.search(subj) and not _casualty_after(text, m.end()) and not _year_like(m.group("num"))):
                rng = _range_values(m.group("num"), m.group("hi")) if m.group("hi") else None
                if rng is not None:  # "has an estimated 2,000 to 4,000 members"
                    add("troops", m.start("approx") if m.group("approx") else m.start("num"), m.end(), _range_vals(rng),
                        unit="members", approx=True)
                elif not m.group("hi"):
                    take(m, unit="members")

        for m in (_GROUP_MEMBERS_RE.finditer(text) if " which " in text or " who " in text else ()):
            # the fighting may be told in the sentence before: "... killed dozens of mercenaries. The Wagner group,
            # which has had about 1,500 men in Mali, ..."
            if ((_FIGHTING_CONTEXT.search(text) or _FIGHTING_CONTEXT.search(prev_text))
                    and not _casualty_after(text, m.end())):
                take(m, unit="members")

        for m in (_FORCE_HAS_RE.finditer(text) if re.search(r"\b(?:members|men)\b", text) else ()):
            if not _casualty_after(text, m.end()):
                take(m, unit="members")

        for m in (_scan(_STRONG_RE, text, starts) if _STRONG_CUE.search(text) else ()):
            if m.group("noun").lower() == "squad" and not _MILITARY_UNIT.search(text):
                continue  # "a 30-man squad" for a rugby match
            if (m.group("noun").lower() in _CIVIL_TOO and re.search(r"[-\s](?:strong|member|person)\b", m.group(0), re.I) and not _MILITARY_UNIT.search(text[:m.start()] + " " + text[m.end():])
                    and not _TROOP_NOUN_RE.search(text[:m.start()] + " " + text[m.end():])):
                continue  # "Lufthansa's 20,000-strong maintenance unit": a unit of a company
            take(m, unit=m.group("noun").lower())

        for m in (_scan(_ON_GROUND_RE, text, starts) if "on the ground" in low else ()):
            if after_troops(m) or _MILITARY_UNIT.search(text):
                take(m, unit="on the ground")  # "authorized for up to 2,500 personnel, had fewer than 1,000 on the ground"

        for m in (_scan(_STRONG_AFTER_RE, text, starts) if "strong" in text.lower() else ()):
            if _FORCE_BEFORE.search(text[:m.start()]):
                take(m, unit="strong")

        # Counts that restate a troop count found above in the sentence.
        if " more" in low:
            for m in _N_MORE_RE.finditer(text):  # "has about 70,000 troops ... and would send 1,000 more"
                if after_troops(m) or (prev_troops and re.match(r"(?i)(?:send|sent|deploy|dispatch|station|commit|call)", m.group(0))
                                       and not _NOT_HEADS.search(text, m.start(), m.end())):
                    # "... about 4,500 troops. In 2023, after clashes ..., NATO sent 700 more."
                    rng = _range_values(m.group("lo"), m.group("num")) if m.group("lo") else None
                    if rng is not None:  # "are expected to contribute 5,000 to 7,000 more"
                        add("troops", m.start("lo"), m.end(), _range_vals(rng), change="more", approx=True)
                    else:
                        take(m, change="more")
            for m in _AND_N_MORE_RE.finditer(text):  # "about 30,000 fighters, and allied factions several thousand more."
                if after_troops(m):
                    take(m, change="more")
            for m in _scan(_N_MORE_AUX_RE, text, starts):
                if after_troops(m) or prev_troops:  # "... 10,000 soldiers. About 4,500 are there, and 1,500 more will arrive"
                    take(m, change="more")

        for m in (_OF_THEM_RE.finditer(text) if " of th" in text else ()):
            placed = re.match(r",?\s+(?:are|were|remain|remained)\s+(?:now\s+|still\s+|already\s+)?(?:in|at|on|near|around|"
                              r"based|stationed|deployed|posted)\b", text[m.end():])
            if not after_troops(m) and prev_troops and placed and not _casualty_after(text, m.end()):
                take(m, change="part")  # "France has about 4,000 soldiers in Mali. Some 2,000 of them are now in the north"
                continue
            if after_troops(m) and not _casualty_after(text, m.end()) and (placed or not re.match(r",?\s+(?:were|was|are|had|have)\b",
                                                                                       text[m.end():])):
                last = max(f.end for f in out[sent_first:] if f.kind == "troops" and f.sentence_index == s.index and f.end <= m.start())
                if re.search(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several)\s+"
                             r"(?:\w+\s+)?[a-z]+s\b", text[last:m.start()]) or m.group("num").lower() == "one":
                    continue  # "mostly at two bases, one of them in Agadez": them are the bases
                take(m, change="part")

        for m in (_NUMBERS_MEN_RE.finditer(text) if "number" in low or "total" in low else ()):
            take(m, unit="men")

        for m in (_WHICH_NUMBERED_RE.finditer(text) if "number" in low or "total" in low or "reached" in low or "peaked" in low
                  or "topped" in low else ()):
            if _FORCE_BEFORE.search(text[:m.start()]) and not _NOT_ARMED_AFTER.match(text, m.end()) \
                    and not _NOT_PERSONNEL_AFTER.match(text, m.end()):
                take(m, context="numbered")

        has_troops = any(f.kind == "troops" and f.sentence_index == s.index for f in out[sent_first:])
        for m in (_GAPPED_FORCE_RE.finditer(text) if has_troops and " and " in text else ()):
            if after_troops(m) and not _year_like(m.group("num")):
                take(m, end=m.end("num"), change="gapped")
        for m in (_GAPPED_RE.finditer(text) if has_troops and (" and " in text or ", " in text) else ()):
            if after_troops(m):
                if m.group("num"):
                    take(m, side=m.group("side").strip())
                else:
                    take(m, "2" if m.group("num2") else "3")

        restated = prev_troops or any(f.kind == "troops" and f.sentence_index == s.index for f in out[sent_first:])
        for m in itertools.chain(_scan(_RESTATED_NUM_RE, text, starts), _RESTATED_RE.finditer(text)) if restated else ():
            g = next(k for k in ("num", "num2", "num3", "num4") if m.groupdict().get(k))
            if (prev_troops and g in ("num", "num2")) or after_troops(m):
                if re.search(r"(?i)budget|spending|funding|cost|price|salar|pay\b|[$€£]|euro|dollar|pound|tax|rate",
                             text[max(0, m.start() - 40):m.end()]):
                    continue  # "... and its budget will be cut to 300 million"
                if not _year_like(m.group(g)):
                    take(m, g[3:], end=m.end(g), context="restated")

        for m in (_scan(_ALREADY_RE, text, starts) if "already" in low else ()):
            if after_troops(m):
                take(m, context="already")

        for m in (_OF_WHOM_RE.finditer(text) if " whom " in text or "among them" in low else ()):
            if after_troops(m) and not _casualty_after(text, m.end()) and not _year_like(m.group("num")):
                take(m, end=m.end("num"), change="part")

        for m in (_TRAILING_FROM_RE.finditer(text) if ", from" in text or "p from" in text or "n from" in text else ()):
            if after_troops(m) and _CHANGE_VERB.search(text, 0, m.start()) and not _year_like(m.group("num")) \
                    and not _NOT_HEADS.search(text, max(0, m.start() - 60), m.start()):
                take(m, end=m.end("num"), change="from")

        for m in (_UP_FROM_RE.finditer(text) if "from" in text else ()):
            if after_troops(m):
                take(m, change="from")

        for m in (_PUT_FIGURE_RE.finditer(text) if _PUT_FIGURE_WORDS.search(low) else ()):
            # The kind of the count just before, in this sentence or the one before it.
            before = next((f for f in reversed(out[sent_first:]) if f.sentence_index == s.index and f.end <= m.start()), None) or next(
                (f for f in reversed(out[-8:]) if f.sentence_index == s.index - 1), None)
            kind = before.kind if before else None
            vals = _vague_or_number(m.group("num"))
            if before and kind in ("troops", "casualties") and vals is not None and not _year_like(m.group("num")):
                extra = ({"outcome": before.attrs.get("outcome", "killed"), "who": before.attrs.get("who")}
                         if kind == "casualties" else {"change": "estimate"})
                add(kind, m.start("approx") if m.group("approx") else m.start("num"), m.end("num"), vals,
                    approx=bool(m.group("approx")), **extra)

        for m in (_POSSESSIVE_SAME_RE.finditer(text) if "'s " in text or "’s " in text or "s' " in text or "s’ " in text else ()):
            before = next((f for f in reversed(out[sent_first:]) if f.sentence_index == s.index and f.end <= m.start()), None)
            vals = _vague_or_number(m.group("num"))
            if before and before.kind in ("troops", "casualties") and vals is not None and not _year_like(m.group("num")):
                extra = ({"outcome": before.attrs.get("outcome", "killed"), "who": before.attrs.get("who")}
                         if before.kind == "casualties" else {"change": "other side"})
                add(before.kind, m.start("approx") if m.group("approx") else m.start("num"), m.end("num"), vals,
                    approx=bool(m.group("approx")), **extra)

        for m in (_DOWN_TO_RE.finditer(text) if " down to " in low or " lose " in low or _DOWN_TO_CUE.search(low) else ()):
            last = max((f.end for f in out[sent_first:] if f.kind == "troops" and f.sentence_index == s.index and f.end <= m.start()),
                       default=None)
            if last is None:
                # "U.S. forces would fall to 2,500": the subject itself is a force
                subj = re.search(r"\b(?:(?:U\.S\.|American|British|French|foreign|[A-Z][a-z]+|whose|its|their)\s+)?"
                                 r"(?:(?<!sales\s)(?<!labor\s)(?<!labour\s)(?<!work\s)(?<!task\s)(?<!police\s)forces?|troops|soldiers|army|"
                                 r"armed\s+forces|military|ranks|contingent|garrison|"
                                 r"troop\s+(?:levels?|numbers|strength))\s+(?:\w+\s+){0,2}$", text[max(0, m.start() - 50):m.start()])
                toll = re.search(r"\b(?:casualties|deaths|dead|losses|toll|killed|wounded|injured|among|of)\b",
                                 text[max(0, m.start() - 80):m.start()], re.I)
                last = m.start() if subj and not toll else None
            if last is not None and not _NOT_HEADS.search(text, last, m.start()):
                take(m, end=m.end("num"), change="to")

        for m in (_HAS_N_RE.finditer(text) if (prev_troops or has_troops) and ("has " in low or "have " in low or "had " in low) else ()):
            before = text[max(0, m.start() - 150):m.start()]
            if ((prev_troops or after_troops(m)) and (_FORCE_SUBJECT.search(before) or _GROUP_SUBJECT.search(before))
                    and not _NOT_HEADS.search(before[-60:]) and not _year_like(m.group("num"))):
                take(m, end=m.end("num"), context="has")

        for m in (_NUMBERS_N_RE.finditer(text) if "numbere" in low or "number" in low or "total" in low else ()):
            noun_after = re.match(r"\s+(?!(?:and|or|but|while|as)\b)(?:[a-z-]+\s+)?([a-z]{3,})\b", text[m.end("num"):])
            if noun_after and not re.fullmatch(rf"(?:{_TROOP_NOUNS}|men|members|in|on|at|by|after|before|and|according|"
                                               rf"across|including|strong|themselves|itself|overall|altogether)", noun_after.group(1), re.I):
                continue  # "the list numbers 40 pages"
            if _FORCE_SUBJECT.search(text, max(0, m.start() - 250), m.start()) and not _NOT_HEADS.search(
                    text, max(0, m.start() - 40), m.start()):
                rng = _range_values(m.group("lo"), m.group("num")) if m.group("lo") else None
                if rng is not None:  # "are believed to number between 3,000 and 4,000"
                    add("troops", text.rfind("between", 0, m.start("lo")), m.end("num"), _range_vals(rng), context="numbers", approx=True)
                elif not m.group("lo"):
                    take(m, end=m.end("num"), context="numbers")

        for m in (_INCLUDING_SIDE_RE.finditer(text) if ", includ" in text or ", among" in text or " whom " in text else ()):
            if after_troops(m) and not _casualty_after(text, m.end()):
                take(m, change="part")

        last_tr = max((f.end for f in out[sent_first:] if f.kind == "troops" and f.sentence_index == s.index), default=None)
        for m in (_ESTIMATE_AFTER_RE.finditer(text, last_tr) if last_tr is not None and ("perhaps" in low or "possibly" in low
                  or "estimat" in low or "or even" in low) else ()):
            if not _OTHER_PEOPLE.search(text, last_tr, m.start()) and not _year_like(m.group("num")):
                take(m, end=m.end("num"), change="estimate")  # "the army's strength at 300,000 to 400,000, ..., perhaps 150,000,"
        for m in (_BARE_AFTER_TROOPS_RE.finditer(text, last_tr) if last_tr is not None else ()):
            if re.search(r"(?:\d|\b(?:aged|ages?|age\s+of))\s+\w+\s*$", text[max(0, m.start() - 20):m.start("approx") if m.group("approx") else m.start("num")]):
                continue  # "men aged 18 to 24": an age range, not a count
            if (not _NOT_HEADS.search(text, last_tr, m.start()) and not _OTHER_PEOPLE.search(text, last_tr, m.start())
                    and not _year_like(m.group("num"))
                    and not re.match(r"\s+(?:[a-z]+\s+)?(?:percent|per\s+cent)", text[m.end():])):
                take(m, end=m.end("num"), change="restated")

        for m in (_RAISE_TO_RE.finditer(text) if _RAISE_WORDS.search(low) else ()):
            # "had about 2,500 troops ... and planned to raise the number to 6,000": the same count, changed.
            what = m.group("what").lower()
            if what == "strength" and not (after_troops(m) or _TROOP_NOUN_RE.search(text) or prev_troops):
                continue  # "reduces its strength from 19,000 to about 12,600" only where the sentence is about a force
            if (after_troops(m) or what == "strength" or what.startswith("size") or "reserve" in what
                    or re.match(r"troop|force|personnel|soldier", what) and what != "force"
                    or what == "force" and (pos and _TROOP_NOUN_RE.search(prev_text + " " + text[:m.start()])
                                            or re.search(r"\b(?:its|their)\s+force\s+(?:in|at|on)\s+(?-i:[A-Z])", m.group(0)))
                    and not re.search(r"\b(?:labou?r|work|police|task|sales)\s+force\b", text[:m.end("what")], re.I)):
                # "... American service members in Syria. The drawdown will bring the force to fewer than 1,000"
                if m.group("num1"):
                    take(m, "1", end=m.end("num1"), change="from", context=m.group("what").lower())
                take(m, end=m.end("num"), change="to", context=m.group("what").lower())
                if m.group("num2") and not _year_like(m.group("num2")):
                    take(m, "2", end=m.end("num2"), change="from", context=m.group("what").lower())
        bare_counts()
        lone = list(_scan(_APPROX_BARE_RE, text, starts))
        if lone and (_TROOP_NOUN_RE.search(text) or (pos and _FORCE_SUBJECT.search(text)
                                                     and _TROOP_NOUN_RE.search(prev_text))):
            for m in lone:
                clause = _clause_before(text, m.start())
                near = text[max(0, m.start() - 60):m.start()] + " " + text[m.end():m.end() + 40]
                if (not _year_like(m.group("num")) and not _PLACE_SIZE.search(clause) and not _OTHER_PEOPLE.search(clause + " " + near)
                        and not _NOT_HEADS.search(clause[-60:]) and not _NOT_A_FORCE_CLAUSE.search(clause + " " + near)
                        and not _CASUALTY_WHO_WORD_RE.search(clause[-40:]) and not _casualty_after(text, m.end())):
                    take(m, end=m.end("num"), context="fallback")
    return out


# --- distances -----------------------------------------------------------------------------------

_UNITS = {
    "mile": ("mi", KM_PER_MILE), "miles": ("mi", KM_PER_MILE), "mi": ("mi", KM_PER_MILE),
    "nautical mile": ("nmi", KM_PER_NMI), "nautical miles": ("nmi", KM_PER_NMI), "nmi": ("nmi", KM_PER_NMI),
    "kilometer": ("km", 1.0), "kilometers": ("km", 1.0), "kilometre": ("km", 1.0), "kilometres": ("km", 1.0),
    "km": ("km", 1.0), "kms": ("km", 1.0), "klicks": ("km", 1.0),
    "meter": ("m", 0.001), "meters": ("m", 0.001), "metre": ("m", 0.001), "metres": ("m", 0.001), "m": ("m", 0.001),
}
_UNIT_RE = (r"nautical[-\s]+miles?|miles?|mi|nmi|kilomet(?:er|re)s?|kms?|klicks|met(?:er|re)s?|m")
_DIST_NUM = rf"(?:{UNIT_NUMBER_PATTERN})"  # a numeral may touch its unit: "1,000km", "35km"
_DISTANCE_RE = re.compile(
    rf"(?P<approx>\b{APPROX_PATTERN}\s+)?"
    rf"(?:(?P<between>between\s+)(?P<lo>{_DIST_NUM})\s+(?:and|to)\s+|(?:from\s+)?(?P<lo2>{_DIST_NUM})\s*(?:-|–|to)\s*)?"
    rf"(?P<num>{_DIST_NUM})(?:\s*-\s*|\s+|(?<=\d))(?P<unit>{_UNIT_RE})(?![\w/²³])",
    re.I,
)
_GLUED_M_OK = re.compile(
    r"-?\s*(?:long|high|tall|deep|wide|away|from|off|above|below|under|north|south|east|west|offshore|inland|"
    r"(?:\w+\s+)?(?:wall|walls|tower|fence|road|bridge|tunnel|drop|wave|waves|depth|radius|stretch|section|crater|"
    r"cliff|climb|dive|jump|yacht|ship|vessel|boat|hole|shaft|barrier|dam|embankment|cordon|zone))\b", re.I)
_DIST_EXCLUDE_BEFORE = re.compile(r"(?:square|sq\.?|cubic|cu\.?)\s*$|[$€£¥]\s*$", re.I)
_DIST_EXCLUDE_AFTER = re.compile(
    r"^(?:\s*(?:per|an|a|/)\s*(?:hour|h|hr|second|gallon|litre|liter)|\s*(?:squared|square|sq|cubed|deep\s+well)\b|"
    r"[²³]|\s*(?:freestyle|backstroke|breaststroke|butterfly|medley|hurdles|relay|sprint|dash|race|steeplechase|run\b|"
    r"(?:world\s+|indoor\s+|outdoor\s+)?(?:champion|championship|title|record|gold|silver|bronze|final|winner|heats?\b))|"
    r"-?(?:high|tall|long\s+yacht)\b)",
    re.I,
)
_DIRECTION = r"(?:north|south|east|west|north[-\s]?east|north[-\s]?west|south[-\s]?east|south[-\s]?west|northeast|northwest|southeast|southwest|inland|offshore|upstream|downstream)"
_PLACE = r"(?P<place>[A-Z][\w’'.-]*(?:\s+(?:de|du|el|al|of|la|le)?\s*[A-Z][\w’'.-]*){0,3})"
_RELATION_RE = re.compile(
    rf"^(?:\s+(?:to\s+the\s+)?(?P<dir>{_DIRECTION})(?:ward)?)?(?:,)?\s+(?P<prep>of|from|outside(?:\s+of)?|away\s+from|"
    rf"in|into|to|toward|towards|inside|beyond|is|short\s+of|off)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:capital|city|town|village|"
    rf"border|port|coast|base|airport|frontier|region|province|garrison\s+town)(?:\s+of)?,?\s+(?:of\s+)?)?{_PLACE}",
)


def _round(x: float) -> float:
    """Two decimals, or enough to keep metres ("2.5m" is 0.0025 km, not 0.0)."""
    return round(x, 2) if abs(x) >= 1 else float(f"{x:.3g}")


def distance_facts(sentences: Sequence[Sentence]) -> list[Fact]:
    """Distances with a length unit, converted to km and miles, with the places they relate."""
    out: list[Fact] = []
    for s in sentences:
        text = s.text
        if not _DISTANCE_CUE.search(text):
            continue
        for m in _DISTANCE_RE.finditer(text):
            unit_text = re.sub(r"[-\s]+", " ", m.group("unit")).lower()
            unit_key = unit_text if unit_text in _UNITS else unit_text.rstrip("s")
            if unit_key not in _UNITS:
                continue
            num = m.group("num")
            if unit_key == "m" and not re.match(r"\d", num):
                continue  # "five m" is not a distance
            if unit_key == "m" and re.search(r"[$€£¥]\s*$", text[max(0, m.start() - 3):m.start()]):
                continue  # £100m is money
            if unit_key in ("m", "mi") and m.group(0)[-len(m.group("unit")) - 1:-len(m.group("unit"))].isspace():
                continue  # "10 m" / "10 mi" with a space is more often something else
            if unit_key == "m" and not _GLUED_M_OK.match(text, m.end()):
                continue  # "500m euros", "the 200m champion": a glued "m" is a length only where a length reads
            lo_text = m.group("lo") or m.group("lo2")
            start = m.start()
            if _DIST_EXCLUDE_BEFORE.search(text[max(0, start - 10):start]):
                continue
            if _DIST_EXCLUDE_AFTER.match(text[m.end():m.end() + 30]):
                continue
            if not _ok_number(text, m.start("num"), m.end("num"), num) and not re.search(r"\d,\d", num):
                continue
            q = parse_quantity(num)
            if q is None or q.value is None:
                continue
            lo = parse_quantity(lo_text) if lo_text else None
            sym, factor = _UNITS[unit_key]
            attrs: dict[str, Any] = {"unit": sym}
            value = as_int_if_whole(q.value)
            if lo is not None and lo.value is not None and lo.value < q.value:
                attrs["value_min"] = as_int_if_whole(lo.value)
                attrs["km"] = _round(lo.value * factor)
                attrs["km_max"] = _round(q.value * factor)
                attrs["miles"] = _round(lo.value * factor / KM_PER_MILE)
                attrs["miles_max"] = _round(q.value * factor / KM_PER_MILE)
            else:
                if lo_text:
                    start = m.start("num") if not m.group("approx") else m.start()
                attrs["km"] = _round(q.value * factor)
                attrs["miles"] = _round(q.value * factor / KM_PER_MILE)
            attrs["approx"] = bool(m.group("approx"))
            rel = _RELATION_RE.match(text[m.end():])
            if rel:
                place = rel.group("place").rstrip(".,")
                attrs["place"] = place
                attrs["relation"] = " ".join(x for x in (rel.group("dir"), rel.group("prep")) if x).lower()
            out.append(Fact("distance", text[start:m.end()], s.index, start, m.end(), value, attrs))
    return _merge_conversions(out, sentences)


def _merge_conversions(facts: list[Fact], sentences: Sequence[Sentence]) -> list[Fact]:
    """ "about 80 kilometers (50 miles)": the bracketed conversion joins the distance it restates (one fact)."""
    merged: list[Fact] = []
    for f in facts:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.sentence_index == f.sentence_index and prev.attrs.get("unit") != f.attrs.get("unit")
                and re.fullmatch(r"\s*[(\[]\s*", sentences[f.sentence_index].text[prev.end:f.start])
                and re.match(r"\s*[)\]]", sentences[f.sentence_index].text[f.end:f.end + 3])
                and abs(f.attrs["km"] - prev.attrs["km"]) <= 0.15 * max(prev.attrs["km"], f.attrs["km"])):
            text = sentences[f.sentence_index].text
            end = text.index(")" if ")" in text[f.end:f.end + 3] else "]", f.end) + 1
            attrs = dict(prev.attrs)
            rel = _RELATION_RE.match(text[end:])
            if rel and "place" not in attrs:  # "30 kilometers (20 miles) north of the border"
                attrs["place"] = rel.group("place").rstrip(".,")
                attrs["relation"] = " ".join(x for x in (rel.group("dir"), rel.group("prep")) if x).lower()
            merged[-1] = replace(prev, text=text[prev.start:end], end=end, attrs=attrs)
            continue
        merged.append(f)
    return merged


def extract_facts(sentences: Sequence[Sentence], reference_date: date | None = None) -> list[Fact]:
    """All key facts of the story, in article order within each kind."""
    from .timex import date_facts

    facts = troop_facts(sentences) + distance_facts(sentences) + date_facts(sentences, reference_date)
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    facts.sort(key=lambda f: (order.get(f.kind, 99), f.sentence_index, f.start))
    return facts
