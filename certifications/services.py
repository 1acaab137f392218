"""Writes: issuing and revoking certificates. Evaluation (a read) is in `selectors`."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from certifications.models import (
    Certificate,
    CertificateEvent,
    CertificationProgramme,
    certificate_code_generate,
)
from certifications.selectors import Evaluation, programme_evaluate

__all__ = ["Evaluation", "certificate_issue", "certificate_revoke", "programme_evaluate"]

logger = logging.getLogger(__name__)
CODE_ATTEMPTS = 5


def _printed_name(user: AbstractBaseUser) -> str:
    # The name the learner chose to show (never the username, which may identify them).
    name = (getattr(user, "display_name", "") or "").strip()
    if not name and hasattr(user, "get_full_name"):
        name = user.get_full_name().strip()
    return name or _("Certificate holder")


def certificate_issue(
    *, user: AbstractBaseUser, programme: CertificationProgramme, cycle: int = 1
) -> Certificate | None:
    """Issue `programme`'s certificate for `cycle` to `user` if they meet its requirements.

    Idempotent: if a certificate for this user, programme and cycle exists (whatever its
    status: a revoked certificate is not silently re-issued) it is returned unchanged. The
    unique constraint decides between concurrent calls; the loser returns the winner's row.
    Returns None if the programme is inactive or the requirements are not met.
    Side effects: writes one Certificate and one CertificateEvent("issued") in a transaction.
    """
    existing = Certificate.objects.filter(user=user, programme=programme, cycle=cycle).first()
    if existing is not None:
        return existing
    if not programme.active or not programme_evaluate(user=user, programme=programme).met:
        return None
    now = timezone.now()
    expires_at = now + timedelta(days=programme.validity_days) if programme.validity_days else None
    for _attempt in range(CODE_ATTEMPTS):
        certificate = Certificate(
            user=user,
            programme=programme,
            cycle=cycle,
            code=certificate_code_generate(),
            printed_name=_printed_name(user),
            issued_at=now,
            expires_at=expires_at,
        )
        certificate.full_clean(validate_unique=False, validate_constraints=False)
        try:
            with transaction.atomic():
                certificate.save(force_insert=True)
                CertificateEvent.objects.create(
                    certificate=certificate, kind=CertificateEvent.Kind.ISSUED, created_at=now
                )
        except IntegrityError:
            winner = Certificate.objects.filter(user=user, programme=programme, cycle=cycle).first()
            if winner is not None:
                return winner
            # Otherwise the random code collided with another certificate's: draw again.
            logger.warning("certificate code collision; drawing another")
            continue
        return certificate
    raise RuntimeError("could not draw a unique certificate code")


@transaction.atomic
def certificate_revoke(
    *, certificate: Certificate, by: AbstractBaseUser | None, reason: str
) -> Certificate:
    """Revoke `certificate`; the public verification page shows it as revoked from now on.

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
