"""Writes: issuing, renewing, rendering, expiring, reminding and revoking certificates.
Evaluation (a read) is in `selectors`; the practice log and sign-offs are in `records`.

The life of a certificate:
  issued (cycle 1) → rendered (PDF + signed credential) → reminders at 90/30/7 days →
  expired (daily job) → renewed within validity or grace (cycle 2; the old one superseded)
and at any time revoked by a coordinator, or regenerated after the learner changes the printed
name (same code, next revision). Every step writes a CertificateEvent with who and when.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from certifications import permissions, selectors
from certifications.addresses import site_url
from certifications.models import (
    Certificate,
    CertificateEvent,
    CertificateReminder,
    CertificationProgramme,
    certificate_code_generate,
)
from certifications.selectors import Evaluation, programme_evaluate
from courses.text import has_direction_control, has_letter_or_digit

__all__ = [
    "Evaluation",
    "certificate_award_due",
    "certificate_issue",
    "certificate_printed_name_change",
    "certificate_render",
    "certificate_revoke",
    "certificates_expire",
    "programme_evaluate",
    "reminders_create",
]

logger = logging.getLogger(__name__)
CODE_ATTEMPTS = 5
PRINTED_NAME_MAX = 200
# Days before expiry at which a holder is reminded; 0 is the day it expires. Each is sent
# once, and only the nearest one due (a job that missed a day never sends two at once).
REMINDER_DAYS = (90, 30, 7, 0)
DAY_0_REMINDER_LATEST_DAYS = 7


def _printed_name(user: AbstractBaseUser) -> str:
    """The name the learner chose to show (never the username, which may identify them), if it
    passes the printed-name rule (`printed_name_clean`); else a neutral "Certificate holder"."""
    try:
        return printed_name_clean(getattr(user, "display_name", "") or "")
    except ValidationError:
        return _("Certificate holder")


def _certificate_create(
    *,
    user: AbstractBaseUser,
    programme: CertificationProgramme,
    cycle: int,
    module=None,
    renews: Certificate | None = None,
    expires_at: datetime | None = None,
    now: datetime,
) -> Certificate:
    """Insert the certificate for (user, programme, module, cycle), or return the row a
    concurrent worker inserted first: the unique constraints decide, never a prior read."""
    same = Certificate.objects.filter(user=user, programme=programme, module=module, cycle=cycle)
    for _attempt in range(CODE_ATTEMPTS):
        certificate = Certificate(
            user=user,
            programme=programme,
            module=module,
            cycle=cycle,
            renews=renews,
            code=certificate_code_generate(),
            printed_name=(renews.printed_name if renews else _printed_name(user)),
            language=getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE,
            issued_at=now,
            expires_at=expires_at,
        )
        try:
            with transaction.atomic():
                certificate.save(force_insert=True)
                CertificateEvent.objects.create(
                    certificate=certificate,
                    kind=CertificateEvent.Kind.ISSUED,
                    note_code="renews" if renews else "",
                    note_params={"code": renews.code} if renews else {},
                    created_at=now,
                )
                if renews is not None:
                    superseded = Certificate.objects.filter(
                        pk=renews.pk,
                        status__in=[Certificate.Status.VALID, Certificate.Status.EXPIRED],
                    ).update(status=Certificate.Status.SUPERSEDED)
                    if not superseded:
                        # Revoked meanwhile: a revoked certificate is never renewed.
                        raise _RenewalRefused
                    CertificateEvent.objects.create(
                        certificate=renews,
                        kind=CertificateEvent.Kind.SUPERSEDED,
                        note_code="renewed_as",
                        note_params={"code": certificate.code},
                        created_at=now,
                    )
        except _RenewalRefused:
            return renews
        except IntegrityError:
            winner = same.first()
            if winner is not None:
                return winner
            # Otherwise the random code collided with another certificate's: draw again.
            logger.warning("certificate code collision; drawing another")
            continue
        render_enqueue_on_commit(certificate_id=certificate.pk)
        return certificate
    raise RuntimeError("could not draw a unique certificate code")


class _RenewalRefused(Exception):
    pass


def _expiry(programme: CertificationProgramme, start: datetime) -> datetime | None:
    return start + timedelta(days=programme.validity_days) if programme.validity_days else None


def certificate_issue(
    *, user: AbstractBaseUser, programme: CertificationProgramme, cycle: int = 1
) -> Certificate | None:
    """Issue `programme`'s certificate for `cycle` to `user` if they meet its requirements.

    Idempotent: if a certificate for this user, programme and cycle exists (whatever its
    status: a revoked certificate is not silently re-issued) it is returned unchanged. The
    unique constraint decides between concurrent calls; the loser returns the winner's row.
    Returns None if the programme is inactive or the requirements are not met.
    Side effects: one Certificate and its "issued" event; rendering queued after commit.
    """
    existing = Certificate.objects.filter(
        user=user, programme=programme, module=None, cycle=cycle
    ).first()
    if existing is not None:
        return existing
    if not programme.active or not programme_evaluate(user=user, programme=programme).met:
        return None
    now = timezone.now()
    return _certificate_create(
        user=user, programme=programme, cycle=cycle, expires_at=_expiry(programme, now), now=now
    )


def certificate_renew(*, certificate: Certificate) -> Certificate | None:
    """Issue the next cycle if `certificate` is current (valid or expired, not superseded or
    revoked), inside its renewal window, and its renewal requirements are met. The new one
    runs from the old expiry (or from now, if renewed in the grace period), so renewing early
    loses no time. Returns the new certificate, or None."""
    programme = certificate.programme
    window = selectors.renewal_window(certificate)
    now = timezone.now()
    if (
        not programme.active
        or window is None
        or not (window[0] <= now <= window[1])
        or certificate.status not in (Certificate.Status.VALID, Certificate.Status.EXPIRED)
        or not selectors.renewal_evaluate(certificate=certificate).met
    ):
        return None
    start = max(certificate.expires_at, now)
    return _certificate_create(
        user=certificate.user,
        programme=programme,
        module=certificate.module,
        cycle=certificate.cycle + 1,
        renews=certificate,
        expires_at=_expiry(programme, start),
        now=now,
    )


def certificate_award_due(
    *, user: AbstractBaseUser, programme: CertificationProgramme
) -> list[Certificate]:
    """Issue everything `user` has now earned in `programme`: the first certificate, the next
    cycle's (renewal), or for a per-module programme a badge per qualifying module. Safe to
    call any number of times and concurrently.

    Returns the user's current certificates in the programme afterwards (issued now or
    before; not superseded or revoked ones), so a repeated call returns the same list."""
    if not programme.active:
        return []
    current = [Certificate.Status.VALID, Certificate.Status.EXPIRED]
    if programme.awarded_per_module:
        held = Certificate.objects.filter(user=user, programme=programme, cycle=1)
        held_modules = set(held.values_list("module_id", flat=True))
        now = timezone.now()
        for module in selectors.modules_qualified(user=user, programme=programme):
            if module.pk not in held_modules:
                _certificate_create(
                    user=user,
                    programme=programme,
                    module=module,
                    cycle=1,
                    expires_at=_expiry(programme, now),
                    now=now,
                )
        return list(held.filter(status__in=current).order_by("module__path"))
    latest = (
        Certificate.objects.filter(user=user, programme=programme, module=None)
        .select_related("programme")
        .order_by("-cycle")
        .first()
    )
    if latest is None:
        latest = certificate_issue(user=user, programme=programme)
    else:
        latest = certificate_renew(certificate=latest) or latest
    return [latest] if latest is not None and latest.status in current else []


# Rendering -----------------------------------------------------------------------------


def render_enqueue_on_commit(*, certificate_id: int) -> None:
    """Make the PDF and credential in the background once the certificate row is visible."""
    from certifications.tasks import QUEUE, certificate_render_task

    transaction.on_commit(
        lambda: certificate_render_task.apply_async(args=(certificate_id,), queue=QUEUE)
    )


def _pdf_name(certificate: Certificate) -> str:
    # Unguessable (the credential id) and never served from MEDIA_URL: the PDF is only given
    # out by views that check who asks.
    return (
        f"certificates/{certificate.credential_id}/{certificate.code}-r{certificate.revision}.pdf"
    )


def certificate_render(
    *, certificate: Certificate, by: AbstractBaseUser | None = None
) -> Certificate:
    """Make (or make again) the certificate's PDF and its signed Open Badges credential, for
    its current revision. The first time records "rendered"; later times "regenerated".

    Work that can fail (fonts, keys) runs before anything is written, so a failure leaves the
    previous PDF and credential in place. The previous PDF file is deleted after the commit.
    """
    from certifications.openbadges.signing import credential_jwt
    from certifications.pdf import certificate_pdf

    certificate = Certificate.objects.select_related("programme", "module", "user").get(
        pk=certificate.pk
    )
    pdf_bytes = certificate_pdf(certificate)
    token, key = credential_jwt(certificate)
    old_name = certificate.pdf.name if certificate.pdf else ""
    storage = certificate.pdf.storage
    new_name = storage.save(_pdf_name(certificate), ContentFile(pdf_bytes))
    first = certificate.rendered_at is None
    now = timezone.now()
    with transaction.atomic():
        Certificate.objects.filter(pk=certificate.pk).update(
            pdf=new_name, credential_jwt=token, signing_key=key, rendered_at=now
        )
        CertificateEvent.objects.create(
            certificate=certificate,
            kind=CertificateEvent.Kind.RENDERED if first else CertificateEvent.Kind.REGENERATED,
            by=by,
            note_code="revision",
            note_params={"revision": certificate.revision},
            created_at=now,
        )
    if old_name and old_name != new_name:
        transaction.on_commit(lambda: storage.delete(old_name))
    certificate.refresh_from_db()
    return certificate


def printed_name_clean(value: str) -> str:
    """The printed name as stored: trimmed, one space between words; ValidationError if it is
    empty or has no letter or digit (only invisible characters), too long, or holds control
    characters (including the ones that reorder text)."""
    name = " ".join((value or "").split())
    if not has_letter_or_digit(name):
        raise ValidationError(_("Write the name you want printed on the certificate."))
    if len(name) > PRINTED_NAME_MAX:
        raise ValidationError(
            _("Please use at most %(max)s characters.") % {"max": PRINTED_NAME_MAX}
        )
    if has_direction_control(name) or any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise ValidationError(_("The name has characters that cannot be printed."))
    return name


@transaction.atomic
def certificate_printed_name_change(
    *, certificate: Certificate, by: AbstractBaseUser, name: str
) -> Certificate:
    """Change the name printed on `certificate` and make its PDF and credential again, under
    the same verification code (the next revision). Not for a revoked certificate.

    Side effects: printed_name and revision; a "regenerated" event now (who asked; the old
    name is not kept, it may be one the person no longer uses); rendering after commit.
    """
    name = printed_name_clean(name)
    if certificate.status == Certificate.Status.REVOKED:
        raise ValidationError(_("This certificate was revoked, so it cannot be changed."))
    if name == certificate.printed_name:
        return certificate
    Certificate.objects.filter(pk=certificate.pk).update(
        printed_name=name, revision=F("revision") + 1
    )
    CertificateEvent.objects.create(
        certificate=certificate,
        kind=CertificateEvent.Kind.REGENERATED,
        by=by,
        note_code="name_changed",
    )
    render_enqueue_on_commit(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    return certificate


# Expiry and reminders --------------------------------------------------------------------


def certificates_expire(*, now: datetime | None = None) -> int:
    """Mark valid certificates past their expiry as expired, each with an "expired" event.
    Returns how many. Run daily by beat; verifiers see "expired" even before it runs."""
    now = now or timezone.now()
    due = list(
        Certificate.objects.filter(
            status=Certificate.Status.VALID, expires_at__lte=now
        ).values_list("pk", flat=True)
    )
    expired = 0
    for start in range(0, len(due), 500):
        chunk = due[start : start + 500]
        with transaction.atomic():
            # Only rows still valid now: a revocation in between wins.
            ids = list(
                Certificate.objects.select_for_update()
                .filter(pk__in=chunk, status=Certificate.Status.VALID)
                .values_list("pk", flat=True)
            )
            Certificate.objects.filter(pk__in=ids).update(status=Certificate.Status.EXPIRED)
            # The event is dated when it is recorded, whatever `now` the check used.
            CertificateEvent.objects.bulk_create(
                CertificateEvent(certificate_id=pk, kind=CertificateEvent.Kind.EXPIRED)
                for pk in ids
            )
        expired += len(ids)
    return expired


def _reminder_threshold(days_left: float) -> int | None:
    """The nearest reminder due for a certificate `days_left` days from expiry."""
    due = [d for d in REMINDER_DAYS if days_left <= d]
    return min(due) if due else None


def reminders_create(*, now: datetime | None = None) -> list[CertificateReminder]:
    """Create the reminders due now: for each current certificate not yet renewed, the nearest
    threshold it has reached, once (the unique constraint holds under concurrent runs). The
    day-0 reminder is created once the certificate has expired (up to a week late).
    Returns the reminders created now; emailing them is `reminder_email_send`."""
    now = now or timezone.now()
    horizon = now + timedelta(days=max(REMINDER_DAYS))
    candidates = (
        Certificate.objects.filter(
            status__in=[Certificate.Status.VALID, Certificate.Status.EXPIRED],
            expires_at__isnull=False,
            expires_at__lte=horizon,
        )
        # The day-0 reminder is late at most a week (a job that was down catches up), never
        # for certificates that ended long ago.
        .filter(expires_at__gte=now - timedelta(days=DAY_0_REMINDER_LATEST_DAYS))
        # The user too: the daily task reads each new reminder's email address.
        .select_related("programme", "user")
        .prefetch_related("reminders")
    )
    created = []
    for certificate in candidates:
        days_left = (certificate.expires_at - now).total_seconds() / 86400
        threshold = _reminder_threshold(max(days_left, 0))
        if threshold is None:
            continue
        if any(r.days_before <= threshold for r in certificate.reminders.all()):
            continue
        reminder, was_created = CertificateReminder.objects.get_or_create(
            certificate=certificate, days_before=threshold, defaults={"created_at": now}
        )
        if was_created:
            created.append(reminder)
    return created


def reminder_email_send(*, reminder: CertificateReminder) -> bool:
    """Email the holder about `reminder` once, if they gave an email address and agree to
    reminders (`permissions.may_email_reminders`). The wording is neutral (a shared inbox may
    be read by others): it names the programme's public title and the date, nothing else.
    Returns whether an email was sent now. The in-app reminder is shown either way."""
    certificate = reminder.certificate
    user = certificate.user
    if (
        not user.email
        or reminder.emailed_at is not None
        or not permissions.may_email_reminders(user)
    ):
        return False
    claimed = CertificateReminder.objects.filter(pk=reminder.pk, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    if not claimed:
        return False
    with translation.override(getattr(user, "preferred_language", None) or "en"):
        context = {
            "title": certificate.title,
            "expires_at": certificate.expires_at,
            "days_before": reminder.days_before,
            "mine_url": site_url(reverse("certifications:mine")),
        }
        subject = _("A date to remember for your certificate")
        body = render_to_string("certifications/email/reminder.txt", context)
    try:
        send_mail(subject, body, None, [user.email])
    except Exception:
        # Let a later run try again; the in-app reminder is already shown.
        CertificateReminder.objects.filter(pk=reminder.pk).update(emailed_at=None)
        raise
    return True


def reminders_mark_seen(*, user: AbstractBaseUser) -> int:
    """The learner has seen their reminders on "My certificates"."""
    return CertificateReminder.objects.filter(certificate__user=user, seen_at__isnull=True).update(
        seen_at=timezone.now()
    )


# Revocation ------------------------------------------------------------------------------


@transaction.atomic
def certificate_revoke(
    *, certificate: Certificate, by: AbstractBaseUser | None, reason: str
) -> Certificate:
    """Revoke `certificate`; the public verification page and the status list show it as
    revoked from now on.

    Raises ValidationError without a reason, or if it is already revoked.
    Side effects: sets status and revoked_reason; writes CertificateEvent("revoked").
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give a reason for revoking the certificate."))
    updated = (
        Certificate.objects.filter(pk=certificate.pk)
        .exclude(status=Certificate.Status.REVOKED)
        .update(status=Certificate.Status.REVOKED, revoked_reason=reason)
    )
    if not updated:
        raise ValidationError(_("This certificate is already revoked."))
    CertificateEvent.objects.create(
        certificate=certificate, kind=CertificateEvent.Kind.REVOKED, by=by, note=reason
    )
    certificate.refresh_from_db()
    return certificate


def programme_requirements_to_sources(*, programme: CertificationProgramme) -> int:
    """Replace every translated copy (or untranslated placeholder) among `programme`'s
    required courses and its refresher module by its source page, each course once.

    Progress is kept on source pages only (courses.localization), so a requirement on a
    translated copy could never be met. Side effects: rewrites `programme.required_courses`
    and saves `renewal_check_module` when either changes. Returns how many were replaced."""
    from courses.localization import source_ids
    from courses.models import CoursePage, ModulePage

    courses = list(programme.required_courses.all())
    sources = source_ids(courses)
    replaced = sum(1 for course in courses if sources[course.pk] != course.pk)
    if replaced:
        programme.required_courses.set(CoursePage.objects.filter(pk__in=set(sources.values())))
    module = programme.renewal_check_module
    if module is not None:
        source_id = source_ids([module])[module.pk]
        if source_id != module.pk:
            programme.renewal_check_module = ModulePage.objects.get(pk=source_id)
            programme.save(update_fields=["renewal_check_module"])
            replaced += 1
    return replaced
