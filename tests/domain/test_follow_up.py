"""Indicators whose deadline lies after the project's end are followed until that deadline."""

from __future__ import annotations

from hallbar_desktop.domain.follow_up import (
    follow_up_end,
    follow_up_note_sv,
    follows_after_end,
    last_quarter,
    outside_message_sv,
)
from hallbar_desktop.domain.quarters import Quarter

END = Quarter(2022, 4)


def test_only_a_deadline_after_the_end_is_followed_after_it() -> None:
    assert follows_after_end(Quarter(2024, 4), END)
    assert not follows_after_end(END, END)
    assert not follows_after_end(Quarter(2021, 2), END)
    assert not follows_after_end(None, END)


def test_the_last_quarter_is_the_deadline_or_the_end() -> None:
    assert last_quarter(Quarter(2024, 4), END) == Quarter(2024, 4)
    assert last_quarter(Quarter(2021, 2), END) == END
    assert last_quarter(None, END) == END
    assert follow_up_end([None, Quarter(2023, 2), Quarter(2024, 4), Quarter(2022, 1)], END) == Quarter(2024, 4)
    assert follow_up_end([], END) == END


def test_messages_say_why_a_quarter_is_refused() -> None:
    start = Quarter(2020, 1)
    ordinary = outside_message_sv(Quarter(2023, 1), "RJL", start, END, "3.1", END)
    assert "utanför projektperioden för RJL" in ordinary and "efter projektets slut" in ordinary
    followed = outside_message_sv(Quarter(2025, 1), "RJL", start, END, "1.4", Quarter(2024, 4))
    assert "utanför uppföljningen av 1.4" in followed and "till och med sitt måldatum 2024 kv 4" in followed
    assert follow_up_note_sv(Quarter(2024, 4)) == "Följs upp efter projektslut, till och med 2024 kv 4"
