"""Geometry for the analytics page's server-rendered SVG bar charts (no script, no external
file, no style attribute: the template uses presentation attributes, so any
Content-Security-Policy allows it). Only figures the small-numbers rule shows get a bar; a
hidden one gets a dashed outline and its words ("fewer than 5"), so no length gives it away.

Colour is never the only cue: one colour-blind-safe blue (Okabe and Ito's palette) for every
bar, the value written beside each bar, text in `currentColor` so it follows the admin theme.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from courses.analytics import CourseReport, Figure

WIDTH = 640
LABEL_WIDTH = 210
VALUE_WIDTH = 110
BAR_HEIGHT = 22
GAP = 8
TOP = 6
LABEL_CHARS = 30  # longer labels are shortened in the chart; the table has them whole
BAR_COLOUR = "#0072B2"


@dataclass
class Bar:
    label: str  # as drawn (maybe shortened)
    full_label: str
    value_text: str
    shown: bool
    y: int
    text_y: int
    width: int
    value_x: int


@dataclass
class BarChart:
    slug: str  # unique on the page: ids of <title> and <desc>
    title: str
    description: str
    width: int
    height: int
    label_width: int
    plot_width: int
    bar_height: int
    colour: str
    bars: list[Bar]


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def bar_chart(
    *,
    slug: str,
    title: str,
    description: str,
    rows: list[tuple[str, Figure]],
    percent: bool,
) -> BarChart:
    """A horizontal bar per row. With `percent`, bars are the figure's percent of its total on
    a 0-100 scale and are labelled "count (percent%)"; otherwise bars are counts scaled to the
    largest shown count. No side effects."""
    plot_width = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    largest = max((f.value for _, f in rows if f.shown), default=0) or 1
    bars = []
    for i, (label, fig) in enumerate(rows):
        y = TOP + i * (BAR_HEIGHT + GAP)
        if fig.shown:
            share = (fig.percent or 0) / 100 if percent else fig.value / largest
            width = max(1, round(plot_width * share)) if fig.value else 0
            text = f"{fig.value} ({fig.percent}%)" if percent else str(fig.value)
        else:
            width, text = 0, fig.text  # no bar: its length would give the count away
        bars.append(
            Bar(
                label=_short(label),
                full_label=label,
                value_text=text,
                shown=fig.shown,
                y=y,
                text_y=y + BAR_HEIGHT // 2 + 5,
                width=width,
                value_x=LABEL_WIDTH + (width if fig.shown else 0) + 6,
            )
        )
    return BarChart(
        slug=slug,
        title=title,
        description=description,
        width=WIDTH,
        height=TOP * 2 + len(rows) * (BAR_HEIGHT + GAP),
        label_width=LABEL_WIDTH,
        plot_width=plot_width,
        bar_height=BAR_HEIGHT,
        colour=BAR_COLOUR,
        bars=bars,
    )


def course_report_charts(report: CourseReport) -> dict[str, BarChart]:
    """The four charts of the course analytics page, by name. No side effects."""
    k = {"n": report.min_group}
    hidden_note = (
        _(
            "Counts under %(n)s are written as words and not drawn; the table beside the chart has "
            "the same figures."
        )
        % k
    )
    return {
        "modules": bar_chart(
            slug="modules",
            title=_("Completion by module"),
            description=_("Share of enrolled learners who completed each module.")
            + " "
            + hidden_note,
            rows=[(row.label, row.figure) for row in report.modules],
            percent=True,
        ),
        "lessons": bar_chart(
            slug="lessons",
            title=_("Completion by lesson"),
            description=_("Share of enrolled learners who completed each lesson.")
            + " "
            + hidden_note,
            rows=[(row.label, row.figure) for row in report.lessons],
            percent=True,
        ),
        "weeks": bar_chart(
            slug="weeks",
            title=_("Learners who completed a lesson, by week"),
            description=_(
                "For each of the last %(weeks)s weeks, oldest first: how many learners "
                "completed at least one lesson."
            )
            % {"weeks": len(report.weeks)}
            + " "
            + hidden_note,
            rows=[(week_label(week.start), week.figure) for week in report.weeks],
            percent=False,
        ),
        "scores": bar_chart(
            slug="scores",
            title=_("Spread of quiz scores"),
            description=_(
                "How many learners have an average best quiz score in each band; the pass mark "
                "is 80%."
            )
            + " "
            + hidden_note,
            rows=[(row.label, row.figure) for row in report.scores],
            percent=False,
        ),
    }


def week_label(start: date) -> str:
    """ "Week of 30 Nov", in the viewer's language."""
    return _("Week of %(date)s") % {"date": date_format(start, "j M")}
