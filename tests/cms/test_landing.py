"""Where each role lands after signing in, which `next` is trusted, and the header's link to
the admin (cms.signin.landing_url, cms.adapters.AccountAdapter; docs/accounts-and-mfa.md)."""

import time
from urllib.parse import urlencode

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.test import override_settings
from django.urls import reverse

from cms.roles import Role
from cms.signin import landing_url
from tests.factories import add_totp, sign_in_with_mfa, user_with_role

LOGIN_URL = "/accounts/login/"
PASSWORD = "pass-word-123"
ADMIN_LINK = '<a href="/admin/" class="admin-link">Admin area</a>'


def totp_code() -> str:
    return format_hotp_value(hotp_value("JBSWY3DPEHPK3PXP", int(time.time()) // 30))


def sign_in(client, username: str, next_url: str | None = None):
    url = f"{LOGIN_URL}?{urlencode({'next': next_url})}" if next_url is not None else LOGIN_URL
    return client.post(url, {"login": username, "password": PASSWORD})


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role, landing",
    [
        (Role.LEARNER, "/learn/"),
        (Role.MENTOR, "/programme/mentor/"),
        (Role.TRAINER, "/admin/"),
        (Role.COORDINATOR, "/admin/"),
        (Role.ADMIN, "/admin/"),
    ],
)
def test_landing_each_role_lands_where_its_work_is(client, role, landing):
    user = user_with_role(role, username="someone")

    response = sign_in(client, "someone")

    assert (response.status_code, response["Location"]) == (302, landing)
    assert landing_url(user) == landing


@pytest.mark.django_db
def test_landing_staff_with_an_app_land_on_the_admin_after_the_code(client):
    add_totp(user_with_role(Role.COORDINATOR, username="cora"))

    password = sign_in(client, "cora")
    code = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    admin = client.get(code["Location"])

    assert password["Location"] == reverse("mfa_authenticate")
    assert (code.status_code, code["Location"]) == (302, "/admin/")
    assert admin.status_code == 200


@pytest.mark.django_db
def test_landing_superuser_lands_on_the_admin(client):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser(username="root", password=PASSWORD)

    assert sign_in(client, "root")["Location"] == "/admin/"


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.LEARNER, Role.TRAINER])
def test_landing_an_explicit_safe_next_wins(client, role):
    user_with_role(role, username="someone")

    response = sign_in(client, "someone", next_url="/help/?from=sign-in")

    assert (response.status_code, response["Location"]) == (302, "/help/?from=sign-in")


@pytest.mark.django_db
@override_settings(ALLOWED_HOSTS=["testserver", "other.example"])
@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "javascript:alert(1)",
        # Another host this server answers to is still not this site.
        "https://other.example/learn/",
    ],
)
def test_landing_a_next_off_this_site_is_ignored(client, next_url):
    user_with_role(Role.TRAINER, username="tina")

    response = sign_in(client, "tina", next_url=next_url)

    assert (response.status_code, response["Location"]) == (302, "/admin/")


# --- The header's link to the admin ------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.TRAINER, Role.COORDINATOR, Role.ADMIN])
def test_admin_link_is_in_the_header_for_staff(client, role):
    sign_in_with_mfa(client, user_with_role(role))

    for url in ("/learn/", "/help/", "/certificates/mine/"):
        page = client.get(url)
        assert (url, page.status_code, ADMIN_LINK in page.content.decode()) == (url, 200, True)


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.LEARNER, Role.MENTOR])
def test_admin_link_is_not_shown_to_learners_or_mentors(client, role):
    client.force_login(user_with_role(role))

    html = client.get("/learn/").content.decode()

    assert "Admin area" not in html
    assert 'href="/admin/"' not in html


@pytest.mark.django_db
def test_admin_link_is_not_shown_signed_out(client):
    assert "Admin area" not in client.get("/help/").content.decode()


@pytest.mark.django_db
def test_admin_link_follows_a_role_change_at_the_next_sign_in(client):
    """Read once per sign-in (no query per page); the admin itself checks on every request."""
    from django.contrib.auth.models import Group

    learner = user_with_role(Role.LEARNER)
    client.force_login(learner)
    before = client.get("/learn/").content.decode()
    learner.groups.add(Group.objects.get(name="Trainer"))
    client.logout()
    # A sign-in reads the person afresh (the old object has its permissions cached).
    sign_in_with_mfa(client, type(learner).objects.get(pk=learner.pk))
    after = client.get("/learn/").content.decode()

    assert (ADMIN_LINK in before, ADMIN_LINK in after) == (False, True)


@pytest.mark.django_db
def test_admin_link_costs_no_query_per_page(client, django_assert_num_queries):
    sign_in_with_mfa(client, user_with_role(Role.COORDINATOR))
    client.get("/learn/")

    # The permission is read at sign-in; a page's queries are the same with or without it.
    session = client.session
    session["cms_admin_link"] = False
    session.save()
    without = _count_queries(client, "/help/")
    session = client.session
    session["cms_admin_link"] = True
    session.save()
    with_link = _count_queries(client, "/help/")

    assert with_link == without


def _count_queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


# --- The greeting after signing in ---------------------------------------------------------------


@pytest.mark.django_db
def test_sign_in_greets_by_display_name_in_the_accounts_language(client):
    from django.contrib.messages import get_messages
    from django.utils import translation
    from django.utils.translation import gettext

    user_with_role(Role.LEARNER, username="meera-7", display_name="Meera", preferred_language="hi")

    response = sign_in(client, "meera-7")

    with translation.override("hi"):
        expected = gettext("Welcome, %(name)s.") % {"name": "Meera"}
    assert [str(m) for m in get_messages(response.wsgi_request)] == [expected]


@pytest.mark.django_db
def test_sign_in_greeting_in_hindi_words(client):
    """Needs the Hindi catalogue with this issue's words (/tmp/i18n/roles.json merged)."""
    from django.contrib.messages import get_messages

    user_with_role(Role.LEARNER, username="meera-7", display_name="Meera", preferred_language="hi")

    response = sign_in(client, "meera-7")

    assert [str(m) for m in get_messages(response.wsgi_request)] == ["स्वागत है, Meera।"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role, landing", [(Role.LEARNER, "/learn/"), (Role.MENTOR, "/programme/mentor/")]
)
def test_admin_for_someone_signed_in_without_it_leads_to_their_page_not_a_loop(
    client, role, landing
):
    # Wagtail sends them to sign-in with next=/admin/; sign-in must not send a signed-in
    # person who may not open the admin straight back there.
    user = user_with_role(role, username="someone")
    client.force_login(user)

    first = client.get("/admin/")
    second = client.get(first["Location"])

    assert (first.status_code, first["Location"]) == (302, "/accounts/login/?next=/admin/")
    assert (second.status_code, second["Location"]) == (302, landing)


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.LEARNER, Role.MENTOR])
def test_sign_in_with_next_into_the_admin_lands_non_staff_on_their_page(client, role):
    user_with_role(role, username="someone")

    response = sign_in(client, "someone", next_url="/admin/pages/")
    chain = [response["Location"]]
    while len(chain) < 5:
        step = client.get(chain[-1])
        if step.status_code != 302:
            break
        chain.append(step["Location"])

    # allauth reads `next` before the person is known; the admin then refuses them, and
    # sign-in, now knowing who they are, sends them to their own page: it ends there.
    assert chain == [
        "/admin/pages/",
        "/accounts/login/?next=/admin/pages/",
        landing_url_of(role),
    ]
    assert step.status_code == 200


def landing_url_of(role) -> str:
    return {Role.LEARNER: "/learn/", Role.MENTOR: "/programme/mentor/"}[role]


@pytest.mark.django_db
def test_wagtail_login_address_signed_in_without_the_admin_is_a_403(client):
    client.force_login(user_with_role(Role.LEARNER))

    response = client.get("/admin/login/?next=/admin/")

    assert response.status_code == 403
    assert '<a class="button" href="/learn/">' in response.content.decode()


@pytest.mark.django_db
def test_admin_login_signed_out_still_goes_to_sign_in(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert (response.status_code, response["Location"]) == (
        302,
        "/accounts/login/?next=%2Fadmin%2Fpages%2F",
    )
