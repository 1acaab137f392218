"""Journal entries and lesson reflections: private by default, shared one at a time, and
stopping sharing is one tap. Another person's entries are a 404."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.trauma_training.wellbeing.helpers import reflection_for
from trauma_training.wellbeing import selectors, services
from trauma_training.wellbeing.models import JournalEntry, ReflectionShare

MAX_QUERIES = 12


def test_journal_entry_is_private_by_default(learner):
    entry = services.journal_entry_create(user=learner, text="  Today was long.  ")

    assert (entry.text, entry.shared_at) == ("Today was long.", None)


@pytest.mark.parametrize("text", ["", "  ", "x" * 10_001])
def test_journal_entry_refuses_empty_or_long(learner, text):
    with pytest.raises(ValidationError):
        services.journal_entry_create(user=learner, text=text)


def test_journal_entry_update_keeps_sharing(learner):
    entry = services.journal_entry_create(user=learner, text="One")
    services.journal_entry_share(entry=entry)

    services.journal_entry_update(entry=entry, text="Two")

    saved = JournalEntry.objects.get(pk=entry.pk)
    assert (saved.text, saved.shared_at is not None) == ("Two", True)


def test_reflection_share_is_per_entry_and_revocable(learner, course):
    first = reflection_for(learner, course, text="First")
    reflection_for(learner, course, text="Second")

    services.reflection_share(user=learner, reflection=first)
    services.reflection_share(user=learner, reflection=first)  # twice: still one row

    assert list(ReflectionShare.objects.values_list("reflection_id", flat=True)) == [first.pk]
    items = {item.text: item.is_shared for item in selectors.reflections_list(user=learner)}
    assert items == {"First": True, "Second": False}
    services.reflection_unshare(user=learner, reflection=first)
    assert ReflectionShare.objects.count() == 0


def test_reflection_share_refuses_someone_elses(learner, other_learner, course):
    theirs = reflection_for(other_learner, course)

    with pytest.raises(ValidationError):
        services.reflection_share(user=learner, reflection=theirs)
    assert ReflectionShare.objects.count() == 0


def test_reflections_list_shows_prompt_and_lesson(learner, course):
    reflection_for(learner, course, text="My answer", prompt="What gives you strength?")

    [item] = selectors.reflections_list(user=learner)

    assert (item.lesson_title, item.prompt, item.text) == (
        "Lesson 1.1",
        "What gives you strength?",
        "My answer",
    )


# Pages


def test_journal_page_write_edit_share_unshare_delete(learner_client, learner, mentorship):
    response = learner_client.post(reverse("wellbeing:journal"), {"text": "Dear diary"})
    entry = JournalEntry.objects.get(user=learner)
    assert response.status_code == 302
    assert entry.shared_at is None

    page = learner_client.get(reverse("wellbeing:journal")).content.decode()
    assert "Dear diary" in page
    assert "Share with my mentor" in page

    edit = reverse("wellbeing:journal_edit", args=[entry.pk])
    assert learner_client.get(edit).status_code == 200
    learner_client.post(edit, {"text": "Dear diary, again"})
    assert JournalEntry.objects.get(pk=entry.pk).text == "Dear diary, again"

    learner_client.post(reverse("wellbeing:journal_share", args=[entry.pk]))
    assert JournalEntry.objects.get(pk=entry.pk).shared_at is not None
    assert "they will see your changes" in learner_client.get(edit).content.decode()
    learner_client.post(reverse("wellbeing:journal_unshare", args=[entry.pk]))
    assert JournalEntry.objects.get(pk=entry.pk).shared_at is None

    learner_client.post(reverse("wellbeing:journal_delete", args=[entry.pk]))
    assert not JournalEntry.objects.filter(pk=entry.pk).exists()


@pytest.mark.parametrize("text", ["", "   ", "x" * 10_001])
def test_journal_write_bad_input_is_400_and_keeps_text(learner_client, text):
    response = learner_client.post(reverse("wellbeing:journal"), {"text": text})

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    if text.strip():
        assert text in response.content.decode()
    assert JournalEntry.objects.count() == 0


def test_journal_edit_bad_input_is_400(learner_client, learner):
    entry = services.journal_entry_create(user=learner, text="Keep me")

    response = learner_client.post(reverse("wellbeing:journal_edit", args=[entry.pk]), {"text": ""})

    assert response.status_code == 400
    assert JournalEntry.objects.get(pk=entry.pk).text == "Keep me"


@pytest.mark.parametrize(
    "name", ["journal_edit", "journal_delete", "journal_share", "journal_unshare"]
)
def test_another_persons_entry_is_404(client, learner, other_learner, name):
    entry = services.journal_entry_create(user=learner, text="Mine")
    client.force_login(other_learner)

    assert (
        client.post(reverse(f"wellbeing:{name}", args=[entry.pk]), {"text": "x"}).status_code == 404
    )
    saved = JournalEntry.objects.get(pk=entry.pk)
    assert (saved.text, saved.shared_at) == ("Mine", None)


def test_journal_page_lists_only_my_entries_and_reflections(
    learner_client, learner, other_learner, course
):
    services.journal_entry_create(user=other_learner, text="Their entry")
    reflection_for(other_learner, course, text="Their reflection")
    reflection_for(learner, course, text="My reflection")

    page = learner_client.get(reverse("wellbeing:journal")).content.decode()

    assert "My reflection" in page
    assert "Their entry" not in page
    assert "Their reflection" not in page


def test_reflection_share_and_unshare_through_page(learner_client, learner, course, mentorship):
    reflection = reflection_for(learner, course)

    response = learner_client.post(reverse("wellbeing:reflection_share", args=[reflection.pk]))
    assert response.status_code == 302
    assert ReflectionShare.objects.filter(reflection=reflection, user=learner).exists()
    learner_client.post(reverse("wellbeing:reflection_unshare", args=[reflection.pk]))
    assert not ReflectionShare.objects.exists()


@pytest.mark.parametrize("name", ["reflection_share", "reflection_unshare"])
def test_another_persons_reflection_is_404(client, learner, other_learner, course, name):
    reflection = reflection_for(learner, course)
    services.reflection_share(user=learner, reflection=reflection)
    client.force_login(other_learner)

    assert client.post(reverse(f"wellbeing:{name}", args=[reflection.pk])).status_code == 404
    assert client.post(reverse(f"wellbeing:{name}", args=[999999])).status_code == 404
    assert ReflectionShare.objects.filter(reflection=reflection).exists()


def test_journal_page_queries_do_not_grow(learner_client, learner, course):
    services.journal_entry_create(user=learner, text="one")
    reflection_for(learner, course)
    url = reverse("wellbeing:journal")
    learner_client.get(url)
    with CaptureQueriesContext(connection) as small:
        assert learner_client.get(url).status_code == 200
    for n in range(20):
        entry = services.journal_entry_create(user=learner, text=f"entry {n}")
        services.journal_entry_share(entry=entry)
    for n in range(5):
        services.reflection_share(
            user=learner, reflection=reflection_for(learner, course, text=f"r{n}")
        )
    with CaptureQueriesContext(connection) as large:
        assert learner_client.get(url).status_code == 200

    assert len(large) == len(small)
    assert len(large) <= MAX_QUERIES


def test_editing_an_entry_deleted_meanwhile_keeps_the_words(learner_client, learner):
    entry = services.journal_entry_create(user=learner, text="Old words")
    url = reverse("wellbeing:journal_edit", args=[entry.pk])
    services.journal_entry_delete(entry=entry)

    response = learner_client.post(url, {"text": "New words I wrote"})

    page = response.content.decode()
    assert response.status_code == 404
    assert "The entry is deleted." in page and "New words I wrote" in page
