from __future__ import annotations

import json
import os
import sys
import textwrap

import pytest
from pypdf import PdfReader

from conftest import ROOT, SAMPLE, run_cli


def test_brief_on_sample_pdf_and_json(tmp_path):
    out = tmp_path / "brief.pdf"
    r = run_cli("brief", str(SAMPLE), "-o", str(out), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert len(PdfReader(str(out)).pages) == 1
    first_line = SAMPLE.read_text(encoding="utf-8").splitlines()[0].strip()
    assert data["title"] == first_line
    summary = " ".join(s["text"] for s in data["summary"])
    assert first_line not in summary
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if "sign" in line.lower() or "inbox" in line.lower() or "delivered every morning" in line:
            assert line.strip() not in summary
    troops = {f["value"] for f in data["facts"] if f["kind"] == "troops"}
    assert {100, 1400} <= troops
    assert data["source"]["sha256"] and data["source"]["path"].endswith(SAMPLE.name)
    assert len(data["summary"]) == 5
    for s in data["summary"]:
        assert set(s) == {"text", "index", "score"}
    for f in data["facts"]:
        assert {"kind", "text", "sentence"} <= set(f)
        assert f["text"] in f["sentence"]
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    for s in data["summary"]:
        assert " ".join(s["text"].split())[:50] in text


def test_date_option_resolves_and_default_never_uses_today(tmp_path):
    r = run_cli("brief", str(SAMPLE), "--json")
    data = json.loads(r.stdout)
    assert data["reference_date"] is None
    assert all(f["value"] is None for f in data["facts"] if f["kind"] == "date" and f["text"] == "last Friday")
    r = run_cli("brief", str(SAMPLE), "--json", "--date", "2013-01-17")
    data = json.loads(r.stdout)
    vals = {f["text"]: f["value"] for f in data["facts"] if f["kind"] == "date"}
    assert vals["last Friday"] == "2013-01-11"
    assert vals["late Wednesday"] == "2013-01-16"


def test_article_date_used_when_present(tmp_path):
    p = tmp_path / "dated.txt"
    p.write_text("Ceasefire talks open\n\nPublished: March 4, 2014\n\nDelegates met last Friday in Geneva. "
                 "About 300 peacekeepers will arrive next week.\n", encoding="utf-8")
    data = json.loads(run_cli("brief", str(p), "--json").stdout)
    assert data["reference_date"] == "2014-03-04"
    vals = {f["text"]: f["value"] for f in data["facts"] if f["kind"] == "date"}
    assert vals["last Friday"] == "2014-02-28"


def test_several_files_batch(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Alpha\n\nAbout 200 soldiers moved 30 km. They rested.", encoding="utf-8")
    b.write_text("Beta\n\nRebels fled 40 miles north. Officials confirmed it.", encoding="utf-8")
    out = tmp_path / "out"
    r = run_cli("brief", str(a), str(b), "-o", str(out), "--json", "--sentences", "1")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert [json.loads(x)["title"] for x in lines] == ["Alpha", "Beta"]
    assert sorted(p.name for p in out.iterdir()) == ["a.pdf", "b.pdf"]


@pytest.mark.parametrize("alg", ["lexrank", "textrank", "lsa", "luhn", "edmundson", "sumbasic", "kl", "reduction", "news"])
def test_algorithms_and_ratio(alg):
    r = run_cli("brief", str(SAMPLE), "--json", "--algorithm", alg, "--ratio", "0.25")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["algorithm"] == alg
    assert len(data["summary"]) == 5  # ceil(0.25 * 18)


def _bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n\n  ")
    binary = tmp_path / "bin.dat"
    binary.write_bytes(os.urandom(4096))
    return {"empty": [str(empty)], "blank": [str(blank)], "binary": [str(binary)], "folder": [str(tmp_path)],
            "missing": [str(tmp_path / "missing.txt")]}


@pytest.mark.parametrize("case", ["empty", "blank", "binary", "folder", "missing", "unwritable", "bad-date", "bad-alg"])
def test_bad_input_one_line_error_exit_2_nothing_left(tmp_path, case):
    work = tmp_path / "w"
    work.mkdir()
    out = work / "out.pdf"
    if case in ("unwritable", "bad-date", "bad-alg"):
        args = [str(SAMPLE)]
        if case == "unwritable":
            out = work / "no" / "such" / "dir" / "out.pdf"
        extra = {"bad-date": ["--date", "17/01/2013"], "bad-alg": ["--algorithm", "magic"]}.get(case, [])
    else:
        args, extra = _bad_inputs(work)[case], []
    before = sorted(p.name for p in work.iterdir())
    r = run_cli("brief", *args, "-o", str(out), *extra)
    assert r.returncode == 2
    assert r.stderr.startswith("error: ") and r.stderr.count("\n") == 1, r.stderr
    assert "Traceback" not in r.stderr
    assert sorted(p.name for p in work.iterdir()) == before
    assert r.stdout == ""


def test_offline_no_nltk_data_no_sockets(tmp_path):
    """The whole pipeline with NLTK_DATA empty and every socket refused."""
    blocker = tmp_path / "block"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(textwrap.dedent("""
        import socket
        class _NoNet(socket.socket):
            def __init__(self, *a, **k):
                raise OSError("network disabled by test")
        socket.socket = _NoNet
        socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(OSError("network disabled by test"))
    """))
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = dict(os.environ, NLTK_DATA=str(empty), PYTHONPATH=str(blocker) + os.pathsep + str(ROOT),
               HOME=str(tmp_path))
    check = run_cli("brief", "--help", env=env)
    assert check.returncode == 0
    probe = __import__("subprocess").run([sys.executable, "-c", "import socket; socket.socket()"], env=env,
                                         capture_output=True, text=True)
    assert "network disabled" in probe.stderr  # the blocker is active
    out = tmp_path / "o.pdf"
    for alg in ("news", "lexrank", "textrank", "lsa", "kl"):
        r = run_cli("brief", str(SAMPLE), "-o", str(out), "--json", "--algorithm", alg, env=env)
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["summary"]
        assert len(PdfReader(str(out)).pages) == 1


def test_text_output_without_options():
    r = run_cli("brief", str(SAMPLE))
    assert r.returncode == 0
    assert r.stdout.startswith("As French troops")
