"""Voice notes: a learner's spoken answer to a reflection prompt (docs/voice-notes.md)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class VoiceNote(models.Model):
    """A learner's private recording for one reflection prompt; one per prompt, recording again
    replaces it. The audio is sealed (cms.crypto) in the voice-note storage, never under
    MEDIA_URL, and is served only by `courses.views.voice_note_audio` to its owner."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="voice_notes"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    file_name = models.CharField(
        max_length=255, editable=False, help_text=_("Name of the sealed file in private storage.")
    )
    content_type = models.CharField(max_length=40, editable=False)
    size = models.PositiveIntegerField(help_text=_("Size of the recording in bytes."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("voice note")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson", "block_id"], name="voice_note_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} / voice note {self.block_id}"
