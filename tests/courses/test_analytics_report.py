"""The small-numbers rule, the CSV and the chart geometry of course analytics, without a
database: exact values, and the boundary between 4 and 5 learners."""

from datetime import date

import pytest
from django.utils import translation

from courses import analytics, charts
from courses.analytics import COMPLEMENT, SMALL, CourseReport, Figure, Row, WeekRow, figure


@pytest.mark.parametrize(
    ("count", "total", "expected"),
    [
        (0, None, Figure(value=None, hidden=SMALL)),
        (4, None, Figure(value=None, hidden=SMALL)),
        (5, None, Figure(value=5)),
        (4, 12, Figure(value=None, hidden=SMALL)),
        # The rest of the total: 5 left out is a group, 4 is not (it could be subtracted).
        (7, 12, Figure(value=7, percent=58)),
        (8, 12, Figure(value=None, hidden=COMPLEMENT)),
        (12, 12, Figure(value=None, hidden=COMPLEMENT)),
        (5, 10, Figure(value=5, percent=50)),
        (5, 9, Figure(value=None, hidden=COMPLEMENT)),
        (3, 4, Figure(value=None, hidden=SMALL)),
    ],
)
def test_figure_hides_groups_under_five_and_their_complements(count, total, expected):
    assert figure(count, total=total) == expected


def test_figure_words_for_hidden_counts():
    assert [figure(4).text, figure(9, total=12).text, figure(5).text] == [
        "fewer than 5",
        "not shown",
        "5",
    ]


def test_figure_minimum_follows_the_setting(settings):
    settings.COURSES_ANALYTICS_MIN_GROUP = 10
    assert figure(9) == Figure(value=None, hidden=SMALL, min_group=10)
    assert figure(9).text == "fewer than 10"
    assert figure(10) == Figure(value=10, min_group=10)


def test_figure_words_in_bengali():
    # Passes once the lead merges /tmp/i18n/analytics.json into the catalogues.
    with translation.override("bn"):
        assert figure(4).text == "5 জনের কম"


def _report(**overrides) -> CourseReport:
    values = {
        "course": None,
        "scoped": False,
        "min_group": 5,
        "enrolled": figure(10),
        "active": figure(9, total=10),
        "completed": figure(5, total=10),
        "modules": [Row(label='=HYPERLINK("http://x")', figure=figure(5, total=10))],
        "lessons": [
            Row(label="Lesson 1.1", figure=figure(5, total=10), group="Module 1"),
            Row(label="Lesson 1.2", figure=figure(4, total=10), group="Module 1", median_score=50),
        ],
        "weeks": [
            WeekRow(start=date(2026, 11, 30), figure=figure(3)),
            WeekRow(start=date(2026, 12, 7), figure=figure(6)),
        ],
        "scores": [Row(label="0–19%", figure=figure(0)), Row(label="80–100%", figure=figure(5))],
    }
    values.update(overrides)
    return CourseReport(**values)


def test_report_csv_is_one_line_per_figure_with_hidden_ones_in_words():
    text = "".join(analytics.report_csv_lines(_report()))

    assert text.split("\r\n") == [
        "\ufeffSection,Item,Module,Learners,Percent of enrolled,Median quiz score",
        "Course,Enrolled,,10,,",
        "Course,Active in the last 14 days,,not shown,,",
        "Course,Completed the course,,5,50,",
        # A title that a spreadsheet would run as a formula is made plain text.
        'Module completed,"\'=HYPERLINK(""http://x"")",,5,50,',
        "Lesson completed,Lesson 1.1,Module 1,5,50,",
        "Lesson completed,Lesson 1.2,Module 1,fewer than 5,,50",
        '"Learners who completed a lesson, week of",2026-11-30,,fewer than 5,,',
        '"Learners who completed a lesson, week of",2026-12-07,,6,,',
        "Average best quiz score,0–19%,,fewer than 5,,",
        "Average best quiz score,80–100%,,5,,",
        "",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM", "'@SUM"),
        ("\tx", "'\tx"),
        ("a=b", "a=b"),
        (None, ""),
        (5, "5"),
    ],
)
def test_csv_cell_neutralises_formulas(value, expected):
    assert analytics.csv_cell(value) == expected


def test_bar_chart_draws_only_shown_figures():
    chart = charts.bar_chart(
        slug="lessons",
        title="Completion by lesson",
        description="",
        rows=[
            ("Lesson 1.1", figure(5, total=10)),
            ("Lesson 1.2", figure(4, total=10)),
            ("A lesson with a title much longer than thirty characters", figure(10, total=20)),
        ],
        percent=True,
    )

    assert (chart.width, chart.height, chart.plot_width) == (640, 102, 320)
    assert [(b.label, b.value_text, b.shown, b.y, b.width, b.value_x) for b in chart.bars] == [
        ("Lesson 1.1", "5 (50%)", True, 6, 160, 376),
        ("Lesson 1.2", "fewer than 5", False, 36, 0, 216),
        ("A lesson with a title much lo…", "10 (50%)", True, 66, 160, 376),
    ]
    assert chart.bars[2].full_label == "A lesson with a title much longer than thirty characters"


def test_bar_chart_of_counts_scales_to_the_largest_shown():
    chart = charts.bar_chart(
        slug="weeks",
        title="",
        description="",
        rows=[("a", figure(6)), ("b", figure(12)), ("c", figure(2))],
        percent=False,
    )
    assert [(b.value_text, b.width) for b in chart.bars] == [
        ("6", 160),
        ("12", 320),
        ("fewer than 5", 0),
    ]


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([5, 5, 5], [Figure(value=5, percent=33)] * 3),
        # One band of 1 and zeros hidden: 1 could be worked out from the total (12), so the
        # smallest shown band goes too; 6 (1 + 5) hidden is a group again.
        (
            [0, 0, 1, 5, 6],
            [
                Figure(value=None, hidden=SMALL),
                Figure(value=None, hidden=SMALL),
                Figure(value=None, hidden=SMALL),
                Figure(value=None, hidden=COMPLEMENT),
                Figure(value=6, percent=50),
            ],
        ),
        # A single hidden band, even an empty one, is never left alone beside its total.
        (
            [5, 6, 0],
            [
                Figure(value=None, hidden=COMPLEMENT),
                Figure(value=6, percent=55),
                Figure(value=None, hidden=SMALL),
            ],
        ),
        ([1, 2], [Figure(value=None, hidden=SMALL), Figure(value=None, hidden=SMALL)]),
    ],
)
def test_figures_of_parts_hide_what_the_total_would_give_away(counts, expected):
    assert analytics.figures_of_parts(counts, total=sum(counts)) == expected
