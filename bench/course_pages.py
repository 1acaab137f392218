"""Benchmark: a signed-in learner's course page and "My learning" against a plain Wagtail page.

    .venv/bin/python bench/course_pages.py [--learners 2000] [--duration 15s] [--connections 8]

Seeds its own database (SQLite under bench/var/, or PostgreSQL with --database-url): the demo
curricula, a plain "About" page, and `--learners` learners spread over the six courses after
orientation with realistic progress. Then it serves the site with gunicorn (2 workers) on
127.0.0.1, checks that every URL answers 200 to the measured learner, and runs `wrk` against
each URL with the learner's session cookie, so every page pays the same session cost.

Prints a table and writes JSON to bench/results/. The target: the course page serves at least
70% of the plain page's requests per second. See bench/README.md and docs/performance.md.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import platform
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "bench" / "var"
RESULTS = ROOT / "bench" / "results"
SQLITE_PATH = VAR / "bench.sqlite3"

TARGET_RATIO = 0.70
MEASURED_USERNAME = "bench-measured"
MEASURED_PASSWORD = "bench-pass-word-2026"
LEARNER_PREFIX = "bench-learner-"
ORIENTATION_SLUG = "learning-safely-here"
# The measured learner's courses after orientation; the first is the measured course page.
MEASURED_COURSES = ["trauma-informed-foundations", "mentoring-survivor-leaders"]
ABOUT_SLUG = "about"
SEED = 20260101


# --- Command line and environment ---------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=2000, help="learners to seed (2000)")
    parser.add_argument("--duration", default="15s", help="wrk duration per URL (15s)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (8)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--port", type=int, default=8765, help="port, or a free one if taken")
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="measure the URLs in turn N times and report the median round (3)",
    )
    parser.add_argument("--warmup", default="3s", help="wrk warm-up per URL (3s)")
    parser.add_argument(
        "--database-url",
        default=None,
        help="use this database (e.g. postgres://...) instead of bench/var/bench.sqlite3",
    )
    parser.add_argument(
        "--fresh", action="store_true", help="start from an empty SQLite file (slower)"
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="also profile N in-process requests per URL with cProfile and print the top calls",
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when the 70%% target is not met"
    )
    args = parser.parse_args(argv)
    if args.threads > args.connections:
        parser.error("--threads must not exceed --connections (wrk needs a connection each)")
    return args


def bench_environment(args: argparse.Namespace) -> dict[str, str]:
    """The environment shared by this process (seeding) and gunicorn (serving).

    cms.settings.production insists on HTTPS, so the bench runs the dev settings with DEBUG off,
    which is what matters for speed (no debug toolbar-style bookkeeping, cached templates)."""
    VAR.mkdir(parents=True, exist_ok=True)
    (VAR / "static").mkdir(exist_ok=True)
    database_url = args.database_url or f"sqlite:///{SQLITE_PATH}"
    return {
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        # Shared by the gunicorn workers, as production's default on one machine is.
        "CACHE_URL": os.environ.get("CACHE_URL") or f"file://{VAR / 'cache'}",
        "STATIC_ROOT": str(VAR / "static"),
        "MEDIA_ROOT": str(VAR / "media"),
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }


def say(message: str) -> None:
    print(message, flush=True)


def fail(message: str, code: int = 1) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)
    sys.exit(code)


# --- Seeding -------------------------------------------------------------------------------------


def setup_django(env: dict[str, str], *, fresh: bool, sqlite: bool) -> None:
    if fresh and sqlite:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def seed(args: argparse.Namespace) -> dict:
    """Migrate, seed the demo, add the About page, the learners and the measured learner.
    Idempotent: a second run with the same --learners reuses what is there."""
    from io import StringIO

    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    say(f"  migrated in {time.monotonic() - started:.1f}s")
    started = time.monotonic()
    call_command("seed_demo", stdout=StringIO())
    say(f"  seed_demo in {time.monotonic() - started:.1f}s")
    about = about_page_ensure()
    started = time.monotonic()
    counts = learners_ensure(args.learners)
    say(f"  {args.learners} learners ready in {time.monotonic() - started:.1f}s: {counts}")
    started = time.monotonic()
    measured = measured_learner_ensure()
    say(f"  measured learner ready in {time.monotonic() - started:.1f}s")
    return {"about": about, "measured": measured, "counts": _row_counts()}


def about_page_ensure():
    """A plain, public StandardPage under the home page: the yardstick."""
    from wagtail.models import Site

    from cms.models import StandardPage

    # The site's root: the English home page (its translations are home pages too).
    home = Site.objects.get(is_default_site=True).root_page
    page = StandardPage.objects.child_of(home).filter(slug=ABOUT_SLUG).first()
    if page is None:
        paragraphs = "".join(
            f"<p>Paragraph {n}: this programme offers short, practical lessons for survivor "
            "leaders and the mentors who support them, at their own pace, on their phones, "
            "in their language.</p>"
            for n in range(1, 7)
        )
        page = StandardPage(title="About", slug=ABOUT_SLUG, body=f"<h2>Who we are</h2>{paragraphs}")
        home.add_child(instance=page)
        page.save_revision().publish()
    return page


def _reachable_lessons(structure) -> list:
    """Lessons a learner without a mentor can reach (sign-off lessons are left out, as in
    courses.selectors._reachable), in course order, each with its module entry."""
    return [
        (module, lesson)
        for module in structure
        for lesson in module.lessons
        if lesson.completion_rule != "signoff"
    ]


def learners_ensure(count: int) -> dict[str, int]:
    """Bulk-create `count` learners with enrolments and progress rows, unless exactly that many
    are already there. Rows are written directly (bulk_create), not through the services: the
    numbers follow the same formula as courses.services.progress.course_progress_recompute."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.db import transaction
    from django.utils import timezone

    from cms.roles import Role, group_name
    from courses import selectors
    from courses.models import (
        CoursePage,
        CourseProgress,
        Enrolment,
        LessonPage,
        LessonProgress,
        ModulePage,
        ModuleProgress,
        QuizAttempt,
    )

    User = get_user_model()
    existing = User.objects.filter(username__startswith=LEARNER_PREFIX)
    if existing.count() == count:
        return _row_counts()
    if existing.exists():
        say(f"  replacing {existing.count()} bench learners with {count}")
        existing.delete()

    rng = random.Random(SEED)
    now = timezone.now()
    courses = list(CoursePage.objects.live().order_by("path"))
    orientation = next(c for c in courses if c.slug == ORIENTATION_SLUG)
    others = [c for c in courses if c.slug != ORIENTATION_SLUG]
    structures = {c.pk: selectors.course_structure(course=c) for c in courses}
    quiz_blocks = {
        lesson.pk: lesson.block_ids("quiz")
        for lesson in LessonPage.objects.descendant_of(orientation.get_parent())
    }
    check_blocks = {
        module.pk: module.check_quiz.id
        for module in ModulePage.objects.all()
        if module.check_quiz is not None
    }
    unusable = make_password(None)  # one unusable hash for all: nobody signs in as them
    with transaction.atomic():
        User.objects.bulk_create(
            [
                User(
                    username=f"{LEARNER_PREFIX}{i:05d}",
                    display_name=f"Learner {i}",
                    preferred_language=rng.choice(["en", "bn", "hi", "te"]),
                    password=unusable,
                )
                for i in range(count)
            ],
            batch_size=500,
        )
        user_ids = list(
            User.objects.filter(username__startswith=LEARNER_PREFIX)
            .order_by("username")
            .values_list("pk", flat=True)
        )
        group = Group.objects.get(name=group_name(Role.LEARNER))
        Membership = User.groups.through
        Membership.objects.bulk_create(
            [Membership(user_id=pk, group_id=group.pk) for pk in user_ids], batch_size=1000
        )
        rows: dict[str, list] = {
            "enrolments": [],
            "lessons": [],
            "modules": [],
            "courses": [],
            "attempts": [],
        }
        for user_id in user_ids:
            # Most learners have finished orientation (the six courses require it) and then
            # joined one to four courses, each somewhere between just started and complete.
            plan = [(orientation, 1.0 if rng.random() < 0.85 else rng.random())]
            if plan[0][1] == 1.0:
                for course in rng.sample(others, rng.randint(1, 4)):
                    roll = rng.random()
                    fraction = 0.0 if roll < 0.2 else (1.0 if roll > 0.8 else rng.random())
                    plan.append((course, fraction))
            for course, fraction in plan:
                _plan_course_rows(
                    rows,
                    rng=rng,
                    now=now,
                    user_id=user_id,
                    course=course,
                    structure=structures[course.pk],
                    fraction=fraction,
                    quiz_blocks=quiz_blocks,
                    check_blocks=check_blocks,
                )
        Enrolment.objects.bulk_create(rows["enrolments"], batch_size=1000)
        LessonProgress.objects.bulk_create(rows["lessons"], batch_size=1000)
        ModuleProgress.objects.bulk_create(rows["modules"], batch_size=1000)
        CourseProgress.objects.bulk_create(rows["courses"], batch_size=1000)
        QuizAttempt.objects.bulk_create(rows["attempts"], batch_size=1000)
    return _row_counts()


def _plan_course_rows(
    rows, *, rng, now, user_id, course, structure, fraction, quiz_blocks, check_blocks
) -> None:
    from courses.models import (
        CourseProgress,
        Enrolment,
        LessonProgress,
        ModuleProgress,
        QuizAttempt,
    )

    rows["enrolments"].append(
        Enrolment(user_id=user_id, course_id=course.pk, status=Enrolment.Status.ACTIVE)
    )
    lessons = _reachable_lessons(structure)
    done = len(lessons) if fraction >= 1.0 else int(len(lessons) * fraction)
    when = now - timedelta(days=rng.randint(1, 120))
    done_ids, touched_ids = set(), set()
    for index, (module, lesson) in enumerate(lessons):
        if index < done:
            done_ids.add(lesson.id)
            touched_ids.add(lesson.id)
            is_quiz = lesson.completion_rule == "quiz"
            rows["lessons"].append(
                LessonProgress(
                    user_id=user_id,
                    lesson_id=lesson.id,
                    module_id=module.id,
                    course_id=course.pk,
                    state=LessonProgress.State.COMPLETED,
                    viewed_at=when if lesson.completion_rule == "viewed" else None,
                    completed_at=when,
                    best_score=rng.choice([80, 100, 100]) if is_quiz else None,
                    attempts=rng.randint(1, 3) if is_quiz else 0,
                )
            )
            for block_id in quiz_blocks.get(lesson.id, []) if is_quiz else []:
                rows["attempts"].append(
                    QuizAttempt(
                        user_id=user_id,
                        page_id=lesson.id,
                        block_id=block_id,
                        answers={"0": [0]},
                        correct_count=1,
                        question_count=1,
                        score=100,
                        passed=True,
                    )
                )
        elif index == done and rng.random() < 0.7:
            touched_ids.add(lesson.id)
            rows["lessons"].append(
                LessonProgress(
                    user_id=user_id,
                    lesson_id=lesson.id,
                    module_id=module.id,
                    course_id=course.pk,
                    state=LessonProgress.State.STARTED,
                )
            )
    items_total = items_done = 0
    for module in structure:
        module_lessons = [
            lesson.id for lesson in module.lessons if lesson.completion_rule != "signoff"
        ]
        lessons_done = sum(1 for lesson_id in module_lessons if lesson_id in done_ids)
        all_done = lessons_done == len(module_lessons)
        check_passed = module.has_check and all_done
        items_total += len(module_lessons) + (1 if module.has_check else 0)
        items_done += lessons_done + (1 if check_passed else 0)
        if not touched_ids.intersection(module_lessons):
            continue
        rows["modules"].append(
            ModuleProgress(
                user_id=user_id,
                module_id=module.id,
                course_id=course.pk,
                lessons_completed=lessons_done,
                lessons_total=len(module_lessons),
                check_best_score=100 if check_passed else None,
                check_passed_at=when if check_passed else None,
                completed_at=when if all_done and (check_passed or not module.has_check) else None,
            )
        )
        if check_passed and module.id in check_blocks:
            rows["attempts"].append(
                QuizAttempt(
                    user_id=user_id,
                    page_id=module.id,
                    block_id=check_blocks[module.id],
                    answers={"0": [0]},
                    correct_count=1,
                    question_count=1,
                    score=100,
                    passed=True,
                )
            )
    percent = round(100 * items_done / items_total) if items_total else 0
    rows["courses"].append(
        CourseProgress(
            user_id=user_id,
            course_id=course.pk,
            items_completed=items_done,
            items_total=items_total,
            percent=percent,
            completed_at=when if items_total and items_done == items_total else None,
        )
    )


def _row_counts() -> dict[str, int]:
    from django.contrib.auth import get_user_model

    from courses.models import CourseProgress, Enrolment, LessonProgress, QuizAttempt

    return {
        "users": get_user_model().objects.count(),
        "enrolments": Enrolment.objects.count(),
        "lesson_progress": LessonProgress.objects.count(),
        "course_progress": CourseProgress.objects.count(),
        "quiz_attempts": QuizAttempt.objects.count(),
    }


def _right_answers(quiz_value) -> dict[int, list[int]]:
    return {
        q_index: [i for i, option in enumerate(question["options"]) if option["correct"]]
        for q_index, question in enumerate(quiz_value["questions"])
    }


def _complete_lesson(user, lesson) -> None:
    """Meet `lesson`'s completion rule through the real services."""
    from courses import services

    rule = lesson.completion_rule
    if rule == "viewed":
        services.lesson_mark_viewed(user=user, lesson=lesson)
    for child in lesson.body:
        if rule == "quiz" and child.block_type == "quiz":
            services.quiz_attempt_submit(
                user=user, page=lesson, block_id=child.id, answers=_right_answers(child.value)
            )
        elif rule == "reflection" and child.block_type == "reflection":
            services.reflection_submit(
                user=user, lesson=lesson, block_id=child.id, text="A few honest words."
            )


def measured_learner_ensure():
    """The learner whose pages are measured, with a real password. Their progress goes through
    the services: orientation complete, then half of the first measured course."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from cms.roles import Role, group_name
    from courses import services
    from courses.models import CoursePage

    User = get_user_model()
    user = User.objects.filter(username=MEASURED_USERNAME).first()
    if user is not None:
        return user
    user = User.objects.create_user(
        username=MEASURED_USERNAME,
        password=MEASURED_PASSWORD,
        display_name="Measured learner",
        preferred_language="en",
    )
    user.groups.add(Group.objects.get(name=group_name(Role.LEARNER)))
    courses = {c.slug: c for c in CoursePage.objects.live()}
    orientation = courses[ORIENTATION_SLUG]
    services.enrolment_create(user=user, course=orientation)
    _course_complete_part(user, orientation, 1.0)
    for index, slug in enumerate(MEASURED_COURSES):
        course = courses[slug]
        services.enrolment_create(user=user, course=course)  # orientation is now complete
        _course_complete_part(user, course, 0.5 if index == 0 else 0.2)
    return user


def _course_complete_part(user, course, fraction: float) -> None:
    """Complete the first `fraction` of the course's reachable lessons, then the check of
    every module whose lessons are all done."""
    from courses import services
    from courses.models import LessonPage, ModulePage

    lessons = [
        lesson
        for lesson in LessonPage.objects.descendant_of(course).live().order_by("path")
        if lesson.completion_rule != "signoff"
    ]
    for lesson in lessons[: round(len(lessons) * fraction)]:
        _complete_lesson(user, lesson)
    for module in ModulePage.objects.child_of(course).live().order_by("path"):
        check = module.check_quiz
        row = user.module_progress.filter(module=module).first()
        if check and row and row.lessons_total and row.lessons_completed == row.lessons_total:
            services.quiz_attempt_submit(
                user=user, page=module, block_id=check.id, answers=_right_answers(check.value)
            )


def session_cookie() -> str:
    """Sign the measured learner in with the real password and return the session id."""
    from django.test import Client

    client = Client()
    if not client.login(username=MEASURED_USERNAME, password=MEASURED_PASSWORD):
        fail(f"could not sign in as {MEASURED_USERNAME}")
    return client.cookies["sessionid"].value


def measured_urls(seeded: dict) -> list[dict]:
    from courses.models import CoursePage

    course = CoursePage.objects.get(slug=MEASURED_COURSES[0], locale__language_code="en")
    return [
        {"name": "course page", "url": course.url, "marker": f"<h1>{course.title}</h1>"},
        {"name": "my learning", "url": "/learn/", "marker": "<h1>My learning</h1>"},
        {"name": "plain page", "url": seeded["about"].url, "marker": "<h1>About</h1>"},
    ]


def query_counts(urls: list[dict]) -> None:
    """Queries per request for each URL, measured in this process on a warm cache."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.login(username=MEASURED_USERNAME, password=MEASURED_PASSWORD)
    for item in urls:
        client.get(item["url"])  # warm the course structure cache
        with CaptureQueriesContext(connection) as queries:
            response = client.get(item["url"])
        if response.status_code != 200:
            fail(f"{item['url']} answered {response.status_code} in process, expected 200")
        item["queries"] = len(queries.captured_queries)


def profile(urls: list[dict], requests: int) -> None:
    """cProfile `requests` in-process requests per URL; print the top 25 by cumulative time."""
    import cProfile
    import pstats

    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    client.login(username=MEASURED_USERNAME, password=MEASURED_PASSWORD)
    for item in urls:
        client.get(item["url"])
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        for _ in range(requests):
            client.get(item["url"])
        profiler.disable()
        elapsed = (time.perf_counter() - started) / requests * 1000
        say(f"\n=== profile: {item['name']} {item['url']} ({elapsed:.1f} ms/request in process)")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


# --- Serving and measuring ----------------------------------------------------------------------


def free_port(preferred: int) -> int:
    with socket.socket() as sock:
        # As gunicorn does: a port held only by TIME_WAIT sockets of the last run is free.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]


def gunicorn_start(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    binary = ROOT / ".venv" / "bin" / "gunicorn"
    if not binary.exists():
        binary = Path(sys.executable).parent / "gunicorn"
    if not binary.exists():
        fail("gunicorn not found in .venv/bin; install the project: pip install -e .[dev]")
    with open(VAR / "gunicorn.log", "w") as log:
        process = subprocess.Popen(
            [
                str(binary),
                "cms.wsgi:application",
                "--workers",
                str(workers),
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            fail(f"gunicorn exited early; see {VAR / 'gunicorn.log'}")
        with contextlib.suppress(OSError):
            status, _body = http_get(port, "/healthz", cookie=None)
            if status == 200:
                return process
        time.sleep(0.2)
    gunicorn_stop(process)
    fail(f"gunicorn did not answer /healthz within 30s; see {VAR / 'gunicorn.log'}")


def gunicorn_stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def http_get(port: int, path: str, cookie: str | None) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Cookie": f"sessionid={cookie}"} if cookie else {}
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, body


def check_urls(port: int, urls: list[dict], cookie: str) -> None:
    """Every URL must answer 200 with its own content to the signed-in learner; a redirect to
    the sign-in page would make wrk measure the wrong thing."""
    for item in urls:
        status, body = http_get(port, item["url"], cookie)
        if status != 200:
            raise RuntimeError(f"{item['name']} {item['url']} answered {status}, expected 200")
        if item["marker"] not in body:
            raise RuntimeError(f"{item['name']} {item['url']} lacks {item['marker']!r}")
        if "Sign out" not in body:
            raise RuntimeError(f"{item['name']} {item['url']} was not served signed in")
        item["bytes"] = len(body.encode())


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"cannot read a wrk duration from {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse_wrk(output: str) -> dict:
    """Requests/sec, p50/p99 latency (ms), request and error counts from `wrk --latency`."""
    result = {}
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.M)
    total = re.search(r"(\d+) requests in", output)
    if not (rps and p50 and p99 and total):
        raise ValueError(f"unexpected wrk output:\n{output}")
    result["rps"] = float(rps.group(1))
    result["p50_ms"] = _ms(p50.group(1))
    result["p99_ms"] = _ms(p99.group(1))
    result["requests"] = int(total.group(1))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    result["non_2xx_3xx"] = int(bad.group(1)) if bad else 0
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    result["socket_errors"] = sum(map(int, errors.groups())) if errors else 0
    return result


def run_wrk(args, port: int, url: str, cookie: str, duration: str) -> tuple[dict, str]:
    command = [
        "wrk",
        "--latency",
        "-t",
        str(args.threads),
        "-c",
        str(args.connections),
        "-d",
        duration,
        "-H",
        f"Cookie: sessionid={cookie}",
        f"http://127.0.0.1:{port}{url}",
    ]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return parse_wrk(output), output


def server_cpu_seconds(master_pid: int) -> float:
    """CPU time (user + system) used so far by gunicorn's master and workers, from /proc.

    Other programs on a shared machine slow wrk's wall-clock numbers down, but not the CPU
    time the server spends per request, so CPU ms per request compares pages fairly."""
    pids = [master_pid]
    with contextlib.suppress(OSError):
        children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text()
        pids += [int(pid) for pid in children.split()]
    ticks = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def measure(args, port: int, urls: list[dict], cookie: str, server_pid: int) -> None:
    for item in urls:
        run_wrk(args, port, item["url"], cookie, args.warmup)
        item["runs"] = []
    for round_number in range(1, args.rounds + 1):
        for item in urls:
            cpu_before = server_cpu_seconds(server_pid)
            result, output = run_wrk(args, port, item["url"], cookie, args.duration)
            cpu = server_cpu_seconds(server_pid) - cpu_before
            if result["non_2xx_3xx"]:
                raise RuntimeError(
                    f"{item['url']}: {result['non_2xx_3xx']} responses were not 2xx/3xx; "
                    f"see {VAR / 'gunicorn.log'}\n{output}"
                )
            result["server_cpu_ms"] = round(1000 * cpu / max(result["requests"], 1), 2)
            result["load_average_1m"] = round(os.getloadavg()[0], 2)
            item["runs"].append(result)
            say(
                f"  round {round_number}: {item['name']:<12} {result['rps']:8.1f} req/s  "
                f"p50 {result['p50_ms']:7.2f} ms  p99 {result['p99_ms']:7.2f} ms  "
                f"server CPU {result['server_cpu_ms']:6.2f} ms/req  "
                f"(load {result['load_average_1m']:.2f})"
            )
    for item in urls:
        # With several rounds, report the round with the median throughput.
        runs = sorted(item["runs"], key=lambda r: r["rps"])
        item["result"] = runs[(len(runs) - 1) // 2]
        item["rps_all"] = [r["rps"] for r in item["runs"]]
        item["cpu_ms_median"] = statistics.median(r["server_cpu_ms"] for r in item["runs"])


# --- Report --------------------------------------------------------------------------------------


def machine() -> dict:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "platform": platform.platform(),
        "python": platform.python_version(),
    }


def report(args, urls: list[dict], seeded: dict, port: int) -> dict:
    import django
    import wagtail
    from django.db import connection

    by_name = {item["name"]: item for item in urls}
    course, plain = by_name["course page"], by_name["plain page"]
    ratio = course["result"]["rps"] / plain["result"]["rps"]
    round_ratios = [c / p for c, p in zip(course["rps_all"], plain["rps_all"], strict=True)]
    cpu_ratio = plain["cpu_ms_median"] / course["cpu_ms_median"]
    say("")
    say(
        f"{'page':<12} {'url':<40} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'CPU ms/req':>10} {'queries':>7}"
    )
    for item in urls:
        r = item["result"]
        say(
            f"{item['name']:<12} {item['url']:<40} {r['rps']:7.1f} {r['p50_ms']:8.2f} "
            f"{r['p99_ms']:8.2f} {item['cpu_ms_median']:10.2f} {item['queries']:7d}"
        )
    met = ratio >= TARGET_RATIO
    say(
        f"\ncourse page / plain page throughput: {ratio:.2f} "
        f"(target >= {TARGET_RATIO:.2f}): {'MET' if met else 'NOT MET'}"
    )
    say(
        "  per round: "
        + ", ".join(f"{r:.2f}" for r in round_ratios)
        + f"; from server CPU per request (load-independent): {cpu_ratio:.2f}"
    )
    busy = max(run["load_average_1m"] for item in urls for run in item["runs"])
    if busy > (os.cpu_count() or 1) * 0.75 + 1:
        say(
            f"  note: the 1-minute load average reached {busy:.2f} on {os.cpu_count()} CPUs: "
            "something else was running, so req/s and latency are noisy; CPU ms/req is not."
        )
    data = {
        "benchmark": "course_pages",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "options": {
            "learners": args.learners,
            "duration": args.duration,
            "connections": args.connections,
            "threads": args.threads,
            "workers": args.workers,
            "rounds": args.rounds,
            "port": port,
        },
        "database": connection.vendor,
        "versions": {"django": django.get_version(), "wagtail": wagtail.__version__},
        "machine": machine(),
        "rows": seeded["counts"],
        "urls": [
            {
                key: item[key]
                for key in ("name", "url", "queries", "bytes", "result", "runs", "cpu_ms_median")
            }
            for item in urls
        ],
        "ratio_course_to_plain": round(ratio, 3),
        "ratio_per_round": [round(r, 3) for r in round_ratios],
        "ratio_from_server_cpu": round(cpu_ratio, 3),
        "target_ratio": TARGET_RATIO,
        "target_met": met,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"course_pages-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    path.write_text(json.dumps(data, indent=2) + "\n")
    say(f"results written to {path.relative_to(ROOT)}")
    return data


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        fail("wrk is not installed. Install it with: apt-get install -y wrk", code=2)
    env = bench_environment(args)
    say(f"seeding {env['DATABASE_URL']} ...")
    setup_django(env, fresh=args.fresh, sqlite=args.database_url is None)
    seeded = seed(args)
    urls = measured_urls(seeded)
    cookie = session_cookie()
    query_counts(urls)
    if args.profile:
        profile(urls, args.profile)
    from django.db import connections

    connections.close_all()  # gunicorn gets the database to itself
    port = free_port(args.port)
    say(f"starting gunicorn ({args.workers} workers) on 127.0.0.1:{port} ...")
    process = gunicorn_start(env, port, args.workers)
    try:
        check_urls(port, urls, cookie)
        say(f"measuring {len(urls)} URLs, {args.duration} each, {args.connections} connections")
        measure(args, port, urls, cookie, process.pid)
        check_urls(port, urls, cookie)  # still signed in and still 200 afterwards
    except RuntimeError as error:
        fail(str(error))
    finally:
        gunicorn_stop(process)
    data = report(args, urls, seeded, port)
    return 1 if args.strict and not data["target_met"] else 0


if __name__ == "__main__":
    sys.exit(main())
