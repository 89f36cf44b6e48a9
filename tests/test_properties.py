"""Property-based tests: any text or bytes gives a brief or a typed error, and the PDF is always one page."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from desktop_app.core.brief import build_brief
from desktop_app.core.errors import BriefError
from desktop_app.core.loader import load_bytes, load_string
from desktop_app.core.pdf import render_pdf_bytes

WORDS = st.sampled_from(["troops", "soldiers", "killed", "miles", "km", "Monday", "last", "Friday", "Jan.", "7,",
                         "2013", "about", "thirty", "1,400", "the", "army", "<b>", "&", "“quoted”", "U.S.", "Gen.",
                         "said.", "\n\n", "—", "Войска", "Ελλάδα", "😀", "%", "$5", "between", "and", "20", "metres"])
NEWSY = st.lists(WORDS, min_size=0, max_size=120).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=3000), NEWSY))
def test_any_text_gives_brief_or_typed_error(text):
    try:
        brief = build_brief(load_string(text))
    except BriefError:
        return
    data = brief.to_json()
    assert isinstance(data["summary"], list)
    for f in brief.facts:
        assert brief.sentences[f.sentence_index].text[f.start:f.end] == f.text


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=4000))
def test_any_bytes_give_text_or_typed_error(data):
    try:
        loaded = load_bytes(data, "random.bin")
    except BriefError:
        return
    assert isinstance(loaded.text, str) and loaded.text.strip()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY, st.integers(min_value=0, max_value=40), st.text(max_size=600))
def test_pdf_always_one_page(body, length, title):
    title = " ".join(title.split()) or "Title"
    try:
        brief = build_brief(load_string(title + "\n\n" + body), sentences=length)
    except BriefError:
        return
    pdf = render_pdf_bytes(brief)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.integers(min_value=2000, max_value=20000))
def test_extreme_sizes(n):
    text = " ".join(f"Word{i % 97} appears with {i % 13} soldiers {i % 7} km away." for i in range(n // 8))
    brief = build_brief(load_string(text), sentences=50)
    assert len(PdfReader(io.BytesIO(render_pdf_bytes(brief))).pages) == 1
