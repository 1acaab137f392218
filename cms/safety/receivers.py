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


@receiver(user_logged_in, dispatch_uid="cms.safety.session_close_logout_default")
def session_close_logout_default(sender, request, user, **kwargs):
    # "Log me out when I close the browser" starts on for every new session (a shared phone is
    # the usual case), however it began: sign-up, an invitation, a password reset, a test
    # client. The sign-in form alone asks, ticked by default, and stores the answer itself
    # (cms.safety.forms.SafetyLoginForm), before this runs when MFA follows the password, after
    # it otherwise: an answer already in the session is never overwritten here.
    from cms.safety.services import CLOSE_LOGOUT_KEY, session_close_logout_set

    session = getattr(request, "session", None)
    if session is not None and CLOSE_LOGOUT_KEY not in session:
        session_close_logout_set(request, on=True)


@receiver(post_save, sender=SafetySettings, dispatch_uid="cms.safety.settings_saved")
@receiver(post_delete, sender=SafetySettings, dispatch_uid="cms.safety.settings_deleted")
def safety_settings_changed(sender, **kwargs):
    from django.db import transaction

    from cms.safety.services import safety_config_forget

    transaction.on_commit(safety_config_forget)
