"""trauma_training.audit.receivers: role changes, lesson sign-offs, consent decisions,
checklist sign-offs and certifications' views and exports of other people's data are written
to the log."""

import pytest
from django.contrib.auth.models import Group, Permission

from certifications import records
from certifications.models import SignOffChecklist
from courses.models import Cohort, CohortMembership, SignOff
from tests.certifications.helpers import programme_for
from tests.factories import UserFactory
from tests.factories.courses import lessons_of
from trauma_training.audit.models import AuditEntry
from trauma_training.audit.services import audit_actor
from trauma_training.models import Collective, Consent


def rows() -> list[tuple]:
    return list(
        AuditEntry.objects.values_list("action", "actor_id", "subject_id", "target", "detail")
    )


@pytest.fixture
def person(db):
    return UserFactory(username="person-a")


@pytest.fixture
def groups(db):
    return Group.objects.get(name="Learner"), Group.objects.get(name="Mentor")


def test_role_added_per_group_with_no_actor(person, groups):
    learner, mentor = groups

    person.groups.add(learner, mentor)

    assert rows() == [
        (
            "role_added",
            None,
            person.pk,
            "role: Learner",
            {"group_id": learner.pk, "group": "Learner"},
        ),
        ("role_added", None, person.pk, "role: Mentor", {"group_id": mentor.pk, "group": "Mentor"}),
    ]


def test_role_added_again_writes_nothing(person, groups):
    person.groups.add(groups[0])
    person.groups.add(groups[0])

    assert [row[0] for row in rows()] == ["role_added"]


def test_role_removed_only_for_groups_the_person_was_in(person, groups):
    learner, mentor = groups
    person.groups.add(learner)

    person.groups.remove(learner, mentor)

    assert rows()[1:] == [
        (
            "role_removed",
            None,
            person.pk,
            "role: Learner",
            {"group_id": learner.pk, "group": "Learner"},
        )
    ]


def test_role_removed_per_group_when_groups_are_cleared(person, groups):
    person.groups.add(*groups)

    person.groups.clear()

    assert [(row[0], row[3]) for row in rows()[2:]] == [
        ("role_removed", "role: Learner"),
        ("role_removed", "role: Mentor"),
    ]


def test_role_changes_from_the_group_side_name_each_person(groups):
    first, second = UserFactory(), UserFactory()
    mentor = groups[1]

    mentor.user_set.add(first, second)
    mentor.user_set.remove(second)

    assert [(row[0], row[2]) for row in rows()] == [
        ("role_added", first.pk),
        ("role_added", second.pk),
        ("role_removed", second.pk),
    ]


def test_role_change_names_the_actor_set_with_audit_actor(person, groups):
    coordinator = UserFactory(username="coordinator-a")

    with audit_actor(coordinator):
        person.groups.add(groups[1])

    assert [(row[0], row[1], row[2]) for row in rows()] == [
        ("role_added", coordinator.pk, person.pk)
    ]


def test_lesson_signoff_is_recorded_by_the_signer_about_the_learner(course):
    learner, facilitator = UserFactory(), UserFactory()
    lesson = lessons_of(course)[0]

    signoff = SignOff.objects.create(learner=learner, lesson=lesson, signed_by=facilitator)

    assert rows() == [
        (
            "signed_off",
            facilitator.pk,
            learner.pk,
            "lesson sign-off",
            {"signoff_id": signoff.pk, "lesson_id": lesson.pk},
        )
    ]


@pytest.mark.parametrize("granted, action", [(True, "consent_given"), (False, "consent_withdrawn")])
def test_consent_decision_is_recorded_by_the_person(person, granted, action):
    consent = Consent.objects.create(
        user=person,
        purpose=Consent.Purpose.PROGRESS_TO_MENTOR,
        granted=granted,
        notice_version="2026-01",
        language="bn",
    )

    assert rows() == [
        (
            action,
            person.pk,
            person.pk,
            "consent: progress_to_mentor",
            {
                "consent_id": consent.pk,
                "purpose": "progress_to_mentor",
                "notice_version": "2026-01",
                "language": "bn",
            },
        )
    ]


def test_saving_an_existing_consent_row_writes_nothing_more(person):
    consent = Consent.objects.create(
        user=person, purpose="surveys", granted=True, notice_version="1", language="en"
    )
    consent.save()

    assert [row[0] for row in rows()] == ["consent_given"]


@pytest.fixture
def checklist_request(db):
    """A learner's pending request for a supervisor-signed checklist, and a supervisor: the
    coordinator of the learner's collective (supervisors reach only their own collectives)."""
    learner = UserFactory(username="learner-z")
    supervisor = UserFactory(username="supervisor-z")
    supervisor.user_permissions.add(
        Permission.objects.get(codename="supervise", content_type__app_label="certifications")
    )
    cohort = Cohort.objects.create(name="Collective Z")
    CohortMembership.objects.create(cohort=cohort, user=learner)
    Collective.objects.create(cohort=cohort, region="Odisha").coordinators.add(supervisor)
    supervisor = type(supervisor).objects.get(pk=supervisor.pk)
    checklist = SignOffChecklist.objects.create(
        programme=programme_for(code="peer-mentor-z", name="Peer mentor"),
        title="Escalation role-play",
        items="Names the helpline",
        signer="supervisor",
    )
    signoff = records.signoff_request(user=learner, checklist=checklist)
    return learner, supervisor, checklist, signoff


def test_checklist_signed_is_recorded_with_signer_and_learner(checklist_request):
    learner, supervisor, checklist, signoff = checklist_request

    records.signoff_sign(signoff=signoff, by=supervisor, ticked=checklist.item_list)

    assert rows() == [
        (
            "signed_off",
            supervisor.pk,
            learner.pk,
            "checklist sign-off",
            {"checklist_signoff_id": signoff.pk, "checklist_id": checklist.pk},
        )
    ]


def test_checklist_returned_is_recorded_without_the_reason(checklist_request):
    learner, supervisor, checklist, signoff = checklist_request

    records.signoff_return(signoff=signoff, by=supervisor, reason="Her private story 4411")

    assert [row[:3] for row in rows()] == [("signoff_returned", supervisor.pk, learner.pk)]
    assert "4411" not in str(rows())


def test_review_queue_and_sign_page_views_are_recorded_per_person(client, checklist_request):
    learner, supervisor, _checklist, signoff = checklist_request
    client.force_login(supervisor)

    assert client.get("/certificates/review/").status_code == 200
    assert client.get(f"/certificates/review/sign-offs/{signoff.pk}/").status_code == 200

    assert [row[:4] for row in rows()] == [
        (
            "viewed_person_data",
            supervisor.pk,
            learner.pk,
            "certifications review queue: practice entries and sign-off requests waiting",
        ),
        (
            "viewed_person_data",
            supervisor.pk,
            learner.pk,
            "certifications sign-off page: checklist sign-off request",
        ),
    ]


def test_certificate_export_is_recorded_with_the_count(client, db, settings):
    from certifications.models import Certificate
    from tests.factories import user_with_role

    settings.CMS_STAFF_MFA_REQUIRED = False
    settings.CERTIFICATIONS_HOLDERS_VISIBLE_TO = ""  # this coordinator sees every holder
    programme = programme_for(code="export-z", name="Export")
    for n in range(2):
        Certificate.objects.create(
            user=UserFactory(username=f"holder-{n}"), programme=programme, printed_name=f"H{n}"
        )
    coordinator = user_with_role("coordinator", username="coordinator-z")
    client.force_login(coordinator)

    response = client.get("/admin/certificate/export/csv/")

    assert response.status_code == 200
    assert rows()[1:] == [  # after the coordinator's own role_added
        (
            "exported_person_data",
            coordinator.pk,
            None,
            "CertificateCsvExportView: certificates (printed names and dates)",
            {"count": 2},
        )
    ]


def test_lesson_signoff_queue_view_is_recorded_per_learner(client, db):
    from courses import services as course_services
    from courses.models import Cohort, CohortMembership, CompletionRule
    from tests.factories import CourseBuilder, course_index, user_with_role

    course = (
        CourseBuilder(course_index(), "Q1")
        .module(lesson_specs=[{"rule": CompletionRule.SIGNOFF}])
        .build()
    )
    learner = user_with_role("learner", username="waiting-learner")
    mentor = user_with_role("mentor", username="facilitator-q")
    cohort = Cohort.objects.create(name="Q")
    CohortMembership.objects.create(cohort=cohort, user=learner, role="member")
    CohortMembership.objects.create(cohort=cohort, user=mentor, role="facilitator")
    course_services.enrolment_create(user=learner, course=course)
    course_services.signoff_request(user=learner, lesson=lessons_of(course)[0])
    before = AuditEntry.objects.count()
    client.force_login(mentor)

    assert client.get("/learn/sign-offs/").status_code == 200

    assert [row[:4] for row in rows()[before:]] == [
        (
            "viewed_person_data",
            mentor.pk,
            learner.pk,
            "lesson sign-off queue: lessons waiting for sign-off",
        )
    ]


def test_collective_page_and_admin_user_page_are_recorded(client, db, settings):
    from courses.models import Cohort, CohortMembership
    from tests.factories import user_with_role
    from trauma_training.models import Collective

    settings.CMS_STAFF_MFA_REQUIRED = False
    member = user_with_role("learner", username="member-c")
    other = user_with_role("learner", username="member-d")
    cohort = Cohort.objects.create(name="C")
    for person in (member, other):
        CohortMembership.objects.create(cohort=cohort, user=person, role="member")
    collective = Collective.objects.create(cohort=cohort, region="Telangana")
    admin = user_with_role("admin", username="admin-c")
    before = AuditEntry.objects.count()

    client.force_login(member)
    assert client.get(f"/programme/collectives/{collective.pk}/").status_code == 200
    client.force_login(admin)
    assert client.get(f"/admin/users/edit/{other.pk}/").status_code == 200

    assert [row for row in rows()[before:]] == [
        (
            "viewed_person_data",
            member.pk,
            None,
            "collective page: members' display names",
            {"collective_id": collective.pk, "people": 2},
        ),
        ("viewed_person_data", admin.pk, other.pk, "admin: user account", {}),
    ]
