"""certifications.records: the practice log, reviews and checklist sign-offs (services), and
the signer rules in certifications.permissions."""

import threading
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone

from certifications import permissions, records
from certifications.models import (
    ChecklistSignOff,
    PracticeEntry,
    ProgrammeCPDRequirement,
    SignOffChecklist,
)
from certifications.records import AlreadyDecided
from tests.certifications.helpers import programme_for
from tests.factories import UserFactory, user_with_role

TODAY = date(2026, 3, 15)


def supervisor_make(username: str = "supervisor-a", **fields):
    """A coordinator-like user holding `certifications.supervise`."""
    user = UserFactory(username=username, **fields)
    user.user_permissions.add(
        Permission.objects.get(codename="supervise", content_type__app_label="certifications")
    )
    return type(user).objects.get(pk=user.pk)  # fresh: no stale permission cache


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    real = timezone.localdate
    monkeypatch.setattr(
        timezone, "localdate", lambda value=None, tz=None: TODAY if value is None else real(value)
    )


@pytest.fixture
def mentor(db):
    return user_with_role("mentor", username="mentor-a", display_name="Asha")


@pytest.fixture
def other_mentor(db):
    return user_with_role("mentor", username="mentor-b", display_name="Bela")


@pytest.fixture
def supervisor(db):
    return supervisor_make()


@pytest.fixture
def second_supervisor(db):
    return supervisor_make("supervisor-b")


def log(user, **fields) -> PracticeEntry:
    fields.setdefault("kind", PracticeEntry.Kind.MENTORING)
    fields.setdefault("date", TODAY - timedelta(days=1))
    fields.setdefault("minutes", 90)
    return records.practice_entry_log(user=user, **fields)


@pytest.fixture
def checklists(db):
    programme = programme_for(code="peer-mentor-1", name="Certified Peer Mentor")
    role_play = SignOffChecklist.objects.create(
        programme=programme,
        title="Escalation role-play",
        items="Notices the warning signs\nNames the helpline\nAgrees next steps",
        signer="supervisor",
        sort_order=0,
    )
    project = SignOffChecklist.objects.create(
        programme=programme,
        title="Applied project",
        items="Plans the session\nRuns it",
        signer="mentor",
        sort_order=1,
    )
    return role_play, project


def capture_evaluations(monkeypatch) -> list:
    sent = []
    monkeypatch.setattr(
        "certifications.tasks.evaluate_and_issue_task.apply_async",
        lambda args, queue: sent.append((args, queue)),
    )
    return sent


# Logging ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_practice_entry_log_saves_a_pending_entry(mentor):
    entry = log(mentor, format=PracticeEntry.Format.PHONE)

    entry.refresh_from_db()
    assert (entry.user, entry.kind, entry.cpd_category, entry.format) == (
        mentor,
        "mentoring",
        "",
        "phone",
    )
    assert (entry.date, entry.minutes, entry.status) == (date(2026, 3, 14), 90, "pending")


@pytest.mark.django_db
def test_practice_entry_log_accepts_cpd_with_a_category(mentor):
    entry = log(mentor, kind="cpd", cpd_category="self_care", minutes=1440)

    assert (entry.kind, entry.cpd_category, entry.minutes) == ("cpd", "self_care", 1440)


@pytest.mark.django_db
def test_practice_entry_log_accepts_today_and_exactly_three_years_back(mentor):
    assert log(mentor, date=TODAY).date == TODAY
    assert log(mentor, date=date(2023, 3, 15)).date == date(2023, 3, 15)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"date": TODAY + timedelta(days=1)}, {"date": ["The date cannot be in the future."]}),
        ({"date": date(2023, 3, 14)}, {"date": ["Entries can go back at most three years."]}),
        ({"date": None}, {"date": ["Give the date."]}),
        (
            {"minutes": 0},
            {"minutes": ["Give a length from 1 to 1440 minutes (one day at most)."]},
        ),
        (
            {"minutes": 1441},
            {"minutes": ["Give a length from 1 to 1440 minutes (one day at most)."]},
        ),
        (
            {"minutes": "90"},
            {"minutes": ["Give a length from 1 to 1440 minutes (one day at most)."]},
        ),
        ({"kind": "cpd"}, {"cpd_category": ["Choose a CPD category."]}),
        (
            {"kind": "cpd", "cpd_category": "gardening"},
            {"cpd_category": ["Choose a CPD category."]},
        ),
        (
            {"cpd_category": "self_care"},
            {"cpd_category": ["A CPD category is only for CPD. Leave it empty here."]},
        ),
        ({"kind": "chat"}, {"kind": ["Choose what kind of practice this was."]}),
        ({"format": "letter"}, {"format": ["Choose how it took place."]}),
    ],
)
def test_practice_entry_log_refuses_bad_input_in_plain_words(mentor, fields, errors):
    with pytest.raises(ValidationError) as caught:
        log(mentor, **fields)

    assert caught.value.message_dict == errors
    assert PracticeEntry.objects.count() == 0


@pytest.mark.django_db
def test_practice_entry_log_is_for_mentors_supervisors_and_staff(learner, supervisor):
    staff = UserFactory(username="staff-a", is_staff=True)

    with pytest.raises(PermissionDenied, match="Only mentors and staff keep a practice log."):
        log(learner)
    assert log(supervisor).user == supervisor
    assert log(staff).user == staff


# Changing and removing -------------------------------------------------------------------


@pytest.mark.django_db
def test_practice_entry_update_changes_a_pending_entry(mentor):
    entry = log(mentor)

    records.practice_entry_update(
        entry=entry, by=mentor, kind="supervision", date=date(2026, 3, 1), minutes=60
    )

    entry.refresh_from_db()
    assert (entry.kind, entry.date, entry.minutes, entry.status) == (
        "supervision",
        date(2026, 3, 1),
        60,
        "pending",
    )


@pytest.mark.django_db
def test_practice_entry_update_makes_a_returned_entry_pending_again(mentor, supervisor):
    entry = log(mentor)
    records.practice_entry_return(entry=entry, by=supervisor, reason="The date looks wrong.")

    records.practice_entry_update(entry=entry, by=mentor, kind="mentoring", date=TODAY, minutes=90)

    entry.refresh_from_db()
    assert (entry.status, entry.reviewed_by, entry.reviewed_at, entry.return_reason) == (
        "pending",
        None,
        None,
        "",
    )


@pytest.mark.django_db
def test_practice_entry_update_never_changes_a_verified_entry(mentor, supervisor):
    entry = log(mentor)
    records.practice_entry_verify(entry=entry, by=supervisor)

    with pytest.raises(AlreadyDecided, match="This entry is verified, so it stays as it is."):
        records.practice_entry_update(
            entry=entry, by=mentor, kind="mentoring", date=TODAY, minutes=600
        )
    entry.refresh_from_db()
    assert (entry.minutes, entry.status) == (90, "verified")


@pytest.mark.django_db
def test_practice_entry_update_is_for_the_owner_only(mentor, other_mentor):
    entry = log(mentor)

    with pytest.raises(PermissionDenied):
        records.practice_entry_update(
            entry=entry, by=other_mentor, kind="mentoring", date=TODAY, minutes=5
        )
    entry.refresh_from_db()
    assert entry.minutes == 90


@pytest.mark.django_db
def test_practice_entry_update_checks_the_values(mentor):
    entry = log(mentor)

    with pytest.raises(ValidationError) as caught:
        records.practice_entry_update(
            entry=entry, by=mentor, kind="cpd", date=TODAY + timedelta(days=2), minutes=60
        )

    assert caught.value.message_dict == {
        "cpd_category": ["Choose a CPD category."],
        "date": ["The date cannot be in the future."],
    }


@pytest.mark.django_db
def test_practice_entry_delete_removes_own_pending_or_returned_entries(mentor, supervisor):
    pending = log(mentor)
    returned = log(mentor)
    records.practice_entry_return(entry=returned, by=supervisor, reason="Twice logged.")

    records.practice_entry_delete(entry=pending, by=mentor)
    records.practice_entry_delete(entry=returned, by=mentor)

    assert PracticeEntry.objects.count() == 0


@pytest.mark.django_db
def test_practice_entry_delete_keeps_verified_and_others_entries(mentor, other_mentor, supervisor):
    entry = log(mentor)
    with pytest.raises(PermissionDenied):
        records.practice_entry_delete(entry=entry, by=other_mentor)
    records.practice_entry_verify(entry=entry, by=supervisor)
    with pytest.raises(AlreadyDecided):
        records.practice_entry_delete(entry=entry, by=mentor)

    assert PracticeEntry.objects.filter(pk=entry.pk).exists()


# Reviewing -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_practice_entry_verify_records_who_and_when(mentor, supervisor):
    entry = log(mentor)
    before = timezone.now()

    records.practice_entry_verify(entry=entry, by=supervisor)

    entry.refresh_from_db()
    assert (entry.status, entry.reviewed_by, entry.return_reason) == ("verified", supervisor, "")
    assert before <= entry.reviewed_at <= timezone.now()


@pytest.mark.django_db
def test_practice_entry_verify_needs_the_supervise_permission(mentor, other_mentor):
    entry = log(mentor)

    with pytest.raises(PermissionDenied, match="Only supervisors review practice entries."):
        records.practice_entry_verify(entry=entry, by=other_mentor)
    entry.refresh_from_db()
    assert entry.status == "pending"


@pytest.mark.django_db
def test_practice_entry_verify_refuses_own_entries(supervisor):
    entry = log(supervisor)

    with pytest.raises(PermissionDenied, match="Someone else must review your own entries."):
        records.practice_entry_verify(entry=entry, by=supervisor)


@pytest.mark.django_db
def test_practice_entry_return_records_the_reason(mentor, supervisor):
    entry = log(mentor)

    records.practice_entry_return(entry=entry, by=supervisor, reason="  The date looks wrong.  ")

    entry.refresh_from_db()
    assert (entry.status, entry.reviewed_by, entry.return_reason) == (
        "returned",
        supervisor,
        "The date looks wrong.",
    )
    assert entry.reviewed_at is not None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("reason", "message"),
    [
        ("   ", "Say briefly why you are returning it, so it can be put right."),
        ("x" * 501, "Keep the reason to 500 characters or fewer."),
    ],
)
def test_practice_entry_return_needs_a_short_reason(mentor, supervisor, reason, message):
    entry = log(mentor)

    with pytest.raises(ValidationError) as caught:
        records.practice_entry_return(entry=entry, by=supervisor, reason=reason)

    assert caught.value.message_dict == {"reason": [message]}
    entry.refresh_from_db()
    assert entry.status == "pending"


@pytest.mark.django_db
def test_two_supervisors_deciding_at_once_exactly_one_wins(mentor, supervisor, second_supervisor):
    entry = log(mentor)
    # Both loaded the entry while it was pending (two browser tabs, two people).
    first_view = PracticeEntry.objects.get(pk=entry.pk)
    second_view = PracticeEntry.objects.get(pk=entry.pk)

    records.practice_entry_verify(entry=first_view, by=supervisor)
    with pytest.raises(AlreadyDecided, match="already been reviewed"):
        records.practice_entry_return(entry=second_view, by=second_supervisor, reason="Too long.")
    with pytest.raises(AlreadyDecided):
        records.practice_entry_verify(entry=second_view, by=second_supervisor)

    entry.refresh_from_db()
    assert (entry.status, entry.reviewed_by, entry.return_reason) == ("verified", supervisor, "")


@pytest.mark.django_db
def test_practice_entry_verify_queues_evaluations_for_programmes_counting_that_kind(
    mentor, supervisor, monkeypatch, django_capture_on_commit_callbacks
):
    sent = capture_evaluations(monkeypatch)
    hours = programme_for(code="hours", practice_hours=20)
    programme_for(code="sessions", supervision_sessions=6)
    programme_for(code="inactive", practice_hours=20, active=False)
    cpd = programme_for(code="cpd", renewal_cpd_hours=8)
    ProgrammeCPDRequirement.objects.create(programme=cpd, category="self_care", min_hours=2)
    mentoring = log(mentor)
    course = log(mentor, kind="cpd", cpd_category="self_care")

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        records.practice_entry_verify(entry=mentoring, by=supervisor)
    assert sent == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert sent == [((mentor.pk, hours.pk), "certificates")]

    sent.clear()
    with django_capture_on_commit_callbacks(execute=True):
        records.practice_entry_verify(entry=course, by=supervisor)
    assert sent == [((mentor.pk, cpd.pk), "certificates")]


@pytest.mark.django_db
def test_practice_entry_return_queues_no_evaluation(
    mentor, supervisor, monkeypatch, django_capture_on_commit_callbacks
):
    sent = capture_evaluations(monkeypatch)
    programme_for(code="hours", practice_hours=20)

    with django_capture_on_commit_callbacks(execute=True):
        records.practice_entry_return(entry=log(mentor), by=supervisor, reason="Wrong day.")

    assert sent == []


# Sign-offs -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_signoff_request_opens_one_pending_request(learner, checklists):
    role_play, _project = checklists

    signoff = records.signoff_request(user=learner, checklist=role_play)

    assert (signoff.user, signoff.checklist, signoff.status) == (learner, role_play, "pending")
    with pytest.raises(ValidationError) as caught:
        records.signoff_request(user=learner, checklist=role_play)
    assert caught.value.messages == [
        "You have already asked for this sign-off. A signer will see it."
    ]
    assert ChecklistSignOff.objects.count() == 1


@pytest.mark.django_db
def test_signoff_request_is_refused_once_signed(learner, supervisor, checklists):
    role_play, _project = checklists
    signoff = records.signoff_request(user=learner, checklist=role_play)
    records.signoff_sign(signoff=signoff, by=supervisor, ticked=role_play.item_list)

    with pytest.raises(ValidationError, match="This sign-off is already recorded for you."):
        records.signoff_request(user=learner, checklist=role_play)


@pytest.mark.django_db
def test_signoff_request_is_refused_for_an_inactive_programme(learner, checklists):
    role_play, _project = checklists
    role_play.programme.active = False
    role_play.programme.save()

    with pytest.raises(ValidationError, match="not taking sign-off requests"):
        records.signoff_request(user=learner, checklist=role_play)


@pytest.mark.django_db
def test_signoff_request_may_be_made_again_after_a_return(learner, supervisor, checklists):
    role_play, _project = checklists
    first = records.signoff_request(user=learner, checklist=role_play)
    records.signoff_return(signoff=first, by=supervisor, reason="Practise the closing once more.")

    second = records.signoff_request(user=learner, checklist=role_play)

    assert second.pk != first.pk
    assert list(ChecklistSignOff.objects.order_by("pk").values_list("status", "return_reason")) == [
        ("returned", "Practise the closing once more."),
        ("pending", ""),
    ]


@pytest.mark.django_db
def test_signoff_sign_keeps_a_copy_of_the_items_and_who_and_when(learner, supervisor, checklists):
    role_play, _project = checklists
    signoff = records.signoff_request(user=learner, checklist=role_play)

    records.signoff_sign(signoff=signoff, by=supervisor, ticked=list(reversed(role_play.item_list)))
    role_play.items = "Something else entirely"
    role_play.save()

    signoff.refresh_from_db()
    assert (signoff.status, signoff.reviewed_by) == ("verified", supervisor)
    assert signoff.items_signed == [
        "Notices the warning signs",
        "Names the helpline",
        "Agrees next steps",
    ]
    assert signoff.reviewed_at is not None


@pytest.mark.django_db
def test_signoff_sign_names_every_item_not_ticked(learner, supervisor, checklists):
    role_play, _project = checklists
    signoff = records.signoff_request(user=learner, checklist=role_play)

    with pytest.raises(ValidationError) as caught:
        records.signoff_sign(signoff=signoff, by=supervisor, ticked=["Names the helpline"])

    assert caught.value.messages == [
        "Every item needs a tick before signing. Not ticked yet: “Notices the warning signs”, "
        "“Agrees next steps”."
    ]
    signoff.refresh_from_db()
    assert (signoff.status, signoff.reviewed_by, signoff.items_signed) == ("pending", None, [])


@pytest.mark.django_db
def test_signoff_sign_refuses_a_checklist_without_items(learner, supervisor, checklists):
    role_play, _project = checklists
    signoff = records.signoff_request(user=learner, checklist=role_play)
    role_play.items = "  \n "
    role_play.save()
    signoff.refresh_from_db()

    with pytest.raises(ValidationError, match="no items yet"):
        records.signoff_sign(signoff=signoff, by=supervisor, ticked=[])


@pytest.mark.django_db
def facilitates(mentor, learner, name="Collective"):
    """`mentor` facilitates a cohort (collective) `learner` is a member of."""
    from courses.models import Cohort, CohortMembership

    cohort = Cohort.objects.create(name=name)
    CohortMembership.objects.create(cohort=cohort, user=learner, role="member")
    CohortMembership.objects.create(cohort=cohort, user=mentor, role="facilitator")


@pytest.mark.django_db
def test_mentor_signed_checklists_only_by_a_mentor_of_the_learners_collective(
    learner, mentor, supervisor, checklists
):
    _role_play, project = checklists
    needs_mentor = records.signoff_request(user=learner, checklist=project)

    # Not this learner's mentor, and a supervisor who does not facilitate them: refused.
    for signer in (mentor, supervisor):
        with pytest.raises(PermissionDenied, match="You cannot sign this checklist."):
            records.signoff_sign(signoff=needs_mentor, by=signer, ticked=project.item_list)
    facilitates(mentor, learner)
    records.signoff_sign(signoff=needs_mentor, by=mentor, ticked=project.item_list)

    assert ChecklistSignOff.objects.get(pk=needs_mentor.pk).reviewed_by == mentor


@pytest.mark.django_db
def test_signoff_signer_rules(learner, mentor, supervisor, checklists):
    role_play, project = checklists  # supervisor-signed, mentor-signed
    needs_supervisor = records.signoff_request(user=learner, checklist=role_play)
    needs_mentor = records.signoff_request(user=learner, checklist=project)
    facilitates(mentor, learner)

    with pytest.raises(PermissionDenied, match="You cannot sign this checklist."):
        records.signoff_sign(signoff=needs_supervisor, by=mentor, ticked=role_play.item_list)
    records.signoff_sign(signoff=needs_mentor, by=mentor, ticked=project.item_list)

    assert ChecklistSignOff.objects.get(pk=needs_mentor.pk).reviewed_by == mentor
    assert ChecklistSignOff.objects.get(pk=needs_supervisor.pk).status == "pending"


@pytest.mark.django_db
def test_signoff_nobody_signs_their_own(mentor, supervisor, other_learner, checklists):
    role_play, project = checklists
    own = records.signoff_request(user=supervisor, checklist=role_play)
    mentors_own = records.signoff_request(user=mentor, checklist=project)

    with pytest.raises(PermissionDenied, match="Someone else must sign your own sign-offs."):
        records.signoff_sign(signoff=own, by=supervisor, ticked=role_play.item_list)
    with pytest.raises(PermissionDenied):
        records.signoff_return(signoff=mentors_own, by=mentor, reason="Not yet.")
    with pytest.raises(PermissionDenied):
        records.signoff_sign(signoff=mentors_own, by=other_learner, ticked=project.item_list)


@pytest.mark.django_db
def test_signoff_two_signers_at_once_exactly_one_wins(
    learner, supervisor, second_supervisor, checklists
):
    role_play, _project = checklists
    signoff = records.signoff_request(user=learner, checklist=role_play)
    first_view = ChecklistSignOff.objects.get(pk=signoff.pk)
    second_view = ChecklistSignOff.objects.get(pk=signoff.pk)

    records.signoff_return(signoff=first_view, by=second_supervisor, reason="Once more, please.")
    with pytest.raises(AlreadyDecided, match="already been decided"):
        records.signoff_sign(signoff=second_view, by=supervisor, ticked=role_play.item_list)

    signoff.refresh_from_db()
    assert (signoff.status, signoff.reviewed_by, signoff.items_signed) == (
        "returned",
        second_supervisor,
        [],
    )


@pytest.mark.django_db
def test_signoff_return_needs_a_reason(learner, supervisor, checklists):
    role_play, _project = checklists
    signoff = records.signoff_request(user=learner, checklist=role_play)

    with pytest.raises(ValidationError) as caught:
        records.signoff_return(signoff=signoff, by=supervisor, reason="")

    assert caught.value.message_dict == {
        "reason": ["Say briefly why you are returning it, so it can be put right."]
    }


@pytest.mark.django_db
def test_signoff_sign_queues_an_evaluation_for_the_programme_after_commit(
    learner, supervisor, checklists, monkeypatch, django_capture_on_commit_callbacks
):
    sent = capture_evaluations(monkeypatch)
    role_play, _project = checklists
    signoff = records.signoff_request(user=learner, checklist=role_play)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        records.signoff_sign(signoff=signoff, by=supervisor, ticked=role_play.item_list)
    assert sent == []
    assert len(callbacks) == 1
    callbacks[0]()

    assert sent == [((learner.pk, role_play.programme_id), "certificates")]


@pytest.mark.django_db
def test_signoff_return_queues_no_evaluation(
    learner, supervisor, checklists, monkeypatch, django_capture_on_commit_callbacks
):
    sent = capture_evaluations(monkeypatch)
    role_play, _project = checklists
    signoff = records.signoff_request(user=learner, checklist=role_play)

    with django_capture_on_commit_callbacks(execute=True):
        records.signoff_return(signoff=signoff, by=supervisor, reason="Once more, please.")

    assert sent == []


# The rules in one place -------------------------------------------------------------------


@pytest.mark.django_db
def test_permissions_signable_checklist_kinds_per_role(learner, mentor, supervisor):
    admin = user_with_role("admin", username="admin-a")

    assert permissions.signable_checklist_kinds(learner) == set()
    assert permissions.signable_checklist_kinds(mentor) == {"mentor"}
    assert permissions.signable_checklist_kinds(supervisor) == {"mentor", "supervisor"}
    assert permissions.signable_checklist_kinds(admin) == {"mentor", "supervisor"}


@pytest.mark.django_db
def test_permissions_inactive_users_may_do_nothing(mentor, supervisor):
    for user in (mentor, supervisor):
        user.is_active = False

    assert permissions.can_log_practice(mentor) is False
    assert permissions.can_supervise(supervisor) is False
    assert permissions.signable_checklist_kinds(mentor) == set()


# Real concurrency (PostgreSQL) -------------------------------------------------------------


def race(*actions) -> tuple[list, list]:
    """Run each action in its own thread and connection, all starting together; returns the
    results and the errors."""
    start = threading.Barrier(len(actions))
    results, errors = [], []

    def run(action):
        try:
            start.wait(timeout=10)
            results.append(action())
        except Exception as error:  # reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite runs one write transaction at a time; runs on PostgreSQL (DATABASE_URL)",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("migrated_rows_restored")
def test_concurrent_verify_and_return_exactly_one_wins():
    mentor = user_with_role("mentor", username="racer-mentor")
    first, second = supervisor_make("racer-sup-1"), supervisor_make("racer-sup-2")
    entry = log(mentor)
    stale = [PracticeEntry.objects.get(pk=entry.pk) for _ in range(2)]

    results, errors = race(
        lambda: records.practice_entry_verify(entry=stale[0], by=first).status,
        lambda: records.practice_entry_return(entry=stale[1], by=second, reason="No.").status,
    )

    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], AlreadyDecided)
    entry.refresh_from_db()
    assert entry.status == results[0]


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite runs one write transaction at a time; runs on PostgreSQL (DATABASE_URL)",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("migrated_rows_restored")
def test_concurrent_signatures_exactly_one_wins():
    learner = user_with_role("learner", username="racer-learner")
    first, second = supervisor_make("racer-sup-3"), supervisor_make("racer-sup-4")
    programme = programme_for(code="racer", name="Racer")
    checklist = SignOffChecklist.objects.create(programme=programme, title="Role-play", items="A")
    signoff = records.signoff_request(user=learner, checklist=checklist)
    stale = [ChecklistSignOff.objects.get(pk=signoff.pk) for _ in range(2)]

    results, errors = race(
        lambda: records.signoff_sign(signoff=stale[0], by=first, ticked=["A"]).reviewed_by_id,
        lambda: records.signoff_sign(signoff=stale[1], by=second, ticked=["A"]).reviewed_by_id,
    )

    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], AlreadyDecided)
    signoff.refresh_from_db()
    assert (signoff.status, signoff.reviewed_by_id) == ("verified", results[0])


@pytest.mark.django_db
def test_practice_entry_log_once_saves_a_form_once_per_person(mentor, supervisor):
    from uuid import uuid4

    token = uuid4()
    fields = {"kind": "mentoring", "date": timezone.localdate(), "minutes": 60}

    first, created = records.practice_entry_log_once(user=mentor, submission_token=token, **fields)
    again, created_again = records.practice_entry_log_once(
        user=mentor, submission_token=token, **dict(fields, minutes=90)
    )
    theirs, created_theirs = records.practice_entry_log_once(
        user=supervisor, submission_token=token, **fields
    )

    assert (created, created_again, created_theirs) == (True, False, True)
    assert again.pk == first.pk and again.minutes == 60  # the replay changes nothing
    assert theirs.pk != first.pk
    assert PracticeEntry.objects.count() == 2
