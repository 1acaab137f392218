"""What the seeded curricula promise learners is what the site does (issue 13): a self-check
that says "you can skip any question" has only optional prompts, and no course promises more
than the site can keep."""

import copy

import pytest

from trauma_training.curricula import COURSE_FOLDERS, load_course, load_curricula
from trauma_training.curricula.schema import validate_course
from trauma_training.seeding import _block_raw

BY_CODE = {course["code"]: course for course in load_curricula()}


def _lesson(code: str, slug: str) -> dict:
    for module in BY_CODE[code]["modules"]:
        for lesson in module["lessons"]:
            if lesson["slug"] == slug:
                return lesson
    raise LookupError(slug)


def test_self_check_every_prompt_is_optional_as_it_says():
    lesson = _lesson("M4", "m4-your-self-check")
    reflections = [value for block_type, value in lesson["body"] if block_type == "reflection"]
    assert lesson["completion_rule"] == "reflection"
    assert len(reflections) == 6
    assert [value["required"] for value in reflections] == [False] * 6
    note = next(value for block_type, value in lesson["body"] if block_type == "content_note")
    assert "You can skip any question." in note["note"]


def test_reflection_required_choice_reaches_the_seeded_block():
    assert _block_raw("reflection", {"prompt": "Why?", "required": False})["value"] == {
        "prompt": "Why?",
        "hint": "",
        "required": False,
    }
    # Left out, it is required: the lesson waits for the answer, as before the choice existed.
    assert _block_raw("reflection", {"prompt": "Why?"})["value"]["required"] is True


def test_validate_course_reports_a_required_choice_that_is_not_true_or_false():
    course = copy.deepcopy(BY_CODE["M4"])
    lesson = course["modules"][-1]["lessons"][-1]
    index = next(i for i, (kind, _v) in enumerate(lesson["body"]) if kind == "reflection")
    lesson["body"][index][1]["required"] = "no"

    errors = validate_course(course)

    assert errors == [
        f"module {len(course['modules']) - 1} ({course['modules'][-1]['slug']}) lesson "
        f"{len(course['modules'][-1]['lessons']) - 1} ({lesson['slug']}) block {index}: "
        "reflection 'required' must be true or false"
    ]


# Listen needs a voice for the language on the phone (docs/read-aloud.md): not every phone has
# one, so the survivor courses say when a lesson can be heard instead of promising it always.
LISTEN_SENTENCES = {
    "en": (
        "If your phone has a voice for your language, press Listen to hear any lesson read aloud."
    ),
    "bn": "আপনার ফোনে আপনার ভাষার কণ্ঠ থাকলে, 'শুনুন' চাপুন, যেকোনো পাঠ পড়ে শোনানো হবে।",
    "hi": "अगर आपके फ़ोन में आपकी भाषा की आवाज़ है, तो 'सुनें' दबाकर कोई भी पाठ सुन सकती हैं।",
    "te": "మీ ఫోన్‌లో మీ భాష గొంతు ఉంటే, 'వినండి' నొక్కి ఏ పాఠాన్నైనా వినవచ్చు.",
}


@pytest.mark.parametrize("language", ["en", "bn", "hi", "te"])
@pytest.mark.parametrize("folder", ["s1", "s2"])
def test_survivor_course_summary_says_when_a_lesson_can_be_heard(folder, language):
    summary = load_course(folder, language)["summary"]
    assert summary.endswith(LISTEN_SENTENCES[language])


def test_no_english_course_promises_every_lesson_can_be_heard():
    for folder in COURSE_FOLDERS:
        assert "can be heard" not in load_course(folder)["summary"], folder


def test_self_check_offers_drawing_only_on_paper():
    # There is no way to draw an answer on the site; writing and voice notes are what exist,
    # and drawing is offered on paper.
    text = " ".join(
        value
        for block_type, value in _lesson("M4", "m4-your-self-check")["body"]
        if block_type == "text"
    )
    assert text.count("draw") == 1
    assert (
        "In each box you can write or record a voice note; you can also draw on paper. "
        "Whatever is easiest."
    ) in text
