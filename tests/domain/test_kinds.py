"""Every kind, accumulation, direction, effect level and sex has a Swedish and English label."""

from __future__ import annotations

from enum import StrEnum

import pytest

from hallbar_desktop.domain.errors import DomainError, InvalidQuarter, InvalidValue
from hallbar_desktop.domain.kinds import (
    Accumulation,
    Direction,
    EffectLevel,
    IndicatorKind,
    Sex,
    label,
    label_en,
    label_sv,
)


@pytest.mark.parametrize(
    ("member", "text"),
    [
        (IndicatorKind.PERCENT, "Andel (%)"),
        (IndicatorKind.COUNT, "Antal"),
        (IndicatorKind.AMOUNT, "Belopp (kr, tkr eller mkr)"),
        (IndicatorKind.MILESTONE, "Milstolpe"),
        (Accumulation.LEVEL, "Nivå (värdet vid kvartalets slut)"),
        (Accumulation.FLOW, "Flöde (summeras över perioden)"),
        (Direction.HIGHER, "Högre är bättre"),
        (Direction.LOWER, "Lägre är bättre"),
        (EffectLevel.ACTIVITY, "Aktivitet"),
        (EffectLevel.OUTPUT, "Prestation/resultat"),
        (EffectLevel.SHORT_TERM, "Kortsiktig effekt"),
        (EffectLevel.LONG_TERM, "Långsiktig effekt"),
        (Sex.WOMEN, "Kvinnor"),
        (Sex.MEN, "Män"),
        (Sex.OTHER, "Annat/ej angivet"),
    ],
)
def test_swedish_labels(member: StrEnum, text: str) -> None:
    assert label_sv(member) == text
    assert label(member) == text


@pytest.mark.parametrize("enum", [IndicatorKind, Accumulation, Direction, EffectLevel, Sex])
def test_every_member_has_an_english_label(enum: type[StrEnum]) -> None:
    for member in enum:
        assert label_en(member) != label_sv(member)
        assert label(member, "en") == label_en(member)


def test_stored_values() -> None:
    assert [k.value for k in IndicatorKind] == ["percent", "count", "amount", "quantity", "milestone"]
    assert [a.value for a in Accumulation] == ["level", "flow"]
    assert [d.value for d in Direction] == ["higher", "lower"]
    assert [e.value for e in EffectLevel] == ["activity", "output", "short_term", "long_term"]
    assert [s.value for s in Sex] == ["women", "men", "other"]


def test_errors_carry_their_message() -> None:
    for cls in (DomainError, InvalidValue, InvalidQuarter):
        error = cls("Ange ett värde.")
        assert str(error) == error.message == "Ange ett värde."
        assert isinstance(error, ValueError)
    assert issubclass(InvalidValue, DomainError) and issubclass(InvalidQuarter, DomainError)
