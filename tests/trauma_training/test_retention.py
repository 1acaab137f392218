"""trauma_training.retention.nudges_purge: nudges sent before the cutoff go, seen or not."""

from datetime import timedelta

from django.utils import timezone

from tests.factories import UserFactory
from trauma_training.models import Nudge
from trauma_training.retention import nudges_purge


def test_nudges_purge_deletes_exactly_those_before_the_cutoff(db):
    mentor, mentee = UserFactory(), UserFactory()
    now = timezone.now()
    old_seen = Nudge.objects.create(
        mentor=mentor, mentee=mentee, created_at=now - timedelta(days=200), seen_at=now
    )
    old_unseen = Nudge.objects.create(
        mentor=mentor, mentee=mentee, created_at=now - timedelta(days=181)
    )
    recent = Nudge.objects.create(
        mentor=mentor, mentee=mentee, created_at=now - timedelta(days=179)
    )

    deleted = nudges_purge(older_than=now - timedelta(days=180))

    assert deleted == 2
    assert list(Nudge.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not Nudge.objects.filter(pk__in=[old_seen.pk, old_unseen.pk]).exists()


def test_nudges_purge_dry_run_counts_and_deletes_nothing(db):
    mentor, mentee = UserFactory(), UserFactory()
    Nudge.objects.create(
        mentor=mentor, mentee=mentee, created_at=timezone.now() - timedelta(days=200)
    )

    assert nudges_purge(older_than=timezone.now() - timedelta(days=180), dry_run=True) == 1
    assert Nudge.objects.count() == 1
