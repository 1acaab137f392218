import pytest

from tests.factories import user_with_role
from trauma_training.models import Mentorship


@pytest.fixture
def mentor(db):
    return user_with_role("mentor", username="mentor-m")


@pytest.fixture
def other_mentor(db):
    return user_with_role("mentor", username="mentor-n")


@pytest.fixture
def mentorship(mentor, learner):
    """`mentor` mentors `learner` now."""
    return Mentorship.objects.create(mentor=mentor, mentee=learner)


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client
