"""Who may do what in the courses app. One module, so that every view asks the same question."""

from django.contrib.auth.models import AbstractBaseUser

from courses.models import CohortMembership


def can_preview_all_content(user: AbstractBaseUser) -> bool:
    """Staff who author or manage content may open any lesson without enrolling."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def can_sign_off(*, signer: AbstractBaseUser, learner: AbstractBaseUser) -> bool:
    """A facilitator may sign off members of a cohort they facilitate, never themselves."""
    if not signer.is_authenticated or signer.pk == learner.pk:
        return False
    return CohortMembership.objects.filter(
        user=signer,
        role=CohortMembership.Role.FACILITATOR,
        cohort__memberships__user=learner,
        cohort__memberships__role=CohortMembership.Role.MEMBER,
    ).exists()


def can_manage_enrolment(user: AbstractBaseUser) -> bool:
    return user.is_authenticated and user.has_perm("courses.manage_enrolment")


def can_view_analytics(user: AbstractBaseUser) -> bool:
    return user.is_authenticated and user.has_perm("courses.view_course_analytics")


def analytics_learners_visible_to(user: AbstractBaseUser):
    """The user ids (a queryset) whose progress `user`'s analytics count, or None for
    everyone's: superusers see all; otherwise the host's rule
    (COURSES_ANALYTICS_LEARNERS_VISIBLE_TO, e.g. a coordinator sees the learners of the
    collectives they coordinate); with no rule, all."""
    from django.utils.module_loading import import_string

    from courses import conf

    if user.is_superuser:
        return None
    rule = conf.get("ANALYTICS_LEARNERS_VISIBLE_TO")
    return import_string(rule)(user) if rule else None


def cohorts_manageable_by(user: AbstractBaseUser):
    """The cohorts `user` may list, edit, add people to and enrol (a queryset): every cohort
    for a superuser; otherwise the host's rule (COURSES_COHORTS_MANAGEABLE_BY, e.g. a
    coordinator's own collectives' cohorts); with no rule, every cohort. Every cohort admin
    view, choice list and enrolment form asks this, so a POST naming another cohort fails."""
    from django.utils.module_loading import import_string

    from courses import conf
    from courses.models import Cohort

    if not user.is_authenticated:
        return Cohort.objects.none()
    rule = conf.get("COHORTS_MANAGEABLE_BY")
    if user.is_superuser or not rule:
        return Cohort.objects.all()
    return import_string(rule)(user)


def people_manageable_by(user: AbstractBaseUser):
    """The people `user` may add to a cohort or enrol by CSV (a user queryset): everyone for
    a superuser; otherwise the host's rule (COURSES_PEOPLE_MANAGEABLE_BY, e.g. the learners
    and mentors of a coordinator's collectives); with no rule, everyone."""
    from django.contrib.auth import get_user_model
    from django.utils.module_loading import import_string

    from courses import conf

    people = get_user_model().objects.all()
    if not user.is_authenticated:
        return people.none()
    rule = conf.get("PEOPLE_MANAGEABLE_BY")
    if user.is_superuser or not rule:
        return people
    return import_string(rule)(user)
