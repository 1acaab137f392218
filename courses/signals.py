"""What the courses app announces. Each is sent exactly once per learner and page, inside the
transaction that records the completion (so a receiver that queues work should use
`transaction.on_commit`).

- lesson_completed(sender=LessonPage, user, lesson)
- module_completed(sender=ModulePage, user, module)
- course_completed(sender=CoursePage, user, course)
"""

from django.dispatch import Signal

lesson_completed = Signal()
module_completed = Signal()
course_completed = Signal()
