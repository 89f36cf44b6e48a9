"""Do our vectorised LexRank, TextRank and Reduction pick the same sentences as stock sumy?

    .venv/bin/python benchmarks/agreement.py [--limit N]

On the unique BBC articles, for summary lengths 3, 5 and a third of the article, counts the documents where
the selections are identical, and lists the others with the largest rating difference (ties broken by
floating-point noise show differences near 1e-16).
"""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor

from _data import bbc_documents

from desktop_app.core import fast
from desktop_app.core.clean import clean_article
from desktop_app.core.sentences import split_sentences
from desktop_app.core.summarize import _order_from_scores, stock_scores

FAST = {"lexrank": fast.lexrank_scores, "textrank": fast.textrank_scores, "reduction": fast.reduction_scores}


def check(doc: dict) -> dict[str, tuple[bool, float]]:
    a = clean_article(doc["title"] + "\n\n" + doc["text"])
    s = split_sentences(a.paragraphs)
    out = {}
    for name, fn in FAST.items():
        st, mine = stock_scores(name, s, a.title), fn(s)
        same = all(sorted(_order_from_scores(st)[:k]) == sorted(_order_from_scores(mine)[:k])
                   for k in (3, 5, max(1, len(s) // 3)))
        out[name] = (same, max((abs(x - y) for x, y in zip(st, mine)), default=0.0))
    return out


def main() -> None:
    docs = bbc_documents()
    if "--limit" in sys.argv:
        docs = docs[: int(sys.argv[sys.argv.index("--limit") + 1])]
    with ProcessPoolExecutor() as pool:
        results = list(pool.map(check, docs, chunksize=16))
    for name in FAST:
        same = sum(r[name][0] for r in results)
        diffs = sorted(((r[name][1], d["id"]) for r, d in zip(results, docs) if not r[name][0]), reverse=True)
        print(f"{name:<10} identical selections on {same}/{len(docs)} documents ({100 * same / len(docs):.2f}%)"
              + (f"; differing: {', '.join(f'{i} (max rating diff {v:.1e})' for v, i in diffs[:5])}" if diffs else ""))


if __name__ == "__main__":
    main()
