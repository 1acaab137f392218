"""Benchmark: statements per second that the xAPI record store takes by POST, as the H5P player
sends them (signed in by session, with Django's CSRF token).

    .venv/bin/python bench/xapi_statements.py [--duration 15s] [--connections 8] [--rounds 3]
        [--batch 50] [--workers 2] [--database-url postgres://user@host:5432/db]

Seeds its own database (SQLite, bench/var/xapi.sqlite3, or the PostgreSQL database given with
--database-url, which must exist: `createdb -h 127.0.0.1 -U postgres lms_bench`): the demo
curricula, an H5P TrueFalse activity (the shared fixture tunapanda-h5p-test.h5p, or a tiny
package built in memory) placed in the first orientation lesson with the "activity passed" rule,
and one learner, `bench-xapi`, enrolled in orientation. Each run first deletes that learner's
statements and attempts, so every run starts from the same table sizes.

Before measuring, in process (Django test Client, CSRF enforced), the learner opens the lesson
and POSTs; each POST must answer 200 and add what it sent, and the SQL queries of one single
POST and of one batch are counted. Then it serves the site with gunicorn (`--workers` sync
workers, cms.settings.dev, DEBUG=0, a random SECRET_KEY) on 127.0.0.1, checks one POST of each
kind over HTTP, and runs `wrk` with a Lua script (written to bench/var/) that POSTs the same
body again and again:

- single: one "answered" statement (score 1/1, success) per POST, without an id, so every
  POST stores a new statement and a new H5P attempt;
- batch: a JSON list of `--batch` (50) such statements per POST.

The Lua script counts answers other than 200; any such answer, socket error, or a statement
count that does not match the requests wrk saw fails the run. Each kind runs `--rounds` (3)
times after a warm-up; the round with the median throughput is reported.

Prints, for single and batch on the chosen database: statements/s and requests/s, p50/p99
latency, gunicorn's CPU ms per POST (and PostgreSQL's, on PostgreSQL), how busy the CPUs were,
queries per POST, the CPU limit (statements/s the CPUs allow at that cost if nothing waited),
and whether the targets hold: >= 300 statements/s single, >= 3,000 statements/s in batches of
50. Writes the lot as JSON to bench/results/. Needs `wrk` (`apt-get install -y wrk`). See
bench/README.md and docs/performance.md.

Other options: --threads (wrk, 2), --warmup (3s), --port (8766), --fresh (new SQLite file),
--profile N (cProfile N in-process POSTs of each kind and print the top calls), --strict (exit
1 when a target is missed).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import http.client
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from course_pages import (  # noqa: E402 (the sibling module, found through sys.path)
    RESULTS,
    ROOT,
    VAR,
    bench_environment,
    fail,
    free_port,
    gunicorn_start,
    gunicorn_stop,
    machine,
    parse_wrk,
    say,
    server_cpu_seconds,
)

SQLITE_PATH = VAR / "xapi.sqlite3"
TARGET_SINGLE = 300  # statements/s, one statement per POST
TARGET_BATCH = 3000  # statements/s, --batch statements per POST
LEARNER_USERNAME = "bench-xapi"
LEARNER_PASSWORD = "bench-xapi-pass-word-2026"
ORIENTATION_SLUG = "learning-safely-here"
ACTIVITY_TITLE = "Bench TrueFalse"
FIXTURE = "tunapanda-h5p-test.h5p"
STATEMENTS_PATH = "/xapi/statements"
XAPI_VERSION = "1.0.3"
CPUS = os.cpu_count() or 1


# --- Command line --------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", default="15s", help="wrk duration per run (15s)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (8)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--batch", type=int, default=50, help="statements per batch POST (50)")
    parser.add_argument("--port", type=int, default=8766, help="port, or a free one if taken")
    parser.add_argument(
        "--rounds", type=int, default=3, help="runs of each kind; the median is reported (3)"
    )
    parser.add_argument("--warmup", default="3s", help="wrk warm-up per kind (3s)")
    parser.add_argument(
        "--database-url",
        default=None,
        help="use this database (e.g. postgres://...) instead of bench/var/xapi.sqlite3",
    )
    parser.add_argument(
        "--fresh", action="store_true", help="start from an empty SQLite file (slower)"
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="also cProfile N in-process POSTs of each kind and print the top calls",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is not met")
    args = parser.parse_args(argv)
    if args.threads > args.connections:
        parser.error("--threads must not exceed --connections (wrk needs a connection each)")
    if not 2 <= args.batch <= 500:
        parser.error("--batch must be between 2 and 500")
    return args


def database_environment(
    args: argparse.Namespace, *, sqlite_path: Path, cache_name: str
) -> dict[str, str]:
    """course_pages' environment (dev settings, DEBUG=0, random SECRET_KEY, a file cache
    shared by the workers), with a bench's own SQLite file (`sqlite_path`) unless
    --database-url says otherwise. Also used by bench/h5p_cost.py."""
    env = bench_environment(args)
    if args.database_url is None:
        env["DATABASE_URL"] = f"sqlite:///{sqlite_path}"
    if not os.environ.get("CACHE_URL"):
        # A cache of its own per database: cached answers name users by id, and the ids of
        # two databases overlap.
        tag = hashlib.sha1(env["DATABASE_URL"].encode()).hexdigest()[:8]
        env["CACHE_URL"] = f"file://{VAR / f'cache-{cache_name}-{tag}'}"
    return env


def environment(args: argparse.Namespace) -> dict[str, str]:
    return database_environment(args, sqlite_path=SQLITE_PATH, cache_name="xapi")


def django_start(env: dict[str, str], *, sqlite_path: Path, fresh: bool) -> None:
    """Set Django up on `env`'s database (`fresh`: a new SQLite file), with an empty file
    cache (entries of an earlier run may name rows as they were then). Also used by
    bench/h5p_cost.py."""
    if fresh and env["DATABASE_URL"].startswith("sqlite"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{sqlite_path}{suffix}").unlink(missing_ok=True)
    if env["CACHE_URL"].startswith("file://"):
        shutil.rmtree(env["CACHE_URL"].removeprefix("file://"), ignore_errors=True)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    try:
        connection.ensure_connection()
    except Exception as error:  # any driver's "no such database"
        fail(
            f"cannot connect to {env['DATABASE_URL']}: {error}\n"
            "Create it first, e.g.: createdb -h 127.0.0.1 -U postgres lms_bench"
        )


def setup_django(env: dict[str, str], *, fresh: bool) -> None:
    django_start(env, sqlite_path=SQLITE_PATH, fresh=fresh)


# --- Seeding -------------------------------------------------------------------------------------


def seed() -> dict:
    """Migrate, seed the demo, and make the activity, its lesson and the learner. Idempotent."""
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("seed_demo", stdout=io.StringIO())
    say(f"  migrate + seed_demo in {time.monotonic() - started:.1f}s")
    activity, lesson, source = activity_ensure()
    learner = learner_ensure()
    say(f"  activity {activity.iri} ({source}) in lesson {lesson.url}")
    return {"activity": activity, "lesson": lesson, "learner": learner, "package": source}


def package_data() -> tuple[bytes, str]:
    """The TrueFalse fixture from the shared fixtures (LMS_FIXTURES_DIR, else
    ../shared/fixtures), or a tiny valid package built in memory when it is not there."""
    fixtures = Path(os.environ.get("LMS_FIXTURES_DIR") or ROOT.parent / "shared" / "fixtures")
    path = fixtures / "h5p" / FIXTURE
    if path.is_file():
        return path.read_bytes(), FIXTURE
    library = {
        "title": "Bench",
        "machineName": "H5P.BenchTrueFalse",
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 0,
        "runnable": 1,
        "preloadedJs": [{"path": "bench.js"}],
    }
    manifest = {
        "title": ACTIVITY_TITLE,
        "language": "und",
        "mainLibrary": "H5P.BenchTrueFalse",
        "embedTypes": ["div"],
        "license": "U",
        "preloadedDependencies": [
            {"machineName": "H5P.BenchTrueFalse", "majorVersion": "1", "minorVersion": "0"}
        ],
    }
    files = {
        "h5p.json": json.dumps(manifest),
        "content/content.json": json.dumps({"question": "The sky is blue."}),
        "H5P.BenchTrueFalse/library.json": json.dumps(library),
        "H5P.BenchTrueFalse/bench.js": "H5P.BenchTrueFalse = function () {};",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in files.items():
            archive.writestr(name, body)
    return buffer.getvalue(), "a package built in memory"


def activity_ensure():
    """The activity, in the first lesson of orientation, which is published with the
    "activity passed" rule: publishing records the H5PActivityUse row the record store needs."""
    from courses.h5p import services as h5p_services
    from courses.models import CompletionRule, CoursePage, H5PActivity, H5PActivityUse, LessonPage

    activity = H5PActivity.objects.filter(title=ACTIVITY_TITLE).first()
    if activity is None:
        data, source = package_data()
        activity = h5p_services.activity_create(data=data, title=ACTIVITY_TITLE)
        say(f"  made the activity from {source}")
    orientation = CoursePage.objects.get(slug=ORIENTATION_SLUG, locale__language_code="en")
    lesson = LessonPage.objects.descendant_of(orientation).live().order_by("path").first()
    if not H5PActivityUse.objects.filter(lesson=lesson, activity=activity).exists():
        lesson.completion_rule = CompletionRule.H5P
        if not h5p_services.lesson_activity_append(lesson=lesson, activity=activity):
            fail(f"lesson {lesson.url} has a draft, so the activity was not published")
    if not H5PActivityUse.objects.filter(lesson=lesson, activity=activity).exists():
        fail(f"publishing {lesson.url} recorded no H5PActivityUse for the activity")
    return activity, LessonPage.objects.get(pk=lesson.pk), activity.package.main_library


def learner_ensure():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from cms.roles import Role, group_name
    from courses import services
    from courses.models import CoursePage, Enrolment

    User = get_user_model()
    user = User.objects.filter(username=LEARNER_USERNAME).first()
    if user is None:
        user = User.objects.create_user(
            username=LEARNER_USERNAME,
            password=LEARNER_PASSWORD,
            display_name="xAPI bench learner",
            preferred_language="en",
        )
        user.groups.add(Group.objects.get(name=group_name(Role.LEARNER)))
    orientation = CoursePage.objects.get(slug=ORIENTATION_SLUG, locale__language_code="en")
    if not Enrolment.objects.filter(user=user, course=orientation).exists():
        services.enrolment_create(user=user, course=orientation)
    return user


def records_reset(learner) -> int:
    """Delete the learner's statements and attempts (plain SQL: Django's delete() would load
    hundreds of thousands of rows to cascade). Returns the statements left in the table."""
    from django.db import connection, transaction

    from courses.models import H5PActivityResult, H5PAttempt, XAPIAttachment, XAPIStatement

    statements = XAPIStatement._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {XAPIAttachment._meta.db_table} WHERE statement_id IN "
            f"(SELECT id FROM {statements} WHERE user_id = %s)",
            [learner.pk],
        )
        cursor.execute(f"DELETE FROM {statements} WHERE user_id = %s", [learner.pk])
        cursor.execute(
            f"DELETE FROM {H5PAttempt._meta.db_table} WHERE user_id = %s",
            [learner.pk],
        )
        # The learner's results are kept from their attempts: they go with them.
        cursor.execute(
            f"DELETE FROM {H5PActivityResult._meta.db_table} WHERE user_id = %s",
            [learner.pk],
        )
    return XAPIStatement.objects.count()


def statement_counts(learner, *, close: bool = True) -> tuple[int, int]:
    """The learner's stored statements and H5P attempts. With `close`, the connection is
    closed afterwards, so that none (and no SQLite read snapshot) is held while serving."""
    from django.db import connections

    from courses.models import H5PAttempt, XAPIStatement

    counts = (
        XAPIStatement.objects.filter(user=learner).count(),
        H5PAttempt.objects.filter(user=learner).count(),
    )
    if close:
        connections.close_all()
    return counts


# --- The statements ------------------------------------------------------------------------------


def answered_statement(iri: str, actor: dict) -> dict:
    """What h5p-standalone's TrueFalse sends when the learner answers right: no id, no
    timestamp, and the learner's agent as actor (the lesson's player sets it)."""
    return {
        "actor": actor,
        "verb": {
            "id": "http://adlnet.gov/expapi/verbs/answered",
            "display": {"en-US": "answered"},
        },
        "object": {
            "id": iri,
            "objectType": "Activity",
            "definition": {
                "extensions": {"http://h5p.org/x-api/h5p-local-content-id": "bench"},
                "name": {"en-US": "Hello World"},
                "description": {"en-US": "<p>The sky is blue.</p>\n"},
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "interactionType": "true-false",
                "correctResponsesPattern": ["true"],
            },
        },
        "result": {
            "score": {"min": 0, "max": 1, "raw": 1, "scaled": 1},
            "success": True,
            "completion": True,
            "duration": "PT3.2S",
            "response": "true",
        },
        "context": {
            "contextActivities": {
                "category": [
                    {"id": "http://h5p.org/libraries/H5P.TrueFalse-1.6", "objectType": "Activity"}
                ]
            }
        },
    }


def bodies(iri: str, actor: dict, batch: int) -> dict[str, bytes]:
    one = answered_statement(iri, actor)
    return {
        "single": json.dumps(one, separators=(",", ":")).encode(),
        "batch": json.dumps([one] * batch, separators=(",", ":")).encode(),
    }


def new_csrf_token() -> str:
    """A CSRF secret as Django's middleware makes one; sent as the cookie and the header."""
    from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
    from django.utils.crypto import get_random_string

    return get_random_string(CSRF_SECRET_LENGTH, allowed_chars=CSRF_ALLOWED_CHARS)


def sign_in() -> str:
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    if not client.login(username=LEARNER_USERNAME, password=LEARNER_PASSWORD):
        fail(f"could not sign in as {LEARNER_USERNAME}")
    return client.cookies["sessionid"].value


# --- In process: the POST works, and what it costs -----------------------------------------------


def in_process_client(session: str, csrf: str):
    from django.test import Client

    client = Client(
        HTTP_HOST="127.0.0.1",
        HTTP_ORIGIN="http://127.0.0.1",
        HTTP_X_EXPERIENCE_API_VERSION=XAPI_VERSION,
        HTTP_X_CSRFTOKEN=csrf,
        enforce_csrf_checks=True,
    )
    client.cookies["sessionid"] = session
    client.cookies["csrftoken"] = csrf
    return client


def in_process_post(client, body: bytes, expected: int):
    response = client.post(STATEMENTS_PATH, data=body, content_type="application/json")
    if response.status_code != 200:
        fail(f"in-process POST answered {response.status_code}: {response.content[:500]!r}")
    ids = response.json()
    if len(ids) != expected:
        fail(f"in-process POST answered {len(ids)} ids, expected {expected}")
    return response


def in_process_checks(learner, lesson, session: str, csrf: str, payloads: dict, batch: int) -> dict:
    """Open the lesson, then POST in process (CSRF enforced): the first answer (cold caches;
    on a new database it completes the lesson), then warm single and batch POSTs, each checked
    for 200 and for statement and attempt counts that grow by what was sent. Counts the queries
    of each."""
    from django.db import connection, connections
    from django.test.utils import CaptureQueriesContext

    from courses.models import LessonProgress

    client = in_process_client(session, csrf)
    # The player lives on the lesson page: opening it starts the lesson, and only a started
    # lesson is judged again when an answer passes.
    response = client.get(lesson.url)
    if response.status_code != 200:
        fail(f"the lesson {lesson.url} answered {response.status_code} to the learner")
    found: dict[str, dict] = {}
    for name, body, expected in (
        ("first single", payloads["single"], 1),
        # An answer that completes the lesson moves the learner's cache version, so the next
        # one asks `may_use_activity` again: the player's third statement is warm.
        ("second single", payloads["single"], 1),
        ("single", payloads["single"], 1),
        (f"batch of {batch}", payloads["batch"], batch),
    ):
        before = statement_counts(learner, close=False)
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            in_process_post(client, body, expected)
        elapsed = (time.perf_counter() - started) * 1000
        # Read now: captured_queries slices the connection's log, which the next request resets.
        captured = list(queries.captured_queries)
        after = statement_counts(learner, close=False)
        if after[0] - before[0] != expected:
            fail(f"{name}: {after[0] - before[0]} statements stored, expected {expected}")
        if after[1] - before[1] != expected:
            fail(f"{name}: {after[1] - before[1]} H5P attempts made, expected {expected}")
        kinds = [q["sql"].split()[0].upper() for q in captured]
        found[name] = {
            "queries": len(kinds),
            "sql": [q["sql"][:200] for q in captured],
            "ms_in_process": round(elapsed, 1),
        }
        say(f"  {name:<22} 200, {len(kinds):2d} queries: {' '.join(kinds)}")
    completed = LessonProgress.objects.filter(
        user=learner, lesson=lesson, completed_at__isnull=False
    ).exists()
    connections.close_all()
    if not completed:
        fail("the learner's answers did not complete the lesson (statements_recorded)")
    return found


def profile(session: str, csrf: str, payloads: dict, posts: int) -> None:
    """cProfile `posts` in-process POSTs of each kind; print the top calls."""
    import cProfile
    import pstats

    client = in_process_client(session, csrf)
    for kind in ("single", "batch"):
        expected = 1 if kind == "single" else len(json.loads(payloads["batch"]))
        in_process_post(client, payloads[kind], expected)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        for _ in range(posts):
            in_process_post(client, payloads[kind], expected)
        profiler.disable()
        elapsed = (time.perf_counter() - started) * 1000 / posts
        say(f"\n=== profile: {kind} POST ({elapsed:.2f} ms/POST in process, with cProfile)")
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(15)


# --- Over HTTP -----------------------------------------------------------------------------------


def headers(port: int, session: str, csrf: str) -> dict[str, str]:
    """What the H5P player's fetch sends (the browser adds the cookie and Origin)."""
    return {
        "Content-Type": "application/json",
        "X-Experience-API-Version": XAPI_VERSION,
        "X-CSRFToken": csrf,
        "Cookie": f"sessionid={session}; csrftoken={csrf}",
        "Origin": f"http://127.0.0.1:{port}",
    }


def http_post(port: int, body: bytes, request_headers: dict[str, str]) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("POST", STATEMENTS_PATH, body=body, headers=request_headers)
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response.status, content


def check_http(port: int, learner, request_headers: dict, payloads: dict, batch: int) -> None:
    for kind, expected in (("single", 1), ("batch", batch)):
        before = statement_counts(learner)[0]
        status, content = http_post(port, payloads[kind], request_headers)
        if status != 200:
            raise RuntimeError(f"{kind} POST over HTTP answered {status}: {content[:500]!r}")
        if len(json.loads(content)) != expected:
            raise RuntimeError(f"{kind} POST over HTTP answered {content[:200]!r}")
        grown = statement_counts(learner)[0] - before
        if grown != expected:
            raise RuntimeError(f"{kind} POST over HTTP stored {grown}, expected {expected}")


LUA = """-- Written by bench/xapi_statements.py: POSTs the same xAPI body again and again and
-- counts the answers other than 200.
wrk.method = "POST"
wrk.path = "{path}"
wrk.body = [==[{body}]==]
{headers}
local threads = {{}}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non_200 = 0
  first_bad = ""
end

function response(status, headers, body)
  if status ~= 200 then
    non_200 = non_200 + 1
    if first_bad == "" then
      first_bad = status .. " " .. string.sub(body or "", 1, 300)
    end
  end
end

function done(summary, latency, requests)
  local bad = 0
  local sample = ""
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non_200")
    if sample == "" then sample = thread:get("first_bad") end
  end
  io.write(string.format("bench non-200 answers: %d\\n", bad))
  if sample ~= "" then io.write("bench first non-200 answer: " .. sample .. "\\n") end
end
"""


def lua_script(kind: str, body: bytes, request_headers: dict[str, str]) -> Path:
    text = body.decode()
    if "]==]" in text:
        raise ValueError("the body cannot be quoted as a Lua long string")
    lines = "\n".join(
        f'wrk.headers["{name}"] = "{value}"' for name, value in request_headers.items()
    )
    path = VAR / f"xapi_{kind}.lua"
    path.write_text(LUA.format(path=STATEMENTS_PATH, body=text, headers=lines))
    return path


def run_wrk(args, port: int, script: Path, duration: str) -> tuple[dict, str]:
    command = [
        "wrk",
        "--latency",
        "-t",
        str(args.threads),
        "-c",
        str(args.connections),
        "-d",
        duration,
        "--timeout",
        "10s",
        "-s",
        str(script),
        f"http://127.0.0.1:{port}{STATEMENTS_PATH}",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = parse_wrk(output)
    result["wrk_cpu_s"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    bad = next(
        (int(line.rsplit(":", 1)[1]) for line in output.splitlines() if "non-200" in line), None
    )
    if bad is None:
        raise RuntimeError(f"the wrk script did not report its non-200 count:\n{output}")
    result["non_200"] = bad
    return result, output


def postgres_cpu_seconds(database: str) -> float:
    """CPU time used so far by the local PostgreSQL server for `database`, read from /proc:
    its background processes, the client backends of that database (their process titles name
    it), and backends that have exited (counted in the postmaster's children time)."""
    ticks = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            if (entry / "comm").read_text().strip() not in ("postgres", "postmaster"):
                continue
            title = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
            client = "(" in title or "[local]" in title
            if client and database not in title.split():
                continue  # a client of another database
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            ticks += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def machine_busy() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs since boot, from /proc/stat."""
    # user nice system idle iowait irq softirq steal (guest time is already in user and nice)
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


def settled_count(learner) -> int:
    """The learner's statement count once the server has finished what it was doing: wrk
    stops reading when its time is up, but the requests it had sent are still stored."""
    last = statement_counts(learner)[0]
    for _ in range(50):
        time.sleep(0.2)
        count = statement_counts(learner)[0]
        if count == last:
            return count
        last = count
    raise RuntimeError("the statement count did not settle within 10 s after wrk stopped")


def measure(args, port: int, server_pid: int, learner, scripts: dict, postgres: str | None) -> dict:
    per_post = {"single": 1, "batch": args.batch}
    runs: dict[str, list[dict]] = {kind: [] for kind in scripts}
    for kind, script in scripts.items():
        result, output = run_wrk(args, port, script, args.warmup)
        if result["non_200"] or result["socket_errors"]:
            raise RuntimeError(f"warm-up of {kind} saw errors:\n{output}")
    for round_number in range(1, args.rounds + 1):
        for kind, script in scripts.items():
            stored_before = settled_count(learner)
            cpu_before = server_cpu_seconds(server_pid)
            db_before = postgres_cpu_seconds(postgres) if postgres else 0.0
            busy_before = machine_busy()
            result, output = run_wrk(args, port, script, args.duration)
            busy_after = machine_busy()
            cpu = server_cpu_seconds(server_pid) - cpu_before
            db_cpu = postgres_cpu_seconds(postgres) - db_before if postgres else None
            stored = settled_count(learner) - stored_before
            if result["non_200"] or result["non_2xx_3xx"] or result["socket_errors"]:
                raise RuntimeError(
                    f"{kind}: {result['non_200']} answers were not 200 "
                    f"({result['socket_errors']} socket errors); see {VAR / 'gunicorn.log'}\n"
                    f"{output}"
                )
            # wrk counts the answers it read; up to one request per connection is cut off at
            # the end (sent and stored, but its answer not read).
            low = result["requests"] * per_post[kind]
            high = (result["requests"] + args.connections) * per_post[kind]
            if not low <= stored <= high:
                raise RuntimeError(
                    f"{kind}: wrk saw {result['requests']} answers ({low} statements), but "
                    f"{stored} statements were stored"
                )
            requests = max(result["requests"], 1)
            result["statements_per_s"] = round(result["rps"] * per_post[kind], 1)
            result["statements_stored"] = stored
            result["server_cpu_ms"] = round(1000 * cpu / requests, 3)
            result["wrk_cpu_ms"] = round(1000 * result["wrk_cpu_s"] / requests, 3)
            if db_cpu is not None:
                result["postgres_cpu_ms"] = round(1000 * db_cpu / requests, 3)
            ours_ms = (
                result["server_cpu_ms"]
                + result["wrk_cpu_ms"]
                + (result.get("postgres_cpu_ms") or 0)
            )
            # What the CPUs allow if gunicorn, wrk (and PostgreSQL) had them to themselves and
            # never waited: other programs and lock waits lower the wall-clock rate, not this.
            result["cpu_bound_statements_per_s"] = round(per_post[kind] * 1000 * CPUS / ours_ms, 1)
            total = busy_after[1] - busy_before[1]
            hz = os.sysconf("SC_CLK_TCK")
            ours = (cpu + result["wrk_cpu_s"] + (db_cpu or 0)) * hz
            result["machine_cpu_busy"] = round((busy_after[0] - busy_before[0]) / total, 3)
            result["others_cpu_share"] = round(
                max(busy_after[0] - busy_before[0] - ours, 0) / total, 3
            )
            result["load_average_1m"] = round(os.getloadavg()[0], 2)
            runs[kind].append(result)
            db = f" postgres {result['postgres_cpu_ms']:5.2f}" if db_cpu is not None else ""
            say(
                f"  round {round_number}: {kind:<6} {result['statements_per_s']:7.1f} stmt/s "
                f"{result['rps']:6.1f} req/s  p50 {result['p50_ms']:6.1f} ms  "
                f"p99 {result['p99_ms']:6.1f} ms  CPU ms/req: gunicorn "
                f"{result['server_cpu_ms']:5.2f} wrk {result['wrk_cpu_ms']:4.2f}{db}  "
                f"CPUs busy {100 * result['machine_cpu_busy']:3.0f}% "
                f"(others {100 * result['others_cpu_share']:2.0f}%)"
            )
    summary = {}
    for kind, results in runs.items():
        ordered = sorted(results, key=lambda r: r["rps"])
        summary[kind] = {
            "statements_per_post": per_post[kind],
            "result": ordered[(len(ordered) - 1) // 2],
            "runs": results,
            "statements_per_s_all": [r["statements_per_s"] for r in results],
            "server_cpu_ms_median": statistics.median(r["server_cpu_ms"] for r in results),
            "wrk_cpu_ms_median": statistics.median(r["wrk_cpu_ms"] for r in results),
            "cpu_bound_statements_per_s_median": statistics.median(
                r["cpu_bound_statements_per_s"] for r in results
            ),
        }
        if postgres:
            summary[kind]["postgres_cpu_ms_median"] = statistics.median(
                r["postgres_cpu_ms"] for r in results
            )
    return summary


def code_version() -> dict:
    """The commit measured, and the files changed since with the SHA-1 of their content
    (read-only git: no index refresh)."""
    version = {"commit": None, "changed": []}
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        git = ["git", "--no-optional-locks", "-C", str(ROOT)]
        version["commit"] = subprocess.run(
            [*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True
        ).stdout.strip()
        status = subprocess.run(
            [*git, "status", "--porcelain", "--", "courses", "cms"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for line in status.splitlines():
            path = ROOT / line[3:]
            digest = hashlib.sha1(path.read_bytes()).hexdigest()[:12] if path.is_file() else ""
            version["changed"].append(f"{line[3:]} {digest}".strip())
    return version


# --- Report --------------------------------------------------------------------------------------


def report(args, summary: dict, queries: dict, seeded: dict, port: int, table_rows: int) -> dict:
    import django
    import wagtail
    from django.db import connection

    targets = {"single": TARGET_SINGLE, "batch": TARGET_BATCH}
    query_of = {"single": queries["single"]["queries"]}
    query_of["batch"] = queries[f"batch of {args.batch}"]["queries"]
    postgres = connection.vendor == "postgresql"
    say("")
    say(f"database: {connection.vendor}; {args.workers} gunicorn workers, {os.cpu_count()} CPUs")
    db_head = f" {'PG ms':>6}" if postgres else ""
    say(
        f"{'kind':<6} {'stmt/POST':>9} {'stmt/s':>7} {'req/s':>6} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'CPU ms':>6}{db_head} {'queries':>7} {'target':>6}  met      "
        f"{'CPU limit':>9}"
    )
    met_all = True
    for kind, item in summary.items():
        r = item["result"]
        met = r["statements_per_s"] >= targets[kind]
        met_all &= met
        item["target_statements_per_s"] = targets[kind]
        item["target_met"] = met
        item["queries"] = query_of[kind]
        db = f" {item['postgres_cpu_ms_median']:6.2f}" if postgres else ""
        say(
            f"{kind:<6} {item['statements_per_post']:>9} {r['statements_per_s']:7.0f} "
            f"{r['rps']:6.1f} {r['p50_ms']:7.1f} {r['p99_ms']:7.1f} "
            f"{item['server_cpu_ms_median']:6.2f}{db} {query_of[kind]:7d} "
            f"{targets[kind]:6d}  {'MET    ' if met else 'NOT MET'}  "
            f"{item['cpu_bound_statements_per_s_median']:9.0f}"
        )
        say(
            "       statements/s per round: "
            + ", ".join(f"{v:.0f}" for v in item["statements_per_s_all"])
        )
    say(
        "CPU ms = gunicorn's CPU per POST (master and workers)"
        + ("; PG ms = PostgreSQL's" if postgres else "")
        + f". CPU limit = statements/s that {CPUS} CPUs allow at gunicorn + wrk"
        + (" + PostgreSQL" if postgres else "")
        + " CPU per POST, if nothing ever waited."
    )
    least_busy = min(r["machine_cpu_busy"] for item in summary.values() for r in item["runs"])
    if least_busy < 0.85:
        waiting = "SQLite's write lock" if connection.vendor == "sqlite" else "locks or I/O"
        say(
            f"note: the CPUs were only {100 * least_busy:.0f}% busy in a run: the workers spent "
            f"time waiting ({waiting}), not computing."
        )
    others = max(r["others_cpu_share"] for item in summary.values() for r in item["runs"])
    if others > 0.05:
        say(
            f"note: other programs used up to {100 * others:.0f}% of the CPUs during a run; "
            "stmt/s, req/s and latency are lower than on an idle machine."
        )
    data = {
        "benchmark": "xapi_statements",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "options": {
            "duration": args.duration,
            "connections": args.connections,
            "threads": args.threads,
            "workers": args.workers,
            "batch": args.batch,
            "rounds": args.rounds,
            "warmup": args.warmup,
            "port": port,
        },
        "database": connection.vendor,
        "versions": {"django": django.get_version(), "wagtail": wagtail.__version__},
        "machine": machine(),
        "code": code_version(),
        "activity": {"iri": seeded["activity"].iri, "package": seeded["package"]},
        "statements_in_table_at_start": table_rows,
        "in_process": queries,
        "results": summary,
        "targets_met": met_all,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
    path = RESULTS / f"xapi_statements-{connection.vendor}-{stamp}.json"
    path.write_text(json.dumps(data, indent=2) + "\n")
    say(f"results written to {path.relative_to(ROOT)}")
    return data


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        fail("wrk is not installed. Install it with: apt-get install -y wrk", code=2)
    env = environment(args)
    say(f"seeding {env['DATABASE_URL']} ...")
    setup_django(env, fresh=args.fresh)
    seeded = seed()
    learner = seeded["learner"]
    table_rows = records_reset(learner)
    say(f"  {table_rows} statements of others in the table; the learner's were deleted")
    session, csrf = sign_in(), new_csrf_token()
    from courses.h5p.selectors import learner_agent

    payloads = bodies(seeded["activity"].iri, learner_agent(learner), args.batch)
    say("checking POSTs in process (CSRF enforced) ...")
    queries = in_process_checks(learner, seeded["lesson"], session, csrf, payloads, args.batch)
    if args.profile:
        profile(session, csrf, payloads, args.profile)

    from django.db import connection, connections

    postgres = connection.settings_dict["NAME"] if connection.vendor == "postgresql" else None
    connections.close_all()  # gunicorn gets the database to itself
    port = free_port(args.port)
    request_headers = headers(port, session, csrf)
    scripts = {
        kind: lua_script(kind, payloads[kind], request_headers) for kind in ("single", "batch")
    }
    say(f"starting gunicorn ({args.workers} workers) on 127.0.0.1:{port} ...")
    process = gunicorn_start(env, port, args.workers)
    try:
        check_http(port, learner, request_headers, payloads, args.batch)
        say(
            f"measuring single and batch ({args.batch}) POSTs, {args.duration} each, "
            f"{args.rounds} rounds, {args.connections} connections"
        )
        summary = measure(args, port, process.pid, learner, scripts, postgres)
        check_http(port, learner, request_headers, payloads, args.batch)  # still signed in
    except (RuntimeError, subprocess.CalledProcessError) as error:
        fail(str(error))
    finally:
        gunicorn_stop(process)
    data = report(args, summary, queries, seeded, port, table_rows)
    return 1 if args.strict and not data["targets_met"] else 0


if __name__ == "__main__":
    sys.exit(main())
