"""Revocation and suspension through Bitstring Status Lists (W3C Bitstring Status List v1.0).

Certificate `pk` decides its place: list number `pk // 131072 + 1`, index `pk % 131072`, the
same in both kinds of list. Each list has 131,072 entries (16 KiB, the minimum the spec and
1EdTech's validator accept).

- Revocation lists (`/certificates/status/<n>`): a bit is 1 when the certificate is revoked.
  Revocation is final, so a bit never goes back to 0.
- Suspension lists (`/certificates/status/suspension/<n>`): a bit is 1 while the credential
  must not be relied on for now: its holder has not agreed to publicity (DOMAIN.md 6.7), or it
  is revoked. Giving consent clears it; withdrawing sets it again.

Open Badges 3.0 allows one `credentialStatus` object (DOMAIN.md 4; the official schema has an
object, not an array), so a credential points at one list: the suspension list, whose bit is
set for every reason not to accept it. A revoked credential therefore reads "suspended" there
too, and the revocation list (same index) tells the two apart; credentials signed before
suspension lists existed point at the revocation list.

Each list credential is built on request from one query (the pks in its range with the bit
set) and signed as a VC-JWT; it is short-lived (`validUntil`) so an old copy cannot hide a
change for long. Whether a holder agreed is read then, from the host's rule, so there is no
copy of the decision to keep in step.
"""

from __future__ import annotations

import base64
import gzip
from datetime import datetime, timedelta

from django.db.models import Q
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
REVOCATION = "revocation"
SUSPENSION = "suspension"
STATUS_PURPOSES = (REVOCATION, SUSPENSION)
# Beyond this a list's first pk would not fit a 64-bit primary key (and databases refuse it).
STATUS_LIST_NUMBER_MAX = (2**63 - 1) // STATUS_LIST_SIZE
# How long a signed list is valid; verifiers fetch a new one after that.
STATUS_LIST_VALIDITY = timedelta(days=1)


class StatusListNotFound(LookupError):  # noqa: N818 (like Http404)
    """No list has this number."""


def status_list_position(certificate_pk: int) -> tuple[int, int]:
    """(list number, index in the list) of a certificate."""
    return certificate_pk // STATUS_LIST_SIZE + 1, certificate_pk % STATUS_LIST_SIZE


_URL_NAMES = {
    REVOCATION: "certifications:openbadges_status_list",
    SUSPENSION: "certifications:openbadges_suspension_list",
}


def status_list_url(number: int, purpose: str = REVOCATION) -> str:
    return site_url(reverse(_URL_NAMES[purpose], kwargs={"number": number}))


def status_list_entry(certificate_pk: int, purpose: str = SUSPENSION) -> dict:
    """The `credentialStatus` of a certificate's credential: a BitstringStatusListEntry in
    the suspension list (see the module docstring for why one list). Its `id` names the
    entry, not the list (the spec forbids the list's URL there)."""
    number, index = status_list_position(certificate_pk)
    list_url = status_list_url(number, purpose)
    return {
        "id": f"{list_url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": purpose,
        "statusListIndex": str(index),
        "statusListCredential": list_url,
    }


def _flagged(start: int, purpose: str):
    """The certificates in the list starting at `start` whose bit is 1 for `purpose`."""
    from certifications.permissions import certificate_holders_public

    in_range = Certificate.objects.filter(pk__gte=start, pk__lt=start + STATUS_LIST_SIZE)
    revoked = Q(status=Certificate.Status.REVOKED)
    if purpose == REVOCATION:
        return in_range.filter(revoked)
    holders = certificate_holders_public()
    if holders is None:
        return in_range.filter(revoked)
    return in_range.filter(revoked | ~Q(user_id__in=holders))


def status_list_bits(number: int, purpose: str = REVOCATION) -> bytes:
    """The bitstring of list `number` for `purpose`: index 0 is the left-most (most
    significant) bit of the first byte. One query. Raises StatusListNotFound for a number no
    certificate can have, or an unknown purpose."""
    if purpose not in STATUS_PURPOSES or not 1 <= number <= STATUS_LIST_NUMBER_MAX:
        raise StatusListNotFound(number)
    start = (number - 1) * STATUS_LIST_SIZE
    flagged = list(_flagged(start, purpose).order_by().values_list("pk", flat=True))
    # List 1 always exists; a later one only once a certificate may fall in it.
    if number > 1 and not flagged and not Certificate.objects.filter(pk__gte=start).exists():
        raise StatusListNotFound(number)
    bits = bytearray(STATUS_LIST_SIZE // 8)
    for pk in flagged:
        index = pk - start
        bits[index // 8] |= 0x80 >> (index % 8)
    return bytes(bits)


def encoded_list(bits: bytes) -> str:
    """GZIP-compress, then multibase base64url without padding ('u' prefix)."""
    compressed = gzip.compress(bits, mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode("ascii").rstrip("=")


def status_list_build(
    number: int, *, purpose: str = REVOCATION, now: datetime | None = None
) -> dict:
    """The BitstringStatusListCredential of list `number` for `purpose`, unsigned, valid from
    `now`. Raises StatusListNotFound."""
    bits = status_list_bits(number, purpose)
    now = now or timezone.now()
    url = status_list_url(number, purpose)
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
            "statusPurpose": purpose,
            "encodedList": encoded_list(bits),
        },
    }


def status_list_credential(number: int, purpose: str = REVOCATION) -> str:
    """List `number` for `purpose` as a signed VC-JWT (media type application/vc+jwt). Raises
    StatusListNotFound. Queries: the flagged pks (plus one existence check for an empty later
    list) and the current signing key."""
    now = timezone.now()
    credential = status_list_build(number, purpose=purpose, now=now)
    token, _key = vc_jwt_sign(
        credential,
        nbf=numeric_date(now),
        exp=numeric_date(now + STATUS_LIST_VALIDITY),
    )
    return token
