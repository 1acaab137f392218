"""Goals: written or picked, optionally linked, with steps; private unless shared; another
person's goal is a 404; bad input is a 400 with a plain message."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.courses import modules_of
from trauma_training.wellbeing import selectors, services
from trauma_training.wellbeing.models import Goal, GoalStep
from trauma_training.wellbeing.suggestions import GOAL_SUGGESTIONS

MAX_QUERIES = 12  # the target for any learner page


def test_goal_create_is_private_and_trimmed(learner):
    goal = services.goal_create(user=learner, title="  Speak up at the meeting  ", why=" Me ")

    assert (goal.title, goal.why, goal.shared_at, goal.done_at) == (
        "Speak up at the meeting",
        "Me",
        None,
        None,
    )


@pytest.mark.parametrize("title", ["", "   ", "x" * 201])
def test_goal_create_refuses_empty_or_long_titles(learner, title):
    with pytest.raises(ValidationError):
        services.goal_create(user=learner, title=title)
    assert Goal.objects.count() == 0


def test_goal_create_refuses_long_reason(learner):
    with pytest.raises(ValidationError):
        services.goal_create(user=learner, title="Save", why="x" * 1001)


def test_goal_create_with_module_links_its_course(learner, course):
    module = modules_of(course)[1]

    goal = services.goal_create(user=learner, title="Finish module 2", module=module)

    assert (goal.course_id, goal.module_id) == (course.pk, module.pk)


def test_goal_create_refuses_module_of_another_course(learner, course, index):
    from tests.factories import CourseBuilder

    other = CourseBuilder(index, "T2").module(lessons=1).build()

    with pytest.raises(ValidationError):
        services.goal_create(user=learner, title="x", course=other, module=modules_of(course)[0])


def test_goal_from_suggestion_links_course_by_code(learner, index):
    from tests.factories import CourseBuilder

    s2 = CourseBuilder(index, "S2", title="Rights, wellbeing and money").module(lessons=1).build()

    goal = services.goal_create_from_suggestion(user=learner, key="finish-s2")

    assert (goal.title, goal.course_id) == ("Finish Rights, wellbeing and money", s2.pk)


def test_goal_from_suggestion_without_course_on_site_has_no_link(learner, db):
    goal = services.goal_create_from_suggestion(user=learner, key="finish-s2")

    assert goal.course_id is None


def test_goal_from_unknown_suggestion_is_refused(learner):
    with pytest.raises(ValidationError):
        services.goal_create_from_suggestion(user=learner, key="nope")


def test_goal_steps_are_added_in_order_and_marked(learner):
    goal = services.goal_create(user=learner, title="Save")
    first = services.goal_step_add(goal=goal, text="Open an account")
    second = services.goal_step_add(goal=goal, text="Put in 20 rupees")

    services.goal_step_mark_done(step=first)
    done_at = GoalStep.objects.get(pk=first.pk).done_at
    services.goal_step_mark_done(step=first)  # again: keeps the first time

    assert [s.order for s in GoalStep.objects.filter(goal=goal)] == [0, 1]
    assert GoalStep.objects.get(pk=first.pk).done_at == done_at
    services.goal_step_mark_not_done(step=first)
    assert GoalStep.objects.get(pk=first.pk).done_at is None
    assert GoalStep.objects.get(pk=second.pk).done_at is None


def test_goal_step_add_refuses_empty_and_too_many(learner):
    goal = services.goal_create(user=learner, title="Save")
    with pytest.raises(ValidationError):
        services.goal_step_add(goal=goal, text="  ")
    for n in range(services.MAX_STEPS_PER_GOAL):
        services.goal_step_add(goal=goal, text=f"step {n}")
    with pytest.raises(ValidationError):
        services.goal_step_add(goal=goal, text="one more")
    assert GoalStep.objects.filter(goal=goal).count() == services.MAX_STEPS_PER_GOAL


def test_goal_share_and_unshare(learner):
    goal = services.goal_create(user=learner, title="Save")

    services.goal_share(goal=goal)
    assert Goal.objects.get(pk=goal.pk).shared_at is not None
    services.goal_unshare(goal=goal)
    assert Goal.objects.get(pk=goal.pk).shared_at is None


# Pages


def test_goals_page_lists_only_my_goals(learner_client, learner, other_learner):
    services.goal_create(user=learner, title="My own goal")
    services.goal_create(user=other_learner, title="Someone else's goal")

    response = learner_client.get(reverse("wellbeing:goals"))

    assert response.status_code == 200
    assert "My own goal" in response.content.decode()
    assert "Someone else" not in response.content.decode()
    for suggestion in GOAL_SUGGESTIONS:
        assert str(suggestion.title) in response.content.decode()


def test_goals_page_needs_sign_in(client, db):
    response = client.get(reverse("wellbeing:goals"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_goal_write_through_page(learner_client, learner, course):
    module = modules_of(course)[0]
    response = learner_client.post(
        reverse("wellbeing:goals"),
        {"title": "Finish module 1", "why": "For me", "link": f"module-{module.pk}"},
    )

    goal = Goal.objects.get(user=learner)
    assert response.status_code == 302
    assert response["Location"] == reverse("wellbeing:goal_detail", args=[goal.pk])
    assert (goal.title, goal.module_id, goal.course_id) == ("Finish module 1", module.pk, course.pk)
    page = learner_client.get(response["Location"]).content.decode()
    assert f'href="{module.url}"' in page
    assert "Only you can see this goal." in page


@pytest.mark.parametrize(
    "data",
    [
        {"title": ""},
        {"title": "x" * 500},
        {"title": "ok", "link": "module-999999"},
        {"title": "ok", "link": "course-abc"},
        {"title": "ok", "link": "lesson-1"},
        {"title": "ok", "why": "x" * 5000},
    ],
)
def test_goal_write_bad_input_is_400(learner_client, data):
    response = learner_client.post(reverse("wellbeing:goals"), data)

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert Goal.objects.count() == 0


def test_goal_pick_through_page(learner_client, learner):
    response = learner_client.post(reverse("wellbeing:goal_pick"), {"suggestion": "save-weekly"})

    assert response.status_code == 302
    assert Goal.objects.get(user=learner).title == "Save a little each week"


@pytest.mark.parametrize("data", [{}, {"suggestion": "not-a-key"}])
def test_goal_pick_bad_input_is_400(learner_client, data):
    assert learner_client.post(reverse("wellbeing:goal_pick"), data).status_code == 400


def test_goal_detail_steps_share_done_and_delete(learner_client, learner, mentorship):
    goal = services.goal_create(user=learner, title="Save")
    detail = reverse("wellbeing:goal_detail", args=[goal.pk])

    learner_client.post(reverse("wellbeing:goal_step_add", args=[goal.pk]), {"text": "Step one"})
    step = GoalStep.objects.get(goal=goal)
    learner_client.post(reverse("wellbeing:goal_step_done", args=[goal.pk, step.pk]))
    assert GoalStep.objects.get(pk=step.pk).done_at is not None
    learner_client.post(reverse("wellbeing:goal_step_not_done", args=[goal.pk, step.pk]))
    assert GoalStep.objects.get(pk=step.pk).done_at is None

    response = learner_client.post(reverse("wellbeing:goal_share", args=[goal.pk]), follow=True)
    assert Goal.objects.get(pk=goal.pk).shared_at is not None
    assert 'role="status"' in response.content.decode()
    assert "Stop sharing" in response.content.decode()
    learner_client.post(reverse("wellbeing:goal_unshare", args=[goal.pk]))
    assert Goal.objects.get(pk=goal.pk).shared_at is None

    learner_client.post(reverse("wellbeing:goal_done", args=[goal.pk]))
    assert Goal.objects.get(pk=goal.pk).done_at is not None
    learner_client.post(reverse("wellbeing:goal_not_done", args=[goal.pk]))
    assert Goal.objects.get(pk=goal.pk).done_at is None

    learner_client.post(reverse("wellbeing:goal_step_delete", args=[goal.pk, step.pk]))
    assert not GoalStep.objects.filter(pk=step.pk).exists()
    assert learner_client.get(detail).status_code == 200
    response = learner_client.post(reverse("wellbeing:goal_delete", args=[goal.pk]))
    assert response["Location"] == reverse("wellbeing:goals")
    assert not Goal.objects.filter(pk=goal.pk).exists()


def test_goal_step_add_bad_input_is_400_and_keeps_text(learner_client, learner):
    goal = services.goal_create(user=learner, title="Save")

    response = learner_client.post(
        reverse("wellbeing:goal_step_add", args=[goal.pk]), {"text": "y" * 300}
    )

    assert response.status_code == 400
    assert "y" * 300 in response.content.decode()


def test_goal_step_add_to_a_goal_deleted_meanwhile_keeps_the_words(learner_client, learner):
    goal = services.goal_create(user=learner, title="Save")
    url = reverse("wellbeing:goal_step_add", args=[goal.pk])
    services.goal_delete(goal=goal)

    response = learner_client.post(url, {"text": "Ask Didi on Monday"})

    page = response.content.decode()
    assert response.status_code == 404
    assert "The goal is deleted." in page and "Ask Didi on Monday" in page


@pytest.mark.parametrize(
    "name",
    ["goal_share", "goal_unshare", "goal_done", "goal_not_done", "goal_delete", "goal_step_add"],
)
def test_another_persons_goal_is_404(client, learner, other_learner, name):
    goal = services.goal_create(user=learner, title="Mine")
    goal_shared = services.goal_share(goal=goal)
    client.force_login(other_learner)

    assert client.get(reverse("wellbeing:goal_detail", args=[goal.pk])).status_code == 404
    assert (
        client.post(reverse(f"wellbeing:{name}", args=[goal.pk]), {"text": "x"}).status_code == 404
    )
    assert Goal.objects.get(pk=goal.pk).shared_at == goal_shared.shared_at
    assert GoalStep.objects.count() == 0


@pytest.mark.parametrize("name", ["goal_step_done", "goal_step_not_done", "goal_step_delete"])
def test_another_persons_step_is_404(client, learner, other_learner, name):
    goal = services.goal_create(user=learner, title="Mine")
    step = services.goal_step_add(goal=goal, text="Mine too")
    own_goal = services.goal_create(user=other_learner, title="Theirs")
    client.force_login(other_learner)

    # Neither the real goal id nor their own goal id in the URL reaches my step.
    assert client.post(reverse(f"wellbeing:{name}", args=[goal.pk, step.pk])).status_code == 404
    assert client.post(reverse(f"wellbeing:{name}", args=[own_goal.pk, step.pk])).status_code == 404
    assert GoalStep.objects.filter(pk=step.pk, done_at=None).exists()


def test_goal_actions_refuse_get(learner_client, learner):
    goal = services.goal_create(user=learner, title="Save")

    assert learner_client.get(reverse("wellbeing:goal_share", args=[goal.pk])).status_code == 405
    assert Goal.objects.get(pk=goal.pk).shared_at is None


def test_goal_pages_are_not_cached(learner_client, learner):
    goal = services.goal_create(user=learner, title="Save")

    response = learner_client.get(reverse("wellbeing:goal_detail", args=[goal.pk]))

    assert "no-store" in response["Cache-Control"]


def _goals_with_steps(user, count, steps):
    for n in range(count):
        goal = services.goal_create(user=user, title=f"Goal {n}")
        for s in range(steps):
            services.goal_step_add(goal=goal, text=f"Step {s}")
        services.goal_share(goal=goal)


def test_goals_page_queries_do_not_grow(learner_client, learner, course):
    _goals_with_steps(learner, 1, 1)
    learner_client.get(reverse("wellbeing:goals"))  # warm the per-process caches
    with CaptureQueriesContext(connection) as small:
        assert learner_client.get(reverse("wellbeing:goals")).status_code == 200
    _goals_with_steps(learner, 20, 5)
    with CaptureQueriesContext(connection) as large:
        assert learner_client.get(reverse("wellbeing:goals")).status_code == 200

    assert len(large) == len(small)
    assert len(large) <= MAX_QUERIES


def test_goal_detail_queries_do_not_grow(learner_client, learner):
    goal = services.goal_create(user=learner, title="Save")
    services.goal_step_add(goal=goal, text="one")
    url = reverse("wellbeing:goal_detail", args=[goal.pk])
    learner_client.get(url)  # warm the per-process caches
    with CaptureQueriesContext(connection) as small:
        learner_client.get(url)
    for n in range(20):
        services.goal_step_add(goal=goal, text=f"step {n}")
    with CaptureQueriesContext(connection) as large:
        learner_client.get(url)

    assert len(large) == len(small)
    assert len(large) <= MAX_QUERIES


def test_goals_list_selector_counts_steps(learner):
    goal = services.goal_create(user=learner, title="Save")
    step = services.goal_step_add(goal=goal, text="one")
    services.goal_step_add(goal=goal, text="two")
    services.goal_step_mark_done(step=step)

    [listed] = selectors.goals_list(user=learner)

    assert (listed.step_count, listed.steps_done) == (2, 1)


@pytest.mark.django_db
def test_goal_link_choices_are_in_the_readers_language_with_source_values(
    learner_client, learner, course, django_assert_max_num_queries
):
    from tests.factories.courses import translate_course

    bengali = translate_course(course, "bn")
    learner.preferred_language = "bn"
    learner.save(update_fields=["preferred_language"])
    first, second = modules_of(course)

    learner_client.get(reverse("wellbeing:goals"))  # the copies are cached from here on
    with django_assert_max_num_queries(MAX_QUERIES):
        page = learner_client.get(reverse("wellbeing:goals")).content.decode()

    assert '<optgroup label="Course T1 [bn]">' in page
    assert f'<option value="module-{first.pk}">Module 1 [bn]</option>' in page
    assert f'<option value="module-{second.pk}">Module 2 [bn]</option>' in page
    assert f"course-{bengali.pk}" not in page
    assert ">Module 1</option>" not in page


@pytest.mark.django_db
def test_goal_link_options_in_english_show_source_titles(course):
    from tests.factories.courses import translate_course

    translate_course(course, "bn")

    options = selectors.goal_link_options()

    assert [(o.course.pk, o.title, list(o.module_titles.values())) for o in options] == [
        (course.pk, "Course T1", ["Module 1", "Module 2"])
    ]
