from courses.models.cohorts import Cohort, CohortMembership
from courses.models.enrolment import Enrolment
from courses.models.h5p import (
    H5PActivity,
    H5PActivityResult,
    H5PActivityUse,
    H5PAttempt,
    H5PPackage,
)
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
from courses.models.voice import VoiceNote
from courses.models.wording import WordingOverride
from courses.models.xapi import (
    XAPIActivity,
    XAPIAttachment,
    XAPICredential,
    XAPIProfileDocument,
    XAPIStateDocument,
    XAPIStatement,
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
    "H5PActivity",
    "H5PActivityUse",
    "H5PActivityResult",
    "H5PAttempt",
    "H5PPackage",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "ModuleProgress",
    "QuizAttempt",
    "ReflectionResponse",
    "WordingOverride",
    "SignOff",
    "VoiceNote",
    "XAPIAttachment",
    "XAPICredential",
    "XAPIActivity",
    "XAPIProfileDocument",
    "XAPIStateDocument",
    "XAPIStatement",
]
