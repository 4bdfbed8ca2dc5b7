"""Searching the learning log: case and accents do not matter, every word must occur."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.lessons import fold, has_tag, matches, matches_exactly, normalise_tag, split_tags


def test_fold_drops_case_and_accents() -> None:
    assert fold("  MÅLKONFLIKTER  i Östersund ") == "malkonflikter i ostersund"
    assert fold("Ærø café Straße") == "aero cafe strasse"


@pytest.mark.parametrize("query", ["malkonflikt", "målkonflikt", "MÅLKONFLIKT", "konflikt", "politiska målk"])
def test_a_search_finds_malkonflikt_however_it_is_typed(query: str) -> None:
    assert matches(query, ["Målkonflikter i politiska ärenden blev synliga"])


def test_every_word_must_occur_somewhere() -> None:
    texts = ["Samiska förutsättningar", "Vad det ändrar: samråd tidigt"]
    assert matches("samråd samiska", texts)
    assert not matches("samråd budget", texts)
    assert matches("", texts)


def test_an_exact_hit_is_told_from_a_folded_one() -> None:
    assert matches_exactly("målkonflikt", ["Målkonflikter"])
    assert not matches_exactly("malkonflikt", ["Målkonflikter"])


def test_tags_are_normalised_and_compared_folded() -> None:
    assert normalise_tag("  #Mål konflikt ") == "mål konflikt"
    assert split_tags("Målkonflikt, samverkan; målkonflikt ,, MALKONFLIKT") == ("målkonflikt", "samverkan")
    assert split_tags(["lärande", "Lärande", "uppföljning"]) == ("lärande", "uppföljning")
    assert has_tag("malkonflikt", ("målkonflikt",)) and has_tag("#MÅLKONFLIKT", ("målkonflikt",))
    assert not has_tag("konflikt", ("målkonflikt",))
    with pytest.raises(DomainError, match="för lång"):
        normalise_tag("x" * 61)
    with pytest.raises(DomainError, match="tom"):
        normalise_tag(" # ")
