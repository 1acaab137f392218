"""Course analytics: exact aggregates for staff, and who may see them."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import selectors, services
from courses.models import CompletionRule, LessonProgress
from tests.courses.helpers import quiz_block, text_block
from tests.factories import CourseBuilder, question, quiz_value, sign_in_with_mfa, user_with_role
from tests.factories.courses import lessons_of


@pytest.fixture
def analytics_course(index):
    """One module: a "viewed" lesson, then a quiz lesson with two questions (option 0 right)."""
    quiz_body = [text_block(), quiz_block(quiz_value(questions=[question(), question()]))]
    return (
        CourseBuilder(index, "A1")
        .module(
            lesson_specs=[
                {"rule": CompletionRule.VIEWED},
                {"rule": CompletionRule.QUIZ, "body": quiz_body},
            ]
        )
        .build()
    )


def _learner(name, course):
    user = user_with_role("learner", username=name)
    services.enrolment_create(user=user, course=course)
    return user


def _quiz(user, lesson, answers):
    services.quiz_attempt_submit(
        user=user, page=lesson, block_id=lesson.block_ids("quiz")[0], answers=answers
    )


@pytest.fixture
def cohort_activity(analytics_course, client):
    """Four learners and a trainer, each leaving a different trace in the course."""
    viewed, quiz = lessons_of(analytics_course)
    asha = _learner("asha", analytics_course)  # completes everything: quiz 100
    services.lesson_mark_viewed(user=asha, lesson=viewed)
    _quiz(asha, quiz, {0: [0], 1: [0]})
    bina = _learner("bina", analytics_course)  # lesson 1 done, quiz best 50
    services.lesson_mark_viewed(user=bina, lesson=viewed)
    _quiz(bina, quiz, {0: [0], 1: [1]})
    _quiz(bina, quiz, {0: [1], 1: [1]})
    chitra = _learner("chitra", analytics_course)  # quiz 0, three weeks ago
    _quiz(chitra, quiz, {0: [1]})
    LessonProgress.objects.filter(user=chitra).update(
        updated_at=timezone.now() - timedelta(days=21)
    )
    dipa = _learner("dipa", analytics_course)  # completes everything, then leaves
    services.lesson_mark_viewed(user=dipa, lesson=viewed)
    _quiz(dipa, quiz, {0: [0], 1: [0]})
    services.enrolment_withdraw(user=dipa, course=analytics_course)
    trainer = user_with_role("trainer", username="trainer-a")  # previews the lessons
    sign_in_with_mfa(client, trainer)
    assert client.get(viewed.url).status_code == 200
    services.lesson_mark_viewed(user=trainer, lesson=viewed)
    client.logout()
    return analytics_course


@pytest.mark.django_db
def test_course_analytics_counts_exactly_the_enrolled_learners(cohort_activity):
    analytics = selectors.course_analytics(course=cohort_activity)
    assert (analytics.enrolled, analytics.active, analytics.completed) == (3, 2, 1)
    assert [
        (row.lesson.title, row.completed, row.completion_rate, row.median_score)
        for row in analytics.lessons
    ] == [
        ("Lesson 1.1", 2, 67, None),
        ("Lesson 1.2", 1, 33, 50),
    ]


@pytest.mark.django_db
def test_course_analytics_median_of_an_even_number_of_scores_is_the_mean_of_the_middle_two(
    analytics_course,
):
    quiz = lessons_of(analytics_course)[1]
    for name, answers in (("a", {0: [0], 1: [0]}), ("b", {0: [0]})):
        _quiz(_learner(name, analytics_course), quiz, answers)
    analytics = selectors.course_analytics(course=analytics_course)
    assert analytics.lessons[1].median_score == 75


@pytest.mark.django_db
def test_course_analytics_of_a_course_nobody_joined_is_all_zero(analytics_course, settings):
    settings.COURSES_ACTIVE_DAYS = 1
    analytics = selectors.course_analytics(course=analytics_course)
    assert (analytics.enrolled, analytics.active, analytics.completed) == (0, 0, 0)
    assert [
        (row.completed, row.completion_rate, row.median_score) for row in analytics.lessons
    ] == [
        (0, 0, None),
        (0, 0, None),
    ]


@pytest.mark.django_db
def test_course_analytics_active_window_follows_the_setting(cohort_activity, settings):
    settings.COURSES_ACTIVE_DAYS = 30
    assert selectors.course_analytics(course=cohort_activity).active == 3


# --- The admin pages -------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["trainer", "admin"])
def test_analytics_pages_open_for_staff(client, settings, cohort_activity, role):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role(role, username=f"{role}-b"))
    index = client.get("/admin/learning/analytics/")
    detail = client.get(f"/admin/learning/analytics/{cohort_activity.pk}/")
    assert (index.status_code, detail.status_code) == (200, 200)
    assert f"/admin/learning/analytics/{cohort_activity.pk}/" in index.content.decode()
    html = detail.content.decode()
    assert '<td data-stat="enrolled">3</td>' in html
    assert '<td data-stat="active">2</td>' in html
    assert '<td data-stat="completed">1</td>' in html
    assert "asha" not in html and "bina" not in html  # totals only


def _coordinator_of(*learner_names):
    """A coordinator whose collective's cohort holds these learners."""
    from django.contrib.auth import get_user_model

    from courses.models import Cohort, CohortMembership
    from trauma_training.models import Collective

    coordinator = user_with_role("coordinator", username="coordinator-k")
    cohort = Cohort.objects.create(name="Sahas")
    for user in get_user_model().objects.filter(username__in=learner_names):
        CohortMembership.objects.create(cohort=cohort, user=user, role="member")
    Collective.objects.create(cohort=cohort, region="West Bengal").coordinators.add(coordinator)
    return coordinator


@pytest.mark.django_db
def test_analytics_count_only_a_coordinators_own_collectives(client, settings, cohort_activity):
    # DOMAIN.md 6.4: a coordinator sees aggregates for their own collectives.
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(_coordinator_of("asha", "chitra"))

    html = client.get(f"/admin/learning/analytics/{cohort_activity.pk}/").content.decode()

    assert '<td data-stat="enrolled">2</td>' in html
    assert '<td data-stat="active">1</td>' in html
    assert '<td data-stat="completed">1</td>' in html
    assert "Counting only the learners of the collectives you coordinate." in html


@pytest.mark.django_db
def test_analytics_of_a_coordinator_without_a_collective_count_nobody(
    client, settings, cohort_activity
):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("coordinator", username="coordinator-b"))

    html = client.get(f"/admin/learning/analytics/{cohort_activity.pk}/").content.decode()

    assert '<td data-stat="enrolled">0</td>' in html


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["learner", "mentor"])
def test_analytics_pages_are_refused_to_learners_and_mentors(
    client, settings, analytics_course, role
):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role(role, username=f"{role}-b"))
    for url in ("/admin/learning/analytics/", f"/admin/learning/analytics/{analytics_course.pk}/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"/accounts/login/?next={url}"


@pytest.mark.django_db
def test_analytics_page_for_an_unknown_course_is_a_404(client, settings, analytics_course):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("trainer", username="trainer-b"))
    assert client.get("/admin/learning/analytics/999999/").status_code == 404


@pytest.mark.django_db
def test_analytics_page_queries_do_not_grow_with_learners(client, settings, analytics_course):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("trainer", username="trainer-b"))
    url = f"/admin/learning/analytics/{analytics_course.pk}/"
    viewed = lessons_of(analytics_course)[0]
    counts = []
    for batch in range(2):
        for n in range(1 + 5 * batch):
            services.lesson_mark_viewed(
                user=_learner(f"l{batch}-{n}", analytics_course), lesson=viewed
            )
        client.get(url)  # warm the caches (course structure, site root paths)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
