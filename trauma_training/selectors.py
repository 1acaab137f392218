"""Reads of the programme layer that other code relies on: who mentors whom, and what a
person has consented to. One place for each rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Count, Max, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from cms.roles import Role, group_name
from courses.localization import localized_copies
from trauma_training.models import Collective, Consent, Mentorship, Nudge


def is_mentor_of(mentor: AbstractBaseUser | AnonymousUser, mentee: AbstractBaseUser) -> bool:
    """Whether `mentor` is `mentee`'s mentor now (a current, not ended, mentorship)."""
    if not getattr(mentor, "is_authenticated", False) or mentor.pk == mentee.pk:
        return False
    return Mentorship.objects.filter(mentor=mentor, mentee=mentee, ended_at__isnull=True).exists()


def consent_current(*, user: AbstractBaseUser, purpose: str) -> Consent | None:
    """The person's latest decision for `purpose`, or None if they never decided."""
    return Consent.objects.filter(user=user, purpose=purpose).order_by("-created_at", "-id").first()


def consent_granted(*, user: AbstractBaseUser, purpose: str) -> bool:
    """Whether the person's latest decision for `purpose` is "given" (never deciding is no)."""
    decision = consent_current(user=user, purpose=purpose)
    return bool(decision and decision.granted)


def mentor_may_see_progress(
    mentor: AbstractBaseUser | AnonymousUser, mentee: AbstractBaseUser
) -> bool:
    """A mentor sees a mentee's progress summary only while mentoring them and while the
    mentee consents to it (DOMAIN.md 6.4). Without it the mentor sees only the name."""
    return is_mentor_of(mentor, mentee) and consent_granted(
        user=mentee, purpose=Consent.Purpose.PROGRESS_TO_MENTOR
    )


# --- Names, roles and who may see a collective ----------------------------------------------


def display_name(user: AbstractBaseUser) -> str:
    """How one programme member sees another: the chosen display name or "Person no. 12",
    never the username or email (the one rule is the user model's `name_for_others`)."""
    return user.name_for_others


def in_group(user: AbstractBaseUser | AnonymousUser, role: str) -> bool:
    """Whether `user` is in the Django group of `role` (cms.roles)."""
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.groups.filter(name=group_name(role)).exists()
    )


def is_coordinator_of(user: AbstractBaseUser | AnonymousUser, collective: Collective) -> bool:
    """Superusers, and the collective's own coordinators."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return user.is_superuser or collective.coordinators.filter(pk=user.pk).exists()


def collectives_coordinated(user: AbstractBaseUser) -> QuerySet[Collective]:
    """The collectives `user` looks after (every collective for a superuser)."""
    collectives = Collective.objects.select_related("cohort").order_by("cohort__name")
    if user.is_superuser:
        return collectives
    return collectives.filter(coordinators=user)


def coordinates_any(user: AbstractBaseUser) -> bool:
    """Whether `user` may use the coordinators' pages: a superuser, or the coordinator of at
    least one collective."""
    return user.is_superuser or collectives_coordinated(user).exists()


def collectives_visible_to(user: AbstractBaseUser) -> QuerySet[Collective]:
    """Collectives whose page `user` may open: as a member, a facilitator (mentor) of its
    cohort, or a coordinator. Superusers are not included: the page is for the people in it."""
    return (
        Collective.objects.filter(
            Q(cohort__memberships__user=user) | Q(coordinators=user),
        )
        .select_related("cohort")
        .distinct()
        .order_by("cohort__name")
    )


# --- The collective page ------------------------------------------------------------------------

# A course's completions this month are shown only from this many members on: in a small
# collective "1 member completed ..." points at one person, and people know who has been busy.
CELEBRATION_MIN_MEMBERS = 2


@dataclass(frozen=True)
class Celebration:
    course_title: str
    members: int


@dataclass(frozen=True)
class CollectiveView:
    collective: Collective
    member_names: list[str]
    mentor_names: list[str]
    celebrations: list[Celebration]


def collective_celebrations(*, collective: Collective, now=None) -> list[Celebration]:
    """How many members completed each course this calendar month, as counts only (no names,
    no scores), and only where the count is at least CELEBRATION_MIN_MEMBERS. One query."""
    from courses.models import CohortMembership, CourseProgress

    now = timezone.localtime(now or timezone.now())
    month_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    members = CohortMembership.objects.filter(
        cohort_id=collective.cohort_id, role=CohortMembership.Role.MEMBER
    ).values("user_id")
    rows = (
        CourseProgress.objects.filter(
            user_id__in=members, completed_at__gte=month_start, completed_at__lte=now
        )
        .values("course_id", "course__title")
        .annotate(n=Count("user_id", distinct=True))
        .filter(n__gte=CELEBRATION_MIN_MEMBERS)
        .order_by("-n", "course__title")
    )
    return [Celebration(course_title=row["course__title"], members=row["n"]) for row in rows]


def collective_view(*, collective: Collective) -> CollectiveView:
    """What the collective page shows its people: names, goals and celebrations; never
    anyone's scores or progress. Two queries."""
    from courses.models import CohortMembership

    memberships = (
        CohortMembership.objects.filter(cohort_id=collective.cohort_id, user__is_active=True)
        .select_related("user")
        .order_by("user__display_name", "user_id")
    )
    members, mentors = [], []
    for membership in memberships:
        names = mentors if membership.role == CohortMembership.Role.FACILITATOR else members
        names.append(display_name(membership.user))
    return CollectiveView(
        collective=collective,
        member_names=members,
        mentor_names=mentors,
        celebrations=collective_celebrations(collective=collective),
    )


# --- Mentorships ----------------------------------------------------------------------------


def mentorships_current(*, mentor=None, mentee=None) -> QuerySet[Mentorship]:
    """Current (not ended) mentorships, filtered by mentor and/or mentee, people joined."""
    rows = Mentorship.objects.filter(ended_at__isnull=True).select_related("mentor", "mentee")
    if mentor is not None:
        rows = rows.filter(mentor=mentor)
    if mentee is not None:
        rows = rows.filter(mentee=mentee)
    return rows


def has_current_mentor(*, user: AbstractBaseUser) -> bool:
    """Whether someone other than `user` mentors them now: "your mentor can see this" is true
    only then (wellbeing sharing asks about a future mentor otherwise). One query."""
    return mentorships_current(mentee=user).exclude(mentor=user).exists()


def mentor_names(*, mentee: AbstractBaseUser) -> list[str]:
    """The display names of the person's current mentors (never the person themself)."""
    rows = mentorships_current(mentee=mentee).exclude(mentor=mentee)
    return [display_name(m.mentor) for m in rows]


def mentorships_for_coordinator(*, user: AbstractBaseUser) -> QuerySet[Mentorship]:
    """Current mentorships in the collectives `user` coordinates (all for a superuser)."""
    rows = mentorships_current().select_related("collective__cohort")
    if user.is_superuser:
        return rows
    return rows.filter(collective__coordinators=user)


# --- Consent ----------------------------------------------------------------------------------


def consents_current(*, user: AbstractBaseUser) -> dict[str, Consent | None]:
    """The person's latest decision for every purpose (None where never decided). One query;
    the same "latest wins" rule as consent_current."""
    latest: dict[str, Consent | None] = {purpose: None for purpose in Consent.Purpose.values}
    for row in Consent.objects.filter(user=user).order_by("-created_at", "-id"):
        if latest.get(row.purpose) is None:
            latest[row.purpose] = row
    return latest


def mentees_sharing_progress(*, mentor: AbstractBaseUser, mentee_ids: list[int]) -> set[int]:
    """Of `mentee_ids`, those whose progress `mentor` may see now: the bulk form of
    mentor_may_see_progress (current mentorship, and the latest decision for
    progress_to_mentor is "given"), in two queries for any number of mentees."""
    mentoring = set(
        mentorships_current(mentor=mentor)
        .filter(mentee_id__in=mentee_ids)
        .exclude(mentee=mentor)
        .values_list("mentee_id", flat=True)
    )
    decided: dict[int, bool] = {}
    rows = (
        Consent.objects.filter(user_id__in=mentoring, purpose=Consent.Purpose.PROGRESS_TO_MENTOR)
        .order_by("user_id", "-created_at", "-id")
        .values_list("user_id", "granted")
    )
    for user_id, granted in rows:
        decided.setdefault(user_id, granted)
    return {user_id for user_id, granted in decided.items() if granted}


# --- Mentor dashboard -----------------------------------------------------------------------

INACTIVE_DAYS = 14
NUDGE_EVERY_DAYS = 7


@dataclass
class CourseSummary:
    title: str
    url: str
    percent: int
    completed: bool


@dataclass
class MenteeEntry:
    mentee: AbstractBaseUser
    name: str
    shares_progress: bool
    courses: list[CourseSummary] = field(default_factory=list)
    last_active: datetime | None = None
    inactive: bool = False
    nudged_at: datetime | None = None

    @property
    def may_nudge(self) -> bool:
        return self.inactive and not nudge_too_soon(self.nudged_at)


@dataclass
class MentorDashboard:
    mentees: list[MenteeEntry]
    lesson_signoffs: int
    checklist_signoffs: int

    @property
    def shared_mentees(self) -> list[MenteeEntry]:
        return [entry for entry in self.mentees if entry.shares_progress]


def nudge_too_soon(last_sent: datetime | None, *, now: datetime | None = None) -> bool:
    """Whether a nudge sent at `last_sent` is recent enough that another must wait."""
    now = now or timezone.now()
    return last_sent is not None and last_sent > now - timedelta(days=NUDGE_EVERY_DAYS)


def last_activity(*, user_ids: list[int]) -> dict[int, datetime]:
    """Each person's latest learning activity: a lesson touched or a quiz attempted. Progress
    data: call it only for people who share their progress. Two queries."""
    from courses.models import LessonProgress, QuizAttempt

    latest: dict[int, datetime] = {}
    lesson_rows = (
        LessonProgress.objects.filter(user_id__in=user_ids)
        .values("user_id")
        .annotate(at=Max("updated_at"))
        .values_list("user_id", "at")
    )
    quiz_rows = (
        QuizAttempt.objects.filter(user_id__in=user_ids)
        .order_by()
        .values("user_id")
        .annotate(at=Max("created_at"))
        .values_list("user_id", "at")
    )
    for user_id, at in [*lesson_rows, *quiz_rows]:
        if at is not None and (user_id not in latest or at > latest[user_id]):
            latest[user_id] = at
    return latest


def is_inactive(*, last_active: datetime | None, joined: datetime, now=None) -> bool:
    """No learning activity for INACTIVE_DAYS (counted from joining if never active)."""
    now = now or timezone.now()
    return (last_active or joined) <= now - timedelta(days=INACTIVE_DAYS)


def mentee_inactive(*, mentee: AbstractBaseUser) -> bool:
    """`is_inactive` for one person (used by the nudge service)."""
    return is_inactive(
        last_active=last_activity(user_ids=[mentee.pk]).get(mentee.pk), joined=mentee.date_joined
    )


def mentor_dashboard(*, mentor: AbstractBaseUser) -> MentorDashboard:
    """The mentor's current mentees by display name; for those who share their progress, the
    courses they have joined with percent, when they were last active and whether they have
    been away INACTIVE_DAYS; and how much waits in the sign-off queues. A fixed number of
    queries whatever the number of mentees. Reading only: the caller records the audit."""
    from certifications.selectors import review_queue
    from courses.models import CourseProgress, Enrolment
    from courses.selectors import signoff_queue

    now = timezone.now()
    mentorships = list(
        mentorships_current(mentor=mentor).exclude(mentee=mentor).order_by("mentee__display_name")
    )
    mentees = {m.mentee_id: m.mentee for m in mentorships if m.mentee.is_active}
    sharing = mentees_sharing_progress(mentor=mentor, mentee_ids=list(mentees))
    enrolments = (
        Enrolment.objects.filter(user_id__in=sharing, status=Enrolment.Status.ACTIVE)
        .select_related("course")
        .order_by("course__path")
    )
    percents = {
        (row.user_id, row.course_id): row
        for row in CourseProgress.objects.filter(user_id__in=sharing)
    }
    activity = last_activity(user_ids=list(sharing))
    nudged = dict(
        Nudge.objects.filter(mentor=mentor, mentee_id__in=sharing)
        .values("mentee_id")
        .annotate(at=Max("created_at"))
        .values_list("mentee_id", "at")
    )
    entries = {
        pk: MenteeEntry(mentee=user, name=display_name(user), shares_progress=pk in sharing)
        for pk, user in mentees.items()
    }
    # Titles in the mentor's language where a live translation exists (progress stays on
    # the source course); no query in English, cached with the page tree otherwise.
    copies = localized_copies({e.course_id: e.course for e in enrolments}.values())
    for enrolment in enrolments:
        row = percents.get((enrolment.user_id, enrolment.course_id))
        entries[enrolment.user_id].courses.append(
            CourseSummary(
                title=copies[enrolment.course_id].title,
                url=enrolment.course.url,
                percent=row.percent if row else 0,
                completed=bool(row and row.completed_at),
            )
        )
    for pk in sharing:
        entry = entries[pk]
        entry.last_active = activity.get(pk)
        entry.inactive = is_inactive(
            last_active=entry.last_active, joined=entry.mentee.date_joined, now=now
        )
        entry.nudged_at = nudged.get(pk)
    return MentorDashboard(
        mentees=list(entries.values()),
        lesson_signoffs=len(signoff_queue(signer=mentor)),
        checklist_signoffs=len(review_queue(reviewer=mentor).signoffs),
    )


def nudges_for(*, mentee: AbstractBaseUser, limit: int = 10) -> list[Nudge]:
    """The latest nudges a person received, with the mentor joined."""
    return list(Nudge.objects.filter(mentee=mentee).select_related("mentor")[:limit])


def people_coordinated_by(user: AbstractBaseUser):
    """Ids (a queryset) of the people in the collectives `user` coordinates: their members
    and facilitators. The host's rule for which certificates a coordinator sees
    (CERTIFICATIONS_HOLDERS_VISIBLE_TO)."""
    from courses.models import CohortMembership

    return CohortMembership.objects.filter(cohort__collective__coordinators=user).values("user_id")


def cohorts_coordinated_by(user: AbstractBaseUser):
    """The cohorts of the collectives `user` coordinates (a queryset of courses.Cohort): the
    cohorts a coordinator may list, edit, enrol and add people to. The host's rule for
    COURSES_COHORTS_MANAGEABLE_BY (courses asks it only for non-superusers)."""
    from courses.models import Cohort

    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Cohort.objects.none()
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(collective__coordinators=user).distinct()


def people_manageable_by(user: AbstractBaseUser):
    """The one rule for whom a staff member may find, reset, enrol, add to a cohort, pair or
    invite into a cohort (DOMAIN.md 6.6): learners and mentors only, never staff or
    superusers; for a superuser every such account, for anyone else only the members and
    facilitators of the collectives they coordinate (so a trainer or a coordinator without
    a collective reaches no one). A queryset of users. The host's rule for
    COURSES_PEOPLE_MANAGEABLE_BY, and what Find a person, password resets, the users admin,
    the cohort-membership, mentorship and invitation forms all ask."""
    from django.contrib.auth import get_user_model

    from cms.roles import STAFF_ROLES

    people = get_user_model().objects.filter(is_superuser=False)
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return people.none()
    staff = [group_name(role) for role in STAFF_ROLES]
    people = people.exclude(groups__name__in=staff)
    if user.is_superuser:
        return people
    return people.filter(pk__in=people_coordinated_by(user))


def may_manage_person(user: AbstractBaseUser, person: AbstractBaseUser) -> bool:
    """Whether `person` is among people_manageable_by(user) (one query)."""
    return people_manageable_by(user).filter(pk=person.pk).exists()


def analytics_learners_visible_to(user: AbstractBaseUser):
    """Whose progress a staff member's course and H5P analytics count (DOMAIN.md 6.4: "a
    coordinator sees aggregates for own collectives"): None (everyone) for trainers, who
    write the courses for the whole programme; otherwise the people of the collectives
    `user` coordinates. The host's rule for COURSES_ANALYTICS_LEARNERS_VISIBLE_TO."""
    if in_group(user, Role.TRAINER):
        return None
    return people_coordinated_by(user)


def people_publishing_certificates():
    """Ids (a queryset) of the people whose latest decision for the certificates purpose is
    "given" (never deciding is no). The host's rule for CERTIFICATIONS_PUBLIC_HOLDERS
    (DOMAIN.md 6.7): only their certificates are public; everyone else's show nothing on the
    verification page and are suspended in the status list."""
    from django.contrib.auth import get_user_model

    latest = (
        Consent.objects.filter(user=OuterRef("pk"), purpose=Consent.Purpose.CERTIFICATES)
        .order_by("-created_at", "-id")
        .values("granted")[:1]
    )
    return (
        get_user_model()
        .objects.annotate(certificates_consent=Subquery(latest))
        .filter(certificates_consent=True)
        .values("pk")
    )


def reminders_allowed(user: AbstractBaseUser) -> bool:
    """Whether the person agreed to reminders (DOMAIN.md 6.2): the host's rule for emailing
    certificate reminders (CERTIFICATIONS_REMINDER_EMAIL_ALLOWED)."""
    return consent_granted(user=user, purpose=Consent.Purpose.REMINDERS)
