"""MFA for staff and mentors (cms.signin.mfa_status, cms.middleware.StaffMFARequiredMiddleware).

Staff need a session that passed the MFA step on every page; mentors after a grace period;
learners never (docs/accounts-and-mfa.md)."""

import re
import time
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, format_hotp_value, hotp_value
from django.contrib.messages import get_messages
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from cms.roles import Role
from cms.signin import MFANeed, mfa_status
from tests.factories import add_totp, sign_in_with_mfa, user_with_role
from trauma_training.models import Mentorship

STAFF = [Role.TRAINER, Role.COORDINATOR, Role.ADMIN]
TOTP_SECRET = "JBSWY3DPEHPK3PXP"  # the one tests.factories.add_totp stores
REAUTH = reverse("mfa_reauthenticate")
ACTIVATE = reverse("mfa_activate_totp")


def setup_url(next_url: str) -> str:
    """Where the middleware sends someone who needs an app and has none, from `next_url`."""
    return f"{ACTIVATE}?{urlencode({'next': next_url})}"


def totp_code(secret: str = TOTP_SECRET) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def mentor_since(days_ago: int):
    """A mentor whose first mentorship started `days_ago` days ago."""
    mentor = user_with_role(Role.MENTOR)
    Mentorship.objects.create(
        mentor=mentor,
        mentee=user_with_role(Role.LEARNER),
        started_at=timezone.now() - timedelta(days=days_ago),
    )
    return mentor


@pytest.mark.django_db
@pytest.mark.parametrize("role", STAFF)
def test_mfa_staff_without_totp_is_sent_to_set_it_up(client, role):
    client.force_login(user_with_role(role))

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == setup_url("/admin/")
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Staff accounts need an authenticator app. Please set one up to continue."
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("role", STAFF)
def test_mfa_staff_without_totp_cannot_reach_any_staff_page(client, role):
    client.force_login(user_with_role(role))

    for url in (
        "/admin/pages/",
        "/admin/learning/analytics/",
        "/admin/learning/analytics/1/csv/",
        "/admin/invitations/",
        "/programme/mentorships/",
        "/programme/mentor/",
        "/certificates/review/",
        "/learn/sign-offs/",
        "/me/data/",
    ):
        response = client.get(url)
        assert (url, response.status_code, response["Location"]) == (url, 302, setup_url(url))


@pytest.mark.django_db
@pytest.mark.parametrize("role", STAFF)
def test_mfa_staff_with_totp_but_a_password_only_session_is_asked_for_the_code(client, role):
    user = user_with_role(role)
    add_totp(user)
    client.force_login(user)  # a session made without allauth's MFA step

    for url in ("/admin/", "/programme/mentorships/", "/certificates/review/"):
        response = client.get(url)
        assert (url, response.status_code, response["Location"]) == (
            url,
            302,
            f"{REAUTH}?next={url.replace('/', '%2F')}",
        )


@pytest.mark.django_db
@pytest.mark.parametrize("role", STAFF)
def test_mfa_staff_whose_session_passed_mfa_reach_the_admin(client, role):
    sign_in_with_mfa(client, user_with_role(role))

    response = client.get("/admin/")

    assert response.status_code == 200


@pytest.mark.django_db
def test_mfa_reauthentication_with_a_code_lets_the_session_in(client):
    user = user_with_role(Role.COORDINATOR)
    add_totp(user)
    client.force_login(user)

    refused = client.get("/admin/")
    passed = client.post(refused["Location"], {"code": totp_code()})
    after = client.get("/admin/")

    assert (passed.status_code, passed["Location"]) == (302, "/admin/")
    assert after.status_code == 200


@pytest.mark.django_db
def test_mfa_reauthentication_with_a_wrong_code_keeps_the_session_out(client):
    user = user_with_role(Role.COORDINATOR)
    add_totp(user)
    client.force_login(user)

    answered = client.post(f"{REAUTH}?next=/admin/", {"code": "000000"})
    after = client.get("/admin/")

    assert answered.status_code == 200
    assert (after.status_code, after["Location"]) == (302, f"{REAUTH}?next=%2Fadmin%2F")


@pytest.mark.django_db
def test_mfa_recovery_codes_alone_do_not_count(client):
    user = user_with_role(Role.TRAINER)
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "00", "used_mask": 0}
    )
    client.force_login(user)

    response = client.get("/admin/")

    assert (response.status_code, response["Location"]) == (302, setup_url("/admin/"))


@pytest.mark.django_db
def test_mfa_staff_signing_in_reach_the_set_up_form_without_typing_the_password_again(client):
    """Sign in, land on the admin, get sent to set up TOTP, see the form at once: the password
    typed a moment ago is the confirmation, and the pages on the way never loop."""
    user_with_role(Role.TRAINER, username="tina")

    signed_in = client.post("/accounts/login/", {"login": "tina", "password": "pass-word-123"})
    to_activate = client.get(signed_in["Location"])
    form = client.get(to_activate["Location"])

    assert (signed_in.status_code, signed_in["Location"]) == (302, "/admin/")
    assert (to_activate.status_code, to_activate["Location"]) == (302, setup_url("/admin/"))
    assert form.status_code == 200
    html = form.content.decode()
    assert 'name="code"' in html
    assert "Set up an authenticator app" in html
    assert f'action="{ACTIVATE}?next=%2Fadmin%2F"' in html


def age_authentication_records(client, *, minutes: int) -> None:
    """Make every authentication of this test session `minutes` older."""
    from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY

    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {**record, "at": record["at"] - minutes * 60}
        for record in session[AUTHENTICATION_METHODS_SESSION_KEY]
    ]
    session.save()


@pytest.mark.django_db
def test_mfa_set_up_asks_for_the_password_when_the_sign_in_is_no_longer_recent(client):
    user_with_role(Role.TRAINER, username="tina")
    client.post("/accounts/login/", {"login": "tina", "password": "pass-word-123"})
    age_authentication_records(client, minutes=16)

    to_confirm = client.get(setup_url("/admin/"))
    confirmed = client.post(to_confirm["Location"], {"password": "pass-word-123"})

    assert to_confirm.status_code == 302
    assert to_confirm["Location"].startswith(f"{reverse('account_reauthenticate')}?next=")
    assert (confirmed.status_code, confirmed["Location"]) == (302, setup_url("/admin/"))
    assert client.get(setup_url("/admin/")).status_code == 200


@pytest.mark.django_db
@override_settings(CMS_MFA_SETUP_RECENT_MINUTES=30)
def test_mfa_set_up_recent_window_is_a_setting(client):
    user_with_role(Role.TRAINER, username="tina")
    client.post("/accounts/login/", {"login": "tina", "password": "pass-word-123"})
    age_authentication_records(client, minutes=16)

    assert client.get(ACTIVATE).status_code == 200


@pytest.mark.django_db
def test_mfa_recovery_codes_need_a_confirmation_sooner_than_the_set_up_page(client):
    """The codes open without a confirmation only as long as allauth's own would last (5
    minutes); the set-up page allows longer, for installing the app."""
    user = user_with_role(Role.TRAINER, username="tina")
    sign_in_with_mfa(client, user)
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "00", "used_mask": 0}
    )
    codes = reverse("mfa_view_recovery_codes")
    fresh = client.get(codes)
    age_authentication_records(client, minutes=6)
    later = client.get(codes)

    assert fresh.status_code == 200
    assert (later.status_code, later["Location"]) == (
        302,
        f"{reverse('account_reauthenticate')}?next=%2Faccounts%2F2fa%2Frecovery-codes%2F",
    )


@pytest.mark.django_db
def test_mfa_set_up_in_a_session_with_no_authentication_asks_for_the_password(client):
    """One recent authentication is enough, none is not: a session made by any other route
    (here a test client's force_login) has no record, so allauth's confirmation applies."""
    client.force_login(user_with_role(Role.TRAINER))

    response = client.get(ACTIVATE)

    assert response.status_code == 302
    assert response["Location"].startswith(f"{reverse('account_reauthenticate')}?next=")


@pytest.mark.django_db
def test_mfa_recent_sign_in_does_not_open_the_other_account_pages(client):
    """Only setting up counts a recent sign-in: removing the app still needs allauth's own
    confirmation (and an MFA session)."""
    user = user_with_role(Role.COORDINATOR, username="cora")
    sign_in_with_mfa(client, user)

    deactivate = client.post(reverse("mfa_deactivate_totp"))
    generate = client.get(reverse("mfa_generate_recovery_codes"))

    confirm = f"{reverse('account_reauthenticate')}?next="
    assert (deactivate.status_code, deactivate["Location"][: len(confirm)]) == (302, confirm)
    assert (generate.status_code, generate["Location"][: len(confirm)]) == (302, confirm)
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).count() == 1


@pytest.mark.django_db
def test_mfa_activating_the_app_with_a_code_counts_as_passing_mfa(
    client, django_capture_on_commit_callbacks
):
    user = user_with_role(Role.COORDINATOR, username="cora")
    client.post("/accounts/login/", {"login": "cora", "password": "pass-word-123"})
    client.get(ACTIVATE)
    secret = client.session[SECRET_SESSION_KEY]

    # allauth announces the new authenticator once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        activated = client.post(ACTIVATE, {"code": totp_code(secret)})
    admin = client.get("/admin/")

    assert activated.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).count() == 1
    assert admin.status_code == 200
    records = get_authentication_records(admin.wsgi_request, user)
    assert [r["method"] for r in records][-1] == "mfa"


@pytest.mark.django_db
def test_mfa_set_up_is_one_flow_that_ends_where_the_person_was_going(
    client, django_capture_on_commit_callbacks
):
    """Sign in to reach a page, set up the app (no second password), read the recovery codes,
    press "Continue": back on the page asked for."""
    user = user_with_role(Role.COORDINATOR, username="cora")
    wanted = "/learn/"

    signed_in = client.post(
        f"/accounts/login/?{urlencode({'next': wanted})}",
        {"login": "cora", "password": "pass-word-123"},
    )
    to_activate = client.get(signed_in["Location"])
    client.get(to_activate["Location"])
    with django_capture_on_commit_callbacks(execute=True):
        activated = client.post(
            to_activate["Location"], {"code": totp_code(client.session[SECRET_SESSION_KEY])}
        )
    codes = client.get(activated["Location"])
    html = codes.content.decode()
    continue_url = re.search(r'<a class="button continue-link" href="([^"]+)"', html).group(1)
    arrived = client.get(continue_url)

    assert (signed_in.status_code, signed_in["Location"]) == (302, wanted)
    assert to_activate["Location"] == setup_url(wanted)
    assert (activated.status_code, activated["Location"]) == (
        302,
        f"{reverse('mfa_view_recovery_codes')}?{urlencode({'next': wanted})}",
    )
    assert codes.status_code == 200
    assert "Your backup codes" in html
    unused = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    assert all(code in html for code in unused.wrap().get_unused_codes())
    assert continue_url == wanted
    assert arrived.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"]
)
def test_mfa_recovery_codes_continue_never_leaves_the_site(client, next_url):
    user = user_with_role(Role.TRAINER)
    sign_in_with_mfa(client, user)
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "00", "used_mask": 0}
    )

    response = client.get(f"{reverse('mfa_view_recovery_codes')}?{urlencode({'next': next_url})}")

    assert response.status_code == 200
    assert '<a class="button continue-link" href="/admin/">' in response.content.decode()


@pytest.mark.django_db
def test_mfa_sign_in_through_the_form_asks_for_the_code_then_lets_staff_in(client):
    user = user_with_role(Role.COORDINATOR, username="cora")
    add_totp(user)

    password = client.post(
        "/accounts/login/?next=/admin/", {"login": "cora", "password": "pass-word-123"}
    )
    before_code = client.get("/admin/")
    code = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    admin = client.get("/admin/")

    assert (password.status_code, password["Location"]) == (302, reverse("mfa_authenticate"))
    # Not signed in yet: Wagtail sends an anonymous visitor to allauth's sign-in.
    assert before_code["Location"] == "/accounts/login/?next=/admin/"
    assert (code.status_code, code["Location"]) == (302, "/admin/")
    assert admin.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.LEARNER, Role.MENTOR])
def test_mfa_learner_pages_are_unaffected(client, role):
    client.force_login(user_with_role(role))

    response = client.get("/learn/")

    assert response.status_code == 200


@pytest.mark.django_db
def test_mfa_learners_never_need_it(client):
    learner = user_with_role(Role.LEARNER)
    client.force_login(learner)

    for url in ("/learn/", "/programme/", "/me/data/", "/certificates/mine/"):
        assert (url, client.get(url).status_code) == (url, 200)
    assert mfa_status(learner).need is MFANeed.NONE


@pytest.mark.django_db
def test_mfa_staff_learner_pages_need_it_too(client):
    """One rule for the whole site: a trainer's session is a staff session on every page, so a
    new page that shows someone's data is covered without being listed anywhere."""
    client.force_login(user_with_role(Role.TRAINER))

    response = client.get("/learn/")

    assert (response.status_code, response["Location"]) == (302, setup_url("/learn/"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["/safety/about-quick-exit/", "/help/", "/healthz", "/safety/exit/", "/manifest.webmanifest"],
)
def test_mfa_safety_pages_stay_open_to_staff_without_it(client, url):
    client.force_login(user_with_role(Role.COORDINATOR))

    response = client.get(url)

    assert response.status_code in {200, 302}
    assert not response.get("Location", "").startswith(ACTIVATE)


@pytest.mark.django_db
def test_mfa_h5p_package_files_answer_by_their_grant_not_the_mfa_rule(client):
    """Package files hold course content only and answer only to a grant a lesson page (under
    the rule) gave this session's user, so they skip the MFA query; without a grant, nothing."""
    client.force_login(user_with_role(Role.COORDINATOR))
    files = reverse("courses:h5p_files", args=["not-a-grant", "h5p.json"])

    response = client.get(files)

    assert (response.status_code, "Location" in response) == (403, False)
    assert client.get("/learn/")["Location"] == setup_url("/learn/")


@pytest.mark.django_db
def test_mfa_staff_can_sign_out_without_it(client):
    user = user_with_role(Role.COORDINATOR)
    add_totp(user)
    client.force_login(user)

    response = client.post(reverse("account_logout"))

    assert (response.status_code, response["Location"]) == (302, "/")
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_mfa_mentor_in_grace_period_uses_the_site_and_is_invited(client):
    mentor = mentor_since(days_ago=3)
    client.force_login(mentor)

    response = client.get("/programme/mentor/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "please set up an authenticator app on your phone" in html
    assert f'href="{ACTIVATE}?next=/programme/mentor/"' in html
    status = mfa_status(mentor)
    assert status.need is MFANeed.GRACE
    first = Mentorship.objects.get(mentor=mentor).started_at
    assert status.grace_until == first + timedelta(days=14)


@pytest.mark.django_db
def test_mfa_mentor_after_grace_period_is_sent_to_set_up(client):
    client.force_login(mentor_since(days_ago=15))

    response = client.get("/programme/mentor/")

    assert (response.status_code, response["Location"]) == (302, setup_url("/programme/mentor/"))
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "To keep your mentees' words safe, mentors now need an authenticator app. "
        "Please set one up to continue."
    ]


@pytest.mark.django_db
@override_settings(CMS_MENTOR_MFA_GRACE_DAYS=30)
def test_mfa_mentor_grace_period_is_a_setting(client):
    client.force_login(mentor_since(days_ago=15))

    assert client.get("/programme/mentor/").status_code == 200


@pytest.mark.django_db
def test_mfa_mentor_without_a_mentee_is_in_grace(client):
    mentor = user_with_role(Role.MENTOR)

    assert mfa_status(mentor).need is MFANeed.GRACE


@pytest.mark.django_db
def test_mfa_mentor_with_an_app_must_use_it_even_in_grace(client):
    mentor = mentor_since(days_ago=1)
    add_totp(mentor)
    client.force_login(mentor)

    response = client.get("/programme/mentor/")

    assert (response.status_code, response["Location"]) == (
        302,
        f"{REAUTH}?next=%2Fprogramme%2Fmentor%2F",
    )


@pytest.mark.django_db
def test_mfa_mentor_after_grace_with_mfa_session_uses_the_site(client):
    sign_in_with_mfa(client, mentor_since(days_ago=40))

    response = client.get("/programme/mentor/")

    assert response.status_code == 200
    assert "mfa-invitation" not in response.content.decode()


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
def test_mfa_can_be_switched_off_by_setting(client):
    client.force_login(user_with_role(Role.COORDINATOR))

    assert client.get("/admin/").status_code == 200
    assert mfa_status(user_with_role(Role.MENTOR)).need is MFANeed.NONE


@pytest.mark.django_db
def test_mfa_status_is_one_query(django_assert_num_queries):
    mentor = mentor_since(days_ago=1)

    with django_assert_num_queries(1):
        status = mfa_status(mentor)

    assert status.need is MFANeed.GRACE
