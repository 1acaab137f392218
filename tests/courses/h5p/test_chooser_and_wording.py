"""Uploading an H5P package from the lesson's chooser ("Upload" tab), and the words of a
package that can shame a learner: found at upload (courses.h5p.wording), warned about, never
refused."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.h5p import services
from courses.h5p.wording import finding_message, package_wording_findings
from courses.models import H5PActivity
from tests.courses.h5p.helpers import TRUEFALSE, greeting_package, package_bytes
from tests.factories import user_with_role

CHOOSE = "wagtailsnippetchoosers_courses_h5pactivity:choose"
CREATE = "wagtailsnippetchoosers_courses_h5pactivity:create"
ADD = "wagtailsnippets_courses_h5pactivity:add"

STOCK_TRUEFALSE = {
    "path": "l10n.wrongAnswerMessage",
    "word": "Wrong",
    "language": "en",
    "text": "Wrong answer",
    "stock": True,
}


@pytest.fixture(autouse=True)
def _no_staff_mfa(settings):
    settings.CMS_STAFF_MFA_REQUIRED = False


@pytest.fixture
def trainer(db):
    return user_with_role("trainer", username="trainer-c")


def _upload(data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile("activity.h5p", data, content_type="application/octet-stream")


# --- The chooser's Upload tab -----------------------------------------------------------------


@pytest.mark.django_db
def test_h5p_chooser_offers_an_upload_tab(client, trainer):
    client.force_login(trainer)

    response = client.get(reverse(CHOOSE))

    body = response.json()["html"]
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in body
    assert 'name="package_file"' in body
    assert "Upload and choose" in body


@pytest.mark.django_db
def test_h5p_chooser_upload_creates_and_chooses_the_activity(client, trainer, fixtures_dir):
    client.force_login(trainer)

    response = client.post(
        reverse(CREATE),
        {
            "package_file": _upload(package_bytes(fixtures_dir, TRUEFALSE)),
            "title": "",
            "pass_mark": "70",
        },
    )

    activity = H5PActivity.objects.get()
    assert response.status_code == 200
    assert response.json()["step"] == "chosen"
    assert response.json()["result"]["id"] == str(activity.pk)
    assert (activity.title, activity.pass_mark, activity.created_by) == ("Hello World", 70, trainer)
    assert activity.package.wording_findings == [STOCK_TRUEFALSE]


@pytest.mark.django_db
def test_h5p_chooser_upload_of_a_bad_file_reshows_the_form(client, trainer):
    client.force_login(trainer)

    response = client.post(
        reverse(CREATE), {"package_file": _upload(b"not a zip"), "title": "", "pass_mark": "60"}
    )

    assert response.status_code == 200
    assert response.json()["step"] == "reshow_creation_form"
    assert H5PActivity.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["learner", "mentor", "coordinator"])
def test_h5p_chooser_upload_is_refused_to_those_who_cannot_add_activities(client, role):
    client.force_login(user_with_role(role, username=f"{role}-c"))

    response = client.post(
        reverse(CREATE), {"package_file": _upload(greeting_package()), "pass_mark": "60"}
    )

    assert response.status_code == 302
    assert H5PActivity.objects.count() == 0


# --- Words in a package ------------------------------------------------------------------------


def test_h5p_wording_findings_mark_stock_labels_and_skip_what_is_never_shown():
    content = {
        "question": "<p>Is it kind?</p>",
        "answers": [{"text": "Yes", "tipsAndFeedback": {"chosenFeedback": "<b>Wrong!</b> Try"}}],
        "l10n": {"wrongAnswerMessage": "Wrong answer", "checkAnswer": "Check"},
        "media": {"library": "H5P.Wrong 1.0", "file": {"path": "images/failed.jpg"}},
        "overallFeedback": [{"feedback": "আপনি ব্যর্থ হয়েছেন"}],
    }

    assert package_wording_findings(content) == [
        {
            "path": "answers.0.tipsAndFeedback.chosenFeedback",
            "word": "Wrong",
            "language": "en",
            "text": "Wrong! Try",
            "stock": False,
        },
        {**STOCK_TRUEFALSE},
        {
            "path": "overallFeedback.0.feedback",
            "word": "ব্যর্থ",
            "language": "bn",
            "text": "আপনি ব্যর্থ হয়েছেন",
            "stock": False,
        },
    ]


def test_h5p_wording_finding_message_says_where_a_stock_label_is_changed():
    assert finding_message(STOCK_TRUEFALSE) == (
        "l10n.wrongAnswerMessage (a standard label of the content type: change it in the H5P "
        "editor under \u201cText overrides and translations\u201d): \u201cWrong\u201d. Kinder "
        "wording, for example: \u201cNot yet. Let's look at this again together.\u201d"
    )


@pytest.mark.django_db
def test_h5p_upload_with_shaming_words_is_kept_and_warned(client, trainer):
    client.force_login(trainer)
    data = greeting_package(
        extra={"content/content.json": json.dumps({"greeting": "Wrong! You failed."})}
    )

    response = client.post(
        reverse(ADD),
        {"package_file": _upload(data), "title": "", "description": "", "pass_mark": "60"},
        follow=True,
    )

    activity = H5PActivity.objects.get()
    assert activity.package.wording_findings == [
        {
            "path": "greeting",
            "word": "Wrong",
            "language": "en",
            "text": "Wrong! You failed.",
            "stock": False,
        }
    ]
    warnings = [str(m) for m in response.context["messages"] if m.level_tag == "warning"]
    assert warnings == [
        "This package has words that can shame a learner: greeting: \u201cWrong\u201d. Kinder "
        "wording, for example: \u201cNot yet. Let's look at this again together.\u201d"
    ]


@pytest.mark.django_db
def test_h5p_package_stored_before_the_check_is_read_again_on_upload(db):
    data = greeting_package(extra={"content/content.json": json.dumps({"greeting": "यह गलत है"})})
    package = services.package_store(data)
    type(package).objects.filter(pk=package.pk).update(wording_findings=[])

    again = services.package_store(data)

    assert again.pk == package.pk
    assert [f["word"] for f in type(package).objects.get(pk=package.pk).wording_findings] == ["गलत"]
