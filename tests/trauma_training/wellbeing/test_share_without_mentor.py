"""Sharing with no mentor assigned (issue 13): "your mentor can see this now" would not be true,
so the person is asked whether a mentor assigned later may see it, and only what they allow
becomes visible when a mentor arrives (docs/goals-journal-selfcare.md)."""

import pytest
from django.urls import reverse

from tests.trauma_training.wellbeing.helpers import reflection_for
from trauma_training.models import Mentorship
from trauma_training.wellbeing import selectors, services
from trauma_training.wellbeing.models import Goal, JournalEntry, ReflectionShare

pytestmark = pytest.mark.django_db


def _messages(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_share_with_no_mentor_asks_first_and_shares_nothing(learner_client, learner):
    entry = services.journal_entry_create(user=learner, text="Tired today.")

    response = learner_client.post(reverse("wellbeing:journal_share", args=[entry.pk]))
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>No mentor is assigned to you yet</h1>" in html
    assert "When a mentor is assigned to you, may they see this entry?" in html
    assert "Your mentor can see this entry now" not in html
    assert html.count(f'action="/me/journal/{entry.pk}/share/"') == 2
    assert '<input type="hidden" name="future_mentor" value="yes">' in html
    assert '<input type="hidden" name="future_mentor" value="no">' in html
    assert JournalEntry.objects.get(pk=entry.pk).shared_at is None


def test_share_with_no_mentor_yes_is_stored_and_said_truthfully(learner_client, learner):
    entry = services.journal_entry_create(user=learner, text="Tired today.")

    response = learner_client.post(
        reverse("wellbeing:journal_share", args=[entry.pk]), {"future_mentor": "yes"}, follow=True
    )

    assert JournalEntry.objects.get(pk=entry.pk).shared_at is not None
    assert _messages(response) == [
        "No mentor is assigned to you yet. When one is, they will be able to see this entry. "
        "You can stop sharing at any time."
    ]
    assert "Shared with a future mentor" in response.content.decode()
    assert "Shared with your mentor" not in response.content.decode()


def test_share_with_no_mentor_no_keeps_it_private(learner_client, learner):
    entry = services.journal_entry_create(user=learner, text="Tired today.")

    response = learner_client.post(
        reverse("wellbeing:journal_share", args=[entry.pk]), {"future_mentor": "no"}, follow=True
    )

    assert JournalEntry.objects.get(pk=entry.pk).shared_at is None
    assert _messages(response) == ["Nothing is shared. Only you can see it."]


def test_share_with_no_mentor_an_unknown_answer_asks_again(learner_client, learner):
    entry = services.journal_entry_create(user=learner, text="Tired today.")

    response = learner_client.post(
        reverse("wellbeing:journal_share", args=[entry.pk]), {"future_mentor": "maybe"}
    )

    assert response.status_code == 200
    assert "When a mentor is assigned to you, may they see this entry?" in (
        response.content.decode()
    )
    assert JournalEntry.objects.get(pk=entry.pk).shared_at is None


def test_share_with_a_mentor_shares_at_once(learner_client, learner, mentorship):
    entry = services.journal_entry_create(user=learner, text="Tired today.")

    response = learner_client.post(reverse("wellbeing:journal_share", args=[entry.pk]), follow=True)

    assert JournalEntry.objects.get(pk=entry.pk).shared_at is not None
    assert _messages(response) == [
        "Your mentor can see this entry now. You can stop sharing at any time."
    ]
    assert "Shared with your mentor" in response.content.decode()


def test_future_mentor_sees_only_what_was_allowed(learner_client, learner, mentor):
    allowed = services.journal_entry_create(user=learner, text="For a mentor one day.")
    kept = services.journal_entry_create(user=learner, text="Just for me.")
    learner_client.post(
        reverse("wellbeing:journal_share", args=[allowed.pk]), {"future_mentor": "yes"}
    )
    learner_client.post(reverse("wellbeing:journal_share", args=[kept.pk]), {"future_mentor": "no"})

    Mentorship.objects.create(mentor=mentor, mentee=learner)

    shared = selectors.shared_with_mentor(mentee=learner)
    assert [entry.text for entry in shared.journal_entries] == ["For a mentor one day."]


def test_goal_share_with_no_mentor_asks_then_says_so(learner_client, learner):
    goal = services.goal_create(user=learner, title="Save 100 rupees")
    url = reverse("wellbeing:goal_share", args=[goal.pk])

    asked = learner_client.post(url).content.decode()
    assert "When a mentor is assigned to you, may they see this goal?" in asked
    assert Goal.objects.get(pk=goal.pk).shared_at is None

    response = learner_client.post(url, {"future_mentor": "yes"}, follow=True)
    html = response.content.decode()
    assert Goal.objects.get(pk=goal.pk).shared_at is not None
    assert (
        "No mentor is assigned to you yet. When one is, they will be able to see this goal and "
        "its steps."
    ) in html
    assert "Your mentor can see this goal and its steps." not in html


def test_reflection_share_with_no_mentor_asks_then_stores_the_yes(learner_client, learner, course):
    reflection = reflection_for(learner, course)
    url = reverse("wellbeing:reflection_share", args=[reflection.pk])

    asked = learner_client.post(url).content.decode()
    assert "When a mentor is assigned to you, may they see this reflection?" in asked
    assert not ReflectionShare.objects.exists()

    response = learner_client.post(url, {"future_mentor": "yes"}, follow=True)
    assert ReflectionShare.objects.filter(reflection=reflection, user=learner).count() == 1
    assert _messages(response) == [
        "No mentor is assigned to you yet. When one is, they will be able to see this "
        "reflection. You can stop sharing at any time."
    ]


@pytest.mark.parametrize("name", ["journal_share", "goal_share", "reflection_share"])
def test_share_of_another_persons_item_is_404_before_any_question(
    client, learner, other_learner, course, name
):
    if name == "journal_share":
        item = services.journal_entry_create(user=other_learner, text="Theirs.")
    elif name == "goal_share":
        item = services.goal_create(user=other_learner, title="Theirs")
    else:
        item = reflection_for(other_learner, course)
    client.force_login(learner)

    for data in ({}, {"future_mentor": "yes"}):
        assert client.post(reverse(f"wellbeing:{name}", args=[item.pk]), data).status_code == 404
    assert JournalEntry.objects.filter(shared_at__isnull=False).count() == 0
    assert Goal.objects.filter(shared_at__isnull=False).count() == 0
    assert not ReflectionShare.objects.exists()


def test_journal_edit_of_an_entry_shared_before_any_mentor_says_so(learner_client, learner):
    entry = services.journal_entry_share(
        entry=services.journal_entry_create(user=learner, text="For later.")
    )

    html = learner_client.get(reverse("wellbeing:journal_edit", args=[entry.pk])).content.decode()

    assert (
        "This entry is shared with a future mentor: when one is assigned to you, they will see it "
        "with your changes. You can stop sharing it on the journal page."
    ) in html
    assert "This entry is shared with your mentor" not in html


def test_journal_edit_of_a_shared_entry_with_a_mentor_keeps_its_sentence(
    learner_client, learner, mentorship
):
    entry = services.journal_entry_share(
        entry=services.journal_entry_create(user=learner, text="For now.")
    )

    html = learner_client.get(reverse("wellbeing:journal_edit", args=[entry.pk])).content.decode()

    assert (
        "This entry is shared with your mentor, so they will see your changes. You can stop "
        "sharing it on the journal page."
    ) in html
