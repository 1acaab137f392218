"""What the courses app announces. Each is sent exactly once per learner and page, inside the
transaction that records the completion (so a receiver that queues work should use
`transaction.on_commit`).

- lesson_completed(sender=LessonPage, user, lesson)
- module_completed(sender=ModulePage, user, module)
- course_completed(sender=CoursePage, user, course)
- person_data_viewed(sender=str, viewer, subjects, what[, viewer_label]): `viewer` was shown
  these people's data (`subjects`, users) on the page named by `sender`; `what` names the data
  in a few words. `viewer` is None when the reader is not a person (an xAPI credential), and
  then `viewer_label` names it ("xAPI credential #3"). For an audit log (DOMAIN.md 6.4); sent
  inside the request's work.
- person_data_listed(sender=str, viewer, count, what, detail=dict): `viewer` was shown a
  listing (or a group's page) naming `count` other people, on the page named by `sender`
  ("admin"); `what` names it ("cohort memberships listing"); `detail` holds small facts such
  as the page number or the group's id. One audit entry per visit, not one per person; sent
  after the permission check, and only when someone is shown.
"""

from django.dispatch import Signal

lesson_completed = Signal()
module_completed = Signal()
course_completed = Signal()
person_data_viewed = Signal()
person_data_listed = Signal()
