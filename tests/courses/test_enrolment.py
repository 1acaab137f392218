"""Enrolment: by the learner, by cohort, by CSV upload, and the coordinator's admin screen."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from courses import services
from courses.models import CourseProgress, Enrolment, LessonProgress
from tests.courses.helpers import cohort_with
from tests.factories import CourseBuilder, user_with_role
from tests.factories.courses import lessons_of

ADMIN_ENROLMENT_URL = "/admin/learning/enrolment/"


def _enrol_url(course):
    return f"/learn/courses/{course.pk}/enrol/"


def _unenrol_url(course):
    return f"/learn/courses/{course.pk}/unenrol/"


def _status(user, course):
    return Enrolment.objects.filter(user=user, course=course).values_list("status", flat=True)


# --- Self-enrolment --------------------------------------------------------------------------


@pytest.mark.django_db
def test_self_enrol_by_post_joins_the_course(client, course, learner):
    client.force_login(learner)
    response = client.post(_enrol_url(course))
    assert (response.status_code, response["Location"]) == (302, course.url)
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert (enrolment.status, enrolment.enrolled_by, enrolment.cohort) == ("active", None, None)


@pytest.mark.django_db
def test_self_enrol_needs_the_csrf_token(course, learner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    refused = client.post(_enrol_url(course))
    assert refused.status_code == 403
    assert Enrolment.objects.count() == 0
    page = client.get(course.url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    accepted = client.post(_enrol_url(course), {"csrfmiddlewaretoken": token})
    assert accepted.status_code == 302
    assert list(_status(learner, course)) == ["active"]


@pytest.mark.django_db
def test_self_enrol_by_get_is_not_allowed(client, course, learner):
    client.force_login(learner)
    assert client.get(_enrol_url(course)).status_code == 405
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db
def test_self_enrol_on_an_unknown_or_unpublished_course_is_a_404(client, course, learner):
    client.force_login(learner)
    assert client.post("/learn/courses/999999/enrol/").status_code == 404
    course.unpublish()
    assert client.post(_enrol_url(course)).status_code == 404
    assert Enrolment.objects.count() == 0


@pytest.fixture
def prerequisite_pair(index):
    """Course "First steps" (one lesson), and course P2 which requires it."""
    first = CourseBuilder(index, "P1", title="First steps").module(lessons=1).build()
    second = CourseBuilder(index, "P2").module(lessons=1).build()
    second.prerequisites.add(first)
    second.save()
    return first, second


@pytest.mark.django_db
def test_self_enrol_is_refused_until_prerequisites_are_complete(client, prerequisite_pair, learner):
    first, second = prerequisite_pair
    client.force_login(learner)
    response = client.post(_enrol_url(second))
    assert response.status_code == 400
    assert "Please finish “First steps” first. Then this course opens for you." in (
        response.content.decode()
    )
    assert list(_status(learner, second)) == []

    services.enrolment_create(user=learner, course=first)
    services.lesson_mark_viewed(user=learner, lesson=lessons_of(first)[0])
    response = client.post(_enrol_url(second))
    assert (response.status_code, response["Location"]) == (302, second.url)
    assert list(_status(learner, second)) == ["active"]


@pytest.mark.django_db
def test_prerequisites_message_names_every_missing_course(index, learner):
    one = CourseBuilder(index, "A1", title="Alpha").module(lessons=1).build()
    two = CourseBuilder(index, "B1", title="Beta").module(lessons=1).build()
    target = CourseBuilder(index, "C1").module(lessons=1).build()
    target.prerequisites.add(one, two)
    target.save()
    with pytest.raises(ValidationError) as caught:
        services.enrolment_create(user=learner, course=target)
    assert caught.value.messages == [
        "Please finish these courses first: “Alpha”, “Beta”. Then this course opens for you."
    ]


# --- Unenrol and re-enrol --------------------------------------------------------------------


@pytest.mark.django_db
def test_unenrol_keeps_progress_and_re_enrol_restores_it(client, course, learner):
    client.force_login(learner)
    client.post(_enrol_url(course))
    enrolment_id = Enrolment.objects.get(user=learner).pk
    first_lesson = lessons_of(course)[0]
    services.lesson_mark_viewed(user=learner, lesson=first_lesson)

    response = client.post(_unenrol_url(course))
    assert (response.status_code, response["Location"]) == (302, course.url)
    assert list(_status(learner, course)) == ["withdrawn"]
    assert LessonProgress.objects.filter(user=learner, completed_at__isnull=False).count() == 1
    assert CourseProgress.objects.get(user=learner).percent == 20
    assert client.get(first_lesson.url)["Location"] == course.url  # lessons closed again

    client.post(_enrol_url(course))
    enrolment = Enrolment.objects.get(user=learner)
    assert (enrolment.pk, enrolment.status, enrolment.withdrawn_at) == (
        enrolment_id,
        "active",
        None,
    )
    page = client.get(course.url).content.decode()
    assert "20% done" in page
    assert "Continue: Lesson 1.2" in page


@pytest.mark.django_db
def test_enrolment_withdraw_when_not_enrolled_changes_nothing(course, learner):
    assert services.enrolment_withdraw(user=learner, course=course) is False
    assert Enrolment.objects.count() == 0


# --- Cohort enrolment ------------------------------------------------------------------------


@pytest.mark.django_db
def test_cohort_enrolment_counts_new_and_already_enrolled_members(course):
    coordinator = user_with_role("coordinator", username="coord")
    mentor = user_with_role("mentor", username="mentor-a")
    new, already, returning = (
        user_with_role("learner", username=name) for name in ("new", "already", "returning")
    )
    inactive = user_with_role("learner", username="inactive", is_active=False)
    cohort = cohort_with(
        "Collective A", facilitators=[mentor], members=[new, already, returning, inactive]
    )
    services.enrolment_create(user=already, course=course)
    services.enrolment_create(user=returning, course=course)
    services.enrolment_withdraw(user=returning, course=course)

    result = services.enrolment_bulk_by_cohort(
        cohort=cohort, course=course, enrolled_by=coordinator
    )
    assert (result.enrolled, result.already) == (2, 1)
    statuses = dict(Enrolment.objects.values_list("user__username", "status"))
    assert statuses == {"new": "active", "already": "active", "returning": "active"}
    new_row = Enrolment.objects.get(user=new)
    assert (new_row.cohort, new_row.enrolled_by) == (cohort, coordinator)


# --- CSV enrolment ---------------------------------------------------------------------------


@pytest.fixture
def coordinator(db):
    return user_with_role("coordinator", username="coord")


@pytest.fixture
def csv_people(db):
    return [user_with_role("learner", username=name) for name in ("asha", "bina", "chitra")]


@pytest.fixture
def second_course(index):
    return CourseBuilder(index, "T2").module(lessons=1).build()


@pytest.mark.django_db
def test_csv_good_file_enrols_everyone(course, second_course, csv_people, coordinator):
    raw = "\ufeffusername,course\nasha,T1\nBINA,course-t2\nchitra,T2\n".encode()
    report = services.enrolment_csv_apply(raw=raw, enrolled_by=coordinator)
    assert (report.applied, report.rows, report.enrolled, report.already, report.errors) == (
        True,
        3,
        3,
        0,
        [],
    )
    enrolled = set(Enrolment.objects.values_list("user__username", "course__code", "status"))
    assert enrolled == {
        ("asha", "T1", "active"),
        ("bina", "T2", "active"),
        ("chitra", "T2", "active"),
    }
    assert set(Enrolment.objects.values_list("enrolled_by", flat=True)) == {coordinator.pk}

    again = services.enrolment_csv_apply(raw=raw, enrolled_by=coordinator)
    assert (again.applied, again.enrolled, again.already) == (True, 0, 3)


@pytest.mark.django_db
def test_csv_with_bad_rows_enrols_nobody_and_lists_each_problem(
    course, csv_people, coordinator, index
):
    user_with_role("learner", username="gone", is_active=False)
    draft = CourseBuilder(index, "D1").module(lessons=1).build()
    draft.unpublish()
    raw = (
        b"username,course\n"
        b"asha,T1\n"
        b"ghost,T1\n"
        b"bina,NOPE\n"
        b"chitra,\n"
        b"asha,course-t1\n"
        b"nobody,nothing\n"
        b"gone,T1\n"
        b"bina,D1\n"
    )
    report = services.enrolment_csv_apply(raw=raw, enrolled_by=coordinator)
    assert [(error.line, error.message) for error in report.errors] == [
        (3, 'No active account has the username "ghost".'),
        (4, 'No published course has the code or slug "NOPE".'),
        (5, "Both username and course are needed."),
        (6, "This learner and course are already on an earlier row."),
        (7, 'No active account has the username "nobody".'),
        (7, 'No published course has the code or slug "nothing".'),
        (8, 'No active account has the username "gone".'),
        (9, 'No published course has the code or slug "D1".'),
    ]
    assert (report.applied, report.rows, report.enrolled) == (False, 8, 0)
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            "username,course\nJosé,T1\n".encode("latin-1"),
            'The file is not UTF-8 text. Save it as "CSV UTF-8" and upload it again.',
        ),
        (b"asha,T1\nbina,T1\n", 'The first row must name the columns "username" and "course".'),
        (b"", 'The first row must name the columns "username" and "course".'),
        (b"user,course\nasha,T1\n", 'The first row must name the columns "username" and "course".'),
        (b"username,course\n", "The file has a header row but no learners."),
        (b"username,course\n\n\n", "The file has a header row but no learners."),
    ],
    ids=["not-utf8", "no-header", "empty", "misnamed-column", "header-only", "blank-rows"],
)
def test_csv_file_that_cannot_be_read_raises_a_clear_message(
    course, csv_people, coordinator, raw, message
):
    with pytest.raises(ValidationError) as caught:
        services.enrolment_csv_apply(raw=raw, enrolled_by=coordinator)
    assert caught.value.messages == [message]
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db
def test_csv_file_over_the_size_limit_is_refused(course, csv_people, coordinator, settings):
    settings.COURSES_ENROLMENT_CSV_MAX_BYTES = 2048
    raw = b"username,course\n" + b"asha,T1\n" * 300
    with pytest.raises(ValidationError) as caught:
        services.enrolment_csv_apply(raw=raw, enrolled_by=coordinator)
    assert caught.value.messages == ["The file is larger than 2 KB. Split it into smaller files."]
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db
def test_csv_file_over_the_row_limit_is_refused(course, csv_people, coordinator, settings):
    settings.COURSES_ENROLMENT_CSV_MAX_ROWS = 2
    raw = b"username,course\nasha,T1\nbina,T1\nchitra,T1\n"
    with pytest.raises(ValidationError) as caught:
        services.enrolment_csv_apply(raw=raw, enrolled_by=coordinator)
    assert caught.value.messages == ["The file has more than 2 rows. Split it into smaller files."]
    assert Enrolment.objects.count() == 0


# --- The admin screen ------------------------------------------------------------------------


@pytest.fixture
def staff_client(client, settings, coordinator):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(coordinator)
    return client


def coordinated(cohort, coordinator):
    """Make `cohort` a collective `coordinator` coordinates: a coordinator enrols only the
    cohorts and people of their own collectives (COURSES_*_MANAGEABLE_BY)."""
    from trauma_training.models import Collective

    Collective.objects.create(cohort=cohort, region="Telangana").coordinators.add(coordinator)
    return cohort


@pytest.fixture
def csv_people_coordinated(csv_people, coordinator):
    coordinated(cohort_with("CSV people", members=csv_people), coordinator)
    return csv_people


def _upload(content: bytes):
    return {"csv-file": SimpleUploadedFile("learners.csv", content, content_type="text/csv")}


@pytest.mark.django_db
def test_admin_enrolment_page_opens_for_a_coordinator(staff_client):
    response = staff_client.get(ADMIN_ENROLMENT_URL)
    assert response.status_code == 200
    assert "Enrol from a CSV file" in response.content.decode()


@pytest.mark.django_db
def test_admin_csv_upload_with_bad_rows_shows_the_problems_with_a_400(
    staff_client, course, csv_people_coordinated
):
    response = staff_client.post(
        ADMIN_ENROLMENT_URL, _upload(b"username,course\nasha,T1\nghost,T1\nbina,\n")
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "2 rows need attention. Nothing was enrolled." in html
    rows = re.findall(r"<tr><td>(\d+)</td><td>([^<]+)</td></tr>", html)
    assert rows == [
        ("3", "No active account has the username &quot;ghost&quot;."),
        ("4", "Both username and course are needed."),
    ]
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db
def test_admin_csv_upload_of_an_unreadable_file_shows_the_message_with_a_400(staff_client, course):
    response = staff_client.post(ADMIN_ENROLMENT_URL, _upload(b"username,course\n"))
    assert response.status_code == 400
    assert "The file has a header row but no learners." in response.content.decode()


@pytest.mark.django_db
def test_admin_csv_upload_of_a_good_file_enrols_and_redirects(
    staff_client, course, csv_people_coordinated
):
    response = staff_client.post(
        ADMIN_ENROLMENT_URL, _upload(b"username,course\nasha,T1\nbina,T1\n")
    )
    assert (response.status_code, response["Location"]) == (302, ADMIN_ENROLMENT_URL)
    assert Enrolment.objects.filter(course=course, status="active").count() == 2


@pytest.mark.django_db
def test_admin_cohort_enrolment_enrols_the_members(staff_client, course, csv_people, coordinator):
    cohort = coordinated(cohort_with("Collective A", members=csv_people[:2]), coordinator)
    response = staff_client.post(
        ADMIN_ENROLMENT_URL, {"cohort-cohort": cohort.pk, "cohort-course": course.pk}
    )
    assert (response.status_code, response["Location"]) == (302, ADMIN_ENROLMENT_URL)
    assert Enrolment.objects.filter(course=course, cohort=cohort).count() == 2


@pytest.mark.django_db
def test_admin_cohort_enrolment_without_a_cohort_is_a_400(staff_client, course):
    response = staff_client.post(ADMIN_ENROLMENT_URL, {"cohort-cohort": "", "cohort-course": ""})
    assert response.status_code == 400
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db
def test_admin_enrolment_is_refused_to_a_learner(client, settings, course, learner):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(learner)
    get = client.get(ADMIN_ENROLMENT_URL)
    post = client.post(ADMIN_ENROLMENT_URL, _upload(b"username,course\nlearner-a,T1\n"))
    assert (get.status_code, post.status_code) == (302, 302)
    assert get["Location"].startswith("/accounts/login/")
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db
def test_admin_enrolment_is_refused_to_a_trainer(client, settings, course, learner):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("trainer", username="trainer-a"))
    response = client.post(ADMIN_ENROLMENT_URL, _upload(b"username,course\nlearner-a,T1\n"))
    # Wagtail turns the view's PermissionDenied into a redirect to the dashboard.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert Enrolment.objects.count() == 0
