"""The system check that keeps analytics' small-numbers minimum meaningful."""

import pytest

from courses.checks import check_analytics_min_group


@pytest.mark.parametrize(
    ("value", "ids"),
    [(5, []), (2, []), (1, ["courses.E002"]), (0, ["courses.E002"]), ("5", ["courses.E002"])],
)
def test_check_analytics_min_group(settings, value, ids):
    settings.COURSES_ANALYTICS_MIN_GROUP = value
    assert [error.id for error in check_analytics_min_group(None)] == ids
