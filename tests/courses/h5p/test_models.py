"""The H5P models: an activity's IRI, the pass-mark rule with H5P's rounding, an attempt's
percent."""

from __future__ import annotations

import uuid

import pytest
from django.conf import settings
from django.utils import timezone

from courses.h5p import services
from courses.models import H5PActivity, H5PAttempt
from courses.models.h5p import PASS_TOLERANCE
from tests.courses.h5p.helpers import greeting_package


def _attempt(activity: H5PActivity, scaled: float | None) -> H5PAttempt:
    return H5PAttempt(
        activity=activity,
        statement_id=uuid.uuid4(),
        verb="http://adlnet.gov/expapi/verbs/answered",
        score_scaled=scaled,
        finished_at=timezone.now(),
    )


@pytest.mark.django_db
def test_activity_iri_is_set_once_and_survives_a_change_of_site_address():
    activity = services.activity_create(data=greeting_package())
    iri = activity.iri

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(settings, "WAGTAILADMIN_BASE_URL", "https://new.example.org")
        activity.title = "Renamed"
        activity.save()

    activity.refresh_from_db()
    assert activity.iri == iri
    assert iri.startswith(f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/xapi/activities/h5p/")
    assert str(uuid.UUID(iri.rsplit("/", 1)[1])) == iri.rsplit("/", 1)[1]


@pytest.mark.django_db
def test_each_activity_gets_its_own_iri():
    data = greeting_package()
    first = services.activity_create(data=data)
    second = services.activity_create(data=data)

    assert first.iri != second.iri


@pytest.mark.parametrize(
    ("pass_mark", "scaled", "passes"),
    [
        (60, 0.6, True),
        (60, 0.59995, True),
        (60, 0.5999, False),
        (60, 1.0, True),
        (60, None, False),
        (0, 0.0, True),
        (0, None, False),
        (100, 1.0, True),
        (100, 0.9999, False),
        # 3 of 14 is sent as 0.2143; a pass mark of 21 % is met.
        (21, 0.2143, True),
        (22, 0.2143, False),
    ],
)
def test_activity_passes_at_or_above_the_pass_mark_allowing_for_rounding(pass_mark, scaled, passes):
    assert H5PActivity(pass_mark=pass_mark).passes(scaled) is passes


def test_pass_tolerance_is_half_of_h5ps_last_decimal():
    assert PASS_TOLERANCE == 0.00005


@pytest.mark.parametrize(
    ("scaled", "percent"),
    [(None, None), (0.0, 0), (0.2143, 21), (0.5, 50), (0.75, 75), (1.0, 100)],
)
def test_attempt_percent(scaled, percent):
    assert _attempt(H5PActivity(pass_mark=60), scaled).percent == percent


@pytest.mark.parametrize(("scaled", "percent"), [(0.29, 29), (0.57, 57), (0.58, 58)])
def test_attempt_percent_is_not_lowered_by_float_error(scaled, percent):
    assert _attempt(H5PActivity(pass_mark=60), scaled).percent == percent


def test_attempt_passed_follows_its_activity():
    activity = H5PActivity(pass_mark=80)

    assert _attempt(activity, 0.8).passed is True
    assert _attempt(activity, 0.79).passed is False
    assert _attempt(activity, None).passed is False
