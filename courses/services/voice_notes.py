"""Voice notes: a learner records an answer to a reflection prompt instead of (or as well as)
writing one (docs/voice-notes.md). A saved voice note counts as an answer for a lesson that
completes on reflection (`courses.services.progress`)."""

from __future__ import annotations

import secrets

from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from courses import conf, voice_notes
from courses.models import LessonPage, VoiceNote
from courses.services.progress import lesson_evaluate

MAGIC_BYTES = 64


class VoiceNoteRefused(ValidationError):
    """A voice note that cannot be kept, with the HTTP status that says why (400 bad form,
    409 already saved, 413 too big, 415 not a recording we keep)."""

    def __init__(self, message: str, *, status: int):
        super().__init__(message)
        self.status = status


def voice_note_too_big_message() -> str:
    mb = conf.get("VOICE_NOTE_MAX_BYTES") // (1024 * 1024) or 1
    return _(
        "That recording is too big to keep (more than %(mb)s MB). Please record a shorter one."
    ) % {"mb": mb}


def _file_delete_on_commit(name: str) -> None:
    storage = voice_notes.voice_note_storage()
    transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic
def voice_note_save(
    *,
    user: AbstractBaseUser,
    lesson: LessonPage,
    block_id: str,
    upload: UploadedFile | None,
    token: str,
) -> VoiceNote:
    """Keep `upload` as the learner's voice note for one reflection prompt of `lesson` (its
    source page), replacing the one they had.

    Raises VoiceNoteRefused for a prompt not on the lesson, a missing, empty, too big or
    non-audio file, or a token that is not this person's or was already used (a double tap:
    the first request saved the note). Side effects: uses up the token (cache); writes the
    sealed file to the voice-note storage and one VoiceNote row; deletes the replaced file
    after the transaction commits; then `lesson_evaluate`.
    """
    if block_id not in lesson.block_ids("reflection"):
        raise VoiceNoteRefused(_("This reflection prompt is no longer on the lesson."), status=400)
    nonce = voice_notes.token_read(token or "", user_id=user.pk)
    if nonce is None:
        raise VoiceNoteRefused(
            _("This page is out of date. Please reload it and record again."), status=400
        )
    if upload is None or not upload.size:
        raise VoiceNoteRefused(
            _("No recording arrived. Please record again, then save it."), status=400
        )
    max_bytes = conf.get("VOICE_NOTE_MAX_BYTES")
    if upload.size > max_bytes:
        raise VoiceNoteRefused(voice_note_too_big_message(), status=413)
    upload.seek(0)
    data = upload.read(max_bytes + 1)
    kind = voice_notes.audio_format(upload.content_type or "", data[:MAGIC_BYTES])
    if kind is None:
        raise VoiceNoteRefused(
            _("This is not a voice recording we can keep. Please record here on this page."),
            status=415,
        )
    # One token, one save: a second tap on Save (or a resent request) is refused, not saved twice.
    used_key = f"courses:voice-note-token:{nonce}"
    if not cache.add(used_key, 1, conf.get("VOICE_NOTE_TOKEN_SECONDS")):
        raise VoiceNoteRefused(_("This voice note is already saved."), status=409)

    storage = voice_notes.voice_note_storage()
    try:
        name = storage.save(
            f"voice-notes/{secrets.token_hex(16)}.bin", ContentFile(voice_notes.seal(data))
        )
    except Exception:
        # Nothing was kept: the same page may try again with the same token.
        cache.delete(used_key)
        raise
    try:
        old = VoiceNote.objects.filter(user=user, lesson=lesson, block_id=block_id).first()
        note, _created = VoiceNote.objects.update_or_create(
            user=user,
            lesson=lesson,
            block_id=block_id,
            defaults={
                "file_name": name,
                "content_type": voice_notes.CONTENT_TYPES[kind],
                "size": len(data),
            },
        )
    except Exception:
        storage.delete(name)
        cache.delete(used_key)
        raise
    if old is not None and old.file_name != name:
        _file_delete_on_commit(old.file_name)
    lesson_evaluate(user=user, lesson=lesson)
    return note


@transaction.atomic
def voice_note_delete(*, user: AbstractBaseUser, note: VoiceNote) -> None:
    """Delete the learner's own voice note: the row now, the file after the transaction
    commits. A completed lesson stays completed (as when a reflection is changed).

    Raises ValidationError if the note is someone else's."""
    if note.user_id != user.pk:
        raise ValidationError(_("You can only delete your own voice notes."))
    note.delete()
    _file_delete_on_commit(note.file_name)


def voice_note_token_issue(*, user: AbstractBaseUser) -> str:
    """A fresh one-time token for a voice-note form (no side effects until it is used)."""
    return voice_notes.token_issue(user_id=user.pk, nonce=secrets.token_urlsafe(16))
