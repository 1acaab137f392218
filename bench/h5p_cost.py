"""Benchmark: what an H5P lesson and "My learning" cost, with and without a long history.

    .venv/bin/python bench/h5p_cost.py [--attempts 10000] [--activities 20] [--duration 10s]

Seeds its own database (SQLite under bench/var/, or PostgreSQL with --database-url): the demo
curricula, a plain "About" page, `--activities` H5P activities (the TrueFalse fixture), a lesson
with one of them (text and one H5P block, "activity passed" rule), a lesson with the others, and
two learners enrolled in orientation who have opened the lesson: `bench-cost-none` with no
attempt and `bench-cost-many` with `--attempts` attempts spread evenly over the activities,
sent through the record store (`courses.xapi.services.statements_store`) in batches of 50, as
the player sends them. Their scores in the measured lesson's activity stay below its pass mark,
so the lesson is not complete for either learner and both take the same path through the page.

Then, for the plain page, the lesson and My learning (each as both learners):

1. in process (Django test client, warm caches): queries per request and the median time of
   `--requests` requests, the URLs taken in turn;
2. served by gunicorn (2 workers, DEBUG off) and measured with `wrk`, `--rounds` rounds of the
   URLs in turn: requests/s, latency, and the server's CPU per request.

Targets (issue 14): the learner with the history gets the lesson and My learning within 1.2x
the time of the learner without; the lesson (no history) serves at least 0.7x the requests/s of
the plain page in the same run. Prints a table and writes JSON to bench/results/. See
bench/README.md and docs/performance.md.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from course_pages import (  # noqa: E402 (the sibling module, found through sys.path)
    RESULTS,
    ROOT,
    VAR,
    about_page_ensure,
    fail,
    free_port,
    gunicorn_start,
    gunicorn_stop,
    http_get,
    machine,
    run_wrk,
    say,
    server_cpu_seconds,
)
from xapi_statements import (  # noqa: E402
    database_environment,
    django_start,
    package_data,
)

SQLITE_PATH = VAR / "h5p_cost.sqlite3"
HISTORY_RATIO = 1.2  # the learner with a history: at most this times the time without
PLAIN_RATIO = 0.7  # the H5P lesson: at least this times the plain page's requests/s
NONE_USERNAME = "bench-cost-none"
MANY_USERNAME = "bench-cost-many"
PASSWORD = "bench-cost-pass-word-2026"
ORIENTATION_SLUG = "learning-safely-here"
LESSON_SLUG = "bench-h5p-lesson"
PRACTICE_SLUG = "bench-h5p-practice"
ACTIVITY_PREFIX = "Bench cost activity"
PASS_MARK = 60
BATCH = 50
TEACHING = "".join(
    f"<p>Paragraph {n}: a short, practical lesson for survivor leaders and the mentors who "
    "support them, at their own pace, on their phones, in their language.</p>"
    for n in range(1, 7)
)


# --- Command line and environment ----------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attempts", type=int, default=10_000, help="history (10000)")
    parser.add_argument("--activities", type=int, default=20, help="activities (20)")
    parser.add_argument("--requests", type=int, default=60, help="in-process requests (60)")
    parser.add_argument("--duration", default="10s", help="wrk duration per URL (10s)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (8)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--port", type=int, default=8767, help="port, or a free one if taken")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; median reported (3)")
    parser.add_argument("--warmup", default="2s", help="wrk warm-up per URL (2s)")
    parser.add_argument("--database-url", default=None, help="instead of bench/var/h5p_cost")
    parser.add_argument("--fresh", action="store_true", help="start from an empty SQLite file")
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="cProfile N in-process requests of the lesson and the plain page; print the top",
    )
    parser.add_argument("--no-wrk", action="store_true", help="only the in-process part")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.activities < 2 or args.attempts < args.activities:
        parser.error("needs at least 2 activities and one attempt per activity")
    if args.threads > args.connections:
        parser.error("--threads must not exceed --connections (wrk needs a connection each)")
    return args


def environment(args: argparse.Namespace) -> dict[str, str]:
    return database_environment(args, sqlite_path=SQLITE_PATH, cache_name="h5p-cost")


def setup_django(env: dict[str, str], *, fresh: bool) -> None:
    django_start(env, sqlite_path=SQLITE_PATH, fresh=fresh)


# --- Seeding -------------------------------------------------------------------------------------


def seed(args: argparse.Namespace) -> dict:
    """Migrate, seed the demo, the About page, the activities and lessons, the two learners
    and the history. Idempotent: a second run with the same options reuses what is there."""
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("seed_demo", stdout=io.StringIO())
    say(f"  migrate + seed_demo in {time.monotonic() - started:.1f}s")
    about = about_page_ensure()
    activities = activities_ensure(args.activities)
    lesson = lesson_ensure(LESSON_SLUG, "Bench H5P lesson", activities[:1], text=TEACHING)
    lesson_ensure(PRACTICE_SLUG, "Bench H5P practice", activities[1:], text="<p>Practice.</p>")
    none = learner_ensure(NONE_USERNAME, lesson)
    many = learner_ensure(MANY_USERNAME, lesson)
    started = time.monotonic()
    made = history_ensure(many, activities, args.attempts)
    say(f"  history of {args.attempts} attempts ready in {time.monotonic() - started:.1f}s {made}")
    return {"about": about, "lesson": lesson, "none": none, "many": many}


def activities_ensure(count: int) -> list:
    from courses.h5p import services as h5p_services
    from courses.models import H5PActivity

    found = {a.title: a for a in H5PActivity.objects.filter(title__startswith=ACTIVITY_PREFIX)}
    data = None
    activities = []
    for n in range(1, count + 1):
        title = f"{ACTIVITY_PREFIX} {n:02d}"
        if title not in found:
            data = data or package_data()[0]
            found[title] = h5p_services.activity_create(data=data, title=title, pass_mark=PASS_MARK)
        activities.append(found[title])
    return activities


def lesson_ensure(slug: str, title: str, activities: list, *, text: str):
    """A published lesson at the end of orientation's first module: `text`, then one H5P block
    per activity, "activity passed" rule. Publishing records the H5PActivityUse rows."""
    from courses.models import CompletionRule, CoursePage, H5PActivityUse, LessonPage, ModulePage

    orientation = CoursePage.objects.get(slug=ORIENTATION_SLUG, locale__language_code="en")
    module = ModulePage.objects.child_of(orientation).order_by("path").first()
    lesson = LessonPage.objects.child_of(module).filter(slug=slug).first()
    wanted = {a.pk for a in activities}
    if lesson is not None:
        used = set(
            H5PActivityUse.objects.filter(lesson=lesson).values_list("activity_id", flat=True)
        )
        if used == wanted:
            return lesson
        lesson.delete()
    body = [{"type": "text", "id": str(uuid.uuid4()), "value": text}] + [
        {"type": "h5p", "id": str(uuid.uuid4()), "value": {"activity": a.pk, "heading": ""}}
        for a in activities
    ]
    lesson = LessonPage(
        title=title, slug=slug, completion_rule=CompletionRule.H5P, body=json.dumps(body)
    )
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    if set(H5PActivityUse.objects.filter(lesson=lesson).values_list("activity_id", flat=True)) != (
        wanted
    ):
        fail(f"publishing {slug} did not record its activities")
    return LessonPage.objects.get(pk=lesson.pk)


def learner_ensure(username: str, lesson):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from cms.roles import Role, group_name
    from courses import services
    from courses.models import Enrolment

    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(
            username=username, password=PASSWORD, display_name=username, preferred_language="en"
        )
        user.groups.add(Group.objects.get(name=group_name(Role.LEARNER)))
    course = lesson.get_course()
    if not Enrolment.objects.filter(user=user, course=course).exists():
        services.enrolment_create(user=user, course=course)
    services.lesson_start(user=user, lesson=lesson)
    return user


def _answered(actor: dict, iri: str, n: int, scaled: float, when: datetime) -> dict:
    # The agent the player sends (`learner_agent`): the store validates statements as sent.
    return {
        "id": str(uuid.uuid4()),
        "actor": actor,
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
        "object": {"id": iri, "objectType": "Activity"},
        "result": {"score": {"min": 0, "max": 4, "raw": scaled * 4, "scaled": scaled}},
        "timestamp": (when + timedelta(seconds=n)).isoformat(),
    }


def history_ensure(learner, activities: list, attempts: int) -> str:
    """`attempts` answers spread evenly over `activities`, stored through the record store in
    batches of 50. Scores in the measured lesson's activity (the first) cycle through 0, 25
    and 50%, below the pass mark; in the others through 0 to 100%."""
    from django.db import connection, transaction

    from courses.h5p.selectors import learner_agent
    from courses.models import H5PActivityResult, H5PAttempt, XAPIStatement
    from courses.xapi.auth import XAPIClient
    from courses.xapi.services import statements_store

    have = H5PAttempt.objects.filter(user=learner).count()
    if have == attempts:
        return "(reused)"
    with transaction.atomic(), connection.cursor() as cursor:
        for model in (XAPIStatement, H5PAttempt, H5PActivityResult):
            cursor.execute(f"DELETE FROM {model._meta.db_table} WHERE user_id = %s", [learner.pk])
    client = XAPIClient(user=learner)
    actor = learner_agent(learner)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    statements = []
    for n in range(attempts):
        index = n % len(activities)
        scaled = (n // len(activities) % 3) / 4 if index == 0 else (n % 5) / 4
        statements.append(_answered(actor, activities[index].iri, n, scaled, start))
        if len(statements) == BATCH:
            statements_store(client=client, statements=statements)
            statements = []
    if statements:
        statements_store(client=client, statements=statements)
    stored = H5PAttempt.objects.filter(user=learner).count()
    if stored != attempts:
        fail(f"the record store made {stored} attempts of {attempts}")
    return "(stored now)"


# --- In process ----------------------------------------------------------------------------------


def measured_urls(seeded: dict) -> list[dict]:
    lesson, about = seeded["lesson"], seeded["about"]
    return [
        {"name": "plain page", "user": NONE_USERNAME, "url": about.url, "marker": "<h1>About"},
        {"name": "lesson, none", "user": NONE_USERNAME, "url": lesson.url, "marker": "h5p-config"},
        {"name": "lesson, many", "user": MANY_USERNAME, "url": lesson.url, "marker": "best score"},
        {"name": "my learning, none", "user": NONE_USERNAME, "url": "/learn/", "marker": "<h1>My"},
        {
            "name": "my learning, many",
            "user": MANY_USERNAME,
            "url": "/learn/",
            "marker": "Your activities",
        },
    ]


def clients() -> dict:
    from django.test import Client

    signed_in = {}
    for username in (NONE_USERNAME, MANY_USERNAME):
        client = Client(HTTP_HOST="127.0.0.1")
        if not client.login(username=username, password=PASSWORD):
            fail(f"could not sign in as {username}")
        signed_in[username] = client
    return signed_in


def in_process(urls: list[dict], requests: int) -> None:
    """Queries per request (warm) and the median time of `requests` requests per URL, the URLs
    taken in turn so that a slower moment of the machine falls on all of them alike."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    by_user = clients()
    for item in urls:
        client = by_user[item["user"]]
        client.get(item["url"])
        with CaptureQueriesContext(connection) as queries:
            response = client.get(item["url"])
        body = response.content.decode()
        if response.status_code != 200 or item["marker"] not in body:
            fail(f"{item['name']} {item['url']}: {response.status_code}, or no {item['marker']!r}")
        item["queries"] = len(queries.captured_queries)
        item["times_ms"] = []
    for _ in range(requests):
        for item in urls:
            client = by_user[item["user"]]
            started = time.perf_counter()
            client.get(item["url"])
            item["times_ms"].append((time.perf_counter() - started) * 1000)
    for item in urls:
        item["in_process_ms"] = round(statistics.median(item["times_ms"]), 2)
        say(f"  {item['name']:<18} {item['in_process_ms']:7.2f} ms  {item['queries']:3d} queries")


def profile(urls: list[dict], requests: int) -> None:
    import cProfile
    import pstats

    by_user = clients()
    for item in urls:
        if item["name"] not in ("plain page", "lesson, none"):
            continue
        client = by_user[item["user"]]
        client.get(item["url"])
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(requests):
            client.get(item["url"])
        profiler.disable()
        say(f"\n=== profile: {item['name']} {item['url']} ({requests} requests)")
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(20)


# --- Served --------------------------------------------------------------------------------------


def session_cookies() -> dict[str, str]:
    return {name: client.cookies["sessionid"].value for name, client in clients().items()}


def check_served(port: int, urls: list[dict], cookies: dict[str, str]) -> None:
    for item in urls:
        status, body = http_get(port, item["url"], cookies[item["user"]])
        if status != 200 or item["marker"] not in body or "Sign out" not in body:
            raise RuntimeError(f"{item['name']} {item['url']} answered {status} without its page")


def measure(args, port: int, urls: list[dict], cookies: dict[str, str], server_pid: int) -> None:
    for item in urls:
        run_wrk(args, port, item["url"], cookies[item["user"]], args.warmup)
        item["runs"] = []
    for round_number in range(1, args.rounds + 1):
        for item in urls:
            cpu_before = server_cpu_seconds(server_pid)
            result, output = run_wrk(args, port, item["url"], cookies[item["user"]], args.duration)
            cpu = server_cpu_seconds(server_pid) - cpu_before
            # A timeout on a busy machine is reported (socket_errors), a wrong answer fails.
            if result["non_2xx_3xx"]:
                raise RuntimeError(f"{item['url']}: errors; see {VAR / 'gunicorn.log'}\n{output}")
            result["server_cpu_ms"] = round(1000 * cpu / max(result["requests"], 1), 2)
            result["load_average_1m"] = round(os.getloadavg()[0], 2)
            item["runs"].append(result)
            say(
                f"  round {round_number}: {item['name']:<18} {result['rps']:8.1f} req/s  "
                f"p50 {result['p50_ms']:7.2f} ms  p99 {result['p99_ms']:7.2f} ms  "
                f"CPU {result['server_cpu_ms']:6.2f} ms/req  (load {result['load_average_1m']:.2f})"
            )
    for item in urls:
        runs = sorted(item["runs"], key=lambda r: r["rps"])
        item["result"] = runs[(len(runs) - 1) // 2]
        item["rps_all"] = [r["rps"] for r in item["runs"]]
        item["cpu_ms_median"] = statistics.median(r["server_cpu_ms"] for r in item["runs"])


# --- Report --------------------------------------------------------------------------------------


def ratios(urls: list[dict], served: bool) -> dict:
    by = {item["name"]: item for item in urls}
    found = {
        "lesson_many_to_none_in_process": by["lesson, many"]["in_process_ms"]
        / by["lesson, none"]["in_process_ms"],
        "my_learning_many_to_none_in_process": by["my learning, many"]["in_process_ms"]
        / by["my learning, none"]["in_process_ms"],
        "lesson_to_plain_throughput_in_process": by["plain page"]["in_process_ms"]
        / by["lesson, none"]["in_process_ms"],
    }
    if served:
        # Time per request is the inverse of requests/s: many / none, as above.
        found["lesson_many_to_none_served"] = (
            by["lesson, none"]["result"]["rps"] / by["lesson, many"]["result"]["rps"]
        )
        found["my_learning_many_to_none_served"] = (
            by["my learning, none"]["result"]["rps"] / by["my learning, many"]["result"]["rps"]
        )
        found["lesson_to_plain_throughput_served"] = (
            by["lesson, none"]["result"]["rps"] / by["plain page"]["result"]["rps"]
        )
        found["lesson_to_plain_throughput_per_round"] = [
            lesson / plain
            for lesson, plain in zip(
                by["lesson, none"]["rps_all"], by["plain page"]["rps_all"], strict=True
            )
        ]
        found["lesson_to_plain_from_server_cpu"] = (
            by["plain page"]["cpu_ms_median"] / by["lesson, none"]["cpu_ms_median"]
        )
    return found


def report(args, urls: list[dict], served: bool, port: int | None) -> dict:
    import django
    import wagtail
    from django.db import connection

    found = ratios(urls, served)
    say("")
    header = f"{'page':<18} {'in process ms':>13} {'queries':>7}"
    if served:
        header += f" {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms/req':>10}"
    say(header)
    for item in urls:
        line = f"{item['name']:<18} {item['in_process_ms']:13.2f} {item['queries']:7d}"
        if served:
            r = item["result"]
            line += (
                f" {r['rps']:8.1f} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f} "
                f"{item['cpu_ms_median']:10.2f}"
            )
        say(line)
    checks = []
    for key in ("lesson_many_to_none", "my_learning_many_to_none"):
        for where in ("in_process", "served"):
            if f"{key}_{where}" in found:
                value = found[f"{key}_{where}"]
                checks.append(
                    (f"{key} ({where})", value, value <= HISTORY_RATIO, "<=", HISTORY_RATIO)
                )
    for where in ("in_process", "served"):
        key = f"lesson_to_plain_throughput_{where}"
        if key in found:
            value = found[key]
            checks.append(
                (
                    f"lesson / plain throughput ({where})",
                    value,
                    value >= PLAIN_RATIO,
                    ">=",
                    PLAIN_RATIO,
                )
            )
    say("")
    for name, value, met, sign, target in checks:
        say(f"{name:<45} {value:5.2f}  (target {sign} {target}): {'MET' if met else 'NOT MET'}")
    if served:
        say(
            "  lesson / plain per round: "
            + ", ".join(f"{r:.2f}" for r in found["lesson_to_plain_throughput_per_round"])
            + f"; from server CPU per request: {found['lesson_to_plain_from_server_cpu']:.2f}"
        )
    data = {
        "benchmark": "h5p_cost",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "commit": os.popen(f"git -C {ROOT} rev-parse --short HEAD").read().strip(),
        "options": {k: v for k, v in vars(args).items() if k != "database_url"},
        "port": port,
        "database": connection.vendor,
        "versions": {"django": django.get_version(), "wagtail": wagtail.__version__},
        "machine": machine(),
        "urls": [
            {
                k: item.get(k)
                for k in (
                    "name",
                    "user",
                    "url",
                    "queries",
                    "in_process_ms",
                    "result",
                    "runs",
                    "cpu_ms_median",
                )
            }
            for item in urls
        ],
        "ratios": {
            k: (round(v, 3) if isinstance(v, float) else [round(x, 3) for x in v])
            for k, v in found.items()
        },
        "targets_met": all(met for _n, _v, met, _s, _t in checks),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"h5p_cost-{connection.vendor}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    path.write_text(json.dumps(data, indent=2) + "\n")
    say(f"results written to {path.relative_to(ROOT)}")
    return data


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.no_wrk and shutil.which("wrk") is None:
        fail("wrk is not installed. Install it with: apt-get install -y wrk (or use --no-wrk)", 2)
    env = environment(args)
    say(f"seeding {env['DATABASE_URL']} ...")
    setup_django(env, fresh=args.fresh)
    seeded = seed(args)
    urls = measured_urls(seeded)
    say(f"in process, {args.requests} requests per URL:")
    in_process(urls, args.requests)
    if args.profile:
        profile(urls, args.profile)
    port = None
    if not args.no_wrk:
        cookies = session_cookies()
        from django.db import connections

        connections.close_all()  # gunicorn gets the database to itself
        port = free_port(args.port)
        say(f"starting gunicorn ({args.workers} workers) on 127.0.0.1:{port} ...")
        process = gunicorn_start(env, port, args.workers)
        try:
            check_served(port, urls, cookies)
            say(f"measuring {len(urls)} URLs, {args.duration} each, {args.rounds} rounds")
            measure(args, port, urls, cookies, process.pid)
            check_served(port, urls, cookies)
        except RuntimeError as error:
            fail(str(error))
        finally:
            gunicorn_stop(process)
    data = report(args, urls, served=not args.no_wrk, port=port)
    return 1 if args.strict and not data["targets_met"] else 0


if __name__ == "__main__":
    sys.exit(main())
