"""The optional email address: sealed at rest, found by its digest, never in allauth's table,
masked wherever someone else's address could show (DOMAIN.md 6.1, docs/email-privacy.md)."""

import logging
import re
from io import StringIO
from types import SimpleNamespace

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import FieldError
from django.core.management import call_command
from django.db import connection
from django.template import Context, Template
from django.test import override_settings
from wagtail.admin.templatetags.wagtailadmin_tags import avatar_url

from cms import crypto
from cms.fields import EMAIL_LABEL, email_digest, email_masked
from tests.factories import sign_in_with_mfa, user_with_role

User = get_user_model()
migration = __import__("cms.migrations.0009_encrypt_user_emails", fromlist=["encrypt_emails"])

pytestmark = pytest.mark.django_db

ADDRESS = "asha@example.org"
PASSWORD = "a-long-pass-phrase-77"


def raw_email(user) -> tuple[str, str]:
    """The stored values, read around the model field."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT email, email_digest FROM {User._meta.db_table} WHERE id = %s", [user.pk]
        )
        return cursor.fetchone()


def raw_email_write(user, value: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {User._meta.db_table} SET email = %s WHERE id = %s", [value, user.pk]
        )


# --- At rest ---------------------------------------------------------------------------------


def test_email_is_stored_sealed_and_read_back_plain():
    user = user_with_role("learner", username="asha", email=ADDRESS)

    stored, digest = raw_email(user)

    assert ADDRESS not in stored and "asha" not in stored
    assert stored.startswith("enc1$")
    assert digest == email_digest(ADDRESS) and len(digest) == 64
    assert User.objects.get(pk=user.pk).email == ADDRESS


def test_email_sealed_twice_differs_each_time():
    user = user_with_role("learner", username="asha", email=ADDRESS)
    first, first_digest = raw_email(user)

    user.save()
    second, second_digest = raw_email(user)

    assert first != second
    assert first_digest == second_digest
    assert User.objects.get(pk=user.pk).email == ADDRESS


def test_email_empty_is_stored_empty():
    user = user_with_role("learner", username="nomail")

    assert raw_email(user) == ("", "")
    assert User.objects.get(pk=user.pk).email == ""


def test_email_save_with_update_fields_keeps_the_digest_in_step():
    user = user_with_role("learner", username="asha", email=ADDRESS)

    user.email = "new@example.org"
    user.save(update_fields=["email"])

    assert raw_email(user)[1] == email_digest("new@example.org")
    assert User.objects.get(email="new@example.org") == user
    assert not User.objects.filter(email=ADDRESS).exists()


# --- Lookups ---------------------------------------------------------------------------------


def test_email_lookup_by_digest_ignores_case_and_spaces():
    user = user_with_role("learner", username="asha", email=ADDRESS)
    user_with_role("learner", username="other", email="other@example.org")

    assert User.objects.get(email=" ASHA@Example.ORG ") == user
    assert User.objects.get(email__iexact="Asha@example.org") == user
    assert list(User.objects.filter(email__in=["nobody@example.org", "asha@EXAMPLE.org"])) == [user]
    assert list(User.objects.filter(email__in=[])) == []
    assert User.objects.filter(email="asha@example.com").exists() is False


def test_email_lookup_for_empty_finds_people_without_an_address():
    with_address = user_with_role("learner", username="asha", email=ADDRESS)
    without = user_with_role("learner", username="nomail")

    assert list(User.objects.filter(email="")) == [without]
    assert list(User.objects.exclude(email="").filter(username__in=["asha", "nomail"])) == [
        with_address
    ]


def test_email_icontains_matches_only_a_whole_address():
    user = user_with_role("learner", username="asha", email=ADDRESS)

    assert list(User.objects.filter(email__icontains="ASHA@example.org")) == [user]
    assert list(User.objects.filter(email__icontains="asha")) == []


def test_email_other_lookups_raise_instead_of_matching_ciphertext():
    with pytest.raises(FieldError):
        list(User.objects.filter(email__startswith="enc1"))


# --- Sign-up, sign-in, password reset, allauth's table ----------------------------------------


def signup(client, code: str, username: str, email: str):
    return client.post(
        "/accounts/signup/",
        {
            "invitation_code": code,
            "username": username,
            "display_name": "",
            "preferred_language": "en",
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "is_adult": "on",
        },
    )


def test_signup_with_email_then_sign_in_keeps_no_readable_copy(client, make_invitation):
    make_invitation(code="ABCDE23456", role="learner", max_uses=5)

    response = signup(client, "ABCDE23456", "asha", "Asha@Example.org")

    assert response.status_code == 302
    user = User.objects.get(username="asha")
    assert user.email == "asha@example.org"
    assert "asha@example.org" not in raw_email(user)[0].lower()
    assert EmailAddress.objects.count() == 0
    client.logout()
    response = client.post("/accounts/login/", {"login": "asha", "password": PASSWORD})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk


def test_signup_with_an_address_in_use_is_refused(client, make_invitation):
    make_invitation(code="ABCDE23456", role="learner", max_uses=5)
    user_with_role("learner", username="first", email=ADDRESS)

    response = signup(client, "ABCDE23456", "second", "ASHA@example.org")

    assert response.status_code == 200
    assert response.context["form"].errors["email"] == [
        "A user is already registered with this email address."
    ]
    assert not User.objects.filter(username="second").exists()


def test_password_reset_by_email_reaches_the_right_person_and_works(client):
    user = user_with_role("learner", username="asha", email=ADDRESS)
    user_with_role("learner", username="other", email="other@example.org")

    response = client.post("/accounts/password/reset/", {"email": "ASHA@example.org"})

    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [[ADDRESS]]
    link = re.search(r"https?://[^/]+(/accounts/password/reset/key/\S+)", mail.outbox[0].body)
    set_password_page = client.get(link.group(1))
    assert set_password_page.status_code == 302
    new = "another-long-phrase-88"
    done = client.post(set_password_page.url, {"password1": new, "password2": new})
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new)
    assert EmailAddress.objects.count() == 0


def test_password_reset_answers_the_same_for_an_unknown_address(client):
    user_with_role("learner", username="asha", email=ADDRESS)

    known = client.post("/accounts/password/reset/", {"email": ADDRESS})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})

    assert (known.status_code, known.url) == (unknown.status_code, unknown.url)
    # The person asking sees the same page; nothing is sent to the account's address for it.
    assert [m.to for m in mail.outbox if ADDRESS in m.to] == [[ADDRESS]]
    assert all(m.to == ["nobody@example.org"] for m in mail.outbox[1:])


def test_allauth_email_page_leaves_no_emailaddress_row(client):
    user = user_with_role("learner", username="asha", email=ADDRESS)
    client.force_login(user)

    client.get("/accounts/email/")

    assert EmailAddress.objects.count() == 0


# --- Migration, rotation, tampering ------------------------------------------------------------


def test_migration_encrypts_existing_addresses_and_reverses():
    user = user_with_role("learner", username="asha")
    raw_email_write(user, ADDRESS)  # as stored before the migration: plain text
    EmailAddress.objects.bulk_create([EmailAddress(user=user, email=ADDRESS, primary=True)])
    schema_editor = SimpleNamespace(connection=connection)

    migration.encrypt_emails(apps, schema_editor)

    stored, digest = raw_email(user)
    assert stored.startswith("enc1$") and digest == email_digest(ADDRESS)
    assert User.objects.get(email=ADDRESS) == user
    assert EmailAddress.objects.count() == 0

    migration.decrypt_emails(apps, schema_editor)

    assert raw_email(user) == (ADDRESS, "")


def test_key_rotation_with_fallbacks_and_reencrypt_command():
    with override_settings(SECRET_KEY="old-secret-key"):
        user = user_with_role("learner", username="asha", email=ADDRESS)
        old_stored, old_digest = raw_email(user)

    with override_settings(SECRET_KEY="new-secret-key", SECRET_KEY_FALLBACKS=["old-secret-key"]):
        assert User.objects.get(pk=user.pk).email == ADDRESS
        assert User.objects.get(email=ADDRESS) == user  # the old digest still matches
        out = StringIO()
        call_command("emails_reencrypt", stdout=out)
        assert out.getvalue().strip() == (
            "1 re-encrypted, 0 already under the current key, 0 unreadable."
        )
        new_stored, new_digest = raw_email(user)

    assert new_stored != old_stored and new_digest != old_digest
    with override_settings(SECRET_KEY="new-secret-key", SECRET_KEY_FALLBACKS=[]):
        assert User.objects.get(pk=user.pk).email == ADDRESS
        assert User.objects.get(email=ADDRESS) == user


def test_key_changed_without_fallback_makes_addresses_unreadable():
    with override_settings(SECRET_KEY="old-secret-key"):
        user = user_with_role("learner", username="asha", email=ADDRESS)

    with override_settings(SECRET_KEY="new-secret-key", SECRET_KEY_FALLBACKS=[]):
        assert User.objects.get(pk=user.pk).email == ""
        assert not User.objects.filter(email=ADDRESS).exists()
        err = StringIO()
        call_command("emails_reencrypt", "--clear-unreadable", stdout=StringIO(), stderr=err)
        assert f"user #{user.pk}: the address cannot be read" in err.getvalue()
        assert raw_email(user) == ("", "")


def test_tampered_ciphertext_reads_as_no_address_and_is_logged(caplog):
    user = user_with_role("learner", username="asha", email=ADDRESS)
    stored = raw_email(user)[0]
    tampered = stored[:-2] + ("A" if stored[-2] != "A" else "B") + stored[-1]
    raw_email_write(user, tampered)

    with caplog.at_level(logging.WARNING, logger="cms.fields"):
        assert User.objects.get(pk=user.pk).email == ""

    assert "could not be read" in caplog.text
    with pytest.raises(crypto.DecryptionError, match="changed or is damaged"):
        crypto.unseal(tampered, label=EMAIL_LABEL)


def test_sealed_value_for_another_purpose_does_not_open():
    sealed = crypto.seal(ADDRESS, label="some.other.purpose")

    with pytest.raises(crypto.DecryptionError):
        crypto.unseal(sealed, label=EMAIL_LABEL)


# --- Masking --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("asha@example.org", "a\u2022\u2022\u2022@e\u2022\u2022\u2022.org"),
        ("R.K@mail.example.co.in", "R\u2022\u2022\u2022@m\u2022\u2022\u2022.in"),
        ("x@localhost", "x\u2022\u2022\u2022@l\u2022\u2022\u2022"),
        ("not-an-address", "\u2022\u2022\u2022"),
        ("", ""),
        (None, ""),
    ],
)
def test_email_masked_shows_only_first_letters_and_the_ending(address, masked):
    assert email_masked(address) == masked


def test_email_masked_template_filter():
    html = Template("{% load email_tags %}{{ a|email_masked }}").render(Context({"a": ADDRESS}))

    assert html == "a\u2022\u2022\u2022@e\u2022\u2022\u2022.org"


def test_mentor_and_coordinator_pages_never_show_a_mentee_email(client):
    from courses.models import Cohort, CohortMembership
    from trauma_training import services
    from trauma_training.models import Collective, Consent, Mentorship

    mentor = user_with_role("mentor", username="mnt", display_name="Mala")
    coordinator = user_with_role("coordinator", username="crd", display_name="Kavya")
    mentee = user_with_role("learner", username="lrn", display_name="Asha", email=ADDRESS)
    Mentorship.objects.create(mentor=mentor, mentee=mentee)
    services.consent_record(
        user=mentee, purpose=Consent.Purpose.PROGRESS_TO_MENTOR, granted=True, language="en"
    )
    cohort = Cohort.objects.create(name="Collective")
    CohortMembership.objects.create(cohort=cohort, user=mentor, role="facilitator")
    CohortMembership.objects.create(cohort=cohort, user=mentee, role="member")
    collective = Collective.objects.create(cohort=cohort, region="West Bengal")
    collective.coordinators.set([coordinator])
    pages = {
        mentor: ["/programme/", "/programme/mentor/", f"/programme/collectives/{collective.pk}/"],
        coordinator: ["/programme/mentorships/", f"/programme/collectives/{collective.pk}/"],
    }

    for viewer, urls in pages.items():
        sign_in_with_mfa(client, viewer)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert ADDRESS not in html and "asha@" not in html, url
        assert "Asha" in client.get(urls[-1]).content.decode()


def test_people_search_shows_only_admins_the_masked_address(client, settings):
    """Issue #11 item 9: admins see the masked address; coordinators see no address at all."""
    from courses.models import Cohort, CohortMembership
    from trauma_training.models import Collective

    settings.CMS_STAFF_MFA_REQUIRED = False
    coordinator = user_with_role("coordinator", username="coord")
    asha = user_with_role("learner", username="asha-l", email=ADDRESS)
    cohort = Cohort.objects.create(name="Coordinated")
    CohortMembership.objects.create(cohort=cohort, user=asha)
    Collective.objects.create(cohort=cohort, region="Telangana").coordinators.add(coordinator)
    masked = "a\u2022\u2022\u2022@e\u2022\u2022\u2022.org"

    client.force_login(user_with_role("admin", username="root"))
    as_admin = client.get("/admin/people/", {"q": "asha"}).content.decode()
    client.force_login(coordinator)
    response = client.get("/admin/people/", {"q": "asha"})

    html = response.content.decode()
    assert response.status_code == 200
    assert [p.username for p in response.context["people"]] == ["asha-l"]
    assert ADDRESS not in html
    assert masked not in html
    assert ADDRESS not in as_admin
    assert masked in as_admin


def test_admin_avatar_never_asks_gravatar_for_an_address():
    user = user_with_role("admin", username="root", email=ADDRESS)

    assert "gravatar" not in avatar_url(user)
