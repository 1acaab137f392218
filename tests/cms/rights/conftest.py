"""Builders for the "My data" tests: one person with a row in every section."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from certifications.models import (
    Certificate,
    ChecklistSignOff,
    PracticeEntry,
    SignOffChecklist,
)
from courses import services as course_services
from courses.h5p import services as h5p_services
from courses.models import (
    Cohort,
    CohortMembership,
    Enrolment,
    H5PActivity,
    H5PAttempt,
    H5PPackage,
    QuizAttempt,
    ReflectionResponse,
    SignOff,
    XAPIProfileDocument,
    XAPIStateDocument,
    XAPIStatement,
)
from tests.certifications.helpers import programme_for
from tests.factories import user_with_role
from tests.factories.courses import lessons_of
from trauma_training.audit.models import AuditAction
from trauma_training.audit.services import audit_record
from trauma_training.models import Collective, Consent, Mentorship, Nudge
from trauma_training.wellbeing.models import (
    CheckIn,
    Goal,
    GoalStep,
    JournalEntry,
    ReflectionShare,
)


@dataclass
class Person:
    user: object
    certificate: Certificate
    renewal: Certificate
    pdf_names: list[str]
    statement_id: uuid.UUID


def _pdf(name: str) -> str:
    return default_storage.save(f"certificates/{name}.pdf", ContentFile(b"%PDF-1.4 test"))


_counter = iter(range(1, 10_000))


def give_data(*, user, mentor, course, programme, checklist, package, tag: str) -> Person:
    """A row of `user`'s in every section; `tag` makes the free text unique per person."""
    lessons = lessons_of(course)
    Enrolment.objects.create(user=user, course=course)
    course_services.lesson_mark_viewed(user=user, lesson=lessons[0])
    QuizAttempt.objects.create(
        user=user,
        page=lessons[0],
        block_id="quiz-1",
        answers={"0": [1]},
        correct_count=1,
        question_count=1,
        score=100,
        passed=True,
    )
    reflection = ReflectionResponse.objects.create(
        user=user, lesson=lessons[0], block_id="reflect-1", text=f"Reflection of {tag}"
    )
    SignOff.objects.create(learner=user, lesson=lessons[1], signed_by=mentor)
    n = next(_counter)
    activity = H5PActivity.objects.create(
        title=f"True or false {tag}", package=package, iri=f"https://example.org/h5p/{n}"
    )
    # Saved as the record store saves attempts: the learner's result row is kept with it.
    h5p_services.attempts_save(
        user=user,
        attempts=[
            H5PAttempt(
                user=user,
                activity=activity,
                statement_id=uuid.uuid4(),
                verb="http://adlnet.gov/expapi/verbs/answered",
                score_raw=1,
                score_max=1,
                score_scaled=1.0,
                success=True,
                finished_at=timezone.now(),
            )
        ],
    )
    statement_id = uuid.uuid4()
    now = timezone.now()
    XAPIStatement.objects.create(
        statement_id=statement_id,
        user=user,
        verb_id="http://adlnet.gov/expapi/verbs/answered",
        activity_id=activity.iri,
        timestamp=now,
        stored=now,
        data={"id": str(statement_id), "verb": {"id": "answered"}, "note": f"stmt of {tag}"},
    )
    XAPIStateDocument.objects.create(
        key_hash=uuid.uuid4().hex * 2,
        scope_hash=uuid.uuid4().hex * 2,
        activity_id=activity.iri,
        agent={"account": {"name": tag}},
        state_id="resume",
        user=user,
        content=f'{{"page": 3, "who": "{tag}"}}'.encode(),
        content_type="application/json",
        etag='"abc"',
        updated=now,
    )
    XAPIProfileDocument.objects.create(
        kind=XAPIProfileDocument.Kind.AGENT,
        key_hash=uuid.uuid4().hex * 2,
        scope_hash=uuid.uuid4().hex * 2,
        agent={"account": {"name": tag}},
        profile_id="preferences",
        user=user,
        content=f'{{"voice": "{tag}"}}'.encode(),
        content_type="application/json",
        etag='"abc"',
        updated=now,
    )
    first_pdf = _pdf(f"{tag}-1")
    renewal_pdf = _pdf(f"{tag}-2")
    certificate = Certificate.objects.create(
        user=user,
        programme=programme,
        printed_name=f"Printed {tag}",
        status=Certificate.Status.SUPERSEDED,
        pdf=first_pdf,
    )
    renewal = Certificate.objects.create(
        user=user,
        programme=programme,
        cycle=2,
        renews=certificate,
        printed_name=f"Printed {tag}",
        pdf=renewal_pdf,
    )
    PracticeEntry.objects.create(
        user=user,
        kind=PracticeEntry.Kind.MENTORING,
        date=date(2026, 3, 1),
        minutes=90,
        status="verified",
        reviewed_by=mentor,
        reviewed_at=now,
    )
    ChecklistSignOff.objects.create(
        user=user,
        checklist=checklist,
        status="signed",
        items_signed=["Listens", "Asks"],
        reviewed_by=mentor,
        reviewed_at=now,
    )
    Mentorship.objects.create(mentor=mentor, mentee=user)
    Consent.objects.create(
        user=user,
        purpose=Consent.Purpose.PROGRESS_TO_MENTOR,
        granted=True,
        notice_version="1",
        language="en",
    )
    Nudge.objects.create(mentor=mentor, mentee=user)
    goal = Goal.objects.create(user=user, title=f"Goal of {tag}", why=f"Why of {tag}")
    GoalStep.objects.create(goal=goal, text=f"Step of {tag}")
    JournalEntry.objects.create(user=user, text=f"Journal of {tag}", shared_at=now)
    ReflectionShare.objects.create(user=user, reflection=reflection)
    CheckIn.objects.create(user=user, feeling=4)
    return Person(
        user=user,
        certificate=certificate,
        renewal=renewal,
        pdf_names=[first_pdf, renewal_pdf],
        statement_id=statement_id,
    )


@dataclass
class World:
    learner: Person
    other: Person
    mentor: object
    coordinator: object
    course: object
    collective: Collective


@pytest.fixture
def world(course) -> World:
    """Learner "Asha" and learner "Bina", both mentored by "Meera", each with data in every
    section; someone viewed Asha's data (Meera, an xAPI credential, a closed account)."""
    asha = user_with_role("learner", username="asha", display_name="Asha")
    bina = user_with_role("learner", username="bina", display_name="Bina")
    meera = user_with_role("mentor", username="meera", display_name="Meera")
    coordinator = user_with_role("coordinator", username="coord", display_name="Coordinator")
    cohort = Cohort.objects.create(name="Sunrise collective")
    collective = Collective.objects.create(cohort=cohort, region="West Bengal")
    collective.coordinators.add(coordinator)
    for user in (asha, bina):
        CohortMembership.objects.create(cohort=cohort, user=user)
    CohortMembership.objects.create(
        cohort=cohort, user=meera, role=CohortMembership.Role.FACILITATOR
    )
    programme = programme_for(course)
    checklist = SignOffChecklist.objects.create(
        programme=programme, title="Listening skills", items="Listens\nAsks"
    )
    package = H5PPackage.objects.create(
        sha256="a" * 64,
        title="Package",
        main_library="H5P.TrueFalse",
        h5p_json={},
        size=1,
        file_count=1,
    )
    common = dict(mentor=meera, course=course, programme=programme, checklist=checklist)
    learner = give_data(user=asha, package=package, tag="asha", **common)
    other = give_data(user=bina, package=package, tag="bina", **common)
    # Meera's own private check-in.
    CheckIn.objects.create(user=meera, feeling=2)
    audit_record(
        actor=meera,
        action=AuditAction.VIEWED_PERSON_DATA,
        subject=asha,
        target="mentor dashboard: progress summary",
    )
    audit_record(
        actor=None,
        actor_label="xAPI credential #3",
        action=AuditAction.VIEWED_PERSON_DATA,
        subject=asha,
        target="xAPI statements",
    )
    gone = user_with_role("coordinator", username="gone", display_name="Gone")
    audit_record(
        actor=gone,
        action=AuditAction.VIEWED_PERSON_DATA,
        subject=asha,
        target="find a person",
    )
    gone.delete()
    return World(
        learner=learner,
        other=other,
        mentor=meera,
        coordinator=coordinator,
        course=course,
        collective=collective,
    )
