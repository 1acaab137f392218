"""manage.py import_h5p PATH [--lesson SLUG] [--title TEXT] [--pass-mark N]

Validates and imports an H5P package as an activity, optionally appends it to a lesson, and
prints the new activity's id. A bad package exits with status 1 and one line per problem."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses import conf
from courses.h5p import services
from courses.h5p.validation import H5PValidationError
from courses.models import LessonPage


class Command(BaseCommand):
    help = "Validate and import an H5P package; print the activity id."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The .h5p file.")
        parser.add_argument("--lesson", metavar="SLUG", help="Append it to this lesson.")
        parser.add_argument("--title", metavar="TEXT", help="Activity title (default: package's).")
        parser.add_argument(
            "--pass-mark", type=int, metavar="N", help="Percent that completes a lesson (60)."
        )

    def handle(self, *args, path, lesson=None, title=None, pass_mark=None, **options):
        source = Path(path)
        if not source.is_file():
            raise CommandError(f"{path}: no such file")
        if source.stat().st_size > conf.get("H5P_MAX_UPLOAD_BYTES"):
            raise CommandError(f"{path}: larger than COURSES_H5P_MAX_UPLOAD_BYTES")
        if pass_mark is not None and not 0 <= pass_mark <= 100:
            raise CommandError("--pass-mark must be between 0 and 100")
        target = None
        if lesson:
            matches = list(LessonPage.objects.filter(slug=lesson))
            if not matches:
                raise CommandError(f"no lesson has the slug '{lesson}'")
            if len(matches) > 1:
                where = ", ".join(page.url_path for page in matches)
                raise CommandError(f"more than one lesson has the slug '{lesson}': {where}")
            target = matches[0]
        try:
            activity = services.activity_create(
                data=source.read_bytes(), title=title or "", pass_mark=pass_mark
            )
        except H5PValidationError as exc:
            for problem in exc.problems:
                self.stderr.write(f"{path}: {problem}")
            raise CommandError(
                f"{path} was rejected ({len(exc.problems)} problem(s)); nothing was imported"
            ) from None
        if target is not None:
            published = services.lesson_activity_append(lesson=target, activity=activity)
            if not published:
                self.stderr.write(
                    f"added to a draft of '{lesson}': publish the lesson to show it to learners"
                )
        self.stdout.write(str(activity.pk))
