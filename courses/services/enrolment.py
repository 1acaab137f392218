"""Enrolment: by the learner, by cohort, or by a coordinator's CSV upload."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import conf, localization, selectors
from courses.caching import learner_changed
from courses.models import Cohort, CohortMembership, CoursePage, Enrolment


@transaction.atomic
def enrolment_create(
    *,
    user: AbstractBaseUser,
    course: CoursePage,
    enrolled_by: AbstractBaseUser | None = None,
    cohort: Cohort | None = None,
    enforce_prerequisites: bool = True,
) -> tuple[Enrolment, bool]:
    """Enrol `user` on `course`, or re-activate a withdrawn enrolment (progress is kept).

    With `enforce_prerequisites`, raises ValidationError naming the courses still to finish.
    Coordinators may enrol ahead of prerequisites; lessons then stay closed until they are met
    (`selectors.lesson_access_refusal`). Returns (enrolment, changed).
    """
    if not course.live:
        raise ValidationError(_("This course is not open yet."))
    if enforce_prerequisites:
        missing = selectors.prerequisites_missing(user=user, course=course)
        if missing:
            raise ValidationError(selectors.prerequisites_message(missing))
    enrolment, created = Enrolment.objects.get_or_create(
        user=user,
        course=course,
        defaults={"enrolled_by": enrolled_by, "cohort": cohort},
    )
    if created:
        learner_changed([user.pk])
        return enrolment, True
    if enrolment.status == Enrolment.Status.WITHDRAWN:
        enrolment.status = Enrolment.Status.ACTIVE
        enrolment.withdrawn_at = None
        enrolment.save(update_fields=["status", "withdrawn_at"])
        learner_changed([user.pk])
        return enrolment, True
    return enrolment, False


@transaction.atomic
def enrolment_withdraw(*, user: AbstractBaseUser, course: CoursePage) -> bool:
    """Withdraw `user` from `course`. Progress, attempts and reflections are kept, so
    re-enrolling picks up where the learner left off. Returns False if not enrolled."""
    changed = Enrolment.objects.filter(
        user=user, course=course, status=Enrolment.Status.ACTIVE
    ).update(status=Enrolment.Status.WITHDRAWN, withdrawn_at=timezone.now())
    if changed:
        learner_changed([user.pk])
    return bool(changed)


@dataclass
class BulkEnrolmentResult:
    enrolled: int = 0
    already: int = 0


@transaction.atomic
def enrolment_bulk_by_cohort(
    *, cohort: Cohort, course: CoursePage, enrolled_by: AbstractBaseUser
) -> BulkEnrolmentResult:
    """Enrol every member (not facilitator) of `cohort` on `course`, in one transaction.
    Prerequisites are not enforced here; lessons stay closed until they are met."""
    result = BulkEnrolmentResult()
    members = get_user_model().objects.filter(
        cohort_memberships__cohort=cohort,
        cohort_memberships__role=CohortMembership.Role.MEMBER,
        is_active=True,
    )
    for member in members:
        _enrolment, changed = enrolment_create(
            user=member,
            course=course,
            enrolled_by=enrolled_by,
            cohort=cohort,
            enforce_prerequisites=False,
        )
        if changed:
            result.enrolled += 1
        else:
            result.already += 1
    return result


@dataclass
class CsvRowError:
    line: int
    message: str


@dataclass
class CsvEnrolmentReport:
    """What a CSV upload did. `applied` is False whenever `errors` is not empty: then nothing
    was written."""

    rows: int = 0
    enrolled: int = 0
    already: int = 0
    errors: list[CsvRowError] = field(default_factory=list)
    applied: bool = False


CSV_COLUMNS = ("username", "course")


def _decode_csv(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            _('The file is not UTF-8 text. Save it as "CSV UTF-8" and upload it again.')
        ) from exc


def enrolment_csv_apply(
    *, raw: bytes, enrolled_by: AbstractBaseUser, people: QuerySet | None = None
) -> CsvEnrolmentReport:
    """Enrol the learners a CSV lists, all or nothing.

    `people` (a user queryset) is whom `enrolled_by` may enrol; a row naming anyone else gets
    the same error as a username that does not exist, so the upload tells nothing about
    accounts outside it (None: everyone).

    The file needs a header row with the columns `username` and `course` (a course's code,
    such as M1, or its slug). Every row is checked first; if any row has a problem, the report
    lists each one by line number and nothing is written. Raises ValidationError when the file
    as a whole cannot be read (too large, not UTF-8, no header).
    """
    if len(raw) > conf.get("ENROLMENT_CSV_MAX_BYTES"):
        raise ValidationError(
            _("The file is larger than %(kb)s KB. Split it into smaller files.")
            % {"kb": conf.get("ENROLMENT_CSV_MAX_BYTES") // 1024}
        )
    text = _decode_csv(raw)
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = [name.strip().lower() for name in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise ValidationError(_("The file could not be read as CSV: %(e)s") % {"e": exc}) from exc
    if not set(CSV_COLUMNS) <= set(header):
        raise ValidationError(_('The first row must name the columns "username" and "course".'))
    reader.fieldnames = header
    report = CsvEnrolmentReport()
    try:
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise ValidationError(_("The file could not be read as CSV: %(e)s") % {"e": exc}) from exc
    if len(rows) > conf.get("ENROLMENT_CSV_MAX_ROWS"):
        raise ValidationError(
            _("The file has more than %(n)s rows. Split it into smaller files.")
            % {"n": conf.get("ENROLMENT_CSV_MAX_ROWS")}
        )
    report.rows = len(rows)
    if not rows:
        raise ValidationError(_("The file has a header row but no learners."))

    usernames = {(row.get("username") or "").strip() for _line, row in rows}
    keys = {(row.get("course") or "").strip() for _line, row in rows}
    accounts = get_user_model().objects.filter(is_active=True)
    if people is not None:
        accounts = accounts.filter(pk__in=people.values("pk"))
    users = {u.username.lower(): u for u in accounts.filter(username__in=usernames)}
    # Usernames are matched without regard to case, as people type them.
    if len(users) < len(usernames):
        lowered = {name.lower() for name in usernames}
        for u in accounts.filter(Q(*[Q(username__iexact=n) for n in lowered], _connector=Q.OR)):
            users.setdefault(u.username.lower(), u)
    courses = {}
    # Each course once, by its source page: its translations share its code and slug.
    live_courses = localization.source_pages_only(CoursePage.objects.live())
    for course in live_courses.filter(Q(code__in=keys) | Q(slug__in=keys)):
        courses[course.slug] = course
        if course.code:
            courses[course.code] = course

    planned: list[tuple[AbstractBaseUser, CoursePage]] = []
    seen: set[tuple[int, int]] = set()
    for line, row in rows:
        username = (row.get("username") or "").strip()
        key = (row.get("course") or "").strip()
        if not username or not key:
            report.errors.append(CsvRowError(line, _("Both username and course are needed.")))
            continue
        user = users.get(username.lower())
        course = courses.get(key)
        if user is None:
            report.errors.append(
                CsvRowError(
                    line, _('No active account has the username "%(u)s".') % {"u": username}
                )
            )
        if course is None:
            report.errors.append(
                CsvRowError(
                    line, _('No published course has the code or slug "%(c)s".') % {"c": key}
                )
            )
        if user is None or course is None:
            continue
        if (user.pk, course.pk) in seen:
            report.errors.append(
                CsvRowError(line, _("This learner and course are already on an earlier row."))
            )
            continue
        seen.add((user.pk, course.pk))
        planned.append((user, course))
    if report.errors:
        return report

    with transaction.atomic():
        for user, course in planned:
            _enrolment, changed = enrolment_create(
                user=user, course=course, enrolled_by=enrolled_by, enforce_prerequisites=False
            )
            if changed:
                report.enrolled += 1
            else:
                report.already += 1
    report.applied = True
    return report
