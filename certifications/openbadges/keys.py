"""The keys the site signs credentials with: generated here, kept in the database, rotated.

The private half is stored as PKCS#8 PEM encrypted with `BestAvailableEncryption`, under a
password derived from SECRET_KEY with HKDF. Rotating SECRET_KEY therefore makes stored private
keys unreadable: before rotating it, run `manage.py certificates_rotate_key` (the old key is
retired and only its public half is needed from then on), or re-wrap the keys with
`signing_key_rewrap()` using the old secret.

A key's `kid` is its RFC 7638 JWK thumbprint, so any verifier can match the `jwk` in a
credential's header against /.well-known/jwks.json without trusting a label.
"""

from __future__ import annotations

import base64
import logging

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.utils import timezone
from joserfc.jwk import ECKey, RSAKey

from certifications import conf
from certifications.models import SigningKey

logger = logging.getLogger(__name__)

# Changing these makes every stored private key unreadable (see the module docstring).
_HKDF_SALT = b"certifications.openbadges.keys"
_HKDF_INFO = b"signing key wrap v1"

# Only the public members a verifier needs; never "d" or the RSA private primes.
_PUBLIC_MEMBERS = {"EC": ("kty", "crv", "x", "y"), "RSA": ("kty", "n", "e")}


def _wrap_password(secret_key: str | None = None) -> bytes:
    secret = settings.SECRET_KEY if secret_key is None else secret_key
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=_HKDF_SALT, info=_HKDF_INFO)
    return base64.urlsafe_b64encode(hkdf.derive(secret.encode()))


def _private_key_generate(algorithm: str):
    if algorithm == SigningKey.Algorithm.ES256:
        return ec.generate_private_key(ec.SECP256R1())
    if algorithm == SigningKey.Algorithm.RS256:
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    raise ValueError(f"unsupported signing algorithm {algorithm!r}: use ES256 or RS256")


def _jose_key(private_or_public, algorithm: str) -> ECKey | RSAKey:
    key_class = ECKey if algorithm == SigningKey.Algorithm.ES256 else RSAKey
    return key_class.import_key(private_or_public)


def public_jwk(jose_key: ECKey | RSAKey, algorithm: str) -> dict:
    """The public JWK as published: key members, `kid` (the thumbprint), `alg`, `use`."""
    jwk = _jose_jwk_members(jose_key.as_dict(private=False))
    jwk.update(kid=jose_key.thumbprint(), alg=algorithm, use="sig")
    return jwk


def _private_pem(private_key) -> str:
    """`private_key` as PKCS#8 PEM, encrypted under the current SECRET_KEY."""
    return private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_wrap_password()),
    ).decode("ascii")


def _signing_key_build(algorithm: str) -> SigningKey:
    private_key = _private_key_generate(algorithm)
    jwk = public_jwk(_jose_key(private_key.public_key(), algorithm), algorithm)
    return SigningKey(
        kid=jwk["kid"],
        algorithm=algorithm,
        private_key_encrypted=_private_pem(private_key),
        public_jwk=jwk,
    )


def _configured_algorithm() -> str:
    algorithm = conf.get("SIGNING_ALGORITHM")
    if algorithm not in SigningKey.Algorithm.values:
        raise ValueError(f"CERTIFICATIONS_SIGNING_ALGORITHM must be ES256 or RS256: {algorithm!r}")
    return algorithm


def signing_key_current() -> SigningKey:
    """The key new credentials are signed with (for the configured algorithm).

    Side effects: on first use, generates and saves a key. Race-safe: the unique constraint
    on current keys decides between concurrent first uses, and the loser re-reads the winner's
    key. The insert runs in its own savepoint, so callers may be inside a transaction.
    """
    algorithm = _configured_algorithm()
    current = SigningKey.objects.filter(algorithm=algorithm, retired_at__isnull=True).first()
    if current is not None:
        return current
    key = _signing_key_build(algorithm)
    try:
        with transaction.atomic():
            key.save(force_insert=True)
    except IntegrityError:
        return SigningKey.objects.get(algorithm=algorithm, retired_at__isnull=True)
    logger.info("generated signing key %s (%s)", key.kid, algorithm)
    return key


def signing_key_rotate() -> SigningKey:
    """Retire every current key and make a new one for the configured algorithm.

    Retired keys are kept and stay in the JWKS, so credentials they signed still verify; they
    just sign nothing new. Side effects: updates `retired_at` of the current keys and inserts
    one key, in one transaction. If another rotation commits the new key first, that key is
    returned.
    """
    algorithm = _configured_algorithm()
    key = _signing_key_build(algorithm)
    try:
        with transaction.atomic():
            SigningKey.objects.filter(retired_at__isnull=True).update(retired_at=timezone.now())
            key.save(force_insert=True)
    except IntegrityError:
        return SigningKey.objects.get(algorithm=algorithm, retired_at__isnull=True)
    logger.info("rotated signing keys; the new key is %s (%s)", key.kid, algorithm)
    return key


def signing_key_private(key: SigningKey) -> ECKey | RSAKey:
    """The private key of `key`, decrypted, as a joserfc key. Raises ImproperlyConfigured,
    saying what to do, if it cannot be decrypted (SECRET_KEY changed since it was stored):
    a set-up problem, so the render task reports it instead of retrying."""
    try:
        private_key = serialization.load_pem_private_key(
            key.private_key_encrypted.encode("ascii"), password=_wrap_password()
        )
    except ValueError as error:
        raise ImproperlyConfigured(
            f"The signing key {key.kid} cannot be decrypted with this SECRET_KEY. Re-wrap it "
            "under the new secret (keys.signing_key_rewrap) or run "
            "`manage.py certificates_rotate_key` (docs/open-badges.md)."
        ) from error
    return _jose_key(private_key, key.algorithm)


def signing_key_public(key: SigningKey) -> ECKey | RSAKey:
    """The public key of `key`, from its stored public JWK, as a joserfc key."""
    return _jose_key(_jose_jwk_members(key.public_jwk), key.algorithm)


def _jose_jwk_members(jwk: dict) -> dict:
    return {name: jwk[name] for name in _PUBLIC_MEMBERS[jwk["kty"]]}


def signing_key_rewrap(*, old_secret_key: str) -> int:
    """Re-encrypt every stored private key that was wrapped under `old_secret_key` so that it
    opens with the current SECRET_KEY. Returns how many keys were re-wrapped.

    Side effects: updates `private_key_encrypted` of those keys, in one transaction. Keys that
    do not open with the old secret (already re-wrapped) are left as they are.
    """
    count = 0
    with transaction.atomic():
        for key in SigningKey.objects.select_for_update().order_by("pk"):
            try:
                private_key = serialization.load_pem_private_key(
                    key.private_key_encrypted.encode("ascii"),
                    password=_wrap_password(old_secret_key),
                )
            except ValueError:
                continue
            key.private_key_encrypted = _private_pem(private_key)
            key.save(update_fields=["private_key_encrypted"])
            count += 1
    return count


def jwks() -> dict:
    """The JSON Web Key Set of every key, current and retired (oldest first): what
    /.well-known/jwks.json serves."""
    keys = SigningKey.objects.order_by("created_at", "pk").values_list("public_jwk", flat=True)
    return {"keys": [dict(jwk) for jwk in keys]}
