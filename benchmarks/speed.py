"""Speed and memory figures (medians of several runs on this machine). Not part of the test suite.

    .venv/bin/python benchmarks/speed.py [--quick]

1. summary time at 1k, 10k and 100k words for every algorithm, ours beside stock sumy (stock capped);
2. cold start to window shown, beside a bare PySide6 window (the floor), from source and from the bundle;
3. drop-to-brief latency for the sample article; 4. PDF export time; 5. peak memory and the longest
UI stall with a 100k-word document open; 6. batch throughput of `brief`; 7. `brief` on 100k words.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from _data import ROOT, bbc_documents

PY = sys.executable
SAMPLE = ROOT / "seeds" / "mali-french-troops-2013.txt"
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
QUICK = "--quick" in sys.argv
RUNS = 3 if QUICK else 5


def corpus(n_words: int) -> str:
    """Distinct real sentences: BBC articles concatenated up to n_words."""
    out, total = [], 0
    for d in bbc_documents():
        out.append(d["text"])
        total += len(d["text"].split())
        if total >= n_words:
            break
    return "Benchmark document\n\n" + "\n\n".join(out)


def median_time(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


STOCK_SNIPPET = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from desktop_app.core.clean import clean_article
    from desktop_app.core.sentences import split_sentences
    from desktop_app.core.summarize import stock_scores
    text = open(sys.argv[1], encoding="utf-8").read()
    a = clean_article(text); s = split_sentences(a.paragraphs)
    stock_scores("reduction", s[:5], a.title)  # imports
    t = time.perf_counter(); stock_scores(sys.argv[2], s, a.title); print(time.perf_counter() - t)
""")


def summary_times() -> None:
    from desktop_app.core.clean import clean_article
    from desktop_app.core.sentences import split_sentences
    from desktop_app.core.summarize import ALGORITHMS, LIMITS, rank

    print("\n1. Summary time (s, median) — ours vs stock sumy on the same sentences")
    sizes = (1000, 10000, 20000, 100000) if not QUICK else (1000, 10000)
    cap = 60 if not QUICK else 30
    print(f"{'algorithm':<11}" + "".join(f"{f'{n // 1000}k ours':>10}{f'{n // 1000}k stock':>11}" for n in sizes))
    docs = {}
    for n in sizes:
        text = corpus(n)
        a = clean_article(text)
        docs[n] = (text, a, split_sentences(a.paragraphs))
    rank(docs[sizes[0]][2][:20], "news")  # imports
    for alg in ALGORITHMS:
        row = f"{alg:<11}"
        stock_slow = False
        for n in sizes:
            text, a, sents = docs[n]
            if len(sents) > LIMITS.get(alg, 10**9):
                ours = "capped"
            else:
                ours = f"{median_time(lambda: rank(sents, alg, a.title), 3 if n >= 100000 else RUNS):.3f}"
            stock = "-"
            if alg != "news" and stock_slow:
                stock = "skipped"  # quadratic or worse: minutes at this size
            elif alg != "news":
                with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
                    fh.write(text)
                try:
                    r = subprocess.run([PY, "-c", STOCK_SNIPPET.format(root=str(ROOT)), fh.name, alg],
                                       capture_output=True, text=True, timeout=cap)
                    stock = f"{float(r.stdout.strip()):.3f}" if r.returncode == 0 else "error"
                    stock_slow = r.returncode == 0 and float(r.stdout.strip()) > 5
                except subprocess.TimeoutExpired:
                    stock = f">{cap}"
                    stock_slow = True
                finally:
                    os.unlink(fh.name)
            row += f"{ours:>10}{stock:>11}"
        print(row, flush=True)
    print(f"({', '.join(f'{n // 1000}k words = {len(docs[n][2])} sentences' for n in sizes)}; "
          f"stock runs stopped after {cap} s)")


BARE = "from PySide6.QtWidgets import QApplication, QWidget\n" \
       "app=QApplication([]); w=QWidget(); w.show(); app.processEvents()\n" \
       "print('window shown', flush=True)\n" \
       "from PySide6.QtCore import QTimer\nQTimer.singleShot(0, app.quit); app.exec()\n"


def launch(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=ENV, capture_output=True, timeout=60, check=True)
    return time.perf_counter() - t0


def until_shown(cmd: list[str]) -> tuple[float, float]:
    """Seconds from process launch to the 'window shown' line on its stdout, and to the process's exit."""
    t0 = time.perf_counter()
    with subprocess.Popen(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as p:
        assert p.stdout is not None
        for line in p.stdout:
            if line.startswith("window shown"):
                shown = time.perf_counter() - t0
                break
        else:
            raise RuntimeError(f"{cmd} never showed its window")
        p.wait(timeout=60)
    return shown, time.perf_counter() - t0


def cold_start() -> None:
    print("\n2. Cold start: process launch to window shown on screen (s, median; the process exit after it)")
    # An installed app has its bytecode (pip and PyInstaller compile it); a checkout run with
    # PYTHONDONTWRITEBYTECODE=1 (as on this machine) would otherwise recompile every module at each launch.
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "desktop_app")], check=True, capture_output=True)
    runs = max(RUNS, 9)  # launches vary by tens of ms: more of them than the other figures
    floor = [until_shown([PY, "-c", BARE]) for _ in range(runs)]
    ours = [until_shown([PY, "-m", "desktop_app", "--quit-when-shown"]) for _ in range(runs)]
    f, o = statistics.median(x[0] for x in floor), statistics.median(x[0] for x in ours)
    print(f"   bare PySide6 window (floor) {f:.3f} (exit {statistics.median(x[1] for x in floor):.3f})   "
          f"NewsBrief from source {o:.3f} (exit {statistics.median(x[1] for x in ours):.3f})   ratio {o / f:.2f}x")
    bundle = ROOT / "dist" / "newsbrief" / "newsbrief"
    if bundle.exists():
        b = [until_shown([str(bundle), "--quit-when-shown"]) for _ in range(runs)]
        print(f"   NewsBrief bundle (dist/newsbrief) {statistics.median(x[0] for x in b):.3f}")


GUI_PROBE = textwrap.dedent("""
    import sys, time, resource
    sys.path.insert(0, {root!r})
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QTimer, QElapsedTimer
    app = QApplication([])
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings
    from PySide6.QtCore import QSettings
    import tempfile, os
    from desktop_app.ui.jobs import GuiThreadGarbageCollector
    w = MainWindow(Settings(QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)))
    collector = GuiThreadGarbageCollector(app)  # as the app runs it
    w.show()
    paths = sys.argv[1:]
    results = []
    gaps = [0.0]
    clock = QElapsedTimer(); clock.start()
    last = [clock.elapsed()]
    def tick():
        now = clock.elapsed(); gaps.append(now - last[0] - 10); last[0] = now
    probe = QTimer(); probe.timeout.connect(tick); probe.start(10)
    t0 = [0.0]
    def start():
        if not paths:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(json_dumps(dict(latencies=results, max_stall_ms=max(gaps[5:] or [0]), peak_mb=rss)))
            app.quit(); return
        t0[0] = time.perf_counter(); gaps.clear(); gaps.append(0.0)
        w.open_paths([paths.pop(0)])
    def shown(brief):
        app.processEvents()
        results.append(time.perf_counter() - t0[0])
        QTimer.singleShot(50, start)
    from json import dumps as json_dumps
    w.brief_shown.connect(shown)
    QTimer.singleShot(300, start)
    QTimer.singleShot(120000, app.quit)
    app.exec()
""")


def gui_probe(paths: list[str]) -> dict:
    r = subprocess.run([PY, "-c", GUI_PROBE.format(root=str(ROOT)), *paths], env=ENV, capture_output=True,
                       text=True, timeout=300)
    return json.loads(r.stdout.strip().splitlines()[-1])


def drop_latency() -> None:
    res = gui_probe([str(SAMPLE)] * (RUNS + 1))
    lat = res["latencies"]
    print(f"\n3. Drop-to-brief latency, sample article: first {lat[0] * 1000:.0f} ms (cold imports), "
          f"then median {statistics.median(lat[1:]) * 1000:.0f} ms")


def pdf_time() -> None:
    from datetime import date

    from desktop_app.core.brief import build_brief
    from desktop_app.core.loader import load_file
    from desktop_app.core.pdf import render_pdf_bytes

    b = build_brief(load_file(SAMPLE), reference_date=date(2013, 1, 17))
    render_pdf_bytes(b)
    t = median_time(lambda: render_pdf_bytes(b), 20)
    print(f"\n4. PDF export of the sample brief: median {t * 1000:.0f} ms")


def memory_and_stall(big: Path) -> None:
    res = gui_probe([str(big)])
    print(f"\n5. 100k-word document in the window: brief on screen after {res['latencies'][0]:.2f} s, "
          f"peak memory {res['peak_mb']:.0f} MB, longest UI stall {res['max_stall_ms']:.0f} ms (timer probe)")


def batch(tmp: Path) -> None:
    docs = bbc_documents()[:200 if not QUICK else 60]
    folder = tmp / "batch"
    folder.mkdir()
    for d in docs:
        (folder / f"{d['id']}.txt").write_text(d["title"] + "\n\n" + d["text"], encoding="utf-8")
    files = sorted(str(p) for p in folder.iterdir())
    out = tmp / "out"
    t0 = time.perf_counter()
    subprocess.run([PY, "-m", "desktop_app", "brief", *files, "-o", str(out), "--quiet"], env=ENV, check=True,
                   capture_output=True, timeout=600)
    dt = time.perf_counter() - t0
    t0 = time.perf_counter()
    subprocess.run([PY, "-m", "desktop_app", "brief", *files, "--json", "--jobs", "1", "--quiet"], env=ENV,
                   check=True, capture_output=True, timeout=600)
    dt1 = time.perf_counter() - t0
    print(f"\n6. Batch: {len(files)} articles to PDF in {dt:.1f} s = {len(files) / dt:.1f} articles/s "
          f"(all {os.cpu_count()} cores); JSON only, one process: {len(files) / dt1:.1f} articles/s")


def brief_100k(big: Path) -> None:
    t = statistics.median(launch([PY, "-m", "desktop_app", "brief", str(big), "--json"]) for _ in range(3))
    print(f"\n7. `brief --json` on 100k words, including start-up: median {t:.2f} s")


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        big = tmp / "big.txt"
        big.write_text(corpus(100000), encoding="utf-8")
        print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
        summary_times()
        cold_start()
        drop_latency()
        pdf_time()
        memory_and_stall(big)
        batch(tmp)
        brief_100k(big)


if __name__ == "__main__":
    main()
