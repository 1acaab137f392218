"""Every write the courses app makes goes through a function here."""

from courses.services.enrolment import (
    CsvEnrolmentReport,
    enrolment_bulk_by_cohort,
    enrolment_create,
    enrolment_csv_apply,
    enrolment_withdraw,
)
from courses.services.progress import (
    SIGN_OFF_REFUSED,
    course_progress_recompute,
    h5p_activities_passed,
    lesson_evaluate,
    lesson_mark_viewed,
    lesson_start,
    reflection_submit,
    reflections_submit,
    signoff_record,
    signoff_request,
)
from courses.services.quizzes import QuizResult, quiz_attempt_submit, quiz_score
from courses.services.voice_notes import (
    VoiceNoteRefused,
    voice_note_delete,
    voice_note_save,
    voice_note_token_issue,
)

__all__ = [
    "SIGN_OFF_REFUSED",
    "CsvEnrolmentReport",
    "QuizResult",
    "VoiceNoteRefused",
    "course_progress_recompute",
    "enrolment_bulk_by_cohort",
    "enrolment_create",
    "enrolment_csv_apply",
    "enrolment_withdraw",
    "h5p_activities_passed",
    "lesson_evaluate",
    "lesson_mark_viewed",
    "lesson_start",
    "quiz_attempt_submit",
    "quiz_score",
    "reflection_submit",
    "reflections_submit",
    "signoff_record",
    "signoff_request",
    "voice_note_delete",
    "voice_note_save",
    "voice_note_token_issue",
]
