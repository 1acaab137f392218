"""/programme/: the way in to the programme's pages, each link for whom it is meant."""

import pytest
from django.urls import reverse

from tests.factories import user_with_role


@pytest.mark.django_db
def test_programme_home_links_goals_journal_and_for_mentors_their_pages(client):
    learner = user_with_role("learner", username="home-learner")
    mentor = user_with_role("mentor", username="home-mentor")

    client.force_login(learner)
    learner_page = client.get(reverse("trauma_training:home")).content.decode()
    client.force_login(mentor)
    mentor_page = client.get(reverse("trauma_training:home")).content.decode()

    for page in (learner_page, mentor_page):
        assert reverse("wellbeing:goals") in page
        assert reverse("wellbeing:journal") in page
        assert reverse("trauma_training:privacy") in page
    assert reverse("wellbeing:checkin") not in learner_page
    assert reverse("trauma_training:mentor_dashboard") not in learner_page
    assert reverse("wellbeing:checkin") in mentor_page
    assert reverse("trauma_training:mentor_dashboard") in mentor_page
