"""trauma_training.wellbeing.retention.checkins_purge: mentors' check-ins older than the
cutoff go, the rest stay."""

from datetime import timedelta

from django.utils import timezone

from trauma_training.wellbeing.models import CheckIn
from trauma_training.wellbeing.retention import checkins_purge


def checkins_aged(user, *days_ago: int) -> list[CheckIn]:
    now = timezone.now()
    return [
        CheckIn.objects.create(user=user, feeling=3, created_at=now - timedelta(days=days))
        for days in days_ago
    ]


def test_checkins_purge_deletes_exactly_those_before_the_cutoff(mentor, other_mentor):
    old_a, _new_a = checkins_aged(mentor, 91, 89)
    old_b, new_b = checkins_aged(other_mentor, 400, 1)
    keep = [_new_a.pk, new_b.pk]

    deleted = checkins_purge(older_than=timezone.now() - timedelta(days=90))

    assert deleted == 2
    assert sorted(CheckIn.objects.values_list("pk", flat=True)) == sorted(keep)
    assert not CheckIn.objects.filter(pk__in=[old_a.pk, old_b.pk]).exists()


def test_checkins_purge_dry_run_counts_and_deletes_nothing(mentor):
    checkins_aged(mentor, 91, 95, 10)

    assert checkins_purge(older_than=timezone.now() - timedelta(days=90), dry_run=True) == 2
    assert CheckIn.objects.count() == 3
