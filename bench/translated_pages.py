"""Benchmark: what a lesson, module and course page cost in Bengali, Hindi and Telugu against
the same page in English (issue 12).

    .venv/bin/python bench/translated_pages.py [--requests 30]

Seeds the demo (`seed_demo`: the curricula and their seeded translations) into its own SQLite
database under bench/var/, signs in one learner per language enrolled in the orientation and
S1, and asks each page through Django's test client: first once to warm the caches, then
`--requests` times, counting the database queries of a warm request and timing each. Prints a
table and writes JSON to bench/results/. The target: a translated page costs no more queries
than the English one (docs/performance.md, "Translated pages").
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "bench" / "var"
RESULTS = ROOT / "bench" / "results"
DATABASE = VAR / "translated.sqlite3"
LANGUAGES = ["en", "bn", "hi", "te"]
PAGES = {
    "orientation course": "/courses/learning-safely-here/",
    "orientation module": "/courses/learning-safely-here/orient-your-safety-your-choices/",
    "orientation quiz lesson": (
        "/courses/learning-safely-here/orient-your-safety-your-choices/orient-help-in-one-tap/"
    ),
    "S1 lesson": "/courses/leading-and-speaking-up/s1-roles-in-a-collective/s1-roles-we-share/",
    "My learning": "/learn/",
}


def _setup() -> None:
    VAR.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    os.environ.setdefault("DEMO_PASSWORD", "bench-pass-word-2026")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def _seed() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


def _learners():
    from django.utils import timezone

    from cms.roles import Role
    from courses import services
    from courses.models import CoursePage, CourseProgress
    from tests.factories import user_with_role

    User = __import__("django.contrib.auth", fromlist=["get_user_model"]).get_user_model()
    learners = {}
    for language in LANGUAGES:
        username = f"bench-reader-{language}"
        user = User.objects.filter(username=username).first() or user_with_role(
            Role.LEARNER, username=username
        )
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
        orientation = CoursePage.objects.get(
            slug="learning-safely-here", locale__language_code="en"
        )
        services.enrolment_create(user=user, course=orientation)
        # S1 asks for the orientation first: recorded as finished (bench data only).
        CourseProgress.objects.update_or_create(
            user=user,
            course=orientation,
            defaults={"percent": 100, "completed_at": timezone.now()},
        )
        s1 = CoursePage.objects.get(slug="leading-and-speaking-up", locale__language_code="en")
        if not user.enrolments.filter(course=s1).exists():
            services.enrolment_create(user=user, course=s1)
        learners[language] = user
    return learners


def _measure(user, url: str, requests: int) -> dict:
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(user)
    cache.clear()
    first = client.get(url)
    assert first.status_code == 200, (url, first.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    # Read now: Django empties the query log when the next request starts.
    query_count = len(queries)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    return {"queries": query_count, "median_ms": round(statistics.median(timings), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page (30)")
    args = parser.parse_args(argv)
    fresh = not DATABASE.exists()
    _setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()
    if fresh:
        _seed()
    learners = _learners()
    rows = {}
    for name, url in PAGES.items():
        rows[name] = {lang: _measure(learners[lang], url, args.requests) for lang in LANGUAGES}
    print(f"{'page':28}" + "".join(f"{lang:>16}" for lang in LANGUAGES))
    for name, by_language in rows.items():
        cells = "".join(
            f"{by_language[lang]['queries']:>5} q {by_language[lang]['median_ms']:>6} ms"
            for lang in LANGUAGES
        )
        print(f"{name:28}{cells}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = RESULTS / f"translated_pages-{stamp}.json"
    out.write_text(json.dumps({"requests": args.requests, "pages": rows}, indent=2))
    print(f"written {out.relative_to(ROOT)}")
    over = [
        (name, lang)
        for name, by_language in rows.items()
        for lang in LANGUAGES[1:]
        if by_language[lang]["queries"] > by_language["en"]["queries"]
    ]
    if over:
        print("more queries than English:", over)
    return 0


if __name__ == "__main__":
    sys.exit(main())
