"""Reads: what a learner still needs for a programme, their certificates, public lookup."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q
from django.utils.translation import gettext as _

from certifications.models import Certificate, CertificationProgramme, certificate_code_normalise
from courses.models import CourseProgress, Enrolment, ModulePage, ModuleProgress


@dataclass(frozen=True)
class Evaluation:
    """Whether a learner meets a programme's requirements, and what is missing in plain words."""

    met: bool
    missing: list[str] = field(default_factory=list)


def programme_evaluate(*, user: AbstractBaseUser, programme: CertificationProgramme) -> Evaluation:
    """Check `user` against `programme`: every required course finished, and every module
    check in those courses at or above the programme's pass mark. Four queries whatever the
    number of courses and modules."""
    courses = sorted(programme.required_courses.all(), key=lambda c: c.path)
    if not courses:
        return Evaluation(met=False, missing=[_("This programme has no requirements yet.")])
    finished = set(
        CourseProgress.objects.filter(
            user=user, course__in=courses, completed_at__isnull=False
        ).values_list("course_id", flat=True)
    )
    in_courses = Q()
    for course in courses:
        in_courses |= Q(path__startswith=course.path, depth=course.depth + 1)
    modules = list(ModulePage.objects.live().filter(in_courses).order_by("path"))
    best = dict(
        ModuleProgress.objects.filter(user=user, module__in=modules).values_list(
            "module_id", "check_best_score"
        )
    )
    mark = programme.min_module_check_score
    missing: list[str] = []
    for course in courses:
        if course.id not in finished:
            missing.append(_("Finish the course “%(title)s”.") % {"title": course.title})
        for module in modules:
            if not module.path.startswith(course.path) or module.check_quiz is None:
                continue
            score = best.get(module.id)
            if score is not None and score >= mark:
                continue
            if score is None:
                text = _("Reach %(mark)s%% in the module check of “%(title)s” (not tried yet).")
            else:
                text = _(
                    "Reach %(mark)s%% in the module check of “%(title)s” (best so far %(score)s%%)."
                )
            missing.append(text % {"mark": mark, "title": module.title, "score": score})
    return Evaluation(met=not missing, missing=missing)


def certificate_find_by_code(*, code: str) -> Certificate | None:
    """The certificate with this verification code, typed in any case, with or without dash."""
    normalised = certificate_code_normalise(code)
    if normalised is None:
        return None
    return Certificate.objects.select_related("programme").filter(code=normalised).first()


@dataclass(frozen=True)
class ProgrammeStatus:
    programme: CertificationProgramme
    evaluation: Evaluation


@dataclass(frozen=True)
class MyCertificates:
    certificates: list[Certificate]
    in_progress: list[ProgrammeStatus]


def my_certificates(*, user: AbstractBaseUser) -> MyCertificates:
    """The learner's certificates, newest first, and for each active programme that shares a
    course with their enrolments and that they hold no valid certificate for, what is missing."""
    certificates = list(Certificate.objects.filter(user=user).select_related("programme"))
    held = {c.programme_id for c in certificates if c.status == Certificate.Status.VALID}
    enrolled = Enrolment.objects.filter(user=user).values("course_id")
    programmes = (
        CertificationProgramme.objects.filter(active=True, required_courses__in=enrolled)
        .exclude(pk__in=held)
        .distinct()
        .prefetch_related("required_courses")
        .order_by("name")
    )
    in_progress = [
        ProgrammeStatus(programme=p, evaluation=programme_evaluate(user=user, programme=p))
        for p in programmes
    ]
    return MyCertificates(certificates=certificates, in_progress=in_progress)
