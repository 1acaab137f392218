"""The seeded translations (issue 12): every survivor course is in Bengali, Hindi and Telugu,
each translation has exactly its source's structure, and the checker says what is off."""

import copy
import subprocess
import sys

import pytest

from trauma_training.curricula import (
    COURSE_FOLDERS,
    FULLY_TRANSLATED_FOLDERS,
    TRANSLATION_LANGUAGES,
    load_course,
    load_translations,
)
from trauma_training.curricula.schema import translation_errors

PAIRS = [
    (folder, language)
    for folder in COURSE_FOLDERS
    for language in TRANSLATION_LANGUAGES
    if load_course(folder, language) is not None
]


@pytest.mark.parametrize("folder", FULLY_TRANSLATED_FOLDERS)
def test_every_survivor_course_has_all_three_translations(folder):
    assert sorted(load_translations(folder)) == ["bn", "hi", "te"]


def test_the_survivor_courses_are_orientation_s1_and_s2():
    codes = [load_course(folder)["code"] for folder in FULLY_TRANSLATED_FOLDERS]

    assert codes == ["ORIENT", "S1", "S2"]


@pytest.mark.parametrize(("folder", "language"), PAIRS, ids=lambda value: value)
def test_each_translation_has_its_sources_structure_and_every_word_translated(folder, language):
    source = load_course(folder)
    translation = load_course(folder, language)

    errors = translation_errors(
        source, translation, language, bodies_required=folder in FULLY_TRANSLATED_FOLDERS
    )

    assert errors == []


@pytest.mark.parametrize(("folder", "language"), PAIRS, ids=lambda value: value)
def test_each_seeded_translation_is_marked_for_review_by_a_native_speaker(folder, language):
    assert load_course(folder, language)["reviewed_by_native_speaker"] is False


# --- The checker can object ------------------------------------------------------------------


@pytest.fixture
def orientation():
    return load_course("orientation"), load_course("orientation", "bn")


def _lesson(course, index=0):
    return course["modules"][0]["lessons"][index]


def test_checker_reports_a_missing_block(orientation):
    source, bengali = orientation
    _lesson(bengali)["body"].pop()

    assert translation_errors(source, bengali, "bn") == [
        "module 0 (orient-your-safety-your-choices) lesson 0 (orient-safety-buttons): "
        "3 body blocks in the source, 2 here"
    ]


def test_checker_reports_a_changed_correct_answer_and_completion_rule(orientation):
    source, bengali = orientation
    option = bengali["modules"][0]["check"]["questions"][0]["options"][0]
    option["correct"] = not option["correct"]
    _lesson(bengali, 1)["completion_rule"] = "viewed"

    errors = translation_errors(source, bengali, "bn")

    assert errors == [
        "module 0 (orient-your-safety-your-choices) lesson 1 (orient-who-sees-what): "
        "completion_rule must stay 'reflection', not 'viewed'",
        "module 0 (orient-your-safety-your-choices) check question 0 option 0: correct must "
        f"stay {not option['correct']}",
    ]


def test_checker_reports_a_dropped_option_and_a_changed_block_type(orientation):
    source, bengali = orientation
    bengali["modules"][0]["check"]["questions"][1]["options"].pop()
    body = _lesson(bengali)["body"]
    body[1] = ("text", body[1][1]["text"])

    errors = translation_errors(source, bengali, "bn")

    assert errors == [
        "module 0 (orient-your-safety-your-choices) lesson 0 (orient-safety-buttons) block 1: "
        "must be a 'callout' block, not 'text'",
        "module 0 (orient-your-safety-your-choices) check question 1: "
        f"{len(source['modules'][0]['check']['questions'][1]['options'])} options in the source, "
        f"{len(bengali['modules'][0]['check']['questions'][1]['options'])} here",
    ]


def test_checker_reports_english_left_in_and_a_banned_word(orientation):
    source, bengali = orientation
    _lesson(bengali)["title"] = "The buttons that keep you safe"
    _lesson(bengali, 1)["title"] = "ভুল বোতাম"

    errors = translation_errors(source, bengali, "bn")

    assert errors == [
        "module 0 (orient-your-safety-your-choices) lesson 0 (orient-safety-buttons) title: "
        "not in bn script: 'The buttons that keep you safe'",
        "module 0 (orient-your-safety-your-choices) lesson 1 (orient-who-sees-what) title: "
        "banned word 'ভুল' in 'ভুল বোতাম'",
    ]


def test_checker_reports_paragraphs_that_do_not_match(orientation):
    source, bengali = orientation
    body = _lesson(bengali)["body"]
    body[0] = ("text", body[0][1].replace("</p><h3>", "</p><p>বাড়তি</p><h3>", 1))

    errors = translation_errors(source, bengali, "bn")

    assert len(errors) == 1
    assert errors[0].startswith(
        "module 0 (orient-your-safety-your-choices) lesson 0 (orient-safety-buttons) block 0: "
        "paragraphs, headings and list items must match the source"
    )


def test_checker_reports_a_missing_body_only_where_bodies_are_required(orientation):
    source, bengali = orientation
    del _lesson(bengali)["body"]
    partial = copy.deepcopy(bengali)

    assert translation_errors(source, bengali, "bn") == [
        "module 0 (orient-your-safety-your-choices) lesson 0 (orient-safety-buttons): "
        "the body is not translated"
    ]
    assert translation_errors(source, partial, "bn", bodies_required=False) == []


def test_the_command_line_checker_passes_on_the_committed_files():
    done = subprocess.run(
        [sys.executable, "-m", "trauma_training.curricula"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert (done.returncode, done.stdout) == (0, "All curriculum files are well formed.\n")
