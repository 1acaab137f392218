"""Issue #11 items 1, 5 and 6 as attacks that now fail, through HTTP.

1. MFA bypass through another login view: every route that takes credentials is allauth's
   (with its MFA step) or a redirect to it; a password-only session is sent to the MFA step.
5. Password guessing through another login view, and one rate-limit bucket for everyone behind
   a proxy: every way in meets allauth's limits; client addresses come from the trusted proxy
   count, for sign-in and for certificate verification alike.
6. MFA only on /admin/: every page that shows or changes another person's data needs it.
"""

import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth import views as django_auth_views
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from cms import signin
from cms.roles import Role
from courses.models import Cohort
from tests.factories import add_totp, sign_in_with_mfa, user_with_role
from trauma_training.models import Collective

pytestmark = pytest.mark.django_db

PASSWORD = "pass-word-123"
LOGIN = "/accounts/login/"
REAUTH = reverse("mfa_reauthenticate")
ACTIVATE = reverse("mfa_activate_totp")
# The production limits (cms/settings/base.py); tests run with them off unless they ask.
LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "change_password": "5/m/user",
    "reset_password": "20/m/ip,5/m/key",
}


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.callback


def _concrete(route: str) -> str:
    """A path that the route matches: converters and regex groups filled with "1"."""
    path = re.sub(r"<[^>]+>", "1", route)
    path = re.sub(r"\(\?P<\w+>[^)]*\)", "1", path)
    return "/" + path.replace("^", "").replace("$", "")


CREDENTIAL_VIEWS = (
    django_auth_views.LoginView,
    django_auth_views.PasswordResetView,
    django_auth_views.PasswordResetConfirmView,
    django_auth_views.PasswordChangeView,
)


def login_like_paths() -> set[str]:
    """Every routed path that signs someone in or sets a password by Django's or Wagtail's
    views, or whose route says "login": found by walking the resolver, so a route added later
    is checked without being listed here."""
    paths = set()
    for route, callback in _walk(get_resolver().url_patterns):
        view_class = getattr(callback, "view_class", None)
        if (
            "login" in route
            or "password_reset" in route
            or (view_class is not None and issubclass(view_class, CREDENTIAL_VIEWS))
        ):
            paths.add(_concrete(route))
    return paths


def _answering_view(path: str):
    return resolve(path).func


def _is_ours_or_allauths(func) -> bool:
    if func in (signin.login_redirect, signin.password_reset_redirect):
        return True
    view_class = getattr(func, "view_class", None)
    return (view_class or func).__module__.startswith("allauth.")


@pytest.fixture
def coordinator(db):
    """A coordinator of a collective, with an authenticator app."""
    user = user_with_role(Role.COORDINATOR, username="coord-b")
    add_totp(user)
    collective = Collective.objects.create(cohort=Cohort.objects.create(name="Collective B"))
    collective.coordinators.add(user)
    return user


# --- Item 1: one way to sign in ---------------------------------------------------------------


def test_signin_every_login_route_is_allauths_or_redirects_to_it():
    paths = login_like_paths()

    answered_by = {path: _answering_view(path) for path in paths}

    assert {p for p, f in answered_by.items() if not _is_ours_or_allauths(f)} == set()
    # The ones Wagtail and Django route are all shadowed by the redirects.
    assert {"/admin/login/", "/_util/login/", "/admin/password_reset/"} <= paths
    assert answered_by["/admin/login/"] is signin.login_redirect
    assert answered_by["/_util/login/"] is signin.login_redirect
    assert answered_by["/admin/password_reset/"] is signin.password_reset_redirect


def test_signin_no_django_or_wagtail_credential_view_answers_any_routed_path():
    """Whatever the route's name, no path reaches Django's own LoginView or password views."""
    reached = set()
    for route, _callback in _walk(get_resolver().url_patterns):
        func = _answering_view(_concrete(route)) if _safe_to_resolve(route) else None
        view_class = getattr(func, "view_class", None)
        if view_class is not None and issubclass(view_class, CREDENTIAL_VIEWS):
            reached.add(route)

    assert reached == set()


def _safe_to_resolve(route: str) -> bool:
    try:
        resolve(_concrete(route))
    except Exception:  # a regex route whose filled-in path does not match itself
        return False
    return True


@pytest.mark.parametrize("path", ["/admin/login/", "/_util/login/"])
def test_signin_post_of_a_coordinators_password_to_another_login_view_signs_nobody_in(
    client, coordinator, path
):
    response = client.post(path, {"username": "coord-b", "password": PASSWORD})
    admin = client.get("/admin/")
    people = client.get("/admin/people/?q=l")

    assert (response.status_code, response["Location"]) == (302, LOGIN)
    assert "_auth_user_id" not in client.session
    assert (admin.status_code, admin["Location"]) == (302, f"{LOGIN}?next=/admin/")
    assert people.status_code == 302


def test_signin_every_login_like_path_refuses_credentials(client, coordinator):
    for path in sorted(login_like_paths()):
        if _answering_view(path).__module__.startswith("allauth."):
            continue
        response = client.post(path, {"username": "coord-b", "password": PASSWORD})
        assert (path, response.status_code) == (path, 302)
        assert response["Location"].startswith("/accounts/")
        assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("path", ["/admin/login/", "/_util/login/"])
def test_signin_redirect_keeps_next(client, path):
    response = client.get(path, {"next": "/admin/people/"})

    assert response["Location"] == f"{LOGIN}?next=%2Fadmin%2Fpeople%2F"


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/x", "http:\\\\evil.example"]
)
def test_signin_redirect_drops_a_next_off_the_site(client, next_url):
    response = client.get("/admin/login/", {"next": next_url})

    assert (response.status_code, response["Location"]) == (302, LOGIN)


def test_signin_admin_password_reset_goes_to_allauths(client):
    for path in ("/admin/password_reset/", "/admin/password_reset/confirm/MQ/x-y/"):
        response = client.post(path, {"email": "someone@example.org"})
        assert (path, response.status_code, response["Location"]) == (
            path,
            302,
            reverse("account_reset_password"),
        )


def test_signin_a_link_to_the_admin_logout_signs_nobody_out(client, coordinator):
    """Wagtail's own logout dropped the session cookie even on a refused GET, so any link or
    image could sign a person out; the admin's logout is allauth's, which asks first."""
    sign_in_with_mfa(client, coordinator)

    response = client.get("/admin/logout/")

    assert (response.status_code, response.cookies.get("sessionid")) == (200, None)
    assert client.get("/admin/").status_code == 200


def test_signin_the_admin_menus_logout_signs_out(client, coordinator):
    sign_in_with_mfa(client, coordinator)

    response = client.post(reverse("wagtailadmin_logout"))

    assert (response.status_code, response["Location"]) == (302, "/")
    assert "_auth_user_id" not in client.session


def test_signin_wagtail_sends_anonymous_visitors_to_allauth(client):
    response = client.get("/admin/people/")

    assert (response.status_code, response["Location"]) == (302, f"{LOGIN}?next=/admin/people/")


def test_signin_password_only_session_of_a_totp_user_is_sent_to_the_code(client, coordinator):
    """Defence in depth: even a session made without allauth's MFA step (here Django's own
    `login`, the way any other login view would) does not get in."""
    assert client.login(username="coord-b", password=PASSWORD)

    for url in ("/admin/", "/admin/people/", "/programme/mentorships/"):
        response = client.get(url)
        assert (url, response.status_code) == (url, 302)
        assert response["Location"].startswith(f"{REAUTH}?next=")


def test_signin_allauth_password_step_alone_does_not_open_the_admin(client, coordinator):
    response = client.post(LOGIN, {"login": "coord-b", "password": PASSWORD})
    admin = client.get("/admin/")

    assert (response.status_code, response["Location"]) == (302, reverse("mfa_authenticate"))
    assert (admin.status_code, admin["Location"]) == (302, f"{LOGIN}?next=/admin/")


# --- Item 5: rate limits on every way in --------------------------------------------------------


@override_settings(ACCOUNT_RATE_LIMITS=LIMITS)
def test_signin_thirty_wrong_passwords_at_the_admin_login_are_never_tried(client, coordinator):
    answers = {
        client.post("/admin/login/", {"username": "coord-b", "password": f"wrong-{i}"})["Location"]
        for i in range(30)
    }
    right = client.post("/admin/login/", {"username": "coord-b", "password": PASSWORD})

    assert answers == {LOGIN}
    assert right["Location"] == LOGIN
    assert "_auth_user_id" not in client.session


@override_settings(ACCOUNT_RATE_LIMITS=LIMITS)
def test_signin_account_lock_holds_for_the_right_password(client, coordinator):
    for i in range(5):
        wrong = client.post(LOGIN, {"login": "coord-b", "password": f"wrong-{i}"})
        assert wrong.status_code == 200

    right = client.post(LOGIN, {"login": "coord-b", "password": PASSWORD})
    via_admin = client.post("/admin/login/", {"username": "coord-b", "password": PASSWORD})

    assert right.status_code == 200
    assert "Too many tries. Please wait a few minutes" in right.content.decode()
    assert via_admin["Location"] == LOGIN
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"] == f"{LOGIN}?next=/admin/"


@override_settings(ACCOUNT_RATE_LIMITS=LIMITS, ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_signin_behind_a_proxy_each_client_has_its_own_bucket(client, db):
    """10 failures a minute per address: the 11th from one client is refused, while another
    client behind the same proxy (same REMOTE_ADDR) still gets its password checked."""
    for i in range(10):
        client.post(
            LOGIN,
            {"login": f"nobody-{i}", "password": "x"},
            HTTP_X_FORWARDED_FOR="203.0.113.7",
            REMOTE_ADDR="10.0.0.1",
        )
    user_with_role(Role.LEARNER, username="asha")

    blocked = client.post(
        LOGIN,
        {"login": "asha", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.7",
        REMOTE_ADDR="10.0.0.1",
    )
    other = client.post(
        LOGIN,
        {"login": "asha", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.4",
        REMOTE_ADDR="10.0.0.1",
    )

    assert blocked.status_code == 200
    assert "Too many tries. Please wait a few minutes" in blocked.content.decode()
    assert other.status_code == 302


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1, CERTIFICATIONS_VERIFY_RATE_LIMIT="2/m/ip")
@pytest.mark.parametrize("fmt", [{}, {"format": "json"}])
def test_signin_certificate_verification_uses_the_same_client_address_rule(client, db, fmt):
    url = reverse("certifications:verify", args=["ZZZZZ-ZZZZZ"])
    behind = {"REMOTE_ADDR": "10.0.0.1"}

    first = [client.get(url, fmt, HTTP_X_FORWARDED_FOR="203.0.113.7", **behind) for _ in range(3)]
    other = client.get(url, fmt, HTTP_X_FORWARDED_FOR="198.51.100.4", **behind)

    assert [r.status_code for r in first] == [404, 404, 429]
    assert 1 <= int(first[2]["Retry-After"]) <= 60
    assert other.status_code == 404


# --- Item 6: MFA on every page that shows another person's data --------------------------------

STAFF_PAGES = [
    "/admin/",
    "/admin/people/",
    "/programme/",
    "/programme/mentorships/",
    "/programme/mentor/",
    "/certificates/review/",
    "/learn/sign-offs/",
    "/me/data/",
    "/learn/",
]


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.TRAINER, Role.ADMIN])
def test_signin_staff_without_totp_reach_no_programme_page(client, role):
    client.force_login(user_with_role(role))

    answers = {url: client.get(url) for url in STAFF_PAGES}

    assert {url: (r.status_code, r["Location"]) for url, r in answers.items()} == {
        url: (302, f"{ACTIVATE}?{urlencode({'next': url})}") for url in STAFF_PAGES
    }


def test_signin_collective_pages_need_mfa(client, coordinator):
    collective = Collective.objects.get(cohort__name="Collective B")
    client.force_login(coordinator)

    response = client.get(f"/programme/collectives/{collective.pk}/")

    assert response["Location"] == (
        f"{REAUTH}?next=%2Fprogramme%2Fcollectives%2F{collective.pk}%2F"
    )


def test_signin_staff_with_mfa_session_reach_their_pages(client, coordinator):
    sign_in_with_mfa(client, coordinator)
    collective = Collective.objects.get(cohort__name="Collective B")

    assert client.get("/admin/").status_code == 200
    assert client.get("/programme/mentorships/").status_code == 200
    assert client.get(f"/programme/collectives/{collective.pk}/").status_code == 200


def test_signin_learners_are_never_asked(client):
    client.force_login(user_with_role(Role.LEARNER))

    assert client.get("/learn/").status_code == 200
    assert client.get("/programme/").status_code == 200


def test_signin_deploy_check_warns_behind_a_proxy_without_a_client_address_rule(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = None

    unset = [w.id for w in signin.check_client_ip_behind_proxy()]
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    counted = [w.id for w in signin.check_client_ip_behind_proxy()]

    assert (unset, counted) == (["cms.W020"], [])


def test_signin_password_only_session_cannot_remove_or_replace_the_app(client, coordinator):
    from allauth.mfa.models import Authenticator

    assert client.login(username="coord-b", password=PASSWORD)

    # Even after confirming the password, the set-up page refuses a second app.
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    activate = client.get(ACTIVATE)
    index = client.get(reverse("mfa_index"))
    deactivate = client.post(reverse("mfa_deactivate_totp"))
    password = client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": "new-pass-word-9", "password2": "new-pass-word-9"},
    )

    assert (activate.status_code, activate["Location"]) == (302, reverse("mfa_deactivate_totp"))
    assert index["Location"].startswith(f"{REAUTH}?next=")
    assert deactivate["Location"].startswith(f"{REAUTH}?next=")
    assert password["Location"].startswith(f"{REAUTH}?next=")
    assert Authenticator.objects.filter(user=coordinator).count() == 1
    coordinator.refresh_from_db()
    assert coordinator.check_password(PASSWORD)
