"""The year of a dateline that gives only a day and a month."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.years import YearReader, year_reader_for


@pytest.fixture(scope="module")
def years(lexicon) -> YearReader:
    return year_reader_for(lexicon)


def test_year_hint_prefers_source_lines_then_latest_reported_year(years: YearReader) -> None:
    assert years.hint(["Copyright 2023 APP"], ["Trade grew in 2024."]) == 2023
    assert years.hint([], ["Trade grew in 2022 and in 2024.", "Vision 2030 aims high."]) == 2024
    assert years.hint([], ["Trade stood at $520 million during 2023-24."]) == 2024
    assert years.hint([], ["No year here."]) is None


def test_the_leads_weekday_picks_the_year_next_to_the_hint(years: YearReader) -> None:
    story = ["Exports of rice rose in 2024."]
    # 4 March is a Tuesday in 2025, a Monday in 2024
    assert years.dateline_year(3, 4, "X on Tuesday called on Y.", [], story) == 2025
    assert years.dateline_year(3, 4, "X on Monday called on Y.", [], story) == 2024
    # copy filed the next day: 'Nov. 19 ... on Monday' (18 November 2024 is a Monday)
    assert years.dateline_year(11, 19, "They agreed on Monday.", [], ["in 2023"]) == 2024
    # a weekday that fits no year near the hint leaves the hint
    assert years.dateline_year(3, 4, "X on Thursday met Y.", [], story) == 2024


def test_an_announced_weekday_says_nothing_of_the_year(years: YearReader) -> None:
    story = ["Exports of rice rose in 2024."]
    assert years.dateline_year(3, 4, "X will visit Baku on Tuesday.", [], story) == 2024


def test_without_any_year_the_latest_fitting_year_up_to_today(years: YearReader) -> None:
    today = dt.date(2026, 11, 23)
    # 7 October is a Monday in 2024 (and not again before 2030)
    assert years.dateline_year(10, 7, "The two agreed Monday to talk.", [], [], today) == 2024
    assert years.dateline_year(10, 7, "The two agreed today to talk.", [], [], today) is None


def test_planned_years_and_old_years_do_not_date_the_article(years: YearReader) -> None:
    story = ["Trade reached $60 million in January-August 2024.", "They will meet in 2025."]
    assert years.hint([], story) == 2024
    today = dt.date(2026, 11, 23)
    # 3 December is a Tuesday in 2024; 1971 is history, not the article's year
    old = ["The two countries established relations in 1971."]
    assert (
        years.dateline_year(12, 3, "The minister received on Tuesday the envoy.", [], old, today)
        == 2024
    )


def test_an_announced_year_dates_the_article_the_year_before(years: YearReader) -> None:
    story = ["Trade reached $1 billion in 2024.", "The next meeting will be held in 2026."]
    assert years.hint([], story) == 2025
    assert years.hint([], ["The 2024-2025 season began.", "Exports fell in 2023."]) == 2025


def test_a_weekday_prefers_the_reported_year_over_a_plan(years: YearReader) -> None:
    story = ["Bolivia imported fuel in 2023.", "It plans to start exporting lithium in 2026."]
    # 3 October is a Thursday in 2024; 2025 would fit only as 'the day before'
    lead = "The minister was received on Thursday."
    assert years.dateline_year(10, 3, lead, [], story, dt.date(2026, 11, 23)) == 2024


def test_a_whole_years_total_dates_the_article_after_that_year(years: YearReader) -> None:
    story = ["Trade between the two countries reached US$1.84 billion in 2024."]
    assert years.hint([], story) == 2025
    assert years.hint([], ["Trade grew by 9.2% in 2024 to reach $1.21 billion."]) == 2025
    # 16 September: a Monday in 2024, the day after a Monday in 2025
    lead = "The ministers met on Monday."
    assert years.dateline_year(9, 16, lead, [], story, dt.date(2026, 11, 23)) == 2025


def test_a_year_of_history_is_not_the_story_s_year(years: YearReader) -> None:
    text = [
        "Trade reached RM3.8 billion last year. The MCFTA, which came into force in 2012, was "
        "Malaysia's first free trade agreement with a Latin American country."
    ]
    assert years.hint([], text) is None
