"""Benchmark: what a learner's browser downloads to open a lesson with one H5P activity, on its
first visit (empty cache) and its second (the browser's cache from the first).

    .venv/bin/python bench/h5p_page_weight.py [--kbps 400] [--latency-ms 400] [--fresh]

Serves the site the way production does (gunicorn, 2 workers, DEBUG off, production settings
with WhiteNoise and CompressedManifestStaticFilesStorage after `collectstatic`; only HTTPS is
left out: bench/h5p_page_weight_settings.py), on its own SQLite database
(bench/var/weight.sqlite3): the demo curricula, the TrueFalse fixture tunapanda-h5p-test.h5p
(LMS_FIXTURES_DIR, else ../shared/fixtures) as an activity in the first orientation lesson, and a
learner enrolled in orientation.

Then Debian's Chromium (`chromium` on PATH, through Playwright; never `playwright install`),
signed in as the learner, opens the lesson twice in one browser context, the network throttled
to --kbps down and up with --latency-ms added to every round trip (Chrome's "Slow 3G" is
400 kbit/s and 400 ms). Each load waits until the player has started (its "Loading" line is
gone) and the network has been quiet for a second. The Chrome DevTools Protocol's Network
events give every request: `encodedDataLength` of `loadingFinished` is what crossed the
network for it (headers and compressed body; 0 when served from the browser's cache).

A third load comes after signing in again (a new session cookie, the cache kept), as a learner
signed out by the idle timeout does on their next visit.

Prints, for each load: requests made, requests that reached the network, KiB
transferred, the seconds until the lesson's text was shown (DOMContentLoaded) and until the
player had started, and the largest transfers; checks the targets (cold <= 300 KiB, warm
<= 30 KiB) and writes everything as JSON to bench/results/. --strict exits 1 when a target is
missed. See bench/README.md and docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from course_pages import (  # noqa: E402 (the sibling module, found through sys.path)
    RESULTS,
    ROOT,
    VAR,
    fail,
    free_port,
    gunicorn_start,
    gunicorn_stop,
    machine,
    say,
)

SQLITE_PATH = VAR / "weight.sqlite3"
HASHED = re.compile(r"\.[0-9a-f]{12}\.[A-Za-z0-9]+$")  # ManifestStaticFilesStorage's names
STATIC_ROOT = VAR / "static-weight"
LEARNER_USERNAME = "bench-weight"
LEARNER_PASSWORD = "bench-weight-pass-word-2026"
TARGET_COLD_KIB = 300
TARGET_WARM_KIB = 30
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kbps", type=int, default=400, help="throttle, kbit/s (400; 0: none)")
    parser.add_argument("--latency-ms", type=int, default=400, help="added round trip (400)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--port", type=int, default=8767, help="port, or a free one if taken")
    parser.add_argument("--fresh", action="store_true", help="start from an empty database")
    parser.add_argument("--timeout", type=int, default=120, help="seconds per load (120)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    return parser.parse_args(argv)


def environment() -> dict[str, str]:
    VAR.mkdir(parents=True, exist_ok=True)
    return {
        "DJANGO_SETTINGS_MODULE": "bench.h5p_page_weight_settings",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or "bench-weight-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{SQLITE_PATH}",
        "CACHE_URL": f"file://{VAR / 'cache-weight'}",
        "STATIC_ROOT": str(STATIC_ROOT),
        "MEDIA_ROOT": str(VAR / "media-weight"),
        "DEMO_PASSWORD": "bench-weight-demo-pass-2026",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }


def setup(env: dict[str, str], *, fresh: bool) -> None:
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
        for folder in ("cache-weight", "media-weight"):
            shutil.rmtree(VAR / folder, ignore_errors=True)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def collectstatic(env: dict[str, str]) -> None:
    """Static files as production has them (hashed, compressed): in a child process, so the
    manifest this process might have read is never a stale one."""
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env={**os.environ, **env},
        check=True,
    )
    say(f"  collectstatic in {time.monotonic() - started:.1f}s")


def activity_ensure():
    """The xAPI bench's activity (its helper), in the first lesson of the default language's
    orientation course: seed_demo also makes translated copies with the same slug."""
    import xapi_statements
    from wagtail.models import Locale

    from courses.h5p import services as h5p_services
    from courses.models import CompletionRule, CoursePage, H5PActivity, H5PActivityUse, LessonPage

    activity = H5PActivity.objects.filter(title=xapi_statements.ACTIVITY_TITLE).first()
    if activity is None:
        data, source = xapi_statements.package_data()
        activity = h5p_services.activity_create(data=data, title=xapi_statements.ACTIVITY_TITLE)
        say(f"  made the activity from {source}")
    orientation = CoursePage.objects.get(
        slug=xapi_statements.ORIENTATION_SLUG, locale=Locale.get_default()
    )
    lesson = LessonPage.objects.descendant_of(orientation).live().order_by("path").first()
    if not H5PActivityUse.objects.filter(lesson=lesson, activity=activity).exists():
        lesson.completion_rule = CompletionRule.H5P
        if not h5p_services.lesson_activity_append(lesson=lesson, activity=activity):
            fail(f"lesson {lesson.url} has a draft, so the activity was not published")
    return activity, LessonPage.objects.get(pk=lesson.pk), activity.package.main_library


def learner_ensure(course):
    """A learner enrolled in `course`, with a known password."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from cms.roles import Role, group_name
    from courses import services
    from courses.models import Enrolment

    User = get_user_model()
    user = User.objects.filter(username=LEARNER_USERNAME).first()
    if user is None:
        user = User.objects.create_user(
            username=LEARNER_USERNAME,
            password=LEARNER_PASSWORD,
            display_name="Page weight bench learner",
            preferred_language="en",
        )
        user.groups.add(Group.objects.get(name=group_name(Role.LEARNER)))
    if not Enrolment.objects.filter(user=user, course=course).exists():
        services.enrolment_create(user=user, course=course)
    return user


def seed() -> dict:
    """Migrate, seed the demo, make the activity in its lesson and the learner (as the xAPI
    bench does: its helpers), and sign the learner in. Idempotent."""
    import io

    from django.core.management import call_command
    from django.test import Client

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("seed_demo", stdout=io.StringIO())
    activity, lesson, main_library = activity_ensure()
    learner_ensure(lesson.get_course())
    say(f"  seeded in {time.monotonic() - started:.1f}s: {main_library} in {lesson.url}")
    sessions = []
    for _sign_in in range(2):  # the second: the learner signing in again another day
        client = Client()
        if not client.login(username=LEARNER_USERNAME, password=LEARNER_PASSWORD):
            fail(f"could not sign in as {LEARNER_USERNAME}")
        sessions.append(client.cookies["sessionid"].value)
    from django.db import connections

    connections.close_all()
    return {
        "lesson": lesson.url,
        "activity": activity.pk,
        "package": activity.package.sha256,
        "libraries_key": getattr(activity.package, "libraries_key", ""),  # before: none
        "main_library": main_library,
        "sessions": sessions,
    }


# --- Measuring -----------------------------------------------------------------------------------


class Recorder:
    """Every request of one page load, from the CDP Network events of the page's session."""

    def __init__(self, cdp):
        self.requests: dict[str, dict] = {}
        cdp.on("Network.requestWillBeSent", self._sent)
        cdp.on("Network.responseReceived", self._received)
        cdp.on("Network.requestServedFromCache", self._from_cache)
        cdp.on("Network.loadingFinished", self._finished)
        cdp.on("Network.loadingFailed", self._failed)

    def _entry(self, request_id: str) -> dict:
        return self.requests.setdefault(request_id, {"bytes": 0, "cache": False})

    def _sent(self, event):
        entry = self._entry(event["requestId"])
        entry["url"] = event["request"]["url"]
        entry["method"] = event["request"]["method"]

    def _received(self, event):
        response = event["response"]
        entry = self._entry(event["requestId"])
        entry["status"] = response["status"]
        entry["type"] = event.get("type", "")
        entry["encoding"] = {k.lower(): v for k, v in response.get("headers", {}).items()}.get(
            "content-encoding", ""
        )
        if response.get("fromDiskCache") or response.get("fromPrefetchCache"):
            entry["cache"] = True

    def _from_cache(self, event):
        self._entry(event["requestId"])["cache"] = True

    def _finished(self, event):
        self._entry(event["requestId"])["bytes"] = int(event["encodedDataLength"])

    def _failed(self, event):
        self._entry(event["requestId"])["failed"] = event.get("errorText", "failed")

    def summary(self) -> dict:
        rows = [
            r for r in self.requests.values() if "url" in r and not r["url"].startswith("data:")
        ]
        total = sum(r["bytes"] for r in rows)
        return {
            "requests": len(rows),
            "network_requests": sum(1 for r in rows if not r["cache"]),
            "bytes": total,
            "kib": round(total / 1024, 1),
            "failed": [r for r in rows if r.get("failed") or r.get("status", 200) >= 400],
            "largest": sorted(
                (
                    {"url": r["url"], "bytes": r["bytes"], "encoding": r.get("encoding", "")}
                    for r in rows
                    if r["bytes"]
                ),
                key=lambda r: -r["bytes"],
            )[:12],
            "all": rows,
        }


def load(context, url: str, args) -> dict:
    """Open `url` in a new page of `context`, throttled; wait for the player and quiet."""
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    if args.kbps:
        rate = args.kbps * 1000 / 8
        cdp.send(
            "Network.emulateNetworkConditions",
            {
                "offline": False,
                "latency": args.latency_ms,
                "downloadThroughput": rate,
                "uploadThroughput": rate,
            },
        )
    recorder = Recorder(cdp)
    started = time.monotonic()
    page.goto(url, wait_until="domcontentloaded", timeout=args.timeout * 1000)
    shown = time.monotonic() - started
    page.wait_for_selector("[data-h5p-player]", timeout=args.timeout * 1000)
    page.wait_for_function(
        "() => !document.querySelector('[data-h5p-player] [data-h5p-loading]')",
        timeout=args.timeout * 1000,
    )
    playing = time.monotonic() - started
    page.wait_for_load_state("networkidle", timeout=args.timeout * 1000)
    page.wait_for_timeout(1000)
    frame_ok = any(frame.query_selector(".h5p-true-false, .h5p-content") for frame in page.frames)
    result = recorder.summary()
    result.update(
        {"text_shown_s": round(shown, 2), "player_started_s": round(playing, 2), "player": frame_ok}
    )
    # Leave without the player's pagehide save reaching the numbers of the next load.
    cdp.detach()
    page.close(run_before_unload=False)
    return result


def measure(base_url: str, seeded: dict, args) -> dict:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        fail("chromium not found on PATH (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        try:
            context = browser.new_context()
            url = base_url + seeded["lesson"]
            context.add_cookies(
                [{"name": "sessionid", "value": seeded["sessions"][0], "url": base_url}]
            )
            cold = load(context, url, args)
            warm = load(context, url, args)
            # Signed in again (a new session cookie), the browser's cache kept.
            context.add_cookies(
                [{"name": "sessionid", "value": seeded["sessions"][1], "url": base_url}]
            )
            again = load(context, url, args)
            context.close()
        finally:
            browser.close()
    return {"cold": cold, "warm": warm, "warm_signed_in_again": again}


def report(args, seeded: dict, results: dict, port: int) -> dict:
    def show(name: str, result: dict) -> None:
        say(
            f"{name}: {result['requests']} requests ({result['network_requests']} over the "
            f"network), {result['kib']} KiB transferred; text shown {result['text_shown_s']} s, "
            f"player started {result['player_started_s']} s"
        )
        for row in result["largest"][:8]:
            say(f"    {row['bytes'] / 1024:7.1f} KiB  {row['encoding'] or '-':5} {row['url']}")
        for row in result["failed"]:
            say(f"    FAILED {row.get('status')} {row.get('failed', '')} {row['url']}")

    throttle = f"{args.kbps} kbit/s, +{args.latency_ms} ms" if args.kbps else "no throttle"
    say(f"Lesson {seeded['lesson']} ({seeded['main_library']}), {throttle}:")
    show("cold", results["cold"])
    show("warm", results["warm"])
    show("warm, signed in again", results["warm_signed_in_again"])
    cold_ok = results["cold"]["kib"] <= TARGET_COLD_KIB
    warm_ok = results["warm"]["kib"] <= TARGET_WARM_KIB
    say(
        f"targets: cold <= {TARGET_COLD_KIB} KiB {'met' if cold_ok else 'MISSED'}, "
        f"warm <= {TARGET_WARM_KIB} KiB {'met' if warm_ok else 'MISSED'}"
    )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    # Every static file the lesson loads (the player's frame script and stylesheet included)
    # must have its content hash in its name, or the far-future caching is unsafe.
    unhashed = sorted(
        {
            row["url"]
            for row in results["cold"]["all"]
            if "/static/" in row["url"] and not HASHED.search(row["url"].split("?")[0])
        }
    )
    say(f"static files without a hashed name: {len(unhashed)}")
    data = {
        "bench": "h5p_page_weight",
        "unhashed_static": unhashed,
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit,
        "changed_files": [line[3:] for line in changed if line.strip()],
        "machine": machine(),
        "args": vars(args),
        "port": port,
        "seeded": {k: v for k, v in seeded.items() if k != "sessions"},
        "targets": {"cold_kib": TARGET_COLD_KIB, "warm_kib": TARGET_WARM_KIB},
        "met": {"cold": cold_ok, "warm": warm_ok},
        "results": results,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"h5p_page_weight-{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
    path.write_text(json.dumps(data, indent=2))
    say(f"written to {path.relative_to(ROOT)}")
    return data


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    env = environment()
    say("Setting up (production settings over HTTP, WhiteNoise, SQLite)...")
    setup(env, fresh=args.fresh)
    collectstatic(env)
    seeded = seed()
    port = free_port(args.port)
    server = gunicorn_start(env, port, args.workers)
    try:
        results = measure(f"http://127.0.0.1:{port}", seeded, args)
    finally:
        gunicorn_stop(server)
    data = report(args, seeded, results, port)
    for name in results:
        if not data["results"][name]["player"]:
            fail(f"the {name} load did not show the activity")
    if data["unhashed_static"]:
        fail(f"static files without a hashed name: {data['unhashed_static']}")
    if args.strict and not all(data["met"].values()):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
