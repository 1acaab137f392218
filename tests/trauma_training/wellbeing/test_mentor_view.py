"""The mentor's view of what a mentee shares: only the current mentor, only what is shared
now, and every view written to the audit log."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import sign_in_with_mfa, user_with_role
from tests.trauma_training.wellbeing.helpers import reflection_for
from trauma_training.audit.models import AuditEntry
from trauma_training.wellbeing import selectors, services

MAX_QUERIES = 12


@pytest.fixture
def shared_and_private(learner, course):
    """One shared and one private goal, journal entry and reflection of `learner`."""
    shared_goal = services.goal_create(user=learner, title="Shared goal")
    services.goal_step_add(goal=shared_goal, text="Shared goal step")
    services.goal_share(goal=shared_goal)
    private_goal = services.goal_create(user=learner, title="Private goal")
    services.goal_step_add(goal=private_goal, text="Private goal step")
    shared_entry = services.journal_entry_create(user=learner, text="Shared journal words")
    services.journal_entry_share(entry=shared_entry)
    services.journal_entry_create(user=learner, text="Private journal words")
    shared_reflection = reflection_for(learner, course, text="Shared reflection words")
    services.reflection_share(user=learner, reflection=shared_reflection)
    reflection_for(learner, course, text="Private reflection words")
    return {"goal": shared_goal, "entry": shared_entry, "reflection": shared_reflection}


def _url(mentee):
    return reverse("wellbeing:mentee_shared", args=[mentee.pk])


def test_shared_with_mentor_has_only_shared_items(learner, shared_and_private):
    shared = selectors.shared_with_mentor(mentee=learner)

    assert [g.title for g in shared.goals] == ["Shared goal"]
    assert [s.text for s in shared.goals[0].steps.all()] == ["Shared goal step"]
    assert [e.text for e in shared.journal_entries] == ["Shared journal words"]
    assert [r.text for r in shared.reflections] == ["Shared reflection words"]


def test_shared_with_mentor_is_empty_when_nothing_shared(learner):
    assert selectors.shared_with_mentor(mentee=learner).is_empty


def test_mentor_sees_shared_never_private(client, mentor, learner, mentorship, shared_and_private):
    client.force_login(mentor)

    response = client.get(_url(learner))

    page = response.content.decode()
    assert response.status_code == 200
    for words in ("Shared goal", "Shared goal step", "Shared journal words", "Shared reflection"):
        assert words in page
    for words in ("Private goal", "Private journal words", "Private reflection words"):
        assert words not in page


def test_mentor_view_is_audited(client, mentor, learner, mentorship, shared_and_private):
    client.force_login(mentor)

    client.get(_url(learner))
    client.get(_url(learner))

    rows = list(
        AuditEntry.objects.filter(action="viewed_person_data").values_list(
            "actor_id", "subject_id", "target"
        )
    )
    assert rows == [(mentor.pk, learner.pk, "shared goals and reflections")] * 2


def test_refused_views_are_not_audited(client, other_mentor, learner, mentorship):
    client.force_login(other_mentor)

    client.get(_url(learner))

    assert AuditEntry.objects.filter(action="viewed_person_data").count() == 0


def test_unsharing_hides_at_once(client, mentor, learner, mentorship, shared_and_private):
    client.force_login(mentor)
    assert "Shared goal" in client.get(_url(learner)).content.decode()

    services.goal_unshare(goal=shared_and_private["goal"])
    services.journal_entry_unshare(entry=shared_and_private["entry"])
    services.reflection_unshare(user=learner, reflection=shared_and_private["reflection"])

    page = client.get(_url(learner)).content.decode()
    assert "Shared goal" not in page
    assert "Shared journal words" not in page
    assert "Shared reflection words" not in page
    assert "Nothing is shared with you at the moment." in page


def test_unsharing_through_the_learners_page_hides_at_once(
    client, mentor, learner, mentorship, shared_and_private
):
    client.force_login(learner)
    client.post(reverse("wellbeing:goal_unshare", args=[shared_and_private["goal"].pk]))
    client.force_login(mentor)

    assert "Shared goal" not in client.get(_url(learner)).content.decode()


def test_deleting_a_shared_goal_hides_it(client, mentor, learner, mentorship, shared_and_private):
    services.goal_delete(goal=shared_and_private["goal"])
    client.force_login(mentor)

    assert "Shared goal" not in client.get(_url(learner)).content.decode()


def test_another_mentor_gets_404(client, other_mentor, learner, mentorship, shared_and_private):
    client.force_login(other_mentor)

    assert client.get(_url(learner)).status_code == 404


def test_ended_mentorship_gets_404(client, mentor, learner, mentorship, shared_and_private):
    mentorship.ended_at = timezone.now()
    mentorship.save()
    client.force_login(mentor)

    assert client.get(_url(learner)).status_code == 404


@pytest.mark.parametrize("role", ["learner", "coordinator", "trainer", "admin"])
def test_non_mentors_get_404(client, learner, mentorship, shared_and_private, role):
    sign_in_with_mfa(client, user_with_role(role, username=f"someone-{role}"))

    assert client.get(_url(learner)).status_code == 404


def test_mentee_cannot_see_own_page_as_mentor(learner_client, learner, shared_and_private):
    assert learner_client.get(_url(learner)).status_code == 404


def test_unknown_mentee_is_404(client, mentor):
    client.force_login(mentor)

    assert client.get(reverse("wellbeing:mentee_shared", args=[999999])).status_code == 404


def test_mentee_page_needs_sign_in(client, learner):
    assert client.get(_url(learner)).status_code == 302


def test_mentee_page_is_not_cached(client, mentor, learner, mentorship):
    client.force_login(mentor)

    assert "no-store" in client.get(_url(learner))["Cache-Control"]


def test_mentor_view_queries_do_not_grow(client, mentor, learner, mentorship, course):
    goal = services.goal_create(user=learner, title="g")
    services.goal_share(goal=goal)
    client.force_login(mentor)
    client.get(_url(learner))
    with CaptureQueriesContext(connection) as small:
        assert client.get(_url(learner)).status_code == 200
    for n in range(10):
        goal = services.goal_create(user=learner, title=f"goal {n}", course=course)
        for s in range(4):
            services.goal_step_add(goal=goal, text=f"step {s}")
        services.goal_share(goal=goal)
        entry = services.journal_entry_create(user=learner, text=f"entry {n}")
        services.journal_entry_share(entry=entry)
    for n in range(4):
        services.reflection_share(
            user=learner, reflection=reflection_for(learner, course, text=f"r{n}")
        )
    with CaptureQueriesContext(connection) as large:
        assert client.get(_url(learner)).status_code == 200

    assert len(large) == len(small)
    # The audit append's own cost belongs to the audit app; the page's reads are guarded here.
    assert len(_without_audit(large)) <= MAX_QUERIES


def _without_audit(queries) -> list[str]:
    skip = ("audit_", "wagtailcore_referenceindex", "SAVEPOINT")
    return [q["sql"] for q in queries.captured_queries if not any(s in q["sql"] for s in skip)]


def test_share_row_by_someone_else_never_exposes_a_reflection(learner, other_learner, course):
    from trauma_training.wellbeing.models import ReflectionShare

    reflection = reflection_for(learner, course, text="Not shared by its author")
    ReflectionShare.objects.create(user=other_learner, reflection=reflection)

    assert selectors.shared_with_mentor(mentee=learner).reflections == []
    assert selectors.shared_with_mentor(mentee=other_learner).reflections == []


def test_mentor_view_names_the_mentee_by_display_name_never_username(
    client, mentor, learner, mentorship
):
    learner.display_name = ""
    learner.save(update_fields=["display_name"])
    client.force_login(mentor)

    page = client.get(_url(learner)).content.decode()

    assert f"Person no. {learner.pk}" in page and learner.username not in page


def test_mentor_dashboard_links_to_what_the_mentee_shares(client, mentor, learner, mentorship):
    client.force_login(mentor)

    page = client.get(reverse("trauma_training:mentor_dashboard")).content.decode()

    assert f'href="{_url(learner)}"' in page
