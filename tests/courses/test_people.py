"""Choice lists of people tell two people with the same display name apart (issue 13):
name, the chooser's groups they are in, the month they joined and the account number; never
an email address or username."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone, translation

from cms.roles import Role
from courses.models import Cohort, CohortMembership
from courses.people import people_for_choice, person_choice_label, person_choice_label_from
from tests.factories import CourseBuilder, user_with_role
from trauma_training.models import Collective

pytestmark = pytest.mark.django_db


def joined(year, month):
    return timezone.make_aware(datetime.datetime(year, month, 15, 12, 0))


def test_person_choice_label_shows_name_groups_month_and_number():
    person = user_with_role(
        Role.LEARNER,
        username="moumita-x-7781",
        display_name="Moumita",
        email="moumita@example.org",
        date_joined=joined(2026, 3),
    )

    with translation.override("en"):
        label = person_choice_label(person, cohort_names=["Sundarbans", "Basanti"])

    assert label == f"Moumita · Basanti · Sundarbans · joined Mar 2026 · no. {person.pk}"


def test_person_choice_label_without_a_display_name_uses_the_neutral_name():
    person = user_with_role(
        Role.LEARNER, username="x-1", display_name="", date_joined=joined(2025, 11)
    )

    with translation.override("en"):
        label = person_choice_label(person)

    assert label == f"Person no. {person.pk} · joined Nov 2025 · no. {person.pk}"


def test_people_for_choice_shows_only_the_choosers_groups_in_two_queries(
    django_assert_num_queries,
):
    mine, theirs = Cohort.objects.create(name="Mine"), Cohort.objects.create(name="Theirs")
    people = [
        user_with_role(Role.LEARNER, display_name="Moumita", date_joined=joined(2026, month))
        for month in (1, 3, 5)
    ]
    for person in people:
        CohortMembership.objects.create(cohort=mine, user=person, role="member")
    CohortMembership.objects.create(cohort=theirs, user=people[0], role="member")
    queryset = type(people[0]).objects.filter(pk__in=[p.pk for p in people]).order_by("pk")

    with django_assert_num_queries(2), translation.override("en"):
        labels = [
            person_choice_label_from(p)
            for p in people_for_choice(queryset, cohorts=Cohort.objects.filter(name="Mine"))
        ]

    assert labels == [
        f"Moumita · Mine · joined Jan 2026 · no. {people[0].pk}",
        f"Moumita · Mine · joined Mar 2026 · no. {people[1].pk}",
        f"Moumita · Mine · joined May 2026 · no. {people[2].pk}",
    ]


def test_cohort_membership_form_tells_two_people_called_moumita_apart(settings):
    settings.CMS_STAFF_MFA_REQUIRED = False
    cohort = Cohort.objects.create(name="Sundarbans")
    other = Cohort.objects.create(name="Elsewhere")
    coordinator = user_with_role(Role.COORDINATOR, username="coord")
    Collective.objects.create(cohort=cohort, region="West Bengal").coordinators.add(coordinator)
    first = user_with_role(
        Role.LEARNER,
        username="moumita-one-55",
        display_name="Moumita",
        email="one@example.org",
        date_joined=joined(2026, 3),
    )
    second = user_with_role(
        Role.LEARNER, username="moumita-two-66", display_name="Moumita", date_joined=joined(2025, 9)
    )
    CohortMembership.objects.create(cohort=cohort, user=first, role="member")
    CohortMembership.objects.create(cohort=cohort, user=second, role="member")
    CohortMembership.objects.create(cohort=other, user=second, role="member")
    client = Client()
    client.force_login(coordinator)

    response = client.get("/admin/cohortmembership/new/", HTTP_ACCEPT_LANGUAGE="en")

    choices = [
        (value.value if value else "", label)
        for value, label in response.context["form"].fields["user"].choices
    ]
    assert choices == [
        ("", "---------"),
        (first.pk, f"Moumita · Sundarbans · joined Mar 2026 · no. {first.pk}"),
        (second.pk, f"Moumita · Sundarbans · joined Sep 2025 · no. {second.pk}"),
    ]
    html = response.content.decode()
    for secret in ("moumita-one-55", "moumita-two-66", "one@example.org", "Elsewhere"):
        assert secret not in html


def test_reviewer_queues_tell_two_people_called_moumita_apart(index, settings):
    """A mentor's lesson sign-off queue and checklist review queue: the same label, so the
    mentor signs the right Moumita's request."""
    from certifications import records
    from certifications.models import CertificationProgramme, SignOffChecklist
    from courses import services
    from courses.models import CompletionRule
    from tests.courses.helpers import cohort_with
    from tests.factories.courses import lessons_of

    settings.CMS_STAFF_MFA_REQUIRED = False
    mentor = user_with_role(Role.MENTOR, username="mentor-q")
    first, second = (
        user_with_role(
            Role.LEARNER,
            username=f"moumita-{n}-secret",
            display_name="Moumita",
            date_joined=joined(2026, month),
        )
        for n, month in ((1, 3), (2, 1))
    )
    cohort_with("Sundarbans", facilitators=[mentor], members=[first, second])
    course = (
        CourseBuilder(index, "Q1").module(lesson_specs=[{"rule": CompletionRule.SIGNOFF}]).build()
    )
    lesson = lessons_of(course)[0]
    programme = CertificationProgramme.objects.create(code="q", name="Q", printed_title="Q")
    checklist = SignOffChecklist.objects.create(
        programme=programme, title="Applied project", items="Did it", signer="mentor"
    )
    for person in (first, second):
        services.enrolment_create(user=person, course=course)
        services.signoff_request(user=person, lesson=lesson)
        records.signoff_request(user=person, checklist=checklist)
    client = Client()
    client.force_login(mentor)

    lessons = client.get("/learn/sign-offs/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    review = client.get("/certificates/review/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    for person, month in ((first, "Mar 2026"), (second, "Jan 2026")):
        label = f"<strong>Moumita · joined {month} · no. {person.pk}</strong>"
        assert lessons.count(label) == 1
        assert review.count(label) == 1
    for html in (lessons, review):
        assert "secret" not in html


@pytest.mark.parametrize(
    ("language", "joined_words", "number_words"),
    [
        ("bn", "{month}-এ যোগ দিয়েছেন", "নং {id}"),
        ("hi", "{month} से सदस्य", "नं. {id}"),
        ("te", "{month} లో చేరారు", "సంఖ్య {id}"),
    ],
)
def test_person_choice_label_reads_in_each_language(language, joined_words, number_words):
    """Passes once the lead has merged /tmp/i18n/demo.json into the catalogues."""
    from django.utils.formats import date_format

    person = user_with_role(Role.LEARNER, display_name="Moumita", date_joined=joined(2026, 3))

    with translation.override(language):
        month = date_format(timezone.localtime(person.date_joined), "M Y")
        label = person_choice_label(person, cohort_names=["Sundarbans"])

    assert label == " · ".join(
        [
            "Moumita",
            "Sundarbans",
            joined_words.format(month=month),
            number_words.format(id=person.pk),
        ]
    )
