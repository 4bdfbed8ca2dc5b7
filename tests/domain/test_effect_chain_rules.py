"""The effect chain's rules: arrows go forwards, skipping the results is a choice, no circles, an
indicator's effect-logic level agrees with the level it sits on, activities sit among activities."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.effect_chain import (
    ChainLevel,
    chain_level_of,
    check_activity_level,
    check_indicator_level,
    check_link,
    check_no_cycle,
    creates_cycle,
    indicator_level_note,
    skips_result,
)
from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.kinds import EffectLevel

A, R, E = ChainLevel.ACTIVITY, ChainLevel.RESULT, ChainLevel.EFFECT


@pytest.mark.parametrize(("source", "target"), [(A, R), (R, E), (A, A), (R, R), (E, E)])
def test_forward_and_same_level_arrows_are_allowed(source: ChainLevel, target: ChainLevel) -> None:
    check_link(source, target, skip_chosen=False)


@pytest.mark.parametrize(("source", "target"), [(R, A), (E, R), (E, A)])
def test_backward_arrows_are_refused(source: ChainLevel, target: ChainLevel) -> None:
    with pytest.raises(DomainError, match="går framåt"):
        check_link(source, target, skip_chosen=True)


def test_activity_to_effect_needs_the_explicit_choice() -> None:
    assert skips_result(A, E) and not skips_result(A, R) and not skips_result(R, E)
    with pytest.raises(DomainError, match="hoppar över resultatnivån"):
        check_link(A, E, skip_chosen=False)
    check_link(A, E, skip_chosen=True)


def test_cycles_are_found_and_refused() -> None:
    links = [(1, 2), (2, 3), (3, 4)]
    assert creates_cycle(links, 4, 1)
    assert creates_cycle(links, 3, 2)
    assert creates_cycle(links, 5, 5)
    assert not creates_cycle(links, 1, 4)
    assert not creates_cycle(links, 4, 5)
    with pytest.raises(DomainError, match="cirkel"):
        check_no_cycle(links, 4, 2)
    with pytest.raises(DomainError, match="samma ruta"):
        check_no_cycle(links, 2, 2)
    check_no_cycle(links, 1, 3)


@pytest.mark.parametrize(("effect", "level"), [
    (EffectLevel.ACTIVITY, A), (EffectLevel.OUTPUT, R), (EffectLevel.SHORT_TERM, R), (EffectLevel.LONG_TERM, E)])
def test_each_effect_logic_level_has_its_place(effect: EffectLevel, level: ChainLevel) -> None:
    assert chain_level_of(effect) is level
    assert indicator_level_note("1.1", effect, level) == ""
    check_indicator_level("1.1", effect, level)


def test_a_mismatched_indicator_is_told_why() -> None:
    note = indicator_level_note("3.1", EffectLevel.LONG_TERM, R)
    assert "3.1" in note and "långsiktig effekt" in note and "effekter" in note and "resultat" in note
    with pytest.raises(DomainError, match="Flytta den, eller ändra indikatorns effektlogiknivå"):
        check_indicator_level("3.1", EffectLevel.LONG_TERM, R)


def test_activities_sit_among_activities_only() -> None:
    check_activity_level("A1.1", A)
    for level in (R, E):
        with pytest.raises(DomainError, match="bara sitta bland aktiviteterna"):
            check_activity_level("A1.1", level)


@pytest.mark.parametrize(("text", "level"), [
    ("result", R), ("Resultat", R), ("effekter", E), ("EFFEKT", E), ("aktivitet", A), ("Activities", A)])
def test_levels_are_read_in_swedish_and_english(text: str, level: ChainLevel) -> None:
    assert ChainLevel.parse(text) is level


def test_an_unknown_level_names_the_choices() -> None:
    with pytest.raises(DomainError, match="aktivitet, resultat, effekt"):
        ChainLevel.parse("mål")
    assert [x.label_sv() for x in ChainLevel] == ["Aktiviteter", "Resultat", "Effekter"]
