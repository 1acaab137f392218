"""`manage.py seed_demo`: the demo site, the seven curricula, the demo people and their work;
idempotent.

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

from certifications.models import ChecklistSignOff, PracticeEntry
from cms.models import HomePage, Invitation
from courses.models import (
    Cohort,
    CohortMembership,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    ReflectionResponse,
)
from trauma_training.curricula import load_curricula
from trauma_training.models import Collective, Consent, Mentorship
from trauma_training.wellbeing.models import ReflectionShare

User = get_user_model()
CURRICULA = load_curricula()
DEMO_ROLES = {
    "learner": "Learner",
    "learner2": "Learner",
    "mentor": "Mentor",
    "mentor2": "Mentor",
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
        "mentorships": Mentorship.objects.count(),
        "lesson_progress": LessonProgress.objects.count(),
        "reflections": ReflectionResponse.objects.count(),
        "reflection_shares": ReflectionShare.objects.count(),
        "checklist_signoffs": ChecklistSignOff.objects.count(),
        "practice_entries": PracticeEntry.objects.count(),
        "verified_entries": PracticeEntry.objects.filter(status="verified").count(),
    }


# The demo takes about a minute to seed: keep the module in one test process, so it is seeded
# once per run rather than once in each process that gets some of its tests.
pytestmark = pytest.mark.xdist_group("seed_demo")


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
def test_seed_demo_learners_and_mentor_share_a_collective_and_are_enrolled(seeded):
    collective = Collective.objects.get(cohort__name="Sundarbans collective")
    circle = Collective.objects.get(cohort__name="Sundarbans mentors' circle")

    def members(collective):
        return sorted(
            collective.cohort.memberships.values_list("user__username", "role").order_by()
        )

    assert members(collective) == [
        ("learner", "member"),
        ("learner2", "member"),
        ("mentor", "facilitator"),
    ]
    # The demo mentor learns too: the senior mentor facilitates her circle and signs her
    # practical lessons.
    assert members(circle) == [("mentor", "member"), ("mentor2", "facilitator")]
    assert Collective.objects.count() == 2
    for username in ("learner", "learner2"):
        assert sorted(
            Enrolment.objects.filter(user__username=username, status="active").values_list(
                "course__code", flat=True
            )
        ) == ["ORIENT", "S1", "S2"]
    assert sorted(
        Enrolment.objects.filter(user__username="mentor", status="active").values_list(
            "course__code", flat=True
        )
    ) == ["M1", "M2", "M3", "M4", "ORIENT"]
    assert Enrolment.objects.filter(user__username="mentor2").count() == 0
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
    assert "created " not in out.getvalue()


@pytest.mark.django_db
def test_seed_demo_coordinator_looks_after_the_demo_collective(seeded):
    collective = Collective.objects.get(cohort__name="Sundarbans collective")

    circle = Collective.objects.get(cohort__name="Sundarbans mentors' circle")

    assert list(collective.coordinators.values_list("username", flat=True)) == ["coordinator"]
    assert list(circle.coordinators.values_list("username", flat=True)) == ["coordinator"]


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


# --- Every role's work (issue 13) -------------------------------------------------------------


def demo(username):
    return User.objects.get(username=username)


@pytest.mark.django_db
def test_seed_demo_people_use_pseudonyms_and_no_email(seeded):
    assert sorted(User.objects.values_list("username", "display_name", "email")) == [
        ("coordinator", "Coordinator", ""),
        ("learner", "Rekha", ""),
        ("learner2", "Sona", ""),
        ("mentor", "Anjali", ""),
        ("mentor2", "Lata", ""),
        ("trainer", "Trainer", ""),
    ]


@pytest.mark.django_db
def test_seed_demo_mentor_has_two_mentees_one_sharing_progress(seeded):
    from trauma_training.selectors import mentor_dashboard

    mentor = demo("mentor")

    assert sorted(
        Mentorship.objects.filter(ended_at__isnull=True).values_list(
            "mentor__username",
            "mentee__username",
            "collective__cohort__name",
            "assigned_by__username",
        )
    ) == [
        ("mentor", "learner", "Sundarbans collective", "coordinator"),
        ("mentor", "learner2", "Sundarbans collective", "coordinator"),
    ]
    assert Mentorship.objects.count() == 2
    dashboard = mentor_dashboard(mentor=mentor)
    assert [(entry.name, entry.shares_progress) for entry in dashboard.mentees] == [
        ("Rekha", True),
        ("Sona", False),
    ]
    assert list(
        Consent.objects.filter(purpose="progress_to_mentor").values_list(
            "user__username", "granted"
        )
    ) == [("learner", True)]


@pytest.mark.django_db
def test_seed_demo_learner_shares_one_reflection_with_her_mentor(seeded):
    from trauma_training.wellbeing.selectors import shared_with_mentor

    shared = shared_with_mentor(mentee=demo("learner"))

    assert [(item.reflection.lesson.slug, item.text) for item in shared.reflections] == [
        (
            "orient-who-sees-what",
            "(Demo) I am happy for my mentor to see how far I have got. My journal stays mine.",
        )
    ]
    assert (shared.goals, shared.journal_entries) == ([], [])
    assert shared_with_mentor(mentee=demo("learner2")).is_empty
    assert ReflectionShare.objects.count() == 1


@pytest.mark.django_db
def test_seed_demo_lesson_sign_offs_wait_for_the_mentor_and_the_senior_mentor(seeded):
    from courses.selectors import signoff_queue

    def queue(username):
        return [(p.user.username, p.lesson.slug) for p in signoff_queue(signer=demo(username))]

    assert queue("mentor") == [("learner", "s1-your-applied-project")]
    assert queue("mentor2") == [("mentor", "m2-escalation-role-play")]
    assert queue("coordinator") == []
    assert sorted(
        LessonProgress.objects.values_list("user__username", "lesson__slug", "state")
    ) == [
        ("learner", "orient-who-sees-what", "completed"),
        ("learner", "s1-your-applied-project", "awaiting_signoff"),
        ("mentor", "m2-escalation-role-play", "awaiting_signoff"),
    ]


@pytest.mark.django_db
def test_seed_demo_review_queues_hold_checklists_and_practice_to_verify(seeded):
    from certifications.selectors import practice_totals, review_queue

    def queue(username):
        found = review_queue(reviewer=demo(username))
        return (
            [(q.name, q.item.kind, q.item.minutes) for q in found.entries],
            [
                (q.name, q.item.checklist.programme.code, q.item.checklist.title)
                for q in found.signoffs
            ],
        )

    assert queue("mentor") == ([], [("Rekha", "survivor-leader", "Applied project")])
    assert queue("coordinator") == (
        [("Anjali", "mentoring", 120), ("Anjali", "supervision", 60)],
        [
            ("Anjali", "peer-mentor-1", "Escalation role-play"),
            ("Anjali", "pfa-skills", "Escalation role-play"),
        ],
    )
    assert queue("mentor2") == ([], [])
    assert ChecklistSignOff.objects.filter(status="pending").count() == 3
    totals = {
        t.key: (t.verified_minutes, t.pending_minutes, t.verified_count)
        for t in practice_totals(user=demo("mentor")).kinds
    }
    assert totals["mentoring"] == (18 * 60, 120, 9)
    assert totals["supervision"] == (5 * 60, 60, 5)
    assert (
        PracticeEntry.objects.filter(status="verified", reviewed_by__username="coordinator").count()
        == 14
    )


@pytest.mark.django_db
def test_seed_demo_mentor_certificates_can_be_earned_with_the_demo_people(seeded):
    """What the README asks each role to do leaves only the mentor's own courses to finish."""
    from certifications import records
    from certifications.models import CertificationProgramme
    from certifications.selectors import programme_evaluate
    from courses.services import signoff_record

    mentor, coordinator = demo("mentor"), demo("coordinator")
    role_play = LessonPage.objects.get(slug="m2-escalation-role-play", locale__language_code="en")

    signoff_record(signer=demo("mentor2"), learner=mentor, lesson=role_play)
    for entry in PracticeEntry.objects.filter(user=mentor, status="pending"):
        records.practice_entry_verify(entry=entry, by=coordinator)
    for signoff in ChecklistSignOff.objects.filter(user=mentor, status="pending"):
        records.signoff_sign(
            signoff=signoff, by=coordinator, ticked=signoff.checklist.items.splitlines()
        )

    assert LessonProgress.objects.get(user=mentor, lesson=role_play).state == "completed"
    for code in ("peer-mentor-1", "pfa-skills"):
        programme = CertificationProgramme.objects.get(code=code)
        missing = programme_evaluate(user=mentor, programme=programme).missing
        assert missing
        assert all(
            line.startswith(("Finish the course", "Reach 80% in the module check"))
            for line in missing
        ), missing


@pytest.mark.django_db
def test_seed_demo_work_skips_what_a_rule_now_refuses_and_keeps_the_rest(seeded):
    """A learner taken out of the collective while trying the demo: her mentorship is not
    made again (the rule refuses it), with the reason, and nothing else changes."""
    from trauma_training.seeding import demo_work_seed

    sona = demo("learner2")
    Mentorship.objects.filter(mentee=sona).delete()
    CohortMembership.objects.filter(user=sona).delete()
    before = counts()

    made = demo_work_seed(
        coordinator=demo("coordinator"),
        mentor=demo("mentor"),
        sharing_mentee=demo("learner"),
        private_mentee=sona,
        collective=Collective.objects.get(cohort__name="Sundarbans collective"),
    )

    assert made == [
        "skipped mentorship Anjali - Sona: Choose a mentor and a mentee from the collectives "
        "you coordinate."
    ]
    assert counts() == before


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


@pytest.mark.django_db
def test_seed_demo_programmes_require_each_english_course_once(seeded):
    from certifications.models import CertificationProgramme

    required = {
        programme.code: sorted(
            (course.slug, course.locale.language_code)
            for course in programme.required_courses.select_related("locale")
        )
        for programme in CertificationProgramme.objects.all()
    }

    assert required["pfa-skills"] == [("psychological-first-aid", "en")]
    assert len(required["peer-mentor-1"]) == 5
    assert len(required["module-badge"]) == 7
    assert {language for rows in required.values() for _slug, language in rows} == {"en"}
    refreshers = CertificationProgramme.objects.exclude(renewal_check_module=None)
    assert {p.renewal_check_module.locale.language_code for p in refreshers} == {"en"}
