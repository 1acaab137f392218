"""Course analytics: exact aggregates for staff, and who may see them."""

import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import analytics, selectors, services
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
    settings.COURSES_ANALYTICS_MIN_GROUP = 1  # every count of this small cohort shown
    client.force_login(user_with_role(role, username=f"{role}-b"))
    index = client.get("/admin/learning/analytics/")
    detail = client.get(f"/admin/learning/analytics/{cohort_activity.pk}/")
    assert (index.status_code, detail.status_code) == (200, 200)
    assert f"/admin/learning/analytics/{cohort_activity.pk}/" in index.content.decode()
    html = detail.content.decode()
    assert '<td data-stat="enrolled">3</td>' in html
    assert '<td data-stat="active">2 (67%)</td>' in html
    assert '<td data-stat="completed">1 (33%)</td>' in html
    assert "asha" not in html and "bina" not in html  # totals only


def _coordinator_of(*learner_names, username="coordinator-k"):
    """A coordinator whose collective's cohort holds these learners."""
    from django.contrib.auth import get_user_model

    from courses.models import Cohort, CohortMembership
    from trauma_training.models import Collective

    coordinator = user_with_role("coordinator", username=username)
    cohort = Cohort.objects.create(name=f"Sahas {username}")
    for user in get_user_model().objects.filter(username__in=learner_names):
        CohortMembership.objects.create(cohort=cohort, user=user, role="member")
    Collective.objects.create(cohort=cohort, region="West Bengal").coordinators.add(coordinator)
    return coordinator


@pytest.mark.django_db
def test_analytics_count_only_a_coordinators_own_collectives(client, settings, cohort_activity):
    # DOMAIN.md 6.4: a coordinator sees aggregates for their own collectives.
    settings.CMS_STAFF_MFA_REQUIRED = False
    settings.COURSES_ANALYTICS_MIN_GROUP = 1
    client.force_login(_coordinator_of("asha", "chitra"))

    html = client.get(f"/admin/learning/analytics/{cohort_activity.pk}/").content.decode()

    assert '<td data-stat="enrolled">2</td>' in html
    assert '<td data-stat="active">1 (50%)</td>' in html
    assert '<td data-stat="completed">1 (50%)</td>' in html
    assert "Counting only the learners of the collectives you coordinate." in html


@pytest.mark.django_db
def test_analytics_of_a_coordinator_without_a_collective_count_nobody(
    client, settings, cohort_activity
):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("coordinator", username="coordinator-b"))

    html = client.get(f"/admin/learning/analytics/{cohort_activity.pk}/").content.decode()

    assert '<td data-stat="enrolled">fewer than 5</td>' in html


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["learner", "mentor"])
def test_analytics_pages_are_refused_to_learners_and_mentors(
    client, settings, analytics_course, role
):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role(role, username=f"{role}-b"))
    for url in (
        "/admin/learning/analytics/",
        f"/admin/learning/analytics/{analytics_course.pk}/",
        f"/admin/learning/analytics/{analytics_course.pk}/csv/",
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"/accounts/login/?next={url}"


@pytest.mark.django_db
def test_analytics_page_for_an_unknown_course_is_a_404(client, settings, analytics_course):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("trainer", username="trainer-b"))
    assert client.get("/admin/learning/analytics/999999/").status_code == 404
    assert client.get("/admin/learning/analytics/999999/csv/").status_code == 404


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


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/admin/learning/analytics/{pk}/", "/admin/learning/analytics/{pk}/csv/"]
)
def test_analytics_page_and_csv_queries_stay_within_a_fixed_budget(
    client, settings, analytics_course, django_assert_max_num_queries, url
):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("trainer", username="trainer-b"))
    url = url.format(pk=analytics_course.pk)
    viewed, quiz = lessons_of(analytics_course)
    for n in range(6):
        learner = _learner(f"q{n}", analytics_course)
        services.lesson_mark_viewed(user=learner, lesson=viewed)
        _quiz(learner, quiz, {0: [0], 1: [0]})
    client.get(url)  # warm the caches (course structure, site root paths)
    with django_assert_max_num_queries(QUERY_BUDGET):
        assert client.get(url).status_code == 200


# The session, the user and their groups and permissions, MFA, the viewer's scope, and the
# eight aggregate queries of `selectors.course_analytics`.
QUERY_BUDGET = 20


# --- Small numbers on the page, in the charts and in the CSV -----------------------------------


@pytest.fixture
def class_of_ten(analytics_course):
    """Ten learners: l0-l3 complete both lessons (quiz 100); l4 views lesson 1 and scores 50;
    l5-l8 only score 50; l9 has not started."""
    viewed, quiz = lessons_of(analytics_course)
    learners = [_learner(f"l{n}", analytics_course) for n in range(10)]
    for n, learner in enumerate(learners):
        if n <= 4:
            services.lesson_mark_viewed(user=learner, lesson=viewed)
        if n <= 3:
            _quiz(learner, quiz, {0: [0], 1: [0]})
        elif n <= 8:
            _quiz(learner, quiz, {0: [0], 1: [1]})
    return analytics_course


def _week_lines(this_week_value):
    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday())
    label = '"Learners who completed a lesson, week of"'
    lines = [f"{label},{monday - timedelta(weeks=n)},,fewer than 5,," for n in range(11, 0, -1)]
    return [*lines, f"{label},{monday},,{this_week_value},,"]


@pytest.mark.django_db
def test_analytics_csv_shows_five_and_hides_four(client, settings, class_of_ten):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("trainer", username="trainer-b"))

    response = client.get(f"/admin/learning/analytics/{class_of_ten.pk}/csv/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="course-{class_of_ten.pk}-analytics.csv"'
    )
    assert response.content.decode().split("\r\n") == [
        "\ufeffSection,Item,Module,Learners,Percent of enrolled,Median quiz score",
        "Course,Enrolled,,10,,",
        "Course,Active in the last 14 days,,not shown,,",  # 9 of 10: the one left is a person
        "Course,Completed the course,,fewer than 5,,",
        "Module completed,Module 1,,fewer than 5,,",
        "Lesson completed,Lesson 1.1,Module 1,5,50,",
        "Lesson completed,Lesson 1.2,Module 1,fewer than 5,,50",
        *_week_lines(5),
        "Average best quiz score,0–19%,,fewer than 5,,",
        "Average best quiz score,20–39%,,fewer than 5,,",
        "Average best quiz score,40–59%,,5,,",
        "Average best quiz score,60–79%,,fewer than 5,,",
        "Average best quiz score,80–100%,,fewer than 5,,",
        "",
    ]


@pytest.mark.django_db
def test_analytics_page_charts_are_accessible_svg_beside_their_tables(
    client, settings, class_of_ten
):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("trainer", username="trainer-b"))

    response = client.get(f"/admin/learning/analytics/{class_of_ten.pk}/")
    html = response.content.decode()

    assert html.count('role="img"') == 4
    for slug in ("modules", "lessons", "weeks", "scores"):
        assert f'aria-labelledby="chart-{slug}-title chart-{slug}-desc"' in html
        assert f'<table class="listing" data-table="{slug}">' in html
    assert '<title id="chart-lessons-title">Completion by lesson</title>' in html
    svgs = [part.split("</svg>")[0] for part in html.split('<svg class="analytics-chart"')[1:]]
    assert len(svgs) == 4
    assert all(" style=" not in svg and "<script" not in svg for svg in svgs)
    lessons = svgs[1]
    # Lesson 1.1: 5 of 10, a bar half the plot (320 px) long; lesson 1.2: 4, words, no bar.
    assert '<rect x="210" y="6" width="160" height="22" fill="#0072B2"/>' in lessons
    assert '<text x="376" y="22" font-weight="bold">5 (50%)</text>' in lessons
    assert '<text x="216" y="52" font-style="italic" data-hidden="true">fewer than 5</text>' in (
        lessons
    )
    assert lessons.count("<rect") == 1
    assert '<td data-stat="active">not shown</td>' in html
    assert (
        '<tr><th scope="row">Lesson 1.2</th><td>fewer than 5</td><td>–</td><td>50%</td></tr>'
        in html
    )


@pytest.mark.django_db
def test_analytics_median_of_fewer_than_five_scores_is_not_shown(
    client, settings, analytics_course
):
    quiz = lessons_of(analytics_course)[1]
    for n in range(4):
        _quiz(_learner(f"m{n}", analytics_course), quiz, {0: [0], 1: [0]})
    report = analytics.course_report(course=analytics_course)
    assert [row.median_score for row in report.lessons] == [None, None]
    _quiz(_learner("m4", analytics_course), quiz, {0: [0], 1: [1]})
    report = analytics.course_report(course=analytics_course)
    assert [row.median_score for row in report.lessons] == [None, 100]


@pytest.mark.django_db
def test_analytics_csv_of_a_coordinator_counts_only_their_collective(
    client, settings, class_of_ten
):
    # The boundary between collectives: l5-l9 are another collective's, never counted here.
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(_coordinator_of("l0", "l1", "l2", "l3", "l4", username="coordinator-a"))
    url = f"/admin/learning/analytics/{class_of_ten.pk}/csv/"

    lines = client.get(url).content.decode().split("\r\n")

    assert lines[1:7] == [
        "Course,Enrolled,,5,,",
        "Course,Active in the last 14 days,,not shown,,",
        "Course,Completed the course,,fewer than 5,,",
        "Module completed,Module 1,,fewer than 5,,",
        "Lesson completed,Lesson 1.1,Module 1,not shown,,",  # all 5: each one's answer
        "Lesson completed,Lesson 1.2,Module 1,fewer than 5,,100",
    ]
    assert lines[-7:-1] == [
        _week_lines(5)[-1],
        "Average best quiz score,0–19%,,fewer than 5,,",
        "Average best quiz score,20–39%,,fewer than 5,,",
        "Average best quiz score,40–59%,,fewer than 5,,",
        "Average best quiz score,60–79%,,fewer than 5,,",
        "Average best quiz score,80–100%,,fewer than 5,,",
    ]

    client.force_login(_coordinator_of("l0", "l1", "l2", "l3", username="coordinator-4"))
    rows = list(csv.reader(io.StringIO(client.get(url).content.decode())))
    assert rows[1] == ["Course", "Enrolled", "", "fewer than 5", "", ""]
    assert {row[3] for row in rows[1:]} == {"fewer than 5"}


@pytest.mark.django_db
def test_analytics_of_a_translated_copy_report_its_source(client, settings, class_of_ten):
    # Progress is kept on the source page: the Bengali copy's address must not count nobody.
    from tests.factories.courses import translate_course

    bengali = translate_course(class_of_ten, "bn")
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("trainer", username="trainer-b"))

    source = client.get(f"/admin/learning/analytics/{class_of_ten.pk}/csv/").content
    copy = client.get(f"/admin/learning/analytics/{bengali.pk}/csv/").content

    assert copy == source
    assert "Course,Enrolled,,10,," in copy.decode()
