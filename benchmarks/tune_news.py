"""How the News ranker's weights were chosen: a small grid, scored with ROUGE-2 on two kinds of reference.

    .venv/bin/python benchmarks/tune_news.py [--bbc N]

Scores every weight setting on (a) N BBC articles (every fifth of the unique set, so the rest stay unseen
by the choice) at the reference's length and at 3 sentences, and (b) our articles with hand-written
highlights at 3 sentences, beside Lead-k and Reduction/TextRank on the same documents. Prints the settings
that beat Reduction and TextRank on the BBC subset at both lengths, best first by their margin over Lead-3
on the highlights. ROUGE-2 here is rouge-score's (its tokenizer and Porter stemmer) computed directly
from bigram counts, so thousands of settings take minutes; benchmarks/summary_quality.py reports the
chosen setting with rouge-score itself on the full sets.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from _data import ROOT, bbc_documents

from desktop_app.core import fast
from desktop_app.core.clean import clean_article
from desktop_app.core.news_rank import DUPLICATE, cosine_rows, news_features, news_scores
from desktop_app.core.sentences import split_sentences
from summary_quality import ref_sentences, scorer

GRID = {
    "w_red": [0.5, 1.0, 1.5, 2.0],
    "w_tr": [0.0, 0.5, 1.0],
    "w_lead": [0.0, 0.25, 0.5, 1.0],
    "lead_scale": [1.0, 3.0, 8.0],
    "w_first": [0.0, 0.5, 1.0, 2.0],
    "w_length": [0.0, 0.3, 0.6],
    "w_fact": [0.0, 0.3, 0.6],
}


def prepare(args: tuple[str, str, list[str]]) -> dict | None:
    title, body, ref = args
    art = clean_article(title + "\n\n" + body)
    sents = split_sentences(art.paragraphs)
    if len(sents) < 4:
        return None
    tok = scorer()._tokenizer
    toks = [tok.tokenize(s.text) for s in sents]
    rt = [t for r in ref for t in tok.tokenize(r)]
    feat = news_features(sents, art.title)
    sim = cosine_rows(feat["ids"], feat["vocab"])
    return {"toks": toks, "ref": Counter(zip(rt, rt[1:])), "k_ref": max(1, len(ref)), "feat": feat,
            "dup": (sim @ sim.T) > DUPLICATE, "red": fast.reduction_scores(sents), "tr": fast.textrank_scores(sents)}


def rouge2(doc: dict, picks: list[int]) -> float:
    t = [w for i in sorted(picks) for w in doc["toks"][i]]
    bg = Counter(zip(t, t[1:]))
    ov = sum((bg & doc["ref"]).values())
    if not ov:
        return 0.0
    p, r = ov / sum(bg.values()), ov / sum(doc["ref"].values())
    return 2 * p * r / (p + r)


def top(doc: dict, scores: np.ndarray, k: int, dedup: bool) -> list[int]:
    order = [int(i) for i in np.argsort(-scores, kind="stable")]
    if not dedup:
        return order[:k]
    picked: list[int] = []
    late: list[int] = []
    for i in order:
        (late if any(doc["dup"][i, j] for j in picked) else picked).append(i)
    return (picked + late)[:k]


def evaluate(docs: list[dict], params: dict, lengths: tuple[str, ...]) -> dict[str, float]:
    out = {}
    for length in lengths:
        vals = []
        for d in docs:
            k = d["k_ref"] if length == "ref" else 3
            vals.append(rouge2(d, top(d, news_scores(d["feat"], **params), k, True)))
        out[length] = 100 * float(np.mean(vals))
    return out


def baselines(docs: list[dict], lengths: tuple[str, ...]) -> dict[str, dict[str, float]]:
    res: dict[str, dict[str, float]] = {}
    for name in ("lead", "red", "tr"):
        res[name] = {}
        for length in lengths:
            vals = []
            for d in docs:
                k = d["k_ref"] if length == "ref" else 3
                picks = list(range(k)) if name == "lead" else top(d, np.array(d[name]), k, False)
                vals.append(rouge2(d, picks))
            res[name][length] = 100 * float(np.mean(vals))
    return res


def own_articles() -> list[tuple[str, str, list[str]]]:
    items = []
    for folder in ("articles", "heldout"):
        for p in sorted((ROOT / "tests" / folder).glob("*.json")):
            meta = json.loads(p.read_text(encoding="utf-8"))
            if meta.get("highlights"):
                title, _, body = p.with_suffix(".txt").read_text(encoding="utf-8").partition("\n")
                items.append((title.strip(), body, meta["highlights"]))
    return items


def main() -> None:
    n_bbc = int(sys.argv[sys.argv.index("--bbc") + 1]) if "--bbc" in sys.argv else 400
    bbc = [(d["title"], d["text"], ref_sentences(d["reference"])) for d in bbc_documents()[::5][:n_bbc]]
    with ProcessPoolExecutor() as pool:
        bbc_docs = [d for d in pool.map(prepare, bbc, chunksize=16) if d]
    own_docs = [d for d in map(prepare, own_articles()) if d]
    b_bbc, b_own = baselines(bbc_docs, ("ref", "3")), baselines(own_docs, ("3",))
    print(f"BBC subset n={len(bbc_docs)}: " + ", ".join(f"{k} {v['ref']:.1f}/{v['3']:.1f}" for k, v in b_bbc.items()))
    print(f"own highlights n={len(own_docs)}: " + ", ".join(f"{k} {v['3']:.1f}" for k, v in b_own.items()))
    keys = list(GRID)
    rows = []
    for values in itertools.product(*GRID.values()):
        params = dict(zip(keys, values))
        if params["w_lead"] == 0 and params["lead_scale"] != GRID["lead_scale"][0]:
            continue
        own = evaluate(own_docs, params, ("3",))["3"]
        if own < 0.95 * b_own["lead"]["3"]:
            continue
        bbc_s = evaluate(bbc_docs, params, ("ref", "3"))
        need_ref = max(b_bbc["red"]["ref"], b_bbc["tr"]["ref"])
        need_3 = max(b_bbc["red"]["3"], b_bbc["tr"]["3"])
        rows.append((min(bbc_s["ref"] - need_ref, bbc_s["3"] - need_3), own - b_own["lead"]["3"], bbc_s, own, params))
    good = sorted((r for r in rows if r[0] > 0), key=lambda r: (-r[1], -r[0]))
    print(f"{len(rows)} settings within 5% of Lead-3 on the highlights; {len(good)} of them also beat Reduction "
          f"and TextRank on the BBC subset at both lengths")
    for margin, own_margin, bbc_s, own, params in (good or sorted(rows, key=lambda r: -r[0]))[:15]:
        print(f"BBC {bbc_s['ref']:.1f}/{bbc_s['3']:.1f} (margin {margin:+.1f})  highlights {own:.1f} "
              f"({own_margin:+.1f} vs Lead-3)  {params}")


if __name__ == "__main__":
    main()
