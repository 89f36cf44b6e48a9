from __future__ import annotations

import pytest

from desktop_app.core.brief import build_brief
from desktop_app.core.clean import clean_article
from desktop_app.core.errors import InputError
from desktop_app.core.loader import load_string
from desktop_app.core.sentences import split_sentences
from desktop_app.core.summarize import ALGORITHMS, normalize_algorithm, rank, resolve_length, summarize

ARTICLE = """Council approves new flood defences

The city council approved a 40 million pound flood defence plan on Tuesday after a year of debate.
The plan adds walls along the river and two new pumping stations in the east of the city.

Residents who were flooded last winter welcomed the decision. Many had waited months for repairs.
"We have been asking for this since the water came into our homes," said one shop owner.

Work on the walls will start in the spring and take about three years. The pumping stations
will be built first because they protect the most homes.

Opponents said the plan was too expensive and would spoil the view of the river. The council said
the walls would be lower than first proposed and planted with trees.

Sign up for our newsletter
Thank you for signing up!

The government will pay half of the cost, with the rest coming from local taxes and a levy on
new buildings near the river.
"""


@pytest.fixture(scope="module")
def sentences():
    a = clean_article(ARTICLE)
    return a, split_sentences(a.paragraphs)


@pytest.mark.parametrize("alg", list(ALGORITHMS))
def test_every_algorithm_runs_offline_and_returns_ordered_scored_sentences(sentences, alg):
    a, sents = sentences
    out = summarize(sents, 3, alg, a.title)
    assert len(out) == 3
    idx = [s.index for s in out]
    assert idx == sorted(idx)
    for s in out:
        assert s.text == sents[s.index].text
        assert isinstance(s.score, float)
    texts = " ".join(s.text for s in out)
    assert "Council approves new flood defences" not in texts
    assert "newsletter" not in texts and "signing up" not in texts


def test_ranking_is_a_permutation_and_selection_prefix(sentences):
    a, sents = sentences
    r = rank(sents, "lexrank", a.title)
    assert sorted(r.order) == list(range(len(sents)))
    assert set(r.select(2)) <= set(r.select(4))


def test_stock_lexrank_matches_sumy_pick(sentences):
    """Our wrapper picks exactly what sumy's own summarizer returns."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    from desktop_app.core.summarize import _sumy_document
    from desktop_app.core.sentences import OfflineTokenizer

    a, sents = sentences
    doc = _sumy_document(sents, a.title, OfflineTokenizer())
    summ = LexRankSummarizer(Stemmer("english"))
    summ.stop_words = get_stop_words("english")
    expected = [str(s) for s in summ(doc, 3)]
    assert [s.text for s in summarize(sents, 3, "lexrank", a.title)] == expected


def test_lengths():
    assert resolve_length(20) == 5
    assert resolve_length(3) == 3
    assert resolve_length(20, sentences=7) == 7
    assert resolve_length(20, ratio=0.25) == 5
    assert resolve_length(20, ratio=10) == 2
    assert resolve_length(7, ratio=0.01) == 1
    with pytest.raises(InputError):
        resolve_length(20, ratio=2000)


def test_algorithm_names():
    assert normalize_algorithm(None) == "news"
    assert normalize_algorithm("LexRank") == "lexrank"
    assert normalize_algorithm("text-rank") == "textrank"
    with pytest.raises(InputError, match="unknown algorithm"):
        normalize_algorithm("gpt")


def test_pins_and_drops_change_the_summary():
    b = build_brief(load_string(ARTICLE), sentences=3)
    first = b.summary_indices()
    b.dropped.add(first[0])
    assert first[0] not in b.summary_indices()
    assert len(b.summary_indices()) == 3
    last = len(b.sentences) - 1
    b.pinned.add(last)
    assert last in b.summary_indices()
    assert len(b.summary_indices()) == 3


def test_short_article_gives_all_sentences():
    b = build_brief(load_string("Only one sentence here, about 200 soldiers."))
    assert [s.index for s in b.summary()] == [0]


def test_algorithms_past_their_limit_say_so_and_name_the_ones_that_fit():
    from desktop_app.core.summarize import LIMITS, check_length

    n = LIMITS["kl"] + 1
    with pytest.raises(InputError, match=f"KL-Sum would take too long on {n:,} sentences.*choose News, LSA, Luhn"):
        check_length("kl", n)
    check_length("kl", n - 1)
    check_length("news", 10 * n)  # the default never refuses: it switches to a linear centrality


def test_fast_graph_algorithms_pick_what_stock_sumy_picks():
    from desktop_app.core import fast
    from desktop_app.core.summarize import _order_from_scores, stock_scores

    a = clean_article(ARTICLE)
    sents = split_sentences(a.paragraphs)
    for name, fn in (("lexrank", fast.lexrank_scores), ("textrank", fast.textrank_scores),
                     ("reduction", fast.reduction_scores)):
        stock = stock_scores(name, sents, a.title)
        mine = fn(sents)
        assert mine == pytest.approx(stock, rel=1e-6, abs=1e-9), name
        assert _order_from_scores(mine)[:4] == _order_from_scores(stock)[:4]


DUPLICATES = """Port strike enters second week

Dock workers at the northern port stayed off the job on Monday as talks with the operator stalled.
The strike has left 40 ships waiting at anchor and shops short of fresh fruit.
The operator said it had offered a five per cent pay rise over two years.
Union leaders said the offer did not cover the extra night shifts.
The strike has left 40 ships waiting at anchor and shops short of fresh fruit.

Talks are due to resume on Thursday. However, neither side expects a quick deal.
The government said it might appoint a mediator if the strike goes on.
Union leaders said the offer did not cover the extra night shifts.
"""


@pytest.mark.parametrize("text", [ARTICLE, DUPLICATES], ids=["article", "repeated-sentences"])
@pytest.mark.parametrize("name", ["luhn", "edmundson", "lsa", "sumbasic", "kl"])
def test_fast_frequency_algorithms_rate_as_stock_sumy(text, name):
    """Same ratings as stock sumy, repeated sentences included (sumy keys its ratings by sentence text)."""
    from desktop_app.core.summarize import _order_from_scores, fast_scores, stock_scores

    a = clean_article(text)
    sents = split_sentences(a.paragraphs)
    stock = stock_scores(name, sents, a.title)
    mine = fast_scores(name, sents, a.title)
    assert mine == pytest.approx(stock, rel=1e-9, abs=1e-12)
    if name != "lsa":  # stock LSA orders equal ratings by SVD rounding noise; ours by document order
        assert _order_from_scores(mine) == _order_from_scores(stock)


def test_lsa_rank_is_the_column_norm_of_sumys_matrix():
    """The identity fast LSA rests on: with every dimension kept, sumy's rank is the column norm."""
    import numpy as np
    from sumy.summarizers.lsa import LsaSummarizer

    rng = np.random.default_rng(7)
    m = rng.integers(0, 3, size=(30, 12)).astype(float)
    _u, sigma, v = np.linalg.svd(m, full_matrices=False)
    ranks = LsaSummarizer(lambda w: w)._compute_ranks(sigma, v)
    assert ranks == pytest.approx(list(np.linalg.norm(m, axis=0)), rel=1e-9)
