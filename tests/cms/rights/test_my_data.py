"""The "My data" page and the download (DOMAIN.md 6.5)."""

import json

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import QuizAttempt
from tests.factories.courses import lessons_of
from trauma_training.audit.models import AuditEntry
from trauma_training.wellbeing.models import JournalEntry

pytestmark = pytest.mark.django_db

PAGE = reverse("rights:my_data")
DOWNLOAD = reverse("rights:download")


def _counts(response) -> dict[str, dict[str, int]]:
    return {
        section.key: {str(label): count for label, count in section.counts}
        for section in response.context["sections"]
    }


@pytest.mark.parametrize("name", ["my_data", "download", "correct", "delete"])
def test_rights_pages_anonymous_redirected_to_sign_in(client, name):
    response = client.get(reverse(f"rights:{name}"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_my_data_page_learner_counts_every_section(client, world):
    client.force_login(world.learner.user)

    response = client.get(PAGE)

    assert response.status_code == 200
    assert [section.key for section in response.context["sections"]] == [
        "account",
        "courses",
        "quizzes_and_reflections",
        "h5p_and_xapi",
        "certificates",
        "practice_and_signoffs",
        "collectives_and_mentorships",
        "consent",
        "wellbeing",
        "nudges",
    ]
    assert _counts(response) == {
        "account": {"Roles": 1},
        "courses": {
            "Courses joined": 1,
            "Lessons completed": 1,
            "Modules completed": 0,
            "Lesson sign-offs I received": 1,
            "Lesson sign-offs I gave": 0,
        },
        "quizzes_and_reflections": {"Quiz attempts": 1, "Reflections": 1, "Voice notes": 0},
        "h5p_and_xapi": {
            "Activity attempts": 1,
            "Learning records (xAPI statements)": 1,
            "Saved places in activities (xAPI state)": 1,
            "Notes activity tools keep about me (xAPI profiles)": 1,
        },
        "certificates": {"Certificates": 2},
        "practice_and_signoffs": {
            "Practice entries": 1,
            "Sign-off requests": 1,
            "Practice entries I reviewed": 0,
            "Sign-offs I decided": 0,
        },
        "collectives_and_mentorships": {
            "Collectives I belong to": 1,
            "Collectives I coordinate": 0,
            "Mentorships": 1,
        },
        "consent": {"Consent decisions": 1},
        "wellbeing": {
            "Goals": 1,
            "Journal entries": 1,
            "Reflections shared with my mentor": 1,
            "Check-ins": 1,
        },
        "nudges": {"Nudges received": 1, "Nudges I sent": 0},
    }
    html = response.content.decode()
    assert "Username: asha" in html
    assert "Journal: Journal of asha" in html
    assert "Reflection on" in html and "Reflection of asha" in html
    assert f"code {world.learner.renewal.code}" in html
    assert "My mentor: Meera" in html
    assert "From Meera" in html
    assert "Bina" not in html and "of bina" not in html


def test_my_data_page_who_has_seen_my_data(client, world):
    client.force_login(world.learner.user)

    response = client.get(PAGE)

    seen = [(entry.who, entry.action, entry.target) for entry in response.context["seen"]]
    assert seen == [
        ("someone whose account is closed", "viewed_person_data", "find a person"),
        ("an external learning tool", "viewed_person_data", "xAPI statements"),
        ("Meera", "viewed_person_data", "mentor dashboard: progress summary"),
        # Written by the audit receiver when Meera signed off Asha's lesson.
        ("Meera", "signed_off", seen[3][2]),
    ]
    assert response.context["seen_count"] == 4
    assert "an external learning tool" in response.content.decode()


def test_my_data_page_queries_do_not_grow_with_rows(client, world):
    user = world.learner.user
    client.force_login(user)
    client.get(PAGE)  # warm caches (sessions, site settings)
    with CaptureQueriesContext(connection) as before:
        client.get(PAGE)
    lesson = lessons_of(world.course)[0]
    for i in range(5):
        JournalEntry.objects.create(user=user, text=f"more {i}")
        QuizAttempt.objects.create(
            user=user,
            page=lesson,
            block_id="quiz-1",
            answers={},
            correct_count=0,
            question_count=1,
            score=0,
            passed=False,
        )
    with CaptureQueriesContext(connection) as after:
        response = client.get(PAGE)

    assert response.status_code == 200
    assert len(after.captured_queries) == len(before.captured_queries)
    assert len(after.captured_queries) <= 50


def test_my_data_download_learner_has_everything_in_full(client, world):
    person = world.learner
    client.force_login(person.user)
    entries_before = AuditEntry.objects.count()

    response = client.get(DOWNLOAD)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    data = json.loads(response.content.decode("utf-8"))
    assert data["account"]["username"] == "asha"
    assert data["account"]["display_name"] == "Asha"
    assert data["account"]["roles"] == ["Learner"]
    courses = data["courses_and_progress"]
    assert [row["course"] for row in courses["courses_joined"]] == [world.course.title]
    assert courses["lesson_sign_offs_received"][0]["signed_by"] == "Meera"
    assert courses["cohorts"][0]["cohort"] == "Sunrise collective"
    quiz = data["quiz_answers_and_reflections"]
    assert quiz["quiz_attempts"][0]["answers"] == {"0": [1]}
    assert quiz["quiz_attempts"][0]["score_percent"] == 100
    assert quiz["reflections"][0]["text"] == "Reflection of asha"
    records = data["activity_records"]
    assert records["xapi_statements"][0]["statement_id"] == str(person.statement_id)
    assert records["xapi_statements"][0]["statement"]["note"] == "stmt of asha"
    assert records["xapi_state_documents"][0]["text"] == '{"page": 3, "who": "asha"}'
    assert records["xapi_agent_profile_documents"] == [
        {
            "profile_id": "preferences",
            "updated": records["xapi_agent_profile_documents"][0]["updated"],
            "content_type": "application/json",
            "text": '{"voice": "asha"}',
        }
    ]
    assert records["h5p_attempts"][0]["activity"] == "True or false asha"
    certificates = data["certificates"]
    assert [c["code"] for c in certificates] == [person.certificate.code, person.renewal.code]
    assert certificates[1]["verification_url"] == (
        settings.WAGTAILADMIN_BASE_URL.rstrip("/") + f"/certificates/verify/{person.renewal.code}/"
    )
    assert certificates[0]["status"] == "superseded"
    practice = data["practice_log_and_sign_offs"]
    assert practice["practice_entries"][0]["minutes"] == 90
    assert practice["practice_entries"][0]["date"] == "2026-03-01"
    assert practice["sign_off_requests"][0]["items_signed"] == ["Listens", "Asks"]
    mentorships = data["collectives_and_mentorships"]["mentorships"]
    assert [(m["my_role"], m["other_person"]) for m in mentorships] == [("mentee", "Meera")]
    assert data["consent_history"][0]["purpose"] == "progress_to_mentor"
    assert data["consent_history"][0]["given"] is True
    wellbeing = data["goals_journal_and_check_ins"]
    assert wellbeing["goals"][0]["goal"] == "Goal of asha"
    assert wellbeing["goals"][0]["why_it_matters"] == "Why of asha"
    assert wellbeing["goals"][0]["steps"][0]["step"] == "Step of asha"
    assert wellbeing["journal"][0]["text"] == "Journal of asha"
    assert wellbeing["check_ins"][0]["feeling"] == 4
    assert data["nudges"]["received"][0]["from"] == "Meera"
    assert [entry["who"] for entry in data["who_has_seen_my_data"]] == [
        "someone whose account is closed",
        "an external learning tool",
        "Meera",
        "Meera",
    ]
    body = response.content.decode("utf-8")
    assert "of bina" not in body
    # One's own data: the download is not written to the audit log.
    assert AuditEntry.objects.count() == entries_before


def test_my_data_download_mentor_has_no_mentee_private_data(client, world):
    client.force_login(world.mentor)

    response = client.get(DOWNLOAD)

    body = response.content.decode("utf-8")
    data = json.loads(body)
    for private in ("Journal of", "Reflection of", "Goal of", "Why of", "stmt of", "Printed "):
        assert private not in body
    assert data["account"]["username"] == "meera"
    gave = data["courses_and_progress"]["lesson_sign_offs_i_gave"]
    assert sorted(row["learner"] for row in gave) == ["Asha", "Bina"]
    assert set(gave[0]) == {"lesson", "signed", "learner"}
    decided = data["practice_log_and_sign_offs"]["sign_offs_i_decided"]
    assert sorted(row["person"] for row in decided) == ["Asha", "Bina"]
    mentorships = data["collectives_and_mentorships"]["mentorships"]
    assert sorted((m["my_role"], m["other_person"]) for m in mentorships) == [
        ("mentor", "Asha"),
        ("mentor", "Bina"),
    ]
    assert [c["feeling"] for c in data["goals_journal_and_check_ins"]["check_ins"]] == [2]
    assert data["goals_journal_and_check_ins"]["journal"] == []
    assert data["who_has_seen_my_data"] == []
