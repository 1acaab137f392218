"""Browser tests: pip's Playwright driving Debian's Chromium (never a downloaded browser).

They skip, saying why, when Chromium or Playwright is missing. CI installs both.
"""

import os
import shutil

import pytest

# Playwright's sync API runs an asyncio event loop in the test thread, and Django then refuses
# ORM calls from that thread ("You cannot call this from an async context"). The test thread
# only builds data and checks rows; the live server answers requests in its own thread.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.skip(
            "Chromium not found on PATH: install Debian's package (apt-get install chromium)"
        )
    return path


@pytest.fixture
def browser():
    """A headless Chromium, closed after the test. Request it after the fixtures that build
    data, so rows exist before the browser's event loop starts."""
    executable = _chromium_path()
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed: pip install playwright"
    )
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            # ORM calls made while Playwright's event loop runs get a connection of their own
            # (Django keeps connections per async context); close it here, in that context, or
            # the test database cannot be dropped at the end of the run.
            from django.db import connections

            connections.close_all()
            browser.close()


def sign_in(
    page,
    base_url: str,
    username: str = "learner",
    password: str = "pass-word-123",
    landing: str = "/learn/",
):
    """Sign in through the real form and arrive where the role lands: "My learning" for a
    learner, `/programme/mentor/` for a mentor (cms.signin.landing_url)."""
    page.goto(f"{base_url}/accounts/login/")
    form = page.locator("form:has(input[name='login'])")
    form.locator("input[name='login']").fill(username)
    form.locator("input[name='password']").fill(password)
    form.locator("button[type='submit']").click()
    page.wait_for_url(f"{base_url}{landing}")


def context_close_quietly(context) -> None:
    """Close a browser context without a last request reaching the live server as the test
    ends. Closing fires `pagehide`, on which the H5P player saves the learner's place; a write
    still running in the server thread when the test's database is flushed leaves the shared
    SQLite connection inside a transaction, and the next test's set-up then fails. So: refuse
    new record-store requests, let those in flight finish, then close."""
    for page in context.pages:
        page.route("**/xapi/**", lambda route: route.abort())
        page.wait_for_load_state("networkidle")
    context.close()
