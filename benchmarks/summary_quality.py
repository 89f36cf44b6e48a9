"""ROUGE of every summariser on the BBC set and on our own articles with hand-written highlights.

    .venv/bin/python benchmarks/summary_quality.py [--limit N] [--jobs N] [--algorithms a,b]

Reports ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (rouge-score, stemming on) at the reference's own length and at
3 sentences, for Lead-k, every stock sumy algorithm, our default (news) and a greedy ROUGE-2 oracle.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from _data import ROOT, bbc_documents

from desktop_app.core.clean import clean_article
from desktop_app.core.sentences import split_paragraph, split_sentences
from desktop_app.core.summarize import ALGORITHMS, rank

STOCK = [a for a in ALGORITHMS if a != "news"]
_scorer = None


def scorer():
    global _scorer
    if _scorer is None:
        from rouge_score import rouge_scorer

        _scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    return _scorer


def score(pred: list[str], ref: list[str]) -> tuple[float, float, float]:
    s = scorer().score("\n".join(ref), "\n".join(pred))
    return s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure


def oracle(sents: list[str], ref: list[str], k: int) -> list[int]:
    """Greedy ROUGE-2 oracle: add the sentence that raises bigram F1 most (rouge-score's tokens and stems)."""
    from collections import Counter

    tok = scorer()._tokenizer
    toks = [tok.tokenize(s) for s in sents]
    rt = [t for r in ref for t in tok.tokenize(r)]
    ref_bg = Counter(zip(rt, rt[1:]))
    total_ref = sum(ref_bg.values())

    def f1(idx: list[int]) -> float:
        t = [w for i in sorted(idx) for w in toks[i]]
        bg = Counter(zip(t, t[1:]))
        ov = sum((bg & ref_bg).values())
        if not ov:
            return 0.0
        p, r = ov / sum(bg.values()), ov / total_ref
        return 2 * p * r / (p + r)

    chosen: list[int] = []
    best = 0.0
    for _ in range(k):
        cand = None
        for i in range(len(sents)):
            if i in chosen:
                continue
            v = f1(chosen + [i])
            if v > best:
                best, cand = v, i
        if cand is None:
            break
        chosen.append(cand)
    return sorted(chosen)


def evaluate(args: tuple[str, str, list[str], list[str]]) -> dict[str, dict[str, tuple[float, float, float]]]:
    title, text, ref, algorithms = args
    art = clean_article(title + "\n\n" + text)
    sents = split_sentences(art.paragraphs)
    texts = [s.text for s in sents]
    k_ref = max(1, len(ref))
    out: dict[str, dict[str, tuple[float, float, float]]] = {}
    for label, k in (("ref", k_ref), ("3", 3)):
        res = {"lead": score(texts[:k], ref)}
        for alg in algorithms:
            r = rank(sents, alg, art.title)
            res[alg] = score([texts[i] for i in r.select(k)], ref)
        res["oracle"] = score([texts[i] for i in oracle(texts, ref, k)], ref)
        out[label] = res
    return out


def ref_sentences(reference: str) -> list[str]:
    return [reference[s:e] for s, e in split_paragraph(reference)]


def own_set(folder: str = "articles") -> list[tuple[str, str, list[str]]]:
    """Our articles with highlights we wrote (tests/<folder>/*.txt with a 'highlights' block)."""
    import json

    items = []
    for p in sorted((ROOT / "tests" / folder).glob("*.json")):
        meta = json.loads(p.read_text(encoding="utf-8"))
        if not meta.get("highlights"):
            continue
        text = p.with_suffix(".txt").read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        items.append((title.strip(), body, meta["highlights"]))
    return items


def report(name: str, results: list, algorithms: list[str]) -> None:
    methods = ["lead"] + algorithms + ["oracle"]
    for label in ("ref", "3"):
        print(f"\n{name}: length = {'reference length' if label == 'ref' else '3 sentences'} (n={len(results)})")
        print(f"{'method':<12}{'R-1':>8}{'R-2':>8}{'R-Lsum':>8}")
        for m in methods:
            vals = [r[label][m] for r in results]
            r1, r2, rl = (100 * statistics.mean(v[i] for v in vals) for i in range(3))
            print(f"{m:<12}{r1:8.1f}{r2:8.1f}{rl:8.1f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="first N BBC documents only")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--algorithms", default=",".join(["news"] + STOCK))
    ap.add_argument("--skip-bbc", action="store_true")
    ns = ap.parse_args()
    algorithms = ns.algorithms.split(",")
    t0 = time.time()
    folders = [("articles", "Own articles with hand-written highlights (used to choose the weights)"),
               ("heldout", "Own second set with highlights (also used to choose the weights)")]
    blind = sorted((p.name for p in (ROOT / "tests").glob("blind*") if p.is_dir()), key=lambda n: int(n[5:]))
    folders += [(b, f"Own set tests/{b} with highlights, written after the weights were chosen") for b in blind]
    pooled: list = []
    for folder, name in folders:
        own = own_set(folder)
        if own:
            res = [evaluate((t, b, h, algorithms)) for t, b, h in own]
            report(name, res, algorithms)
            if folder.startswith("blind"):
                pooled += res
    if pooled:
        report(f"All {len(pooled)} own articles written after the weights were chosen (pooled)", pooled, algorithms)
    if not ns.skip_bbc:
        docs = bbc_documents()
        if ns.limit:
            docs = docs[: ns.limit]
        jobs = [(d["title"], d["text"], ref_sentences(d["reference"]), algorithms) for d in docs]
        with ProcessPoolExecutor(ns.jobs) as pool:
            res = list(pool.map(evaluate, jobs, chunksize=8))
        report("BBC News Summary (unique documents)", res, algorithms)
    print(f"\n({time.time() - t0:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
