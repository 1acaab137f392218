"""Signing a Verifiable Credential as a VC-JWT (Open Badges 3.0, section 8.2) and checking one
against the site's keys. Used for certificates' credentials and for status lists.

The JOSE header is `alg`, `typ` "JWT" and the public `jwk` (whose `kid` member is its RFC 7638
thumbprint, the same as in /.well-known/jwks.json). There is no header `kid`: Open Badges
requires a header `kid` to be an https URL returning that single key, and 1EdTech's validator
would fetch it in place of the `jwk`. The payload is the credential itself plus the registered
claims `iss`, `jti`, `sub`, `nbf` and, when it expires, `exp`.
"""

from __future__ import annotations

import time
from datetime import datetime

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jws import extract_compact

from certifications.models import SigningKey
from certifications.openbadges.keys import (
    signing_key_current,
    signing_key_private,
    signing_key_public,
)

# Accept a little clock difference between this node and the one that signed.
LEEWAY_SECONDS = 60


class CredentialInvalid(ValueError):  # noqa: N818 (reads as a state, like Http404)
    """A token that is not a credential signed by one of our keys, or not valid now."""


def vc_jwt_claims(credential: dict, *, nbf: int, exp: int | None) -> dict:
    """The JWT payload: the credential, then the claims that mirror its members."""
    claims = dict(credential)
    issuer = credential["issuer"]
    claims["iss"] = issuer["id"] if isinstance(issuer, dict) else issuer
    claims["jti"] = credential["id"]
    subject_id = credential["credentialSubject"].get("id")
    if subject_id:
        claims["sub"] = subject_id
    claims["nbf"] = nbf
    if exp is not None:
        claims["exp"] = exp
    return claims


def vc_jwt_sign(
    credential: dict, *, nbf: int, exp: int | None = None, key: SigningKey | None = None
) -> tuple[str, SigningKey]:
    """`credential` signed as a compact VC-JWT with `key` (default: the current key).

    Side effects: creates the site's first key if there is none yet.
    """
    key = key or signing_key_current()
    header = {"alg": key.algorithm, "typ": "JWT", "jwk": dict(key.public_jwk)}
    claims = vc_jwt_claims(credential, nbf=nbf, exp=exp)
    token = jwt.encode(header, claims, signing_key_private(key), algorithms=[key.algorithm])
    return token, key


def _key_of(header: dict) -> SigningKey:
    jwk = header.get("jwk")
    kid = jwk.get("kid") if isinstance(jwk, dict) else header.get("kid")
    key = SigningKey.objects.filter(kid=kid).first() if isinstance(kid, str) else None
    if key is None:
        raise CredentialInvalid("not signed with one of this site's keys")
    if isinstance(jwk, dict) and any(jwk.get(m) != v for m, v in key.public_jwk.items()):
        raise CredentialInvalid("the header's jwk is not the key it names")
    if header.get("alg") != key.algorithm:
        raise CredentialInvalid("the header's alg does not match the key")
    return key


def vc_jwt_verify(
    token: str, *, now: float | None = None, check_dates: bool = True
) -> tuple[dict, SigningKey]:
    """The claims of `token` after checking, against our stored keys (never a key the token
    brings along), its signature, that its claims mirror the credential, and (unless
    `check_dates` is false, for a page that shows an expired credential as expired) that it is
    valid at `now`.

    Raises CredentialInvalid. Reads one SigningKey.
    """
    try:
        header = extract_compact(token.encode("ascii")).headers()
    except (JoseError, ValueError, UnicodeError) as error:
        raise CredentialInvalid("not a compact JWS") from error
    key = _key_of(header)
    try:
        claims = jwt.decode(token, signing_key_public(key), algorithms=[key.algorithm]).claims
    except JoseError as error:
        raise CredentialInvalid("the signature does not verify") from error
    _claims_check(claims)
    if check_dates:
        _dates_check(claims, now=time.time() if now is None else now)
    return claims, key


def _seconds(value) -> int | None:
    try:
        return int(datetime.fromisoformat(value).timestamp())
    except (TypeError, ValueError):
        return None


def _claims_check(claims: dict) -> None:
    issuer = claims.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    if not issuer_id or claims.get("iss") != issuer_id:
        raise CredentialInvalid("iss does not match the issuer")
    if not claims.get("id") or claims.get("jti") != claims["id"]:
        raise CredentialInvalid("jti does not match the credential id")
    subject = claims.get("credentialSubject")
    subject_id = subject.get("id") if isinstance(subject, dict) else None
    if subject_id and claims.get("sub") != subject_id:
        raise CredentialInvalid("sub does not match the credential subject")
    nbf, exp = claims.get("nbf"), claims.get("exp")
    if not isinstance(nbf, int) or nbf != _seconds(claims.get("validFrom")):
        raise CredentialInvalid("nbf does not match validFrom")
    if (exp is not None or "validUntil" in claims) and (
        not isinstance(exp, int) or exp != _seconds(claims.get("validUntil"))
    ):
        raise CredentialInvalid("exp does not match validUntil")


def _dates_check(claims: dict, *, now: float) -> None:
    nbf, exp = claims["nbf"], claims.get("exp")
    if nbf > now + LEEWAY_SECONDS:
        raise CredentialInvalid("not valid yet")
    if exp is not None and exp <= now - LEEWAY_SECONDS:
        raise CredentialInvalid("expired")
