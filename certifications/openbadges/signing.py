"""A certificate's credential signed as a VC-JWT, and reading one back (see `jose` for the
header and claims)."""

from __future__ import annotations

from certifications.models import Certificate, SigningKey
from certifications.openbadges.credential import credential_build
from certifications.openbadges.ids import numeric_date
from certifications.openbadges.jose import CredentialInvalid, vc_jwt_sign, vc_jwt_verify

__all__ = ["CredentialInvalid", "credential_decode", "credential_jwt"]


def credential_jwt(certificate: Certificate) -> tuple[str, SigningKey]:
    """The OpenBadgeCredential of `certificate` signed with the current key; returns the
    compact JWT and the key, for the caller to store in `credential_jwt` and `signing_key`.

    Side effects: none on the certificate; creates the site's first signing key if needed.
    """
    credential = credential_build(certificate)
    expires_at = certificate.expires_at
    return vc_jwt_sign(
        credential,
        nbf=numeric_date(certificate.issued_at),
        exp=numeric_date(expires_at) if expires_at is not None else None,
    )


def credential_decode(token: str, *, check_dates: bool = True) -> dict:
    """The claims (the credential plus iss, jti, sub, nbf, exp) of a VC-JWT this site signed,
    checked against our keys, current or retired. With `check_dates` false an expired
    credential is returned rather than refused (its status is then for the caller to show).

    Raises CredentialInvalid (a ValueError) when the token is not ours, altered or malformed.
    """
    claims, _key = vc_jwt_verify(token, check_dates=check_dates)
    if "OpenBadgeCredential" not in claims.get("type", []):
        raise CredentialInvalid("not an OpenBadgeCredential")
    return claims
