"""The curriculum page tree: where each page may go, what a lesson needs, who may open it."""

import json

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page

from cms.models import HomePage, StandardPage
from courses.blocks import QuestionBlock
from courses.models import CompletionRule, CourseIndexPage, CoursePage, LessonPage, ModulePage
from tests.courses.helpers import text_block
from tests.factories import question
from tests.factories.courses import lessons_of, modules_of

# --- Page types ------------------------------------------------------------------------------


def test_course_index_page_types_are_pinned():
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert CourseIndexPage.allowed_parent_page_models() == [Page, HomePage]


def test_course_page_types_are_pinned():
    assert CoursePage.allowed_subpage_models() == [ModulePage]
    assert CoursePage.allowed_parent_page_models() == [CourseIndexPage]


def test_module_page_types_are_pinned():
    assert ModulePage.allowed_subpage_models() == [LessonPage]
    assert ModulePage.allowed_parent_page_models() == [CoursePage]


def test_lesson_page_types_are_pinned():
    assert LessonPage.allowed_subpage_models() == []
    assert LessonPage.allowed_parent_page_models() == [ModulePage]


@pytest.mark.django_db
def test_pages_can_be_created_only_at_their_place_in_the_tree(course):
    module = modules_of(course)[0]
    lesson = lessons_of(course)[0]
    index = course.get_parent().specific
    home = index.get_parent().specific
    standard = StandardPage(title="About", slug="about", body="")
    home.add_child(instance=standard)
    places = {"home": home, "standard": standard, "index": index, "course": course}
    places |= {"module": module, "lesson": lesson}
    allowed = {
        page_class.__name__: sorted(
            name for name, parent in places.items() if page_class.can_create_at(parent)
        )
        for page_class in (CourseIndexPage, CoursePage, ModulePage, LessonPage)
    }
    assert allowed == {
        "CourseIndexPage": ["home"],
        "CoursePage": ["index"],
        "ModulePage": ["course"],
        "LessonPage": ["module"],
    }


# --- LessonPage.clean ------------------------------------------------------------------------


@pytest.mark.django_db
def test_lesson_clean_rejects_quiz_rule_without_a_quiz_block(course):
    lesson = lessons_of(course)[0]
    lesson.completion_rule = CompletionRule.QUIZ
    lesson.body = json.dumps([text_block()])
    with pytest.raises(ValidationError) as caught:
        lesson.clean()
    assert caught.value.message_dict == {
        "completion_rule": ['"Quiz passed" needs at least one quiz block in the body.']
    }


@pytest.mark.django_db
def test_lesson_clean_rejects_reflection_rule_without_a_reflection_block(course):
    lesson = lessons_of(course)[0]
    lesson.completion_rule = CompletionRule.REFLECTION
    lesson.body = json.dumps([text_block()])
    with pytest.raises(ValidationError) as caught:
        lesson.clean()
    assert caught.value.message_dict == {
        "completion_rule": [
            '"Reflection submitted" needs at least one reflection prompt in the body.'
        ]
    }


@pytest.mark.django_db
def test_lesson_clean_accepts_each_rule_with_its_evidence_block(index):
    from tests.factories import CourseBuilder

    course = (
        CourseBuilder(index, "P1")
        .module(
            lesson_specs=[
                {"rule": CompletionRule.VIEWED},
                {"rule": CompletionRule.QUIZ},
                {"rule": CompletionRule.REFLECTION},
                {"rule": CompletionRule.SIGNOFF},
            ]
        )
        .build()
    )
    for lesson in lessons_of(course):
        lesson.clean()  # raises if a rule lacks its block
    assert [lesson.completion_rule for lesson in lessons_of(course)] == [
        "viewed",
        "quiz",
        "reflection",
        "signoff",
    ]


# --- Who may open the pages ------------------------------------------------------------------


@pytest.mark.django_db
def test_pages_redirect_anonymous_visitors_to_sign_in(client, course):
    module = modules_of(course)[0]
    lesson = lessons_of(course)[0]
    for page in (course, module, lesson):
        response = client.get(page.url)
        assert response.status_code == 302
        assert response["Location"] == f"/accounts/login/?next={page.url}"


@pytest.mark.django_db
def test_lesson_redirects_learner_who_has_not_joined_to_the_course_with_a_message(
    client, course, learner
):
    client.force_login(learner)
    response = client.get(lessons_of(course)[0].url)
    assert response.status_code == 302
    assert response["Location"] == course.url
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Join this course to open its lessons."
    ]


@pytest.mark.django_db
def test_course_and_module_pages_open_for_learner_who_has_not_joined(client, course, learner):
    client.force_login(learner)
    response = client.get(course.url)
    assert response.status_code == 200
    assert "Join this course" in response.content.decode()
    assert client.get(modules_of(course)[0].url).status_code == 200


# --- QuestionBlock.clean ---------------------------------------------------------------------


def _question_value(**kwargs):
    return QuestionBlock().to_python(question(**kwargs))


def test_question_clean_rejects_a_question_with_no_right_option():
    with pytest.raises(StructBlockValidationError) as caught:
        QuestionBlock().clean(_question_value(right=()))
    assert list(caught.value.block_errors) == ["options"]
    assert caught.value.block_errors["options"].messages == ["Mark at least one option as right."]


def test_question_clean_rejects_a_choose_one_question_with_two_right_options():
    with pytest.raises(StructBlockValidationError) as caught:
        QuestionBlock().clean(_question_value(kind="single", right=(0, 1)))
    assert list(caught.value.block_errors) == ["kind"]
    assert caught.value.block_errors["kind"].messages == [
        'A "choose one" question needs exactly one right option.'
    ]


def test_question_clean_accepts_one_right_option_or_several_for_choose_all():
    single = QuestionBlock().clean(_question_value(kind="single", right=(1,)))
    multiple = QuestionBlock().clean(_question_value(kind="multiple", right=(0, 2)))
    assert [option["correct"] for option in single["options"]] == [False, True, False]
    assert [option["correct"] for option in multiple["options"]] == [True, False, True]
