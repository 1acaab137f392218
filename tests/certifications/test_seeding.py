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
def test_programmes_seed_creates_the_three_programmes_with_their_courses(curricula):
    results = programmes_seed()

    assert [created for _p, created in results] == [True, True, True]
    programmes = {p.code: p for p in CertificationProgramme.objects.all()}
    assert sorted(programmes) == ["peer-mentor-1", "pfa-skills", "survivor-leader"]
    mentor = programmes["peer-mentor-1"]
    assert (mentor.validity_days, mentor.grace_days, mentor.min_module_check_score) == (
        730,
        90,
        80,
    )
    assert required(mentor) == ["M1", "M2", "M3", "M4", "ORIENT"]
    assert (programmes["pfa-skills"].validity_days, required(programmes["pfa-skills"])) == (
        1095,
        ["M2"],
    )
    leader = programmes["survivor-leader"]
    assert (leader.validity_days, required(leader)) == (None, ["ORIENT", "S1", "S2"])
    # Their sign-off and practice requirements cannot be checked yet: nothing is issued early.
    assert [p.active for p in programmes.values()] == [False, False, False]


@pytest.mark.django_db
def test_programmes_seed_twice_changes_nothing_and_keeps_edits(curricula):
    programmes_seed()
    CertificationProgramme.objects.filter(code="pfa-skills").update(validity_days=365)

    results = programmes_seed()

    assert [created for _p, created in results] == [False, False, False]
    assert CertificationProgramme.objects.count() == 3
    assert CertificationProgramme.objects.get(code="pfa-skills").validity_days == 365
