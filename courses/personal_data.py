"""A person's own learning records for "My data" and its download (docs/my-data.md).
Registered in `courses.apps`. Reads the xAPI tables by their `user` column only."""

from __future__ import annotations

import base64
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.utils.translation import gettext as _

from cms.crypto import DecryptionError
from cms.rights.registry import DataSection, RecentItem, StoredFile, first_text, iso
from courses import voice_notes
from courses.models import (
    CohortMembership,
    CourseProgress,
    Enrolment,
    H5PAttempt,
    LessonProgress,
    ModuleProgress,
    QuizAttempt,
    ReflectionResponse,
    SignOff,
    VoiceNote,
    XAPIProfileDocument,
    XAPIStateDocument,
    XAPIStatement,
)

RECENT = 5


def personal_data_summary(user: AbstractBaseUser) -> list[DataSection]:
    courses = list(
        CourseProgress.objects.filter(user=user)
        .select_related("course")
        .order_by("-updated_at", "-id")[:RECENT]
    )
    quizzes = list(
        QuizAttempt.objects.filter(user=user)
        .select_related("page")
        .order_by("-created_at", "-id")[:RECENT]
    )
    reflections = list(
        ReflectionResponse.objects.filter(user=user)
        .select_related("lesson")
        .order_by("-updated_at", "-id")[:RECENT]
    )
    attempts = list(
        H5PAttempt.objects.filter(user=user)
        .select_related("activity")
        .order_by("-finished_at", "-id")[:RECENT]
    )
    return [
        DataSection(
            key="courses",
            title=_("Courses and progress"),
            order=10,
            counts=[
                (_("Courses joined"), Enrolment.objects.filter(user=user).count()),
                (
                    _("Lessons completed"),
                    LessonProgress.objects.filter(user=user, completed_at__isnull=False).count(),
                ),
                (
                    _("Modules completed"),
                    ModuleProgress.objects.filter(user=user, completed_at__isnull=False).count(),
                ),
                (_("Lesson sign-offs I received"), SignOff.objects.filter(learner=user).count()),
                (_("Lesson sign-offs I gave"), SignOff.objects.filter(signed_by=user).count()),
            ],
            recent=[
                RecentItem(
                    row.updated_at,
                    _("%(course)s: %(percent)s%% done")
                    % {"course": row.course.title, "percent": row.percent},
                )
                for row in courses
            ],
        ),
        DataSection(
            key="quizzes_and_reflections",
            title=_("Quiz answers and reflections"),
            order=20,
            counts=[
                (_("Quiz attempts"), QuizAttempt.objects.filter(user=user).count()),
                (_("Reflections"), ReflectionResponse.objects.filter(user=user).count()),
                (_("Voice notes"), VoiceNote.objects.filter(user=user).count()),
            ],
            recent=[
                RecentItem(
                    row.created_at,
                    _("Quiz on %(page)s: %(score)s%%")
                    % {"page": row.page.title, "score": row.score},
                )
                for row in quizzes
            ]
            + [
                RecentItem(
                    row.updated_at,
                    _("Reflection on %(lesson)s: %(text)s")
                    % {"lesson": row.lesson.title, "text": first_text(row.text)},
                )
                for row in reflections
            ],
        ),
        DataSection(
            key="h5p_and_xapi",
            title=_("Activity records (H5P and xAPI)"),
            order=30,
            counts=[
                (_("Activity attempts"), H5PAttempt.objects.filter(user=user).count()),
                (_("Learning records (xAPI statements)"), _statements(user).count()),
                (_("Saved places in activities (xAPI state)"), _state(user).count()),
                (_("Notes activity tools keep about me (xAPI profiles)"), _profiles(user).count()),
            ],
            recent=[
                RecentItem(row.finished_at, row.activity.title or _("An activity"))
                for row in attempts
            ],
        ),
    ]


def _statements(user):
    return XAPIStatement.objects.filter(user=user)


def _state(user):
    return XAPIStateDocument.objects.filter(user=user)


def _profiles(user):
    # Agent profiles only: activity profiles are about content and belong to nobody.
    return XAPIProfileDocument.objects.filter(user=user)


def _content(raw: bytes, content_type: str) -> dict[str, Any]:
    data = bytes(raw)
    if content_type.startswith(("application/json", "text/")):
        try:
            return {"content_type": content_type, "text": data.decode("utf-8")}
        except UnicodeDecodeError:
            pass
    return {"content_type": content_type, "base64": base64.b64encode(data).decode("ascii")}


def _voice_note_audio(note: VoiceNote) -> dict[str, Any]:
    """The recording itself, opened from its sealed file, so the download holds the voice and
    not only the fact that there was one."""
    try:
        with voice_notes.voice_note_storage().open(note.file_name, "rb") as stored:
            audio = voice_notes.unseal(stored.read())
    except (OSError, DecryptionError):
        return {"content_type": note.content_type, "base64": None, "missing": True}
    return {"content_type": note.content_type, "base64": base64.b64encode(audio).decode("ascii")}


def personal_files(user: AbstractBaseUser) -> list[StoredFile]:
    """The person's voice notes (deleted after the account's deletion commits)."""
    storage = voice_notes.voice_note_storage()
    return [
        StoredFile(storage=storage, name=name)
        for name in VoiceNote.objects.filter(user=user).values_list("file_name", flat=True)
    ]


def personal_data(user: AbstractBaseUser) -> dict[str, Any]:
    return {
        "courses_and_progress": {
            "cohorts": [
                {"cohort": row.cohort.name, "role": row.role, "joined": iso(row.joined_at)}
                for row in CohortMembership.objects.filter(user=user)
                .select_related("cohort")
                .order_by("joined_at", "id")
            ],
            "courses_joined": [
                {
                    "course": row.course.title,
                    "status": row.status,
                    "joined": iso(row.enrolled_at),
                    "left": iso(row.withdrawn_at),
                }
                for row in Enrolment.objects.filter(user=user)
                .select_related("course")
                .order_by("enrolled_at", "id")
            ],
            "course_progress": [
                {
                    "course": row.course.title,
                    "percent": row.percent,
                    "items_completed": row.items_completed,
                    "items_total": row.items_total,
                    "completed": iso(row.completed_at),
                    "updated": iso(row.updated_at),
                }
                for row in CourseProgress.objects.filter(user=user)
                .select_related("course")
                .order_by("id")
            ],
            "module_progress": [
                {
                    "module": row.module.title,
                    "lessons_completed": row.lessons_completed,
                    "lessons_total": row.lessons_total,
                    "module_check_best_score": row.check_best_score,
                    "module_check_passed": iso(row.check_passed_at),
                    "completed": iso(row.completed_at),
                }
                for row in ModuleProgress.objects.filter(user=user)
                .select_related("module")
                .order_by("id")
            ],
            "lesson_progress": [
                {
                    "lesson": row.lesson.title,
                    "state": row.state,
                    "best_score": row.best_score,
                    "attempts": row.attempts,
                    "started": iso(row.started_at),
                    "viewed": iso(row.viewed_at),
                    "completed": iso(row.completed_at),
                }
                for row in LessonProgress.objects.filter(user=user)
                .select_related("lesson")
                .order_by("id")
            ],
            "lesson_sign_offs_received": [
                {
                    "lesson": row.lesson.title,
                    "signed": iso(row.signed_at),
                    "signed_by": row.signed_by.get_short_name() if row.signed_by else None,
                }
                for row in SignOff.objects.filter(learner=user)
                .select_related("lesson", "signed_by")
                .order_by("signed_at", "id")
            ],
            # Sign-offs I gave: the learner's display name at most, nothing else of theirs.
            "lesson_sign_offs_i_gave": [
                {
                    "lesson": row.lesson.title,
                    "signed": iso(row.signed_at),
                    "learner": row.learner.get_short_name(),
                }
                for row in SignOff.objects.filter(signed_by=user)
                .select_related("lesson", "learner")
                .order_by("signed_at", "id")
            ],
        },
        "quiz_answers_and_reflections": {
            "quiz_attempts": [
                {
                    "page": row.page.title,
                    "quiz": row.block_id,
                    "answers": row.answers,
                    "correct": row.correct_count,
                    "questions": row.question_count,
                    "score_percent": row.score,
                    "passed": row.passed,
                    "when": iso(row.created_at),
                }
                for row in QuizAttempt.objects.filter(user=user)
                .select_related("page")
                .order_by("created_at", "id")
            ],
            "reflections": [
                {
                    "lesson": row.lesson.title,
                    "prompt": row.block_id,
                    "text": row.text,
                    "written": iso(row.created_at),
                    "updated": iso(row.updated_at),
                }
                for row in ReflectionResponse.objects.filter(user=user)
                .select_related("lesson")
                .order_by("created_at", "id")
            ],
            "voice_notes": [
                {
                    "lesson": row.lesson.title,
                    "prompt": row.block_id,
                    "recorded": iso(row.created_at),
                    **_voice_note_audio(row),
                }
                for row in VoiceNote.objects.filter(user=user)
                .select_related("lesson")
                .order_by("created_at", "id")
            ],
        },
        "activity_records": {
            "h5p_attempts": [
                {
                    "activity": row.activity.title,
                    "verb": row.verb,
                    "score_raw": row.score_raw,
                    "score_max": row.score_max,
                    "score_scaled": row.score_scaled,
                    "success": row.success,
                    "finished": iso(row.finished_at),
                }
                for row in H5PAttempt.objects.filter(user=user)
                .select_related("activity")
                .order_by("finished_at", "id")
            ],
            "xapi_statements": [
                {
                    "statement_id": str(row.statement_id),
                    "stored": iso(row.stored),
                    "voided": row.voided,
                    "statement": row.data,
                }
                for row in _statements(user).order_by("stored", "id")
            ],
            "xapi_state_documents": [
                {
                    "activity": row.activity_id,
                    "state_id": row.state_id,
                    "registration": str(row.registration) if row.registration else None,
                    "updated": iso(row.updated),
                    **_content(row.content, row.content_type),
                }
                for row in _state(user).order_by("updated", "id")
            ],
            "xapi_agent_profile_documents": [
                {
                    "profile_id": row.profile_id,
                    "updated": iso(row.updated),
                    **_content(row.content, row.content_type),
                }
                for row in _profiles(user).order_by("updated", "id")
            ],
        },
    }
