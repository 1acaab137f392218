"""The H5P views: package files served to the player under a signed grant
(`courses:h5p_files`), and a learner's result after an attempt (`courses:h5p_result`)."""

from __future__ import annotations

import time
from unittest import mock

import pytest
from django.conf import settings
from django.core import signing
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import reverse

from courses import services as course_services
from courses.h5p import services, storage
from courses.h5p.selectors import files_token
from courses.h5p.views import FILE_POLICY
from courses.models import Enrolment, H5PActivity, H5PAttempt, LessonProgress
from tests.courses.h5p.helpers import (
    ANSWERED,
    enrolled_lesson,
    greeting_package,
    statement,
    stored_bytes,
)

CONTENT_ORIGIN = "https://files.example.org"


def course_caching_clear() -> None:
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def package(index, learner):
    """A package whose activity is in a lesson `learner` is enrolled in: grants are checked
    against that on every file request."""
    package = services.package_store(
        greeting_package(extra={"content/handout.docx": b"PK docx bytes"})
    )
    enrolled_lesson(index, learner, H5PActivity.objects.create(title="Greet", package=package))
    return package


def file_url(token: str, path: str) -> str:
    """The URL of `path` under a grant, built by hand so that odd paths reach the view as is."""
    prefix = reverse("courses:h5p_files", args=[token, "x"]).removesuffix("x")
    return prefix + path


def body(response) -> bytes:
    return b"".join(response.streaming_content)


# --- Serving files ----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("h5p.json", "application/json"),
        ("content/content.json", "application/json"),
        ("H5P.Greeting-1.0/greeting.js", "text/javascript; charset=utf-8"),
        ("H5P.Greeting-1.0/greeting.css", "text/css; charset=utf-8"),
        ("content/images/earth.png", "image/png"),
        ("H5P.Greeting-1.0/fonts/h5p.woff2", "font/woff2"),
    ],
)
def test_package_file_is_served_with_its_type_and_a_locked_down_policy(
    client, learner, package, path, content_type
):
    expected = stored_bytes(storage.file_name(package.sha256, path))
    client.force_login(learner)
    token = files_token(user=learner, package=package)

    response = client.get(reverse("courses:h5p_files", args=[token, path]))

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == FILE_POLICY
    assert response["Content-Security-Policy"].startswith("sandbox")
    assert response["Cache-Control"] == "private, max-age=3600, immutable"
    assert "Access-Control-Allow-Origin" not in response
    assert not response.get("Content-Disposition", "").startswith("attachment")
    assert body(response) == expected


@pytest.mark.django_db
def test_package_file_of_unknown_type_is_a_download(client, learner, package):
    client.force_login(learner)
    token = files_token(user=learner, package=package)

    response = client.get(reverse("courses:h5p_files", args=[token, "content/handout.docx"]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == "attachment"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == FILE_POLICY
    assert body(response) == b"PK docx bytes"


@pytest.mark.django_db
def test_package_file_type_comes_from_the_extension_whatever_its_case(client, learner, package):
    storage.h5p_storage().save(
        storage.file_name(package.sha256, "content/images/LOGO.PNG"), ContentFile(b"png")
    )
    client.force_login(learner)
    token = files_token(user=learner, package=package)

    response = client.get(reverse("courses:h5p_files", args=[token, "content/images/LOGO.PNG"]))

    assert response["Content-Type"] == "image/png"


@pytest.mark.django_db
def test_package_file_with_an_expired_token_is_forbidden(client, learner, package):
    client.force_login(learner)
    with override_settings(COURSES_H5P_FILE_URL_SECONDS=60):
        with mock.patch("django.core.signing.time.time", return_value=time.time() - 61):
            token = files_token(user=learner, package=package)

        response = client.get(reverse("courses:h5p_files", args=[token, "h5p.json"]))

    assert response.status_code == 403
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "This link to the activity has expired. Reload the lesson page to play it again."
    )


@pytest.mark.django_db
def test_package_file_with_a_token_just_inside_its_lifetime_is_served(client, learner, package):
    client.force_login(learner)
    with override_settings(COURSES_H5P_FILE_URL_SECONDS=60):
        with mock.patch("django.core.signing.time.time", return_value=time.time() - 50):
            token = files_token(user=learner, package=package)

        response = client.get(reverse("courses:h5p_files", args=[token, "h5p.json"]))

    assert response.status_code == 200


@pytest.mark.django_db
def test_package_file_token_lasts_six_hours_by_default(client, learner, package):
    client.force_login(learner)
    now = time.time()
    with mock.patch("django.core.signing.time.time", return_value=now - 6 * 3600 + 30):
        fresh = files_token(user=learner, package=package)
    with mock.patch("django.core.signing.time.time", return_value=now - 6 * 3600 - 30):
        stale = files_token(user=learner, package=package)

    assert client.get(file_url(fresh, "h5p.json")).status_code == 200
    assert client.get(file_url(stale, "h5p.json")).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: "x" + token,
        lambda token: token.split(":", 1)[0],
        lambda token: "not-a-token",
    ],
    ids=["last-char", "prefix", "no-signature", "garbage"],
)
def test_package_file_with_a_tampered_token_is_forbidden(client, learner, package, tamper):
    client.force_login(learner)
    token = tamper(files_token(user=learner, package=package))

    response = client.get(file_url(token, "h5p.json"))

    assert response.status_code == 403


@pytest.mark.django_db
def test_package_file_token_signed_with_another_salt_is_forbidden(client, learner, package):
    client.force_login(learner)
    token = signing.TimestampSigner(salt="something.else").sign_object(
        {"u": learner.pk, "p": package.sha256}
    )

    assert client.get(file_url(token, "h5p.json")).status_code == 403


@pytest.mark.django_db
def test_package_file_with_another_learners_token_is_forbidden(
    client, learner, other_learner, package
):
    token = files_token(user=learner, package=package)
    client.force_login(other_learner)

    response = client.get(file_url(token, "h5p.json"))

    assert response.status_code == 403
    assert response.content.decode() == "Please sign in to play this activity."


@pytest.mark.django_db
def test_package_file_for_anonymous_visitor_is_forbidden_on_the_same_origin(
    client, learner, package
):
    token = files_token(user=learner, package=package)

    response = client.get(file_url(token, "h5p.json"))

    assert response.status_code == 403
    assert response.content.decode() == "Please sign in to play this activity."


@pytest.mark.django_db
@override_settings(COURSES_H5P_CONTENT_ORIGIN=CONTENT_ORIGIN)
def test_package_file_on_content_origin_needs_only_the_grant(client, learner, package):
    token = files_token(user=learner, package=package)

    response = client.get(file_url(token, "H5P.Greeting-1.0/greeting.js"))

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Content-Security-Policy"] == FILE_POLICY
    assert body(response) == b"H5P.Greeting = function () {};"


@pytest.mark.django_db
@override_settings(COURSES_H5P_CONTENT_ORIGIN=CONTENT_ORIGIN)
def test_package_file_on_content_origin_still_refuses_a_bad_token(client, learner, package):
    token = files_token(user=learner, package=package)

    assert client.get(file_url(token[:-2], "h5p.json")).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "../h5p.json",
        "content/../h5p.json",
        "content/../../h5p.json",
        "%2e%2e/h5p.json",
        "content/%2e%2e/%2e%2e/h5p.json",
        "%2E%2E/%2E%2E/archives/x.h5p",
        "content\\..\\h5p.json",
        "content%5c..%5ch5p.json",
        "/h5p.json",
        "%2fh5p.json",
        "./h5p.json",
        "content//content.json",
        "content/./content.json",
        ".h5p.json",
        "content/.secret.json",
        ".git/config",
        "content/images/",
        "h5p.json%00.png",
    ],
)
def test_package_file_refuses_paths_outside_the_package(client, learner, package, path):
    client.force_login(learner)
    token = files_token(user=learner, package=package)

    response = client.get(file_url(token, path))

    assert response.status_code == 404


@pytest.mark.django_db
def test_package_file_cannot_reach_another_package(client, learner, package):
    other = services.package_store(greeting_package(title="Other"))
    client.force_login(learner)
    token = files_token(user=learner, package=package)

    response = client.get(file_url(token, f"../{other.sha256}/h5p.json"))

    assert response.status_code == 404


@pytest.mark.django_db
def test_package_file_refuses_dot_file_that_exists_in_storage(client, learner, package):
    storage.h5p_storage().save(
        storage.file_name(package.sha256, "content/.hidden.json"), ContentFile(b"{}")
    )
    client.force_login(learner)
    token = files_token(user=learner, package=package)

    assert client.get(file_url(token, "content/.hidden.json")).status_code == 404


@pytest.mark.django_db
def test_package_file_missing_from_the_package_is_not_found(client, learner, package):
    client.force_login(learner)
    token = files_token(user=learner, package=package)

    assert client.get(file_url(token, "content/images/nothing.png")).status_code == 404


@pytest.mark.django_db
def test_package_file_of_a_package_that_is_not_unpacked_is_not_found(client, index, learner):
    with override_settings(COURSES_H5P_INLINE_EXTRACT_MAX_BYTES=1):
        pending = services.package_store(greeting_package(title="Pending"))
    activity = H5PActivity.objects.create(title="Pending", package=pending)
    enrolled_lesson(index, learner, activity, code="P1")
    client.force_login(learner)
    token = files_token(user=learner, package=pending)

    assert client.get(file_url(token, "h5p.json")).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_package_file_allows_only_get_and_head(client, learner, package, method):
    client.force_login(learner)
    token = files_token(user=learner, package=package)

    response = getattr(client, method)(file_url(token, "h5p.json"))

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


@pytest.mark.django_db
def test_package_file_grant_ends_when_the_learner_is_unenrolled(client, learner, package):
    client.force_login(learner)
    token = files_token(user=learner, package=package)
    assert client.get(file_url(token, "h5p.json")).status_code == 200

    course_services.enrolment_withdraw(user=learner, course=Enrolment.objects.get().course)
    response = client.get(file_url(token, "content/content.json"))

    assert response.status_code == 403
    assert response.content.decode() == (
        "You cannot open this activity any more. Go back to your courses."
    )


@pytest.mark.django_db
@override_settings(COURSES_H5P_CONTENT_ORIGIN=CONTENT_ORIGIN)
def test_package_file_grant_on_content_origin_ends_when_the_enrolment_is_deleted(
    client, learner, package
):
    token = files_token(user=learner, package=package)
    assert client.get(file_url(token, "h5p.json")).status_code == 200

    Enrolment.objects.get().delete()

    assert client.get(file_url(token, "h5p.json")).status_code == 403


@pytest.mark.django_db
def test_package_file_grant_of_a_package_no_lesson_uses_is_forbidden(client, learner):
    loose = services.package_store(greeting_package(title="Loose"))
    client.force_login(learner)

    response = client.get(file_url(files_token(user=learner, package=loose), "h5p.json"))

    assert response.status_code == 403


@pytest.mark.django_db
def test_package_file_grant_of_a_deactivated_learner_is_forbidden_on_content_origin(
    client, learner, package
):
    token = files_token(user=learner, package=package)
    learner.is_active = False
    learner.save()
    # Saving the user announces nothing to the courses cache; a new cache is the worst case.
    course_caching_clear()

    with override_settings(COURSES_H5P_CONTENT_ORIGIN=CONTENT_ORIGIN):
        assert client.get(file_url(token, "h5p.json")).status_code == 403


@pytest.mark.django_db
@override_settings(COURSES_H5P_CONTENT_ORIGIN=CONTENT_ORIGIN)
def test_package_file_checks_cost_no_query_once_answered(
    client, learner, package, django_assert_num_queries
):
    token = files_token(user=learner, package=package)
    assert client.get(file_url(token, "h5p.json")).status_code == 200

    with django_assert_num_queries(0):
        response = client.get(file_url(token, "content/content.json"))

    assert response.status_code == 200


@pytest.mark.django_db
def test_package_file_on_the_site_costs_only_the_session_once_answered(
    client, learner, package, django_assert_num_queries
):
    client.force_login(learner)
    token = files_token(user=learner, package=package)
    assert client.get(file_url(token, "h5p.json")).status_code == 200

    # The session and its user, as before grants were checked again.
    with django_assert_num_queries(2):
        response = client.get(file_url(token, "content/content.json"))

    assert response.status_code == 200


# --- The result after an attempt --------------------------------------------------------------


@pytest.fixture
def activity(db):
    return services.activity_create(data=greeting_package(), title="Greet", pass_mark=60)


@pytest.fixture
def lesson(index, learner, activity):
    return enrolled_lesson(index, learner, activity)


def result_url(lesson, activity) -> str:
    return reverse("courses:h5p_result", args=[lesson.pk, activity.pk])


def record(user, activity, scaled: float) -> None:
    services.statements_recorded(
        user=user,
        statements=[statement(activity.iri, verb=ANSWERED, score={"scaled": scaled})],
    )


@pytest.mark.django_db
def test_result_before_any_attempt(client, learner, activity, lesson):
    client.force_login(learner)

    response = client.get(result_url(lesson, activity))

    assert response.status_code == 200
    assert response.json() == {
        "attempts": 0,
        "best_percent": None,
        "passed": False,
        "pass_mark": 60,
        "message": "",
        "lesson_completed": False,
    }


@pytest.mark.django_db
def test_result_after_a_passing_attempt_says_the_lesson_is_complete(
    client, learner, activity, lesson
):
    record(learner, activity, 0.4)
    record(learner, activity, 0.8)
    client.force_login(learner)

    response = client.get(result_url(lesson, activity))

    assert response.status_code == 200
    assert response.json() == {
        "attempts": 2,
        "best_percent": 80,
        "passed": True,
        "pass_mark": 60,
        "message": "Well done: your best score is 80%. This lesson is complete.",
        "lesson_completed": True,
    }


@pytest.mark.django_db
def test_result_on_a_translated_lesson_reads_progress_kept_on_the_source(
    client, learner, activity, lesson
):
    """The same activity in a Bengali copy of the lesson: the pass completes the (source)
    lesson, and the Bengali player is told so."""
    from tests.factories.courses import translate_course

    learner.preferred_language = "bn"
    learner.save(update_fields=["preferred_language"])
    translated_course = translate_course(lesson.get_course(), "bn")
    translated = lesson.get_translation(translated_course.locale)
    record(learner, activity, 0.8)
    client.force_login(learner)

    response = client.get(result_url(translated, activity))

    assert response.status_code == 200
    assert response.json()["lesson_completed"] is True
    assert LessonProgress.objects.get(user=learner, lesson=lesson).completed_at is not None
    assert not LessonProgress.objects.filter(lesson=translated).exists()


@pytest.mark.django_db
def test_result_after_a_failing_attempt_encourages_another_go(client, learner, activity, lesson):
    record(learner, activity, 0.5)
    client.force_login(learner)

    response = client.get(result_url(lesson, activity))

    assert response.json() == {
        "attempts": 1,
        "best_percent": 50,
        "passed": False,
        "pass_mark": 60,
        "message": "Not yet - your best score so far is 50%. You need 60%. "
        "You can try again as many times as you like.",
        "lesson_completed": False,
    }


@pytest.mark.django_db
def test_result_counts_only_the_signed_in_learners_attempts(
    client, learner, other_learner, activity, lesson
):
    record(other_learner, activity, 1.0)
    client.force_login(learner)

    response = client.get(result_url(lesson, activity))

    assert response.json()["attempts"] == 0
    assert H5PAttempt.objects.count() == 1


@pytest.mark.django_db
def test_result_for_a_learner_who_may_not_use_the_activity_is_forbidden(
    client, other_learner, activity, lesson
):
    client.force_login(other_learner)

    response = client.get(result_url(lesson, activity))

    assert response.status_code == 403
    assert response.json() == {"error": "You cannot open this activity."}


@pytest.mark.django_db
@pytest.mark.parametrize("unknown", ["lesson", "activity"])
def test_result_for_unknown_ids_is_not_found(client, learner, activity, lesson, unknown):
    client.force_login(learner)
    lesson_id = 999999 if unknown == "lesson" else lesson.pk
    activity_id = 999999 if unknown == "activity" else activity.pk

    response = client.get(reverse("courses:h5p_result", args=[lesson_id, activity_id]))

    assert response.status_code == 404


@pytest.mark.django_db
def test_result_for_anonymous_visitor_redirects_to_log_in(client, activity, lesson):
    url = result_url(lesson, activity)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse(settings.LOGIN_URL)}?next={url}"


@pytest.mark.django_db
def test_result_allows_only_get(client, learner, activity, lesson):
    client.force_login(learner)

    assert client.post(result_url(lesson, activity)).status_code == 405


@pytest.mark.django_db
def test_result_does_not_complete_the_lesson_by_itself(client, learner, activity, lesson):
    client.force_login(learner)

    client.get(result_url(lesson, activity))

    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()
