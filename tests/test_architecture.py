from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


def test_core_never_imports_qt_in_source():
    offenders = []
    for p in (ROOT / "desktop_app" / "core").rglob("*.py"):
        if re.search(r"^\s*(from|import)\s+PySide6", p.read_text(encoding="utf-8"), re.M):
            offenders.append(p.name)
    assert offenders == []


def test_core_runs_without_loading_qt():
    code = ("import sys, desktop_app.core.brief as b, desktop_app.core.pdf, desktop_app.core.loader as l;"
            "br=b.build_brief(l.load_file(sys.argv[1])); import desktop_app.core.pdf as p; p.render_pdf_bytes(br);"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code, str(ROOT / "seeds" / "mali-french-troops-2013.txt")],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"


def test_no_runtime_download_code():
    for p in (ROOT / "desktop_app").rglob("*.py"):
        src = p.read_text(encoding="utf-8")
        assert "nltk.download" not in src and "urlopen(" not in src and "requests." not in src, p


@pytest.mark.slow
def test_wheel_ships_resources(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                        str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    if r.returncode != 0 and "No module named" in r.stderr:
        pytest.skip("wheel building tools missing")
    assert r.returncode == 0, r.stderr
    wheel = next(tmp_path.glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("desktop_app/resources/fonts/DejaVuSans.ttf", "desktop_app/resources/fonts/DejaVuSans-Bold.ttf",
                   "desktop_app/resources/fonts/LICENSE-DejaVu.txt", "desktop_app/core/pdf.py",
                   "desktop_app/ui/main_window.py"):
        assert needed in names, needed
    # Installed into a fresh target, the package finds its fonts and renders a PDF.
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, timeout=300)
    code = ("import desktop_app.core.resources as r, sys; p=r.resource_path('fonts','DejaVuSans.ttf');"
            "print(p.exists(), str(p).startswith(sys.argv[1]))")
    out = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True,
                         env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, cwd=tmp_path)
    assert out.stdout.split() == ["True", "True"], out.stderr


def test_lint_clean():
    """pyflakes-level checks (unused names, undefined names, syntax) over the package and tests."""
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        pytest.skip("ruff not installed")
    r = subprocess.run([str(ruff), "check", "--select", "F,E9", "--output-format", "concise", "desktop_app", "tests",
                        "benchmarks"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
