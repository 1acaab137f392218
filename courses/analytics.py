"""What course analytics may show: the small-numbers rule, in one place, and the report that
the admin page, its charts and the CSV export all read (docs/analytics.md).

The rule (`figure`): a count of fewer than COURSES_ANALYTICS_MIN_GROUP learners (default 5) is
never shown, only "fewer than 5". A count that is part of a shown total is also hidden when the
rest of the total (total minus the count) is under that minimum, because anyone could work the
smaller group out by subtraction ("not shown"). A hidden figure keeps no number at all, so no
template, chart or CSV row can print it by mistake; percentages exist only for shown figures.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from cms.csv_safety import csv_cell_neutralise
from courses import conf, selectors
from courses.models import CoursePage

SMALL = "small"  # under the minimum group
COMPLEMENT = "complement"  # the rest of its total is under the minimum group


@dataclass(frozen=True)
class Figure:
    """A count as analytics may show it: `value` is None when it is hidden, and `hidden` says
    why (SMALL or COMPLEMENT)."""

    value: int | None
    hidden: str = ""
    min_group: int = 5
    percent: int | None = None  # of the total it was given, when shown

    @property
    def shown(self) -> bool:
        return self.value is not None

    @property
    def text(self) -> str:
        if self.hidden == SMALL:
            return _("fewer than %(n)s") % {"n": self.min_group}
        if self.hidden == COMPLEMENT:
            return _("not shown")
        return str(self.value)

    def __str__(self) -> str:
        return self.text


def figure(count: int, *, total: int | None = None) -> Figure:
    """`count` learners as analytics may show it: the one place the small-numbers rule is
    applied. With `total` (a count that is shown beside it, e.g. everyone enrolled), the
    complement `total - count` must reach the minimum group too; the percent of `total` is
    then given. No side effects."""
    k = conf.get("ANALYTICS_MIN_GROUP")
    if count < k:
        return Figure(value=None, hidden=SMALL, min_group=k)
    if total is not None and total - count < k:
        return Figure(value=None, hidden=COMPLEMENT, min_group=k)
    percent = round(100 * count / total) if total else None
    return Figure(value=count, min_group=k, percent=percent)


@dataclass
class Row:
    """One line of a table, one bar of a chart and one line of the CSV."""

    label: str
    figure: Figure
    group: str = ""  # the module a lesson is in
    median_score: int | None = None  # shown only when the median's group reaches the minimum


@dataclass
class WeekRow:
    start: date
    figure: Figure


@dataclass
class CourseReport:
    """Everything the analytics page, its charts and the CSV show for one course."""

    course: CoursePage
    scoped: bool
    min_group: int
    enrolled: Figure
    active: Figure
    completed: Figure
    modules: list[Row]
    lessons: list[Row]
    weeks: list[WeekRow]
    scores: list[Row]


def course_report(*, course: CoursePage, learners=None) -> CourseReport:
    """The course's aggregates with the small-numbers rule applied to every count; `learners`
    as in `selectors.course_analytics` (the viewer's scope). No side effects.

    Which totals the rule checks complements against: everyone enrolled is shown, so active,
    completed, and each module's and lesson's completions are checked against it. The weekly
    counts and the score bands have no shown total (learners count in several weeks; the
    number with a score is never shown), so only their own size is checked."""
    raw = selectors.course_analytics(course=course, learners=learners)
    n = raw.enrolled
    enrolled = figure(n)
    return CourseReport(
        course=course,
        scoped=raw.scoped,
        min_group=enrolled.min_group,
        enrolled=enrolled,
        active=figure(raw.active, total=n),
        completed=figure(raw.completed, total=n),
        modules=[
            Row(label=m.module.title, figure=figure(m.completed, total=n)) for m in raw.modules
        ],
        lessons=[_lesson_row(lesson, raw.modules, n) for lesson in raw.lessons],
        weeks=[WeekRow(start=w.start, figure=figure(w.learners)) for w in raw.weeks],
        scores=[Row(label=f"{b.low}–{b.high}%", figure=figure(b.learners)) for b in raw.scores],
    )


def _lesson_row(lesson: selectors.LessonStats, modules, enrolled: int) -> Row:
    module_title = next(
        (
            m.module.title
            for m in modules
            if any(x.id == lesson.lesson.id for x in m.module.lessons)
        ),
        "",
    )
    # A median of fewer learners than the minimum is close to one person's own score.
    median = lesson.median_score if figure(lesson.scored).shown else None
    return Row(
        label=lesson.lesson.title,
        figure=figure(lesson.completed, total=enrolled),
        group=module_title,
        median_score=round(median) if median is not None else None,
    )


def figures_of_parts(counts: list[int], *, total: int) -> list[Figure]:
    """Figures for `counts` that add up to a shown `total` (learners by score band): each by
    `figure`, then more are hidden, smallest first, while the hidden ones could be worked out
    from the total (only one hidden, or together fewer than the minimum). No side effects."""
    k = conf.get("ANALYTICS_MIN_GROUP")
    figures = [figure(count, total=total) for count in counts]
    if not figure(total).shown:
        return figures

    def hidden_sum() -> int:
        return sum(c for c, f in zip(counts, figures, strict=True) if not f.shown)

    def hidden_count() -> int:
        return sum(not f.shown for f in figures)

    while 0 < hidden_count() < len(figures) and (hidden_count() == 1 or hidden_sum() < k):
        smallest = min((i for i, f in enumerate(figures) if f.shown), key=lambda i: (counts[i], i))
        figures[smallest] = Figure(value=None, hidden=COMPLEMENT, min_group=k)
    return figures


@dataclass
class ActivityReport:
    """What the H5P results page shows for one activity."""

    activity: object
    attempts: Figure
    learners: Figure
    passed: Figure
    median_best: float | None
    distribution: list[tuple[str, Figure]]
    lessons: list
    min_group: int


def activity_report(results) -> ActivityReport:
    """`courses.h5p.selectors.activity_results` with the small-numbers rule applied: attempts
    under the minimum are hidden too (a handful of attempts is a handful of people), the
    median needs a group, and the score bands add up to the learners shown beside them."""
    learners = figure(results.learners)
    bands = figures_of_parts([n for _, n in results.distribution], total=results.learners)
    return ActivityReport(
        activity=results.activity,
        attempts=figure(results.attempts),
        learners=learners,
        passed=figure(results.passed, total=results.learners),
        median_best=results.median_best if learners.shown else None,
        distribution=[
            (label, band) for (label, _), band in zip(results.distribution, bands, strict=True)
        ],
        lessons=results.lessons,
        min_group=learners.min_group,
    )


# --- CSV ---------------------------------------------------------------------------------------


def csv_cell(value: object) -> str:
    """`value` as text that a spreadsheet never runs as a formula (lesson and module titles are
    typed by editors)."""
    return csv_cell_neutralise("" if value is None else str(value))


class _Echo:
    def write(self, value: str) -> str:
        return value


def report_csv_lines(report: CourseReport) -> Iterator[str]:
    """The report as CSV lines: a byte order mark (spreadsheets then read Indic scripts), a
    header, then one line per figure: section, item, group, learners, percent of enrolled,
    median quiz score. Hidden figures carry their words ("fewer than 5"), never a number."""
    writer = csv.writer(_Echo())
    header = [
        _("Section"),
        _("Item"),
        _("Module"),
        _("Learners"),
        _("Percent of enrolled"),
        _("Median quiz score"),
    ]
    yield "\ufeff" + writer.writerow([csv_cell(cell) for cell in header])

    def line(section, item, fig: Figure, group="", median=None) -> str:
        cells = [
            section,
            item,
            group,
            fig.text,
            "" if fig.percent is None else fig.percent,
            "" if median is None else median,
        ]
        return writer.writerow([csv_cell(cell) for cell in cells])

    yield line(_("Course"), _("Enrolled"), report.enrolled)
    yield line(_("Course"), _("Active in the last 14 days"), report.active)
    yield line(_("Course"), _("Completed the course"), report.completed)
    for row in report.modules:
        yield line(_("Module completed"), row.label, row.figure)
    for row in report.lessons:
        yield line(_("Lesson completed"), row.label, row.figure, row.group, row.median_score)
    for week in report.weeks:
        yield line(
            _("Learners who completed a lesson, week of"), week.start.isoformat(), week.figure
        )
    for row in report.scores:
        yield line(_("Average best quiz score"), row.label, row.figure)
