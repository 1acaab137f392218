"""The seeded curricula (DOMAIN.md section 2) are well formed, and the checker can object."""

import copy

import pytest

from trauma_training.curricula import load_curricula
from trauma_training.curricula.schema import BANNED_WORDS_RE, validate_course

CURRICULA = load_curricula()
BY_CODE = {course["code"]: course for course in CURRICULA}


def _all_slugs(course: dict) -> list[str]:
    slugs = [course["slug"]]
    for module in course["modules"]:
        slugs.append(module["slug"])
        slugs += [lesson["slug"] for lesson in module["lessons"]]
    return slugs


def _signoff_lessons(course: dict) -> list[str]:
    return [
        lesson["slug"]
        for module in course["modules"]
        for lesson in module["lessons"]
        if lesson["completion_rule"] == "signoff"
    ]


def test_curricula_codes_in_catalogue_order():
    assert [course["code"] for course in CURRICULA] == [
        "ORIENT",
        "M1",
        "M2",
        "M3",
        "M4",
        "S1",
        "S2",
    ]


@pytest.mark.parametrize("course", CURRICULA, ids=lambda course: course["code"])
def test_curricula_course_passes_validation(course):
    assert validate_course(course) == []


def test_curricula_slugs_are_unique_across_all_courses():
    """Lesson slugs name lessons on the command line (`import_h5p --lesson SLUG`)."""
    slugs = [slug for course in CURRICULA for slug in _all_slugs(course)]

    duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})

    assert duplicates == []


@pytest.mark.parametrize("course", CURRICULA, ids=lambda course: course["code"])
def test_curricula_every_module_has_two_lessons_and_a_check(course):
    for module in course["modules"]:
        assert len(module["lessons"]) >= 2, module["slug"]
        assert len(module["check"]["questions"]) >= 1, module["slug"]


def test_curricula_prerequisites_name_courses_that_exist():
    slugs = {course["slug"] for course in CURRICULA}

    for course in CURRICULA:
        assert set(course.get("prerequisites", [])) <= slugs - {course["slug"]}


def test_curricula_sign_off_lessons_are_the_escalation_role_play_and_the_applied_project():
    signoffs = {code: _signoff_lessons(course) for code, course in BY_CODE.items()}

    assert signoffs == {
        "ORIENT": [],
        "M1": [],
        "M2": ["m2-escalation-role-play"],
        "M3": [],
        "M4": [],
        "S1": ["s1-your-applied-project"],
        "S2": [],
    }


# --- The checker itself -------------------------------------------------------------------------


def _first_lesson(course: dict) -> dict:
    return course["modules"][0]["lessons"][0]


def _plant_in_course_title(course):
    course["title"] += " without failure"


def _plant_in_text_block(course):
    body = _first_lesson(course)["body"]
    index = next(i for i, (kind, _value) in enumerate(body) if kind == "text")
    body[index] = ("text", body[index][1].replace("</p>", " That was wrong.</p>", 1))


def _plant_in_check_feedback(course):
    course["modules"][0]["check"]["questions"][0]["options"][0]["feedback"] = "Incorrect."


def _plant_in_objective(course):
    course["modules"][-1]["objectives"].append("Never FAIL a learner")


def _plant_in_callout(course):
    _first_lesson(course)["body"].append(
        ("callout", {"kind": "tip", "title": "Mistakes", "text": "It is fine if you failed."})
    )


@pytest.mark.parametrize(
    ("plant", "word"),
    [
        (_plant_in_course_title, "failure"),
        (_plant_in_text_block, "wrong"),
        (_plant_in_check_feedback, "Incorrect"),
        (_plant_in_objective, "FAIL"),
        (_plant_in_callout, "failed"),
    ],
    ids=["title", "text", "check-feedback", "objective", "callout"],
)
def test_validate_course_reports_a_planted_banned_word(plant, word):
    course = copy.deepcopy(BY_CODE["M1"])
    plant(course)

    errors = validate_course(course)

    assert len(errors) == 1
    assert errors[0].startswith(f"banned word {word!r} in: ")


def test_banned_words_are_whole_words_only():
    # Whole words only, in any case: "failsafe" is not "fail".
    assert BANNED_WORDS_RE.search("a failsafe plan") is None
    assert BANNED_WORDS_RE.search("Not yet - let's look again") is None
    assert BANNED_WORDS_RE.search("that is incorrect").group(0) == "incorrect"


def test_validate_course_reports_structural_problems():
    course = copy.deepcopy(BY_CODE["ORIENT"])
    module = course["modules"][0]
    module["lessons"] = module["lessons"][:1]
    del module["check"]
    module["lessons"][0]["completion_rule"] = "quiz"

    errors = validate_course(course)

    assert errors == [
        "module 0 (orient-your-safety-your-choices): needs at least two lessons",
        "module 0 (orient-your-safety-your-choices): needs a module check with questions",
        "module 0 (orient-your-safety-your-choices) lesson 0 (orient-safety-buttons): "
        "rule 'quiz' needs a quiz block",
    ]


def test_validate_course_reports_duplicate_slugs():
    course = copy.deepcopy(BY_CODE["ORIENT"])
    lessons = course["modules"][0]["lessons"]
    lessons[1]["slug"] = lessons[0]["slug"]

    assert validate_course(course) == [
        "slugs must be unique within a course: ['orient-safety-buttons']"
    ]
