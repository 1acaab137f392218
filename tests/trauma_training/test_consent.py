"""Consent per purpose: one-tap give and withdraw, history kept, the latest decision wins."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.factories import user_with_role
from trauma_training import selectors, services
from trauma_training.models import Consent

pytestmark = pytest.mark.django_db

PROGRESS = Consent.Purpose.PROGRESS_TO_MENTOR


@pytest.fixture
def person(db):
    return user_with_role("learner", username="lrn-a", display_name="Asha")


def test_consent_record_stores_version_language_and_time(person):
    before = timezone.now()

    consent = services.consent_record(user=person, purpose=PROGRESS, granted=True, language="bn")

    assert consent.granted is True
    assert consent.notice_version == services.NOTICE_VERSIONS[PROGRESS] == "2026-11-1"
    assert consent.language == "bn"
    assert consent.created_at >= before


def test_consent_record_refuses_an_unknown_purpose(person):
    with pytest.raises(ValidationError):
        services.consent_record(user=person, purpose="marketing", granted=True, language="en")
    assert Consent.objects.count() == 0


def test_consent_every_purpose_has_a_notice_and_a_version():
    assert set(services.NOTICE_VERSIONS) == set(Consent.Purpose.values)
    assert set(services.NOTICES) == set(Consent.Purpose.values)


def test_consent_history_is_kept_and_the_latest_wins(person):
    services.consent_record(user=person, purpose=PROGRESS, granted=True, language="en")
    services.consent_record(user=person, purpose=PROGRESS, granted=False, language="hi")

    assert Consent.objects.filter(user=person, purpose=PROGRESS).count() == 2
    assert selectors.consent_granted(user=person, purpose=PROGRESS) is False
    assert selectors.consents_current(user=person)[PROGRESS].language == "hi"

    services.consent_record(user=person, purpose=PROGRESS, granted=True, language="te")

    assert Consent.objects.filter(user=person, purpose=PROGRESS).count() == 3
    assert selectors.consent_granted(user=person, purpose=PROGRESS) is True


def test_consent_latest_wins_by_time_not_by_insertion_order(person):
    now = timezone.now()
    Consent.objects.create(
        user=person,
        purpose=PROGRESS,
        granted=False,
        notice_version="1",
        language="en",
        created_at=now,
    )
    Consent.objects.create(
        user=person,
        purpose=PROGRESS,
        granted=True,
        notice_version="1",
        language="en",
        created_at=now - timedelta(days=1),
    )

    assert selectors.consent_granted(user=person, purpose=PROGRESS) is False
    assert selectors.consents_current(user=person)[PROGRESS].granted is False


def test_consent_purposes_are_independent(person):
    services.consent_record(user=person, purpose=PROGRESS, granted=True, language="en")

    current = selectors.consents_current(user=person)

    assert current[PROGRESS].granted is True
    assert current[Consent.Purpose.SURVEYS] is None
    assert selectors.consent_granted(user=person, purpose=Consent.Purpose.SURVEYS) is False


# --- The privacy page --------------------------------------------------------------------------


def test_consent_page_lists_every_purpose_with_its_notice(client, person):
    client.force_login(person)

    response = client.get("/programme/privacy/")

    assert response.status_code == 200
    purposes = [choice["purpose"] for choice in response.context["choices"]]
    assert purposes == list(Consent.Purpose.values)
    html = response.content.decode()
    assert "Saying no never stops your learning" in html
    assert html.count('value="give"') == 4


def test_consent_page_give_then_withdraw_in_one_tap(client, person):
    client.force_login(person)

    response = client.post(f"/programme/privacy/{PROGRESS}/", {"decision": "give"})

    assert response.status_code == 302
    assert selectors.consent_granted(user=person, purpose=PROGRESS) is True
    page = client.get("/programme/privacy/").content.decode()
    assert 'value="withdraw"' in page

    client.post(f"/programme/privacy/{PROGRESS}/", {"decision": "withdraw"})

    assert selectors.consent_granted(user=person, purpose=PROGRESS) is False
    assert Consent.objects.filter(user=person).count() == 2


def test_consent_page_records_the_request_language(client, person):
    # The page is shown in the person's chosen language (cms.middleware), and so is the notice.
    person.preferred_language = "hi"
    person.save()
    client.force_login(person)

    client.post(f"/programme/privacy/{PROGRESS}/", {"decision": "give"})

    consent = Consent.objects.get(user=person)
    assert consent.language == "hi"


def test_consent_page_unknown_purpose_is_404(client, person):
    client.force_login(person)

    assert client.post("/programme/privacy/marketing/", {"decision": "give"}).status_code == 404
    assert Consent.objects.count() == 0


@pytest.mark.parametrize("data", [{}, {"decision": "maybe"}, {"decision": ""}])
def test_consent_page_bad_decision_is_400(client, person, data):
    client.force_login(person)

    response = client.post(f"/programme/privacy/{PROGRESS}/", data)

    assert response.status_code == 400
    assert Consent.objects.count() == 0


def test_consent_page_get_on_decide_is_405(client, person):
    client.force_login(person)

    assert client.get(f"/programme/privacy/{PROGRESS}/").status_code == 405


def test_consent_page_needs_sign_in(client):
    assert client.get("/programme/privacy/").status_code == 302
    assert client.post(f"/programme/privacy/{PROGRESS}/", {"decision": "give"}).status_code == 302
    assert Consent.objects.count() == 0


def test_consent_declining_never_blocks_learning(client, person, course):
    from courses import services as course_services

    services.consent_record(user=person, purpose=PROGRESS, granted=False, language="en")
    services.consent_record(
        user=person, purpose=Consent.Purpose.SURVEYS, granted=False, language="en"
    )
    course_services.enrolment_create(user=person, course=course)
    client.force_login(person)

    assert client.get("/learn/").status_code == 200
    assert client.get(course.url).status_code == 200


def test_consent_withdrawing_hides_progress_from_the_mentor(person):
    from trauma_training.models import Mentorship

    mentor = user_with_role("mentor", username="mnt-m")
    Mentorship.objects.create(mentor=mentor, mentee=person)
    services.consent_record(user=person, purpose=PROGRESS, granted=True, language="en")
    assert selectors.mentor_may_see_progress(mentor, person) is True

    services.consent_record(user=person, purpose=PROGRESS, granted=False, language="en")

    assert selectors.mentor_may_see_progress(mentor, person) is False
    assert selectors.mentees_sharing_progress(mentor=mentor, mentee_ids=[person.pk]) == set()
