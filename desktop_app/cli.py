"""Headless commands: ``python -m desktop_app brief FILE... [-o OUT] [--json] ...``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Sequence

from . import APP_NAME, __version__
from .core.errors import BriefError, InputError, OutputError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other bad input
        sys.stderr.write(f"error: {message}\n")
        raise SystemExit(2)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _ratio(text: str) -> float:
    try:
        v = float(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if text.endswith("%") or v > 1:
        v = v / 100.0
    if not 0 < v <= 1:
        raise argparse.ArgumentTypeError("the ratio must be between 0 and 1 (or 1% and 100%)")
    return v


def _count(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if v < 0:
        raise argparse.ArgumentTypeError("the number of sentences cannot be negative")
    return v


def build_parser() -> argparse.ArgumentParser:
    from .core.summarize import ALGORITHMS, DEFAULT_ALGORITHM

    p = _Parser(prog="python -m desktop_app", description=f"{APP_NAME}: summaries, key facts and PDF briefs of news articles.")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    b = sub.add_parser("brief", help="summarise articles and write PDF briefs or JSON (no window)")
    b.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .md, .html, .docx, .pdf, .eml, .rtf)")
    b.add_argument("-o", "--output", metavar="OUT", help="PDF file to write; with several files, a folder")
    b.add_argument("--json", action="store_true", help="print the brief as JSON (one object a line)")
    g = b.add_mutually_exclusive_group()
    g.add_argument("--sentences", type=_count, metavar="N", help="summary length in sentences (default 5)")
    g.add_argument("--ratio", type=_ratio, metavar="R", help="summary length as a share of the article (0.2 or 20%%)")
    b.add_argument("--algorithm", default=DEFAULT_ALGORITHM, metavar="NAME",
                   help="one of: " + ", ".join(ALGORITHMS) + f" (default {DEFAULT_ALGORITHM})")
    b.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="reference date for 'last Friday' and the like")
    b.add_argument("--banner", default="", help="handling banner printed at the top and bottom of the PDF")
    b.add_argument("--jobs", type=int, default=0, metavar="N", help="worker processes for many files (default: all cores)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def _pdf_target(output: str, src: str, many: bool) -> Path:
    out = Path(output)
    if many or out.is_dir():
        return out / (Path(src).stem + ".pdf")
    return out


def _process_one(args: tuple[str, dict]) -> tuple[str, dict | None, str | None, str | None]:
    """Run the pipeline on one file; return (path, json, pdf_written, error). Runs in a worker process too."""
    path, opts = args
    from .core.brief import build_brief
    from .core.loader import load_file
    from .core.pdf import write_pdf

    try:
        loaded = load_file(path)
        brief = build_brief(loaded, opts["algorithm"], opts["sentences"], opts["ratio"], opts["date"])
        brief.banner = opts["banner"]
        written = None
        if opts["pdf"]:
            written = write_pdf(brief, opts["pdf"])
        return path, (brief.to_json() if opts["json"] else None), written, None
    except BriefError as exc:
        return path, None, None, str(exc)
    except MemoryError:
        return path, None, None, f"{path}: not enough memory to process this file"


def _text_report(data: dict) -> str:
    lines = [data["title"], ""]
    lines += [f"- {s['text']}" for s in data["summary"]]
    return "\n".join(lines)


def run_brief(ns: argparse.Namespace) -> int:
    from .core.summarize import normalize_algorithm

    try:
        algorithm = normalize_algorithm(ns.algorithm)
    except InputError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    files = list(ns.files)
    many = len(files) > 1
    if ns.output:
        out = Path(ns.output)
        if many:
            if out.exists() and not out.is_dir():
                sys.stderr.write(f"error: {out}: with several files, -o must be a folder\n")
                return 2
            try:
                out.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                sys.stderr.write(f"error: cannot create the folder {out}: {exc.strerror or exc}\n")
                return 2
        else:
            parent = out.parent if str(out.parent) else Path(".")
            if not out.is_dir() and not parent.is_dir():
                sys.stderr.write(f"error: {parent}: the output folder does not exist\n")
                return 2
    want_json = ns.json
    jobs = []
    for f in files:
        opts = {
            "algorithm": algorithm, "sentences": ns.sentences, "ratio": ns.ratio, "date": ns.date,
            "banner": ns.banner, "json": want_json or not ns.output,
            "pdf": str(_pdf_target(ns.output, f, many)) if ns.output else None,
        }
        jobs.append((f, opts))
    failures = 0
    for path, data, _written, err in _map(jobs, ns):
        if err:
            failures += 1
            msg = err if err.startswith(path) else f"{path}: {err}"
            sys.stderr.write(f"error: {msg}\n")
            continue
        if want_json and data is not None:
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif not ns.output and data is not None:
            sys.stdout.write(_text_report(data) + "\n\n")
        sys.stdout.flush()
    return 2 if failures else 0


def _map(jobs: list, ns: argparse.Namespace):
    """Results in input order; many files go through a process pool with a progress bar on stderr."""
    workers = ns.jobs or (os.cpu_count() or 1)
    show = not ns.quiet and len(jobs) > 1 and sys.stderr.isatty()
    if len(jobs) < 4 or workers <= 1:
        for i, job in enumerate(jobs, 1):
            yield _process_one(job)
            if show:
                _progress(i, len(jobs))
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        for i, res in enumerate(pool.map(_process_one, jobs, chunksize=max(1, len(jobs) // (workers * 8))), 1):
            yield res
            if show:
                _progress(i, len(jobs))
    if show:
        sys.stderr.write("\n")


def _progress(done: int, total: int) -> None:
    width = 30
    filled = int(width * done / total)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    sys.stderr.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the headless commands."""
    parser = build_parser()
    ns = parser.parse_args(argv)
    if ns.command == "brief":
        try:
            return run_brief(ns)
        except KeyboardInterrupt:
            sys.stderr.write("error: interrupted\n")
            return 130
        except OutputError as exc:
            sys.stderr.write(f"error: {exc}\n")
            return 2
    parser.print_help()
    return 0
