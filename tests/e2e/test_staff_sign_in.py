"""A staff member's first sign-in in a real browser (docs/accounts-and-mfa.md): the password
once, the authenticator app set up from the page's own secret key, the recovery codes, and a
"Continue" that ends on the page they were going to, with a link to the admin in the header."""

import os
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from cms.roles import Role
from tests.factories import user_with_role

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 360, "height": 740}


def _code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def coordinator(live_server):
    return user_with_role(Role.COORDINATOR, username="cora")


def test_staff_first_sign_in_sets_up_the_app_and_continues_where_they_were_going(
    live_server, coordinator, browser
):
    base = live_server.url
    page = browser.new_page(viewport=PHONE)
    # A link to a learner page, followed while signed out.
    page.goto(f"{base}/learn/")
    page.wait_for_url(f"{base}/accounts/login/?next=/learn/")
    form = page.locator("form:has(input[name='login'])")
    form.locator("input[name='login']").fill("cora")
    form.locator("input[name='password']").fill("pass-word-123")
    form.locator("button[type='submit']").click()

    # Straight to the set-up page: no second request for the password.
    page.wait_for_url(f"{base}/accounts/2fa/totp/activate/?next=%2Flearn%2F")
    assert page.locator("h1").inner_text() == "Set up an authenticator app"
    secret = page.locator("#authenticator_secret").input_value()
    page.locator("input[name='code']").fill(_code(secret))
    page.get_by_role("button", name="Turn on").click()

    page.wait_for_url(f"{base}/accounts/2fa/recovery-codes/?next=%2Flearn%2F")
    assert page.locator("h1").inner_text() == "Your backup codes"
    shown = page.locator("#recovery_codes").input_value().split()
    if os.environ.get("E2E_SCREENSHOTS"):
        page.screenshot(path=os.environ["E2E_SCREENSHOTS"] + "/recovery-codes.png", full_page=True)
    page.get_by_role("link", name="Continue").click()

    page.wait_for_url(f"{base}/learn/")
    header_link = page.locator("header a.admin-link")
    assert header_link.inner_text() == "Admin area"
    header_link.click()
    page.wait_for_url(f"{base}/admin/")

    codes = Authenticator.objects.get(user=coordinator, type=Authenticator.Type.RECOVERY_CODES)
    assert shown == codes.wrap().get_unused_codes()
    assert Authenticator.objects.filter(user=coordinator, type=Authenticator.Type.TOTP).count() == 1
