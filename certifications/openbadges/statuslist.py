"""Revocation through Bitstring Status Lists (W3C Bitstring Status List v1.0).

Certificate `pk` decides its place: list number `pk // 131072 + 1`, index `pk % 131072`. Each
list has 131,072 entries (16 KiB, the minimum the spec and 1EdTech's validator accept). A bit is
1 when the certificate is revoked. The list credential is built on request from one query (the
revoked pks in its range) and signed as a VC-JWT; it is short-lived (`validUntil`) so an old
copy cannot hide a revocation for long.
"""

from __future__ import annotations

import base64
import gzip
from datetime import datetime, timedelta

from django.urls import reverse
from django.utils import timezone

from certifications.models import Certificate
from certifications.openbadges.ids import (
    VC_CONTEXT,
    datetime_format,
    issuer_id,
    numeric_date,
    site_url,
)
from certifications.openbadges.jose import vc_jwt_sign

STATUS_LIST_SIZE = 131_072
STATUS_PURPOSE = "revocation"
# Beyond this a list's first pk would not fit a 64-bit primary key (and databases refuse it).
STATUS_LIST_NUMBER_MAX = (2**63 - 1) // STATUS_LIST_SIZE
# How long a signed list is valid; verifiers fetch a new one after that.
STATUS_LIST_VALIDITY = timedelta(days=1)


class StatusListNotFound(LookupError):  # noqa: N818 (like Http404)
    """No list has this number."""


def status_list_position(certificate_pk: int) -> tuple[int, int]:
    """(list number, index in the list) of a certificate."""
    return certificate_pk // STATUS_LIST_SIZE + 1, certificate_pk % STATUS_LIST_SIZE


def status_list_url(number: int) -> str:
    return site_url(reverse("certifications:openbadges_status_list", kwargs={"number": number}))


def status_list_entry(certificate_pk: int) -> dict:
    """The `credentialStatus` of a certificate's credential: a BitstringStatusListEntry. Its
    `id` names the entry, not the list (the spec forbids the list's URL there)."""
    number, index = status_list_position(certificate_pk)
    list_url = status_list_url(number)
    return {
        "id": f"{list_url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": STATUS_PURPOSE,
        "statusListIndex": str(index),
        "statusListCredential": list_url,
    }


def status_list_bits(number: int) -> bytes:
    """The bitstring of list `number`: index 0 is the left-most (most significant) bit of the
    first byte. One query. Raises StatusListNotFound for a number no certificate can have."""
    if not 1 <= number <= STATUS_LIST_NUMBER_MAX:
        raise StatusListNotFound(number)
    start = (number - 1) * STATUS_LIST_SIZE
    revoked = list(
        Certificate.objects.filter(
            pk__gte=start, pk__lt=start + STATUS_LIST_SIZE, status=Certificate.Status.REVOKED
        )
        .order_by()
        .values_list("pk", flat=True)
    )
    # List 1 always exists; a later one only once a certificate may fall in it.
    if number > 1 and not revoked and not Certificate.objects.filter(pk__gte=start).exists():
        raise StatusListNotFound(number)
    bits = bytearray(STATUS_LIST_SIZE // 8)
    for pk in revoked:
        index = pk - start
        bits[index // 8] |= 0x80 >> (index % 8)
    return bytes(bits)


def encoded_list(bits: bytes) -> str:
    """GZIP-compress, then multibase base64url without padding ('u' prefix)."""
    compressed = gzip.compress(bits, mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode("ascii").rstrip("=")


def status_list_build(number: int, *, now: datetime | None = None) -> dict:
    """The BitstringStatusListCredential of list `number`, unsigned, valid from `now`. Raises
    StatusListNotFound."""
    bits = status_list_bits(number)
    now = now or timezone.now()
    url = status_list_url(number)
    return {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": datetime_format(now),
        "validUntil": datetime_format(now + STATUS_LIST_VALIDITY),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": STATUS_PURPOSE,
            "encodedList": encoded_list(bits),
        },
    }


def status_list_credential(number: int) -> str:
    """List `number` as a signed VC-JWT (media type application/vc+jwt). Raises
    StatusListNotFound. Queries: the revoked pks (plus one existence check for an empty later
    list) and the current signing key."""
    now = timezone.now()
    credential = status_list_build(number, now=now)
    token, _key = vc_jwt_sign(
        credential,
        nbf=numeric_date(now),
        exp=numeric_date(now + STATUS_LIST_VALIDITY),
    )
    return token
