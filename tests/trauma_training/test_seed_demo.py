"""`manage.py seed_demo`: the demo site, the seven curricula and the demo users; idempotent.

Seeding publishes a few hundred pages, so it runs once for this module, inside a transaction
that is rolled back when the module is done: other test modules never see the demo data.
"""

from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from wagtail.models import Locale, Page, Revision, Site

from cms.models import HomePage, Invitation
from courses.models import (
    Cohort,
    CohortMembership,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    ModulePage,
)
from trauma_training.curricula import load_curricula
from trauma_training.models import Collective, Consent

User = get_user_model()
CURRICULA = load_curricula()
DEMO_ROLES = {
    "learner": "Learner",
    "mentor": "Mentor",
    "trainer": "Trainer",
    "coordinator": "Coordinator",
}


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": User.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "memberships": CohortMembership.objects.count(),
        "cohorts": Cohort.objects.count(),
        "collectives": Collective.objects.count(),
        "invitations": Invitation.objects.count(),
        "sites": Site.objects.count(),
        "consents": Consent.objects.count(),
    }


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once; roll everything back after the module's last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        out = StringIO()
        call_command("seed_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_seed_demo_creates_the_seven_courses_with_their_modules_and_lessons(seeded):
    index = CourseIndexPage.objects.get(locale__language_code="en")
    courses = list(CoursePage.objects.child_of(index).order_by("path"))

    assert [(c.code, c.slug, c.live) for c in courses] == [
        (course["code"], course["slug"], True) for course in CURRICULA
    ]
    for page, course in zip(courses, CURRICULA, strict=True):
        modules = list(ModulePage.objects.child_of(page).live().order_by("path"))
        assert [m.slug for m in modules] == [m["slug"] for m in course["modules"]]
        for module_page, module in zip(modules, course["modules"], strict=True):
            lessons = LessonPage.objects.child_of(module_page).live().order_by("path")
            assert [(lesson.slug, lesson.completion_rule) for lesson in lessons] == [
                (lesson["slug"], lesson["completion_rule"]) for lesson in module["lessons"]
            ]
            assert len(module_page.module_check) == 1
    english = {"locale__language_code": "en"}
    assert ModulePage.objects.filter(**english).count() == sum(len(c["modules"]) for c in CURRICULA)
    assert LessonPage.objects.filter(**english).count() == sum(
        len(m["lessons"]) for c in CURRICULA for m in c["modules"]
    )
    assert "Demo ready." in seeded


@pytest.mark.django_db
def test_seed_demo_sets_course_prerequisites(seeded):
    for course in CURRICULA:
        page = CoursePage.objects.get(slug=course["slug"], locale__language_code="en")
        assert sorted(page.prerequisites.values_list("slug", flat=True)) == sorted(
            course.get("prerequisites", [])
        )


@pytest.mark.django_db
def test_seed_demo_default_site_points_at_the_home_page(seeded, client):
    site = Site.objects.get(is_default_site=True)

    assert Site.objects.count() == 1
    assert type(site.root_page.specific) is HomePage
    assert site.root_page_id == HomePage.objects.get(locale__language_code="en").pk
    assert site.site_name == settings.WAGTAIL_SITE_NAME
    # Wagtail's placeholder "Welcome" page is gone: the root has the home page alone, once in
    # each language.
    children = Page.objects.get(depth=1).get_children()
    assert sorted(children.values_list("locale__language_code", flat=True)) == [
        "bn",
        "en",
        "hi",
        "te",
    ]
    assert children.get(locale__language_code="en").slug == "home"
    assert client.get("/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(("username", "group"), DEMO_ROLES.items())
def test_seed_demo_user_is_in_its_group_and_can_sign_in(seeded, username, group):
    user = User.objects.get(username=username)
    client = Client()

    response = client.post(
        "/accounts/login/", {"login": username, "password": settings.CMS_DEMO_PASSWORD}
    )

    assert list(user.groups.values_list("name", flat=True)) == [group]
    assert user.is_superuser is False
    assert response.status_code == 302
    learn = client.get("/learn/")
    if group in {"Trainer", "Coordinator"}:
        # Signed in; staff set up an authenticator app before any page (docs/accounts-and-mfa.md).
        assert (learn.status_code, learn["Location"]) == (
            302,
            "/accounts/2fa/totp/activate/?next=%2Flearn%2F",
        )
    else:
        assert learn.status_code == 200


@pytest.mark.django_db
def test_seed_demo_learner_and_mentor_share_a_collective_and_are_enrolled(seeded):
    learner = User.objects.get(username="learner")
    mentor = User.objects.get(username="mentor")
    learner_row = CohortMembership.objects.get(user=learner)
    mentor_row = CohortMembership.objects.get(user=mentor)

    assert learner_row.cohort_id == mentor_row.cohort_id
    assert (learner_row.role, mentor_row.role) == ("member", "facilitator")
    assert Collective.objects.filter(cohort_id=learner_row.cohort_id).count() == 1
    assert sorted(
        Enrolment.objects.filter(user=learner, status="active").values_list(
            "course__code", flat=True
        )
    ) == ["ORIENT", "S1", "S2"]
    assert sorted(
        Enrolment.objects.filter(user=mentor, status="active").values_list(
            "course__code", flat=True
        )
    ) == ["M1", "M2", "M3", "M4", "ORIENT"]
    assert (
        CohortMembership.objects.filter(user__username__in=["trainer", "coordinator"]).count() == 0
    )


@pytest.mark.django_db
def test_seed_demo_second_run_changes_nothing(seeded):
    before = counts()
    user_passwords = dict(User.objects.values_list("username", "password"))

    out = StringIO()
    call_command("seed_demo", stdout=out)

    assert counts() == before
    assert dict(User.objects.values_list("username", "password")) == user_passwords
    assert out.getvalue().count("kept course ") == len(CURRICULA)
    assert "created course " not in out.getvalue()


@pytest.mark.django_db
def test_seed_demo_coordinator_looks_after_the_demo_collective(seeded):
    collective = Collective.objects.get(cohort__name="Sundarbans collective")

    assert list(collective.coordinators.values_list("username", flat=True)) == ["coordinator"]


@pytest.mark.django_db
def test_seed_demo_learner_agreed_to_public_certificates_and_a_withdrawal_is_kept(seeded):
    from trauma_training.selectors import consent_granted

    learner, mentor = User.objects.get(username="learner"), User.objects.get(username="mentor")
    assert consent_granted(user=learner, purpose=Consent.Purpose.CERTIFICATES) is True
    assert consent_granted(user=mentor, purpose=Consent.Purpose.CERTIFICATES) is False

    Consent.objects.create(
        user=learner, purpose="certificates", granted=False, notice_version="t", language="en"
    )
    call_command("seed_demo", stdout=StringIO())

    assert consent_granted(user=learner, purpose=Consent.Purpose.CERTIFICATES) is False


# --- Translations (issue 12) -----------------------------------------------------------------


@pytest.mark.django_db
def test_seed_demo_gives_every_language_the_whole_page_tree(seeded):
    def paths_below_home(language):
        # Each language's home page is a sibling under the root (its slug may be "home-2");
        # below it the slugs are the English ones, so a lesson has one URL in every language.
        pages = Page.objects.filter(locale__language_code=language, depth__gt=2)
        return sorted(page.url_path.split("/", 2)[2] for page in pages)

    english = paths_below_home("en")
    for language in ("bn", "hi", "te"):
        assert paths_below_home(language) == english, language


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["bn", "hi", "te"])
def test_seed_demo_translates_every_survivor_course_lesson(seeded, language):
    from trauma_training.curricula import FULLY_TRANSLATED_FOLDERS, load_course

    for folder in FULLY_TRANSLATED_FOLDERS:
        course = load_course(folder, language)
        source = CoursePage.objects.get(slug=course["slug"], locale__language_code="en")
        for lesson in LessonPage.objects.descendant_of(source):
            copy = lesson.get_translation(Locale.objects.get(language_code=language)).specific
            expected = next(
                item
                for module in course["modules"]
                for item in module["lessons"]
                if item["slug"] == lesson.slug
            )
            assert (copy.alias_of_id, copy.live, copy.title) == (None, True, expected["title"])
            assert [block.id for block in copy.body] == [block.id for block in lesson.body]


@pytest.mark.django_db
def test_seed_demo_orientation_first_lesson_reads_in_bengali(seeded):
    lesson = LessonPage.objects.get(slug="orient-safety-buttons", locale__language_code="bn")

    text = str(lesson.body[0].value)

    assert text.startswith("<p>এই জায়গাটা আপনার জন্য।")
    assert lesson.title == "যে বোতামগুলো আপনাকে নিরাপদ রাখে"


@pytest.mark.django_db
def test_seed_demo_leaves_mentor_lesson_bodies_english_placeholders(seeded):
    """M1-M4 lesson bodies are not translated yet: each language has a placeholder (an alias of
    the English lesson), shown with the "not in your language yet" notice."""
    lesson = LessonPage.objects.get(slug="m1-event-experience-effect", locale__language_code="en")
    bengali = lesson.get_translation(Locale.objects.get(language_code="bn"))

    assert bengali.alias_of_id == lesson.pk
    course = CoursePage.objects.get(slug="trauma-informed-foundations", locale__language_code="hi")
    assert course.alias_of_id is None
    assert course.title != "Trauma-informed foundations"
