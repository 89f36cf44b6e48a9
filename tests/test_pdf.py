from __future__ import annotations

import os
import stat
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app.core.brief import build_brief
from desktop_app.core.errors import OutputError
from desktop_app.core.facts import Fact
from desktop_app.core.loader import load_file, load_string
from desktop_app.core.pdf import render_pdf_bytes, write_pdf


def fonts_of(path) -> dict[str, bool]:
    """Font name -> embedded, for every font the PDF references."""
    out = {}
    for page in PdfReader(str(path)).pages:
        res = page.get("/Resources") or {}
        fonts = res.get("/Font") or {}
        for f in fonts.values():
            f = f.get_object()
            name = str(f.get("/BaseFont"))
            desc = f.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in f:
                desc = f["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            out[name] = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return out


def text_of(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def norm(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture(scope="module")
def sample_brief(request):
    from conftest import SAMPLE

    return build_brief(load_file(SAMPLE), reference_date=date(2013, 1, 17))


def test_sample_brief_one_page_text_fonts_metadata(tmp_path, sample_brief):
    out = tmp_path / "brief.pdf"
    write_pdf(sample_brief, out)
    r = PdfReader(str(out))
    assert len(r.pages) == 1
    text = norm(text_of(out))
    for s in sample_brief.summary():
        assert norm(s.text)[:60] in text
    for f in sample_brief.key_facts():
        assert norm(f.text) in text
    assert "Page 1 of 1" in text and "Machine-extracted, verbatim from the source" in text
    assert sample_brief.sha256[:12] in text
    fonts = fonts_of(out)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in n for n in fonts)
    meta = r.metadata
    assert meta.title == sample_brief.title
    assert "NewsBrief" in meta.author
    assert meta.subject and meta.get("/Keywords") and meta.get("/CreationDate")


def _many_facts_brief(n_facts: int, title: str = "T", body: str | None = None):
    body = body or " ".join(f"Sentence {i} says 100 soldiers moved {i} miles on Monday." for i in range(60))
    b = build_brief(load_string(title + "\n\n" + body), sentences=40, reference_date=date(2020, 5, 5))
    base = b.facts[0]
    b.facts = [Fact("troops", base.text, base.sentence_index, base.start, base.end, i, {}) for i in range(n_facts)]
    return b


@pytest.mark.parametrize("case", ["long_title", "many_facts", "markup", "scripts", "empty_summary", "huge_article"])
def test_adversarial_briefs_fit_one_page(tmp_path, case):
    if case == "long_title":
        b = _many_facts_brief(10, title="Very long headline " * 30)
    elif case == "many_facts":
        b = _many_facts_brief(200)
    elif case == "markup":
        b = build_brief(load_string("Tags <b>bold</b> & <i>co</i>\n\nThe <b>army</b> & <font size=80>200 soldiers</font> "
                                    "moved <br/> 5 km north. A <para> tag & an &amp; entity stay literal."))
    elif case == "scripts":
        b = build_brief(load_string("Войска и Ελληνικά: Δοκιμή\n\nВойска вошли в город в четверг. Η Αθήνα είναι "
                                    "πρωτεύουσα. Ünïcödé façade and 中文 glyphs and emoji 🚀 do not crash."))
    elif case == "empty_summary":
        b = build_brief(load_string("Title\n\nOne sentence about 20 soldiers."), sentences=0)
        assert b.summary() == []
    else:
        words = " ".join(f"Paragraph {i}: the council met and {i} soldiers marched {i % 50 + 1} km." for i in range(8000))
        b = build_brief(load_string("Huge\n\n" + words), sentences=60, algorithm="textrank")
    out = tmp_path / f"{case}.pdf"
    write_pdf(b, out)
    assert len(PdfReader(str(out)).pages) == 1
    fonts = fonts_of(out)
    assert all(fonts.values()), fonts
    text = text_of(out)
    if case == "markup":
        assert "<b>army</b>" in text or "<b>army</b>" in norm(text)
        assert "<font size=80>200 soldiers</font>" in norm(text)
    if case == "scripts":
        assert "Войска" in text and "Ελληνικά" in text
    if case == "many_facts":
        assert "more facts omitted" in text


def test_atomic_write_keeps_existing_file_on_failure(tmp_path, sample_brief, monkeypatch):
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"%PDF-1.4 good old file")
    import desktop_app.core.atomic as atomic

    def boom(fd, data):
        raise OSError(28, "No space left on device")

    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fd, mode):
            self.f = real_fdopen(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.f.close()

        def write(self, data):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: Full(fd, mode))
    with pytest.raises(OutputError, match="disk is full"):
        write_pdf(sample_brief, out)
    assert out.read_bytes() == b"%PDF-1.4 good old file"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pdf"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder(tmp_path, sample_brief):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="permission"):
            write_pdf(sample_brief, ro / "x.pdf")
    finally:
        ro.chmod(0o700)


def test_permission_denied_simulated(tmp_path, sample_brief, monkeypatch):
    """As root, chmod does not stop writes; simulate the read-only folder at the system call."""
    import desktop_app.core.atomic as atomic

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", denied)
    with pytest.raises(OutputError, match="permission denied"):
        write_pdf(sample_brief, tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_locked_target_keeps_old_file(tmp_path, sample_brief, monkeypatch):
    """A target another program holds (Windows locks, EBUSY) gives a clear error; the old file stays."""
    import desktop_app.core.atomic as atomic

    out = tmp_path / "locked.pdf"
    out.write_bytes(b"%PDF old")

    def busy(src, dst):
        raise OSError(16, "Device or resource busy")

    monkeypatch.setattr(atomic.os, "replace", busy)
    with pytest.raises(OutputError, match="in use by another program"):
        write_pdf(sample_brief, out)
    assert out.read_bytes() == b"%PDF old"
    assert [p.name for p in tmp_path.iterdir()] == ["locked.pdf"]


def test_missing_folder_and_umask_permissions(tmp_path, sample_brief):
    with pytest.raises(OutputError, match="does not exist"):
        write_pdf(sample_brief, tmp_path / "nope" / "x.pdf")
    old = os.umask(0o022)
    try:
        write_pdf(sample_brief, tmp_path / "perm.pdf")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "perm.pdf").stat().st_mode) == 0o644


def test_banner_and_edits_reach_the_pdf(tmp_path, sample_brief):
    b = build_brief(load_file(sample_brief.source_path), reference_date=date(2013, 1, 17))
    b.banner = "UNCLASSIFIED // FOR TRAINING"
    removed = next(f for f in b.facts if f.kind == "distance")
    b.facts.remove(removed)
    data = render_pdf_bytes(b)
    out = tmp_path / "e.pdf"
    out.write_bytes(data)
    text = text_of(out)
    assert text.count("UNCLASSIFIED // FOR TRAINING") == 2
    assert f"{removed.attrs['km']:g} km" not in text
