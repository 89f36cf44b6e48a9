from __future__ import annotations

from desktop_app.core.clean import clean_article
from desktop_app.core.sentences import OfflineTokenizer, split_paragraph, split_sentences


def _sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_paragraph(text)]


def test_headline_dateline_and_newsletter_removed():
    text = ("Storm floods coastal towns\n\nMANILA, Philippines — Heavy rain flooded three towns on Monday, officials said.\n\n"
            "Sign up for our morning newsletter\nThe best stories, delivered daily.\n\n"
            "Rescue teams reached the area by boat.")
    a = clean_article(text)
    assert a.title == "Storm floods coastal towns"
    assert not a.title_derived
    assert a.dateline == "MANILA, Philippines"
    assert a.paragraphs[0].startswith("Heavy rain flooded")
    assert all("newsletter" not in p and "delivered daily" not in p for p in a.paragraphs)
    assert {r for _, r in a.removed} == {"boilerplate"}
    assert a.original == text


def test_other_datelines():
    for line, dl in [("(CNN) -- The president spoke on Tuesday about the budget.", "(CNN)"),
                     ("WASHINGTON (Reuters) - Lawmakers voted on a bill late Friday night.", "WASHINGTON (Reuters)"),
                     ("LOS ANGELES, Calif. — Firefighters fought a blaze in the hills.", "LOS ANGELES, Calif.")]:
        a = clean_article("A headline here\n\n" + line)
        assert a.dateline == dl, line


def test_no_headline_one_long_line_keeps_every_sentence():
    text = ("Officials said the bridge would reopen next week. Engineers found no damage to the supports. "
            "Traffic will be limited to cars at first.")
    a = clean_article(text)
    assert a.title_derived
    assert a.title.startswith("Officials said the bridge")
    sents = split_sentences(a.paragraphs)
    assert len(sents) == 3


def test_repairs_quotes_spaces_and_wrapping():
    text = ("Short title\n\nThe minister,who spoke briefly,said ‘‘we are ready.’’ The army\nmoved north to the\n"
            "border at dawn.Residents fled. A well-con-\nnected source agreed.")
    a = clean_article(text)
    body = a.body
    assert "minister, who spoke briefly, said “we are ready.”" in body
    assert "The army moved north to the border at dawn. Residents fled." in body
    assert "well-connected" in body


def test_abbreviations_initials_decimals():
    s = _sents("Gen. David H. Petraeus met Sen. John McCain on Jan. 7 at 3 p.m. in the U.S. capital. "
               "The rate was 2.5 percent. The U.S. Army said so. Mr. Smith left.")
    assert s == ["Gen. David H. Petraeus met Sen. John McCain on Jan. 7 at 3 p.m. in the U.S. capital.",
                 "The rate was 2.5 percent.", "The U.S. Army said so.", "Mr. Smith left."]


def test_quotation_with_attribution_is_one_sentence():
    text = ("“We don’t have a base here, we have no defenses. So the military has come to secure the town,” he said. "
            "“No jihadists have entered our town.”")
    s = _sents(text)
    assert s[0].endswith("he said.")
    assert s[0].startswith("“We don’t")
    assert len(s) == 2


def test_tokenizer_interface_for_sumy():
    tok = OfflineTokenizer("english")
    assert tok.language == "english"
    assert tok.to_sentences("One here. Two there!") == ("One here.", "Two there!")
    assert tok.to_words("Don’t stop, well-known 42 U.S. rebels.") == ("Don’t", "stop", "well-known", "U", "S", "rebels")


def test_offsets_point_into_body():
    a = clean_article("Title line\n\nFirst sentence here. Second one.\n\nThird paragraph now.")
    for s in split_sentences(a.paragraphs):
        assert a.body[s.start:s.end] == s.text


def test_hyphenation_is_joined_only_between_lower_case_letters():
    import re

    from desktop_app.core.clean import _join_hyphenation

    for text in ["peace-\nkeepers", "A-\nB", "end-\n", "-\nabc", "x-\ny and z-\nw", "no hyphen", "a-\n\nb", "e-\n"]:
        assert _join_hyphenation(text) == re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text), text


def test_a_headline_opening_with_an_abbreviation_and_hyphen_is_no_dateline():
    a = clean_article("U.S.-led coalition to end Iraq mission by September 2025\n\n"
                      "BAGHDAD (Reuters) - The United States and Iraq agreed on Friday to end the mission.")
    assert a.title == "U.S.-led coalition to end Iraq mission by September 2025"
    assert a.dateline == "BAGHDAD (Reuters)" and a.paragraphs[0].startswith("The United States")
    a = clean_article("Title here\n\nLONDON-The pound fell on Monday against the dollar and the euro.")
    assert a.dateline == "LONDON" and a.paragraphs[0].startswith("The pound")
    a = clean_article("Title\n\nU.S.-backed forces took the town on Monday, officials said.")
    assert a.dateline is None and a.paragraphs[0].startswith("U.S.-backed forces")
