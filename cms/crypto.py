"""Encryption at rest for the few personal values the site keeps (today: the optional email).

Values are sealed with AES-256-GCM (authenticated: a changed byte is detected, never decrypted
to something else) under a key derived from SECRET_KEY with HKDF and a purpose label, so a key
made for one purpose never opens another's data. A stored value looks like
``enc1$<key id>$<base64url(nonce + ciphertext + tag)>``: the key id says which of SECRET_KEY and
SECRET_KEY_FALLBACKS sealed it, which is what makes rotating SECRET_KEY possible (docs/email-
privacy.md). Each value gets a fresh random nonce, so the same address sealed twice gives two
different stored values; lookups use `lookup_digest()`, a keyed HMAC of the normalised value.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings

PREFIX = "enc1"
_NONCE_BYTES = 12
# Changing the salt makes every stored value unreadable and every digest different.
_HKDF_SALT = b"cms.crypto"


class DecryptionError(ValueError):
    """A stored value could not be opened: sealed under a key no longer in SECRET_KEY or
    SECRET_KEY_FALLBACKS, changed after it was written, or not a sealed value at all."""


@lru_cache(maxsize=64)
def derive_key(secret: str, label: str) -> bytes:
    """A 32-byte key for one purpose (`label`), derived from `secret` with HKDF-SHA256."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=_HKDF_SALT, info=label.encode())
    return hkdf.derive(secret.encode())


def _secrets() -> list[str]:
    return [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]


def _key_id(key: bytes) -> str:
    # Names the key without revealing it: 8 hex digits of an HMAC under the key itself.
    return hmac.new(key, b"key id", hashlib.sha256).hexdigest()[:8]


def is_sealed(value: str) -> bool:
    return value.startswith(PREFIX + "$")


def seal(plaintext: str, *, label: str) -> str:
    """`plaintext` encrypted under the current SECRET_KEY for purpose `label`; "" stays ""."""
    if not plaintext:
        return ""
    key = derive_key(settings.SECRET_KEY, label + ":encrypt")
    nonce = os.urandom(_NONCE_BYTES)
    # The label is authenticated data: a value sealed for one purpose fails under another.
    sealed = AESGCM(key).encrypt(nonce, plaintext.encode(), label.encode())
    body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii").rstrip("=")
    return f"{PREFIX}${_key_id(key)}${body}"


def unseal(stored: str, *, label: str) -> str:
    """The plaintext of a value made by `seal()`; "" for "". Tries SECRET_KEY, then each of
    SECRET_KEY_FALLBACKS whose key id matches. Raises DecryptionError if none opens it."""
    if not stored:
        return ""
    try:
        prefix, key_id, body = stored.split("$", 2)
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except ValueError as error:
        raise DecryptionError("not a sealed value") from error
    if prefix != PREFIX or len(raw) <= _NONCE_BYTES:
        raise DecryptionError("not a sealed value")
    for secret in _secrets():
        key = derive_key(secret, label + ":encrypt")
        if _key_id(key) != key_id:
            continue
        try:
            plain = AESGCM(key).decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], label.encode())
        except InvalidTag as error:
            raise DecryptionError("the stored value was changed or is damaged") from error
        return plain.decode()
    raise DecryptionError("sealed under a key that is not SECRET_KEY or a fallback")


def sealed_with_current_key(stored: str, *, label: str) -> bool:
    """Whether `stored` is sealed under the current SECRET_KEY (re-encryption skips it)."""
    if not is_sealed(stored):
        return False
    key = derive_key(settings.SECRET_KEY, label + ":encrypt")
    return stored.split("$", 2)[1] == _key_id(key)


def lookup_digest(normalised: str, *, label: str, secret: str | None = None) -> str:
    """Keyed HMAC-SHA256 (hex) of an already normalised value, for equality lookups; "" for "".
    Without the key the digest cannot be turned back into the value or checked against a
    guess, unlike a plain hash."""
    if not normalised:
        return ""
    key = derive_key(settings.SECRET_KEY if secret is None else secret, label + ":digest")
    return hmac.new(key, normalised.encode(), hashlib.sha256).hexdigest()


def lookup_digests(normalised: str, *, label: str) -> list[str]:
    """The digest under SECRET_KEY and under each fallback: rows not yet re-encrypted after a
    rotation are still found."""
    return list(dict.fromkeys(lookup_digest(normalised, label=label, secret=s) for s in _secrets()))


# Files (voice notes): the same AES-256-GCM under a purpose label, in bytes. A sealed file is
# b"enc1$<key id>$" + nonce + ciphertext + tag, so a key rotation opens it like a sealed value.


def seal_bytes(data: bytes, *, label: str) -> bytes:
    """`data` encrypted under the current SECRET_KEY for purpose `label`."""
    key = derive_key(settings.SECRET_KEY, label + ":encrypt")
    nonce = os.urandom(_NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, bytes(data), label.encode())
    return f"{PREFIX}${_key_id(key)}$".encode("ascii") + nonce + sealed


def unseal_bytes(stored: bytes, *, label: str) -> bytes:
    """The bytes sealed by `seal_bytes()`; tries SECRET_KEY, then each fallback whose key id
    matches. Raises DecryptionError if none opens them or they were changed."""
    head = f"{PREFIX}$".encode("ascii")
    if not stored.startswith(head) or len(stored) <= len(head) + 9 + _NONCE_BYTES:
        raise DecryptionError("not a sealed file")
    key_id = stored[len(head) : len(head) + 8].decode("ascii", errors="replace")
    raw = stored[len(head) + 9 :]
    for secret in _secrets():
        key = derive_key(secret, label + ":encrypt")
        if _key_id(key) != key_id:
            continue
        try:
            return AESGCM(key).decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], label.encode())
        except InvalidTag as error:
            raise DecryptionError("the stored file was changed or is damaged") from error
    raise DecryptionError("sealed under a key that is not SECRET_KEY or a fallback")
