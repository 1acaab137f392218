"""The Open Badges 3.0 credential of a certificate, exactly as DOMAIN.md 4 describes.

What is in it, and what is deliberately not: the holder is a random `urn:uuid:` (the
certificate's `subject_id`) plus a salted sha256 hash of a non-personal account identifier.
Never the email, the username, or the printed name: a credential travels further than the
public verification page, so the printed name stays on the PDF and that page only
(DOMAIN.md 6).
"""

from __future__ import annotations

import hashlib

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from certifications.models import Certificate, CertificationProgramme
from certifications.openbadges.ids import (
    OB_CONTEXT,
    VC_CONTEXT,
    datetime_format,
    issuer_profile,
    site_url,
)
from certifications.openbadges.statuslist import status_list_entry

CONTEXTS = [VC_CONTEXT, OB_CONTEXT]


def achievement_id(programme: CertificationProgramme, module_id: int | None = None) -> str:
    """The Achievement's URL. By programme id, not code: codes are never shown publicly
    (a code could say what a neutral printed title hides)."""
    if module_id:
        path = reverse(
            "certifications:openbadges_module_achievement",
            kwargs={"programme_id": programme.pk, "module_id": module_id},
        )
    else:
        path = reverse(
            "certifications:openbadges_achievement", kwargs={"programme_id": programme.pk}
        )
    return site_url(path)


def _criteria_narrative(programme: CertificationProgramme, *, per_module: bool) -> str:
    mark = programme.min_module_check_score
    if per_module:
        return _(
            "Completed every lesson of the module and reached at least %(mark)s%% in its "
            "module check."
        ) % {"mark": mark}
    parts = [
        _("Completed every required course, with at least %(mark)s%% in each module check.")
        % {"mark": mark}
    ]
    if programme.practice_hours:
        parts.append(
            _("Completed %(hours)s hours of supervised practice, verified by a supervisor.")
            % {"hours": programme.practice_hours}
        )
    if programme.supervision_sessions:
        parts.append(
            _("Took part in %(count)s reflective supervision sessions.")
            % {"count": programme.supervision_sessions}
        )
    titles = [checklist.title for checklist in programme.checklists.all()]
    if titles:
        parts.append(_("Signed off: %(items)s.") % {"items": "; ".join(titles)})
    return " ".join(parts)


def achievement_build(
    programme: CertificationProgramme, module_id: int | None = None, module_title: str = ""
) -> dict:
    """The Achievement a programme (or one of its modules, for per-module badges) awards."""
    title = programme.public_title
    if module_id:
        title = f"{title}: {module_title}"
    return {
        "id": achievement_id(programme, module_id),
        "type": ["Achievement"],
        "achievementType": "Badge" if module_id else "Certification",
        "name": title,
        "description": programme.description.strip() or title,
        "criteria": {"narrative": _criteria_narrative(programme, per_module=bool(module_id))},
    }


def subject_identity(certificate: Certificate) -> str:
    """What the identifier's hash is of: the holder's account on this site, by number.
    Stable and not personal (no email, username or name)."""
    return site_url(f"/accounts/{certificate.user_id}")


def identity_hash(identity: str, salt: str) -> str:
    """`sha256$` + hex of sha256(identity + salt), the Open Badges hashed identity."""
    return "sha256$" + hashlib.sha256((identity + salt).encode("utf-8")).hexdigest()


def credential_build(certificate: Certificate) -> dict:
    """The OpenBadgeCredential of `certificate`, unsigned (see `signing.credential_jwt`).

    Texts are in the certificate's language. Reads the programme (and module, for a
    per-module badge) and the programme's checklists.
    """
    with translation.override(certificate.language):
        return _credential_build(certificate)


def _credential_build(certificate: Certificate) -> dict:
    programme = certificate.programme
    module_title = certificate.module_title_in(certificate.language)
    credential = {
        "@context": list(CONTEXTS),
        "id": f"urn:uuid:{certificate.credential_id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer_profile(),
        "validFrom": datetime_format(certificate.issued_at),
    }
    if certificate.expires_at is not None:
        credential["validUntil"] = datetime_format(certificate.expires_at)
    credential["name"] = certificate.title
    credential["credentialSubject"] = {
        "id": f"urn:uuid:{certificate.subject_id}",
        "type": ["AchievementSubject"],
        "identifier": [
            {
                "type": "IdentityObject",
                "identityType": "systemId",
                "hashed": True,
                "identityHash": identity_hash(
                    subject_identity(certificate), certificate.identity_salt
                ),
                "salt": certificate.identity_salt,
            }
        ],
        "achievement": achievement_build(programme, certificate.module_id, module_title),
    }
    credential["credentialStatus"] = status_list_entry(certificate.pk)
    return credential
