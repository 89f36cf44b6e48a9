"""Do our fast implementations pick the same sentences as stock sumy's algorithm of the same name?

    .venv/bin/python benchmarks/agreement.py [--limit N] [--only NAME,NAME]

On the unique BBC articles, for summary lengths 3, 5 and a third of the article, counts the documents where
the selections are identical, and lists the others with the largest rating difference (ties broken by
floating-point noise show differences near 1e-16).
"""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor

from _data import bbc_documents

from desktop_app.core.clean import clean_article
from desktop_app.core.sentences import split_sentences
from desktop_app.core.summarize import ALGORITHMS, _order_from_scores, fast_scores, stock_scores

FAST = [a for a in ALGORITHMS if a != "news"]
if "--only" in sys.argv:
    FAST = sys.argv[sys.argv.index("--only") + 1].split(",")


def check(doc: dict) -> dict[str, tuple[bool, bool, float]]:
    a = clean_article(doc["title"] + "\n\n" + doc["text"])
    s = split_sentences(a.paragraphs)
    out = {}
    for name in FAST:
        st, mine = stock_scores(name, s, a.title), fast_scores(name, s, a.title)
        scale = max((abs(x) for x in st), default=1.0) or 1.0
        same = equal = True
        for k in (3, 5, max(1, len(s) // 3)):
            ours, theirs = _order_from_scores(mine)[:k], _order_from_scores(st)[:k]
            same &= sorted(ours) == sorted(theirs)
            # Equal up to exact ties: the picks differ only between sentences stock sumy rates the same.
            equal &= sorted(round(st[i] / scale, 9) for i in ours) == sorted(round(st[i] / scale, 9) for i in theirs)
        out[name] = (same, equal, max((abs(x - y) for x, y in zip(st, mine)), default=0.0))
    return out


def main() -> None:
    docs = bbc_documents()
    if "--limit" in sys.argv:
        docs = docs[: int(sys.argv[sys.argv.index("--limit") + 1])]
    with ProcessPoolExecutor() as pool:
        results = list(pool.map(check, docs, chunksize=16))
    for name in FAST:
        same = sum(r[name][0] for r in results)
        equal = sum(r[name][1] for r in results)
        diffs = sorted(((r[name][2], d["id"]) for r, d in zip(results, docs) if not r[name][0]), reverse=True)
        print(f"{name:<10} identical selections on {same}/{len(docs)} documents ({100 * same / len(docs):.2f}%), "
              f"identical up to exact ties on {equal} ({100 * equal / len(docs):.2f}%)"
              + (f"; differing: {', '.join(f'{i} (max rating diff {v:.1e})' for v, i in diffs[:3])}" if diffs else ""))

if __name__ == "__main__":
    main()
