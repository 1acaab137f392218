"""Page routes are cached under the page tree's generation (courses.routing): a cached route
never serves a page that is gone, moved or changed, and never lets anyone open more."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from courses import caching, services
from tests.factories.courses import lessons_of, modules_of


def _page_queries(client, url: str) -> tuple[int, int]:
    """(status, queries that read a page row) of one request."""
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    reads = [q["sql"] for q in queries.captured_queries if '"wagtailcore_page"."path",' in q["sql"]]
    return status, len(reads)


@pytest.mark.django_db
def test_a_lesson_is_routed_with_one_page_read_once_cached(client, course, learner):
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    # The first visit records the opening (the learner's cached answers go); both route.
    assert client.get(lesson.url).status_code == 200
    assert client.get(lesson.url).status_code == 200
    # The site (with its root page) and the lesson itself, read again.
    assert _page_queries(client, lesson.url) == (200, 2)
    caching.structure_changed()  # as any publish does
    # Walking the tree again: the home page, the index (page, then its own type), the course,
    # the module and the lesson; the site; what is cached under the generation too (the
    # course's structure, whether the learner may open it).
    assert _page_queries(client, lesson.url) == (200, 10)
    assert _page_queries(client, lesson.url) == (200, 2)


@pytest.mark.django_db
def test_a_cached_route_shows_what_was_published_since(client, course, learner):
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    module = modules_of(course)[0]
    client.get(lesson.url)
    client.get(lesson.url)
    module.title = "Module renamed"
    module.save_revision().publish()
    lesson.refresh_from_db()
    lesson.title = "Lesson renamed"
    lesson.save_revision().publish()
    page = client.get(lesson.url).content.decode()
    assert "Module renamed" in page
    assert "Lesson renamed" in page


@pytest.mark.django_db
def test_a_cached_route_is_gone_once_the_lesson_is_unpublished(client, course, learner):
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    assert client.get(lesson.url).status_code == 200
    assert client.get(lesson.url).status_code == 200
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


@pytest.mark.django_db
def test_a_page_taken_offline_without_the_signals_is_not_served_from_the_cache(
    client, course, learner
):
    # A shell or a data migration: no signal moves the generation, the page is read again.
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    client.get(lesson.url)
    assert client.get(lesson.url).status_code == 200
    Page.objects.filter(pk=lesson.pk).update(live=False)
    assert client.get(lesson.url).status_code == 404


@pytest.mark.django_db
def test_a_cached_route_follows_a_slug_change_and_a_move(client, course, learner):
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    first_module, second_module = modules_of(course)
    lesson = lessons_of(course)[0]
    old_url = lesson.url
    client.get(old_url)
    assert client.get(old_url).status_code == 200

    first_module.slug = "renamed-module"
    first_module.save_revision().publish()
    lesson.refresh_from_db()
    assert client.get(old_url).status_code == 404
    assert client.get(lesson.url).status_code == 200

    moved_from = lesson.url
    lesson.move(second_module, pos="last-child")
    lesson.refresh_from_db()
    response = client.get(moved_from)  # Wagtail's redirect from the old place
    assert (response.status_code, response.url) == (301, lesson.url)
    assert client.get(lesson.url).status_code == 200


@pytest.mark.django_db
def test_a_route_cached_for_one_learner_opens_nothing_for_another(
    client, course, learner, other_learner
):
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    client.force_login(learner)
    client.get(lesson.url)
    assert client.get(lesson.url).status_code == 200
    client.force_login(other_learner)  # not enrolled
    response = client.get(lesson.url)
    assert (response.status_code, response.url) == (302, course.url)
    client.logout()
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
