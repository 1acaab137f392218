"""Issue #11, item 10: headers and caching, as attacks through HTTP.

- Every routed page a learner, a mentor and a coordinator can ask for answers with a
  Content-Security-Policy that runs no inline script (the Wagtail admin's looser one only under
  /admin/), and with the Permissions-Policy.
- The H5P player's allowances (its bootstrap hash, 'unsafe-eval') appear on a lesson page with a
  player, and on no other page.
- A shared phone keeps no copy of a signed-in person's pages: every personal page the issue
  lists answers `Cache-Control: no-store`, and so does every other answer to a signed-in person
  unless its view chose its own caching on purpose (the short list below).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from certifications.models import Certificate, CertificationProgramme
from cms.roles import Role
from courses import services as course_services
from courses.h5p import services as h5p_services
from courses.models import Cohort, CohortMembership, CompletionRule
from tests.courses.h5p.helpers import greeting_package, h5p_course, only_lesson
from tests.factories import CourseBuilder, course_index, sign_in_with_mfa, user_with_role
from tests.factories.courses import lessons_of
from trauma_training.models import Collective, Mentorship
from trauma_training.wellbeing import services as wellbeing

pytestmark = pytest.mark.django_db

PLAYER_HASH = "'sha256-8CniZYrnO46q7MvZ3m08Wom1HH/ZhyXmm29kBKTV1rk='"
PERMISSIONS_POLICY = (
    "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), encrypted-media=(), "
    "geolocation=(), gyroscope=(), hid=(), idle-detection=(), interest-cohort=(), "
    "local-fonts=(), magnetometer=(), microphone=(), midi=(), payment=(), screen-wake-lock=(), "
    "serial=(), usb=(), xr-spatial-tracking=()"
)
# Views that choose their own caching, each for a reason written there: badge data that is
# public by design (consent-governed), and H5P package files (content-addressed, behind a grant).
# The xAPI API answers programs (the player, LRS clients), and its views decide its caching.
OWN_CACHING = re.compile(
    r"^/(\.well-known/jwks\.json|certificates/(issuer|achievements/|status/)|learn/h5p/files/"
    r"|xapi/)"
)
# Answers that are files, not pages, with a policy of their own that is stricter still.
OWN_POLICY = re.compile(r"^/(documents/\d+/|learn/h5p/(files|libraries)/)")
# Public H5P library files (and their 404s) are answered before the page middleware, with
# only the headers a file needs (courses/h5p/middleware.py): no Permissions-Policy, their own
# year-long caching.
FILE_ONLY = re.compile(r"^/learn/h5p/libraries/")


def policy_of(header: str) -> dict[str, list[str]]:
    """A Content-Security-Policy header as {directive: [sources]}."""
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {part[0]: part[1:] for part in parts}


@dataclass
class World:
    users: dict
    paths: dict[str, str]  # what fills each URL parameter
    quiz_lesson: str
    h5p_lesson: str
    eval_lesson: str
    personal: list[str]  # the personal pages, for the signed-in learner


def _build_world() -> World:
    index = course_index()
    course = (
        CourseBuilder(index, "Q1")
        .module(lesson_specs=[{"rule": CompletionRule.QUIZ}], check=True)
        .build()
    )
    (quiz_lesson,) = lessons_of(course)
    plain = h5p_services.activity_create(data=greeting_package())
    evaluating = h5p_services.activity_create(data=greeting_package(js="eval('1');"))
    h5p = only_lesson(h5p_course(index, [plain], code="H1"))
    with_eval = only_lesson(h5p_course(index, [evaluating], code="H2"))
    learner = user_with_role(Role.LEARNER, username="learner-a", display_name="Asha")
    mentor = user_with_role(Role.MENTOR, username="mentor-m", display_name="Meera")
    coordinator = user_with_role(Role.COORDINATOR, username="coordinator-c")
    cohort = Cohort.objects.create(name="A's collective")
    CohortMembership.objects.create(cohort=cohort, user=learner, role="member")
    CohortMembership.objects.create(cohort=cohort, user=mentor, role="facilitator")
    collective = Collective.objects.create(cohort=cohort, region="West Bengal")
    collective.coordinators.add(coordinator)
    mentorship = Mentorship.objects.create(
        mentor=mentor, mentee=learner, collective=collective, assigned_by=coordinator
    )
    for lesson in (quiz_lesson, h5p, with_eval):
        course_services.enrolment_create(user=learner, course=lesson.get_course())
    programme = CertificationProgramme.objects.create(code="p", name="P", audience="learner")
    programme.required_courses.set([course])
    certificate = Certificate.objects.create(
        user=learner, programme=programme, code="ABCDE-FGHJK", credential_jwt="a.b.c"
    )
    certificate.pdf.save("certificates/x/a.pdf", ContentFile(b"%PDF-1.7 x"))
    goal = wellbeing.goal_create(user=learner, title="Speak at the meeting")
    entry = wellbeing.journal_entry_create(user=learner, text="Today I spoke.")
    paths = {
        "course_id": str(course.pk),
        "lesson_id": str(quiz_lesson.pk),
        "page_id": str(quiz_lesson.pk),
        "learner_id": str(learner.pk),
        "user_id": str(learner.pk),
        "mentee_id": str(learner.pk),
        "mentorship_id": str(mentorship.pk),
        "collective_id": str(collective.pk),
        "programme_id": str(programme.pk),
        "code": certificate.code,
        "goal_id": str(goal.pk),
        "entry_id": str(entry.pk),
        "activity_id": str(plain.pk),
        "purpose": "progress_to_mentor",
    }
    personal = [
        "/learn/",
        quiz_lesson.url,
        h5p.url,
        course.url,
        "/learn/sign-offs/",
        "/certificates/mine/",
        f"/certificates/mine/{certificate.code}/pdf/",
        f"/certificates/mine/{certificate.code}/credential/",
        f"/certificates/mine/{certificate.code}/name/",
        "/certificates/practice/",
        "/certificates/sign-offs/",
        "/programme/",
        "/programme/my-mentor/",
        "/programme/privacy/",
        "/me/data/",
        "/me/data/download/",
        "/me/goals/",
        f"/me/goals/{goal.pk}/",
        "/me/journal/",
        f"/me/journal/{entry.pk}/edit/",
    ]
    return World(
        users={"learner": learner, "mentor": mentor, "coordinator": coordinator},
        paths=paths,
        quiz_lesson=quiz_lesson.url,
        h5p_lesson=h5p.url,
        eval_lesson=with_eval.url,
        personal=personal,
    )


def _sign_in(client: Client, world: World, role: str) -> None:
    """Staff through the MFA step (as they must, cms.middleware), so the admin's pages answer
    rather than send them to the code page; learners and mentors in grace with a password."""
    if role == "coordinator":
        sign_in_with_mfa(client, world.users[role])
    else:
        client.force_login(world.users[role])


def _patterns(patterns, prefix: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def _concrete(route: str, fill: dict[str, str]) -> str | None:
    """A path for a route, its parameters filled from the world (1 when unknown, which answers
    404: an answer all the same). Regular-expression routes are left to the explicit list."""
    if "^" in route or "(" in route:
        return None
    path = re.sub(
        r"<(?:(\w+):)?(\w+)>",
        lambda m: fill.get(m.group(2), "x" if m.group(1) in ("str", "path") else "1"),
        route,
    )
    return "/" + path


def routed_paths(world: World, *, with_admin: bool) -> list[str]:
    """Every routed path the site answers: each URL pattern (the Wagtail admin's only when
    asked, and then those without parameters) plus the pages of the page tree."""
    paths = []
    for route in _patterns(get_resolver().url_patterns):
        if route.startswith("admin/") and not (with_admin and "<" not in route):
            continue
        path = _concrete(route, world.paths)
        if path is not None:
            paths.append(path)
    paths += ["/", "/admin/", world.quiz_lesson, world.h5p_lesson, world.eval_lesson]
    paths += ["/documents/1/x.pdf", "/learn/h5p/files/x/h5p.json"]
    return sorted(set(paths))


def _problems(client: Client, world: World, paths: list[str]) -> list[tuple]:
    """Every (path, problem) where an answer breaks the rules above."""
    problems = []
    for path in paths:
        response = client.get(path)
        header = response.get("Content-Security-Policy")
        if header is None:
            problems.append((path, "no Content-Security-Policy"))
            continue
        policy = policy_of(header)
        script = policy.get("script-src", policy.get("default-src", []))
        # A player plays where the person may open the lesson; otherwise they are sent away.
        playing = response.status_code == 200 and path in (world.h5p_lesson, world.eval_lesson)
        if path.startswith("/admin/"):
            if script != ["'self'", "'unsafe-inline'"] or policy["object-src"] != ["'none'"]:
                problems.append((path, f"not the admin's policy: {header}"))
        elif "'unsafe-inline'" in script:
            problems.append((path, f"inline scripts allowed: {header}"))
        elif (PLAYER_HASH in script) != playing:
            problems.append((path, f"player allowances where no player is: {header}"))
        elif ("'unsafe-eval'" in script) != (playing and path == world.eval_lesson):
            problems.append((path, f"'unsafe-eval' where no package needs it: {header}"))
        elif not OWN_POLICY.match(path) and policy.get("frame-ancestors") != ["'self'"]:
            problems.append((path, f"other sites may frame it: {header}"))
        if FILE_ONLY.match(path):
            if response.get("X-Content-Type-Options") != "nosniff":
                problems.append((path, "a library answer without nosniff"))
            continue
        if response.get("Permissions-Policy") != PERMISSIONS_POLICY:
            problems.append((path, f"Permissions-Policy: {response.get('Permissions-Policy')}"))
        if not OWN_CACHING.match(path) and "no-store" not in response.get("Cache-Control", ""):
            problems.append((path, f"{response.status_code} cacheable: {response.headers}"))
    return problems


@pytest.mark.parametrize("role", ["learner", "mentor", "coordinator"])
def test_headers_on_every_routed_page_for_a_signed_in_person(role):
    world = _build_world()
    # Server errors are answers too (Wagtail routes one on purpose: /admin/failwhale/).
    client = Client(raise_request_exception=False)
    _sign_in(client, world, role)

    paths = routed_paths(world, with_admin=role == "coordinator")
    # Sign-out paths last, in case one ever signs out on GET.
    staying = [path for path in paths if not path.endswith("/logout/")]

    problems = _problems(client, world, staying)
    # Still signed in: no path on the way signed them out (which would hide problems).
    still_in = client.get("/learn/").status_code
    problems += _problems(client, world, [path for path in paths if path not in staying])

    assert problems == []
    assert still_in == 200


def test_headers_routed_paths_cover_the_site():
    world = _build_world()

    paths = routed_paths(world, with_admin=True)

    # Sanity: the walk finds the learner, programme, /me/ and admin pages.
    for path in ("/learn/", "/programme/mentor/", "/me/data/", "/help/", "/admin/"):
        assert path in paths
    assert len(paths) > 100


def test_headers_anonymous_pages_have_the_policy_and_are_never_public():
    world = _build_world()
    client = Client()

    for path in ("/", "/help/", "/safety/about-quick-exit/", "/accounts/login/", "/learn/"):
        response = client.get(path)
        policy = policy_of(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"], path
        assert response["Permissions-Policy"] == PERMISSIONS_POLICY, path
        assert "public" not in response.get("Cache-Control", ""), path
    verify = client.get(f"/certificates/verify/{world.paths['code']}/")
    assert "public" not in verify.get("Cache-Control", "")


def test_headers_personal_pages_are_no_store_for_the_signed_in_learner():
    world = _build_world()
    client = Client()
    client.force_login(world.users["learner"])

    answers = {path: client.get(path) for path in world.personal}

    assert {path: response.status_code for path, response in answers.items()} == {
        path: 200 for path in world.personal
    }
    for path, response in answers.items():
        assert "no-store" in response["Cache-Control"], path
        assert "public" not in response["Cache-Control"], path


@pytest.mark.parametrize("role", ["mentor", "coordinator"])
def test_headers_mentor_and_review_pages_are_no_store(role):
    world = _build_world()
    client = Client()
    _sign_in(client, world, role)
    paths = {
        "mentor": [
            "/programme/mentor/",
            f"/me/mentees/{world.users['learner'].pk}/shared/",
            "/learn/sign-offs/",
            "/me/check-in/",
        ],
        "coordinator": [
            "/programme/mentorships/",
            "/certificates/review/",
            f"/programme/collectives/{world.paths['collective_id']}/",
            "/admin/",
            "/admin/people/",
        ],
    }[role]

    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "no-store" in response["Cache-Control"], path


def test_headers_back_button_after_sign_out_finds_no_stored_page():
    """The attack: the next person on a shared phone presses Back after the last one signed
    out. The page the browser would show was sent no-store, and the sign-out answer too."""
    world = _build_world()
    client = Client()
    client.force_login(world.users["learner"])

    page = client.get("/me/journal/")
    signed_out = client.post("/accounts/logout/")

    assert "no-store" in page["Cache-Control"]
    assert signed_out.status_code == 302
    assert "no-store" in signed_out["Cache-Control"]
    again = client.get("/me/journal/")
    assert again.status_code == 302
    assert again["Location"] == "/accounts/login/?next=/me/journal/"


def test_headers_h5p_allowances_only_on_player_lessons():
    world = _build_world()
    client = Client()
    client.force_login(world.users["learner"])

    plain = policy_of(client.get(world.h5p_lesson)["Content-Security-Policy"])
    evaluating = policy_of(client.get(world.eval_lesson)["Content-Security-Policy"])
    quiz = policy_of(client.get(world.quiz_lesson)["Content-Security-Policy"])

    assert plain["script-src"] == ["'self'", PLAYER_HASH]
    assert evaluating["script-src"] == ["'self'", PLAYER_HASH, "'unsafe-eval'"]
    assert quiz["script-src"] == ["'self'"]
    assert quiz["style-src"] == ["'self'", settings.CSP_ERROR_PAGE_STYLE_HASH]
    # The rest of the policy stays the site's on a player page.
    for directive in ("default-src", "object-src", "base-uri", "form-action", "frame-ancestors"):
        assert plain[directive] == quiz[directive], directive
