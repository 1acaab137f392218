"""Mentors' private check-in: kind suggestions by answer, history only for the person, and
nobody else (staff included) sees it anywhere."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from tests.factories import sign_in_with_mfa, user_with_role
from trauma_training.wellbeing import services
from trauma_training.wellbeing.models import CheckIn
from trauma_training.wellbeing.suggestions import checkin_suggestions

MAX_QUERIES = 12


@pytest.fixture
def mentor_client(client, mentor):
    client.force_login(mentor)
    return client


@pytest.mark.parametrize("feeling", [1, 2, 3, 4, 5, "3", " 4 "])
def test_checkin_record_accepts_one_to_five(mentor, feeling):
    checkin = services.checkin_record(user=mentor, feeling=feeling)

    assert checkin.feeling == int(str(feeling).strip())


@pytest.mark.parametrize("feeling", [0, 6, -1, "", None, "abc", "3.5", "1e1"])
def test_checkin_record_refuses_anything_else(mentor, feeling):
    with pytest.raises(ValidationError):
        services.checkin_record(user=mentor, feeling=feeling)
    assert CheckIn.objects.count() == 0


def test_checkin_suggestions_for_low_offer_people_and_grounding():
    for feeling in (1, 2):
        suggestions = checkin_suggestions(feeling)
        assert (suggestions.reach_out, suggestions.show_grounding) == (True, True)
        assert any("supervisor" in str(idea) for idea in suggestions.ideas)


def test_checkin_suggestions_for_good_days_are_light():
    suggestions = checkin_suggestions(5)

    assert (suggestions.reach_out, suggestions.show_grounding) == (False, False)


def test_checkin_page_and_low_answer(mentor_client, mentor):
    assert mentor_client.get(reverse("wellbeing:checkin")).status_code == 200

    response = mentor_client.post(reverse("wellbeing:checkin"), {"feeling": "1"})

    checkin = CheckIn.objects.get(user=mentor)
    assert response["Location"] == reverse("wellbeing:checkin_result", args=[checkin.pk])
    page = mentor_client.get(response["Location"]).content.decode()
    assert 'href="/help/"' in page
    assert "grounding exercise" in page
    assert "supervisor" in page
    assert 'role="status"' in page


def test_checkin_good_answer_has_no_grounding(mentor_client, mentor):
    response = mentor_client.post(reverse("wellbeing:checkin"), {"feeling": "5"})

    page = mentor_client.get(response["Location"]).content.decode()
    assert 'id="grounding"' not in page
    assert 'href="/help/"' in page


@pytest.mark.parametrize("data", [{}, {"feeling": "0"}, {"feeling": "9"}, {"feeling": "x"}])
def test_checkin_bad_input_is_400(mentor_client, data):
    response = mentor_client.post(reverse("wellbeing:checkin"), data)

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert CheckIn.objects.count() == 0


def test_checkin_history_shows_only_my_own(mentor_client, mentor, other_mentor):
    services.checkin_record(user=mentor, feeling=2)
    services.checkin_record(user=other_mentor, feeling=5)

    page = mentor_client.get(reverse("wellbeing:checkin")).content.decode()

    assert "My past check-ins" in page
    assert "Low" in page
    assert "Very good" not in page.split("My past check-ins")[1]


@pytest.mark.parametrize("role", ["learner", "trainer", "coordinator"])
def test_checkin_is_for_mentors(client, db, role):
    sign_in_with_mfa(client, user_with_role(role, username=f"not-mentor-{role}"))

    assert client.get(reverse("wellbeing:checkin")).status_code == 403
    assert client.post(reverse("wellbeing:checkin"), {"feeling": "3"}).status_code == 403
    assert CheckIn.objects.count() == 0


def test_checkin_needs_sign_in(client, db):
    assert client.get(reverse("wellbeing:checkin")).status_code == 302


@pytest.mark.parametrize("role", ["mentor", "coordinator", "admin"])
def test_someone_elses_checkin_is_404_for_everyone(client, mentor, role):
    checkin = services.checkin_record(user=mentor, feeling=1)
    sign_in_with_mfa(client, user_with_role(role, username=f"viewer-{role}"))

    assert client.get(reverse("wellbeing:checkin_result", args=[checkin.pk])).status_code in (
        403,
        404,
    )


def test_superuser_in_mentor_group_still_cannot_open_anothers_checkin(client, mentor):
    checkin = services.checkin_record(user=mentor, feeling=1)
    boss = user_with_role("admin", username="boss")
    boss.groups.add(mentor.groups.get())
    sign_in_with_mfa(client, boss)

    assert client.get(reverse("wellbeing:checkin_result", args=[checkin.pk])).status_code == 404
    assert "My past check-ins" not in client.get(reverse("wellbeing:checkin")).content.decode()


def test_checkins_are_not_in_any_admin(db):
    assert not admin.site.is_registered(CheckIn)
    assert CheckIn not in get_snippet_models()
    assert not Permission.objects.filter(content_type__app_label="wellbeing").exists()


def test_checkins_are_not_in_the_wagtail_admin(client, mentor, settings):
    settings.CMS_STAFF_MFA_REQUIRED = False  # staff MFA is not what is tested here
    services.checkin_record(user=mentor, feeling=1)
    boss = user_with_role("admin", username="boss")
    client.force_login(boss)

    for url in ("/admin/", "/admin/snippets/", "/admin/reports/"):
        response = client.get(url, follow=True)
        assert response.status_code in (200, 404)
        assert "check-in" not in response.content.decode().lower()
    assert client.get("/admin/snippets/wellbeing/checkin/").status_code == 404


def test_checkins_are_not_on_the_mentors_shared_page(client, mentor, other_mentor):
    from trauma_training.models import Mentorship

    # A mentor can be mentored too: their own mentor still never sees their check-ins.
    Mentorship.objects.create(mentor=other_mentor, mentee=mentor)
    services.checkin_record(user=mentor, feeling=1)
    client.force_login(other_mentor)

    page = client.get(reverse("wellbeing:mentee_shared", args=[mentor.pk])).content.decode()
    assert "Very low" not in page
    assert "check-in" not in page.lower()


def test_checkin_delete_all_deletes_only_mine(mentor_client, mentor, other_mentor):
    services.checkin_record(user=mentor, feeling=2)
    services.checkin_record(user=other_mentor, feeling=3)

    response = mentor_client.post(reverse("wellbeing:checkin_delete_all"))

    assert response.status_code == 302
    assert list(CheckIn.objects.values_list("user_id", flat=True)) == [other_mentor.pk]


def test_checkin_page_queries_do_not_grow(mentor_client, mentor):
    services.checkin_record(user=mentor, feeling=3)
    url = reverse("wellbeing:checkin")
    mentor_client.get(url)
    with CaptureQueriesContext(connection) as small:
        assert mentor_client.get(url).status_code == 200
    for n in range(40):
        services.checkin_record(user=mentor, feeling=(n % 5) + 1)
    with CaptureQueriesContext(connection) as large:
        assert mentor_client.get(url).status_code == 200

    assert len(large) == len(small)
    assert len(large) <= MAX_QUERIES
