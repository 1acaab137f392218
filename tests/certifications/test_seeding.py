"""The seeded programmes of DOMAIN.md section 3, idempotently."""

import pytest

from certifications.models import CertificationProgramme
from certifications.seeding import programmes_seed
from tests.factories import CourseBuilder

SLUGS = {
    "ORIENT": "learning-safely-here",
    "M1": "trauma-informed-foundations",
    "M2": "psychological-first-aid",
    "M3": "mentoring-survivor-leaders",
    "M4": "caring-for-the-helper",
    "S1": "leading-and-speaking-up",
    "S2": "rights-wellbeing-and-money",
}


@pytest.fixture
def curricula(index):
    return {
        code: CourseBuilder(index, code, slug=slug).module(lessons=1).build()
        for code, slug in SLUGS.items()
    }


def required(programme):
    return sorted(programme.required_courses.values_list("code", flat=True))


@pytest.mark.django_db
def test_programmes_seed_creates_the_four_programmes_with_their_requirements(curricula):
    results = programmes_seed()

    assert [created for _p, created in results] == [True, True, True, True]
    programmes = {p.code: p for p in CertificationProgramme.objects.all()}
    assert sorted(programmes) == ["module-badge", "peer-mentor-1", "pfa-skills", "survivor-leader"]
    mentor = programmes["peer-mentor-1"]
    assert (
        mentor.validity_days,
        mentor.grace_days,
        mentor.min_module_check_score,
        mentor.practice_hours,
        mentor.supervision_sessions,
        mentor.renewal_cpd_hours,
    ) == (730, 90, 80, 20, 6, 8)
    assert required(mentor) == ["M1", "M2", "M3", "M4", "ORIENT"]
    assert list(mentor.cpd_requirements.values_list("category", "min_hours")) == [
        ("ethics_safeguarding", 2),
        ("self_care", 2),
    ]
    role_play = mentor.checklists.get()
    assert (role_play.title, role_play.signer, len(role_play.item_list)) == (
        "Escalation role-play",
        "supervisor",
        6,
    )
    pfa = programmes["pfa-skills"]
    assert (pfa.validity_days, required(pfa), pfa.checklists.get().title) == (
        1095,
        ["M2"],
        "Escalation role-play",
    )
    leader = programmes["survivor-leader"]
    assert (leader.validity_days, required(leader)) == (None, ["ORIENT", "S1", "S2"])
    assert (leader.checklists.get().title, leader.checklists.get().signer) == (
        "Applied project",
        "mentor",
    )
    badge = programmes["module-badge"]
    assert (badge.awarded_per_module, badge.validity_days, len(required(badge))) == (True, None, 7)
    # Every requirement can now be checked, so all four issue.
    assert all(p.active for p in programmes.values())


@pytest.mark.django_db
def test_programmes_seed_twice_changes_nothing_and_keeps_edits(curricula):
    programmes_seed()
    CertificationProgramme.objects.filter(code="pfa-skills").update(validity_days=365)

    results = programmes_seed()

    assert [created for _p, created in results] == [False, False, False, False]
    assert CertificationProgramme.objects.count() == 4
    assert CertificationProgramme.objects.get(code="pfa-skills").validity_days == 365


@pytest.fixture
def translated_curricula(curricula):
    """Each course also in Bengali and Hindi: the same slugs in every language's tree."""
    from tests.factories.courses import translate_course

    for course in curricula.values():
        translate_course(course, "bn")
        translate_course(course, "hi")
    return curricula


@pytest.mark.django_db
def test_programmes_seed_requires_each_course_once_by_its_source_page(translated_curricula):
    programmes_seed()

    mentor = CertificationProgramme.objects.get(code="peer-mentor-1")
    assert sorted(mentor.required_courses.values_list("pk", flat=True)) == sorted(
        translated_curricula[code].pk for code in ("ORIENT", "M1", "M2", "M3", "M4")
    )
    badge = CertificationProgramme.objects.get(code="module-badge")
    assert badge.required_courses.count() == 7


@pytest.mark.django_db
def test_programmes_seed_again_puts_translated_requirements_right(translated_curricula):
    from courses.models import CoursePage

    programmes_seed()
    pfa = CertificationProgramme.objects.get(code="pfa-skills")
    # What earlier seeds did: every language's copy of the course by its slug.
    pfa.required_courses.set(CoursePage.objects.filter(slug=SLUGS["M2"]))
    assert pfa.required_courses.count() == 3

    programmes_seed()

    assert list(pfa.required_courses.all()) == [translated_curricula["M2"]]
