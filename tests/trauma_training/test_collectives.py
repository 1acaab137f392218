"""The collective page (names, goals, celebrations; never scores) and the coordinators'
collective admin."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms.models import Invitation
from cms.services import invitation_redeem
from courses.models import Cohort, CohortMembership, CourseProgress
from tests.factories import CourseBuilder, sign_in_with_mfa, user_with_role
from trauma_training import selectors
from trauma_training.models import Collective

pytestmark = pytest.mark.django_db


def make_collective(name="Sahas", *, members=(), facilitators=(), coordinators=(), goals=""):
    cohort = Cohort.objects.create(name=name)
    for user in members:
        CohortMembership.objects.create(cohort=cohort, user=user, role="member")
    for user in facilitators:
        CohortMembership.objects.create(cohort=cohort, user=user, role="facilitator")
    collective = Collective.objects.create(cohort=cohort, region="West Bengal", goals=goals)
    collective.coordinators.set(coordinators)
    return collective


def completed(user, course, when=None):
    CourseProgress.objects.create(
        user=user, course=course, percent=100, completed_at=when or timezone.now()
    )


@pytest.fixture
def people(db):
    return {
        "a": user_with_role("learner", username="lrn-a", display_name="Asha"),
        "b": user_with_role("learner", username="lrn-b", display_name="Bina"),
        "c": user_with_role("learner", username="lrn-c", display_name="Chitra"),
        "mentor": user_with_role("mentor", username="mnt-m", display_name="Mala"),
        "coordinator": user_with_role("coordinator", username="crd-k", display_name="Kavya"),
        "outsider": user_with_role("learner", username="lrn-x", display_name="Xena"),
    }


@pytest.fixture
def collective(people):
    return make_collective(
        members=[people["a"], people["b"], people["c"]],
        facilitators=[people["mentor"]],
        coordinators=[people["coordinator"]],
        goals="Speak up together at the block office.",
    )


def url(collective):
    return f"/programme/collectives/{collective.pk}/"


# --- Who sees the page ------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["a", "mentor", "coordinator"])
def test_collectives_page_open_to_members_mentors_and_coordinators(client, people, collective, who):
    sign_in_with_mfa(client, people[who])

    response = client.get(url(collective))

    assert response.status_code == 200
    assert response.context["view"].collective == collective


def test_collectives_page_is_404_for_outsiders_and_other_collectives(client, people, collective):
    other = make_collective("Other", members=[people["outsider"]])
    client.force_login(people["outsider"])

    assert client.get(url(collective)).status_code == 404
    assert client.get(url(other)).status_code == 200
    assert client.get("/programme/collectives/999999/").status_code == 404


def test_collectives_page_is_404_for_a_superuser_outside_it(client, collective):
    sign_in_with_mfa(client, user_with_role("admin", username="root"))

    assert client.get(url(collective)).status_code == 404


def test_collectives_page_asks_anonymous_people_to_sign_in(client, collective):
    response = client.get(url(collective))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_collectives_page_shows_display_names_and_goals_never_usernames(client, people, collective):
    client.force_login(people["a"])

    response = client.get(url(collective))

    view = response.context["view"]
    assert view.member_names == ["Asha", "Bina", "Chitra"]
    assert view.mentor_names == ["Mala"]
    html = response.content.decode()
    assert "Speak up together at the block office." in html
    assert "lrn-a" not in html and "mnt-m" not in html
    assert "Kavya" not in html  # coordinators are not listed as members


def test_collectives_page_shows_no_scores_or_percentages(client, people, collective, course):
    CourseProgress.objects.create(user=people["a"], course=course, percent=37)
    client.force_login(people["b"])

    html = client.get(url(collective)).content.decode()
    # The random CSRF tokens may hold any digits: look at everything else.
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)

    assert re.search(r"\b37\b", html) is None
    assert "%" not in html


def test_collectives_page_post_is_refused(client, people, collective):
    client.force_login(people["a"])

    assert client.post(url(collective)).status_code == 405


# --- Celebrations ----------------------------------------------------------------------------


def test_collectives_celebrations_count_members_completing_this_month(people, collective, index):
    course = CourseBuilder(index, "LS", title="Leading and speaking up").module(lessons=1).build()
    for who in ("a", "b", "c"):
        completed(people[who], course)

    celebrations = selectors.collective_celebrations(collective=collective)

    assert celebrations == [selectors.Celebration("Leading and speaking up", 3)]


def test_collectives_celebrations_hide_a_single_completion(people, collective, course):
    completed(people["a"], course)

    assert selectors.collective_celebrations(collective=collective) == []


def test_collectives_celebrations_ignore_last_month_outsiders_and_mentors(
    people, collective, course
):
    now = timezone.localtime()
    last_month = now.replace(day=1) - timedelta(days=1)
    completed(people["a"], course, when=last_month)
    completed(people["b"], course)
    completed(people["outsider"], course)
    completed(people["mentor"], course)

    assert selectors.collective_celebrations(collective=collective) == []


def test_collectives_page_shows_celebration_text(client, people, collective, index):
    course = CourseBuilder(index, "LS", title="Leading and speaking up").module(lessons=1).build()
    completed(people["a"], course)
    completed(people["b"], course)
    client.force_login(people["c"])

    html = client.get(url(collective)).content.decode()

    assert "2 members completed “Leading and speaking up” this month" in html


def test_collectives_page_queries_do_not_grow_with_members(
    client, people, collective, course, django_assert_num_queries
):
    client.force_login(people["a"])
    client.get(url(collective))  # the first request also loads the session's language
    with CaptureQueriesContext(connection) as few:
        client.get(url(collective))
    for n in range(10):
        user = user_with_role("learner", username=f"more-{n}")
        CohortMembership.objects.create(cohort=collective.cohort, user=user, role="member")
        completed(user, course)

    with django_assert_num_queries(len(few)):
        assert client.get(url(collective)).status_code == 200


# --- Invitations join a collective -------------------------------------------------------------


def test_collectives_invitation_code_joins_the_collective(people, collective):
    invitation = Invitation.objects.create(
        role="learner", cohort=collective.cohort, expires_at=timezone.now() + timedelta(days=7)
    )
    newcomer = user_with_role("learner", username="new-one")

    invitation_redeem(invitation=invitation, user=newcomer)

    assert list(selectors.collectives_visible_to(newcomer)) == [collective]


# --- Admin for coordinators ------------------------------------------------------------------


@pytest.fixture
def admin_client(client, people, settings):
    settings.CMS_STAFF_MFA_REQUIRED = False
    coordinator = people["coordinator"]
    for codename in ("view_collective", "change_collective", "add_collective"):
        coordinator.user_permissions.add(Permission.objects.get(codename=codename))
    client.force_login(coordinator)
    return client


def test_collectives_admin_lists_only_own_collectives(admin_client, people, collective):
    other = make_collective("Elsewhere")

    response = admin_client.get("/admin/collectives/")

    assert response.status_code == 200
    listed = list(response.context["object_list"])
    assert listed == [collective]
    assert other not in listed


def test_collectives_admin_edits_own_goals_but_not_others(admin_client, people, collective):
    other = make_collective("Elsewhere")
    data = {
        "cohort": collective.cohort_id,
        "region": "West Bengal",
        "language": "bn",
        "coordinators": [people["coordinator"].pk],
        "goals": "New goals",
    }

    response = admin_client.post(f"/admin/collectives/edit/{collective.pk}/", data)

    assert response.status_code == 302
    collective.refresh_from_db()
    assert collective.goals == "New goals"
    assert admin_client.get(f"/admin/collectives/edit/{other.pk}/").status_code == 404


def test_collectives_admin_offers_only_coordinators_as_coordinators(
    admin_client, people, collective
):
    second = user_with_role("coordinator", username="crd-z", display_name="Zoya")

    response = admin_client.get(f"/admin/collectives/edit/{collective.pk}/")

    choices = response.context["form"].fields["coordinators"].queryset
    assert sorted(choices.values_list("username", flat=True)) == ["crd-k", "crd-z"]
    assert second.pk in {user.pk for user in choices}
    assert "lrn-a" not in response.content.decode()


def test_collectives_admin_refuses_a_learner_as_coordinator(admin_client, people, collective):
    data = {
        "cohort": collective.cohort_id,
        "region": "West Bengal",
        "language": "bn",
        "coordinators": [people["coordinator"].pk, people["a"].pk],
        "goals": "Speak up together at the block office.",
    }

    response = admin_client.post(f"/admin/collectives/edit/{collective.pk}/", data)

    assert response.status_code == 200  # Wagtail's edit view shows the form again, with the error
    assert "coordinators" in response.context["form"].errors
    assert list(collective.coordinators.values_list("username", flat=True)) == ["crd-k"]
