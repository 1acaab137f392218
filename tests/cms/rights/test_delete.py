"""Deleting my account: what goes, what stays, and who may (DOMAIN.md 6.5)."""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse

from certifications.models import Certificate, ChecklistSignOff, PracticeEntry
from courses.models import SignOff, XAPIStatement
from tests.factories import sign_in_with_mfa, user_with_role
from trauma_training.audit.models import AuditAction, AuditEntry
from trauma_training.models import Mentorship
from trauma_training.wellbeing.models import CheckIn, JournalEntry

pytestmark = pytest.mark.django_db

URL = reverse("rights:delete")
PASSWORD = "pass-word-123"
OUR_APPS = {"cms", "courses", "certifications", "trauma_training", "audit", "wellbeing"}

# Every link from our apps' models to the user model and what deleting the user does to it
# (docs/my-data.md). A new link fails this test until someone decides and writes it here.
ON_DELETE = {
    "cms.Invitation.created_by": "SET_NULL",
    "courses.Cohort.members": "M2M (through CohortMembership)",
    "courses.CohortMembership.user": "CASCADE",
    "courses.Enrolment.user": "CASCADE",
    "courses.Enrolment.enrolled_by": "SET_NULL",
    "courses.H5PActivity.created_by": "SET_NULL",
    "courses.H5PAttempt.user": "CASCADE",
    # Counts and best scores kept from the attempts: nothing without them.
    "courses.H5PActivityResult.user": "CASCADE",
    "courses.LessonProgress.user": "CASCADE",
    "courses.ModuleProgress.user": "CASCADE",
    "courses.CourseProgress.user": "CASCADE",
    "courses.QuizAttempt.user": "CASCADE",
    "courses.ReflectionResponse.user": "CASCADE",
    # The row goes with the account; its sealed file is deleted after the commit (personal_files).
    "courses.VoiceNote.user": "CASCADE",
    "courses.SignOff.learner": "CASCADE",
    "courses.SignOff.signed_by": "SET_NULL",
    "courses.XAPIStatement.user": "CASCADE",
    "courses.XAPIStateDocument.user": "CASCADE",
    "courses.XAPIProfileDocument.user": "CASCADE",
    "courses.XAPICredential.created_by": "SET_NULL",
    # Who published shaming feedback with a reason: the record of the reason outlives them.
    "courses.WordingOverride.overridden_by": "SET_NULL",
    "certifications.Certificate.user": "CASCADE",
    "certifications.CertificateEvent.by": "SET_NULL",
    "certifications.PracticeEntry.user": "CASCADE",
    "certifications.PracticeEntry.reviewed_by": "SET_NULL",
    "certifications.ChecklistSignOff.user": "CASCADE",
    "certifications.ChecklistSignOff.reviewed_by": "SET_NULL",
    "trauma_training.Collective.coordinators": "M2M",
    "trauma_training.Mentorship.mentor": "CASCADE",
    "trauma_training.Mentorship.mentee": "CASCADE",
    "trauma_training.Mentorship.assigned_by": "SET_NULL",
    "trauma_training.Consent.user": "CASCADE",
    "trauma_training.Nudge.mentor": "CASCADE",
    "trauma_training.Nudge.mentee": "CASCADE",
    "audit.AuditEntry.actor": "SET_NULL",
    "audit.AuditEntry.subject": "SET_NULL",
    "wellbeing.Goal.user": "CASCADE",
    "wellbeing.JournalEntry.user": "CASCADE",
    "wellbeing.ReflectionShare.user": "CASCADE",
    "wellbeing.CheckIn.user": "CASCADE",
}


def _links_to_user() -> dict[str, str]:
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = {}
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS or model._meta.proxy:
            continue
        for field in model._meta.get_fields():
            if field.auto_created or not field.is_relation or field.related_model is not user_model:
                continue
            # Page subclasses inherit Wagtail's owner/locked_by (SET_NULL on wagtailcore.Page).
            if field.model is not model:
                continue
            key = f"{model._meta.label}.{field.name}"
            if field.many_to_many:
                through = field.remote_field.through
                found[key] = (
                    "M2M" if through._meta.auto_created else f"M2M (through {through.__name__})"
                )
            else:
                found[key] = field.remote_field.on_delete.__name__
    return found


def test_every_link_to_the_user_model_has_a_decided_on_delete():
    assert _links_to_user() == ON_DELETE


def _rows_of(user_id: int) -> dict[str, int]:
    """How many rows of each of our models still point at `user_id`."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    counts = {}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if (
                field.is_relation
                and not field.auto_created
                and field.related_model is user_model
                and not field.many_to_many
                and field.model is model
            ):
                n = model._base_manager.filter(**{f"{field.attname}": user_id}).count()
                if n:
                    counts[f"{model._meta.label}.{field.name}"] = n
    return counts


def test_account_delete_page_says_what_goes_and_stays(client, world):
    client.force_login(world.learner.user)

    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "What will be deleted" in html and "What stays" in html
    assert '<label for="id_password">' in html and '<label for="id_confirm">' in html


def test_account_delete_wrong_password_400_nothing_deleted(client, world):
    user = world.learner.user
    client.force_login(user)
    before = _rows_of(user.pk)

    response = client.post(URL, {"password": "nope", "confirm": "on"})

    assert response.status_code == 400
    assert "That password is not right" in response.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()
    assert _rows_of(user.pk) == before
    assert not AuditEntry.objects.filter(action=AuditAction.ACCOUNT_DELETED).exists()


def test_account_delete_pauses_after_five_wrong_passwords(client, world):
    user = world.learner.user
    client.force_login(user)

    tries = [client.post(URL, {"password": f"guess-{n}", "confirm": "on"}) for n in range(5)]
    paused = client.post(URL, {"password": PASSWORD, "confirm": "on"})

    assert [response.status_code for response in tries] == [400] * 5
    assert paused.status_code == 429
    assert "this page is paused for 15 minutes" in paused.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()


def test_account_delete_a_missing_tick_is_not_a_wrong_password(client, world):
    user = world.learner.user
    client.force_login(user)

    for _ in range(6):
        client.post(URL, {"password": PASSWORD})
    response = client.post(URL, {"password": PASSWORD, "confirm": "on"})

    assert response.status_code == 200
    assert not get_user_model().objects.filter(pk=user.pk).exists()


def test_account_delete_without_tick_400(client, world):
    user = world.learner.user
    client.force_login(user)

    response = client.post(URL, {"password": PASSWORD})

    assert response.status_code == 400
    assert response.context["form"].errors["confirm"] == ["Please tick the box to confirm."]
    assert get_user_model().objects.filter(pk=user.pk).exists()


@pytest.mark.parametrize(
    "role, is_staff",
    [("coordinator", True), ("coordinator", False), ("trainer", False), ("admin", True)],
)
def test_account_delete_staff_refused(client, role, is_staff):
    # Refused by the admin access a role gives, whether or not the account is marked staff.
    staff = user_with_role(role, username=f"staff-{role}")
    staff.is_staff = is_staff
    staff.save()
    sign_in_with_mfa(client, staff)

    page = client.get(URL)
    post = client.post(URL, {"password": PASSWORD, "confirm": "on"})

    assert page.status_code == 200
    assert "ask an administrator" in page.content.decode()
    assert "id_password" not in page.content.decode()
    assert post.status_code == 403
    assert get_user_model().objects.filter(pk=staff.pk).exists()


def test_account_delete_success_erases_person_keeps_others(
    client, world, django_capture_on_commit_callbacks
):
    person, other, meera = world.learner, world.other, world.mentor
    user_id = person.user.pk
    client.force_login(person.user)
    other_before = _rows_of(other.user.pk)
    meera_before = _rows_of(meera.pk)
    for name in person.pdf_names + other.pdf_names:
        assert default_storage.exists(name)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, {"password": PASSWORD, "confirm": "on"})

    assert response.status_code == 200
    assert 'role="status"' in response.content.decode()
    assert not get_user_model().objects.filter(pk=user_id).exists()
    # Nothing of the person remains but the audit log's labels.
    assert _rows_of(user_id) == {}
    assert not Certificate.objects.filter(code__in=[person.certificate.code]).exists()
    assert not XAPIStatement.objects.filter(statement_id=person.statement_id).exists()
    assert not JournalEntry.objects.filter(text="Journal of asha").exists()
    for name in person.pdf_names:
        assert not default_storage.exists(name)
    # Other people's rows are intact.
    for name in other.pdf_names:
        assert default_storage.exists(name)
    assert _rows_of(other.user.pk) == other_before
    meera_after = _rows_of(meera.pk)
    # Meera's links to Asha went with Asha (mentorship, nudge, sign-offs she gave Asha).
    assert meera_after == {
        **meera_before,
        "courses.SignOff.signed_by": 1,
        "certifications.PracticeEntry.reviewed_by": 1,
        "certifications.ChecklistSignOff.reviewed_by": 1,
        "trauma_training.Mentorship.mentor": 1,
        "trauma_training.Nudge.mentor": 1,
        # Meera viewed Asha's data: the entry stays, with Meera as actor and no subject.
        "audit.AuditEntry.actor": meera_before["audit.AuditEntry.actor"],
    }
    assert CheckIn.objects.filter(user=meera).count() == 1
    # The audit entry: actor and subject were the person; only the label stays.
    entry = AuditEntry.objects.get(action=AuditAction.ACCOUNT_DELETED)
    assert (entry.actor_id, entry.subject_id) == (None, None)
    assert (entry.actor_label, entry.subject_label) == (f"user #{user_id}", f"user #{user_id}")
    assert (
        AuditEntry.objects.filter(subject_label=f"user #{user_id}", subject__isnull=True).count()
        >= 4
    )
    # Signed out.
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("rights:my_data")).status_code == 302


def test_account_delete_mentor_keeps_learners_signoffs(client, world):
    meera = world.mentor
    meera_id = meera.pk
    client.force_login(meera)

    response = client.post(URL, {"password": PASSWORD, "confirm": "on"})

    assert response.status_code == 200
    learners = [world.learner.user, world.other.user]
    assert SignOff.objects.filter(learner__in=learners, signed_by__isnull=True).count() == 2
    assert PracticeEntry.objects.filter(user__in=learners, reviewed_by__isnull=True).count() == 2
    assert ChecklistSignOff.objects.filter(user__in=learners, reviewed_by__isnull=True).count() == 2
    assert JournalEntry.objects.filter(user__in=learners).count() == 2
    assert not Mentorship.objects.filter(mentor_id=meera_id).exists()
    assert not CheckIn.objects.filter(user_id=meera_id).exists()


def test_account_erase_command_erases_staff_too(world, django_capture_on_commit_callbacks):
    coordinator = world.coordinator
    user_id = coordinator.pk

    with django_capture_on_commit_callbacks(execute=True):
        call_command("account_erase", "coord", "--yes")

    assert not get_user_model().objects.filter(pk=user_id).exists()
    assert world.collective.coordinators.count() == 0
    entry = AuditEntry.objects.get(action=AuditAction.ACCOUNT_DELETED)
    assert (entry.actor_label, entry.subject_label) == (
        "manage.py account_erase",
        f"user #{user_id}",
    )


def test_account_erase_command_learner_files_deleted(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("account_erase", "asha", "--yes")

    for name in world.learner.pdf_names:
        assert not default_storage.exists(name)
    assert _rows_of(world.learner.user.pk) == {}


def test_account_erase_command_unknown_username():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No account"):
        call_command("account_erase", "nobody", "--yes")
