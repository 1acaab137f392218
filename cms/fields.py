"""The encrypted email field, its digest lookups, and the helpers that normalise and mask
addresses (DOMAIN.md 6.1: "Phone and email are optional, encrypted, masked to mentors").

`user.email` is a plain string in Python and sealed ciphertext in the database (cms.crypto).
Because each value gets a random nonce, the database cannot compare addresses; the model keeps
a keyed digest beside it (`email_digest`), and the field answers `email=`, `email__iexact=`,
`email__in=` and `email__icontains=` by comparing digests. That is how allauth's and Django's
own `User.objects.filter(email=...)` (password reset, unique-address check at sign-up) keep
working without ever seeing ciphertext. Only whole addresses match: a part of an address
cannot be searched for. Any other lookup raises FieldError instead of silently matching bytes
of ciphertext.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.core.exceptions import EmptyResultSet, FieldError
from django.db import models
from django.db.models.expressions import Col
from django.db.models.lookups import In, IsNull, Lookup

from cms import crypto

logger = logging.getLogger(__name__)

# The purpose label for the email's keys. Changing it makes stored addresses unreadable.
EMAIL_LABEL = "cms.user.email"
MASK = "\u2022\u2022\u2022"  # •••


def email_normalise(address: str | None) -> str:
    """The form an address is compared in: stripped and lower-cased ("" for none)."""
    return (address or "").strip().lower()


def email_digest(address: str | None) -> str:
    """The lookup digest of `address` under the current SECRET_KEY ("" for no address)."""
    return crypto.lookup_digest(email_normalise(address), label=EMAIL_LABEL)


def email_digests(address: str | None) -> list[str]:
    """The digests of `address` under SECRET_KEY and each of SECRET_KEY_FALLBACKS."""
    return crypto.lookup_digests(email_normalise(address), label=EMAIL_LABEL)


def email_masked(address: str | None) -> str:
    """`asha@example.org` -> `a•••@e•••.org`: enough for a person to recognise their own
    address, not enough for anyone else to learn it. "" for no address."""
    address = (address or "").strip()
    if not address:
        return ""
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return MASK
    name, dot, suffix = domain.rpartition(".")
    if not dot or not name:
        return f"{local[0]}{MASK}@{domain[0]}{MASK}"
    return f"{local[0]}{MASK}@{name[0]}{MASK}.{suffix}"


class _DigestLookup(Lookup):
    """Compares the digest column instead of the (randomised) ciphertext column."""

    prepare_rhs = False
    can_use_none_as_rhs = False

    def _addresses(self) -> Iterable[str]:
        raise NotImplementedError

    def as_sql(self, compiler, connection):
        if not isinstance(self.lhs, Col) or hasattr(self.rhs, "resolve_expression"):
            raise FieldError("An encrypted email can only be compared with plain addresses.")
        field = self.lhs.target
        digest_field = field.model._meta.get_field(field.digest_field)
        digests = sorted({d for a in self._addresses() for d in email_digests(a)})
        return compiler.compile(In(digest_field.get_col(self.lhs.alias), digests))


class DigestExact(_DigestLookup):
    lookup_name = "exact"

    def _addresses(self) -> Iterable[str]:
        return [str(self.rhs)]


class DigestIExact(DigestExact):
    lookup_name = "iexact"


class DigestIContains(DigestExact):
    # Wagtail's user list searches every text field with icontains: a whole address finds its
    # person, a part of one finds nobody.
    lookup_name = "icontains"


class DigestIn(_DigestLookup):
    lookup_name = "in"

    def _addresses(self) -> Iterable[str]:
        return [str(value) for value in self.rhs if value is not None]

    def as_sql(self, compiler, connection):
        if not list(self._addresses()):
            raise EmptyResultSet
        return super().as_sql(compiler, connection)


class EncryptedEmailField(models.EmailField):
    """An email address stored sealed (AES-GCM, cms.crypto) and found through the digest
    field named by `digest_field`, which the model keeps up to date on save."""

    description = "Email address, encrypted at rest"
    _lookups = {
        "exact": DigestExact,
        "iexact": DigestIExact,
        "icontains": DigestIContains,
        "in": DigestIn,
        "isnull": IsNull,
    }

    def __init__(self, *args, digest_field: str = "email_digest", **kwargs):
        # Room for the sealed form of a 254-character address (nonce, tag, base64, key id).
        kwargs.setdefault("max_length", 512)
        self.digest_field = digest_field
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.digest_field != "email_digest":
            kwargs["digest_field"] = self.digest_field
        return name, path, args, kwargs

    def get_lookup(self, lookup_name):
        return self._lookups.get(lookup_name)

    def from_db_value(self, value, expression, connection):
        if not value or not crypto.is_sealed(value):
            # "" (no address), or a plain value written before migration cms 0009.
            return value
        try:
            return crypto.unseal(value, label=EMAIL_LABEL)
        except crypto.DecryptionError as error:
            # An unreadable address behaves as no address: pages keep working, and
            # `manage.py emails_reencrypt` lists these rows (docs/email-privacy.md).
            logger.warning("An encrypted email could not be read: %s", error)
            return ""

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if not value:
            return ""
        if crypto.is_sealed(value) and "@" not in value:
            return value  # already sealed (an address always has an @, a sealed value never)
        return crypto.seal(value, label=EMAIL_LABEL)

    def formfield(self, **kwargs):
        # Forms take an ordinary address (RFC 5321 limit), not the size of the sealed column.
        return super().formfield(**{"max_length": 254, **kwargs})
