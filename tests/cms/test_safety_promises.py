"""The safety pages promise only what the site does (issue 13): the Shift shortcut needs a
computer keyboard, and a person without a mentor is told where else to turn."""

import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_help_page_says_the_shift_shortcut_needs_a_keyboard_and_who_helps_without_a_mentor(
    client,
):
    html = client.get(reverse("help")).content.decode()

    assert (
        "The Quick exit button at the top of every page takes you to an ordinary website at "
        "once. On a computer keyboard, you can also press the Shift key 3 times."
    ) in html
    assert (
        "No mentor yet? Your coordinator can help you, or you can call one of the numbers above."
    ) in html


@pytest.mark.django_db
def test_about_quick_exit_says_the_shift_shortcut_needs_a_keyboard(client):
    html = client.get(reverse("safety:about_quick_exit")).content.decode()

    assert (
        "It works by tapping the Quick exit button at the top of every page. On a computer "
        "keyboard, you can also press the Shift key 3 times."
    ) in html
    assert "or by pressing the Shift key 3 times" not in html
