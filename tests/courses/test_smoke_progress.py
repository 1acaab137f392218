import pytest

from courses import selectors, services
from courses.models import CourseProgress, Enrolment, LessonProgress
from courses.signals import course_completed, lesson_completed, module_completed
from tests.factories.courses import lessons_of, modules_of


@pytest.mark.django_db
def test_progress_completing_every_item_completes_course_and_fires_each_signal_once(
    course, learner
):
    fired = []
    handlers = {
        "lesson": lambda **kw: fired.append(("lesson", kw["lesson"].pk)),
        "module": lambda **kw: fired.append(("module", kw["module"].pk)),
        "course": lambda **kw: fired.append(("course", kw["course"].pk)),
    }
    lesson_completed.connect(handlers["lesson"], weak=False)
    module_completed.connect(handlers["module"], weak=False)
    course_completed.connect(handlers["course"], weak=False)
    try:
        services.enrolment_create(user=learner, course=course)
        lessons = lessons_of(course)
        modules = modules_of(course)
        for lesson in lessons:
            services.lesson_mark_viewed(user=learner, lesson=lesson)
            services.lesson_mark_viewed(user=learner, lesson=lesson)  # repeated: harmless
        check = modules[1].check_quiz
        services.quiz_attempt_submit(
            user=learner, page=modules[1], block_id=check.id, answers={0: [0]}
        )
    finally:
        lesson_completed.disconnect(handlers["lesson"])
        module_completed.disconnect(handlers["module"])
        course_completed.disconnect(handlers["course"])
    assert fired == [
        ("lesson", lessons[0].pk),
        ("lesson", lessons[1].pk),
        ("module", modules[0].pk),
        ("lesson", lessons[2].pk),
        ("lesson", lessons[3].pk),
        ("module", modules[1].pk),
        ("course", course.pk),
    ]
    row = CourseProgress.objects.get(user=learner, course=course)
    assert (row.items_completed, row.items_total, row.percent) == (5, 5, 100)
    assert LessonProgress.objects.filter(user=learner, completed_at__isnull=False).count() == 4
    assert Enrolment.objects.get(user=learner, course=course).status == "active"
    assert selectors.my_learning(user=learner).completed[0].course.pk == course.pk
