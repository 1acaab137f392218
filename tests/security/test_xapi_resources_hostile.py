"""Issue #14's new surfaces under odd and hostile input: the Agents, Activities and the two
Profile resources, the 404 under /xapi/, signed statements and the public H5P library files.
None of these answers a 500, on SQLite or PostgreSQL (where a value too long for its column
or a NUL is an error at the database); a learner's browser cannot use the Alternate Request
Syntax to skip the CSRF check; library URLs never leave their set."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from urllib.parse import urlencode

import pytest
from django.test import Client

from courses.models import XAPICredential, XAPIProfileDocument, XAPIStatement
from courses.xapi import services
from tests.courses.xapi.helpers import (
    STATEMENTS,
    agent_of,
    basic,
    error,
    mbox_agent,
    multipart,
    statement,
    xapi_client,
)

pytestmark = pytest.mark.django_db

AGENT_PROFILE = "/xapi/agents/profile"
ACTIVITY_PROFILE = "/xapi/activities/profile"
SIGNATURE = "http://adlnet.gov/expapi/attachments/signature"


@pytest.fixture
def basic_client(db):
    made, secret = services.credential_create(
        name="Partner quiz tool",
        created_by=None,
        scope=XAPICredential.Scope.SITE,
        access=XAPICredential.Access.READ_WRITE,
    )
    return xapi_client(HTTP_AUTHORIZATION=basic(made.key, secret))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


ODD_URLS = [
    "/xapi/agents?agent=" + "%7B" * 5000,
    "/xapi/agents?agent=" + "[" * 20000 + "]" * 20000,
    "/xapi/agents?agent=%ff%fe",
    "/xapi/agents?agent=%00",
    "/xapi/agents?agent=" + json.dumps({"account": {"homePage": "x", "name": 5}}),
    "/xapi/agents?agent=" + json.dumps({"account": "x"}),
    "/xapi/agents?agent=" + json.dumps({"mbox": ["a"]}),
    "/xapi/agents?agent=" + json.dumps({"mbox": "mailto:a@b.c", "objectType": 5}),
    "/xapi/agents/",
    "/xapi/agents/profile/",
    "/xapi/" + "a" * 20000,
    "/xapi/activities?activityId=" + "a" * 20000,
    "/xapi/activities?activityId=http://x/%00",
    "/xapi/activities?activityId=http://x/%ed%a0%80",
    "/xapi/activities/profile?activityId=http://x/a&profileId=%ed%a0%80",
    "/xapi/activities/profile?activityId=http://x/a&profileId=" + "p" * 100000,
    "/xapi/activities/profile?activityId=http://x/a&since=garbage",
    "/xapi/activities/profile?activityId=http://x/a&since=2026-13-45T99:99:99Z",
    "/xapi/agents/profile?agent=" + json.dumps(mbox_agent()) + "&since=9999999999999",
]


@pytest.mark.parametrize("url", ODD_URLS)
@pytest.mark.parametrize("method", ["get", "head", "options", "delete", "put", "post", "patch"])
def test_odd_urls_are_answered_without_a_server_error(basic_client, url, method):
    response = getattr(basic_client, method)(url, HTTP_IF_MATCH='"\x7f, W/, *,,"')
    assert response.status_code < 500, (response.status_code, response.content[:300])


ODD_BODIES = [
    (b"\xff\xfe\x00", "application/json"),
    (b"[" * 100000, "application/json"),
    (b'{"a":' * 5000 + b"1" + b"}" * 5000, "application/json"),
    (b"\xff", "application/json; charset=utf-8"),
    (b"a=%ff%fe&content=%ff", "application/x-www-form-urlencoded"),
    (b"{}", "application/json; x=" + "a" * 300),
    (b"", ""),
]


@pytest.mark.parametrize(("body", "content_type"), ODD_BODIES)
@pytest.mark.parametrize("method", ["put", "post"])
@pytest.mark.parametrize("if_match", ["*", "garbage", '"', "W/", ",,,"])
def test_odd_documents_are_answered_without_a_server_error(
    basic_client, body, content_type, method, if_match
):
    for url in (
        f"{ACTIVITY_PROFILE}?activityId=http://x/a&profileId=p",
        f"{AGENT_PROFILE}?{urlencode({'agent': json.dumps(mbox_agent()), 'profileId': 'p'})}",
    ):
        send = getattr(basic_client, method)
        for headers in ({"HTTP_IF_MATCH": if_match}, {"HTTP_IF_NONE_MATCH": "*"}, {}):
            response = send(url, data=body, content_type=content_type, **headers)
            assert response.status_code < 500, (response.status_code, response.content[:300])


def test_alternate_request_syntax_keeps_the_csrf_check_for_a_learners_browser(learner):
    """A form on another site posting ?method=PUT (or GET) to the profile resources, with
    the learner's cookie but no CSRF token, stores and reads nothing."""
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(learner)
    form = urlencode(
        {
            "X-Experience-API-Version": "1.0.3",
            "Content-Type": "application/json",
            "If-None-Match": "*",
            "agent": json.dumps(agent_of(learner)),
            "profileId": "p",
            "content": '{"x": 1}',
        }
    )
    for method in ("PUT", "POST", "DELETE", "GET"):
        response = browser.post(
            f"{AGENT_PROFILE}?method={method}",
            data=form,
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 403
        assert error(response).startswith("CSRF check failed")
    assert XAPIProfileDocument.objects.count() == 0


SET_KEY = "a" * 64


@pytest.mark.parametrize(
    "path",
    [
        f"/learn/h5p/libraries/{SET_KEY}/..%2f..%2fsettings.py",
        f"/learn/h5p/libraries/{SET_KEY}/%2e%2e/%2e%2e/manifest.json",
        f"/learn/h5p/libraries/{SET_KEY}/H5P.X-1.0/..%5c..%5cmanifest.json",
        f"/learn/h5p/libraries/{SET_KEY}/H5P.X-1.0/a%00.js",
        f"/learn/h5p/libraries/{SET_KEY}/" + "a/" * 5000,
        "/learn/h5p/libraries/..%2f..%2f/x",
        "/learn/h5p/libraries/%ff/%fe",
        "/learn/h5p/libraries/",
        "/learn/h5p/libraries/x",
    ],
)
@pytest.mark.parametrize("method", ["get", "head"])
def test_library_urls_outside_a_set_are_a_404(client, path, method):
    assert getattr(client, method)(path).status_code == 404


def _signed(data: dict, header: dict) -> tuple[bytes, str]:
    """`data` with a signature attachment whose JWS has `header` and a made-up signature."""
    token = ".".join(
        [
            b64url(json.dumps(header).encode()),
            b64url(json.dumps(data).encode()),
            b64url(b"x" * 256),
        ]
    ).encode()
    sha2 = hashlib.sha256(token).hexdigest()
    sent = {
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
    return multipart(
        [
            ({"Content-Type": "application/json"}, json.dumps(sent).encode()),
            ({"Content-Type": "application/octet-stream", "X-Experience-API-Hash": sha2}, token),
        ]
    )


@pytest.mark.parametrize(
    ("n_bytes", "e_bytes", "problem"),
    [
        # A 240,000-bit modulus: OpenSSL refuses it at once rather than computing with it.
        (30000, 3, "does not verify with the jwk key in its header"),
        # A 160,000-bit public exponent.
        (512, 20000, "has a jwk header that is not an RSA public key"),
    ],
)
def test_a_huge_jwk_key_is_refused(basic_client, n_bytes, e_bytes, problem):
    data = statement("https://partner.example.org/a", id=str(uuid.uuid4()))
    jwk = {"kty": "RSA", "n": b64url(b"\xc3" * n_bytes), "e": b64url(b"\x81" * e_bytes)}
    body, content_type = _signed(data, {"alg": "RS256", "jwk": jwk})
    response = basic_client.post(STATEMENTS, data=body, content_type=content_type)
    assert response.status_code == 400
    assert error(response) == f"statement 0: attachments[0] (the signature) {problem}"
    assert XAPIStatement.objects.count() == 0
