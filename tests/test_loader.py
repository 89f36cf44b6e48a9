from __future__ import annotations

import io
import zipfile

import pytest

from desktop_app.core.errors import InputError
from desktop_app.core.loader import load_bytes, load_file, load_string

TEXT = "Prices rose to £5 and €7 at the “market” in Zürich.\nA second line."


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"])
def test_encodings_round_trip(tmp_path, enc):
    p = tmp_path / f"a-{enc}.txt"
    p.write_bytes(TEXT.encode(enc))
    assert load_file(p).text == TEXT


def test_latin1_and_utf16_without_bom(tmp_path):
    p = tmp_path / "l1.txt"
    p.write_bytes("Café au lait, naïve façade, déjà vu.".encode("latin-1"))
    assert load_file(p).text == "Café au lait, naïve façade, déjà vu."
    p2 = tmp_path / "u16.txt"
    p2.write_bytes("Plain words in UTF-16 without a mark.".encode("utf-16-le"))
    assert load_file(p2).text == "Plain words in UTF-16 without a mark."


def test_cyrillic_cp1251_detected(tmp_path):
    text = "Войска вошли в город в четверг утром. Министр обороны сообщил о потерях среди мирных жителей."
    p = tmp_path / "ru.txt"
    p.write_bytes(text.encode("cp1251"))
    assert load_file(p).text == text


@pytest.mark.parametrize("nl", ["\r\n", "\r"])
def test_newlines_normalised(tmp_path, nl):
    p = tmp_path / "n.txt"
    p.write_bytes(nl.join(["One.", "", "Two."]).encode())
    assert load_file(p).text == "One.\n\nTwo."


def test_sha256_is_of_the_file(tmp_path):
    import hashlib

    p = tmp_path / "h.txt"
    p.write_bytes(b"Some text here.")
    assert load_file(p).sha256 == hashlib.sha256(b"Some text here.").hexdigest()


def test_errors_are_clear(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="folder"):
        load_file(tmp_path)
    (tmp_path / "e.txt").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        load_file(tmp_path / "e.txt")
    (tmp_path / "b.txt").write_bytes(b"   \n\t\n ")
    with pytest.raises(InputError, match="empty"):
        load_file(tmp_path / "b.txt")
    (tmp_path / "bin.dat").write_bytes(bytes(range(256)) * 40)
    with pytest.raises(InputError, match="binary"):
        load_file(tmp_path / "bin.dat")
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(InputError, match="PNG"):
        load_file(tmp_path / "img.png")
    (tmp_path / "big.txt").write_bytes(b"word " * 3000)
    with pytest.raises(InputError, match="too large.*limit"):
        load_file(tmp_path / "big.txt", max_bytes=10_000)


def test_html_article_text_extracted():
    html = b"""<!doctype html><html><head><title>Site | Story</title><style>p{color:red}</style>
    <script>alert('x')</script></head><body><nav><a href='/'>Home</a> News Sport</nav>
    <article><h1>Rebels take the town</h1><p>Rebels took the town on Monday, officials said.</p>
    <p>About 200 soldiers were sent &amp; arrived late.</p><img src="http://example.com/x.png"></article>
    <footer>Copyright 2024 Example Corp</footer></body></html>"""
    t = load_bytes(html, "page.html").text
    assert t.startswith("Rebels take the town")
    assert "About 200 soldiers were sent & arrived late." in t
    for junk in ("alert", "color:red", "Home", "Copyright", "example.com"):
        assert junk not in t


def test_docx_text_extracted():
    doc = ('<?xml version="1.0"?><w:document xmlns:w="x"><w:body>'
           '<w:p><w:r><w:t>Title of the story</w:t></w:r></w:p>'
           '<w:p><w:r><w:t xml:space="preserve">First part </w:t></w:r><w:r><w:t>and rest &amp; more.</w:t></w:r></w:p>'
           '</w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", doc)
    t = load_bytes(buf.getvalue(), "a.docx").text
    assert t == "Title of the story\n\nFirst part and rest & more."


def test_zip_that_is_not_docx_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("x.txt", "hello")
    with pytest.raises(InputError, match="ZIP"):
        load_bytes(buf.getvalue(), "a.zip")


def test_eml_body_extracted():
    eml = (b"From: desk@example.org\r\nTo: me@example.org\r\nSubject: Flood update\r\nDate: Mon, 3 Jun 2024 10:00:00 +0000\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe river rose two metres overnight.\r\n")
    t = load_bytes(eml, "m.eml").text
    assert t.startswith("Flood update")
    assert "The river rose two metres overnight." in t
    assert "desk@example.org" not in t


def test_rtf_text_extracted():
    rtf = rb"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard Troops moved \'e9t\'e9 north.\par Second \ldblquote quoted\rdblquote  line.\par}"
    t = load_bytes(rtf, "a.rtf").text
    assert "Troops moved été north." in t
    assert "Second “quoted” line." in t
    assert "Helvetica" not in t


def test_pdf_text_layer(tmp_path):
    from reportlab.pdfgen import canvas

    p = tmp_path / "in.pdf"
    c = canvas.Canvas(str(p))
    c.drawString(72, 720, "Peacekeepers arrived in the capital on Monday.")
    c.save()
    assert "Peacekeepers arrived in the capital on Monday." in load_file(p).text


def test_pasted_text():
    assert load_string("  Hello.\r\nWorld.  ").text == "  Hello.\nWorld.  "
    with pytest.raises(InputError):
        load_string("   ")


def test_file_changing_or_vanishing_between_drop_and_read(tmp_path, monkeypatch):
    import desktop_app.core.loader as loader

    p = tmp_path / "gone.txt"
    p.write_text("Some article text here.")
    real_open = open

    def vanish(path, mode="r", *a, **k):
        if str(path) == str(p):
            raise FileNotFoundError(2, "No such file")
        return real_open(path, mode, *a, **k)

    monkeypatch.setattr(loader, "open", vanish, raising=False)
    with pytest.raises(InputError, match="disappeared"):
        load_file(p)
