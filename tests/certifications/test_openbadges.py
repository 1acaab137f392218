"""Open Badges 3.0 credentials, checked with tools independent of the ones that made them:
jsonschema against 1EdTech's official schema, PyLD against the official contexts (no network),
and jwcrypto against the keys the site publishes at /.well-known/jwks.json."""

import base64
import gzip
import hashlib
import io
import json
import re
from datetime import UTC, datetime

import pytest
import rfc3339_validator
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft201909Validator, FormatChecker
from jwcrypto import jwk as jwcrypto_jwk
from jwcrypto import jws as jwcrypto_jws
from jwcrypto import jwt as jwcrypto_jwt
from pyld import jsonld
from referencing import Registry, Resource

from certifications import services
from certifications.models import Certificate, SigningKey, SignOffChecklist
from certifications.openbadges import keys
from certifications.openbadges.credential import credential_build
from certifications.openbadges.signing import (
    CredentialInvalid,
    credential_decode,
    credential_jwt,
)
from certifications.openbadges.statuslist import STATUS_LIST_SIZE, status_list_position
from tests.certifications.helpers import programme_for
from tests.factories import CourseBuilder
from tests.factories.courses import modules_of

ISSUED = datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)
EXPIRES = datetime(2099, 1, 2, 3, 4, 5, tzinfo=UTC)
BASE = "http://127.0.0.1:8000"
CONTEXT_FILES = {
    "https://www.w3.org/ns/credentials/v2": "w3c_credentials_v2.jsonld",
    # The official 3.0.3 context, not 1EdTech's validator copy (which adds `jti`).
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob_v3p0_context-3.0.3.json",
}
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


# --- independent verifiers ------------------------------------------------------------------


@pytest.fixture
def schemas_dir(fixtures_dir):
    return fixtures_dir / "ob3" / "schemas"


@pytest.fixture
def schema_validator(schemas_dir):
    schema = json.loads((schemas_dir / "ob_v3p0_achievementcredential_schema.json").read_text())
    checker = FormatChecker(formats=())
    checker.checks("date-time")(
        lambda value: not isinstance(value, str) or rfc3339_validator.validate_rfc3339(value)
    )

    def retrieve(uri):
        raise AssertionError(f"the schema refers outside itself: {uri}")

    registry = Registry(retrieve=retrieve).with_resource(
        schema["$id"], Resource.from_contents(schema)
    )
    return Draft201909Validator(schema, format_checker=checker, registry=registry)


@pytest.fixture
def jsonld_expand(schemas_dir):
    """Expand with the fixture contexts only; fail on any term the contexts do not define."""

    def expand(document: dict, context_files: dict = CONTEXT_FILES) -> list:
        def loader(url, options=None):
            if url not in context_files:
                raise AssertionError(f"context not available offline: {url}")
            context = json.loads((schemas_dir / context_files[url]).read_text())
            return {"contextUrl": None, "documentUrl": url, "document": context}

        # PyLD caches resolved contexts by URL: start clean so each call uses its own files.
        jsonld._resolved_context_cache.clear()
        dropped = []
        expanded = jsonld.expand(
            document,
            # No base IRI: an undefined type then stays relative instead of being resolved
            # against PyLD's default base, and the check below catches it.
            {"documentLoader": loader, "base": None},
            on_property_dropped=lambda term: dropped.append(term),
        )
        assert not dropped, f"terms outside the contexts: {dropped}"
        for node_type in _values_of(expanded, "@type"):
            assert ABSOLUTE_IRI.match(node_type), f"undefined type: {node_type}"
        return expanded

    return expand


def _values_of(node, key):
    if isinstance(node, list):
        for item in node:
            yield from _values_of(item, key)
    elif isinstance(node, dict):
        for name, value in node.items():
            if name == key:
                yield from value if isinstance(value, list) else [value]
            else:
                yield from _values_of(value, key)


def _b64url_json(segment: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))


def jwt_header(token: str) -> dict:
    return _b64url_json(token.split(".")[0])


def jwt_verify_with_jwks(client, token: str) -> dict:
    """Verify `token` with jwcrypto, using the key the JWKS publishes under the header jwk's
    thumbprint (not the header key itself); return the claims."""
    response = client.get("/.well-known/jwks.json")
    assert response.status_code == 200
    keyset = jwcrypto_jwk.JWKSet.from_json(response.content)
    header = jwt_header(token)
    thumbprint = jwcrypto_jwk.JWK(**header["jwk"]).thumbprint()
    key = keyset.get_key(thumbprint)
    assert key is not None, "the signing key is not in the JWKS"
    verified = jwcrypto_jwt.JWT(jwt=token, key=key, algs=[header["alg"]], expected_type="JWS")
    return json.loads(verified.claims)


def status_bit(encoded_list: str, index: int) -> int:
    assert encoded_list.startswith("u")
    raw = encoded_list[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    assert len(bits) * 8 == STATUS_LIST_SIZE
    return (bits[index // 8] >> (7 - index % 8)) & 1


# --- builders -------------------------------------------------------------------------------


@pytest.fixture
def programme(index):
    course = CourseBuilder(index, "OB1").module(lessons=1).build()
    programme = programme_for(
        course,
        code="survivor-leader",
        name="Survivor Leader pathway",
        printed_title="Community leadership",
        description="Leads collective sessions and speaks up for peers.",
        validity_days=730,
    )
    SignOffChecklist.objects.create(
        programme=programme, title="Applied project", items="A talk\nA collective session"
    )
    return programme


@pytest.fixture
def learner_with_contacts(learner):
    learner.email = "rekha.survivor@example.org"
    learner.display_name = "Rekha Devi"
    learner.save()
    return learner


@pytest.fixture
def certificate(programme, learner_with_contacts):
    return Certificate.objects.create(
        user=learner_with_contacts,
        programme=programme,
        printed_name="Rekha D.",
        issued_at=ISSUED,
        expires_at=EXPIRES,
    )


def issuer_url():
    return f"{BASE}/certificates/issuer"


# --- the credential -------------------------------------------------------------------------


@pytest.mark.django_db
def test_credential_build_has_exactly_the_domain_fields(certificate, programme):
    credential = credential_build(certificate)

    salt = certificate.identity_salt
    identity = f"{BASE}/accounts/{certificate.user_id}"
    list_url = f"{BASE}/certificates/status/suspension/1"
    assert credential == {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": f"urn:uuid:{certificate.credential_id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": issuer_url(),
            "type": ["Profile"],
            "name": "Learning together",
            "url": f"{BASE}/",
        },
        "validFrom": "2026-01-02T03:04:05Z",
        "validUntil": "2099-01-02T03:04:05Z",
        "name": "Community leadership",
        "credentialSubject": {
            "id": f"urn:uuid:{certificate.subject_id}",
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "systemId",
                    "hashed": True,
                    "identityHash": "sha256$"
                    + hashlib.sha256((identity + salt).encode()).hexdigest(),
                    "salt": salt,
                }
            ],
            "achievement": {
                "id": f"{BASE}/certificates/achievements/{programme.pk}",
                "type": ["Achievement"],
                "achievementType": "Certification",
                "name": "Community leadership",
                "description": "Leads collective sessions and speaks up for peers.",
                "criteria": {
                    "narrative": "Completed every required course, with at least 80% in each "
                    "module check. Signed off: Applied project."
                },
            },
        },
        "credentialStatus": {
            "id": f"{list_url}#{certificate.pk}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "suspension",
            "statusListIndex": str(certificate.pk),
            "statusListCredential": list_url,
        },
    }


@pytest.mark.django_db
@override_settings(CERTIFICATIONS_ISSUER_NAME="Community learning network")
def test_credential_build_issuer_name_comes_from_the_setting(certificate):
    assert credential_build(certificate)["issuer"]["name"] == "Community learning network"


@pytest.mark.django_db
def test_credential_build_omits_valid_until_without_expiry(certificate):
    certificate.expires_at = None

    assert "validUntil" not in credential_build(certificate)


@pytest.mark.django_db
def test_credential_issued_validates_against_the_official_schema(
    client, certificate, schema_validator
):
    token, _key = credential_jwt(certificate)
    claims = jwt_verify_with_jwks(client, token)

    errors = [error.message for error in schema_validator.iter_errors(claims)]

    assert errors == []


@pytest.mark.django_db
def test_schema_refuses_two_status_entries_so_one_list_carries_both_reasons(
    certificate, schema_validator
):
    # Why credentials point at the suspension list only (statuslist.py): the official
    # schema takes one credentialStatus object, not one entry per purpose.
    credential = credential_build(certificate)
    revocation = dict(credential["credentialStatus"], statusPurpose="revocation")
    credential["credentialStatus"] = [credential["credentialStatus"], revocation]

    errors = [error.message for error in schema_validator.iter_errors(credential)]

    assert errors == [f"{credential['credentialStatus']!r} is not of type 'object'"]


@pytest.mark.django_db
def test_schema_check_fails_on_a_bad_credential(certificate, schema_validator):
    bad = credential_build(certificate)
    bad["validFrom"] = "2 January 2026"
    del bad["credentialSubject"]["achievement"]["criteria"]

    messages = sorted(error.message for error in schema_validator.iter_errors(bad))

    assert messages == [
        "'2 January 2026' is not a 'date-time'",
        "'criteria' is a required property",
    ]


@pytest.mark.django_db
def test_credential_issued_expands_with_no_undefined_terms(client, certificate, jsonld_expand):
    token, _key = credential_jwt(certificate)
    claims = jwt_verify_with_jwks(client, token)
    # The JWT's registered claims are not part of the credential's JSON-LD (the v2 context
    # defines iss/sub/nbf/exp, but not jti): check the credential as a verifier reads it.
    credential = {k: v for k, v in claims.items() if k not in {"iss", "jti", "sub", "nbf", "exp"}}

    expanded = jsonld_expand(credential)

    assert expanded[0]["@id"] == f"urn:uuid:{certificate.credential_id}"
    assert expanded[0]["@type"] == [
        "https://www.w3.org/2018/credentials#VerifiableCredential",
        "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential",
    ]


@pytest.mark.django_db
def test_jwt_payload_expands_with_the_1edtech_validator_context(client, certificate, jsonld_expand):
    # The whole payload, registered claims included, is what 1EdTech's validator expands; its
    # copy of the 3.0.3 context adds `jti` for exactly this reason (see the fixtures' SOURCES).
    claims = jwt_verify_with_jwks(client, credential_jwt(certificate)[0])
    patched = {
        **CONTEXT_FILES,
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": (
            "ob_v3p0_context-3.0.3.1edtech-validator-patched.json"
        ),
    }

    jsonld_expand(claims, patched)
    with pytest.raises(AssertionError, match=re.escape("terms outside the contexts: ['jti']")):
        jsonld_expand(claims)


@pytest.mark.django_db
def test_jsonld_check_fails_on_a_term_outside_the_contexts(certificate, jsonld_expand):
    bad = credential_build(certificate)
    bad["jti"] = bad["id"]

    with pytest.raises(AssertionError, match=re.escape("terms outside the contexts: ['jti']")):
        jsonld_expand(bad)


@pytest.mark.django_db
def test_jsonld_check_fails_on_an_undefined_type(certificate, jsonld_expand):
    bad = credential_build(certificate)
    bad["credentialSubject"]["achievement"]["type"] = ["Achievement", "Trophy"]

    with pytest.raises(AssertionError, match="undefined type: Trophy"):
        jsonld_expand(bad)


# --- the VC-JWT -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_credential_jwt_verifies_with_jwcrypto_and_the_jwks(client, certificate):
    token, key = credential_jwt(certificate)

    claims = jwt_verify_with_jwks(client, token)
    header = jwt_header(token)

    assert key == SigningKey.objects.get()
    assert header == {"alg": "ES256", "typ": "JWT", "jwk": key.public_jwk}
    assert set(header["jwk"]) == {"kty", "crv", "x", "y", "kid", "alg", "use"}
    assert header["jwk"]["kid"] == jwcrypto_jwk.JWK(**header["jwk"]).thumbprint()
    assert claims["iss"] == issuer_url()
    assert claims["jti"] == f"urn:uuid:{certificate.credential_id}"
    assert claims["sub"] == f"urn:uuid:{certificate.subject_id}"
    assert claims["nbf"] == int(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC).timestamp())
    assert claims["exp"] == int(EXPIRES.timestamp())
    assert {k: v for k, v in claims.items() if k not in {"iss", "jti", "sub", "nbf", "exp"}} == (
        credential_build(certificate)
    )


@pytest.mark.django_db
def test_credential_jwt_without_expiry_has_no_exp(client, certificate):
    certificate.expires_at = None

    claims = jwt_verify_with_jwks(client, credential_jwt(certificate)[0])

    assert "exp" not in claims
    assert "validUntil" not in claims


@pytest.mark.django_db
@override_settings(CERTIFICATIONS_SIGNING_ALGORITHM="RS256")
def test_credential_jwt_rs256_verifies_with_jwcrypto(client, certificate):
    token, key = credential_jwt(certificate)

    claims = jwt_verify_with_jwks(client, token)

    assert jwt_header(token)["alg"] == "RS256"
    assert set(key.public_jwk) == {"kty", "n", "e", "kid", "alg", "use"}
    assert claims["jti"] == f"urn:uuid:{certificate.credential_id}"


@pytest.mark.django_db
def test_credential_jwt_tampered_fails_jwcrypto_and_decode(client, certificate):
    token, _key = credential_jwt(certificate)
    header, payload, signature = token.split(".")
    claims = _b64url_json(payload)
    claims["name"] = "Something else"
    forged_payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    forged = f"{header}.{forged_payload}.{signature}"

    with pytest.raises(jwcrypto_jws.InvalidJWSSignature):
        jwt_verify_with_jwks(client, forged)
    with pytest.raises(CredentialInvalid):
        credential_decode(forged)


@pytest.mark.django_db
def test_credential_decode_returns_the_claims(certificate):
    token, _key = credential_jwt(certificate)

    claims = credential_decode(token)

    assert claims["id"] == f"urn:uuid:{certificate.credential_id}"
    assert claims["jti"] == claims["id"]


@pytest.mark.django_db
def test_credential_decode_refuses_a_key_that_is_not_ours(certificate):
    token, _key = credential_jwt(certificate)
    claims = _b64url_json(token.split(".")[1])
    stranger = jwcrypto_jwk.JWK.generate(kty="EC", crv="P-256")
    public = json.loads(stranger.export_public())
    public["kid"] = stranger.thumbprint()
    forged = jwcrypto_jwt.JWT(header={"alg": "ES256", "typ": "JWT", "jwk": public}, claims=claims)
    forged.make_signed_token(stranger)

    with pytest.raises(CredentialInvalid, match="not signed with one of this site's keys"):
        credential_decode(forged.serialize())


@pytest.mark.django_db
def test_credential_decode_refuses_a_stranger_signing_under_our_jwk(certificate):
    token, key = credential_jwt(certificate)
    claims = _b64url_json(token.split(".")[1])
    stranger = jwcrypto_jwk.JWK.generate(kty="EC", crv="P-256")
    forged = jwcrypto_jwt.JWT(
        header={"alg": "ES256", "typ": "JWT", "jwk": key.public_jwk}, claims=claims
    )
    forged.make_signed_token(stranger)

    with pytest.raises(CredentialInvalid, match="the signature does not verify"):
        credential_decode(forged.serialize())


@pytest.mark.django_db
def test_credential_decode_refuses_an_expired_credential_unless_asked(certificate):
    certificate.expires_at = datetime(2026, 2, 1, tzinfo=UTC)
    token, _key = credential_jwt(certificate)

    with pytest.raises(CredentialInvalid, match="expired"):
        credential_decode(token)
    assert credential_decode(token, check_dates=False)["validUntil"] == "2026-02-01T00:00:00Z"


@pytest.mark.django_db
def test_credential_holds_no_email_username_or_name(certificate, learner_with_contacts):
    token, _key = credential_jwt(certificate)
    payload = json.dumps(_b64url_json(token.split(".")[1]), ensure_ascii=False)

    for personal in [
        "rekha.survivor@example.org",
        "learner-a",
        "Rekha",
        "Survivor Leader",  # the programme's internal name; its printed title is neutral
        "survivor-leader",  # nor its code
    ]:
        assert personal not in payload, personal


# --- keys -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_signing_key_current_makes_one_key_and_keeps_it_encrypted():
    first = keys.signing_key_current()
    second = keys.signing_key_current()

    assert first == second
    assert SigningKey.objects.count() == 1
    assert first.algorithm == "ES256"
    assert first.private_key_encrypted.startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert "d" not in first.public_jwk
    with override_settings(SECRET_KEY="another-secret"), pytest.raises(ImproperlyConfigured) as e:
        keys.signing_key_private(first)
    assert str(e.value) == (
        f"The signing key {first.kid} cannot be decrypted with this SECRET_KEY. Re-wrap it "
        "under the new secret (keys.signing_key_rewrap) or run "
        "`manage.py certificates_rotate_key` (docs/open-badges.md)."
    )


@pytest.mark.django_db
def test_signing_key_current_loser_of_a_race_reads_the_winner(monkeypatch):
    build = keys._signing_key_build
    winners = []

    def build_after_another_node_won(algorithm):
        winner = build(algorithm)
        winner.save()
        winners.append(winner)
        return build(algorithm)

    monkeypatch.setattr(keys, "_signing_key_build", build_after_another_node_won)

    key = keys.signing_key_current()

    assert key == winners[0]
    assert SigningKey.objects.count() == 1


@pytest.mark.django_db
def test_signing_key_rewrap_opens_keys_under_a_new_secret(certificate):
    key = keys.signing_key_current()

    with override_settings(SECRET_KEY="the-new-secret"):
        assert keys.signing_key_rewrap(old_secret_key="test-only-insecure-key") == 1
        key.refresh_from_db()
        token, _key = credential_jwt(certificate)

    assert credential_decode(token)["id"] == f"urn:uuid:{certificate.credential_id}"


@pytest.mark.django_db
def test_rotate_key_command_old_credentials_still_verify(client, certificate):
    old_token, old_key = credential_jwt(certificate)
    out = io.StringIO()

    call_command("certificates_rotate_key", stdout=out)
    new_token, new_key = credential_jwt(certificate)

    old_key.refresh_from_db()
    assert out.getvalue().strip() == new_key.kid
    assert new_key.kid != old_key.kid
    assert old_key.retired_at is not None
    assert new_key.retired_at is None
    assert jwt_header(new_token)["jwk"]["kid"] == new_key.kid
    published = [k["kid"] for k in json.loads(client.get("/.well-known/jwks.json").content)["keys"]]
    assert published == [old_key.kid, new_key.kid]
    for token in (old_token, new_token):
        assert jwt_verify_with_jwks(client, token)["jti"] == f"urn:uuid:{certificate.credential_id}"
        assert credential_decode(token)["jti"] == f"urn:uuid:{certificate.credential_id}"


@pytest.mark.django_db
def test_jwks_view_serves_public_keys_only(client):
    key = keys.signing_key_current()

    response = client.get("/.well-known/jwks.json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/jwk-set+json"
    assert response["Cache-Control"] == "public, max-age=300"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert json.loads(response.content) == {"keys": [key.public_jwk]}
    assert key.public_jwk["use"] == "sig"
    assert key.public_jwk["alg"] == "ES256"


# --- status list ----------------------------------------------------------------------------


def status_list_claims(client, number: int = 1) -> dict:
    response = client.get(f"/certificates/status/{number}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    assert response["Cache-Control"] == "public, max-age=300"
    return jwt_verify_with_jwks(client, response.content.decode())


@pytest.mark.django_db
def test_status_list_bit_is_set_when_revoked(client, certificate, programme, other_learner):
    other = Certificate.objects.create(user=other_learner, programme=programme, printed_name="A")
    number, index = status_list_position(certificate.pk)
    assert number == 1
    assert status_bit(status_list_claims(client)["credentialSubject"]["encodedList"], index) == 0

    services.certificate_revoke(certificate=certificate, by=None, reason="Issued in error")
    claims = status_list_claims(client)

    encoded = claims["credentialSubject"]["encodedList"]
    assert status_bit(encoded, index) == 1
    assert status_bit(encoded, status_list_position(other.pk)[1]) == 0
    assert claims["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert claims["jti"] == claims["id"] == f"{BASE}/certificates/status/1"
    assert claims["iss"] == claims["issuer"] == issuer_url()
    assert claims["credentialSubject"]["type"] == "BitstringStatusList"
    assert claims["credentialSubject"]["statusPurpose"] == "revocation"
    assert (
        claims["sub"] == claims["credentialSubject"]["id"] == f"{BASE}/certificates/status/1#list"
    )
    # Credentials point at the suspension list (one credentialStatus); this list stays for
    # those signed before, and tells revoked from suspended.
    assert credential_build(certificate)["credentialStatus"]["statusListCredential"] == (
        f"{BASE}/certificates/status/suspension/1"
    )


@pytest.mark.django_db
def test_status_list_credential_expands_with_no_undefined_terms(client, certificate, jsonld_expand):
    claims = status_list_claims(client)
    credential = {k: v for k, v in claims.items() if k not in {"iss", "jti", "sub", "nbf", "exp"}}

    jsonld_expand(credential)


@pytest.mark.django_db
def test_status_list_view_query_count(client, certificate, programme, other_learner):
    other = Certificate.objects.create(user=other_learner, programme=programme, printed_name="A")
    services.certificate_revoke(certificate=other, by=None, reason="Issued in error")
    keys.signing_key_current()

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/certificates/status/1")

    assert response.status_code == 200
    # The revoked pks in the list's range, and the current key.
    assert len(queries) == 2


def suspension_list_claims(client, number: int = 1) -> dict:
    response = client.get(f"/certificates/status/suspension/{number}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    assert response["Cache-Control"] == "public, max-age=300"
    return jwt_verify_with_jwks(client, response.content.decode())


def only_these_public(*user_ids):
    """A host rule for CERTIFICATIONS_PUBLIC_HOLDERS naming exactly these people."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(pk__in=user_ids).values("pk")


_public_ids: list[int] = []


def public_holders_rule():
    return only_these_public(*_public_ids)


@pytest.fixture
def public_holders(settings):
    """Makes the certificates of the people in the returned list public (and nobody else's)."""
    settings.CERTIFICATIONS_PUBLIC_HOLDERS = f"{__name__}.public_holders_rule"
    _public_ids.clear()
    yield _public_ids
    _public_ids.clear()


@pytest.mark.django_db
def test_suspension_list_bit_is_set_while_the_holder_is_not_public(
    client, certificate, programme, other_learner, public_holders
):
    other = Certificate.objects.create(user=other_learner, programme=programme, printed_name="A")
    index, other_index = status_list_position(certificate.pk)[1], status_list_position(other.pk)[1]
    public_holders.append(other_learner.pk)

    claims = suspension_list_claims(client)
    encoded = claims["credentialSubject"]["encodedList"]
    assert (status_bit(encoded, index), status_bit(encoded, other_index)) == (1, 0)
    assert claims["id"] == claims["jti"] == f"{BASE}/certificates/status/suspension/1"
    assert claims["credentialSubject"]["statusPurpose"] == "suspension"
    assert claims["credentialSubject"]["id"] == f"{BASE}/certificates/status/suspension/1#list"
    # Not public is not revoked: the revocation list leaves it clear.
    revocation = status_list_claims(client)["credentialSubject"]["encodedList"]
    assert status_bit(revocation, index) == 0

    public_holders.append(certificate.user_id)
    encoded = suspension_list_claims(client)["credentialSubject"]["encodedList"]
    assert (status_bit(encoded, index), status_bit(encoded, other_index)) == (0, 0)


@pytest.mark.django_db
def test_suspension_list_bit_stays_set_for_a_revoked_certificate(
    client, certificate, public_holders
):
    public_holders.append(certificate.user_id)
    services.certificate_revoke(certificate=certificate, by=None, reason="Issued in error")
    index = status_list_position(certificate.pk)[1]

    suspension = suspension_list_claims(client)["credentialSubject"]["encodedList"]
    revocation = status_list_claims(client)["credentialSubject"]["encodedList"]

    assert (status_bit(suspension, index), status_bit(revocation, index)) == (1, 1)


@pytest.mark.django_db
def test_suspension_list_without_a_host_rule_flags_only_revoked(client, certificate, programme):
    # The certifications conftest clears CERTIFICATIONS_PUBLIC_HOLDERS: everyone is public.
    index = status_list_position(certificate.pk)[1]
    assert (
        status_bit(suspension_list_claims(client)["credentialSubject"]["encodedList"], index) == 0
    )


@pytest.mark.django_db
def test_suspension_list_credential_expands_with_no_undefined_terms(
    client, certificate, jsonld_expand, public_holders
):
    claims = suspension_list_claims(client)
    credential = {k: v for k, v in claims.items() if k not in {"iss", "jti", "sub", "nbf", "exp"}}

    jsonld_expand(credential)


@pytest.mark.django_db
def test_suspension_list_view_query_count(client, certificate, public_holders):
    keys.signing_key_current()

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/certificates/status/suspension/1")

    assert response.status_code == 200
    # The flagged pks in the list's range (the host's rule is a subquery of it), and the key.
    assert len(queries) == 2


@pytest.mark.django_db
@pytest.mark.parametrize("number", [0, 2, 10**20])
def test_suspension_list_view_unknown_number_is_404(client, certificate, number):
    response = client.get(f"/certificates/status/suspension/{number}")

    assert response.status_code == 404
    assert json.loads(response.content) == {
        "error": "not_found",
        "detail": "There is no status list with this number.",
    }


def test_status_list_position_numbers_lists_from_one():
    assert status_list_position(1) == (1, 1)
    assert status_list_position(131_071) == (1, 131_071)
    assert status_list_position(131_072) == (2, 0)


@pytest.mark.django_db
@pytest.mark.parametrize("number", [0, 2, 10**20])
def test_status_list_view_unknown_number_is_404(client, certificate, number):
    response = client.get(f"/certificates/status/{number}")

    assert response.status_code == 404
    assert json.loads(response.content) == {
        "error": "not_found",
        "detail": "There is no status list with this number.",
    }


# --- issuer and achievements ----------------------------------------------------------------


@pytest.mark.django_db
def test_issuer_view_serves_the_profile(client, jsonld_expand):
    response = client.get("/certificates/issuer")

    assert response.status_code == 200
    document = json.loads(response.content)
    assert document == {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": issuer_url(),
        "type": ["Profile"],
        "name": "Learning together",
        "url": f"{BASE}/",
    }
    jsonld_expand(document)


@pytest.mark.django_db
def test_achievement_view_serves_the_achievement_in_the_credential(
    client, certificate, programme, jsonld_expand
):
    achievement = credential_build(certificate)["credentialSubject"]["achievement"]

    response = client.get(f"/certificates/achievements/{programme.pk}")

    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=3600"
    document = json.loads(response.content)
    assert document.pop("@context") == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert document == achievement
    assert achievement["id"] == f"{BASE}/certificates/achievements/{programme.pk}"


@pytest.mark.django_db
def test_module_badge_credential_names_the_module(client, index, learner, schema_validator):
    course = CourseBuilder(index, "OB2").module(lessons=1).module(lessons=1).build()
    programme = programme_for(course, code="module-badge", awarded_per_module=True)
    module = modules_of(course)[1]
    certificate = Certificate.objects.create(
        user=learner, programme=programme, module=module, printed_name="R."
    )
    token, _key = credential_jwt(certificate)
    claims = jwt_verify_with_jwks(client, token)
    achievement = claims["credentialSubject"]["achievement"]

    response = client.get(f"/certificates/achievements/{programme.pk}/modules/{module.pk}")

    assert achievement["id"] == (
        f"{BASE}/certificates/achievements/{programme.pk}/modules/{module.pk}"
    )
    assert achievement["name"] == f"Test programme: {module.title}"
    assert achievement["achievementType"] == "Badge"
    assert list(schema_validator.iter_errors(claims)) == []
    assert response.status_code == 200
    document = json.loads(response.content)
    del document["@context"]
    assert document == achievement


@pytest.mark.django_db
def test_module_achievement_of_a_module_outside_the_programme_is_404(client, index):
    course = CourseBuilder(index, "OB3").module(lessons=1).build()
    other = CourseBuilder(index, "OB4").module(lessons=1).build()
    programme = programme_for(course, code="module-badge", awarded_per_module=True)
    outside = modules_of(other)[0]

    response = client.get(f"/certificates/achievements/{programme.pk}/modules/{outside.pk}")

    assert response.status_code == 404
    assert outside.title not in response.content.decode()


@pytest.mark.django_db
def test_achievement_view_unknown_is_404(client, programme):
    responses = [
        client.get(f"/certificates/achievements/{programme.pk + 1000}"),
        # The programme gives one award, not one per module.
        client.get(f"/certificates/achievements/{programme.pk}/modules/1"),
    ]

    for response in responses:
        assert response.status_code == 404
        assert json.loads(response.content) == {
            "error": "not_found",
            "detail": "No achievement has this address.",
        }


# --- issuer name and image, a badge's module, the status list's key (issue 13) --------------


@pytest.fixture
def issuer_with_logo(db):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images.models import Image

    from certifications.models import CertificateIssuerSettings

    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 40), (45, 91, 107)).save(buffer, "PNG")
    logo = Image.objects.create(title="Logo", file=ImageFile(buffer, name="logo.png"))
    return CertificateIssuerSettings.objects.create(
        organisation_name="Sahas Collective Network", logo=logo
    )


@pytest.mark.django_db
def test_credential_names_the_issuer_with_its_logo_and_validates(
    client, certificate, issuer_with_logo, schema_validator, jsonld_expand
):
    token, _key = credential_jwt(certificate)
    claims = jwt_verify_with_jwks(client, token)

    issuer = claims["issuer"]
    assert issuer["name"] == "Sahas Collective Network"
    assert issuer["image"]["type"] == "Image"
    assert re.fullmatch(
        rf"{BASE}/media/images/logo[^/]*\.max-600x240\.format-png[^/]*\.png",
        issuer["image"]["id"],
    ), issuer["image"]["id"]
    assert [error.message for error in schema_validator.iter_errors(claims)] == []
    jsonld_expand({k: v for k, v in claims.items() if k not in {"iss", "jti", "sub", "nbf", "exp"}})
    # The issuer document says the same.
    assert client.get("/certificates/issuer").json()["image"] == issuer["image"]


@pytest.mark.django_db
def test_badge_credential_names_its_module_in_the_certificates_language(
    index, learner, schema_validator
):
    from tests.factories.courses import modules_of, translate_course

    course = CourseBuilder(index, "OB13").module(lessons=1, check=True).build()
    translate_course(course, "bn")
    programme = programme_for(
        course, code="badge-13", name="Badge", printed_title="Peer support", awarded_per_module=True
    )
    module = modules_of(course)[0]
    certificate = Certificate.objects.create(
        user=learner, programme=programme, module=module, printed_name="R", language="bn"
    )

    credential = credential_build(certificate)

    assert credential["credentialSubject"]["achievement"]["name"] == (
        f"Peer support: {module.title} [bn]"
    )
    assert credential["name"] == f"Peer support: {module.title} [bn]"
    assert [error.message for error in schema_validator.iter_errors(credential)] == []


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/certificates/status/1", "/certificates/status/suspension/1"])
def test_status_list_header_names_its_key_like_credentials_do(client, certificate, path):
    credential_token, key = credential_jwt(certificate)

    token = client.get(path).content.decode()

    header = jwt_header(token)
    # The same header as a certificate's credential: the public jwk, whose `kid` (its RFC 7638
    # thumbprint) is a key of /.well-known/jwks.json. No top-level `kid` (DOMAIN.md 4: one
    # would have to be an https URL returning that single key).
    assert (
        header
        == jwt_header(credential_token)
        == {
            "alg": "ES256",
            "typ": "JWT",
            "jwk": key.public_jwk,
        }
    )
    published = client.get("/.well-known/jwks.json").json()["keys"]
    assert header["jwk"]["kid"] in [jwk["kid"] for jwk in published]
    jwt_verify_with_jwks(client, token)
