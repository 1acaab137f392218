from courses.models.cohorts import Cohort, CohortMembership
from courses.models.enrolment import Enrolment
from courses.models.pages import (
    Audience,
    CompletionRule,
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
)
from courses.models.progress import (
    CourseProgress,
    LessonProgress,
    ModuleProgress,
    QuizAttempt,
    ReflectionResponse,
    SignOff,
)

__all__ = [
    "Audience",
    "Cohort",
    "CohortMembership",
    "CompletionRule",
    "CourseIndexPage",
    "CoursePage",
    "CourseProgress",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "ModuleProgress",
    "QuizAttempt",
    "ReflectionResponse",
    "SignOff",
]
