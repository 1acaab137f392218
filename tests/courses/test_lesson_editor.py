"""The lesson editor (courses.page_forms): the completion rule taken from the blocks unless the
trainer chose one, a rule no block can meet refused at publishing but saved as a draft, and
answer feedback with a banned word refused at publishing unless a reason is recorded."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import CompletionRule, LessonPage, WordingOverride
from tests.factories import user_with_role
from tests.factories.courses import modules_of


@pytest.fixture(autouse=True)
def _no_staff_mfa(settings):
    settings.CMS_STAFF_MFA_REQUIRED = False


@pytest.fixture
def trainer_client(client, db):
    client.force_login(user_with_role("trainer", username="trainer-e"))
    return client


@pytest.fixture
def admin_client_(client, db):
    admin = user_with_role("admin", username="admin-e")
    client.force_login(admin)
    return client, admin


def _list(values: list[dict]) -> dict:
    """A ListBlock as the editor posts it."""
    data = {"count": len(values)}
    for number, value in enumerate(values):
        data[str(number)] = {"value": value, "deleted": "", "order": number, "id": ""}
    return data


def _option(text: str, *, correct: bool, feedback: str) -> dict:
    option = {"text": text, "feedback": feedback}
    if correct:
        option["correct"] = "on"
    return option


def _quiz(wrong_feedback: str = "Not yet: look again at the story.", right=True) -> tuple:
    question = {
        "prompt": "Which is kind?",
        "kind": "single",
        "explanation": "",
        "options": _list(
            [
                _option("Listen", correct=right, feedback="Yes, that helps."),
                _option("Hurry", correct=False, feedback=wrong_feedback),
            ]
        ),
    }
    return ("quiz", {"title": "Check", "pass_mark": 80, "questions": _list([question])})


def _text(words: str = "Some teaching text.") -> tuple:
    return ("text", rich_text(f"<p>{words}</p>"))


def _reflection() -> tuple:
    return ("reflection", {"prompt": "What helps you?", "hint": ""})


def _post_data(*, title="A new lesson", slug="a-new-lesson", rule="automatic", blocks=(), **more):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "estimated_minutes": 10,
            "completion_rule": rule,
            "body": streamfield(list(blocks)),
            "wording_override_reason": "",
        }
    )
    data.update(more)
    return data


def _add_url(module) -> str:
    return reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", module.pk))


def _created(slug="a-new-lesson") -> LessonPage:
    """The page the trainer made (wagtail-localize adds a copy in each other language)."""
    return LessonPage.objects.filter(slug=slug).order_by("pk").first()


# --- The rule from the blocks ----------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("blocks", "rule"),
    [
        ([_text()], CompletionRule.VIEWED),
        ([_text(), _quiz()], CompletionRule.QUIZ),
        ([_text(), _reflection()], CompletionRule.REFLECTION),
        ([_reflection(), _quiz()], CompletionRule.QUIZ),
    ],
    ids=["text", "quiz", "reflection", "quiz-first"],
)
def test_lesson_editor_new_lesson_takes_its_rule_from_the_blocks(
    trainer_client, course, blocks, rule
):
    module = modules_of(course)[0]

    response = trainer_client.post(
        _add_url(module), _post_data(blocks=blocks, **{"action-publish": "1"})
    )

    assert response.status_code == 302
    lesson = _created()
    assert (lesson.completion_rule, lesson.completion_rule_automatic, lesson.live) == (
        rule,
        True,
        True,
    )


@pytest.mark.django_db
def test_lesson_editor_new_lesson_offers_automatic_first_and_chosen(trainer_client, course):
    module = modules_of(course)[0]

    response = trainer_client.get(_add_url(module))

    field = response.context["form"].fields["completion_rule"]
    assert [value for value, _label in field.choices] == [
        "automatic",
        "viewed",
        "quiz",
        "reflection",
        "signoff",
        "h5p",
    ]
    assert response.context["form"].initial["completion_rule"] == "automatic"


@pytest.mark.django_db
def test_lesson_editor_explicit_viewed_rule_is_kept_with_a_quiz(trainer_client, course):
    module = modules_of(course)[0]

    trainer_client.post(
        _add_url(module),
        _post_data(rule="viewed", blocks=[_text(), _quiz()], **{"action-publish": "1"}),
    )

    lesson = _created()
    assert (lesson.completion_rule, lesson.completion_rule_automatic) == ("viewed", False)
    assert lesson.completion_rule_warning() == (
        "The rule is \u201cViewed: the learner marks it done\u201d, so the lesson's quiz does "
        "not count towards completing it. Choose \u201cQuiz passed: every quiz in the lesson "
        "reaches its pass mark\u201d if it should."
    )


@pytest.mark.django_db
def test_lesson_editor_automatic_rule_follows_blocks_added_after_the_first_save(
    trainer_client, course
):
    module = modules_of(course)[0]
    trainer_client.post(_add_url(module), _post_data(blocks=[_text()]))  # a draft
    lesson = _created()
    assert (lesson.completion_rule, lesson.completion_rule_automatic) == ("viewed", True)

    edit = reverse("wagtailadmin_pages:edit", args=(lesson.pk,))
    form = trainer_client.get(edit).context["form"]
    assert form.initial["completion_rule"] == "automatic"
    trainer_client.post(
        edit, _post_data(blocks=[_text(), _reflection()], **{"action-publish": "1"})
    )

    lesson.refresh_from_db()
    assert (lesson.completion_rule, lesson.completion_rule_automatic, lesson.live) == (
        "reflection",
        True,
        True,
    )


@pytest.mark.django_db
def test_lesson_editor_existing_lesson_shows_its_stored_rule(trainer_client, course):
    from tests.factories.courses import lessons_of

    lesson = lessons_of(course)[0]

    form = trainer_client.get(reverse("wagtailadmin_pages:edit", args=(lesson.pk,))).context["form"]

    assert form.initial["completion_rule"] == "viewed"


# --- A rule no block can meet ----------------------------------------------------------------


@pytest.mark.django_db
def test_lesson_editor_refuses_to_publish_a_rule_no_block_can_meet(trainer_client, course):
    module = modules_of(course)[0]

    response = trainer_client.post(
        _add_url(module), _post_data(rule="quiz", blocks=[_text()], **{"action-publish": "1"})
    )

    assert response.status_code == 200
    assert response.context["form"].errors["completion_rule"] == [
        '"Quiz passed" needs at least one quiz block in the body.'
    ]
    assert not LessonPage.objects.filter(slug="a-new-lesson").exists()


@pytest.mark.django_db
def test_lesson_editor_saves_a_draft_whose_rule_blocks_are_still_to_come(trainer_client, course):
    module = modules_of(course)[0]

    response = trainer_client.post(_add_url(module), _post_data(rule="quiz", blocks=[_text()]))

    assert response.status_code == 302
    lesson = _created()
    assert (lesson.completion_rule, lesson.live) == ("quiz", False)
    assert lesson.completion_rule_problem() == (
        '"Quiz passed" needs at least one quiz block in the body.'
    )


@pytest.mark.django_db
def test_lesson_editor_autosave_keeps_saving_an_unfinished_quiz(trainer_client, course):
    """Autosave posts the form as a draft while the trainer types: a question with no right
    answer ticked yet, and a quiz rule, save (this paused autosave with "validation errors")."""
    module = modules_of(course)[0]

    response = trainer_client.post(
        _add_url(module),
        _post_data(rule="quiz", blocks=[_text(), _quiz(right=False)]),
        headers={"Accept": "application/json"},
    )

    assert response.status_code == 200
    assert response.json()["success"] is True
    assert _created().live is False


@pytest.mark.django_db
def test_lesson_editor_publishing_still_needs_a_right_answer(trainer_client, course):
    module = modules_of(course)[0]

    response = trainer_client.post(
        _add_url(module),
        _post_data(rule="quiz", blocks=[_text(), _quiz(right=False)], **{"action-publish": "1"}),
    )

    assert response.status_code == 200
    assert not LessonPage.objects.filter(slug="a-new-lesson").exists()


@pytest.mark.django_db
def test_lesson_clean_outside_the_editor_still_refuses_an_impossible_rule(course):
    from django.core.exceptions import ValidationError

    from tests.factories.courses import lessons_of

    lesson = lessons_of(course)[0]
    lesson.completion_rule = CompletionRule.H5P

    with pytest.raises(ValidationError) as caught:
        lesson.full_clean()

    assert caught.value.message_dict["completion_rule"] == [
        '"Activity passed" needs at least one H5P block in the body.'
    ]


# --- Words that shame ------------------------------------------------------------------------

SHAMING = "Wrong! You failed this one."


@pytest.mark.django_db
def test_lesson_editor_refuses_to_publish_shaming_feedback_without_a_reason(trainer_client, course):
    module = modules_of(course)[0]

    response = trainer_client.post(
        _add_url(module), _post_data(blocks=[_quiz(SHAMING)], **{"action-publish": "1"})
    )

    assert response.status_code == 200
    assert response.context["form"].errors["wording_override_reason"] == [
        "Answer feedback uses words that can shame a learner. Change it, or give a reason to "
        "publish it as it is.",
        "Quiz 1, question 1, option 2: feedback: \u201cWrong\u201d. Kinder wording, for "
        "example: \u201cNot yet. Let's look at this again together.\u201d",
    ]
    assert WordingOverride.objects.count() == 0


@pytest.mark.django_db
def test_lesson_editor_saves_shaming_feedback_as_a_draft_and_warns(trainer_client, course):
    module = modules_of(course)[0]

    response = trainer_client.post(_add_url(module), _post_data(blocks=[_quiz(SHAMING)]))

    assert response.status_code == 302
    page = trainer_client.get(response.url)
    assert "Quiz 1, question 1, option 2: feedback: \u201cWrong\u201d." in page.content.decode()
    assert [str(m) for m in page.context["messages"] if m.level_tag == "warning"] == [
        "This lesson has checks to look at: see Checks in the editor."
    ]


@pytest.mark.django_db
def test_lesson_editor_records_the_reason_to_publish_shaming_feedback(admin_client_, course):
    client, admin = admin_client_
    module = modules_of(course)[0]

    response = client.post(
        _add_url(module),
        _post_data(
            blocks=[_quiz(SHAMING)],
            wording_override_reason="A quoted example of what not to say.",
            **{"action-publish": "1"},
        ),
    )

    assert response.status_code == 302
    lesson = _created()
    override = WordingOverride.objects.get()
    assert (
        override.page_id,
        override.page_title,
        override.revision_id,
        override.overridden_by,
        override.reason,
    ) == (
        lesson.pk,
        "A new lesson",
        lesson.live_revision_id,
        admin,
        "A quoted example of what not to say.",
    )
    assert override.findings == [
        {
            "where": "Quiz 1, question 1, option 2: feedback",
            "word": "Wrong",
            "language": "en",
            "text": SHAMING,
        }
    ]


@pytest.mark.django_db
def test_lesson_editor_does_not_ask_again_for_the_same_words(admin_client_, course):
    client, _admin = admin_client_
    module = modules_of(course)[0]
    client.post(
        _add_url(module),
        _post_data(
            blocks=[_quiz(SHAMING)], wording_override_reason="Quoted.", **{"action-publish": "1"}
        ),
    )
    lesson = _created()

    again = client.post(
        reverse("wagtailadmin_pages:edit", args=(lesson.pk,)),
        _post_data(
            title="A new lesson, edited", blocks=[_quiz(SHAMING)], **{"action-publish": "1"}
        ),
    )

    assert again.status_code == 302
    assert WordingOverride.objects.count() == 1
    lesson.refresh_from_db()
    assert lesson.title == "A new lesson, edited"


@pytest.mark.django_db
def test_lesson_editor_lesson_text_with_a_banned_word_only_warns(trainer_client, course):
    """Lesson text may rightly say "nothing you did was wrong": a warning, never a refusal."""
    module = modules_of(course)[0]

    response = trainer_client.post(
        _add_url(module),
        _post_data(blocks=[_text("Nothing you did was wrong.")], **{"action-publish": "1"}),
    )

    assert response.status_code == 302
    assert _created().live is True
    assert WordingOverride.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("feedback", "word"),
    [("এটা ভুল হয়েছে", "ভুল"), ("यह गलत है", "गलत"), ("ఇది తప్పు", "తప్పు")],
    ids=["bn", "hi", "te"],
)
def test_lesson_editor_finds_banned_words_in_every_language(trainer_client, course, feedback, word):
    module = modules_of(course)[0]

    response = trainer_client.post(
        _add_url(module), _post_data(blocks=[_quiz(feedback)], **{"action-publish": "1"})
    )

    errors = response.context["form"].errors["wording_override_reason"]
    assert errors[1].startswith(f"Quiz 1, question 1, option 2: feedback: \u201c{word}\u201d.")


# --- Wording overrides in the admin -----------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "status"), [("trainer", 302), ("coordinator", 302), ("admin", 200)]
)
def test_wording_overrides_admin_is_for_admins_only(client, role, status):
    client.force_login(user_with_role(role, username=f"{role}-w"))

    response = client.get("/admin/wording_overrides/")

    assert response.status_code == status


@pytest.mark.django_db
def test_wording_overrides_admin_cannot_add(admin_client_):
    client, _admin = admin_client_

    response = client.get("/admin/wording_overrides/new/")

    assert response.status_code == 302
