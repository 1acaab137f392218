"""The practice log, sign-off and review pages: what they show, and their 400/403/404/409 paths."""

from datetime import timedelta
from unittest import mock
from uuid import UUID, uuid4

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from certifications import records, signals
from certifications.models import ChecklistSignOff, PracticeEntry, SignOffChecklist
from courses.models import Cohort, CohortMembership
from tests.certifications.helpers import programme_for
from tests.factories import UserFactory, sign_in_with_mfa, user_with_role

PASSWORD = "pass-word-123"


def supervisor_make(username: str, **fields):
    user = UserFactory(username=username, **fields)
    user.user_permissions.add(
        Permission.objects.get(codename="supervise", content_type__app_label="certifications")
    )
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def mentor(db):
    return user_with_role(
        "mentor", username="mentor-secret-username", display_name="Asha", email="asha@example.org"
    )


@pytest.fixture
def supervisor(db):
    return supervisor_make("supervisor-a", display_name="Supervisor Sita")


@pytest.fixture
def checklist(db):
    programme = programme_for(code="peer-mentor-1", name="Certified Peer Mentor")
    return SignOffChecklist.objects.create(
        programme=programme,
        title="Escalation role-play",
        description="Show how you would respond when someone is in danger.",
        items="Notices the warning signs\nNames the helpline",
        signer="supervisor",
    )


def signed_in(client, user):
    client.force_login(user)
    return client


def yesterday() -> str:
    return (timezone.localdate() - timedelta(days=1)).isoformat()


def entry_for(user, **fields) -> PracticeEntry:
    fields.setdefault("kind", "mentoring")
    fields.setdefault("date", timezone.localdate() - timedelta(days=1))
    fields.setdefault("minutes", 60)
    return records.practice_entry_log(user=user, **fields)


# The practice log ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name", ["certifications:practice", "certifications:signoffs", "certifications:review"]
)
def test_pages_need_sign_in(client, name):
    response = client.get(reverse(name))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_practice_page_shows_entries_totals_and_a_labelled_form(client, mentor, supervisor):
    verified = entry_for(mentor, minutes=90)
    records.practice_entry_verify(entry=verified, by=supervisor)
    returned = entry_for(mentor)
    records.practice_entry_return(entry=returned, by=supervisor, reason="The date looks wrong.")

    response = signed_in(client, mentor).get(reverse("certifications:practice"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "{% extends" not in html and 'class="site-header"' in html
    assert "The date looks wrong." in html
    assert reverse("certifications:practice_edit", args=[returned.pk]) in html
    assert reverse("certifications:practice_edit", args=[verified.pk]) not in html
    mentoring = response.context["totals"].kinds[0]
    assert (mentoring.verified_hours, mentoring.pending_hours) == ("1.5", "0")
    for field in ("kind", "cpd_category", "format", "date", "minutes"):
        assert f'<label for="id_{field}"' in html


@pytest.mark.django_db
def test_practice_page_query_count_does_not_grow_with_entries(
    client, mentor, django_assert_max_num_queries
):
    # Signed in with MFA: a mentor in the grace period costs the MFA rule one query a page.
    sign_in_with_mfa(client, mentor)
    for _ in range(15):
        entry_for(mentor)

    with django_assert_max_num_queries(8):
        response = client.get(reverse("certifications:practice"))

    assert len(response.context["entries"]) == 15


@pytest.mark.django_db
def test_practice_add_saves_and_redirects(client, mentor):
    response = signed_in(client, mentor).post(
        reverse("certifications:practice"),
        {
            "kind": "cpd",
            "cpd_category": "self_care",
            "format": "video",
            "date": yesterday(),
            "minutes": "45",
            "submission_token": str(uuid4()),
        },
    )

    assert response.status_code == 302
    entry = PracticeEntry.objects.get()
    assert (entry.user, entry.kind, entry.cpd_category, entry.minutes, entry.status) == (
        mentor,
        "cpd",
        "self_care",
        45,
        "pending",
    )


def entry_form(token) -> dict:
    return {
        "kind": "mentoring",
        "format": "phone",
        "date": yesterday(),
        "minutes": "60",
        "submission_token": str(token),
    }


@pytest.mark.django_db
def test_practice_page_form_carries_a_fresh_one_time_token(client, mentor):
    signed_in(client, mentor)

    tokens = [
        client.get(reverse("certifications:practice")).context["form"]["submission_token"].value()
        for _ in range(2)
    ]

    assert tokens[0] != tokens[1]
    html = client.get(reverse("certifications:practice")).content.decode()
    assert '<input type="hidden" name="submission_token" value="' in html


@pytest.mark.django_db
def test_practice_add_same_form_sent_again_saves_one_entry_and_says_so(client, mentor):
    signed_in(client, mentor)
    form = entry_form(uuid4())

    first = client.post(reverse("certifications:practice"), form)
    again = client.post(reverse("certifications:practice"), form, follow=True)

    assert first.status_code == 302
    assert again.redirect_chain == [(reverse("certifications:practice"), 302)]
    assert PracticeEntry.objects.count() == 1
    # The first answer's message was not shown yet (no page between); both come now.
    assert [str(m) for m in again.context["messages"]] == [
        "Saved. A supervisor will look at it.",
        "This entry was already saved, so it is not added twice. It is below.",
    ]
    # A new form (a new token) is a new entry.
    client.post(reverse("certifications:practice"), entry_form(uuid4()))
    assert PracticeEntry.objects.count() == 2


@pytest.mark.django_db
def test_practice_add_token_is_per_person(client, mentor, supervisor):
    form = entry_form(uuid4())
    signed_in(client, mentor).post(reverse("certifications:practice"), form)
    signed_in(client, supervisor).post(reverse("certifications:practice"), form)

    assert sorted(PracticeEntry.objects.values_list("user__username", flat=True)) == [
        "mentor-secret-username",
        "supervisor-a",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["", "not-a-token", "%00"])
def test_practice_add_without_a_readable_token_is_400_with_a_fresh_one(client, mentor, token):
    signed_in(client, mentor)

    response = client.post(reverse("certifications:practice"), entry_form(token))

    assert response.status_code == 400
    assert response.context["form"].errors == {
        "submission_token": ["This form was out of date. Please check the entry and save it again."]
    }
    assert PracticeEntry.objects.count() == 0
    fresh = response.context["form"]["submission_token"].value()
    assert str(UUID(fresh)) == fresh
    assert "This form was out of date." in response.content.decode()
    # Saving again with the fresh token works.
    assert client.post(reverse("certifications:practice"), entry_form(fresh)).status_code == 302
    assert PracticeEntry.objects.count() == 1


@pytest.mark.django_db
def test_practice_add_with_problems_answers_400_in_plain_words(client, mentor):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()

    response = signed_in(client, mentor).post(
        reverse("certifications:practice"),
        {
            "kind": "cpd",
            "cpd_category": "",
            "format": "in_person",
            "date": tomorrow,
            "minutes": "2000",
            "submission_token": str(uuid4()),
        },
    )

    assert response.status_code == 400
    assert response.context["form"].errors == {
        "cpd_category": ["Choose a CPD category."],
        "date": ["The date cannot be in the future."],
        "minutes": ["Give a length from 1 to 1440 minutes (one day at most)."],
    }
    assert PracticeEntry.objects.count() == 0


@pytest.mark.django_db
def test_practice_add_with_unreadable_input_answers_400(client, mentor):
    response = signed_in(client, mentor).post(
        reverse("certifications:practice"),
        {"kind": "x", "date": "31/31/2026", "minutes": "an hour", "submission_token": "?"},
    )

    assert response.status_code == 400
    errors = response.context["form"].errors
    assert errors["date"] == ["Give the date as year-month-day, for example 2026-03-31."]
    assert errors["minutes"] == ["Give the length as a whole number of minutes."]


@pytest.mark.django_db
def test_practice_add_by_a_learner_is_403_and_the_page_explains(client, learner):
    signed_in(client, learner)

    page = client.get(reverse("certifications:practice"))
    response = client.post(
        reverse("certifications:practice"),
        {
            "kind": "mentoring",
            "format": "in_person",
            "date": yesterday(),
            "minutes": "60",
            "submission_token": str(uuid4()),
        },
    )

    assert page.status_code == 200
    assert "Mentors and staff keep a practice log." in page.content.decode()
    assert response.status_code == 403
    assert PracticeEntry.objects.count() == 0


@pytest.mark.django_db
def test_practice_edit_of_someone_elses_entry_is_404(client, mentor, supervisor):
    entry = entry_for(mentor)
    signed_in(client, supervisor)

    assert client.get(reverse("certifications:practice_edit", args=[entry.pk])).status_code == 404
    assert (
        client.post(reverse("certifications:practice_delete", args=[entry.pk])).status_code == 404
    )
    assert client.get(reverse("certifications:practice_edit", args=[99999])).status_code == 404


@pytest.mark.django_db
def test_practice_edit_of_a_returned_entry_makes_it_pending(client, mentor, supervisor):
    entry = entry_for(mentor)
    records.practice_entry_return(entry=entry, by=supervisor, reason="Was it 90 minutes?")
    signed_in(client, mentor)
    url = reverse("certifications:practice_edit", args=[entry.pk])

    page = client.get(url)
    response = client.post(
        url, {"kind": "mentoring", "format": "in_person", "date": yesterday(), "minutes": "90"}
    )

    assert page.status_code == 200
    assert "Was it 90 minutes?" in page.content.decode()
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.minutes, entry.status, entry.return_reason) == (90, "pending", "")


@pytest.mark.django_db
def test_practice_edit_with_a_bad_value_is_400(client, mentor):
    entry = entry_for(mentor)

    response = signed_in(client, mentor).post(
        reverse("certifications:practice_edit", args=[entry.pk]),
        {
            "kind": "mentoring",
            "cpd_category": "other",
            "format": "in_person",
            "date": yesterday(),
            "minutes": "90",
        },
    )

    assert response.status_code == 400
    assert response.context["form"].errors == {
        "cpd_category": ["A CPD category is only for CPD. Leave it empty here."]
    }


@pytest.mark.django_db
def test_practice_edit_and_delete_of_a_verified_entry_is_409(client, mentor, supervisor):
    entry = entry_for(mentor)
    records.practice_entry_verify(entry=entry, by=supervisor)
    signed_in(client, mentor)

    edit = client.get(reverse("certifications:practice_edit", args=[entry.pk]))
    delete = client.post(reverse("certifications:practice_delete", args=[entry.pk]))

    assert (edit.status_code, delete.status_code) == (409, 409)
    assert "This entry is verified, so it stays as it is." in delete.content.decode()
    assert PracticeEntry.objects.filter(pk=entry.pk).exists()


@pytest.mark.django_db
def test_practice_delete_removes_own_pending_entry(client, mentor):
    entry = entry_for(mentor)

    response = signed_in(client, mentor).post(
        reverse("certifications:practice_delete", args=[entry.pk])
    )

    assert response.status_code == 302
    assert not PracticeEntry.objects.exists()


# Sign-off requests -------------------------------------------------------------------------


@pytest.mark.django_db
def test_signoffs_page_shows_what_the_learner_does_and_who_signs(client, learner, checklist):
    response = signed_in(client, learner).get(reverse("certifications:signoffs"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Escalation role-play" in html
    assert "Show how you would respond when someone is in danger." in html
    assert "A supervisor" in html
    assert "Names the helpline" in html
    assert reverse("certifications:signoff_request", args=[checklist.pk]) in html


@pytest.mark.django_db
def test_signoffs_page_hides_inactive_programmes(client, learner, checklist):
    checklist.programme.active = False
    checklist.programme.save()
    signed_in(client, learner)

    assert (
        "Escalation role-play"
        not in client.get(reverse("certifications:signoffs")).content.decode()
    )
    url = reverse("certifications:signoff_request", args=[checklist.pk])
    assert client.post(url).status_code == 404


@pytest.mark.django_db
def test_signoff_request_then_again_is_400(client, learner, checklist):
    signed_in(client, learner)
    url = reverse("certifications:signoff_request", args=[checklist.pk])

    first = client.post(url)
    second = client.post(url)
    page = client.get(reverse("certifications:signoffs"))

    assert first.status_code == 302
    assert second.status_code == 400
    assert "You have already asked for this sign-off." in second.content.decode()
    assert "Waiting for a signer." in page.content.decode()
    assert ChecklistSignOff.objects.count() == 1


# The review queue ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_review_is_403_for_learners(client, learner):
    assert signed_in(client, learner).get(reverse("certifications:review")).status_code == 403


@pytest.mark.django_db
def test_review_shows_display_names_only_and_never_own_items(client, mentor, supervisor, checklist):
    entry = entry_for(mentor)
    own = entry_for(supervisor)
    records.signoff_request(user=mentor, checklist=checklist)
    nameless = user_with_role("mentor", username="nameless-username", display_name="")
    entry_for(nameless)

    response = signed_in(client, supervisor).get(reverse("certifications:review"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Asha" in html
    assert f"Person no. {nameless.pk}" in html
    for secret in ("mentor-secret-username", "asha@example.org", "nameless-username"):
        assert secret not in html
    assert reverse("certifications:entry_verify", args=[entry.pk]) in html
    assert reverse("certifications:entry_verify", args=[own.pk]) not in html
    assert len(response.context["queue"].signoffs) == 1


@pytest.mark.django_db
def test_review_for_a_mentor_lists_only_mentor_signed_checklists(
    client, mentor, learner, checklist
):
    mentor_checklist = SignOffChecklist.objects.create(
        programme=checklist.programme, title="Applied project", items="Runs it", signer="mentor"
    )
    records.signoff_request(user=learner, checklist=checklist)
    wanted = records.signoff_request(user=learner, checklist=mentor_checklist)
    stranger = user_with_role("learner", username="not-mentored")
    records.signoff_request(user=stranger, checklist=mentor_checklist)
    entry_for(UserFactory(username="other-staff", is_staff=True))
    cohort = Cohort.objects.create(name="Mentor's collective")
    CohortMembership.objects.create(cohort=cohort, user=learner, role="member")
    CohortMembership.objects.create(cohort=cohort, user=mentor, role="facilitator")

    response = signed_in(client, mentor).get(reverse("certifications:review"))

    # Only the mentor-signed request of a learner in a collective this mentor facilitates.
    queue = response.context["queue"]
    assert [row.item.pk for row in queue.signoffs] == [wanted.pk]
    assert queue.entries == []


@pytest.mark.django_db
def test_review_query_count_does_not_grow_with_the_queue(
    client, supervisor, checklist, django_assert_max_num_queries
):
    signed_in(client, supervisor)
    for number in range(8):
        person = user_with_role("mentor", username=f"m{number}", display_name=f"M {number}")
        entry_for(person)
        records.signoff_request(user=person, checklist=checklist)

    # The reads stay bounded; the audit log's one entry per person shown is measured apart.
    with (
        mock.patch.object(signals.person_data_viewed, "send") as viewed,
        django_assert_max_num_queries(10),
    ):
        response = client.get(reverse("certifications:review"))

    queue = response.context["queue"]
    assert (len(queue.entries), len(queue.signoffs)) == (8, 8)
    assert len(viewed.call_args.kwargs["subjects"]) == 8


@pytest.mark.django_db
def test_entry_verify_and_return_paths(client, mentor, supervisor):
    entry = entry_for(mentor)
    signed_in(client, supervisor)
    verify = reverse("certifications:entry_verify", args=[entry.pk])
    give_back = reverse("certifications:entry_return", args=[entry.pk])

    no_reason = client.post(give_back, {"reason": "  "})
    done = client.post(verify)
    again = client.post(verify)
    late_return = client.post(give_back, {"reason": "The date looks wrong."})

    assert no_reason.status_code == 400
    assert "Say briefly why you are returning it" in no_reason.content.decode()
    assert done.status_code == 302
    assert (again.status_code, late_return.status_code) == (409, 409)
    assert "already been reviewed" in again.content.decode()
    entry.refresh_from_db()
    assert (entry.status, entry.reviewed_by) == ("verified", supervisor)


@pytest.mark.django_db
def test_entry_return_with_a_reason(client, mentor, supervisor):
    entry = entry_for(mentor)

    response = signed_in(client, supervisor).post(
        reverse("certifications:entry_return", args=[entry.pk]),
        {"reason": "Please check the date."},
    )

    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.status, entry.return_reason) == ("returned", "Please check the date.")


@pytest.mark.django_db
def test_entry_verify_403_and_404(client, mentor, supervisor):
    other_mentor = user_with_role("mentor", username="mentor-b")
    entry = entry_for(mentor)
    own = entry_for(supervisor)

    assert (
        signed_in(client, other_mentor)
        .post(reverse("certifications:entry_verify", args=[entry.pk]))
        .status_code
        == 403
    )
    signed_in(client, supervisor)
    assert client.post(reverse("certifications:entry_verify", args=[own.pk])).status_code == 403
    assert client.post(reverse("certifications:entry_verify", args=[99999])).status_code == 404
    assert client.get(reverse("certifications:entry_verify", args=[entry.pk])).status_code == 405


@pytest.mark.django_db
def test_entry_verify_queues_an_evaluation_on_commit(
    client, mentor, supervisor, monkeypatch, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(
        "certifications.tasks.evaluate_and_issue_task.apply_async",
        lambda args, queue: sent.append(args),
    )
    programme = programme_for(code="hours", practice_hours=20)
    entry = entry_for(mentor)

    with django_capture_on_commit_callbacks(execute=True):
        signed_in(client, supervisor).post(reverse("certifications:entry_verify", args=[entry.pk]))

    assert sent == [(mentor.pk, programme.pk)]


# Signing ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_sign_page_shows_the_checklist_as_labelled_checkboxes(
    client, mentor, supervisor, checklist
):
    signoff = records.signoff_request(user=mentor, checklist=checklist)

    response = signed_in(client, supervisor).get(
        reverse("certifications:signoff_sign", args=[signoff.pk])
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('type="checkbox"') == 2
    assert '<label class="option" for="item-1">' in html
    assert "Asha" in html and "mentor-secret-username" not in html


@pytest.mark.django_db
def test_sign_with_an_item_unticked_is_400_and_keeps_the_ticks(
    client, mentor, supervisor, checklist
):
    signoff = records.signoff_request(user=mentor, checklist=checklist)

    response = signed_in(client, supervisor).post(
        reverse("certifications:signoff_sign", args=[signoff.pk]),
        {"item": ["Names the helpline"]},
    )

    assert response.status_code == 400
    assert response.context["error"] == (
        "Every item needs a tick before signing. Not ticked yet: “Notices the warning signs”."
    )
    assert response.context["ticked"] == {"Names the helpline"}
    signoff.refresh_from_db()
    assert signoff.status == "pending"


@pytest.mark.django_db
def test_sign_with_every_item_ticked_signs_and_queues_an_evaluation(
    client, mentor, supervisor, checklist, monkeypatch, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(
        "certifications.tasks.evaluate_and_issue_task.apply_async",
        lambda args, queue: sent.append(args),
    )
    signoff = records.signoff_request(user=mentor, checklist=checklist)
    url = reverse("certifications:signoff_sign", args=[signoff.pk])
    signed_in(client, supervisor)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"item": checklist.item_list})
    again = client.post(url, {"item": checklist.item_list})
    page = client.get(url)

    assert response.status_code == 302
    signoff.refresh_from_db()
    assert (signoff.status, signoff.reviewed_by, signoff.items_signed) == (
        "verified",
        supervisor,
        ["Notices the warning signs", "Names the helpline"],
    )
    assert sent == [(mentor.pk, checklist.programme_id)]
    assert (again.status_code, page.status_code) == (409, 409)


@pytest.mark.django_db
def test_sign_403_404_and_return(client, mentor, supervisor, checklist):
    signoff = records.signoff_request(user=mentor, checklist=checklist)
    own = records.signoff_request(user=supervisor, checklist=checklist)
    url = reverse("certifications:signoff_sign", args=[signoff.pk])
    give_back = reverse("certifications:signoff_return", args=[signoff.pk])

    assert signed_in(client, mentor).get(url).status_code == 403  # mentor: supervisor checklist
    signed_in(client, supervisor)
    assert client.get(reverse("certifications:signoff_sign", args=[own.pk])).status_code == 403
    assert client.get(reverse("certifications:signoff_sign", args=[99999])).status_code == 404
    assert client.post(give_back, {"reason": ""}).status_code == 400
    assert client.post(give_back, {"reason": "Once more, please."}).status_code == 302
    assert client.post(give_back, {"reason": "Once more, please."}).status_code == 409
    signoff.refresh_from_db()
    assert (signoff.status, signoff.return_reason) == ("returned", "Once more, please.")


@pytest.mark.django_db
def test_practice_pages_avoid_words_that_discourage(client, mentor, supervisor, checklist):
    entry_for(mentor)
    records.signoff_request(user=mentor, checklist=checklist)
    pages = [
        signed_in(client, mentor).get(reverse("certifications:practice")),
        client.get(reverse("certifications:signoffs")),
        signed_in(client, supervisor).get(reverse("certifications:review")),
    ]

    for page in pages:
        text = page.content.decode().lower()
        assert " fail" not in text and "wrong" not in text


@pytest.mark.django_db
def test_signoffs_page_lists_the_programmes_meant_for_the_person(client, learner, mentor):
    for code, audience in (("for-mentors", "mentor"), ("for-learners", "learner")):
        SignOffChecklist.objects.create(
            programme=programme_for(code=code, name=code, audience=audience),
            title=f"Checklist {code}",
            items="One item",
        )
    SignOffChecklist.objects.create(
        programme=programme_for(code="for-anyone", name="for-anyone"),
        title="Checklist for-anyone",
        items="One item",
    )

    def titles(user):
        client.force_login(user)
        html = client.get(reverse("certifications:signoffs")).content.decode()
        return [
            t for t in ("for-mentors", "for-learners", "for-anyone") if f"Checklist {t}" in html
        ]

    assert titles(learner) == ["for-learners", "for-anyone"]
    assert titles(mentor) == ["for-mentors", "for-anyone"]
