"""The quick exit's "(or press Shift 3 times)" hint shows only where a keyboard is likely
(issue 13, docs/safety.md): not on a touch phone, which has no Shift key, while the quick exit
button itself shows everywhere."""

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TOUCH_PHONE = {
    "viewport": {"width": 360, "height": 740},
    "has_touch": True,
    "is_mobile": True,
    "device_scale_factor": 2,
}
DESKTOP = {"viewport": {"width": 1024, "height": 800}}


def _quick_exit_seen(browser, base: str, context_options: dict) -> tuple[bool, bool, str]:
    """(button visible, hint visible, what a person reads on the button) on the sign-in page."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    page.goto(f"{base}/accounts/login/")
    button = page.locator("a.quick-exit")
    text = " ".join(button.inner_text().split())  # a flex item reads as its own line
    seen = (button.is_visible(), page.locator(".quick-exit-hint").is_visible(), text)
    context.close()
    return seen


def test_quick_exit_hint_is_not_shown_on_a_touch_phone(live_server, browser):
    assert _quick_exit_seen(browser, live_server.url, TOUCH_PHONE) == (True, False, "Quick exit")


def test_quick_exit_hint_is_shown_with_a_mouse_and_keyboard(live_server, browser):
    assert _quick_exit_seen(browser, live_server.url, DESKTOP) == (
        True,
        True,
        "Quick exit (or press Shift 3 times)",
    )
