"""A lesson's reflection boxes: any "Save my thoughts" saves every box, a double tap saves the
same answers once, and words posted after the session ended wait for their writer only."""

import pytest

from courses import kept_text, services
from courses.models import CompletionRule, LessonProgress, ReflectionResponse
from tests.courses.helpers import reflection_block, text_block
from tests.factories import CourseBuilder, user_with_role
from tests.factories.courses import lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(index, learner, other_learner):
    """A reflection lesson with three prompts (as in "m4-building-your-plan")."""
    body = [
        text_block(),
        reflection_block("Who can you call?"),
        reflection_block("What helps you rest?"),
        reflection_block("What is your first step?"),
    ]
    course = (
        CourseBuilder(index, "RF")
        .module(lesson_specs=[{"rule": CompletionRule.REFLECTION, "body": body}])
        .build()
    )
    for user in (learner, other_learner):
        services.enrolment_create(user=user, course=course)
    return lessons_of(course)[0]


def _url(lesson) -> str:
    return f"/learn/lessons/{lesson.pk}/reflections/"


def _answers(user, lesson) -> dict[str, str]:
    return dict(
        ReflectionResponse.objects.filter(user=user, lesson=lesson).values_list("block_id", "text")
    )


def test_lesson_page_has_one_form_for_every_box(client, lesson, learner):
    client.force_login(learner)
    page = client.get(lesson.url).content.decode()

    assert page.count('<form id="reflections-form" method="post"') == 1
    for block_id in lesson.block_ids("reflection"):
        assert (
            f'name="reflection-{block_id}" form="reflections-form" rows="5" maxlength="10000">'
        ) in page
        assert (
            f'<button type="submit" form="reflections-form" name="focus" value="{block_id}">'
        ) in page
    assert 'name="kept_for" value="' in page


def test_last_save_saves_all_three_boxes(client, lesson, learner):
    first, second, third = lesson.block_ids("reflection")
    client.force_login(learner)

    response = client.post(
        _url(lesson),
        {
            f"reflection-{first}": "My sister",
            f"reflection-{second}": " Tea with Didi ",
            f"reflection-{third}": "Call the helpline",
            "focus": third,
        },
    )

    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#reflection-{third}"
    assert _answers(learner, lesson) == {
        first: "My sister",
        second: "Tea with Didi",
        third: "Call the helpline",
    }
    progress = LessonProgress.objects.get(user=learner, lesson=lesson)
    assert progress.completed_at is not None


def test_emptied_box_deletes_its_saved_answer(client, lesson, learner, other_learner):
    # Each box comes back filled with its answer, so an empty one was emptied on purpose: on a
    # shared phone, words about self-harm must be erasable.
    first, second, third = lesson.block_ids("reflection")
    client.force_login(learner)
    client.post(
        _url(lesson), {f"reflection-{first}": "Saved before", f"reflection-{third}": "Kept"}
    )
    services.reflection_submit(user=other_learner, lesson=lesson, block_id=first, text="Hers")

    client.post(
        _url(lesson),
        {f"reflection-{first}": " ", f"reflection-{second}": "New", f"reflection-{third}": "Kept"},
    )

    assert _answers(learner, lesson) == {second: "New", third: "Kept"}
    assert _answers(other_learner, lesson) == {first: "Hers"}


def test_every_box_emptied_deletes_every_answer(client, lesson, learner):
    first, second, _third = lesson.block_ids("reflection")
    client.force_login(learner)
    client.post(_url(lesson), {f"reflection-{first}": "One", f"reflection-{second}": "Two"})

    response = client.post(_url(lesson), {f"reflection-{first}": "", f"reflection-{second}": ""})

    assert response.status_code == 302
    assert _answers(learner, lesson) == {}


def test_save_line_shows_only_with_several_prompts(client, index, lesson, learner):
    one = (
        CourseBuilder(index, "RF1")
        .module(
            lesson_specs=[
                {"rule": CompletionRule.REFLECTION, "body": [reflection_block("Just one?")]}
            ]
        )
        .build()
    )
    services.enrolment_create(user=learner, course=one)
    client.force_login(learner)

    several = client.get(lesson.url).content.decode()
    single = client.get(lessons_of(one)[0].url).content.decode()

    assert several.count("This saves all your answers on this page.") == 3
    assert "This saves all your answers on this page." not in single


def test_every_box_empty_is_a_400_and_saves_nothing(client, lesson, learner):
    first, second, _third = lesson.block_ids("reflection")
    client.force_login(learner)

    response = client.post(_url(lesson), {f"reflection-{first}": " ", f"reflection-{second}": ""})

    assert response.status_code == 400
    assert "Write a few words before saving. Anything you like is fine." in (
        response.content.decode()
    )
    assert _answers(learner, lesson) == {}


def test_one_over_long_box_saves_nothing_and_shows_every_box_again(client, lesson, learner):
    first, second, _third = lesson.block_ids("reflection")
    client.force_login(learner)

    response = client.post(
        _url(lesson), {f"reflection-{first}": "Kept words", f"reflection-{second}": "x" * 10_001}
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "That is longer than 10000 characters. Please shorten it a little." in page
    assert f'<textarea id="kept-text" rows="6" readonly>Kept words\n\n{"x" * 10_001}' in page
    assert _answers(learner, lesson) == {}


def test_a_prompt_not_on_the_lesson_is_a_400(client, lesson, learner):
    client.force_login(learner)

    response = client.post(_url(lesson), {"reflection-nope": "Hello"})

    assert response.status_code == 400
    assert "This reflection prompt is no longer on the lesson." in response.content.decode()


def test_same_post_twice_keeps_one_answer_per_box(client, lesson, learner):
    first, second, _third = lesson.block_ids("reflection")
    data = {f"reflection-{first}": "One", f"reflection-{second}": "Two", "focus": first}
    client.force_login(learner)

    client.post(_url(lesson), data)
    client.post(_url(lesson), data)

    assert ReflectionResponse.objects.filter(user=learner).count() == 2
    assert _answers(learner, lesson) == {first: "One", second: "Two"}


def test_older_one_box_address_still_saves(client, lesson, learner):
    first = lesson.block_ids("reflection")[0]
    client.force_login(learner)

    response = client.post(f"/learn/lessons/{lesson.pk}/reflection/{first}/", {"text": "Old page"})

    assert response["Location"] == f"{lesson.url}#reflection-{first}"
    assert _answers(learner, lesson) == {first: "Old page"}


def test_someone_outside_the_course_is_refused(client, lesson):
    outsider = user_with_role("learner", username="learner-z")
    client.force_login(outsider)

    response = client.post(_url(lesson), {f"reflection-{lesson.block_ids('reflection')[0]}": "x"})

    assert response.status_code == 403
    assert ReflectionResponse.objects.count() == 0


# --- After the session ended ----------------------------------------------------------------


def _post_signed_out(client, lesson, user, texts, *, owner=None):
    """Post the lesson's form as `user` wrote it, after their session ended."""
    client.force_login(user)
    token = kept_text.owner_token(user) if owner is None else owner
    client.logout()
    data = {f"reflection-{block_id}": text for block_id, text in texts.items()}
    data[kept_text.OWNER_FIELD] = token
    return client.post(_url(lesson), data, HTTP_REFERER=f"http://testserver{lesson.url}")


def test_signed_out_post_keeps_every_box_and_returns_to_the_lesson(client, lesson, learner):
    first, second, _third = lesson.block_ids("reflection")

    response = _post_signed_out(client, lesson, learner, {first: "Uno", second: "Dos"})

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={lesson.url}"
    assert ReflectionResponse.objects.count() == 0
    client.force_login(learner)
    page = client.get(lesson.url).content.decode()
    assert "Your words from before you were signed out" in page
    assert f'data-kept-for="reflection-{first}" aria-labelledby="kept-text-title">Uno' in page
    assert f'data-kept-for="reflection-{second}" aria-labelledby="kept-text-title">Dos' in page
    assert "Your words from before you were signed out" not in (
        client.get(lesson.url).content.decode()
    )


def test_kept_words_are_not_shown_on_another_page_until_the_lesson(client, lesson, learner):
    first = lesson.block_ids("reflection")[0]
    _post_signed_out(client, lesson, learner, {first: "Later"})
    client.force_login(learner)

    assert "Later" not in client.get("/learn/").content.decode()
    assert "Later" in client.get(lesson.url).content.decode()


def test_kept_words_are_never_shown_to_another_person(client, lesson, learner, other_learner):
    first = lesson.block_ids("reflection")[0]
    _post_signed_out(client, lesson, learner, {first: "Only mine 5521"})

    # The next person on the same phone signs in: the words are dropped unseen.
    client.force_login(other_learner)
    assert "Only mine 5521" not in client.get(lesson.url).content.decode()
    assert kept_text.SESSION_KEY not in client.session
    client.force_login(learner)
    assert "Only mine 5521" not in client.get(lesson.url).content.decode()


def test_words_with_a_forged_owner_are_not_kept(client, lesson, learner, other_learner):
    first = lesson.block_ids("reflection")[0]
    forged = kept_text.owner_token(learner).replace(str(learner.pk), str(other_learner.pk), 1)

    response = _post_signed_out(client, lesson, learner, {first: "Planted"}, owner=forged)

    assert response.status_code == 302
    assert kept_text.SESSION_KEY not in client.session
    client.force_login(other_learner)
    assert "Planted" not in client.get(lesson.url).content.decode()


def test_kept_words_go_back_only_to_a_page_of_this_site(client, lesson, learner):
    client.force_login(learner)
    token = kept_text.owner_token(learner)
    client.logout()

    response = client.post(
        _url(lesson),
        {"reflection-x": "Words", kept_text.OWNER_FIELD: token},
        HTTP_REFERER="https://elsewhere.example/phish",
    )

    assert response["Location"] == "/accounts/login/?next=/"


def test_kept_words_are_dropped_after_a_day(client, lesson, learner):
    first = lesson.block_ids("reflection")[0]
    _post_signed_out(client, lesson, learner, {first: "Yesterday"})
    session = client.session
    session[kept_text.SESSION_KEY]["at"] -= kept_text.KEPT_FOR_SECONDS + 1
    session.save()

    client.force_login(learner)

    assert "Yesterday" not in client.get(lesson.url).content.decode()


def test_owner_token_round_trip_and_refusals(learner):
    token = kept_text.owner_token(learner)

    assert kept_text.owner_from_token(token) == learner.pk
    assert kept_text.owner_from_token("") is None
    assert kept_text.owner_from_token(f"{learner.pk}:nope") is None


@pytest.mark.parametrize("action", ["done/", "enrol"])
def test_signed_out_button_post_returns_to_the_page_after_sign_in(client, lesson, action):
    # A GET of a POST-only address after sign-in would be a blank 405.
    url = (
        f"/learn/lessons/{lesson.pk}/done/"
        if action == "done/"
        else f"/learn/courses/{lesson.get_course().pk}/enrol/"
    )

    response = client.post(url, HTTP_REFERER=f"http://testserver{lesson.url}")

    assert (response.status_code, response["Location"]) == (
        302,
        f"/accounts/login/?next={lesson.url}",
    )
