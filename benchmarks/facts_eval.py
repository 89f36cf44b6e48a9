"""Precision, recall and F1 of the key-facts engine.

    .venv/bin/python benchmarks/facts_eval.py

(a) our annotated articles in tests/articles (troops, casualties, distances, dates and date values);
(b) the sample article against ../shared/seeds/*.gold.json;
(c) dates on ../shared/eval/timebank_aquaint.jsonl, scored as TempEval-3 does (relaxed and strict span F1,
    value F1), beside the published anchors; plus the time per 1,000 words.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from _data import ROOT, SHARED, timebank_documents

from desktop_app.core.brief import build_brief
from desktop_app.core.loader import load_file
from desktop_app.core.timex import find_timexes

KINDS = ("troops", "casualties", "distance", "date")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _overlap(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _value_ok(kind: str, pred, gold: dict) -> bool:
    if kind in ("troops", "casualties"):
        if "value" in gold and gold["value"] is not None:
            return pred.value == gold["value"]
        return pred.attrs.get("min") == gold.get("min") and pred.attrs.get("max") == gold.get("max")
    if kind == "distance":
        ok = abs(pred.attrs["km"] - gold["km"]) <= max(0.01, 0.01 * gold["km"])
        if "km_max" in gold:
            ok = ok and abs(pred.attrs.get("km_max", -1) - gold["km_max"]) <= 0.01 * gold["km_max"]
        return ok
    return True


def score_article(txt: Path, gold: dict, counts: dict, date_vals: list, misses: list) -> None:
    ref = date.fromisoformat(gold["reference_date"]) if gold.get("reference_date") else None
    brief = build_brief(load_file(txt), reference_date=ref)
    preds = {k: [f for f in brief.key_facts() if f.kind == k] for k in KINDS}
    golds = {"troops": gold.get("troops", []), "casualties": gold.get("casualties", []),
             "distance": gold.get("distances", []), "date": gold.get("dates", [])}
    for kind in KINDS:
        # Required entries first, so an optional one ("Sunday") cannot take the match of a required one ("late Sunday").
        order = sorted(golds[kind], key=lambda g: bool(g.get("optional")))
        # Each gold entry's candidates: the predictions overlapping its span with the right value, best-fitting first.
        cands = []
        for g in order:
            c = [i for i, p in enumerate(preds[kind]) if _overlap(p.text, g["text"]) and _value_ok(kind, p, g)]
            c.sort(key=lambda i: (preds[kind][i].value != g.get("value") if kind == "date" else False,
                                  -min(len(preds[kind][i].text), len(g["text"])),
                                  abs(len(preds[kind][i].text) - len(g["text"])), i))
            cands.append(c)
        # A maximum matching (augmenting paths), trying each entry's best fit first: a greedy pass could give
        # "Wednesday" the prediction "late Wednesday" and leave the entry "late Wednesday" unmatched.
        owner: dict[int, int] = {}

        def assign(gi: int, seen: set[int]) -> bool:
            for i in cands[gi]:
                if i in seen:
                    continue
                seen.add(i)
                if i not in owner or assign(owner[i], seen):
                    owner[i] = gi
                    return True
            return False

        for gi in range(len(order)):
            assign(gi, set())
        match_of = {gi: i for i, gi in owner.items()}
        used = set(owner)
        for gi, g in enumerate(order):
            match = match_of.get(gi)
            if match is None:
                if not g.get("optional"):
                    counts[kind]["fn"] += 1
                    misses.append(f"{txt.name}: missed {kind} {g['text']!r}")
                continue
            if g.get("optional"):
                continue
            counts[kind]["tp"] += 1
            if kind == "date":
                pv = preds[kind][match].value or ""
                # A wider span may add the clock time its own words give: "midnight on Wednesday" for "Wednesday".
                ok = pv == g["value"] or (pv.startswith(g["value"] + "T") and len(preds[kind][match].text) > len(g["text"]))
                date_vals.append(ok)
                if not ok:
                    misses.append(f"{txt.name}: date {g['text']!r} -> {preds[kind][match].value} (want {g['value']})")
        for i, p in enumerate(preds[kind]):
            if i not in used:
                counts[kind]["fp"] += 1
                misses.append(f"{txt.name}: false {kind} {p.text!r} = {p.value}")


def own_articles(verbose: bool, folder: str = "articles", label: str = "(a) our annotated articles") -> None:
    counts = {k: {"tp": 0, "fp": 0, "fn": 0} for k in KINDS}
    date_vals: list[bool] = []
    misses: list[str] = []
    files = sorted((ROOT / "tests" / folder).glob("*.json"))
    for js in files:
        score_article(js.with_suffix(".txt"), json.loads(js.read_text(encoding="utf-8")), counts, date_vals, misses)
    print(f"{label} (n={len(files)}, tests/{folder})")
    _table(counts)
    if date_vals:
        print(f"    dates resolved correctly: {sum(date_vals)}/{len(date_vals)} = {sum(date_vals) / len(date_vals):.3f}")
    if verbose:
        for m in misses:
            print("     -", m)


def _table(counts: dict) -> None:
    print(f"    {'kind':<11}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}")
    for kind in KINDS:
        c = counts[kind]
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"    {kind:<11}{p:7.3f}{r:7.3f}{f:7.3f}{c['tp']:6d}{c['fp']:5d}{c['fn']:5d}")


def sample_article(verbose: bool) -> None:
    gold_path = SHARED.parent / "seeds" / "000_0b5a6d0832171b70.gold.json"
    if not gold_path.exists():
        print("(b) skipped: ../shared/seeds not found")
        return
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    ref = date.fromisoformat(gold["reference_date"])
    brief = build_brief(load_file(ROOT / "seeds" / "mali-french-troops-2013.txt"), reference_date=ref)
    facts = brief.key_facts()
    print("(b) sample article against the gold file")
    troops = [f.value for f in facts if f.kind == "troops"]
    req = gold["troops"]["required"]
    tp = sum(1 for v in req if v in troops)
    print(f"    troops     P={tp / max(1, len(troops)):.3f} R={tp / len(req):.3f}  found {troops}")
    kms = [f.attrs["km"] for f in facts if f.kind == "distance"]
    req = gold["distance_km"]["required"]
    tp = sum(1 for v in req if any(abs(k - v) < 0.1 for k in kms))
    print(f"    distances  P={tp / max(1, len(kms)):.3f} R={tp / len(req):.3f}  found {kms}")
    dates = [f for f in facts if f.kind == "date"]
    texts = {f.text.lower() for f in dates}
    req = [t.lower() for t in gold["dates"]["required"]]
    allowed = {t.lower() for t in gold["dates"]["allowed"]}
    tp = sum(1 for t in req if t in texts)
    extra = [f.text for f in dates if f.text.lower() not in set(req) | allowed]
    print(f"    dates      R={tp / len(req):.3f}  unexpected: {extra}")
    vals = {f.text: f.value for f in dates}
    ok = sum(1 for k, v in gold["resolved"].items() if vals.get(k) == v)
    print(f"    resolved   {ok}/{len(gold['resolved'])}")
    print(f"    title ok: {brief.title == gold['title']}, dateline ok: {brief.article.dateline == gold['dateline']}, "
          f"boilerplate removed: {all(any(b in t for t, _ in brief.article.removed) for b in gold['boilerplate'])}")


def timebank(verbose: bool, types: tuple[str, ...]) -> None:
    try:
        docs = timebank_documents()
    except SystemExit as exc:
        print(f"(c) {exc}")
        return
    tp_rel = tp_strict = n_pred = n_gold = val_ok = 0
    words = 0
    elapsed = 0.0
    errors: list[str] = []
    for d in docs:
        ref = date.fromisoformat(d["dct"][:10])
        t0 = time.perf_counter()
        pred = find_timexes(d["text"], ref)
        elapsed += time.perf_counter() - t0
        words += len(d["text"].split())
        gold = [g for g in d["timexes"] if g["type"] in types]
        n_gold += len(gold)
        n_pred += len(pred)
        used: set[int] = set()
        for g in gold:
            best = None
            for i, p in enumerate(pred):
                if i in used or p.end <= g["start"] or p.start >= g["end"]:
                    continue
                best = i
                break
            if best is None:
                errors.append(f"miss {g['text']!r} ({g['value']})")
                continue
            used.add(best)
            p = pred[best]
            tp_rel += 1
            if p.start == g["start"] and p.end == g["end"]:
                tp_strict += 1
            if p.value == g["value"]:
                val_ok += 1
            else:
                errors.append(f"value {p.text!r}: {p.value} vs {g['value']} ({g['text']!r})")
        for i, p in enumerate(pred):
            if i not in used:
                errors.append(f"false {p.text!r} {p.value}")
    _, _, f_rel = prf(tp_rel, n_pred - tp_rel, n_gold - tp_rel)
    _, _, f_strict = prf(tp_strict, n_pred - tp_strict, n_gold - tp_strict)
    _, _, f_val = prf(val_ok, n_pred - val_ok, n_gold - val_ok)
    p_rel, r_rel, _ = prf(tp_rel, n_pred - tp_rel, n_gold - tp_rel)
    label = "+".join(types)
    print(f"(c) TimeBank/AQUAINT, {label} expressions (n={n_gold} gold, {n_pred} predicted, {len(docs)} docs)")
    print(f"    relaxed F1 {f_rel:.3f} (P {p_rel:.3f} R {r_rel:.3f})  strict F1 {f_strict:.3f}  value F1 {f_val:.3f}")
    print("    anchors (TempEval-3, all types): HeidelTime relaxed 0.903, strict 0.813, value 0.776")
    print(f"    speed: {1000 * elapsed / max(1, words) * 1000:.2f} ms per 1,000 words (date tagging alone)")
    if verbose:
        from collections import Counter

        for e, n in Counter(errors).most_common(60):
            print(f"     - {n:3d} {e}")


# Our seven densest conflict and disaster articles, joined into one text of about 1,000 words: a worst case.
DENSE = ["blind10/p59-lebanon-strikes", "heldout/h6-mission-drawdown", "blind3/h18-troop-withdrawal",
         "articles/07-drawdown", "blind9/n52-haiyan", "blind6/j34-mexico-quake", "blind10/p57-paris-attacks"]


def speed() -> None:
    from desktop_app.core.clean import clean_article
    from desktop_app.core.facts import extract_facts
    from desktop_app.core.sentences import split_sentences

    sample = (ROOT / "seeds" / "mali-french-troops-2013.txt").read_text(encoding="utf-8")
    dense = "Dense\n\n" + "\n\n".join(
        (ROOT / "tests" / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)[1] for name in DENSE)
    for label, text, ref in (("the sample", sample, date(2013, 1, 17)), ("seven dense articles", dense, date(2015, 1, 1))):
        sents = split_sentences(clean_article(text).paragraphs)
        n_words = len(text.split())
        runs = []
        for _ in range(20):
            t0 = time.perf_counter()
            extract_facts(sents, ref)
            runs.append(time.perf_counter() - t0)
        ms = statistics.median(runs) * 1000
        print(f"(d) fact extraction on {label} ({n_words} words): median {ms:.2f} ms = "
              f"{ms * 1000 / n_words:.2f} ms per 1,000 words")
    if (SHARED / "bbc_news_summary.jsonl").exists():  # ordinary news: most sentences hold no troop or casualty cue
        from _data import bbc_documents

        docs = [split_sentences(clean_article(d["title"] + "\n\n" + d["text"]).paragraphs) for d in bbc_documents()[:400]]
        n_words = sum(len(s.text.split()) for d in docs for s in d)
        best = min(_timed(lambda: [extract_facts(d, date(2005, 1, 1)) for d in docs]) for _ in range(3))
        print(f"(d) fact extraction on 400 BBC articles ({n_words} words): {best * 1e6 / n_words:.2f} ms per 1,000 words")


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    verbose = "-v" in sys.argv
    own_articles(verbose)
    own_articles(verbose, "heldout", "(a2) second set, written after the rules (scored blind first: see README)")
    own_articles(verbose, "blind2", "(a3) third set, written after the second set's fixes (scored blind first)")
    own_articles(verbose, "blind3", "(a4) fourth set, written after the third set's fixes (scored blind first)")
    own_articles(verbose, "blind4", "(a5) fifth set, written after the fourth set's fixes (scored blind first)")
    own_articles(verbose, "blind5", "(a6) sixth set, written after the fifth set's fixes (scored blind first)")
    own_articles(verbose, "blind6", "(a7) seventh set, written after the sixth set's fixes (scored blind first)")
    own_articles(verbose, "blind7", "(a8) eighth set, written after the seventh set's fixes (scored blind first)")
    own_articles(verbose, "blind8", "(a9) ninth set, written after the eighth set's fixes (scored blind first)")
    own_articles(verbose, "blind9", "(a10) tenth set, written after the ninth set's fixes (scored blind first)")
    own_articles(verbose, "blind10", "(a11) eleventh set, written after the tenth set's fixes (scored blind first)")
    own_articles(verbose, "blind11", "(a12) twelfth set, written after the eleventh set's fixes (scored blind first)")
    own_articles(verbose, "blind12", "(a13) thirteenth set, written after the twelfth set's fixes (scored blind first)")
    own_articles(verbose, "blind13", "(a14) fourteenth set, written after the thirteenth set's fixes (scored blind first)")
    own_articles(verbose, "blind14", "(a15) fifteenth set, written after the fourteenth set's fixes (scored blind first)")
    own_articles(verbose, "blind15", "(a16) sixteenth set, written after the fifteenth set's fixes (scored blind first)")
    own_articles(verbose, "blind16", "(a17) seventeenth set, written after the sixteenth set's fixes (scored blind first)")
    own_articles(verbose, "blind17", "(a18) eighteenth set, written after the seventeenth set's fixes (scored blind first)")
    own_articles(verbose, "blind18", "(a19) nineteenth set, written after the eighteenth set's fixes (scored blind first)")
    own_articles(verbose, "blind19", "(a20) twentieth set, written after the nineteenth set's fixes (scored blind first)")
    own_articles(verbose, "blind20", "(a21) twenty-first set, written after the twentieth set's fixes (scored blind first)")
    own_articles(verbose, "blind21", "(a22) twenty-second set, written after the twenty-first set's fixes (scored blind first)")
    own_articles(verbose, "blind22", "(a23) twenty-third set, written after the twenty-second set's fixes (scored blind first)")
    own_articles(verbose, "blind23", "(a24) twenty-fourth set, written after the twenty-third set's fixes (scored blind first)")
    own_articles(verbose, "blind24", "(a25) twenty-fifth set, written after the twenty-fourth set's fixes (scored blind first)")
    own_articles(verbose, "blind25", "(a26) twenty-sixth set, written after the twenty-fifth set's fixes (scored blind first)")
    own_articles(verbose, "blind26", "(a27) twenty-seventh set, written after the twenty-sixth set's fixes (scored blind first)")
    own_articles(verbose, "blind27", "(a28) twenty-eighth set, written after the twenty-seventh set's fixes (scored blind first)")
    own_articles(verbose, "blind28", "(a29) twenty-ninth set, written after the twenty-eighth set's fixes (scored blind first)")
    own_articles(verbose, "blind29", "(a30) thirtieth set, written after the twenty-ninth set's fixes (scored blind first)")
    own_articles(verbose, "blind30", "(a31) thirty-first set, written after the thirtieth set's fixes (scored blind first)")
    own_articles(verbose, "blind31", "(a32) thirty-second set, written after the thirty-first set's fixes (scored blind first)")
    own_articles(verbose, "blind32", "(a33) thirty-third set, written after the thirty-second set's fixes (scored blind first)")
    own_articles(verbose, "blind33", "(a34) thirty-fourth set, written after the thirty-third set's fixes (scored blind first)")
    own_articles(verbose, "blind34", "(a35) thirty-fifth set, written after the thirty-fourth set's fixes (scored blind first)")
    own_articles(verbose, "blind35", "(a36) thirty-sixth set, written after the thirty-fifth set's fixes (scored blind first)")
    own_articles(verbose, "blind36", "(a37) thirty-seventh set, written after the thirty-sixth set's fixes (scored blind first)")
    own_articles(verbose, "blind37", "(a38) thirty-eighth set, written after the thirty-seventh set's fixes (scored blind first)")
    own_articles(verbose, "blind38", "(a39) thirty-ninth set, written after the thirty-eighth set's fixes (scored blind first)")
    own_articles(verbose, "blind39", "(a40) fortieth set, written after the thirty-ninth set's fixes (scored blind first)")
    own_articles(verbose, "blind40", "(a41) forty-first set, written after the fortieth set's fixes (scored blind first)")
    own_articles(verbose, "blind41", "(a42) forty-second set, written after the forty-first set's fixes (scored blind first)")
    own_articles(verbose, "blind42", "(a43) forty-third set, written after the forty-second set's fixes (scored blind first)")
    own_articles(verbose, "blind43", "(a44) forty-fourth set, written after the forty-third set's fixes (scored blind first)")
    own_articles(verbose, "blind44", "(a45) forty-fifth set, written after the forty-fourth set's fixes (scored blind first)")
    own_articles(verbose, "blind45", "(a46) forty-sixth set, written after the forty-fifth set's fixes (scored blind first)")
    own_articles(verbose, "blind46", "(a47) forty-seventh set, written after the forty-sixth set's fixes (scored blind first)")
    own_articles(verbose, "blind47", "(a48) forty-eighth set, written after the forty-seventh set's fixes (scored blind first)")
    own_articles(verbose, "blind48", "(a49) forty-ninth set, written after the forty-eighth set's fixes (scored blind first)")
    own_articles(verbose, "blind49", "(a50) fiftieth set, written after the forty-ninth set's fixes (scored blind first)")
    own_articles(verbose, "blind50", "(a51) fifty-first set, written after the fiftieth set's fixes (scored blind first)")
    own_articles(verbose, "blind51", "(a52) fifty-second set, written after the fifty-first set's fixes (scored blind first)")
    own_articles(verbose, "blind52", "(a53) fifty-third set, written after the fifty-second set's fixes (scored blind first)")
    own_articles(verbose, "blind53", "(a54) fifty-fourth set, written after the fifty-third set's fixes (scored blind first)")
    own_articles(verbose, "blind54", "(a55) fifty-fifth set, written after the fifty-fourth set's fixes (scored blind first)")
    own_articles(verbose, "blind55", "(a56) fifty-sixth set, written after the fifty-fifth set's fixes (scored blind first)")
    own_articles(verbose, "blind56", "(a57) fifty-seventh set, written after the fifty-sixth set's fixes (scored blind first)")
    own_articles(verbose, "blind57", "(a58) fifty-eighth set, written after the fifty-seventh set's fixes (scored blind first)")
    own_articles(verbose, "blind58", "(a59) fifty-ninth set, written after the fifty-eighth set's fixes (scored blind first)")
    own_articles(verbose, "blind59", "(a60) sixtieth set, written after the fifty-ninth set's fixes (scored blind first)")
    own_articles(verbose, "blind60", "(a61) sixty-first set, written after the sixtieth set's fixes (scored blind first)")
    own_articles(verbose, "blind61", "(a62) sixty-second set, written after the sixty-first set's fixes (scored blind first)")
    own_articles(verbose, "blind62", "(a63) sixty-third set, written after the sixty-second set's fixes (scored blind first)")
    own_articles(verbose, "blind63", "(a64) sixty-fourth set, written after the sixty-third set's fixes (scored blind first)")
    own_articles(verbose, "blind64", "(a65) sixty-fifth set, written after the sixty-fourth set's fixes (scored blind first)")
    own_articles(verbose, "blind65", "(a66) sixty-sixth set, written after the sixty-fifth set's fixes (scored blind first)")
    own_articles(verbose, "blind66", "(a67) sixty-seventh set, written after the sixty-sixth set's fixes (scored blind first)")
    own_articles(verbose, "blind67", "(a68) sixty-eighth set, written after the sixty-seventh set's fixes (scored blind first)")
    own_articles(verbose, "blind68", "(a69) sixty-ninth set, written after the sixty-eighth set's fixes (scored blind first)")
    own_articles(verbose, "blind69", "(a70) seventieth set, written after the sixty-ninth set's fixes (scored blind first)")
    own_articles(verbose, "blind70", "(a71) seventy-first set, two long articles in the sample's style (scored blind first)")
    own_articles(verbose, "blind71", "(a72) seventy-second set, two long articles in the sample's style (scored blind first)")
    own_articles(verbose, "blind72", "(a73) seventy-third set, two long articles in the sample's style (scored blind first)")
    own_articles(verbose, "blind73", "(a74) seventy-fourth set, two long articles in the sample's style (scored blind first)")
    own_articles(verbose, "blind74", "(a75) seventy-fifth set, two long articles in the sample's style (scored blind first)")
    own_articles(verbose, "blind75", "(a76) seventy-sixth set, two long articles in the sample's style (scored blind first)")
    own_articles(verbose, "blind76", "(a77) seventy-seventh set, two long articles in the sample's style (scored blind first)")
    own_articles(verbose, "blind77", "(a78) seventy-eighth set, two long articles in the sample's style (scored blind first)")
    own_articles(verbose, "blind78", "(a79) seventy-ninth set, two long articles with decoys (scored blind first)")
    own_articles(verbose, "blind79", "(a80) eightieth set, two long articles (scored blind first)")
    own_articles(verbose, "blind80", "(a81) eighty-first set, two long articles (scored blind first)")
    own_articles(verbose, "blind81", "(a82) eighty-second set, two long articles (scored blind first)")
    own_articles(verbose, "blind82", "(a83) eighty-third set, two long articles (scored blind first)")
    own_articles(verbose, "blind83", "(a84) eighty-fourth set, two long articles (scored blind first)")
    own_articles(verbose, "blind84", "(a85) eighty-fifth set, two long articles (scored blind first)")
    own_articles(verbose, "blind85", "(a86) eighty-sixth set, two long articles (scored blind first)")
    own_articles(verbose, "blind86", "(a87) eighty-seventh set, two long articles (scored blind first)")
    own_articles(verbose, "blind87", "(a88) eighty-eighth set, an explainer and a timeline (scored blind first)")
    own_articles(verbose, "blind88", "(a89) eighty-ninth set, a bulleted briefing and a quote-led feature (scored blind first)")
    own_articles(verbose, "blind89", "(a90) ninetieth set, an anniversary piece (scored blind first)")
    own_articles(verbose, "blind90", "(a91) ninety-first set, two articles with decoys (scored blind first)")
    own_articles(verbose, "blind91", "(a92) ninety-second set, two long articles (scored blind first)")
    own_articles(verbose, "blind92", "(a93) ninety-third set, two long articles (scored blind first)")
    own_articles(verbose, "blind93", "(a94) ninety-fourth set, two long articles (scored blind first)")
    own_articles(verbose, "blind94", "(a95) ninety-fifth set, two long articles (scored blind first)")
    own_articles(verbose, "blind95", "(a96) ninety-sixth set, two long articles (scored blind first)")
    own_articles(verbose, "blind96", "(a97) ninety-seventh set, two long articles (scored blind first)")
    own_articles(verbose, "blind97", "(a98) ninety-eighth set, two long articles (scored blind first)")
    own_articles(verbose, "blind98", "(a99) ninety-ninth set, a long article (scored blind first)")
    own_articles(verbose, "blind99", "(a100) hundredth set, a long article (scored blind first)")
    own_articles(verbose, "blind100", "(a101) hundred-and-first set, a long article (scored blind first)")
    own_articles(verbose, "blind101", "(a102) hundred-and-second set, a long article (scored blind first)")
    own_articles(verbose, "blind102", "(a103) hundred-and-third set, a long article (scored blind first)")
    own_articles(verbose, "blind103", "(a104) hundred-and-fourth set, a long article (scored blind first)")
    own_articles(verbose, "blind104", "(a105) hundred-and-fifth set, a long article (scored blind first)")
    own_articles(verbose, "blind105", "(a106) set 106, six short articles (scored blind first)")
    own_articles(verbose, "blind106", "(a107) set 107, six short articles (scored blind first)")
    own_articles(verbose, "blind107", "(a108) set 108, two long articles (scored blind first)")
    own_articles(verbose, "blind108", "(a109) set 109, six short articles (scored blind first)")
    own_articles(verbose, "blind109", "(a110) set 110, two long articles (scored blind first)")
    own_articles(verbose, "blind110", "(a111) set 111, six short articles (scored blind first)")
    own_articles(verbose, "blind111", "(a112) set 112, two long articles (scored blind first)")
    own_articles(verbose, "blind112", "(a113) set 113, six short articles (scored blind first)")
    own_articles(verbose, "blind113", "(a114) set 114, two long articles (scored blind first)")
    own_articles(verbose, "blind114", "(a115) set 115, six short articles (scored blind first)")
    own_articles(verbose, "blind115", "(a116) set 116, two long articles (scored blind first)")
    own_articles(verbose, "blind116", "(a117) set 117, six short articles (scored blind first)")
    own_articles(verbose, "blind117", "(a118) set 118, two long articles (scored blind first)")
    own_articles(verbose, "blind118", "(a119) set 119, two long articles (scored blind first)")
    own_articles(verbose, "blind119", "(a120) set 120, six short articles (scored blind first)")
    own_articles(verbose, "blind120", "(a121) set 121, a long article (scored blind first)")
    own_articles(verbose, "blind121", "(a122) set 122, two long articles (scored blind first)")
    own_articles(verbose, "blind122", "(a123) set 123, six short articles (scored blind first)")
    own_articles(verbose, "blind123", "(a124) set 124, two long articles (scored blind first)")
    own_articles(verbose, "blind124", "(a125) set 125, six short articles (scored blind first)")
    own_articles(verbose, "blind125", "(a126) set 126, two long articles (scored blind first)")
    own_articles(verbose, "blind126", "(a127) set 127, six short articles (scored blind first)")
    own_articles(verbose, "blind127", "(a128) set 128, two long articles (scored blind first)")
    own_articles(verbose, "blind128", "(a129) set 129, six short articles (scored blind first)")
    own_articles(verbose, "blind129", "(a130) set 130, two long articles (scored blind first)")
    own_articles(verbose, "blind130", "(a131) set 131, six short articles (scored blind first)")
    own_articles(verbose, "blind131", "(a132) set 132, two long articles (scored blind first)")
    own_articles(verbose, "blind132", "(a133) set 133, six short articles (scored blind first)")
    own_articles(verbose, "blind133", "(a134) set 134, two long articles (scored blind first)")
    own_articles(verbose, "blind134", "(a135) set 135, a long article (scored blind first)")
    own_articles(verbose, "blind135", "(a136) set 136, six short articles (scored blind first)")
    own_articles(verbose, "blind136", "(a137) set 137, a long article (scored blind first)")
    own_articles(verbose, "blind137", "(a138) set 138, six short articles (scored blind first)")
    own_articles(verbose, "blind138", "(a139) set 139, a long article (scored blind first)")
    own_articles(verbose, "blind139", "(a140) set 140, six short articles (scored blind first)")
    own_articles(verbose, "blind140", "(a141) set 141, two long articles (scored blind first)")
    own_articles(verbose, "blind141", "(a142) set 142, six short articles (scored blind first)")
    own_articles(verbose, "blind142", "(a143) set 143, two long articles (scored blind first)")
    own_articles(verbose, "blind143", "(a144) set 144, six short articles (scored blind first)")
    own_articles(verbose, "blind144", "(a145) set 145, a long article (scored blind first)")
    own_articles(verbose, "blind145", "(a146) set 146, a long article (scored blind first)")
    own_articles(verbose, "blind146", "(a147) set 147, two long articles (scored blind first)")
    own_articles(verbose, "blind147", "(a148) set 148, six short articles (scored blind first)")
    own_articles(verbose, "blind148", "(a149) set 149, two long articles (scored blind first)")
    own_articles(verbose, "blind149", "(a150) set 150, two long articles (scored blind first)")
    own_articles(verbose, "blind150", "(a151) set 151, six short articles (scored blind first)")
    own_articles(verbose, "blind151", "(a152) set 152, two long articles (scored blind first)")
    own_articles(verbose, "blind152", "(a153) set 153, six short articles (scored blind first)")
    own_articles(verbose, "blind153", "(a154) set 154, a long article (scored blind first)")
    own_articles(verbose, "blind154", "(a155) set 155, two long articles (scored blind first)")
    own_articles(verbose, "blind155", "(a156) set 156, six short articles (scored blind first)")
    sample_article(verbose)
    timebank(verbose, ("DATE", "TIME"))
    if "--all-types" in sys.argv:
        timebank(False, ("DATE", "TIME", "DURATION", "SET"))
    speed()


if __name__ == "__main__":
    main()
