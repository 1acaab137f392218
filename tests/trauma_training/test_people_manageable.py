"""The one rule for whom staff reach (issue #11): people_manageable_by and
cohorts_coordinated_by, and how courses reads them through its settings."""

import pytest
from django.contrib.auth import get_user_model

from cms.roles import Role
from courses import permissions
from courses.models import Cohort, CohortMembership
from tests.factories import user_with_role
from trauma_training import selectors
from trauma_training.models import Collective

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    people = {
        name: user_with_role(role, username=name)
        for name, role in (
            ("learner-a", Role.LEARNER),
            ("mentor-a", Role.MENTOR),
            ("learner-b", Role.LEARNER),
            ("loner", Role.LEARNER),
            ("coord-a", Role.COORDINATOR),
            ("coord-b", Role.COORDINATOR),
            ("coord-none", Role.COORDINATOR),
            ("trainer", Role.TRAINER),
            ("root", Role.ADMIN),
        )
    }
    for side in ("a", "b"):
        cohort = Cohort.objects.create(name=f"Cohort {side}")
        CohortMembership.objects.create(cohort=cohort, user=people[f"learner-{side}"])
        if side == "a":
            CohortMembership.objects.create(
                cohort=cohort, user=people["mentor-a"], role="facilitator"
            )
            # A coordinator who is also in the cohort is staff: never reachable.
            CohortMembership.objects.create(cohort=cohort, user=people["coord-b"])
        collective = Collective.objects.create(cohort=cohort, region="Telangana")
        collective.coordinators.add(people[f"coord-{side}"])
    return people


def usernames(queryset) -> list[str]:
    return sorted(queryset.values_list("username", flat=True))


def test_people_manageable_by_a_coordinator_is_their_collectives_learners_and_mentors(world):
    assert usernames(selectors.people_manageable_by(world["coord-a"])) == [
        "learner-a",
        "mentor-a",
    ]
    assert usernames(selectors.people_manageable_by(world["coord-b"])) == ["learner-b"]


def test_people_manageable_by_an_admin_is_every_learner_and_mentor_never_staff(world):
    assert usernames(selectors.people_manageable_by(world["root"])) == [
        "learner-a",
        "learner-b",
        "loner",
        "mentor-a",
    ]


@pytest.mark.parametrize("who", ["coord-none", "trainer", "learner-a", "mentor-a"])
def test_people_manageable_by_anyone_else_is_no_one(world, who):
    assert usernames(selectors.people_manageable_by(world[who])) == []


def test_people_manageable_by_an_inactive_coordinator_is_no_one(world):
    world["coord-a"].is_active = False

    assert usernames(selectors.people_manageable_by(world["coord-a"])) == []


def test_may_manage_person_answers_for_one_person(world):
    assert selectors.may_manage_person(world["coord-a"], world["learner-a"]) is True
    assert selectors.may_manage_person(world["coord-b"], world["learner-a"]) is False


def test_cohorts_coordinated_by_is_their_collectives_cohorts(world):
    assert [c.name for c in selectors.cohorts_coordinated_by(world["coord-a"])] == ["Cohort a"]
    assert list(selectors.cohorts_coordinated_by(world["trainer"])) == []
    assert len(selectors.cohorts_coordinated_by(world["root"])) == 2


def test_courses_reads_the_host_rules_through_its_settings(world, settings):
    assert [c.name for c in permissions.cohorts_manageable_by(world["coord-b"])] == ["Cohort b"]
    assert usernames(permissions.people_manageable_by(world["coord-b"])) == ["learner-b"]

    settings.COURSES_COHORTS_MANAGEABLE_BY = ""
    settings.COURSES_PEOPLE_MANAGEABLE_BY = ""

    # Without a host rule the generic LMS lets anyone with the permission manage everything.
    assert len(permissions.cohorts_manageable_by(world["coord-b"])) == 2
    assert (
        permissions.people_manageable_by(world["coord-b"]).count()
        == get_user_model().objects.count()
    )


def test_display_name_is_the_users_name_for_others(world):
    learner = world["learner-a"]
    learner.display_name = ""

    assert selectors.display_name(learner) == f"Person no. {learner.pk}"
    assert str(learner) == learner.get_short_name() == f"Person no. {learner.pk}"
