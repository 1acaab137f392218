"""Trainers' view of an activity's results: totals and the spread of learners' best scores,
naming nobody."""

import pytest
from django.urls import reverse

from courses.h5p import selectors, services
from courses.permissions import analytics_learners_visible_to
from tests.courses.h5p.helpers import greeting_package, statement
from tests.factories import UserFactory, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_mfa(settings):
    settings.CMS_STAFF_MFA_REQUIRED = False


def _attempts(activity, scores_by_learner: list[list[float]]):
    learners = []
    for scores in scores_by_learner:
        learner = UserFactory(display_name="Private Name")
        services.statements_recorded(
            user=learner,
            statements=[statement(activity.iri, score={"scaled": s}) for s in scores],
        )
        learners.append(learner)
    return learners


def test_activity_results_count_attempts_learners_passes_and_bands():
    activity = services.activity_create(data=greeting_package(), pass_mark=60)
    _attempts(activity, [[0.2, 0.65], [0.05], [1.0], [0.599]])

    results = selectors.activity_results(activity=activity)

    assert (results.attempts, results.learners, results.passed) == (5, 4, 2)
    assert results.median_best == 62.5  # bests 0.05, 0.599, 0.65, 1.0
    assert dict(results.distribution) == {
        "0-9": 1,
        "10-19": 0,
        "20-29": 0,
        "30-39": 0,
        "40-49": 0,
        "50-59": 1,
        "60-69": 1,
        "70-79": 0,
        "80-89": 0,
        "90-100": 1,
    }


def test_activity_results_without_attempts():
    activity = services.activity_create(data=greeting_package())

    results = selectors.activity_results(activity=activity)

    assert (results.attempts, results.learners, results.passed, results.median_best) == (
        0,
        0,
        0,
        None,
    )


def test_trainer_sees_totals_and_no_names(client):
    activity = services.activity_create(data=greeting_package(), title="Greet", pass_mark=60)
    _attempts(activity, [[0.7], [0.3]])
    client.force_login(user_with_role("trainer"))

    index = client.get(reverse("courses_admin_analytics")).content.decode()
    page = client.get(reverse("courses_admin_h5p_results", args=[activity.pk]))

    assert reverse("courses_admin_h5p_results", args=[activity.pk]) in index
    assert page.status_code == 200
    html = page.content.decode()
    # Two learners: every count is a group under 5 (docs/analytics.md).
    assert '<td data-stat="attempts">fewer than 5</td>' in html
    assert '<td data-stat="passed">fewer than 5</td>' in html
    assert '<td data-band="70-79">fewer than 5</td>' in html
    assert '<td data-stat="median">–</td>' in html
    assert "Private Name" not in html


def test_learner_cannot_see_activity_results(client):
    activity = services.activity_create(data=greeting_package())
    client.force_login(user_with_role("learner"))

    response = client.get(reverse("courses_admin_h5p_results", args=[activity.pk]))

    assert response.status_code in (302, 403)


def test_unknown_activity_results_is_404(client):
    client.force_login(user_with_role("coordinator"))

    assert client.get(reverse("courses_admin_h5p_results", args=[999])).status_code == 404


def test_coordinator_sees_only_the_attempts_of_their_collectives(client):
    from courses.models import Cohort, CohortMembership
    from trauma_training.models import Collective

    activity = services.activity_create(data=greeting_package(), title="Greet", pass_mark=60)
    own, _other = _attempts(activity, [[0.7], [0.3]])
    coordinator = user_with_role("coordinator", username="coordinator-k")
    cohort = Cohort.objects.create(name="Sahas")
    CohortMembership.objects.create(cohort=cohort, user=own, role="member")
    Collective.objects.create(cohort=cohort, region="West Bengal").coordinators.add(coordinator)
    client.force_login(coordinator)

    html = client.get(reverse("courses_admin_h5p_results", args=[activity.pk])).content.decode()
    results = selectors.activity_results(
        activity=activity, learners=analytics_learners_visible_to(coordinator)
    )

    assert (results.attempts, results.learners, results.passed) == (1, 1, 1)
    assert '<td data-stat="attempts">fewer than 5</td>' in html
    assert '<td data-band="30-39">fewer than 5</td>' in html
    assert "Counting only the learners of the collectives you coordinate." in html


def test_results_page_shows_groups_of_five_and_hides_what_could_be_worked_out(client):
    activity = services.activity_create(data=greeting_package(), title="Greet", pass_mark=60)
    _attempts(activity, [[0.7]] * 5 + [[0.4, 0.95]] * 5 + [[0.3]])
    client.force_login(user_with_role("trainer"))

    html = client.get(reverse("courses_admin_h5p_results", args=[activity.pk])).content.decode()

    assert '<td data-stat="attempts">16</td>' in html
    assert '<td data-stat="learners">11</td>' in html
    assert '<td data-stat="passed">not shown</td>' in html  # 10 of 11: the one left is a person
    assert '<td data-stat="median">70%</td>' in html
    # 30-39 holds one learner: with the total beside it, the smaller of the other bands (70-79)
    # is hidden too, so the one cannot be worked out by subtraction.
    assert '<td data-band="30-39">fewer than 5</td>' in html
    assert '<td data-band="70-79">not shown</td>' in html
    assert '<td data-band="90-100">5</td>' in html
