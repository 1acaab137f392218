"""trauma_training.audit.services.audit_record: what an entry holds and how the chain grows."""

import hashlib
import json
from datetime import UTC

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from tests.factories import UserFactory
from tests.trauma_training.audit.helpers import entries_make
from trauma_training.audit.models import GENESIS_HASH, AuditChainHead, AuditEntry
from trauma_training.audit.services import audit_actor, audit_current_actor, audit_record


@pytest.fixture
def mentor(db):
    return UserFactory(username="mentor-a", display_name="Asha", email="asha@example.org")


@pytest.fixture
def mentee(db):
    return UserFactory(username="mentee-a", display_name="Bina")


def test_audit_record_stores_who_what_whose_and_labels_without_names(mentor, mentee):
    entry = audit_record(
        actor=mentor,
        action="viewed_person_data",
        subject=mentee,
        target="mentor dashboard: progress summary",
        detail={"course_id": 3},
    )

    entry = AuditEntry.objects.get(pk=entry.pk)
    assert entry.sequence == 1
    assert entry.actor == mentor
    assert entry.actor_label == f"user #{mentor.pk}"
    assert entry.subject == mentee
    assert entry.subject_label == f"user #{mentee.pk}"
    assert entry.action == "viewed_person_data"
    assert entry.target == "mentor dashboard: progress summary"
    assert entry.detail == {"course_id": 3}
    assert entry.prev_hash == GENESIS_HASH == "0" * 64
    stored = json.dumps([entry.actor_label, entry.subject_label, entry.target, entry.detail])
    for private in ("Asha", "Bina", "asha@example.org", "mentor-a", "mentee-a"):
        assert private not in stored


def test_audit_record_hash_is_sha256_over_the_canonical_fields(mentor, mentee):
    entry = audit_record(actor=mentor, action="signed_off", subject=mentee, target="lesson")

    entry.refresh_from_db()
    payload = {
        "action": "signed_off",
        "actor_label": f"user #{mentor.pk}",
        "created_at": entry.created_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "detail": {},
        "prev_hash": GENESIS_HASH,
        "sequence": 1,
        "subject_label": f"user #{mentee.pk}",
        "target": "lesson",
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    assert entry.hash == hashlib.sha256(canonical).hexdigest()
    assert len(entry.hash) == 64


def test_audit_record_chains_each_entry_to_the_one_before(mentor, mentee):
    first, second, third = entries_make(3, actor=mentor, subject=mentee)

    assert [e.sequence for e in (first, second, third)] == [1, 2, 3]
    assert second.prev_hash == first.hash
    assert third.prev_hash == second.hash
    head = AuditChainHead.objects.get()
    assert (head.last_sequence, head.last_hash) == (3, third.hash)


def test_audit_record_in_a_rolled_back_transaction_leaves_no_entry_and_no_gap(mentor, mentee):
    entries_make(1, actor=mentor, subject=mentee)
    with pytest.raises(RuntimeError), transaction.atomic():
        audit_record(actor=mentor, action="role_added", subject=mentee)
        raise RuntimeError("the change failed")

    after = audit_record(actor=mentor, action="role_added", subject=mentee)

    assert after.sequence == 2
    assert list(AuditEntry.objects.values_list("sequence", flat=True)) == [1, 2]


def test_audit_record_accepts_no_actor_and_no_subject(db):
    entry = audit_record(actor=None, action="role_removed")

    assert (entry.actor_id, entry.actor_label, entry.subject_id, entry.subject_label) == (
        None,
        "",
        None,
        "",
    )


def test_audit_record_names_an_actor_that_is_not_a_person_by_its_label(mentee):
    entry = audit_record(
        actor=None, actor_label="xAPI credential #3", action="viewed_person_data", subject=mentee
    )

    assert (entry.actor_id, entry.actor_label, entry.subject_label) == (
        None,
        "xAPI credential #3",
        f"user #{mentee.pk}",
    )
    assert entry.hash == entry.compute_hash()


def test_audit_record_refuses_a_label_for_a_person_or_a_long_label(mentor):
    with pytest.raises(ValueError, match="give actor or actor_label, not both"):
        audit_record(actor=mentor, actor_label="someone else", action="signed_off")
    with pytest.raises(ValueError, match="actor_label must be at most 40 characters"):
        audit_record(actor=None, actor_label="c" * 41, action="signed_off")
    assert AuditEntry.objects.count() == 0


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"action": "looked_around"}, "unknown action 'looked_around'"),
        ({"action": "signed_off", "target": "x" * 201}, "target must be at most 200"),
        ({"action": "signed_off", "detail": ["a"]}, "detail must be a dict"),
        ({"action": "signed_off", "detail": {"note": "y" * 101}}, "detail['note'] must be"),
        ({"action": "signed_off", "detail": {"score": 0.5}}, "detail['score'] must be"),
        ({"action": "signed_off", "detail": {"nested": {"a": 1}}}, "detail['nested'] must be"),
        ({"action": "signed_off", "detail": {1: "a"}}, "detail keys must be strings"),
        (
            {"action": "signed_off", "detail": {f"k{n}": "z" * 90 for n in range(12)}},
            "detail must stay under 1000",
        ),
    ],
)
def test_audit_record_refuses_bad_input(mentor, kwargs, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("(", r"\(")):
        audit_record(actor=mentor, **kwargs)
    assert AuditEntry.objects.count() == 0


def test_audit_record_refuses_an_anonymous_actor_or_subject(mentor):
    with pytest.raises(ValueError, match="actor must be a saved user or None"):
        audit_record(actor=AnonymousUser(), action="viewed_person_data", subject=mentor)
    with pytest.raises(ValueError, match="subject must be a saved user or None"):
        audit_record(actor=mentor, action="viewed_person_data", subject=AnonymousUser())


def test_audit_record_recreates_a_missing_chain_head_on_an_empty_log(mentor):
    if connection.vendor == "postgresql":
        pytest.skip("on PostgreSQL a trigger keeps the chain head from being deleted")
    AuditChainHead.objects.all().delete()

    entry = audit_record(actor=mentor, action="viewed_person_data")

    assert (entry.sequence, entry.prev_hash) == (1, GENESIS_HASH)


def test_audit_actor_names_the_actor_within_the_block_only(mentor):
    assert audit_current_actor() is None
    with audit_actor(mentor):
        assert audit_current_actor() == mentor
    assert audit_current_actor() is None


def test_audit_together_inside_a_transaction_adds_no_savepoint(mentor, mentee):
    from trauma_training.audit.services import audit_together

    with CaptureQueriesContext(connection) as queries, audit_together():
        audit_record(actor=mentor, action="viewed_person_data", subject=mentee)

    # The append's own five: savepoint, chain head, insert, head update, release.
    assert len(queries) == 5
    assert AuditEntry.objects.filter(subject=mentee).count() == 1
