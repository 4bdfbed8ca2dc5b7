"""The effect chain (effektkedja): how a project's activities lead to results and effects.

Tillväxtverket asks projects to describe their effect logic: activities (what the project does)
lead to results (short-term, during the project) which lead to effects (long-term, after it).
A chain is boxes on those three levels and arrows between them. The rules here keep it a chain:

- an arrow goes forwards (activity → result → effect) or stays on its level (a result that
  leads to another result); never backwards, and never round in a circle;
- an arrow from an activity straight to an effect skips the result level: allowed only when
  the user chooses it (the arrow then carries that choice, and the diagram shows it);
- an indicator sits on one level only, and that level agrees with the indicator's own
  effect-logic level (``EffectLevel``): activity indicators on the activity level, outputs and
  short-term effects among the results, long-term effects among the effects;
- activities of the plan sit on the activity level.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.kinds import EffectLevel, label_sv


class ChainLevel(StrEnum):
    ACTIVITY = "activity"
    RESULT = "result"
    EFFECT = "effect"

    @property
    def rank(self) -> int:
        return _ORDER.index(self)

    def label_sv(self) -> str:
        """The column's heading: Aktiviteter, Resultat, Effekter."""
        return _PLURAL_SV[self]

    def label_en(self) -> str:
        return _PLURAL_EN[self]

    def singular_sv(self) -> str:
        return _SINGULAR_SV[self]

    def horizon_sv(self) -> str:
        """When the level is reached, as the column's sub-heading."""
        return _HORIZON_SV[self]

    @classmethod
    def parse(cls, text: str) -> ChainLevel:
        """The code (``result``), the Swedish word in singular or plural (``resultat``,
        ``effekter``) or the English word, whatever the case."""
        wanted = " ".join(str(text).split()).lower()
        for level in cls:
            if wanted in (level.value, _PLURAL_SV[level].lower(), _SINGULAR_SV[level].lower(),
                          _PLURAL_EN[level].lower(), _SINGULAR_EN[level]):
                return level
        allowed = ", ".join(_SINGULAR_SV[x].lower() for x in cls)
        raise DomainError(f"Nivån «{str(text).strip()}» finns inte i effektkedjan; välj {allowed}.")


_ORDER = (ChainLevel.ACTIVITY, ChainLevel.RESULT, ChainLevel.EFFECT)
_PLURAL_SV = {ChainLevel.ACTIVITY: "Aktiviteter", ChainLevel.RESULT: "Resultat", ChainLevel.EFFECT: "Effekter"}
_SINGULAR_SV = {ChainLevel.ACTIVITY: "Aktivitet", ChainLevel.RESULT: "Resultat", ChainLevel.EFFECT: "Effekt"}
_PLURAL_EN = {ChainLevel.ACTIVITY: "Activities", ChainLevel.RESULT: "Results", ChainLevel.EFFECT: "Effects"}
_SINGULAR_EN = {ChainLevel.ACTIVITY: "activity", ChainLevel.RESULT: "result", ChainLevel.EFFECT: "effect"}
_HORIZON_SV = {
    ChainLevel.ACTIVITY: "det projektet gör",
    ChainLevel.RESULT: "kort sikt, under projektet",
    ChainLevel.EFFECT: "lång sikt, efter projektet",
}

#: Where an indicator of each effect-logic level belongs in the chain.
LEVEL_OF_EFFECT = {
    EffectLevel.ACTIVITY: ChainLevel.ACTIVITY,
    EffectLevel.OUTPUT: ChainLevel.RESULT,
    EffectLevel.SHORT_TERM: ChainLevel.RESULT,
    EffectLevel.LONG_TERM: ChainLevel.EFFECT,
}


def chain_level_of(effect_level: EffectLevel) -> ChainLevel:
    return LEVEL_OF_EFFECT[effect_level]


def indicator_level_note(code: str, effect_level: EffectLevel, box_level: ChainLevel) -> str:
    """Why an indicator does not fit the level it sits on ("" when it does)."""
    wanted = chain_level_of(effect_level)
    if wanted is box_level:
        return ""
    return (f"Indikatorn {code} har effektlogiknivån «{label_sv(effect_level).lower()}» och hör hemma bland "
            f"{wanted.label_sv().lower()}, men sitter bland {box_level.label_sv().lower()}. Flytta den, eller "
            "ändra indikatorns effektlogiknivå.")


def check_indicator_level(code: str, effect_level: EffectLevel, box_level: ChainLevel) -> None:
    note = indicator_level_note(code, effect_level, box_level)
    if note:
        raise DomainError(note)


def check_activity_level(code: str, box_level: ChainLevel) -> None:
    """An activity of the plan is what the project does: it sits on the activity level."""
    if box_level is not ChainLevel.ACTIVITY:
        raise DomainError(
            f"Aktiviteten {code} kan bara sitta bland aktiviteterna i effektkedjan, inte bland "
            f"{box_level.label_sv().lower()}. Rita en pil från aktivitetsrutan till resultatet i stället.")


def skips_result(source: ChainLevel, target: ChainLevel) -> bool:
    """Whether an arrow from ``source`` to ``target`` jumps over the result level."""
    return source is ChainLevel.ACTIVITY and target is ChainLevel.EFFECT


def check_link(source: ChainLevel, target: ChainLevel, *, skip_chosen: bool) -> None:
    """An arrow goes forwards or stays on its level; skipping the results must be chosen."""
    if target.rank < source.rank:
        raise DomainError(
            f"En pil i effektkedjan går framåt, från {source.singular_sv().lower()} mot effekter: den kan inte "
            f"gå tillbaka från {source.singular_sv().lower()} till {target.singular_sv().lower()}.")
    if skips_result(source, target) and not skip_chosen:
        raise DomainError(
            "Pilen går från en aktivitet direkt till en effekt och hoppar över resultatnivån. Lägg till ett "
            "resultat emellan, eller välj uttryckligen att pilen hoppar över resultatet.")


def creates_cycle(links: Iterable[tuple[int, int]], source: int, target: int) -> bool:
    """Whether adding ``source → target`` to ``links`` closes a circle (or points at itself)."""
    if source == target:
        return True
    following: dict[int, list[int]] = {}
    for a, b in links:
        following.setdefault(a, []).append(b)
    seen: set[int] = set()
    todo = [target]
    while todo:  # can ``source`` be reached from ``target``?
        node = todo.pop()
        if node == source:
            return True
        if node in seen:
            continue
        seen.add(node)
        todo.extend(following.get(node, ()))
    return False


def check_no_cycle(links: Iterable[tuple[int, int]], source: int, target: int) -> None:
    if source == target:
        raise DomainError("En pil kan inte gå från en ruta till samma ruta.")
    if creates_cycle(links, source, target):
        raise DomainError(
            "Pilen skulle sluta en cirkel i effektkedjan (rutan leder redan, via andra rutor, tillbaka hit). "
            "En effektkedja går från aktiviteter mot effekter utan att gå runt.")
