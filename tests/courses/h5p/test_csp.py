"""The Content-Security-Policy of lesson pages that play H5P (`courses.h5p.csp`, set by
`LessonPage.serve`): the player's inline bootstrap allowed by its hash, 'unsafe-eval' only for
content types that need it, the site's strict policy on other lessons."""

from __future__ import annotations

import pytest
from csp.constants import NONCE
from django.http import HttpResponse
from django.test import override_settings

from courses import services as course_services
from courses.h5p import csp, services
from courses.models import H5PPackage
from tests.courses.h5p.helpers import (
    MULTICHOICE,
    TRUEFALSE,
    activity_from_fixture,
    enrolled_lesson,
    greeting_package,
    h5p_course,
    only_lesson,
)
from tests.factories import CourseBuilder

HASH = "'sha256-8CniZYrnO46q7MvZ3m08Wom1HH/ZhyXmm29kBKTV1rk='"


def _package(needs_eval: bool) -> H5PPackage:
    return H5PPackage(needs_unsafe_eval=needs_eval)


# --- The policy -------------------------------------------------------------------------------


def _policy(header: str) -> dict[str, str]:
    """A Content-Security-Policy header as {directive: sources}, in the order they were sent."""
    parts = (part.strip().split(" ", 1) for part in header.split(";"))
    return {part[0]: (part[1] if len(part) > 1 else "") for part in parts}


def test_player_bootstrap_hash_is_pinned():
    assert csp.PLAYER_BOOTSTRAP_HASH == HASH


def test_lesson_directives_on_the_same_origin():
    assert csp.lesson_directives([_package(False)]) == {
        "script-src": ["'self'", NONCE, HASH],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "media-src": ["'self'", "blob:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
    }


@override_settings(COURSES_H5P_CONTENT_ORIGIN="https://files.example.org/")
def test_lesson_directives_with_a_content_origin_allows_it_for_files_only():
    origin = "https://files.example.org"

    assert csp.lesson_directives([_package(True)]) == {
        "script-src": ["'self'", origin, NONCE, HASH, "'unsafe-eval'"],
        "style-src": ["'self'", origin, "'unsafe-inline'"],
        "img-src": ["'self'", origin, "data:", "blob:"],
        "font-src": ["'self'", origin, "data:"],
        "media-src": ["'self'", origin, "blob:"],
        "connect-src": ["'self'", origin],
        "frame-src": ["'self'"],
    }


def test_lesson_directives_add_unsafe_eval_if_any_package_needs_it():
    directives = csp.lesson_directives([_package(False), _package(True), _package(False)])

    assert directives["script-src"] == ["'self'", NONCE, HASH, "'unsafe-eval'"]


@pytest.mark.parametrize("packages", [[], [_package(False)], [_package(False), _package(False)]])
def test_lesson_directives_without_eval_packages_never_allow_eval(packages):
    assert "'unsafe-eval'" not in csp.lesson_directives(packages)["script-src"]


def test_lesson_directives_accept_a_generator():
    directives = csp.lesson_directives(p for p in [_package(True)])

    assert "'unsafe-eval'" in directives["script-src"]


def test_lesson_policy_set_leaves_the_header_to_the_middleware():
    response = HttpResponse()

    csp.lesson_policy_set(response, [_package(False)])

    assert response._csp_replace == csp.lesson_directives([_package(False)])
    assert "Content-Security-Policy" not in response


@pytest.mark.parametrize(
    ("setting", "origin"),
    [
        ("", ""),
        ("https://files.example.org", "https://files.example.org"),
        ("https://files.example.org/", "https://files.example.org"),
    ],
)
def test_content_origin_drops_a_trailing_slash(setting, origin):
    with override_settings(COURSES_H5P_CONTENT_ORIGIN=setting):
        assert csp.content_origin() == origin


# --- The lesson page --------------------------------------------------------------------------


@pytest.mark.django_db
def test_lesson_page_with_truefalse_allows_the_bootstrap_but_not_eval(
    client, index, learner, fixtures_dir
):
    activity = activity_from_fixture(fixtures_dir, TRUEFALSE)
    lesson = enrolled_lesson(index, learner, activity)
    client.force_login(learner)

    response = client.get(lesson.url)

    assert response.status_code == 200
    policy = _policy(response["Content-Security-Policy"])
    assert policy == {
        # The player's directives replace the site's; the rest stay the site's.
        "default-src": "'self'",
        "script-src": f"'self' {HASH}",
        "style-src": "'self' 'unsafe-inline'",
        "img-src": "'self' data: blob:",
        "font-src": "'self' data:",
        "media-src": "'self' blob:",
        "connect-src": "'self'",
        "frame-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'self'",
    }


@pytest.mark.django_db
def test_lesson_page_with_multichoice_allows_eval(client, index, learner, fixtures_dir):
    activity = activity_from_fixture(fixtures_dir, MULTICHOICE)
    lesson = enrolled_lesson(index, learner, activity)
    client.force_login(learner)

    response = client.get(lesson.url)

    assert response.status_code == 200
    policy = _policy(response["Content-Security-Policy"])
    assert policy["script-src"] == f"'self' {HASH} 'unsafe-eval'"


@pytest.mark.django_db
def test_lesson_page_mixing_packages_allows_eval_once(client, index, learner):
    plain = services.activity_create(data=greeting_package())
    evaluating = services.activity_create(data=greeting_package(js="eval('1');"))
    course = h5p_course(index, [plain, evaluating])
    course_services.enrolment_create(user=learner, course=course)
    client.force_login(learner)

    response = client.get(only_lesson(course).url)

    assert response["Content-Security-Policy"].count("'unsafe-eval'") == 1


@pytest.mark.django_db
def test_lesson_page_without_h5p_keeps_the_strict_site_policy(client, index, learner):
    course = CourseBuilder(index, "N1").module(lessons=1).build()
    course_services.enrolment_create(user=learner, course=course)
    client.force_login(learner)

    response = client.get(only_lesson(course).url)

    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert _policy(policy)["script-src"] == "'self'"
    assert HASH not in policy
    assert "'unsafe-eval'" not in policy
    assert "'unsafe-inline'" not in policy


@pytest.mark.django_db
def test_lesson_page_for_learner_not_enrolled_redirects_without_player_allowances(
    client, index, learner, other_learner
):
    activity = services.activity_create(data=greeting_package())
    lesson = enrolled_lesson(index, learner, activity)
    client.force_login(other_learner)

    response = client.get(lesson.url)

    assert response.status_code == 302
    assert response["Location"] == lesson.get_course().url
    assert HASH not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_lesson_page_shows_the_player_config(client, index, learner):
    activity = services.activity_create(data=greeting_package(), title="Greet")
    lesson = enrolled_lesson(index, learner, activity)
    client.force_login(learner)

    response = client.get(lesson.url)

    players = response.context["lesson_view"].h5p
    assert len(players) == 1
    player = next(iter(players.values()))
    assert player.block_id == lesson.block_ids("h5p")[0]
    assert (player.ready, player.attempts, player.best, player.passed) == (True, 0, None, False)
    config = player.config
    assert config["iri"] == activity.iri
    assert config["package"] == activity.package.sha256
    assert config["contentId"] == f"activity-{activity.pk}"
    assert config["contentUserData"] is None
    assert config["stateId"] == "h5p-resume"
    assert config["agent"]["account"]["name"] == str(learner.pk)
    assert f'id="{player.config_id}"' in response.content.decode()


@pytest.mark.django_db
def test_lesson_page_with_a_pending_package_says_it_is_being_prepared(client, index, learner):
    with override_settings(COURSES_H5P_INLINE_EXTRACT_MAX_BYTES=1):
        activity = services.activity_create(data=greeting_package(), title="Greet")
    lesson = enrolled_lesson(index, learner, activity)
    client.force_login(learner)

    response = client.get(lesson.url)

    player = next(iter(response.context["lesson_view"].h5p.values()))
    assert (player.ready, player.config) == (False, {})
    assert "This activity is being prepared. Please come back a little later." in (
        response.content.decode()
    )
