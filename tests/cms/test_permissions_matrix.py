"""Every role against every view that shows a person's data or a staff tool.

The table below is the whole policy: for each view and role, the status code, where a redirect
goes, and whether learner A's private data may appear. Any difference, and any leak, fails.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.db import transaction
from django.test import Client

from cms.roles import Role
from courses import services
from courses.models import Cohort, CohortMembership, CompletionRule, SignOff
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of

ROLES = ["anonymous", "learner_a", "learner_b", "facilitator", "trainer", "coordinator", "admin"]

# What only learner A (and, for the sign-off queue, A's facilitator) may ever see.
A_DISPLAY_NAME = "Zarina-A"
A_REFLECTION = "My private words about home, 4471."
A_ONLY_COURSE = "Course only A has joined"
A_MARKERS = (A_DISPLAY_NAME, A_REFLECTION)
# On "my learning", which courses A joined and that A waits for a sign-off are A's data too
# (elsewhere a course title is just content).
A_MY_LEARNING_MARKERS = (A_ONLY_COURSE, "waiting for your mentor")

LOGIN = "/accounts/login/?next={path}"
ADMIN_LOGIN = "/accounts/login/?next={path}"
ADMIN_HOME = "/admin/"  # Wagtail's refusal for staff without the permission: back home
COURSE = "{course_url}"  # a learner not allowed into a lesson goes back to its course
SIGNOFF_QUEUE = "/learn/sign-offs/"

# (view, role, status, redirect target or None, may see A's data)
EXPECTED = [
    ("my_learning", "anonymous", 302, LOGIN, False),
    ("my_learning", "learner_a", 200, None, True),
    ("my_learning", "learner_b", 200, None, False),
    ("my_learning", "facilitator", 200, None, False),
    ("my_learning", "trainer", 200, None, False),
    ("my_learning", "coordinator", 200, None, False),
    ("my_learning", "admin", 200, None, False),
    ("reflection_lesson", "anonymous", 302, LOGIN, False),
    ("reflection_lesson", "learner_a", 200, None, True),
    ("reflection_lesson", "learner_b", 200, None, False),
    ("reflection_lesson", "facilitator", 200, None, False),
    ("reflection_lesson", "trainer", 200, None, False),
    ("reflection_lesson", "coordinator", 200, None, False),
    ("reflection_lesson", "admin", 200, None, False),
    ("a_only_lesson", "anonymous", 302, LOGIN, False),
    ("a_only_lesson", "learner_a", 200, None, False),
    ("a_only_lesson", "learner_b", 302, COURSE, False),
    ("a_only_lesson", "facilitator", 302, COURSE, False),
    ("a_only_lesson", "trainer", 200, None, False),
    ("a_only_lesson", "coordinator", 200, None, False),
    ("a_only_lesson", "admin", 200, None, False),
    ("signoff_queue", "anonymous", 302, LOGIN, False),
    ("signoff_queue", "learner_a", 200, None, False),
    ("signoff_queue", "learner_b", 200, None, False),
    ("signoff_queue", "facilitator", 200, None, True),
    ("signoff_queue", "trainer", 200, None, False),
    ("signoff_queue", "coordinator", 200, None, False),
    ("signoff_queue", "admin", 200, None, False),
    # A POST-only address: after sign-in, the page the button was on (here no Referer: "/"),
    # never the address itself, which a GET cannot open.
    ("signoff_record", "anonymous", 302, "/accounts/login/?next=/", False),
    ("signoff_record", "learner_a", 403, None, False),
    ("signoff_record", "learner_b", 403, None, False),
    ("signoff_record", "facilitator", 302, SIGNOFF_QUEUE, False),
    ("signoff_record", "trainer", 403, None, False),
    ("signoff_record", "coordinator", 403, None, False),
    ("signoff_record", "admin", 403, None, False),
    ("admin_enrolment", "anonymous", 302, ADMIN_LOGIN, False),
    ("admin_enrolment", "learner_a", 302, ADMIN_LOGIN, False),
    ("admin_enrolment", "learner_b", 302, ADMIN_LOGIN, False),
    ("admin_enrolment", "facilitator", 302, ADMIN_LOGIN, False),
    ("admin_enrolment", "trainer", 302, ADMIN_HOME, False),
    ("admin_enrolment", "coordinator", 200, None, False),
    ("admin_enrolment", "admin", 200, None, False),
    ("admin_analytics", "anonymous", 302, ADMIN_LOGIN, False),
    ("admin_analytics", "learner_a", 302, ADMIN_LOGIN, False),
    ("admin_analytics", "learner_b", 302, ADMIN_LOGIN, False),
    ("admin_analytics", "facilitator", 302, ADMIN_LOGIN, False),
    ("admin_analytics", "trainer", 200, None, False),
    ("admin_analytics", "coordinator", 200, None, False),
    ("admin_analytics", "admin", 200, None, False),
    ("admin_course_analytics", "anonymous", 302, ADMIN_LOGIN, False),
    ("admin_course_analytics", "learner_a", 302, ADMIN_LOGIN, False),
    ("admin_course_analytics", "learner_b", 302, ADMIN_LOGIN, False),
    ("admin_course_analytics", "facilitator", 302, ADMIN_LOGIN, False),
    ("admin_course_analytics", "trainer", 200, None, False),
    ("admin_course_analytics", "coordinator", 200, None, False),
    ("admin_course_analytics", "admin", 200, None, False),
    ("admin_course_analytics_csv", "anonymous", 302, ADMIN_LOGIN, False),
    ("admin_course_analytics_csv", "learner_a", 302, ADMIN_LOGIN, False),
    ("admin_course_analytics_csv", "learner_b", 302, ADMIN_LOGIN, False),
    ("admin_course_analytics_csv", "facilitator", 302, ADMIN_LOGIN, False),
    ("admin_course_analytics_csv", "trainer", 200, None, False),
    ("admin_course_analytics_csv", "coordinator", 200, None, False),
    ("admin_course_analytics_csv", "admin", 200, None, False),
    ("admin_invitations", "anonymous", 302, ADMIN_LOGIN, False),
    ("admin_invitations", "learner_a", 302, ADMIN_LOGIN, False),
    ("admin_invitations", "learner_b", 302, ADMIN_LOGIN, False),
    ("admin_invitations", "facilitator", 302, ADMIN_LOGIN, False),
    ("admin_invitations", "trainer", 302, ADMIN_HOME, False),
    ("admin_invitations", "coordinator", 200, None, False),
    ("admin_invitations", "admin", 200, None, False),
    ("admin_reset_password", "anonymous", 302, ADMIN_LOGIN, False),
    ("admin_reset_password", "learner_a", 302, ADMIN_LOGIN, False),
    ("admin_reset_password", "learner_b", 302, ADMIN_LOGIN, False),
    ("admin_reset_password", "facilitator", 302, ADMIN_LOGIN, False),
    ("admin_reset_password", "trainer", 302, ADMIN_HOME, False),
    # This coordinator coordinates no collective, so A is outside their reach: a 404 like an
    # account that does not exist (issue #11; the two-collective matrix is in
    # tests/trauma_training/test_access_matrix.py).
    ("admin_reset_password", "coordinator", 404, None, False),
    ("admin_reset_password", "admin", 200, None, False),
]


def test_permissions_matrix_covers_every_view_and_role():
    views = {row[0] for row in EXPECTED}
    pairs = [(row[0], row[1]) for row in EXPECTED]

    assert len(pairs) == len(set(pairs)) == len(views) * len(ROLES)
    assert views == set(VIEWS)


@dataclass
class World:
    users: dict
    course: object
    a_only_course: object
    reflection_lesson: object
    signoff_lesson: object
    a_only_lesson: object


def _build_world() -> World:
    index = course_index()
    course = (
        CourseBuilder(index, "T1")
        .module(
            lesson_specs=[{"rule": CompletionRule.REFLECTION}, {"rule": CompletionRule.SIGNOFF}]
        )
        .build()
    )
    a_only_course = CourseBuilder(index, "A2", title=A_ONLY_COURSE).module(lessons=1).build()
    reflection_lesson, signoff_lesson = lessons_of(course)
    (a_only_lesson,) = lessons_of(a_only_course)

    users = {
        "learner_a": user_with_role(
            Role.LEARNER, username="learner-a", display_name=A_DISPLAY_NAME
        ),
        "learner_b": user_with_role(Role.LEARNER, username="learner-b", display_name="Bela-B"),
        "facilitator": user_with_role(Role.MENTOR, username="mentor-f", display_name="Fatima-F"),
        "trainer": user_with_role(Role.TRAINER, username="trainer-t"),
        "coordinator": user_with_role(Role.COORDINATOR, username="coordinator-c"),
        "admin": user_with_role(Role.ADMIN, username="admin-x"),
    }
    cohort_a = Cohort.objects.create(name="A's collective")
    CohortMembership.objects.create(cohort=cohort_a, user=users["learner_a"], role="member")
    CohortMembership.objects.create(cohort=cohort_a, user=users["facilitator"], role="facilitator")
    cohort_b = Cohort.objects.create(name="B's collective")
    CohortMembership.objects.create(cohort=cohort_b, user=users["learner_b"], role="member")

    for name in ("learner_a", "learner_b", "facilitator"):
        services.enrolment_create(user=users[name], course=course)
    services.enrolment_create(user=users["learner_a"], course=a_only_course)

    a = users["learner_a"]
    block_id = reflection_lesson.block_ids("reflection")[0]
    services.reflection_submit(
        user=a, lesson=reflection_lesson, block_id=block_id, text=A_REFLECTION
    )
    services.signoff_request(user=a, lesson=signoff_lesson)
    return World(users, course, a_only_course, reflection_lesson, signoff_lesson, a_only_lesson)


VIEWS = {
    "my_learning": ("get", lambda w: "/learn/"),
    "reflection_lesson": ("get", lambda w: w.reflection_lesson.url),
    "a_only_lesson": ("get", lambda w: w.a_only_lesson.url),
    "signoff_queue": ("get", lambda w: "/learn/sign-offs/"),
    "signoff_record": (
        "post",
        lambda w: f"/learn/sign-offs/{w.signoff_lesson.pk}/{w.users['learner_a'].pk}/",
    ),
    "admin_enrolment": ("get", lambda w: "/admin/learning/enrolment/"),
    "admin_analytics": ("get", lambda w: "/admin/learning/analytics/"),
    "admin_course_analytics": ("get", lambda w: f"/admin/learning/analytics/{w.course.pk}/"),
    "admin_course_analytics_csv": (
        "get",
        lambda w: f"/admin/learning/analytics/{w.course.pk}/csv/",
    ),
    "admin_invitations": ("get", lambda w: "/admin/invitations/"),
    "admin_reset_password": (
        "get",
        lambda w: f"/admin/people/{w.users['learner_a'].pk}/reset-password/",
    ),
}


def _outcome(world: World, view: str, role: str) -> tuple:
    """What `role` gets from `view`, as a row of the table. Runs in a savepoint that is rolled
    back, so one role's POST never changes what the next role sees."""
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    method, url_of = VIEWS[view]
    path = url_of(world)
    with transaction.atomic():
        response = getattr(client, method)(path)
        signed_off = SignOff.objects.filter(learner=world.users["learner_a"]).exists()
        transaction.set_rollback(True)
    body = response.content.decode()
    markers = A_MARKERS + (A_MY_LEARNING_MARKERS if view == "my_learning" else ())
    # Name the redirect target by its template, so the table reads the same for every view.
    location = response.get("Location")
    for template in (LOGIN, ADMIN_LOGIN, COURSE):
        if location == template.format(path=path, course_url=world.a_only_course.url):
            location = template
    if view == "signoff_record":
        # The sign-off is written exactly when the view says it was.
        assert signed_off is (response.status_code == 302 and role == "facilitator")
    return (view, role, response.status_code, location, any(m in body for m in markers))


@pytest.mark.django_db
@pytest.mark.parametrize("view", list(VIEWS))
def test_permissions_matrix(settings, view):
    settings.CMS_STAFF_MFA_REQUIRED = False
    world = _build_world()

    actual = [_outcome(world, view, role) for role in ROLES]

    assert actual == [row for row in EXPECTED if row[0] == view]
