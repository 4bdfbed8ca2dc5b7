"""Reordering keeps every item once; removing archives what has values and deletes the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.catalog import list_projects
from hallbar_desktop.services.entry import CellEdit, apply_edits
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.services.projects import (
    FocusAreaFields,
    IndicatorFields,
    ProjectFields,
    create_focus_area,
    create_indicator,
    create_project,
)
from hallbar_desktop.services.structure import (
    Removal,
    move_focus_area,
    move_indicator,
    remove_focus_area,
    remove_indicator,
    remove_project,
    reorder_focus_areas,
    reorder_indicators,
    restore_focus_area,
    restore_indicator,
)
from hallbar_desktop.store.models import Indicator
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"


@pytest.fixture
def small(register: Register) -> Register:
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load", SMALL.name))
        create_indicator(s, "TEST", IndicatorFields("1.3", "Ny indikator", 1, IndicatorKind.COUNT))
    return register


def _order(reg: Register) -> list[str]:
    with reg.reading() as s:
        return [r.indicator.code for r in project_grid(s, "TEST").rows]


def _navigator(reg: Register) -> list[tuple[int, list[str]]]:
    with reg.reading() as s:
        entry = next(e for e in list_projects(s) if e.project.code == "TEST")
    return [(a.focus_area.number, [i.code for i in a.indicators]) for a in entry.focus_areas]


def test_moving_indicators_and_focus_areas(small: Register) -> None:
    assert _order(small) == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    with small.transaction() as s:
        assert move_indicator(s, "TEST", "1.3", -1)
        assert not move_indicator(s, "TEST", "1.1", -1)  # already first
    assert _order(small) == ["1.1", "1.3", "1.2", "2.1", "2.2"]
    with small.transaction() as s:
        assert move_focus_area(s, "TEST", 2, -1)
    assert _order(small) == ["2.1", "2.2", "1.1", "1.3", "1.2"]
    assert [n for n, _ in _navigator(small)] == [2, 1]  # the navigator follows the same order
    assert _navigator(small)[1][1] == ["1.1", "1.3", "1.2"]


def test_reorder_must_name_each_item_once(small: Register) -> None:
    with pytest.raises(ValidationError, match="samma indikatorer"), small.transaction() as s:
        reorder_indicators(s, "TEST", 1, ["1.1", "1.1", "1.2"])
    with pytest.raises(ValidationError, match="samma insatsområden"), small.transaction() as s:
        reorder_focus_areas(s, "TEST", [1])
    assert _order(small) == ["1.1", "1.2", "1.3", "2.1", "2.2"]


def test_remove_archives_what_has_values_and_deletes_the_rest(small: Register) -> None:
    with small.transaction() as s:
        assert remove_indicator(s, "TEST", "1.3") is Removal.DELETED
        assert remove_indicator(s, "TEST", "1.1") is Removal.ARCHIVED
    with small.reading() as s:
        codes = set(s.scalars(select(Indicator.code)))
    assert "1.3" not in codes and "1.1" in codes  # the archived one and its values stay
    assert _order(small) == ["1.2", "2.1", "2.2"]
    with pytest.raises(ValidationError, match="arkiverad"), small.transaction() as s:
        apply_edits(s, "TEST", [CellEdit.typed("1.1", Quarter.parse("2022Q1"), "5")], Actor("a", "window"))
    with small.transaction() as s:
        restore_indicator(s, "TEST", "1.1")
    assert _order(small)[0] == "1.1"


def test_a_value_once_entered_and_cleared_still_counts_as_history(small: Register) -> None:
    with small.transaction() as s:
        apply_edits(s, "TEST", [CellEdit.typed("1.3", Quarter(2021, 4), "4")], Actor("a", "window"))
        apply_edits(s, "TEST", [CellEdit.typed("1.3", Quarter(2021, 4), "")], Actor("a", "window"))
        assert remove_indicator(s, "TEST", "1.3") is Removal.ARCHIVED


def test_focus_areas_and_projects(small: Register) -> None:
    with small.transaction() as s:
        create_focus_area(s, "TEST", FocusAreaFields(3, "Tomt område"))
        assert remove_focus_area(s, "TEST", 3) is Removal.DELETED
        assert remove_focus_area(s, "TEST", 1) is Removal.ARCHIVED
    assert [n for n, _ in _navigator(small)] == [2]
    assert _order(small) == ["2.1", "2.2"]  # its indicators left the grid with it
    with small.transaction() as s:
        restore_focus_area(s, "TEST", 1)
    assert _order(small) == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    with small.transaction() as s:
        create_project(s, ProjectFields("TOM", "Tomt projekt", start=Quarter(2021, 1),
            end=Quarter(2021, 4)))
        assert remove_project(s, "TOM") is Removal.DELETED
        assert remove_project(s, "TEST") is Removal.ARCHIVED
    with small.reading() as s:
        assert list_projects(s) == []
        assert [e.project.code for e in list_projects(s, include_archived=True)] == ["TEST"]
