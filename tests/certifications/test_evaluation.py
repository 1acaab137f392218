"""programme_evaluate and renewal_evaluate: what a learner still needs, in exact plain words;
modules_qualified and practice_totals."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from certifications.models import (
    Certificate,
    ChecklistSignOff,
    PracticeEntry,
    ProgrammeCPDRequirement,
    SignOffChecklist,
)
from certifications.selectors import (
    Evaluation,
    modules_qualified,
    my_certificates,
    practice_totals,
    programme_evaluate,
    renewal_evaluate,
)
from tests.certifications.helpers import (
    check_answer,
    course_finish,
    five_question_check,
    programme_for,
)
from tests.factories import CourseBuilder
from tests.factories.courses import modules_of


@pytest.fixture
def two_courses(index):
    first = (
        CourseBuilder(index, "E1", title="Mentoring survivor leaders")
        .module(lessons=1)
        .module(lessons=1, check=five_question_check())
        .build()
    )
    second = (
        CourseBuilder(index, "E2", title="Caring for the helper")
        .module(lessons=1, check=True)
        .build()
    )
    return first, second


@pytest.mark.django_db
def test_programme_evaluate_lists_everything_missing_for_a_new_learner(two_courses, learner):
    programme = programme_for(*two_courses)

    evaluation = programme_evaluate(user=learner, programme=programme)

    assert evaluation.met is False
    assert evaluation.missing == [
        "Finish the course “Mentoring survivor leaders”.",
        "Reach 80% in the module check of “Module 2” (not tried yet).",
        "Finish the course “Caring for the helper”.",
        "Reach 80% in the module check of “Module 1” (not tried yet).",
    ]


@pytest.mark.django_db
def test_programme_evaluate_needs_the_programme_mark_even_when_the_course_is_finished(
    two_courses, learner
):
    first, second = two_courses
    programme = programme_for(first, second)
    course_finish(user=learner, course=first, right=3)  # 60%: passes the check's own 50%
    course_finish(user=learner, course=second)

    evaluation = programme_evaluate(user=learner, programme=programme)

    assert evaluation.met is False
    assert evaluation.missing == [
        "Reach 80% in the module check of “Module 2” (best so far 60%).",
    ]


@pytest.mark.django_db
def test_programme_evaluate_is_met_when_every_course_and_check_is_done(two_courses, learner):
    first, second = two_courses
    programme = programme_for(first, second)
    course_finish(user=learner, course=first, right=3)
    check_answer(user=learner, module=modules_of(first)[1], right=4)  # retries are unlimited
    course_finish(user=learner, course=second)

    evaluation = programme_evaluate(user=learner, programme=programme)

    assert (evaluation.met, evaluation.missing) == (True, [])


@pytest.mark.django_db
def test_programme_evaluate_uses_the_programme_pass_mark(two_courses, learner):
    first, _second = two_courses
    programme = programme_for(first, min_module_check_score=60)
    course_finish(user=learner, course=first, right=3)

    assert programme_evaluate(user=learner, programme=programme).met is True


@pytest.mark.django_db
def test_programme_evaluate_without_requirements_is_never_met(learner):
    programme = programme_for()

    evaluation = programme_evaluate(user=learner, programme=programme)

    assert (evaluation.met, evaluation.missing) == (
        False,
        ["This programme has no requirements yet."],
    )


@pytest.mark.django_db
def test_programme_evaluate_query_count_does_not_grow_with_courses(
    two_courses, learner, django_assert_max_num_queries
):
    programme = programme_for(*two_courses)
    with django_assert_max_num_queries(4):
        programme_evaluate(user=learner, programme=programme)


# Sign-offs and supervised practice ----------------------------------------------------------


def practice_add(user, kind, minutes, *, status="verified", when=None, category=""):
    return PracticeEntry.objects.create(
        user=user,
        kind=kind,
        cpd_category=category,
        date=when or date(2026, 1, 15),
        minutes=minutes,
        status=status,
    )


def checklist_add(programme, title, items="Step one\nStep two", signer="supervisor"):
    return SignOffChecklist.objects.create(
        programme=programme, title=title, items=items, signer=signer
    )


@pytest.mark.django_db
def test_programme_evaluate_explains_each_sign_off_state(learner):
    programme = programme_for()
    asked = checklist_add(programme, "Escalation role-play")
    returned = checklist_add(programme, "Listening practice")
    signed = checklist_add(programme, "Closing a session")
    checklist_add(programme, "Applied project")
    ChecklistSignOff.objects.create(user=learner, checklist=asked)
    ChecklistSignOff.objects.create(
        user=learner,
        checklist=returned,
        status="returned",
        return_reason="Let's practise once more.",
    )
    ChecklistSignOff.objects.create(user=learner, checklist=signed, status="returned")
    ChecklistSignOff.objects.create(user=learner, checklist=signed, status="verified")
    no_reason = checklist_add(programme, "Group session")
    ChecklistSignOff.objects.create(user=learner, checklist=no_reason, status="returned")

    evaluation = programme_evaluate(user=learner, programme=programme)

    assert evaluation.met is False
    assert evaluation.missing == [
        "Your sign-off “Escalation role-play” is waiting for a signer.",
        "Your sign-off “Listening practice” was returned: Let's practise once more.",
        "Ask for the sign-off “Applied project”.",
        "Your sign-off “Group session” was returned. Ask again when you are ready.",
    ]


@pytest.mark.django_db
def test_programme_evaluate_ignores_other_learners_sign_offs(learner, other_learner):
    programme = programme_for()
    checklist = checklist_add(programme, "Escalation role-play")
    ChecklistSignOff.objects.create(user=other_learner, checklist=checklist, status="verified")

    assert programme_evaluate(user=learner, programme=programme).missing == [
        "Ask for the sign-off “Escalation role-play”."
    ]


@pytest.mark.django_db
def test_programme_evaluate_counts_only_verified_practice(learner):
    programme = programme_for(practice_hours=20, supervision_sessions=6)
    practice_add(learner, "mentoring", 8 * 60)
    practice_add(learner, "mentoring", 3 * 60, status="pending")
    practice_add(learner, "mentoring", 3 * 60, status="returned")
    practice_add(learner, "cpd", 600, category="self_care")
    for _ in range(4):
        practice_add(learner, "supervision", 60)
    practice_add(learner, "supervision", 60, status="pending")

    evaluation = programme_evaluate(user=learner, programme=programme)

    assert evaluation.missing == [
        "Log 12 more hours of supervised mentoring (8 of 20 hours verified so far).",
        "Log 2 more reflective-supervision sessions (4 of 6 verified so far).",
    ]


@pytest.mark.django_db
def test_programme_evaluate_practice_in_part_hours_and_singulars(learner):
    programme = programme_for(practice_hours=20, supervision_sessions=6)
    practice_add(learner, "mentoring", 19 * 60)
    for _ in range(5):
        practice_add(learner, "supervision", 45)

    assert programme_evaluate(user=learner, programme=programme).missing == [
        "Log 1 more hour of supervised mentoring (19 of 20 hours verified so far).",
        "Log 1 more reflective-supervision session (5 of 6 verified so far).",
    ]

    practice_add(learner, "mentoring", 30)
    assert programme_evaluate(user=learner, programme=programme).missing[0] == (
        "Log 0.5 more hours of supervised mentoring (19.5 of 20 hours verified so far)."
    )


@pytest.mark.django_db
def test_programme_evaluate_is_met_by_practice_and_sign_offs_alone(learner):
    programme = programme_for(practice_hours=2, supervision_sessions=1)
    checklist = checklist_add(programme, "Applied project", signer="mentor")
    practice_add(learner, "mentoring", 120)
    practice_add(learner, "supervision", 60)
    ChecklistSignOff.objects.create(user=learner, checklist=checklist, status="verified")

    assert programme_evaluate(user=learner, programme=programme) == Evaluation(met=True)


@pytest.mark.django_db
def test_programme_evaluate_lists_courses_then_sign_offs_then_practice(two_courses, learner):
    first, _second = two_courses
    programme = programme_for(first, practice_hours=20, supervision_sessions=6)
    checklist_add(programme, "Escalation role-play")
    course_finish(user=learner, course=first)

    assert programme_evaluate(user=learner, programme=programme).missing == [
        "Ask for the sign-off “Escalation role-play”.",
        "Log 20 more hours of supervised mentoring (0 of 20 hours verified so far).",
        "Log 6 more reflective-supervision sessions (0 of 6 verified so far).",
    ]


@pytest.mark.django_db
def test_programme_evaluate_query_count_does_not_grow_with_checklists_and_entries(
    two_courses, learner, django_assert_max_num_queries
):
    programme = programme_for(*two_courses, practice_hours=20, supervision_sessions=6)
    for number in range(6):
        checklist = checklist_add(programme, f"Checklist {number}")
        ChecklistSignOff.objects.create(user=learner, checklist=checklist, status="returned")
        ChecklistSignOff.objects.create(user=learner, checklist=checklist)
    for _ in range(10):
        practice_add(learner, "mentoring", 60)
        practice_add(learner, "supervision", 60)

    with django_assert_max_num_queries(4):
        evaluation = programme_evaluate(user=learner, programme=programme)

    assert len(evaluation.missing) == 4 + 6 + 1  # the sessions are done


# Renewal ------------------------------------------------------------------------------------

ISSUED = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


def certificate_for(user, programme, issued_at=ISSUED) -> Certificate:
    return Certificate.objects.create(
        user=user, programme=programme, printed_name="Asha", issued_at=issued_at
    )


@pytest.fixture
def renewable(index):
    course = (
        CourseBuilder(index, "RN", title="Refresher")
        .module(lessons=1, check=five_question_check())
        .build()
    )
    programme = programme_for(course, code="renewable", renewal_cpd_hours=8, validity_days=730)
    ProgrammeCPDRequirement.objects.create(
        programme=programme, category="ethics_safeguarding", min_hours=2, sort_order=0
    )
    ProgrammeCPDRequirement.objects.create(
        programme=programme, category="self_care", min_hours=2, sort_order=1
    )
    programme.renewal_check_module = modules_of(course)[0]
    programme.save()
    return programme


@pytest.mark.django_db
def test_renewal_evaluate_lists_cpd_and_refresher_still_needed(renewable, learner):
    certificate = certificate_for(learner, renewable)
    practice_add(learner, "cpd", 120, category="ethics_safeguarding", when=date(2026, 1, 10))
    practice_add(learner, "cpd", 90, category="self_care", when=date(2026, 2, 1))
    practice_add(learner, "cpd", 600, category="self_care", when=date(2026, 1, 9))  # before
    practice_add(learner, "cpd", 600, category="self_care", status="pending")
    practice_add(learner, "mentoring", 600)  # not CPD

    evaluation = renewal_evaluate(certificate=certificate)

    assert evaluation.met is False
    assert evaluation.missing == [
        "Log 4.5 more hours of CPD (3.5 of 8 hours verified since your certificate was issued).",
        "Log 0.5 more hours of CPD in “Self-care” (1.5 of 2 hours verified so far).",
        "Reach 80% in the refresher check of “Module 1” (not tried since your certificate was "
        "issued).",
    ]


@pytest.mark.django_db
def test_renewal_evaluate_counts_only_refresher_attempts_since_issue(renewable, learner):
    module = renewable.renewal_check_module
    check_answer(user=learner, module=module, right=5)  # before the certificate: not counted
    certificate = certificate_for(learner, renewable, issued_at=timezone.now())
    practice_add(learner, "cpd", 4 * 60, category="ethics_safeguarding", when=date.today())
    practice_add(learner, "cpd", 4 * 60, category="self_care", when=date.today())

    assert renewal_evaluate(certificate=certificate).missing == [
        "Reach 80% in the refresher check of “Module 1” (not tried since your certificate was "
        "issued)."
    ]
    check_answer(user=learner, module=module, right=3)
    assert renewal_evaluate(certificate=certificate).missing == [
        "Reach 80% in the refresher check of “Module 1” (best so far 60%)."
    ]
    check_answer(user=learner, module=module, right=4)
    assert renewal_evaluate(certificate=certificate) == Evaluation(met=True)


@pytest.mark.django_db
def test_renewal_evaluate_with_nothing_asked_is_met(learner):
    certificate = certificate_for(learner, programme_for(code="plain", validity_days=365))

    assert renewal_evaluate(certificate=certificate) == Evaluation(met=True)


@pytest.mark.django_db
def test_renewal_evaluate_query_count_is_bounded(renewable, learner, django_assert_max_num_queries):
    certificate = certificate_for(learner, renewable)
    for _ in range(10):
        practice_add(learner, "cpd", 30, category="self_care", when=date(2026, 2, 1))
    certificate = Certificate.objects.select_related("programme").get(pk=certificate.pk)

    with django_assert_max_num_queries(4):
        renewal_evaluate(certificate=certificate)


@pytest.mark.django_db
def test_my_certificates_reads_renewal_requirements_once_not_per_certificate(renewable, learner):
    def certificate_in_cycle(cycle):
        Certificate.objects.create(
            user=learner,
            programme=renewable,
            printed_name="Asha",
            cycle=cycle,
            issued_at=ISSUED,
            expires_at=ISSUED + timedelta(days=730),
        )

    certificate_in_cycle(1)
    with CaptureQueriesContext(connection) as one:
        mine = my_certificates(user=learner)
    assert mine.certificates[0].renewal is not None
    for cycle in (2, 3, 4):
        certificate_in_cycle(cycle)
    with CaptureQueriesContext(connection) as four:
        mine = my_certificates(user=learner)

    assert all(item.renewal is not None for item in mine.certificates)
    # Per certificate only its own CPD total and refresher attempts: the programme's CPD
    # minimums and refresher module come with the certificates.
    assert len(four) - len(one) <= 3 * 2


# Per-module badges and totals -----------------------------------------------------------


@pytest.mark.django_db
def test_modules_qualified_needs_complete_lessons_and_the_programme_mark(two_courses, learner):
    first, second = two_courses
    programme = programme_for(first, second, awarded_per_module=True)
    course_finish(user=learner, course=first, right=3)  # module 2's check: 60% < 80%

    qualified = modules_qualified(user=learner, programme=programme)

    assert [m.pk for m in qualified] == [modules_of(first)[0].pk]
    check_answer(user=learner, module=modules_of(first)[1], right=5)
    course_finish(user=learner, course=second)
    assert [m.pk for m in modules_qualified(user=learner, programme=programme)] == [
        *[m.pk for m in modules_of(first)],
        *[m.pk for m in modules_of(second)],
    ]


@pytest.mark.django_db
def test_modules_qualified_query_count(two_courses, learner, django_assert_max_num_queries):
    programme = programme_for(*two_courses, awarded_per_module=True)
    with django_assert_max_num_queries(2):
        modules_qualified(user=learner, programme=programme)


@pytest.mark.django_db
def test_practice_totals_verified_and_waiting_per_kind_and_category(
    learner, other_learner, django_assert_num_queries
):
    practice_add(learner, "mentoring", 90)
    practice_add(learner, "mentoring", 30)
    practice_add(learner, "mentoring", 60, status="pending")
    practice_add(learner, "mentoring", 600, status="returned")
    practice_add(learner, "supervision", 60)
    practice_add(learner, "cpd", 120, category="self_care")
    practice_add(learner, "cpd", 45, category="self_care", status="pending")
    practice_add(other_learner, "mentoring", 600)

    with django_assert_num_queries(1):
        totals = practice_totals(user=learner)

    kinds = {
        t.key: (t.verified_hours, t.verified_count, t.pending_hours, t.pending_count)
        for t in totals.kinds
    }
    assert kinds == {
        "mentoring": ("2", 2, "1", 1),
        "supervision": ("1", 1, "0", 0),
        "cpd": ("2", 1, "0.7", 1),
    }
    categories = {t.key: (t.verified_minutes, t.pending_minutes) for t in totals.cpd_categories}
    assert categories == {
        "ethics_safeguarding": (0, 0),
        "self_care": (120, 45),
        "mentoring_practice": (0, 0),
        "other": (0, 0),
    }


# Translated courses: progress on the source page, titles in the reader's language -----------


@pytest.mark.django_db
def test_programme_evaluate_names_courses_and_checks_in_the_readers_language(
    two_courses, learner, django_assert_max_num_queries
):
    from django.utils import translation
    from django.utils.translation import gettext

    from tests.factories.courses import translate_course

    for course in two_courses:
        translate_course(course, "bn")
    programme = programme_for(*two_courses)

    with translation.override("bn"):
        evaluation = programme_evaluate(user=learner, programme=programme)
        expected = [
            gettext("Finish the course “%(title)s”.")
            % {"title": "Mentoring survivor leaders [bn]"},
            gettext("Reach %(mark)s%% in the module check of “%(title)s” (not tried yet).")
            % {"mark": 80, "title": "Module 2 [bn]"},
            gettext("Finish the course “%(title)s”.") % {"title": "Caring for the helper [bn]"},
            gettext("Reach %(mark)s%% in the module check of “%(title)s” (not tried yet).")
            % {"mark": 80, "title": "Module 1 [bn]"},
        ]
        # Once the copies are known (cached with the page tree), no more than in English.
        with django_assert_max_num_queries(4):
            programme_evaluate(user=learner, programme=programme)

    assert evaluation.missing == expected


@pytest.mark.django_db
def test_programme_evaluate_in_english_keeps_english_titles_with_translations_around(
    two_courses, learner
):
    from tests.factories.courses import translate_course

    translate_course(two_courses[1], "bn")
    programme = programme_for(two_courses[1])

    assert programme_evaluate(user=learner, programme=programme).missing == [
        "Finish the course “Caring for the helper”.",
        "Reach 80% in the module check of “Module 1” (not tried yet).",
    ]


@pytest.mark.django_db
def test_renewal_evaluate_names_the_refresher_in_the_readers_language(renewable, learner):
    from django.utils import translation
    from django.utils.translation import gettext

    from tests.factories.courses import translate_course

    translate_course(renewable.required_courses.get(), "te")
    certificate = certificate_for(learner, renewable)

    with translation.override("te"):
        missing = renewal_evaluate(certificate=certificate).missing
        expected = gettext(
            "Reach %(mark)s%% in the refresher check of “%(title)s” (not tried since your "
            "certificate was issued)."
        ) % {"mark": 80, "title": "Module 1 [te]"}

    assert missing[-1] == expected
