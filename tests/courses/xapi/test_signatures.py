"""Signed statements (Data 2.6): the JWS in a signature attachment is read, its algorithm
checked (RS256, RS384, RS512), its payload compared with the statement, and its signature
verified against the certificate (`x5c`) or key (`jwk`) in its header. Keys and certificates
are made here, for each test."""

import base64
import copy
import hashlib
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from joserfc import jws
from joserfc.jwk import ECKey, OctKey, RSAKey

from courses.models import XAPIAttachment, XAPIStatement
from courses.xapi.validation import statements_match
from tests.courses.xapi.helpers import STATEMENTS, error, multipart, statement

pytestmark = pytest.mark.django_db

IRI = "https://partner.example.org/activities/signed"
SIGNATURE = "http://adlnet.gov/expapi/attachments/signature"


@pytest.fixture(scope="module")
def private_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def certificate_of(private_key) -> str:
    """A self-signed certificate for `private_key`, as an x5c entry (base64 DER)."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Partner quiz tool")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(private_key, hashes.SHA256())
    )
    return base64.b64encode(certificate.public_bytes(serialization.Encoding.DER)).decode()


def original() -> dict:
    return statement(IRI, id=str(uuid.uuid4()), timestamp="2026-12-01T10:00:00Z")


def sign(payload, private_key, *, algorithm: str = "RS256", **header) -> bytes:
    """A compact JWS of `payload` (a statement, or bytes as they are)."""
    if not isinstance(payload, bytes):
        payload = json.dumps(payload).encode()
    key = RSAKey.import_key(private_key)
    return jws.serialize_compact(
        {"alg": algorithm, **header}, payload, key, algorithms=[algorithm]
    ).encode()


def signed_request(data: dict, token: bytes, *, content_type: str = "application/octet-stream"):
    """The statement `data` with a signature attachment for `token`, as multipart/mixed."""
    sent = copy.deepcopy(data)
    sha2 = hashlib.sha256(token).hexdigest()
    sent["attachments"] = [
        {
            "usageType": SIGNATURE,
            "display": {"en-US": "Signature"},
            "contentType": content_type,
            "length": len(token),
            "sha2": sha2,
        }
    ]
    return multipart(
        [
            ({"Content-Type": "application/json"}, json.dumps(sent).encode()),
            (
                {
                    "Content-Type": "application/octet-stream",
                    "Content-Transfer-Encoding": "binary",
                    "X-Experience-API-Hash": sha2,
                },
                token,
            ),
        ]
    )


def send(client, data: dict, token: bytes, **options):
    body, content_type = signed_request(data, token, **options)
    return client.post(STATEMENTS, data=body, content_type=content_type)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# --- Accepted ---------------------------------------------------------------------------------


@pytest.mark.parametrize("algorithm", ["RS256", "RS384", "RS512"])
def test_statement_signed_with_an_rsa_algorithm_and_its_certificate_is_stored(
    basic_client, private_key, algorithm
):
    data = original()
    token = sign(data, private_key, algorithm=algorithm, x5c=[certificate_of(private_key)])
    response = send(basic_client, data, token)
    assert response.status_code == 200, response.content
    assert response.json() == [data["id"]]
    row = XAPIStatement.objects.get()
    assert row.data["attachments"][0]["usageType"] == SIGNATURE
    assert bytes(XAPIAttachment.objects.get(statement=row).content) == token


def test_signature_without_a_certificate_is_checked_for_form_and_payload_only(
    basic_client, private_key
):
    # Data 2.6: the certificate SHOULD be in the header; without one, there is nothing to
    # verify the signature with, and the statement is stored.
    data = original()
    assert send(basic_client, data, sign(data, private_key)).status_code == 200


def test_signature_verified_with_a_jwk_header(basic_client, private_key):
    data = original()
    public = RSAKey.import_key(private_key.public_key()).as_dict(private=False)
    token = sign(data, private_key, jwk=public)
    assert send(basic_client, data, token).status_code == 200


def test_payload_may_differ_as_the_comparison_rules_allow(basic_client, private_key):
    # Signed before the record store adds anything, and serialized differently: no id (the
    # PUT's statementId gives it), another time zone for the same moment, another verb
    # display, a single context activity instead of a list, the mail domain's case.
    signed = statement(
        IRI,
        actor={"objectType": "Agent", "mbox": "mailto:ana@EXAMPLE.org"},
        timestamp="2026-12-01T15:30:00+05:30",
        context={"contextActivities": {"parent": {"id": f"{IRI}/course"}}},
    )
    signed["verb"]["display"] = {"en-GB": "attempted"}
    sent = statement(
        IRI,
        actor={"objectType": "Agent", "mbox": "mailto:ana@example.org"},
        timestamp="2026-12-01T10:00:00Z",
        context={"contextActivities": {"parent": [{"id": f"{IRI}/course"}]}},
    )
    body, content_type = signed_request(sent, sign(signed, private_key))
    statement_id = str(uuid.uuid4())
    response = basic_client.put(
        f"{STATEMENTS}?statementId={statement_id}", data=body, content_type=content_type
    )
    assert response.status_code == 204, response.content
    assert str(XAPIStatement.objects.get().statement_id) == statement_id


# --- Refused ----------------------------------------------------------------------------------


def test_hs256_is_refused(basic_client):
    data = original()
    key = OctKey.import_key(b"a shared secret that is long enough for HS256 keys")
    token = jws.serialize_compact(
        {"alg": "HS256"}, json.dumps(data), key, algorithms=["HS256"]
    ).encode()
    response = send(basic_client, data, token)
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] (the signature) is signed with 'HS256'; xAPI signatures "
        "use RS256, RS384 or RS512"
    )
    assert XAPIStatement.objects.count() == 0


def test_es256_is_refused(basic_client):
    data = original()
    key = ECKey.import_key(ec.generate_private_key(ec.SECP256R1()))
    token = jws.serialize_compact(
        {"alg": "ES256"}, json.dumps(data), key, algorithms=["ES256"]
    ).encode()
    response = send(basic_client, data, token)
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] (the signature) is signed with 'ES256'; xAPI signatures "
        "use RS256, RS384 or RS512"
    )


def test_unsigned_jws_alg_none_is_refused(basic_client):
    data = original()
    header = b64url(json.dumps({"alg": "none"}).encode())
    token = f"{header}.{b64url(json.dumps(data).encode())}.".encode()
    response = send(basic_client, data, token)
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] (the signature) is signed with 'none'; xAPI signatures "
        "use RS256, RS384 or RS512"
    )


def test_payload_of_another_statement_is_refused(basic_client, private_key):
    data = original()
    tampered = copy.deepcopy(data)
    tampered["result"] = {"score": {"scaled": 1.0}}
    response = send(basic_client, data, sign(tampered, private_key))
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] (the signature) has a payload that is not the statement "
        "it is attached to"
    )
    assert XAPIStatement.objects.count() == 0


def test_payload_with_another_id_is_refused(basic_client, private_key):
    data = original()
    response = send(basic_client, data, sign({**data, "id": str(uuid.uuid4())}, private_key))
    assert response.status_code == 400
    assert error(response).endswith("has a payload that is not the statement it is attached to")


def test_signature_that_does_not_verify_with_its_certificate_is_refused(basic_client, private_key):
    data = original()
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    token = sign(data, private_key, x5c=[certificate_of(other)])
    response = send(basic_client, data, token)
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] (the signature) does not verify with the x5c certificate "
        "in its header"
    )


def test_tampered_signature_bytes_are_refused(basic_client, private_key):
    data = original()
    token = sign(data, private_key, x5c=[certificate_of(private_key)])
    header, payload, signature = token.split(b".")
    raw = base64.urlsafe_b64decode(signature + b"==")
    flipped = b64url(bytes([raw[0] ^ 1]) + raw[1:]).encode()  # one bit of the signature
    response = send(basic_client, data, b".".join([header, payload, flipped]))
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] (the signature) does not verify with the x5c certificate "
        "in its header"
    )


NOT_COMPACT = "is not a JWS in compact serialization (header.payload.signature)"


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        (b"not a jws at all", NOT_COMPACT),
        (b"two.parts", NOT_COMPACT),
        (b"%%%.e30.AAAA", NOT_COMPACT),
        (b"\xff\xfe binary", "is not a JWS in compact serialization (it is not ASCII text)"),
    ],
)
def test_malformed_jws_is_refused(basic_client, token, problem):
    response = send(basic_client, original(), token)
    assert response.status_code == 400
    assert error(response) == f"statement 0: attachments[0] (the signature) {problem}"
    assert XAPIStatement.objects.count() == 0


def test_jws_header_nested_too_deep_for_the_parser_is_refused(basic_client):
    """A header of 20,000 nested lists fits the 64 KB header cap but is deeper than Python's
    JSON parser goes: a 400, not a 500."""
    header = b'{"alg":"RS256","x":' + b"[" * 20000 + b"]" * 20000 + b"}"
    data = original()
    token = f"{b64url(header)}.{b64url(json.dumps(data).encode())}.{b64url(b'x' * 256)}"
    response = send(basic_client, data, token.encode())
    assert response.status_code == 400
    assert error(response) == f"statement 0: attachments[0] (the signature) {NOT_COMPACT}"
    assert XAPIStatement.objects.count() == 0


def test_payload_that_is_not_json_is_refused(basic_client, private_key):
    # What ADL's suite sends: the statement's JSON with its first quote turned into an
    # apostrophe.
    data = original()
    broken = json.dumps(data).replace('"', "'", 1).encode()
    response = send(basic_client, data, sign(broken, private_key))
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: the payload of attachments[0] (the signature) is not valid JSON: "
        "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"
    )


def test_payload_that_is_a_list_is_refused(basic_client, private_key):
    data = original()
    response = send(basic_client, data, sign([data], private_key))
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] (the signature) has a payload that is not a statement "
        "(a JSON object)"
    )


def test_json_serialization_is_refused_with_a_reason(basic_client):
    response = send(basic_client, original(), b'{"payload": "e30", "signatures": []}')
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] (the signature) is a JWS in JSON serialization; this "
        "record store reads the compact one"
    )


def test_x5c_that_is_not_a_certificate_is_refused(basic_client, private_key):
    data = original()
    response = send(basic_client, data, sign(data, private_key, x5c=["bm90IGEgY2VydA=="]))
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] (the signature) has an x5c header whose first "
        "certificate cannot be read"
    )


def test_signature_with_another_content_type_is_refused(basic_client, private_key):
    data = original()
    response = send(
        basic_client, data, sign(data, private_key), content_type="text/plain; charset=ascii"
    )
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0].contentType of a signature must be "
        "application/octet-stream, not 'text/plain; charset=ascii'"
    )


def test_signature_without_its_part_is_refused(basic_client, private_key):
    data = original()
    token = sign(data, private_key)
    sent = {
        **data,
        "attachments": [
            {
                "usageType": SIGNATURE,
                "display": {"en-US": "Signature"},
                "contentType": "application/octet-stream",
                "length": len(token),
                "sha2": hashlib.sha256(token).hexdigest(),
                "fileUrl": "https://partner.example.org/signatures/1.jws",
            }
        ],
    }
    response = basic_client.post(STATEMENTS, data=json.dumps(sent), content_type="application/json")
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] is a signature, so its JWS must be sent as a part of a "
        "multipart/mixed request with X-Experience-API-Hash "
        f"{hashlib.sha256(token).hexdigest()}"
    )
    assert XAPIStatement.objects.count() == 0


def test_one_bad_signature_refuses_the_whole_batch(basic_client, private_key):
    good, bad = original(), original()
    good_token, bad_token = (
        sign(good, private_key),
        sign({**bad, "verb": good["verb"]}, private_key),
    )
    bad["verb"] = {"id": "https://partner.example.org/verbs/other"}
    parts, sent = [], []
    for data, token in ((good, good_token), (bad, bad_token)):
        sha2 = hashlib.sha256(token).hexdigest()
        sent.append(
            {
                **data,
                "attachments": [
                    {
                        "usageType": SIGNATURE,
                        "display": {"en-US": "Signature"},
                        "contentType": "application/octet-stream",
                        "length": len(token),
                        "sha2": sha2,
                    }
                ],
            }
        )
        parts.append(
            ({"Content-Type": "application/octet-stream", "X-Experience-API-Hash": sha2}, token)
        )
    body, content_type = multipart(
        [({"Content-Type": "application/json"}, json.dumps(sent).encode()), *parts]
    )
    response = basic_client.post(STATEMENTS, data=body, content_type=content_type)
    assert response.status_code == 400
    assert error(response) == (
        "statement 1: attachments[0] (the signature) has a payload that is not the statement "
        "it is attached to"
    )
    assert XAPIStatement.objects.count() == 0


# --- The comparison ---------------------------------------------------------------------------


def test_statements_match_ignores_only_what_the_specification_allows():
    data = original()
    assert statements_match(data, copy.deepcopy(data))
    assert statements_match(data, {**data, "stored": "2026-12-02T00:00:00Z", "authority": {}})
    without_id = {k: v for k, v in data.items() if k != "id"}
    assert statements_match(without_id, data)
    assert statements_match(data, {**data, "timestamp": "2026-12-01T11:00:00+01:00"})
    assert not statements_match(data, {**data, "timestamp": "2026-12-01T11:00:00Z"})
    assert not statements_match({**data, "version": "1.0.3"}, {**data, "version": "1.0.0"})
    assert not statements_match(data, {**data, "result": {"duration": "PT1M"}})
    assert not statements_match(
        {**data, "result": {"duration": "PT60S"}}, {**data, "result": {"duration": "PT1M"}}
    )
    with_attachments = {**data, "attachments": [{"usageType": SIGNATURE}]}
    assert statements_match(data, with_attachments, attachments=False)
    assert not statements_match(data, with_attachments)


def test_certificate_with_another_kind_of_key_is_refused(basic_client, private_key):
    data = original()
    ec_key = ec.generate_private_key(ec.SECP256R1())
    response = send(basic_client, data, sign(data, private_key, x5c=[certificate_of(ec_key)]))
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] (the signature) has an x5c certificate whose key is not "
        "an RSA key"
    )


@pytest.mark.parametrize("jwk", [{"kty": "oct", "k": "c2VjcmV0"}, {"kty": "RSA", "n": "AQAB"}])
def test_jwk_that_is_not_an_rsa_public_key_is_refused(basic_client, private_key, jwk):
    data = original()
    response = send(basic_client, data, sign(data, private_key, jwk=jwk))
    assert response.status_code == 400
    assert error(response) == (
        "statement 0: attachments[0] (the signature) has a jwk header that is not an RSA public key"
    )
