"""Query-count guards: the course page and "My learning" cost the same number of queries
for a small course and a large one (Wagtail's own site lookup and routing included)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import selectors, services
from courses.models import CompletionRule
from tests.courses.helpers import cohort_with
from tests.factories import CourseBuilder, user_with_role
from tests.factories.courses import lessons_of, modules_of

MAX_QUERIES = 12  # the target for any learner page


def _course(index, code, *, modules, lessons, check=False, title=None):
    builder = CourseBuilder(index, code, **({"title": title} if title else {}))
    for _ in range(modules):
        builder.module(lessons=lessons, check=check)
    return builder.build()


@pytest.fixture
def small(index):
    """1 module x 2 lessons; one learner, one enrolment, one lesson done."""
    course = _course(index, "S1", modules=1, lessons=2)
    learner = user_with_role("learner", username="small-learner")
    services.enrolment_create(user=learner, course=course)
    services.lesson_mark_viewed(user=learner, lesson=lessons_of(course)[0])
    return course, learner


@pytest.fixture
def large(index):
    """6 modules x 6 lessons, each module with a check and one lesson signed off by a mentor;
    the learner has a mentor, 7 enrolments and some progress; 6 others share the course."""
    builder = CourseBuilder(index, "L1")
    for _ in range(6):
        specs = [{"rule": CompletionRule.VIEWED}] * 5 + [{"rule": CompletionRule.SIGNOFF}]
        builder.module(lesson_specs=specs, check=True)
    course = builder.build()
    learner = user_with_role("learner", username="large-learner")
    mentor = user_with_role("mentor", username="large-mentor")
    cohort_with("Large collective", facilitators=[mentor], members=[learner])
    services.enrolment_create(user=learner, course=course)
    for lesson in lessons_of(course)[:7]:
        services.lesson_mark_viewed(user=learner, lesson=lesson)
    first_module = modules_of(course)[0]
    services.quiz_attempt_submit(
        user=learner, page=first_module, block_id=first_module.check_quiz.id, answers={0: [0]}
    )
    services.signoff_request(user=learner, lesson=lessons_of(course)[5])
    for n in range(6):
        other = _course(index, f"X{n}", modules=1, lessons=1)
        services.enrolment_create(user=learner, course=other)
        if n < 2:  # two of them completed, listed apart
            services.lesson_mark_viewed(user=learner, lesson=lessons_of(other)[0])
        classmate = user_with_role("learner", username=f"classmate-{n}")
        services.enrolment_create(user=classmate, course=course)
    return course, learner


def _count(client, user, url, *, warm: bool) -> int:
    client.force_login(user)
    cache.clear()
    if warm:
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_course_page_queries_are_the_same_for_a_small_and_a_large_course(
    client, small, large, django_assert_max_num_queries
):
    small_count = _count(client, small[1], small[0].url, warm=True)
    large_count = _count(client, large[1], large[0].url, warm=True)
    print(f"course page (structure cached): small {small_count}, large {large_count}")
    assert small_count == large_count
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(large[0].url)


@pytest.mark.django_db
def test_my_learning_queries_are_the_same_for_one_enrolment_and_seven(
    client, small, large, django_assert_max_num_queries
):
    small_count = _count(client, small[1], "/learn/", warm=True)
    large_count = _count(client, large[1], "/learn/", warm=True)
    print(f"my learning (structure cached): small {small_count}, large {large_count}")
    assert small_count == large_count
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get("/learn/")


@pytest.mark.django_db
def test_pages_with_a_cold_cache_still_do_not_grow_with_the_course(client, small, large):
    """Right after a publish clears the cached structure, the first visit rebuilds it: in a
    fixed number of queries too, however many modules, lessons and enrolments there are."""
    counts = {
        "course page": (
            _count(client, small[1], small[0].url, warm=False),
            _count(client, large[1], large[0].url, warm=False),
        ),
        "my learning": (
            _count(client, small[1], "/learn/", warm=False),
            _count(client, large[1], "/learn/", warm=False),
        ),
    }
    print(f"cold cache (small, large): {counts}")
    assert counts["course page"][0] == counts["course page"][1]
    assert counts["my learning"][0] == counts["my learning"][1]


@pytest.mark.django_db
def test_pages_show_what_the_guards_measure(client, large):
    """The guarded pages really render the large course's state (not an empty page)."""
    course, learner = large
    client.force_login(learner)
    course_html = client.get(course.url).content.decode()
    assert course_html.count('class="lesson-list"') == 6
    # 1.6 waits for the mentor's sign-off, so "Continue" goes on to the next lesson.
    assert "Continue: Lesson 2.2" in course_html
    learning_html = client.get("/learn/").content.decode()
    # The large course is under way; the four other unfinished ones are not begun yet.
    assert learning_html.count("Continue:") == 1
    assert learning_html.count("Start:") == 4
    assert learning_html.count("Completed on") == 2
    assert "1 lesson is waiting for your mentor" in learning_html


# --- "My learning": where to resume ----------------------------------------------------------


@pytest.mark.django_db
def test_my_learning_resumes_at_the_first_lesson_not_yet_complete(course, learner):
    services.enrolment_create(user=learner, course=course)
    lessons = lessons_of(course)
    assert selectors.my_learning(user=learner).in_progress[0].next_lesson.id == lessons[0].pk
    services.lesson_mark_viewed(user=learner, lesson=lessons[0])
    services.lesson_mark_viewed(user=learner, lesson=lessons[2])  # out of order
    entry = selectors.my_learning(user=learner).in_progress[0]
    assert (entry.next_lesson.id, entry.percent) == (lessons[1].pk, 40)
    services.lesson_mark_viewed(user=learner, lesson=lessons[1])
    assert selectors.my_learning(user=learner).in_progress[0].next_lesson.id == lessons[3].pk


@pytest.mark.django_db
def test_my_learning_skips_lessons_the_learner_cannot_reach(index, learner):
    course = (
        CourseBuilder(index, "R1")
        .module(lesson_specs=[{"rule": CompletionRule.SIGNOFF}, {"rule": CompletionRule.VIEWED}])
        .build()
    )
    services.enrolment_create(user=learner, course=course)
    signoff, viewed = lessons_of(course)
    assert selectors.my_learning(user=learner).in_progress[0].next_lesson.id == viewed.pk
    cohort_with("Collective A", facilitators=[user_with_role("mentor")], members=[learner])
    assert selectors.my_learning(user=learner).in_progress[0].next_lesson.id == signoff.pk


@pytest.mark.django_db
def test_my_learning_lists_completed_courses_apart(index, course, learner):
    done = _course(index, "D1", modules=1, lessons=1, title="Done course")
    left = _course(index, "W1", modules=1, lessons=1)
    for each in (course, done, left):
        services.enrolment_create(user=learner, course=each)
    services.lesson_mark_viewed(user=learner, lesson=lessons_of(done)[0])
    services.enrolment_withdraw(user=learner, course=left)
    learning = selectors.my_learning(user=learner)
    assert [(e.course.pk, e.percent) for e in learning.in_progress] == [(course.pk, 0)]
    assert [(e.course.pk, e.percent, e.next_lesson) for e in learning.completed] == [
        (done.pk, 100, None)
    ]
    assert learning.completed[0].completed_at is not None


@pytest.mark.django_db
def test_course_catalogue_queries_do_not_grow_with_courses(client, index, learner):
    counts = []
    for batch in range(2):
        for n in range(1 + 5 * batch):
            course = _course(index, f"K{batch}{n}", modules=1, lessons=1)
            services.enrolment_create(user=learner, course=course)
        counts.append(_count(client, learner, index.url, warm=True))
    assert counts[0] == counts[1]
    assert client.get(index.url).content.decode().count('<article class="card">') == 7


@pytest.mark.django_db
def test_my_learning_continue_skips_a_lesson_waiting_for_signoff(index, learner):
    course = (
        CourseBuilder(index, "W2")
        .module(lesson_specs=[{"rule": CompletionRule.SIGNOFF}, {"rule": CompletionRule.VIEWED}])
        .build()
    )
    cohort_with("Collective W", facilitators=[user_with_role("mentor")], members=[learner])
    services.enrolment_create(user=learner, course=course)
    signoff, viewed = lessons_of(course)
    services.signoff_request(user=learner, lesson=signoff)
    learning = selectors.my_learning(user=learner)
    assert (learning.in_progress[0].next_lesson.id, learning.awaiting_signoff) == (viewed.pk, 1)
