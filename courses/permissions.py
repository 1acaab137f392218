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
