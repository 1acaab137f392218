"""Reads: what a learner still needs for a programme (and to renew), their practice totals and
sign-offs, the reviewers' queue, their certificates, public lookup."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Exists, Max, OuterRef, Q, Subquery, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from certifications import conf, permissions
from certifications.models import (
    Certificate,
    CertificateReminder,
    CertificationProgramme,
    ChecklistSignOff,
    CPDCategory,
    PracticeEntry,
    ReviewStatus,
    SignOffChecklist,
    certificate_code_normalise,
)
from courses.localization import localized_copies
from courses.models import CourseProgress, Enrolment, ModulePage, ModuleProgress, QuizAttempt
from courses.selectors import learners_facilitated_by


@dataclass(frozen=True)
class Evaluation:
    """Whether a learner meets a programme's requirements, and what is missing in plain words."""

    met: bool
    missing: list[str] = field(default_factory=list)


def _hours(minutes: int, *, up: bool = False) -> str:
    """Minutes as hours for people: "8", "1.5"; rounded to a tenth (up for what is still
    needed, so "0.1 more" never hides a remainder, down for what is done)."""
    tenths = -(-minutes * 10 // 60) if up else minutes * 10 // 60
    whole, tenth = divmod(tenths, 10)
    return f"{whole}.{tenth}" if tenth else str(whole)


def _plural_count(text: str) -> int:
    # ngettext wants an integer; "1" is singular, "1.5" and the rest plural.
    return 1 if text == "1" else 2


def _modules_with_progress(*, user: AbstractBaseUser, courses: list) -> list[ModulePage]:
    """Live modules of `courses` in tree order, each annotated with the learner's
    `best_score` and `module_completed_at` (one query)."""
    if not courses:
        return []
    in_courses = Q()
    for course in courses:
        in_courses |= Q(path__startswith=course.path, depth=course.depth + 1)
    progress = ModuleProgress.objects.filter(user=user, module=OuterRef("pk"))
    return list(
        ModulePage.objects.live()
        .filter(in_courses)
        .annotate(
            best_score=Subquery(progress.values("check_best_score")[:1]),
            module_completed_at=Subquery(progress.values("completed_at")[:1]),
        )
        .order_by("path")
    )


def _checklist_missing(
    *, user: AbstractBaseUser, programme: CertificationProgramme
) -> tuple[int, list[str]]:
    """How many checklists the programme has, and one line per checklist not yet signed for
    `user` (one query, however many)."""
    mine = ChecklistSignOff.objects.filter(user=user, checklist=OuterRef("pk"))
    latest = mine.order_by("-requested_at", "-id")
    checklists = (
        SignOffChecklist.objects.filter(programme=programme)
        .annotate(
            signed=Exists(mine.filter(status=ReviewStatus.VERIFIED)),
            latest_status=Subquery(latest.values("status")[:1]),
            latest_reason=Subquery(latest.values("return_reason")[:1]),
        )
        .order_by("sort_order", "pk")
    )
    missing = []
    checklists = list(checklists)
    for checklist in checklists:
        if checklist.signed:
            continue
        if checklist.latest_status == ReviewStatus.PENDING:
            text = _("Your sign-off “%(title)s” is waiting for a signer.")
        elif checklist.latest_status == ReviewStatus.RETURNED and checklist.latest_reason:
            text = _("Your sign-off “%(title)s” was returned: %(reason)s")
        elif checklist.latest_status == ReviewStatus.RETURNED:
            text = _("Your sign-off “%(title)s” was returned. Ask again when you are ready.")
        else:
            text = _("Ask for the sign-off “%(title)s”.")
        missing.append(text % {"title": checklist.title, "reason": checklist.latest_reason})
    return len(checklists), missing


def _practice_missing(*, user: AbstractBaseUser, programme: CertificationProgramme) -> list[str]:
    """Supervised hours and supervision sessions still to be verified (one query, none when
    the programme asks for no practice)."""
    if not programme.practice_hours and not programme.supervision_sessions:
        return []
    verified = Q(status=ReviewStatus.VERIFIED)
    totals = PracticeEntry.objects.filter(user=user).aggregate(
        mentoring=Sum("minutes", filter=verified & Q(kind=PracticeEntry.Kind.MENTORING)),
        sessions=Count("pk", filter=verified & Q(kind=PracticeEntry.Kind.SUPERVISION)),
    )
    missing = []
    needed = programme.practice_hours * 60
    done = totals["mentoring"] or 0
    if done < needed:
        more = _hours(needed - done, up=True)
        missing.append(
            ngettext(
                "Log %(more)s more hour of supervised mentoring "
                "(%(done)s of %(total)s hours verified so far).",
                "Log %(more)s more hours of supervised mentoring "
                "(%(done)s of %(total)s hours verified so far).",
                _plural_count(more),
            )
            % {"more": more, "done": _hours(done), "total": programme.practice_hours}
        )
    sessions = totals["sessions"]
    if sessions < programme.supervision_sessions:
        more = programme.supervision_sessions - sessions
        missing.append(
            ngettext(
                "Log %(more)s more reflective-supervision session "
                "(%(done)s of %(total)s verified so far).",
                "Log %(more)s more reflective-supervision sessions "
                "(%(done)s of %(total)s verified so far).",
                more,
            )
            % {"more": more, "done": sessions, "total": programme.supervision_sessions}
        )
    return missing


def programme_evaluate(*, user: AbstractBaseUser, programme: CertificationProgramme) -> Evaluation:
    """Check `user` against `programme`: every required course finished, every module check
    in those courses at or above the programme's pass mark, every sign-off checklist signed,
    and enough verified supervised-mentoring hours and supervision sessions. What is missing
    comes back in plain words, in that order. At most four queries, whatever the number of
    courses, modules, checklists and entries."""
    courses = sorted(
        programme.required_courses.annotate(
            finished=Exists(
                CourseProgress.objects.filter(
                    user=user, course=OuterRef("pk"), completed_at__isnull=False
                )
            )
        ),
        key=lambda c: c.path,
    )
    modules = _modules_with_progress(user=user, courses=courses)
    mark = programme.min_module_check_score
    missing: list[str] = []
    # Progress is read on the source pages; titles are shown in the reader's language.
    course_copies = localized_copies([c for c in courses if not c.finished])
    module_copies = localized_copies(
        [
            m
            for m in modules
            if m.check_quiz is not None and (m.best_score is None or m.best_score < mark)
        ]
    )
    for course in courses:
        if not course.finished:
            title = course_copies[course.pk].title
            missing.append(_("Finish the course “%(title)s”.") % {"title": title})
        for module in modules:
            if not module.path.startswith(course.path) or module.check_quiz is None:
                continue
            score = module.best_score
            if score is not None and score >= mark:
                continue
            if score is None:
                text = _("Reach %(mark)s%% in the module check of “%(title)s” (not tried yet).")
            else:
                text = _(
                    "Reach %(mark)s%% in the module check of “%(title)s” (best so far %(score)s%%)."
                )
            title = module_copies[module.pk].title
            missing.append(text % {"mark": mark, "title": title, "score": score})
    checklist_count, checklist_lines = _checklist_missing(user=user, programme=programme)
    if not (
        courses or checklist_count or programme.practice_hours or programme.supervision_sessions
    ):
        return Evaluation(met=False, missing=[_("This programme has no requirements yet.")])
    missing += checklist_lines
    missing += _practice_missing(user=user, programme=programme)
    return Evaluation(met=not missing, missing=missing)


def certificate_find_by_code(*, code: str) -> Certificate | None:
    """The certificate with this verification code, typed in any case, with or without dash."""
    normalised = certificate_code_normalise(code)
    if normalised is None:
        return None
    return (
        Certificate.objects.select_related("programme", "module__locale")
        .filter(code=normalised)
        .first()
    )


def certificate_public_by_code(*, code: str) -> Certificate | None:
    """The certificate with this code if its holder lets it be public (DOMAIN.md 6.7), else
    None: a private certificate is answered exactly like an unknown code, so the public
    cannot even learn that a code exists. Two queries at most."""
    certificate = certificate_find_by_code(code=code)
    if certificate is None or not permissions.holder_is_public(certificate.user_id):
        return None
    return certificate


@dataclass(frozen=True)
class ProgrammeStatus:
    programme: CertificationProgramme
    evaluation: Evaluation


def renewal_window(certificate: Certificate) -> tuple[datetime, datetime] | None:
    """When `certificate` may be renewed: from CERTIFICATIONS_RENEWAL_OPENS_DAYS before its
    expiry to the end of the programme's grace period. None if it never expires."""
    if certificate.expires_at is None:
        return None
    opens = certificate.expires_at - timedelta(days=conf.get("RENEWAL_OPENS_DAYS"))
    closes = certificate.expires_at + timedelta(days=certificate.programme.grace_days)
    return opens, closes


@dataclass(frozen=True)
class RenewalStatus:
    """Where a current certificate stands for renewal: "soon" (the window opens later),
    "open", or "closed" (the grace period is over), and what renewing still needs."""

    opens: datetime
    closes: datetime
    state: str
    evaluation: Evaluation


def renewal_status(
    *, certificate: Certificate, now: datetime | None = None
) -> RenewalStatus | None:
    """None for a certificate that never expires or is no longer current (superseded,
    revoked)."""
    window = renewal_window(certificate)
    if window is None or certificate.status not in (
        Certificate.Status.VALID,
        Certificate.Status.EXPIRED,
    ):
        return None
    now = now or timezone.now()
    opens, closes = window
    state = "soon" if now < opens else ("open" if now <= closes else "closed")
    return RenewalStatus(
        opens=opens,
        closes=closes,
        state=state,
        evaluation=renewal_evaluate(certificate=certificate),
    )


@dataclass(frozen=True)
class CertificateItem:
    certificate: Certificate
    renewal: RenewalStatus | None


@dataclass(frozen=True)
class MyCertificates:
    certificates: list[CertificateItem]
    in_progress: list[ProgrammeStatus]
    # Whether the holder lets their certificates be public (DOMAIN.md 6.7).
    public: bool = True


def my_certificates(*, user: AbstractBaseUser) -> MyCertificates:
    """The learner's certificates, newest first (with where each current one stands for
    renewal), and for each active programme meant for them (its audience) that shares a
    course with their enrolments and that they hold nothing in yet, what is missing. Module
    badges are listed once earned, not while on the way (one line per module of every course
    would drown the page). `public` says whether the holder lets them be public."""
    # What renewal_evaluate reads of each programme, joined once rather than per certificate.
    certificates = list(
        Certificate.objects.filter(user=user)
        .select_related("programme__renewal_check_module", "module")
        .prefetch_related("programme__cpd_requirements", "programme__title_translations")
    )
    started = {c.programme_id for c in certificates}
    enrolled = Enrolment.objects.filter(user=user).values("course_id")
    programmes = (
        CertificationProgramme.objects.filter(
            active=True,
            awarded_per_module=False,
            required_courses__in=enrolled,
            audience__in=permissions.programme_audiences(user),
        )
        .exclude(pk__in=started)
        .distinct()
        .prefetch_related("required_courses", "title_translations")
        .order_by("name")
    )
    in_progress = [
        ProgrammeStatus(programme=p, evaluation=programme_evaluate(user=user, programme=p))
        for p in programmes
    ]
    items = [
        CertificateItem(certificate=c, renewal=renewal_status(certificate=c)) for c in certificates
    ]
    return MyCertificates(
        certificates=items,
        in_progress=in_progress,
        public=permissions.holder_is_public(user.pk),
    )


def reminders_unseen(*, user: AbstractBaseUser) -> list[CertificateReminder]:
    """Expiry reminders the learner has not seen yet, nearest first."""
    return list(
        CertificateReminder.objects.filter(certificate__user=user, seen_at__isnull=True)
        .select_related("certificate__programme", "certificate__module")
        .order_by("days_before", "-created_at")
    )


def programmes_to_check(*, user: AbstractBaseUser) -> list[CertificationProgramme]:
    """Active programmes worth evaluating for `user` on request: those sharing a course with
    their enrolments, and those they hold a certificate in (for renewal)."""
    enrolled = Enrolment.objects.filter(user=user).values("course_id")
    return list(
        CertificationProgramme.objects.filter(active=True)
        .filter(Q(required_courses__in=enrolled) | Q(certificates__user=user))
        .distinct()
        .order_by("name")
    )


def renewal_evaluate(*, certificate: Certificate) -> Evaluation:
    """Whether the holder of `certificate` has done what renewing its programme asks in this
    cycle: verified CPD dated on or after the day it was issued (the programme's total hours,
    and each category's minimum), and the refresher check passed at the programme's pass mark
    since it was issued. With nothing asked, renewal is open (met). At most four queries."""
    programme = certificate.programme
    since = timezone.localdate(certificate.issued_at)
    by_category = dict(
        PracticeEntry.objects.filter(
            user_id=certificate.user_id,
            kind=PracticeEntry.Kind.CPD,
            status=ReviewStatus.VERIFIED,
            date__gte=since,
        )
        .order_by()
        .values("cpd_category")
        .annotate(minutes=Sum("minutes"))
        .values_list("cpd_category", "minutes")
    )
    missing: list[str] = []
    needed = programme.renewal_cpd_hours * 60
    done = sum(by_category.values())
    if done < needed:
        more = _hours(needed - done, up=True)
        missing.append(
            ngettext(
                "Log %(more)s more hour of CPD (%(done)s of %(total)s hours verified since "
                "your certificate was issued).",
                "Log %(more)s more hours of CPD (%(done)s of %(total)s hours verified since "
                "your certificate was issued).",
                _plural_count(more),
            )
            % {"more": more, "done": _hours(done), "total": programme.renewal_cpd_hours}
        )
    for requirement in programme.cpd_requirements.all():
        needed = requirement.min_hours * 60
        done = by_category.get(requirement.category, 0)
        if done >= needed:
            continue
        more = _hours(needed - done, up=True)
        missing.append(
            ngettext(
                "Log %(more)s more hour of CPD in “%(category)s” (%(done)s of %(total)s hours "
                "verified so far).",
                "Log %(more)s more hours of CPD in “%(category)s” (%(done)s of %(total)s hours "
                "verified so far).",
                _plural_count(more),
            )
            % {
                "more": more,
                "category": requirement.get_category_display(),
                "done": _hours(done),
                "total": requirement.min_hours,
            }
        )
    module = programme.renewal_check_module
    quiz = module.check_quiz if module is not None else None
    if quiz is not None:
        mark = programme.min_module_check_score
        best = QuizAttempt.objects.filter(
            user_id=certificate.user_id,
            page_id=module.pk,
            block_id=quiz.id,
            created_at__gte=certificate.issued_at,
        ).aggregate(best=Max("score"))["best"]
        if best is None:
            text = _(
                "Reach %(mark)s%% in the refresher check of “%(title)s” (not tried since your "
                "certificate was issued)."
            )
        elif best < mark:
            text = _(
                "Reach %(mark)s%% in the refresher check of “%(title)s” (best so far %(score)s%%)."
            )
        else:
            text = ""
        if text:
            title = localized_copies([module])[module.pk].title
            missing.append(text % {"mark": mark, "title": title, "score": best})
    return Evaluation(met=not missing, missing=missing)


def modules_qualified(
    *, user: AbstractBaseUser, programme: CertificationProgramme
) -> list[ModulePage]:
    """Modules of the programme's required courses that earn `user` a per-module badge: every
    lesson complete and, if the module has a check, its best score at the programme's pass
    mark. Tree order; two queries."""
    courses = sorted(programme.required_courses.all(), key=lambda c: c.path)
    mark = programme.min_module_check_score
    return [
        module
        for module in _modules_with_progress(user=user, courses=courses)
        if module.module_completed_at is not None
        and (module.check_quiz is None or (module.best_score or 0) >= mark)
    ]


@dataclass(frozen=True)
class PracticeTotal:
    """Verified and waiting totals of one kind of practice (or one CPD category)."""

    key: str
    label: str
    verified_minutes: int = 0
    verified_count: int = 0
    pending_minutes: int = 0
    pending_count: int = 0

    @property
    def verified_hours(self) -> str:
        return _hours(self.verified_minutes)

    @property
    def pending_hours(self) -> str:
        return _hours(self.pending_minutes)


@dataclass(frozen=True)
class PracticeTotals:
    kinds: list[PracticeTotal]
    cpd_categories: list[PracticeTotal]


def practice_totals(*, user: AbstractBaseUser) -> PracticeTotals:
    """The learner's verified and waiting practice per kind, and CPD per category (one
    query). Returned entries count in neither."""
    sums: dict[tuple[str, str], dict[str, int]] = {}
    rows = (
        PracticeEntry.objects.filter(
            user=user, status__in=[ReviewStatus.VERIFIED, ReviewStatus.PENDING]
        )
        .order_by()
        .values("kind", "cpd_category", "status")
        .annotate(minutes=Sum("minutes"), count=Count("pk"))
    )
    for row in rows:
        for key in ((row["kind"], ""), ("cpd_category", row["cpd_category"])):
            if key[0] == "cpd_category" and not key[1]:
                continue
            bucket = sums.setdefault(key, {})
            bucket[f"{row['status']}_minutes"] = (
                bucket.get(f"{row['status']}_minutes", 0) + row["minutes"]
            )
            bucket[f"{row['status']}_count"] = (
                bucket.get(f"{row['status']}_count", 0) + row["count"]
            )
    kinds = [
        PracticeTotal(key=kind.value, label=str(kind.label), **sums.get((kind.value, ""), {}))
        for kind in PracticeEntry.Kind
    ]
    categories = [
        PracticeTotal(
            key=category.value,
            label=str(category.label),
            **sums.get(("cpd_category", category.value), {}),
        )
        for category in CPDCategory
    ]
    return PracticeTotals(kinds=kinds, cpd_categories=categories)


def practice_entries(*, user: AbstractBaseUser) -> list[PracticeEntry]:
    """The learner's own entries, newest date first (one query)."""
    return list(PracticeEntry.objects.filter(user=user).order_by("-date", "-pk"))


def person_name(user: AbstractBaseUser) -> str:
    """How a reviewer sees a person: the user model's full name, which on this site is the
    one rule `cms.models.User.name_for_others` (display name or "Person no. 12"); never the
    username or email, which may identify them. The fallback is for a host whose users have
    no full name."""
    return user.get_full_name().strip() or _("Person no. %(id)s") % {"id": user.pk}


@dataclass(frozen=True)
class ChecklistStatus:
    """A checklist of an active programme, and where the learner stands with it."""

    checklist: SignOffChecklist
    latest: ChecklistSignOff | None
    signed: bool

    @property
    def can_request(self) -> bool:
        return not self.signed and (
            self.latest is None or self.latest.status != ReviewStatus.PENDING
        )


def signoff_overview(*, user: AbstractBaseUser) -> list[ChecklistStatus]:
    """Every checklist of an active programme meant for people like `user` (its audience,
    `permissions.programme_audiences`) or already asked for, by programme, with the learner's
    latest request and whether it was ever signed (four queries at most)."""
    audiences = permissions.programme_audiences(user)
    checklists = list(
        SignOffChecklist.objects.filter(programme__active=True)
        .filter(Q(programme__audience__in=audiences) | Q(signoffs__user=user))
        .distinct()
        .select_related("programme")
        .order_by("programme__name", "programme_id", "sort_order", "pk")
    )
    latest: dict[int, ChecklistSignOff] = {}
    signed: set[int] = set()
    for signoff in ChecklistSignOff.objects.filter(user=user, checklist__in=checklists).order_by(
        "requested_at", "pk"
    ):
        latest[signoff.checklist_id] = signoff  # the newest wins
        if signoff.status == ReviewStatus.VERIFIED:
            signed.add(signoff.checklist_id)
    return [
        ChecklistStatus(checklist=c, latest=latest.get(c.pk), signed=c.pk in signed)
        for c in checklists
    ]


@dataclass(frozen=True)
class QueueItem:
    """Something waiting for a reviewer, with the person's display name only."""

    item: PracticeEntry | ChecklistSignOff
    name: str


@dataclass(frozen=True)
class ReviewQueue:
    entries: list[QueueItem]
    signoffs: list[QueueItem]


def review_queue(*, reviewer: AbstractBaseUser) -> ReviewQueue:
    """Pending practice entries (for supervisors) and pending sign-off requests of the kinds
    `reviewer` may sign, oldest first, never their own. A fixed number of queries."""
    entries: list[PracticeEntry] = []
    supervised = Q()
    if permissions.can_supervise(reviewer):
        # Only the people they supervise (permissions.supervises): their own collectives'.
        holders = permissions.certificate_holders_visible_to(reviewer)
        supervised = Q() if holders is None else Q(user_id__in=holders)
        entries = list(
            PracticeEntry.objects.filter(supervised, status=ReviewStatus.PENDING)
            .exclude(user=reviewer)
            .select_related("user")
            .order_by("created_at", "pk")
        )
    kinds = permissions.signable_checklist_kinds(reviewer)
    signoffs: list[ChecklistSignOff] = []
    if kinds:
        # Mentor-signed checklists only of learners the reviewer facilitates, supervisor-signed
        # ones only of people they supervise (permissions.can_sign_checklist).
        mentor_kind = SignOffChecklist.Signer.MENTOR
        facilitated = learners_facilitated_by(reviewer)
        signoffs = list(
            ChecklistSignOff.objects.filter(
                status=ReviewStatus.PENDING, checklist__signer__in=kinds
            )
            .filter(
                (~Q(checklist__signer=mentor_kind) & supervised)
                | Q(checklist__signer=mentor_kind, user_id__in=facilitated)
            )
            .exclude(user=reviewer)
            .select_related("user", "checklist", "checklist__programme")
            .order_by("requested_at", "pk")
        )
    return ReviewQueue(
        entries=[QueueItem(item=e, name=person_name(e.user)) for e in entries],
        signoffs=[QueueItem(item=s, name=person_name(s.user)) for s in signoffs],
    )


def certificates_visible(user: AbstractBaseUser, queryset):
    """`queryset` narrowed to the certificates whose holders `user` may see in the admin
    (`permissions.certificate_holders_visible_to`)."""
    holders = permissions.certificate_holders_visible_to(user)
    if holders is not None:
        queryset = queryset.filter(user_id__in=holders)
    return queryset
