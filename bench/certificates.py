"""Benchmark: certificates issued and rendered (PDF + signed Open Badges credential) through the
real task path, by a real Celery worker.

    .venv/bin/python bench/certificates.py [--count 500] [--concurrency 1]
        [--broker redis://127.0.0.1:6379/14] [--database-url postgres://user@host:5432/db]

Seeds its own database (SQLite, bench/var/certificates.sqlite3, or the PostgreSQL database given
with --database-url, which must exist): `migrate` and `seed_demo`, then a programme
"bench-certificate" requiring the orientation course, and `--count` learners with a display
name in one of the four languages (English, Bengali, Hindi, Telugu, in turn, with that
preferred language) whose orientation progress rows say they finished it and passed its
module checks. Earlier bench certificates are deleted first, so every run issues `--count`.

Then it starts `celery -A cms worker -Q certificates -c <concurrency>` (prefork) against the
broker (Redis), sends one `certifications.evaluate_and_issue` task per learner, exactly as
course completion does, and waits until every certificate has its PDF and credential
(`rendered_at`). The worker issues each certificate, and the issue's on-commit hook queues
`certifications.render`, which the same worker runs.

Prints and writes as JSON to bench/results/:
- wall time from the first task sent to the last certificate rendered, and certificates
  (PDFs) per second, in all and per worker process;
- p50/p90/max seconds to make one PDF and signed credential, from the render task's own
  "made in" log lines (bench/var/certificates-worker.log);
- the worker's peak memory (max RSS of its processes);
- whether the target holds: p50 time per PDF < 0.5 s.
Exits 1 if a certificate is missing or not rendered after --timeout seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import secrets
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "bench" / "var"
RESULTS = ROOT / "bench" / "results"
SQLITE_PATH = VAR / "certificates.sqlite3"
WORKER_LOG = VAR / "certificates-worker.log"
PROGRAMME_CODE = "bench-certificate"
USER_PREFIX = "bench-cert-"
TARGET_P50_SECONDS = 0.5
NAMES = [
    ("en", "Asha Kumari"),
    ("bn", "রেখা দাস"),
    ("hi", "सुनीता देवी"),
    ("te", "లక్ష్మి రెడ్డి"),
]
MADE = re.compile(r"certificate \d+: PDF and credential made in ([0-9.]+) s")


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=1, help="worker processes")
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--timeout", type=int, default=900, help="seconds to wait in all")
    parser.add_argument("--fresh", action="store_true", help="start a new SQLite file")
    return parser.parse_args(argv)


def say(message: str) -> None:
    print(message, flush=True)


def fail(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)
    sys.exit(1)


def bench_secret() -> str:
    path = VAR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def environment(args: argparse.Namespace) -> dict[str, str]:
    VAR.mkdir(parents=True, exist_ok=True)
    return {
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DEBUG": "0",
        # Kept between runs: the site's signing key in the bench database is encrypted
        # under it (a new secret each run could not open the key the last run made).
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or bench_secret(),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": args.database_url or f"sqlite:///{SQLITE_PATH}",
        "CELERY_BROKER_URL": args.broker,
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "MEDIA_ROOT": str(VAR / "media"),
        "CACHE_URL": f"file://{VAR / 'cache'}",
        "DEMO_PASSWORD": os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(16),
        "PYTHONPATH": str(ROOT),
    }


def seed(count: int):
    """The programme and `count` learners who meet it (progress rows written directly: the
    bench measures issuing and rendering, not finishing courses)."""
    from io import StringIO

    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import transaction

    from certifications.models import Certificate, CertificationProgramme
    from courses.models import CoursePage, CourseProgress, ModulePage, ModuleProgress

    call_command("migrate", interactive=False, verbosity=0)
    if not CoursePage.objects.filter(slug="learning-safely-here").exists():
        call_command("seed_demo", stdout=StringIO())
    course = CoursePage.objects.get(slug="learning-safely-here", locale__language_code="en")
    programme, _created = CertificationProgramme.objects.get_or_create(
        code=PROGRAMME_CODE,
        defaults={
            "name": "Bench certificate",
            "printed_title": "Learning safely here",
            "validity_days": 730,
        },
    )
    programme.required_courses.set([course])
    modules = list(ModulePage.objects.child_of(course).live())
    User = get_user_model()
    with transaction.atomic():
        Certificate.objects.filter(programme=programme).delete()
        users = []
        for i in range(count):
            language, name = NAMES[i % len(NAMES)]
            user, _created = User.objects.get_or_create(
                username=f"{USER_PREFIX}{i:05d}",
                defaults={"display_name": f"{name} {i}", "preferred_language": language},
            )
            users.append(user)
        now = datetime.now(UTC)
        CourseProgress.objects.filter(user__in=users, course=course).delete()
        ModuleProgress.objects.filter(user__in=users, module__in=modules).delete()
        CourseProgress.objects.bulk_create(
            CourseProgress(user=u, course=course, completed_at=now) for u in users
        )
        ModuleProgress.objects.bulk_create(
            ModuleProgress(user=u, module=m, course=course, check_best_score=100, completed_at=now)
            for u in users
            for m in modules
        )
    return programme, [u.pk for u in users]


def worker_start(env: dict[str, str], concurrency: int) -> subprocess.Popen:
    WORKER_LOG.unlink(missing_ok=True)
    command = [
        str(ROOT / ".venv" / "bin" / "celery"),
        "-A",
        "cms",
        "worker",
        "-Q",
        "certificates",
        "-c",
        str(concurrency),
        "--loglevel=INFO",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
    ]
    log = WORKER_LOG.open("w")
    process = subprocess.Popen(
        command,
        env={**os.environ, **env, "LOG_LEVEL": "INFO"},
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        # Celery's own logger is at WARNING (settings.LOGGING); the first task line or the
        # banner's queue list tells the worker is up.
        if "[queues]" in WORKER_LOG.read_text(errors="replace"):
            time.sleep(2)
            return process
        if process.poll() is not None:
            fail(f"the worker exited ({process.returncode}); see {WORKER_LOG}")
        time.sleep(0.3)
    process.terminate()
    fail(f"the worker did not start within 60 s; see {WORKER_LOG}")


def peak_rss_mb(pid: int) -> float:
    """Max resident memory of the worker's main process and its children, from /proc."""
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    peak = 0
    for each in pids:
        status = Path(f"/proc/{each}/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
    return round(peak / 1024, 1)


def quantiles(values: list[float]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)
    return {
        "n": len(ordered),
        "p50": round(statistics.median(ordered), 4),
        "p90": round(ordered[int(0.9 * (len(ordered) - 1))], 4),
        "max": round(ordered[-1], 4),
    }


def main(argv=None) -> None:
    args = parse_args(argv)
    env = environment(args)
    if args.fresh and not args.database_url:
        SQLITE_PATH.unlink(missing_ok=True)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from certifications.models import Certificate
    from certifications.tasks import QUEUE, evaluate_and_issue_task

    say(f"seeding {args.count} learners on {env['DATABASE_URL'].split('://')[0]}")
    programme, user_ids = seed(args.count)
    say(f"starting a worker (-c {args.concurrency}) on {args.broker}")
    worker = worker_start(env, args.concurrency)
    try:
        started = time.monotonic()
        for user_id in user_ids:
            evaluate_and_issue_task.apply_async(args=(user_id, programme.pk), queue=QUEUE)
        rendered = Certificate.objects.filter(programme=programme, rendered_at__isnull=False)
        deadline = started + args.timeout
        done = 0
        while time.monotonic() < deadline:
            done = rendered.count()
            if done >= args.count:
                break
            time.sleep(0.5)
        wall = time.monotonic() - started
        memory = peak_rss_mb(worker.pid)
    finally:
        worker.terminate()
        worker.wait(timeout=60)
    if done < args.count:
        fail(f"only {done} of {args.count} certificates rendered in {args.timeout} s")
    issued = Certificate.objects.filter(programme=programme).count()
    if issued != args.count:
        fail(f"{issued} certificates for {args.count} learners: expected exactly one each")
    render = quantiles(
        [float(m.group(1)) for m in MADE.finditer(WORKER_LOG.read_text(errors="replace"))]
    )
    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": env["DATABASE_URL"].split("://")[0],
        "count": args.count,
        "concurrency": args.concurrency,
        "wall_seconds": round(wall, 1),
        "certificates_per_second": round(args.count / wall, 2),
        "certificates_per_second_per_worker": round(args.count / wall / args.concurrency, 2),
        "seconds_per_pdf_and_credential": render,
        "worker_peak_rss_mb": memory,
        "bench_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "target_p50_seconds": TARGET_P50_SECONDS,
        "target_met": bool(render) and render["p50"] < TARGET_P50_SECONDS,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"certificates-{result['database']}-{int(time.time())}.json"
    out.write_text(json.dumps(result, indent=2))
    say(json.dumps(result, indent=2))
    say(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
