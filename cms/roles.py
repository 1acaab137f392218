"""The five roles, as Django groups. One place for their names and what each may do.

Migration `0003_create_role_groups` created the groups from a frozen copy of these tables; a
test checks that the database still matches them, so a change here needs a new migration.
A role is given by adding the user to the group (invitations do this at sign-up).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    MENTOR = "mentor", _("Mentor")
    TRAINER = "trainer", _("Trainer")
    COORDINATOR = "coordinator", _("Coordinator")
    ADMIN = "admin", _("Admin")


# Group names are data, not interface text: never translated, so lookups work in any language.
ROLE_GROUP_NAMES = {
    Role.LEARNER: "Learner",
    Role.MENTOR: "Mentor",
    Role.TRAINER: "Trainer",
    Role.COORDINATOR: "Coordinator",
    Role.ADMIN: "Admin",
}


def group_name(role: str) -> str:
    """The Django group that stands for `role`, e.g. "Learner"."""
    return ROLE_GROUP_NAMES[Role(role)]


# Roles that work in the Wagtail admin; they must use TOTP (DOMAIN.md 6.4, least privilege).
STAFF_ROLES = {Role.TRAINER, Role.COORDINATOR, Role.ADMIN}


def invitable_roles(user) -> set[str]:
    """The roles `user` may hand out with an invitation code.

    Only admins invite staff. A coordinator who could issue a trainer, coordinator or admin
    code could sign up with it and so give themselves (or anyone) more rights than they have.
    """
    if user is not None and user.is_superuser:
        return set(Role)
    return set(Role) - STAFF_ROLES


# Model permissions per role, as "app_label.codename". Page and collection permissions for
# trainers are granted separately (they attach to the page tree and the root collection).
ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.LEARNER: [],
    Role.MENTOR: [],
    Role.TRAINER: [
        "wagtailadmin.access_admin",
        "courses.view_course_analytics",
        # Not delete: an activity's attempts are learners' results.
        "courses.add_h5pactivity",
        "courses.change_h5pactivity",
        "courses.view_h5pactivity",
        # Translating courses in the admin (wagtail-localize's own permission).
        "wagtail_localize.submit_translation",
    ],
    Role.COORDINATOR: [
        "wagtailadmin.access_admin",
        "courses.view_course_analytics",
        "courses.add_cohort",
        "courses.change_cohort",
        "courses.view_cohort",
        "courses.add_cohortmembership",
        "courses.change_cohortmembership",
        "courses.view_cohortmembership",
        "courses.manage_enrolment",
        "cms.add_invitation",
        "cms.change_invitation",
        "cms.view_invitation",
        "cms.reset_learner_password",
        # Not the safety settings (quick exit address, helplines): they are site-wide, so one
        # collective's coordinator would change them for every collective; admins only.
        "courses.add_xapicredential",
        "courses.change_xapicredential",
        "courses.view_xapicredential",
        "courses.delete_xapicredential",
        # Certification: programmes and templates, certificates read-only (they change only
        # through services, which keep the history), revoking, and supervisor sign-offs.
        "certifications.add_certificationprogramme",
        "certifications.change_certificationprogramme",
        "certifications.view_certificationprogramme",
        "certifications.add_certificatetemplate",
        "certifications.change_certificatetemplate",
        "certifications.view_certificatetemplate",
        "certifications.view_certificate",
        "certifications.revoke_certificate",
        "certifications.supervise",
        # Collectives they coordinate (the admin narrows the list to those).
        "trauma_training.add_collective",
        "trauma_training.change_collective",
        "trauma_training.view_collective",
    ],
    Role.ADMIN: [],  # admins are superusers
}

TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
TRAINER_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
