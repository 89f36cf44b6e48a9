"""The packaged app: desktop integration files, and the PyInstaller bundle built and run for real."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from conftest import ROOT, SAMPLE

ID = "io.github.newsbrief.NewsBrief"
BUNDLE = ROOT / "dist" / "newsbrief" / "newsbrief"


def test_desktop_file_valid_and_opens_files():
    desktop = ROOT / "resources" / f"{ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert "%F" in text.split("Exec=", 1)[1].splitlines()[0]
    for mime in ("text/plain", "text/markdown", "text/html"):
        assert mime in text
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate not installed")
    r = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


def test_metainfo_valid():
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli not installed")
    r = subprocess.run(["appstreamcli", "validate", "--no-net", str(ROOT / "resources" / f"{ID}.metainfo.xml")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_icons_for_every_platform():
    icons = ROOT / "resources" / "icons"
    for name in ["newsbrief.svg", "newsbrief.ico", "newsbrief.icns"] + [f"newsbrief-{s}.png" for s in (16, 32, 48, 64, 128, 256, 512)]:
        assert (icons / name).stat().st_size > 0, name
    spec = (ROOT / "packaging" / "newsbrief.spec").read_text(encoding="utf-8")
    assert "CFBundleDocumentTypes" in spec and "newsbrief.ico" in spec and "console=False" in spec


@pytest.fixture(scope="module")
def bundle():
    """Build the bundle (always in CI; locally only when it is missing)."""
    if os.environ.get("NEWSBRIEF_SKIP_BUNDLE"):
        pytest.skip("NEWSBRIEF_SKIP_BUNDLE is set")
    if os.environ.get("CI") or not BUNDLE.exists():
        r = subprocess.run([str(ROOT / "packaging" / "build.sh")], capture_output=True, text=True, timeout=1500)
        assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
        print(r.stdout.strip().splitlines()[-1])  # size of the bundle, shown with pytest -s
    return BUNDLE


def test_install_desktop_for_user(bundle, tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path))
    r = subprocess.run([str(ROOT / "packaging" / "install-desktop.sh")], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    installed = tmp_path / "applications" / f"{ID}.desktop"
    assert f'Exec="{BUNDLE}" %F' in installed.read_text(encoding="utf-8")
    assert (tmp_path / "icons" / "hicolor" / "48x48" / "apps" / f"{ID}.png").exists()


@pytest.mark.slow
def test_bundle_brief_headless(bundle, tmp_path):
    out = tmp_path / "x.pdf"
    r = subprocess.run([str(bundle), "brief", str(SAMPLE), "-o", str(out), "--json"], capture_output=True,
                       text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert len(PdfReader(str(out)).pages) == 1
    assert '"troops"' in r.stdout
    bad = subprocess.run([str(bundle), "brief", str(tmp_path / "nope.txt")], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and bad.stderr.startswith("error: ")


@pytest.mark.slow
def test_bundle_window_shows_brief(bundle, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    r = subprocess.run([str(bundle), "--smoke-test", str(SAMPLE)], capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    assert "smoke-test ok" in r.stdout and "key facts" in r.stdout
