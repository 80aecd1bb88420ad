"""Relative and absolute dates, resolved against the article's date."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.dates import date_reader_for

ANCHOR = dt.date(2025, 4, 4)  # a Friday


@pytest.fixture(scope="module")
def dates(lexicon):
    return date_reader_for(lexicon)


@pytest.mark.parametrize(
    ("text", "past", "expected"),
    [
        ("on Friday held a meeting", True, "2025-04-04"),
        ("on Tuesday called on", True, "2025-04-01"),
        ("will visit on Tuesday", False, "2025-04-08"),
        ("met yesterday", True, "2025-04-03"),
        ("will arrive tomorrow", False, "2025-04-05"),
        ("the visit in this month", False, "2025-04"),
        ("will travel next month", False, "2025-05"),
        ("met last month", True, "2025-03"),
        ("later this year", False, "2025"),
        ("on 9 May the minister", True, "2024-05-09"),
        ("on 9 May the minister will", False, "2025-05-09"),
        ("on May 9th", False, "2025-05-09"),
        ("on 12 June 2024", True, "2024-06-12"),
        ("on 2024-08-22", True, "2024-08-22"),
        ("in March", True, "2025-03"),
        ("a mission planned for March next year", False, "2026-03"),
        ("the mission is planned for October", False, "2025-10"),
        ("In 2023, the minister visited Wellington", True, "2023"),
    ],
)
def test_resolution(dates, text: str, past: bool, expected: str) -> None:
    found = [d for d in dates.find(text, ANCHOR, past=past) if d.date]
    assert found, text
    assert found[0].date.iso() == expected


def test_the_verb_may_is_not_a_month(dates) -> None:
    assert dates.find("exports may rise", ANCHOR) == []


def test_invalid_dates_are_ignored(dates) -> None:
    assert dates.parse("31 February 2025") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("her visit to Dakar last November", "2024-11"),
        ("he will come next March", "2026-03"),
        ("they met last February", "2025-02"),
        ("the fair opens this June", "2025-06"),
    ],
)
def test_last_and_next_month_names(text: str, expected: str) -> None:
    from kg.dates import date_reader_for
    from kg.lexicon import load_lexicon

    found = date_reader_for(load_lexicon()).find(text, dt.date(2025, 3, 12))
    assert [d.date.iso() for d in found if d.date] == [expected]


def test_a_span_of_days_gives_its_first_day(lexicon) -> None:
    reader = date_reader_for(lexicon)
    anchor = dt.date(2025, 6, 12)
    for text, expected in [
        ("will visit New Delhi from 15 to 17 March", (2026, 3, 15)),
        ("is in Mauritius from 9 to 13 March 2026", (2026, 3, 9)),
        ("is paying a visit on April 15-18", (2026, 4, 15)),
    ]:
        (found,) = reader.find(text, anchor, past=False)
        assert (found.date.year, found.date.month, found.date.day) == expected


@pytest.mark.parametrize(
    ("text", "anywhere", "days"),
    [
        ("Two days later, in Kuala Lumpur, the minister met", False, 2),
        ("The previous day, he toured the port.", False, -1),
        ("They had held talks the previous evening.", True, -1),
        # the sentence's subject is the event before: what it tells is the earlier one
        ("The meeting came a day after Farouk visited the port.", False, -1),
        ("The signing came two days after the minister received the envoy.", True, -2),
    ],
)
def test_days_counted_from_the_event_before(dates, text: str, anywhere: bool, days: int) -> None:
    assert dates.chained(text, anywhere=anywhere) == days


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("a business mission to Tashkent next spring", dt.date(2025, 3, 3), "2026"),
        ("a business mission to Tashkent next spring", dt.date(2025, 1, 10), "2025"),
        ("the fair takes place next autumn", dt.date(2025, 11, 10), "2026"),
        ("the talks resume this summer", dt.date(2025, 1, 10), "2025"),
        ("the delegation came last spring", dt.date(2025, 4, 10), "2024"),
        ("the delegation came last spring", dt.date(2025, 11, 10), "2025"),
    ],
)
def test_seasons_give_their_year(dates, text: str, anchor: dt.date, expected: str) -> None:
    assert [d.date.iso() for d in dates.find(text, anchor, past=None) if d.date] == [expected]
