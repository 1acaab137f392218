"""Handlers for Django's signals (connected when cms.safety.models is imported)."""

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cms.safety.models import SafetySettings


@receiver(user_logged_in, dispatch_uid="cms.safety.session_start_idle_clock")
def session_start_idle_clock(sender, request, user, **kwargs):
    # The idle clock starts at sign-in, so the first page after it writes nothing extra.
    from cms.safety.services import session_touch

    if getattr(request, "session", None) is not None:
        session_touch(request, force=True)


@receiver(post_save, sender=SafetySettings, dispatch_uid="cms.safety.settings_saved")
@receiver(post_delete, sender=SafetySettings, dispatch_uid="cms.safety.settings_deleted")
def safety_settings_changed(sender, **kwargs):
    from django.db import transaction

    from cms.safety.services import safety_config_forget

    transaction.on_commit(safety_config_forget)
