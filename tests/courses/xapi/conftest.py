import pytest

from courses.h5p import services as h5p_services
from courses.models import XAPICredential
from courses.xapi import selectors, services
from tests.courses.xapi.helpers import basic, xapi_activity, xapi_client


@pytest.fixture(autouse=True)
def _forget_activities():
    # Activities are remembered per process by IRI; each test starts afresh.
    selectors.activity_memo_clear()
    yield
    selectors.activity_memo_clear()


@pytest.fixture(autouse=True)
def recorded_hook(monkeypatch):
    """The H5P app's hook, replaced by a recorder: its effects are tested with the H5P app;
    here we check what it is given. Each call is (user id, [statement ids])."""
    calls = []

    def record(*, user, statements, attempts=None):
        calls.append((user.pk, [s["id"] for s in statements]))

    monkeypatch.setattr(h5p_services, "statements_recorded", record)
    return calls


@pytest.fixture
def activity(course, learner):
    return xapi_activity(course, learners=[learner])


@pytest.fixture
def learner_client(learner):
    client = xapi_client()
    client.force_login(learner)
    return client


@pytest.fixture
def credential(db):
    credential, secret = services.credential_create(
        name="Partner quiz tool",
        created_by=None,
        scope=XAPICredential.Scope.SITE,
        access=XAPICredential.Access.READ_WRITE,
    )
    credential.secret = secret
    return credential


@pytest.fixture
def basic_client(credential):
    return xapi_client(HTTP_AUTHORIZATION=basic(credential.key, credential.secret))
