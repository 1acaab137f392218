"""The five role groups: the database matches cms.roles, and the admin lets in only staff."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from cms.models import Invitation
from cms.roles import (
    ROLE_GROUP_NAMES,
    ROLE_PERMISSIONS,
    STAFF_ROLES,
    TRAINER_COLLECTION_PERMISSIONS,
    TRAINER_PAGE_PERMISSIONS,
    Role,
)
from courses.models import Cohort
from tests.factories import sign_in_with_mfa, user_with_role
from trauma_training.models import Collective


def dotted(permissions) -> set[str]:
    return {f"{p.content_type.app_label}.{p.codename}" for p in permissions}


@pytest.mark.django_db
def test_roles_five_groups_exist_after_migrations():
    role_names = {"Learner", "Mentor", "Trainer", "Coordinator", "Admin"}

    # Wagtail's own "Editors" and "Moderators" groups also exist; they are not roles.
    assert Group.objects.filter(name__in=role_names).count() == 5
    assert set(ROLE_GROUP_NAMES.values()) == role_names
    assert set(ROLE_GROUP_NAMES) == set(Role)


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(Role))
def test_roles_group_has_exactly_the_permissions_in_code(role):
    """Code and migration cannot drift: a change to ROLE_PERMISSIONS needs a migration."""
    group = Group.objects.get(name=ROLE_GROUP_NAMES[role])

    assert dotted(group.permissions.select_related("content_type")) == set(ROLE_PERMISSIONS[role])


@pytest.mark.django_db
def test_roles_trainers_have_page_permissions_on_the_root_page_only():
    trainers = Group.objects.get(name="Trainer")
    root = Page.objects.get(depth=1)

    rows = GroupPagePermission.objects.filter(group=trainers).select_related("permission")

    assert {(row.page_id, row.permission.codename) for row in rows} == {
        (root.pk, codename) for codename in TRAINER_PAGE_PERMISSIONS
    }
    assert {"add_page", "change_page", "publish_page"} <= set(TRAINER_PAGE_PERMISSIONS)


@pytest.mark.django_db
def test_roles_trainers_have_image_and_document_permissions_on_the_root_collection():
    trainers = Group.objects.get(name="Trainer")
    root = Collection.get_first_root_node()

    rows = GroupCollectionPermission.objects.filter(group=trainers).select_related(
        "permission__content_type"
    )

    assert {
        (row.collection_id, row.permission.content_type.app_label, row.permission.codename)
        for row in rows
    } == {(root.pk, app, codename) for app, codename in TRAINER_COLLECTION_PERMISSIONS}


@pytest.mark.django_db
def test_roles_no_other_role_has_page_or_collection_permissions():
    roles = ROLE_GROUP_NAMES.values()
    page_groups = GroupPagePermission.objects.filter(group__name__in=roles)
    collection_groups = GroupCollectionPermission.objects.filter(group__name__in=roles)

    assert set(page_groups.values_list("group__name", flat=True)) == {"Trainer"}
    assert set(collection_groups.values_list("group__name", flat=True)) == {"Trainer"}


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.LEARNER, Role.MENTOR])
def test_roles_learner_and_mentor_cannot_access_admin(role):
    user = user_with_role(role)

    assert user.has_perm("wagtailadmin.access_admin") is False
    assert "wagtailadmin.access_admin" not in ROLE_PERMISSIONS[role]


@pytest.mark.django_db
@pytest.mark.parametrize("role", sorted(STAFF_ROLES))
def test_roles_staff_can_access_admin(role):
    assert user_with_role(role).has_perm("wagtailadmin.access_admin") is True


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.LEARNER, Role.MENTOR])
@pytest.mark.parametrize("mfa_required", [True, False])
def test_roles_admin_home_refuses_learner_and_mentor(client, role, mfa_required):
    client.force_login(user_with_role(role))

    with override_settings(CMS_STAFF_MFA_REQUIRED=mfa_required):
        response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"


@pytest.mark.django_db
def test_roles_admin_home_refuses_anonymous(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.TRAINER, Role.COORDINATOR, Role.ADMIN])
def test_roles_admin_home_opens_for_staff_with_totp(client, role):
    user = user_with_role(role)
    sign_in_with_mfa(client, user)

    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
@pytest.mark.parametrize("role", [Role.TRAINER, Role.COORDINATOR, Role.ADMIN])
def test_roles_admin_home_opens_for_staff_when_mfa_not_required(client, role):
    client.force_login(user_with_role(role))

    assert client.get("/admin/").status_code == 200


# --- Who may invite whom -------------------------------------------------------------------------


def invitation_post(role: str, code: str = "INVITE2345", cohort: Cohort | None = None) -> dict:
    post = {"code": code, "role": role, "max_uses": "1", "expires_at": "2099-01-01 10:00"}
    if cohort is not None:
        post["cohort"] = str(cohort.pk)
    return post


def coordinator_with_cohort() -> tuple:
    """A coordinator and the cohort of the collective they coordinate."""
    coordinator = user_with_role(Role.COORDINATOR)
    cohort = Cohort.objects.create(name="Howrah evening group")
    Collective.objects.create(cohort=cohort, region="West Bengal").coordinators.add(coordinator)
    return coordinator, cohort


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
@pytest.mark.parametrize("role", [Role.TRAINER, Role.COORDINATOR, Role.ADMIN])
def test_invitations_coordinator_cannot_issue_a_staff_code(client, role):
    """Else a coordinator could sign up with an admin code and become a superuser."""
    coordinator, cohort = coordinator_with_cohort()
    client.force_login(coordinator)

    response = client.post("/admin/invitations/new/", invitation_post(role, cohort=cohort))

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["role"]
    assert Invitation.objects.count() == 0


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
def test_invitations_coordinator_form_offers_learner_and_mentor_only(client):
    client.force_login(user_with_role(Role.COORDINATOR))

    form = client.get("/admin/invitations/new/").context["form"]

    assert [value for value, _label in form.fields["role"].choices] == ["learner", "mentor"]


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
@pytest.mark.parametrize("role", [Role.LEARNER, Role.MENTOR])
def test_invitations_coordinator_issues_learner_and_mentor_codes(client, role):
    coordinator, cohort = coordinator_with_cohort()
    client.force_login(coordinator)

    response = client.post("/admin/invitations/new/", invitation_post(role, cohort=cohort))

    assert (response.status_code, response["Location"]) == (302, "/admin/invitations/")
    assert list(Invitation.objects.values_list("code", "role", "cohort")) == [
        ("INVITE2345", role, cohort.pk)
    ]


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
def test_invitations_coordinator_code_must_bring_people_into_one_of_their_cohorts(client):
    """With no cohort, whoever joined would belong to no collective, out of every
    coordinator's reach and support."""
    coordinator, _cohort = coordinator_with_cohort()
    client.force_login(coordinator)

    response = client.post("/admin/invitations/new/", invitation_post(Role.LEARNER))

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["cohort"]
    assert Invitation.objects.count() == 0


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
def test_invitations_admin_issues_a_trainer_code(client):
    client.force_login(user_with_role(Role.ADMIN))

    response = client.post("/admin/invitations/new/", invitation_post(Role.TRAINER))

    assert (response.status_code, response["Location"]) == (302, "/admin/invitations/")
    assert list(Invitation.objects.values_list("role", flat=True)) == ["trainer"]


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
def test_invitations_coordinator_cannot_turn_a_code_into_a_staff_code(client, make_invitation):
    coordinator = user_with_role(Role.COORDINATOR)
    # Their own code (a coordinator opens only their own codes and their cohorts' codes).
    invitation = make_invitation(code="EDITME2345", role=Role.LEARNER, created_by=coordinator)
    client.force_login(coordinator)

    response = client.post(
        f"/admin/invitations/edit/{invitation.pk}/", invitation_post(Role.ADMIN, "EDITME2345")
    )

    assert response.status_code == 200
    invitation.refresh_from_db()
    assert invitation.role == "learner"


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
def test_invitations_list_queries_do_not_grow_with_the_number_of_codes(client, make_invitation):
    coordinator = user_with_role(Role.COORDINATOR)
    client.force_login(coordinator)
    cohorts = [Cohort.objects.create(name=f"Collective {n}") for n in range(20)]
    # The coordinator's own collectives: the list shows only the codes for those.
    for cohort in cohorts:
        Collective.objects.create(cohort=cohort, region="Telangana").coordinators.add(coordinator)
    make_invitation(code="FIRST23456", cohort=cohorts[0])
    client.get("/admin/invitations/")  # warm per-process caches (menus, content types)

    with CaptureQueriesContext(connection) as few:
        assert client.get("/admin/invitations/").status_code == 200
    for n, cohort in enumerate(cohorts[1:]):
        make_invitation(code=f"MORE{n:06d}", cohort=cohort)
    with CaptureQueriesContext(connection) as many:
        response = client.get("/admin/invitations/")

    assert response.status_code == 200
    assert "MORE000018" in response.content.decode()
    assert len(many) == len(few)
