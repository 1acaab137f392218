"""HEAD answers like GET on the pages people open (monitors and link checkers ask HEAD; a 405
there is noise in a report), with no body and the same refusals."""

import pytest

from cms.roles import Role
from tests.factories import user_with_role

PAGES = ["/learn/", "/me/goals/", "/me/journal/", "/certificates/mine/", "/programme/", "/me/data/"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_head_answers_like_get_for_a_signed_in_learner(client, path):
    client.force_login(user_with_role(Role.LEARNER))

    get = client.get(path)
    head = client.head(path)

    assert (head.status_code, head.content) == (get.status_code, b"")
    assert get.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_head_signed_out_is_sent_to_sign_in_like_get(client, path):
    head = client.head(path)

    assert (head.status_code, head["Location"]) == (302, f"/accounts/login/?next={path}")
