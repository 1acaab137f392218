"""A person's certificates, practice log and checklist sign-offs for "My data", its download
and account deletion (docs/my-data.md). Registered in `certifications.apps`."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from certifications.models import Certificate, CertificateEvent, ChecklistSignOff, PracticeEntry
from certifications.pdf import verify_url
from cms.rights.registry import DataSection, RecentItem, StoredFile, iso

RECENT = 5


def personal_data_summary(user: AbstractBaseUser) -> list[DataSection]:
    certificates = list(
        Certificate.objects.filter(user=user)
        .select_related("programme")
        .order_by("-issued_at", "-id")[:RECENT]
    )
    entries = list(PracticeEntry.objects.filter(user=user).order_by("-date", "-id")[:RECENT])
    signoffs = list(
        ChecklistSignOff.objects.filter(user=user)
        .select_related("checklist")
        .order_by("-requested_at", "-id")[:RECENT]
    )
    return [
        DataSection(
            key="certificates",
            title=_("Certificates"),
            order=40,
            counts=[(_("Certificates"), Certificate.objects.filter(user=user).count())],
            recent=[
                RecentItem(
                    row.issued_at,
                    _("%(programme)s (%(status)s), code %(code)s")
                    % {
                        "programme": row.programme.name,
                        "status": row.get_status_display(),
                        "code": row.code,
                    },
                )
                for row in certificates
            ],
        ),
        DataSection(
            key="practice_and_signoffs",
            title=_("Practice log and sign-offs"),
            order=50,
            counts=[
                (_("Practice entries"), PracticeEntry.objects.filter(user=user).count()),
                (_("Sign-off requests"), ChecklistSignOff.objects.filter(user=user).count()),
                (
                    _("Practice entries I reviewed"),
                    PracticeEntry.objects.filter(reviewed_by=user).count(),
                ),
                (
                    _("Sign-offs I decided"),
                    ChecklistSignOff.objects.filter(reviewed_by=user).count(),
                ),
            ],
            recent=[
                RecentItem(
                    row.date,
                    _("%(kind)s, %(minutes)s minutes (%(status)s)")
                    % {
                        "kind": row.get_kind_display(),
                        "minutes": row.minutes,
                        "status": row.get_status_display(),
                    },
                )
                for row in entries
            ]
            + [
                RecentItem(
                    row.requested_at,
                    _("Sign-off: %(checklist)s (%(status)s)")
                    % {"checklist": row.checklist.title, "status": row.get_status_display()},
                )
                for row in signoffs
            ],
        ),
    ]


def personal_data(user: AbstractBaseUser) -> dict[str, Any]:
    events = Prefetch("events", queryset=CertificateEvent.objects.order_by("created_at", "id"))
    return {
        "certificates": [
            {
                "programme": row.programme.name,
                "module": row.module.title if row.module_id else None,
                "cycle": row.cycle,
                "code": row.code,
                "verification_url": verify_url(row.code),
                "printed_name": row.printed_name,
                "status": row.status,
                "issued": iso(row.issued_at),
                "expires": iso(row.expires_at),
                "reason_for_revoking": row.revoked_reason or None,
                "language": row.language,
                "credential_id": f"urn:uuid:{row.credential_id}",
                "pdf_available": bool(row.pdf),
                # Who made each change is left out: that is the coordinator's identity.
                "history": [
                    {"what": event.kind, "when": iso(event.created_at)}
                    for event in row.events.all()
                ],
            }
            for row in Certificate.objects.filter(user=user)
            .select_related("programme", "module")
            .prefetch_related(events)
            .order_by("issued_at", "id")
        ],
        "practice_log_and_sign_offs": {
            "practice_entries": [
                {
                    "kind": row.kind,
                    "cpd_category": row.cpd_category or None,
                    "format": row.format,
                    "date": iso(row.date),
                    "minutes": row.minutes,
                    "status": row.status,
                    "reviewed": iso(row.reviewed_at),
                    "why_it_was_returned": row.return_reason or None,
                    "logged": iso(row.created_at),
                }
                for row in PracticeEntry.objects.filter(user=user).order_by("date", "id")
            ],
            "sign_off_requests": [
                {
                    "checklist": row.checklist.title,
                    "status": row.status,
                    "items_signed": row.items_signed,
                    "requested": iso(row.requested_at),
                    "decided": iso(row.reviewed_at),
                    "why_it_was_returned": row.return_reason or None,
                }
                for row in ChecklistSignOff.objects.filter(user=user)
                .select_related("checklist")
                .order_by("requested_at", "id")
            ],
            # What I decided for others: the person's display name at most.
            "practice_entries_i_reviewed": [
                {
                    "person": row.user.get_short_name(),
                    "date": iso(row.date),
                    "status": row.status,
                    "reviewed": iso(row.reviewed_at),
                }
                for row in PracticeEntry.objects.filter(reviewed_by=user)
                .select_related("user")
                .order_by("reviewed_at", "id")
            ],
            "sign_offs_i_decided": [
                {
                    "person": row.user.get_short_name(),
                    "checklist": row.checklist.title,
                    "status": row.status,
                    "decided": iso(row.reviewed_at),
                }
                for row in ChecklistSignOff.objects.filter(reviewed_by=user)
                .select_related("user", "checklist")
                .order_by("reviewed_at", "id")
            ],
        },
    }


def personal_files(user: AbstractBaseUser) -> list[StoredFile]:
    """The person's certificate PDFs (deleted after the account's deletion commits)."""
    files = []
    for row in Certificate.objects.filter(user=user).exclude(pdf="").only("pdf"):
        files.append(StoredFile(storage=row.pdf.storage, name=row.pdf.name))
    return files


def personal_data_erase_prepare(user: AbstractBaseUser) -> None:
    """A renewal points at the certificate it renewed with PROTECT (so a coordinator cannot
    delete history by accident); both are this person's, so unlink them before the cascade."""
    Certificate.objects.filter(user=user, renews__isnull=False).update(renews=None)
