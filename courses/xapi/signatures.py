"""Signed statements (xAPI 1.0.3 Data 2.6): checking the JSON Web Signature a statement carries
as an attachment.

A signature is an attachment with usageType `http://adlnet.gov/expapi/attachments/signature`
and contentType `application/octet-stream`, whose data (a part of the multipart/mixed request)
is a JWS in compact serialization, signed with RS256, RS384 or RS512, whose payload is the
statement as it was before the signature was added. The record store refuses (400) a
signature it cannot read, another algorithm, or a payload that is not the same statement as
the one it is attached to (compared as Data 2.3.1 says). When the JWS header carries the
signer's certificate (`x5c`) or public key (`jwk`), the signature must verify with it: the
specification means this to catch mistakes, not to say who signed, so the certificate chain
is not checked against any authority.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import RSAKey
from joserfc.jws import JWSRegistry

from courses.xapi.validation import StatementInvalid, parse_json, statements_match

SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature"
SIGNATURE_CONTENT_TYPE = "application/octet-stream"
ALGORITHMS = ("RS256", "RS384", "RS512")


class _Registry(JWSRegistry):
    """joserfc's limits are made for tokens: a header of 512 bytes cannot hold a certificate
    chain (x5c), and the payload here is a whole statement. The request's size cap
    (COURSES_XAPI_MAX_BODY_BYTES) bounds them all anyway."""

    max_header_length = 64 * 1024
    max_payload_length = 16 * 1024 * 1024
    max_signature_length = 4096


# Header parameters other than the registered ones are allowed (the specification does not
# restrict them), but the registered ones must have their types.
_REGISTRY = _Registry(algorithms=ALGORITHMS, strict_check_header=False)


def _fail(path: str, message: str):
    raise StatementInvalid(f"{path} {message}")


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _certificate_key(path: str, chain: Any) -> RSAKey:
    """The RSA public key of the first certificate of an `x5c` header (RFC 7515 4.1.6: a list
    of base64, not base64url, DER certificates, the signer's first)."""
    if type(chain) is not list or not chain or type(chain[0]) is not str:
        _fail(path, "has an x5c header that is not a list of base64 certificates")
    try:
        certificate = x509.load_der_x509_certificate(base64.b64decode(chain[0], validate=True))
        public_key = certificate.public_key()
    except (binascii.Error, ValueError, UnsupportedAlgorithm):
        _fail(path, "has an x5c header whose first certificate cannot be read")
    if not isinstance(public_key, RSAPublicKey):
        _fail(path, "has an x5c certificate whose key is not an RSA key")
    return RSAKey.import_key(public_key)


def _jwk_key(path: str, jwk: Any) -> RSAKey:
    if type(jwk) is not dict or jwk.get("kty") != "RSA":
        _fail(path, "has a jwk header that is not an RSA public key")
    try:
        return RSAKey.import_key(jwk)
    except (JoseError, ValueError, TypeError, KeyError):
        _fail(path, "has a jwk header that is not an RSA public key")


def _verify(path: str, token: bytes, statement: dict) -> None:
    try:
        text = token.strip().decode("ascii")
    except UnicodeDecodeError:
        _fail(path, "is not a JWS in compact serialization (it is not ASCII text)")
    if text.startswith("{"):
        _fail(path, "is a JWS in JSON serialization; this record store reads the compact one")
    try:
        signed = jws.extract_compact(text.encode(), registry=_REGISTRY)
    except (JoseError, ValueError, TypeError, RecursionError):
        # RecursionError: a header nested deeper than the JSON parser goes still fits the
        # header cap.
        _fail(path, "is not a JWS in compact serialization (header.payload.signature)")
    header = signed.protected
    algorithm = header.get("alg")
    if algorithm not in ALGORITHMS:
        _fail(
            path,
            f"is signed with {algorithm!r}; xAPI signatures use RS256, RS384 or RS512",
        )
    original = parse_json(signed.payload, f"the payload of {path}")
    if type(original) is not dict:
        _fail(path, "has a payload that is not a statement (a JSON object)")
    if not statements_match(original, statement, attachments=False):
        _fail(path, "has a payload that is not the statement it is attached to")
    if "x5c" in header:
        key = _certificate_key(path, header["x5c"])
    elif "jwk" in header:
        key = _jwk_key(path, header["jwk"])
    else:
        return
    try:
        jws.deserialize_compact(text, key, algorithms=[algorithm], registry=_REGISTRY)
    except (JoseError, ValueError, TypeError):
        where = "x5c certificate" if "x5c" in header else "jwk key"
        _fail(path, f"does not verify with the {where} in its header")


def signatures_verify(statement: dict, parts: dict[str, bytes]) -> None:
    """Raise StatementInvalid (naming the attachment) unless every signature attachment of
    `statement` (as the client sent it, before the record store adds anything) is a JWS as
    Data 2.6 requires. `parts` are the request's attachment data by SHA-2 (lower case)."""
    for number, attachment in enumerate(statement.get("attachments", ())):
        if attachment["usageType"] != SIGNATURE_USAGE:
            continue
        path = f"attachments[{number}]"
        if _media_type(attachment["contentType"]) != SIGNATURE_CONTENT_TYPE:
            _fail(
                f"{path}.contentType",
                f"of a signature must be {SIGNATURE_CONTENT_TYPE}, not "
                f"{attachment['contentType']!r}",
            )
        token = parts.get(attachment["sha2"].lower())
        if token is None:
            _fail(
                path,
                "is a signature, so its JWS must be sent as a part of a multipart/mixed "
                f"request with X-Experience-API-Hash {attachment['sha2']}",
            )
        _verify(f"{path} (the signature)", token, statement)
