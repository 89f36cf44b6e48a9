"""Shared helpers for benchmarks: where the evaluation data lives (never copied into the repo)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))


def need(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"skipped: {path} not found (the evaluation data lives in ../shared/eval beside the checkout)")
    return path


def bbc_documents() -> list[dict]:
    """The 2,125 unique BBC articles (the second id of each duplicate pair dropped)."""
    dup = set()
    for line in need(SHARED / "bbc_duplicate_groups.txt").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            dup.update(parts[1:])
    docs = []
    with open(need(SHARED / "bbc_news_summary.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] not in dup:
                docs.append(d)
    return docs


def timebank_documents() -> list[dict]:
    with open(need(SHARED / "timebank_aquaint.jsonl"), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]
