"""Cache keys and their invalidation for learner pages.

Two things are cached:

- the course structure (modules and lessons; the same for every learner), under a global
  generation that any change to the page tree moves on (`structure_changed`);
- each learner's course outline (their states on a course page), under a per-learner version
  that every service changing that learner's enrolment or progress moves on
  (`learner_changed`).

Page routes (`courses.routing`) and other tree-shaped answers are kept under the same global
generation.

Versions are fresh nanosecond stamps, not counters: if the cache evicts a version key, the new
one can never match an older entry still in the cache. With several web processes the cache
must be shared (Redis via CACHE_URL); system check courses.W001 says so.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction

STRUCTURE_GENERATION_KEY = "courses:structure:generation"
STRUCTURE_SECONDS = 60 * 60
# A safety net for writes that bypass the services (the shell, a data migration).
OUTLINE_SECONDS = 10 * 60


def _learner_key(user_id: int) -> str:
    return f"courses:learner:{user_id}:version"


def _stamp() -> int:
    return time.time_ns()


def structure_generation() -> int:
    return cache.get_or_set(STRUCTURE_GENERATION_KEY, _stamp, None)


def structure_key(generation: int, course_id: int) -> str:
    return f"courses:structure:{generation}:{course_id}"


def structure_changed() -> None:
    """Forget every cached course structure and outline (after any change to the page tree),
    now and again when the transaction commits (see `learner_changed`)."""

    def bump() -> None:
        cache.set(STRUCTURE_GENERATION_KEY, _stamp(), None)

    bump()
    transaction.on_commit(bump)


def outline_key(*, user_id: int, course_id: int) -> str:
    """The cache key of a learner's outline of a course, valid until either version moves."""
    return learner_scoped_key(user_id=user_id, name=f"outline:{course_id}")


def learner_scoped_key(*, user_id: int, name: str) -> str:
    """A cache key for something about one learner that depends on the page tree and on their
    enrolments and progress: valid until either version moves."""
    learner_key = _learner_key(user_id)
    found = cache.get_many([STRUCTURE_GENERATION_KEY, learner_key])
    generation = found.get(STRUCTURE_GENERATION_KEY) or structure_generation()
    version = found.get(learner_key)
    if version is None:
        version = _stamp()
        cache.set(learner_key, version, None)
    return f"courses:{name}:{generation}:{version}:{user_id}"


def learner_changed(user_ids: Iterable[int]) -> None:
    """Forget the cached outlines of these learners, now and again when the transaction
    commits: a page rendered between the two from the old rows would otherwise stay cached."""
    keys = [_learner_key(user_id) for user_id in set(user_ids)]
    if not keys:
        return

    def bump() -> None:
        stamp = _stamp()
        cache.set_many(dict.fromkeys(keys, stamp), None)

    bump()
    transaction.on_commit(bump)
